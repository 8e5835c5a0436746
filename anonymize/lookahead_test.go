package anonymize

import (
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// rampStream is frames frames of two channels (c*1e6 + frame index),
// whose Format claims claimed frames, read at most step frames at a time.
type rampStream struct {
	frames, claimed, step, pos int
}

func (s *rampStream) Format() audio.Format {
	return audio.Format{SampleRate: 100, Channels: 2, Frames: int64(s.claimed)}
}

func (s *rampStream) Read(dst [][]float32) (int, error) {
	if s.pos == s.frames {
		return 0, io.EOF
	}
	n := min(len(dst[0]), s.frames-s.pos, s.step)
	for c := range dst {
		for i := range n {
			dst[c][i] = float32(c*1e6 + s.pos + i)
		}
	}
	s.pos += n
	return n, nil
}

// TestLookahead_HoldsThenReplays: whatever the header claims (right, too
// few, too many, unknown), the look-ahead holds the first min(max, frames)
// frames, and reading it gives every frame once, in order.
func TestLookahead_HoldsThenReplays(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		frames, claimed, maxFr int
	}{
		{"exact", 500, 500, 800},
		{"longer than the look-ahead", 3000, 3000, 800},
		{"header claims fewer", 3000, 10, 800},
		{"header claims more", 300, 100000, 800},
		{"length unknown", 1234, 0, 800},
		{"empty", 0, 0, 800},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &rampStream{frames: tc.frames, claimed: tc.claimed, step: 97}
			la := newLookahead(src, tc.maxFr, 64)
			held := min(tc.frames, tc.maxFr)
			require.Len(t, la.buf, 2)
			assert.Len(t, la.buf[0], held)
			assert.Len(t, la.buf[1], held)
			assert.LessOrEqual(t, cap(la.buf[0]), tc.maxFr, "never more than the look-ahead bound")
			got := 0
			block := audio.NewBlock(2, 50)
			for {
				n, err := la.Read(block)
				for i := range n {
					require.Equal(t, float32(got+i), block[0][i])
					require.Equal(t, float32(1e6+got+i), block[1][i])
				}
				got += n
				if errors.Is(err, io.EOF) {
					break
				}
				require.NoError(t, err)
			}
			assert.Equal(t, tc.frames, got)
		})
	}
}
