//go:build !callveil_noazure

package store

import (
	"context"
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
