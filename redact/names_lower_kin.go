package redact

// Relatives and colleagues named after "his", "her", "our", "their" or
// "your" as after "my" ("this is her son luka", "your wife deepika
// called"), and, in a lowercase transcript, a first name that is also a
// word said right after a relative or colleague as the subject of what
// follows ("my supervisor grace will call you", "our cousin frank said"):
// a relative is named there, not a thing. Not a service's provider
// ("my doctor bill was", "my lawyer will"): what follows them is as often
// their bill. Not a first name that is a verb or an auxiliary ("my brother
// will set it up" stays unread: the brother may be unnamed). It reads one
// word either side of the name.

// kinNouns are the relatives and colleagues that a name may follow.
var kinNouns = []string{"wife", "husband", "partner", "son", "daughter", "mother", "father", "mom", "dad", "mum",
	"brother", "sister", "friend", "boss", "manager", "supervisor", "colleague", "coworker", "neighbor",
	"neighbour", "roommate", "cousin", "aunt", "uncle", "grandmother", "grandfather", "grandma", "grandpa",
	"niece", "nephew", "boyfriend", "girlfriend", "fiance", "fiancee", "grandson", "granddaughter", "stepson",
	"stepdaughter", "spouse"}

// kinCues are kinNouns after a possessive other than "my" (personCues has
// those): weak cues of a name.
func kinCues() []string {
	var out []string
	for _, d := range []string{"his", "her", "our", "their", "your"} {
		for _, k := range kinNouns {
			out = append(out, d+" "+k)
		}
	}
	return out
}

// possessiveDeterminers own the relative named after them.
var possessiveDeterminers = map[string]bool{"my": true, "his": true, "her": true, "our": true, "their": true, "your": true}

// kinNoun holds kinNouns.
var kinNoun = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range kinNouns {
		m[k] = true
	}
	return m
}()

// kinWordNameActs reports whether token i, in a lowercase transcript, after
// the weak cue ph of a relative or colleague, is a listed first name that
// is also a word (no verb or auxiliary) before an auxiliary, a verb in the
// past or what a person does.
func (ts *Tokens) kinWordNameActs(i int, ph cuePhrase) bool {
	w := ts.Toks[i].Norm
	if ts.Cased || len(ph.words) != 2 || !kinNoun[ph.words[1]] || !ts.firstNameAt(i) || verbNames[w] || auxVerbs[w] ||
		radioAlphabet[w] || ackWords[w] || !ts.speechNameAt(i, false, false) || ts.turn[ts.Toks[i].Last] {
		return false
	}
	if !possessiveDeterminers[ph.words[0]] {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	v := ts.Toks[n].Norm
	return auxVerbs[v] && v != "just" || pastVerbs[v] || personVerbs[v]
}
