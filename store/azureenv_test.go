//go:build !callveil_noazure

package store

import (
	"context"
	"encoding/base64"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each azblob:// open reads the Azure environment as it is then, as the
// other schemes' opens do: gocloud's own opener for the scheme read it on
// the process's first azblob:// URL and kept it, so a later location with
// another account (or a rotated key or SAS) went to the first account.
func TestOpen_AzureReadsTheEnvironmentAtEachOpen(t *testing.T) {
	for _, account := range []string{"callveilfirst", "callveilsecond"} {
		domain, asked := azureContainerServer(t, account, "safe", "", 200)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		var op Opener
		for _, open := range []func(context.Context, string, bool) (*Location, error){Open, op.Open} {
			l, err := open(ctx, "azblob://safe/out/?localemu=true&protocol=http&domain="+domain, false)
			require.NoError(t, err)
			got, why := l.Public(ctx)
			assert.Equal(t, NotPublic, got, "%s: %s", account, why)
			require.NoError(t, l.Close())
		}
		assert.Equal(t, int64(2), asked.Load(), "%s: both opens asked the account's server", account)
		cancel()
	}
}

// store opens azblob:// itself (openAzure), so it must read what
// gocloud's own opener for the scheme read: the query parameters domain,
// protocol, localemu, cdn and storage_account (an unknown one refused),
// and each credential path of the environment: a shared key, a SAS token,
// a connection string, and the domain, protocol and emulator settings.
func TestOpen_AzureReadsEveryParameterAndCredentialPath(t *testing.T) {
	open := func(t *testing.T, loc string) (*Location, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		t.Cleanup(cancel)
		return Open(ctx, loc, false)
	}
	public := func(t *testing.T, l *Location) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		got, why := l.Public(ctx)
		assert.Equal(t, NotPublic, got, why)
		require.NoError(t, l.Close())
	}
	t.Run("storage_account overrides the environment's account", func(t *testing.T) {
		domain, asked := azureContainerServer(t, "callveilquery", "safe", "", 200)
		t.Setenv("AZURE_STORAGE_ACCOUNT", "callveilenv")
		l, err := open(t, "azblob://safe/out/?localemu=true&protocol=http&storage_account=callveilquery&cdn=false&domain="+domain)
		require.NoError(t, err)
		public(t, l)
		assert.Equal(t, int64(1), asked.Load())
	})
	t.Run("an unknown parameter is refused", func(t *testing.T) {
		domain, _ := azureContainerServer(t, "callveilfirst", "safe", "", 200)
		_, err := open(t, "azblob://safe/out/?localemu=true&protocol=http&sas=abc&domain="+domain)
		require.ErrorIs(t, err, ErrURL)
		assert.Contains(t, err.Error(), `unknown query parameter "sas"`)
		assert.NotContains(t, err.Error(), "abc", "the query is not echoed")
	})
	t.Run("domain, protocol and emulator from the environment", func(t *testing.T) {
		domain, asked := azureContainerServer(t, "callveilenv", "safe", "", 200)
		t.Setenv("AZURE_STORAGE_DOMAIN", domain)
		t.Setenv("AZURE_STORAGE_PROTOCOL", "http")
		t.Setenv("AZURE_STORAGE_IS_LOCAL_EMULATOR", "true")
		l, err := open(t, "azblob://safe/out/")
		require.NoError(t, err)
		public(t, l)
		assert.Equal(t, int64(1), asked.Load())
	})
	t.Run("a SAS token and no key", func(t *testing.T) {
		domain, asked := azureContainerServer(t, "callveilsas", "safe", "", 200)
		t.Setenv("AZURE_STORAGE_KEY", "")
		t.Setenv("AZURE_STORAGE_SAS_TOKEN", "sv=2025-01-05&sp=r&sig=callveil-test-not-a-secret")
		l, err := open(t, "azblob://safe/out/?localemu=true&protocol=http&domain="+domain)
		require.NoError(t, err)
		public(t, l)
		assert.Equal(t, int64(1), asked.Load())
	})
	t.Run("a connection string", func(t *testing.T) {
		domain, asked := azureContainerServer(t, "callveilconn", "safe", "", 200)
		t.Setenv("AZURE_STORAGE_ACCOUNT", "")
		t.Setenv("AZURE_STORAGE_KEY", "")
		t.Setenv("AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=http;AccountName=callveilconn;AccountKey="+
			base64.StdEncoding.EncodeToString([]byte("callveil-test-key-not-a-secret"))+";BlobEndpoint=http://"+domain+"/callveilconn;")
		l, err := open(t, "azblob://safe/out/?localemu=true&domain="+domain)
		require.NoError(t, err)
		public(t, l)
		assert.Equal(t, int64(1), asked.Load())
	})
}
