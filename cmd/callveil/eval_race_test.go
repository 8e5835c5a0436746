//go:build race

package main

// evalRaceEnabled lightens the eval command tests under the race detector,
// which makes masking about ten times slower.
const evalRaceEnabled = true
