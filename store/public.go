package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// Publicity is what the provider says about who can read a location.
type Publicity int

const (
	// PublicUnknown: the provider's API could not tell (no permission to
	// ask, a server without the call, or a scheme with no such notion).
	PublicUnknown Publicity = iota
	// NotPublic: only authorised principals can read it.
	NotPublic
	// Public: anyone (or any account holder) can read it.
	Public
)

func (p Publicity) String() string {
	switch p {
	case NotPublic:
		return "not public"
	case Public:
		return "public"
	}
	return "unknown"
}

// Public asks the provider whether the location's objects can be read by
// anyone. The reason says which setting decided, or why it could not tell.
// A local folder (file) is NotPublic: file permissions are the owner's
// business, and no provider publishes it.
func (l *Location) Public(ctx context.Context) (p Publicity, reason string) {
	switch l.Scheme {
	case "file", "mem":
		return NotPublic, "a local folder"
	case "s3":
		var c *s3.Client
		if !l.Bucket.As(&c) {
			return PublicUnknown, "no S3 client"
		}
		return s3Public(ctx, s3API{c}, l.BucketName)
	}
	if check, ok := publicChecks[l.Scheme]; ok {
		return check(ctx, l)
	}
	return PublicUnknown, "scheme " + l.Scheme
}

// publicChecks holds the Public check of each scheme whose driver is
// built in beside s3 (gs, azblob: see gcs.go and azure.go).
var publicChecks = map[string]func(ctx context.Context, l *Location) (Publicity, string){}

// s3Bucket is the part of the S3 API that s3Public asks (an interface so
// the decision is tested without a server that implements every call).
type s3Bucket interface {
	publicAccessBlock(ctx context.Context, bucket string) (*s3types.PublicAccessBlockConfiguration, error)
	policyIsPublic(ctx context.Context, bucket string) (bool, error)
	aclGrantsPublicRead(ctx context.Context, bucket string) (bool, error)
}

// s3Public decides from the bucket's settings. A public access block that
// ignores public ACLs and restricts public policies makes the bucket not
// public whatever else says; otherwise a public policy status or an ACL
// grant to AllUsers or AuthenticatedUsers makes it public. Object ACLs are
// not checked (callveil's own objects are written without one).
func s3Public(ctx context.Context, api s3Bucket, bucket string) (Publicity, string) {
	pab, err := api.publicAccessBlock(ctx, bucket)
	if err == nil && pab != nil && aws.ToBool(pab.IgnorePublicAcls) && aws.ToBool(pab.RestrictPublicBuckets) {
		return NotPublic, "the bucket's public access block ignores public ACLs and restricts public policies"
	}
	var unknown []string
	if err != nil {
		unknown = append(unknown, "public access block: "+err.Error())
	}
	pub, err := api.policyIsPublic(ctx, bucket)
	switch {
	case err != nil:
		unknown = append(unknown, "policy status: "+err.Error())
	case pub:
		return Public, "the bucket policy status says IsPublic"
	}
	acl, err := api.aclGrantsPublicRead(ctx, bucket)
	switch {
	case err != nil:
		unknown = append(unknown, "ACL: "+err.Error())
	case acl:
		return Public, "the bucket ACL grants read to AllUsers or AuthenticatedUsers"
	}
	if len(unknown) > 0 {
		return PublicUnknown, fmt.Sprint(unknown)
	}
	return NotPublic, "no public policy and no public ACL grant"
}

// s3API asks a real S3 client.
type s3API struct{ c *s3.Client }

// errNoPolicy is S3's answer for a bucket with no policy at all.
const errNoPolicy = "NoSuchBucketPolicy"

// errNoPublicAccessBlock is S3's answer for a bucket with no public
// access block configured: a definite answer (nothing is blocked), not a
// failure to ask.
const errNoPublicAccessBlock = "NoSuchPublicAccessBlockConfiguration"

func (a s3API) publicAccessBlock(ctx context.Context, bucket string) (*s3types.PublicAccessBlockConfiguration, error) {
	out, err := a.c.GetPublicAccessBlock(ctx, &s3.GetPublicAccessBlockInput{Bucket: aws.String(bucket)})
	if err != nil {
		if apiCode(err) == errNoPublicAccessBlock {
			return &s3types.PublicAccessBlockConfiguration{}, nil
		}
		return nil, err
	}
	return out.PublicAccessBlockConfiguration, nil
}

func (a s3API) policyIsPublic(ctx context.Context, bucket string) (bool, error) {
	out, err := a.c.GetBucketPolicyStatus(ctx, &s3.GetBucketPolicyStatusInput{Bucket: aws.String(bucket)})
	if err != nil {
		if apiCode(err) == errNoPolicy {
			return false, nil
		}
		return false, err
	}
	return out.PolicyStatus != nil && aws.ToBool(out.PolicyStatus.IsPublic), nil
}

// publicGroups are the ACL grantee groups that make a bucket readable by
// anyone (or by anyone with an AWS account).
var publicGroups = map[string]bool{
	"http://acs.amazonaws.com/groups/global/AllUsers":           true,
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers": true,
}

func (a s3API) aclGrantsPublicRead(ctx context.Context, bucket string) (bool, error) {
	out, err := a.c.GetBucketAcl(ctx, &s3.GetBucketAclInput{Bucket: aws.String(bucket)})
	if err != nil {
		return false, err
	}
	return grantsPublicRead(out.Grants), nil
}

// grantsPublicRead reports whether a grant gives READ (or FULL_CONTROL) to
// a public group.
func grantsPublicRead(grants []s3types.Grant) bool {
	for _, g := range grants {
		if g.Grantee == nil || !publicGroups[aws.ToString(g.Grantee.URI)] {
			continue
		}
		if g.Permission == s3types.PermissionRead || g.Permission == s3types.PermissionFullControl {
			return true
		}
	}
	return false
}

// apiCode is the error code of an S3 API error, or "".
func apiCode(err error) string {
	var e interface{ ErrorCode() string }
	if errors.As(err, &e) {
		return e.ErrorCode()
	}
	return ""
}
