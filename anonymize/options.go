package anonymize

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/redact"
)

// BleepKind selects what replaces PII speech.
type BleepKind string

// Bleep kinds.
const (
	BleepTone    BleepKind = "tone"    // a 1 kHz tone at −18 dBFS (the default)
	BleepSilence BleepKind = "silence" // digital silence
	BleepNoise   BleepKind = "noise"   // seeded noise shaped like speech
)

// PauseMode selects what happens to the quiet parts of each channel (the
// pauses, the noise floor, breath) after voice masking.
type PauseMode string

// Pause modes.
const (
	// PausesComfortNoise replaces them with noise whose level and colour
	// are drawn from the key per speaker id (dsp.ComfortNoise): the room,
	// microphone and noise floor of the recording, which identify it and
	// its speaker, are gone from them. Bleeps and the 80 ms after every
	// louder part are kept.
	PausesComfortNoise PauseMode = "comfort-noise"
	// PausesKeep leaves them as the masking made them.
	PausesKeep PauseMode = "keep"
)

// DefaultPauses is what Options.Pauses "" means.
const DefaultPauses = PausesKeep

// SpeakerIDFunc names the pseudo-voice for one channel of one recording.
// Channels (of any recordings) with the same speaker id get the same voice
// parameters under one key.
type SpeakerIDFunc func(recordingID string, channel int) string

// SpeakerPerRecording is the default SpeakerIDFunc: every channel of every
// recording gets its own voice, so masked calls cannot be linked to each
// other by voice.
func SpeakerPerRecording(recordingID string, channel int) string {
	return recordingID + "#" + strconv.Itoa(channel)
}

// SpeakerPerChannel gives channel N the same voice in every recording: for
// call-centre stereo where channel 0 is always the agent side and a dataset
// wants one consistent pseudo-voice for it. It links calls by voice.
func SpeakerPerChannel(_ string, channel int) string {
	return "channel#" + strconv.Itoa(channel)
}

// Options configures a Pipeline. The zero value is the safe default:
// every PII type redacted with a tone, Cascade voice masking, a random key,
// 16-bit PCM out at the input's rate.
type Options struct {
	// Voice is the masking method; "" means VoiceCascade (see the package
	// doc for why VoicePseudo is not the default).
	Voice VoiceMethod
	// VoiceVariation scales how far VoicePseudo's parameters move around
	// the target from segment to segment, up to 2: 1 means the ranges
	// ±1.5 semitones, ±5 % formant scale, f0 range ×2^±0.3; 0 (the
	// default) or a negative value means none, one consistent voice per
	// speaker, because the drift helped an attacker retrained on masked
	// speech (see the package doc). Other methods ignore it.
	VoiceVariation float64
	// Pauses is what becomes of the quiet parts of each channel under
	// VoiceCascade and VoicePseudo; "" means DefaultPauses. Other methods
	// keep them.
	Pauses PauseMode
	// SpeakerID ties channels to pseudo-voices; nil means
	// SpeakerPerRecording.
	SpeakerID SpeakerIDFunc
	// Redact chooses the PII types, score threshold, padding and text
	// operator. The zero value means redact's defaults. Its Key is filled
	// from Key (for pseudonyms) when empty.
	Redact redact.Policy
	// Bleep is what replaces PII speech; "" means BleepTone.
	Bleep BleepKind
	// Key derives the voice parameters and pseudonyms. The zero Key means
	// a random one for this Pipeline: outputs then cannot be linked to the
	// outputs of another run (see Pipeline.EphemeralKey).
	Key Key
	// OutputEncoding is audio.EncodingPCM16 (default when "") or
	// audio.EncodingFloat32.
	OutputEncoding audio.Encoding
	// OutputRate resamples the output to this rate in Hz; 0 keeps the
	// input's rate.
	OutputRate int
	// BlockFrames is the processing block length; 0 means
	// audio.DefaultBlockFrames.
	BlockFrames int
	// AllowNoTranscript masks the voice of recordings that have no
	// transcript at all instead of refusing them. Such outputs still hold
	// every piece of PII that was spoken; Result.Unredacted says so. A
	// transcript that exists but cannot be read, or does not fit the
	// audio, is refused regardless.
	AllowNoTranscript bool
}

// Sentinel errors for the categories a caller branches on. Decoding and
// transcript errors wrap audio's and transcript's sentinels.
var (
	// ErrNoTranscript means the recording has no usable transcript and
	// Options.AllowNoTranscript is false: it is refused, not emitted.
	ErrNoTranscript = errors.New("anonymize: no transcript")
	// ErrTranscriptMismatch means the transcript does not fit the audio
	// (words past its end, on channels it lacks, or out of order), so the
	// bleeps would land in the wrong places.
	ErrTranscriptMismatch = errors.New("anonymize: transcript does not fit the audio")
	// ErrOptions means Options holds an invalid value.
	ErrOptions = errors.New("anonymize: invalid options")
)

// Pipeline turns recordings and their transcripts into safe ones. It is
// safe for concurrent use: each Process call has its own state.
type Pipeline struct {
	opt       Options
	ephemeral bool
}

// New checks o and returns a Pipeline.
func New(o Options) (*Pipeline, error) {
	p := &Pipeline{opt: o}
	if p.opt.Voice == "" {
		p.opt.Voice = VoiceCascade
	}
	switch v := p.opt.VoiceVariation; {
	case v < 0:
		p.opt.VoiceVariation = 0
	case !(v <= 2):
		return nil, fmt.Errorf("%w: voice variation %v (want at most 2)", ErrOptions, o.VoiceVariation)
	}
	switch p.opt.Pauses {
	case "":
		p.opt.Pauses = DefaultPauses
	case PausesComfortNoise, PausesKeep:
	default:
		return nil, fmt.Errorf("%w: pauses %q (want %q or %q)", ErrOptions, o.Pauses, PausesComfortNoise, PausesKeep)
	}
	valid := false
	for _, m := range VoiceMethods() {
		valid = valid || m == p.opt.Voice
	}
	if !valid {
		return nil, fmt.Errorf("%w: voice method %q (want one of %v)", ErrOptions, o.Voice, VoiceMethods())
	}
	if p.opt.SpeakerID == nil {
		p.opt.SpeakerID = SpeakerPerRecording
	}
	switch p.opt.Bleep {
	case "":
		p.opt.Bleep = BleepTone
	case BleepTone, BleepSilence, BleepNoise:
	default:
		return nil, fmt.Errorf("%w: bleep %q (want tone, silence or noise)", ErrOptions, o.Bleep)
	}
	switch p.opt.OutputEncoding {
	case "":
		p.opt.OutputEncoding = audio.EncodingPCM16
	case audio.EncodingPCM16, audio.EncodingFloat32:
	default:
		return nil, fmt.Errorf("%w: output encoding %q (want pcm16 or float32)", ErrOptions, o.OutputEncoding)
	}
	if p.opt.OutputRate < 0 || p.opt.OutputRate > 384000 {
		return nil, fmt.Errorf("%w: output rate %d Hz", ErrOptions, o.OutputRate)
	}
	if p.opt.BlockFrames == 0 {
		p.opt.BlockFrames = audio.DefaultBlockFrames
	}
	if p.opt.BlockFrames < 0 {
		return nil, fmt.Errorf("%w: block of %d frames", ErrOptions, o.BlockFrames)
	}
	if p.opt.Key.IsZero() {
		k, err := NewRandomKey()
		if err != nil {
			return nil, err
		}
		p.opt.Key, p.ephemeral = k, true
	}
	if len(p.opt.Redact.Key) == 0 {
		p.opt.Redact.Key = p.opt.Key.Derive("pseudonym", "")
	}
	return p, nil
}

// EphemeralKey reports whether the Pipeline made its own random key because
// Options.Key was empty. Its outputs cannot be linked to another run's: the
// same speaker gets different voices and pseudonyms.
func (p *Pipeline) EphemeralKey() bool { return p.ephemeral }
