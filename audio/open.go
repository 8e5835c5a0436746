package audio

import (
	"fmt"
	"io"
	"os"
)

// Open detects the container of r from its first bytes (RIFF/WAVE, MPEG
// audio, FLAC, Ogg, WebM; MP3 and FLAC with or without a leading ID3v2 tag;
// never the file name) and returns a streaming decoder for it.
//
// Open reads only the headers: for WAV the chunk list (skipping metadata
// chunks by seeking), for MP3 the ID3v2 tag size and the 4-byte frame
// headers, which it counts to know the length. Samples are decoded block by
// block as the Stream is read, with memory bounded by the block size.
//
// A Stream is for one goroutine at a time, and r must not be used by the
// caller while the Stream is in use. If r also
// implements io.ReaderAt (as *os.File and *bytes.Reader do), reads go
// through ReadAt.
//
// Errors wrap ErrUnsupported (a format or variant callveil does not decode,
// or no known container) or ErrCorrupt (a broken or hostile header), and
// name what was wrong.
func Open(r io.ReadSeeker) (Stream, error) {
	size, err := r.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, fmt.Errorf("audio: finding the input size: %w", err)
	}
	ra, ok := r.(io.ReaderAt)
	if !ok {
		ra = &seekReaderAt{r: r}
	}
	var head [12]byte
	n, err := ra.ReadAt(head[:min(size, int64(len(head)))], 0)
	if err != nil && n < int(min(size, int64(len(head)))) {
		return nil, fmt.Errorf("audio: reading the first bytes: %w", err)
	}
	b := head[:n]
	switch {
	case n == 0:
		return nil, fmt.Errorf("audio: input is empty: %w", ErrCorrupt)
	case n >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WAVE":
		info, err := parseWAV(ra, size)
		if err != nil {
			return nil, err
		}
		return newWAVStream(ra, info), nil
	case n >= 4 && (string(b[:4]) == "RIFF" || string(b[:4]) == "RIFX"):
		if n < 12 {
			return nil, fmt.Errorf("wav: file is %d bytes, shorter than a RIFF header: %w", size, ErrCorrupt)
		}
		return nil, fmt.Errorf("audio: RIFF file of form %q (byte order %q) is not supported, only little-endian WAVE: %w",
			printableID(b[8:12]), printableID(b[:4]), ErrUnsupported)
	case n >= 4 && string(b[:4]) == "RF64":
		return nil, fmt.Errorf("wav: RF64 (WAV over 4 GiB) is not supported: %w", ErrUnsupported)
	case n >= 4 && string(b[:4]) == "OggS":
		return openOpus(ra, size)
	case n >= 4 && string(b[:4]) == "\x1a\x45\xdf\xa3":
		return openWebM(ra, size)
	case n >= 4 && string(b[:4]) == "fLaC":
		return openFLAC(ra, size)
	case n >= 3 && string(b[:3]) == "ID3":
		if flacAfterID3(ra, size) {
			return openFLAC(ra, size)
		}
		return openMP3(ra, size)
	case n >= 4 && mpegHeader(uint32(b[0])<<24|uint32(b[1])<<16|uint32(b[2])<<8|uint32(b[3])).valid():
		return openMP3(ra, size)
	}
	return nil, fmt.Errorf("audio: unrecognised container: not WAV (RIFF/WAVE), MP3, FLAC, Ogg or WebM: %w", ErrUnsupported)
}

// OpenFile opens the recording at path with Open. Close the returned
// stream to close the file.
func OpenFile(path string) (ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("audio: %w", err)
	}
	s, err := Open(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &fileStream{Stream: s, f: f}, nil
}

// fileStream ties a decoder to the file it reads.
type fileStream struct {
	Stream
	f *os.File
}

// Close closes the file.
func (s *fileStream) Close() error { return s.f.Close() }

// seekReaderAt gives an io.ReadSeeker the io.ReaderAt the decoders use.
// It is not safe for concurrent use, and decoders read from one goroutine.
type seekReaderAt struct {
	r io.ReadSeeker
}

// ReadAt implements io.ReaderAt by seeking and reading in full.
func (s *seekReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if _, err := s.r.Seek(off, io.SeekStart); err != nil {
		return 0, err
	}
	n, err := io.ReadFull(s.r, p)
	if err == io.ErrUnexpectedEOF {
		err = io.EOF
	}
	return n, err
}
