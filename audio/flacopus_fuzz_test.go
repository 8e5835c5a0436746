package audio_test

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"testing"

	"github.com/callveil/callveil/audio"
)

// decodeCodecToEnd opens b and reads it to the end in odd-sized blocks,
// like decodeToEnd, with a frame limit that allows for the codecs' best
// ratios: a FLAC CONSTANT frame of a dozen bytes holds 65,535 frames and
// an Opus packet of 2 bytes 120 ms, and the total is bounded by the
// stream's own length field, which it must not exceed. It also fails when
// opening and decoding allocate more than a fixed bound (no allocation
// sized by a header field).
func decodeCodecToEnd(t *testing.T, b []byte) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f, total, err, opened := readToEnd(t, b, int64(len(b))*8192+65536, true)
	if opened && f.Frames >= 0 && f.Frames != total && errors.Is(err, io.EOF) {
		t.Fatalf("Format.Frames %d but %d decoded to %v", f.Frames, total, err)
	}
	runtime.ReadMemStats(&after)
	// The largest buffers: 8 channels of a 65,535-sample FLAC frame
	// (4 MiB), or the Ogg page and packet buffers and the Opus decoder's
	// state; the rest grows with the input only (pion/opus allocates a
	// little per packet).
	if got, bound := after.TotalAlloc-before.TotalAlloc, uint64(8<<20+len(b)*64); got > bound {
		t.Fatalf("%d bytes of input made %d bytes of allocations (bound %d)", len(b), got, bound)
	}
}

func FuzzOpenFLAC(f *testing.F) {
	for _, name := range []string{"flac_8k_mono16.flac", "flac_8k_mono16_id3.flac", "flac_16k_stereo24.flac",
		"flac_44k_mono8.flac", "flac_48k_stereo32.flac", "flac_11k_6ch16.flac"} {
		b := readFixture(f, name)
		f.Add(b[:min(len(b), 6000)])
		f.Add(b[:len(b)/3])
		broken := bytes.Clone(b[:min(len(b), 6000)])
		for i := len(broken) / 2; i < len(broken)/2+20; i++ {
			broken[i] ^= 0x5A
		}
		f.Add(broken)
	}
	f.Add([]byte("fLaC\x80\x00\x00\x22\x10\x00\xff\xff\x00\x00\x00\x00\x00\x00\x01\xf4\x00\xf0\x00\x00\x00\x00"))
	f.Add([]byte("fLaC"))
	f.Fuzz(decodeCodecToEnd)
}

func FuzzOpenOpus(f *testing.F) {
	for _, name := range []string{"opus_silk_nb_8k.opus", "opus_silk_wb_16k.opus", "opus_silk_wb_stereo.opus",
		"opus_hybrid_48k.opus", "opus_celt_48k_stereo.opus", "opus_celt_48k_mono.opus"} {
		b := readFixture(f, name)
		f.Add(b[:min(len(b), 5000)])
		f.Add(b[:len(b)/3])
	}
	f.Add([]byte("OggS"))
	f.Fuzz(decodeCodecToEnd)
}

func FuzzOpenWebM(f *testing.F) {
	for _, name := range []string{"opus_48k_mono.webm", "opus_16k_stereo_live.webm"} {
		b := readFixture(f, name)
		f.Add(b[:min(len(b), 4000)])
		f.Add(b[:len(b)/3])
	}
	f.Add([]byte("\x1a\x45\xdf\xa3\x9f\x42\x82\x84webm\x18\x53\x80\x67\x01\xff\xff\xff\xff\xff\xff\xff"))
	f.Fuzz(decodeCodecToEnd)
}

// FuzzOpusModes reads arbitrary files the way `callveil info` lists Opus
// modes: no panic, and errors wrap a sentinel.
func FuzzOpusModes(f *testing.F) {
	for _, name := range []string{"opus_silk_wb_stereo.opus", "opus_16k_stereo_live.webm"} {
		b := readFixture(f, name)
		f.Add(b[:min(len(b), 3000)])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := audio.OpusModes(bytes.NewReader(b))
		if err != nil && !errors.Is(err, audio.ErrCorrupt) && !errors.Is(err, audio.ErrTruncated) && !errors.Is(err, audio.ErrUnsupported) {
			t.Fatalf("error wraps no sentinel: %v", err)
		}
	})
}
