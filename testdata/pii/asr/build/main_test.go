package main

import (
	"bytes"
	"os"
	"testing"
)

// TestCommittedSetIsCurrent rebuilds the set from the dialogues and the
// committed recogniser output and fails if ../../asr.jsonl.gz differs (a
// dialogue or the labelling changed without rebuilding), or if a call was
// edited after it was recognised. Needs no tool. Run it from
// testdata/pii/asr: go test ./build
func TestCommittedSetIsCurrent(t *testing.T) {
	s, err := buildSet("../dialogues", "../recognised.jsonl.gz", false)
	if err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile("../../asr.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(s.data, old) {
		t.Fatal("../../asr.jsonl.gz is stale: run go run ./build and commit the result")
	}
	if len(s.recs) < 140 || s.st.entities < 250 {
		t.Fatalf("%d calls, %d entities: fewer than the set's README promises", len(s.recs), s.st.entities)
	}
}

// oneCall parses a one-call script.
func oneCall(t *testing.T, text string) *call {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/x.txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cs, err := readCalls(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 {
		t.Fatalf("%d calls", len(cs))
	}
	return cs[0]
}

// TestLabel_TakesTheWordsHeardInTheEntitysTime checks the labelling rule
// on a hand-made recognition: the words whose midpoints fall in the
// entity's span are the entity (even when misheard), a word that only
// overlaps it is outer, a title's word is outer, the other channel's words
// are not taken, and an entity with no word heard is counted as deleted.
func TestLabel_TakesTheWordsHeardInTheEntitysTime(t *testing.T) {
	c := oneCall(t, "@@ 001 2 src=test\nA: send it to [PERSON.recipient|^Dr. Grace Holloway] on <date|Friday>\nC: and [PHONE.business|555-0100]\n")
	if got := len(c.turns[0].chunks); got != 5 {
		t.Fatalf("turn 0 has %d chunks, want 5 (text, title, name, text, date)", got)
	}
	r := recCall{Num: 1, Sum: c.sum(), Channels: 2,
		Turns: []recTurn{
			{Channel: 0, Start: 0, End: 3000, Chunks: [][]int{{0, 800}, {860, 1200}, {1260, 2100}, {2160, 2400}, {2460, 3000}}},
			{Channel: 1, Start: 3500, End: 5000, Chunks: [][]int{{3500, 3800}, {3860, 5000}}},
		},
		Hyp: []hypWord{
			{"send", 0, 300, 0}, {"it", 300, 500, 0}, {"to", 500, 780, 0},
			{"doctor", 860, 1190, 0},
			{"greys", 1260, 1600, 0}, {"hollow", 1600, 1900, 0}, {"way", 2000, 2300, 0}, // "way" only overlaps
			{"on", 2300, 2400, 0}, {"friday", 2460, 3000, 0},
			{"and", 3500, 3790, 1},
		},
	}
	s := &asrSet{st: stats{refWords: map[string]int{}, edits: map[string]int{}, deleted: map[string]int{},
		heard: map[string][3]int{}, negKinds: map[string]int{}, srcCalls: map[string]int{}, srcEnt: map[string]int{}}}
	rec, err := s.label(c, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Entities) != 1 {
		t.Fatalf("%d entities, want 1 (the phone was not heard)", len(rec.Entities))
	}
	e := rec.Entities[0]
	if e.First != 4 || e.Last != 5 || e.OuterFirst != 3 || e.OuterLast != 6 {
		t.Errorf("entity %d..%d outer %d..%d, want 4..5 outer 3..6", e.First, e.Last, e.OuterFirst, e.OuterLast)
	}
	if e.Form != "recipient-wrong" {
		t.Errorf("form %q, want recipient-wrong (no word said was heard)", e.Form)
	}
	if s.st.deleted["PHONE"] != 1 {
		t.Errorf("deleted %v, want the phone", s.st.deleted)
	}
	if len(rec.HardNegatives) != 1 || rec.HardNegatives[0].First != 8 || rec.HardNegatives[0].Last != 8 {
		t.Errorf("hard negatives %+v, want friday (word 8)", rec.HardNegatives)
	}
	if rec.ID != "asr-001-recipient-lower" || rec.Words[9].Speaker != "spk_1" || rec.Words[0].Speaker != "spk_0" {
		t.Errorf("id %q, speakers %q %q", rec.ID, rec.Words[0].Speaker, rec.Words[9].Speaker)
	}
}

func TestHeardAs(t *testing.T) {
	for _, tc := range []struct {
		ref, got string
		want     int
	}{
		{"grace holloway", "grace holloway", 0},
		{"grace holloway", "grace hollow way", 1},
		{"grace holloway", "greys hollow way", 2},
		{"four oh eight", "four zero eight", 1},
	} {
		if h := heardAs(split(tc.ref), split(tc.got)); h != tc.want {
			t.Errorf("heardAs(%q, %q) = %d, want %d", tc.ref, tc.got, h, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"a b c", "a b c", 0}, {"a b c", "a c", 1}, {"a b c", "a x b c", 1}, {"a b c", "x y", 3}, {"", "a", 1},
	} {
		if d := editDistance(split(tc.a), split(tc.b)); d != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, d, tc.want)
		}
	}
}

func split(s string) []string {
	var out []string
	for _, f := range bytes.Fields([]byte(s)) {
		out = append(out, string(f))
	}
	return out
}
