package store

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// credServer is an S3 endpoint that answers every listing with an empty
// page and records the access key id each request was signed with, and an
// STS endpoint that answers AssumeRoleWithWebIdentity with temporary keys
// (ASIAWEBIDENTITY) and counts the calls.
type credServer struct {
	url     string
	sts     atomic.Int64
	mu      sync.Mutex
	keyIDs  []string
	session []string // X-Amz-Security-Token of each S3 request
}

var credentialRE = regexp.MustCompile(`Credential=([^/]+)/`)

func startCredServer(t *testing.T) *credServer {
	t.Helper()
	s := &credServer{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == "/" {
			body, _ := io.ReadAll(r.Body)
			form, _ := url.ParseQuery(string(body))
			if form.Get("Action") != "AssumeRoleWithWebIdentity" || form.Get("WebIdentityToken") != "the-pod-token" {
				http.Error(w, "unexpected STS call", http.StatusBadRequest)
				return
			}
			s.sts.Add(1)
			w.Header().Set("Content-Type", "text/xml")
			io.WriteString(w, `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>`+
				`<Credentials><AccessKeyId>ASIAWEBIDENTITY</AccessKeyId><SecretAccessKey>web-secret</SecretAccessKey><SessionToken>web-session</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>`+
				`<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/callveil/pod</Arn><AssumedRoleId>AROAEXAMPLE:pod</AssumedRoleId></AssumedRoleUser>`+
				`</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`)
			return
		}
		m := credentialRE.FindStringSubmatch(r.Header.Get("Authorization"))
		s.mu.Lock()
		if m != nil {
			s.keyIDs = append(s.keyIDs, m[1])
		} else {
			s.keyIDs = append(s.keyIDs, "")
		}
		s.session = append(s.session, r.Header.Get("X-Amz-Security-Token"))
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/xml")
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>`)
	}))
	t.Cleanup(srv.Close)
	s.url = srv.URL
	// A clean credential environment: each case sets what it tests.
	dir := t.TempDir()
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_SESSION_TOKEN": "", "AWS_PROFILE": "",
		"AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true", "AWS_ENDPOINT_URL": "", "AWS_CA_BUNDLE": "",
		"AWS_CONFIG_FILE": filepath.Join(dir, "none"), "AWS_SHARED_CREDENTIALS_FILE": filepath.Join(dir, "none"),
		"AWS_WEB_IDENTITY_TOKEN_FILE": "", "AWS_ROLE_ARN": "", "AWS_ROLE_SESSION_NAME": "",
	} {
		t.Setenv(k, v)
	}
	return s
}

// location is an s3:// URL of bucket on the server, with extra query
// parameters.
func (s *credServer) location(bucket string, extra ...string) string {
	q := url.Values{}
	q.Set("endpoint", s.url)
	q.Set("use_path_style", "true")
	for i := 0; i+1 < len(extra); i += 2 {
		q.Set(extra[i], extra[i+1])
	}
	return "s3://" + bucket + "/calls/?" + q.Encode()
}

// list opens each location with op and lists it once (one signed request).
func listEach(t *testing.T, op *Opener, locations ...string) []*Location {
	t.Helper()
	var ls []*Location
	for _, u := range locations {
		l, err := op.Open(context.Background(), u, false)
		require.NoError(t, err)
		t.Cleanup(func() { l.Close() })
		require.NoError(t, l.List(context.Background(), func([]Object) error { return nil }))
		ls = append(ls, l)
	}
	return ls
}

func s3ClientOf(t *testing.T, l *Location) *s3.Client {
	t.Helper()
	var c *s3.Client
	require.True(t, l.Bucket.As(&c))
	return c
}

// TestOpener_CredentialChain checks that locations opened through one
// Opener still take their credentials from the AWS standard chain, for
// each link a deployment uses: environment variables, a shared profile
// (by AWS_PROFILE or ?profile=), and web identity (EKS IRSA: a token file
// and a role, exchanged with STS). Input and output share one client, so
// the token is exchanged once for both.
func TestOpener_CredentialChain(t *testing.T) {
	t.Run("environment", func(t *testing.T) {
		s := startCredServer(t)
		t.Setenv("AWS_ACCESS_KEY_ID", "AKIAFROMENV")
		t.Setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
		var op Opener
		ls := listEach(t, &op, s.location("in"), s.location("out"))
		assert.Equal(t, []string{"AKIAFROMENV", "AKIAFROMENV"}, s.keyIDs)
		assert.Same(t, s3ClientOf(t, ls[0]), s3ClientOf(t, ls[1]), "input and output share one client")
	})
	t.Run("profile", func(t *testing.T) {
		s := startCredServer(t)
		creds := filepath.Join(t.TempDir(), "credentials")
		require.NoError(t, os.WriteFile(creds, []byte("[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = d\n\n"+
			"[callveil]\naws_access_key_id = AKIAFROMPROFILE\naws_secret_access_key = p\n"), 0o600))
		t.Setenv("AWS_SHARED_CREDENTIALS_FILE", creds)
		var op Opener
		listEach(t, &op, s.location("in"), s.location("in", "profile", "callveil"))
		t.Setenv("AWS_PROFILE", "callveil")
		listEach(t, &Opener{}, s.location("out"))
		assert.Equal(t, []string{"AKIADEFAULT", "AKIAFROMPROFILE", "AKIAFROMPROFILE"}, s.keyIDs)
	})
	t.Run("web identity", func(t *testing.T) {
		s := startCredServer(t)
		token := filepath.Join(t.TempDir(), "token")
		require.NoError(t, os.WriteFile(token, []byte("the-pod-token"), 0o600))
		t.Setenv("AWS_WEB_IDENTITY_TOKEN_FILE", token)
		t.Setenv("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/callveil")
		t.Setenv("AWS_ENDPOINT_URL_STS", s.url)
		var op Opener
		listEach(t, &op, s.location("in"), s.location("out"), s.location("transcripts"))
		assert.Equal(t, []string{"ASIAWEBIDENTITY", "ASIAWEBIDENTITY", "ASIAWEBIDENTITY"}, s.keyIDs)
		assert.Equal(t, []string{"web-session", "web-session", "web-session"}, s.session)
		assert.Equal(t, int64(1), s.sts.Load(), "one token exchange for the run's three locations")

		// Opened one by one, each location resolves the chain again.
		s.sts.Store(0)
		for _, b := range []string{"in", "out"} {
			l, err := Open(context.Background(), s.location(b), false)
			require.NoError(t, err)
			require.NoError(t, l.List(context.Background(), func([]Object) error { return nil }))
			l.Close()
		}
		assert.Equal(t, int64(2), s.sts.Load())
	})
}

// TestOpener_SharesOnlyLikeParameters: locations whose query parameters
// differ (another region, server-side encryption) get clients of their
// own, and each keeps its own bucket options.
func TestOpener_SharesOnlyLikeParameters(t *testing.T) {
	s := startCredServer(t)
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIAFROMENV")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
	var op Opener
	ls := listEach(t, &op, s.location("in"), s.location("out", "region", "eu-west-1"), s.location("out"), s.location("enc", "ssetype", "AES256"))
	assert.Same(t, s3ClientOf(t, ls[0]), s3ClientOf(t, ls[2]))
	assert.NotSame(t, s3ClientOf(t, ls[0]), s3ClientOf(t, ls[1]))
	assert.NotSame(t, s3ClientOf(t, ls[0]), s3ClientOf(t, ls[3]))
	assert.Equal(t, "eu-west-1", s3ClientOf(t, ls[1]).Options().Region)
	assert.True(t, ls[0].s3Direct)
	assert.False(t, ls[3].s3Direct, "an encrypted location's writes still go through s3blob's writer")
	for _, l := range ls {
		assert.Equal(t, "s3", l.Scheme)
	}
	assert.Equal(t, []string{"in", "out", "out", "enc"}, []string{ls[0].BucketName, ls[1].BucketName, ls[2].BucketName, ls[3].BucketName})
}
