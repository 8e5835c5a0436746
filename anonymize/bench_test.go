package anonymize_test

import (
	"context"
	"testing"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
)

// nopCloser makes a synthetic stream an audio.ReadCloser.
type nopCloser struct{ audio.Stream }

func (nopCloser) Close() error { return nil }

// stereo duplicates a mono synthetic stream onto two channels.
type stereo struct{ mono *endless }

func (s *stereo) Format() audio.Format {
	f := s.mono.Format()
	f.Channels = 2
	return f
}

func (s *stereo) Read(dst [][]float32) (int, error) {
	n, err := s.mono.Read(dst[:1])
	copy(dst[1][:n], dst[0][:n])
	return n, err
}

// BenchmarkProcess runs the whole pipeline (bleep-free synthetic speech,
// 16-bit WAV out to a discarding sink) on one minute of 8 kHz audio per
// iteration, for each masking method; the Pseudo cases include its first
// pass over a second copy of the recording (Recording.Reopen), as
// ProcessJob does. Cascade is "before", Pseudo (the default) "after".
func BenchmarkProcess(b *testing.B) {
	const rate, seconds = 8000, 60
	for _, bc := range []struct {
		name   string
		voice  anonymize.VoiceMethod
		ch     int
		pauses anonymize.PauseMode
	}{
		{"8kHz-mono-cascade", anonymize.VoiceCascade, 1, anonymize.PausesKeep},
		{"8kHz-mono-cascade-comfort-noise", anonymize.VoiceCascade, 1, anonymize.PausesComfortNoise},
		{"8kHz-mono-pseudo", anonymize.VoicePseudo, 1, anonymize.PausesKeep},
		{"8kHz-mono-pseudo-norm", anonymize.VoicePseudoNorm, 1, ""},
		{"8kHz-mono-pseudo-vq", anonymize.VoicePseudoVQ, 1, ""},
		{"8kHz-stereo-cascade", anonymize.VoiceCascade, 2, anonymize.PausesKeep},
		{"8kHz-stereo-pseudo", anonymize.VoicePseudo, 2, anonymize.PausesKeep},
		{"8kHz-mono-cascade+mcadams", anonymize.VoiceCascadeMcAdams, 1, ""},
		{"8kHz-mono-off", anonymize.VoiceOff, 1, ""},
	} {
		b.Run(bc.name, func(b *testing.B) {
			p, err := anonymize.New(anonymize.Options{Key: testKey(b, 1), Voice: bc.voice, Pauses: bc.pauses, AllowNoTranscript: true})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			open := func() audio.Stream {
				if bc.ch == 2 {
					return &stereo{mono: &endless{rate: rate, frames: rate * seconds}}
				}
				return &endless{rate: rate, frames: rate * seconds}
			}
			reopen := func() (audio.ReadCloser, error) { return nopCloser{open()}, nil }
			cpu0 := processCPU()
			for b.Loop() {
				rec := anonymize.Recording{ID: "bench", Audio: open(), Reopen: reopen}
				if _, err := p.ProcessRecording(context.Background(), rec, &memFile{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(seconds)*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
			// CPU time too: wall time on a shared machine counts the time
			// other processes held the cores.
			if cpu := processCPU() - cpu0; cpu0 >= 0 && cpu > 0 {
				b.ReportMetric(float64(seconds)*float64(b.N)/cpu.Seconds(), "x-realtime-cpu")
			}
		})
	}
}
