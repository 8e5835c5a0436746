package audio_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/mewkiz/flac"

	"github.com/callveil/callveil/audio"
)

// benchFLAC decodes a FLAC fixture with benchDecode.
func benchFLAC(b *testing.B, name string) {
	file := readFixture(b, name)
	benchDecode(b, file)
}

// BenchmarkDecodeFLAC decodes the FLAC fixtures with this package's
// decoder.
func BenchmarkDecodeFLAC(b *testing.B) {
	b.Run("8k-mono16", func(b *testing.B) { benchFLAC(b, "flac_8k_mono16.flac") })
	b.Run("16k-stereo24", func(b *testing.B) { benchFLAC(b, "flac_16k_stereo24.flac") })
	b.Run("48k-stereo32", func(b *testing.B) { benchFLAC(b, "flac_48k_stereo32.flac") })
}

// BenchmarkDecodeFLACViaMewkiz decodes the same fixtures with
// github.com/mewkiz/flac (v1.0.14), the library DESIGN.md named, to the
// integer samples only (no conversion to float): the measurement behind
// writing the decoder here instead.
func BenchmarkDecodeFLACViaMewkiz(b *testing.B) {
	for _, bc := range []struct{ name, file string }{
		{"8k-mono16", "flac_8k_mono16.flac"},
		{"16k-stereo24", "flac_16k_stereo24.flac"},
		{"48k-stereo32", "flac_48k_stereo32.flac"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			file := readFixture(b, bc.file)
			var frames int64
			var rate int
			b.SetBytes(int64(len(file)))
			b.ReportAllocs()
			for b.Loop() {
				s, err := flac.New(bytes.NewReader(file))
				if err != nil {
					b.Fatal(err)
				}
				rate = int(s.Info.SampleRate)
				for {
					f, err := s.ParseNext()
					if errors.Is(err, io.EOF) {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					frames += int64(f.BlockSize)
				}
			}
			b.ReportMetric(float64(frames)/float64(rate)/b.Elapsed().Seconds(), "x-realtime")
		})
	}
}

// BenchmarkReadBlocks reads FLAC and Opus streams in DefaultBlockFrames
// blocks, reopening at the end outside the timer, so that the allocations
// reported are those of steady-state reads alone.
func BenchmarkReadBlocks(b *testing.B) {
	for _, bc := range []struct{ name, file string }{
		{"flac-16k-stereo24", "flac_16k_stereo24.flac"},
		{"opus-silk-nb-mono", "opus_silk_nb_8k.opus"},
		{"opus-hybrid-mono", "opus_hybrid_48k.opus"},
		{"opus-celt-stereo", "opus_celt_48k_stereo.opus"},
		{"webm-opus-mono", "opus_48k_mono.webm"},
	} {
		b.Run(bc.name, func(b *testing.B) { benchReadBlocks(b, readFixture(b, bc.file)) })
	}
}

func benchReadBlocks(b *testing.B, file []byte) {
	var s audio.Stream
	open := func() {
		var err error
		if s, err = audio.Open(bytes.NewReader(file)); err != nil {
			b.Fatal(err)
		}
	}
	open()
	f := s.Format()
	block := audio.NewBlock(f.Channels, audio.DefaultBlockFrames)
	var frames int64
	b.ReportAllocs()
	for b.Loop() {
		n, err := s.Read(block)
		frames += int64(n)
		if errors.Is(err, io.EOF) {
			b.StopTimer()
			open()
			b.StartTimer()
		} else if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(frames)/float64(f.SampleRate)/b.Elapsed().Seconds(), "x-realtime")
}
