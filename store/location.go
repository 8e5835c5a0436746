package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"gocloud.dev/blob"
	"gocloud.dev/blob/fileblob"
	"gocloud.dev/gcerrors"

	// The drivers of the schemes store opens (gs and azblob in gcs.go
	// and azure.go, which build tags can leave out).
	_ "gocloud.dev/blob/memblob"
	_ "gocloud.dev/blob/s3blob"
)

// withoutScheme names the schemes this build leaves out (-tags
// callveil_nogcs, callveil_noazure), with the tag.
var withoutScheme = map[string]string{}

// ErrNotFound means an object does not exist (or vanished since it was listed).
var ErrNotFound = errors.New("store: object not found")

// ErrURL means a location URL could not be used.
var ErrURL = errors.New("store: bad location")

// ErrNoCredentials means a location needs credentials and its cloud's
// standard chain found none (it is returned wrapped in ErrURL).
var ErrNoCredentials = errors.New("store: no credentials found")

// bucketOpeners opens the bucket URLs of the schemes that store opens
// itself rather than through gocloud's URL mux (gs in gcs.go, azblob in
// azure.go).
var bucketOpeners = map[string]func(context.Context, *url.URL) (*blob.Bucket, error){}

// Location is a bucket and a key prefix inside it: a folder of objects.
// Names given to its methods are relative to the prefix and use forward
// slashes ("2025/09/call.wav").
type Location struct {
	// Bucket is the opened bucket. Go users may build a Location around a
	// bucket of their own with At.
	Bucket *blob.Bucket
	// Prefix is prepended to every name: "" or a key prefix ending in "/".
	Prefix string
	// Scheme is the URL scheme: s3, gs, azblob, file or mem.
	Scheme string
	// BucketName is the bucket (container) name; for file, the folder's
	// absolute path.
	BucketName string

	owned bool // Close closes Bucket
	// s3Direct: Put may call S3 PutObject itself, the location having
	// been opened by a URL that asks no server-side encryption of s3blob
	// (ssetype, kmskeyid: only its own writer applies them).
	s3Direct bool
}

// IsURL reports whether s names a location by URL (scheme://...) rather
// than a local path.
func IsURL(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for _, c := range s[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// At is a Location over a bucket the caller opened (and closes).
func At(b *blob.Bucket, scheme, bucketName, prefix string) *Location {
	return &Location{Bucket: b, Prefix: cleanPrefix(prefix), Scheme: scheme, BucketName: bucketName}
}

// Open opens the location s: a URL such as s3://bucket/calls/,
// gs://bucket/calls/, azblob://container/calls/, file:///srv/calls or
// mem://, or a plain local path. A folder given by path or file:// is
// created if missing when create is true. Close the Location when done.
func Open(ctx context.Context, s string, create bool) (*Location, error) {
	return open(ctx, s, create, new(Opener).openBucket)
}

// open is Open, opening the bucket URL (no path) with openBucket.
func open(ctx context.Context, s string, create bool, openBucket func(context.Context, *url.URL) (*blob.Bucket, error)) (*Location, error) {
	if !IsURL(s) {
		return openDir(s, create)
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrURL, err)
	}
	switch u.Scheme {
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return nil, fmt.Errorf("%w: file URL with host %q; write file:///abs/path", ErrURL, u.Host)
		}
		if len(u.Query()) > 0 {
			return nil, fmt.Errorf("%w: file URLs take no query parameters", ErrURL)
		}
		return openDir(filepath.FromSlash(u.Path), create)
	case "s3", "gs", "azblob", "mem":
		if tag, ok := withoutScheme[u.Scheme]; ok {
			return nil, fmt.Errorf("%w: this callveil was built without %s:// (-tags %s)", ErrURL, u.Scheme, tag)
		}
	default:
		return nil, fmt.Errorf("%w: scheme %q: want s3, gs, azblob, file or a local path", ErrURL, u.Scheme)
	}
	prefix := strings.TrimPrefix(u.Path, "/")
	if strings.Contains("/"+prefix+"/", "/../") || strings.Contains("/"+prefix+"/", "/./") {
		return nil, fmt.Errorf("%w: %s: the prefix may not hold . or .. elements", ErrURL, s)
	}
	if u.Scheme != "mem" && u.Host == "" {
		return nil, fmt.Errorf("%w: %s: no bucket name", ErrURL, s)
	}
	// The bucket URL is the location without its path: the prefix is kept
	// here rather than in a prefixed bucket, so keys can be compared.
	bu := *u
	bu.Path, bu.RawPath = "", ""
	b, err := openBucket(ctx, &bu)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrURL, redactURL(u), err)
	}
	q := u.Query()
	return &Location{Bucket: b, Prefix: cleanPrefix(prefix), Scheme: u.Scheme, BucketName: u.Host, owned: true,
		s3Direct: u.Scheme == "s3" && !q.Has("ssetype") && !q.Has("kmskeyid")}, nil
}

// openDir opens a local folder through fileblob. Objects are written to a
// temporary file beside their final name and renamed (so a folder on
// another mount than the system's temporary folder works), with no
// ".attrs" sidecar files.
func openDir(dir string, create bool) (*Location, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrURL, err)
	}
	if create {
		if err := os.MkdirAll(abs, 0o755); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	b, err := fileblob.OpenBucket(abs, &fileblob.Options{NoTempDir: true, Metadata: fileblob.MetadataDontWrite})
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", dir, err)
	}
	return &Location{Bucket: b, Scheme: "file", BucketName: abs, owned: true}, nil
}

// redactURL drops the query of u (it may name a profile or a role; never
// print more than needed).
func redactURL(u *url.URL) string {
	v := *u
	v.RawQuery = ""
	return v.String()
}

// cleanPrefix makes p "" or end in exactly one "/".
func cleanPrefix(p string) string {
	p = strings.TrimLeft(p, "/")
	if p == "" {
		return ""
	}
	return strings.TrimRight(p, "/") + "/"
}

// Close closes the bucket if Open opened it.
func (l *Location) Close() error {
	if l.owned {
		return l.Bucket.Close()
	}
	return nil
}

// String names the location without query parameters, as a URL that
// opens it again: "s3://bucket/prefix/".
func (l *Location) String() string {
	// Built as a URL so that a prefix holding "?", "#" or "%" is escaped:
	// the string opens as this location again.
	if l.Scheme == "file" {
		return (&url.URL{Scheme: "file", Path: l.folderPath()}).String()
	}
	if l.Scheme == "mem" && l.BucketName == "" {
		return "mem:///" + (&url.URL{Path: l.Prefix}).EscapedPath()
	}
	return (&url.URL{Scheme: l.Scheme, Host: l.BucketName, Path: "/" + l.Prefix}).String()
}

// Key is the object key of the name relative to the location.
func (l *Location) Key(name string) string {
	return l.Prefix + name
}

// Contains reports whether other lies at or under l: the same bucket, and
// other's prefix starts with l's.
// For local folders the whole paths are compared.
func (l *Location) Contains(other *Location) bool {
	if l.Scheme != other.Scheme {
		return false
	}
	if l.Scheme == "file" {
		return strings.HasPrefix(other.folderPath(), l.folderPath())
	}
	return l.BucketName == other.BucketName && strings.HasPrefix(other.Prefix, l.Prefix)
}

// folderPath is a local location's folder and prefix as a slash path
// ending in "/" ("/" for the root folder, not "//").
func (l *Location) folderPath() string {
	return strings.TrimSuffix(filepath.ToSlash(l.BucketName), "/") + "/" + l.Prefix
}

// IsNotFound reports whether err says an object does not exist.
func IsNotFound(err error) bool {
	return errors.Is(err, ErrNotFound) || gcerrors.Code(err) == gcerrors.NotFound
}

// wrap adds ErrNotFound to a driver's not-found error and names the object.
func (l *Location) wrap(op, name string, err error) error {
	if err == nil {
		return nil
	}
	if gcerrors.Code(err) == gcerrors.NotFound {
		return fmt.Errorf("store: %s %s: %w", op, name, ErrNotFound)
	}
	return fmt.Errorf("store: %s %s: %w", op, name, err)
}
