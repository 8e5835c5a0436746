package dsp_test

import (
	"encoding/binary"
	"testing"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// FuzzVoiceMap feeds any samples (raw float32 bit patterns included:
// NaN, infinities, huge values) through a VoiceMeter and then a VoiceMap
// built from its statistics (with and without the excitation, upper-band
// formant normalisation, contour and codebook options): no panic, exact length, and finite output
// for finite input.
func FuzzVoiceMap(f *testing.F) {
	fuzzSeeds(f)
	// Two seconds of speech, long enough for the meter to measure formants,
	// with the normalisation and contour options on (shape&8).
	sp := dsptest.Speech(8000, 2*8000, 3)
	b := make([]byte, 2*len(sp))
	for i, v := range sp {
		binary.LittleEndian.PutUint16(b[2*i:], uint16(int16(max(-1, min(1, v))*32767)))
	}
	f.Add(b, false, uint8(88), uint16(333))
	// The same with the envelope codebook (shape&16) and no normalisation.
	f.Add(b, false, uint8(16+3), uint16(1001))
	f.Fuzz(func(t *testing.T, data []byte, raw bool, shape uint8, block uint16) {
		in := fuzzSignal(data, raw)
		m, err := dsp.NewVoiceMeter(8000)
		if err != nil {
			t.Fatal(err)
		}
		m.Write(in[0])
		st := m.Stats()
		tg := dsp.VoiceTarget{F0Median: 60 + float64(shape), F0Spread: 0.05 + float64(shape)/300, FormantScale: 0.7 + 0.8*float64(shape)/255,
			LTAS: []float64{0, -float64(shape % 30), -30}}
		seg := func(i int64) dsp.VoiceSegment {
			return dsp.VoiceSegment{Pitch: float64(int(shape)%7 - 3), Range: 0.5 + float64(i%3)/2, Bands: [3]float64{0.7, 1.3, 1}, Wobble: 1, WobbleHz: 5}
		}
		opt := dsp.VoiceMapOptions{Source: st, Target: tg, Segment: seg, SegmentSeconds: 0.5, FillTop: shape%2 == 1, FineEnvelope: shape&2 != 0}
		if shape&4 != 0 { // a replaced source and a compressed upper band
			opt.Excitation = dsp.VoiceExcitation{Flatten: float64(shape%5) / 4, H1: float64(int(shape)%25 - 12), Shimmer: float64(shape % 7), NoiseHz: 500 + 10*float64(shape), Seed: uint64(shape)}
			opt.HighBandHz, opt.HighBandKeep = 1000+10*float64(shape), float64(shape%3)/2
		}
		if shape&8 != 0 { // formant normalisation
			opt.Target.Formants = [3]float64{300 + float64(shape), 1200 + 4*float64(shape), 2300 + 4*float64(shape)}
			opt.Target.FormantSpread = [3]float64{0.05 + float64(shape)/300, 0.3, 1}
			opt.Contour = dsp.VoiceContour{PhraseSeconds: 0.1 + float64(shape)/60, Phrase: float64(shape%3) / 2, Accent: float64(shape%5) / 2,
				Declination: float64(shape%4) / 3, PhraseLen: 0.5 + float64(shape%9), Seed: uint64(block)}
		}
		if shape&16 != 0 { // the envelope codebook
			opt.Codebook = dsp.VoiceCodebook{Mix: float64(shape%11) / 10, Voice: int(block) % dsp.VoiceCodebookVoices}
		}
		s, err := dsp.NewVoiceMap(audio.NewSliceStream(8000, in), opt)
		if err != nil {
			t.Fatal(err)
		}
		out, err := dsptest.ReadBlocks(s, 1+int(block)%5000)
		if err != nil {
			t.Fatal(err)
		}
		checkFuzzOutput(t, in, out, raw)
	})
}
