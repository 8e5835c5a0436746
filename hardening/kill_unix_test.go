//go:build unix

package hardening_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// fsizeEnv, when set in the environment of this test binary, makes it a
// launcher: it lowers RLIMIT_FSIZE to the value (bytes) and execs the rest
// of its arguments. No file the child writes can then grow past the limit:
// writes fail with EFBIG, as on a full disk (Go ignores SIGXFSZ).
const fsizeEnv = "CALLVEIL_HARDENING_FSIZE"

func init() {
	v := os.Getenv(fsizeEnv)
	if v == "" {
		return
	}
	limit, err := strconv.ParseUint(v, 10, 64)
	if err == nil {
		err = syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit})
	}
	if err == nil {
		i := 0
		for i < len(os.Args) && os.Args[i] != "--" {
			i++
		}
		if i+1 < len(os.Args) {
			env := []string{}
			for _, e := range os.Environ() {
				if !strings.HasPrefix(e, fsizeEnv+"=") {
					env = append(env, e)
				}
			}
			err = syscall.Exec(os.Args[i+1], os.Args[i+1:], env)
		}
	}
	fmt.Fprintln(os.Stderr, "fsize launcher:", err)
	os.Exit(3)
}

// writeSRT writes a transcript with a phone number at 1-4 s.
func writeSRT(t *testing.T, path string) {
	t.Helper()
	srt := "1\n00:00:01,000 --> 00:00:04,000\nmy number is 202 555 0142\n\n2\n00:00:05,000 --> 00:00:07,000\nthank you\n"
	require.NoError(t, os.WriteFile(path, []byte(srt), 0o644))
}

// finalFiles lists the files under dir that are not manifests or
// temporaries, and the temporaries.
func finalFiles(t *testing.T, dir string) (finals, partials []string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case strings.HasSuffix(d.Name(), ".partial"):
			partials = append(partials, rel)
		case !strings.HasPrefix(d.Name(), "manifest"):
			finals = append(finals, rel)
		}
		return nil
	}))
	return finals, partials
}

// decodesFully reads a WAV to the end and returns its frame count.
func decodesFully(t *testing.T, path string) int64 {
	t.Helper()
	s, err := audio.OpenFile(path)
	require.NoError(t, err, "%s opens", path)
	defer s.Close()
	f := s.Format()
	require.NoError(t, readAudio(path), "%s decodes to the end with no error (not truncated)", path)
	return f.Frames
}

func TestFaults_CLIKilledWithSIGKILLThenResumed(t *testing.T) {
	bin := cliBinary(t)
	root := t.TempDir()
	in, out := filepath.Join(root, "in"), filepath.Join(root, "out")
	require.NoError(t, os.MkdirAll(in, 0o755))
	const files, seconds, rate = 8, 60, 8000
	for i := range files {
		base := filepath.Join(in, fmt.Sprintf("long%02d", i))
		writeToneWAV(t, base+".wav", rate, seconds, uint64(i))
		writeSRT(t, base+".srt")
	}
	key := filepath.Join(root, "k")
	require.Equal(t, 0, runCLI(t, nil, "keygen", "-o", key).code)

	cmd := exec.Command(bin, "anonymize", "-j", "2", "--quiet", "--key-file", key, in, "-o", out)
	cmd.Env = cleanEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	// Kill once a recording is done, while others are being written.
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		data, _ := os.ReadFile(filepath.Join(out, "manifest.jsonl"))
		if bytes.Count(data, []byte("\n")) >= 1 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Kill()) // SIGKILL: no handler runs
	_ = cmd.Wait()

	// The manifest is JSON lines; a torn last line is tolerated (the
	// writer makes one write and one fsync per line, so it is rare).
	lines, _, torn := readManifest(t, filepath.Join(out, "manifest.jsonl"), true)
	require.Less(t, len(lines), files, "killed before the end (make the inputs longer if this fails)")
	ok := map[string]string{}
	for _, l := range lines {
		if l.Status == "ok" {
			ok[l.Output] = l.OutputSHA256
		}
	}
	finals, partials := finalFiles(t, out)
	t.Logf("killed with %d manifest lines (torn last line: %v), %d final files, %d temporaries", len(lines), torn, len(finals), len(partials))
	// Every file under a final name is whole: an ok line's output has its
	// recorded hash; an output renamed just before the kill (its line not
	// yet written) still decodes in full to the input's length.
	for _, f := range finals {
		if !strings.HasSuffix(f, ".wav") {
			continue
		}
		frames := decodesFully(t, filepath.Join(out, f))
		assert.Equal(t, int64(seconds*rate), frames, "%s is complete", f)
		if want, listed := ok[f]; listed {
			got, err := fileSHA256(filepath.Join(out, f))
			require.NoError(t, err)
			assert.Equal(t, want, got, "%s has its manifest hash", f)
		}
	}

	// --resume finishes the job and clears the killed run's temporaries.
	res := runCLI(t, nil, "anonymize", "--resume", "--quiet", "--key-file", key, in, "-o", out)
	assert.Equal(t, 0, res.code, res.stderr)
	lines, _, torn = readManifest(t, filepath.Join(out, "manifest.jsonl"), false)
	assert.False(t, torn)
	done := map[string]bool{}
	for _, l := range lines {
		if l.Status == "ok" || l.Status == "skipped" {
			done[l.ID] = true
		}
	}
	assert.Len(t, done, files, "every recording done after the resume")
	finals, partials = finalFiles(t, out)
	assert.Empty(t, partials, "no temporary file left after the resume")
	for _, l := range lines {
		if l.Status == "ok" {
			got, err := fileSHA256(filepath.Join(out, l.Output))
			require.NoError(t, err)
			assert.Equal(t, l.OutputSHA256, got)
			assert.Equal(t, int64(seconds*rate), decodesFully(t, filepath.Join(out, l.Output)))
		}
	}
	assert.NotEmpty(t, finals)
}

func TestFaults_CLIDiskFull(t *testing.T) {
	// No file may grow past 64 KiB: every output WAV hits the limit, the
	// manifest (short lines) does not.
	in, out, key, code, stderr := anonymizeUnderFileSizeLimit(t, 65536, 2)
	assert.Equal(t, 1, code, "the recordings failed, the run did not crash: %s", stderr)

	lines, _, _ := readManifest(t, filepath.Join(out, "manifest.jsonl"), false)
	require.Len(t, lines, 3)
	for _, l := range lines {
		assert.Equal(t, "failed", l.Status)
		assert.Contains(t, l.Error, "file too large", "the cause is in the manifest")
		assert.Empty(t, l.Output)
	}
	finals, partials := finalFiles(t, out)
	assert.Empty(t, finals, "nothing under a final name")
	assert.Empty(t, partials, "temporaries removed")

	// With room again, --resume completes the job.
	resumeCompletes(t, key, in, out, 3)
}

// resumeCompletes runs --resume on out and checks that it ends with every
// one of n recordings ok and its output hash as recorded.
func resumeCompletes(t *testing.T, key, in, out string, n int) {
	t.Helper()
	path := filepath.Join(out, "manifest.jsonl")
	before, _, torn := readManifest(t, path, true)
	res := runCLI(t, nil, "anonymize", "--resume", "--quiet", "--key-file", key, in, "-o", out)
	assert.Equal(t, 0, res.code, res.stderr)
	// The resume removes a torn last line (and says so) before it appends,
	// so the manifest is valid JSONL again: every line whole JSON.
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var lines []manifestLine
	bad := 0
	for _, raw := range strings.SplitAfter(string(data), "\n") {
		if raw == "" {
			continue
		}
		require.True(t, strings.HasSuffix(raw, "\n"), "the manifest ends with a whole line")
		var l manifestLine
		if err := json.Unmarshal([]byte(raw), &l); err != nil {
			bad++
			continue
		}
		lines = append(lines, l)
	}
	assert.Zero(t, bad, "every manifest line is JSON after the resume")
	if torn {
		assert.Contains(t, res.stderr, "not valid JSON were ignored", "the resume says it dropped the torn line")
	}
	require.Len(t, lines, len(before)+n)
	for _, l := range lines[len(before):] {
		assert.Equal(t, "ok", l.Status, l.Error)
		got, err := fileSHA256(filepath.Join(out, l.Output))
		require.NoError(t, err)
		assert.Equal(t, l.OutputSHA256, got)
	}
}

func TestFaults_CLIUnusableOutputFolder(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	require.NoError(t, os.MkdirAll(in, 0o755))
	writeToneWAV(t, filepath.Join(in, "a.wav"), 8000, 2, 1)
	writeSRT(t, filepath.Join(in, "a.srt"))
	// A path under a regular file cannot be a folder, for root too.
	file := filepath.Join(root, "file")
	require.NoError(t, os.WriteFile(file, []byte("x"), 0o644))
	res := runCLI(t, nil, "anonymize", "--quiet", in, "-o", filepath.Join(file, "out"))
	assert.Equal(t, 2, res.code, "an unusable OUTDIR is a usage error: %s", res.stderr)
	assert.Contains(t, res.stderr, "not a directory")
	assert.NotContains(t, res.stderr, "panic")
	if os.Geteuid() == 0 {
		t.Log("running as root: the read-only folder case is skipped (permission bits do not stop root)")
		return
	}
	ro := filepath.Join(root, "ro")
	require.NoError(t, os.Mkdir(ro, 0o555))
	res = runCLI(t, nil, "anonymize", "--quiet", in, "-o", ro)
	assert.Equal(t, 2, res.code, res.stderr)
	assert.Contains(t, res.stderr, "permission denied")
}

func TestFaults_CLIDiskFullWhileWritingTheManifest(t *testing.T) {
	// 700 bytes: every output fails, and so does the manifest, part-way
	// through a line (the kernel writes up to the limit).
	in, out, key, code, stderr := anonymizeUnderFileSizeLimit(t, 700, 1)
	assert.Equal(t, 2, code, "a manifest that cannot be written stops the run: %s", stderr)
	assert.Contains(t, stderr, "manifest could not be written")
	finals, partials := finalFiles(t, out)
	assert.Empty(t, finals, "nothing under a final name")
	assert.Empty(t, partials, "temporaries removed")
	lines, _, torn := readManifest(t, filepath.Join(out, "manifest.jsonl"), true)
	t.Logf("manifest after the full disk: %d whole lines, torn last line: %v", len(lines), torn)

	// With room again, --resume removes the torn line and completes.
	resumeCompletes(t, key, in, out, 3)
}

// anonymizeUnderFileSizeLimit copies call1–3 into a fresh input folder,
// makes a key, and runs "callveil anonymize" with -j workers through this
// test binary re-executed with RLIMIT_FSIZE set to limit bytes: a disk
// that fills up. The run must end with an exit status, not a crash.
func anonymizeUnderFileSizeLimit(t *testing.T, limit, workers int) (in, out, key string, code int, stderr string) {
	t.Helper()
	bin := cliBinary(t)
	self, err := os.Executable()
	require.NoError(t, err)
	root := t.TempDir()
	in, out = filepath.Join(root, "in"), filepath.Join(root, "out")
	require.NoError(t, os.MkdirAll(in, 0o755))
	for _, name := range []string{"call1", "call2", "call3"} {
		for _, ext := range []string{".wav", ".json"} {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "calls", name+ext))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(in, name+ext), data, 0o644))
		}
	}
	key = filepath.Join(root, "k")
	require.Equal(t, 0, runCLI(t, nil, "keygen", "-o", key).code)
	cmd := exec.Command(self, "-test.run=^$", "--", bin, "anonymize", "--quiet", "-j", strconv.Itoa(workers), "--key-file", key, in, "-o", out)
	cmd.Env = append(cleanEnv(), fmt.Sprintf("%s=%d", fsizeEnv, limit))
	var se bytes.Buffer
	cmd.Stderr = &se
	err = cmd.Run()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, se.String())
	return in, out, key, ee.ExitCode(), se.String()
}
