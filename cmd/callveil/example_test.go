package main

import (
	"context"
	"fmt"
	"os"
)

// Scanning a transcript lists each finding's type, time, channel,
// recognizer and score; the words themselves are not printed.
func Example_scan() {
	run(context.Background(), []string{"scan", "--entities", "CARD,EMAIL", "../../testdata/calls/call1.json"}, os.Stdout, os.Stderr)
	// Output:
	// TYPE   START   END     CHANNEL  RECOGNIZER  SCORE
	// CARD   19.420  25.240  0        card        0.97
	// EMAIL  28.060  31.040  0        email       0.99
}

// With --shard K/N a machine takes the recordings whose stable hash of
// relative path is K modulo N, and writes its own manifest.
func Example_shard() {
	s, _ := parseShard("1/4")
	fmt.Println(s.manifestName())
	for _, rel := range []string{"2025/09/a.wav", "2025/09/b.wav", "2025/09/c.wav"} {
		fmt.Println(rel, shardOf(rel, 4), s.takes(rel))
	}
	// Output:
	// manifest-1-of-4.jsonl
	// 2025/09/a.wav 0 false
	// 2025/09/b.wav 1 true
	// 2025/09/c.wav 2 false
}
