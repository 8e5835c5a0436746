package audio

import (
	"bytes"
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
