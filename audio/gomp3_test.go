package audio_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"testing"

	mp3 "github.com/hajimehoshi/go-mp3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// go-mp3 (v0.3.4) is kept as an independent reference decoder, the way
// go-audio/wav is for WAV: it decodes MPEG-1 and unpadded MPEG-2, always
// to 16-bit stereo, and knows nothing of gapless trimming.

// decodeGoMP3 decodes file with go-mp3 into planar float32 (the left
// channel only for mono sources, whose two go-mp3 channels are equal).
func decodeGoMP3(t testing.TB, file []byte, channels int) [][]float32 {
	t.Helper()
	d, err := mp3.NewDecoder(bytes.NewReader(file))
	require.NoError(t, err)
	pcm, err := io.ReadAll(d)
	require.NoError(t, err)
	n := len(pcm) / 4
	out := audio.NewBlock(channels, n)
	for i := 0; i < n; i++ {
		for c := 0; c < channels; c++ {
			out[c][i] = float32(int16(binary.LittleEndian.Uint16(pcm[4*i+2*c:]))) / 32768
		}
	}
	return out
}

// TestOpen_MP3AgreesWithGoMP3 decodes the corpus files go-mp3 can decode
// (MPEG-1, and MPEG-2 at 16 and 24 kHz, whose frames are never padded)
// and compares with go-mp3, whose 16-bit output and own rounding put its
// floor near -77 dB. Two MPEG-1 joint stereo files are left out: there
// go-mp3 departs from both ffmpeg and this package (by -35 and -49 dB on
// m32k_96k_joint and m44k_128k_joint, which match ffmpeg within -116 dB).
func TestOpen_MP3AgreesWithGoMP3(t *testing.T) {
	t.Parallel()
	for _, e := range readMP3Corpus(t) {
		if e.rate < 16000 || e.rate == 22050 || e.name == "m32k_96k_joint" || e.name == "m44k_128k_joint" {
			continue
		}
		t.Run(e.name, func(t *testing.T) {
			t.Parallel()
			file := readFixture(t, "mp3corpus/"+e.name+".mp3")
			ref := decodeGoMP3(t, file, e.channels)
			s, err := audio.Open(bytes.NewReader(file))
			require.NoError(t, err)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			// A tagged file is trimmed by delay + 529 at the start and
			// go-mp3 decodes the tag frame as a silent frame: take the
			// offset where the two line up best.
			best := math.Inf(1)
			for _, off := range candidateOffsets {
				if off+len(got[0]) > len(ref[0]) {
					continue
				}
				var e2, s2 float64
				for c := range got {
					for i, v := range got[c] {
						d := float64(v) - float64(ref[c][off+i])
						e2 += d * d
						s2 += float64(v) * float64(v)
					}
				}
				best = min(best, 10*math.Log10(e2/s2))
			}
			t.Logf("%s: %.1f dB from go-mp3", e.name, best)
			assert.Less(t, best, -70.0)
		})
	}
}

// candidateOffsets are where a decode that keeps every sample (go-mp3's,
// or this package's frames without trim) may line up with the trimmed one:
// nothing, LAME's delay (576) plus the decoder's (529), and that after a
// tag frame of 576 or 1152 samples.
var candidateOffsets = []int{0, 1105, 1105 + 576, 1105 + 1152}

// BenchmarkDecodeGoMP3 decodes the same 11 s of 44.1 kHz stereo as
// BenchmarkDecode/mp3-44k-stereo with go-mp3 alone (16-bit output, no
// conversion to float), for comparison.
func BenchmarkDecodeGoMP3(b *testing.B) {
	file := bytes.Repeat(readFixture(b, "stereo44k_mpeg1.mp3"), 20)
	buf := make([]byte, 4*audio.DefaultBlockFrames)
	var frames int64
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		d, err := mp3.NewDecoder(bytes.NewReader(file))
		if err != nil {
			b.Fatal(err)
		}
		for {
			n, err := d.Read(buf)
			frames += int64(n / 4)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := processCPU() - cpu0
	seconds := float64(frames) / 44100
	b.ReportMetric(seconds/b.Elapsed().Seconds(), "x-realtime")
	if cpu > 0 {
		b.ReportMetric(seconds/cpu.Seconds(), "x-realtime-cpu")
	}
}
