package main

// The S3 test server in a process of its own, for measurements: the test
// binary re-executes itself with serveS3Env set and serves gofakes3 (MIT,
// in-memory backend) on 127.0.0.1. The server's CPU time (MD5 of every
// upload, copies, XML) is then not charged to callveil's process, as with
// a real object store, and the server's heap is not scanned by callveil's
// garbage collector.

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
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
	if spec := os.Getenv(serveS3LoadEnv); spec != "" {
		if err := loadS3Child(backend, spec); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	s3 := gofakes3.New(backend, gofakes3.WithTimeSkewLimit(0)).Server()
	var served atomic.Int64
	reqLog := openRequestLog()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == requestsPath {
			fmt.Fprint(w, served.Load())
			return
		}
		served.Add(1)
		if reqLog != nil {
			cw := &countingWriter{ResponseWriter: w}
			defer func() { reqLog(r, cw.n) }()
			w = cw
		}
		if !answerBucketSettings(w, r) {
			s3.ServeHTTP(w, r)
		}
	})}
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}()
	if dir := os.Getenv(serveS3TLSEnv); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "cert.pem")); err != nil {
			// bench/bucket.sh TLS=1 leaves the certificate to the server;
			// it is written before the address is announced.
			if err := makeSelfSignedCert(dir); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
		}
	}
	fmt.Printf("addr %s\n", ln.Addr())
	if dir := os.Getenv(serveS3TLSEnv); dir != "" {
		srv.ServeTLS(ln, filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem"))
	} else {
		srv.Serve(ln)
	}
	os.Exit(0)
}

// serveS3LogEnv, set to a file name, makes the child append one line per
// S3 request to that file: method, path and query, the request body's
// length and the response body's length (bench/bucket.sh REQLOG=1 counts
// a run's requests and bytes with it).
const serveS3LogEnv = "CALLVEIL_TEST_SERVE_S3_LOG"

// openRequestLog returns the logger serveS3LogEnv asks for, or nil.
func openRequestLog() func(r *http.Request, respBytes int64) {
	name := os.Getenv(serveS3LogEnv)
	if name == "" {
		return nil
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var mu sync.Mutex
	return func(r *http.Request, respBytes int64) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(f, "%s %s %d %d\n", r.Method, r.URL.RequestURI(), r.ContentLength, respBytes)
	}
}

// countingWriter counts the bytes of a response body.
type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n += int64(n)
	return n, err
}

// serveS3LoadEnv, set to "BUCKET/PREFIX=DIR*K", makes the child load the
// recordings and transcripts of DIR (not *.md, not *.truth.*) into
// BUCKET under PREFIX before it serves, K times over (PREFIX0/,
// PREFIX1/, ...; "*K" may be left out for once, straight under PREFIX):
// bench/bucket.sh uses it to time the CLI in processes of its own.
const serveS3LoadEnv = "CALLVEIL_TEST_SERVE_S3_LOAD"

func loadS3Child(backend *s3mem.Backend, spec string) error {
	where, dir, ok := strings.Cut(spec, "=")
	bucket, prefix, ok2 := strings.Cut(where, "/")
	if !ok || !ok2 {
		return fmt.Errorf("%s: want BUCKET/PREFIX=DIR*K, got %q", serveS3LoadEnv, spec)
	}
	copies := 0
	if d, k, ok := strings.Cut(dir, "*"); ok {
		n, err := strconv.Atoi(k)
		if err != nil || n < 1 {
			return fmt.Errorf("%s: bad count in %q", serveS3LoadEnv, spec)
		}
		dir, copies = d, n
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".md") || strings.Contains(e.Name(), ".truth.") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		for c := range max(copies, 1) {
			key := prefix + e.Name()
			if copies > 0 {
				key = fmt.Sprintf("%s%d/%s", prefix, c, e.Name())
			}
			if _, err := backend.PutObject(bucket, key, nil, bytes.NewReader(data), int64(len(data)), nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// serveS3TLSEnv, set to a folder holding cert.pem and key.pem, makes the
// child serve HTTPS with that certificate; if the folder has no cert.pem,
// the child makes one (self-signed, for 127.0.0.1) before it starts.
const serveS3TLSEnv = "CALLVEIL_TEST_SERVE_S3_TLS"

// s3Process is a running child S3 server.
type s3Process struct {
	addr   string
	cmd    *exec.Cmd
	scheme string // of its endpoint: http or https
}

// startS3Process starts the child server with the given buckets and sets
// the AWS environment for it. It skips when the child cannot start.
func startS3Process(t testing.TB, buckets ...string) *s3Process {
	return startS3ProcessTLS(t, false, buckets...)
}

// startS3ProcessTLS is startS3Process, serving HTTPS when useTLS is set:
// with a self-signed certificate for 127.0.0.1 made here, which the AWS
// SDK of this process trusts through AWS_CA_BUNDLE (as a private CA is
// configured in practice).
func startS3ProcessTLS(t testing.TB, useTLS bool, buckets ...string) *s3Process {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		skipNoS3(t, "cannot re-execute the test binary as the S3 server: %v", err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), serveS3Env+"="+strings.Join(buckets, ","))
	var certDir string
	if useTLS {
		certDir = t.TempDir()
		writeSelfSignedCert(t, certDir)
		cmd.Env = append(cmd.Env, serveS3TLSEnv+"="+certDir)
	}
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		skipNoS3(t, "cannot start the S3 server process: %v", err)
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
		skipNoS3(t, "the S3 server process did not start: %q %v", line, err)
	}
	setS3Env(t)
	p := &s3Process{addr: addr, cmd: cmd, scheme: "http"}
	if useTLS {
		p.scheme = "https"
		if tt, ok := t.(*testing.T); ok {
			tt.Setenv("AWS_CA_BUNDLE", filepath.Join(certDir, "cert.pem"))
		} else {
			os.Setenv("AWS_CA_BUNDLE", filepath.Join(certDir, "cert.pem"))
		}
	}
	return p
}

// writeSelfSignedCert writes cert.pem and key.pem into dir: an ECDSA P-256
// certificate for 127.0.0.1, valid for a day.
func writeSelfSignedCert(t testing.TB, dir string) {
	t.Helper()
	require.NoError(t, makeSelfSignedCert(dir))
}

func makeSelfSignedCert(dir string) error {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "callveil test S3"},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return err
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "key.pem"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "cert.pem"), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
}

// requestsPath answers how many S3 requests the child has served (not
// an S3 call: the bucket name is not a valid one).
const requestsPath = "/_requests_"

// requests is how many S3 requests the child has served so far.
func (p *s3Process) requests(t testing.TB) int64 {
	t.Helper()
	c := http.DefaultClient
	if p.scheme == "https" {
		c = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} // our own loopback test server
	}
	resp, err := c.Get(p.scheme + "://" + p.addr + requestsPath)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	n, err := strconv.ParseInt(string(b), 10, 64)
	require.NoError(t, err)
	return n
}

// url is the location URL of bucket/prefix on the child server.
func (p *s3Process) url(bucket, prefix string) string {
	u := s3URL(p.addr, bucket, prefix)
	if p.scheme == "https" {
		// Over HTTPS the SDK sends an upload in aws-chunked encoding
		// with a trailing CRC32, which gofakes3 stores as it comes
		// (framing and all). when_required leaves the checksum out:
		// the body then goes plain, with UNSIGNED-PAYLOAD in the
		// signature (TLS protects it), and no SHA-256 of it either way.
		u = strings.Replace(u, "endpoint=http%3A%2F%2F", "endpoint=https%3A%2F%2F", 1) + "&request_checksum_calculation=when_required"
	}
	return u
}

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
