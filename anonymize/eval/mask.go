package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
)

// Mask runs each utterance through p (which must allow recordings without a
// transcript, Options.AllowNoTranscript) and returns the masked copies, in
// memory, under the same names and speakers. The recording id given to p is
// the utterance's Name, so p's SpeakerIDFunc sees it.
func Mask(ctx context.Context, p *anonymize.Pipeline, utts []Utterance) ([]Utterance, error) {
	out := make([]Utterance, 0, len(utts))
	for _, u := range utts {
		var w memFile
		src := audio.NewSliceStream(u.Rate, [][]float32{u.Samples})
		reopen := func() (audio.ReadCloser, error) {
			return nopCloser{audio.NewSliceStream(u.Rate, [][]float32{u.Samples})}, nil
		}
		if _, err := p.ProcessRecording(ctx, anonymize.Recording{ID: u.Name, Audio: src, Reopen: reopen}, &w); err != nil {
			return nil, fmt.Errorf("eval: masking %s: %w", u.Name, err)
		}
		s, err := audio.Open(bytes.NewReader(w.buf))
		if err != nil {
			return nil, fmt.Errorf("eval: reading masked %s: %w", u.Name, err)
		}
		x, err := audio.ReadAll(s)
		if err != nil {
			return nil, fmt.Errorf("eval: reading masked %s: %w", u.Name, err)
		}
		out = append(out, Utterance{Name: u.Name, Speaker: u.Speaker, Rate: s.Format().SampleRate, Samples: x[0]})
	}
	return out, nil
}

// nopCloser makes an in-memory stream an audio.ReadCloser.
type nopCloser struct{ audio.Stream }

func (nopCloser) Close() error { return nil }

// memFile is an in-memory io.WriteSeeker.
type memFile struct {
	buf []byte
	pos int
}

func (m *memFile) Write(p []byte) (int, error) {
	if end := m.pos + len(p); end > len(m.buf) {
		m.buf = append(m.buf, make([]byte, end-len(m.buf))...)
	}
	copy(m.buf[m.pos:], p)
	m.pos += len(p)
	return len(p), nil
}

func (m *memFile) Seek(off int64, whence int) (int64, error) {
	var base int64
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = int64(m.pos)
	case io.SeekEnd:
		base = int64(len(m.buf))
	default:
		return 0, errors.New("eval: seek: bad whence")
	}
	p := base + off
	if p < 0 {
		return 0, errors.New("eval: seek: negative position")
	}
	m.pos = int(p)
	return p, nil
}
