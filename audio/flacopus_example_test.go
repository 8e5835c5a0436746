package audio_test

import (
	"fmt"
	"log"
	"os"

	"github.com/callveil/callveil/audio"
)

// Opening FLAC and Opus recordings: the container is found from the
// content, and Opus always comes out at 48 kHz.
func ExampleOpenFile_flacAndOpus() {
	for _, path := range []string{"testdata/flac_16k_stereo24.flac", "testdata/opus_silk_nb_8k.opus", "testdata/opus_48k_mono.webm"} {
		s, err := audio.OpenFile(path)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(s.Format())
		s.Close()
	}
	// Output:
	// flac flac 16000 Hz 2 ch 500ms
	// ogg opus 48000 Hz 1 ch 500ms
	// webm opus 48000 Hz 1 ch unknown length
}

// OpusModes tells which Opus modes a file uses, without decoding it.
func ExampleOpusModes() {
	f, err := os.Open("testdata/opus_silk_wb_stereo.opus")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	modes, err := audio.OpusModes(f)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(modes["SILK WB 20 ms"], "SILK packets,", modes["hybrid FB 20 ms"], "hybrid")
	// Output:
	// 20 SILK packets, 6 hybrid
}
