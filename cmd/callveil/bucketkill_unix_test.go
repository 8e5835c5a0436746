//go:build unix

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBucket_SIGKILLThenResume kills the callveil binary with SIGKILL
// while it writes to the S3 test server (it cannot fold its manifest), then
// finishes the run with --resume from the line objects it left.
func TestBucket_SIGKILLThenResume(t *testing.T) {
	bin := callveilBinary(t) // skips under -short
	tr := newS3Tree(t)
	f := tr.f
	var parts atomic.Int32
	var proc atomic.Pointer[os.Process] // set after Start: the race detector cannot see that the child's requests follow it
	killed := make(chan struct{})
	cmd := exec.Command(bin, "anonymize", "-j", "1", "--quiet", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	cmd.Env = cleanEnv()
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		// Kill once the third line (the first ok one) is stored.
		if r.Method == http.MethodPut && strings.Contains(r.URL.Path, partsSuffix) && parts.Add(1) == 4 {
			if p := proc.Load(); p != nil {
				p.Signal(syscall.SIGKILL)
			}
			close(killed)
			hijackClose(w)
			return true
		}
		return false
	})
	require.NoError(t, cmd.Start())
	proc.Store(cmd.Process)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-killed:
	case err := <-done:
		t.Fatalf("the run ended before it was killed: %v", err)
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("the run never reached its fourth manifest line")
	}
	err := <-done
	require.Error(t, err, "killed")
	f.setFault(nil)

	keys := f.keys(t, "safe", "out/")
	var leftParts int
	for _, k := range keys {
		if strings.HasPrefix(k, "manifest.jsonl"+partsSuffix) {
			leftParts++
		}
		assert.NotEqual(t, "manifest.jsonl", k, "a killed run cannot fold its manifest")
	}
	assert.Equal(t, 3, leftParts, "the lines stored before the kill are all there")
	idx, _, err := readManifestFromS3(t, f)
	require.NoError(t, err)
	assert.Len(t, idx, 3)
	// Every output object is whole: those with an ok line have its hash;
	// the recording whose line never made it may have whole outputs that
	// --resume writes again.
	orphans := map[string]bool{}
	for _, k := range keys {
		if strings.HasPrefix(k, "manifest") {
			continue
		}
		id := strings.SplitN(k, ".", 2)[0]
		l, ok := idx[id]
		if ok && l.Status == statusOK {
			if k == l.Output {
				data, _ := f.get(t, "safe", "out/"+k)
				h := sha256.Sum256(data)
				assert.Equal(t, l.OutputSHA256, hex.EncodeToString(h[:]))
			}
			continue
		}
		orphans[id] = true
		if strings.HasSuffix(k, ".wav") {
			data, _ := f.get(t, "safe", "out/"+k)
			assert.Positive(t, decodedFrames(t, data), "an orphaned output is still a whole WAV")
		}
	}
	assert.LessOrEqual(t, len(orphans), 1, "only the recording being recorded in the manifest at the kill")

	code, stderr := runS3(context.Background(), "--resume", "-j", "2", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	assert.Contains(t, stderr, fmt.Sprintf("%d ok, 1 failed, 1 refused, 1 skipped", len(tr.good)-1))
	_, all := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	assertAllGoodDone(t, tr, all)
}

// TestBucket_StaleSpoolOfAKilledRunIsRemoved checks that a run's temporary
// folder (which holds unredacted recordings) left by a killed process is
// removed by the next run, and that a live process's folder is kept.
func TestBucket_StaleSpoolOfAKilledRunIsRemoved(t *testing.T) {
	tmp := t.TempDir()
	dead := exec.Command("true")
	require.NoError(t, dead.Run())
	stale := filepath.Join(tmp, fmt.Sprintf("%s%d-1", runDirPrefix, dead.Process.Pid))
	live := filepath.Join(tmp, fmt.Sprintf("%s%d-1", runDirPrefix, os.Getppid()))
	for _, d := range []string{stale, live} {
		require.NoError(t, os.MkdirAll(d, 0o700))
		require.NoError(t, os.WriteFile(filepath.Join(d, "callveil-in-1"), []byte("raw call"), 0o600))
	}
	removeStaleRunDirs(tmp)
	assert.NoDirExists(t, stale)
	assert.DirExists(t, live)
}
