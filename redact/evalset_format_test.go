package redact_test

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// An evaluation set must be what testdata/pii/README.md's "Format"
// promises, or the accuracy numbers mean nothing. Every set (the generated
// ones, set9..set14, corpora, asr, wild, peer, ...) and either half of a
// split set is held to that format (evalSetFormatProblems); the generated
// sets (transcripts, heldout, or another seed of the generator named by
// $REDACT_EVAL_SET) are also held to the generator's own contract
// (generatedSetProblems: 200 records or more, every form of the issue's
// tables in both casings), which no other set promises.
//
// The messages name records, words and entities by id and index, never by
// their text: a set's words may be PII, and a test half is not to be read.
func TestPIIEvalSet_IsWellFormed(t *testing.T) {
	for _, path := range evalSets() {
		t.Run(filepath.Base(path), func(t *testing.T) {
			recs := loadEvalSet(t, path)
			problems := evalSetFormatProblems(recs)
			if isGeneratedSet(recs) {
				problems = append(problems, generatedSetProblems(recs)...)
			}
			reportSetProblems(t, problems)
		})
	}
}

// reportSetProblems fails t with the first problems and their count.
func reportSetProblems(t *testing.T, problems []string) {
	t.Helper()
	const shown = 20
	for i, p := range problems {
		if i == shown {
			t.Errorf("... and %d more problems", len(problems)-shown)
			break
		}
		t.Error(p)
	}
}

// evalSetFormatProblems lists where recs break what every set's format
// promises: ids unique and ending in their style; a style of "cased" or
// "lower"; 1 or 2 channels; words with text (no spaces inside), times that
// run forward (end after start, never before the last word's end on the
// same channel), a channel the call has, a speaker of "spk_0", "spk_1" or
// none, and in the lower style neither capitals nor punctuation; entities of
// a redact type (and "also" types), with a form, ranges inside the words
// (outer_first <= first <= last <= outer_last), optional words inside
// first..last, at least one required word, on one channel, overlapping no
// other entity's outer range; hard negatives of a kind, inside the words,
// overlapping no entity. It returns nil for a well-formed set, and says
// nothing of a set's size or its forms: a half, or a set built from other
// material, is as well formed as the generated set.
func evalSetFormatProblems(recs []evalRecord) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if len(recs) == 0 {
		return []string{"no records: an empty set (or half) measures nothing"}
	}
	known := redact.AllTypes()
	ids := map[string]bool{}
	for r, rec := range recs {
		id := rec.ID
		if id == "" {
			id = "record " + strconv.Itoa(r)
			bad("%s: no id", id)
		} else if ids[id] {
			bad("%s: duplicate id", id)
		}
		ids[rec.ID] = true
		if rec.Style != "cased" && rec.Style != "lower" {
			bad("%s: style %q, want cased or lower", id, rec.Style)
		} else if !strings.HasSuffix(rec.ID, "-"+rec.Style) {
			bad("%s: the id does not end in its style %q", id, rec.Style)
		}
		if rec.Channels != 1 && rec.Channels != 2 {
			bad("%s: %d channels, want 1 or 2", id, rec.Channels)
		}
		if len(rec.Words) == 0 {
			bad("%s: no words", id)
		}
		last := map[int]int{}
		for i, w := range rec.Words {
			switch {
			case w.Text == "":
				bad("%s word %d: empty text", id, i)
			case strings.IndexFunc(w.Text, unicode.IsSpace) >= 0:
				bad("%s word %d: a space inside the text", id, i)
			}
			if w.StartMS >= w.EndMS {
				bad("%s word %d: ends at or before its start", id, i)
			}
			if w.StartMS < last[w.Channel] {
				bad("%s word %d: starts before the last word of channel %d ends", id, i, w.Channel)
			}
			last[w.Channel] = w.EndMS
			if w.Channel < 0 || w.Channel >= rec.Channels {
				bad("%s word %d: channel %d of a %d-channel call", id, i, w.Channel, rec.Channels)
			}
			if w.Speaker != "" && w.Speaker != "spk_0" && w.Speaker != "spk_1" {
				bad("%s word %d: speaker is neither spk_0, spk_1 nor empty", id, i)
			}
			if rec.Style == "lower" {
				if strings.ToLower(w.Text) != w.Text {
					bad("%s word %d: a capital in the lower style", id, i)
				}
				if w.Punct != "" {
					bad("%s word %d: punctuation in the lower style", id, i)
				}
			}
		}
		owner := make([]int, len(rec.Words)) // entity number + 1 per word of an outer range
		for k, e := range rec.Entities {
			if !slices.Contains(known, e.Type) {
				bad("%s entity %d: type %q is no redact type", id, k, e.Type)
			}
			for _, a := range e.Also {
				if !slices.Contains(known, a) {
					bad("%s entity %d: also type %q is no redact type", id, k, a)
				}
			}
			if e.Form == "" {
				bad("%s entity %d: no form", id, k)
			}
			if !(0 <= e.OuterFirst && e.OuterFirst <= e.First && e.First <= e.Last && e.Last <= e.OuterLast && e.OuterLast < len(rec.Words)) {
				bad("%s entity %d: range %d..%d (outer %d..%d) is not inside %d words",
					id, k, e.First, e.Last, e.OuterFirst, e.OuterLast, len(rec.Words))
				continue
			}
			for _, o := range e.Optional {
				if o < e.First || o > e.Last {
					bad("%s entity %d: optional word %d outside %d..%d", id, k, o, e.First, e.Last)
				}
			}
			if len(e.required()) == 0 {
				bad("%s entity %d: nothing required", id, k)
			}
			for i := e.OuterFirst; i <= e.OuterLast; i++ {
				if owner[i] != 0 {
					bad("%s entity %d overlaps entity %d at word %d", id, k, owner[i]-1, i)
				}
				owner[i] = k + 1
				if rec.Words[i].Channel != rec.Words[e.First].Channel {
					bad("%s entity %d spans channels at word %d", id, k, i)
				}
			}
		}
		for k, n := range rec.Negatives {
			if n.Kind == "" {
				bad("%s negative %d: no kind", id, k)
			}
			if !(0 <= n.First && n.First <= n.Last && n.Last < len(rec.Words)) {
				bad("%s negative %d: range %d..%d is not inside %d words", id, k, n.First, n.Last, len(rec.Words))
				continue
			}
			for i := n.First; i <= n.Last; i++ {
				if owner[i] != 0 {
					bad("%s negative %d overlaps entity %d at word %d", id, k, owner[i]-1, i)
				}
			}
		}
	}
	return out
}

// isGeneratedSet reports whether recs are the generator's (testdata/pii/gen):
// its ids are `NNN-<focus form>-<style>`, where every other set's begin
// with the set's name ("set9-017-...").
func isGeneratedSet(recs []evalRecord) bool {
	for _, rec := range recs {
		n, _, _ := strings.Cut(rec.ID, "-")
		if _, err := strconv.Atoi(n); err != nil {
			return false
		}
	}
	return len(recs) > 0
}

// generatedSetForms are the forms of the tables that the generator
// writes in both casings.
var generatedSetForms = []string{
	"PHONE/written-grouped", "PHONE/written-plain", "PHONE/three-tokens", "PHONE/spoken-digits",
	"PHONE/double-triple", "PHONE/hundreds-pairs", "PHONE/mixed-numerals-words", "PHONE/fillers-punct",
	"PHONE/country-code", "PHONE/country-code-tollfree", "PHONE/seven-digit", "PHONE/extension",
	"CARD/written-grouped", "CARD/written-one-token", "CARD/spoken", "CARD/spoken-fillers",
	"CARD/expiry", "CARD/cvv", "CARD/back-digits", "CARD/last-four",
	"SSN/written", "SSN/spoken", "SSN/last-four",
	"ACCOUNT/account-number", "ACCOUNT/member-id", "ACCOUNT/policy-number", "ACCOUNT/routing",
	"ACCOUNT/iban", "ACCOUNT/order-for-payment",
	"ZIP/cued", "ZIP/after-state", "ZIP/nine-digit",
	"EMAIL/written", "EMAIL/spoken", "EMAIL/initial", "EMAIL/spelled",
	"PERSON/my-name-is", "PERSON/this-is", "PERSON/speaking-with", "PERSON/im", "PERSON/title",
	"PERSON/first-name-is", "PERSON/last-name-is", "PERSON/spelled", "PERSON/ask-for",
	"PERSON/first-last-pair", "PERSON/word-name-cued",
	"ADDRESS/written", "ADDRESS/spoken-number", "ADDRESS/with-unit", "ADDRESS/directional",
	"DOB/spoken", "DOB/numeric", "DOB/day-of-month", "DOB/born-on", "DOB/birthday",
}

// generatedSetProblems lists where recs break the generator's own contract:
// at least 200 transcripts (the issue asks for them) and every form of the
// issue's tables in both casings.
func generatedSetProblems(recs []evalRecord) []string {
	var out []string
	if len(recs) < 200 {
		out = append(out, fmt.Sprintf("%d records: the issue asks for at least 200 transcripts", len(recs)))
	}
	styles := map[string]map[string]bool{} // type/form -> styles
	for _, rec := range recs {
		for _, e := range rec.Entities {
			key := string(e.Type) + "/" + e.Form
			if styles[key] == nil {
				styles[key] = map[string]bool{}
			}
			styles[key][rec.Style] = true
		}
	}
	for _, want := range generatedSetForms {
		if !styles[want]["cased"] || !styles[want]["lower"] {
			out = append(out, fmt.Sprintf("form %s missing in a casing (has %v)", want, styles[want]))
		}
	}
	return out
}

// wellFormedRecord is a small record that every check passes: two
// channels, a PERSON with an outer title and an optional filler, a hard
// negative. Made-up words.
func wellFormedRecord(id, style string) evalRecord {
	words := []string{"Hi", "this", "is", "Dr", "uh", "Quill", "on", "line", "two"}
	rec := evalRecord{ID: id, Style: style, Channels: 2}
	for i, w := range words {
		if style == "lower" {
			w = strings.ToLower(w)
		}
		rec.Words = append(rec.Words, evalWord{Text: w, StartMS: 300 * i, EndMS: 300*i + 250, Channel: 1, Speaker: "spk_1"})
	}
	if style == "cased" {
		rec.Words[3].Punct = "."
	}
	rec.Entities = []evalEntity{{Type: redact.Person, Form: "title", First: 4, Last: 5, OuterFirst: 3, OuterLast: 5, Optional: []int{4}}}
	rec.Negatives = []evalNegative{{Kind: "count", First: 8, Last: 8}}
	return rec
}

// writeEvalSet writes recs gzipped as a set file in dir.
func writeEvalSet(t *testing.T, dir string, recs []evalRecord) string {
	t.Helper()
	path := filepath.Join(dir, "tiny.jsonl.gz")
	f, err := os.Create(path)
	require.NoError(t, err)
	zw := gzip.NewWriter(f)
	enc := json.NewEncoder(zw)
	for _, rec := range recs {
		require.NoError(t, enc.Encode(rec))
	}
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())
	return path
}

func TestEvalSetFormat_AcceptsASmallSetOfAnotherSource(t *testing.T) {
	recs := []evalRecord{wellFormedRecord("tiny-001-person-title-cased", "cased"), wellFormedRecord("tiny-001-person-title-lower", "lower")}
	path := writeEvalSet(t, t.TempDir(), recs)
	t.Setenv("REDACT_EVAL_SET", path)
	t.Setenv("REDACT_EVAL_SPLIT", "")
	got := readEvalSet(t, path)
	assert.Empty(t, evalSetFormatProblems(got), "two records of a set that is not the generator's are well formed")
	assert.False(t, isGeneratedSet(got), "ids that begin with a set's name are not the generator's")

	t.Setenv("REDACT_EVAL_SPLIT", "odd")
	assert.Empty(t, evalSetFormatProblems(readEvalSet(t, path)), "nor is its odd half held to a size")
}

func TestEvalSetFormat_HoldsOnlyTheGeneratedSetToItsContract(t *testing.T) {
	recs := []evalRecord{wellFormedRecord("001-person-cased", "cased"), wellFormedRecord("001-person-lower", "lower")}
	require.True(t, isGeneratedSet(recs), "the generator's ids begin with the dialogue number")
	assert.Empty(t, evalSetFormatProblems(recs))
	problems := generatedSetProblems(recs)
	require.NotEmpty(t, problems)
	assert.Contains(t, problems[0], "at least 200")
	assert.Contains(t, strings.Join(problems, "\n"), "form PHONE/written-grouped missing")
	assert.NotContains(t, strings.Join(problems, "\n"), "form PERSON/title missing", "a form present in both casings passes")
}

// TestEvalSetFormat_FindsEachBreakInATinySet writes a set with one break
// per record and checks that each is reported, by id and index, and that
// no message quotes a word.
func TestEvalSetFormat_FindsEachBreakInATinySet(t *testing.T) {
	type breakCase struct {
		want  string
		apply func(*evalRecord)
	}
	cases := []breakCase{
		{"style \"upper\"", func(r *evalRecord) { r.Style = "upper" }},
		{"does not end in its style", func(r *evalRecord) { r.ID += "-x" }},
		{"3 channels", func(r *evalRecord) { r.Channels = 3 }},
		{"word 2: empty text", func(r *evalRecord) { r.Words[2].Text = "" }},
		{"word 2: a space inside", func(r *evalRecord) { r.Words[2].Text = "is it" }},
		{"word 1: ends at or before its start", func(r *evalRecord) { r.Words[1].EndMS = r.Words[1].StartMS }},
		{"word 6: starts before the last word", func(r *evalRecord) { r.Words[6].StartMS = r.Words[5].StartMS }},
		{"word 0: channel 2 of a 2-channel call", func(r *evalRecord) { r.Words[0].Channel = 2 }},
		{"word 0: speaker is neither", func(r *evalRecord) { r.Words[0].Speaker = "agent" }},
		{"word 5: a capital in the lower style", func(r *evalRecord) { r.Style = "lower"; r.ID = strings.Replace(r.ID, "cased", "lower", 1) }},
		{"entity 0: type \"NAME\" is no redact type", func(r *evalRecord) { r.Entities[0].Type = "NAME" }},
		{"entity 0: also type \"X\"", func(r *evalRecord) { r.Entities[0].Also = []redact.Type{"X"} }},
		{"entity 0: no form", func(r *evalRecord) { r.Entities[0].Form = "" }},
		{"entity 0: range 4..9", func(r *evalRecord) { r.Entities[0].Last, r.Entities[0].OuterLast = 9, 9 }},
		{"entity 0: range 5..4", func(r *evalRecord) { r.Entities[0].First = 5; r.Entities[0].Last = 4 }},
		{"optional word 7 outside", func(r *evalRecord) { r.Entities[0].Optional = []int{7} }},
		{"entity 0: nothing required", func(r *evalRecord) { r.Entities[0].Optional = []int{4, 5} }},
		{"entity 1 overlaps entity 0 at word 3", func(r *evalRecord) {
			r.Entities = append(r.Entities, evalEntity{Type: redact.Person, Form: "x", First: 2, Last: 3, OuterFirst: 2, OuterLast: 3})
		}},
		{"entity 0 spans channels at word 3", func(r *evalRecord) { r.Words[3].Channel = 0; r.Words[3].StartMS = 0 }},
		{"negative 0: no kind", func(r *evalRecord) { r.Negatives[0].Kind = "" }},
		{"negative 0: range 8..12", func(r *evalRecord) { r.Negatives[0].Last = 12 }},
		{"negative 0 overlaps entity 0 at word 5", func(r *evalRecord) { r.Negatives[0].First = 5 }},
	}
	var recs []evalRecord
	for i, c := range cases {
		rec := wellFormedRecord(fmt.Sprintf("tiny-%03d-break-cased", i+1), "cased")
		c.apply(&rec)
		recs = append(recs, rec)
	}
	recs = append(recs, wellFormedRecord("tiny-001-break-cased", "cased")) // a duplicate id
	path := writeEvalSet(t, t.TempDir(), recs)
	t.Setenv("REDACT_EVAL_SET", path)
	t.Setenv("REDACT_EVAL_SPLIT", "")

	problems := evalSetFormatProblems(readEvalSet(t, path))
	all := strings.Join(problems, "\n")
	for i, c := range cases {
		id := fmt.Sprintf("tiny-%03d-break-", i+1)
		found := false
		for _, p := range problems {
			found = found || strings.Contains(p, id) && strings.Contains(p, c.want)
		}
		assert.True(t, found, "record %d: want a problem %q; got:\n%s", i+1, c.want, all)
	}
	assert.Contains(t, all, "tiny-001-break-cased: duplicate id")
	for _, w := range []string{"Quill", "quill", "is it"} {
		assert.NotContains(t, all, w, "a message quotes a word")
	}
	assert.Equal(t, []string{"no records: an empty set (or half) measures nothing"}, evalSetFormatProblems(nil))
}
