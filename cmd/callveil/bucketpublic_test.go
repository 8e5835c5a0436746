package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The public-output refusal for gs:// and azblob:// outputs, through the
// real drivers, against loopback servers that answer the one call each
// check makes as the services document it (GCS buckets.getIamPolicy JSON,
// Azure Get Container Properties' x-ms-blob-public-access header); the
// store package tests the decision's other answers. The check runs before
// anything is written, so these servers need no upload.

// publicGCS serves bucket "safe"'s IAM policy, with allUsers bound to
// objectViewer when public.
func publicGCS(t *testing.T, public bool) *atomic.Int64 {
	var asked atomic.Int64
	member := "serviceAccount:callveil@p.iam.gserviceaccount.com"
	if public {
		member = "allUsers"
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.URL.Path != "/storage/v1/b/safe/iam" {
			http.NotFound(w, r)
			return
		}
		asked.Add(1)
		w.Header().Set("Content-Type", "application/json; charset=UTF-8")
		fmt.Fprintf(w, `{"kind":"storage#policy","resourceId":"projects/_/buckets/safe","version":1,"etag":"CAE=","bindings":[`+
			`{"role":"roles/storage.legacyBucketOwner","members":["projectOwner:p"]},{"role":"roles/storage.objectViewer","members":[%q]}]}`, member)
	}))
	t.Cleanup(srv.Close)
	t.Setenv("STORAGE_EMULATOR_HOST", strings.TrimPrefix(srv.URL, "http://"))
	return &asked
}

// publicAzure serves container "safe"'s properties in account
// azuriteAccount (the account the Azure tests share), with public
// access "container" when public, and returns
// the azblob:// output URL for it.
func publicAzure(t *testing.T, public bool) (string, *atomic.Int64) {
	var asked atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.URL.Path != "/"+azuriteAccount+"/safe" || r.URL.Query().Get("restype") != "container" {
			http.NotFound(w, r)
			return
		}
		asked.Add(1)
		w.Header().Set("ETag", `"0x8DCC0FFEE000000"`)
		w.Header().Set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT")
		w.Header().Set("x-ms-version", "2025-01-05")
		if public {
			w.Header().Set("x-ms-blob-public-access", "container")
		}
	}))
	t.Cleanup(srv.Close)
	t.Setenv("AZURE_STORAGE_ACCOUNT", azuriteAccount)
	t.Setenv("AZURE_STORAGE_KEY", azuriteKey)
	for _, k := range []string{"AZURE_STORAGE_SAS_TOKEN", "AZURE_STORAGE_CONNECTION_STRING", "AZURE_STORAGEBLOB_CONNECTIONSTRING", "AZURE_STORAGE_DOMAIN", "AZURE_STORAGE_PROTOCOL", "AZURE_STORAGE_IS_LOCAL_EMULATOR"} {
		t.Setenv(k, "")
	}
	return "azblob://safe/out/?localemu=true&protocol=http&domain=" + strings.TrimPrefix(srv.URL, "http://"), &asked
}

func TestBucket_PublicGCSAndAzureOutputs(t *testing.T) {
	in := t.TempDir()
	key := writeKey(t)
	for _, provider := range []string{"gs", "azblob"} {
		for _, public := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/public=%v", provider, public), func(t *testing.T) {
				out := "gs://safe/out/"
				var asked *atomic.Int64
				if provider == "gs" {
					asked = publicGCS(t, public)
				} else {
					out, asked = publicAzure(t, public)
				}
				ctx := context.Background()
				if public {
					// The command refuses before it writes anything.
					code, stderr := runS3(ctx, "--key-file", key, in, "-o", out)
					assert.Equal(t, exitUsage, code, stderr)
					assert.Contains(t, stderr, "publicly readable")
				}
				// Opening the run: refused when public, unless allowed
				// (then with a warning); a private output opens quietly.
				for _, allow := range []bool{false, true} {
					var warned []string
					r, err := openBucketRun(ctx, anonymizeConfig{inputs: []string{in}, outdir: out, allowPublicOutput: allow, tempDir: t.TempDir()},
						func(msg string, args ...any) { warned = append(warned, msg) })
					switch {
					case public && !allow:
						require.Error(t, err)
						assert.Contains(t, err.Error(), "publicly readable")
					case public:
						require.NoError(t, err)
						r.Close()
						assert.Equal(t, []string{"writing to a publicly readable output, as --allow-public-output asked"}, warned)
					default:
						require.NoError(t, err)
						r.Close()
						assert.Empty(t, warned, "a private output is neither refused nor warned about")
					}
				}
				assert.Positive(t, asked.Load(), "the provider was asked")
			})
		}
	}
}

// checkPublicOutputRefused runs the CLI from calls/in/ to a safe/out/
// that setPublic has made publicly readable: refused before anything is
// written, with why (the server's own word for public access) on stderr,
// and written to only with --allow-public-output (with a warning). The
// GCS and Azure tests share it; the S3 test answers the policy-status
// call itself and checks its own way.
func checkPublicOutputRefused(t *testing.T, tr *bucketTree, setPublic func(), why string) {
	t.Helper()
	f := tr.srv
	setPublic()
	ctx := context.Background()
	code, stderr := runS3(ctx, "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "publicly readable")
	assert.Contains(t, stderr, why)
	assert.Empty(t, f.keys(t, "safe", "out/"), "nothing written")

	code, stderr = runS3(ctx, "--allow-public-output", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	assert.Equal(t, exitFail, code, stderr)
	assert.Contains(t, stderr, "publicly readable output")
	assert.Contains(t, f.keys(t, "safe", "out/"), "manifest.jsonl")
}
