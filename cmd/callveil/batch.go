package main

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"

	"golang.org/x/sync/errgroup"
)

// task is one recording to process, with everything decided up front.
type task struct {
	rec   recording
	id    string
	input string // the relative path under --names keep, else ""
	names outputNames
	scrub scrubber
	// skip, when not nil, is the line to write instead of processing
	// (the names collided, or the output would replace the input).
	skip *manifestLine
	// prev, under --resume, is the last decisive manifest line of an
	// earlier run for this recording, if it said ok: the worker checks its
	// output's hash and skips the recording when it still matches.
	prev *manifestLine
	// pre, in bucket mode, is the prefetch of its input (see prefetcher),
	// or nil.
	pre *prefetched
}

// processFunc processes one task and returns its manifest line. It must
// honour ctx and leave no partial output under a final name.
type processFunc func(ctx context.Context, t task) manifestLine

// batch runs tasks on a pool of workers and records each in the manifest.
type batch struct {
	workers  int
	process  processFunc
	manifest manifestSink
	outdir   string
	// out is where outputs are checked and removed; nil means the folder
	// outdir.
	out      outputStore
	progress *progress
	log      *slog.Logger
}

// run processes tasks with b.workers workers. When ctx is cancelled no new
// task starts; running ones see the cancelled ctx and return promptly. Every
// task that started gets a manifest line. A panic while processing one
// recording fails that recording only. run returns the summary and the first
// manifest write error, if any (a manifest that cannot be written stops the
// batch: without it, the work is not accounted for).
func (b *batch) run(ctx context.Context, tasks []task) (*summary, error) {
	sum := newSummary()
	workers := max(b.workers, 1)
	g, gctx := errgroup.WithContext(ctx)
	queue := make(chan task)
	g.Go(func() error {
		defer close(queue)
		for _, t := range tasks {
			select {
			case queue <- t:
			case <-gctx.Done():
				return nil
			}
		}
		return nil
	})
	for range workers {
		g.Go(func() error {
			for t := range queue {
				if gctx.Err() != nil {
					// Stop taking new work; drain the queue without processing.
					continue
				}
				l := b.one(gctx, t)
				if err := b.manifest.write(l); err != nil {
					return err
				}
				sum.add(l)
				b.progress.done(l.Status, l.DurationSeconds)
				if l.Status == statusFailed || l.Status == statusRefused {
					b.logFailure(l)
				}
			}
			return nil
		})
	}
	err := g.Wait()
	b.progress.finish()
	return sum, err
}

// logFailure logs one failed or refused recording by its id (and its input
// path under --names keep), with the scrubbed message.
func (b *batch) logFailure(l manifestLine) {
	attrs := []any{"id", l.ID}
	if l.Input != "" {
		attrs = append(attrs, "input", l.Input)
	}
	attrs = append(attrs, "category", l.ErrorCategory, "error", l.Error)
	b.log.Warn("recording "+l.Status, attrs...)
}

// one processes a single task, turning a panic into a failed line, and
// removes the outputs of anything that did not succeed.
func (b *batch) one(ctx context.Context, t task) (l manifestLine) {
	if t.skip != nil {
		return *t.skip
	}
	out := b.out
	if out == nil {
		out = folderStore{b.outdir}
	}
	if t.prev != nil && t.prev.stillDone(ctx, out, t.names) {
		l := baseLine(t)
		l.Status, l.ErrorCategory = statusSkipped, "resume"
		l.Output, l.TranscriptOutput, l.NativeOutput = t.prev.Output, t.prev.TranscriptOutput, t.prev.NativeOutput
		l.OutputSHA256 = t.prev.OutputSHA256
		return l
	}
	defer func() {
		if v := recover(); v != nil {
			msg := t.scrub.scrub(fmt.Sprint(v))
			b.log.Error("internal error while processing a recording; it is marked failed", "id", t.id, "panic", msg, "stack", string(debug.Stack()))
			l = baseLine(t)
			l.Status, l.ErrorCategory, l.Error = statusFailed, "internal", "internal error: panic: "+msg
		}
		if l.Status != statusOK {
			if err := out.removeAll(ctx, t.names); err != nil {
				b.log.Error("could not remove the outputs of a failed recording", "id", t.id, "error", t.scrub.scrub(err.Error()))
			}
			l.Output, l.TranscriptOutput, l.NativeOutput = "", "", ""
		}
	}()
	return b.process(ctx, t)
}

// baseLine is the start of every manifest line for t: its id, and its
// input path when names are kept.
func baseLine(t task) manifestLine {
	return manifestLine{ID: t.id, Input: t.input}
}
