package racedetect_test

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/internal/racedetect"
)

// Enabled agrees with the build settings the go command records in the
// binary ("-race true" when built with -race).
func TestEnabled_MatchesTheBuildSettings(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	require.True(t, ok, "no build info in the test binary")
	race := false
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			race = s.Value == "true"
		}
	}
	assert.Equal(t, race, racedetect.Enabled)
}
