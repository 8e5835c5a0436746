package anonymize_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/internal/racedetect"
	"github.com/callveil/callveil/transcript"
)

const calls = "../testdata/calls"

// testKey is a fixed key so that tests are reproducible.
func testKey(t testing.TB, seed byte) anonymize.Key {
	t.Helper()
	b := bytes.Repeat([]byte{seed}, anonymize.KeySize)
	k, err := anonymize.KeyFromBytes(b)
	require.NoError(t, err)
	return k
}

// decodeFile reads a whole recording into memory (test recordings are short).
func decodeFile(t testing.TB, path string) ([][]float32, audio.Format) {
	t.Helper()
	s, err := audio.OpenFile(path)
	require.NoError(t, err)
	defer s.Close()
	x, err := audio.ReadAll(s)
	require.NoError(t, err)
	return x, s.Format()
}

// process runs one test call through a pipeline with opts into a temp file.
func process(t testing.TB, opts anonymize.Options, name, transcriptExt string) (*anonymize.Result, string) {
	t.Helper()
	p, err := anonymize.New(opts)
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), name+".out.wav")
	res, err := p.ProcessJob(context.Background(), anonymize.Job{
		ID:         name,
		Audio:      findAudio(t, name),
		Transcript: filepath.Join(calls, name+transcriptExt),
		Output:     out,
	})
	require.NoError(t, err)
	return res, out
}

func findAudio(t testing.TB, name string) string {
	t.Helper()
	for _, ext := range []string{".wav", ".mp3"} {
		if p := filepath.Join(calls, name+ext); fileExists(p) {
			return p
		}
	}
	t.Fatalf("no recording %s in %s", name, calls)
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func TestProcess_OutputLengthEqualsInputLength(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"call1", "call2", "call3"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			in, inF := decodeFile(t, findAudio(t, name))
			res, out := process(t, anonymize.Options{Key: testKey(t, 1)}, name, ".json")
			got, outF := decodeFile(t, out)
			assert.Equal(t, inF.Channels, outF.Channels)
			assert.Equal(t, inF.SampleRate, outF.SampleRate)
			for c := range in {
				assert.Len(t, got[c], len(in[c]), "channel %d", c)
			}
			assert.Equal(t, int64(len(in[0])), res.Frames)
			assert.NotEmpty(t, res.Findings, "the example calls hold spoken PII")
			assert.NotEmpty(t, res.Spans)
			assert.Len(t, res.OutputSHA256, 64)
		})
	}
}

// TestProcess_BleepsSpansAndNothingElseWhenVoiceIsOff checks the redaction
// guarantee sample by sample: with masking off, every sample outside the
// padded spans is the original, and inside them (silence bleep) nothing of
// the original is left.
func TestProcess_BleepsSpansAndNothingElseWhenVoiceIsOff(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"call1", "call3"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			in, f := decodeFile(t, findAudio(t, name))
			res, out := process(t, anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoiceOff, Bleep: anonymize.BleepSilence}, name, ".json")
			got, _ := decodeFile(t, out)
			inside := make([][]bool, f.Channels)
			for c := range inside {
				inside[c] = make([]bool, len(in[c]))
			}
			for _, sp := range res.Spans {
				a, b := audio.DurationToFrames(sp.Start, f.SampleRate), audio.DurationToFrames(sp.End, f.SampleRate)
				for c := range inside {
					if sp.Channel != -1 && sp.Channel != c {
						continue
					}
					for i := max(a, 0); i < min(b, int64(len(in[c]))); i++ {
						inside[c][i] = true
					}
				}
			}
			changedOutside, survivedInside, insideCount := 0, 0, 0
			for c := range in {
				for i := range in[c] {
					if inside[c][i] {
						insideCount++
						if got[c][i] != 0 {
							survivedInside++
						}
					} else if got[c][i] != in[c][i] {
						changedOutside++
					}
				}
			}
			assert.Zero(t, changedOutside, "samples outside the spans must be untouched")
			assert.Zero(t, survivedInside, "no original sample may survive inside a span")
			assert.Greater(t, insideCount, f.SampleRate, "the call's PII spans cover more than a second")
		})
	}
}

func TestProcess_SameKeySameOutputOtherKeyOtherVoice(t *testing.T) {
	t.Parallel()
	r1, o1 := process(t, anonymize.Options{Key: testKey(t, 1)}, "call1", ".json")
	r2, o2 := process(t, anonymize.Options{Key: testKey(t, 1)}, "call1", ".json")
	r3, o3 := process(t, anonymize.Options{Key: testKey(t, 2)}, "call1", ".json")
	b1, _ := os.ReadFile(o1)
	b2, _ := os.ReadFile(o2)
	b3, _ := os.ReadFile(o3)
	assert.True(t, bytes.Equal(b1, b2), "same key, same input: bit-identical output")
	assert.Equal(t, r1.OutputSHA256, r2.OutputSHA256)
	assert.False(t, bytes.Equal(b1, b3), "another key gives another voice")
	assert.NotEqual(t, r1.Voices[0].ID, r3.Voices[0].ID)
}

func TestProcess_StereoMasksEachChannelWithItsOwnVoice(t *testing.T) {
	t.Parallel()
	res, _ := process(t, anonymize.Options{Key: testKey(t, 1)}, "call3", ".json")
	require.Len(t, res.Voices, 2)
	assert.NotEqual(t, res.Voices[0].ID, res.Voices[1].ID)
	for _, sp := range res.Spans {
		assert.NotEqual(t, -1, sp.Channel, "a two-channel transcript bleeps the speaker's channel only")
	}
}

func TestProcess_VoiceMaskingChangesTheSignal(t *testing.T) {
	t.Parallel()
	in, _ := decodeFile(t, findAudio(t, "call1"))
	for _, m := range []anonymize.VoiceMethod{anonymize.VoicePseudo, anonymize.VoicePseudoNorm, anonymize.VoicePseudoVQ, anonymize.VoiceCascade, anonymize.VoicePitch, anonymize.VoiceFormant, anonymize.VoiceMcAdams, anonymize.VoiceCascadeMcAdams} {
		t.Run(string(m), func(t *testing.T) {
			t.Parallel()
			_, out := process(t, anonymize.Options{Key: testKey(t, 1), Voice: m}, "call1", ".json")
			got, _ := decodeFile(t, out)
			require.Len(t, got[0], len(in[0]))
			var diff, energy float64
			for i := range in[0] {
				d := float64(got[0][i] - in[0][i])
				diff += d * d
				energy += float64(in[0][i]) * float64(in[0][i])
			}
			// The masked voice differs from the original by more than
			// its own energy's −6 dB: it is not a near-copy.
			assert.Greater(t, diff, energy/4, "method %s", m)
			// and it is not silence or noise blown up: levels stay sane.
			assert.Less(t, diff, energy*4, "method %s", m)
		})
	}
}

// TestProcess_PseudoVQMovesTheEnvelopeBeyondPseudo: VoicePseudoVQ is
// VoicePseudo plus the envelope codebook, so with the same key it must
// differ from VoicePseudo's output (the codebook is wired in), by less than
// the masking itself does.
func TestProcess_PseudoVQMovesTheEnvelopeBeyondPseudo(t *testing.T) {
	t.Parallel()
	in, _ := decodeFile(t, findAudio(t, "call1"))
	_, outP := process(t, anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoicePseudo}, "call1", ".json")
	_, outVQ := process(t, anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoicePseudoVQ}, "call1", ".json")
	p, _ := decodeFile(t, outP)
	vq, _ := decodeFile(t, outVQ)
	require.Len(t, vq[0], len(in[0]))
	var diff, energy float64
	for i := range p[0] {
		d := float64(vq[0][i] - p[0][i])
		diff += d * d
		energy += float64(p[0][i]) * float64(p[0][i])
	}
	t.Logf("pseudo-vq differs from pseudo by %.1f dB of its energy", 10*math.Log10(diff/energy))
	assert.Greater(t, diff, energy/1000, "the codebook changed the envelope (more than -30 dB; without it the two are identical)")
	assert.Less(t, diff, energy, "but less than replacing the signal")
}

func TestProcessJob_RefusesWithoutTranscriptAndWritesNothing(t *testing.T) {
	t.Parallel()
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1)})
	require.NoError(t, err)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.wav")
	_, err = p.ProcessFile(context.Background(), findAudio(t, "call1"), "", out)
	require.ErrorIs(t, err, anonymize.ErrNoTranscript)

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"nothing": "here"}`), 0o600))
	_, err = p.ProcessFile(context.Background(), findAudio(t, "call1"), bad, out)
	require.ErrorIs(t, err, anonymize.ErrNoTranscript, "an unreadable transcript is refused like a missing one")
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1, "only the bad transcript: no output, no temporary file")
}

func TestProcessJob_AllowNoTranscriptMasksTheVoiceOnly(t *testing.T) {
	t.Parallel()
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), AllowNoTranscript: true})
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "out.wav")
	res, err := p.ProcessFile(context.Background(), findAudio(t, "call1"), "", out)
	require.NoError(t, err)
	assert.True(t, res.Unredacted)
	assert.Empty(t, res.Spans)
	assert.FileExists(t, out)
}

func TestProcess_RefusesATranscriptThatDoesNotFit(t *testing.T) {
	t.Parallel()
	src, err := audio.OpenFile(findAudio(t, "call1"))
	require.NoError(t, err)
	defer src.Close()
	tr, err := transcript.ReadFile(filepath.Join(calls, "call1.json"))
	require.NoError(t, err)
	tr.Words[len(tr.Words)-1].Start += time.Hour
	tr.Words[len(tr.Words)-1].End += time.Hour
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1)})
	require.NoError(t, err)
	_, err = p.Process(context.Background(), src, tr, &memFile{})
	assert.ErrorIs(t, err, anonymize.ErrTranscriptMismatch)
}

func TestProcessJob_CancelledContextStopsAndLeavesNoOutput(t *testing.T) {
	t.Parallel()
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1)})
	require.NoError(t, err)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = p.ProcessFile(ctx, findAudio(t, "call1"), filepath.Join(calls, "call1.json"), filepath.Join(dir, "out.wav"))
	require.ErrorIs(t, err, context.Canceled)
	entries, _ := os.ReadDir(dir)
	assert.Empty(t, entries)
}

// cancelAfter is a stream that cancels a context after n reads.
type cancelAfter struct {
	audio.Stream
	n      int
	cancel context.CancelFunc
	reads  int
}

func (c *cancelAfter) Read(dst [][]float32) (int, error) {
	c.reads++
	if c.reads == c.n {
		c.cancel()
	}
	return c.Stream.Read(dst)
}

func TestProcess_StopsWithinOneBlockOfCancellation(t *testing.T) {
	t.Parallel()
	const rate = 8000
	long := &endless{rate: rate, frames: rate * 3600}
	ctx, cancel := context.WithCancel(context.Background())
	src := &cancelAfter{Stream: long, n: 50, cancel: cancel}
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), AllowNoTranscript: true})
	require.NoError(t, err)
	_, err = p.Process(ctx, src, nil, &memFile{})
	require.ErrorIs(t, err, context.Canceled)
	// The stages read a little ahead (f0 look-ahead, STFT frames), but not
	// far past the read that cancelled.
	assert.Less(t, long.pos, int64(f0LookaheadFrames(rate)+4*audio.DefaultBlockFrames+50*audio.DefaultBlockFrames))
}

func f0LookaheadFrames(rate int) int { return 8 * rate }

// endless is a synthetic speech-like mono stream of a given length that
// holds nothing in memory but a 4-second loop, computed once per rate.
type endless struct {
	rate   int
	frames int64
	pos    int64
	loop   []float32
}

func (e *endless) Format() audio.Format {
	return audio.Format{Encoding: audio.EncodingPCM16, SampleRate: e.rate, Channels: 1, Frames: e.frames}
}

func (e *endless) Read(dst [][]float32) (int, error) {
	if e.pos >= e.frames {
		return 0, io.EOF
	}
	if e.loop == nil {
		e.loop = speechLoop(e.rate)
	}
	n := int(min(int64(len(dst[0])), e.frames-e.pos))
	for i := range n {
		dst[0][i] = e.loop[(e.pos+int64(i))%int64(len(e.loop))]
	}
	e.pos += int64(n)
	return n, nil
}

// speechLoop is 4 s of a gliding harmonic voice (f0 100–140 Hz) with a
// syllable-rate envelope: enough like speech for pitch trackers and
// phase vocoders, and exactly periodic over the loop.
func speechLoop(rate int) []float32 {
	x := make([]float32, 4*rate)
	phase := 0.0
	for i := range x {
		t := float64(i) / float64(rate)
		f0 := 120 + 20*math.Sin(2*math.Pi*0.5*t)
		phase += 2 * math.Pi * f0 / float64(rate)
		var v float64
		for h := 1.0; h <= 8; h++ {
			v += math.Sin(h*phase) / h
		}
		x[i] = float32(v * 0.2 * (0.6 + 0.4*math.Sin(2*math.Pi*4*t)))
	}
	return x
}

// memFile is an in-memory io.WriteSeeker that discards what it is told
// to, keeping only the size: memory of the sink must not count against
// the pipeline.
type memFile struct {
	pos, size int64
}

func (m *memFile) Write(b []byte) (int, error) {
	m.pos += int64(len(b))
	m.size = max(m.size, m.pos)
	return len(b), nil
}

func (m *memFile) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
		m.pos = off
	case io.SeekCurrent:
		m.pos += off
	case io.SeekEnd:
		m.pos = m.size + off
	}
	if m.pos < 0 {
		return 0, errors.New("negative seek")
	}
	return m.pos, nil
}

// heapWatch samples the live heap on every read.
type heapWatch struct {
	audio.Stream
	reads int
	peak  uint64
}

func (h *heapWatch) Read(dst [][]float32) (int, error) {
	h.reads++
	if h.reads%64 == 0 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		h.peak = max(h.peak, ms.HeapAlloc)
	}
	return h.Stream.Read(dst)
}

// TestProcess_TwoHourRecordingInBoundedMemory runs a 2-hour 8 kHz call
// through the whole default pipeline and checks that the live heap never
// grows with the length of the recording.
func TestProcess_TwoHourRecordingInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("2-hour recording: skipped in -short mode")
	}
	voice := anonymize.VoiceCascade
	if racedetect.Enabled {
		voice = anonymize.VoiceOff // the race detector makes the DSP 10× slower
	}
	src := &heapWatch{Stream: &endless{rate: 8000, frames: 8000 * 7200}}
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), Voice: voice, AllowNoTranscript: true})
	require.NoError(t, err)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	sink := &memFile{}
	res, err := p.Process(context.Background(), src, nil, sink)
	require.NoError(t, err)
	assert.Equal(t, int64(8000*7200), res.Frames)
	assert.Equal(t, int64(44+2*8000*7200), sink.size)
	grown := int64(src.peak) - int64(before.HeapAlloc)
	t.Logf("2 h at 8 kHz, voice %s: peak live heap %.1f MiB above the start", voice, float64(grown)/(1<<20))
	assert.Less(t, grown, int64(32<<20), "live heap must stay bounded (the recording is 110 MiB as float32)")
}

func ExamplePipeline_ProcessFile() {
	key, _ := anonymize.KeyFromBytes(bytes.Repeat([]byte{7}, anonymize.KeySize)) // use anonymize.ReadKeyFile in real code
	p, err := anonymize.New(anonymize.Options{Key: key})
	if err != nil {
		panic(err)
	}
	out := filepath.Join(os.TempDir(), "callveil-example.wav")
	defer os.Remove(out)
	res, err := p.ProcessFile(context.Background(), "../testdata/calls/call1.wav", "../testdata/calls/call1.json", out)
	if err != nil {
		panic(err)
	}
	fmt.Println("same length:", res.Frames == res.Format.Frames)
	fmt.Println("channels masked:", len(res.Voices))
	fmt.Println("PII found:", len(res.Findings) > 0)
	// Output:
	// same length: true
	// channels masked: 1
	// PII found: true
}

func TestProcessJob_RefusesOutputsThatWouldReplaceAnInput(t *testing.T) {
	t.Parallel()
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1)})
	require.NoError(t, err)
	dir := t.TempDir()
	tr := filepath.Join(dir, "call1.json")
	orig, err := os.ReadFile(filepath.Join(calls, "call1.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(tr, orig, 0o600))
	for name, j := range map[string]anonymize.Job{
		"transcript over its input": {Audio: findAudio(t, "call1"), Transcript: tr, Output: filepath.Join(dir, "o.wav"), TranscriptOutput: tr},
		"audio over the transcript": {Audio: findAudio(t, "call1"), Transcript: tr, Output: tr},
		"two outputs in one file":   {Audio: findAudio(t, "call1"), Transcript: tr, Output: filepath.Join(dir, "o.wav"), TranscriptOutput: filepath.Join(dir, "o.wav")},
	} {
		_, err := p.ProcessJob(context.Background(), j)
		assert.ErrorIs(t, err, anonymize.ErrOptions, name)
	}
	got, err := os.ReadFile(tr)
	require.NoError(t, err)
	assert.Equal(t, orig, got, "the input transcript is untouched")
}
