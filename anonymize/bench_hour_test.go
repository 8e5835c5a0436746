package anonymize_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/transcript"
)

// hourRecording is one hour of 8 kHz mono 16-bit WAV built in memory by
// looping call1 (espeak-ng speech with spoken PII), and its transcript:
// call1's words, shifted to every loop, so PII is found and bleeped once
// per loop (about 106 times).
var hourRecording = sync.OnceValues(func() ([]byte, *transcript.Transcript) {
	const seconds = 3600
	in, err := audio.OpenFile(filepath.Join(calls, "call1.wav"))
	if err != nil {
		panic(err)
	}
	defer in.Close()
	clip, err := audio.ReadAll(in)
	if err != nil {
		panic(err)
	}
	f, err := os.Open(filepath.Join(calls, "call1.json"))
	if err != nil {
		panic(err)
	}
	defer f.Close()
	tr, err := transcript.Read(f)
	if err != nil {
		panic(err)
	}
	rate := in.Format().SampleRate
	x := make([]float32, seconds*rate)
	for i := range x {
		x[i] = clip[0][i%len(clip[0])]
	}
	long := &transcript.Transcript{Channels: 1, Source: tr.Source}
	clipDur := time.Duration(len(clip[0])) * time.Second / time.Duration(rate)
	for off := time.Duration(0); off+clipDur <= seconds*time.Second; off += clipDur {
		for _, w := range tr.Words {
			w.Start += off
			w.End += off
			long.Words = append(long.Words, w)
		}
	}
	var buf memWAV
	if _, err := audio.WriteWAV(&buf, audio.NewSliceStream(rate, [][]float32{x}), audio.WAVOptions{}); err != nil {
		panic(err)
	}
	return buf.b, long
})

// BenchmarkProcessHour is the whole default pipeline on one hour of 8 kHz
// mono WAV held in memory: WAV decoding, PII search over the transcript,
// tone bleeps, Cascade voice masking, 16-bit WAV encoding to a discarding
// sink. It is the in-repo counterpart of bench/compare.sh's pipeline line.
func BenchmarkProcessHour(b *testing.B) {
	wav, tr := hourRecording()
	for _, voice := range []anonymize.VoiceMethod{anonymize.VoiceCascade, anonymize.VoicePitch} {
		b.Run("8kHz-mono-"+string(voice), func(b *testing.B) {
			p, err := anonymize.New(anonymize.Options{Key: testKey(b, 1), Voice: voice})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var findings int
			for b.Loop() {
				src, err := audio.Open(bytes.NewReader(wav))
				if err != nil {
					b.Fatal(err)
				}
				res, err := p.Process(context.Background(), src, tr, &memFile{})
				if err != nil {
					b.Fatal(err)
				}
				findings = len(res.Findings)
			}
			if findings < 100 {
				b.Fatalf("%d findings in an hour of call1: the transcript was not used", findings)
			}
			b.ReportMetric(3600*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
		})
	}
}

// memWAV is an in-memory io.WriteSeeker that keeps what is written.
type memWAV struct {
	b   []byte
	pos int
}

func (m *memWAV) Write(p []byte) (int, error) {
	if need := m.pos + len(p); need > len(m.b) {
		m.b = append(m.b, make([]byte, need-len(m.b))...)
	}
	copy(m.b[m.pos:], p)
	m.pos += len(p)
	return len(p), nil
}

func (m *memWAV) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case 0:
		m.pos = int(off)
	case 1:
		m.pos += int(off)
	case 2:
		m.pos = len(m.b) + int(off)
	}
	return int64(m.pos), nil
}
