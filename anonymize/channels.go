package anonymize

import (
	"errors"
	"io"

	"github.com/callveil/callveil/audio"
)

// perChannel runs each channel of src through its own mono chain, built by
// build, and interleaves the results back into one planar stream. It lets a
// stereo call mask the agent and the customer with different parameters.
//
// Memory stays bounded: the splitter reads one block from src whenever a
// branch runs dry and queues it for the other branches, which then catch up
// on the next merge. Because every dsp stage has zero net latency, the
// branches never drift apart by more than a stage's look-ahead.
func perChannel(src audio.Stream, blockFrames int, build func(ch int, mono audio.Stream) (audio.Stream, error)) (audio.Stream, error) {
	f := src.Format()
	if f.Channels == 1 {
		return build(0, src)
	}
	sp := &splitter{src: src, block: audio.NewBlock(f.Channels, blockFrames), queues: make([][]float32, f.Channels)}
	m := &merger{format: f, branches: make([]audio.Stream, f.Channels)}
	mono := f
	mono.Channels = 1
	for ch := range f.Channels {
		b, err := build(ch, &branch{sp: sp, ch: ch, format: mono})
		if err != nil {
			return nil, err
		}
		m.branches[ch] = b
	}
	return m, nil
}

// splitter fans one multi-channel stream out to per-channel branches.
type splitter struct {
	src    audio.Stream
	block  [][]float32
	queues [][]float32 // unread samples per channel
	err    error       // sticky error from src (io.EOF at the end)
}

// fill reads one more block from src into every queue.
func (s *splitter) fill() {
	if s.err != nil {
		return
	}
	n, err := s.src.Read(s.block)
	for c := range s.queues {
		s.queues[c] = append(s.queues[c], s.block[c][:n]...)
	}
	if err != nil {
		s.err = err
	}
}

// branch is the mono view of one channel of a splitter.
type branch struct {
	sp     *splitter
	ch     int
	format audio.Format
}

func (b *branch) Format() audio.Format { return b.format }

func (b *branch) Read(dst [][]float32) (int, error) {
	q := b.sp.queues[b.ch]
	for len(q) == 0 {
		if b.sp.err != nil {
			return 0, b.sp.err
		}
		b.sp.fill()
		q = b.sp.queues[b.ch]
	}
	n := copy(dst[0], q)
	// Shift the rest down so the queue's backing array is reused and
	// never grows past the branches' drift plus one block.
	rest := copy(q, q[n:])
	b.sp.queues[b.ch] = q[:rest]
	return n, nil
}

// merger reads the same number of frames from every branch.
type merger struct {
	format   audio.Format
	branches []audio.Stream
	one      [1][]float32
}

func (m *merger) Format() audio.Format { return m.format }

func (m *merger) Read(dst [][]float32) (int, error) {
	want := len(dst[0])
	got := want
	var firstErr error
	for ch, b := range m.branches {
		n := 0
		for n < want {
			m.one[0] = dst[ch][n:want]
			k, err := b.Read(m.one[:])
			n += k
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				break
			}
		}
		got = min(got, n)
	}
	if got > 0 && errors.Is(firstErr, io.EOF) {
		// Deliver what all branches had; the next call reports EOF.
		return got, nil
	}
	return got, firstErr
}
