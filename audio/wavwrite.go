package audio

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// WAVOptions chooses how WriteWAV and NewWAVWriter store samples. The zero
// value writes 16-bit PCM.
type WAVOptions struct {
	// Encoding is EncodingPCM16 (the default when empty) or
	// EncodingFloat32. Sample rate and channels always follow the input;
	// changing them is a dsp stage's job.
	Encoding Encoding
	// BlockFrames is the block length WriteWAV reads with; 0 means
	// DefaultBlockFrames.
	BlockFrames int
}

// maxWAVDataBytes is the most sample data a RIFF file's 32-bit sizes can
// describe, leaving room for the header.
const maxWAVDataBytes = math.MaxUint32 - 64

// WAVWriter writes a WAV file with exactly two chunks, "fmt " and "data",
// streaming: each Write converts one block into a reused byte buffer and
// writes it; Close seeks back to fill in the RIFF and data sizes (unless
// the header was written with the right ones: see NewWAVWriter). No
// metadata of any kind is ever written.
//
// Byte layout: "RIFF" size "WAVE", then a 16-byte PCM fmt chunk (tag 1) or
// an 18-byte IEEE float fmt chunk (tag 3, cbSize 0), then "data" size and
// the interleaved little-endian samples.
type WAVWriter struct {
	w          io.WriteSeeker
	start      int64 // offset of "RIFF" in w
	sizeOffset int64 // offset of the data chunk's size field, from start
	channels   int
	float      bool
	buf        []byte
	dataBytes  int64
	headerData int64 // the data size the header already gives (-1: none)
	closed     bool
	err        error
}

// NewWAVWriter writes a WAV header for audio of format f at the current
// position of w and returns a writer for the samples. f.SampleRate and
// f.Channels give the format; f.Frames, when known, gives the sizes the
// header is written with (Close corrects them if the stream was shorter or
// longer).
func NewWAVWriter(w io.WriteSeeker, f Format, opts WAVOptions) (*WAVWriter, error) {
	if f.Channels < 1 || f.Channels > maxWAVChannels {
		return nil, fmt.Errorf("wav: cannot write %d channels (1 to %d): %w", f.Channels, maxWAVChannels, ErrUnsupported)
	}
	if f.SampleRate < 1 || f.SampleRate > maxWAVSampleRate {
		return nil, fmt.Errorf("wav: cannot write a sample rate of %d Hz (1 to %d): %w", f.SampleRate, maxWAVSampleRate, ErrUnsupported)
	}
	ww := &WAVWriter{w: w, channels: f.Channels, headerData: -1}
	var (
		tag     uint16
		bits    int
		fmtSize uint32
	)
	switch opts.Encoding {
	case "", EncodingPCM16:
		tag, bits, fmtSize = wavTagPCM, 16, 16
	case EncodingFloat32:
		tag, bits, fmtSize = wavTagFloat, 32, 18
		ww.float = true
	default:
		return nil, fmt.Errorf("wav: cannot write encoding %q; pcm16 and float32 are written: %w", opts.Encoding, ErrUnsupported)
	}
	start, err := w.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil, fmt.Errorf("wav: finding the output position: %w", err)
	}
	ww.start = start

	blockAlign := f.Channels * bits / 8
	// When the stream's length is known, the header gives the sizes it
	// will have, and Close has nothing to patch if the stream keeps its
	// word: the file is then written once, front to back, so it can be
	// hashed as it is written.
	var dataSize uint32
	if f.Frames >= 0 && f.Frames <= maxWAVDataBytes/int64(blockAlign) {
		ww.headerData = f.Frames * int64(blockAlign)
		dataSize = uint32(ww.headerData)
	}
	h := make([]byte, 0, 46)
	h = append(h, "RIFF"...)
	h = binary.LittleEndian.AppendUint32(h, 0) // set below, or patched by Close
	h = append(h, "WAVE"...)
	h = append(h, "fmt "...)
	h = binary.LittleEndian.AppendUint32(h, fmtSize)
	h = binary.LittleEndian.AppendUint16(h, tag)
	h = binary.LittleEndian.AppendUint16(h, uint16(f.Channels))
	h = binary.LittleEndian.AppendUint32(h, uint32(f.SampleRate))
	h = binary.LittleEndian.AppendUint32(h, uint32(f.SampleRate*blockAlign))
	h = binary.LittleEndian.AppendUint16(h, uint16(blockAlign))
	h = binary.LittleEndian.AppendUint16(h, uint16(bits))
	if fmtSize == 18 {
		h = binary.LittleEndian.AppendUint16(h, 0) // cbSize: no extension
	}
	h = append(h, "data"...)
	ww.sizeOffset = int64(len(h))
	h = binary.LittleEndian.AppendUint32(h, dataSize) // patched by Close if wrong
	if ww.headerData >= 0 {
		binary.LittleEndian.PutUint32(h[4:], uint32(int64(len(h))-8+ww.headerData))
	}
	if _, err := w.Write(h); err != nil {
		return nil, fmt.Errorf("wav: writing header: %w", err)
	}
	return ww, nil
}

// Write appends one planar block: block[c][i] is sample i of channel c.
// Samples outside [-1, 1] are clipped. 16-bit samples are rounded to the
// nearest step of 1/32768, so a 16-bit source is written back bit for bit.
// Write panics if block does not hold one slice per channel of equal length.
func (ww *WAVWriter) Write(block [][]float32) error {
	if ww.err != nil {
		return ww.err
	}
	if ww.closed {
		return errors.New("wav: Write after Close")
	}
	if len(block) != ww.channels {
		panic(fmt.Sprintf("audio: WAVWriter.Write: block has %d channels, the writer %d", len(block), ww.channels))
	}
	n := len(block[0])
	for c := range block {
		if len(block[c]) != n {
			panic("audio: WAVWriter.Write: channels of unequal length")
		}
	}
	width := 2
	if ww.float {
		width = 4
	}
	size := n * ww.channels * width
	if ww.dataBytes+int64(size) > maxWAVDataBytes {
		ww.err = fmt.Errorf("wav: output would pass the 4 GiB RIFF limit: %w", ErrUnsupported)
		return ww.err
	}
	if cap(ww.buf) < size {
		ww.buf = make([]byte, size)
	}
	buf := ww.buf[:size]
	if ww.float {
		encodeFloat32(buf, block)
	} else {
		encodePCM16(buf, block)
	}
	if _, err := ww.w.Write(buf); err != nil {
		ww.err = fmt.Errorf("wav: writing samples: %w", err)
		return ww.err
	}
	ww.dataBytes += int64(size)
	return nil
}

// Close writes the RIFF and data chunk sizes, unless the header already
// gives them (the stream's Format().Frames was its length), and leaves w
// positioned after the data. It does not close w.
func (ww *WAVWriter) Close() error {
	if ww.closed {
		return ww.err
	}
	ww.closed = true
	if ww.err != nil {
		return ww.err
	}
	if ww.dataBytes == ww.headerData {
		return nil
	}
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(ww.sizeOffset+4-8+ww.dataBytes))
	if err := ww.patch(4, b[:]); err != nil {
		return err
	}
	binary.LittleEndian.PutUint32(b[:], uint32(ww.dataBytes))
	if err := ww.patch(ww.sizeOffset, b[:]); err != nil {
		return err
	}
	if _, err := ww.w.Seek(ww.start+ww.sizeOffset+4+ww.dataBytes, io.SeekStart); err != nil {
		ww.err = fmt.Errorf("wav: seeking to the end: %w", err)
	}
	return ww.err
}

func (ww *WAVWriter) patch(off int64, b []byte) error {
	if _, err := ww.w.Seek(ww.start+off, io.SeekStart); err != nil {
		ww.err = fmt.Errorf("wav: seeking to patch the header: %w", err)
		return ww.err
	}
	if _, err := ww.w.Write(b); err != nil {
		ww.err = fmt.Errorf("wav: patching the header: %w", err)
		return ww.err
	}
	return nil
}

// encodePCM16 converts a planar block to interleaved 16-bit samples.
// Mono and stereo, nearly every call recording, take the AVX kernels where
// the CPU has them (bit for bit the Go loops, 8 frames at a time).
func encodePCM16(dst []byte, block [][]float32) {
	switch len(block) {
	case 1:
		pcm16Mono(dst, block[0])
		return
	case 2:
		pcm16Stereo(dst, block[0], block[1])
		return
	}
	channels := len(block)
	stride := 2 * channels
	for c, ch := range block {
		d := dst[2*c:]
		for i, v := range ch {
			binary.LittleEndian.PutUint16(d[i*stride:], uint16(toPCM16(v)))
		}
	}
}

// pcm16Mono writes src as 16-bit samples to dst[:2*len(src)].
func pcm16Mono(dst []byte, src []float32) {
	dst = dst[:2*len(src)]
	i := 0
	if n := len(src) &^ 7; havePCM16AVX && n > 0 {
		pcm16MonoAVX(&dst[0], &src[0], n)
		i = n
	}
	for ; i < len(src); i++ {
		binary.LittleEndian.PutUint16(dst[2*i:], uint16(toPCM16(src[i])))
	}
}

// pcm16Stereo writes l and r, interleaved, as 16-bit samples to
// dst[:4*len(l)].
func pcm16Stereo(dst []byte, l, r []float32) {
	r = r[:len(l)]
	dst = dst[:4*len(l)]
	i := 0
	if n := len(l) &^ 7; havePCM16AVX && n > 0 {
		pcm16StereoAVX(&dst[0], &l[0], &r[0], n)
		i = n
	}
	for ; i < len(l); i++ {
		binary.LittleEndian.PutUint32(dst[4*i:], uint32(uint16(toPCM16(l[i])))|uint32(uint16(toPCM16(r[i])))<<16)
	}
}

// toPCM16 rounds v×32768 to the nearest integer (halves away from zero)
// and clips it to the int16 range. NaN becomes 0. The arithmetic is exact
// in float32: scaling by a power of two loses nothing and |x| < 2^22.
func toPCM16(v float32) int16 {
	x := v * 32768
	if !(x > -32768 && x < 32767) { // rare: clipping or NaN
		switch {
		case x >= 32767:
			return 32767
		case x <= -32768:
			return -32768
		}
		return 0 // NaN
	}
	// x ± 0.5 by the sign of x, then truncation: without a branch on the
	// sign, which is random in audio and cost a misprediction per sample.
	half := math.Float32frombits(math.Float32bits(x)&(1<<31) | math.Float32bits(0.5))
	return int16(x + half)
}

func encodeFloat32(dst []byte, block [][]float32) {
	channels := len(block)
	stride := 4 * channels
	for c, ch := range block {
		d := dst[4*c:]
		for i, v := range ch {
			binary.LittleEndian.PutUint32(d[i*stride:], math.Float32bits(clampSample(v)))
		}
	}
}

// WriteWAV drains s into w as a WAV file (fmt and data chunks only, at the
// stream's rate and channel count) and returns the number of frames
// written. If s ends with an ErrTruncated error, the frames before it are
// written and the file is closed properly, and that error is returned with
// the count so the caller can decide whether a cut recording is acceptable.
func WriteWAV(w io.WriteSeeker, s Stream, opts WAVOptions) (frames int64, err error) {
	f := s.Format()
	ww, err := NewWAVWriter(w, f, opts)
	if err != nil {
		return 0, err
	}
	bf := opts.BlockFrames
	if bf <= 0 {
		bf = DefaultBlockFrames
	}
	block := NewBlock(f.Channels, bf)
	part := make([][]float32, f.Channels)
	var readErr error
	for {
		n, err := s.Read(block)
		if n > 0 {
			for c := range part {
				part[c] = block[c][:n]
			}
			if werr := ww.Write(part); werr != nil {
				return frames, werr
			}
			frames += int64(n)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if !errors.Is(err, ErrTruncated) {
				return frames, err
			}
			readErr = err
			break
		}
	}
	if err := ww.Close(); err != nil {
		return frames, err
	}
	return frames, readErr
}
