package main

// An S3-compatible server for the bucket tests: gofakes3 (MIT) with its
// in-memory backend, served over a loopback HTTP listener in this process,
// so the tests talk real S3 HTTP through the AWS SDK and gocloud's s3blob
// and need no program beyond Go. (MinIO is AGPL; no Apache/MIT S3 server
// builds from the Go module proxy or Debian here faster than gofakes3.)
//
// Faults are injected in front of the server by fakeS3.fault.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"hash"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/store"
)

// fakeS3 is a running S3-compatible server on 127.0.0.1.
type fakeS3 struct {
	backend *s3mem.Backend
	srv     *http.Server
	addr    string
	handler http.Handler

	mu sync.Mutex
	// fault, when set, sees every request first; it returns true when it
	// answered (or broke) the request itself.
	fault func(w http.ResponseWriter, r *http.Request) bool
	down  atomic.Bool // answer nothing: close every connection at once
	puts  atomic.Int64
	// busy is the wall time spent inside the server's handler, in
	// nanoseconds (the benchmark takes it out of the bucket run's time:
	// a real object store does this work on its own machines).
	busy atomic.Int64
	// sha256Puts counts the PUTs that carried x-amz-checksum-sha256, and
	// badDigests those whose body did not match it (refused, as S3 does:
	// gofakes3 itself does not check the header).
	sha256Puts, badDigests atomic.Int64
}

// startFakeS3 starts the server and points the AWS SDK's environment at
// dummy credentials (the standard chain reads them). It skips the test
// when no loopback listener can be opened.
func startFakeS3(t testing.TB, buckets ...string) *fakeS3 {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		skipNoS3(t, "cannot listen on loopback for the S3 test server: %v", err)
	}
	f := &fakeS3{backend: s3mem.New(), addr: ln.Addr().String()}
	f.handler = gofakes3.New(f.backend, gofakes3.WithTimeSkewLimit(0)).Server()
	f.srv = &http.Server{Handler: http.HandlerFunc(f.serve)}
	go f.srv.Serve(ln)
	t.Cleanup(func() { f.srv.Close() })
	for _, b := range buckets {
		require.NoError(t, f.backend.CreateBucket(b))
	}
	setS3Env(t)
	return f
}

// requireS3Env, when set (as .ci/run sets it), makes a test fail where it
// would skip because the S3 test server cannot start: in CI the bucket
// tests must run, not pass by skipping.
const requireS3Env = "CALLVEIL_TEST_REQUIRE_S3"

// skipNoS3 skips the test with the reason given, or fails it under
// requireS3Env.
func skipNoS3(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv(requireS3Env) != "" {
		t.Fatalf(format+" ("+requireS3Env+" is set: the S3 test server must run)", args...)
	}
	t.Skipf(format, args...)
}

// setS3Env points the AWS SDK's standard chain at the test servers' dummy
// credentials.
func setS3Env(t testing.TB) {
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "callveil-test", "AWS_SECRET_ACCESS_KEY": "callveil-test-secret",
		"AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
		"AWS_CONFIG_FILE": filepath.Join(t.TempDir(), "none"), "AWS_SHARED_CREDENTIALS_FILE": filepath.Join(t.TempDir(), "none"),
		"AWS_PROFILE": "", "AWS_SESSION_TOKEN": "", "AWS_ENDPOINT_URL": "",
		// The test servers speak plain HTTP on loopback: a CA bundle the
		// machine's environment names is never used, yet the SDK would
		// parse it for every bucket opened (3-5 ms each here).
		"AWS_CA_BUNDLE": "",
	} {
		if tt, ok := t.(*testing.T); ok {
			tt.Setenv(k, v)
		} else {
			os.Setenv(k, v)
		}
	}
}

func (f *fakeS3) serve(w http.ResponseWriter, r *http.Request) {
	if f.down.Load() {
		hijackClose(w)
		return
	}
	f.mu.Lock()
	fault := f.fault
	f.mu.Unlock()
	if fault != nil && fault(w, r) {
		return
	}
	if r.Method == http.MethodPut {
		f.puts.Add(1)
		if want := r.Header.Get("X-Amz-Checksum-Sha256"); want != "" {
			f.sha256Puts.Add(1)
			r.Body = &checkedBody{ReadCloser: r.Body, h: sha256.New(), want: want, bad: &f.badDigests}
		}
	}
	t0 := time.Now()
	if !answerBucketSettings(w, r) {
		f.handler.ServeHTTP(w, r)
	}
	f.busy.Add(int64(time.Since(t0)))
}

// answerBucketSettings answers the three bucket-settings calls that
// store.Location.Public makes the way S3 answers them for a private
// bucket that has no public access block and no policy: 404
// NoSuchPublicAccessBlockConfiguration, 404 NoSuchBucketPolicy, and an
// ACL granting FULL_CONTROL to the owner alone (so Public asks all three
// and decides NotPublic). gofakes3 does not implement them: it routes
// every GET of a bucket that is not ?location to a listing, and would
// send the bucket's first 1,000 keys three times a run, which the SDK
// then parses and skips (a cost no real object store imposes, which grew
// with every run of bench/bucket.sh as the output bucket filled up).
// It returns false for any other request.
func answerBucketSettings(w http.ResponseWriter, r *http.Request) bool {
	if r.Method != http.MethodGet || strings.Count(strings.Trim(r.URL.Path, "/"), "/") != 0 {
		return false
	}
	q := r.URL.Query()
	const xmlHead = `<?xml version="1.0" encoding="UTF-8"?>`
	w.Header().Set("Content-Type", "application/xml")
	switch {
	case q.Has("publicAccessBlock"):
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, xmlHead+`<Error><Code>NoSuchPublicAccessBlockConfiguration</Code><Message>The public access block configuration was not found</Message></Error>`)
	case q.Has("policyStatus"):
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, xmlHead+`<Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message></Error>`)
	case q.Has("acl"):
		io.WriteString(w, xmlHead+`<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>callveil-test</ID></Owner>`+
			`<AccessControlList><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>callveil-test</ID></Grantee>`+
			`<Permission>FULL_CONTROL</Permission></Grant></AccessControlList></AccessControlPolicy>`)
	default:
		w.Header().Del("Content-Type")
		return false
	}
	return true
}

// setFault installs fn in front of the server (nil removes it).
func (f *fakeS3) setFault(fn func(w http.ResponseWriter, r *http.Request) bool) {
	f.mu.Lock()
	f.fault = fn
	f.mu.Unlock()
}

// hijackClose drops the connection without an answer, as a server that
// went away does.
func hijackClose(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if c, _, err := hj.Hijack(); err == nil {
			c.Close()
			return
		}
	}
	w.WriteHeader(http.StatusServiceUnavailable)
}

// url is the location URL of bucket/prefix on this server.
func (f *fakeS3) url(bucket, prefix string) string { return s3URL(f.addr, bucket, prefix) }

// s3URL is the location URL of bucket/prefix on the S3 server at addr.
func s3URL(addr, bucket, prefix string) string {
	q := url.Values{}
	q.Set("endpoint", "http://"+addr)
	q.Set("use_path_style", "true")
	q.Set("region", "us-east-1")
	// gofakes3 sends no checksums; without this the SDK logs a line on
	// every GET.
	q.Set("response_checksum_validation", "when_required")
	return "s3://" + bucket + "/" + prefix + "?" + q.Encode()
}

// put stores an object, with user metadata meta. gofakes3 keeps metadata
// as the headers it answers with, so each key becomes x-amz-meta-KEY (a
// bare key would be a header the SDK does not read as metadata).
func (f *fakeS3) put(t testing.TB, bucket, key string, data []byte, meta map[string]string) {
	t.Helper()
	headers := map[string]string{}
	for k, v := range meta {
		headers["X-Amz-Meta-"+k] = v
	}
	_, err := f.backend.PutObject(bucket, key, headers, bytes.NewReader(data), int64(len(data)), nil)
	require.NoError(t, err)
}

// keys lists the keys under prefix, through the server.
func (f *fakeS3) keys(t testing.TB, bucket, prefix string) []string {
	t.Helper()
	return listKeys(t, f.url(bucket, prefix))
}

// get reads an object through the server, with its attributes.
func (f *fakeS3) get(t testing.TB, bucket, key string) ([]byte, store.Attributes) {
	t.Helper()
	l, err := store.Open(context.Background(), f.url(bucket, ""), false)
	require.NoError(t, err)
	defer l.Close()
	a, err := l.Stat(context.Background(), key)
	require.NoError(t, err, key)
	r, err := l.Open(context.Background(), key)
	require.NoError(t, err)
	defer r.Close()
	data, err := io.ReadAll(r)
	require.NoError(t, err)
	return data, a
}

// isOutputPut reports whether r uploads an object whose key ends in suffix.
func isPutOf(r *http.Request, suffix string) bool {
	return r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, suffix)
}

func bytesReader(s string) io.Reader { return strings.NewReader(s) }

// openS3 opens bucket/prefix on the server as a Location.
func openS3(t testing.TB, f *fakeS3, bucket, prefix string) *store.Location {
	t.Helper()
	l, err := store.Open(context.Background(), f.url(bucket, prefix), false)
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	return l
}

// writeKey writes a new key file and returns its path.
func writeKey(t testing.TB) string {
	t.Helper()
	k, err := anonymize.NewRandomKey()
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "callveil.key")
	require.NoError(t, anonymize.WriteKeyFile(p, k))
	return p
}

// checkedBody is a PUT's body that fails at its end, instead of ending,
// when its SHA-256 is not the base64 want of x-amz-checksum-sha256: the
// upload then fails and makes no object, as S3 refuses it with
// BadDigest. The body is checked as gofakes3 reads it, not held apart.
type checkedBody struct {
	io.ReadCloser
	h    hash.Hash
	want string
	bad  *atomic.Int64
}

func (b *checkedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.h.Write(p[:n])
	if err == io.EOF && base64.StdEncoding.EncodeToString(b.h.Sum(nil)) != b.want {
		b.bad.Add(1)
		return n, errors.New("BadDigest: the body does not match x-amz-checksum-sha256")
	}
	return n, err
}
