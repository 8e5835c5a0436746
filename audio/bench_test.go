package audio_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/callveil/callveil/audio"
)

// benchDecode decodes file once per iteration in DefaultBlockFrames blocks
// and reports throughput as multiples of real time.
func benchDecode(b *testing.B, file []byte) {
	s, err := audio.Open(bytes.NewReader(file))
	if err != nil {
		b.Fatal(err)
	}
	f := s.Format()
	block := audio.NewBlock(f.Channels, audio.DefaultBlockFrames)
	var frames int64
	b.SetBytes(int64(len(file)))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		s, _ := audio.Open(bytes.NewReader(file))
		for {
			n, err := s.Read(block)
			frames += int64(n)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := processCPU() - cpu0
	seconds := float64(frames) / float64(f.SampleRate)
	b.ReportMetric(seconds/b.Elapsed().Seconds(), "x-realtime")
	if cpu > 0 {
		b.ReportMetric(seconds/cpu.Seconds(), "x-realtime-cpu")
	}
	b.ReportMetric(float64(frames)/float64(b.N)/audio.DefaultBlockFrames, "blocks/op")
}

func BenchmarkDecode(b *testing.B) {
	const seconds = 60
	pcm16 := sineBytesPCM16(8000, seconds, 440)
	mulaw := make([]byte, 8000*seconds)
	for i := range mulaw {
		mulaw[i] = byte(i * 7)
	}
	// 20 copies of the 0.55 s fixture: 11 s of 44.1 kHz stereo MP3.
	mp3 := bytes.Repeat(readFixture(b, "stereo44k_mpeg1.mp3"), 20)
	// 10 copies of the 1.2 s fixture: 12 s of 8 kHz mono MPEG-2.5 at 16 kbit/s.
	mp3tel := bytes.Repeat(readFixture(b, "mono8k_mpeg25.mp3"), 10)

	b.Run("pcm16-8k-mono", func(b *testing.B) { benchDecode(b, wavBytes(fmtChunk(1, 1, 8000, 16), dataChunk(pcm16))) })
	b.Run("mulaw-8k-mono", func(b *testing.B) { benchDecode(b, wavBytes(fmtChunk(7, 1, 8000, 8), dataChunk(mulaw))) })
	b.Run("mp3-44k-stereo", func(b *testing.B) { benchDecode(b, mp3) })
	b.Run("mp3-8k-mono", func(b *testing.B) { benchDecode(b, mp3tel) })
}

// BenchmarkDecodeFiles decodes the files CALLVEIL_BENCH_FILES names
// (separated by the OS's list separator, ":" on Unix), each a sub-benchmark,
// e.g. the MP3s bench/compare.sh generates, cut shorter with
// "ffmpeg -t 60 -c copy". It skips without the variable: the committed
// fixtures are too short to time a decoder on real speech.
func BenchmarkDecodeFiles(b *testing.B) {
	list := os.Getenv("CALLVEIL_BENCH_FILES")
	if list == "" {
		b.Skip("set CALLVEIL_BENCH_FILES to the audio files to decode")
	}
	for _, name := range strings.Split(list, string(os.PathListSeparator)) {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(name), func(b *testing.B) { benchDecode(b, data) })
	}
}

func BenchmarkEncode(b *testing.B) {
	const seconds = 60
	for _, bc := range []struct {
		name     string
		rate     int
		channels int
		enc      audio.Encoding
	}{
		{"pcm16-8k-mono", 8000, 1, audio.EncodingPCM16},
		{"float32-8k-mono", 8000, 1, audio.EncodingFloat32},
		{"pcm16-44k-stereo", 44100, 2, audio.EncodingPCM16},
	} {
		b.Run(bc.name, func(b *testing.B) {
			samples := audio.NewBlock(bc.channels, bc.rate*seconds)
			for c := range samples {
				for i := range samples[c] {
					samples[c][i] = float32(i%200)/100 - 1
				}
			}
			out := &memFile{buf: make([]byte, 0, 4*bc.channels*bc.rate*seconds+64)}
			b.ReportAllocs()
			for b.Loop() {
				out.reset()
				if _, err := audio.WriteWAV(out, audio.NewSliceStream(bc.rate, samples), audio.WAVOptions{Encoding: bc.enc}); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(len(out.buf)))
			b.ReportMetric(seconds*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
		})
	}
}
