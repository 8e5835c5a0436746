package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// s3Server is gofakes3 (MIT, in memory) on a loopback port, counting the
// requests it is sent.
type s3Server struct {
	addr     string
	backend  *s3mem.Backend
	requests atomic.Int64
	puts     atomic.Int64
	// checkPut, when set, sees each PUT before gofakes3 does, with its
	// body read; it answers the request itself by returning false.
	checkPut func(w http.ResponseWriter, r *http.Request, body []byte) bool
}

func startS3(t *testing.T, bucket string) *s3Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		if os.Getenv("CALLVEIL_TEST_REQUIRE_S3") != "" { // set by .ci/run: the S3 tests must run there
			t.Fatalf("cannot listen on loopback for the S3 test server: %v", err)
		}
		t.Skipf("cannot listen on loopback for the S3 test server: %v", err)
	}
	s := &s3Server{addr: ln.Addr().String(), backend: s3mem.New()}
	require.NoError(t, s.backend.CreateBucket(bucket))
	h := gofakes3.New(s.backend, gofakes3.WithTimeSkewLimit(0)).Server()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		if r.Method == http.MethodPut {
			s.puts.Add(1)
			if s.checkPut != nil {
				body, err := io.ReadAll(r.Body)
				if err != nil {
					http.Error(w, err.Error(), http.StatusBadRequest)
					return
				}
				r.Body = io.NopCloser(bytes.NewReader(body))
				if !s.checkPut(w, r, body) {
					return
				}
			}
		}
		h.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "store-test", "AWS_SECRET_ACCESS_KEY": "store-test-secret",
		"AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
		"AWS_CONFIG_FILE": filepath.Join(t.TempDir(), "none"), "AWS_SHARED_CREDENTIALS_FILE": filepath.Join(t.TempDir(), "none"),
		"AWS_PROFILE": "", "AWS_SESSION_TOKEN": "", "AWS_ENDPOINT_URL": "",
	} {
		t.Setenv(k, v)
	}
	return s
}

func (s *s3Server) url(bucket, prefix string, extra ...string) string {
	q := url.Values{}
	q.Set("endpoint", "http://"+s.addr)
	q.Set("use_path_style", "true")
	q.Set("region", "us-east-1")
	q.Set("response_checksum_validation", "when_required")
	for i := 0; i+1 < len(extra); i += 2 {
		q.Set(extra[i], extra[i+1])
	}
	return "s3://" + bucket + "/" + prefix + "?" + q.Encode()
}

// TestPut_WritesWholeObjectsFromTheOffset checks Put on S3 (one PutObject
// from the caller's reader) and on memblob (the portable writer): the
// object holds exactly size bytes from the reader's offset, with the
// content type given and no metadata, and on S3 it takes one request.
func TestPut_WritesWholeObjectsFromTheOffset(t *testing.T) {
	ctx := context.Background()
	s := startS3(t, "b")
	data := bytes.Repeat([]byte("0123456789abcdef"), 40000) // 640,000 bytes
	for _, u := range []string{s.url("b", "out/"), "mem://out/"} {
		t.Run(u[:3], func(t *testing.T) {
			l, err := Open(ctx, u, false)
			require.NoError(t, err)
			defer l.Close()
			body := bytes.NewReader(data)
			_, err = body.Seek(5, io.SeekStart)
			require.NoError(t, err)
			puts := s.puts.Load()
			require.NoError(t, l.Put(ctx, "x/call.wav", "audio/wav", body, 600000))
			if l.Scheme == "s3" {
				assert.Equal(t, int64(1), s.puts.Load()-puts, "one PUT")
			}
			a, err := l.Stat(ctx, "x/call.wav")
			require.NoError(t, err)
			assert.Equal(t, int64(600000), a.Size)
			assert.Equal(t, "audio/wav", a.ContentType)
			assert.Empty(t, a.Metadata)
			r, err := l.Open(ctx, "x/call.wav")
			require.NoError(t, err)
			got, err := io.ReadAll(r)
			r.Close()
			require.NoError(t, err)
			assert.True(t, bytes.Equal(data[5:600005], got), "the object is the bytes from the offset")
		})
	}
}

// countingBody counts the bytes read through it.
type countingBody struct {
	io.ReadSeeker
	n int64
}

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.ReadSeeker.Read(p)
	c.n += int64(n)
	return n, err
}

// TestPutSHA256_SentOnceAndChecked: PutSHA256 over plain HTTP reads the
// body once (to send it; Put reads it once more first, for the SDK's
// checksum and payload hash), sends the caller's SHA-256 as the
// checksum S3 verifies and as the signed payload hash, and a sum that
// does not match the bytes is refused by the server (answered here as S3
// answers, 400 BadDigest) and leaves no object.
func TestPutSHA256_SentOnceAndChecked(t *testing.T) {
	ctx := context.Background()
	s := startS3(t, "b")
	var mu sync.Mutex
	var gotChecksum, gotPayloadHash, bodySum string
	s.checkPut = func(w http.ResponseWriter, r *http.Request, body []byte) bool {
		sum := sha256.Sum256(body)
		mu.Lock()
		gotChecksum, gotPayloadHash, bodySum = r.Header.Get("X-Amz-Checksum-Sha256"), r.Header.Get("X-Amz-Content-Sha256"), hex.EncodeToString(sum[:])
		mu.Unlock()
		if c := r.Header.Get("X-Amz-Checksum-Sha256"); c != "" && c != base64.StdEncoding.EncodeToString(sum[:]) {
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>BadDigest</Code><Message>The SHA256 you specified did not match the calculated checksum.</Message></Error>`)
			return false
		}
		return true
	}
	l, err := Open(ctx, s.url("b", "out/"), false)
	require.NoError(t, err)
	defer l.Close()
	data := bytes.Repeat([]byte("callveil"), 50000) // 400,000 bytes
	sum := sha256.Sum256(data)

	body := &countingBody{ReadSeeker: bytes.NewReader(data)}
	require.NoError(t, l.PutSHA256(ctx, "call.wav", "audio/wav", body, int64(len(data)), sum[:]))
	assert.Equal(t, int64(len(data)), body.n, "the body is read once, to send it")
	mu.Lock()
	assert.Equal(t, base64.StdEncoding.EncodeToString(sum[:]), gotChecksum, "the SHA-256 is sent as the object's checksum")
	assert.Equal(t, bodySum, gotPayloadHash, "the request is signed with the body's SHA-256")
	mu.Unlock()
	r, err := l.Open(ctx, "call.wav")
	require.NoError(t, err)
	got, err := io.ReadAll(r)
	r.Close()
	require.NoError(t, err)
	assert.True(t, bytes.Equal(data, got))

	plain := &countingBody{ReadSeeker: bytes.NewReader(data)}
	require.NoError(t, l.Put(ctx, "plain.wav", "audio/wav", plain, int64(len(data))))
	assert.Greater(t, plain.n, int64(len(data)), "Put leaves the hashing to the SDK, which reads the body before sending it")

	wrong := sha256.Sum256([]byte("another body"))
	err = l.PutSHA256(ctx, "bad.wav", "audio/wav", bytes.NewReader(data), int64(len(data)), wrong[:])
	require.Error(t, err)
	assert.Contains(t, err.Error(), "BadDigest")
	ok, err := l.Exists(ctx, "bad.wav")
	require.NoError(t, err)
	assert.False(t, ok, "a body that does not match its sum makes no object")

	require.Error(t, l.PutSHA256(ctx, "short.wav", "audio/wav", bytes.NewReader(data), int64(len(data)), sum[:16]), "a sum of the wrong length")

	// memblob: the sum is not used, and the object is written as by Put.
	m, err := Open(ctx, "mem://out/", false)
	require.NoError(t, err)
	defer m.Close()
	require.NoError(t, m.PutSHA256(ctx, "call.wav", "audio/wav", bytes.NewReader(data), int64(len(data)), sum[:]))
	a, err := m.Stat(ctx, "call.wav")
	require.NoError(t, err)
	assert.Equal(t, int64(len(data)), a.Size)
}

// TestPut_CancelledLeavesNothing: a Put whose context has ended makes no
// object, on S3 and on memblob, and one too large for a single request
// goes through the portable writer (multipart) and still arrives whole.
func TestPut_CancelledLeavesNothing(t *testing.T) {
	s := startS3(t, "b")
	for _, u := range []string{s.url("b", "out/"), "mem://out/"} {
		l, err := Open(context.Background(), u, false)
		require.NoError(t, err)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err = l.Put(ctx, "gone.wav", "audio/wav", bytes.NewReader(make([]byte, 1000)), 1000)
		require.Error(t, err, u)
		ok, err := l.Exists(context.Background(), "gone.wav")
		require.NoError(t, err)
		assert.False(t, ok, u)
		l.Close()
	}
}

// TestPut_EncryptedURLUsesTheDriver: a location opened with ssetype is
// written through s3blob's writer, which alone applies the encryption
// settings (gofakes3 accepts and ignores the header).
func TestPut_EncryptedURLUsesTheDriver(t *testing.T) {
	s := startS3(t, "b")
	l, err := Open(context.Background(), s.url("b", "", "ssetype", "AES256"), false)
	require.NoError(t, err)
	defer l.Close()
	assert.False(t, l.s3Direct)
	require.NoError(t, l.Put(context.Background(), "e.json", "application/json", bytes.NewReader([]byte("{}")), 2))
	a, err := l.Stat(context.Background(), "e.json")
	require.NoError(t, err)
	assert.Equal(t, int64(2), a.Size)

	plain, err := Open(context.Background(), s.url("b", ""), false)
	require.NoError(t, err)
	defer plain.Close()
	assert.True(t, plain.s3Direct)
	assert.True(t, plainS3Key("a/b.wav"))
	assert.False(t, plainS3Key("a/../b.wav"))
	assert.False(t, plainS3Key("a\x01b"))
}

// TestRemoveAll removes objects, missing ones included, on S3 (one
// DeleteObjects request) and on memblob.
func TestRemoveAll(t *testing.T) {
	ctx := context.Background()
	s := startS3(t, "b")
	for _, u := range []string{s.url("b", "p/"), "mem://p/"} {
		l, err := Open(ctx, u, false)
		require.NoError(t, err)
		names := []string{"a.jsonl", "b/c.jsonl", "d.jsonl"}
		for _, n := range names {
			require.NoError(t, l.WriteObject(ctx, n, "application/x-ndjson", bytes.NewReader([]byte("{}\n"))))
		}
		require.NoError(t, l.WriteObject(ctx, "keep.jsonl", "application/x-ndjson", bytes.NewReader([]byte("{}\n"))))
		before := s.requests.Load()
		require.NoError(t, l.RemoveAll(ctx, append(names, "never-was.jsonl")), u)
		if l.Scheme == "s3" {
			assert.Equal(t, int64(1), s.requests.Load()-before, "one DeleteObjects request")
		}
		for _, n := range names {
			ok, err := l.Exists(ctx, n)
			require.NoError(t, err)
			assert.False(t, ok, n)
		}
		ok, err := l.Exists(ctx, "keep.jsonl")
		require.NoError(t, err)
		assert.True(t, ok, "an object not named stays")
		l.Close()
	}
}

// s3SettingsServer answers the three bucket-settings calls of Public on
// bucket "safe" with the status and XML body given for each (by query
// key: publicAccessBlock, policyStatus, acl), as S3 documents them, and
// counts the requests. Anything else is 404.
func s3SettingsServer(t *testing.T, answers map[string]s3Answer) (location string, asked *atomic.Int64) {
	t.Helper()
	asked = new(atomic.Int64)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		for k, a := range answers {
			if r.Method == http.MethodGet && r.URL.Path == "/safe" && r.URL.Query().Has(k) {
				w.Header().Set("Content-Type", "application/xml")
				w.WriteHeader(a.status)
				io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?>`+a.body)
				return
			}
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "store-test", "AWS_SECRET_ACCESS_KEY": "store-test-secret",
		"AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
		"AWS_CONFIG_FILE": filepath.Join(t.TempDir(), "none"), "AWS_SHARED_CREDENTIALS_FILE": filepath.Join(t.TempDir(), "none"),
		"AWS_PROFILE": "", "AWS_SESSION_TOKEN": "", "AWS_ENDPOINT_URL": "",
	} {
		t.Setenv(k, v)
	}
	q := url.Values{}
	q.Set("endpoint", srv.URL)
	q.Set("use_path_style", "true")
	q.Set("region", "us-east-1")
	return "s3://safe/out/?" + q.Encode(), asked
}

type s3Answer struct {
	status int
	body   string
}

// TestPublic_S3 runs the S3 check through the real SDK against S3's
// documented answers: a bucket with no public access block and no policy
// (404 NoSuchPublicAccessBlockConfiguration and NoSuchBucketPolicy, which
// are answers, not failures to ask) and a private ACL is not public; a
// block that ignores public ACLs and restricts public policies settles it
// in one request; a public policy status or an AllUsers grant is public;
// a caller refused all three cannot tell.
func TestPublic_S3(t *testing.T) {
	noPAB := s3Answer{404, `<Error><Code>NoSuchPublicAccessBlockConfiguration</Code><Message>The public access block configuration was not found</Message></Error>`}
	noPolicy := s3Answer{404, `<Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message></Error>`}
	denied := s3Answer{403, `<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>`}
	acl := func(grants string) s3Answer {
		return s3Answer{200, `<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>o</ID></Owner><AccessControlList>` +
			`<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>o</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>` +
			grants + `</AccessControlList></AccessControlPolicy>`}
	}
	allUsersRead := `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>`
	blocked := s3Answer{200, `<PublicAccessBlockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><BlockPublicAcls>true</BlockPublicAcls>` +
		`<IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`}
	for _, c := range []struct {
		name     string
		answers  map[string]s3Answer
		want     Publicity
		requests int64
	}{
		{"private, no block, no policy", map[string]s3Answer{"publicAccessBlock": noPAB, "policyStatus": noPolicy, "acl": acl("")}, NotPublic, 3},
		{"blocked", map[string]s3Answer{"publicAccessBlock": blocked, "policyStatus": {200, `<PolicyStatus><IsPublic>true</IsPublic></PolicyStatus>`}, "acl": acl(allUsersRead)}, NotPublic, 1},
		{"public policy", map[string]s3Answer{"publicAccessBlock": noPAB, "policyStatus": {200, `<PolicyStatus><IsPublic>true</IsPublic></PolicyStatus>`}, "acl": acl("")}, Public, 2},
		{"ACL grants AllUsers read", map[string]s3Answer{"publicAccessBlock": noPAB, "policyStatus": noPolicy, "acl": acl(allUsersRead)}, Public, 3},
		{"denied", map[string]s3Answer{"publicAccessBlock": denied, "policyStatus": denied, "acl": denied}, PublicUnknown, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			u, asked := s3SettingsServer(t, c.answers)
			l, err := Open(context.Background(), u, false)
			require.NoError(t, err)
			defer l.Close()
			got, reason := l.Public(context.Background())
			assert.Equal(t, c.want, got, reason)
			assert.Equal(t, c.requests, asked.Load())
		})
	}
}
