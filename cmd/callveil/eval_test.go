package main

import (
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/internal/racedetect"
)

// writeTestKey writes a key file with mode 0600 in a temporary folder.
func writeTestKey(t *testing.T, fill byte) string {
	t.Helper()
	b := make([]byte, anonymize.KeySize)
	for i := range b {
		b[i] = fill + byte(i)
	}
	k, err := anonymize.KeyFromBytes(b)
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "k.key")
	require.NoError(t, anonymize.WriteKeyFile(p, k))
	return p
}

func TestEvalVoice_ReportsEveryCondition(t *testing.T) {
	if racedetect.Enabled {
		t.Skip("masks 80 recordings: run without -race (anonymize/eval runs the same attack under -race)")
	}
	voices := filepath.Join("..", "..", "testdata", "voices", "8k")
	var masked [2]string
	for i := range masked {
		masked[i] = filepath.Join(t.TempDir(), "out")
		code, _, errOut := runInProcess(t, "anonymize", "--quiet", "--allow-no-transcript", "--names", "keep",
			"--key-file", writeTestKey(t, byte(10*i+1)), voices, "-o", masked[i])
		require.Equal(t, exitOK, code, errOut)
	}
	code, out, errOut := runInProcess(t, "eval-voice", "--attacker", "gmm", "--enroll", voices, "--test", masked[0], "--lazy", masked[1])
	require.Equal(t, exitOK, code, errOut)
	eers := map[string]float64{}
	for _, m := range regexp.MustCompile(`(?m)^  (\S.*?)\s+([0-9.]+)%\s+([0-9.]+)\s+[0-9.]+% 16/112$`).FindAllStringSubmatch(out, -1) {
		v, err := strconv.ParseFloat(m[2], 64)
		require.NoError(t, err)
		eers[m[1]] = v
	}
	require.Len(t, eers, 3, out)
	assert.LessOrEqual(t, eers["originals vs originals"], 10.0)
	assert.Greater(t, eers["originals vs masked (ignorant)"], eers["originals vs originals"]+15)
	assert.Contains(t, out, "pitch correlation original vs masked")
	assert.Contains(t, out, "LOWER BOUND")

	assert.Contains(t, out, "GMM-UBM")

	// The default attacker (fusion of GMM-UBM and i-vectors) with the
	// semi-informed conditions, on the telephone band.
	bg := filepath.Join(t.TempDir(), "out")
	code, _, errOut = runInProcess(t, "anonymize", "--quiet", "--allow-no-transcript", "--names", "keep",
		"--key-file", writeTestKey(t, 77), voices, "-o", bg)
	require.Equal(t, exitOK, code, errOut)
	code, out, errOut = runInProcess(t, "eval-voice", "--telephone", "--enroll", voices, "--test", masked[0], "--lazy", masked[1], "--background", bg)
	require.Equal(t, exitOK, code, errOut)
	for _, c := range []string{"originals vs originals", "semi-informed, trained on other keys", "semi-informed, disjoint speakers (2 folds)", "originals, disjoint speakers (2 folds)"} {
		assert.Contains(t, out, c)
	}
	assert.Contains(t, out, "fusion of GMM-UBM")
	assert.Contains(t, out, "at 8000 Hz")
	// The fusion with the pause attacker runs on the same sets.
	code, out, errOut = runInProcess(t, "eval-voice", "--telephone", "--attacker", "fusion+pauses", "--enroll", voices, "--test", masked[0], "--lazy", masked[1])
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "and pauses GMM-UBM")
	assert.Contains(t, out, "originals vs originals")
	// The fusion with learned weights.
	code, out, errOut = runInProcess(t, "eval-voice", "--telephone", "--attacker", "calibrated+pauses", "--enroll", voices, "--test", masked[0], "--lazy", masked[1])
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "calibrated fusion of GMM-UBM")
	assert.Contains(t, out, "masked vs masked, other key (lazy-informed)")

	code, _, _ = runInProcess(t, "eval-voice", "--enroll", voices, "--background", bg)
	assert.Equal(t, exitUsage, code, "--background needs --lazy")
	code, _, _ = runInProcess(t, "eval-voice", "--enroll", voices, "--attacker", "xvector")
	assert.Equal(t, exitUsage, code, "an unknown attacker")
	code, _, _ = runInProcess(t, "eval-voice", "--test", masked[0])
	assert.Equal(t, exitUsage, code, "--enroll is required")
	code, _, _ = runInProcess(t, "eval-voice", "--enroll", voices, "--lazy", masked[1])
	assert.Equal(t, exitUsage, code, "--lazy needs --test")
	code, _, _ = runInProcess(t, "eval-voice", "--enroll", t.TempDir())
	assert.Equal(t, exitFail, code, "an empty folder")
}

func TestEvalRedaction_FindsOutputsByInputOrKey(t *testing.T) {
	calls := filepath.Join("..", "..", "testdata", "calls")
	all := regexp.MustCompile(`(?m)^all\s+([0-9.]+)\s+([0-9.]+)%\s+([0-9.]+)%\s+(-?[0-9.]+)$`)
	for _, names := range []string{"keep", "hash"} {
		t.Run(names, func(t *testing.T) {
			if racedetect.Enabled && names == "hash" {
				t.Skip("the same evaluation as keep, run without -race only")
			}
			key := writeTestKey(t, 7)
			out := filepath.Join(t.TempDir(), "out")
			code, _, errOut := runInProcess(t, "anonymize", "--quiet", "--names", names, "--key-file", key, calls, "-o", out)
			require.Equal(t, exitOK, code, errOut)
			args := []string{"eval-redaction", "--truth", calls, out}
			if names == "hash" {
				args = []string{"eval-redaction", "--truth", calls, "--key-file", key, out}
			}
			code, stdout, errOut := runInProcess(t, args...)
			require.Equal(t, exitOK, code, errOut)
			m := all.FindStringSubmatch(stdout)
			require.NotNil(t, m, stdout)
			cov, _ := strconv.ParseFloat(m[2], 64)
			res, _ := strconv.ParseFloat(m[4], 64)
			assert.Equal(t, 100.0, cov, "every spoken PII entity of the example calls is bleeped")
			assert.Less(t, res, 0.2, "nothing of the PII speech's contour survives")
			assert.Contains(t, stdout, "5 recordings")
		})
	}
	code, _, _ := runInProcess(t, "eval-redaction", "--truth", calls, t.TempDir())
	assert.Equal(t, exitUsage, code, "a folder without a manifest")
	// Hashed names without the key cannot be matched.
	out := filepath.Join(t.TempDir(), "out")
	code, _, errOut := runInProcess(t, "anonymize", "--quiet", "--key-file", writeTestKey(t, 3), calls, "-o", out)
	require.Equal(t, exitOK, code, errOut)
	t.Setenv(keyFileEnv, "")
	code, _, _ = runInProcess(t, "eval-redaction", "--truth", calls, out)
	assert.Equal(t, exitFail, code)
}

func TestEvalVoice_PitchAndTimingOnCalls(t *testing.T) {
	calls := filepath.Join("..", "..", "testdata", "calls")
	masked := filepath.Join(t.TempDir(), "out")
	code, _, errOut := runInProcess(t, "anonymize", "--quiet", "--allow-no-transcript", "--names", "keep",
		"--key-file", writeTestKey(t, 5), "--transcripts", t.TempDir(), calls, "-o", masked)
	require.Equal(t, exitOK, code, errOut)
	code, out, errOut := runInProcess(t, "eval-voice", "--enroll", calls, "--test", masked, "--transcripts", calls)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "no speaker-verification attack was run", "one recording per speaker")
	m := regexp.MustCompile(`word timing: (\d+) of (\d+) non-PII words`).FindStringSubmatch(out)
	require.NotNil(t, m, out)
	aligned, _ := strconv.Atoi(m[1])
	words, _ := strconv.Atoi(m[2])
	assert.Greater(t, words, 100)
	assert.GreaterOrEqual(t, float64(aligned), 0.9*float64(words))
	assert.Contains(t, out, "pitch correlation original vs masked")
}
