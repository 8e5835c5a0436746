package main

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// shard selects the part of a tree one machine processes: recordings whose
// stable hash of relative path is K modulo N. The zero value (N == 0) takes
// everything.
//
// The hash is FNV-1a (64 bit) of the slash-separated relative path. It is
// deliberately not keyed, so the split does not change with the key and
// any machine can compute it; it reveals nothing, since shard numbers are
// never written anywhere but the manifest's file name.
type shard struct {
	K, N int
}

// parseShard reads "K/N" with 0 <= K < N.
func parseShard(s string) (shard, error) {
	ks, ns, ok := strings.Cut(s, "/")
	if !ok {
		return shard{}, fmt.Errorf("--shard %q: want K/N, for example 0/4", s)
	}
	k, err1 := strconv.Atoi(strings.TrimSpace(ks))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	if err1 != nil || err2 != nil {
		return shard{}, fmt.Errorf("--shard %q: K and N must be whole numbers, for example 0/4", s)
	}
	if n < 1 || k < 0 || k >= n {
		return shard{}, fmt.Errorf("--shard %q: need 0 <= K < N", s)
	}
	return shard{K: k, N: n}, nil
}

// String gives "K/N", or "" for the zero value.
func (s shard) String() string {
	if s.N == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.K, s.N)
}

// takes reports whether the recording at relative path rel belongs to s.
func (s shard) takes(rel string) bool {
	if s.N <= 1 {
		return true
	}
	return shardOf(rel, s.N) == s.K
}

// shardOf is the shard, in [0, n), of the recording at relative path rel.
func shardOf(rel string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(rel))
	return int(h.Sum64() % uint64(n))
}

// manifestName is the manifest's file name in the output folder:
// "manifest.jsonl", or "manifest-K-of-N.jsonl" for a shard, so that
// machines sharing one output folder never write the same file.
func (s shard) manifestName() string {
	if s.N == 0 {
		return "manifest.jsonl"
	}
	return fmt.Sprintf("manifest-%d-of-%d.jsonl", s.K, s.N)
}
