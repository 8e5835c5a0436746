package audio

import (
	"bytes"
	"errors"
	"io"
	"os"
	"testing"
)

// FuzzOggPackets reads the packets of arbitrary bytes as an Ogg stream:
// no panic, every packet within the buffer's bound, and every error
// wrapping a sentinel.
func FuzzOggPackets(f *testing.F) {
	for _, name := range []string{"opus_silk_nb_8k.opus", "opus_celt_48k_stereo.opus"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:min(len(b), 3000)])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		o := newOggReader(bytes.NewReader(b), 0, 1024)
		for range 10000 {
			pkt, _, err := o.nextPacket(len(b)%2 == 0)
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrUnsupported) {
					t.Fatalf("error wraps no sentinel: %v", err)
				}
				return
			}
			if len(pkt) > 1024 {
				t.Fatalf("packet of %d bytes past the 1024-byte bound", len(pkt))
			}
		}
		t.Fatal("10000 packets from a short input")
	})
}

// FuzzOpusHead parses arbitrary identification headers.
func FuzzOpusHead(f *testing.F) {
	f.Add([]byte("OpusHead\x01\x01\x38\x01\x80\x3e\x00\x00\x00\x00\x00"))
	f.Add([]byte("OpusHead\x01\x02\x38\x01\x80\xbb\x00\x00\x00\x01\x01\x01\x01\x00\x01"))
	f.Add([]byte("OpusHead\x01\x06\x38\x01\x80\xbb\x00\x00\x00\x01\x04\x02\x00\x04\x01\x02\x03\x05"))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := parseOpusHead(b)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrUnsupported) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		if h.channels < 1 || h.channels > 2 {
			t.Fatalf("accepted %d channels", h.channels)
		}
	})
}

// FuzzFLACFrameHeader parses arbitrary frame headers: no panic, and an
// accepted header's length within the bytes given.
func FuzzFLACFrameHeader(f *testing.F) {
	f.Add([]byte{0xFF, 0xF8, 0x69, 0x08, 0x00, 0x13, 0x00})
	f.Add([]byte{0xFF, 0xF9, 0x7C, 0xA8, 0xFE, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF, 0x12, 0x34, 0x56, 0x78, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		fr, n, err := parseFLACFrameHeader(b)
		if err != nil {
			return
		}
		if n > len(b) || fr.blockSize < 1 || fr.blockSize > 65536 || fr.channels() > 8 {
			t.Fatalf("accepted %+v, %d bytes of %d", fr, n, len(b))
		}
	})
}
