//go:build !callveil_noazure

package store

// The azblob:// scheme: gocloud's azureblob driver and the Azure SDK
// behind it. Building with -tags callveil_noazure leaves them out;
// azblob:// URLs are then refused.

import (
	"context"
	"fmt"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/container"
	_ "gocloud.dev/blob/azureblob"
)

func init() {
	publicChecks["azblob"] = azurePublic
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
