package redact

import (
	"github.com/callveil/callveil/redact/internal/names"
)

// personRecognizer finds names: after a cue ("my name is", "this is",
// "speaking with", "Mr."), spelled out letter by letter, and capitalised
// first+last pairs from the gazetteer (redact/internal/names). A word that
// is also a common English word ("Bill", "Will", "Grace") counts only after
// a strong cue or when capitalised in a cased transcript.
type personRecognizer struct{}

func (personRecognizer) Name() string { return "person" }

const (
	cueStrong cueCat = iota + 1 // any plausible word after it is a name
	cueWeak                     // only a clear name after it ("I'm fine" is not)
	cueTitle                    // Mr., Dr.: the next word is a surname or name
	cueSpell                    // "spelled": letters follow
)

var personCues = newCueTable(map[cueCat][]string{
	cueStrong: {"my name is", "name is", "name's", "names", "first name", "last name", "surname",
		"first name is", "last name is", "surname is", "full name", "full name is", "middle name",
		"middle name is", "maiden name", "maiden name is", "ask for", "asking for", "speaking with",
		"speak with", "speak to", "speaking to", "talking to", "talking with", "spoke with", "spoke to",
		"transfer you to", "transferred to", "call me", "goes by", "go by", "named", "called",
		"under the name", "name on the account is", "account holder is", "cardholder name",
		"name on the card", "name on the card is", "cardholder is", "it's under", "under", "my name",
		"this is", "the name", "the name is", "spouse", "wife's name", "husband's name", "son's name",
		"daughter's name", "his name is", "her name is", "their name is"},
	cueWeak: {"i'm", "i am", "im", "it's", "hi", "hello", "hey", "thanks", "thank you", "dear",
		"with", "for", "and", "my wife", "my husband", "my son", "my daughter", "my mother",
		"my father", "my mom", "my dad", "my brother", "my sister", "my friend", "my manager",
		"agent", "representative", "by"},
	cueTitle: {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "prof", "professor",
		"sir", "madam", "mx"},
	cueSpell: {"spelled", "spelt", "spelling", "spell", "spells", "that's spelled", "spelled as",
		"it's spelled", "as in"},
})

// personStop are words that never start a name even after a strong cue.
var personStop = map[string]bool{"not": true, "the": true, "a": true, "an": true, "is": true,
	"calling": true, "here": true, "just": true, "so": true, "going": true, "sorry": true,
	"fine": true, "good": true, "great": true, "okay": true, "ok": true, "yes": true, "no": true,
	"yeah": true, "sure": true, "from": true, "with": true, "on": true, "in": true, "at": true,
	"to": true, "for": true, "and": true, "but": true, "or": true, "you": true, "your": true,
	"my": true, "me": true, "it": true, "it's": true, "that": true, "this": true, "what": true,
	"how": true, "who": true, "why": true, "when": true, "where": true, "we": true, "they": true,
	"he": true, "she": true, "i": true, "i'm": true, "of": true, "one": true, "please": true,
	"thanks": true, "thank": true, "hi": true, "hello": true, "hey": true, "there": true,
	"all": true, "everyone": true, "both": true, "about": true, "trying": true, "looking": true,
	"having": true, "doing": true, "still": true, "also": true, "really": true, "actually": true,
	"well": true, "very": true, "glad": true, "happy": true, "able": true, "ready": true,
	"correct": true, "right": true, "wrong": true, "again": true, "now": true, "today": true,
	"gonna": true, "wondering": true, "hoping": true, "concerned": true, "new": true}

func (personRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindWord:
		case KindLetters:
			if f, end, ok := ts.spelledName(i); ok {
				out = append(out, f)
				i = end
			}
			continue
		default:
			continue
		}
		w := tk.Norm
		if personStop[w] || len(w) < 2 {
			continue
		}
		gw := ts.Words[tk.First]
		ph, d, cued := ts.sh.lookBack(personCues, gw, 2, true)
		if cued && d > 0 && !(d == 1 && ts.sh.lower[ts.sh.order[ts.sh.before[gw]-1]] == "is") {
			cued = false // only "my name is ... is" style gaps
		}
		isName := names.IsFirstName(w) || names.IsSurname(w)
		common := names.IsCommonWord(w)
		capd := ts.Capitalised(tk.First)
		score := 0.0
		switch {
		case cued && (ph.cat == cueStrong || ph.cat == cueTitle || ph.cat == cueSpell):
			if isName || !common || capd {
				score = 0.9
			}
		case cued && ph.cat == cueWeak:
			switch {
			case isName && (!common || capd):
				score = 0.85
			case capd && !common && !ts.SentenceStart(tk.First):
				score = 0.7
			case isName && ts.nameContinues(i):
				score = 0.8
			}
		}
		if score == 0 {
			// No cue: a capitalised gazetteer name, or a first+last pair.
			switch {
			case capd && names.IsFirstName(w) && ts.surnameFollows(i):
				score = 0.85
			case capd && names.IsFirstName(w) && !common:
				score = 0.75
			case !ts.Cased && names.IsFirstName(w) && !common && ts.surnameFollows(i):
				score = 0.8
			case !ts.Cased && names.IsFirstName(w) && !common && names.FirstNameRank(w) <= 1200:
				score = 0.6
			case capd && names.IsSurname(w) && !common && !ts.SentenceStart(tk.First):
				score = 0.55
			}
		}
		if score == 0 {
			continue
		}
		last := ts.extendName(i)
		out = append(out, ts.TokenFinding(Person, i, last, score, "person"))
		i = last
	}
	return out
}

// surnameFollows reports whether the token after i is a surname (or, in a
// cased transcript, a capitalised word that is not a common word).
func (ts *Tokens) surnameFollows(i int) bool {
	if ts.sentenceEndsAfter(i) {
		return false
	}
	j := i + 1
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord {
		return false
	}
	w := ts.Toks[j].Norm
	if ts.Cased {
		return ts.Capitalised(ts.Toks[j].First) && (names.IsSurname(w) || names.IsFirstName(w) || !names.IsCommonWord(w))
	}
	return names.IsSurname(w) && !names.IsCommonWord(w)
}

// nameContinues reports whether the words after token i make it a name
// even though it is a common word: a surname, or "from"/"calling".
func (ts *Tokens) nameContinues(i int) bool {
	if ts.surnameFollows(i) {
		return true
	}
	j := ts.next(i + 1)
	return ts.isWord(j, "from", "calling", "speaking", "with", "here")
}

// extendName returns the last token of the name starting at token i:
// further surnames or capitalised words, an initial, and the name spelled
// out after it.
func (ts *Tokens) extendName(i int) int {
	last := i
	for n := 0; n < 3; n++ {
		if ts.sentenceEndsAfter(last) {
			break
		}
		j := last + 1
		if j >= len(ts.Toks) {
			break
		}
		t := &ts.Toks[j]
		if t.Kind == KindLetters && len(t.Norm) >= 2 {
			last = j // "John, J O H N"
			continue
		}
		if t.Kind != KindWord || personStop[t.Norm] {
			break
		}
		w := t.Norm
		common := names.IsCommonWord(w)
		capd := ts.Capitalised(t.First)
		switch {
		case ts.Cased && capd && (len(w) == 1 || names.IsSurname(w) || names.IsFirstName(w) || !common):
		case !ts.Cased && (names.IsSurname(w) || names.IsFirstName(w)) && !common:
		case !ts.Cased && len(w) == 1 && w != "a" && w != "i" && j+1 < len(ts.Toks) &&
			ts.Toks[j+1].Kind == KindWord && names.IsSurname(ts.Toks[j+1].Norm):
		default:
			return last
		}
		last = j
	}
	// A spelling after a pause: "Smith, that's S M I T H".
	j := ts.next(last + 1)
	if j < len(ts.Toks) && ts.Toks[j].Kind == KindLetters && len(ts.Toks[j].Norm) >= 2 {
		return j
	}
	return last
}

// spelledName reports a letters token that spells a name: after a name
// cue or "spelled", or when the letters themselves form a gazetteer name.
func (ts *Tokens) spelledName(i int) (Finding, int, bool) {
	tk := &ts.Toks[i]
	gw := ts.Words[tk.First]
	score := 0.0
	if ph, _, ok := ts.sh.lookBack(personCues, gw, 3, true); ok && ph.cat != cueWeak {
		score = 0.9
	} else if len(tk.Norm) >= 3 && (names.IsFirstName(tk.Norm) || names.IsSurname(tk.Norm)) && !names.IsCommonWord(tk.Norm) {
		score = 0.8
	}
	if score == 0 || len(tk.Norm) < 2 {
		return Finding{}, i, false
	}
	return ts.TokenFinding(Person, i, i, score, "person-spelled"), i, true
}
