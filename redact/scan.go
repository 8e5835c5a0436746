package redact

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/callveil/callveil/transcript"
)

// FindingJSON is the JSON form of a finding that `callveil scan --json`
// writes, one object a line. It holds no matched text; Text is set only when
// the caller asks for it (--show-text) and is omitted otherwise.
type FindingJSON struct {
	Type       Type    `json:"type"`
	Start      float64 `json:"start"` // seconds
	End        float64 `json:"end"`   // seconds
	Channel    int     `json:"channel"`
	FirstWord  int     `json:"first_word"`
	LastWord   int     `json:"last_word"`
	Score      float64 `json:"score"`
	Recognizer string  `json:"recognizer"`
	Text       string  `json:"text,omitempty"`
}

// JSON returns f in the form `callveil scan --json` writes, without text.
func (f Finding) JSON() FindingJSON {
	return FindingJSON{
		Type: f.Type, Start: f.Start.Seconds(), End: f.End.Seconds(), Channel: f.Channel,
		FirstWord: f.FirstWord, LastWord: f.LastWord, Score: f.Score, Recognizer: f.Recognizer,
	}
}

// WriteFindingsJSON writes findings as JSON lines, one object per finding.
// If t is non-nil each line also carries the matched text (for --show-text
// only: the text is PII); pass nil to leave it out.
func WriteFindingsJSON(w io.Writer, findings []Finding, t *transcript.Transcript) error {
	enc := json.NewEncoder(w)
	for _, f := range findings {
		j := f.JSON()
		if t != nil {
			j.Text = MatchedText(t, f)
		}
		if err := enc.Encode(j); err != nil {
			return fmt.Errorf("redact: writing findings: %w", err)
		}
	}
	return nil
}

// WriteFindingsTable writes findings as an aligned text table with the
// columns TYPE, START, END, CHANNEL, RECOGNIZER, SCORE (times in seconds
// with millisecond precision). It never writes the matched text.
func WriteFindingsTable(w io.Writer, findings []Finding) error {
	return writeTable(w, findings, nil)
}

// WriteFindingsTableText is WriteFindingsTable with a TEXT column holding
// the matched words, for `callveil scan --show-text` only.
func WriteFindingsTableText(w io.Writer, findings []Finding, t *transcript.Transcript) error {
	return writeTable(w, findings, t)
}

func writeTable(w io.Writer, findings []Finding, t *transcript.Transcript) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	head := "TYPE\tSTART\tEND\tCHANNEL\tRECOGNIZER\tSCORE"
	if t != nil {
		head += "\tTEXT"
	}
	fmt.Fprintln(tw, head)
	for _, f := range findings {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%d\t%s\t%.2f", f.Type, f.Start.Seconds(), f.End.Seconds(), f.Channel, f.Recognizer, f.Score)
		if t != nil {
			fmt.Fprintf(tw, "\t%s", MatchedText(t, f))
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("redact: writing findings: %w", err)
	}
	return nil
}

// MatchedText returns the words of finding f (those on its channel) joined
// by single spaces, with the punctuation between them. It is PII: use it
// only where the user asked to see it (`callveil scan --show-text`).
func MatchedText(t *transcript.Transcript, f Finding) string {
	if t == nil || f.FirstWord < 0 || f.LastWord >= len(t.Words) || f.FirstWord > f.LastWord {
		return ""
	}
	var b strings.Builder
	last := -1
	for w := f.FirstWord; w <= f.LastWord; w++ {
		wd := &t.Words[w]
		if wd.Channel != f.Channel {
			continue
		}
		if last >= 0 {
			b.WriteString(t.Words[last].Punct)
			b.WriteByte(' ')
		}
		b.WriteString(wd.Text)
		last = w
	}
	return b.String()
}
