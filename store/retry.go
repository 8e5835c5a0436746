package store

import (
	"context"
	"fmt"
	"net/url"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"gocloud.dev/blob"
	"gocloud.dev/blob/s3blob"
)

// s3EnvRetry returns the S3 client c of a bucket that gocloud opened, or
// one like it whose retries follow the AWS SDK's standard environment
// variables, AWS_MAX_ATTEMPTS and AWS_RETRY_MODE, when either is set.
//
// gocloud gives the SDK a retryer of its own (standard mode, 3 attempts,
// no client-side rate limit, or the URL's rate_limiter_capacity), and the
// SDK loads the retry settings of the environment and profile only when
// no retryer is given, so without this both variables would be ignored.
// They are read as the SDK reads them (config.NewEnvConfig: a bad value
// is an error). The profile's max_attempts and retry_mode settings are not
// read: that would load the shared configuration files a second time.
func s3EnvRetry(c *s3.Client, q url.Values) (*s3.Client, error) {
	env, err := config.NewEnvConfig()
	if err != nil {
		return nil, fmt.Errorf("AWS retry settings: %w", err)
	}
	if env.RetryMaxAttempts == 0 && env.RetryMode == "" {
		return c, nil
	}
	retryer := c.Options().Retryer
	if env.RetryMode == aws.RetryModeAdaptive {
		var limiter retry.RateLimiter = ratelimit.None // as gocloud's
		if n, err := strconv.ParseUint(q.Get("rate_limiter_capacity"), 10, 32); err == nil && n > 0 {
			limiter = ratelimit.NewTokenRateLimit(uint(n))
		}
		retryer = retry.NewAdaptiveMode(func(o *retry.AdaptiveModeOptions) {
			o.StandardOptions = append(o.StandardOptions, func(so *retry.StandardOptions) { so.RateLimiter = limiter })
		})
	}
	if env.RetryMaxAttempts > 0 {
		retryer = retry.AddWithMaxAttempts(retryer, env.RetryMaxAttempts)
	}
	return s3.New(c.Options(), func(o *s3.Options) {
		o.Retryer = retryer
		o.RetryMaxAttempts = 0 // applied above
		o.RetryMode = env.RetryMode
	}), nil
}

// openS3 opens the s3:// bucket URL u through s3blob's URL opener (which
// loads the AWS configuration from the URL's parameters and the standard
// chain), with the retries of s3EnvRetry. It returns the bucket, its
// client and the bucket options s3blob derived from the URL.
func openS3(ctx context.Context, u *url.URL) (*blob.Bucket, *s3.Client, s3blob.Options, error) {
	opener := &s3blob.URLOpener{}
	b, err := opener.OpenBucketURL(ctx, u)
	if err != nil {
		return nil, nil, s3blob.Options{}, err
	}
	var c *s3.Client
	if !b.As(&c) {
		return b, nil, opener.Options, nil
	}
	rc, err := s3EnvRetry(c, u.Query())
	if err != nil {
		b.Close()
		return nil, nil, s3blob.Options{}, err
	}
	if rc != c {
		b.Close()
		opts := opener.Options
		if b, err = s3blob.OpenBucket(ctx, rc, u.Host, &opts); err != nil {
			return nil, nil, s3blob.Options{}, err
		}
	}
	return b, rc, opener.Options, nil
}
