package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"filippo.io/age"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// The PII report (--pii-report FILE --age-recipient KEY) is for auditors: it
// lists, per recording processed in this run, every finding that was
// bleeped with the words that were matched. Those words are the PII itself,
// so the report is only ever written encrypted to an age X25519 recipient:
// the plaintext exists only in memory, streamed through age's encryption
// into a temporary file that is renamed into place when the run ends. It is
// kept apart from the content: never inside OUTDIR, never in the manifest.
//
// Decrypt with: age -d -i identity.txt FILE

// piiReportConfig is the pair of flags.
type piiReportConfig struct {
	path      string
	recipient string
	rcpt      *age.X25519Recipient
}

// register adds the flags to fs.
func (c *piiReportConfig) register(fs *flag.FlagSet) {
	fs.StringVar(&c.path, "pii-report", "", "write the matched PII text and spans of every processed recording to `FILE`, encrypted with age for --age-recipient (for auditors; never written in the clear; decrypt with age -d -i KEYFILE); e.g. --pii-report audit.age")
	fs.StringVar(&c.recipient, "age-recipient", "", "age X25519 public `KEY` (age1...) the --pii-report is encrypted to; e.g. --age-recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")
}

// check validates the flags: a report needs a recipient (it is never
// written unencrypted), a recipient needs a report, and the report must
// not go into the output folder that is meant to be shared.
func (c *piiReportConfig) check(outdir string) error {
	switch {
	case c.path == "" && c.recipient == "":
		return nil
	case c.path == "":
		return errors.New("--age-recipient is only used with --pii-report FILE")
	case c.recipient == "":
		return errors.New("--pii-report needs --age-recipient age1...: the report holds the PII itself and is only ever written encrypted (make a key pair with age-keygen)")
	}
	r, err := age.ParseX25519Recipient(strings.TrimSpace(c.recipient))
	if err != nil {
		return fmt.Errorf("--age-recipient: not an age X25519 public key (age1...): %w", err)
	}
	c.rcpt = r
	if inside(outdir, c.path) {
		return fmt.Errorf("--pii-report %s is inside the output folder %s, which is meant to be shared: keep the report apart", c.path, outdir)
	}
	if _, err := os.Lstat(c.path); err == nil {
		return fmt.Errorf("--pii-report %s already exists: choose a new file (a report covers the recordings processed by one run)", c.path)
	}
	return nil
}

// inside reports whether p is dir or lies under it (by absolute paths).
func inside(dir, p string) bool {
	ad, err1 := filepath.Abs(dir)
	ap, err2 := filepath.Abs(p)
	if err1 != nil || err2 != nil {
		return true // cannot tell: refuse
	}
	rel, err := filepath.Rel(ad, ap)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// piiReportLine is one line of the decrypted report: one recording.
type piiReportLine struct {
	// ID is the recording's id, as in the manifest.
	ID string `json:"id"`
	// Input is the recording's path relative to its input folder (the
	// report is encrypted, so it may name the file even under --names hash).
	Input string `json:"input"`
	// Findings are the bleeped findings with their text.
	Findings []piiReportFinding `json:"findings"`
	// Error is set when the findings could not be reproduced (the
	// transcript changed during the run); Findings is then empty.
	Error string `json:"error,omitempty"`
}

// piiReportFinding is one finding: type, unpadded span in seconds, channel
// and the matched words.
type piiReportFinding struct {
	Type    string  `json:"type"`
	Start   float64 `json:"start"`
	End     float64 `json:"end"`
	Channel int     `json:"channel"`
	Text    string  `json:"text"`
}

// piiReport is an open report: age-encrypted lines streamed into a
// temporary file next to the final name. Safe for concurrent use.
type piiReport struct {
	mu     sync.Mutex
	final  string
	tmp    *os.File
	enc    io.WriteCloser
	err    error
	policy redact.Policy
	format transcript.Format
}

// openPIIReport starts the report asked for in cfg, or returns nil when
// none was asked for.
func openPIIReport(cfg anonymizeConfig) (*piiReport, error) {
	c := cfg.piiReport
	if c.path == "" {
		return nil, nil
	}
	if c.rcpt == nil { // check was not run: never fall back to plaintext
		return nil, errors.New("--pii-report: no age recipient")
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), "."+filepath.Base(c.path)+".*"+partialSuffix)
	if err != nil {
		return nil, fmt.Errorf("--pii-report: %w", err)
	}
	enc, err := age.Encrypt(tmp, c.rcpt)
	if err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("--pii-report: %w", err)
	}
	policy := cfg.options.Redact
	if len(policy.Key) == 0 && !cfg.options.Key.IsZero() { // as anonymize.New does
		policy.Key = cfg.options.Key.Derive("pseudonym", "")
	}
	return &piiReport{final: c.path, tmp: tmp, enc: enc, policy: policy, format: cfg.transcriptFormat}, nil
}

// wrap returns a processFunc that runs process and adds a line to the
// report for every recording that came out ok with a transcript.
func (r *piiReport) wrap(process processFunc) processFunc {
	return func(ctx context.Context, t task) manifestLine {
		l := process(ctx, t)
		if l.Status != statusOK || t.rec.Transcript == "" || l.Unredacted {
			return l
		}
		r.add(r.line(t, l))
		return l
	}
}

// line finds the recording's PII again (the pipeline's Result keeps no
// text) and checks that the findings are the ones the manifest counted.
func (r *piiReport) line(t task, l manifestLine) piiReportLine {
	out := piiReportLine{ID: t.id, Input: t.rec.Rel, Findings: []piiReportFinding{}}
	tr, err := transcript.ReadFileWithOptions(t.rec.Transcript, r.format, transcript.ReadOptions{})
	if err != nil {
		out.Error = "the transcript could not be read again: " + t.scrub.scrub(err.Error())
		return out
	}
	findings, err := redact.Find(tr, r.policy)
	if err != nil {
		out.Error = "finding PII again: " + t.scrub.scrub(err.Error())
		return out
	}
	counts := map[string]int{}
	for _, f := range findings {
		counts[string(f.Type)]++
	}
	if !maps.Equal(counts, l.Findings) && !(len(counts) == 0 && len(l.Findings) == 0) {
		out.Error = "the transcript changed during the run: its findings differ from those bleeped"
		return out
	}
	for _, f := range findings {
		out.Findings = append(out.Findings, piiReportFinding{
			Type: string(f.Type), Start: seconds(f.Start), End: seconds(f.End), Channel: f.Channel,
			Text: redact.MatchedText(tr, f),
		})
	}
	return out
}

// add encrypts one line into the report.
func (r *piiReport) add(l piiReportLine) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(l)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return
	}
	if err == nil {
		_, err = r.enc.Write(buf.Bytes())
	}
	if err != nil {
		r.err = fmt.Errorf("--pii-report: %w", err)
	}
}

// finish completes the encryption, syncs the file and moves it to its
// final name (never replacing a file that appeared there meanwhile). On
// any error the temporary file is removed and nothing is left.
func (r *piiReport) finish() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	name := r.tmp.Name()
	err := r.err
	if err == nil {
		err = r.enc.Close()
	}
	if err == nil {
		err = r.tmp.Sync()
	}
	if cerr := r.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Link(name, r.final)
		switch {
		case errors.Is(err, fs.ErrExist):
			err = fmt.Errorf("%s appeared during the run; the report was not written", r.final)
		case err != nil: // no hard links on this file system
			if _, serr := os.Lstat(r.final); serr == nil {
				err = fmt.Errorf("%s appeared during the run; the report was not written", r.final)
			} else {
				err = os.Rename(name, r.final)
			}
		}
	}
	os.Remove(name)
	if err != nil {
		return fmt.Errorf("--pii-report: %w", err)
	}
	if d, derr := os.Open(filepath.Dir(r.final)); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
