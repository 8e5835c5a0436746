package transcript

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// realFiles are outputs of real engines committed to public repositories,
// or built from the engines' published schemas (see
// testdata/transcripts/real/README.md for each source and licence). The
// expected counts were taken from the raw JSON with an independent script
// (expect.json), not from this package; where this package's count differs
// by design the comment says why.
var realFiles = []struct {
	file     string
	format   Format
	words    int
	channels int
	speakers int
	unknown  bool // the file does not say which channel a word was on
	err      bool // refused: the file cannot be redacted safely
}{
	{file: "assemblyai_features_api-reference.json", format: FormatAssemblyAI, words: 15, channels: 1, speakers: 1},
	{file: "assemblyai_paragraphs_api-reference.json", format: FormatAssemblyAI, words: 7, channels: 1},
	{file: "assemblyai_sentences_api-reference.json", format: FormatAssemblyAI, words: 10, channels: 1},
	{file: "assemblyai_utterances_dg-captions.json", format: FormatAssemblyAI, words: 60, channels: 1, speakers: 1},
	{file: "assemblyai_wildfires_go-sdk.json", format: FormatAssemblyAI, words: 200, channels: 1},
	// Call Analytics and Contact Lens name roles but, without
	// ChannelDefinitions, not channels: one channel, marked unknown.
	{file: "aws-analytics_example-call-2021_aws-samples.json", format: FormatAWS, words: 331, channels: 1, speakers: 2, unknown: true},
	{file: "aws-analytics_example-call_aws-samples.json", format: FormatAWS, words: 462, channels: 1, speakers: 2, unknown: true},
	{file: "aws_channels_alternatives_kibaffo33.json", format: FormatAWS, words: 67, channels: 2},
	{file: "aws_channels_kibaffo33.json", format: FormatAWS, words: 130, channels: 2},
	{file: "aws_channels_vocabmask_kibaffo33.json", format: FormatAWS, words: 130, channels: 2},
	{file: "aws_channels_vocabremove_kibaffo33.json", format: FormatAWS, words: 130, channels: 2},
	{file: "aws_plain_kibaffo33.json", format: FormatAWS, words: 130, channels: 1},
	{file: "aws_speakers_alternatives_kibaffo33.json", format: FormatAWS, words: 49, channels: 1, speakers: 1},
	{file: "aws_speakers_kibaffo33.json", format: FormatAWS, words: 130, channels: 1, speakers: 2},
	{file: "contact-lens_analyzed_docs.json", format: FormatAWS, words: 97, channels: 1, speakers: 2, unknown: true},
	{file: "contact-lens_redacted_docs.json", format: FormatAWS, words: 97, channels: 1, speakers: 2, unknown: true},
	{file: "contact-lens_scv-lambdas.json", format: FormatAWS, words: 28, channels: 1, speakers: 2, unknown: true},
	{file: "deepgram_multichannel_docs-built.json", format: FormatDeepgram, words: 29, channels: 2},
	{file: "deepgram_plain_dg-captions.json", format: FormatDeepgram, words: 62, channels: 1},
	{file: "deepgram_smartformat_python-sdk.json", format: FormatDeepgram, words: 28, channels: 1},
	{file: "deepgram_speakers_dg-captions.json", format: FormatDeepgram, words: 132, channels: 1, speakers: 3},
	{file: "deepgram_summary-v2_python-sdk.json", format: FormatDeepgram, words: 52, channels: 1},
	{file: "deepgram_utterances_dg-captions.json", format: FormatDeepgram, words: 62, channels: 1},
	{file: "deepgram_whisper-model_dg-captions.json", format: FormatDeepgram, words: 59, channels: 1},
	{file: "google-v2_channels_docs-built.json", format: FormatGoogle, words: 28, channels: 2},
	{file: "google-v2_diarized_docs-built.json", format: FormatGoogle, words: 13, channels: 1, speakers: 2},
	{file: "google_channels-operation_docs-built.json", format: FormatGoogle, words: 28, channels: 2},
	{file: "google_diarized_bottlenose.json", format: FormatGoogle, words: 13, channels: 1, speakers: 2},
	{file: "revai_transcript_node-sdk.json", format: FormatRevAI, words: 414, channels: 1, speakers: 1},
	// Twilio's documented example has null word times: nothing to bleep by.
	{file: "twilio_sentences-example_docs.json", err: true},
	{file: "twilio_sentences-two-channel_docs-built.json", format: FormatTwilio, words: 18, channels: 2},
	{file: "whisper-timestamped_dg-captions.json", format: FormatWhisper, words: 59, channels: 1},
	{file: "whisper_api-verbose-words_docs-built.json", format: FormatWhisper, words: 23, channels: 1},
	// No word times ("words": null): the segments' text is spread over
	// them, with each segment's speaker.
	{file: "whisper_diarization_ctranslate2.json", format: FormatWhisper, words: 89, channels: 1, speakers: 2},
	{file: "whisper_wordstamps_ctranslate2.json", format: FormatWhisper, words: 65, channels: 1},
}

func TestRealEngineOutputs_ReadRightAndWriteBackIntact(t *testing.T) {
	dir := filepath.FromSlash("../testdata/transcripts/real")
	listed := map[string]bool{}
	for _, c := range realFiles {
		listed[c.file] = true
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			require.NoError(t, err)
			tr, err := Read(bytes.NewReader(data))
			if c.err {
				require.ErrorIs(t, err, ErrInvalid)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.format, tr.Source)
			assert.Len(t, tr.Words, c.words)
			assert.Equal(t, c.channels, tr.Channels)
			assert.Equal(t, c.unknown, tr.ChannelsUnknown)
			speakers := map[string]bool{}
			for _, w := range tr.Words {
				if w.Speaker != "" {
					speakers[w.Speaker] = true
				}
			}
			assert.Len(t, speakers, c.speakers)

			var same bytes.Buffer
			require.NoError(t, Write(&same, tr, nil))
			assert.Equal(t, string(data), same.String(), "without redactions the copy is the input")

			checkRedactedCopy(t, data, tr)
		})
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") && e.Name() != "expect.json" {
			assert.True(t, listed[e.Name()], "%s has no expectations in realFiles", e.Name())
		}
	}
}

// checkRedactedCopy redacts every fourth pair of words of a channel and
// checks that the copy re-reads with the redacted words gone, that no
// string anywhere in it still holds a redacted word, and that every
// top-level field that held none is unchanged.
func checkRedactedCopy(t *testing.T, data []byte, tr *Transcript) {
	var reds []Redaction
	redacted := map[string]bool{}
	for i := 0; i+1 < len(tr.Words); i += 8 {
		if tr.Words[i].Channel != tr.Words[i+1].Channel {
			continue
		}
		reds = append(reds, Redaction{First: i, Last: i + 1, Text: "[X]"})
		redacted[strings.ToLower(tr.Words[i].Text)] = true
		redacted[strings.ToLower(tr.Words[i+1].Text)] = true
	}
	if len(reds) == 0 {
		return
	}
	kept := map[string]bool{}
	inRun := make([]bool, len(tr.Words))
	for _, r := range reds {
		inRun[r.First], inRun[r.Last] = true, true
	}
	for i, w := range tr.Words {
		if !inRun[i] {
			kept[strings.ToLower(w.Text)] = true
		}
	}
	var out bytes.Buffer
	require.NoError(t, Write(&out, tr, reds))
	back, err := Read(bytes.NewReader(out.Bytes()))
	require.NoError(t, err, "the redacted copy re-reads")
	assert.Equal(t, tr.Source, back.Source)
	if !tr.Approximate {
		assert.Len(t, back.Words, len(tr.Words)-len(reds), "each redacted pair became one [X] word")
	}

	// Words that only occur redacted must not occur anywhere in the copy.
	var leaks []string
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch x := v.(type) {
		case string:
			if isLabelKey(key) {
				return
			}
			for _, tok := range strings.FieldsFunc(x, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
				l := strings.ToLower(tok)
				if len([]rune(l)) >= 4 && redacted[l] && !kept[l] {
					leaks = append(leaks, key+": "+tok)
				}
			}
		case []any:
			for _, e := range x {
				walk(key, e)
			}
		case map[string]any:
			for k, e := range x {
				walk(k, e)
			}
		}
	}
	var copyTree, origTree map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &copyTree))
	require.NoError(t, json.Unmarshal(data, &origTree))
	walk("", copyTree)
	assert.Empty(t, leaks, "redacted words left in the copy")

	for k, v := range origTree {
		b, _ := json.Marshal(v)
		touched := false
		for w := range redacted {
			if bytes.Contains(bytes.ToLower(b), []byte(w)) {
				touched = true
				break
			}
		}
		if !touched {
			assert.Equal(t, v, copyTree[k], "field %q held no redacted word and must be unchanged", k)
		}
	}
}
