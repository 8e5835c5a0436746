package transcript

import (
	"bytes"
	"math"

	"fmt"
	"io"
	"os"
	"time"
)

// Default limits of ReadOptions.
const (
	// DefaultMaxBytes is the largest transcript read by default (64 MiB,
	// about 300 hours of word-timed JSON).
	DefaultMaxBytes = 64 << 20
	// DefaultMaxTime is the latest word time accepted by default: no call
	// recording is longer than a day, so later times are corrupt input.
	DefaultMaxTime = 24 * time.Hour
)

// ReadOptions sets the limits a reader enforces. The zero value means the
// defaults.
type ReadOptions struct {
	// MaxBytes is the largest input accepted; larger input fails with
	// ErrTooLarge after reading at most MaxBytes+1 bytes. 0 means
	// DefaultMaxBytes; at most 2 GiB - 1. A JSON transcript kept for Write takes about ten
	// times its size in memory (the parsed tree); a one-hour call's
	// transcript is 1 to 3 MB.
	MaxBytes int64
	// MaxTime is the latest word time accepted; later times fail with
	// ErrInvalid. 0 means DefaultMaxTime.
	MaxTime time.Duration
}

func (o ReadOptions) withDefaults() ReadOptions {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxTime <= 0 {
		o.MaxTime = DefaultMaxTime
	}
	o.MaxBytes = min(o.MaxBytes, math.MaxInt32) // the JSON tree keeps 32-bit offsets
	return o
}

// Read reads a transcript in any supported format, detected from its
// content, with the default limits.
func Read(r io.Reader) (*Transcript, error) {
	return ReadWithOptions(r, "", ReadOptions{})
}

// ReadFormat reads a transcript in format f (no detection).
func ReadFormat(r io.Reader, f Format) (*Transcript, error) {
	return ReadWithOptions(r, f, ReadOptions{})
}

// ReadFile reads the transcript file at path, detecting its format, with
// the default limits.
func ReadFile(path string) (*Transcript, error) {
	return ReadFileWithOptions(path, "", ReadOptions{})
}

// ReadFileWithOptions reads the transcript file at path in format f ("" to
// detect it) with the given limits. A file larger than opts.MaxBytes is
// rejected with ErrTooLarge before it is read.
func ReadFileWithOptions(path string, f Format, opts ReadOptions) (*Transcript, error) {
	opts = opts.withDefaults()
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("transcript: %w", err)
	}
	defer file.Close()
	if st, err := file.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > opts.MaxBytes {
		return nil, fmt.Errorf("transcript: %s is %d bytes, more than the limit of %d: %w", path, st.Size(), opts.MaxBytes, ErrTooLarge)
	}
	var r io.Reader = file
	if st, err := file.Stat(); err == nil && st.Mode().IsRegular() {
		r = &sizedReader{file, int(st.Size())}
	}
	t, err := ReadWithOptions(r, f, opts)
	if err != nil {
		return nil, fmt.Errorf("%w (file %s)", err, path)
	}
	return t, nil
}

// sizedReader tells readLimited how much to expect from a regular file.
type sizedReader struct {
	io.Reader
	n int
}

func (s *sizedReader) Len() int { return s.n }

// ReadWithOptions reads a transcript in format f ("" to detect it) with
// the given limits. At most opts.MaxBytes+1 bytes are read from r.
func ReadWithOptions(r io.Reader, f Format, opts ReadOptions) (*Transcript, error) {
	opts = opts.withDefaults()
	data, err := readLimited(r, opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	return readBytes(data, f, opts)
}

// readLimited reads all of r, failing with ErrTooLarge once more than
// limit bytes arrive. The buffer doubles but never beyond limit+1 bytes, so
// memory stays under twice the limit whatever the input's length.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	size := int64(64 << 10)
	if l, ok := r.(interface{ Len() int }); ok { // bytes.Reader, strings.Reader, bytes.Buffer
		size = int64(l.Len()) + 1
	}
	buf := make([]byte, 0, min(size, limit+1))
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) > limit {
				return nil, fmt.Errorf("transcript: input is larger than the limit of %d bytes: %w", limit, ErrTooLarge)
			}
			grown := make([]byte, len(buf), min(2*int64(cap(buf)), limit+1))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			if int64(len(buf)) > limit {
				return nil, fmt.Errorf("transcript: input is larger than the limit of %d bytes: %w", limit, ErrTooLarge)
			}
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("transcript: reading input: %w", err)
		}
	}
}

// Detect names the format of a transcript from its content. Input that is
// not a transcript in a known format gives ErrUnknownFormat; JSON that does
// not parse gives ErrInvalid.
func Detect(data []byte) (Format, error) {
	data = trimBOM(data)
	if f, ok := detectText(data); ok {
		return f, nil
	}
	if !looksJSON(data) {
		return "", fmt.Errorf("transcript: input is neither JSON, WebVTT nor SRT: %w", ErrUnknownFormat)
	}
	root, err := parseJSON(data)
	if err != nil {
		return "", fmt.Errorf("transcript: %w", err)
	}
	return detectJSON(&root)
}

// readBytes reads a transcript and remembers a byte-order mark, which
// Write puts back.
func readBytes(data []byte, f Format, opts ReadOptions) (*Transcript, error) {
	trimmed := trimBOM(data)
	t, err := readDoc(trimmed, f, opts)
	if t != nil {
		t.bom = len(trimmed) < len(data)
	}
	return t, err
}

func readDoc(data []byte, f Format, opts ReadOptions) (*Transcript, error) {
	if f == "" {
		if tf, ok := detectText(data); ok {
			f = tf
		} else if !looksJSON(data) {
			return nil, fmt.Errorf("transcript: input is neither JSON, WebVTT nor SRT: %w", ErrUnknownFormat)
		}
	}
	switch f {
	case FormatWebVTT, FormatSRT:
		return readCues(data, f, opts)
	}
	var root jvalue
	var err error
	if f == "" {
		root, err = parseJSON(data)
		if err != nil {
			return nil, fmt.Errorf("transcript: %w", err)
		}
		if f, err = detectJSON(&root); err != nil {
			return nil, err
		}
	} else {
		rd := jsonReaders[f]
		if rd == nil {
			return nil, fmt.Errorf("transcript: format %q: %w", f, ErrUnknownFormat)
		}
		if root, err = parseJSON(data); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		if root.kind != jobject {
			return nil, fmt.Errorf("%s: top level is a JSON %s, not an object: %w", f, root.kind, ErrInvalid)
		}
	}
	// About one word per 150 bytes of JSON in the formats we know.
	hint := min(len(data)/150, 1<<20)
	b := &builder{format: f, opts: opts, words: make([]Word, 0, hint), noRefs: f == FormatNative}
	if !b.noRefs {
		b.refs = make([]jword, 0, hint)
	}
	doc := &jsonDoc{format: f, root: root, src: data}
	if err := jsonReaders[f](b, &doc.root); err != nil {
		return nil, err
	}
	if f == FormatNative {
		// Written by WriteNative, which needs no document but the source
		// bytes, copied when nothing is redacted.
		t, err := b.finish(nil)
		if t != nil {
			t.doc = &nativeDoc{src: data, words: len(t.Words)}
		}
		return t, err
	}
	return b.finish(doc)
}

// jsonReaders maps each JSON format to the function that walks its tree.
var jsonReaders = map[Format]func(*builder, *jvalue) error{}

func init() {
	jsonReaders[FormatWhisper] = readWhisper
	jsonReaders[FormatWhisperX] = readWhisperX
	jsonReaders[FormatWhisperCpp] = readWhisperCpp
	jsonReaders[FormatAWS] = readAWS
	jsonReaders[FormatDeepgram] = readDeepgram
	jsonReaders[FormatAssemblyAI] = readAssemblyAI
	jsonReaders[FormatGoogle] = readGoogle
	jsonReaders[FormatNative] = readNative
	jsonReaders[FormatRevAI] = readRevAI
	jsonReaders[FormatTwilio] = readTwilio
}

func trimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
}

func looksJSON(data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && (data[0] == '{' || data[0] == '[')
}

// detectJSON names a JSON format from the keys of its tree.
func detectJSON(root *jvalue) (Format, error) {
	if root.kind != jobject {
		return "", fmt.Errorf("transcript: top level is a JSON %s, not a transcript object: %w", root.kind, ErrUnknownFormat)
	}
	switch {
	case root.has("callveil_transcript"):
		return FormatNative, nil
	case root.get("transcription").typ() == jarray:
		return FormatWhisperCpp, nil
	}
	if res := root.get("results"); res != nil {
		switch {
		case res.kind == jobject && (res.has("items") || res.has("channel_labels") || res.has("transcripts")):
			return FormatAWS, nil
		case res.kind == jobject && res.has("channels"):
			return FormatDeepgram, nil
		case res.kind == jarray && isGoogleResults(res):
			return FormatGoogle, nil
		}
	}
	if root.get("monologues").typ() == jarray {
		return FormatRevAI, nil
	}
	for _, key := range []string{"sentences", "paragraphs"} {
		if bl := root.get(key); bl.typ() == jarray && len(bl.members) > 0 && bl.members[0].val.get("words").typ() == jarray && !root.has("words") {
			if bl.members[0].val.has("media_channel") {
				return FormatTwilio, nil // Voice Intelligence sentences
			}
			return FormatAssemblyAI, nil // the /sentences and /paragraphs endpoints
		}
	}
	if tr := root.get("Transcript"); tr.typ() == jarray && (root.has("JobStatus") || root.has("ConversationCharacteristics") ||
		root.has("ChannelDefinitions") || (len(tr.members) > 0 && (tr.members[0].val.has("ParticipantRole") || tr.members[0].val.has("ParticipantId")))) {
		return FormatAWS, nil // Call Analytics post-call output
	}
	if resp := root.get("response"); resp != nil && isGoogleResults(resp.get("results")) {
		return FormatGoogle, nil // long-running operation wrapper
	}
	if ws := root.get("words"); ws.typ() == jarray && len(ws.members) > 0 {
		w0 := &ws.members[0].val
		if w0.has("text") && w0.get("start").typ() == jnumber {
			return FormatAssemblyAI, nil
		}
	}
	if root.get("words").typ() == jarray && (root.has("audio_url") || root.has("acoustic_model") || root.has("language_model") || root.has("speech_model")) {
		return FormatAssemblyAI, nil
	}
	if segs := root.get("segments"); segs.typ() == jarray {
		if root.has("word_segments") || looksWhisperX(segs) {
			return FormatWhisperX, nil
		}
		return FormatWhisper, nil
	}
	if ws := root.get("words"); ws.typ() == jarray && root.has("text") {
		return FormatWhisper, nil // API verbose_json with word granularity only
	}
	return "", fmt.Errorf("transcript: JSON has none of the keys of a known transcript format: %w", ErrUnknownFormat)
}

// kind returns the node's kind, or jnull for a missing node.
func (v *jvalue) typ() jkind {
	if v == nil {
		return jnull
	}
	return v.kind
}

func isGoogleResults(v *jvalue) bool {
	if v.typ() != jarray {
		return false
	}
	if len(v.members) == 0 {
		return true
	}
	return v.members[0].val.get("alternatives").typ() == jarray
}

// looksWhisperX reports whether one of the first words of the segments
// has a WhisperX "score", or no times (WhisperX leaves unaligned words
// without; Whisper never does).
func looksWhisperX(segs *jvalue) bool {
	n := 0
	for i := range segs.elems() {
		ws := segs.members[i].val.get("words")
		for j := range ws.elems() {
			w := &ws.members[j].val
			if w.has("score") || (w.kind == jobject && !w.has("start") && !w.has("probability")) {
				return true
			}
			if n++; n > 50 {
				return false
			}
		}
	}
	return false
}

// errAt wraps err with the format and the path of the field it concerns.
func errAt(f Format, err error, pathFormat string, args ...any) error {
	return fmt.Errorf("%s: %s: %w", f, fmt.Sprintf(pathFormat, args...), err)
}

// errShape reports a field of the wrong JSON type.
func errShape(v *jvalue, want string) error {
	if v == nil {
		return fmt.Errorf("missing, want %s: %w", want, ErrInvalid)
	}
	return fmt.Errorf("is %s, want %s: %w", v.kind.withArticle(), want, ErrInvalid)
}
