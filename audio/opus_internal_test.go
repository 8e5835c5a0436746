package audio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpusFixtures_CoverEveryMode checks that the Ogg Opus fixtures hold
// what their names say: SILK-only, hybrid and CELT-only packets (the
// SILK stereo file starts with hybrid packets, so it covers the switch
// between the two).
func TestOpusFixtures_CoverEveryMode(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]map[string]int{
		"opus_silk_nb_8k.opus":      {"SILK NB": 26},
		"opus_silk_wb_16k.opus":     {"SILK WB 40 ms": 13},
		"opus_silk_wb_stereo.opus":  {"hybrid FB 20 ms": 6, "SILK WB 20 ms": 20},
		"opus_hybrid_48k.opus":      {"hybrid FB 20 ms": 6, "hybrid SWB 20 ms": 20},
		"opus_celt_48k_stereo.opus": {"CELT FB 10.0 ms": 19, "CELT SWB 10.0 ms": 32},
		"opus_celt_48k_mono.opus":   {"CELT FB 20.0 ms": 26},
	} {
		b, err := os.ReadFile("testdata/" + name)
		require.NoError(t, err)
		o := newOggReader(bytes.NewReader(b), 0, opusMaxPacket)
		got := map[string]int{}
		for i := 0; ; i++ {
			pkt, _, err := o.nextPacket(false)
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, name)
			if i >= 2 { // after OpusHead and OpusTags
				m := opusPacketMode(pkt[0])
				for k := range want {
					if strings.HasPrefix(m, k) {
						m = k
					}
				}
				got[m]++
			}
		}
		assert.Equal(t, want, got, name)
	}
}

// withOpusHead returns the Ogg Opus file b with its OpusHead packet (alone
// on the first page) changed by edit, and the page's CRC recomputed.
func withOpusHead(t *testing.T, b []byte, edit func(head []byte) []byte) []byte {
	t.Helper()
	nsegs := int(b[26])
	require.Equal(t, 1, nsegs, "the first page holds only OpusHead")
	headLen := int(b[27])
	head := edit(bytes.Clone(b[28 : 28+headLen]))
	require.Less(t, len(head), 255)
	page := append(bytes.Clone(b[:26]), 1, byte(len(head)))
	page = append(page, head...)
	crc := oggCRC(page)
	page[22], page[23], page[24], page[25] = byte(crc), byte(crc>>8), byte(crc>>16), byte(crc>>24)
	return append(page, b[28+headLen:]...)
}

// TestOpus_OutputGainAndHeaders checks that the header's output gain is
// applied, and that headers callveil does not decode are refused clearly.
func TestOpus_OutputGainAndHeaders(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("testdata/opus_silk_nb_8k.opus")
	require.NoError(t, err)
	decode := func(file []byte) ([][]float32, error) {
		s, err := Open(bytes.NewReader(file))
		if err != nil {
			return nil, err
		}
		return ReadAll(s)
	}
	plain, err := decode(b)
	require.NoError(t, err)

	// -6.02 dB (Q7.8: -1541) halves every sample.
	quiet, err := decode(withOpusHead(t, b, func(h []byte) []byte { h[16], h[17] = byte(-1541&0xFF), byte(-1541>>8&0xFF); return h }))
	require.NoError(t, err)
	require.Len(t, quiet[0], len(plain[0]))
	for i, v := range plain[0] {
		if d := quiet[0][i] - v/2; d > 1e-4 || d < -1e-4 {
			t.Fatalf("sample %d: %v with -6.02 dB gain, %v without", i, quiet[0][i], v)
		}
	}

	for _, tc := range []struct {
		name string
		edit func(h []byte) []byte
		want error
	}{
		{"version 1.x", func(h []byte) []byte { h[8] = 0x10; return h }, ErrUnsupported},
		{"3 channels in family 0", func(h []byte) []byte { h[9] = 3; return h }, ErrCorrupt},
		{"0 channels", func(h []byte) []byte { h[9] = 0; return h }, ErrCorrupt},
		{"surround, 6 channels in 4 streams", func(h []byte) []byte {
			h[9], h[18] = 6, 1
			return append(h, 4, 2, 0, 4, 1, 2, 3, 5)
		}, ErrUnsupported},
		{"one stream in family 1", func(h []byte) []byte { h[18] = 1; return append(h, 1, 0, 0) }, nil},
		{"short header", func(h []byte) []byte { return h[:12] }, ErrCorrupt},
		{"Ogg Vorbis", func(h []byte) []byte { return []byte("\x01vorbis\x00\x00\x00\x00\x01") }, ErrUnsupported},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decode(withOpusHead(t, b, tc.edit))
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// TestOpus_BrokenFiles checks truncated and damaged files.
func TestOpus_BrokenFiles(t *testing.T) {
	t.Parallel()
	// call1 (34 s) is in pages of about a second: cut, it gives the pages
	// before the cut, its length (from the last whole page) and then
	// ErrTruncated.
	long, err := os.ReadFile("../testdata/encoded/call1.opus")
	require.NoError(t, err)
	s, err := Open(bytes.NewReader(long[:len(long)/2]))
	require.NoError(t, err)
	got, err := ReadAll(s)
	require.ErrorIs(t, err, ErrTruncated)
	assert.Greater(t, len(got[0]), 15*48000, "the packets before the cut")
	assert.Equal(t, s.Format().Frames, int64(len(got[0])), "Frames from the last whole page")

	// The hybrid fixture's audio is all on one page: cut, nothing of it
	// can be checked, and nothing is delivered.
	b, err := os.ReadFile("testdata/opus_hybrid_48k.opus")
	require.NoError(t, err)
	s, err = Open(bytes.NewReader(b[:len(b)*2/3]))
	require.NoError(t, err)
	got, err = ReadAll(s)
	require.ErrorIs(t, err, ErrTruncated)
	assert.Empty(t, got[0])
	assert.Equal(t, int64(-1), s.Format().Frames)

	bad := bytes.Clone(b)
	bad[len(b)/2] ^= 0x10
	s, err = Open(bytes.NewReader(bad))
	require.NoError(t, err)
	_, err = ReadAll(s)
	require.ErrorIs(t, err, ErrCorrupt)
	assert.Contains(t, err.Error(), "CRC")

	_, err = Open(bytes.NewReader(b[:40]))
	require.ErrorIs(t, err, ErrCorrupt)
}

// TestOpus_StreamStartingLate checks a stream cut from a live one, whose
// granule positions start 10 s in (RFC 7845 section 4.5): the same
// samples and length as the stream starting at 0.
func TestOpus_StreamStartingLate(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../testdata/encoded/call1.opus")
	require.NoError(t, err)
	shifted := bytes.Clone(b)
	pages := 0
	for at := 0; at < len(shifted); {
		p := shifted[at:]
		require.Equal(t, "OggS", string(p[:4]))
		n := oggHeaderLen + int(p[26])
		for _, l := range p[oggHeaderLen:n] {
			n += int(l)
		}
		if g := int64(binary.LittleEndian.Uint64(p[6:])); g > 0 {
			binary.LittleEndian.PutUint64(p[6:], uint64(g+480000))
			binary.LittleEndian.PutUint32(p[22:], oggCRC(p[:n]))
			pages++
		}
		at += n
	}
	require.Greater(t, pages, 10)
	decode := func(file []byte) ([][]float32, Format) {
		s, err := Open(bytes.NewReader(file))
		require.NoError(t, err)
		x, err := ReadAll(s)
		require.NoError(t, err)
		return x, s.Format()
	}
	want, wf := decode(b)
	got, gf := decode(shifted)
	assert.Equal(t, wf.Frames, gf.Frames)
	assert.Equal(t, want, got)
}

// TestWebM_BrokenFiles checks cut and damaged WebM files.
func TestWebM_BrokenFiles(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("testdata/opus_16k_stereo_live.webm")
	require.NoError(t, err)
	s, err := Open(bytes.NewReader(b[:len(b)*2/3]))
	require.NoError(t, err)
	got, err := ReadAll(s)
	require.ErrorIs(t, err, ErrTruncated)
	assert.Greater(t, len(got[0]), 9600, "the blocks before the cut")

	// Cut with known sizes: the Segment and the Cluster claim more.
	mono, err := os.ReadFile("testdata/opus_48k_mono.webm")
	require.NoError(t, err)
	s, err = Open(bytes.NewReader(mono[:len(mono)*2/3]))
	require.NoError(t, err)
	got, err = ReadAll(s)
	require.ErrorIs(t, err, ErrTruncated)
	assert.Greater(t, len(got[0]), 9600, "the blocks before the cut")

	other := bytes.Replace(b, []byte("webm"), []byte("wxbm"), 1)
	_, err = Open(bytes.NewReader(other))
	require.ErrorIs(t, err, ErrUnsupported)

	vorbis := bytes.Replace(b, []byte("A_OPUS"), []byte("A_VORB"), 1)
	_, err = Open(bytes.NewReader(vorbis))
	require.ErrorIs(t, err, ErrUnsupported)
	assert.Contains(t, err.Error(), "A_VORB")

	_, err = Open(bytes.NewReader(b[:100]))
	require.ErrorIs(t, err, ErrCorrupt)
}
