package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/callveil/callveil/anonymize/eval"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

func init() {
	commands["eval-redaction"] = command{summary: "measure bleep coverage and collateral against ground-truth PII spans", run: runEvalRedaction}
}

const evalRedactionUsage = `Usage: callveil eval-redaction --truth TRUTH/ [--audio ORIGINALS/] [--key-file FILE] OUT/

Compares the outputs of "callveil anonymize" in OUT/ (its manifest*.jsonl
and output recordings) with ground-truth PII spans, and prints per PII type:

  coverage     the share of ground-truth PII time inside bleeped spans
  collateral   the share of non-PII speech (energy voice activity on the
               original, outside every ground-truth span) that was bleeped
  residual     the correlation of the original's and the output's 10 ms
               loudness contours inside the ground-truth spans: near 0 when
               the speech is gone, near the "kept speech" figure when not

This is how to tune --pad and --min-score on your own recogniser's output.
TRUTH/ holds one JSON file per recording: callveil's *.truth.json (as in
testdata/calls) or native spans, [{"type": "PHONE", "start": 1.2, "end":
3.4, "channel": 0}, ...]. The recording is the file's "recording" field or
its name without .truth.json/.spans.json/.json, looked up in --audio
(default TRUTH/). Outputs are found by the manifest's "input" (--names keep)
or, for hashed names, by recomputing the id with the run's --key-file.

Example: callveil eval-redaction --truth testdata/calls out/
`

func runEvalRedaction(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval-redaction", flag.ContinueOnError)
	fs.SetOutput(stderr)
	truthDir := fs.String("truth", "", "folder of ground-truth span files; e.g. --truth testdata/calls")
	audioDir := fs.String("audio", "", "folder of the original recordings (default: the --truth folder)")
	keyFile := fs.String("key-file", "", "the key the outputs were made with, to find hashed names (default $"+keyFileEnv+")")
	fs.Usage = func() {
		fmt.Fprint(stderr, evalRedactionUsage)
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *truthDir == "" || len(pos) != 1 {
		fs.Usage()
		return exitUsage
	}
	outDir := pos[0]
	if *audioDir == "" {
		*audioDir = *truthDir
	}
	lines, err := readManifests(outDir)
	if err != nil {
		fmt.Fprintf(stderr, "callveil: eval-redaction: %v\n", err)
		return exitUsage
	}
	var nm *namer
	if *keyFile != "" || os.Getenv(keyFileEnv) != "" {
		k, _, err := loadKey(*keyFile, os.Getenv)
		if err != nil {
			fmt.Fprintf(stderr, "callveil: eval-redaction: %v\n", err)
			return exitUsage
		}
		nm = &namer{key: k}
	}
	truths, err := findTruths(*truthDir)
	if err != nil {
		fmt.Fprintf(stderr, "callveil: eval-redaction: %v\n", err)
		return exitUsage
	}
	var cases []eval.RedactionCase
	code := exitOK
	for _, tp := range truths {
		if ctx.Err() != nil {
			return exitInterrupted
		}
		c, err := redactionCase(tp, *truthDir, *audioDir, outDir, lines, nm)
		if err != nil {
			fmt.Fprintf(stderr, "callveil: eval-redaction: %s: %v\n", tp, err)
			code = exitFail
			continue
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		fmt.Fprintln(stderr, "callveil: eval-redaction: no recording could be evaluated")
		return exitFail
	}
	rep, err := eval.EvaluateRedaction(cases)
	if err != nil {
		fmt.Fprintf(stderr, "callveil: eval-redaction: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "%d recordings, %.1f s of non-PII speech\n", len(cases), rep.NonPIISpeechSeconds)
	fmt.Fprintf(stdout, "%-10s %9s %9s %11s %9s\n", "type", "PII s", "coverage", "collateral", "residual")
	for _, s := range append(rep.Types, rep.All) {
		fmt.Fprintf(stdout, "%-10s %9.2f %9s %11s %9s\n", s.Type, s.PIISeconds, pct(s.Coverage), pct(s.Collateral), num(s.Residual))
	}
	fmt.Fprintf(stdout, "kept speech (non-PII, not bleeped): loudness contour correlation %s\n", num(rep.KeptCorrelation))
	return code
}

func pct(v float64) string {
	if math.IsNaN(v) {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*v)
}

func num(v float64) string {
	if math.IsNaN(v) {
		return "-"
	}
	return fmt.Sprintf("%.2f", v)
}

// readManifests reads every manifest*.jsonl in dir; the last ok line of an
// id wins.
func readManifests(dir string) (map[string]manifestLine, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "manifest*.jsonl"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no manifest*.jsonl (is it a callveil anonymize output folder?)", dir)
	}
	slices.Sort(paths)
	lines := map[string]manifestLine{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		_, err = scanManifest(f, func(l manifestLine) {
			if l.Status == "ok" {
				lines[l.ID] = l
			}
		})
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return lines, nil
}

// findTruths lists the JSON files under dir that are truth files: named
// *.truth.json or *.spans.json, or, when there are none, every *.json.
func findTruths(dir string) ([]string, error) {
	var named, all []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		n := strings.ToLower(d.Name())
		if d.IsDir() || strings.HasPrefix(n, ".") || !strings.HasSuffix(n, ".json") {
			return nil
		}
		all = append(all, p)
		if strings.HasSuffix(n, ".truth.json") || strings.HasSuffix(n, ".spans.json") {
			named = append(named, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(named) > 0 {
		return named, nil
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("%s: no truth files (*.truth.json, *.spans.json or *.json)", dir)
	}
	return all, nil
}

// redactionCase loads one truth file, its original recording and its output.
func redactionCase(truthPath, truthDir, audioDir, outDir string, lines map[string]manifestLine, nm *namer) (eval.RedactionCase, error) {
	f, err := os.Open(truthPath)
	if err != nil {
		return eval.RedactionCase{}, err
	}
	tr, err := eval.ReadTruth(f)
	f.Close()
	if err != nil {
		return eval.RedactionCase{}, err
	}
	rel := tr.Recording
	if rel == "" {
		r, err := filepath.Rel(truthDir, truthPath)
		if err != nil {
			return eval.RedactionCase{}, err
		}
		base := filepath.ToSlash(r)
		for _, suf := range []string{".truth.json", ".spans.json", ".json"} {
			if strings.HasSuffix(strings.ToLower(base), suf) {
				base = base[:len(base)-len(suf)]
				break
			}
		}
		for _, ext := range []string{".wav", ".mp3", ".WAV", ".MP3"} {
			if _, err := os.Stat(filepath.Join(audioDir, filepath.FromSlash(base+ext))); err == nil {
				rel = base + ext
				break
			}
		}
		if rel == "" {
			return eval.RedactionCase{}, fmt.Errorf("no recording %s.wav or .mp3 in %s", base, audioDir)
		}
	} else {
		// The truth file names its recording relative to its own folder.
		d, err := filepath.Rel(audioDir, filepath.Join(filepath.Dir(truthPath), filepath.FromSlash(rel)))
		if err != nil {
			return eval.RedactionCase{}, err
		}
		rel = filepath.ToSlash(d)
	}
	rel = path.Clean(rel)
	var line manifestLine
	found := false
	for _, l := range lines {
		if l.Input == rel {
			line, found = l, true
			break
		}
	}
	if !found && nm != nil {
		line, found = lines[nm.id(rel)]
	}
	if !found {
		return eval.RedactionCase{}, fmt.Errorf("%s has no ok line in the manifest (hashed names need the run's --key-file)", rel)
	}
	orig, rate, err := loadPlanar(filepath.Join(audioDir, filepath.FromSlash(rel)), 0)
	if err != nil {
		return eval.RedactionCase{}, err
	}
	out, _, err := loadPlanar(outPath(outDir, line.Output), rate)
	if err != nil {
		return eval.RedactionCase{}, err
	}
	if len(out) != len(orig) {
		return eval.RedactionCase{}, fmt.Errorf("the output %s has %d channels, the original %d", line.Output, len(out), len(orig))
	}
	c := eval.RedactionCase{Name: rel, Truth: tr.Spans, Original: orig, Output: out, Rate: rate}
	for _, s := range line.Spans {
		c.Bleeped = append(c.Bleeped, eval.BleepSpan{Types: s.Types, Start: secondsDur(s.Start), End: secondsDur(s.End), Channel: s.Channel})
	}
	return c, nil
}

func secondsDur(s float64) time.Duration { return time.Duration(math.Round(s * 1e9)) }

// loadPlanar decodes a recording whole, resampled to rate (0 keeps its own).
// Evaluation recordings are calls of minutes, so holding one is fine.
func loadPlanar(p string, rate int) ([][]float32, int, error) {
	f, err := audio.OpenFile(p)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	var s audio.Stream = f
	if rate > 0 && rate != f.Format().SampleRate {
		r, err := dsp.NewResample(f, rate, dsp.ResampleOptions{})
		if err != nil {
			return nil, 0, err
		}
		s = r
	}
	x, err := audio.ReadAll(s)
	if err != nil && !errors.Is(err, audio.ErrTruncated) {
		return nil, 0, err
	}
	return x, s.Format().SampleRate, nil
}
