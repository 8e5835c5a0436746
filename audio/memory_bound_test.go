package audio_test

import (
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// virtualFile is a large read-only file that exists only as a rule: head,
// then body repeated until size bytes. It holds len(head)+len(body) bytes.
type virtualFile struct {
	head, body []byte
	size, pos  int64
}

func (v *virtualFile) ReadAt(p []byte, off int64) (int, error) {
	n := 0
	for n < len(p) && off < v.size {
		var c int
		if off < int64(len(v.head)) {
			c = copy(p[n:], v.head[off:])
		} else {
			i := (off - int64(len(v.head))) % int64(len(v.body))
			c = copy(p[n:], v.body[i:])
		}
		c = int(min(int64(c), v.size-off))
		n += c
		off += int64(c)
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (v *virtualFile) Read(p []byte) (int, error) {
	n, err := v.ReadAt(p, v.pos)
	v.pos += int64(n)
	return n, err
}

func (v *virtualFile) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		off += v.pos
	case io.SeekEnd:
		off += v.size
	}
	v.pos = off
	return off, nil
}

// Not parallel: it measures the bytes allocated while it runs.
func TestOpen_TwoHourRecordingsUseMemoryBoundedByTheBlock(t *testing.T) {
	const hours = 2
	mp3 := readFixture(t, "stereo44k_mpeg1.mp3")
	wavSize := int64(hours * 3600 * 44100 * 4)
	tests := []struct {
		name     string
		file     *virtualFile
		maxAlloc uint64
	}{
		{"wav 44.1 kHz stereo pcm16", &virtualFile{
			head: wavBytes(fmtChunk(1, 2, 44100, 16), chunk{id: "data", size: sizeOf(uint32(wavSize))}),
			body: pcm16Bytes(randomPCM16(4, 4096)...),
			size: 44 + wavSize,
		}, 1 << 20},
		{"mp3 44.1 kHz stereo", &virtualFile{
			body: mp3,
			size: int64(len(mp3)) * (hours * 3600 * 2), // the fixture is 0.55 s
		}, 1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtimeMem
			before.read()
			s, err := audio.Open(tt.file)
			require.NoError(t, err)
			f := s.Format()
			assert.Greater(t, f.Duration().Hours(), float64(hours)*0.99)
			block := audio.NewBlock(f.Channels, audio.DefaultBlockFrames)
			for range 50 {
				_, err := s.Read(block)
				require.NoError(t, err)
			}
			after.read()
			// Opening allocates the decoder's fixed state and the frame
			// search window; reading allocates nothing. Nothing grows with
			// the 2-hour length: the file alone would be 1.2 GB (WAV) or
			// 60 MB (MP3).
			t.Logf("%s: %d bytes allocated to open and read 50 blocks", f, after.total-before.total)
			assert.Less(t, after.total-before.total, tt.maxAlloc, "bytes allocated")
		})
	}
}
