package store

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go/middleware"
	"gocloud.dev/blob"
)

// Object is one object found by List.
type Object struct {
	// Name is the key relative to the location's prefix.
	Name string
	// Size is its length in bytes.
	Size int64
	// ModTime is when it was last written.
	ModTime time.Time
}

// PageSize is how many keys List asks for at a time (the S3 maximum).
const PageSize = 1000

// List calls fn with each page of objects under the location, in key
// order, until the listing ends, fn returns an error, or ctx ends. Only one
// page is held at a time. "Folders" are not reported; every object under
// the prefix is, at any depth.
func (l *Location) List(ctx context.Context, fn func(page []Object) error) error {
	return l.list(ctx, PageSize, "", fn)
}

// ListPrefix is List of the objects whose names start with namePrefix
// ("2025/09/call1." lists call1.wav, call1.json and so on).
func (l *Location) ListPrefix(ctx context.Context, namePrefix string, fn func(page []Object) error) error {
	return l.list(ctx, PageSize, namePrefix, fn)
}

func (l *Location) list(ctx context.Context, pageSize int, namePrefix string, fn func(page []Object) error) error {
	token := blob.FirstPageToken
	page := make([]Object, 0, pageSize)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		objs, next, err := l.Bucket.ListPage(ctx, token, pageSize, &blob.ListOptions{Prefix: l.Prefix + namePrefix})
		if err != nil {
			return fmt.Errorf("store: listing %s: %w", l, err)
		}
		page = page[:0]
		for _, o := range objs {
			if o.IsDir {
				continue
			}
			page = append(page, Object{Name: strings.TrimPrefix(o.Key, l.Prefix), Size: o.Size, ModTime: o.ModTime})
		}
		if len(page) > 0 {
			if err := fn(page); err != nil {
				return err
			}
		}
		if len(next) == 0 {
			return nil
		}
		token = next
	}
}

// Reader is one object being read.
type Reader struct {
	r    *blob.Reader
	name string
}

// Open starts reading the object name with one request. Its size is known
// before the first byte is read. A missing object wraps ErrNotFound.
func (l *Location) Open(ctx context.Context, name string) (*Reader, error) {
	r, err := l.Bucket.NewReader(ctx, l.Key(name), nil)
	if err != nil {
		return nil, l.wrap("reading", name, err)
	}
	return &Reader{r: r, name: name}, nil
}

// Read reads the object.
func (r *Reader) Read(p []byte) (int, error) { return r.r.Read(p) }

// Size is the object's length in bytes.
func (r *Reader) Size() int64 { return r.r.Size() }

// ModTime is when the object was last written.
func (r *Reader) ModTime() time.Time { return r.r.ModTime() }

// Close ends the read.
func (r *Reader) Close() error { return r.r.Close() }

// Stat describes the object (for fs.File).
func (r *Reader) Stat() (fs.FileInfo, error) { return objectInfo{r}, nil }

type objectInfo struct{ r *Reader }

func (i objectInfo) Name() string       { return path.Base(i.r.name) }
func (i objectInfo) Size() int64        { return i.r.Size() }
func (i objectInfo) Mode() fs.FileMode  { return 0o444 }
func (i objectInfo) ModTime() time.Time { return i.r.ModTime() }
func (i objectInfo) IsDir() bool        { return false }
func (i objectInfo) Sys() any           { return nil }

// Create starts writing the object name. Nothing is visible under name
// until Close returns nil; cancelling ctx before Close abandons the write,
// and so does a failed Close, leaving any earlier object of that name as
// it was. contentType is stored as given (not sniffed); no user metadata
// is written.
func (l *Location) Create(ctx context.Context, name, contentType string) (io.WriteCloser, error) {
	w, err := l.Bucket.NewWriter(ctx, l.Key(name), &blob.WriterOptions{
		ContentType:                 contentType,
		DisableContentTypeDetection: true,
	})
	if err != nil {
		return nil, l.wrap("writing", name, err)
	}
	return &writer{w: w, l: l, name: name}, nil
}

type writer struct {
	w    *blob.Writer
	l    *Location
	name string
}

func (w *writer) Write(p []byte) (int, error) {
	n, err := w.w.Write(p)
	return n, w.l.wrap("writing", w.name, err)
}

func (w *writer) Close() error { return w.l.wrap("writing", w.name, w.w.Close()) }

// WriteObject writes the object name from r in one piece (see Create). If
// reading r or the upload fails, the write is abandoned and no object is
// made.
func (l *Location) WriteObject(ctx context.Context, name, contentType string, r io.Reader) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := l.Create(ctx, name, contentType)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		cancel() // abort: the object must not appear
		w.Close()
		return l.wrap("writing", name, err)
	}
	return w.Close()
}

// putInOneRequest is the largest object Put sends as one S3 PutObject
// from the caller's file; a larger one goes through the driver's
// multipart upload. It is the AWS transfer manager's own threshold for a
// single request, so the requests made are the same either way.
const putInOneRequest = 16 << 20

// Put writes the object name from body, which holds size bytes from its
// current offset and may be read again from there (a retried request
// rewinds it). It is WriteObject for a body already whole on disk or in
// memory: on S3, up to 16 MiB go as one PutObject that streams from body,
// instead of through gocloud's writer, whose upload manager copies every
// object into a growing buffer first. The object appears only when Put
// returns nil, with contentType and no user metadata, as with Create.
func (l *Location) Put(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64) error {
	return l.put(ctx, name, contentType, body, size, nil)
}

// PutSHA256 is Put of a body whose SHA-256 the caller already knows: sum
// is the hash of the size bytes Put sends. When Put sends one S3
// PutObject, the hash goes with it twice: as the object's SHA-256
// checksum (x-amz-checksum-sha256), which S3 checks against the bytes it
// receives before it makes the object (a body that does not match is
// refused with BadDigest, and nothing appears), and as the payload hash
// the request is signed with. The SDK then reads the body once, to send
// it; otherwise it first reads it whole to compute a CRC32 checksum and,
// over plain HTTP, the SHA-256 that SigV4 signs. Elsewhere sum is not
// used and PutSHA256 is Put. A sum of another length is an error.
func (l *Location) PutSHA256(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64, sum []byte) error {
	if len(sum) != sha256.Size {
		return fmt.Errorf("store: writing %s: a SHA-256 of %d bytes, want %d", name, len(sum), sha256.Size)
	}
	return l.put(ctx, name, contentType, body, size, sum)
}

// put is Put, with the body's SHA-256 when sum is not nil.
func (l *Location) put(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64, sum []byte) error {
	var c *s3.Client
	if !l.s3Direct || size > putInOneRequest || !plainS3Key(l.Key(name)) || !l.Bucket.As(&c) {
		return l.WriteObject(ctx, name, contentType, io.LimitReader(body, size))
	}
	start, err := body.Seek(0, io.SeekCurrent)
	if err != nil {
		return l.wrap("writing", name, err)
	}
	in := &s3.PutObjectInput{
		Bucket:        aws.String(l.BucketName),
		Key:           aws.String(l.Key(name)),
		Body:          &section{r: body, start: start, size: size},
		ContentLength: aws.Int64(size),
		ContentType:   aws.String(contentType),
	}
	var opts []func(*s3.Options)
	if sum != nil {
		// With a checksum header set, the SDK computes no checksum of
		// its own; with the payload hash set, it does not hash the body
		// to sign it.
		in.ChecksumSHA256 = aws.String(base64.StdEncoding.EncodeToString(sum))
		opts = append(opts, withPayloadHash(hex.EncodeToString(sum)))
	}
	_, err = c.PutObject(ctx, in, opts...)
	return l.wrap("writing", name, err)
}

// withPayloadHash makes the SDK sign a request with the payload hash
// given (hex SHA-256 of the body) instead of reading the body to compute
// it. The hash has to be set inside the operation's middleware stack:
// the SDK clears the stack values of the caller's context when an
// operation starts.
func withPayloadHash(hexSum string) func(*s3.Options) {
	return func(o *s3.Options) {
		o.APIOptions = append(o.APIOptions, func(st *middleware.Stack) error {
			return st.Finalize.Add(middleware.FinalizeMiddlewareFunc("callveilPayloadHash",
				func(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
					return next.HandleFinalize(v4.SetPayloadHash(ctx, hexSum), in)
				}), middleware.Before)
		})
	}
}

// section is size bytes of r from start, as an io.ReadSeeker (the SDK
// sends exactly ContentLength bytes, and rewinds the body to retry).
type section struct {
	r           io.ReadSeeker
	start, size int64
	pos         int64 // relative to start
}

func (s *section) Read(p []byte) (int, error) {
	if s.pos >= s.size {
		return 0, io.EOF
	}
	if int64(len(p)) > s.size-s.pos {
		p = p[:s.size-s.pos]
	}
	n, err := s.r.Read(p)
	s.pos += int64(n)
	if err == io.EOF && s.pos < s.size {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (s *section) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += s.pos
	case io.SeekEnd:
		offset += s.size
	}
	if offset < 0 || offset > s.size {
		return 0, fmt.Errorf("store: seek to %d outside 0..%d", offset, s.size)
	}
	if _, err := s.r.Seek(s.start+offset, io.SeekStart); err != nil {
		return 0, err
	}
	s.pos = offset
	return offset, nil
}

// plainS3Key reports whether s3blob would send key as it is: it escapes
// control characters and the "/" of "../" (Put then leaves the key to it).
func plainS3Key(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] < 32 {
			return false
		}
	}
	return !strings.Contains(key, "../")
}

// Remove deletes the object name. A missing object is not an error.
func (l *Location) Remove(ctx context.Context, name string) error {
	err := l.Bucket.Delete(ctx, l.Key(name))
	if err != nil && IsNotFound(err) {
		return nil
	}
	return l.wrap("removing", name, err)
}

// RemoveAll deletes the objects names; missing ones are not an error. On
// S3 it asks for up to 1,000 at a time in one DeleteObjects request, one
// request per object elsewhere.
func (l *Location) RemoveAll(ctx context.Context, names []string) error {
	var c *s3.Client
	if !l.s3Direct || !l.Bucket.As(&c) {
		for _, n := range names {
			if err := l.Remove(ctx, n); err != nil {
				return err
			}
		}
		return nil
	}
	for len(names) > 0 {
		batch := names[:min(len(names), 1000)]
		names = names[len(batch):]
		ids := make([]s3types.ObjectIdentifier, 0, len(batch))
		for _, n := range batch {
			if !plainS3Key(l.Key(n)) { // as s3blob escapes it
				if err := l.Remove(ctx, n); err != nil {
					return err
				}
				continue
			}
			ids = append(ids, s3types.ObjectIdentifier{Key: aws.String(l.Key(n))})
		}
		if len(ids) == 0 {
			continue
		}
		out, err := c.DeleteObjects(ctx, &s3.DeleteObjectsInput{
			Bucket: aws.String(l.BucketName),
			Delete: &s3types.Delete{Objects: ids, Quiet: aws.Bool(true)},
		})
		if err != nil {
			return l.wrap("removing", batch[0], err)
		}
		for _, e := range out.Errors {
			if aws.ToString(e.Code) == "NoSuchKey" {
				continue
			}
			return fmt.Errorf("store: removing %s: %s: %s", strings.TrimPrefix(aws.ToString(e.Key), l.Prefix), aws.ToString(e.Code), aws.ToString(e.Message))
		}
	}
	return nil
}

// Exists reports whether the object name exists.
func (l *Location) Exists(ctx context.Context, name string) (bool, error) {
	ok, err := l.Bucket.Exists(ctx, l.Key(name))
	return ok, l.wrap("checking", name, err)
}

// Attributes are what Stat tells of one object.
type Attributes struct {
	Size        int64
	ModTime     time.Time
	ContentType string
	// Metadata is the object's user metadata (callveil writes none).
	Metadata map[string]string
}

// Stat returns the attributes of the object name.
func (l *Location) Stat(ctx context.Context, name string) (Attributes, error) {
	a, err := l.Bucket.Attributes(ctx, l.Key(name))
	if err != nil {
		return Attributes{}, l.wrap("checking", name, err)
	}
	return Attributes{Size: a.Size, ModTime: a.ModTime, ContentType: a.ContentType, Metadata: a.Metadata}, nil
}

// FS is the location as an fs.FS whose reads use ctx. Its files are not
// seekable (each is one streaming GET); ReadDir is not offered (use List).
func (l *Location) FS(ctx context.Context) fs.FS {
	return locationFS{l: l, ctx: ctx}
}

type locationFS struct {
	l   *Location
	ctx context.Context
}

func (f locationFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) || name == "." {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	r, err := f.l.Open(f.ctx, name)
	if err != nil {
		if IsNotFound(err) {
			err = fmt.Errorf("%w (%w)", fs.ErrNotExist, err)
		}
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return r, nil
}
