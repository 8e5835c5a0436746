package anonymize

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/redact"
)

// bleep wraps s in a dsp.Bleep over the redact spans (time → frames).
func (p *Pipeline) bleep(s audio.Stream, spans []redact.Span) (audio.Stream, error) {
	if len(spans) == 0 {
		return s, nil
	}
	rate := s.Format().SampleRate
	frames := make([]dsp.Span, len(spans))
	for i, sp := range spans {
		frames[i] = dsp.SpanAt(sp.Start, sp.End, sp.Channel, rate)
	}
	opt := dsp.BleepOptions{}
	switch p.opt.Bleep {
	case BleepSilence:
		opt.Mode = dsp.BleepSilence
	case BleepNoise:
		opt.Mode = dsp.BleepPink
	default:
		opt.Mode = dsp.BleepTone
	}
	b, err := dsp.NewBleep(s, frames, opt)
	if err != nil {
		return nil, fmt.Errorf("anonymize: bleep: %w", err)
	}
	return b, nil
}

// resample wraps s in a resampler to rate.
func (p *Pipeline) resample(s audio.Stream, rate int) (audio.Stream, error) {
	r, err := dsp.NewResample(s, rate, dsp.ResampleOptions{})
	if err != nil {
		return nil, fmt.Errorf("anonymize: resample: %w", err)
	}
	return r, nil
}

// maskVoices wraps s in each channel's voice transforms, with parameters
// derived from the key and the speaker id of that channel. For the pitch
// direction of the older methods it looks ahead at the first seconds of
// each channel; VoicePseudo measures each channel over the whole recording
// first (see measureVoices).
func (p *Pipeline) maskVoices(ctx context.Context, s audio.Stream, recordingID string, reopen func() (audio.ReadCloser, error), spans []redact.Span) (audio.Stream, []VoiceUse, error) {
	f := s.Format()
	uses := make([]VoiceUse, f.Channels)
	if p.opt.Voice == VoiceOff {
		for c := range uses {
			uses[c] = VoiceUse{Channel: c, Method: VoiceOff}
		}
		return s, uses, nil
	}
	if p.opt.Voice == VoicePseudo || p.opt.Voice == VoicePseudoNorm || p.opt.Voice == VoicePseudoVQ {
		stats, s2, err := p.measureVoices(ctx, s, reopen, spans)
		if err != nil {
			return nil, nil, err
		}
		s = s2
		voices := make([]pseudoVoice, f.Channels)
		for c := range voices {
			voices[c] = derivePseudoVoice(p.opt.Key, p.opt.SpeakerID(recordingID, c))
			uses[c] = VoiceUse{Channel: c, Method: p.opt.Voice, ID: voices[c].id}
		}
		out, err := perChannel(s, p.opt.BlockFrames, func(c int, mono audio.Stream) (audio.Stream, error) {
			t := voices[c].fit(stats[c], f.SampleRate)
			if p.opt.Voice == VoicePseudoNorm {
				t = voices[c].normalise(t, stats[c])
			}
			var cb dsp.VoiceCodebook
			if p.opt.Voice == VoicePseudoVQ {
				cb = dsp.VoiceCodebook{Mix: voices[c].cbMix, Voice: voices[c].cbVoice}
			}
			m, err := dsp.NewVoiceMap(mono, dsp.VoiceMapOptions{
				Source:  stats[c],
				Target:  t,
				Segment: voices[c].segment(p.opt.VoiceVariation),
				// The full-order envelope: see the package doc.
				FineEnvelope: true,
				Codebook:     cb,
			})
			if err != nil {
				return nil, err
			}
			return p.pauses(m, c, p.opt.SpeakerID(recordingID, c), spans)
		})
		if err != nil {
			return nil, nil, fmt.Errorf("anonymize: voice masking: %w", err)
		}
		return out, uses, nil
	}
	f0 := make([]float64, f.Channels)
	if p.opt.Voice != VoiceFormant && p.opt.Voice != VoiceMcAdams {
		la := newLookahead(s, f0Lookahead*f.SampleRate, p.opt.BlockFrames)
		for c := range f0 {
			f0[c] = medianF0(la.buf[c], f.SampleRate)
		}
		s = la
	}
	params := make([]voiceParams, f.Channels)
	for c := range params {
		params[c] = deriveVoice(p.opt.Key, p.opt.SpeakerID(recordingID, c), f0[c], p.opt.Voice)
		uses[c] = VoiceUse{Channel: c, Method: p.opt.Voice, ID: params[c].id}
	}
	out, err := perChannel(s, p.opt.BlockFrames, func(c int, mono audio.Stream) (audio.Stream, error) {
		v, err := p.voiceChain(mono, params[c])
		if err != nil {
			return nil, err
		}
		return p.pauses(v, c, p.opt.SpeakerID(recordingID, c), spans)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("anonymize: voice masking: %w", err)
	}
	return out, uses, nil
}

// measureVoices measures every channel's voice statistics for VoicePseudo.
// With reopen it streams a second copy of the recording, bleeped like the
// first, from start to end (memory: one block and the meters); without it,
// it measures the first f0Lookahead seconds of s, which it buffers and
// returns wrapped so that they are replayed.
func (p *Pipeline) measureVoices(ctx context.Context, s audio.Stream, reopen func() (audio.ReadCloser, error), spans []redact.Span) ([]dsp.VoiceStats, audio.Stream, error) {
	f := s.Format()
	meters := make([]*dsp.VoiceMeter, f.Channels)
	for c := range meters {
		m, err := dsp.NewVoiceMeter(f.SampleRate)
		if err != nil {
			return nil, nil, fmt.Errorf("anonymize: voice masking: %w", err)
		}
		meters[c] = m
	}
	stats := func() []dsp.VoiceStats {
		out := make([]dsp.VoiceStats, len(meters))
		for c, m := range meters {
			out[c] = m.Stats()
		}
		return out
	}
	if reopen == nil {
		la := newLookahead(s, f0Lookahead*f.SampleRate, p.opt.BlockFrames)
		for c, m := range meters {
			m.Write(la.buf[c])
		}
		return stats(), la, nil
	}
	rc, err := reopen()
	if err != nil {
		return nil, nil, fmt.Errorf("anonymize: voice analysis pass: %w", err)
	}
	defer rc.Close()
	if g := rc.Format(); g.Channels != f.Channels || g.SampleRate != f.SampleRate {
		return nil, nil, fmt.Errorf("anonymize: voice analysis pass: reopened audio has %d channels at %d Hz, not %d at %d", g.Channels, g.SampleRate, f.Channels, f.SampleRate)
	}
	var a audio.Stream = &absorbTruncation{Stream: rc}
	if a, err = p.bleep(a, spans); err != nil {
		return nil, nil, err
	}
	block := audio.NewBlock(f.Channels, p.opt.BlockFrames)
	for {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("anonymize: %w", err)
		}
		n, err := a.Read(block)
		for c, m := range meters {
			m.Write(block[c][:n])
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("anonymize: voice analysis pass: %w", err)
		}
	}
	return stats(), s, nil
}

// pauses wraps channel c's masked stream s (mono) in the comfort noise
// of Options.Pauses, for VoiceCascade and VoicePseudo; the bleeps of spans
// on that channel pass untouched.
func (p *Pipeline) pauses(s audio.Stream, c int, speaker string, spans []redact.Span) (audio.Stream, error) {
	if p.opt.Pauses != PausesComfortNoise || (p.opt.Voice != VoiceCascade && p.opt.Voice != VoicePseudo) {
		return s, nil
	}
	rate := s.Format().SampleRate
	o := deriveComfortNoise(p.opt.Key, speaker, rate)
	o.BlockFrames = p.opt.BlockFrames
	for _, sp := range spans {
		if sp.Channel == c || sp.Channel == -1 {
			o.Keep = append(o.Keep, dsp.SpanAt(sp.Start, sp.End, c, rate))
		}
	}
	return dsp.NewComfortNoise(s, o)
}

// Ranges of the comfort noise's keyed level and colour.
const (
	comfortLevelLow, comfortLevelHigh = -66.0, -54.0 // dBFS
	comfortTiltLow, comfortTiltHigh   = -0.3, 0.9    // one-pole coefficient
	comfortPeakLow, comfortPeakHigh   = 300.0, 3000.0
	comfortPeakDB                     = 9.0 // ± dB
)

// deriveComfortNoise draws the comfort noise of speaker from the key:
// nothing of it comes from the speaker's audio.
func deriveComfortNoise(k Key, speaker string, rate int) dsp.ComfortNoiseOptions {
	h := k.Derive("comfort-noise", speaker)
	return dsp.ComfortNoiseOptions{
		LevelDBFS: comfortLevelLow + (comfortLevelHigh-comfortLevelLow)*unitFloat(h, 0),
		Tilt:      comfortTiltLow + (comfortTiltHigh-comfortTiltLow)*unitFloat(h, 1),
		PeakHz:    min(comfortPeakLow+(comfortPeakHigh-comfortPeakLow)*unitFloat(h, 2), 0.4*float64(rate)),
		PeakDB:    comfortPeakDB * (2*unitFloat(h, 3) - 1),
		Seed:      binary.BigEndian.Uint64(k.Derive("comfort-noise-seed", speaker)),
	}
}

// voiceChain builds one channel's transforms for the pipeline's method.
//
// The cascade's pitch shift and formant warp share one phase vocoder: the
// formant processor runs inside it on every synthesis frame, so the cascade
// costs one analysis and one synthesis FFT per hop, not two of each. The
// vocoder moves formants with the pitch (by the ratio r); warping the
// frame's envelope by f/r inside it leaves them moved by f overall, so the
// two parameters stay independent.
func (p *Pipeline) voiceChain(s audio.Stream, v voiceParams) (audio.Stream, error) {
	var err error
	m := p.opt.Voice
	switch m {
	case VoiceCascade, VoiceCascadeMcAdams:
		r := v.pitchRatio()
		formant, err := dsp.NewFormantProcessor(dsp.FormantOptions{Factor: v.formant / r})
		if err != nil {
			return nil, err
		}
		if s, err = dsp.NewPitchShift(s, dsp.PitchShiftOptions{Ratio: r, Spectral: formant}); err != nil {
			return nil, err
		}
	case VoicePitch:
		if s, err = dsp.NewPitchShift(s, dsp.PitchShiftOptions{Ratio: v.pitchRatio()}); err != nil {
			return nil, err
		}
	case VoiceFormant:
		if s, err = dsp.NewFormantWarp(s, dsp.FormantOptions{Factor: v.formant}); err != nil {
			return nil, err
		}
	}
	if m == VoiceMcAdams || m == VoiceCascadeMcAdams {
		if s, err = dsp.NewMcAdams(s, dsp.McAdamsOptions{Alpha: v.alpha}); err != nil {
			return nil, err
		}
	}
	return s, nil
}
