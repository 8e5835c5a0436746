package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/store"
	"github.com/callveil/callveil/transcript"
)

// pipelines holds the anonymize pipeline of one run and turns its results
// into manifest lines.
//
// --allow-no-transcript applies to recordings with no transcript at all:
// the library refuses a transcript that exists but cannot be read (or does
// not fit the audio) regardless, since masking the voice only would let PII
// through silently.
type pipelines struct {
	pipe   *anonymize.Pipeline
	outdir string
	format transcript.Format
	// bucket, in bucket mode, holds the run's locations; recordings are
	// then read and written through the store package.
	bucket *bucketRun
	// prefetch, in bucket mode, downloads inputs ahead of the workers;
	// nil when it does not.
	prefetch *prefetcher
	// dsp, when not nil, holds a token for each recording being
	// processed: in bucket mode the batch runs twice as many workers as
	// asked, and a worker gives its token back as soon as its recording's
	// outputs are staged (anonymize.Storage.Processed), so that -j
	// recordings are processed at once while the uploads of as many
	// others go on.
	dsp chan struct{}
}

// newPipelines builds the pipeline for cfg (whose options hold the key).
func newPipelines(cfg anonymizeConfig) (*pipelines, error) {
	o := cfg.options
	o.AllowNoTranscript = cfg.allowNoTranscript
	pipe, err := anonymize.New(o)
	if err != nil {
		return nil, err
	}
	return &pipelines{pipe: pipe, outdir: cfg.outdir, format: cfg.transcriptFormat}, nil
}

// process runs one task through its pipeline. It implements processFunc.
func (p *pipelines) process(ctx context.Context, t task) manifestLine {
	if t.rec.In != nil {
		return p.processStored(ctx, t)
	}
	l := baseLine(t)
	job := anonymize.Job{
		ID:               t.rec.Rel,
		Audio:            t.rec.Path,
		Transcript:       t.rec.Transcript,
		TranscriptFormat: p.format,
		Output:           outPath(p.outdir, t.names.Audio),
	}
	if t.rec.Transcript != "" {
		job.TranscriptOutput = outPath(p.outdir, t.names.Transcript)
		job.NativeOutput = outPath(p.outdir, t.names.Native)
	}
	if err := os.MkdirAll(filepath.Dir(job.Output), 0o755); err != nil {
		l.Status, l.ErrorCategory, l.Error = statusFailed, "io", t.scrub.scrub(err.Error())
		return l
	}
	res, err := p.pipe.ProcessJob(ctx, job)
	return p.finish(l, t, res, err)
}

// processStored runs one task of a bucket-mode run: read from its input
// location, write to the output location.
func (p *pipelines) processStored(ctx context.Context, t task) manifestLine {
	s := anonymize.Storage{In: inputFS(ctx, t.rec.In), Out: settledOutputs{p.bucket.out}, TempDir: p.bucket.tmpDir}
	s.Transcripts = s.In
	if t.rec.TranscriptIn != nil {
		s.Transcripts = inputFS(ctx, t.rec.TranscriptIn)
	}
	// free gives back what the recording holds that its uploads do not
	// need: its prefetched input and its DSP token. It runs once, when
	// the outputs are staged (Storage.Processed) or when the call ends.
	var frees []func()
	var once sync.Once
	free := func() {
		once.Do(func() {
			for _, f := range frees {
				f()
			}
		})
	}
	defer free()
	s.Processed = free
	if pre := p.prefetch.take(ctx, t.pre); pre != nil {
		frees = append(frees, func() { p.prefetch.release(pre) })
		s.In = withPrefetched(s.In, t.rec.Path, pre.audio, pre.audioMod)
		s.Transcripts = withPrefetched(s.Transcripts, t.rec.Transcript, pre.transcript, pre.trMod)
	}
	if p.dsp != nil {
		select {
		case p.dsp <- struct{}{}:
		case <-ctx.Done():
			return p.finish(baseLine(t), t, nil, fmt.Errorf("anonymize: %w", ctx.Err()))
		}
		frees = append(frees, func() { <-p.dsp })
	}
	job := anonymize.Job{
		ID:               t.rec.Rel,
		Audio:            t.rec.Path,
		Transcript:       t.rec.Transcript,
		TranscriptFormat: p.format,
		Output:           t.names.Audio,
	}
	if t.rec.Transcript != "" {
		job.TranscriptOutput, job.NativeOutput = t.names.Transcript, t.names.Native
	}
	res, err := p.pipe.ProcessStored(ctx, s, job)
	return p.finish(baseLine(t), t, res, err)
}

// finish turns a pipeline's result or error into the manifest line.
func (p *pipelines) finish(l manifestLine, t task, res *anonymize.Result, err error) manifestLine {
	if res != nil {
		fillResult(&l, res)
	}
	if err != nil {
		l.Status, l.ErrorCategory = classify(err)
		l.Error = t.scrub.scrub(err.Error())
		l.OutputSHA256 = ""
		return l
	}
	l.Status = statusOK
	l.Output = t.names.Audio
	if res.Unredacted {
		l.TranscriptOutput, l.NativeOutput = "", ""
	} else {
		l.TranscriptOutput, l.NativeOutput = t.names.Transcript, t.names.Native
	}
	return l
}

// fillResult copies what a Result says about a recording into l: formats,
// counts, spans and times, never text.
func fillResult(l *manifestLine, res *anonymize.Result) {
	l.DurationSeconds = seconds(res.Duration)
	if l.DurationSeconds == 0 {
		if d := res.Format.Duration(); d > 0 {
			l.DurationSeconds = seconds(d)
		}
	}
	l.SampleRate, l.Channels = res.Format.SampleRate, res.Format.Channels
	l.Findings = map[string]int{}
	for _, f := range res.Findings {
		l.Findings[string(f.Type)]++
	}
	l.Spans = make([]manifestSpan, 0, len(res.Spans))
	for _, s := range res.Spans {
		ms := manifestSpan{Start: seconds(s.Start), End: seconds(s.End), Channel: s.Channel, Types: make([]string, 0, len(s.Types))}
		for _, t := range s.Types {
			ms.Types = append(ms.Types, string(t))
		}
		l.Spans = append(l.Spans, ms)
	}
	l.Voices = make([]manifestVoice, 0, len(res.Voices))
	for _, v := range res.Voices {
		l.Voices = append(l.Voices, manifestVoice{Channel: v.Channel, Method: string(v.Method), VoiceID: v.ID})
	}
	l.OutputSHA256 = res.OutputSHA256
	l.Unredacted, l.Truncated = res.Unredacted, res.Truncated
	l.Timings = &manifestTimings{
		Transcript: seconds(res.Timings.Transcript),
		Audio:      seconds(res.Timings.Audio),
		Total:      seconds(res.Timings.Total),
	}
}

// seconds gives d in seconds rounded to the microsecond, so the manifest
// says 2.28, not 2.2800000000000002.
func seconds(d time.Duration) float64 {
	return math.Round(d.Seconds()*1e6) / 1e6
}

// classify maps a pipeline error to a status and a stable category word.
// Anything about the transcript is a refusal (fail closed: no output);
// anything about the audio or the machine is a failure.
func classify(err error) (status, category string) {
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return statusFailed, "cancelled"
	case errors.Is(err, anonymize.ErrTranscriptMismatch):
		return statusRefused, "transcript_mismatch"
	case errors.Is(err, transcript.ErrUnknownFormat):
		return statusRefused, "transcript_unknown_format"
	case errors.Is(err, transcript.ErrInvalid):
		return statusRefused, "transcript_invalid"
	case errors.Is(err, transcript.ErrTooLarge):
		return statusRefused, "transcript_too_large"
	case errors.Is(err, anonymize.ErrNoTranscript):
		if err.Error() != anonymize.ErrNoTranscript.Error() { // it wraps why
			return statusRefused, "transcript_unreadable"
		}
		return statusRefused, "no_transcript"
	case errors.Is(err, audio.ErrUnsupported):
		return statusFailed, "unsupported"
	case errors.Is(err, audio.ErrCorrupt):
		return statusFailed, "corrupt"
	case errors.Is(err, audio.ErrTruncated):
		return statusFailed, "truncated"
	case errors.Is(err, anonymize.ErrOptions):
		return statusFailed, "options"
	case errors.Is(err, anonymize.ErrInputTooLarge):
		return statusFailed, "too_large"
	case store.IsNotFound(err):
		return statusFailed, "io"
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission):
		return statusFailed, "io"
	}
	return statusFailed, "error"
}

// partialSuffix ends the temporary names the library writes outputs under
// ("." + final name + "." + random + ".partial").
const partialSuffix = ".partial"

// cleanPartials removes temporary output files left in the output folder
// by a run that was killed (SIGKILL, power loss) before it could clean up.
// Only temporaries of this run's own outputs are touched, so machines
// sharing the output folder under --shard never remove each other's work
// in progress. It reads each output folder once.
func cleanPartials(outdir string, tasks []task, log *slog.Logger) {
	byDir := map[string]map[string]bool{}
	for _, t := range tasks {
		for _, n := range []string{t.names.Audio, t.names.Transcript, t.names.Native} {
			if n == "" {
				continue
			}
			p := outPath(outdir, n)
			d := filepath.Dir(p)
			if byDir[d] == nil {
				byDir[d] = map[string]bool{}
			}
			byDir[d][filepath.Base(p)] = true
		}
	}
	for dir, finals := range byDir {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			name := e.Name()
			if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, partialSuffix) || e.IsDir() {
				continue
			}
			// "." + final + "." + random + ".partial"
			inner := strings.TrimSuffix(name[1:], partialSuffix)
			i := strings.LastIndexByte(inner, '.')
			if i < 0 || !finals[inner[:i]] {
				continue
			}
			if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				log.Warn("could not remove a temporary output file", "error", err.Error())
			}
		}
	}
}
