package transcript_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/transcript"
)

const sampleDir = "../testdata/transcripts"

// spoken is one word of the example call every sample transcribes: an
// agent (party 0) and a caller (party 1) who gives a name, a phone number,
// an e-mail address and a card number.
type spoken struct {
	text, punct string
	start, end  float64 // seconds
	party       int
}

var call = []spoken{
	{"Thank", "", 0.50, 0.72, 0}, {"you", "", 0.72, 0.85, 0}, {"for", "", 0.85, 1.02, 0}, {"calling", "", 1.02, 1.40, 0},
	{"Acme", "", 1.46, 1.80, 0}, {"Bank", ",", 1.80, 2.10, 0}, {"this", "", 2.30, 2.45, 0}, {"is", "", 2.45, 2.55, 0},
	{"Sarah", ".", 2.55, 3.00, 0}, {"May", "", 3.20, 3.35, 0}, {"I", "", 3.35, 3.42, 0}, {"have", "", 3.42, 3.58, 0},
	{"your", "", 3.58, 3.72, 0}, {"name", "?", 3.72, 4.10, 0},
	{"Yes", ",", 4.60, 4.85, 1}, {"it's", "", 4.95, 5.15, 1}, {"John", "", 5.15, 5.45, 1}, {"Smith", ".", 5.45, 5.90, 1},
	{"My", "", 6.20, 6.35, 1}, {"phone", "", 6.35, 6.60, 1}, {"number", "", 6.60, 6.90, 1}, {"is", "", 6.90, 7.02, 1},
	{"555", "", 7.10, 7.70, 1}, {"0142", "", 7.80, 8.60, 1}, {"and", "", 8.75, 8.90, 1}, {"my", "", 8.90, 9.02, 1},
	{"email", "", 9.02, 9.35, 1}, {"is", "", 9.35, 9.48, 1}, {"john.smith@example.com", ".", 9.60, 11.20, 1},
	{"Thanks", ".", 11.80, 12.20, 0}, {"And", "", 12.40, 12.55, 0}, {"the", "", 12.55, 12.65, 0}, {"card", "", 12.65, 12.95, 0},
	{"number", "?", 12.95, 13.40, 0},
	{"It's", "", 13.90, 14.10, 1}, {"4532", "", 14.20, 15.00, 1}, {"7712", "", 15.10, 15.90, 1}, {"9031", "", 16.00, 16.80, 1},
	{"6674", ".", 16.90, 17.70, 1},
}

// Time modes of a sample.
const (
	timesExact   = iota // every word has the recogniser's times
	timesCues           // spread over caption cues (approximate)
	timesUntimed        // some words interpolated (WhisperX)
)

// sample describes what reading one file of testdata/transcripts must give.
type sample struct {
	file     string
	format   transcript.Format
	channels int  // Transcript.Channels; 2 means Channel = party
	merged   bool // the recogniser wrote "555-0142" as one word
	noPunct  bool // the source has no punctuation on words
	speakers [2]string
	conf     bool // word confidences given
	times    int
}

var samples = []sample{
	{file: "whisper.json", format: transcript.FormatWhisper, channels: 1, merged: true, conf: true},
	{file: "whisper_api.json", format: transcript.FormatWhisper, channels: 1, merged: true, noPunct: true},
	{file: "whisperx.json", format: transcript.FormatWhisperX, channels: 1, speakers: [2]string{"SPEAKER_00", "SPEAKER_01"}, conf: true, times: timesUntimed},
	{file: "whispercpp.json", format: transcript.FormatWhisperCpp, channels: 1, merged: true, conf: true},
	{file: "aws.json", format: transcript.FormatAWS, channels: 2, conf: true},
	{file: "aws_analytics.json", format: transcript.FormatAWS, channels: 2, speakers: [2]string{"AGENT", "CUSTOMER"}, conf: true},
	{file: "deepgram.json", format: transcript.FormatDeepgram, channels: 2, conf: true},
	{file: "assemblyai.json", format: transcript.FormatAssemblyAI, channels: 1, speakers: [2]string{"A", "B"}, conf: true},
	{file: "google.json", format: transcript.FormatGoogle, channels: 2},
	{file: "call.vtt", format: transcript.FormatWebVTT, channels: 1, speakers: [2]string{"Agent", "Caller"}, times: timesCues},
	{file: "call.srt", format: transcript.FormatSRT, channels: 1, times: timesCues},
	{file: "native.json", format: transcript.FormatNative, channels: 2, speakers: [2]string{"agent", "caller"}, conf: true},
}

// unaligned are the words the WhisperX sample leaves without times.
var unaligned = map[string]bool{"0142": true, "7712": true, "9031": true}

// expected returns the words a sample must read as, in Transcript order.
func (s sample) expected() []spoken {
	var out []spoken
	for i := 0; i < len(call); i++ {
		w := call[i]
		if s.merged && w.text == "555" {
			w.text, w.end = "555-0142", call[i+1].end
			i++
		}
		if s.noPunct {
			w.punct = ""
		}
		out = append(out, w)
	}
	if s.channels == 2 {
		slices.SortStableFunc(out, func(a, b spoken) int { return a.party - b.party })
	}
	return out
}

func secs(d time.Duration) float64 { return d.Seconds() }

func readSample(t *testing.T, file string) *transcript.Transcript {
	t.Helper()
	tr, err := transcript.ReadFile(filepath.Join(sampleDir, file))
	require.NoError(t, err)
	return tr
}

func TestRead_SamplesGiveTheCallWordByWord(t *testing.T) {
	for _, s := range samples {
		t.Run(s.file, func(t *testing.T) {
			t.Parallel()
			tr := readSample(t, s.file)
			assert.Equal(t, s.format, tr.Source)
			assert.Equal(t, s.channels, tr.Channels)
			assert.Equal(t, s.times != timesExact, tr.Approximate)
			want := s.expected()
			require.Len(t, tr.Words, len(want))
			for i, w := range tr.Words {
				e := want[i]
				assert.Equal(t, e.text, w.Text, "word %d", i)
				if s.file != "call.srt" || e.text != "john.smith@example.com" { // SRT: "." follows </i>
					assert.Equal(t, e.punct, w.Punct, "word %d %q", i, e.text)
				}
				if s.channels == 2 {
					assert.Equal(t, e.party, w.Channel, "word %d %q", i, e.text)
				} else {
					assert.Zero(t, w.Channel)
				}
				wantSpeaker := s.speakers[e.party]
				if s.times == timesUntimed && unaligned[e.text] {
					wantSpeaker = ""
				}
				assert.Equal(t, wantSpeaker, w.Speaker, "word %d %q", i, e.text)
				if s.conf && !(s.times == timesUntimed && unaligned[e.text]) {
					assert.True(t, w.Confidence >= 0 && w.Confidence <= 1, "word %d confidence %v", i, w.Confidence)
				} else {
					assert.Equal(t, -1.0, w.Confidence, "word %d", i)
				}
				assert.LessOrEqual(t, w.Start, w.End, "word %d", i)
				switch {
				case s.times == timesExact, s.times == timesUntimed && !unaligned[e.text]:
					assert.False(t, w.Approximate, "word %d", i)
					assert.InDelta(t, e.start, secs(w.Start), 0.0015, "word %d %q start", i, e.text)
					assert.InDelta(t, e.end, secs(w.End), 0.0015, "word %d %q end", i, e.text)
				case s.times == timesUntimed:
					assert.True(t, w.Approximate, "word %d", i)
					assert.GreaterOrEqual(t, w.Start, tr.Words[i-1].End, "word %d starts after its neighbour", i)
					assert.LessOrEqual(t, w.End, tr.Words[i+1].Start, "word %d ends before its neighbour", i)
				case s.format == transcript.FormatWebVTT && e.start >= 13.9:
					// cue 5 has an inline timestamp before each word
					assert.False(t, w.Approximate, "word %d", i)
					assert.InDelta(t, e.start, secs(w.Start), 0.0005, "word %d %q start", i, e.text)
				default:
					assert.True(t, w.Approximate, "word %d", i)
					// spread over the cue: within a second of the real time
					assert.InDelta(t, e.start, secs(w.Start), 1.0, "word %d %q start", i, e.text)
					if i > 0 {
						assert.GreaterOrEqual(t, w.Start, tr.Words[i-1].End, "word %d", i)
					}
				}
			}
		})
	}
}

// isPII reports whether a word is one of the call's personal data.
func isPII(text string) bool {
	switch strings.ToLower(text) {
	case "john", "smith", "555", "0142", "555-0142", "john.smith@example.com", "4532", "7712", "9031", "6674":
		return true
	}
	return false
}

// piiRedactions makes one redaction for each run of PII words.
func piiRedactions(words []transcript.Word) []transcript.Redaction {
	var rs []transcript.Redaction
	for i := 0; i < len(words); i++ {
		if !isPII(words[i].Text) {
			continue
		}
		j := i
		for j+1 < len(words) && isPII(words[j+1].Text) && words[j+1].Channel == words[i].Channel {
			j++
		}
		text := "[NAME]"
		switch {
		case strings.Contains(words[i].Text, "@"):
			text = "[EMAIL]"
		case strings.ContainsAny(words[i].Text[:1], "0123456789"):
			text = "[NUMBER]"
		}
		rs = append(rs, transcript.Redaction{First: i, Last: j, Text: text})
		i = j
	}
	return rs
}

// piiStrings are strings no redacted output may contain (case-insensitive).
var piiStrings = []string{"john", "smith", "example.com", "555", "0142", "4532", "7712", "9031", "6674"}

func TestWrite_RedactedSamplesHoldNoPII(t *testing.T) {
	outDir := t.TempDir()
	for _, s := range samples {
		t.Run(s.file, func(t *testing.T) {
			tr := readSample(t, s.file)
			rs := piiRedactions(tr.Words)
			require.NotEmpty(t, rs)
			var buf bytes.Buffer
			require.NoError(t, transcript.Write(&buf, tr, rs))
			out := filepath.Join(outDir, s.file)
			require.NoError(t, os.WriteFile(out, buf.Bytes(), 0o600))

			// The grep: no PII string anywhere in the written file.
			data, err := os.ReadFile(out)
			require.NoError(t, err)
			lower := strings.ToLower(string(data))
			for _, pii := range piiStrings {
				assert.NotContains(t, lower, pii, "redacted %s still holds %q", s.file, pii)
			}

			// Re-read: same format, the runs collapsed to their text.
			back, err := transcript.ReadFile(out)
			require.NoError(t, err, "re-reading the redacted file")
			assert.Equal(t, s.format, back.Source)
			want := redactWords(tr.Words, rs)
			require.Len(t, back.Words, len(want))
			for i, w := range back.Words {
				assert.Equal(t, want[i].Text, w.Text, "word %d", i)
				assert.Equal(t, want[i].Channel, w.Channel, "word %d", i)
				if s.times == timesExact {
					assert.Equal(t, want[i].Start, w.Start, "word %d %q start", i, w.Text)
					assert.Equal(t, want[i].End, w.End, "word %d %q end", i, w.Text)
				}
			}
		})
	}
}

// redactWords applies redactions to a word list the way the model says.
func redactWords(words []transcript.Word, rs []transcript.Redaction) []transcript.Word {
	var out []transcript.Word
	next := 0
	for _, r := range rs {
		out = append(out, words[next:r.First]...)
		if r.Text != "" {
			w := words[r.First]
			w.Text, w.Punct, w.End = r.Text, words[r.Last].Punct, words[r.Last].End
			out = append(out, w)
		}
		next = r.Last + 1
	}
	return append(out, words[next:]...)
}

func TestWrite_WithoutRedactionsReadsBackTheSameWords(t *testing.T) {
	for _, s := range samples {
		t.Run(s.file, func(t *testing.T) {
			t.Parallel()
			tr := readSample(t, s.file)
			var buf bytes.Buffer
			require.NoError(t, transcript.Write(&buf, tr, nil))
			written := buf.String()
			back, err := transcript.Read(&buf)
			require.NoError(t, err)
			assert.Equal(t, tr.Words, back.Words)
			assert.Equal(t, tr.Channels, back.Channels)
			if s.format != transcript.FormatNative {
				orig, err := os.ReadFile(filepath.Join(sampleDir, s.file))
				require.NoError(t, err)
				if s.format == transcript.FormatWebVTT || s.format == transcript.FormatSRT {
					assert.Equal(t, string(orig), written, "captions are written byte for byte")
				}
			}
		})
	}
}

func TestWriteNative_RoundTripsEveryFormat(t *testing.T) {
	for _, s := range samples {
		t.Run(s.file, func(t *testing.T) {
			t.Parallel()
			tr := readSample(t, s.file)
			var buf bytes.Buffer
			require.NoError(t, transcript.WriteNative(&buf, tr, nil))
			back, err := transcript.Read(&buf)
			require.NoError(t, err)
			assert.Equal(t, transcript.FormatNative, back.Source)
			assert.Equal(t, tr.Words, back.Words)
			assert.Equal(t, tr.Channels, back.Channels)
			assert.Equal(t, tr.Approximate, back.Approximate)

			buf.Reset()
			rs := piiRedactions(tr.Words)
			require.NoError(t, transcript.WriteNative(&buf, tr, rs))
			for _, pii := range []string{"john", "smith", "example.com"} { // digits may occur in times
				assert.NotContains(t, strings.ToLower(buf.String()), pii)
			}
			back, err = transcript.Read(&buf)
			require.NoError(t, err)
			want := redactWords(tr.Words, rs)
			require.Len(t, back.Words, len(want))
			for i := range want {
				assert.False(t, isPII(back.Words[i].Text), "word %d", i)
				assert.Equal(t, want[i].Text, back.Words[i].Text)
				assert.Equal(t, want[i].End, back.Words[i].End)
			}
		})
	}
}

func TestDetect_NamesEverySample(t *testing.T) {
	for _, s := range samples {
		data, err := os.ReadFile(filepath.Join(sampleDir, s.file))
		require.NoError(t, err)
		f, err := transcript.Detect(data)
		require.NoError(t, err, s.file)
		assert.Equal(t, s.format, f, s.file)
	}
}

// The example calls in testdata/calls come with transcripts from other
// engines' shapes (Whisper for mono, Deepgram multichannel for stereo):
// they must all read and write back.
func TestRead_ExampleCallTranscripts(t *testing.T) {
	files, err := filepath.Glob("../testdata/calls/*.json")
	require.NoError(t, err)
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, ".truth.json") {
			continue
		}
		n++
		t.Run(filepath.Base(file), func(t *testing.T) {
			tr, err := transcript.ReadFile(file)
			require.NoError(t, err)
			assert.NotEmpty(t, tr.Words)
			var buf bytes.Buffer
			require.NoError(t, transcript.Write(&buf, tr, []transcript.Redaction{{First: 0, Last: 0, Text: "[X]"}}))
			back, err := transcript.ReadFormat(&buf, tr.Source)
			require.NoError(t, err)
			assert.Equal(t, "[X]", back.Words[0].Text)
		})
	}
	if n == 0 {
		t.Skip("no example call transcripts in ../testdata/calls yet")
	}
}
