package anonymize

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/transcript"
)

// Outputs is where ProcessStored writes a recording's outputs: object
// storage, or anything else that can make a named object appear whole.
// The store package's Location implements it for S3, GCS, Azure Blob and
// local folders.
type Outputs interface {
	// Create starts the output name. Nothing may be visible under name
	// until Close returns nil; if ctx is cancelled before Close, or Close
	// fails, the output must not appear (an earlier one of that name may
	// stay as it was). contentType is the MIME type to store with it.
	Create(ctx context.Context, name, contentType string) (io.WriteCloser, error)
	// Remove deletes the output name; a missing one is not an error.
	Remove(ctx context.Context, name string) error
}

// Storage says where ProcessStored reads and writes.
type Storage struct {
	// In holds the recordings (Job.Audio names a file in it). A file that
	// is an io.ReadSeeker and io.ReaderAt (os.DirFS's files) is decoded in
	// place; any other file (an object being downloaded) is first spooled
	// to a private temporary file.
	In fs.FS
	// Transcripts holds the transcripts (Job.Transcript); nil means In.
	Transcripts fs.FS
	// Out receives the outputs (Job.Output, TranscriptOutput, NativeOutput
	// name objects in it).
	Out Outputs
	// TempDir holds the spooled input and the output being encoded (a WAV
	// header is patched at the end, so the audio output is finished on
	// disk before it is uploaded); "" means os.TempDir(). Files are created
	// with mode 0600 and removed on every exit path.
	TempDir string
	// MaxInputBytes limits a spooled input; 0 means DefaultMaxInputBytes.
	// A larger one fails with ErrInputTooLarge before it is downloaded
	// when its size is known, else as soon as the limit is passed.
	MaxInputBytes int64
}

// DefaultMaxInputBytes is the default limit of a spooled input: the
// largest WAV file (4 GiB), or about 70 hours of 128 kbit/s MP3.
const DefaultMaxInputBytes = 4 << 30

// ErrInputTooLarge means an input is larger than Storage.MaxInputBytes.
var ErrInputTooLarge = errors.New("anonymize: input larger than the limit")

// ProcessStored processes one recording read from s.In and writes its
// outputs to s.Out: the same work as ProcessJob, with the job's names
// taken as names in those stores (slash-separated, as fs.FS wants).
//
// Nothing is written to s.Out until the recording has been processed
// completely: the WAV is encoded to a temporary file, the transcripts to
// memory, and then each output is written once, the transcripts first and
// the audio last. If one of those writes fails, or ctx ends, the outputs
// already written by this call are removed, so a failure leaves none of
// this recording's outputs behind. Result.OutputSHA256 is the hash of the
// audio output as written.
func (p *Pipeline) ProcessStored(ctx context.Context, s Storage, j Job) (*Result, error) {
	t0 := time.Now()
	if s.In == nil || s.Out == nil {
		return nil, fmt.Errorf("%w: Storage needs In and Out", ErrOptions)
	}
	if err := checkNamesApart(j); err != nil {
		return nil, err
	}
	trs := s.Transcripts
	if trs == nil {
		trs = s.In
	}
	var tr *transcript.Transcript
	if j.Transcript != "" {
		var err error
		if tr, err = readStoredTranscript(trs, j.Transcript, j.TranscriptFormat); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNoTranscript, err)
		}
	} else if !p.opt.AllowNoTranscript {
		return nil, ErrNoTranscript
	}
	src, reopen, cleanup, err := openStoredAudio(ctx, s, j.Audio)
	if err != nil {
		return nil, err
	}
	defer cleanup()

	id := j.ID
	if id == "" {
		id = path.Base(j.Audio)
	}
	out, err := os.CreateTemp(s.TempDir, "callveil-out-*.wav")
	if err != nil {
		return nil, fmt.Errorf("anonymize: creating the temporary output: %w", err)
	}
	defer func() {
		out.Close()
		os.Remove(out.Name())
	}()
	hout := newHashingFile(out)
	res, err := p.ProcessRecording(ctx, Recording{ID: id, Audio: src, Transcript: tr, Reopen: reopen}, hout)
	if err != nil {
		return nil, err
	}
	if res.OutputSHA256, err = hout.sum(); err != nil {
		return nil, fmt.Errorf("anonymize: hashing output: %w", err)
	}

	type output struct {
		name, contentType string
		body              io.Reader
	}
	var outs []output
	if j.TranscriptOutput != "" && tr != nil {
		var b bytes.Buffer
		if err := res.WriteTranscript(&b); err != nil {
			return nil, fmt.Errorf("anonymize: writing the redacted transcript: %w", err)
		}
		outs = append(outs, output{j.TranscriptOutput, transcriptContentType(j.TranscriptOutput), &b})
	}
	if j.NativeOutput != "" && tr != nil {
		var b bytes.Buffer
		if err := res.WriteNativeTranscript(&b); err != nil {
			return nil, fmt.Errorf("anonymize: writing the native transcript: %w", err)
		}
		outs = append(outs, output{j.NativeOutput, "application/json", &b})
	}
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("anonymize: %w", err)
	}
	outs = append(outs, output{j.Output, "audio/wav", out}) // last: its hash marks the set complete

	var written []string
	for _, o := range outs {
		if err := ctx.Err(); err != nil {
			removeStored(ctx, s.Out, written)
			return nil, fmt.Errorf("anonymize: %w", err)
		}
		if err := putStored(ctx, s.Out, o.name, o.contentType, o.body); err != nil {
			removeStored(ctx, s.Out, written)
			if ctx.Err() != nil {
				return nil, fmt.Errorf("anonymize: %w", ctx.Err())
			}
			return nil, fmt.Errorf("anonymize: writing output: %w", err)
		}
		written = append(written, o.name)
	}
	res.Timings.Total = time.Since(t0)
	return res, nil
}

// putStored writes one output; on any error the write is abandoned (its
// context cancelled before Close), so no partial object appears.
func putStored(ctx context.Context, out Outputs, name, contentType string, body io.Reader) error {
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := out.Create(wctx, name, contentType)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, body); err != nil {
		cancel()
		w.Close()
		return err
	}
	return w.Close()
}

// removeStored removes outputs this call wrote, even when ctx has ended
// (the removal is what keeps a cancelled run from leaving half a set).
func removeStored(ctx context.Context, out Outputs, names []string) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	for _, n := range names {
		out.Remove(ctx, n)
	}
}

// checkNamesApart refuses a job whose outputs share a name.
func checkNamesApart(j Job) error {
	seen := map[string]string{}
	for _, n := range [][2]string{{"audio output", j.Output}, {"transcript output", j.TranscriptOutput}, {"native transcript output", j.NativeOutput}} {
		if n[1] == "" {
			continue
		}
		if prev, ok := seen[n[1]]; ok {
			return fmt.Errorf("%w: the %s and the %s have the same name", ErrOptions, prev, n[0])
		}
		seen[n[1]] = n[0]
	}
	if j.Output == "" {
		return fmt.Errorf("%w: no audio output name", ErrOptions)
	}
	return nil
}

// readStoredTranscript reads a transcript from fsys with the default limits.
func readStoredTranscript(fsys fs.FS, name string, f transcript.Format) (*transcript.Transcript, error) {
	file, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("transcript: %w", err)
	}
	defer file.Close()
	if st, err := file.Stat(); err == nil && st.Size() > transcript.DefaultMaxBytes {
		return nil, fmt.Errorf("transcript: %d bytes, more than the limit of %d: %w", st.Size(), int64(transcript.DefaultMaxBytes), transcript.ErrTooLarge)
	}
	return transcript.ReadWithOptions(file, f, transcript.ReadOptions{})
}

// openStoredAudio opens the recording name in s.In for decoding. A file
// that can seek and read at offsets is used as it is; any other is copied
// to a private temporary file first (see the store package's doc for why
// a spool rather than range reads). reopen decodes the same bytes again
// from the start (VoicePseudo's first pass). cleanup closes and removes
// whatever was opened and must be called on every path.
func openStoredAudio(ctx context.Context, s Storage, name string) (src audio.Stream, reopen func() (audio.ReadCloser, error), cleanup func(), err error) {
	nothing := func() {}
	f, err := s.In.Open(name)
	if err != nil {
		return nil, nil, nothing, fmt.Errorf("anonymize: opening the recording: %w", err)
	}
	if rs, ok := f.(interface {
		io.ReadSeeker
		io.ReaderAt
	}); ok {
		size, err := rs.Seek(0, io.SeekEnd)
		if err == nil {
			_, err = rs.Seek(0, io.SeekStart)
		}
		if err != nil {
			f.Close()
			return nil, nil, nothing, fmt.Errorf("anonymize: %w", err)
		}
		src, err := audio.Open(rs)
		if err != nil {
			f.Close()
			return nil, nil, nothing, err
		}
		return src, reopenAt(rs, size), func() { f.Close() }, nil
	}
	defer f.Close()
	limit := s.MaxInputBytes
	if limit <= 0 {
		limit = DefaultMaxInputBytes
	}
	if st, err := f.Stat(); err == nil && st.Size() > limit {
		return nil, nil, nothing, fmt.Errorf("%w: %d bytes, the limit is %d", ErrInputTooLarge, st.Size(), limit)
	}
	spool, err := os.CreateTemp(s.TempDir, "callveil-in-*")
	if err != nil {
		return nil, nil, nothing, fmt.Errorf("anonymize: creating the input spool: %w", err)
	}
	cleanup = func() {
		spool.Close()
		os.Remove(spool.Name())
	}
	n, err := io.Copy(spool, &ctxReader{ctx: ctx, r: io.LimitReader(f, limit+1)})
	switch {
	case err != nil:
		cleanup()
		if ctx.Err() != nil {
			return nil, nil, nothing, fmt.Errorf("anonymize: %w", ctx.Err())
		}
		return nil, nil, nothing, fmt.Errorf("anonymize: reading the recording: %w", err)
	case n > limit:
		cleanup()
		return nil, nil, nothing, fmt.Errorf("%w: more than %d bytes", ErrInputTooLarge, limit)
	}
	if _, err := spool.Seek(0, io.SeekStart); err != nil {
		cleanup()
		return nil, nil, nothing, fmt.Errorf("anonymize: %w", err)
	}
	src, err = audio.Open(spool)
	if err != nil {
		cleanup()
		return nil, nil, nothing, err
	}
	return src, reopenAt(spool, n), cleanup, nil
}

// reopenAt decodes the size bytes of ra again from the start, through a
// reader of its own, so the stream already open reads on undisturbed.
func reopenAt(ra io.ReaderAt, size int64) func() (audio.ReadCloser, error) {
	return func() (audio.ReadCloser, error) {
		s, err := audio.Open(io.NewSectionReader(ra, 0, size))
		if err != nil {
			return nil, err
		}
		return nopCloseStream{s}, nil
	}
}

// nopCloseStream is a Stream whose Close does nothing: the file under it
// belongs to openStoredAudio's cleanup.
type nopCloseStream struct{ audio.Stream }

func (nopCloseStream) Close() error { return nil }

// ctxReader stops a copy when ctx ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// transcriptContentType is the MIME type of a redacted transcript by its
// extension (the redacted copy keeps its source's format).
func transcriptContentType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".vtt":
		return "text/vtt"
	case ".srt":
		return "application/x-subrip"
	}
	return "application/json"
}
