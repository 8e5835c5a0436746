package hardening_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/internal/testtools"
)

// cli is the callveil command, built once per test run.
var cli = &testtools.Binary{Pkg: "../cmd/callveil"}

// cliBinary returns the path of the built command.
func cliBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the callveil binary; skipped with -short")
	}
	return cli.Path(t)
}

func TestMain(m *testing.M) {
	code := m.Run()
	cli.Remove()
	os.Exit(code)
}

// cliRun is the outcome of one run of the binary.
type cliRun struct {
	code           int
	stdout, stderr string
}

// runCLI runs the binary with args and the environment env added to a
// copy of the test's environment without CALLVEIL_KEY_FILE.
func runCLI(t *testing.T, env []string, args ...string) cliRun {
	t.Helper()
	cliBinary(t) // skips under -short
	r := cli.Run(t, env, args...)
	return cliRun{code: r.Code, stdout: r.Stdout, stderr: r.Stderr}
}

// cleanEnv is the environment for a subprocess, without CALLVEIL_KEY_FILE.
func cleanEnv() []string { return testtools.CleanEnv() }

// writeToneWAV writes a 16-bit mono WAV of a noisy 150 Hz buzz.
func writeToneWAV(t *testing.T, path string, rate int, seconds float64, seed uint64) {
	t.Helper()
	n := int(float64(rate) * seconds)
	rng := rand.New(rand.NewPCG(seed, 1))
	var b bytes.Buffer
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, uint32(36+2*n))
	b.WriteString("WAVEfmt ")
	for _, v := range []any{uint32(16), uint16(1), uint16(1), uint32(rate), uint32(2 * rate), uint16(2), uint16(16)} {
		require.NoError(t, binary.Write(&b, binary.LittleEndian, v))
	}
	b.WriteString("data")
	binary.Write(&b, binary.LittleEndian, uint32(2*n))
	for i := range n {
		v := 0.3*math.Sin(2*math.Pi*150*float64(i)/float64(rate)) + 0.05*rng.NormFloat64()
		binary.Write(&b, binary.LittleEndian, int16(max(-1, min(1, v))*32000))
	}
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
}

// manifestLine is the part of a manifest line the tests read.
type manifestLine struct {
	ID            string         `json:"id"`
	Input         string         `json:"input"`
	Status        string         `json:"status"`
	Output        string         `json:"output"`
	ErrorCategory string         `json:"error_category"`
	Error         string         `json:"error"`
	OutputSHA256  string         `json:"output_sha256"`
	Truncated     bool           `json:"truncated"`
	Findings      map[string]int `json:"findings"`
	Voices        []struct {
		Channel int    `json:"channel"`
		Method  string `json:"method"`
		VoiceID string `json:"voice_id"`
	} `json:"voices"`
}

// readManifest parses a manifest. A torn last line (no final newline) is
// allowed when tornOK and returned as torn; every other line must be JSON.
func readManifest(t *testing.T, path string, tornOK bool) (lines []manifestLine, raw []map[string]any, torn bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	parts := strings.Split(string(data), "\n")
	last := parts[len(parts)-1]
	parts = parts[:len(parts)-1]
	if last != "" {
		require.True(t, tornOK, "the manifest ends inside a line: %q", last)
		torn = true
	}
	for i, p := range parts {
		var l manifestLine
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(p), &l), "manifest line %d is not JSON: %q", i+1, p)
		require.NoError(t, json.Unmarshal([]byte(p), &m))
		lines = append(lines, l)
		raw = append(raw, m)
	}
	return lines, raw, torn
}

// goodSRT fits a recording of at least 0.25 s.
const goodSRT = "1\n00:00:00,000 --> 00:00:00,200\nhello there\n"

func TestHostileCorpus_CLIBatchReportsEachAndFinishesTheGoodOne(t *testing.T) {
	root := t.TempDir()
	in, out := filepath.Join(root, "in"), filepath.Join(root, "out")
	cases := map[string]string{} // relative input path -> corpus file
	for _, name := range corpusFiles(t) {
		if _, ok := hostileCases[name]; !ok {
			continue
		}
		dir := filepath.Join(in, strings.ReplaceAll(name, ".", "_"))
		require.NoError(t, os.MkdirAll(dir, 0o755))
		data, err := os.ReadFile(filepath.Join(hostileDir, name))
		require.NoError(t, err)
		ext := filepath.Ext(name)
		if strings.HasPrefix(name, "tr_") {
			writeToneWAV(t, filepath.Join(dir, "x.wav"), 8000, 3, 1)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "x"+ext), data, 0o644))
			cases[filepath.Base(dir)+"/x.wav"] = name
		} else {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "x"+ext), data, 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "x.srt"), []byte(goodSRT), 0o644))
			cases[filepath.Base(dir)+"/x"+ext] = name
		}
	}
	good := filepath.Join(in, "good")
	require.NoError(t, os.MkdirAll(good, 0o755))
	for _, f := range []string{"call1.wav", "call1.json"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "calls", f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(good, f), data, 0o644))
	}

	res := runCLI(t, nil, "anonymize", "--names", "keep", "--quiet", "-j", "2", in, "-o", out)
	assert.Equal(t, 1, res.code, "some inputs fail: exit 1\n%s", res.stderr)
	assert.NotContains(t, res.stderr, "panic:", "no crash (a recovered decoder panic is reported as corrupt)")
	assert.NotContains(t, res.stderr, "goroutine ")

	lines, _, _ := readManifest(t, filepath.Join(out, "manifest.jsonl"), false)
	byInput := map[string]manifestLine{}
	for _, l := range lines {
		byInput[l.Input] = l
	}
	require.Len(t, byInput, len(cases)+1, "one line per recording")
	g := byInput["good/call1.wav"]
	assert.Equal(t, "ok", g.Status, "the good call is finished: %s %s", g.ErrorCategory, g.Error)
	assert.FileExists(t, filepath.Join(out, g.Output))
	for rel, name := range cases {
		l, ok := byInput[rel]
		if !assert.True(t, ok, "%s (%s) is in the manifest", rel, name) {
			continue
		}
		want := hostileCases[name].cli
		switch {
		case want == "any":
			assert.Contains(t, []string{"ok", "failed", "refused"}, l.Status, name)
		case strings.HasPrefix(want, "ok"):
			assert.Equal(t, "ok", l.Status, "%s: %s %s", name, l.ErrorCategory, l.Error)
			assert.Equal(t, want == "ok truncated", l.Truncated, "%s: truncated", name)
		default:
			assert.Equal(t, want, l.Status+" "+l.ErrorCategory, "%s: %s", name, l.Error)
			assert.NotEmpty(t, l.Error, name)
			assert.Empty(t, l.Output, "%s: no output for a failed recording", name)
			if msg := hostileCases[name].msg; strings.HasPrefix(msg, "at byte ") {
				assert.Contains(t, l.Error, msg, "%s: the manifest says why", name)
			}
		}
	}
	// Nothing but the ok recordings' outputs: no partial files.
	require.NoError(t, filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		assert.NotContains(t, d.Name(), ".partial", "no temporary file left")
		return nil
	}))
}

// fileSHA256 is the hex SHA-256 of a file's content.
func fileSHA256(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}
