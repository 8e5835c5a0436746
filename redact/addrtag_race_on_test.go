//go:build race

package redact

// addrRaceEnabled says the race detector is on: the address tagger's
// trainer then takes too long for CI.
const addrRaceEnabled = true
