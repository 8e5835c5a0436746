//go:build !race

package eval_test

// raceEnabled shortens the slow measurements under the race detector.
const raceEnabled = false
