package hardening_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/transcript"
)

// hostileDir is the committed corpus (go run ./testdata/hostile/gen).
var hostileDir = filepath.Join("..", "testdata", "hostile")

// errOK stands for "no error" in a case's list of acceptable outcomes.
var errOK = errors.New("no error")

// hostileCase is one file of the corpus and what must come of it.
type hostileCase struct {
	// want lists the acceptable outcomes of opening and reading the whole
	// file (audio) or reading it (transcripts): sentinels, or errOK.
	want []error
	// cli is the manifest outcome of the file in a CLI batch: "ok",
	// "ok truncated", or "failed CATEGORY" / "refused CATEGORY".
	cli string
	// msg, if set, must appear in the error message.
	msg string
}

// hostileCases covers every file in testdata/hostile (the test checks
// that the two agree). Audio files are paired in the CLI batch with a
// transcript that fits them; transcripts with a 2-second recording.
var hostileCases = map[string]hostileCase{
	// WAV: headers that lie, absurd fields, bombs, truncation.
	"wav_empty.wav":                {want: []error{audio.ErrCorrupt}, cli: "failed corrupt"},
	"wav_riff_only.wav":            {want: []error{audio.ErrCorrupt}, cli: "failed corrupt"},
	"wav_not_wave.wav":             {want: []error{audio.ErrCorrupt}, cli: "failed corrupt"},
	"wav_riff_size_huge.wav":       {want: []error{errOK}, cli: "ok"},
	"wav_riff_size_small.wav":      {want: []error{errOK}, cli: "ok"},
	"wav_fmt_size_huge.wav":        {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "claims"},
	"wav_data_size_huge.wav":       {want: []error{audio.ErrTruncated}, cli: "ok truncated"},
	"wav_list_size_huge.wav":       {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "LIST"},
	"wav_odd_chunk.wav":            {want: []error{errOK}, cli: "ok"},
	"wav_channels_0.wav":           {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "channels"},
	"wav_channels_65535.wav":       {want: []error{audio.ErrUnsupported}, cli: "failed unsupported", msg: "channels"},
	"wav_rate_0.wav":               {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "rate"},
	"wav_rate_4e9.wav":             {want: []error{audio.ErrUnsupported}, cli: "failed unsupported", msg: "rate"},
	"wav_bits_0.wav":               {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "bits"},
	"wav_bits_7.wav":               {want: []error{audio.ErrUnsupported}, cli: "failed unsupported", msg: "bits"},
	"wav_bits_64_pcm.wav":          {want: []error{audio.ErrUnsupported}, cli: "failed unsupported", msg: "bits"},
	"wav_fmt_short.wav":            {want: []error{audio.ErrCorrupt}, cli: "failed corrupt"},
	"wav_ext_unknown_guid.wav":     {want: []error{audio.ErrUnsupported}, cli: "failed unsupported", msg: "sub-format"},
	"wav_no_data.wav":              {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "data"},
	"wav_no_fmt.wav":               {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "fmt"},
	"wav_truncated_mid_sample.wav": {want: []error{audio.ErrTruncated}, cli: "ok truncated"},
	"wav_truncated_header.wav":     {want: []error{audio.ErrCorrupt, audio.ErrTruncated}, cli: "failed corrupt"},
	"wav_list_nested_bomb.wav":     {want: []error{errOK}, cli: "ok"},
	"wav_list_many.wav":            {want: []error{errOK}, cli: "ok"},
	// MP3.
	"mp3_garbage.mp3":           {want: []error{audio.ErrUnsupported}, cli: "failed unsupported"},
	"mp3_truncated_frame.mp3":   {want: []error{audio.ErrTruncated}, cli: "ok truncated"},
	"mp3_only_header.mp3":       {want: []error{audio.ErrCorrupt, audio.ErrTruncated}, cli: "failed corrupt"},
	"mp3_id3_claims_256mib.mp3": {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "ID3"},
	"mp3_id3_only.mp3":          {want: []error{audio.ErrCorrupt}, cli: "failed corrupt"},
	// MPEG-2.5 (8 kHz) decodes since callveil has its own MP3 decoder.
	"mp3_mpeg25_8khz.mp3": {want: []error{errOK}, cli: "ok"},
	// go-mp3 panicked on this frame (index out of range); it names Huffman
	// table 14, which does not exist: ErrCorrupt at the frame, with its
	// byte offset, whether it is the first frame or follows a valid file.
	"mp3_gomp3_panics.mp3":      {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "at byte 0"},
	"mp3_gomp3_panics_late.mp3": {want: []error{audio.ErrCorrupt}, cli: "failed corrupt", msg: "at byte 4320"},
	// Random bytes after frame syncs: whatever the decoder makes of them,
	// it must be a categorised error or noise, never a panic.
	"mp3_random_payload.mp3": {want: []error{audio.ErrUnsupported, audio.ErrCorrupt, errOK}, cli: "failed corrupt"},
	// Transcripts.
	"tr_empty.json":            {want: []error{transcript.ErrUnknownFormat}, cli: "refused transcript_unknown_format"},
	"tr_deep_nesting.json":     {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "nested too deeply"},
	"tr_deep_object.json":      {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "nested too deeply"},
	"tr_inf_time.json":         {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "start"},
	"tr_negative_time.json":    {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "negative"},
	"tr_reversed_time.json":    {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "before the start"},
	"tr_nan_string.json":       {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "not a number"},
	"tr_time_past_max.json":    {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "limit"},
	"tr_out_of_order.json":     {want: []error{errOK}, cli: "ok"}, // readers order words by time
	"tr_beyond_audio.json":     {want: []error{errOK}, cli: "refused transcript_mismatch"},
	"tr_invalid_utf8.json":     {want: []error{errOK, transcript.ErrInvalid}, cli: "any"},
	"tr_truncated.json":        {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid"},
	"tr_wrong_types.json":      {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid"},
	"tr_not_a_transcript.json": {want: []error{transcript.ErrUnknownFormat}, cli: "refused transcript_unknown_format"},
	"tr_invalid_utf8_cue.vtt":  {want: []error{errOK, transcript.ErrInvalid}, cli: "any"},
	"tr_absurd_time.srt":       {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid", msg: "timestamp"},
	"tr_reversed_cue.srt":      {want: []error{transcript.ErrInvalid}, cli: "refused transcript_invalid"},
}

// maxCorpusAlloc bounds the bytes allocated (runtime.MemStats.TotalAlloc)
// while opening and reading any one corpus file. The files are at most
// 100 kB, while their headers claim up to 2 GiB: a decoder that trusted a
// size field would blow this bound by orders of magnitude.
const maxCorpusAlloc = 16 << 20

// corpusFiles lists testdata/hostile (without the generator).
func corpusFiles(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(hostileDir)
	require.NoError(t, err, "the corpus is committed; regenerate with go run ./testdata/hostile/gen")
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

func TestHostileCorpus_EveryFileHasACase(t *testing.T) {
	names := corpusFiles(t)
	inDir := map[string]bool{}
	for _, n := range names {
		inDir[n] = true
		assert.Contains(t, hostileCases, n, "corpus file without a case in hostileCases")
	}
	for n := range hostileCases {
		assert.True(t, inDir[n], "case %s has no file: regenerate the corpus", n)
	}
}

// allocDelta runs fn and returns the bytes it allocated.
func allocDelta(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// readAudio opens path and reads it to the end in blocks, as the pipeline
// does, returning the first error (io.EOF is success).
func readAudio(path string) (err error) {
	s, err := audio.OpenFile(path)
	if err != nil {
		return err
	}
	defer s.Close()
	block := audio.NewBlock(s.Format().Channels, audio.DefaultBlockFrames)
	for {
		_, err := s.Read(block)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// outcome names err by the first of want it matches, for messages.
func matches(err error, want []error) bool {
	for _, w := range want {
		if (w == errOK && err == nil) || (err != nil && errors.Is(err, w)) {
			return true
		}
	}
	return false
}

func TestHostileCorpus_ClearErrorBoundedMemoryNoPanic(t *testing.T) {
	for _, name := range corpusFiles(t) {
		c, ok := hostileCases[name]
		if !ok {
			continue // reported by TestHostileCorpus_EveryFileHasACase
		}
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(hostileDir, name)
			var err error
			alloc := allocDelta(func() {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("PANIC: %v", r)
					}
				}()
				if strings.HasPrefix(name, "tr_") {
					_, err = transcript.ReadFile(path)
				} else {
					err = readAudio(path)
				}
			})
			assert.True(t, matches(err, c.want), "got %v, want one of %v", err, c.want)
			if c.msg != "" && assert.Error(t, err) {
				assert.Contains(t, err.Error(), c.msg, "the error says what was wrong")
			}
			if err != nil {
				assert.Regexp(t, `^(audio|wav|mp3|transcript|whisper|aws|srt|webvtt)\b`, err.Error(), "the error names the format")
			}
			assert.Less(t, alloc, uint64(maxCorpusAlloc), "allocated %d bytes for a %s file", alloc, name)
			t.Logf("%s: %d bytes allocated; %v", name, alloc, err)
		})
	}
}

// writeLargeTranscript streams a Whisper JSON transcript of at least size
// bytes to path (never holding it in memory): one 1 MiB run of words, with
// a word every 0.5 s, written over and over. It is never parsed in full
// (it is past the limit), so the repeated times do not matter.
func writeLargeTranscript(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	var run strings.Builder
	for i := 0; run.Len() < 1<<20; i++ {
		s := float64(i) * 0.5
		fmt.Fprintf(&run, `{"word":" hello","start":%.1f,"end":%.1f,"probability":0.9},`, s, s+0.4)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	_, err = w.WriteString(`{"text":"hello","language":"en","segments":[{"id":0,"start":0,"end":1,"text":"hello","words":[`)
	require.NoError(t, err)
	for n := int64(0); n < size; n += int64(run.Len()) {
		_, err = w.WriteString(run.String())
		require.NoError(t, err)
	}
	_, err = w.WriteString(`{"word":" bye","start":0,"end":0.4}]}]}`)
	require.NoError(t, err)
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
}

// onlyReader hides everything but Read, so the reader cannot learn the
// size from a Stat and has to stop at its limit while reading.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestHostileCorpus_LargeTranscripts(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	writeLargeTranscript(t, big, 100<<20) // 100 MiB, past DefaultMaxBytes

	t.Run("100 MB file is refused before it is read", func(t *testing.T) {
		var err error
		alloc := allocDelta(func() { _, err = transcript.ReadFile(big) })
		assert.ErrorIs(t, err, transcript.ErrTooLarge)
		assert.Less(t, alloc, uint64(1<<20), "refused from its size: nothing read")
	})
	t.Run("100 MB stream stops at the limit", func(t *testing.T) {
		f, err := os.Open(big)
		require.NoError(t, err)
		defer f.Close()
		var peak uint64
		alloc := allocDelta(func() {
			_, err = transcript.Read(onlyReader{f})
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = ms.HeapAlloc
		})
		assert.ErrorIs(t, err, transcript.ErrTooLarge)
		// The reader doubles its buffer up to the limit (+1 byte), so it
		// holds at most two buffers of the limit at once (the package's
		// "under twice the limit") and allocates about three in all; a
		// reader that kept going would allocate the whole 100 MiB and more.
		assert.Less(t, alloc, uint64(3*transcript.DefaultMaxBytes+(16<<20)), "allocated %d bytes", alloc)
		t.Logf("100 MiB stream: %d bytes allocated, heap %d after", alloc, peak)
	})
	t.Run("8 MB word", func(t *testing.T) {
		huge := filepath.Join(dir, "huge.json")
		word := strings.Repeat("x", 8<<20)
		require.NoError(t, os.WriteFile(huge, []byte(`{"text":"x","segments":[{"start":0,"end":1,"text":"x","words":[{"word":"`+word+`","start":0.1,"end":0.5}]}]}`), 0o644))
		var tr *transcript.Transcript
		var err error
		alloc := allocDelta(func() { tr, err = transcript.ReadFile(huge) })
		if err == nil {
			require.Len(t, tr.Words, 1)
			assert.Len(t, tr.Words[0].Text, 8<<20)
		} else {
			assert.ErrorIs(t, err, transcript.ErrInvalid)
		}
		assert.Less(t, alloc, uint64(8*(8<<20)), "a few copies of the input at most: %d bytes", alloc)
	})
}
