//go:build !race

package redact

const addrRaceEnabled = false
