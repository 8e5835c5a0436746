package anonymize_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
)

// truthFile is the ground truth the testdata generator writes beside each
// example call (see testdata/calls/README.md).
type truthFile struct {
	Recording  string `json:"recording"`
	Transcript string `json:"transcript"`
	Entities   []struct {
		Type    string  `json:"type"`
		Start   float64 `json:"start"`
		End     float64 `json:"end"`
		Channel int     `json:"channel"`
	} `json:"entities"`
}

// TestProcess_BleepsEverySpokenPIIInTheExampleCalls is the end-to-end
// guarantee on real files: every PII entity spoken in the example calls
// (by the generator's ground truth, exact to the sample) lies inside a
// bleeped span on its channel.
func TestProcess_BleepsEverySpokenPIIInTheExampleCalls(t *testing.T) {
	t.Parallel()
	paths, err := filepath.Glob(filepath.Join(calls, "*.truth.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".truth.json")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			var truth truthFile
			require.NoError(t, json.Unmarshal(b, &truth))
			res, _ := process(t, anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoiceOff}, name, filepath.Ext(truth.Transcript))
			for i, e := range truth.Entities {
				start := time.Duration(e.Start * float64(time.Second))
				end := time.Duration(e.End * float64(time.Second))
				covered := false
				for _, sp := range res.Spans {
					if (sp.Channel == -1 || sp.Channel == e.Channel) && sp.Start <= start && sp.End >= end {
						covered = true
					}
				}
				// The entity's text is not printed: only its type and place.
				assert.True(t, covered, "%s entity %d (%s, channel %d, %.2f–%.2f s) is not inside a bleeped span", name, i, e.Type, e.Channel, e.Start, e.End)
			}
		})
	}
}
