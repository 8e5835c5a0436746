package transcript_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/transcript"
)

func TestDetect_RejectsOtherKindsOfFile(t *testing.T) {
	wav := append([]byte("RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00"), make([]byte, 64)...)
	cases := map[string]string{
		"wav header":      string(wav),
		"empty":           "",
		"plain text":      "Thank you for calling Acme Bank.\nGoodbye.\n",
		"random json":     `{"name": "call-2291", "duration": 18.0, "tags": ["support"]}`,
		"json array":      `[1, 2, 3]`,
		"json string":     `"hello"`,
		"csv":             "start,end,word\n0.5,0.72,Thank\n",
		"markdown":        "# Transcript\n\n- Thank you\n",
		"results unknown": `{"results": {"foo": []}}`,
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := transcript.Detect([]byte(in))
			require.Error(t, err)
			assert.ErrorIs(t, err, transcript.ErrUnknownFormat)
			_, err = transcript.Read(strings.NewReader(in))
			assert.ErrorIs(t, err, transcript.ErrUnknownFormat)
		})
	}
}

func TestRead_BadInputNamesFormatAndField(t *testing.T) {
	awsItem := func(start, end string) string {
		return `{"results":{"transcripts":[{"transcript":"hello"}],"items":[` +
			`{"type":"pronunciation","start_time":"0.1","end_time":"0.3","alternatives":[{"confidence":"0.9","content":"hi"}]},` +
			`{"type":"pronunciation","start_time":` + start + `,"end_time":` + end + `,"alternatives":[{"confidence":"0.9","content":"hello"}]}]}}`
	}
	whisperWord := func(start, end string) string {
		return `{"text":" hello","segments":[{"id":0,"start":0,"end":1,"text":" hello","words":[{"word":" hello","start":` + start + `,"end":` + end + `,"probability":0.9}]}]}`
	}
	cases := []struct {
		name, in string
		want     error
		msg      string
	}{
		{"aws time not a number", awsItem(`"abc"`, `"0.5"`), transcript.ErrInvalid, `aws: results.items[1].start_time: "abc" is not a number`},
		{"aws NaN", awsItem(`"NaN"`, `"0.5"`), transcript.ErrInvalid, `aws: results.items[1].start_time: "NaN" is not a number`},
		{"aws infinity", awsItem(`"0.4"`, `"+Inf"`), transcript.ErrInvalid, `aws: results.items[1].end_time: "+Inf" is not a number`},
		{"aws reversed", awsItem(`"0.9"`, `"0.5"`), transcript.ErrInvalid, `aws: results.items[1].end_time: "0.5" is before the start "0.9"`},
		{"aws time as number array", awsItem(`[1]`, `"0.5"`), transcript.ErrInvalid, `aws: results.items[1].start_time: is an array, not a number`},
		{"whisper negative", whisperWord("-1.5", "0.2"), transcript.ErrInvalid, `whisper: segments[0].words[0].start: -1.5 is negative`},
		{"whisper reversed", whisperWord("0.8", "0.2"), transcript.ErrInvalid, `whisper: segments[0].words[0].end: 0.2 is before the start 0.8`},
		{"whisper absurd time", whisperWord("0.1", "90000"), transcript.ErrInvalid, `whisper: segments[0].words[0].end: 90000 is beyond the 24h0m0s limit`},
		{"whisper huge exponent", whisperWord("1e400", "1e401"), transcript.ErrInvalid, `whisper: segments[0].words[0].start: 1e400 is not a number`},
		{"whisper bare NaN", whisperWord("NaN", "0.2"), transcript.ErrInvalid, `malformed JSON at line 1`},
		{"truncated json", `{"segments": [{"words": [`, transcript.ErrInvalid, `malformed JSON at line 1, column 26: unexpected end of input`},
		{"trailing garbage", `{"segments": []} x`, transcript.ErrInvalid, `unexpected data after the top-level value`},
		{"deepgram confidence", `{"results":{"channels":[{"alternatives":[{"transcript":"hi","words":[{"word":"hi","start":0.1,"end":0.2,"confidence":7}]}]}]}}`,
			transcript.ErrInvalid, `deepgram: results.channels[0].alternatives[0].words[0].confidence: 7 is outside [0, 1]`},
		{"assemblyai channel", `{"text":"hi","words":[{"text":"hi","start":100,"end":200,"confidence":0.9,"speaker":null,"channel":"left"}]}`,
			transcript.ErrInvalid, `assemblyai: words[0].channel: "left" is not a channel number`},
		{"google duration", `{"results":[{"alternatives":[{"transcript":"hi","words":[{"startTime":"1.2","endTime":"1.4s","word":"hi"}]}]}]}`,
			transcript.ErrInvalid, `google: results[0].alternatives[0].words[0].startTime: "1.2" is not a duration`},
		{"whisper.cpp token offsets", `{"transcription":[{"offsets":{"from":0,"to":900},"text":" hi","tokens":[{"text":" hi","offsets":{"from":500,"to":-3},"p":0.9}]}]}`,
			transcript.ErrInvalid, `whisper.cpp: transcription[0].tokens[0].offsets.to: -3 is negative`},
		{"native version", `{"callveil_transcript": 2, "words": []}`, transcript.ErrInvalid, `callveil: callveil_transcript: version 2 is not supported`},
		{"webvtt timing", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:0x.000\nhello\n", transcript.ErrInvalid, `webvtt: line 4: "00:00:0x.000" is not a timestamp`},
		{"srt reversed cue", "1\n00:00:05,000 --> 00:00:01,000\nhello\n", transcript.ErrInvalid, `srt: line 2: cue ends (1s) before it starts (5s)`},
		{"srt absurd cue", "1\n99999:00:00,000 --> 99999:00:01,000\nhello\n", transcript.ErrInvalid, `srt: line 2: time`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := transcript.Read(strings.NewReader(c.in))
			require.Error(t, err)
			assert.ErrorIs(t, err, c.want)
			assert.Contains(t, err.Error(), c.msg)
		})
	}
}

func TestReadFormat_WrongFormatIsInvalid(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sampleDir, "whisper.json"))
	require.NoError(t, err)
	for _, f := range []transcript.Format{transcript.FormatAWS, transcript.FormatDeepgram, transcript.FormatGoogle, transcript.FormatWhisperCpp, transcript.FormatAssemblyAI, transcript.FormatNative} {
		_, err := transcript.ReadFormat(bytes.NewReader(data), f)
		require.Error(t, err, f)
		assert.ErrorIs(t, err, transcript.ErrInvalid, f)
		assert.True(t, strings.HasPrefix(err.Error(), string(f)+": "), "%s: error %q names the format", f, err)
	}
	_, err = transcript.ReadFormat(bytes.NewReader(data), "opus")
	assert.ErrorIs(t, err, transcript.ErrUnknownFormat)
}

func TestRead_DeepNestingIsAnErrorNotACrash(t *testing.T) {
	in := strings.Repeat("[", 1_000_000)
	_, err := transcript.Read(strings.NewReader(in))
	assert.ErrorIs(t, err, transcript.ErrInvalid)
	_, err = transcript.ReadFormat(strings.NewReader(`{"segments":`+in), transcript.FormatWhisper)
	assert.ErrorIs(t, err, transcript.ErrInvalid)
}

// endless yields an unbounded stream of a JSON-looking document.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	if e.n == 0 && len(p) > 0 {
		p[0] = '{'
	}
	e.n += int64(len(p))
	return len(p), nil
}

func TestRead_TooLargeStopsAtTheLimitWithBoundedMemory(t *testing.T) {
	const limit = 4 << 20
	src := &endless{}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := transcript.ReadWithOptions(io.LimitReader(src, 2<<30), "", transcript.ReadOptions{MaxBytes: limit})
	runtime.ReadMemStats(&after)
	require.Error(t, err)
	assert.ErrorIs(t, err, transcript.ErrTooLarge)
	assert.LessOrEqual(t, src.n, int64(limit+64<<10), "read no further than the limit")
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4*limit), "memory bounded by the limit, not the 2 GiB input")
}

func TestReadFile_TooLargeIsRejectedBeforeReading(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(2<<30)) // sparse 2 GiB file
	require.NoError(t, f.Close())
	_, err = transcript.ReadFile(path)
	assert.ErrorIs(t, err, transcript.ErrTooLarge)
	_, err = transcript.ReadFileWithOptions(path, transcript.FormatWhisper, transcript.ReadOptions{MaxBytes: 1 << 20})
	assert.ErrorIs(t, err, transcript.ErrTooLarge)
}

func TestReadOptions_MaxTimeCanBeRaised(t *testing.T) {
	in := `{"text":" hi","segments":[{"start":0,"end":100000,"text":" hi","words":[{"word":" hi","start":99999,"end":100000,"probability":0.5}]}]}`
	_, err := transcript.Read(strings.NewReader(in))
	require.ErrorIs(t, err, transcript.ErrInvalid)
	tr, err := transcript.ReadWithOptions(strings.NewReader(in), "", transcript.ReadOptions{MaxTime: 48 * 3600e9})
	require.NoError(t, err)
	assert.Equal(t, "hi", tr.Words[0].Text)
}

func TestWrite_RejectsBadRedactionsAndForeignTranscripts(t *testing.T) {
	tr := readSample(t, "whisper.json")
	for _, r := range []transcript.Redaction{{First: -1, Last: 0}, {First: 3, Last: 2}, {First: 0, Last: len(tr.Words)}} {
		err := transcript.Write(io.Discard, tr, []transcript.Redaction{r})
		assert.ErrorIs(t, err, transcript.ErrInvalid, "%+v", r)
	}
	built := &transcript.Transcript{Words: tr.Words, Channels: 1, Source: transcript.FormatAWS}
	assert.ErrorIs(t, transcript.Write(io.Discard, built, nil), transcript.ErrUnknownFormat)
	built.Source = ""
	var buf bytes.Buffer
	require.NoError(t, transcript.Write(&buf, built, nil))
	assert.Contains(t, buf.String(), `"callveil_transcript": 1`)

	shorter := *tr
	shorter.Words = tr.Words[:3]
	assert.ErrorIs(t, transcript.Write(io.Discard, &shorter, nil), transcript.ErrInvalid)
	assert.ErrorIs(t, transcript.Write(io.Discard, nil, nil), transcript.ErrInvalid)
	assert.True(t, errors.Is(transcript.WriteNative(io.Discard, nil, nil), transcript.ErrInvalid))
}
