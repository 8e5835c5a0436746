package mp3

import (
	"encoding/binary"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeFile decodes every frame of an MP3 file (no ID3 tag) into planar
// samples, the Xing/Info frame included (it decodes as near silence).
func decodeFile(t testing.TB, data []byte) [][]float32 {
	t.Helper()
	d := New()
	var out [2][1152]float32
	var res [][]float32
	for pos := 0; pos+4 <= len(data); {
		h := Header(binary.BigEndian.Uint32(data[pos:]))
		require.True(t, h.Valid(), "frame header at byte %d", pos)
		n := h.FrameLen()
		if pos+n > len(data) {
			break
		}
		h, err := d.Decode(data[pos:pos+n], &out)
		require.NoError(t, err, "frame at byte %d", pos)
		if res == nil {
			res = make([][]float32, h.Channels())
		}
		for c := range res {
			res[c] = append(res[c], out[c][:h.SamplesPerFrame()]...)
		}
		pos += n
	}
	return res
}

// readS24 reads interleaved signed 24-bit little-endian PCM as planar
// float32.
func readS24(t testing.TB, path string, channels int) [][]float32 {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	n := len(b) / 3 / channels
	out := make([][]float32, channels)
	for c := range out {
		out[c] = make([]float32, n)
		for i := range out[c] {
			p := b[3*(i*channels+c):]
			out[c][i] = float32(int32(uint32(p[0])<<8|uint32(p[1])<<16|uint32(p[2])<<24)>>8) / (1 << 23)
		}
	}
	return out
}

// bestErrorDB is the error of want against got at the offset into got
// where it is smallest (the gapless trim: LAME's 576 + the decoder's 529,
// after the tag frame), in dB relative to want.
func bestErrorDB(got, want [][]float32) float64 {
	best := math.Inf(1)
	for _, off := range []int{0, 1105, 1105 + 576, 1105 + 1152} {
		if off+len(want[0]) > len(got[0]) {
			continue
		}
		var e, s float64
		for c := range want {
			for i, w := range want[c] {
				d := float64(got[c][off+i]) - float64(w)
				e += d * d
				s += float64(w) * float64(w)
			}
		}
		best = min(best, 10*math.Log10(e/s))
	}
	return best
}

// TestFFmpeg51_24kHzLongBandEdge documents why the two 24 kHz files of the
// corpus differ from the committed ffmpeg decode. ISO/IEC 13818-3 Table B.2
// puts the 19th long scalefactor band edge at 24 kHz at line 332, and LAME
// encodes with 332; ffmpeg 5.1 (the reference the corpus was made with)
// has 330 there (band widths ...52, 64... instead of ...54, 62...; later
// FFmpeg has 332). Decoded with 330, the files match ffmpeg 5.1 within
// -90 dB (the mono file: -116.6 dB); with the standard's 332 they do not
// (-24.9 and -4.5 dB), in the frames where that band carries energy. This
// decoder keeps the standard's edge. The stereo file keeps one more
// difference with 330: one granule of its right channel (the second audio
// frame, a start block whose big_values reach line 536) differs at -35 dB;
// not yet explained.
//
// Not parallel: it changes longBands for its duration.
func TestFFmpeg51_24kHzLongBandEdge(t *testing.T) {
	files := []struct {
		name     string
		channels int
	}{{"m24k_vbr_mono", 1}, {"m24k_96k_stereo", 2}}
	dir := "../../testdata/mp3corpus/"
	require.Equal(t, int16(332), longBands[4][18], "the standard's edge")
	for _, f := range files {
		data, err := os.ReadFile(dir + f.name + ".mp3")
		require.NoError(t, err)
		want := readS24(t, dir+f.name+".s24", f.channels)
		spec := bestErrorDB(decodeFile(t, data), want)

		longBands[4][18] = 330
		ffmpeg51 := bestErrorDB(decodeFile(t, data), want)
		longBands[4][18] = 332

		t.Logf("%s: against ffmpeg 5.1, %.1f dB with the standard's band edge, %.1f dB with ffmpeg 5.1's", f.name, spec, ffmpeg51)
		if f.channels == 1 {
			assert.Less(t, ffmpeg51, -90.0, "%s: the band edge is the only difference", f.name)
		} else {
			assert.Less(t, ffmpeg51, -30.0, "%s: the band edge is the main difference", f.name)
		}
		assert.Greater(t, spec, -60.0, "%s: the edge matters on this file", f.name)
	}
}
