package main

// The S3 test server in a process of its own, for measurements: the test
// binary re-executes itself with serveS3Env set and serves gofakes3 (MIT,
// in-memory backend) on 127.0.0.1. The server's CPU time (MD5 of every
// upload, copies, XML) is then not charged to callveil's process, as with
// a real object store, and the server's heap is not scanned by callveil's
// garbage collector.

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// serveS3Env, set to a comma-separated list of bucket names, makes the test
// binary an S3 server instead of running tests (see serveS3Child).
const serveS3Env = "CALLVEIL_TEST_SERVE_S3"

// serveS3Child serves gofakes3 with the buckets named in serveS3Env on a
// loopback port, prints "addr HOST:PORT" on stdout, and exits when its
// stdin closes (when the parent test process ends, however it ends).
func serveS3Child() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	backend := s3mem.New()
	for _, b := range strings.Split(os.Getenv(serveS3Env), ",") {
		if err := backend.CreateBucket(b); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	s3 := gofakes3.New(backend, gofakes3.WithTimeSkewLimit(0)).Server()
	var served atomic.Int64
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == requestsPath {
			fmt.Fprint(w, served.Load())
			return
		}
		served.Add(1)
		s3.ServeHTTP(w, r)
	})}
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}()
	fmt.Printf("addr %s\n", ln.Addr())
	srv.Serve(ln)
	os.Exit(0)
}

// s3Process is a running child S3 server.
type s3Process struct {
	addr string
	cmd  *exec.Cmd
}

// startS3Process starts the child server with the given buckets and sets
// the AWS environment for it. It skips when the child cannot start.
func startS3Process(t testing.TB, buckets ...string) *s3Process {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("cannot re-execute the test binary as the S3 server: %v", err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), serveS3Env+"="+strings.Join(buckets, ","))
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Skipf("cannot start the S3 server process: %v", err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "addr ")
	if err != nil || !ok {
		t.Skipf("the S3 server process did not start: %q %v", line, err)
	}
	setS3Env(t)
	return &s3Process{addr: addr, cmd: cmd}
}

// requestsPath answers how many S3 requests the child has served (not
// an S3 call: the bucket name is not a valid one).
const requestsPath = "/_requests_"

// requests is how many S3 requests the child has served so far.
func (p *s3Process) requests(t testing.TB) int64 {
	t.Helper()
	resp, err := http.Get("http://" + p.addr + requestsPath)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	n, err := strconv.ParseInt(string(b), 10, 64)
	require.NoError(t, err)
	return n
}

// url is the location URL of bucket/prefix on the child server.
func (p *s3Process) url(bucket, prefix string) string { return s3URL(p.addr, bucket, prefix) }

// put uploads an object through the server.
func (p *s3Process) put(t testing.TB, bucket, key string, data []byte) {
	t.Helper()
	l, err := store.Open(context.Background(), p.url(bucket, ""), false)
	require.NoError(t, err)
	defer l.Close()
	require.NoError(t, l.WriteObject(context.Background(), key, "application/octet-stream", strings.NewReader(string(data))))
}

// cpu is the user and system CPU time the child has used so far, read
// from /proc (0 where there is none: the figure is Linux-only).
func (p *s3Process) cpu() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which is in parentheses): state is
	// the 3rd field of the line, utime and stime the 14th and 15th.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	const ticksPerSecond = 100 // USER_HZ on Linux
	return time.Duration(ut+st) * time.Second / ticksPerSecond
}
