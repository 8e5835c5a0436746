package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/callveil/callveil/store"
)

// The manifest in a bucket. An object cannot be appended to, so each line
// is written as its own small object as soon as its recording is done:
//
//	OUT/manifest.jsonl.parts/RUNID-000001.jsonl
//
// (RUNID = UTC start time and random hex, so parts sort by run and then by
// line). A killed run loses no finished line, as with the folder's fsync
// per line. When the run ends (also after Ctrl-C), the earlier manifest
// object, if any, and every part are concatenated, in that order, into
// one object, OUT/manifest.jsonl, written once when complete; then the
// parts are deleted. --resume reads manifest.jsonl and then any parts a
// killed run left, and folds them in when it ends. Under --shard the
// names are manifest-K-of-N.jsonl and manifest-K-of-N.jsonl.parts/.

// partsSuffix ends the prefix that holds a manifest's line objects.
const partsSuffix = ".parts/"

// bucketManifest writes manifest lines as objects. Safe for concurrent use.
type bucketManifest struct {
	l     *store.Location
	name  string // manifest.jsonl
	runID string
	// ctx bounds the writes; lines are written even after the run's
	// context is cancelled (a cancelled recording's line matters too).
	ctx context.Context
	// runCtx is the run's context: once it ends, Close is bounded.
	runCtx context.Context

	// fresh: the run is not a resume, so neither the manifest nor any
	// part existed when it opened; every part is then this run's own.
	fresh bool

	mu  sync.Mutex
	seq int
	err error
	// lines holds this run's lines by sequence number, so that Close can
	// write the manifest without reading the parts back, while they take
	// no more than heldLimit bytes; past that (or on a resume) Close
	// reads the parts instead. held counts their bytes, -1 once dropped.
	lines [][]byte
	held  int
}

// heldLimit bounds the manifest lines a run keeps in memory (a line is
// about 1 KiB: some 8,000 recordings).
var heldLimit = 8 << 20 // a variable for the tests

// openBucketManifest starts the manifest name under l. Without resume,
// neither the manifest nor any part may exist yet (errManifestExists).
func openBucketManifest(ctx context.Context, l *store.Location, name string, resume bool) (*bucketManifest, error) {
	if !resume {
		// One listing answers both: is there a manifest, or any part?
		found := false
		err := l.ListPrefix(ctx, name, func(page []store.Object) error {
			for _, o := range page {
				if o.Name == name || isPartOf(o.Name, name) {
					found = true
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("manifest: %w", err)
		}
		if found {
			return nil, fmt.Errorf("%s%s: %w (use --resume to continue that run, or another output prefix)", l, name, errManifestExists)
		}
	}
	m := &bucketManifest{l: l, name: name, runID: newRunID(), ctx: context.WithoutCancel(ctx), runCtx: ctx, fresh: !resume}
	if resume {
		m.held = -1
	}
	return m, nil
}

// listParts lists the part objects of manifest name, in order.
func listParts(ctx context.Context, l *store.Location, name string) ([]string, error) {
	parts := store.At(l.Bucket, l.Scheme, l.BucketName, l.Key(name+partsSuffix))
	var out []string
	err := parts.List(ctx, func(page []store.Object) error {
		for _, o := range page {
			if isPartOf(name+partsSuffix+o.Name, name) {
				out = append(out, name+partsSuffix+o.Name)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return out, nil
}

// isPartOf reports whether the object key (relative to the output) is a
// line object of manifest name: directly under its parts prefix, ending
// in .jsonl.
func isPartOf(key, name string) bool {
	rest, ok := strings.CutPrefix(key, name+partsSuffix)
	return ok && strings.HasSuffix(rest, ".jsonl") && !strings.Contains(rest, "/")
}

// partTimeout bounds one line's write, so that a server that went away
// stops the batch instead of hanging it.
const partTimeout = 2 * time.Minute

// write stores l as the next part object.
func (m *bucketManifest) write(l manifestLine) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	m.mu.Lock()
	if m.err != nil {
		m.mu.Unlock()
		return m.err
	}
	m.seq++
	name := m.partName(m.seq)
	if m.held >= 0 && m.held+buf.Len() <= heldLimit {
		m.lines = append(m.lines, nil)
		m.lines[m.seq-1] = buf.Bytes()
		m.held += buf.Len()
	} else {
		m.lines, m.held = nil, -1
	}
	m.mu.Unlock()
	ctx, cancel := context.WithTimeout(m.ctx, partTimeout)
	defer cancel()
	if err := m.l.Put(ctx, name, "application/x-ndjson", bytes.NewReader(buf.Bytes()), int64(buf.Len())); err != nil {
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.err == nil {
			m.err = fmt.Errorf("manifest: %w", err)
		}
		return m.err
	}
	return nil
}

// partName is the object of line seq of this run.
func (m *bucketManifest) partName(seq int) string {
	return fmt.Sprintf("%s%s%s-%06d.jsonl", m.name, partsSuffix, m.runID, seq)
}

// Close folds the earlier manifest and every part into one manifest
// object, then deletes the parts. If that fails the parts stay, and the
// next --resume reads and folds them. It reports the first write error.
//
// A run that is not a resume and kept its lines writes them as the
// manifest directly: no earlier manifest or part existed when it began
// (openBucketManifest checked), so listing and reading back its own parts
// would add nothing but requests.
//
// Once the run is interrupted (its context, as given to
// openBucketManifest, ends), Close has manifestCloseTimeout left: a server
// that stopped answering must not hang a run the user stopped (until a
// second Ctrl-C). An uninterrupted Close is not bounded, so that folding a
// large manifest is not cut off.
func (m *bucketManifest) Close() error {
	ctx, cancel := context.WithCancel(m.ctx)
	defer cancel()
	var timedOut atomic.Bool
	stop := context.AfterFunc(m.runCtx, func() {
		t := time.NewTimer(manifestCloseTimeout)
		defer t.Stop()
		select {
		case <-t.C:
			timedOut.Store(true)
			cancel()
		case <-ctx.Done():
		}
	})
	defer stop()
	err := m.close(ctx)
	if err != nil && timedOut.Load() {
		return fmt.Errorf("manifest: not folded within %v of the interrupt (the lines stay in %s%s, read by --resume): %w", manifestCloseTimeout, m.name, partsSuffix, err)
	}
	return err
}

// manifestCloseTimeout is how long Close may go on after the run was
// interrupted.
var manifestCloseTimeout = time.Minute

// close is Close, with ctx for its requests.
func (m *bucketManifest) close(ctx context.Context) error {
	m.mu.Lock()
	err, lines, held, seq := m.err, m.lines, m.held, m.seq
	m.lines = nil
	m.mu.Unlock()
	if err != nil {
		return err
	}
	if !m.fresh || held < 0 {
		return consolidateManifest(ctx, m.l, m.name)
	}
	if seq == 0 {
		return nil
	}
	if err := m.l.Put(ctx, m.name, "application/x-ndjson", bytes.NewReader(bytes.Join(lines, nil)), int64(held)); err != nil {
		return fmt.Errorf("manifest: writing %s (its lines stay in %s%s, read by --resume): %w", m.name, m.name, partsSuffix, err)
	}
	parts := make([]string, seq)
	for i := range parts {
		parts[i] = m.partName(i + 1)
	}
	if err := m.l.RemoveAll(ctx, parts); err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return nil
}

// consolidateManifest writes name as the concatenation of its current
// content and its parts, streaming (no part is held in memory beyond one
// copy buffer), and removes the parts afterwards.
func consolidateManifest(ctx context.Context, l *store.Location, name string) error {
	parts, err := listParts(ctx, l, name)
	if err != nil || len(parts) == 0 {
		return err
	}
	pr, pw := io.Pipe()
	go func() {
		pw.CloseWithError(concatObjects(ctx, l, append([]string{name}, parts...), pw))
	}()
	if err := l.WriteObject(ctx, name, "application/x-ndjson", pr); err != nil {
		pr.CloseWithError(err)
		return fmt.Errorf("manifest: writing %s (its lines stay in %s%s, read by --resume): %w", name, name, partsSuffix, err)
	}
	if err := l.RemoveAll(ctx, parts); err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return nil
}

// concatObjects copies the objects to w in order, each ending in a
// newline; a missing one (the manifest on a first run) is skipped.
func concatObjects(ctx context.Context, l *store.Location, names []string, w io.Writer) error {
	for _, n := range names {
		r, err := l.Open(ctx, n)
		if store.IsNotFound(err) {
			continue
		}
		if err != nil {
			return err
		}
		var last [1]byte
		tw := &trackLast{w: w, last: &last}
		_, err = io.Copy(tw, r)
		r.Close()
		if err != nil {
			return err
		}
		if tw.n > 0 && last[0] != '\n' {
			if _, err := w.Write([]byte{'\n'}); err != nil {
				return err
			}
		}
	}
	return nil
}

// trackLast remembers the last byte written through it.
type trackLast struct {
	w    io.Writer
	last *[1]byte
	n    int64
}

func (t *trackLast) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	if n > 0 {
		t.last[0] = p[n-1]
		t.n += int64(n)
	}
	return n, err
}

// readBucketManifest reads the manifest name under l for --resume: the
// manifest object, then its parts in order, later lines overriding
// earlier ones as in a file.
func readBucketManifest(ctx context.Context, l *store.Location, name string) (idx resumeIndex, bad int, err error) {
	idx = resumeIndex{}
	parts, err := listParts(ctx, l, name)
	if err != nil {
		return nil, 0, err
	}
	for _, n := range append([]string{name}, parts...) {
		r, err := l.Open(ctx, n)
		if store.IsNotFound(err) {
			continue
		}
		if err != nil {
			return nil, bad, fmt.Errorf("manifest: %w", err)
		}
		b, err := scanManifest(r, func(ml manifestLine) {
			if ml.Status != statusSkipped {
				idx[ml.ID] = ml
			}
		})
		r.Close()
		bad += b
		if err != nil {
			return nil, bad, fmt.Errorf("manifest: %s: %w", n, err)
		}
	}
	return idx, bad, nil
}
