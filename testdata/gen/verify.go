package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"os/exec"
	"sort"
	"strings"
)

// check is what verify measured on one output file.
type check struct {
	Duration    float64 // seconds
	Size        int64
	Header      string  // chunk list and fmt fields (WAV) or "MPEG" (MP3)
	Words       int     // transcript words checked
	MinWordPeak float64 // dBFS of the quietest word's loudest 10 ms
	MaxGap      float64 // dBFS of the loudest 10 ms where the transcript has no word on that channel
	Onset       float64 // median ms between transcript start and measured speech onset
	MaxOnset    float64 // largest |ms| of the same
}

// verify decodes the written file with an independent decoder (sox for WAV,
// ffmpeg for MP3, which applies the encoder delay from the LAME tag as
// Whisper's ffmpeg-based loader does) and checks the transcript against the
// audio: every word has speech inside its span, speech starts at the word's
// start, and where no word is on a channel the channel is quiet.
func verify(c *call, l *layout, path string) (check, error) {
	var ck check
	st, err := os.Stat(path)
	if err != nil {
		return ck, err
	}
	ck.Size = st.Size()
	var raw []byte
	if c.Enc == encMP3 {
		b, rerr := os.ReadFile(path)
		if rerr != nil {
			return ck, rerr
		}
		ck.Header = describeMP3(b)
		raw, err = output("ffmpeg", "-v", "error", "-i", path, "-f", "f32le", "-acodec", "pcm_f32le", "-")
	} else {
		b, rerr := os.ReadFile(path)
		if rerr != nil {
			return ck, rerr
		}
		if ck.Header, err = describeWAV(b); err != nil {
			return ck, fmt.Errorf("%s: %w", path, err)
		}
		raw, err = output("sox", path, "-t", "raw", "-e", "floating-point", "-b", "32", "-L", "-")
	}
	if err != nil {
		return ck, err
	}
	nch := c.channels()
	n := len(raw) / 4 / nch
	ck.Duration = float64(n) / float64(c.Rate)
	chans := make([][]float64, nch)
	for ch := range chans {
		chans[ch] = make([]float64, n)
		for i := 0; i < n; i++ {
			chans[ch][i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[4*(i*nch+ch):])))
		}
	}
	want := l.Frames * c.Rate / synthRate
	if n != want {
		return ck, fmt.Errorf("%s: decoded %d frames, laid out %d", path, n, want)
	}

	sec := func(s float64) int { return int(math.Round(s * float64(c.Rate))) }
	rms := func(x []float64, a, b int) float64 {
		a, b = max(a, 0), min(b, len(x))
		if b <= a {
			return 0
		}
		var s float64
		for _, v := range x[a:b] {
			s += v * v
		}
		return math.Sqrt(s / float64(b-a))
	}
	db := func(v float64) float64 { return 20 * math.Log10(math.Max(v, 1e-9)) }
	win := c.Rate / 100 // 10 ms
	step := c.Rate / 200
	const onsetLevel = 0.0025 // about -52 dBFS, 10 dB over the line noise

	ck.MinWordPeak = 0
	var onsets []float64
	prevEnd := make([]int, nch)
	for _, p := range l.Tokens {
		x := chans[p.Channel]
		a, b := sec(p.startSec()), sec(p.endSec())
		var peak float64
		for i := a; i+win <= b; i += step {
			peak = math.Max(peak, rms(x, i, i+win))
		}
		if peak < 0.01 {
			return ck, fmt.Errorf("%s: word %q at %.2f-%.2f s on channel %d is silent (peak %.1f dBFS)", path, p.Text, p.startSec(), p.endSec(), p.Channel, db(peak))
		}
		if d := db(peak); ck.Words == 0 || d < ck.MinWordPeak {
			ck.MinWordPeak = d
		}
		ck.Words++
		// onset: first 5 ms block above onsetLevel, searching from 80 ms early
		blk := c.Rate / 200
		from := max(a-16*blk, prevEnd[p.Channel])
		if c.Enc == encMP3 {
			from = max(a-16*blk, prevEnd[p.Channel]+4*blk) // MP3 smears the previous word's end
		}
		prevEnd[p.Channel] = b
		for i := from; i+blk <= b; i += blk / 5 {
			if rms(x, i, i+blk) > onsetLevel {
				onsets = append(onsets, float64(i+blk/2-a)*1000/float64(c.Rate))
				if o := onsets[len(onsets)-1]; os.Getenv("GEN_DEBUG") != "" && math.Abs(o) > 20 {
					fmt.Fprintf(os.Stderr, "%s: %q onset %+.1f ms\n", c.Name, p.Text, o)
				}
				break
			}
		}
	}
	sort.Float64s(onsets)
	ck.Onset = onsets[len(onsets)/2]
	for _, o := range onsets {
		ck.MaxOnset = math.Max(ck.MaxOnset, math.Abs(o))
	}

	margin := sec(0.02)
	if c.Enc == encMP3 {
		margin = sec(0.04) // MP3 pre-echo spreads energy a little
	}
	ck.MaxGap = -200
	for ch := 0; ch < nch; ch++ {
		busy := make([]bool, n)
		for _, p := range l.Tokens {
			if p.Channel != ch {
				continue
			}
			for i := max(0, sec(p.startSec())-margin); i < min(n, sec(p.endSec())+margin); i++ {
				busy[i] = true
			}
		}
		for i := 0; i+win <= n; i += step {
			if busy[i] || busy[i+win-1] {
				continue
			}
			if d := db(rms(chans[ch], i, i+win)); d > ck.MaxGap {
				ck.MaxGap = d
			}
		}
	}
	if ck.MaxGap > -45 {
		return ck, fmt.Errorf("%s: a pause between words is loud (%.1f dBFS)", path, ck.MaxGap)
	}
	if ck.MaxOnset > 40 {
		return ck, fmt.Errorf("%s: a word starts %.0f ms away from its transcript time", path, ck.MaxOnset)
	}
	return ck, nil
}

// describeWAV lists the chunks of a WAV file and its fmt fields.
func describeWAV(b []byte) (string, error) {
	cs, err := readChunks(b)
	if err != nil {
		return "", err
	}
	var parts []string
	for _, c := range cs {
		s := fmt.Sprintf("%s(%d)", strings.TrimSpace(c.ID), len(c.Body))
		if c.ID == "fmt " && len(c.Body) >= 16 {
			le := binary.LittleEndian
			s = fmt.Sprintf("fmt(tag=%d ch=%d rate=%d bits=%d)", le.Uint16(c.Body), le.Uint16(c.Body[2:]), le.Uint32(c.Body[4:]), le.Uint16(c.Body[14:]))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " "), nil
}

func output(name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, strings.TrimSpace(errb.String()))
	}
	return out.Bytes(), nil
}

// describeMP3 names the parts of an MP3 file: ID3v2 tag, the first frame's
// header and whether it is a Xing/Info frame with a LAME tag, ID3v1 tag.
func describeMP3(b []byte) string {
	var parts []string
	p := 0
	if len(b) >= 10 && string(b[:3]) == "ID3" {
		size := int(b[6])<<21 | int(b[7])<<14 | int(b[8])<<7 | int(b[9])
		parts = append(parts, fmt.Sprintf("ID3v2.%d(%d)", b[3], 10+size))
		p = 10 + size
	}
	if p+4 <= len(b) && b[p] == 0xff && b[p+1]&0xe0 == 0xe0 {
		version := map[byte]string{3: "MPEG-1", 2: "MPEG-2", 0: "MPEG-2.5"}[(b[p+1]>>3)&3]
		layer := map[byte]string{1: "III", 2: "II", 3: "I"}[(b[p+1]>>1)&3]
		mode := "stereo"
		if b[p+3]>>6 == 3 {
			mode = "mono"
		}
		frame := b[p:min(len(b), p+200)]
		info := "audio frame first"
		if bytes.Contains(frame, []byte("Info")) || bytes.Contains(frame, []byte("Xing")) {
			info = "Info frame"
			if i := bytes.Index(b[p:min(len(b), p+400)], []byte("LAME")); i >= 0 && p+i+24 <= len(b) {
				x := b[p+i+21 : p+i+24]
				info += fmt.Sprintf(" with LAME tag (delay %d, padding %d)", int(x[0])<<4|int(x[1])>>4, int(x[1]&15)<<8|int(x[2]))
			}
		}
		parts = append(parts, fmt.Sprintf("%s Layer %s %s, %s", version, layer, mode, info))
	}
	if len(b) >= 128 && string(b[len(b)-128:len(b)-125]) == "TAG" {
		parts = append(parts, "ID3v1(128)")
	}
	return strings.Join(parts, " ")
}
