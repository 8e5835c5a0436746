package audio_test

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// mp3CorpusEntry is one line of testdata/mp3corpus/corpus.tsv: a file, its
// sample rate and channel count, and how it was encoded.
type mp3CorpusEntry struct {
	name     string
	rate     int
	channels int
	how      string
}

func readMP3Corpus(t testing.TB) []mp3CorpusEntry {
	t.Helper()
	f, err := os.Open("testdata/mp3corpus/corpus.tsv")
	require.NoError(t, err)
	defer f.Close()
	var out []mp3CorpusEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		require.Len(t, fields, 4, "corpus.tsv line %q", sc.Text())
		rate, err := strconv.Atoi(fields[1])
		require.NoError(t, err)
		ch, err := strconv.Atoi(fields[2])
		require.NoError(t, err)
		out = append(out, mp3CorpusEntry{fields[0], rate, ch, fields[3]})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, out)
	return out
}

// readS24 reads interleaved signed 24-bit little-endian PCM as planar
// float32 (scaled by 2^-23, as ffmpeg scales it).
func readS24(t testing.TB, path string, channels int) [][]float32 {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Zero(t, len(b)%(3*channels), "%s: whole frames", path)
	n := len(b) / 3 / channels
	out := make([][]float32, channels)
	for c := range out {
		out[c] = make([]float32, n)
	}
	for i := 0; i < n; i++ {
		for c := 0; c < channels; c++ {
			p := b[3*(i*channels+c):]
			v := int32(uint32(p[0])<<8|uint32(p[1])<<16|uint32(p[2])<<24) >> 8
			out[c][i] = float32(v) / (1 << 23)
		}
	}
	return out
}

// errorDB is the energy of got − want relative to the energy of want, in dB.
func errorDB(got, want [][]float32) float64 {
	var e, s float64
	for c := range want {
		for i, w := range want[c] {
			d := float64(got[c][i]) - float64(w)
			e += d * d
			s += float64(w) * float64(w)
		}
	}
	if e == 0 {
		return math.Inf(-1)
	}
	return 10 * math.Log10(e/s)
}

// TestOpen_MP3CorpusMatchesFFmpeg decodes every file of the corpus (every
// Layer III sample rate, mono, stereo and joint stereo, CBR and VBR, LAME
// and ffmpeg encodes, with and without a LAME tag; see
// testdata/mp3corpus/make.sh) and compares it with ffmpeg's decode of the
// same file: the same number of samples (so the gapless trim and the
// filterbank delay agree), and the difference at least 90 dB below the
// signal. The two 24 kHz files are held to their length only: ffmpeg 5.1,
// which made the references, puts a 24 kHz band edge at line 330 where
// ISO/IEC 13818-3 and LAME have 332 (see TestFFmpeg51_24kHzLongBandEdge in
// audio/internal/mp3, which shows the mono file matching within -116 dB
// once decoded with ffmpeg's edge).
//
// For those two files TestOpen_MP3Corpus24kHzMatchesLAME compares with an
// independent decoder instead.
func TestOpen_MP3CorpusMatchesFFmpeg(t *testing.T) {
	t.Parallel()
	for _, e := range readMP3Corpus(t) {
		t.Run(e.name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join("testdata/mp3corpus", e.name+".mp3"))
			require.NoError(t, err)
			want := readS24(t, filepath.Join("testdata/mp3corpus", e.name+".s24"), e.channels)
			s, err := audio.Open(bytes.NewReader(data))
			require.NoError(t, err)
			f := s.Format()
			assert.Equal(t, e.rate, f.SampleRate)
			version := map[bool]string{true: "MPEG-2", false: "MPEG-1"}[e.rate < 32000]
			if e.rate < 16000 {
				version = "MPEG-2.5"
			}
			assert.Equal(t, version+" Layer III", f.Codec)
			require.Equal(t, e.channels, f.Channels)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			require.Len(t, got[0], len(want[0]), "the same length as ffmpeg's decode (%s)", e.how)
			assert.Equal(t, f.Frames, int64(len(got[0])), "Format.Frames")
			db := errorDB(got, want)
			t.Logf("%s (%s): %d frames, error %.1f dB relative to the signal", e.name, e.how, len(got[0]), db)
			if e.rate == 24000 {
				return // ffmpeg 5.1's 24 kHz band table differs from the standard's
			}
			assert.Less(t, db, -90.0, "difference from ffmpeg's decode")
		})
	}
}

// TestOpen_MP3Corpus24kHzMatchesLAME holds the two 24 kHz files, which
// ffmpeg 5.1 decodes off the standard, to a second, independent reference:
// LAME's own decoder (mpglib, `lame --decode`, 16-bit). Against it the
// decode is at the 16-bit reference's rounding floor (about -83 dB for
// both files, as for every other corpus file checked the same way), while
// ffmpeg 5.1's decode of the stereo file is 2.9 dB off in its right
// channel; so that difference is ffmpeg's.
func TestOpen_MP3Corpus24kHzMatchesLAME(t *testing.T) {
	for _, e := range []struct {
		name     string
		channels int
	}{{"m24k_96k_stereo", 2}, {"m24k_vbr_mono", 1}} {
		t.Run(e.name, func(t *testing.T) {
			want := readS16(t, filepath.Join("testdata/mp3corpus", e.name+".lame.s16"), e.channels)
			s, err := audio.OpenFile(filepath.Join("testdata/mp3corpus", e.name+".mp3"))
			require.NoError(t, err)
			defer s.Close()
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			require.Len(t, got[0], len(want[0]), "the same length as LAME's decode")
			db := errorDB(got, want)
			t.Logf("%s: error %.1f dB relative to the signal", e.name, db)
			assert.Less(t, db, -80.0, "difference from LAME's decode (a 16-bit reference: its rounding alone is about -82 dB)")
		})
	}
}

// readS16 reads interleaved signed 16-bit little-endian PCM as planar
// float32.
func readS16(t testing.TB, path string, channels int) [][]float32 {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Zero(t, len(b)%(2*channels), "%s: whole frames", path)
	n := len(b) / 2 / channels
	out := make([][]float32, channels)
	for c := range out {
		out[c] = make([]float32, n)
	}
	for i := 0; i < n; i++ {
		for c := 0; c < channels; c++ {
			out[c][i] = float32(int16(uint16(b[2*(i*channels+c)])|uint16(b[2*(i*channels+c)+1])<<8)) / (1 << 15)
		}
	}
	return out
}
