//go:build !callveil_nogcs && !callveil_noazure

package store

import (
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The GCS and Azure public-output checks, run through the real drivers
// (gcsblob with the Cloud Storage client, azureblob with the Azure SDK)
// against loopback servers that answer the one call each check makes the
// way the services document it. No emulator serves these calls:
// fake-gcs-server v1.56 has no bucket IAM route, and Azurite is not a Go
// module.

// gcsIAMServer answers GET /storage/v1/b/BUCKET/iam (buckets.getIamPolicy,
// JSON API) with status and body; anything else is 404. It counts the
// policy requests.
func gcsIAMServer(t *testing.T, bucket string, status int, body string) *atomic.Int64 {
	t.Helper()
	var asked atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.URL.Path == "/storage/v1/b/"+bucket+"/iam" {
			asked.Add(1)
			w.Header().Set("Content-Type", "application/json; charset=UTF-8")
			w.WriteHeader(status)
			w.Write([]byte(body))
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	// The Cloud Storage client's emulator setting: plain HTTP to this
	// host, no credentials.
	t.Setenv("STORAGE_EMULATOR_HOST", strings.TrimPrefix(srv.URL, "http://"))
	return &asked
}

// gcsPolicy is a bucket IAM policy as buckets.getIamPolicy returns it,
// with the project's usual bindings plus extra.
func gcsPolicy(extra string) string {
	return `{"kind":"storage#policy","resourceId":"projects/_/buckets/safe","version":1,"etag":"CAE=","bindings":[` +
		`{"role":"roles/storage.legacyBucketOwner","members":["projectEditor:p","projectOwner:p"]},` +
		`{"role":"roles/storage.legacyBucketReader","members":["projectViewer:p"]}` + extra + `]}`
}

func TestPublic_GCS(t *testing.T) {
	for _, c := range []struct {
		name   string
		status int
		body   string
		want   Publicity
		why    string
	}{
		{"allUsers", 200, gcsPolicy(`,{"role":"roles/storage.objectViewer","members":["allUsers"]}`), Public, "allUsers"},
		{"allAuthenticatedUsers", 200, gcsPolicy(`,{"role":"roles/storage.legacyObjectReader","members":["user:a@example.com","allAuthenticatedUsers"]}`), Public, "allAuthenticatedUsers"},
		{"private", 200, gcsPolicy(`,{"role":"roles/storage.objectViewer","members":["serviceAccount:callveil@p.iam.gserviceaccount.com"]}`), NotPublic, "no IAM binding"},
		{"forbidden", 403, `{"error":{"code":403,"message":"callveil@p.iam.gserviceaccount.com does not have storage.buckets.getIamPolicy access to the Google Cloud Storage bucket.","errors":[{"message":"denied","domain":"global","reason":"forbidden"}]}}`, PublicUnknown, "IAM policy"},
	} {
		t.Run(c.name, func(t *testing.T) {
			asked := gcsIAMServer(t, "safe", c.status, c.body)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			l, err := Open(ctx, "gs://safe/out/", false)
			require.NoError(t, err)
			defer l.Close()
			got, why := l.Public(ctx)
			assert.Equal(t, c.want, got, why)
			assert.Contains(t, why, c.why)
			assert.Positive(t, asked.Load(), "the check asked the server for the bucket's IAM policy")
		})
	}
}

// azureContainerServer answers Get Container Properties
// (GET /ACCOUNT/CONTAINER?restype=container, the local-emulator URL form)
// with x-ms-blob-public-access set to access when it is not "", or with
// status when that is not 200. It counts the requests.
func azureContainerServer(t *testing.T, account, container, access string, status int) (domain string, asked *atomic.Int64) {
	t.Helper()
	asked = &atomic.Int64{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.URL.Path == "/"+account+"/"+container && r.URL.Query().Get("restype") == "container" && r.URL.Query().Get("comp") == "" {
			asked.Add(1)
			h := w.Header()
			h.Set("x-ms-request-id", "00000000-0000-0000-0000-000000000001")
			h.Set("x-ms-version", "2025-01-05")
			h.Set("Date", time.Now().UTC().Format(http.TimeFormat))
			if status != http.StatusOK {
				h.Set("x-ms-error-code", "AuthorizationPermissionMismatch")
				h.Set("Content-Type", "application/xml")
				w.WriteHeader(status)
				w.Write([]byte(`<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized to perform this operation using this permission.</Message></Error>`))
				return
			}
			h.Set("ETag", `"0x8DCC0FFEE000000"`)
			h.Set("Last-Modified", time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC).Format(http.TimeFormat))
			h.Set("x-ms-lease-status", "unlocked")
			h.Set("x-ms-lease-state", "available")
			h.Set("x-ms-has-immutability-policy", "false")
			h.Set("x-ms-has-legal-hold", "false")
			if access != "" {
				h.Set("x-ms-blob-public-access", access)
			}
			w.WriteHeader(http.StatusOK)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	// Shared-key credentials from the environment, as azureblob reads
	// them; the key is a dummy (the server checks no signature).
	t.Setenv("AZURE_STORAGE_ACCOUNT", account)
	t.Setenv("AZURE_STORAGE_KEY", base64.StdEncoding.EncodeToString([]byte("callveil-test-key-not-a-secret")))
	for _, k := range []string{"AZURE_STORAGE_SAS_TOKEN", "AZURE_STORAGE_CONNECTION_STRING", "AZURE_STORAGEBLOB_CONNECTIONSTRING", "AZURE_STORAGE_DOMAIN", "AZURE_STORAGE_PROTOCOL", "AZURE_STORAGE_IS_LOCAL_EMULATOR", "AZURE_STORAGE_IS_CDN"} {
		t.Setenv(k, "")
	}
	return strings.TrimPrefix(srv.URL, "http://"), asked
}

func TestPublic_Azure(t *testing.T) {
	for _, c := range []struct {
		name, access string
		status       int
		want         Publicity
		why          string
	}{
		{"container", "container", 200, Public, `"container"`},
		{"blob", "blob", 200, Public, `"blob"`},
		{"private", "", 200, NotPublic, "public access is off"},
		{"forbidden", "", 403, PublicUnknown, "container properties"},
	} {
		t.Run(c.name, func(t *testing.T) {
			domain, asked := azureContainerServer(t, "callveiltest", "safe", c.access, c.status)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			l, err := Open(ctx, "azblob://safe/out/?localemu=true&protocol=http&domain="+domain, false)
			require.NoError(t, err)
			defer l.Close()
			got, why := l.Public(ctx)
			assert.Equal(t, c.want, got, why)
			assert.Contains(t, why, c.why)
			assert.Positive(t, asked.Load(), "the check asked the server for the container's properties")
		})
	}
}
