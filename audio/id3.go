package audio

import (
	"fmt"
	"io"
)

// id3v2End returns the offset just past the ID3v2 tags at the start of the
// file (0 if there is none): MP3 files carry them, and some taggers put
// one in front of FLAC. codec prefixes its errors. The tag's size field is
// only compared with the file size; nothing is allocated from it.
func id3v2End(r io.ReaderAt, size int64, codec string) (int64, error) {
	pos := int64(0)
	var h [10]byte
	for pos+10 <= size {
		if err := readFullAt(r, h[:], pos); err != nil {
			return 0, fmt.Errorf("%s: reading ID3v2 header at byte %d: %w", codec, pos, err)
		}
		if string(h[:3]) != "ID3" {
			break
		}
		if h[3] == 0xFF || h[4] == 0xFF || h[6]|h[7]|h[8]|h[9] >= 0x80 {
			return 0, fmt.Errorf("%s: ID3v2 tag at byte %d has a malformed header: %w", codec, pos, ErrCorrupt)
		}
		n := int64(h[6])<<21 | int64(h[7])<<14 | int64(h[8])<<7 | int64(h[9])
		if h[5]&0x10 != 0 {
			n += 10 // footer
		}
		end := pos + 10 + n
		if end > size {
			return 0, fmt.Errorf("%s: ID3v2 tag at byte %d claims %d bytes but only %d follow: %w", codec, pos, n, size-pos-10, ErrCorrupt)
		}
		pos = end
	}
	if pos+3 <= size && pos+10 > size {
		var t [3]byte
		if readFullAt(r, t[:], pos) == nil && string(t[:]) == "ID3" {
			return 0, fmt.Errorf("%s: file ends inside the ID3v2 header at byte %d: %w", codec, pos, ErrCorrupt)
		}
	}
	return pos, nil
}
