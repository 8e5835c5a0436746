package store_test

import (
	"context"
	"fmt"
	"strings"

	"gocloud.dev/blob/memblob"

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

// A bucket the caller opened (here an in-memory one; any *blob.Bucket of
// gocloud.dev works, with a client configured however the caller likes)
// becomes a Location with At; the caller keeps closing the bucket.
func ExampleAt() {
	ctx := context.Background()
	b := memblob.OpenBucket(nil)
	defer b.Close()
	loc := store.At(b, "mem", "mine", "calls/")
	if err := loc.WriteObject(ctx, "x.wav", "audio/wav", strings.NewReader("RIFF")); err != nil {
		panic(err)
	}
	a, err := loc.Stat(ctx, "x.wav")
	if err != nil {
		panic(err)
	}
	fmt.Println(loc.Key("x.wav"), a.Size, a.ContentType)
	// Output:
	// calls/x.wav 4 audio/wav
}

// An Opener opens the locations of one run: S3 locations with the same
// query parameters share one client (one credential resolution, one
// connection pool), as callveil's input and output do. Contains tells an
// output that lies inside an input, which callveil refuses.
func ExampleOpener() {
	ctx := context.Background()
	var op store.Opener
	for _, out := range []string{"mem://calls/safe/", "mem://calls/in/safe/"} {
		in, err := op.Open(ctx, "mem://calls/in/", false)
		if err != nil {
			panic(err)
		}
		o, err := op.Open(ctx, out, false)
		if err != nil {
			panic(err)
		}
		fmt.Println(o, "inside", in, in.Contains(o))
		o.Close()
		in.Close()
	}
	// Output:
	// mem://calls/safe/ inside mem://calls/in/ false
	// mem://calls/in/safe/ inside mem://calls/in/ true
}
