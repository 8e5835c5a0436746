//go:build !race

package anonymize_test

const raceEnabled = false
