// Command gen writes the long recordings bench/compare.sh times: the
// example calls of testdata/calls (espeak-ng speech in call-centre
// dialogues, with spoken PII) looped end to end to any length, resampled
// to any rate, on one or two channels, as 16-bit PCM WAV, together with a
// Whisper JSON transcript whose words are the calls' own words shifted to
// where each loop of the call lies. The PII is therefore at known places,
// once per loop of each call.
//
// It needs no external tools, and streams: a 2-hour 44.1 kHz stereo file
// is written in bounded memory.
//
//	go run ./bench/gen -seconds 3600 -rate 8000 -o long.wav -json long.json
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// clips are the example calls that are mono and transcribed in Whisper
// JSON, so their words can be concatenated into one Whisper transcript.
var clips = []string{"call1", "call2", "call5"}

// loop is an endless mono stream cycling through clips at 8 kHz, cut at
// frames; channel 1 (if any) plays the cycle half a clip later, so the two
// channels of a stereo file are not identical.
type loop struct {
	x        []float32 // all clips back to back
	channels int
	pos      int64
	frames   int64
}

func (l *loop) Format() audio.Format {
	return audio.Format{Encoding: audio.EncodingFloat32, SampleRate: 8000, Channels: l.channels, Frames: l.frames}
}

func (l *loop) Read(dst [][]float32) (int, error) {
	n := int(min(int64(len(dst[0])), l.frames-l.pos))
	if n <= 0 {
		return 0, io.EOF
	}
	for c := range dst {
		off := int64(c) * int64(len(l.x)) / 6
		for i := range n {
			dst[c][i] = l.x[(l.pos+off+int64(i))%int64(len(l.x))]
		}
	}
	l.pos += int64(n)
	return n, nil
}

func main() {
	calls := flag.String("calls", "testdata/calls", "folder holding the example calls")
	seconds := flag.Float64("seconds", 3600, "length of the recording")
	rate := flag.Int("rate", 8000, "sample rate of the recording")
	channels := flag.Int("channels", 1, "1 or 2")
	out := flag.String("o", "", "output WAV file")
	js := flag.String("json", "", "output Whisper JSON transcript (optional)")
	flag.Parse()
	if err := run(*calls, *seconds, *rate, *channels, *out, *js); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(calls string, seconds float64, rate, channels int, out, js string) error {
	if out == "" || channels < 1 || channels > 2 || seconds <= 0 {
		return errors.New("need -o, -seconds > 0 and -channels 1 or 2")
	}
	var x []float32
	var segments []any
	var text string
	var starts []float64 // start of each clip in the cycle, seconds
	for _, name := range clips {
		samples, err := readMono(filepath.Join(calls, name+".wav"))
		if err != nil {
			return err
		}
		starts = append(starts, float64(len(x))/8000)
		x = append(x, samples...)
	}
	cycle := float64(len(x)) / 8000
	if js != "" {
		var tr []map[string]any
		for _, name := range clips {
			m, err := readJSON(filepath.Join(calls, name+".json"))
			if err != nil {
				return err
			}
			tr = append(tr, m)
		}
		// Whole clips only: a clip cut by the end of the file keeps no words.
		for base := 0.0; base < seconds; base += cycle {
			for i, m := range tr {
				off := base + starts[i]
				clipEnd := off + (cycleEnd(starts, i, cycle) - starts[i])
				if clipEnd > seconds {
					break
				}
				text += m["text"].(string)
				for _, s := range m["segments"].([]any) {
					segments = append(segments, shift(s, off, len(segments)))
				}
			}
		}
	}
	var src audio.Stream = &loop{x: x, channels: channels, frames: int64(seconds * 8000)}
	if rate != 8000 {
		r, err := dsp.NewResample(src, rate, dsp.ResampleOptions{})
		if err != nil {
			return err
		}
		src = r
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := audio.WriteWAV(f, src, audio.WAVOptions{Encoding: audio.EncodingPCM16, BlockFrames: 1 << 15}); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if js == "" {
		return nil
	}
	b, err := json.Marshal(map[string]any{"text": text, "segments": segments, "language": "en"})
	if err != nil {
		return err
	}
	return os.WriteFile(js, b, 0o644)
}

func cycleEnd(starts []float64, i int, cycle float64) float64 {
	if i+1 < len(starts) {
		return starts[i+1]
	}
	return cycle
}

// shift returns a copy of a Whisper segment moved later by off seconds,
// with its words moved too, numbered id.
func shift(s any, off float64, id int) any {
	seg := s.(map[string]any)
	o := make(map[string]any, len(seg))
	for k, v := range seg {
		o[k] = v
	}
	o["id"] = id
	o["start"] = seg["start"].(float64) + off
	o["end"] = seg["end"].(float64) + off
	if ws, ok := seg["words"].([]any); ok {
		nw := make([]any, len(ws))
		for i, w := range ws {
			wm := w.(map[string]any)
			c := make(map[string]any, len(wm))
			for k, v := range wm {
				c[k] = v
			}
			c["start"] = wm["start"].(float64) + off
			c["end"] = wm["end"].(float64) + off
			nw[i] = c
		}
		o["words"] = nw
	}
	return o
}

func readMono(path string) ([]float32, error) {
	f, err := audio.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if ff := f.Format(); ff.SampleRate != 8000 || ff.Channels != 1 {
		return nil, fmt.Errorf("%s: want 8 kHz mono, have %d Hz %d channels", path, ff.SampleRate, ff.Channels)
	}
	s, err := audio.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return s[0], nil
}

func readJSON(path string) (map[string]any, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if _, ok := m["segments"].([]any); !ok {
		return nil, fmt.Errorf("%s: no Whisper segments", path)
	}
	return m, nil
}
