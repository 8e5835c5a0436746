package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"
)

// Statuses of a manifest line.
const (
	statusOK      = "ok"      // outputs written
	statusFailed  = "failed"  // the recording could not be processed (corrupt, unsupported, cancelled, ...)
	statusRefused = "refused" // fail closed: no usable transcript, so no audio output
	statusSkipped = "skipped" // --resume: an earlier ok line in the same manifest holds the result
)

// manifestLine is one line of the manifest: what happened to one recording.
// It holds no PII text and no key material: the input path only under
// --names keep, error messages scrubbed of paths and quoted values, and
// findings as types and times only.
//
// All times are in seconds. Fields without omitempty are present on every
// line (null or zero when the recording failed before they were known), so
// the schema is the same for all lines.
type manifestLine struct {
	// ID is the recording's keyed id (hex HMAC of its relative path).
	ID string `json:"id"`
	// Input is the relative input path; only under --names keep.
	Input string `json:"input,omitempty"`
	// Status is ok, failed, refused or skipped.
	Status string `json:"status"`
	// Output is the output WAV, relative to the output folder, or "".
	Output string `json:"output"`
	// TranscriptOutput is the redacted transcript in the source format.
	TranscriptOutput string `json:"transcript_output,omitempty"`
	// NativeOutput is the redacted transcript as callveil native JSON.
	NativeOutput string `json:"native_output,omitempty"`
	// ErrorCategory is a stable word for the kind of failure
	// (no_transcript, corrupt, unsupported, cancelled, ...).
	ErrorCategory string `json:"error_category,omitempty"`
	// Error is the error message, scrubbed of PII.
	Error string `json:"error,omitempty"`
	// DurationSeconds is the recording's length.
	DurationSeconds float64 `json:"duration_seconds"`
	// SampleRate and Channels describe the input audio.
	SampleRate int `json:"sample_rate"`
	Channels   int `json:"channels"`
	// Findings counts the PII findings by type ("PHONE": 2).
	Findings map[string]int `json:"findings"`
	// Spans are the time spans that were bleeped.
	Spans []manifestSpan `json:"spans"`
	// Voices says how each channel's voice was masked.
	Voices []manifestVoice `json:"voices"`
	// OutputSHA256 is the hex SHA-256 of the output WAV file.
	OutputSHA256 string `json:"output_sha256"`
	// Unredacted is true when no transcript was used (--allow-no-transcript):
	// the voice was masked but nothing was bleeped.
	Unredacted bool `json:"unredacted"`
	// Truncated is true when the input ended before its header said; what
	// was there was processed.
	Truncated bool `json:"truncated,omitempty"`
	// Timings are the time spent per stage.
	Timings *manifestTimings `json:"timings"`
}

// manifestSpan is one bleeped span. Types lists the PII types whose
// findings were merged into it. The same shape (start, end, channel) is
// what "callveil bleep --spans" reads, so spans can be replayed.
type manifestSpan struct {
	Types   []string `json:"types"`
	Start   float64  `json:"start"`
	End     float64  `json:"end"`
	Channel int      `json:"channel"`
}

// manifestVoice is how one channel's voice was masked. VoiceID is an opaque
// keyed id: equal ids mean the same pseudo-voice, and it reveals nothing
// about the transform's parameters.
type manifestVoice struct {
	Channel int    `json:"channel"`
	Method  string `json:"method"`
	VoiceID string `json:"voice_id,omitempty"`
}

// manifestTimings are wall-clock seconds per stage of one recording.
// Transcript is reading the transcript and finding PII; Audio is the
// streaming pass (decode, bleep, mask, encode); Total is the whole job.
type manifestTimings struct {
	Transcript float64 `json:"transcript"`
	Audio      float64 `json:"audio"`
	Total      float64 `json:"total"`
}

// errManifestExists means the output folder already holds a manifest and
// --resume was not given.
var errManifestExists = errors.New("manifest already exists")

// manifestSink takes the manifest's lines: a file (manifestWriter) or a
// sequence of objects (bucketManifest).
type manifestSink interface {
	write(l manifestLine) error
	Close() error
}

// manifestWriter appends lines to the manifest, one write and one fsync per
// line, so that a crash loses at most the line being written and every line
// on disk is whole (a torn last line is removed on --resume). It is safe
// for concurrent use.
type manifestWriter struct {
	mu  sync.Mutex
	f   *os.File
	err error // first write error; later writes are refused
}

// openManifest opens the manifest at path for appending. Without resume the
// file must not exist yet (errManifestExists), so a second run never mixes
// its lines with an earlier one's by accident. With resume, a last line cut
// short by a crash is removed so the manifest stays valid JSONL.
func openManifest(path string, resume bool) (*manifestWriter, error) {
	flags := os.O_WRONLY | os.O_CREATE | os.O_APPEND
	if !resume {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("%s: %w (use --resume to continue that run, or another output folder)", path, errManifestExists)
	}
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if resume {
		if err := dropTornLine(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("manifest: %s: %w", path, err)
		}
	}
	return &manifestWriter{f: f}, nil
}

// dropTornLine cuts f back to the end of its last whole line, removing a
// last line that a crash or a full disk cut short, so the manifest stays
// valid JSONL. That recording has no whole line, so --resume redoes it.
func dropTornLine(f *os.File) error {
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return err
	}
	r, err := os.Open(f.Name()) // f is write-only
	if err != nil {
		return err
	}
	defer r.Close()
	// Search backwards for the last newline, a block at a time.
	buf := make([]byte, 4096)
	end := st.Size()
	for end > 0 {
		start := max(end-int64(len(buf)), 0)
		b := buf[:end-start]
		if _, err := r.ReadAt(b, start); err != nil {
			return err
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			end = start + int64(i) + 1
			break
		}
		end = start
	}
	if end == st.Size() {
		return nil
	}
	return f.Truncate(end)
}

// write appends l as one JSON line and syncs it to disk.
func (w *manifestWriter) write(l manifestLine) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // "<input>" stays readable
	if err := enc.Encode(l); err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	b := buf.Bytes() // one line, ending in "\n"
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	if _, err := w.f.Write(b); err != nil {
		w.err = fmt.Errorf("manifest: %w", err)
		return w.err
	}
	if err := w.f.Sync(); err != nil {
		w.err = fmt.Errorf("manifest: %w", err)
		return w.err
	}
	return nil
}

// Close closes the file, reporting the first write error if any.
func (w *manifestWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	err := w.f.Close()
	if w.err != nil {
		return w.err
	}
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return nil
}

// maxManifestLine bounds one manifest line when reading (a line with
// thousands of spans stays far below it).
const maxManifestLine = 16 << 20

// resumeIndex maps a recording id to its last decisive manifest line (ok,
// failed or refused; skipped lines only point back at an earlier ok line).
type resumeIndex map[string]manifestLine

// readManifest reads the manifest at path for --resume. A missing file is
// an empty index. Lines that are not valid JSON (a line torn by a crash)
// are counted in bad and otherwise ignored.
func readManifest(path string) (idx resumeIndex, bad int, err error) {
	idx = resumeIndex{}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return idx, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("manifest: %w", err)
	}
	defer f.Close()
	bad, err = scanManifest(f, func(l manifestLine) {
		if l.Status != statusSkipped {
			idx[l.ID] = l
		}
	})
	if err != nil {
		return nil, bad, fmt.Errorf("manifest: %s: %w", path, err)
	}
	return idx, bad, nil
}

// scanManifest calls fn for each valid line of r and counts the others.
func scanManifest(r io.Reader, fn func(manifestLine)) (bad int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxManifestLine)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var l manifestLine
		if err := json.Unmarshal(line, &l); err != nil || l.ID == "" || l.Status == "" {
			bad++
			continue
		}
		fn(l)
	}
	return bad, sc.Err()
}

// done reports whether the recording with id needs no work: its last
// decisive line says ok and its outputs are still there (see stillDone).
func (idx resumeIndex) done(ctx context.Context, out outputStore, id string, want outputNames) (manifestLine, bool) {
	l, ok := idx[id]
	if !ok {
		return l, false
	}
	return l, l.stillDone(ctx, out, want)
}

// stillDone reports whether l is an ok line whose output file still exists
// with the recorded SHA-256, whose transcript outputs still exist, and
// whose outputs are the ones asked for this time. A file that changed
// since, or a line from a failed attempt, means the work is redone.
func (l manifestLine) stillDone(ctx context.Context, out outputStore, want outputNames) bool {
	if l.Status != statusOK || l.OutputSHA256 == "" {
		return false
	}
	if l.Output != want.Audio || l.TranscriptOutput != want.Transcript || l.NativeOutput != want.Native {
		return false // asked for different outputs this time
	}
	sum, err := out.sha256(ctx, l.Output)
	if err != nil || sum != l.OutputSHA256 {
		return false
	}
	for _, p := range []string{l.TranscriptOutput, l.NativeOutput} {
		if p != "" && !out.exists(ctx, p) {
			return false
		}
	}
	return true
}
