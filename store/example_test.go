package store_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/callveil/callveil/store"
)

// A location is opened by URL; s3://, gs:// and azblob:// work the same way
// with credentials from each cloud's standard chain. mem:// is a bucket in
// memory.
func ExampleOpen() {
	ctx := context.Background()
	loc, err := store.Open(ctx, "mem://calls/2025/", false)
	if err != nil {
		panic(err)
	}
	defer loc.Close()
	for _, name := range []string{"b.wav", "a.wav", "sub/c.wav"} {
		if err := loc.WriteObject(ctx, name, "audio/wav", strings.NewReader("RIFF")); err != nil {
			panic(err)
		}
	}
	err = loc.List(ctx, func(page []store.Object) error {
		for _, o := range page {
			fmt.Println(loc, o.Name, o.Size)
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// mem://calls/2025/ a.wav 4
	// mem://calls/2025/ b.wav 4
	// mem://calls/2025/ sub/c.wav 4
}
