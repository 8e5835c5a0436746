package anonymize

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"
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

// Putter is an optional method of Outputs for outputs whose bytes are
// already whole, as ProcessStored's always are (the transcripts in memory,
// the audio in a temporary file): Put writes the output name from body,
// size bytes from body's offset at the call, which may be read again from
// there (a retried upload rewinds it). Its guarantees are Create's: the
// output appears only when Put returns nil. ProcessStored uses Put when
// Out has it, so a store can send each output in one request from the
// file instead of through a copying writer; store.Location implements it.
type Putter interface {
	Put(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64) error
}

// SHA256Putter is an optional method of Outputs, used in preference to
// Put: PutSHA256 is Put given also sum, the SHA-256 of the size bytes of
// body. ProcessStored knows it without reading an output again (the audio
// output is hashed as it is written, for Result.OutputSHA256), so a store
// can send it for the server to check the bytes against, instead of
// reading the body once more to hash it. store.Location implements it
// (on S3: the object's SHA-256 checksum and the signature's payload hash).
type SHA256Putter interface {
	PutSHA256(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64, sum []byte) error
}

// Storage says where ProcessStored reads and writes.
type Storage struct {
	// In holds the recordings (Job.Audio names a file in it). A file that
	// is an io.ReadSeeker and io.ReaderAt (os.DirFS's files) is decoded in
	// place; any other file (an object being downloaded) is first read
	// whole, into memory up to InMemoryBytes, else into a private
	// temporary file.
	In fs.FS
	// Transcripts holds the transcripts (Job.Transcript); nil means In.
	Transcripts fs.FS
	// Out receives the outputs (Job.Output, TranscriptOutput, NativeOutput
	// name objects in it).
	Out Outputs
	// TempDir holds the spooled input and the output being encoded when
	// they are larger than InMemoryBytes (a WAV header is patched at the
	// end, so the audio output is finished before it is uploaded); ""
	// means os.TempDir(). Files are created with mode 0600 and removed on
	// every exit path.
	TempDir string
	// MaxInputBytes limits a spooled input; 0 means DefaultMaxInputBytes.
	// A larger one fails with ErrInputTooLarge before it is downloaded
	// when its size is known, else as soon as the limit is passed.
	MaxInputBytes int64
	// InMemoryBytes: a spooled input whose size is known and no larger,
	// and the staged audio output while it is no larger, are held in
	// memory instead of in temporary files (an output that grows past it
	// moves to a file). 0 means DefaultInMemoryBytes; negative means
	// always files. One ProcessStored call holds at most twice this.
	InMemoryBytes int64
	// Processed, if not nil, is called once the recording has been
	// processed and its outputs are staged, just before they are
	// written (it is not called when processing fails). What is left of
	// the call is the uploads, and nothing more is read from In or
	// Transcripts: a batch can start processing another recording
	// meanwhile, so that the transfers overlap with the DSP, and free
	// what it holds of this one's input.
	Processed func()
}

// DefaultInMemoryBytes is the default Storage.InMemoryBytes: 16 MiB,
// about 17 minutes of 8 kHz 16-bit mono WAV or 17 minutes of 128 kbit/s
// MP3 in, and 95 s of 44.1 kHz stereo WAV out. Below it an unredacted
// recording never reaches the disk, and the temporary-file system calls
// (create, write, read back, remove) are saved.
const DefaultInMemoryBytes = 16 << 20

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
// completely: the WAV is encoded to memory (a temporary file past
// Storage.InMemoryBytes), the transcripts to memory, and then each output
// is written once, the transcripts first and the audio last. If one of those writes fails, or ctx ends, the outputs
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
	src, reopen, closeInput, err := openStoredAudio(ctx, s, j.Audio)
	if err != nil {
		return nil, err
	}
	var once sync.Once
	cleanup := func() { once.Do(closeInput) }
	defer cleanup()

	id := j.ID
	if id == "" {
		id = path.Base(j.Audio)
	}
	out := &spill{dir: s.TempDir, pattern: "callveil-out-*.wav", limit: inMemory(s), hint: wavSizeHint(src.Format())}
	defer out.Close()
	hout := newHashingFile(out)
	res, err := p.ProcessRecording(ctx, Recording{ID: id, Audio: src, Transcript: tr, Reopen: reopen}, hout)
	if err != nil {
		return nil, err
	}
	cleanup() // the input is read: its memory or spool goes before the uploads
	if res.OutputSHA256, err = hout.sum(); err != nil {
		return nil, fmt.Errorf("anonymize: hashing output: %w", err)
	}

	type output struct {
		name, contentType string
		body              io.ReadSeeker
		size              int64
		sum               []byte // SHA-256 of the body
	}
	var outs []output
	inMemoryOutput := func(name, contentType string, b []byte) output {
		sum := sha256.Sum256(b)
		return output{name, contentType, bytes.NewReader(b), int64(len(b)), sum[:]}
	}
	if j.TranscriptOutput != "" && tr != nil {
		var b bytes.Buffer
		if err := res.WriteTranscript(&b); err != nil {
			return nil, fmt.Errorf("anonymize: writing the redacted transcript: %w", err)
		}
		outs = append(outs, inMemoryOutput(j.TranscriptOutput, transcriptContentType(j.TranscriptOutput), b.Bytes()))
	}
	if j.NativeOutput != "" && tr != nil {
		var b bytes.Buffer
		if err := res.WriteNativeTranscript(&b); err != nil {
			return nil, fmt.Errorf("anonymize: writing the native transcript: %w", err)
		}
		outs = append(outs, inMemoryOutput(j.NativeOutput, "application/json", b.Bytes()))
	}
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("anonymize: %w", err)
	}
	audioSum, err := hex.DecodeString(res.OutputSHA256)
	if err != nil {
		return nil, fmt.Errorf("anonymize: %w", err)
	}
	outs = append(outs, output{j.Output, "audio/wav", out, out.Size(), audioSum}) // last: its hash marks the set complete
	if s.Processed != nil {
		s.Processed()
	}

	var written []string
	for _, o := range outs {
		if err := ctx.Err(); err != nil {
			removeStored(ctx, s.Out, written)
			return nil, fmt.Errorf("anonymize: %w", err)
		}
		if err := putStored(ctx, s.Out, o.name, o.contentType, o.body, o.size, o.sum); err != nil {
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

// putStored writes one output, whose SHA-256 is sum; on any error the
// write is abandoned (its context cancelled before Close), so no partial
// object appears.
func putStored(ctx context.Context, out Outputs, name, contentType string, body io.ReadSeeker, size int64, sum []byte) error {
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The body may be a pooled buffer, reused once ProcessStored returns:
	// nothing may read it after this write.
	rb := &revocable{r: body}
	defer rb.revoke()
	body = rb
	if p, ok := out.(SHA256Putter); ok {
		return p.PutSHA256(wctx, name, contentType, body, size, sum)
	}
	if p, ok := out.(Putter); ok {
		return p.Put(wctx, name, contentType, body, size)
	}
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
// that can seek and read at offsets is used as it is; any other is read
// whole first, into memory when its size is known and at most
// InMemoryBytes, else into a private temporary file (see the store
// package's doc for why a spool rather than range reads). reopen decodes the same bytes again
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
	size := int64(-1)
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	if size > limit {
		return nil, nil, nothing, fmt.Errorf("%w: %d bytes, the limit is %d", ErrInputTooLarge, size, limit)
	}
	if size >= 0 && size <= inMemory(s) {
		// Small enough to hold: read it whole (its size is the GET's
		// length), decode from memory, and write nothing to disk.
		buf := getBuf(size)
		if _, err := io.ReadFull(&ctxReader{ctx: ctx, r: f}, buf); err != nil {
			putBuf(buf)
			if ctx.Err() != nil {
				return nil, nil, nothing, fmt.Errorf("anonymize: %w", ctx.Err())
			}
			return nil, nil, nothing, fmt.Errorf("anonymize: reading the recording: %w", err)
		}
		r := bytes.NewReader(buf)
		src, err := audio.Open(r)
		if err != nil {
			putBuf(buf)
			return nil, nil, nothing, err
		}
		return src, reopenAt(r, size), func() { putBuf(buf) }, nil
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

// wavSizeHint is about the size of the 16-bit WAV of f (0 when its
// length is unknown).
func wavSizeHint(f audio.Format) int64 {
	if f.Frames <= 0 || f.Channels <= 0 {
		return 0
	}
	return f.Frames*int64(f.Channels)*2 + 64
}

// inMemory is s.InMemoryBytes with its default applied (0 for never).
func inMemory(s Storage) int64 {
	switch {
	case s.InMemoryBytes < 0:
		return 0
	case s.InMemoryBytes == 0:
		return DefaultInMemoryBytes
	}
	return s.InMemoryBytes
}

// spill is an io.WriteSeeker and io.ReadSeeker that holds its bytes in
// memory up to limit and moves them to a private temporary file (mode
// 0600, in dir) the first time a write would pass it. Close removes the
// file.
type spill struct {
	dir, pattern string
	limit        int64
	hint         int64 // the size expected, for the first allocation
	buf          []byte
	pos, size    int64    // size: the end of what was written
	f            *os.File // nil while in memory
}

func (s *spill) Write(p []byte) (int, error) {
	if s.f == nil && s.pos+int64(len(p)) > s.limit {
		f, err := os.CreateTemp(s.dir, s.pattern)
		if err != nil {
			return 0, fmt.Errorf("anonymize: creating the temporary output: %w", err)
		}
		s.f = f
		if _, err := f.Write(s.buf); err != nil {
			return 0, err
		}
		if _, err := f.Seek(s.pos, io.SeekStart); err != nil {
			return 0, err
		}
		putBuf(s.buf)
		s.buf = nil
	}
	if s.f != nil {
		n, err := s.f.Write(p)
		s.pos += int64(n)
		s.size = max(s.size, s.pos)
		return n, err
	}
	if end := s.pos + int64(len(p)); end > int64(len(s.buf)) {
		if end > int64(cap(s.buf)) {
			// Double (append grows large slices by a quarter, copying
			// a growing WAV five times over), starting from the hint.
			c := min(max(2*int64(cap(s.buf)), end, s.hint), s.limit)
			b := getBuf(c)[:len(s.buf)]
			copy(b, s.buf)
			putBuf(s.buf)
			s.buf = b
		}
		old := int64(len(s.buf))
		s.buf = s.buf[:end]
		if s.pos > old {
			// Never written, but a pooled buffer holds an earlier
			// recording's bytes there: zero, as a file's gap reads.
			clear(s.buf[old:s.pos])
		}
	}
	copy(s.buf[s.pos:], p)
	s.pos += int64(len(p))
	s.size = max(s.size, s.pos)
	return len(p), nil
}

func (s *spill) Read(p []byte) (int, error) {
	if s.f != nil {
		n, err := s.f.Read(p)
		s.pos += int64(n)
		return n, err
	}
	if s.pos >= int64(len(s.buf)) {
		return 0, io.EOF
	}
	n := copy(p, s.buf[s.pos:])
	s.pos += int64(n)
	return n, nil
}

func (s *spill) Seek(offset int64, whence int) (int64, error) {
	if s.f != nil {
		n, err := s.f.Seek(offset, whence)
		if err == nil {
			s.pos = n
		}
		return n, err
	}
	switch whence {
	case io.SeekCurrent:
		offset += s.pos
	case io.SeekEnd:
		offset += s.size
	}
	if offset < 0 {
		return 0, errors.New("anonymize: seek before the start")
	}
	s.pos = offset
	return offset, nil
}

// Size is the length of what was written.
func (s *spill) Size() int64 { return s.size }

// Close gives the bytes back to the pool and removes the temporary
// file, if any. Nothing may read them afterwards.
func (s *spill) Close() error {
	putBuf(s.buf)
	s.buf = nil
	if s.f == nil {
		return nil
	}
	s.f.Close()
	return os.Remove(s.f.Name())
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
