package dsp_test

import (
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// stuck is a source that returns no frames and no error, forever.
type stuck struct{}

func (stuck) Format() audio.Format {
	return audio.Format{SampleRate: 8000, Channels: 1, Frames: -1}
}
func (stuck) Read([][]float32) (int, error) { return 0, nil }

// TestStages_GiveUpOnASourceThatNeverProgresses checks that no stage with
// look-ahead spins forever on a broken source: each ends with an error
// wrapping io.ErrNoProgress.
func TestStages_GiveUpOnASourceThatNeverProgresses(t *testing.T) {
	t.Parallel()
	stages := map[string]func() (audio.Stream, error){
		"stft": func() (audio.Stream, error) {
			return dsp.NewSTFT(stuck{}, dsp.SpectralFunc(func(*dsp.SpectralFrame) {}), dsp.STFTOptions{})
		},
		"pitch":    func() (audio.Stream, error) { return dsp.NewPitchShift(stuck{}, dsp.PitchShiftOptions{Ratio: 1.2}) },
		"resample": func() (audio.Stream, error) { return dsp.NewResample(stuck{}, 16000, dsp.ResampleOptions{}) },
	}
	for name, mk := range stages {
		s, err := mk()
		require.NoError(t, err, name)
		block := audio.NewBlock(1, 256)
		var readErr error
		for range 10000 {
			if _, readErr = s.Read(block); readErr != nil {
				break
			}
		}
		assert.True(t, errors.Is(readErr, io.ErrNoProgress), "%s: got %v", name, readErr)
	}
}
