package anonymize

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// VoiceUse says how one channel's voice was masked. ID is an opaque keyed
// identifier of the parameters: equal IDs mean equal parameters, but the
// parameters cannot be learnt from it.
type VoiceUse struct {
	Channel int
	Method  VoiceMethod
	ID      string
}

// Timings break down where a recording's processing time went.
type Timings struct {
	// Transcript is reading the transcript and finding PII in it.
	Transcript time.Duration
	// Audio is decoding, bleeping, masking and encoding (one streaming pass).
	Audio time.Duration
	// Total is the whole call.
	Total time.Duration
}

// Result describes one processed recording. It holds no PII text and no
// voice parameters.
type Result struct {
	// Format is the input's format.
	Format audio.Format
	// Frames is the number of frames written, at the output rate.
	Frames int64
	// Duration is the length of the recording.
	Duration time.Duration
	// Findings are the PII findings (types, times, word indices; no text).
	Findings []redact.Finding
	// Spans are the padded, merged spans that were bleeped.
	Spans []redact.Span
	// Voices lists each channel's masking.
	Voices []VoiceUse
	// Unredacted is true when there was no transcript and the options
	// allowed masking the voice only: PII speech is still in the output.
	Unredacted bool
	// Truncated is true when the input ended before its header said; what
	// was there was processed.
	Truncated bool
	// OutputSHA256 is the hex SHA-256 of the output audio file (set by
	// ProcessJob and ProcessFile).
	OutputSHA256 string
	// Timings says where the time went.
	Timings Timings

	transcript *transcript.Transcript
	redactions []transcript.Redaction
}

// WriteTranscript writes the redacted transcript in the format it was read
// from. It fails for unredacted results (there is no transcript).
func (r *Result) WriteTranscript(w io.Writer) error {
	if r.transcript == nil {
		return ErrNoTranscript
	}
	return transcript.Write(w, r.transcript, r.redactions)
}

// WriteNativeTranscript writes the redacted transcript as callveil native
// JSON.
func (r *Result) WriteNativeTranscript(w io.Writer) error {
	if r.transcript == nil {
		return ErrNoTranscript
	}
	return transcript.WriteNative(w, r.transcript, r.redactions)
}

// Process reads src to its end, bleeps the PII that tr reveals, masks the
// voices and writes a WAV file to dst. tr may be nil only with
// Options.AllowNoTranscript. The recording id used for speaker ids is
// derived from the transcript's content; use ProcessRecording to set it.
//
// Output length equals input length (at the output rate) and output time t
// is input time t. Process returns within one block of ctx being cancelled;
// dst then holds a partial file the caller must discard.
func (p *Pipeline) Process(ctx context.Context, src audio.Stream, tr *transcript.Transcript, dst io.WriteSeeker) (*Result, error) {
	return p.ProcessRecording(ctx, Recording{Audio: src, Transcript: tr}, dst)
}

// Recording is one input to ProcessRecording.
type Recording struct {
	// ID names the recording for speaker ids (see SpeakerIDFunc); the CLI
	// uses the relative input path. "" derives one from the transcript.
	ID string
	// Audio is the decoded recording.
	Audio audio.Stream
	// Transcript is its word-timed transcript, or nil.
	Transcript *transcript.Transcript
	// Reopen, if set, opens the same audio again from its start. VoicePseudo
	// and VoicePseudoNorm use it for their first pass, which measures each speaker's voice over
	// the whole recording; without it that pass sees only the first
	// 8 seconds (held in memory). ProcessJob sets it.
	Reopen func() (audio.ReadCloser, error)
}

// ProcessRecording is Process with an explicit recording id.
func (p *Pipeline) ProcessRecording(ctx context.Context, rec Recording, dst io.WriteSeeker) (*Result, error) {
	t0 := time.Now()
	res := &Result{Format: rec.Audio.Format()}
	f := res.Format
	if f.Channels < 1 || f.SampleRate < 1 {
		return nil, fmt.Errorf("anonymize: input has %d channels at %d Hz: %w", f.Channels, f.SampleRate, audio.ErrCorrupt)
	}
	tr := rec.Transcript
	if tr == nil && !p.opt.AllowNoTranscript {
		return nil, ErrNoTranscript
	}
	policy := p.opt.Redact
	if tr != nil {
		if err := checkFit(tr, f); err != nil {
			return nil, err
		}
		if tr.Channels < f.Channels {
			// A transcript of the mixed-down call: its words do not say
			// which channel they were spoken on, so bleep them on all.
			policy.AllChannels = true
		}
		findings, err := redact.Find(tr, policy)
		if err != nil {
			return nil, fmt.Errorf("anonymize: finding PII: %w", err)
		}
		res.Findings = findings
		res.Spans = redact.Spans(tr, findings, policy)
		res.redactions = redact.Redactions(tr, findings, policy)
		res.transcript = tr
	} else {
		res.Unredacted = true
	}
	res.Timings.Transcript = time.Since(t0)

	id := rec.ID
	if id == "" {
		id = contentID(tr, f)
	}
	t1 := time.Now()
	trunc := &absorbTruncation{Stream: rec.Audio}
	var s audio.Stream = &cancellable{Stream: trunc, ctx: ctx}
	s, err := p.bleep(s, res.Spans)
	if err != nil {
		return nil, err
	}
	s, res.Voices, err = p.maskVoices(ctx, s, id, rec.Reopen, res.Spans)
	if err != nil {
		return nil, err
	}
	if p.opt.OutputRate != 0 && p.opt.OutputRate != f.SampleRate {
		if s, err = p.resample(s, p.opt.OutputRate); err != nil {
			return nil, err
		}
	}
	frames, err := audio.WriteWAV(dst, s, audio.WAVOptions{Encoding: p.opt.OutputEncoding, BlockFrames: p.opt.BlockFrames})
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("anonymize: %w", ctx.Err())
		}
		return nil, fmt.Errorf("anonymize: %w", err)
	}
	res.Frames, res.Truncated = frames, trunc.truncated
	res.Duration = audio.FramesToDuration(frames, s.Format().SampleRate)
	res.Timings.Audio = time.Since(t1)
	if tr != nil {
		// For inputs whose length was unknown up front (MP3), check now.
		if last := lastWordEnd(tr); last > res.Duration+fitTolerance {
			return nil, fmt.Errorf("%w: words end at %v, audio at %v", ErrTranscriptMismatch, last, res.Duration)
		}
	}
	res.Timings.Total = time.Since(t0)
	return res, nil
}

// fitTolerance is how far past the audio's end a transcript may reach
// before it is taken for another recording's.
const fitTolerance = time.Second

// checkFit refuses a transcript that cannot belong to audio of format f.
func checkFit(tr *transcript.Transcript, f audio.Format) error {
	if tr.Channels > f.Channels {
		return fmt.Errorf("%w: transcript has %d channels, audio %d", ErrTranscriptMismatch, tr.Channels, f.Channels)
	}
	lastStart := map[int]time.Duration{}
	for i, w := range tr.Words {
		if w.Channel < 0 || w.Channel >= f.Channels {
			return fmt.Errorf("%w: word %d is on channel %d, audio has %d", ErrTranscriptMismatch, i, w.Channel, f.Channels)
		}
		if w.Start < 0 || w.End < w.Start {
			return fmt.Errorf("%w: word %d spans %v to %v", ErrTranscriptMismatch, i, w.Start, w.End)
		}
		if w.Start < lastStart[w.Channel] {
			return fmt.Errorf("%w: word %d starts at %v, before the word ahead of it on channel %d", ErrTranscriptMismatch, i, w.Start, w.Channel)
		}
		lastStart[w.Channel] = w.Start
	}
	if d := f.Duration(); d >= 0 {
		if last := lastWordEnd(tr); last > d+fitTolerance {
			return fmt.Errorf("%w: words end at %v, audio at %v", ErrTranscriptMismatch, last, d)
		}
	}
	return nil
}

func lastWordEnd(tr *transcript.Transcript) time.Duration {
	var last time.Duration
	for _, w := range tr.Words {
		last = max(last, w.End)
	}
	return last
}

// contentID names a recording by what it holds, for callers that give no
// id: identical inputs get identical voices, different ones different.
func contentID(tr *transcript.Transcript, f audio.Format) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d|%d|%d|", f.SampleRate, f.Channels, f.Frames)
	if tr != nil {
		// The bytes of fmt's "%s|%d|%d|%d|" per word, appended into one
		// buffer: Fprintf allocated once per word (11,000 times for an
		// hour of speech).
		var buf []byte
		for _, w := range tr.Words {
			buf = append(buf[:0], w.Text...)
			buf = append(buf, '|')
			buf = strconv.AppendInt(buf, int64(w.Start), 10)
			buf = append(buf, '|')
			buf = strconv.AppendInt(buf, int64(w.End), 10)
			buf = append(buf, '|')
			buf = strconv.AppendInt(buf, int64(w.Channel), 10)
			buf = append(buf, '|')
			h.Write(buf)
		}
	}
	return "content:" + hex.EncodeToString(h.Sum(nil)[:16])
}

// cancellable stops a stream within one block of its context ending.
type cancellable struct {
	audio.Stream
	ctx context.Context
}

func (c *cancellable) Read(dst [][]float32) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.Stream.Read(dst)
}
