package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"time"
)

// spanSpec is one span of a SPANS.json file for "callveil bleep": a
// half-open time range [start, end) in seconds from the start of the
// recording, on one channel (0-based) or, when channel is -1 or absent, on
// every channel.
//
// The file is a JSON array of such objects, or an object with a "spans"
// array; a line of the anonymize manifest is such an object, so its spans
// can be replayed on another copy of the recording:
//
//	[{"start": 12.34, "end": 14.2, "channel": 1}, {"start": 30, "end": 31.5}]
type spanSpec struct {
	Start   float64 `json:"start"`
	End     float64 `json:"end"`
	Channel *int    `json:"channel,omitempty"`
}

// maxSpansFileSize bounds a SPANS.json file (tens of thousands of spans fit
// in far less).
const maxSpansFileSize = 16 << 20

// maxSpanSeconds bounds span times: no call recording lasts a day.
const maxSpanSeconds = 24 * 3600

// errSpans is wrapped by every error about a spans file.
var errSpans = errors.New("spans")

// timeSpan is a parsed span in time units; Channel -1 means all channels.
type timeSpan struct {
	Start, End time.Duration
	Channel    int
}

// readSpansFile reads and checks a SPANS.json file.
func readSpansFile(path string) ([]timeSpan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errSpans, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSpansFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", errSpans, path, err)
	}
	if len(data) > maxSpansFileSize {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", errSpans, path, maxSpansFileSize)
	}
	spans, err := parseSpans(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return spans, nil
}

// parseSpans parses the content of a SPANS.json file: a JSON array of
// spanSpec, or an object holding one under "spans". Times must be finite,
// 0 <= start <= end <= 24 h; channel must be >= -1.
func parseSpans(data []byte) ([]timeSpan, error) {
	data = bytes.TrimSpace(data)
	var specs []spanSpec
	if len(data) > 0 && data[0] == '{' {
		var obj struct {
			Spans *[]spanSpec `json:"spans"`
		}
		if err := json.Unmarshal(data, &obj); err != nil {
			return nil, fmt.Errorf("%w: not valid JSON: %w", errSpans, err)
		}
		if obj.Spans == nil {
			return nil, fmt.Errorf("%w: the object has no \"spans\" array", errSpans)
		}
		specs = *obj.Spans
	} else if err := json.Unmarshal(data, &specs); err != nil {
		return nil, fmt.Errorf("%w: want a JSON array of {\"start\", \"end\", \"channel\"} in seconds: %w", errSpans, err)
	}
	out := make([]timeSpan, 0, len(specs))
	for i, s := range specs {
		if math.IsNaN(s.Start) || math.IsNaN(s.End) || s.Start < 0 || s.End < s.Start || s.End > maxSpanSeconds {
			return nil, fmt.Errorf("%w: span %d: start %v, end %v: want 0 <= start <= end <= %d seconds", errSpans, i, s.Start, s.End, maxSpanSeconds)
		}
		ch := -1
		if s.Channel != nil {
			ch = *s.Channel
		}
		if ch < -1 {
			return nil, fmt.Errorf("%w: span %d: channel %d: want -1 (all) or a channel index from 0", errSpans, i, ch)
		}
		out = append(out, timeSpan{Start: secondsToDuration(s.Start), End: secondsToDuration(s.End), Channel: ch})
	}
	return out, nil
}

// secondsToDuration converts seconds (already range-checked) to a Duration,
// rounded to the nearest nanosecond.
func secondsToDuration(s float64) time.Duration {
	return time.Duration(math.Round(s * float64(time.Second)))
}
