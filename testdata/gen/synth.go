package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// synthRate is the sample rate espeak-ng writes; the calls are laid out at
// this rate and resampled by sox afterwards.
const synthRate = 22050

// synth speaks single words with espeak-ng and caches the trimmed samples.
type synth struct {
	cache map[string][]float32
	calls int
}

func newSynth() *synth { return &synth{cache: map[string][]float32{}} }

// word returns the samples of one spoken word at synthRate, with leading and
// trailing silence removed, so that the word's first sample is speech.
func (s *synth) word(v voice, text string) ([]float32, error) {
	text = strings.TrimSuffix(text, ",")
	key := fmt.Sprintf("%s|%d|%d|%s", v.Name, v.Speed, v.Pitch, text)
	if x, ok := s.cache[key]; ok {
		return x, nil
	}
	cmd := exec.Command("espeak-ng", "--stdout",
		"-v", v.Name, "-s", strconv.Itoa(v.Speed), "-p", strconv.Itoa(v.Pitch), text)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("espeak-ng %q (voice %s): %w: %s", text, v.Name, err, strings.TrimSpace(errb.String()))
	}
	s.calls++
	pcm, err := espeakPCM(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("espeak-ng %q (voice %s): %w", text, v.Name, err)
	}
	x := trim(pcm)
	if len(x) == 0 {
		return nil, fmt.Errorf("espeak-ng %q (voice %s): no speech in output", text, v.Name)
	}
	if os.Getenv("GEN_DEBUG") == "2" {
		fmt.Fprintf(os.Stderr, "%s %q %.3f\n", v.Name, text, float64(len(x))/synthRate)
	}
	s.cache[key] = x
	return x, nil
}

// espeakPCM reads the WAV espeak-ng writes to stdout: 16-bit mono PCM at
// 22050 Hz whose data chunk size is a placeholder (the stream was not
// seekable), so the samples are everything after the data chunk header.
func espeakPCM(b []byte) ([]int16, error) {
	if len(b) < 12 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return nil, fmt.Errorf("output is not a RIFF/WAVE file")
	}
	p := 12
	fmtOK := false
	for p+8 <= len(b) {
		id := string(b[p : p+4])
		size := int(binary.LittleEndian.Uint32(b[p+4 : p+8]))
		body := b[p+8:]
		switch id {
		case "fmt ":
			if size < 16 || len(body) < 16 {
				return nil, fmt.Errorf("short fmt chunk")
			}
			tag := binary.LittleEndian.Uint16(body[0:2])
			ch := binary.LittleEndian.Uint16(body[2:4])
			rate := binary.LittleEndian.Uint32(body[4:8])
			bits := binary.LittleEndian.Uint16(body[14:16])
			if tag != 1 || ch != 1 || rate != synthRate || bits != 16 {
				return nil, fmt.Errorf("unexpected format tag=%d channels=%d rate=%d bits=%d", tag, ch, rate, bits)
			}
			fmtOK = true
		case "data":
			if !fmtOK {
				return nil, fmt.Errorf("data chunk before fmt chunk")
			}
			n := len(body) / 2
			pcm := make([]int16, n)
			for i := range pcm {
				pcm[i] = int16(binary.LittleEndian.Uint16(body[2*i:]))
			}
			return pcm, nil
		}
		p += 8 + size + size&1
	}
	return nil, fmt.Errorf("no data chunk")
}

// trim cuts the silence espeak-ng leaves around a word. Some voice
// variants add a breath noise (-60 to -90 dBFS) that runs on for 200 ms
// after the word, so the word is cut 10 ms before the first and 10 ms after
// the last 5 ms window louder than -50 dBFS, with short fades at cuts made
// inside that noise.
func trim(pcm []int16) []float32 {
	const (
		win   = synthRate / 200 // 5 ms
		hop   = win / 5
		pad   = synthRate / 100 // 10 ms
		level = 0.00316 * 32768 // -50 dBFS in LSB
		zero  = 4               // LSB; espeak-ng's silence is digital zero
	)
	first, last := -1, -1
	for i, v := range pcm {
		if v > zero || v < -zero {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	if first < 0 {
		return nil
	}
	loudFirst, loudLast := -1, -1
	for i := first; i+win <= last; i += hop {
		var e float64
		for _, v := range pcm[i : i+win] {
			e += float64(v) * float64(v)
		}
		if math.Sqrt(e/win) > level {
			if loudFirst < 0 {
				loudFirst = i
			}
			loudLast = i + win
		}
	}
	if loudFirst < 0 {
		return nil
	}
	start, end := max(first, loudFirst-pad), min(last, loudLast+pad)
	out := make([]float32, end-start)
	for i := range out {
		out[i] = float32(pcm[start+i]) / 32768
	}
	if start > first {
		fade(out, pad/2, false)
	}
	if end < last {
		fade(out, pad, true)
	}
	return out
}

// fade ramps n samples at the start (or end) of x with a raised cosine.
func fade(x []float32, n int, atEnd bool) {
	n = min(n, len(x))
	for i := 0; i < n; i++ {
		g := float32(0.5 - 0.5*math.Cos(math.Pi*float64(i)/float64(n)))
		if atEnd {
			x[len(x)-1-i] *= g
		} else {
			x[i] *= g
		}
	}
}
