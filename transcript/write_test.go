package transcript_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/transcript"
)

func compactJSON(t *testing.T, data []byte) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, json.Compact(&buf, data))
	return buf.String()
}

func TestWrite_WithoutRedactionsKeepsEveryFieldInOrder(t *testing.T) {
	for _, s := range samples {
		if s.format == transcript.FormatWebVTT || s.format == transcript.FormatSRT || s.format == transcript.FormatNative {
			continue
		}
		t.Run(s.file, func(t *testing.T) {
			orig, err := os.ReadFile(filepath.Join(sampleDir, s.file))
			require.NoError(t, err)
			tr, err := transcript.Read(bytes.NewReader(orig))
			require.NoError(t, err)
			var buf bytes.Buffer
			require.NoError(t, transcript.Write(&buf, tr, nil))
			assert.Equal(t, compactJSON(t, orig), compactJSON(t, buf.Bytes()))
		})
	}
}

func TestWrite_LeavesTheTranscriptUnchanged(t *testing.T) {
	tr := readSample(t, "deepgram.json")
	words := append([]transcript.Word(nil), tr.Words...)
	var plain1, redacted, plain2 bytes.Buffer
	require.NoError(t, transcript.Write(&plain1, tr, nil))
	require.NoError(t, transcript.Write(&redacted, tr, piiRedactions(tr.Words)))
	require.NoError(t, transcript.Write(&plain2, tr, nil))
	assert.Equal(t, plain1.String(), plain2.String())
	assert.NotEqual(t, plain1.String(), redacted.String())
	assert.Equal(t, words, tr.Words)
}

func TestWrite_EmptyTextRemovesTheWordsEverywhere(t *testing.T) {
	for _, s := range samples {
		t.Run(s.file, func(t *testing.T) {
			tr := readSample(t, s.file)
			rs := piiRedactions(tr.Words)
			dropped := 0
			for i := range rs {
				rs[i].Text = ""
				dropped += rs[i].Last - rs[i].First + 1
			}
			var buf bytes.Buffer
			require.NoError(t, transcript.Write(&buf, tr, rs))
			for _, pii := range []string{"john", "smith", "0142", "7712"} {
				assert.NotContains(t, strings.ToLower(buf.String()), pii)
			}
			back, err := transcript.ReadFormat(&buf, tr.Source)
			require.NoError(t, err)
			assert.Len(t, back.Words, len(tr.Words)-dropped)
		})
	}
}

func TestWrite_MergesOverlappingRedactions(t *testing.T) {
	tr := readSample(t, "native.json")
	rs := []transcript.Redaction{{First: 2, Last: 4, Text: "[A]"}, {First: 4, Last: 6, Text: "[B]"}, {First: 5, Last: 5, Text: "[C]"}}
	var buf bytes.Buffer
	require.NoError(t, transcript.Write(&buf, tr, rs))
	back, err := transcript.Read(&buf)
	require.NoError(t, err)
	require.Len(t, back.Words, len(tr.Words)-4)
	assert.Equal(t, "[A]", back.Words[2].Text)
	assert.Equal(t, tr.Words[2].Start, back.Words[2].Start)
	assert.Equal(t, tr.Words[6].End, back.Words[2].End)
	assert.Equal(t, tr.Words[7].Text, back.Words[3].Text)
}

// A diarized Google response repeats every word, with speaker tags, in
// its last result.
const googleDiarized = `{"results": [
 {"alternatives": [{"transcript": "my name is John Smith", "confidence": 0.93, "words": [
   {"startTime": "0.400s", "endTime": "0.600s", "word": "my"}, {"startTime": "0.600s", "endTime": "0.900s", "word": "name"},
   {"startTime": "0.900s", "endTime": "1s", "word": "is"}, {"startTime": "1s", "endTime": "1.400s", "word": "John"},
   {"startTime": "1.400s", "endTime": "1.900s", "word": "Smith"}]}], "languageCode": "en-us"},
 {"alternatives": [{"transcript": " thanks John", "confidence": 0.9, "words": [
   {"startTime": "2.500s", "endTime": "2.900s", "word": "thanks"}, {"startTime": "2.900s", "endTime": "3.300s", "word": "John"}]}], "languageCode": "en-us"},
 {"alternatives": [{"words": [
   {"startTime": "0.400s", "endTime": "0.600s", "word": "my", "speakerTag": 1}, {"startTime": "0.600s", "endTime": "0.900s", "word": "name", "speakerTag": 1},
   {"startTime": "0.900s", "endTime": "1s", "word": "is", "speakerTag": 1}, {"startTime": "1s", "endTime": "1.400s", "word": "John", "speakerTag": 1},
   {"startTime": "1.400s", "endTime": "1.900s", "word": "Smith", "speakerTag": 1},
   {"startTime": "2.500s", "endTime": "2.900s", "word": "thanks", "speakerTag": 2}, {"startTime": "2.900s", "endTime": "3.300s", "word": "John", "speakerTag": 2}]}]}
]}`

func TestReadGoogle_DiarizedResponseHasEachWordOnce(t *testing.T) {
	tr, err := transcript.Read(strings.NewReader(googleDiarized))
	require.NoError(t, err)
	require.Equal(t, transcript.FormatGoogle, tr.Source)
	require.Len(t, tr.Words, 7)
	assert.Equal(t, "1", tr.Words[0].Speaker)
	assert.Equal(t, "2", tr.Words[6].Speaker)

	var buf bytes.Buffer
	require.NoError(t, transcript.Write(&buf, tr, []transcript.Redaction{{First: 3, Last: 4, Text: "[NAME]"}, {First: 6, Last: 6, Text: "[NAME]"}}))
	assert.NotContains(t, buf.String(), "John")
	assert.NotContains(t, buf.String(), "Smith")
	assert.Contains(t, compactJSON(t, buf.Bytes()), `"transcript":"my name is [NAME]"`)
	back, err := transcript.Read(&buf)
	require.NoError(t, err)
	assert.Len(t, back.Words, 6)
}

func TestReadAssemblyAI_ChannelsCountFromOne(t *testing.T) {
	in := `{"id": "x", "status": "completed", "audio_channels": 2, "text": "Hello. Hi there.", "words": [
	  {"text": "Hello.", "start": 100, "end": 500, "confidence": 0.9, "speaker": "1A", "channel": "1"},
	  {"text": "Hi", "start": 300, "end": 450, "confidence": 0.9, "speaker": "2A", "channel": "2"},
	  {"text": "there.", "start": 450, "end": 800, "confidence": 0.9, "speaker": "2A", "channel": "2"}]}`
	tr, err := transcript.Read(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, 2, tr.Channels)
	require.Len(t, tr.Words, 3)
	assert.Equal(t, []int{0, 1, 1}, []int{tr.Words[0].Channel, tr.Words[1].Channel, tr.Words[2].Channel})
	assert.Equal(t, "Hello", tr.Words[0].Text)
	assert.Equal(t, ".", tr.Words[0].Punct)
}

func TestReadWhisperCpp_WithoutTokensSpreadsTheSegment(t *testing.T) {
	in := `{"result": {"language": "en"}, "transcription": [
	  {"timestamps": {"from": "00:00:01,000", "to": "00:00:03,000"}, "offsets": {"from": 1000, "to": 3000}, "text": " My name is John."}]}`
	tr, err := transcript.Read(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, tr.Words, 4)
	assert.True(t, tr.Approximate)
	assert.Equal(t, "John", tr.Words[3].Text)
	assert.Equal(t, tr.Words[3].End.Seconds(), 3.0)
	var buf bytes.Buffer
	require.NoError(t, transcript.Write(&buf, tr, []transcript.Redaction{{First: 3, Last: 3, Text: "[NAME]"}}))
	assert.Contains(t, buf.String(), `"text": " My name is [NAME]."`)
}

func TestReadWebVTT_DecodesEntitiesAndEscapesRedactions(t *testing.T) {
	in := "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ann Lee>Call AT&amp;T about Ann &lt;3\n"
	tr, err := transcript.Read(strings.NewReader(in))
	require.NoError(t, err)
	texts := make([]string, len(tr.Words))
	for i, w := range tr.Words {
		texts[i] = w.Text
	}
	assert.Equal(t, []string{"Call", "AT&T", "about", "Ann", "<3"}, texts)
	assert.Equal(t, "Ann Lee", tr.Words[0].Speaker)
	var buf bytes.Buffer
	require.NoError(t, transcript.Write(&buf, tr, []transcript.Redaction{{First: 3, Last: 3, Text: "<NAME>"}}))
	assert.Equal(t, "WEBVTT\n\n00:01.000 --> 00:03.000\n<v &lt;NAME&gt; Lee>Call AT&amp;T about &lt;NAME&gt; &lt;3\n", buf.String(),
		"the voice name is swept too")
}

func TestWrite_SweepsFieldsItDoesNotInterpret(t *testing.T) {
	in := `{"results": {"channels": [{"alternatives": [{"transcript": "it is 555 0142", "words": [
	  {"word": "it", "start": 0.1, "end": 0.2, "confidence": 0.9}, {"word": "is", "start": 0.2, "end": 0.3, "confidence": 0.9},
	  {"word": "555", "start": 0.4, "end": 0.8, "confidence": 0.9}, {"word": "0142", "start": 0.9, "end": 1.4, "confidence": 0.9}]},
	  {"transcript": "it is 555-0142", "confidence": 0.4}]}],
	  "summary": {"short": "Caller gave number 555-0142 (mobile)."}}}`
	tr, err := transcript.Read(strings.NewReader(in))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, transcript.Write(&buf, tr, []transcript.Redaction{{First: 2, Last: 3, Text: "[PHONE]"}}))
	out := compactJSON(t, buf.Bytes())
	assert.NotContains(t, out, "555")
	assert.NotContains(t, out, "0142")
	assert.Contains(t, out, `"transcript":"it is [PHONE]"`)
	assert.Contains(t, out, `"transcript":"it is [PHONE]-[PHONE]"`)
	assert.Contains(t, out, `"short":"Caller gave number [PHONE]-[PHONE] (mobile)."`)
}

func TestReadAWS_ChannelItemsWhenResultsHaveNone(t *testing.T) {
	in := `{"jobName": "j", "results": {"transcripts": [{"transcript": "Hello. Hi, Ann."}],
	  "channel_labels": {"number_of_channels": 2, "channels": [
	    {"channel_label": "ch_0", "items": [
	      {"start_time": "0.5", "end_time": "0.9", "alternatives": [{"confidence": "0.99", "content": "Hello"}], "type": "pronunciation"},
	      {"alternatives": [{"confidence": "0.0", "content": "."}], "type": "punctuation"}]},
	    {"channel_label": "ch_1", "items": [
	      {"start_time": "0.7", "end_time": "0.8", "alternatives": [{"confidence": "0.98", "content": "Hi"}], "type": "pronunciation"},
	      {"alternatives": [{"confidence": "0.0", "content": ","}], "type": "punctuation"},
	      {"start_time": "0.8", "end_time": "1.2", "alternatives": [{"confidence": "0.91", "content": "Ann"}], "type": "pronunciation"},
	      {"alternatives": [{"confidence": "0.0", "content": "."}], "type": "punctuation"}]}]},
	  "items": []}, "status": "COMPLETED"}`
	tr, err := transcript.Read(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, tr.Words, 3)
	assert.Equal(t, 2, tr.Channels)
	assert.Equal(t, transcript.Word{Text: "Hi", Punct: ",", Start: 700e6, End: 800e6, Channel: 1, Confidence: 0.98}, tr.Words[1])
	var buf bytes.Buffer
	require.NoError(t, transcript.Write(&buf, tr, []transcript.Redaction{{First: 2, Last: 2, Text: "[NAME]"}}))
	assert.NotContains(t, buf.String(), "Ann")
	assert.Contains(t, compactJSON(t, buf.Bytes()), `"transcript":"Hello. Hi, [NAME]."`)
}

func TestWrite_WithoutRedactionsCopiesTheInputByteForByte(t *testing.T) {
	files := sampleFiles(t, "../testdata/transcripts")
	files = append(files, "../testdata/calls/call1.json", "../testdata/calls/call4.json")
	for _, path := range files {
		if strings.HasSuffix(path, ".md") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			in, err := os.ReadFile(path)
			require.NoError(t, err)
			for _, data := range [][]byte{in, append([]byte("\xef\xbb\xbf"), in...)} {
				tr, err := transcript.Read(bytes.NewReader(data))
				require.NoError(t, err)
				var out bytes.Buffer
				require.NoError(t, transcript.Write(&out, tr, nil))
				assert.Equal(t, string(data), out.String())
			}
		})
	}
}

func TestWrite_SweepRewritesTextButNotLabelsCodesOrIdentifiers(t *testing.T) {
	doc := `{"text": " It is 2 en us.", "language": "en", "language_code": "en_us", "speaker_label": "spk_2",
 "metadata": {"request_id": "us-2", "model_info": {"x": {"name": "2-ea-nova"}}},
 "summary": "Caller said 2, en and us; code en_us-2 kept", "unknown_field": "EN",
 "segments": [{"id": 0, "start": 0, "end": 2, "text": " It is 2 en us.", "words": [
  {"word": " It", "start": 0, "end": 0.2}, {"word": " is", "start": 0.2, "end": 0.4},
  {"word": " 2", "start": 0.5, "end": 0.8}, {"word": " en", "start": 0.9, "end": 1.2}, {"word": " us.", "start": 1.3, "end": 1.6}]}]}`
	tr, err := transcript.Read(strings.NewReader(doc))
	require.NoError(t, err)
	require.Len(t, tr.Words, 5)
	var out bytes.Buffer
	require.NoError(t, transcript.Write(&out, tr, []transcript.Redaction{{First: 2, Last: 4, Text: "[X]"}}))
	var got map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &got), out.String())
	assert.Equal(t, " It is [X].", got["text"])
	assert.Equal(t, "en", got["language"], "a language code is not text")
	assert.Equal(t, "en_us", got["language_code"])
	assert.Equal(t, "spk_2", got["speaker_label"], "a label is not text")
	assert.Equal(t, "us-2", got["metadata"].(map[string]any)["request_id"])
	assert.Contains(t, out.String(), `"name": "2-ea-nova"`, "a model name is not text")
	assert.Equal(t, "Caller said [X], [X] and [X]; code en_us-2 kept", got["summary"], "free text is swept")
	assert.Equal(t, "[X]", got["unknown_field"], "a field callveil does not know is swept (fail closed)")
}

func TestWriteNative_KeepsChannelsUnknown(t *testing.T) {
	data, err := os.ReadFile("../testdata/transcripts/real/contact-lens_scv-lambdas.json")
	require.NoError(t, err)
	tr, err := transcript.Read(bytes.NewReader(data))
	require.NoError(t, err)
	require.True(t, tr.ChannelsUnknown)
	var out bytes.Buffer
	require.NoError(t, transcript.WriteNative(&out, tr, nil))
	back, err := transcript.Read(&out)
	require.NoError(t, err)
	assert.True(t, back.ChannelsUnknown, "native JSON carries that the channels are unknown")
	assert.Len(t, back.Words, len(tr.Words))
}

func TestWrite_RevAIRedactionLeavesNoDoubleSpace(t *testing.T) {
	data, err := os.ReadFile("../testdata/transcripts/real/revai_transcript_node-sdk.json")
	require.NoError(t, err)
	tr, err := transcript.Read(bytes.NewReader(data))
	require.NoError(t, err)
	require.Equal(t, "Jack", tr.Words[3].Text)
	require.Equal(t, "resinger", tr.Words[4].Text)
	var out bytes.Buffer
	require.NoError(t, transcript.Write(&out, tr, []transcript.Redaction{{First: 3, Last: 4, Text: "[PERSON]"}}))
	var doc struct {
		Monologues []struct {
			Elements []struct{ Value string } `json:"elements"`
		} `json:"monologues"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	var text strings.Builder
	for _, e := range doc.Monologues[0].Elements[:12] {
		text.WriteString(e.Value)
	}
	assert.True(t, strings.HasPrefix(text.String(), "Hi, my name's [PERSON]. And"), text.String())
}
