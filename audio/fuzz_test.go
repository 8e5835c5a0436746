package audio_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/callveil/callveil/audio"
)

// decodeToEnd opens b and reads it to the end in odd-sized blocks. It fails
// on an error outside the package's sentinels, on a stream that never ends,
// and on samples outside [-1, 1]. A panic fails the fuzz run by itself.
func decodeToEnd(t *testing.T, b []byte) {
	// A stream from len(b) bytes holds at most a few frames per byte (G.711
	// and PCM8 give one per byte; an MP3 frame of 24 bytes gives 576).
	f, total, err, opened := readToEnd(t, b, int64(len(b))*64+2000, false)
	if opened && f.Frames >= 0 && f.Frames != total && (f.Container == "wav" || errors.Is(err, io.EOF)) {
		t.Fatalf("Format.Frames %d but %d decoded to %v", f.Frames, total, err)
	}
}

// readToEnd is the loop of decodeToEnd and decodeCodecToEnd: it opens b,
// reads it in blocks of 997 frames until an error, and fails on an error
// outside the package's sentinels, a sample outside [-1, 1], more than
// limit frames, or (with capAtFrames) more frames than Format.Frames. It
// returns the format, the frames read and the error that ended the stream;
// opened is false when Open refused b (with a sentinel error).
func readToEnd(t *testing.T, b []byte, limit int64, capAtFrames bool) (f audio.Format, total int64, err error, opened bool) {
	s, err := audio.Open(bytes.NewReader(b))
	if err != nil {
		if !errors.Is(err, audio.ErrCorrupt) && !errors.Is(err, audio.ErrUnsupported) {
			t.Fatalf("Open: error wraps no sentinel: %v", err)
		}
		return f, 0, err, false
	}
	f = s.Format()
	if f.Channels < 1 || f.SampleRate < 1 {
		t.Fatalf("Open accepted %v", f)
	}
	block := audio.NewBlock(f.Channels, 997)
	for {
		var n int
		n, err = s.Read(block)
		for c := range block {
			for _, v := range block[c][:n] {
				if !(v >= -1 && v <= 1) {
					t.Fatalf("sample %v outside [-1, 1]", v)
				}
			}
		}
		total += int64(n)
		if total > limit {
			t.Fatalf("stream of %d bytes yielded over %d frames", len(b), limit)
		}
		if capAtFrames && f.Frames >= 0 && total > f.Frames {
			t.Fatalf("stream yielded %d frames, more than Format.Frames %d", total, f.Frames)
		}
		if errors.Is(err, io.EOF) {
			return f, total, err, true
		}
		if err != nil {
			if !errors.Is(err, audio.ErrCorrupt) && !errors.Is(err, audio.ErrTruncated) {
				t.Fatalf("Read: error wraps no sentinel: %v", err)
			}
			return f, total, err, true
		}
		if n == 0 {
			t.Fatal("Read returned 0 frames and no error")
		}
	}
}

func FuzzOpenWAV(f *testing.F) {
	pcm := pcm16Bytes(randomPCM16(1, 64)...)
	f.Add(wavBytes(fmtChunk(1, 1, 8000, 16), dataChunk(pcm)))
	f.Add(wavBytes(fmtChunk(1, 2, 44100, 24), dataChunk(pcm[:60])))
	f.Add(wavBytes(fmtChunk(1, 2, 8000, 8), dataChunk(pcm[:31])))
	f.Add(wavBytes(fmtChunk(1, 1, 8000, 32), dataChunk(pcm)))
	f.Add(wavBytes(fmtChunk(3, 1, 8000, 32), dataChunk(f32bytes(0.5, -0.5, 2))))
	f.Add(wavBytes(fmtChunk(3, 2, 8000, 64), dataChunk(f64bytes(0.5, -0.5))))
	f.Add(wavBytes(fmtChunk(7, 1, 8000, 8), dataChunk(pcm)))
	f.Add(wavBytes(fmtChunk(6, 1, 8000, 8), dataChunk(pcm)))
	f.Add(wavBytes(fmtExtensible(2, 48000, 24, 20, ksGUID(1)), dataChunk(pcm[:60])))
	f.Add(wavBytes(fmtExtensible(1, 8000, 8, 8, ksGUID(7)), dataChunk(pcm)))
	f.Add(wavBytes(chunk{id: "LIST", body: []byte("INFOINAM\x05\x00\x00\x00Alice")}, fmtChunk(1, 1, 8000, 16), dataChunk(pcm)))
	// Hand-broken headers.
	f.Add(wavBytes(fmtChunk(1, 1, 8000, 16), chunk{id: "data", body: pcm, size: sizeOf(0xFFFFFF00)}))
	f.Add(wavBytes(fmtChunk(1, 1, 8000, 16), chunk{id: "data", body: pcm, size: sizeOf(0xFFFFFFFF)}))
	f.Add(wavBytes(chunk{id: "LIST", body: []byte("INFO"), size: sizeOf(1 << 30)}, fmtChunk(1, 1, 8000, 16), dataChunk(pcm)))
	f.Add(wavBytes(fmtChunk(1, 0, 8000, 16), dataChunk(pcm)))
	f.Add(wavBytes(fmtChunk(1, 1, 0, 16), dataChunk(pcm)))
	f.Add(wavBytes(fmtChunk(1, 1, 8000, 7), dataChunk(pcm)))
	f.Add(wavBytes(fmtChunk(1, 2, 8000, 16), dataChunk(pcm[:13])))
	f.Add([]byte("RIFF\x00\x00\x00\x00WAVE"))
	f.Add([]byte{})
	f.Fuzz(decodeToEnd)
}

func FuzzOpenMP3(f *testing.F) {
	for _, name := range []string{"mono16k_mpeg2.mp3", "stereo44k_mpeg1.mp3", "mono8k_mpeg25.mp3", "id3_phone.mp3", "mono22k_mpeg2_padded.mp3",
		"mono44k_lame_vbr.mp3", "mono44k_lame_notag.mp3", "mono44k_ffmpeg_tag.mp3", "mono16k_ffmpeg_tag.mp3",
		"mp3corpus/m8k_32k_joint.mp3", "mp3corpus/m12k_56k_joint.mp3", "mp3corpus/m24k_96k_stereo.mp3", "mp3corpus/m16k_vbr_joint.mp3"} {
		b := readFixture(f, name)
		f.Add(b)
		f.Add(b[:len(b)/3])
		// Hand-broken: a damaged frame in the middle.
		broken := bytes.Clone(b)
		for i := len(b) / 2; i < len(b)/2+40; i++ {
			broken[i] ^= 0x5A
		}
		f.Add(broken)
	}
	f.Add([]byte("ID3\x04\x00\x00\x7f\x7f\x7f\x7f\xff\xfb\x90\x64"))
	f.Add([]byte("\xff\xfb\x90\x64\x00\x00\x00\x00"))
	f.Fuzz(decodeToEnd)
}
