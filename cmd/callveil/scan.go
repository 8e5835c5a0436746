package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

func init() {
	commands["scan"] = command{summary: "list the PII found in transcripts (no text unless asked), optionally write redacted copies", run: runScan}
}

// scanUsage is the head of "callveil scan --help".
const scanUsage = `Usage: callveil scan [flags] TRANSCRIPT...

Finds PII in word-timed transcripts (Whisper, whisper.cpp, WhisperX, AWS,
Deepgram, AssemblyAI, Google, WebVTT, SRT, callveil JSON; detected from the
content) and lists each finding: type, start and end in seconds, channel,
recognizer and score. The matched words are never printed unless --show-text
is given. With -o, writes the redacted transcript in its own format.

Examples:
  callveil scan testdata/calls/call1.json
  callveil scan --json --entities PHONE,CARD asr/*.json > findings.jsonl
  callveil scan --text-op mask -o redacted/ asr/*.json

Flags:
`

// scanFinding is one line of "scan --json": the library's finding JSON
// with the transcript it came from.
type scanFinding struct {
	File string `json:"file"`
	redact.FindingJSON
}

func runScan(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf policyFlags
	asJSON := fs.Bool("json", false, "print one JSON object per finding instead of a table; e.g. --json")
	showText := fs.Bool("show-text", false, "also print the matched words (they are PII: for checking recognizers on your own data only); e.g. --show-text")
	out := fs.String("o", "", "write the redacted transcript to `PATH` in its source format: a file for one transcript, a folder for several; e.g. -o redacted/")
	native := fs.Bool("native-json", false, "with -o, write callveil native JSON instead of the source format; e.g. --native-json")
	trFormat := fs.String("transcript-format", "", "read transcripts as `FORMAT` instead of detecting it; e.g. --transcript-format deepgram")
	keyFile := fs.String("key-file", "", "key `FILE` for --text-op pseudonym (default $"+keyFileEnv+"; else a random key); e.g. --key-file ~/.config/callveil.key")
	pf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, scanUsage)
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(paths) == 0 {
		fs.Usage()
		return exitUsage
	}
	bad := func(err error) int {
		fmt.Fprintf(stderr, "callveil scan: %v\n", err)
		return exitUsage
	}
	if err := pf.answersModeAsInput(paths); err != nil {
		return bad(err)
	}
	policy, err := pf.policy()
	if err != nil {
		return bad(err)
	}
	format, err := parseTranscriptFormat(*trFormat)
	if err != nil {
		return bad(err)
	}
	outDir := false
	if *out != "" {
		st, err := os.Stat(*out)
		outDir = len(paths) > 1 || strings.HasSuffix(*out, "/") || (err == nil && st.IsDir())
		if outDir {
			if err := os.MkdirAll(*out, 0o755); err != nil {
				return bad(fmt.Errorf("output folder: %w", err))
			}
		}
	}
	if *out != "" && policy.Operator == redact.Pseudonym {
		key, ephemeral, err := loadKey(*keyFile, os.Getenv)
		if err != nil {
			return bad(err)
		}
		if ephemeral {
			fmt.Fprintln(stderr, ephemeralKeyWarning)
		}
		policy.Key = key.Derive("pseudonym", "")
	}

	code := exitOK
	enc := json.NewEncoder(stdout)
	for i, path := range paths {
		if ctx.Err() != nil {
			return exitInterrupted
		}
		t, err := transcript.ReadFileWithOptions(path, format, transcript.ReadOptions{})
		if err != nil {
			fmt.Fprintf(stderr, "callveil scan: %v\n", quoteless(err))
			code = exitFail
			continue
		}
		findings, err := redact.Find(t, policy)
		if err != nil {
			fmt.Fprintf(stderr, "callveil scan: %s: %v\n", path, err)
			code = exitFail
			continue
		}
		switch {
		case *asJSON:
			for _, f := range findings {
				j := scanFinding{File: path, FindingJSON: f.JSON()}
				if *showText {
					j.Text = redact.MatchedText(t, f)
				}
				if err := enc.Encode(j); err != nil {
					return bad(err)
				}
			}
		default:
			if len(paths) > 1 {
				if i > 0 {
					fmt.Fprintln(stdout)
				}
				fmt.Fprintf(stdout, "%s: %d findings\n", path, len(findings))
			}
			if *showText {
				err = redact.WriteFindingsTableText(stdout, findings, t)
			} else {
				err = redact.WriteFindingsTable(stdout, findings)
			}
			if err != nil {
				return bad(err)
			}
		}
		if *out != "" {
			dst := *out
			if outDir {
				name := filepath.Base(path)
				if *native {
					name = stripExt(name) + ".callveil.json"
				}
				dst = filepath.Join(*out, name)
			}
			if same, _ := samePath(path, dst); same {
				fmt.Fprintf(stderr, "callveil scan: %s: the redacted copy would replace the original; choose another -o\n", path)
				code = exitFail
				continue
			}
			red := redact.Redactions(t, findings, policy)
			err := writeFileAtomic(dst, func(w io.Writer) error {
				if *native {
					return transcript.WriteNative(w, t, red)
				}
				return transcript.Write(w, t, red)
			})
			if err != nil {
				fmt.Fprintf(stderr, "callveil scan: %s: %v\n", path, err)
				code = exitFail
			}
		}
	}
	return code
}

// quoteless removes quoted values from an error message: reader errors
// may quote what the transcript says, and scan prints no text unless asked.
func quoteless(err error) string {
	return quotedRE.ReplaceAllString(err.Error(), `"…"`)
}

// writeFileAtomic writes a file through write into a temporary file in the
// same folder and renames it into place when complete.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*"+partialSuffix)
	if err != nil {
		return fmt.Errorf("creating output: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("renaming output into place: %w", err)
	}
	return nil
}
