package transcript_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/callveil/callveil/transcript"
)

// allFormats lists every format, for FuzzReadFormat.
var allFormats = []transcript.Format{
	transcript.FormatWhisper, transcript.FormatWhisperCpp, transcript.FormatWhisperX, transcript.FormatAWS,
	transcript.FormatDeepgram, transcript.FormatAssemblyAI, transcript.FormatGoogle, transcript.FormatWebVTT,
	transcript.FormatSRT, transcript.FormatNative,
}

// sampleFiles lists the transcripts in dir: its files but READMEs and
// expectations, not its folders.
func sampleFiles(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("listing %s: %v", dir, err)
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".md") && e.Name() != "expect.json" {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// fuzzSeeds are the golden samples and the real engine outputs, plus small
// hostile inputs.
func fuzzSeeds(f *testing.F) [][]byte {
	files := append(sampleFiles(f, sampleDir), sampleFiles(f, filepath.Join(sampleDir, "real"))...)
	if len(files) == 0 {
		f.Fatalf("no samples in %s", sampleDir)
	}
	var seeds [][]byte
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	for _, s := range []string{
		`{"segments":[{"start":0,"end":1,"text":" a","words":[{"word":" a","start":0.5,"end":0.2}]}]}`,
		`{"segments":[{"words":[{"word":"12"},{"word":"x","start":1,"end":2}]}],"word_segments":[{"word":"12"}]}`,
		`{"results":{"items":[{"type":"punctuation","alternatives":[{"content":","}]}]}}`,
		`{"results":[{"alternatives":[{"words":[{"word":"hi","startTime":{"seconds":"1","nanos":5}}]}],"channelTag":3}]}`,
		"WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi <00:01.500>there &amp; you\n",
		"1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>hi</i>\n",
		`{"callveil_transcript":1,"words":[{"text":"a","start":0,"end":1,"channel":3}]}`,
		`{"transcription":[{"offsets":{"from":0,"to":10},"text":" a b"}]}`,
		`{"text":"hi","words":[{"text":"hi","start":1,"end":2,"channel":"2"}],"utterances":[{"text":"hi","words":[{"text":"hi","start":1,"end":2,"channel":"2"}]}]}`,
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// checkTranscript asserts what every successfully read transcript
// promises, then writes it redacted and reads it back.
func checkTranscript(t *testing.T, tr *transcript.Transcript) {
	if tr.Channels < 1 {
		t.Fatalf("Channels = %d", tr.Channels)
	}
	for i, w := range tr.Words {
		if w.Text == "" || strings.TrimSpace(w.Text) != w.Text {
			t.Fatalf("word %d: text %q not clean", i, w.Text)
		}
		if w.Start < 0 || w.End < w.Start {
			t.Fatalf("word %d: times %v..%v", i, w.Start, w.End)
		}
		if w.Channel < 0 || w.Channel >= tr.Channels {
			t.Fatalf("word %d: channel %d of %d", i, w.Channel, tr.Channels)
		}
		if w.Confidence != -1 && (w.Confidence < 0 || w.Confidence > 1) {
			t.Fatalf("word %d: confidence %v", i, w.Confidence)
		}
		if w.Approximate && !tr.Approximate {
			t.Fatalf("word %d approximate but transcript not", i)
		}
		if i > 0 {
			p := tr.Words[i-1]
			if p.Channel > w.Channel || (p.Channel == w.Channel && p.Start > w.Start) {
				t.Fatalf("word %d out of order", i)
			}
		}
	}
	var rs []transcript.Redaction
	if n := len(tr.Words); n > 0 {
		rs = []transcript.Redaction{{First: n / 2, Last: min(n/2+2, n-1), Text: "[X]"}}
	}
	var buf bytes.Buffer
	if err := transcript.Write(&buf, tr, rs); err != nil {
		t.Fatalf("Write: %v", err)
	}
	back, err := transcript.ReadFormat(bytes.NewReader(buf.Bytes()), tr.Source)
	if err != nil {
		t.Fatalf("reading back what Write wrote: %v\n%s", err, buf.Bytes())
	}
	if want := len(tr.Words) - len(rs)*2; len(rs) > 0 && rs[0].Last-rs[0].First == 2 && len(back.Words) != want {
		t.Fatalf("read back %d words, want %d\n%s", len(back.Words), want, buf.Bytes())
	}
	buf.Reset()
	if err := transcript.WriteNative(&buf, tr, rs); err != nil {
		t.Fatalf("WriteNative: %v", err)
	}
	if _, err := transcript.Read(&buf); err != nil {
		t.Fatalf("reading back native: %v", err)
	}
}

func checkErr(t *testing.T, err error) {
	if !errors.Is(err, transcript.ErrInvalid) && !errors.Is(err, transcript.ErrUnknownFormat) && !errors.Is(err, transcript.ErrTooLarge) {
		t.Fatalf("error %q wraps no sentinel", err)
	}
}

// FuzzRead feeds any bytes to the detecting reader.
func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := transcript.ReadWithOptions(bytes.NewReader(data), "", transcript.ReadOptions{MaxBytes: 1 << 20})
		if err != nil {
			checkErr(t, err)
			return
		}
		checkTranscript(t, tr)
	})
}

// FuzzReadFormat feeds any bytes to each format's reader directly, so the
// readers see input that detection would have sent elsewhere.
func FuzzReadFormat(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		for i := range allFormats {
			f.Add(s, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		format := allFormats[int(which)%len(allFormats)]
		tr, err := transcript.ReadWithOptions(bytes.NewReader(data), format, transcript.ReadOptions{MaxBytes: 1 << 20})
		if err != nil {
			checkErr(t, err)
			return
		}
		if tr.Source != format {
			t.Fatalf("asked for %s, got %s", format, tr.Source)
		}
		checkTranscript(t, tr)
	})
}
