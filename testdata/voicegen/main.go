// Command voicegen regenerates testdata/voices: a small speaker set for the
// speaker-verification attacker in anonymize/eval. Eight synthetic voices
// (four espeak-ng voice variants, four flite voices) each say five short
// sentences, written at 8 kHz and at 16 kHz.
//
// Run it from the module root:
//
//	go run ./testdata/voicegen
//
// It needs espeak-ng, flite, sox and lame on PATH (Debian: apt-get install
// espeak-ng flite sox lame). The tests use the committed files and need none
// of these tools.
//
// Every utterance is trimmed of leading and trailing silence, given 100 ms of
// silence at each end and normalised to a −3 dBFS peak (so loudness is no cue
// to the speaker), then written as 8 kHz G.711 µ-law WAV (the telephone
// format, 8 kB/s) and as 16 kHz MPEG-2 Layer III mono at 40 kbit/s (5 kB/s):
// 16-bit PCM at both rates would take 48 kB per second of speech, four
// times the size budget of the set. Sentences differ between speakers and
// utterances, so the attacker is text-independent.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// speaker is one synthetic voice.
type speaker struct {
	Engine string // "espeak-ng" or "flite"
	Voice  string // espeak-ng -v value or flite -voice value
	About  string // for the README
}

var speakers = []speaker{
	{"espeak-ng", "en-us+m1", "espeak-ng, American English, male variant m1"},
	{"espeak-ng", "en-us+f2", "espeak-ng, American English, female variant f2"},
	{"espeak-ng", "en-gb+m3", "espeak-ng, British English, male variant m3"},
	{"espeak-ng", "en-gb-scotland+f4", "espeak-ng, Scottish English, female variant f4"},
	{"flite", "awb", "flite awb (clustergen, Scottish male)"},
	{"flite", "rms", "flite rms (clustergen, American male)"},
	{"flite", "slt", "flite slt (clustergen, American female)"},
	{"flite", "kal16", "flite kal16 (diphone, American male)"},
}

// sentences holds five sentences per speaker, in speaker order. None holds
// personal data.
var sentences = []string{
	"The garden was quiet after the rain.", "Please bring the blue folder tomorrow.", "We walked along the river before lunch.", "The train leaves from the second platform.", "Nobody expected the meeting to run so long.",
	"Fresh bread smells best in the morning.", "The museum opens later on Sundays.", "She painted the fence a pale green.", "A cold wind came down from the hills.", "The printer on this floor is broken again.",
	"Our neighbours keep bees behind the shed.", "The soup needs a little more salt.", "He fixed the bicycle with an old spoon.", "The library closes early during the summer.", "Turn left at the church and keep going.",
	"The children built a castle out of sand.", "A small boat drifted towards the harbour.", "The kettle whistled while we talked.", "Winter evenings feel much longer up north.", "They planted apple trees along the wall.",
	"The concert was moved to the larger hall.", "I left my umbrella on the bus again.", "The market sells cheese and fresh fish.", "Clouds gathered quickly over the valley.", "This road was built more than a century ago.",
	"The dog waited patiently by the door.", "Coffee tastes better from a heavy mug.", "The new bridge will open next spring.", "We could hear the waves from our room.", "The old clock in the hall stopped at noon.",
	"Lemon trees grow well in a sunny corner.", "The teacher read a story about a fox.", "Light snow fell across the empty square.", "Our team finished the project on time.", "The path climbs steeply through the woods.",
	"The baker closes the shop every Monday.", "A flock of geese flew over the lake.", "The radio played songs from the sixties.", "Paint the kitchen walls a warmer colour.", "The ferry crossing took almost an hour.",
}

const (
	utterances = 5
	gap        = "0.1" // seconds of silence each side
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("voicegen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", filepath.Join("testdata", "voices"), "output directory")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var missing []string
	for _, tool := range []string{"espeak-ng", "flite", "sox", "lame"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(stderr, "voicegen: missing tools: %s (Debian: apt-get install espeak-ng flite sox lame)\n", strings.Join(missing, ", "))
		return 1
	}
	work, err := os.MkdirTemp("", "callveil-voicegen-")
	if err != nil {
		fmt.Fprintln(stderr, "voicegen:", err)
		return 1
	}
	defer os.RemoveAll(work)
	for _, rate := range []string{"8k", "16k"} {
		if err := os.MkdirAll(filepath.Join(*out, rate), 0o755); err != nil {
			fmt.Fprintln(stderr, "voicegen:", err)
			return 1
		}
	}
	var rows []string
	for i, sp := range speakers {
		for u := 0; u < utterances; u++ {
			name := fmt.Sprintf("spk%d_utt%d", i+1, u+1)
			text := sentences[i*utterances+u]
			raw := filepath.Join(work, name+".raw.wav")
			if err := synth(sp, text, raw); err != nil {
				fmt.Fprintln(stderr, "voicegen:", err)
				return 1
			}
			if err := encode(raw, work, *out, name); err != nil {
				fmt.Fprintln(stderr, "voicegen:", err)
				return 1
			}
			rows = append(rows, fmt.Sprintf("| `%s` | spk%d | %s |", name, i+1, text))
		}
	}
	if err := os.WriteFile(filepath.Join(*out, "README.md"), readme(rows), 0o644); err != nil {
		fmt.Fprintln(stderr, "voicegen:", err)
		return 1
	}
	fmt.Fprintf(stdout, "voicegen: %d speakers x %d utterances written to %s\n", len(speakers), utterances, *out)
	return 0
}

// synth speaks text with sp's engine into a WAV file.
func synth(sp speaker, text, path string) error {
	switch sp.Engine {
	case "espeak-ng":
		return tool("espeak-ng", "-v", sp.Voice, "-w", path, text)
	case "flite":
		return tool("flite", "-voice", sp.Voice, "-t", text, "-o", path)
	}
	return fmt.Errorf("unknown engine %q", sp.Engine)
}

// encode trims, pads and normalises raw, then writes the 8 kHz µ-law WAV
// and the 16 kHz MP3.
func encode(raw, work, out, name string) error {
	clean := filepath.Join(work, name+".clean.wav")
	// Trim silence at both ends (reverse trick), pad, normalise; 32-bit
	// float at 16 kHz as the master, no dither so output is repeatable.
	if err := tool("sox", "-D", "-V1", raw, "-r", "16000", "-e", "floating-point", "-b", "32", clean,
		"silence", "1", "0.02", "0.3%", "reverse", "silence", "1", "0.02", "0.3%", "reverse",
		"pad", gap, gap, "norm", "-3"); err != nil {
		return err
	}
	if err := tool("sox", "-D", "-V1", clean, "-r", "8000", "-e", "u-law", "-b", "8",
		filepath.Join(out, "8k", name+".wav")); err != nil {
		return err
	}
	pcm := filepath.Join(work, name+".16k.wav")
	if err := tool("sox", "-D", "-V1", clean, "-e", "signed-integer", "-b", "16", pcm); err != nil {
		return err
	}
	return tool("lame", "--quiet", "--noreplaygain", "-m", "m", "--cbr", "-b", "40", pcm, filepath.Join(out, "16k", name+".mp3"))
}

func tool(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, strings.TrimSpace(errb.String()))
	}
	return nil
}

func readme(rows []string) []byte {
	var b strings.Builder
	b.WriteString(`# Voices for the speaker-verification attacker

Eight synthetic speakers, five short utterances each (about 2 to 3 s), for
` + "`anonymize/eval`" + `: the attacker must tell these speakers apart (equal error
rate at most 10 % between originals), and voice masking should make that fail.
Real human speech (ten LibriSpeech speakers, CC BY 4.0) is in ` + "`real/`" + `, with its
own README; these synthetic voices are the extra set. The 8 kHz files are also the training
data of dsp's envelope codebook (` + "`dsp.VoiceCodebook`" + `, generated into
` + "`dsp/envcodebook_table.go`" + ` by ` + "`CALLVEIL_GEN_CODEBOOK=1 go test ./dsp -run`" + `
` + "`TestEnvelopeCodebook_Generate`" + `), so that it never sees the real-speech set it is
evaluated on; regenerating these voices means regenerating the codebook.

This file is generated by ` + "`go run ./testdata/voicegen`" + ` (needs espeak-ng, flite, sox
and lame); edit ` + "`testdata/voicegen/main.go`" + ` instead.

- ` + "`8k/spkN_uttM.wav`" + `: 8 kHz mono G.711 µ-law WAV (the telephone format).
- ` + "`16k/spkN_uttM.mp3`" + `: 16 kHz mono MPEG-2 Layer III, 40 kbit/s CBR.

The speaker of a file is its name's prefix up to the first underscore. Every
utterance is trimmed of silence, padded with 100 ms of silence at each end and
normalised to a −3 dBFS peak, so loudness says nothing about the speaker.
The sentences differ between all utterances (text-independent verification).
16-bit PCM at both rates would be four times the size budget of the set, hence
the two compressed encodings; both are formats real call recordings come in.

## Speakers

| speaker | voice |
| --- | --- |
`)
	for i, sp := range speakers {
		fmt.Fprintf(&b, "| spk%d | %s (`%s`) |\n", i+1, sp.About, sp.Voice)
	}
	b.WriteString("\n## Utterances\n\n| file | speaker | sentence |\n| --- | --- | --- |\n")
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	return []byte(b.String())
}
