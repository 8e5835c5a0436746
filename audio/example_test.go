package audio_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/callveil/callveil/audio"
)

func ExampleOpen() {
	// A 16-bit mono WAV of four samples, built in memory.
	wav := wavBytes(fmtChunk(1, 1, 8000, 16), dataChunk(pcm16Bytes(0, 16384, -16384, 32767)))

	s, err := audio.Open(bytes.NewReader(wav))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Format())

	block := audio.NewBlock(s.Format().Channels, audio.DefaultBlockFrames)
	n, err := s.Read(block)
	fmt.Println(n, err, block[0][:n])
	// Output:
	// wav pcm16 8000 Hz 1 ch 500µs
	// 4 <nil> [0 0.5 -0.5 0.9999695]
}

func ExampleOpenFile() {
	s, err := audio.OpenFile("testdata/stereo44k_mpeg1.mp3")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	f := s.Format()
	fmt.Println(f.Container, f.Encoding, f.SampleRate, f.Channels, f.Duration())

	// An 8 kHz telephony MP3 (MPEG-2.5).
	s8, err := audio.OpenFile("testdata/mono8k_mpeg25.mp3")
	if err != nil {
		log.Fatal(err)
	}
	defer s8.Close()
	fmt.Println(s8.Format())
	// Output:
	// mp3 mp3 44100 2 500ms
	// mp3 mp3 8000 Hz 1 ch 1.152s
}

func ExampleWriteWAV() {
	in, err := audio.OpenFile("testdata/id3_phone.mp3")
	if err != nil {
		log.Fatal(err)
	}
	defer in.Close()

	out, err := os.Create(filepath.Join(os.TempDir(), "callveil-example.wav"))
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(out.Name())
	defer out.Close()

	// 16-bit PCM, fmt and data chunks only: the ID3 tag stays behind.
	frames, err := audio.WriteWAV(out, in, audio.WAVOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(frames, "frames written")

	again, err := audio.OpenFile(out.Name())
	if err != nil {
		log.Fatal(err)
	}
	defer again.Close()
	fmt.Println(again.Format())
	// Output:
	// 17280 frames written
	// wav pcm16 16000 Hz 1 ch 1.08s
}

// MP3 files with a LAME tag decode to exactly the source's samples, in
// place: here 0.1 s of silence and then a 1 kHz tone, encoded by LAME.
func ExampleOpenFile_gaplessMP3() {
	s, err := audio.OpenFile("testdata/mono44k_lame_vbr.mp3")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	samples, err := audio.ReadAll(s)
	if err != nil {
		log.Fatal(err)
	}
	f := s.Format()
	fmt.Println(f.Frames, "frames,", f.Duration())

	// The tone starts at sample 4410 (0.1 s); sample 4410 of a sine is 0.
	for i, v := range samples[0] {
		if v > 0.02 || v < -0.02 {
			fmt.Println("first sample above -34 dBFS:", i)
			break
		}
	}
	// Output:
	// 13230 frames, 300ms
	// first sample above -34 dBFS: 4411
}
