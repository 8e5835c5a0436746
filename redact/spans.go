package redact

import (
	"slices"
	"sort"
	"time"

	"github.com/callveil/callveil/transcript"
)

// Span is a padded time span to bleep; Channel -1 = all channels.
// Half-open [Start, End).
type Span struct {
	Start, End time.Duration
	Channel    int
	// Types are the types of the findings merged into the span, sorted.
	Types []Type
}

// Spans pads each finding's time span (p.Pad each side, more when its words'
// times are approximate: see MinApproxPad), clamps it to [0, end of t's last
// word], and merges, per channel, spans that overlap or sit closer than the
// padding. The result is sorted by (Start, Channel) and, per channel,
// non-overlapping. With p.AllChannels, or when t.ChannelsUnknown (the
// source does not say which channel each word was on), every span has
// Channel -1 and spans merge across channels. Findings whose words are out of t's range are
// skipped.
func Spans(t *transcript.Transcript, findings []Finding, p Policy) []Span {
	if t == nil || len(findings) == 0 {
		return nil
	}
	var limit time.Duration
	for i := range t.Words {
		limit = max(limit, t.Words[i].End, t.Words[i].Start)
	}
	type padded struct {
		Span
		pad time.Duration
	}
	ps := make([]padded, 0, len(findings))
	for _, f := range findings {
		if f.FirstWord < 0 || f.LastWord >= len(t.Words) || f.FirstWord > f.LastWord {
			continue
		}
		approx := t.Approximate
		start, end := f.Start, f.End
		for w := f.FirstWord; w <= f.LastWord; w++ {
			wd := &t.Words[w]
			if wd.Channel != f.Channel {
				continue
			}
			approx = approx || wd.Approximate
			start, end = min(start, wd.Start), max(end, wd.End)
		}
		pad := p.pad(approx)
		s := Span{Start: max(0, start-pad), End: min(limit, end+pad), Channel: f.Channel, Types: []Type{f.Type}}
		if p.AllChannels || t.ChannelsUnknown {
			s.Channel = -1
		}
		if s.End < s.Start {
			s.End = s.Start
		}
		ps = append(ps, padded{s, pad})
	}
	sort.SliceStable(ps, func(a, b int) bool {
		if ps[a].Channel != ps[b].Channel {
			return ps[a].Channel < ps[b].Channel
		}
		return ps[a].Start < ps[b].Start
	})
	out := make([]Span, 0, len(ps))
	var curPad time.Duration
	for i, s := range ps {
		if i > 0 {
			cur := &out[len(out)-1]
			if cur.Channel == s.Channel && s.Start < cur.End+max(curPad, s.pad) {
				cur.End = max(cur.End, s.End)
				cur.Types = append(cur.Types, s.Types...)
				curPad = max(curPad, s.pad)
				continue
			}
		}
		out = append(out, s.Span)
		curPad = s.pad
	}
	for i := range out {
		slices.Sort(out[i].Types)
		out[i].Types = slices.Compact(out[i].Types)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].Channel < out[b].Channel
	})
	return out
}
