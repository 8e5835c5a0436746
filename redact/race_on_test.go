//go:build race

package redact_test

// raceEnabled says the race detector is on: it makes Find about ten times
// slower, so the linearity test uses shorter inputs under it.
const raceEnabled = true
