// Command gen regenerates the example calls in testdata/calls: short
// synthetic call-centre dialogues with spoken (fictional) PII, their
// word-timed transcripts and the ground truth of where the PII is.
//
// Run it from the module root:
//
//	go run ./testdata/gen
//
// It needs espeak-ng, sox, lame and ffmpeg on PATH (Debian: apt-get install
// espeak-ng sox libsox-fmt-mp3 lame ffmpeg). The tests of callveil use the
// committed files and need none of these tools.
//
// Each word is synthesised on its own with espeak-ng, trimmed to its speech
// and placed on a 20 ms grid with seeded pauses, so every word time in the
// transcripts is exact. The output is deterministic for the same versions of
// espeak-ng, sox and lame. GEN_DEBUG=1 prints the layout of each call and
// words whose measured onset is off; GEN_DEBUG=2 also each synthesised word.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", filepath.Join("testdata", "calls"), "output directory")
	only := fs.String("only", "", "comma-separated call names to make (default all); the README is written only when all are made")
	keep := fs.Bool("keep", false, "keep the work directory with the intermediate files")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var missing []string
	for _, tool := range []string{"espeak-ng", "sox", "lame", "ffmpeg"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(stderr, "gen: missing tools: %s\n"+
			"gen: install them (Debian/Ubuntu: apt-get install espeak-ng sox libsox-fmt-mp3 lame ffmpeg) and run again;\n"+
			"gen: the tests use the committed files in testdata/calls and need none of them\n", strings.Join(missing, ", "))
		return 1
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
	work, err := os.MkdirTemp("", "callveil-gen-")
	if err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
	if *keep {
		fmt.Fprintln(stdout, "work directory:", work)
	} else {
		defer os.RemoveAll(work)
	}

	want := map[string]bool{}
	for _, n := range strings.Split(*only, ",") {
		if n = strings.TrimSpace(n); n != "" {
			want[n] = true
		}
	}
	s := newSynth()
	var made []made
	for _, c := range calls() {
		if len(want) > 0 && !want[c.Name] {
			continue
		}
		m, err := makeCall(c, s, work, *out)
		if err != nil {
			fmt.Fprintln(stderr, "gen:", err)
			return 1
		}
		ck := m.check
		fmt.Fprintf(stdout, "%-10s %6.2f s %8d bytes  %3d words  word peaks >= %5.1f dBFS  pauses <= %5.1f dBFS  onset median %+4.1f ms, max |%4.1f| ms  %s\n",
			c.fileName(), ck.Duration, ck.Size, ck.Words, ck.MinWordPeak, ck.MaxGap, ck.Onset, ck.MaxOnset, ck.Header)
		made = append(made, m)
	}
	if len(want) == 0 {
		if err := os.WriteFile(filepath.Join(*out, "README.md"), readme(made, s), 0o644); err != nil {
			fmt.Fprintln(stderr, "gen:", err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "%d espeak-ng runs\n", s.calls)
	return 0
}

// made is one generated call.
type made struct {
	call  *call
	check check
	truth truthDoc
}

func makeCall(c *call, s *synth, work, out string) (made, error) {
	if err := validate(c); err != nil {
		return made{}, err
	}
	l, err := build(c, s)
	if err != nil {
		return made{}, err
	}
	if os.Getenv("GEN_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "%s: %d spoken words, %.1f s speech, %.1f s total\n", c.Name, l.spoken, float64(l.speech)/synthRate, float64(l.Frames)/synthRate)
	}
	audioPath := filepath.Join(out, c.fileName())
	if err := encode(c, l, work, audioPath); err != nil {
		return made{}, fmt.Errorf("%s: %w", c.Name, err)
	}
	audio, err := os.ReadFile(audioPath)
	if err != nil {
		return made{}, err
	}
	format := "whisper"
	var doc any
	switch c.Transcript {
	case kindWhisper:
		doc = whisperJSON(c, l)
	case kindDeepgram:
		format = "deepgram"
		doc = deepgramJSON(c, l, audio)
	}
	if err := writeJSON(filepath.Join(out, c.Name+".json"), doc); err != nil {
		return made{}, err
	}
	truth := truthJSON(c, l, format)
	if err := writeJSON(filepath.Join(out, c.Name+".truth.json"), truth); err != nil {
		return made{}, err
	}
	ck, err := verify(c, l, audioPath)
	if err != nil {
		return made{}, fmt.Errorf("verify: %w", err)
	}
	return made{call: c, check: ck, truth: truth}, nil
}

var digitWords = map[string]byte{
	"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4',
	"five": '5', "six": '6', "seven": '7', "eight": '8', "nine": '9',
}

// digitsSpoken returns the digits spoken for an entity, or false if a
// spoken word is not a digit.
func digitsSpoken(toks []token) (string, bool) {
	var b []byte
	for _, t := range toks {
		for _, s := range t.Say {
			d, ok := digitWords[strings.ToLower(strings.TrimSuffix(s, ","))]
			if !ok {
				return "", false
			}
			b = append(b, d)
		}
	}
	return string(b), true
}

// validate checks that the script's numbers are the fictional kind: card
// numbers pass the Luhn check, phone numbers are 555-01xx.
func validate(c *call) error {
	ents := map[int][]token{}
	types := map[int]string{}
	for _, t := range c.Turns {
		for _, tk := range t.Tokens {
			if tk.Entity > 0 {
				ents[tk.Entity] = append(ents[tk.Entity], tk)
				types[tk.Entity] = tk.Type
			}
		}
	}
	for id, toks := range ents {
		switch types[id] {
		case "CARD":
			d, ok := digitsSpoken(toks)
			if !ok || !luhn(d) {
				return fmt.Errorf("%s: card entity %d is not a Luhn-valid digit string", c.Name, id)
			}
		case "PHONE":
			d, ok := digitsSpoken(toks)
			if !ok || len(d) < 7 || !strings.HasPrefix(d[len(d)-7:], "55501") {
				return fmt.Errorf("%s: phone entity %d is not a fictional 555-01xx number", c.Name, id)
			}
		}
	}
	return nil
}

func luhn(d string) bool {
	if len(d) < 12 {
		return false
	}
	sum := 0
	for i := range d {
		v := int(d[len(d)-1-i] - '0')
		if i%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}
