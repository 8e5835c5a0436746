package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The -recognise step: every chunk of every turn is synthesised on its
// own (flite or espeak-ng, the speaker's voice and rate), trimmed of the
// synthesiser's leading and trailing silence, resampled to 16 kHz and
// laid end to end with 60 ms between chunks, so each entity's time span
// is exact. Turns follow each other with 450-850 ms between them; in a
// stereo call the agent is on channel 0 and the customer on channel 1
// (the other channel is faint noise), in a mono call both are on channel
// 0. pocketsphinx_continuous (its en-us model, 16 kHz: the model is
// wideband, and speech band-limited to 8 kHz lost nearly every word in a
// trial) recognises each channel of the call as one file, with word
// times. The audio stays in the work directory; only the reference spans
// and the recogniser's words are written (recognised.jsonl.gz).

const rate = 16000

// voice is one speaker's synthesiser, voice and speed.
type voice struct {
	Engine string `json:"engine"` // flite or espeak-ng
	Name   string `json:"name"`
	Female bool   `json:"female"`
	Speed  string `json:"speed"` // flite duration_stretch, espeak-ng words a minute
}

var voices = []voice{
	{"flite", "slt", true, ""}, {"flite", "slt", true, ""}, {"flite", "slt", true, ""}, {"flite", "slt", true, ""},
	{"flite", "rms", false, ""}, {"flite", "rms", false, ""}, {"flite", "rms", false, ""},
	{"flite", "awb", false, ""}, {"flite", "awb", false, ""},
	{"flite", "kal16", false, ""},
	{"espeak-ng", "en-us+f3", true, ""}, {"espeak-ng", "en-us", false, ""},
}

// voiceFor draws the voice of a call's agent or customer (never the same
// voice for both); it depends only on the call number.
func voiceFor(num int, agent bool) voice {
	h := func(s string) int {
		f := fnv.New32a()
		fmt.Fprintf(f, "%d/%s", num, s)
		return int(f.Sum32() % 1000)
	}
	a := h("agent") % len(voices)
	v := a
	if !agent {
		c := h("customer") % len(voices)
		for voices[c].Name == voices[a].Name {
			c = (c + 1) % len(voices)
		}
		v = c
	}
	out := voices[v]
	k := h("speed" + strconv.FormatBool(agent))
	if out.Engine == "flite" {
		out.Speed = []string{"1.0", "1.1", "1.1", "1.2", "1.3"}[k%5]
	} else {
		out.Speed = []string{"110", "120", "130"}[k%3]
	}
	return out
}

// recCall is one call's line of recognised.jsonl.gz.
type recCall struct {
	Num      int       `json:"num"`
	Sum      string    `json:"sum"` // call.sum() when recognised
	Channels int       `json:"channels"`
	Voices   [2]voice  `json:"voices"` // agent, customer
	Turns    []recTurn `json:"turns"`
	Hyp      []hypWord `json:"hyp"`
}

// recTurn is one turn's time span and its chunks' spans, in ms.
type recTurn struct {
	Channel int     `json:"channel"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Chunks  [][]int `json:"chunks"` // [start, end] of each chunk
}

// hypWord is one word of the recogniser's output.
type hypWord struct {
	Text    string `json:"w"`
	Start   int    `json:"s"`
	End     int    `json:"e"`
	Channel int    `json:"c"`
}

func recogniseAll(dir, work, out, only string, jobs int) error {
	for _, tool := range []string{"flite", "espeak-ng", "sox", "pocketsphinx_continuous"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is not installed (apt-get install flite espeak-ng sox pocketsphinx pocketsphinx-en-us)", tool)
		}
	}
	calls, err := readCalls(dir)
	if err != nil {
		return err
	}
	keep := map[int]bool{}
	old := map[int]recCall{}
	if only != "" {
		for _, f := range strings.Split(only, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				return fmt.Errorf("-only: %v", err)
			}
			keep[n] = true
		}
		rs, err := readRecognised(out)
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		for _, r := range rs {
			old[r.Num] = r
		}
	}
	if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	results := make([]recCall, len(calls))
	errs := make([]error, len(calls))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, jobs))
	var done []recCall
	for i, c := range calls {
		if only != "" && !keep[c.num] {
			if r, ok := old[c.num]; ok {
				results[i] = r
			}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i], errs[i] = recognise(c, filepath.Join(work, fmt.Sprintf("%03d", c.num)))
			if errs[i] == nil {
				fmt.Fprintf(os.Stderr, "call %03d: %d words heard\n", c.num, len(results[i].Hyp))
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("call %03d: %v", calls[i].num, err)
		}
	}
	for _, r := range results {
		if r.Sum != "" {
			done = append(done, r)
		}
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	enc := json.NewEncoder(zw)
	for _, r := range done {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

func readRecognised(path string) ([]recCall, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []recCall
	dec := json.NewDecoder(zr)
	for {
		var r recCall
		if err := dec.Decode(&r); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// recognise synthesises one call into dir (call.wav, and ch0.wav/ch1.wav
// as recognised) and runs the recogniser on each channel.
func recognise(c *call, dir string) (recCall, error) {
	r := recCall{Num: c.num, Sum: c.sum(), Channels: c.channels,
		Voices: [2]voice{voiceFor(c.num, true), voiceFor(c.num, false)}}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return r, err
	}
	tracks := make([][]int16, c.channels)
	at := 300 * rate / 1000 // samples; a little lead-in
	gapChunk := 60 * rate / 1000
	for ti, t := range c.turns {
		v := r.Voices[1]
		ch := 0
		if t.agent {
			v = r.Voices[0]
		} else if c.channels == 2 {
			ch = 1
		}
		rt := recTurn{Channel: ch, Start: at * 1000 / rate}
		var turnAudio []int16
		for ki, k := range t.chunks {
			if ki > 0 {
				turnAudio = append(turnAudio, make([]int16, gapChunk)...)
			}
			pcm, err := synth(v, strings.Join(k.words, " "), filepath.Join(dir, fmt.Sprintf("t%02dk%02d", ti, ki)))
			if err != nil {
				return r, err
			}
			s := at + len(turnAudio)
			turnAudio = append(turnAudio, pcm...)
			rt.Chunks = append(rt.Chunks, []int{s * 1000 / rate, (at + len(turnAudio)) * 1000 / rate})
		}
		for len(tracks[ch]) < at+len(turnAudio) {
			tracks[ch] = append(tracks[ch], 0)
		}
		copy(tracks[ch][at:], turnAudio)
		at += len(turnAudio)
		rt.End = at * 1000 / rate
		r.Turns = append(r.Turns, rt)
		f := fnv.New32a()
		fmt.Fprintf(f, "%d/%d", c.num, ti)
		at += (450 + int(f.Sum32()%400)) * rate / 1000
	}
	total := at + 300*rate/1000
	for ch := range tracks {
		for len(tracks[ch]) < total {
			tracks[ch] = append(tracks[ch], 0)
		}
		// faint deterministic noise, as on a line (and no digital silence)
		seed := uint32(c.num*7 + ch + 1)
		for i := range tracks[ch] {
			seed = seed*1664525 + 1013904223
			n := int32(tracks[ch][i]) + int32(seed>>29) - 4
			tracks[ch][i] = int16(max(-32768, min(32767, n)))
		}
	}
	if err := writeWAV(filepath.Join(dir, "call.wav"), tracks); err != nil {
		return r, err
	}
	for ch := range tracks {
		p := filepath.Join(dir, fmt.Sprintf("ch%d.wav", ch))
		if err := writeWAV(p, tracks[ch:ch+1]); err != nil {
			return r, err
		}
		ws, err := pocketsphinx(p)
		if err != nil {
			return r, err
		}
		for _, w := range ws {
			w.Channel = ch
			r.Hyp = append(r.Hyp, w)
		}
	}
	sort.SliceStable(r.Hyp, func(i, j int) bool { return r.Hyp[i].Start < r.Hyp[j].Start })
	return r, nil
}

// synth says text with v and returns 16 kHz mono samples, the
// synthesiser's leading and trailing silence trimmed.
func synth(v voice, text, base string) ([]int16, error) {
	wav := base + ".wav"
	var cmd *exec.Cmd
	if v.Engine == "flite" {
		cmd = exec.Command("nice", "flite", "-voice", v.Name, "--setf", "duration_stretch="+v.Speed, "-t", text, "-o", wav)
	} else {
		cmd = exec.Command("nice", "espeak-ng", "-v", v.Name, "-s", v.Speed, "-w", wav, text)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: %v: %s", v.Engine, err, out)
	}
	raw := base + ".raw"
	cmd = exec.Command("nice", "sox", wav, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw", raw,
		"silence", "1", "0.01", "-50d", "reverse", "silence", "1", "0.01", "-50d", "reverse", "gain", "-n", "-6")
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("sox: %v: %s", err, out)
	}
	data, err := os.ReadFile(raw)
	if err != nil {
		return nil, err
	}
	if len(data) < 2*rate/20 {
		return nil, fmt.Errorf("synthesised %q is shorter than 50 ms", text)
	}
	pcm := make([]int16, len(data)/2)
	for i := range pcm {
		pcm[i] = int16(binary.LittleEndian.Uint16(data[2*i:]))
	}
	return pcm, nil
}

func writeWAV(path string, tracks [][]int16) error {
	n := len(tracks[0])
	ch := len(tracks)
	var b bytes.Buffer
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, uint32(36+n*ch*2))
	b.WriteString("WAVEfmt ")
	for _, x := range []any{uint32(16), uint16(1), uint16(ch), uint32(rate), uint32(rate * ch * 2), uint16(ch * 2), uint16(16)} {
		binary.Write(&b, binary.LittleEndian, x)
	}
	b.WriteString("data")
	binary.Write(&b, binary.LittleEndian, uint32(n*ch*2))
	for i := 0; i < n; i++ {
		for c := 0; c < ch; c++ {
			binary.Write(&b, binary.LittleEndian, tracks[c][i])
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

const model = "/usr/share/pocketsphinx/model/en-us"

// pocketsphinx runs the recogniser on a 16 kHz mono file and returns its
// words with times (fillers, silences and sentence marks dropped,
// pronunciation variants "(2)" and periods taken off).
func pocketsphinx(path string) ([]hypWord, error) {
	cmd := exec.Command("nice", "pocketsphinx_continuous", "-infile", path, "-time", "yes",
		"-hmm", model+"/en-us", "-lm", model+"/en-us.lm.bin", "-dict", model+"/cmudict-en-us.dict", "-logfn", "/dev/null")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("pocketsphinx: %v", err)
	}
	var ws []hypWord
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 4 {
			continue
		}
		s, err1 := strconv.ParseFloat(f[1], 64)
		e, err2 := strconv.ParseFloat(f[2], 64)
		if _, err3 := strconv.ParseFloat(f[3], 64); err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		w := f[0]
		if i := strings.IndexByte(w, '('); i > 0 {
			w = w[:i]
		}
		if strings.HasPrefix(w, "<") || strings.HasPrefix(w, "[") || strings.HasPrefix(w, "++") {
			continue
		}
		w = strings.ReplaceAll(strings.ToLower(w), ".", "")
		if w == "" {
			continue
		}
		hw := hypWord{Text: w, Start: int(s*1000 + 0.5), End: int(e*1000 + 0.5)}
		if hw.End <= hw.Start {
			hw.End = hw.Start + 10
		}
		ws = append(ws, hw)
	}
	return ws, sc.Err()
}
