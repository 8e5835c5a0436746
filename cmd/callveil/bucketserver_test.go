package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// Azurite's development storage account and its key, as published in
// Azurite's README (every Azurite accepts them; not a secret). Every Azure
// test of this package uses them (store reads the Azure environment at
// each open; gocloud's own azblob opener read it once per process).
const (
	azuriteAccount = "devstoreaccount1"
	azuriteKey     = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)

// bucketServer is an object-storage test server that the end-to-end
// checks run against, whatever the cloud it speaks: fakeS3 (s3://) and
// fakeGCS (gs://). Reads, listings and removals go through store and the
// server's API, as the CLI's do; only put, which sets user metadata
// (store writes none), goes to the server's backend.
type bucketServer interface {
	// url is the location URL of bucket/prefix on the server.
	url(bucket, prefix string) string
	// put stores an object with user metadata meta.
	put(t testing.TB, bucket, key string, data []byte, meta map[string]string)
	// keys lists the names under prefix.
	keys(t testing.TB, bucket, prefix string) []string
	// get reads an object with its attributes.
	get(t testing.TB, bucket, key string) ([]byte, store.Attributes)
	// remove deletes an object.
	remove(t testing.TB, bucket, key string)
	// objectsWritten counts the objects written through the server's API.
	objectsWritten() int64
	// onWrite calls fn with the key of each object written through the
	// API (nil stops it).
	onWrite(fn func(key string))
	// onRead calls fn with the bucket and key of each object whose content
	// is about to be read, before the server reads it (nil stops it).
	onRead(fn func(bucket, key string))
	// cutUploads makes every upload of an object whose key ends in suffix
	// fail: the server takes n bytes of it, then drops the connection
	// unanswered, and counts it in cut ("" stops it).
	cutUploads(suffix string, n int64, cut *atomic.Int32)
}

// listKeys lists the names under the location URL u.
func listKeys(t testing.TB, u string) []string {
	t.Helper()
	l, err := store.Open(context.Background(), u, false)
	require.NoError(t, err)
	defer l.Close()
	var out []string
	require.NoError(t, l.List(context.Background(), func(page []store.Object) error {
		for _, o := range page {
			out = append(out, o.Name)
		}
		return nil
	}))
	return out
}

// getObject reads the object name at the location URL u, with its
// attributes.
func getObject(t testing.TB, u, name string) ([]byte, store.Attributes) {
	t.Helper()
	l, err := store.Open(context.Background(), u, false)
	require.NoError(t, err)
	defer l.Close()
	a, err := l.Stat(context.Background(), name)
	require.NoError(t, err, name)
	r, err := l.Open(context.Background(), name)
	require.NoError(t, err)
	defer r.Close()
	data, err := io.ReadAll(r)
	require.NoError(t, err)
	return data, a
}

// removeObject deletes the object name at the location URL u.
func removeObject(t testing.TB, u, name string) {
	t.Helper()
	l, err := store.Open(context.Background(), u, false)
	require.NoError(t, err)
	defer l.Close()
	require.NoError(t, l.Remove(context.Background(), name))
}

func (f *fakeS3) remove(t testing.TB, bucket, key string) {
	t.Helper()
	_, err := f.backend.DeleteObject(bucket, key)
	require.NoError(t, err)
}

func (f *fakeS3) objectsWritten() int64 { return f.puts.Load() }

// onWrite sees every PUT of an object (path style: /bucket/key) before the
// server stores it. It takes the place of any fault set.
func (f *fakeS3) onWrite(fn func(key string)) {
	if fn == nil {
		f.setFault(nil)
		return
	}
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == http.MethodPut {
			_, key, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
			fn(key)
		}
		return false
	})
}

// onRead sees every GET of an object (path style: /bucket/key) before the
// server answers it. It takes the place of any fault set.
func (f *fakeS3) onRead(fn func(bucket, key string)) {
	if fn == nil {
		f.setFault(nil)
		return
	}
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == http.MethodGet {
			if bucket, key, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/"); ok && key != "" {
				fn(bucket, key)
			}
		}
		return false
	})
}

func (f *fakeS3) cutUploads(suffix string, n int64, cut *atomic.Int32) {
	if suffix == "" {
		f.setFault(nil)
		return
	}
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		if isPutOf(r, suffix) {
			io.CopyN(io.Discard, r.Body, n)
			cut.Add(1)
			hijackClose(w)
			return true
		}
		return false
	})
}
