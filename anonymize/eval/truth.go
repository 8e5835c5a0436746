package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"
)

// MaxTruthBytes bounds a ground-truth file read by ReadTruth.
const MaxTruthBytes = 16 << 20

// maxTruthSeconds bounds span times (no call lasts a day).
const maxTruthSeconds = 24 * 3600

// Truth is one recording's ground-truth PII, as read by ReadTruth.
type Truth struct {
	// Recording is the recording's path relative to the truth file's
	// folder, when the file names it ("" otherwise).
	Recording string
	Spans     []PIISpan
}

// truthSpan is one span as written in a truth file.
type truthSpan struct {
	Type    string   `json:"type"`
	Types   []string `json:"types"`
	Start   *float64 `json:"start"`
	End     *float64 `json:"end"`
	Channel *int     `json:"channel"`
}

// ReadTruth reads ground-truth PII spans in either of two JSON shapes:
//
//   - callveil's truth files (testdata/calls/*.truth.json): an object with
//     "recording" and an "entities" array of {"type", "start", "end",
//     "channel", ...} (other fields ignored);
//   - native spans: an array of {"type", "start", "end", "channel"}, or an
//     object with such a "spans" array (a manifest line's spans, whose
//     "types" list gives the type, work too).
//
// Times are seconds; channel is 0-based, absent or -1 for every channel; a
// span without type is "PII". Input beyond MaxTruthBytes, times that are
// not finite, negative, reversed or beyond a day are errors wrapping
// ErrInvalid.
func ReadTruth(r io.Reader) (*Truth, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxTruthBytes+1))
	if err != nil {
		return nil, fmt.Errorf("eval: truth: %w", err)
	}
	if len(data) > MaxTruthBytes {
		return nil, fmt.Errorf("eval: truth: larger than %d bytes: %w", MaxTruthBytes, ErrInvalid)
	}
	var items []truthSpan
	t := &Truth{}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &items); err != nil {
			return nil, fmt.Errorf("eval: truth: %v: %w", err, ErrInvalid)
		}
	} else {
		var doc struct {
			Recording string      `json:"recording"`
			Entities  []truthSpan `json:"entities"`
			Spans     []truthSpan `json:"spans"`
		}
		if err := json.Unmarshal(trimmed, &doc); err != nil {
			return nil, fmt.Errorf("eval: truth: %v: %w", err, ErrInvalid)
		}
		if doc.Entities == nil && doc.Spans == nil {
			return nil, fmt.Errorf("eval: truth: no \"entities\" or \"spans\" array: %w", ErrInvalid)
		}
		t.Recording = doc.Recording
		items = append(doc.Entities, doc.Spans...)
	}
	for i, it := range items {
		if it.Start == nil || it.End == nil {
			return nil, fmt.Errorf("eval: truth: span %d: start and end are required: %w", i, ErrInvalid)
		}
		s, e := *it.Start, *it.End
		if math.IsNaN(s) || math.IsNaN(e) || s < 0 || e < s || e > maxTruthSeconds {
			return nil, fmt.Errorf("eval: truth: span %d: [%g, %g) is not a time range within a day: %w", i, s, e, ErrInvalid)
		}
		ch := -1
		if it.Channel != nil {
			ch = *it.Channel
			if ch < -1 || ch > 255 {
				return nil, fmt.Errorf("eval: truth: span %d: channel %d: %w", i, ch, ErrInvalid)
			}
		}
		typ := it.Type
		if typ == "" && len(it.Types) > 0 {
			typ = it.Types[0]
		}
		if typ == "" {
			typ = "PII"
		}
		t.Spans = append(t.Spans, PIISpan{Type: typ, Start: seconds(s), End: seconds(e), Channel: ch})
	}
	return t, nil
}

func seconds(s float64) time.Duration { return time.Duration(math.Round(s * 1e9)) }
