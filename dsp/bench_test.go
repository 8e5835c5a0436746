package dsp_test

import (
	"testing"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// loopStream is an endless mono source cycling through a signal, so that
// benchmarks measure stages in steady state, one block per iteration.
type loopStream struct {
	rate int
	x    []float32
	pos  int
}

func (l *loopStream) Format() audio.Format {
	return audio.Format{Encoding: audio.EncodingFloat32, SampleRate: l.rate, Channels: 1, Frames: -1}
}

func (l *loopStream) Read(dst [][]float32) (int, error) {
	n := 0
	for n < len(dst[0]) {
		k := copy(dst[0][n:], l.x[l.pos:])
		n += k
		l.pos = (l.pos + k) % len(l.x)
	}
	return n, nil
}

// benchStage reads b.N blocks of 4096 frames of 8 kHz speech-like audio
// through the stage built by mk, after one warm-up block, and reports
// x-realtime and allocations per block.
func benchStage(b *testing.B, rate int, mk func(src audio.Stream) (audio.Stream, error)) {
	src := &loopStream{rate: rate, x: dsptest.Speech(rate, 10*rate, 1)}
	s, err := mk(src)
	if err != nil {
		b.Fatal(err)
	}
	block := audio.NewBlock(1, audio.DefaultBlockFrames)
	if _, err := s.Read(block); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for range b.N {
		if _, err := s.Read(block); err != nil {
			b.Fatal(err)
		}
	}
	cpu := processCPU() - cpu0
	audioSec := float64(b.N) * float64(audio.DefaultBlockFrames) / float64(rate)
	b.ReportMetric(audioSec/b.Elapsed().Seconds(), "x-realtime")
	if cpu0 >= 0 && cpu > 0 {
		b.ReportMetric(audioSec/cpu.Seconds(), "x-realtime-cpu")
	}
}

func BenchmarkSTFTRoundTrip(b *testing.B) {
	for _, rate := range []int{8000, 16000} {
		b.Run(rateName(rate), func(b *testing.B) {
			benchStage(b, rate, func(src audio.Stream) (audio.Stream, error) { return dsp.NewSTFT(src, nil, dsp.STFTOptions{}) })
		})
	}
}

func BenchmarkPitchShift(b *testing.B) {
	for _, rate := range []int{8000, 16000} {
		for _, cents := range []float64{-500, 300} {
			b.Run(rateName(rate)+"/cents="+itoa(int(cents)), func(b *testing.B) {
				benchStage(b, rate, func(src audio.Stream) (audio.Stream, error) {
					return dsp.NewPitchShift(src, dsp.PitchShiftOptions{Cents: cents})
				})
			})
		}
	}
}

func BenchmarkResample(b *testing.B) {
	for _, tc := range []struct{ in, out int }{{8000, 16000}, {16000, 8000}, {44100, 16000}} {
		b.Run(rateName(tc.in)+"-"+rateName(tc.out), func(b *testing.B) {
			benchStage(b, tc.in, func(src audio.Stream) (audio.Stream, error) {
				return dsp.NewResample(src, tc.out, dsp.ResampleOptions{})
			})
		})
	}
}

func BenchmarkBleep(b *testing.B) {
	// A 300 ms span every second: a heavily redacted call.
	var spans []dsp.Span
	for s := int64(0); s < 1<<30; s += 8000 {
		spans = append(spans, dsp.Span{Start: s, End: s + 2400, Channel: -1})
	}
	for _, mode := range []dsp.BleepMode{dsp.BleepTone, dsp.BleepPink} {
		b.Run(mode.String(), func(b *testing.B) {
			benchStage(b, 8000, func(src audio.Stream) (audio.Stream, error) {
				return dsp.NewBleep(src, spans, dsp.BleepOptions{Mode: mode})
			})
		})
	}
}

func rateName(r int) string { return itoa(r/1000) + "k" }

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}
