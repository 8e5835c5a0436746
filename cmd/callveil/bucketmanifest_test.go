package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// TestBucketManifest_KeptLinesAndOverflow: a fresh run writes its manifest
// from the lines it kept, and one whose lines outgrow heldLimit reads its
// parts back instead; both give every line once, in order, and leave no
// part behind.
func TestBucketManifest_KeptLinesAndOverflow(t *testing.T) {
	for _, limit := range []int{8 << 20, 150} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			defer func(old int) { heldLimit = old }(heldLimit)
			heldLimit = limit
			ctx := context.Background()
			l, err := store.Open(ctx, "mem://out/", false)
			require.NoError(t, err)
			defer l.Close()
			m, err := openBucketManifest(ctx, l, "manifest.jsonl", false)
			require.NoError(t, err)
			for i := range 5 {
				require.NoError(t, m.write(manifestLine{ID: fmt.Sprintf("id%d", i), Status: statusOK}))
			}
			if limit < 1000 {
				assert.Negative(t, m.held, "the lines no longer fit")
			} else {
				assert.Len(t, m.lines, 5)
			}
			require.NoError(t, m.Close())
			r, err := l.Open(ctx, "manifest.jsonl")
			require.NoError(t, err)
			data, err := io.ReadAll(r)
			r.Close()
			require.NoError(t, err)
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			require.Len(t, lines, 5)
			for i, line := range lines {
				assert.Contains(t, line, fmt.Sprintf(`"id":"id%d"`, i))
			}
			parts, err := listParts(ctx, l, "manifest.jsonl")
			require.NoError(t, err)
			assert.Empty(t, parts)
		})
	}
}
