package anonymize

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/transcript"
)

// Job is one recording on disk for ProcessJob.
type Job struct {
	// ID names the recording for speaker ids; "" means the base name of
	// Audio. The CLI uses the path relative to the input folder.
	ID string
	// Audio is the input recording's path.
	Audio string
	// Transcript is the transcript's path; "" means there is none, and the
	// recording is refused with ErrNoTranscript unless
	// Options.AllowNoTranscript. A transcript that cannot be read is
	// always refused with ErrNoTranscript.
	Transcript string
	// TranscriptFormat forces the transcript's format; "" detects it.
	TranscriptFormat transcript.Format
	// Output is the path of the redacted, voice-masked WAV to write.
	Output string
	// TranscriptOutput, if set, receives the redacted transcript in the
	// format it was read in.
	TranscriptOutput string
	// NativeOutput, if set, receives the redacted transcript as callveil
	// native JSON.
	NativeOutput string
}

// ProcessFile processes the recording at audioPath with the transcript at
// transcriptPath ("" for none) into a WAV file at outPath. See ProcessJob.
func (p *Pipeline) ProcessFile(ctx context.Context, audioPath, transcriptPath, outPath string) (*Result, error) {
	return p.ProcessJob(ctx, Job{Audio: audioPath, Transcript: transcriptPath, Output: outPath})
}

// ProcessJob processes one recording on disk. Every output is written to a
// temporary file in its folder and renamed into place only when all of
// them are complete, so a failure, a refusal or a cancelled ctx leaves no
// output behind, partial or whole.
func (p *Pipeline) ProcessJob(ctx context.Context, j Job) (*Result, error) {
	t0 := time.Now()
	if err := checkOutputsApart(j); err != nil {
		return nil, err
	}
	var tr *transcript.Transcript
	if j.Transcript != "" {
		var err error
		tr, err = transcript.ReadFileWithOptions(j.Transcript, j.TranscriptFormat, transcript.ReadOptions{})
		if err != nil {
			// A transcript that exists but cannot be read signals a broken
			// upstream step: refuse, even under AllowNoTranscript, which
			// covers recordings that have no transcript at all.
			return nil, fmt.Errorf("%w: %w", ErrNoTranscript, err)
		}
	} else if !p.opt.AllowNoTranscript {
		return nil, ErrNoTranscript
	}
	src, err := audio.OpenFile(j.Audio)
	if err != nil {
		return nil, err
	}
	defer src.Close()

	id := j.ID
	if id == "" {
		id = filepath.Base(j.Audio)
	}
	var outs pending
	defer outs.discard()
	out, err := outs.create(j.Output)
	if err != nil {
		return nil, err
	}
	reopen := func() (audio.ReadCloser, error) { return audio.OpenFile(j.Audio) }
	hout := newHashingFile(out)
	res, err := p.ProcessRecording(ctx, Recording{ID: id, Audio: src, Transcript: tr, Reopen: reopen}, hout)
	if err != nil {
		return nil, err
	}
	if res.OutputSHA256, err = hout.sum(); err != nil {
		return nil, fmt.Errorf("anonymize: hashing output: %w", err)
	}
	if j.TranscriptOutput != "" && tr != nil {
		f, err := outs.create(j.TranscriptOutput)
		if err != nil {
			return nil, err
		}
		if err := res.WriteTranscript(f); err != nil {
			return nil, fmt.Errorf("anonymize: writing the redacted transcript: %w", err)
		}
	}
	if j.NativeOutput != "" && tr != nil {
		f, err := outs.create(j.NativeOutput)
		if err != nil {
			return nil, err
		}
		if err := res.WriteNativeTranscript(f); err != nil {
			return nil, fmt.Errorf("anonymize: writing the native transcript: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("anonymize: %w", err)
	}
	if err := outs.commit(); err != nil {
		return nil, err
	}
	res.Timings.Total = time.Since(t0)
	return res, nil
}

// checkOutputsApart refuses a job whose outputs would replace one of its
// inputs, or each other: a redacted copy written over its own source would
// destroy the original and race with anything still reading it.
func checkOutputsApart(j Job) error {
	type named struct{ role, path string }
	var all []named
	for _, n := range []named{{"audio input", j.Audio}, {"transcript input", j.Transcript}, {"audio output", j.Output},
		{"transcript output", j.TranscriptOutput}, {"native transcript output", j.NativeOutput}} {
		if n.path != "" {
			all = append(all, n)
		}
	}
	for i := range all {
		for k := i + 1; k < len(all); k++ {
			if samePath(all[i].path, all[k].path) {
				return fmt.Errorf("%w: the %s and the %s are the same file", ErrOptions, all[i].role, all[k].role)
			}
		}
	}
	return nil
}

// samePath reports whether a and b name the same file: the same cleaned
// absolute path, or, when both exist, the same file by os.SameFile (links).
func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == bb {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// pending is a set of output files written under temporary names, renamed
// into place together by commit or removed by discard.
type pending struct {
	files []*os.File
	final []string
}

// create opens a temporary file in final's folder. Its name starts with a
// dot and ends in ".partial" so that no tool mistakes it for an output.
func (p *pending) create(final string) (*os.File, error) {
	f, err := os.CreateTemp(filepath.Dir(final), "."+filepath.Base(final)+".*.partial")
	if err != nil {
		return nil, fmt.Errorf("anonymize: creating output: %w", err)
	}
	p.files = append(p.files, f)
	p.final = append(p.final, final)
	return f, nil
}

// commit flushes every temporary file to disk and renames it into place.
func (p *pending) commit() error {
	for _, f := range p.files {
		if err := f.Sync(); err != nil {
			return fmt.Errorf("anonymize: writing output: %w", err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("anonymize: writing output: %w", err)
		}
	}
	for i, f := range p.files {
		if err := os.Rename(f.Name(), p.final[i]); err != nil {
			return fmt.Errorf("anonymize: renaming output into place: %w", err)
		}
	}
	p.files, p.final = nil, nil
	return nil
}

// discard removes every temporary file not committed.
func (p *pending) discard() {
	for _, f := range p.files {
		f.Close()
		os.Remove(f.Name())
	}
	p.files, p.final = nil, nil
}

// hashingFile is an output file that takes its SHA-256 as it is written.
// The WAV writer writes a file front to back when the stream's length is
// known up front (MP3, WAV and every stage that keeps it); then the hash
// is ready when the last byte is written, and the file is not read back.
// Any other pattern of writes (a header patched at the end, a seek past
// the end) makes sum read the file again.
type hashingFile struct {
	f      io.ReadWriteSeeker // a file, or ProcessStored's spill
	h      hash.Hash
	pos    int64 // the file offset
	hashed int64 // bytes [0, hashed) are in h, in order
	end    int64 // the largest offset written to
	broken bool  // a write did not continue the hashed bytes
}

func newHashingFile(f io.ReadWriteSeeker) *hashingFile {
	return &hashingFile{f: f, h: sha256.New()}
}

// Write implements io.Writer.
func (w *hashingFile) Write(b []byte) (int, error) {
	n, err := w.f.Write(b)
	if w.pos == w.hashed && !w.broken {
		w.h.Write(b[:n])
		w.hashed += int64(n)
	} else {
		w.broken = true
	}
	w.pos += int64(n)
	w.end = max(w.end, w.pos)
	return n, err
}

// Seek implements io.Seeker.
func (w *hashingFile) Seek(offset int64, whence int) (int64, error) {
	p, err := w.f.Seek(offset, whence)
	if err == nil {
		w.pos = p
	}
	return p, err
}

// sum returns the hex SHA-256 of the whole file as it now is.
func (w *hashingFile) sum() (string, error) {
	if !w.broken && w.hashed == w.end && w.pos == w.end {
		return hex.EncodeToString(w.h.Sum(nil)), nil
	}
	return fileSHA256(w.f)
}

// fileSHA256 hashes the whole of f (from its start) as it now is.
func fileSHA256(f io.ReadSeeker) (string, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
