//go:build !callveil_nogcs

package main

// A GCS-compatible server for the gs:// end-to-end tests:
// fake-gcs-server's fakestorage (BSD-2-Clause) with its in-memory backend,
// served over a loopback HTTP listener in this process. The CLI reaches it
// through gocloud's gcsblob and the Cloud Storage client exactly as it
// reaches GCS, except for one setting: STORAGE_EMULATOR_HOST, the Cloud
// Storage client's own emulator variable, which gcsblob honours by
// sending plain HTTP to that host with no credentials. Without it gs://
// URLs use Application Default Credentials, as in production.
//
// fakestorage has no route for buckets.getIamPolicy, which the
// public-output check asks; the server here answers it for the test
// buckets the way GCS answers it (a private policy, or one binding
// allUsers when a test makes the bucket public), and passes every other
// request to fakestorage.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/fsouza/fake-gcs-server/fakestorage"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// fakeGCS is a running GCS-compatible server on 127.0.0.1.
type fakeGCS struct {
	srv  *fakestorage.Server
	http *http.Server
	addr string

	mu      sync.Mutex
	written func(key string)      // called after each object the API creates
	before  func(r *http.Request) // sees each request before the server does
	// cut: uploads of keys ending in cutSuffix are dropped after cutN bytes
	cutSuffix string
	cutN      int64
	cut       *atomic.Int32
	public    map[string]bool // buckets whose IAM policy binds allUsers
	writes    atomic.Int64
}

// startFakeGCS starts the server with the buckets given and points the
// Cloud Storage client at it (STORAGE_EMULATOR_HOST, for this test only).
// It skips the test when no loopback listener can be opened or the server
// cannot start (fails it under CALLVEIL_TEST_REQUIRE_S3, as .ci/run sets).
func startFakeGCS(t *testing.T, buckets ...string) *fakeGCS {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		skipNoS3(t, "cannot listen on loopback for the GCS test server: %v", err)
	}
	f := &fakeGCS{addr: ln.Addr().String(), public: map[string]bool{}}
	f.srv, err = fakestorage.NewServerWithOptions(fakestorage.Options{
		NoListener: true, // served below, on the listener opened above
		Scheme:     "http",
		// The Cloud Storage client reads objects with the XML API at the
		// emulator's address; fakestorage serves it at PublicHost.
		PublicHost: f.addr,
	})
	if err != nil {
		ln.Close()
		skipNoS3(t, "cannot start the GCS test server (fake-gcs-server): %v", err)
	}
	for _, b := range buckets {
		f.srv.CreateBucket(b)
	}
	f.http = &http.Server{Handler: http.HandlerFunc(f.serve)}
	go f.http.Serve(ln)
	t.Cleanup(func() {
		f.http.Close()
		f.srv.Stop()
	})
	t.Setenv("STORAGE_EMULATOR_HOST", f.addr)
	t.Setenv("STORAGE_EMULATOR_HOST_GRPC", "")
	return f
}

func (f *fakeGCS) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	before, cutSuffix, cutN, cut := f.before, f.cutSuffix, f.cutN, f.cut
	f.mu.Unlock()
	if before != nil {
		before(r)
	}
	if cutSuffix != "" && strings.HasPrefix(r.URL.Path, "/upload/") && strings.HasSuffix(r.URL.Query().Get("name"), cutSuffix) {
		io.CopyN(io.Discard, r.Body, cutN)
		cut.Add(1)
		hijackClose(w)
		return
	}
	if bucket, ok := strings.CutPrefix(r.URL.Path, "/storage/v1/b/"); ok && r.Method == http.MethodGet && strings.HasSuffix(bucket, "/iam") {
		f.answerIAM(w, strings.TrimSuffix(bucket, "/iam"))
		return
	}
	if !strings.HasPrefix(r.URL.Path, "/upload/") {
		f.srv.HTTPHandler().ServeHTTP(w, r)
		return
	}
	// An upload: the object's name is in the JSON the server answers
	// with once the object exists (a multipart upload names it in its
	// body, a resumable one in its first request).
	rec := &recordingWriter{ResponseWriter: w}
	f.srv.HTTPHandler().ServeHTTP(rec, r)
	if rec.status != 0 && rec.status != http.StatusOK {
		return
	}
	var obj struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(rec.body.Bytes(), &obj) != nil || obj.Name == "" {
		return // a resumable upload's first or middle request
	}
	f.writes.Add(1)
	f.mu.Lock()
	fn := f.written
	f.mu.Unlock()
	if fn != nil {
		fn(obj.Name)
	}
}

// answerIAM answers buckets.getIamPolicy as GCS does: the project's
// bindings, plus allUsers as an object viewer for a public bucket.
func (f *fakeGCS) answerIAM(w http.ResponseWriter, bucket string) {
	f.mu.Lock()
	public := f.public[bucket]
	f.mu.Unlock()
	viewer := "serviceAccount:callveil@p.iam.gserviceaccount.com"
	if public {
		viewer = "allUsers"
	}
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	fmt.Fprintf(w, `{"kind":"storage#policy","resourceId":"projects/_/buckets/%s","version":1,"etag":"CAE=","bindings":[`+
		`{"role":"roles/storage.legacyBucketOwner","members":["projectEditor:p","projectOwner:p"]},`+
		`{"role":"roles/storage.objectViewer","members":[%q]}]}`, bucket, viewer)
}

// setPublic makes bucket's IAM policy bind allUsers (or not).
func (f *fakeGCS) setPublic(bucket string, public bool) {
	f.mu.Lock()
	f.public[bucket] = public
	f.mu.Unlock()
}

// recordingWriter keeps a copy of what it passes on (upload answers are
// one small JSON object).
type recordingWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (w *recordingWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *recordingWriter) Write(p []byte) (int, error) {
	w.body.Write(p)
	return w.ResponseWriter.Write(p)
}

func (f *fakeGCS) url(bucket, prefix string) string { return "gs://" + bucket + "/" + prefix }

func (f *fakeGCS) put(t testing.TB, bucket, key string, data []byte, meta map[string]string) {
	t.Helper()
	require.NoError(t, f.srv.CreateObjectStreaming(fakestorage.StreamingObject{
		ObjectAttrs: fakestorage.ObjectAttrs{BucketName: bucket, Name: key, Metadata: meta, ContentType: "application/octet-stream"},
		Content:     noopCloser{bytes.NewReader(data)},
	}))
}

type noopCloser struct{ *bytes.Reader }

func (noopCloser) Close() error { return nil }

func (f *fakeGCS) keys(t testing.TB, bucket, prefix string) []string {
	return listKeys(t, f.url(bucket, prefix))
}

func (f *fakeGCS) get(t testing.TB, bucket, key string) ([]byte, store.Attributes) {
	return getObject(t, f.url(bucket, ""), key)
}

func (f *fakeGCS) remove(t testing.TB, bucket, key string) {
	removeObject(t, f.url(bucket, ""), key)
}

func (f *fakeGCS) objectsWritten() int64 { return f.writes.Load() }

func (f *fakeGCS) onWrite(fn func(key string)) {
	f.mu.Lock()
	f.written = fn
	f.mu.Unlock()
}

// setBefore installs fn to see each request before the server handles it
// (nil removes it).
func (f *fakeGCS) setBefore(fn func(r *http.Request)) {
	f.mu.Lock()
	f.before = fn
	f.mu.Unlock()
}

// onRead sees each read of an object's content, which the Cloud Storage
// client makes with the XML API: GET /BUCKET/KEY at the emulator's
// address.
func (f *fakeGCS) onRead(fn func(bucket, key string)) {
	if fn == nil {
		f.setBefore(nil)
		return
	}
	f.setBefore(func(r *http.Request) {
		if r.Method != http.MethodGet || strings.HasPrefix(r.URL.Path, "/storage/") || strings.HasPrefix(r.URL.Path, "/download/") {
			return
		}
		if bucket, key, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/"); ok && key != "" {
			fn(bucket, key)
		}
	})
}

// cutUploads drops uploads of keys ending in suffix after n bytes. The
// Cloud Storage client names the object in the query of a multipart or
// resumable upload's first request.
func (f *fakeGCS) cutUploads(suffix string, n int64, cut *atomic.Int32) {
	f.mu.Lock()
	f.cutSuffix, f.cutN, f.cut = suffix, n, cut
	f.mu.Unlock()
}
