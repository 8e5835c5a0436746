package anonymize_test

import (
	"context"
	"testing"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
)

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

// BenchmarkProcess runs the whole default pipeline (bleep-free synthetic
// speech, Cascade masking, 16-bit WAV out to a discarding sink) on one
// minute of 8 kHz audio per iteration.
func BenchmarkProcess(b *testing.B) {
	const rate, seconds = 8000, 60
	for _, bc := range []struct {
		name  string
		voice anonymize.VoiceMethod
		ch    int
	}{
		{"8kHz-mono-cascade", anonymize.VoiceCascade, 1},
		{"8kHz-stereo-cascade", anonymize.VoiceCascade, 2},
		{"8kHz-mono-cascade+mcadams", anonymize.VoiceCascadeMcAdams, 1},
		{"8kHz-mono-off", anonymize.VoiceOff, 1},
	} {
		b.Run(bc.name, func(b *testing.B) {
			p, err := anonymize.New(anonymize.Options{Key: testKey(b, 1), Voice: bc.voice, AllowNoTranscript: true})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				var src audio.Stream = &endless{rate: rate, frames: rate * seconds}
				if bc.ch == 2 {
					src = &stereo{mono: &endless{rate: rate, frames: rate * seconds}}
				}
				if _, err := p.Process(context.Background(), src, nil, &memFile{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(seconds)*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
		})
	}
}
