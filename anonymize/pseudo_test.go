package anonymize_test

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
)

// TestPseudo_EndToEndOnEveryExampleCall runs the default method over every
// call in testdata/calls (WAV and MP3, mono and stereo) through ProcessJob:
// exact length, one pseudo-voice per channel, the voice changed.
func TestPseudo_EndToEndOnEveryExampleCall(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"call1", "call2", "call3", "call4", "call5"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			in, inF := decodeFile(t, findAudio(t, name))
			res, out := process(t, anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoicePseudo}, name, ".json")
			got, _ := decodeFile(t, out)
			require.Len(t, got, len(in))
			for c := range in {
				require.Len(t, got[c], len(in[c]), "channel %d: output as long as the input", c)
			}
			require.Len(t, res.Voices, inF.Channels)
			for _, v := range res.Voices {
				assert.Equal(t, anonymize.VoicePseudo, v.Method, "the default method")
				assert.Len(t, v.ID, 16)
			}
			var diff, energy float64
			for i := range in[0] {
				d := float64(got[0][i] - in[0][i])
				diff += d * d
				energy += float64(in[0][i]) * float64(in[0][i])
			}
			assert.Greater(t, diff, energy/4, "the voice is not a near-copy")
			assert.Less(t, diff, energy*4, "levels stay sane")
		})
	}
}

// countingReopen hands out fresh copies of a recording and counts how
// many frames the analysis pass read from them.
type countingReopen struct {
	rate   int
	x      [][]float32
	opened int
	read   int64
}

func (c *countingReopen) open() (audio.ReadCloser, error) {
	c.opened++
	return &countedStream{Stream: audio.NewSliceStream(c.rate, c.x), c: c}, nil
}

type countedStream struct {
	audio.Stream
	c *countingReopen
}

func (s *countedStream) Read(dst [][]float32) (int, error) {
	n, err := s.Stream.Read(dst)
	s.c.read += int64(n)
	return n, err
}

func (s *countedStream) Close() error { return nil }

// TestPseudo_AnalysisPassReadsTheWholeRecording: with Reopen the first pass
// measures the voice over all of it, not just the look-ahead, and a voice
// that only starts after 8 s still gets its own statistics (so the output
// differs from the look-ahead-only output).
func TestPseudo_AnalysisPassReadsTheWholeRecording(t *testing.T) {
	t.Parallel()
	const rate = 8000
	x := make([]float32, 20*rate)
	copy(x[12*rate:], speechLoop(rate)) // silence, then 4 s of voice
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoicePseudo, AllowNoTranscript: true})
	require.NoError(t, err)
	ro := &countingReopen{rate: rate, x: [][]float32{x}}
	var w1, w2 bufFile
	res, err := p.ProcessRecording(context.Background(), anonymize.Recording{ID: "r", Audio: audio.NewSliceStream(rate, [][]float32{x}), Reopen: ro.open}, &w1)
	require.NoError(t, err)
	assert.Equal(t, 1, ro.opened)
	assert.Equal(t, int64(len(x)), ro.read, "the analysis pass read every frame")
	assert.Equal(t, int64(len(x)), res.Frames)
	_, err = p.ProcessRecording(context.Background(), anonymize.Recording{ID: "r", Audio: audio.NewSliceStream(rate, [][]float32{x})}, &w2)
	require.NoError(t, err)
	assert.NotEqual(t, w1.buf, w2.buf, "the look-ahead alone saw only silence, so it masks differently")
}

// A Reopen that fails (a file deleted between the passes) fails the
// recording.
func TestPseudo_ReopenFailureFailsTheRecording(t *testing.T) {
	t.Parallel()
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoicePseudo, AllowNoTranscript: true})
	require.NoError(t, err)
	boom := errors.New("gone")
	x := [][]float32{speechLoop(8000)}
	_, err = p.ProcessRecording(context.Background(), anonymize.Recording{ID: "r", Audio: audio.NewSliceStream(8000, x),
		Reopen: func() (audio.ReadCloser, error) { return nil, boom }}, &memFile{})
	assert.ErrorIs(t, err, boom)
}

func TestPseudo_VoiceVariationOption(t *testing.T) {
	t.Parallel()
	for _, v := range []float64{-1, 0, 0.5, 2} {
		_, err := anonymize.New(anonymize.Options{VoiceVariation: v})
		assert.NoError(t, err, "%v", v)
	}
	_, err := anonymize.New(anonymize.Options{VoiceVariation: 3})
	assert.ErrorIs(t, err, anonymize.ErrOptions)
	// Variation is another voice than the default, none; a negative
	// value is none too.
	x := [][]float32{append(speechLoop(8000), speechLoop(8000)...)}
	var outs [3][]byte
	for i, v := range []float64{0, 1, -1} {
		p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoicePseudo, AllowNoTranscript: true, VoiceVariation: v})
		require.NoError(t, err)
		var w bufFile
		_, err = p.ProcessRecording(context.Background(), anonymize.Recording{ID: "r", Audio: audio.NewSliceStream(8000, x)}, &w)
		require.NoError(t, err)
		outs[i] = w.buf
	}
	assert.NotEqual(t, outs[0], outs[1])
	assert.Equal(t, outs[0], outs[2])
}

// bufFile is an in-memory io.WriteSeeker that keeps what is written.
type bufFile struct {
	buf []byte
	pos int
}

func (m *bufFile) Write(p []byte) (int, error) {
	if end := m.pos + len(p); end > len(m.buf) {
		m.buf = append(m.buf, make([]byte, end-len(m.buf))...)
	}
	copy(m.buf[m.pos:], p)
	m.pos += len(p)
	return len(p), nil
}

func (m *bufFile) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
		m.pos = int(off)
	case io.SeekCurrent:
		m.pos += int(off)
	case io.SeekEnd:
		m.pos = len(m.buf) + int(off)
	}
	return int64(m.pos), nil
}
