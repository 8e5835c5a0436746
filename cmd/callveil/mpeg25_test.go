package main

import (
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// TestE2E_MPEG25CallsBleepEveryTruthSpan is the held-out check of issue
// 18: a folder of 8 kHz MPEG-2.5 calls (testdata/mpeg25: two example calls
// re-encoded by LAME at 24 and 16 kbit/s, with their Whisper transcripts
// and ground truth) goes through "callveil anonymize", and every output is
// as long as its recording decodes to, with every ground-truth PII span
// bleeped (eval-redaction's coverage, against the truth files).
func TestE2E_MPEG25CallsBleepEveryTruthSpan(t *testing.T) {
	in := filepath.Join("..", "..", "testdata", "mpeg25")
	out := filepath.Join(t.TempDir(), "out")
	code, _, errOut := runInProcess(t, "anonymize", "--quiet", "--names", "keep", "--key-file", writeTestKey(t, 11), in, "-o", out)
	require.Equal(t, exitOK, code, errOut)

	for _, call := range []string{"call1", "call2"} {
		src, err := audio.OpenFile(filepath.Join(in, call+".mp3"))
		require.NoError(t, err)
		f := src.Format()
		src.Close()
		require.Equal(t, 8000, f.SampleRate)
		require.Positive(t, f.Frames)

		matches, err := filepath.Glob(filepath.Join(out, "*"+call+"*.wav"))
		require.NoError(t, err)
		require.Len(t, matches, 1, "one output for %s", call)
		o, err := audio.OpenFile(matches[0])
		require.NoError(t, err)
		assert.Equal(t, f.Frames, o.Format().Frames, "%s: the output is exactly as long as the recording", call)
		assert.Equal(t, 8000, o.Format().SampleRate)
		o.Close()
	}
	// The gapless one (call1, with LAME's tag) decodes to exactly the
	// samples of the WAV it was made from.
	wav, err := audio.OpenFile(filepath.Join("..", "..", "testdata", "calls", "call1.wav"))
	require.NoError(t, err)
	mp3, err := audio.OpenFile(filepath.Join(in, "call1.mp3"))
	require.NoError(t, err)
	assert.Equal(t, wav.Format().Frames, mp3.Format().Frames)
	wav.Close()
	mp3.Close()

	code, stdout, errOut := runInProcess(t, "info", filepath.Join(in, "call1.mp3"))
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, stdout, "call1.mp3: mp3 mp3 (MPEG-2.5 Layer III), 8000 Hz, 1 ch, 33.880 s")

	code, stdout, errOut = runInProcess(t, "eval-redaction", "--truth", in, out)
	require.Equal(t, exitOK, code, errOut)
	all := regexp.MustCompile(`(?m)^all\s+([0-9.]+)\s+([0-9.]+)%\s+([0-9.]+)%\s+(-?[0-9.]+)$`)
	m := all.FindStringSubmatch(stdout)
	require.NotNil(t, m, stdout)
	cov, _ := strconv.ParseFloat(m[2], 64)
	res, _ := strconv.ParseFloat(m[4], 64)
	assert.Equal(t, 100.0, cov, "every ground-truth PII span is bleeped\n%s", stdout)
	assert.Less(t, res, 0.2, "nothing of the PII speech's contour survives\n%s", stdout)
	assert.Contains(t, stdout, "2 recordings")
	t.Log(stdout)
}
