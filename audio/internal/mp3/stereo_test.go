package mp3

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Intensity stereo cannot be checked against the corpus (LAME does not
// write it), so its arithmetic is checked here on a hand-made granule.
func TestStereo_IntensityPositionsAboveTheRightChannelsLastLine(t *testing.T) {
	t.Parallel()
	const ri = 0 // 44.1 kHz
	lb := &longBands[ri]
	band := func(x *[576]float32, b int) []float32 { return x[lb[b]:lb[b+1]] }
	t.Run("MPEG-1", func(t *testing.T) {
		t.Parallel()
		d := New()
		h := Header(0xFFFB9054) // MPEG-1 44.1 kHz, joint stereo, intensity on, M/S off
		for i := range d.xr[0] {
			d.xr[0][i] = 1
		}
		for i := 0; i < int(lb[5]); i++ {
			d.xr[1][i] = 0.5 // the right channel ends in band 4
		}
		d.sf[1][5], d.sf[1][6], d.sf[1][7], d.sf[1][8], d.sf[1][20] = 0, 6, 7, 3, 6
		g1 := granule{}
		d.stereo(h, &g1, ri)
		for b := 0; b < 5; b++ {
			assert.Equal(t, float32(1), band(&d.xr[0], b)[0], "band %d below the bound is left alone", b)
			assert.Equal(t, float32(0.5), band(&d.xr[1], b)[0], "band %d", b)
		}
		check := func(b int, l, r float32, what string) {
			for i, v := range band(&d.xr[0], b) {
				assert.InDelta(t, l, v, 1e-6, "band %d line %d left: %s", b, i, what)
			}
			for i, v := range band(&d.xr[1], b) {
				assert.InDelta(t, r, v, 1e-6, "band %d line %d right: %s", b, i, what)
			}
		}
		check(5, 0, 1, "is_pos 0: all right")
		check(6, 1, 0, "is_pos 6: all left")
		check(7, 1, 0, "is_pos 7 is illegal: left/right as coded")
		check(8, 0.5, 0.5, "is_pos 3: tan(π/4) = 1, equal halves")
		check(21, 1, 0, "band 21 takes band 20's position")
	})
	t.Run("MPEG-2", func(t *testing.T) {
		t.Parallel()
		const ri = 3 // 22.05 kHz
		lb := &longBands[ri]
		band := func(x *[576]float32, b int) []float32 { return x[lb[b]:lb[b+1]] }
		d := New()
		h := Header(0xFFF39054) // MPEG-2 22.05 kHz, joint stereo, intensity on
		for i := range d.xr[0] {
			d.xr[0][i] = 1
		}
		d.xr[1][0] = 0.25 // the right channel ends in band 0
		for b := range d.sfMax {
			d.sfMax[b] = 3 // 2-bit intensity positions
		}
		d.sf[1][1], d.sf[1][2], d.sf[1][3], d.sf[1][4] = 0, 1, 2, 3
		g1 := granule{sfCompress: 1} // intensity_scale 1: io = 2^-1/2
		d.stereo(h, &g1, ri)
		io := float32(1 / math.Sqrt2)
		check := func(b int, l, r float32, what string) {
			assert.InDelta(t, l, band(&d.xr[0], b)[0], 1e-6, "band %d left: %s", b, what)
			assert.InDelta(t, r, band(&d.xr[1], b)[0], 1e-6, "band %d right: %s", b, what)
		}
		check(1, 1, 1, "is_pos 0: both full")
		check(2, io, 1, "is_pos 1 (odd): left scaled by io")
		check(3, 1, io, "is_pos 2 (even): right scaled by io")
		check(4, 1, 0, "is_pos 3 = 2^slen - 1 is illegal: left/right as coded")
	})
}
