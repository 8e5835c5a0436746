//go:build !callveil_nogcs

package store

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// captureStdout runs fn with os.Stdout redirected to a pipe and returns
// what was written there.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	saved := os.Stdout
	os.Stdout = w
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		done <- b
	}()
	func() {
		defer func() { os.Stdout = saved }()
		fn()
	}()
	w.Close()
	out := <-done
	r.Close()
	return string(out)
}

// gcsNoEmulator points the Application Default Credentials chain at the
// file creds (no gcloud folder, no emulator) for this test.
func gcsNoEmulator(t *testing.T, creds string) {
	t.Setenv("STORAGE_EMULATOR_HOST", "")
	t.Setenv("STORAGE_EMULATOR_HOST_GRPC", "")
	t.Setenv("GOOGLE_APPLICATION_CREDENTIALS", creds)
	t.Setenv("CLOUDSDK_CONFIG", t.TempDir())
	t.Setenv("HOME", t.TempDir())
}

// TestOpenGCS_NoCredentials: gs:// without credentials is a clear error
// (ErrNoCredentials, naming how to provide them), and nothing is printed
// to standard output, where gcsblob's own opener prints a warning.
func TestOpenGCS_NoCredentials(t *testing.T) {
	gcsNoEmulator(t, filepath.Join(t.TempDir(), "missing.json"))
	var err error
	out := captureStdout(t, func() {
		var l *Location
		l, err = new(Opener).Open(context.Background(), "gs://bucket/calls/", false)
		if err == nil {
			l.Close()
		}
	})
	assert.Empty(t, out, "nothing on stdout")
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrNoCredentials)
	assert.ErrorIs(t, err, ErrURL)
	assert.ErrorContains(t, err, "GOOGLE_APPLICATION_CREDENTIALS")
	assert.ErrorContains(t, err, "anonymous=true")
}

// TestOpenGCS_CredentialsOrAnonymous: with credentials from the chain, or
// with anonymous=true and none, gs:// opens (no request is made yet) and
// prints nothing.
func TestOpenGCS_CredentialsOrAnonymous(t *testing.T) {
	file := filepath.Join(t.TempDir(), "adc.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"type":"authorized_user","client_id":"id","client_secret":"secret","refresh_token":"token"}`), 0o600))
	for name, tc := range map[string]struct{ creds, url string }{
		"credentials":   {file, "gs://bucket/calls/"},
		"anonymous":     {filepath.Join(t.TempDir(), "missing.json"), "gs://bucket/calls/?anonymous=true"},
		"access_id -":   {filepath.Join(t.TempDir(), "missing.json"), "gs://bucket/calls/?access_id=-"},
		"bad anonymous": {file, "gs://bucket/calls/?anonymous=maybe"},
	} {
		t.Run(name, func(t *testing.T) {
			gcsNoEmulator(t, tc.creds)
			var err error
			var l *Location
			out := captureStdout(t, func() { l, err = Open(context.Background(), tc.url, false) })
			assert.Empty(t, out, "nothing on stdout")
			if name == "bad anonymous" {
				assert.ErrorIs(t, err, ErrURL)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "gs://bucket/calls/", l.String())
			l.Close()
		})
	}
}
