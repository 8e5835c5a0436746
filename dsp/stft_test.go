package dsp_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

func TestSTFT_RoundTripReconstructsInput(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		rate, size, hop, n int
	}{
		{8000, 0, 0, 8000},
		{16000, 0, 0, 16000},
		{8000, 256, 128, 5001},
		{8000, 64, 16, 999},
		{44100, 0, 0, 20000},
		{8000, 0, 0, 10},
	} {
		t.Run(fmt.Sprintf("rate=%d,size=%d,hop=%d,n=%d", tc.rate, tc.size, tc.hop, tc.n), func(t *testing.T) {
			t.Parallel()
			x := dsptest.Speech(tc.rate, tc.n, 1)
			y := dsptest.Noise(tc.n, 0.5, 2)
			s, err := dsp.NewSTFT(audio.NewSliceStream(tc.rate, [][]float32{x, y}), nil, dsp.STFTOptions{FrameSize: tc.size, Hop: tc.hop})
			require.NoError(t, err)
			got, err := dsptest.ReadBlocks(s, 1000)
			require.NoError(t, err)
			require.Len(t, got[0], tc.n)
			require.Len(t, got[1], tc.n)
			s0, s1 := dsptest.SNR(x, got[0], 0, tc.n), dsptest.SNR(y, got[1], 0, tc.n)
			t.Logf("round-trip SNR %.1f dB (speech), %.1f dB (noise)", s0, s1)
			assert.GreaterOrEqual(t, s0, 90.0)
			assert.GreaterOrEqual(t, s1, 90.0)
		})
	}
}

func TestSTFT_DefaultFrameSizes(t *testing.T) {
	t.Parallel()
	for rate, want := range map[int]int{8000: 256, 16000: 512, 44100: 1024, 48000: 1024, 11025: 256, 100: 16} {
		assert.Equal(t, want, dsp.DefaultFrameSize(rate), "rate %d", rate)
	}
}

func TestSTFT_RejectsBadOptions(t *testing.T) {
	t.Parallel()
	src := audio.NewSliceStream(8000, [][]float32{make([]float32, 10)})
	for _, opt := range []dsp.STFTOptions{{FrameSize: 100}, {FrameSize: 256, Hop: 200}, {FrameSize: 256, Hop: 256}, {FrameSize: 8}} {
		_, err := dsp.NewSTFT(src, nil, opt)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "%+v", opt)
	}
}
