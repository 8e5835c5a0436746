package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func openMem(t *testing.T, url string) *Location {
	t.Helper()
	l, err := Open(context.Background(), url, false)
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	return l
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"s3://b/p": true, "gs://b": true, "file:///x": true, "mem://": true,
		"calls/": false, "/abs/calls": false, `C:\calls`: false, "a:b": false, "://x": false,
	} {
		assert.Equal(t, want, IsURL(s), s)
	}
}

func TestOpen_RefusesBadURLs(t *testing.T) {
	ctx := context.Background()
	for _, s := range []string{"ftp://host/x", "s3:///calls/", "s3://b/a/../c/", "file://host/x", "file:///tmp/x?metadata=skip"} {
		_, err := Open(ctx, s, false)
		assert.ErrorIs(t, err, ErrURL, s)
	}
}

func TestCreate_ObjectAppearsOnlyOnClose(t *testing.T) {
	for _, url := range []string{"mem://", "file://" + filepath.ToSlash(t.TempDir()) + "/out"} {
		t.Run(url[:4], func(t *testing.T) {
			ctx := context.Background()
			l, err := Open(ctx, url, true)
			require.NoError(t, err)
			defer l.Close()
			w, err := l.Create(ctx, "a/b.wav", "audio/wav")
			require.NoError(t, err)
			_, err = w.Write([]byte("RIFF...."))
			require.NoError(t, err)
			ok, err := l.Exists(ctx, "a/b.wav")
			require.NoError(t, err)
			assert.False(t, ok, "visible before Close")
			require.NoError(t, w.Close())
			a, err := l.Stat(ctx, "a/b.wav")
			require.NoError(t, err)
			assert.EqualValues(t, 8, a.Size)
			if l.Scheme == "mem" { // a folder has no content types
				assert.Equal(t, "audio/wav", a.ContentType)
			}
			assert.Empty(t, a.Metadata)
		})
	}
}

func TestCreate_CancelledWriteLeavesNothing(t *testing.T) {
	for _, url := range []string{"mem://", "file://" + filepath.ToSlash(t.TempDir())} {
		t.Run(url[:4], func(t *testing.T) {
			l, err := Open(context.Background(), url, true)
			require.NoError(t, err)
			defer l.Close()
			require.NoError(t, l.WriteObject(context.Background(), "x.wav", "audio/wav", bytes.NewReader([]byte("old"))))

			ctx, cancel := context.WithCancel(context.Background())
			w, err := l.Create(ctx, "x.wav", "audio/wav")
			require.NoError(t, err)
			_, err = w.Write(bytes.Repeat([]byte{1}, 1<<20))
			require.NoError(t, err)
			cancel()
			assert.Error(t, w.Close())
			got, err := l.Bucket.ReadAll(context.Background(), "x.wav")
			require.NoError(t, err)
			assert.Equal(t, "old", string(got), "the earlier object must be untouched")

			// A reader that fails part-way abandons the write too.
			err = l.WriteObject(context.Background(), "y.wav", "audio/wav", io.MultiReader(bytes.NewReader(make([]byte, 5000)), failingReader{}))
			assert.Error(t, err)
			ok, err := l.Exists(context.Background(), "y.wav")
			require.NoError(t, err)
			assert.False(t, ok)
			if l.Scheme == "file" {
				ents, err := os.ReadDir(l.BucketName)
				require.NoError(t, err)
				for _, e := range ents {
					assert.Equal(t, "x.wav", e.Name(), "no temporary file may be left")
				}
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk gone") }

func TestOpen_MissingObjectIsNotFound(t *testing.T) {
	l := openMem(t, "mem://")
	_, err := l.Open(context.Background(), "none.wav")
	assert.ErrorIs(t, err, ErrNotFound)
	assert.True(t, IsNotFound(err))
	_, err = l.FS(context.Background()).Open("none.wav")
	assert.ErrorIs(t, err, os.ErrNotExist)
	assert.NoError(t, l.Remove(context.Background(), "none.wav"), "removing a missing object is fine")
}

func TestList_PagesUnderPrefix(t *testing.T) {
	ctx := context.Background()
	root := openMem(t, "mem://")
	for i := range 25 {
		require.NoError(t, root.Bucket.WriteAll(ctx, fmt.Sprintf("calls/%02d.wav", i), []byte{1}, nil))
	}
	require.NoError(t, root.Bucket.WriteAll(ctx, "callsx/other.wav", []byte{1}, nil))
	require.NoError(t, root.Bucket.WriteAll(ctx, "out/a.wav", []byte{1}, nil))
	l := At(root.Bucket, "mem", "", "calls")
	assert.Equal(t, "calls/", l.Prefix)
	var pages, n int
	var names []string
	require.NoError(t, l.list(ctx, 10, "", func(page []Object) error {
		pages++
		n += len(page)
		assert.LessOrEqual(t, len(page), 10)
		for _, o := range page {
			names = append(names, o.Name)
		}
		return nil
	}))
	assert.Equal(t, 3, pages)
	assert.Equal(t, 25, n)
	assert.Equal(t, "00.wav", names[0])
	assert.Equal(t, "24.wav", names[24])

	names = nil
	require.NoError(t, l.ListPrefix(ctx, "1", func(page []Object) error {
		for _, o := range page {
			names = append(names, o.Name)
		}
		return nil
	}))
	assert.Equal(t, []string{"10.wav", "11.wav", "12.wav", "13.wav", "14.wav", "15.wav", "16.wav", "17.wav", "18.wav", "19.wav"}, names, "names relative to the location, only those starting with the prefix")
}

// TestList_10000ObjectsInBoundedMemory lists a bucket of 10,000 small
// objects and checks that the listing's own memory stays well below what
// holding every key would take.
func TestList_10000ObjectsInBoundedMemory(t *testing.T) {
	ctx := context.Background()
	l := openMem(t, "mem://")
	const n = 10000
	for i := range n {
		require.NoError(t, l.Bucket.WriteAll(ctx, fmt.Sprintf("calls/2025/%05d-some-long-recording-name.wav", i), []byte{1}, nil))
	}
	loc := At(l.Bucket, "mem", "", "calls/")
	var ms runtime.MemStats
	var first, peak uint64
	count, pages := 0, 0
	require.NoError(t, loc.List(ctx, func(page []Object) error {
		count += len(page)
		pages++
		runtime.GC() // live memory only: what the listing holds on to
		runtime.ReadMemStats(&ms)
		if pages == 1 {
			first = ms.HeapAlloc
		}
		peak = max(peak, ms.HeapAlloc-min(first, ms.HeapAlloc))
		return nil
	}))
	assert.Equal(t, n, count)
	assert.Equal(t, n/PageSize, pages, "listed page by page")
	t.Logf("listing %d objects: live heap grew by %.1f KiB at most after the first page", n, float64(peak)/1024)
	// Keeping every page's objects makes it grow by about 520 KiB here
	// (measured by appending each page to a slice); a paged listing by
	// nothing but noise.
	assert.Less(t, peak, uint64(200<<10))
}

func TestContains(t *testing.T) {
	a := &Location{Scheme: "s3", BucketName: "b", Prefix: "calls/"}
	assert.True(t, a.Contains(&Location{Scheme: "s3", BucketName: "b", Prefix: "calls/out/"}))
	assert.True(t, a.Contains(&Location{Scheme: "s3", BucketName: "b", Prefix: "calls/"}))
	assert.False(t, a.Contains(&Location{Scheme: "s3", BucketName: "b", Prefix: "callsx/"}))
	assert.False(t, a.Contains(&Location{Scheme: "s3", BucketName: "c", Prefix: "calls/"}))
	dir := &Location{Scheme: "file", BucketName: "/srv/calls"}
	assert.True(t, dir.Contains(&Location{Scheme: "file", BucketName: "/srv/calls/out"}))
	assert.False(t, dir.Contains(&Location{Scheme: "file", BucketName: "/srv/calls-safe"}))
	root := &Location{Scheme: "s3", BucketName: "b"}
	assert.True(t, root.Contains(a))
	assert.Equal(t, "s3://b/calls/", a.String())
}

type fakeS3 struct {
	pab       *s3types.PublicAccessBlockConfiguration
	pabErr    error
	policy    bool
	policyErr error
	grants    []s3types.Grant
	aclErr    error
}

func (f fakeS3) publicAccessBlock(context.Context, string) (*s3types.PublicAccessBlockConfiguration, error) {
	return f.pab, f.pabErr
}
func (f fakeS3) policyIsPublic(context.Context, string) (bool, error) { return f.policy, f.policyErr }
func (f fakeS3) aclGrantsPublicRead(context.Context, string) (bool, error) {
	return grantsPublicRead(f.grants), f.aclErr
}

func TestS3Public_Decision(t *testing.T) {
	ctx := context.Background()
	nope := errors.New("AccessDenied")
	block := &s3types.PublicAccessBlockConfiguration{IgnorePublicAcls: aws.Bool(true), RestrictPublicBuckets: aws.Bool(true)}
	allUsers := []s3types.Grant{{Grantee: &s3types.Grantee{URI: aws.String("http://acs.amazonaws.com/groups/global/AllUsers")}, Permission: s3types.PermissionRead}}
	writeOnly := []s3types.Grant{{Grantee: &s3types.Grantee{URI: aws.String("http://acs.amazonaws.com/groups/global/AllUsers")}, Permission: s3types.PermissionWrite}}
	for _, c := range []struct {
		name string
		api  fakeS3
		want Publicity
	}{
		{"blocked although the policy is public", fakeS3{pab: block, policy: true, grants: allUsers}, NotPublic},
		{"public policy", fakeS3{pabErr: nope, policy: true}, Public},
		{"ACL to AllUsers", fakeS3{pab: &s3types.PublicAccessBlockConfiguration{}, grants: allUsers}, Public},
		{"ACL write only", fakeS3{pab: &s3types.PublicAccessBlockConfiguration{}, grants: writeOnly}, NotPublic},
		{"private", fakeS3{pab: &s3types.PublicAccessBlockConfiguration{}}, NotPublic},
		{"cannot ask", fakeS3{pabErr: nope, policyErr: nope, aclErr: nope}, PublicUnknown},
	} {
		got, reason := s3Public(ctx, c.api, "b")
		assert.Equal(t, c.want, got, "%s (%s)", c.name, reason)
		assert.NotEmpty(t, reason)
	}
}
