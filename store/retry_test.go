package store

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slowDownS3 is an S3 endpoint that answers every request 503 SlowDown (a
// retryable error), counting them; it sets the AWS environment's dummy
// credentials and the retry variables given ("" unsets one).
func slowDownS3(t *testing.T, maxAttempts, mode string) (string, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`)
	}))
	t.Cleanup(srv.Close)
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "store-test", "AWS_SECRET_ACCESS_KEY": "store-test-secret",
		"AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
		"AWS_CONFIG_FILE": filepath.Join(t.TempDir(), "none"), "AWS_SHARED_CREDENTIALS_FILE": filepath.Join(t.TempDir(), "none"),
		"AWS_PROFILE": "", "AWS_SESSION_TOKEN": "", "AWS_ENDPOINT_URL": "",
		"AWS_MAX_ATTEMPTS": maxAttempts, "AWS_RETRY_MODE": mode,
	} {
		t.Setenv(k, v)
	}
	return "s3://b/in/?use_path_style=true&endpoint=" + srv.URL, &n
}

// TestS3Retries_FollowTheStandardVariables: AWS_MAX_ATTEMPTS sets how many
// times a request is tried, and AWS_RETRY_MODE=adaptive selects the SDK's
// adaptive retryer, through Open and an Opener alike (gocloud's own
// retryer made the SDK ignore both: 3 attempts whatever was set). Unset,
// gocloud's 3 attempts stay.
func TestS3Retries_FollowTheStandardVariables(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		maxAttempts, mode string
		want              int64
		wantMode          aws.RetryMode
	}{
		{"1", "", 1, ""},
		{"2", "standard", 2, aws.RetryModeStandard},
		{"2", "adaptive", 2, aws.RetryModeAdaptive},
		{"", "", 3, ""},
	} {
		for _, how := range []string{"Open", "Opener"} {
			t.Run(fmt.Sprintf("%s/AWS_MAX_ATTEMPTS=%s,AWS_RETRY_MODE=%s", how, c.maxAttempts, c.mode), func(t *testing.T) {
				if c.want > 2 && (testing.Short() || how == "Opener") {
					t.Skip("waits out the SDK's backoff between attempts (3 s); run once, and not with -short")
				}
				u, n := slowDownS3(t, c.maxAttempts, c.mode)
				var l *Location
				var err error
				if how == "Open" {
					l, err = Open(ctx, u, false)
				} else {
					l, err = new(Opener).Open(ctx, u, false)
				}
				require.NoError(t, err)
				defer l.Close()
				var client *s3.Client
				require.True(t, l.Bucket.As(&client))
				assert.Equal(t, c.wantMode, client.Options().RetryMode)
				_, err = l.Exists(ctx, "x.wav")
				require.Error(t, err)
				assert.Equal(t, c.want, n.Load(), "requests made")
			})
		}
	}
	t.Run("a bad value is refused", func(t *testing.T) {
		u, n := slowDownS3(t, "", "sometimes")
		_, err := Open(ctx, u, false)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "AWS_RETRY_MODE", "the SDK's own message (its configuration load reads the variable too)")
		assert.Zero(t, n.Load())
	})
}
