package main

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want shard
		ok   bool
	}{
		{"0/1", shard{0, 1}, true},
		{"3/8", shard{3, 8}, true},
		{" 1 / 2 ", shard{1, 2}, true},
		{"2/2", shard{}, false},
		{"-1/2", shard{}, false},
		{"0/0", shard{}, false},
		{"1", shard{}, false},
		{"a/b", shard{}, false},
		{"", shard{}, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parseShard(tc.in)
			if !tc.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestShard_EveryRecordingInExactlyOneShard(t *testing.T) {
	for _, n := range []int{1, 2, 3, 8} {
		counts := make([]int, n)
		const total = 4000
		for i := range total {
			rel := fmt.Sprintf("2025/09/%02d/call-%05d.wav", i%30, i)
			owners := 0
			for k := range n {
				if (shard{K: k, N: n}).takes(rel) {
					owners++
					counts[k]++
				}
			}
			require.Equal(t, 1, owners, "%s in %d shards of %d", rel, owners, n)
		}
		for k, c := range counts {
			// Even within ±20 %: a poor hash would pile work on one machine.
			assert.InDelta(t, total/n, c, 0.2*total/float64(n), "shard %d/%d", k, n)
		}
	}
}

func TestShard_StableAcrossVersions(t *testing.T) {
	// Pinned values: machines running different callveil versions must
	// agree on the split. FNV-1a 64 of the slash path, modulo N.
	assert.Equal(t, uint64(0xaf63dc4c8601ec8c), fnv64a("a"), "FNV-1a 64 reference value")
	rel := "calls/2025-09-12_+15551234567.wav"
	assert.Equal(t, int(fnv64a(rel)%7), shardOf(rel, 7))
}

func TestShard_ManifestName(t *testing.T) {
	assert.Equal(t, "manifest.jsonl", shard{}.manifestName())
	assert.Equal(t, "manifest-3-of-8.jsonl", shard{3, 8}.manifestName())
}

// fnv64a is an independent FNV-1a 64 for the test.
func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
