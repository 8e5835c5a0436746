package store

import (
	"context"
	"errors"
	"net/url"
	"path"
	"strings"
	"testing"

	"gocloud.dev/blob"
	"gocloud.dev/blob/memblob"
)

// FuzzOpenURL feeds location URLs to open, with an in-memory bucket
// standing in for every scheme's driver (no network), and checks what a
// location parsed from a URL promises: an error wraps ErrURL; a location's
// prefix is "" or ends in one "/", starts with no "/" and holds no . or
// .. element; a name's key lies under the prefix; a location contains
// itself; and its String, opened again, is the same location.
func FuzzOpenURL(f *testing.F) {
	for _, s := range []string{
		"s3://b/p", "gs://b", "mem://", "mem://b/calls/", "azblob://c/x/y/",
		"s3://bucket/calls/2025/?region=us-east-1", "s3://bucket//calls//",
		"ftp://host/x", "s3:///calls/", "s3://b/a/../c/", "s3://b/./c", "s3://b/%2e%2e/c",
		"s3://b/a%2Fb/", "s3://b/a?x#frag", "s3://b:9/p", "s3://[::1]/p", "s3://b/%zz", "s3://b/%3Fx/", "s3://b/%23x/", "s3://b/%25/",
	} {
		f.Add(s)
	}
	ctx := context.Background()
	openMemBucket := func(context.Context, *url.URL) (*blob.Bucket, error) { return memblob.OpenBucket(nil), nil }
	f.Fuzz(func(t *testing.T, s string) {
		if !IsURL(s) || strings.HasPrefix(strings.ToLower(s), "file:") {
			return // local folders: Open touches the disk
		}
		l, err := open(ctx, s, false, openMemBucket)
		if err != nil {
			if !errors.Is(err, ErrURL) {
				t.Fatalf("%q: error %v does not wrap ErrURL", s, err)
			}
			return
		}
		defer l.Close()
		p := l.Prefix
		if p != "" && (!strings.HasSuffix(p, "/") || strings.HasSuffix(p, "//") || strings.HasPrefix(p, "/")) {
			t.Fatalf("%q: prefix %q", s, p)
		}
		for _, e := range strings.Split(strings.TrimSuffix(p, "/"), "/") {
			if e == "." || e == ".." {
				t.Fatalf("%q: prefix %q holds %q", s, p, e)
			}
		}
		for _, name := range []string{"x.wav", "a/b.json", ""} {
			if k := l.Key(name); !strings.HasPrefix(k, p) || strings.TrimPrefix(k, p) != name {
				t.Fatalf("%q: key of %q is %q, not under %q", s, name, k, p)
			}
		}
		if !l.Contains(l) {
			t.Fatalf("%q: %s does not contain itself", s, l)
		}
		again, err := open(ctx, l.String(), false, openMemBucket)
		if err != nil {
			t.Fatalf("%q: its String %q does not open: %v", s, l.String(), err)
		}
		defer again.Close()
		if again.Scheme != l.Scheme || again.BucketName != l.BucketName || again.Prefix != l.Prefix {
			t.Fatalf("%q: String %q opens as %s://%s/%s, not %s://%s/%s", s, l.String(),
				again.Scheme, again.BucketName, again.Prefix, l.Scheme, l.BucketName, l.Prefix)
		}
	})
}

// FuzzContains checks Contains against path containment: a location
// contains another exactly when they have the same scheme and bucket and
// the other's prefix lies at or under its own, element by element (so
// "calls/" never contains "callsx/"). For local folders the folder path
// and the prefix are taken together.
func FuzzContains(f *testing.F) {
	f.Add("s3", "b", "calls/", "s3", "b", "calls/out/")
	f.Add("s3", "b", "calls/", "s3", "b", "callsx/")
	f.Add("s3", "b", "calls/", "s3", "c", "calls/")
	f.Add("s3", "b", "", "s3", "b", "calls/")
	f.Add("file", "/srv/calls", "", "file", "/srv/calls/out", "")
	f.Add("file", "/srv/calls", "", "file", "/srv/calls-safe", "")
	f.Add("file", "/", "", "file", "/srv", "")
	f.Add("file", "/srv", "calls/", "file", "/srv/calls", "out/")
	f.Fuzz(func(t *testing.T, s1, b1, p1, s2, b2, p2 string) {
		a := &Location{Scheme: s1, BucketName: b1, Prefix: cleanPrefix(p1)}
		o := &Location{Scheme: s2, BucketName: b2, Prefix: cleanPrefix(p2)}
		if s1 == "file" || s2 == "file" {
			// Local folders are absolute clean paths (openDir).
			// and their prefixes clean relative paths.
			if !path.IsAbs(b1) || path.Clean(b1) != b1 || !path.IsAbs(b2) || path.Clean(b2) != b2 ||
				!cleanRel(a.Prefix) || !cleanRel(o.Prefix) {
				return
			}
		}
		if !a.Contains(a) {
			t.Fatalf("%+v does not contain itself", a)
		}
		want := false
		if s1 == s2 {
			var x, y string
			if s1 == "file" {
				x, y = path.Join(b1, a.Prefix), path.Join(b2, o.Prefix)
			} else if b1 == b2 {
				x, y = "/"+a.Prefix, "/"+o.Prefix
			}
			if x != "" {
				x, y = strings.TrimSuffix(x, "/")+"/", strings.TrimSuffix(y, "/")+"/"
				want = strings.HasPrefix(y, x)
			}
		}
		if got := a.Contains(o); got != want {
			t.Fatalf("%+v contains %+v: %v, want %v", a, o, got, want)
		}
	})
}

// cleanRel reports whether prefix p is "" or a clean relative path and "/".
func cleanRel(p string) bool {
	return p == "" || path.Clean(p) == strings.TrimSuffix(p, "/") && !strings.HasPrefix(p, "../") && p != "../"
}

// FuzzList writes objects under arbitrary keys (split from keys at "|")
// to an in-memory bucket and lists them at an arbitrary prefix, whole and
// by a name prefix: every object listed lies under the location's prefix
// and its name's key is the key written; every key written under it is
// listed once; keys outside it never are.
func FuzzList(f *testing.F) {
	f.Add("calls/", "", "calls/a.wav|calls/a.json|callsx/b.wav|c.wav|calls/2025/09/x.mp3")
	f.Add("calls", "a.", "calls/a.wav|calls/a.json|calls/ab.wav|calls/a./x")
	f.Add("", "", "x|y/z|/lead|a//b")
	f.Add("a/b/", "../", "a/b/../c|a/c|a/b/./d")
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, prefix, namePrefix, keys string) {
		b := memblob.OpenBucket(nil)
		defer b.Close()
		written := map[string]bool{}
		for _, k := range strings.Split(keys, "|") {
			if k == "" || len(written) >= 64 {
				continue
			}
			if err := b.WriteAll(ctx, k, []byte("x"), nil); err != nil {
				continue // a key the driver refuses (not UTF-8)
			}
			written[k] = true
		}
		l := At(b, "mem", "", prefix)
		for _, np := range []string{"", namePrefix} {
			seen := map[string]bool{}
			err := l.ListPrefix(ctx, np, func(page []Object) error {
				for _, o := range page {
					k := l.Key(o.Name)
					if !strings.HasPrefix(k, l.Prefix+np) || !written[k] || seen[k] {
						t.Fatalf("prefix %q/%q listed %q (key %q, written %v, seen %v)", l.Prefix, np, o.Name, k, written[k], seen[k])
					}
					seen[k] = true
				}
				return nil
			})
			if err != nil {
				t.Fatalf("listing %q/%q: %v", l.Prefix, np, err)
			}
			for k := range written {
				if strings.HasPrefix(k, l.Prefix+np) && !seen[k] {
					t.Fatalf("prefix %q/%q: %q not listed", l.Prefix, np, k)
				}
			}
		}
	})
}
