package transcript_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/callveil/callveil/transcript"
)

// A Whisper transcript with word timestamps (python -m whisper
// --word_timestamps True --output_format json).
const whisperJSON = `{"text": " Call me on 555 0142, please.", "segments": [{"id": 0, "start": 0.0, "end": 2.6, ` +
	`"text": " Call me on 555 0142, please.", "tokens": [50364, 7473, 385, 322, 12330, 50494], "words": [` +
	`{"word": " Call", "start": 0.0, "end": 0.3, "probability": 0.97}, ` +
	`{"word": " me", "start": 0.3, "end": 0.42, "probability": 0.99}, ` +
	`{"word": " on", "start": 0.42, "end": 0.6, "probability": 0.98}, ` +
	`{"word": " 555", "start": 0.7, "end": 1.3, "probability": 0.91}, ` +
	`{"word": " 0142,", "start": 1.4, "end": 2.1, "probability": 0.88}, ` +
	`{"word": " please.", "start": 2.2, "end": 2.6, "probability": 0.99}]}], "language": "en"}`

func ExampleRead() {
	t, err := transcript.Read(strings.NewReader(whisperJSON))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Source, len(t.Words), "words")
	for _, w := range t.Words {
		fmt.Printf("%-6s %-4q %v-%v\n", w.Text, w.Punct, w.Start, w.End)
	}
	// Output:
	// whisper 6 words
	// Call   ""   0s-300ms
	// me     ""   300ms-420ms
	// on     ""   420ms-600ms
	// 555    ""   700ms-1.3s
	// 0142   ","  1.4s-2.1s
	// please "."  2.2s-2.6s
}

func ExampleWrite() {
	t, err := transcript.Read(strings.NewReader(whisperJSON))
	if err != nil {
		fmt.Println(err)
		return
	}
	// Words 3 and 4 ("555 0142,") are a phone number.
	redactions := []transcript.Redaction{{First: 3, Last: 4, Text: "[PHONE]"}}
	if err := transcript.Write(os.Stdout, t, redactions); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"text": " Call me on [PHONE], please.", "segments": [{"id": 0, "start": 0.0, "end": 2.6, "text": " Call me on [PHONE], please.", "tokens": [], "words": [{"word": " Call", "start": 0.0, "end": 0.3, "probability": 0.97}, {"word": " me", "start": 0.3, "end": 0.42, "probability": 0.99}, {"word": " on", "start": 0.42, "end": 0.6, "probability": 0.98}, {"word": " [PHONE],", "start": 0.7, "end": 2.1, "probability": 0.91}, {"word": " please.", "start": 2.2, "end": 2.6, "probability": 0.99}]}], "language": "en"}
}

func ExampleWriteNative() {
	t, err := transcript.Read(strings.NewReader(whisperJSON))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := transcript.WriteNative(os.Stdout, t, []transcript.Redaction{{First: 3, Last: 4, Text: "[PHONE]"}}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "callveil_transcript": 1,
	//   "source": "whisper",
	//   "channels": 1,
	//   "approximate": false,
	//   "words": [
	//     {"text": "Call", "start": 0, "end": 0.3, "channel": 0, "confidence": 0.97},
	//     {"text": "me", "start": 0.3, "end": 0.42, "channel": 0, "confidence": 0.99},
	//     {"text": "on", "start": 0.42, "end": 0.6, "channel": 0, "confidence": 0.98},
	//     {"text": "[PHONE]", "punct": ",", "start": 0.7, "end": 2.1, "channel": 0, "confidence": 0.91},
	//     {"text": "please", "punct": ".", "start": 2.2, "end": 2.6, "channel": 0, "confidence": 0.99}
	//   ]
	// }
}

func ExampleDetect() {
	for _, in := range []string{
		"WEBVTT\n\n00:00.500 --> 00:02.000\n<v Agent>Hello.\n",
		`{"results": {"transcripts": [{"transcript": "Hello."}], "items": []}}`,
		"RIFF....WAVEfmt ",
	} {
		f, err := transcript.Detect([]byte(in))
		fmt.Printf("%q %v\n", f, err)
	}
	// Output:
	// "webvtt" <nil>
	// "aws" <nil>
	// "" transcript: input is neither JSON, WebVTT nor SRT: transcript: unknown format
}
