//go:build !callveil_noazure

package store

// The azblob:// scheme: gocloud's azureblob driver and the Azure SDK
// behind it. Building with -tags callveil_noazure leaves them out;
// azblob:// URLs are then refused.

import (
	"context"
	"fmt"
	"net/url"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/container"
	"gocloud.dev/blob"
	"gocloud.dev/blob/azureblob"
)

func init() {
	publicChecks["azblob"] = azurePublic
	bucketOpeners["azblob"] = openAzure
}

// openAzure opens the azblob:// bucket URL u with the Azure environment
// (AZURE_STORAGE_ACCOUNT, _KEY, _SAS_TOKEN, _CONNECTION_STRING, _DOMAIN,
// ...) as it is now, as azureblob's own opener would, but at each open:
// that opener reads the environment on the process's first azblob:// URL
// and keeps it, so a later location with another account, or a rotated
// key or SAS, went to the first one's account. Query parameters override
// the environment as they do there.
func openAzure(ctx context.Context, u *url.URL) (*blob.Bucket, error) {
	o := &azureblob.URLOpener{MakeClient: azureblob.NewDefaultClient, ServiceURLOptions: *azureblob.NewDefaultServiceURLOptions()}
	return o.OpenBucketURL(ctx, u)
}

// azurePublic reads the container's public access level.
func azurePublic(ctx context.Context, l *Location) (Publicity, string) {
	var c *container.Client
	if !l.Bucket.As(&c) {
		return PublicUnknown, "no Azure container client"
	}
	props, err := c.GetProperties(ctx, nil)
	if err != nil {
		return PublicUnknown, "container properties: " + err.Error()
	}
	if props.BlobPublicAccess != nil && *props.BlobPublicAccess != "" {
		return Public, fmt.Sprintf("container public access level is %q", *props.BlobPublicAccess)
	}
	return NotPublic, "container public access is off"
}
