package audio_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// The reference lengths below were measured with ffmpeg 5.1.9 (Debian 12),
// which trims MP3 by the LAME tag as Whisper's audio loader does:
//
//	ffmpeg -i FILE -f s16le -ac 1 - | wc -c    # bytes / 2 = frames
//
// (-ac 1 for the stereo fixture folds it to mono; the length is the same.)
// The onset fixtures hold 0.1 s of silence and then a 1 kHz tone (see
// testdata/make.sh), so the tone starts at sample 4410 at 44.1 kHz and 1600
// at 16 kHz; ffmpeg's first sample above 0.02 is the next one (sample 0
// of a sine is 0).

// onset is the index of the first sample whose magnitude exceeds level,
// or -1.
func onset(x []float32, level float32) int {
	for i, v := range x {
		if v > level || v < -level {
			return i
		}
	}
	return -1
}

func TestOpen_MP3LengthAndTimingMatchFFmpeg(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file   string
		frames int64 // ffmpeg's output length
		onset  int   // ffmpeg's first sample above 0.02, or -1 to skip
		why    string
	}{
		{"stereo44k_mpeg1.mp3", 22050, -1, "LAME Info tag (delay 576, padding 1566): 0.5 s exactly"},
		{"mono44k_lame_vbr.mp3", 13230, 4411, "LAME Xing tag (VBR): 0.3 s exactly, onset in place"},
		{"mono44k_ffmpeg_tag.mp3", 13230, 4411, `FFmpeg's Info tag signed "Lavc"`},
		{"mono16k_ffmpeg_tag.mp3", 8000, 1601, "MPEG-2 Info tag after 9 bytes of side info"},
		{"mono44k_lame_notag.mp3", 14976, 4411 + 576 + 529, "no tag: 13 whole frames, onset late by both delays, as in ffmpeg"},
		{"mono16k_mpeg2.mp3", 17280, -1, "no tag (its frames are too short to hold one): 30 whole frames"},
		{"id3_phone.mp3", 17280, -1, "no tag, ID3v2 in front"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(readFixture(t, tt.file)))
			require.NoError(t, err)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			assert.Equal(t, tt.frames, s.Format().Frames, "Format.Frames: %s", tt.why)
			assert.Equal(t, tt.frames, int64(len(got[0])), "decoded length: %s", tt.why)
			if tt.onset >= 0 {
				assert.InDelta(t, tt.onset, onset(got[0], 0.02), 1, "onset sample: %s", tt.why)
			}
		})
	}
}

// TestOpen_MP3TagNumbersAreTrimmedLikeFFmpeg alters the tag of
// mono44k_lame_vbr.mp3 (one Xing frame, then 13 audio frames of 1152
// samples) and compares the length with ffmpeg's on the same bytes.
func TestOpen_MP3TagNumbersAreTrimmedLikeFFmpeg(t *testing.T) {
	t.Parallel()
	orig := readFixture(t, "mono44k_lame_vbr.mp3")
	xing := bytes.Index(orig, []byte("Xing"))
	lame := bytes.Index(orig, []byte("LAME"))
	require.Equal(t, 21, xing, "Xing header after 4 + 17 bytes (MPEG-1 mono)")
	require.Equal(t, xing+120, lame, "LAME extension after flags, frames, bytes, TOC and quality")
	require.EqualValues(t, 13, binary.BigEndian.Uint32(orig[xing+8:]))

	withPads := func(delay, padding int) []byte {
		b := bytes.Clone(orig)
		v := delay<<12 | padding
		b[lame+21], b[lame+22], b[lame+23] = byte(v>>16), byte(v>>8), byte(v)
		return b
	}
	withFrames := func(n uint32) []byte {
		b := bytes.Clone(orig)
		binary.BigEndian.PutUint32(b[xing+8:], n)
		return b
	}
	noExtension := bytes.Clone(orig)
	copy(noExtension[lame:], "XXXX")
	// Where the third audio frame begins: the Xing frame and two audio
	// frames before it.
	cut := 0
	for range 3 {
		cut += frameLenMPEG1(orig[cut:])
	}

	tests := []struct {
		name   string
		file   []byte
		frames int64 // measured with ffmpeg 5.1.9 on the same bytes, but see below
	}{
		{"as encoded", orig, 13230},
		{"padding 4095", withPads(576, 4095), 10305},
		{"delay 0, padding 0", withPads(0, 0), 14447},
		{"delay 0, padding 529", withPads(0, 529), 14447},
		{"delay 4095", withPads(4095, 1170), 9711},
		{"delay and padding 4095", withPads(4095, 4095), 6786},
		{"Xing frame count 5, not 13", withFrames(5), 13230},
		{"Xing frame count 1: the end range starts inside the skip", withFrames(1), 13871},
		{"Xing frame count 14: the end range lies past the stream", withFrames(14), 13871},
		{"Xing frame count 0: no end trim", withFrames(0), 13871},
		{"no LAME extension: the Xing frame dropped, nothing trimmed", noExtension, 14976},
		// ffmpeg's test for concatenated files (the stream is over 1/16
		// longer than the tag's byte count) turns the end trim off; the
		// second and third Xing frames decode as 1152 samples of silence.
		{"three copies end to end", bytes.Repeat(orig, 3), 3*14*1152 - 1152 - 1105},
		{"cut after 2 audio frames", orig[:cut], 2*1152 - 1105},
		// ffmpeg yields nothing here; callveil keeps both frames whole
		// rather than trust a delay longer than the stream.
		{"cut after 2 audio frames, delay 4095", withPads(4095, 1170)[:cut], 2 * 1152},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(tt.file))
			require.NoError(t, err)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			assert.Equal(t, tt.frames, s.Format().Frames, "Format.Frames")
			assert.Equal(t, tt.frames, int64(len(got[0])), "decoded length")
		})
	}
}

// frameLenMPEG1 is the length of the MPEG-1 Layer III 44.1 kHz frame whose
// header starts b.
func frameLenMPEG1(b []byte) int {
	kbps := [15]int{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}
	return 144*kbps[b[2]>>4]*1000/44100 + int(b[2]>>1&1)
}

// The samples the trim drops are the same whatever the block size, down to
// blocks of one frame, and the trimmed stream is the untrimmed one shifted.
func TestOpen_MP3TrimDoesNotDependOnTheBlockSize(t *testing.T) {
	t.Parallel()
	file := readFixture(t, "mono44k_lame_vbr.mp3")
	s, err := audio.Open(bytes.NewReader(file))
	require.NoError(t, err)
	want, err := audio.ReadAll(s)
	require.NoError(t, err)
	for _, size := range []int{1, 7, 529, 1152, 1153, 20000} {
		s, err := audio.Open(bytes.NewReader(file))
		require.NoError(t, err)
		block := audio.NewBlock(1, size)
		var got []float32
		for {
			n, err := s.Read(block)
			got = append(got, block[0][:n]...)
			if err != nil {
				break
			}
			require.Positive(t, n, "block %d: Read returned nothing and no error", size)
		}
		assert.Equal(t, want[0], got, "block of %d frames", size)
	}

	// Without its LAME extension the same stream is decoded whole: the
	// trimmed samples are exactly that stream from delay + 529 on.
	noExt := bytes.Clone(file)
	copy(noExt[bytes.Index(noExt, []byte("LAME")):], "XXXX")
	s, err = audio.Open(bytes.NewReader(noExt))
	require.NoError(t, err)
	whole, err := audio.ReadAll(s)
	require.NoError(t, err)
	assert.Equal(t, whole[0][576+529:576+529+len(want[0])], want[0])
}

// whisperJSON is the part of a Whisper transcript this test reads.
type whisperJSON struct {
	Segments []struct {
		Words []struct {
			Word  string  `json:"word"`
			Start float64 `json:"start"`
		} `json:"words"`
	} `json:"segments"`
}

// TestOpen_Call4IsAlignedWithItsTranscript decodes the example call
// testdata/calls/call4.mp3 (LAME Info tag: delay 576, padding 1548) and
// checks its length against ffmpeg's and each word's speech onset against
// the word times in call4.json, which are exact (see the calls' README).
// Decoded without the tag, go-mp3's output is 1282176 frames and 2257
// samples (51.2 ms) late.
func TestOpen_Call4IsAlignedWithItsTranscript(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "testdata", "calls")
	raw, err := os.ReadFile(filepath.Join(dir, "call4.json"))
	if os.IsNotExist(err) {
		t.Skipf("no %s: the example calls are not in this checkout", dir)
	}
	require.NoError(t, err)
	var tr whisperJSON
	require.NoError(t, json.Unmarshal(raw, &tr))

	s, err := audio.OpenFile(filepath.Join(dir, "call4.mp3"))
	require.NoError(t, err)
	defer s.Close()
	f := s.Format()
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	require.Equal(t, 1, f.Channels)
	assert.EqualValues(t, 1278900, f.Frames, "ffmpeg's length (29.00 s)")
	assert.Len(t, got[0], 1278900)

	// A word's onset: the first sample above -40 dBFS (the line noise is
	// about -62 dBFS) within 40 ms of the word's start. Words are at
	// least 60 ms apart, so the window starts in a pause.
	const level = 0.01
	window := int(0.040 * float64(f.SampleRate))
	words := 0
	var worst float64
	for _, seg := range tr.Segments {
		for _, w := range seg.Words {
			start := int(math.Round(w.Start * float64(f.SampleRate)))
			lo, hi := max(0, start-window), min(len(got[0]), start+window)
			require.Less(t, onset(got[0][lo:lo+window/2], level), 0, "word %d starts in a pause", words)
			on := onset(got[0][lo:hi], level)
			require.GreaterOrEqual(t, on, 0, "word %d (at %.2f s) has speech within 40 ms of its start", words, w.Start)
			off := float64(lo+on-start) / float64(f.SampleRate)
			worst = max(worst, math.Abs(off))
			assert.InDelta(t, 0, off, 0.003, "word %d (at %.2f s): speech starts %.1f ms from the transcript time", words, w.Start, off*1000)
			words++
		}
	}
	require.Positive(t, words)
	t.Logf("%d words: the largest gap between a speech onset and its transcript time is %.2f ms", words, worst*1000)
}
