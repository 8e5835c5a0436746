package store

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
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
}

func startS3(t *testing.T, bucket string) *s3Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("cannot listen on loopback for the S3 test server: %v", err)
	}
	s := &s3Server{addr: ln.Addr().String(), backend: s3mem.New()}
	require.NoError(t, s.backend.CreateBucket(bucket))
	h := gofakes3.New(s.backend, gofakes3.WithTimeSkewLimit(0)).Server()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		if r.Method == http.MethodPut {
			s.puts.Add(1)
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
