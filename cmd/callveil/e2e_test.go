package main

// End-to-end tests: they build the callveil binary and run it on a copy of
// testdata/calls with a broken recording and one without a transcript
// added, and check what an operator relies on: outputs, manifest, exit
// codes, resume, shards, names, interruption.

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/internal/testtools"

	"github.com/callveil/callveil/anonymize"
)

// cli is the callveil command, built once per test run.
var cli = &testtools.Binary{Pkg: "."}

// callveilBinary returns the path of the built command.
func callveilBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test builds the binary; skipped with -short")
	}
	return cli.Path(t)
}

func TestMain(m *testing.M) {
	if os.Getenv(serveS3Env) != "" {
		serveS3Child() // the S3 server of the measurements; never returns
	}
	azuriteChildParts() // returns unless the test binary plays a part of TestAzurite_NotOrphaned
	code := m.Run()
	cli.Remove()
	stopAzurite()
	os.Exit(code)
}

// cliResult is the outcome of one run of the binary.
type cliResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs the binary with args, without CALLVEIL_KEY_FILE from the
// environment.
func runCLI(t *testing.T, args ...string) cliResult {
	t.Helper()
	return runCLIEnv(t, nil, args...)
}

// runCLIEnv runs the binary with extra environment variables.
func runCLIEnv(t *testing.T, env []string, args ...string) cliResult {
	t.Helper()
	callveilBinary(t) // skips under -short
	r := cli.Run(t, env, args...)
	return cliResult{code: r.Code, stdout: r.Stdout, stderr: r.Stderr}
}

// cleanEnv is the environment for a subprocess, without CALLVEIL_KEY_FILE.
func cleanEnv() []string { return testtools.CleanEnv() }

// e2eTree is a temporary copy of testdata/calls with extra cases.
type e2eTree struct {
	root, in, key string
	// good are the relative paths of the recordings with a transcript that
	// must come out ok; refused has no transcript; broken is not audio.
	good             []string
	refused, broken  string
	pii              []string // PII strings that must never reach outputs other than audio
	transcriptsByRel map[string]string
	truthByRel       map[string][]string // ground-truth PII strings per good recording
}

// newE2ETree copies testdata/calls into a temporary folder (one call moved
// into a sub-folder whose name is a person's name), adds a recording with a
// phone number for a name and no transcript, and a broken WAV with a
// transcript, and writes a key file.
func newE2ETree(t *testing.T) *e2eTree {
	t.Helper()
	src := filepath.Join("..", "..", "testdata", "calls")
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	tr := &e2eTree{root: t.TempDir(), transcriptsByRel: map[string]string{}, truthByRel: map[string][]string{}}
	tr.in = filepath.Join(tr.root, "in")
	require.NoError(t, os.MkdirAll(filepath.Join(tr.in, "agent maria"), 0o755))
	var audioFiles []string
	for _, e := range entries {
		if audioExts[strings.ToLower(filepath.Ext(e.Name()))] {
			audioFiles = append(audioFiles, e.Name())
		}
	}
	require.GreaterOrEqual(t, len(audioFiles), 2, "testdata/calls holds the example calls")
	sort.Strings(audioFiles)
	for i, name := range audioFiles {
		base := stripExt(name)
		dstDir := tr.in
		if i == 0 {
			dstDir = filepath.Join(tr.in, "agent maria")
		}
		copyFile(t, filepath.Join(src, name), filepath.Join(dstDir, name))
		trName := base + ".json"
		if _, err := os.Stat(filepath.Join(src, trName)); err != nil {
			continue // a call without transcript in testdata: not one of ours
		}
		copyFile(t, filepath.Join(src, trName), filepath.Join(dstDir, trName))
		rel, err := filepath.Rel(tr.in, filepath.Join(dstDir, name))
		require.NoError(t, err)
		tr.good = append(tr.good, filepath.ToSlash(rel))
		tr.transcriptsByRel[filepath.ToSlash(rel)] = filepath.Join(src, trName)
		truth := truthPII(t, filepath.Join(src, base+".truth.json"))
		tr.truthByRel[filepath.ToSlash(rel)] = truth
		tr.pii = append(tr.pii, truth...)
		tr.pii = append(tr.pii, transcriptPII(t, filepath.Join(src, trName))...)
	}
	// A recording named after the caller's phone number, without transcript.
	tr.refused = "2025-09-12_+15551234567.wav"
	copyFile(t, filepath.Join(src, audioFiles[len(audioFiles)-1]), filepath.Join(tr.in, tr.refused))
	// A broken WAV that has a transcript.
	tr.broken = "agent maria/broken.wav"
	require.NoError(t, os.WriteFile(filepath.Join(tr.in, "agent maria", "broken.wav"),
		append([]byte("RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00"), bytes.Repeat([]byte{0xff}, 40)...), 0o644))
	copyFile(t, filepath.Join(src, stripExt(audioFiles[0])+".json"), filepath.Join(tr.in, "agent maria", "broken.json"))
	tr.pii = append(tr.pii, "15551234567", "5551234567", "maria")

	tr.key = filepath.Join(tr.root, "callveil.key")
	res := runCLI(t, "keygen", "-o", tr.key)
	require.Equal(t, 0, res.code, res.stderr)
	return tr
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(dst, data, 0o644))
}

// truthPII reads the PII strings of a call's ground truth: each entity's
// text and its words that are long enough or hold digits.
func truthPII(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	var truth struct {
		Entities []struct {
			Text string `json:"text"`
		} `json:"entities"`
	}
	require.NoError(t, json.Unmarshal(data, &truth))
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, e := range truth.Entities {
		text := strings.Trim(e.Text, " .,?!")
		add(text)
		for _, w := range strings.Fields(text) {
			w = strings.Trim(w, " .,?!")
			if len(w) >= 4 && !stopWord[strings.ToLower(w)] {
				add(w)
			}
		}
	}
	return out
}

// stopWord lists spoken number words and the like that also occur in
// harmless text ("three" in "three channels"), so they are not PII strings.
var stopWord = map[string]bool{"zero": true, "three": true, "four": true, "five": true, "seven": true, "eight": true, "nine": true, "street": true, "example": true}

// transcriptPII scans the string values of a JSON transcript for things
// that are PII in these calls: words with digits (card, phone, account
// numbers) and email addresses.
func transcriptPII(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	var out []string
	for _, s := range jsonWordStrings(doc) {
		for _, w := range strings.Fields(s) {
			w = strings.Trim(w, " .,?!;:")
			if strings.Contains(w, "@") || (strings.ContainsAny(w, "0123456789") && len(w) >= 3) {
				out = append(out, w)
			}
		}
	}
	return out
}

// jsonStrings collects the string values in a decoded JSON value, leaving
// out the values of the keys in skip.
func jsonStrings(v any, skip map[string]bool) []string {
	var out []string
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case []any:
		for _, e := range v {
			out = append(out, jsonStrings(e, skip)...)
		}
	case map[string]any:
		for k, e := range v {
			if !skip[k] {
				out = append(out, jsonStrings(e, skip)...)
			}
		}
	}
	return out
}

// wordKeys are the keys under which ASR JSON formats hold what was said.
var wordKeys = map[string]bool{"word": true, "punctuated_word": true, "text": true, "transcript": true, "content": true}

// jsonWordStrings collects the strings held under wordKeys.
func jsonWordStrings(v any) []string {
	var out []string
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			out = append(out, jsonWordStrings(e)...)
		}
	case map[string]any:
		for k, e := range v {
			if s, ok := e.(string); ok && wordKeys[k] {
				out = append(out, s)
				continue
			}
			out = append(out, jsonWordStrings(e)...)
		}
	}
	return out
}

// hexNameRE matches the names --names hash gives outputs.
var hexNameRE = regexp.MustCompile(`^[0-9a-f]{20}(\.wav|\.json|\.vtt|\.srt|\.callveil\.json)?$`)

// assertNoPII checks that text holds none of the PII strings (case
// insensitive). Short digit-only strings are left out when numbers is false:
// they occur by chance in timings and counts.
func assertNoPII(t *testing.T, where, text string, pii []string, numbers bool) {
	t.Helper()
	lower := strings.ToLower(text)
	for _, p := range pii {
		if !numbers && len(p) < 7 && regexp.MustCompile(`^[0-9 .,-]+$`).MatchString(p) {
			continue
		}
		assert.NotContains(t, lower, strings.ToLower(p), "PII in %s", where)
	}
}

// manifestFile reads a manifest as generic objects and as lines.
func manifestFile(t *testing.T, path string) ([]map[string]any, []manifestLine) {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.True(t, len(data) == 0 || data[len(data)-1] == '\n', "the manifest ends with a whole line")
	var objs []map[string]any
	var lines []manifestLine
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), "manifest line %d is not JSON: %q", i+1, line)
		var l manifestLine
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		objs = append(objs, m)
		lines = append(lines, l)
	}
	return objs, lines
}

// idsOf computes the keyed ids of relative paths with the tree's key.
func (tr *e2eTree) idsOf(t *testing.T, rels ...string) []string {
	t.Helper()
	k, err := anonymize.ReadKeyFile(tr.key)
	require.NoError(t, err)
	n := namer{key: k}
	var ids []string
	for _, r := range rels {
		ids = append(ids, n.id(r))
	}
	return ids
}

// outputFiles lists the files under dir (slash paths), without manifests.
func outputFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if !strings.HasPrefix(filepath.Base(rel), "manifest") {
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	}))
	sort.Strings(out)
	return out
}

func TestE2E_Anonymize(t *testing.T) {
	tr := newE2ETree(t)
	out := filepath.Join(tr.root, "out")
	res := runCLI(t, "anonymize", "--key-file", tr.key, "-j", "2", tr.in, "-o", out)
	assert.Equal(t, exitFail, res.code, "one refused and one failed recording: exit 1\n%s", res.stderr)
	assert.NotContains(t, res.stderr, "one-time random key", "a key file was given")
	assert.Regexp(t, fmt.Sprintf(`callveil: %d recordings: %d ok, 1 failed, 1 refused, 0 skipped; [0-9.]+ h of audio in \S+ \(\S+ realtime\); findings: .*PHONE=\d`,
		len(tr.good)+2, len(tr.good)), res.stderr)

	objs, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	require.Len(t, lines, len(tr.good)+2, "one line per recording")
	byID := map[string]manifestLine{}
	for i, l := range lines {
		byID[l.ID] = l
		for _, k := range []string{"id", "status", "output", "duration_seconds", "sample_rate", "channels", "findings", "spans", "voices", "output_sha256", "unredacted", "timings"} {
			assert.Contains(t, objs[i], k, "line %d", i+1)
		}
		assert.NotContains(t, objs[i], "input", "--names hash: no input path in the manifest")
	}

	goodIDs := tr.idsOf(t, tr.good...)
	var wantFiles []string
	for i, id := range goodIDs {
		l, ok := byID[id]
		require.True(t, ok, "a line for %s", tr.good[i])
		assert.Equal(t, statusOK, l.Status, "%s: %s %s", tr.good[i], l.ErrorCategory, l.Error)
		assert.Equal(t, id+".wav", l.Output)
		assert.Equal(t, id+".json", l.TranscriptOutput)
		assert.Greater(t, l.DurationSeconds, 1.0)
		assert.Positive(t, l.SampleRate)
		assert.Positive(t, l.Channels)
		assert.Len(t, l.Voices, l.Channels)
		assert.NotEmpty(t, l.Findings, "the example calls all hold PII")
		assert.NotEmpty(t, l.Spans)
		for _, s := range l.Spans {
			assert.Less(t, s.Start, s.End)
			assert.LessOrEqual(t, s.End, l.DurationSeconds+0.5)
			assert.NotEmpty(t, s.Types)
		}
		assert.False(t, l.Unredacted)
		require.NotNil(t, l.Timings)
		assert.Positive(t, l.Timings.Total)
		sum, err := fileSHA256(filepath.Join(out, l.Output))
		require.NoError(t, err, "output of %s", tr.good[i])
		assert.Equal(t, l.OutputSHA256, sum)
		assert.FileExists(t, filepath.Join(out, l.TranscriptOutput))
		wantFiles = append(wantFiles, l.Output, l.TranscriptOutput)
	}
	refused := byID[tr.idsOf(t, tr.refused)[0]]
	assert.Equal(t, statusRefused, refused.Status)
	assert.Equal(t, "no_transcript", refused.ErrorCategory)
	assert.Empty(t, refused.Output)
	broken := byID[tr.idsOf(t, tr.broken)[0]]
	assert.Equal(t, statusFailed, broken.Status)
	assert.Contains(t, []string{"corrupt", "unsupported", "truncated"}, broken.ErrorCategory, broken.Error)
	assert.Empty(t, broken.Output)
	assert.NotEmpty(t, broken.Error)

	sort.Strings(wantFiles)
	assert.Equal(t, wantFiles, outputFiles(t, out), "outputs for the good recordings only, nothing partial")

	// No PII text anywhere but the audio: the manifest's text fields, its
	// names (all keyed hex), the output file names, the messages.
	require.NotEmpty(t, tr.pii)
	names := map[string]bool{"id": true, "output": true, "transcript_output": true, "native_output": true, "output_sha256": true, "voice_id": true}
	for i, o := range objs {
		assertNoPII(t, fmt.Sprintf("manifest line %d", i+1), strings.Join(jsonStrings(o, names), "\n"), tr.pii, true)
		for k := range names {
			if v, ok := o[k].(string); ok && v != "" && k != "output_sha256" && k != "voice_id" {
				assert.Regexp(t, hexNameRE, v, "manifest %s", k)
			}
		}
	}
	for _, f := range outputFiles(t, out) {
		assert.Regexp(t, hexNameRE, f, "output names are keyed hashes")
	}
	assertNoPII(t, "stderr", res.stderr, tr.pii, false)
	t.Run("redacted transcripts hold no ground-truth numbers or emails", func(t *testing.T) {
		for i, id := range goodIDs {
			redacted, err := os.ReadFile(filepath.Join(out, id+".json"))
			require.NoError(t, err)
			for _, p := range tr.truthByRel[tr.good[i]] {
				if strings.ContainsAny(p, "0123456789@") && !strings.Contains(p, " ") {
					assert.False(t, strings.Contains(string(redacted), p),
						"redaction missed ground-truth PII %q in the transcript of %s (see its .truth.json)", p, tr.good[i])
				}
			}
		}
	})

	t.Run("resume redoes nothing", func(t *testing.T) {
		before := map[string]time.Time{}
		for _, f := range outputFiles(t, out) {
			st, err := os.Stat(filepath.Join(out, f))
			require.NoError(t, err)
			before[f] = st.ModTime()
		}
		res := runCLI(t, "anonymize", "--resume", "--key-file", tr.key, tr.in, "-o", out)
		assert.Equal(t, exitFail, res.code, "the refused and broken ones are tried again and fail again\n%s", res.stderr)
		assert.Contains(t, res.stderr, fmt.Sprintf("0 ok, 1 failed, 1 refused, %d skipped", len(tr.good)))
		_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
		require.Len(t, lines, 2*(len(tr.good)+2), "the second run appended one line per recording")
		for _, l := range lines[len(tr.good)+2:] {
			assert.NotEqual(t, statusOK, l.Status, "nothing was redone")
		}
		for _, f := range outputFiles(t, out) {
			st, err := os.Stat(filepath.Join(out, f))
			require.NoError(t, err)
			assert.Equal(t, before[f], st.ModTime(), "%s was not rewritten", f)
		}
	})

	t.Run("without resume an existing manifest is kept", func(t *testing.T) {
		res := runCLI(t, "anonymize", "--key-file", tr.key, tr.in, "-o", out)
		assert.Equal(t, exitUsage, res.code)
		assert.Contains(t, res.stderr, "--resume")
	})

	t.Run("resume needs the key", func(t *testing.T) {
		res := runCLI(t, "anonymize", "--resume", tr.in, "-o", out)
		assert.Equal(t, exitUsage, res.code)
	})
}

func TestE2E_ShardsCoverEveryRecordingOnce(t *testing.T) {
	tr := newE2ETree(t)
	out := filepath.Join(tr.root, "out") // both machines share one folder
	seen := map[string]int{}
	for k := range 2 {
		res := runCLI(t, "anonymize", "--quiet", "--key-file", tr.key, "--shard", fmt.Sprintf("%d/2", k), tr.in, "-o", out)
		assert.Contains(t, []int{exitOK, exitFail}, res.code, res.stderr)
		_, lines := manifestFile(t, filepath.Join(out, fmt.Sprintf("manifest-%d-of-2.jsonl", k)))
		for _, l := range lines {
			seen[l.ID]++
		}
	}
	assert.NoFileExists(t, filepath.Join(out, "manifest.jsonl"))
	all := tr.idsOf(t, append(append([]string{}, tr.good...), tr.refused, tr.broken)...)
	require.Len(t, seen, len(all), "every recording in some shard")
	for _, id := range all {
		assert.Equal(t, 1, seen[id], "recording %s in exactly one shard", id)
	}
}

func TestE2E_NamesKeep(t *testing.T) {
	tr := newE2ETree(t)
	out := filepath.Join(tr.root, "out")
	res := runCLI(t, "anonymize", "--names", "keep", "--native-json", "--key-file", tr.key, tr.in, "-o", out)
	assert.Equal(t, exitFail, res.code, res.stderr)
	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	byInput := map[string]manifestLine{}
	for _, l := range lines {
		byInput[l.Input] = l
	}
	for _, rel := range tr.good {
		l, ok := byInput[rel]
		require.True(t, ok, "--names keep: the manifest names the input %s", rel)
		assert.Equal(t, relStripExt(rel)+".wav", l.Output)
		assert.Equal(t, relStripExt(rel)+".callveil.json", l.NativeOutput)
		assert.FileExists(t, filepath.Join(out, filepath.FromSlash(l.Output)))
		assert.FileExists(t, filepath.Join(out, filepath.FromSlash(l.NativeOutput)))
	}
	assert.Equal(t, statusRefused, byInput[tr.refused].Status)
}

func TestE2E_AllowNoTranscript(t *testing.T) {
	tr := newE2ETree(t)
	out := filepath.Join(tr.root, "out")
	res := runCLI(t, "anonymize", "--allow-no-transcript", "--quiet", tr.in, "-o", out)
	assert.Contains(t, res.stderr, "one-time random key", "no key: the user is warned")
	assert.Equal(t, exitFail, res.code, "the broken recording still fails\n%s", res.stderr)
	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	unredacted := 0
	for _, l := range lines {
		if l.Unredacted {
			unredacted++
			assert.Equal(t, statusOK, l.Status)
			assert.Empty(t, l.Spans)
			assert.Empty(t, l.TranscriptOutput)
			assert.FileExists(t, filepath.Join(out, l.Output))
		}
	}
	assert.Equal(t, 1, unredacted, "only the recording without a transcript is unredacted")
}

func TestE2E_UsageErrors(t *testing.T) {
	tr := newE2ETree(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no output", []string{"anonymize", tr.in}},
		{"no input", []string{"anonymize", "-o", filepath.Join(tr.root, "o1")}},
		{"bad shard", []string{"anonymize", "--shard", "2/2", tr.in, "-o", filepath.Join(tr.root, "o2")}},
		{"bad voice", []string{"anonymize", "--voice", "robot", tr.in, "-o", filepath.Join(tr.root, "o3")}},
		{"bad entity", []string{"anonymize", "--entities", "PHONE,SHOESIZE", tr.in, "-o", filepath.Join(tr.root, "o4")}},
		{"output is a file", []string{"anonymize", tr.in, "-o", tr.key}},
		{"missing input", []string{"anonymize", filepath.Join(tr.root, "nope"), "-o", filepath.Join(tr.root, "o5")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := runCLI(t, tc.args...)
			assert.Equal(t, exitUsage, res.code, res.stderr)
		})
	}
	open := filepath.Join(tr.root, "open.key")
	require.Equal(t, 0, runCLI(t, "keygen", "-o", open).code)
	require.NoError(t, os.Chmod(open, 0o644))
	res := runCLI(t, "anonymize", "--key-file", open, tr.in, "-o", filepath.Join(tr.root, "o6"))
	assert.Equal(t, exitUsage, res.code, "a key file others can read is refused")
	assert.Contains(t, res.stderr, "chmod 600")

	res = runCLI(t, "anonymize", "--help")
	assert.Equal(t, exitOK, res.code)
	for _, f := range []string{"-voice", "-speaker-id", "-bleep", "-pad", "-entities", "-skip-entities", "-text-op", "-min-score", "-rate", "-format", "-shard", "-names", "-key-file", "-resume", "-allow-no-transcript", "-transcripts", "-transcript-format", "-native-json", "-quiet", "-j"} {
		assert.Regexp(t, regexp.MustCompile(`(?m)^  `+regexp.QuoteMeta(f)+`\b[^\n]*\n\s+[^\n]*e\.g\. `), res.stderr, "flag %s is documented with an example", f)
	}
	assert.Contains(t, res.stderr, "(pseudo-norm and pseudo-vq are experimental: measured no better than cascade or pseudo",
		"the voice methods kept only to reproduce their measurements say so")
}

// writeTestWAV writes a 16-bit PCM mono WAV of seconds of seeded noise
// bursts at rate.
func writeTestWAV(t *testing.T, path string, rate, seconds int, seed uint64) {
	t.Helper()
	n := rate * seconds
	var hdr bytes.Buffer
	le := func(v any) { require.NoError(t, binary.Write(&hdr, binary.LittleEndian, v)) }
	hdr.WriteString("RIFF")
	le(uint32(36 + 2*n))
	hdr.WriteString("WAVEfmt ")
	le(uint32(16))
	le(uint16(1))
	le(uint16(1))
	le(uint32(rate))
	le(uint32(2 * rate))
	le(uint16(2))
	le(uint16(16))
	hdr.WriteString("data")
	le(uint32(2 * n))
	data := make([]byte, 2*n)
	rng := rand.New(rand.NewPCG(seed, 1))
	for i := range n {
		// A 150 Hz buzz with noise, like a voiced sound on a phone line.
		v := 0.3*math.Sin(2*math.Pi*150*float64(i)/float64(rate)) + 0.05*rng.NormFloat64()
		binary.LittleEndian.PutUint16(data[2*i:], uint16(int16(max(-1, min(1, v))*32000)))
	}
	require.NoError(t, os.WriteFile(path, append(hdr.Bytes(), data...), 0o644))
}

// writeTestSRT writes an SRT transcript with a phone number spoken at 2 s.
func writeTestSRT(t *testing.T, path string) {
	t.Helper()
	srt := "1\n00:00:01,000 --> 00:00:04,000\nmy number is 202 555 0142\n\n2\n00:00:05,000 --> 00:00:07,000\nthank you\n"
	require.NoError(t, os.WriteFile(path, []byte(srt), 0o644))
}

func TestE2E_InterruptLeavesNoPartialOutput(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGINT")
	}
	root := t.TempDir()
	in, out := filepath.Join(root, "in"), filepath.Join(root, "out")
	require.NoError(t, os.MkdirAll(in, 0o755))
	const files = 10
	for i := range files {
		base := filepath.Join(in, fmt.Sprintf("long%02d", i))
		writeTestWAV(t, base+".wav", 8000, 60, uint64(i))
		writeTestSRT(t, base+".srt")
	}
	key := filepath.Join(root, "k")
	require.Equal(t, 0, runCLI(t, "keygen", "-o", key).code)

	cmd := exec.Command(callveilBinary(t), "anonymize", "-j", "2", "--key-file", key, in, "-o", out)
	cmd.Env = cleanEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	begun := time.Now()
	// Interrupt once the first recording is done, while others are running.
	deadline := time.Now().Add(60 * time.Second)
	for {
		data, _ := os.ReadFile(filepath.Join(out, "manifest.jsonl"))
		if bytes.Count(data, []byte("\n")) >= 1 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	sent := time.Now()
	first := sent.Sub(begun) // about what one recording takes on this machine, as loaded now
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	err := cmd.Wait()
	stopped := time.Since(sent)
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "stderr: %s", stderr.String())
	assert.Equal(t, exitInterrupted, ee.ExitCode(), stderr.String())
	// Abandoning takes milliseconds (40 ms at a load of 16 on 2 cores);
	// finishing the running recordings would take about as long as the
	// first took. So the bound is half of that on a slow or loaded
	// machine, 3 s on a fast one.
	assert.Less(t, stopped, max(3*time.Second, first/2),
		"running recordings are abandoned within one block (the first recording took %v)", first)
	assert.Contains(t, stderr.String(), "--resume")

	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	require.Less(t, len(lines), files, "the run was interrupted before the end (make the input longer if this fails)")
	okOutputs := map[string]string{}
	cancelled := 0
	for _, l := range lines {
		switch {
		case l.Status == statusOK:
			okOutputs[l.Output] = l.OutputSHA256
		case l.ErrorCategory == "cancelled":
			cancelled++
			assert.Empty(t, l.Output)
		default:
			t.Errorf("unexpected line after an interrupt: %+v", l)
		}
	}
	t.Logf("interrupted after %d of %d recordings (the first done after %v), %d abandoned mid-way, stopped %v after the signal",
		len(okOutputs), files, first.Round(time.Millisecond), cancelled, stopped)
	for _, f := range outputFiles(t, out) {
		assert.NotContains(t, f, partialSuffix, "no temporary file is left")
		if strings.HasSuffix(f, ".wav") {
			want, ok := okOutputs[f]
			require.True(t, ok, "%s exists but its recording is not ok in the manifest", f)
			got, err := fileSHA256(filepath.Join(out, f))
			require.NoError(t, err)
			assert.Equal(t, want, got, "%s is complete", f)
		}
	}

	// Resume finishes the job, redoing only what was not done.
	res := runCLI(t, "anonymize", "--resume", "--quiet", "--key-file", key, in, "-o", out)
	assert.Equal(t, exitOK, res.code, res.stderr)
	assert.Contains(t, res.stderr, fmt.Sprintf("%d skipped", len(okOutputs)))
	_, lines = manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	final := map[string]string{}
	for _, l := range lines {
		if l.Status == statusOK || l.Status == statusSkipped {
			final[l.ID] = l.Status
		}
	}
	assert.Len(t, final, files, "every recording done after the resume")
}

func TestE2E_NeverOverwritesInputs(t *testing.T) {
	tr := newE2ETree(t)
	res := runCLI(t, "anonymize", "--names", "keep", "--key-file", tr.key, tr.in, "-o", tr.in)
	assert.Equal(t, exitUsage, res.code, "OUTDIR is the input folder\n%s", res.stderr)

	// A file input inside OUTDIR under --names keep would be replaced.
	in := filepath.Join(tr.in, "agent maria")
	entries, err := os.ReadDir(in)
	require.NoError(t, err)
	var wav string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".wav") && e.Name() != "broken.wav" {
			wav = filepath.Join(in, e.Name())
		}
	}
	require.NotEmpty(t, wav)
	before, err := fileSHA256(wav)
	require.NoError(t, err)
	res = runCLI(t, "anonymize", "--names", "keep", "--key-file", tr.key, wav, "-o", in)
	assert.Equal(t, exitFail, res.code, res.stderr)
	after, err := fileSHA256(wav)
	require.NoError(t, err)
	assert.Equal(t, before, after, "the input recording is untouched")
	_, lines := manifestFile(t, filepath.Join(in, "manifest.jsonl"))
	require.Len(t, lines, 1)
	assert.Equal(t, "output_is_input", lines[0].ErrorCategory)
}

func TestE2E_TranscriptsFolderAndForcedFormat(t *testing.T) {
	tr := newE2ETree(t)
	asr := filepath.Join(tr.root, "asr")
	// Move every transcript into a mirrored tree.
	require.NoError(t, filepath.WalkDir(tr.in, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".json" {
			return err
		}
		rel, err := filepath.Rel(tr.in, p)
		require.NoError(t, err)
		dst := filepath.Join(asr, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		return os.Rename(p, dst)
	}))
	out := filepath.Join(tr.root, "out")
	res := runCLI(t, "anonymize", "--names", "keep", "--quiet", "--key-file", tr.key,
		"--transcripts", asr, "--transcript-format", "whisper", tr.in, "-o", out)
	assert.Equal(t, exitFail, res.code, res.stderr)
	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	for _, l := range lines {
		if l.Input == tr.refused || l.Input == tr.broken {
			continue
		}
		src := tr.transcriptsByRel[l.Input]
		data, err := os.ReadFile(src)
		require.NoError(t, err)
		if bytes.Contains(data, []byte(`"segments"`)) { // a Whisper transcript
			assert.Equal(t, statusOK, l.Status, "%s found under --transcripts: %s", l.Input, l.Error)
		} else {
			// Fail closed: a document that is not in the forced format
			// must be refused, not read as a transcript without words.
			if assert.Equal(t, statusRefused, l.Status, "%s is not Whisper JSON but was read as Whisper without error (transcript.ReadFormat must refuse it)", l.Input) {
				assert.Contains(t, l.ErrorCategory, "transcript")
				assert.Empty(t, l.Output)
			}
		}
	}
}
