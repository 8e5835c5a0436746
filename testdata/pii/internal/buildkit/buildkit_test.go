package buildkit

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The options of the two sets built with this package, as their builders
// (testdata/pii/blind/build, testdata/pii/peer/build) give them; each
// builder's TestCommittedSetIsCurrent checks its set is current.
var (
	blind = Options{Name: "blind", NameWords: true}
	peer  = Options{Name: "peer", Twins: true, Number: true, WideForms: true}
)

// TestOptionsMatter checks that the peer set's dialogues need the peer
// options: the differences Options names are real, not decoration.
func TestOptionsMatter(t *testing.T) {
	for _, c := range []struct {
		name string
		o    Options
	}{
		{"blind options", blind},
		{"no Twins", Options{Name: "peer", Number: true, WideForms: true}},
		{"no WideForms", Options{Name: "peer", Twins: true, Number: true}},
		{"no Number", Options{Name: "peer", Twins: true, WideForms: true}},
	} {
		if _, err := Build("../../peer/dialogues", c.o, false); err == nil {
			t.Errorf("%s: the peer dialogues built", c.name)
		}
	}
	set, err := Build("../../blind/dialogues", blind, false)
	if err != nil {
		t.Fatalf("blind: %v", err)
	}
	if set.Len() == 0 || !strings.HasPrefix(set.recs[0].ID, "blind-") {
		t.Errorf("blind set: %d records, first ID %q", set.Len(), set.recs[0].ID)
	}
}

// TestTwinsAgree checks that the lower twin of every dialogue written in
// both styles carries the same entities (type, form) and hard negatives
// (kind), in the same order, as its cased original: the verbalisation may
// change words, never labels.
func TestTwinsAgree(t *testing.T) {
	set, err := Build("../../peer/dialogues", peer, false)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	recs, calls := set.recs, set.calls
	labels := func(r Record) string {
		var b strings.Builder
		for _, e := range r.Entities {
			b.WriteString(e.Type + "/" + e.Form + " ")
		}
		for _, h := range r.HardNegatives {
			b.WriteString("<" + h.Kind + "> ")
		}
		return b.String()
	}
	cased := map[int]string{}
	pairs := 0
	for i, r := range recs {
		if r.Style == "cased" {
			cased[calls[i].num] = labels(r)
		}
	}
	for i, r := range recs {
		if r.Style != "lower" {
			continue
		}
		want, ok := cased[calls[i].num]
		if !ok {
			continue
		}
		pairs++
		if got := labels(r); got != want {
			t.Errorf("%s: lower twin labels %q, cased %q", r.ID, got, want)
		}
	}
	if pairs < 200 {
		t.Errorf("only %d dialogues in both styles", pairs)
	}
}

// TestChecksums pins the validators the build relies on to known values.
func TestChecksums(t *testing.T) {
	cases := []struct {
		name string
		ok   bool
		got  bool
	}{
		{"luhn visa test card", true, luhn("4111111111111111")},
		{"luhn one digit off", false, luhn("4111111111111112")},
		{"aba 021000021", true, aba("021000021")},
		{"aba bad checksum", false, aba("021000022")},
		{"aba bad prefix", false, aba("193430053")},
		{"iban GB82WEST12345698765432", true, peer.ibanOK("GB82WEST12345698765432")},
		{"iban AD needs WideForms", false, Options{}.ibanOK("AD1200012030200359100100")},
		{"iban AD with WideForms", true, peer.ibanOK("AD1200012030200359100100")},
		{"iban bad check digits", false, peer.ibanOK("GB83WEST12345698765432")},
		{"iban wrong length", false, peer.ibanOK("GB82WEST1234569876543")},
		{"mbi 1EG4TE5MK73", true, mbiOK("1EG4TE5MK73")},
		{"mbi with S", false, mbiOK("1SG4TE5MK73")},
		{"mbi starting with 0", false, mbiOK("0EG4TE5MK73")},
	}
	for _, c := range cases {
		if c.got != c.ok {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.ok)
		}
	}
	for in, want := range map[string]string{
		"forty oh six":          "4006",
		"eight hundred twelve":  "812",
		"two thousand and five": "2005",
		"double five oh one":    "5501",
		"nineteen eighty five":  "1985",
		"twelve thirty four":    "1234",
	} {
		got, err := readNumberish(splitWords(in), false)
		if err != nil || got != want {
			t.Errorf("readNumberish(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := readNumberish(splitWords("four one you know one"), false); err == nil {
		t.Error("an unmarked filler inside a number was accepted")
	}
}

// TestSpeak pins how the lower-style twin says written tokens.
func TestSpeak(t *testing.T) {
	for _, c := range []struct{ text, typ, want string }{
		{"Mr.", "PERSON", "mister"},
		{"Dr.", "ADDRESS", "drive"},
		{"Šárka", "PERSON", "sarka"},
		{"6821", "ADDRESS", "sixty eight twenty one"},
		{"412", "ADDRESS", "four twelve"},
		{"1st", "ADDRESS", "first"},
		{"6/24/1991", "DOB", "six twenty four nineteen ninety one"},
		{"04/27", "CARD_EXPIRY", "oh four twenty seven"},
		{"192.168.0.1", "IP_ADDRESS", "one nine two dot one six eight dot zero dot one"},
		{"info@presidio.site", "EMAIL", "info at presidio dot site"},
		{"www.bit.ly/aser", "URL", "w w w dot bit dot l y slash aser"},
		{"$49.99", "", "forty nine ninety nine"},
		{"$1,250", "", "one thousand two hundred fifty dollars"},
		{"3:45", "", "three forty five"},
		{"2019", "", "twenty nineteen"},
		{"2005", "", "two thousand five"},
		{"1.2.3", "", "one point two point three"},
		{"15%", "", "fifteen percent"},
	} {
		ws, err := speak(c.text, c.typ, "pin")
		if got := strings.Join(ws, " "); err != nil || got != c.want {
			t.Errorf("speak(%q, %s) = %q, %v; want %q", c.text, c.typ, got, err, c.want)
		}
	}
	ws, err := speak("4012-8888", "CARD", "pin")
	if err != nil {
		t.Fatal(err)
	}
	v, err := readNumberish(ws, false)
	if err != nil || v != "40128888" {
		t.Errorf("card digits said as %q read back as %q, %v", strings.Join(ws, " "), v, err)
	}
}

func splitWords(s string) []string {
	var out []string
	for _, f := range bytes.Fields([]byte(s)) {
		out = append(out, string(f))
	}
	return out
}

// TestNameWords checks the blind set's name-word rule: in a lower call an
// unlabelled "may" fails with NameWords and passes without it.
func TestNameWords(t *testing.T) {
	dir := t.TempDir()
	src := "@@ 001 lower 2 bank\n" +
		"A: thanks for calling this is [PERSON.agent-intro| teodoro] how can i help\n" +
		"C: may i check my balance please\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(dir, Options{Name: "x"}, false); err != nil {
		t.Fatalf("without NameWords: %v", err)
	}
	_, err := Build(dir, Options{Name: "x", NameWords: true}, false)
	if err == nil || !strings.Contains(err.Error(), "name-word") {
		t.Errorf("with NameWords: err %v, want the unlabelled name-word", err)
	}
}

// TestIsCurrent checks the staleness test the builders run can fail: the
// peer dialogues are not the committed blind set.
func TestIsCurrent(t *testing.T) {
	if err := IsCurrent("../../peer/dialogues", peer, "../../peer.jsonl.gz"); err != nil {
		t.Fatalf("peer set: %v", err)
	}
	err := IsCurrent("../../peer/dialogues", peer, "../../blind.jsonl.gz")
	if err == nil || !strings.Contains(err.Error(), "stale") {
		t.Errorf("peer dialogues against the blind set: %v, want stale", err)
	}
}
