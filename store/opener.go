package store

import (
	"context"
	"net/url"
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"gocloud.dev/blob"
	"gocloud.dev/blob/s3blob"
)

// Opener opens locations that share what they can: S3 locations whose
// URLs carry the same query parameters (endpoint, region, profile, role
// and the rest) use one S3 client, whatever their bucket. The AWS
// configuration is then loaded, the credential chain resolved (a web
// identity token exchanged with STS, an instance role's keys fetched, a
// profile's files read) and HTTP connections pooled once for all of
// them, instead of once per location: the input and output of a run, and
// its transcripts, cost one client. Locations with other parameters, and
// the other schemes, are opened as Open opens them.
//
// The zero Opener is ready to use and safe for concurrent use. Keep one
// for the locations of one run: a client keeps the credentials it
// resolved, so a long-lived Opener would not see a changed environment.
type Opener struct {
	mu sync.Mutex
	s3 map[string]*sharedS3 // by the URL's encoded query
}

// sharedS3 is the client of one set of s3:// query parameters and the
// bucket options s3blob derived from them (server-side encryption, the
// checksum setting).
type sharedS3 struct {
	client *s3.Client
	opts   s3blob.Options
}

// Open is the package-level Open, sharing S3 clients with the other
// locations this Opener opened.
func (o *Opener) Open(ctx context.Context, s string, create bool) (*Location, error) {
	return open(ctx, s, create, o.openBucket)
}

// openBucket opens the bucket URL u (no path), sharing an S3 client.
func (o *Opener) openBucket(ctx context.Context, u *url.URL) (*blob.Bucket, error) {
	if u.Scheme != "s3" {
		if open, ok := bucketOpeners[u.Scheme]; ok {
			return open(ctx, u)
		}
		return blob.OpenBucket(ctx, u.String())
	}
	key := u.Query().Encode() // sorted by parameter: the same for the same parameters
	o.mu.Lock()
	defer o.mu.Unlock()
	if c, ok := o.s3[key]; ok {
		opts := c.opts
		return s3blob.OpenBucket(ctx, c.client, u.Host, &opts)
	}
	// s3blob's own URL opener parses the parameters and loads the
	// configuration; it leaves the bucket options it derived in opener.
	b, c, opts, err := openS3(ctx, u)
	if err != nil {
		return nil, err
	}
	if c != nil {
		if o.s3 == nil {
			o.s3 = map[string]*sharedS3{}
		}
		o.s3[key] = &sharedS3{client: c, opts: opts}
	}
	return b, nil
}
