package audio_test

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// flakyFile serves data, but reads past limit fail with err (or see the
// file end there if err is nil, as when the file shrinks while open).
type flakyFile struct {
	*bytes.Reader
	limit int64
	err   error
}

func (f *flakyFile) ReadAt(p []byte, off int64) (int, error) {
	if off+int64(len(p)) <= f.limit {
		return f.Reader.ReadAt(p, off)
	}
	n := 0
	if off < f.limit {
		n, _ = f.Reader.ReadAt(p[:f.limit-off], off)
	}
	if f.err != nil {
		return n, f.err
	}
	return n, io.EOF
}

func TestRead_ReportsAFileThatShrinksOrFailsWhileOpen(t *testing.T) {
	t.Parallel()
	file := wavBytes(fmtChunk(1, 2, 8000, 16), dataChunk(pcm16Bytes(randomPCM16(5, 2*100)...)))
	diskErr := errors.New("input/output error")
	for _, tt := range []struct {
		name string
		err  error
		want error
	}{
		{"shrinks", nil, audio.ErrTruncated},
		{"device error", diskErr, diskErr},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := &flakyFile{Reader: bytes.NewReader(file), limit: int64(len(file)), err: tt.err}
			s, err := audio.Open(f)
			require.NoError(t, err)
			require.Equal(t, int64(100), s.Format().Frames)
			f.limit = 44 + 4*30 + 2 // 30 whole frames and half of the next
			block := audio.NewBlock(2, 64)
			n, err := s.Read(block)
			require.NoError(t, err)
			assert.Equal(t, 30, n, "the whole frames that arrived")
			n, err = s.Read(block)
			assert.Zero(t, n)
			assert.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), "frame 30")
		})
	}
}

// failingWriter fails every write after the first ok bytes, or every seek.
type failingWriter struct {
	memFile
	ok       int
	seekFail bool
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(w.buf)+len(p) > w.ok {
		return 0, errors.New("disk full")
	}
	return w.memFile.Write(p)
}

func (w *failingWriter) Seek(off int64, whence int) (int64, error) {
	if w.seekFail && !(off == 0 && whence == io.SeekCurrent) {
		return 0, errors.New("not seekable")
	}
	return w.memFile.Seek(off, whence)
}

func TestWAVWriter_ReportsWriteAndSeekErrors(t *testing.T) {
	t.Parallel()
	f := audio.Format{SampleRate: 8000, Channels: 1}
	block := [][]float32{make([]float32, 100)}

	_, err := audio.NewWAVWriter(&failingWriter{ok: 10}, f, audio.WAVOptions{})
	assert.ErrorContains(t, err, "wav: writing header: disk full")

	w, err := audio.NewWAVWriter(&failingWriter{ok: 100}, f, audio.WAVOptions{})
	require.NoError(t, err)
	assert.ErrorContains(t, w.Write(block), "wav: writing samples: disk full")
	assert.ErrorContains(t, w.Write(block), "disk full", "the error sticks")
	assert.ErrorContains(t, w.Close(), "disk full")

	w, err = audio.NewWAVWriter(&failingWriter{ok: 1 << 20, seekFail: true}, f, audio.WAVOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write(block))
	assert.ErrorContains(t, w.Close(), "wav: seeking to patch the header: not seekable")

	n, err := audio.WriteWAV(&failingWriter{ok: 1000}, audio.NewSliceStream(8000, [][]float32{make([]float32, 5000)}), audio.WAVOptions{BlockFrames: 100})
	assert.ErrorContains(t, err, "disk full")
	assert.Equal(t, int64(400), n, "frames written before the disk filled")
}

func TestFormat_DurationAndFrameConversions(t *testing.T) {
	t.Parallel()
	f := audio.Format{Container: "wav", Encoding: audio.EncodingMuLaw, SampleRate: 8000, Channels: 1, Frames: 100000}
	assert.Equal(t, 12500*time.Millisecond, f.Duration())
	assert.Equal(t, "wav mulaw 8000 Hz 1 ch 12.5s", f.String())
	f.Frames = -1
	assert.Equal(t, time.Duration(-1), f.Duration())
	assert.Equal(t, "wav mulaw 8000 Hz 1 ch unknown length", f.String())
	for _, rate := range []int{8000, 11025, 16000, 44100, 48000} {
		for _, frames := range []int64{0, 1, 7, 12345, 1 << 33} {
			assert.Equal(t, frames, audio.DurationToFrames(audio.FramesToDuration(frames, rate), rate), "%d frames at %d Hz", frames, rate)
		}
	}
	assert.Equal(t, int64(-8), audio.DurationToFrames(-time.Millisecond, 8000))
}
