package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/callveil/callveil/testdata/pii/internal/buildkit"
)

// Labelling by time. A word the recogniser wrote belongs to a label when
// the midpoint of its time span falls in the time span of the label's
// synthesised speech, on the label's channel: a garbled name is still the
// words that must be bleeped. A word whose midpoint is in a title's span
// ("^Dr.") or that only overlaps a label's speech is in the entity's
// outer range (redacting it is not a false positive). An entity the
// recogniser wrote no word for is not labelled: it is counted as deleted.
// Each entity's form ends in how it was heard: "-exact" (the recognised
// words are the words said), "-partly" (some of them are), "-wrong"
// (none is).

type asrSet struct {
	recs  []buildkit.Record
	calls []*call
	rc    []recCall
	data  []byte
	st    stats
	vals  []string
}

type stats struct {
	audioMs                 int
	refWords, edits         map[string]int // by engine, and "all"
	deleted                 map[string]int // entity type -> count
	negDropped              int
	heard                   map[string][3]int // type -> exact, partly, wrong
	negKinds                map[string]int
	stereo, mono, nodiar    int
	words                   int
	entities, negs          int
	halfEnt, halfNeg        [2]int
	srcCalls                map[string]int
	srcEnt                  map[string]int
	entityRefWords, entEdit int
}

var defaultAlso = map[string][]string{
	"CARD_CVV": {"CARD"}, "CARD_EXPIRY": {"CARD"}, "ROUTING": {"ACCOUNT"},
}

func buildSet(dir, recognised string, partial bool) (*asrSet, error) {
	calls, err := readCalls(dir)
	if err != nil {
		return nil, err
	}
	rcs, err := readRecognised(recognised)
	if err != nil {
		return nil, err
	}
	byNum := map[int]recCall{}
	for _, r := range rcs {
		byNum[r.Num] = r
	}
	s := &asrSet{calls: calls}
	s.st = stats{refWords: map[string]int{}, edits: map[string]int{}, deleted: map[string]int{},
		heard: map[string][3]int{}, negKinds: map[string]int{}, srcCalls: map[string]int{}, srcEnt: map[string]int{}}
	for _, c := range calls {
		r, ok := byNum[c.num]
		if !ok && partial {
			continue
		}
		if !ok {
			return nil, fmt.Errorf("call %03d (%s:%d) was not recognised: run go run ./build -recognise DIR -only %d", c.num, c.file, c.line, c.num)
		}
		if r.Sum != c.sum() {
			return nil, fmt.Errorf("call %03d (%s:%d) changed since it was recognised: run go run ./build -recognise DIR -only %d", c.num, c.file, c.line, c.num)
		}
		if len(r.Turns) != len(c.turns) {
			return nil, fmt.Errorf("call %03d: %d turns recognised, %d written", c.num, len(r.Turns), len(c.turns))
		}
		rec, err := s.label(c, r)
		if err != nil {
			return nil, fmt.Errorf("call %03d (%s:%d): %v", c.num, c.file, c.line, err)
		}
		s.recs = append(s.recs, rec)
		s.rc = append(s.rc, r)
	}
	s.data, err = buildkit.Encode(s.recs)
	return s, err
}

// label turns one recognised call into a record.
func (s *asrSet) label(c *call, r recCall) (buildkit.Record, error) {
	st := &s.st
	rec := buildkit.Record{Style: "lower", Channels: c.channels, Entities: []buildkit.Entity{}, HardNegatives: []buildkit.Negative{}}
	if c.channels == 2 {
		st.stereo++
	} else {
		st.mono++
	}
	if c.nodiar {
		st.nodiar++
	}
	st.srcCalls[c.src]++
	last := r.Turns[len(r.Turns)-1]
	st.audioMs += last.End + 300
	// the turn each word was said in: the one on its channel whose span
	// holds its midpoint, or the nearest
	turnOf := make([]int, len(r.Hyp))
	for i, w := range r.Hyp {
		mid := (w.Start + w.End) / 2
		best, dist := -1, 1<<30
		for ti, t := range r.Turns {
			if t.Channel != w.Channel {
				continue
			}
			d := 0
			if mid < t.Start {
				d = t.Start - mid
			} else if mid > t.End {
				d = mid - t.End
			}
			if d < dist {
				best, dist = ti, d
			}
		}
		if best < 0 {
			return rec, fmt.Errorf("word %q on channel %d, where no turn was said", w.Text, w.Channel)
		}
		turnOf[i] = best
	}
	for i, w := range r.Hyp {
		sp := ""
		switch {
		case c.channels == 2:
			sp = fmt.Sprintf("spk_%d", w.Channel)
		case !c.nodiar && c.turns[turnOf[i]].agent:
			sp = "spk_0"
		case !c.nodiar:
			sp = "spk_1"
		}
		rec.Words = append(rec.Words, buildkit.Word{Text: w.Text, StartMs: w.Start, EndMs: w.End, Channel: w.Channel, Speaker: sp})
	}
	st.words += len(rec.Words)

	// word error rate, per turn
	for ti, t := range c.turns {
		var hyp []string
		for i, w := range r.Hyp {
			if turnOf[i] == ti {
				hyp = append(hyp, w.Text)
			}
		}
		ref := t.words()
		e := editDistance(ref, hyp)
		v := r.Voices[1]
		if t.agent {
			v = r.Voices[0]
		}
		for _, k := range []string{"all", v.Engine, v.Engine + " " + v.Name} {
			st.refWords[k] += len(ref)
			st.edits[k] += e
		}
	}

	// claim words by midpoint
	owner := make([]int, len(r.Hyp)) // 1 + label, 0 none
	outerOnly := make([]bool, len(r.Hyp))
	for ti, t := range c.turns {
		for ki, k := range t.chunks {
			if k.label < 0 {
				continue
			}
			sp := r.Turns[ti].Chunks[ki]
			for i, w := range r.Hyp {
				mid := (w.Start + w.End) / 2
				if w.Channel == r.Turns[ti].Channel && mid >= sp[0] && mid < sp[1] {
					owner[i] = k.label + 1
					outerOnly[i] = k.outer
				}
			}
		}
	}
	focus := ""
	for li, l := range c.labels {
		var req []int
		for i := range r.Hyp {
			if owner[i] == li+1 && !outerOnly[i] {
				req = append(req, i)
			}
		}
		var ref []string
		for _, k := range c.turns[l.turn].chunks {
			if k.label == li && !k.outer {
				ref = append(ref, k.words...)
			}
		}
		if len(req) == 0 {
			if l.neg {
				st.negDropped++
			} else {
				st.deleted[l.typ]++
			}
			continue
		}
		first, lastI := req[0], req[len(req)-1]
		for i := first; i <= lastI; i++ {
			if r.Hyp[i].Channel != r.Hyp[first].Channel || owner[i] != li+1 {
				return rec, fmt.Errorf("label %d (%s): its words are not one run", li, l.typ)
			}
		}
		if l.neg {
			rec.HardNegatives = append(rec.HardNegatives, buildkit.Negative{Kind: l.typ, First: first, Last: lastI})
			st.negKinds[l.typ]++
			st.negs++
			continue
		}
		// outer: the title's words and words that overlap the label's
		// speech, contiguous, on its channel, owned by no other label
		spans := labelSpans(c, r, li)
		near := func(i int) bool {
			if i < 0 || i >= len(r.Hyp) || r.Hyp[i].Channel != r.Hyp[first].Channel {
				return false
			}
			if owner[i] == li+1 {
				return true
			}
			if owner[i] != 0 {
				return false
			}
			for _, sp := range spans {
				if r.Hyp[i].Start < sp[1] && r.Hyp[i].End > sp[0] {
					return true
				}
			}
			return false
		}
		of, ol := first, lastI
		for near(of - 1) {
			of--
		}
		for near(ol + 1) {
			ol++
		}
		for i := of; i <= ol; i++ {
			owner[i] = li + 1 // claimed: no other entity's outer range takes it
		}
		var got []string
		for _, i := range req {
			got = append(got, r.Hyp[i].Text)
		}
		heard := heardAs(ref, got)
		h := st.heard[l.typ]
		h[heard]++
		st.heard[l.typ] = h
		st.entityRefWords += len(ref)
		st.entEdit += editDistance(ref, got)
		e := buildkit.Entity{Type: l.typ, Form: l.form + "-" + []string{"exact", "partly", "wrong"}[heard],
			First: first, Last: lastI, OuterFirst: of, OuterLast: ol, Also: defaultAlso[l.typ]}
		rec.Entities = append(rec.Entities, e)
		st.entities++
		st.halfEnt[c.num%2]++
		st.srcEnt[c.src]++
		if focus == "" {
			focus = l.form
		}
		s.vals = append(s.vals, fmt.Sprintf("%03d\t%s\t%s\t%s\t%s", c.num, l.typ, e.Form, strings.Join(ref, " "), strings.Join(got, " ")))
	}
	for _, n := range rec.HardNegatives {
		_ = n
		st.halfNeg[c.num%2]++
	}
	if focus == "" {
		focus = "none"
	}
	rec.ID = fmt.Sprintf("asr-%03d-%s-lower", c.num, focus)
	return rec, validate(rec)
}

// validate checks what testdata/pii/README.md promises of a record: times
// that go forward on each channel, lowercase words, entities that do not
// overlap each other or a hard negative and do not span channels.
func validate(r buildkit.Record) error {
	last := map[int]int{}
	for i, w := range r.Words {
		if w.Text == "" || w.Text != strings.ToLower(w.Text) || w.StartMs >= w.EndMs || w.StartMs < last[w.Channel] || w.Channel >= r.Channels {
			return fmt.Errorf("word %d %q (%d-%d ms, channel %d) breaks the format", i, w.Text, w.StartMs, w.EndMs, w.Channel)
		}
		last[w.Channel] = w.EndMs
	}
	owner := make([]int, len(r.Words))
	for k, e := range r.Entities {
		if !(0 <= e.OuterFirst && e.OuterFirst <= e.First && e.First <= e.Last && e.Last <= e.OuterLast && e.OuterLast < len(r.Words)) {
			return fmt.Errorf("entity %d: bad range", k)
		}
		for i := e.OuterFirst; i <= e.OuterLast; i++ {
			if owner[i] != 0 || r.Words[i].Channel != r.Words[e.First].Channel {
				return fmt.Errorf("entity %d overlaps another or spans channels", k)
			}
			owner[i] = k + 1
		}
	}
	for k, n := range r.HardNegatives {
		for i := n.First; i <= n.Last; i++ {
			if i < 0 || i >= len(r.Words) || owner[i] != 0 {
				return fmt.Errorf("hard negative %d overlaps an entity", k)
			}
		}
	}
	return nil
}

// labelSpans returns the time spans of a label's chunks.
func labelSpans(c *call, r recCall, li int) [][]int {
	var out [][]int
	l := c.labels[li]
	for ki, k := range c.turns[l.turn].chunks {
		if k.label == li {
			out = append(out, r.Turns[l.turn].Chunks[ki])
		}
	}
	return out
}

// heardAs says how the recogniser heard an entity: 0 exactly, 1 partly
// (some word said is among the words written), 2 not at all.
func heardAs(ref, got []string) int {
	if strings.Join(ref, " ") == strings.Join(got, " ") {
		return 0
	}
	in := map[string]bool{}
	for _, w := range got {
		in[w] = true
	}
	for _, w := range ref {
		if in[w] {
			return 1
		}
	}
	return 2
}

// editDistance is the word-level Levenshtein distance (substitutions,
// deletions and insertions).
func editDistance(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			cur[j] = min(d, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func (s *asrSet) printValues() {
	for _, v := range s.vals {
		fmt.Println(v)
	}
}

func (s *asrSet) printStats() {
	st := s.st
	fmt.Printf("%d calls (stereo %d, mono %d, of which not diarised %d), %.1f min of audio, %d recognised words\n",
		len(s.recs), st.stereo, st.mono, st.nodiar, float64(st.audioMs)/60000, st.words)
	fmt.Printf("calls by source: %v; entities by source: %v\n", st.srcCalls, st.srcEnt)
	var ks []string
	for k := range st.refWords {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println("\nword error rate (edits / reference words, per turn):")
	for _, k := range ks {
		fmt.Printf("  %-22s %5.1f %% (%d / %d)\n", k, 100*float64(st.edits[k])/float64(st.refWords[k]), st.edits[k], st.refWords[k])
	}
	fmt.Printf("  entities' own words    %5.1f %% (%d / %d)\n", 100*float64(st.entEdit)/float64(st.entityRefWords), st.entEdit, st.entityRefWords)
	fmt.Printf("\n%d entities labelled (odd calls %d, even %d), %d hard negatives (odd %d, even %d), %d hard negatives with no word heard\n",
		st.entities, st.halfEnt[1], st.halfEnt[0], st.negs, st.halfNeg[1], st.halfNeg[0], st.negDropped)
	fmt.Println("\n| type | exact | partly | wrong | deleted (not labelled) |\n| --- | ---: | ---: | ---: | ---: |")
	var ts []string
	seen := map[string]bool{}
	for k := range st.heard {
		ts, seen[k] = append(ts, k), true
	}
	for k := range st.deleted {
		if !seen[k] {
			ts = append(ts, k)
		}
	}
	sort.Strings(ts)
	var tot [4]int
	for _, t := range ts {
		h := st.heard[t]
		fmt.Printf("| %s | %d | %d | %d | %d |\n", t, h[0], h[1], h[2], st.deleted[t])
		tot[0] += h[0]
		tot[1] += h[1]
		tot[2] += h[2]
		tot[3] += st.deleted[t]
	}
	fmt.Printf("| all | %d | %d | %d | %d |\n", tot[0], tot[1], tot[2], tot[3])
	var kinds []string
	for k := range st.negKinds {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, st.negKinds[k]))
	}
	sort.Strings(kinds)
	fmt.Println("\nhard negatives:", strings.Join(kinds, ", "))
}
