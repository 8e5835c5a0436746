package mp3

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to the decoder frame by frame (as the
// frame headers in them delimit frames): every input must decode or fail
// with an error, never panic, and the output must stay finite.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/mp3corpus/*.mp3")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil && len(b) < 8000 {
			f.Add(b)
		}
	}
	f.Add([]byte{0xFF, 0xFB, 0x90, 0x64})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := New()
		var out [2][1152]float32
		for pos := 0; pos+4 <= len(data); {
			h := Header(binary.BigEndian.Uint32(data[pos:]))
			if !h.Valid() || h.Layer() != 3 || h.BitrateIndex() == 0 {
				pos++
				continue
			}
			end := min(pos+h.FrameLen(), len(data))
			if _, err := d.Decode(data[pos:end], &out); err == nil {
				for c := 0; c < h.Channels(); c++ {
					for _, v := range out[c][:h.SamplesPerFrame()] {
						if v != v || v > 1e30 || v < -1e30 {
							t.Fatalf("frame at byte %d decodes to %v", pos, v)
						}
					}
				}
			}
			pos = end
		}
	})
}
