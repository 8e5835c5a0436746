package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

func init() {
	commands["bleep"] = command{summary: "bleep given time spans of a recording, without a transcript", run: runBleep}
}

// bleepUsage is the head of "callveil bleep --help".
const bleepUsage = `Usage: callveil bleep --spans SPANS.json [flags] IN OUT

Replaces the given time spans of the recording IN with a tone, silence or
noise and writes the result to OUT as WAV (fmt and data chunks only; no
metadata is copied). For PII detection that lives elsewhere: nothing is
detected here and no voice is masked. OUT is written under a temporary name
and renamed when complete.

SPANS.json is a JSON array of spans in seconds from the start of the
recording; "channel" is 0-based and may be left out (or -1) to bleep every
channel. An object with a "spans" array is read too, so a line of the
anonymize manifest can be replayed:

  [{"start": 12.34, "end": 14.2, "channel": 1}, {"start": 30, "end": 31.5}]

Example: callveil bleep --spans spans.json --bleep silence call.wav call-bleeped.wav

Flags:
`

func runBleep(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bleep", flag.ContinueOnError)
	fs.SetOutput(stderr)
	spansPath := fs.String("spans", "", "`SPANS.json` file listing the spans to bleep; e.g. --spans spans.json")
	kind := fs.String("bleep", "tone", "what replaces the audio: tone|silence|noise; e.g. --bleep noise")
	pad := fs.Duration("pad", 0, "`DURATION` added before and after each span; e.g. --pad 100ms")
	format := fs.String("format", formatWAV16, "output encoding: wav16|wav32f; e.g. --format wav32f")
	fs.Usage = func() {
		fmt.Fprint(stderr, bleepUsage)
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *spansPath == "" || len(pos) != 2 {
		fs.Usage()
		return exitUsage
	}
	bad := func(err error) int {
		fmt.Fprintf(stderr, "callveil bleep: %v\n", err)
		return exitUsage
	}
	in, out := pos[0], pos[1]
	if same, _ := samePath(in, out); same {
		return bad(fmt.Errorf("OUT must differ from IN: the original is never overwritten"))
	}
	opt := dsp.BleepOptions{}
	switch *kind {
	case "tone":
		opt.Mode = dsp.BleepTone
	case "silence":
		opt.Mode = dsp.BleepSilence
	case "noise":
		opt.Mode = dsp.BleepPink
	default:
		return bad(choice("bleep", *kind, "tone", "silence", "noise"))
	}
	var enc audio.Encoding
	switch *format {
	case formatWAV16:
		enc = audio.EncodingPCM16
	case formatWAV32F:
		enc = audio.EncodingFloat32
	default:
		return bad(choice("format", *format, formatWAV16, formatWAV32F))
	}
	if *pad < 0 {
		return bad(fmt.Errorf("--pad %v: must not be negative", *pad))
	}
	spans, err := readSpansFile(*spansPath)
	if err != nil {
		return bad(err)
	}

	src, err := audio.OpenFile(in)
	if err != nil {
		fmt.Fprintf(stderr, "callveil bleep: %v\n", err)
		return exitFail
	}
	defer src.Close()
	rate := src.Format().SampleRate
	frames := make([]dsp.Span, len(spans))
	for i, s := range spans {
		frames[i] = dsp.SpanAt(max(s.Start-*pad, 0), s.End+*pad, s.Channel, rate)
	}
	b, err := dsp.NewBleep(src, frames, opt)
	if err != nil {
		return bad(err)
	}
	n, truncated, err := writeWAVAtomic(out, &ctxStream{Stream: b, ctx: ctx}, audio.WAVOptions{Encoding: enc})
	if err != nil {
		fmt.Fprintf(stderr, "callveil bleep: %v\n", err)
		if ctx.Err() != nil {
			return exitInterrupted
		}
		return exitFail
	}
	if truncated {
		fmt.Fprintf(stderr, "callveil bleep: warning: %s ended before its header said; the %d frames that were there were written\n", in, n)
	}
	var covered int64
	for c := range src.Format().Channels {
		for _, s := range b.Spans(c) {
			covered += min(s.End, n) - min(s.Start, n)
		}
	}
	fmt.Fprintf(stdout, "wrote %s: %d spans, %.2f channel-seconds bleeped, %.2f s of audio\n",
		out, len(spans), float64(covered)/float64(rate), float64(n)/float64(rate))
	return exitOK
}

// ctxStream stops a stream when its context ends.
type ctxStream struct {
	audio.Stream
	ctx context.Context
}

// Read implements audio.Stream.
func (s *ctxStream) Read(dst [][]float32) (int, error) {
	if err := s.ctx.Err(); err != nil {
		return 0, err
	}
	return s.Stream.Read(dst)
}

// writeWAVAtomic drains s into a WAV file at path: written to a temporary
// file in the same folder, synced, and renamed into place only when
// complete, so an error or interruption leaves nothing under path. A
// truncated source is written as far as it goes and reported.
func writeWAVAtomic(path string, s audio.Stream, opts audio.WAVOptions) (frames int64, truncated bool, err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*"+partialSuffix)
	if err != nil {
		return 0, false, fmt.Errorf("creating output: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	frames, err = audio.WriteWAV(f, s, opts)
	if errors.Is(err, audio.ErrTruncated) {
		truncated, err = true, nil
	}
	if err != nil {
		return frames, false, err
	}
	if err = f.Sync(); err != nil {
		return frames, false, fmt.Errorf("writing output: %w", err)
	}
	if err = f.Close(); err != nil {
		return frames, false, fmt.Errorf("writing output: %w", err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return frames, false, fmt.Errorf("renaming output into place: %w", err)
	}
	return frames, truncated, nil
}

// samePath reports whether a and b name the same existing file (or the
// same path when b does not exist yet).
func samePath(a, b string) (bool, error) {
	sa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	sb, err := os.Stat(b)
	if err != nil {
		aa, _ := filepath.Abs(a)
		ab, _ := filepath.Abs(b)
		return aa == ab, nil
	}
	return os.SameFile(sa, sb), nil
}
