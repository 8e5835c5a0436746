package redact

import (
	"github.com/callveil/callveil/redact/internal/names"
)

// A lowercase transcript has no comma to set off the name of the one
// spoken to at a clause's end, so "it looks good bill okay" reads like "it
// looks good" with a noun after it. lowerClosingVocative reads the words
// around the name instead: a phrase that closes a clause and takes no noun
// after it (thanks, farewells, agreement, praise, handing over: "thank
// you", "bye", "sounds good", "that's right", "nice work", "go ahead",
// "what do you think", "that works for me"; and asking who is there: "is
// this vikram", "am i speaking with ..."), then the name, then the end
// of the turn or what a speaker says next to close ("okay", "bye", "talk
// soon", "anything else", "let me").
//
// The name is a listed first name (also one that is a word: "thanks
// will", "it looks good bill okay", "thank you grace"), not a stop word,
// place, brand or radio word; after thanks, a farewell or praise also a
// word that is in no list and no English word ("nice work tendai"). A
// first name that is also a word ("will", "mark", "bill") is one only at
// the turn's end or before a closing word, never before a pronoun or a
// conjunction ("thanks, hope i can", "sounds good, will you send it",
// "thanks, bill, i'll pay it tomorrow"), except a noun said without an
// article after thanks ("thanks summer that was helpful"); after "is
// this" such a word is the thing asked about unless it ends the turn
// ("is this bill okay", "is this will okay to sign"). A phrase of one adjective ("perfect", "great")
// counts only opening the turn or after an acknowledgement ("okay perfect
// rosa"), not "a great summer okay", and takes a first name that is also
// a word only at the turn's end. An acknowledgement alone is no closing
// phrase here ("okay bill let me check"; names_lowervoc.go reads "okay
// frank we"): taken at a turn's end it found nothing more on the probe or the
// dev halves and flagged a misheard "okay carol" in the asr set.
//
// Cased, the same holds for a name capitalised inside its sentence with
// no comma before it ("Sounds good Mark, talk soon.", "Go ahead Jack."),
// which the comma rules of names_vocative_end.go do not read.
//
// It cannot find a vocative after a clause of its own that ends on a noun
// ("the totals look fine now bill"), nor one before a word that goes on
// the clause ("thanks bill for the update"): such names stay unfound.
// It reads at most four words back and two ahead, so the pass stays
// linear.

// closingKind says how much a closing phrase vouches for the word after it.
type closingKind uint8

const (
	closingThanks closingKind = iota + 1 // thanks, farewells, praise: also an unlisted word after it
	closingAssent                        // agreement, handing over: a listed first name after it
	closingOpens                         // one adjective: only opening the turn or after an acknowledgement
)

// closingPhrases end a clause that takes no noun after it; each is read
// backwards from the word before the name.
var closingPhrases = []struct {
	words []string
	kind  closingKind
}{
	{[]string{"thank", "you"}, closingThanks},
	{[]string{"thanks"}, closingThanks},
	{[]string{"thanks", "again"}, closingThanks},
	{[]string{"thank", "you", "again"}, closingThanks},
	{[]string{"so", "much"}, closingThanks},
	{[]string{"very", "much"}, closingThanks},
	{[]string{"cheers"}, closingThanks},
	{[]string{"bye"}, closingThanks},
	{[]string{"goodbye"}, closingThanks},
	{[]string{"see", "you"}, closingThanks},
	{[]string{"take", "care"}, closingThanks},
	{[]string{"appreciate", "it"}, closingThanks},
	{[]string{"much", "appreciated"}, closingThanks},
	{[]string{"you're", "welcome"}, closingThanks},
	{[]string{"no", "problem"}, closingThanks},
	{[]string{"no", "worries"}, closingThanks},
	{[]string{"nice", "work"}, closingThanks},
	{[]string{"good", "work"}, closingThanks},
	{[]string{"great", "work"}, closingThanks},
	{[]string{"nice", "job"}, closingThanks},
	{[]string{"good", "job"}, closingThanks},
	{[]string{"great", "job"}, closingThanks},
	{[]string{"well", "done"}, closingThanks},
	{[]string{"sorry", "about", "that"}, closingThanks},
	{[]string{"good", "point"}, closingThanks},
	{[]string{"makes", "sense"}, closingAssent},
	{[]string{"sounds", "good"}, closingAssent},
	{[]string{"sounds", "great"}, closingAssent},
	{[]string{"looks", "good"}, closingAssent},
	{[]string{"looks", "great"}, closingAssent},
	{[]string{"looks", "fine"}, closingAssent},
	{[]string{"look", "good"}, closingAssent},
	{[]string{"look", "great"}, closingAssent},
	{[]string{"look", "fine"}, closingAssent},
	{[]string{"sound", "good"}, closingAssent},
	{[]string{"sound", "great"}, closingAssent},
	{[]string{"that's", "right"}, closingAssent},
	{[]string{"that's", "fine"}, closingAssent},
	{[]string{"that's", "great"}, closingAssent},
	{[]string{"that's", "true"}, closingAssent},
	{[]string{"that", "works"}, closingAssent},
	{[]string{"fair", "enough"}, closingAssent},
	{[]string{"got", "it"}, closingAssent},
	{[]string{"all", "set"}, closingAssent},
	{[]string{"go", "ahead"}, closingAssent},
	{[]string{"i", "agree"}, closingAssent},
	{[]string{"do", "you", "think"}, closingAssent},
	{[]string{"how", "about", "you"}, closingAssent},
	{[]string{"is", "this"}, closingAssent},
	{[]string{"am", "i", "speaking", "with"}, closingAssent},
	{[]string{"for", "me"}, closingAssent},
	{[]string{"to", "me"}, closingAssent},
	{[]string{"for", "us"}, closingAssent},
	{[]string{"perfect"}, closingOpens},
	{[]string{"great"}, closingOpens},
	{[]string{"excellent"}, closingOpens},
	{[]string{"wonderful"}, closingOpens},
	{[]string{"awesome"}, closingOpens},
	{[]string{"lovely"}, closingOpens},
	{[]string{"brilliant"}, closingOpens},
	{[]string{"exactly"}, closingOpens},
	{[]string{"absolutely"}, closingOpens},
	{[]string{"agreed"}, closingOpens},
}

// closingFollowers close a turn or open what is said next to the one
// named, after any name.
var closingFollowers = map[string]bool{"okay": true, "ok": true, "bye": true, "thanks": true, "thank": true,
	"talk": true, "speak": true, "catch": true, "see": true, "cheers": true, "alright": true, "anything": true, "let": true,
	"let's": true, "have": true, "take": true, "enjoy": true, "good": true, "goodbye": true}

// clauseFollowers open the speaker's next clause; after a first name that
// is also a verb or an auxiliary they would be its subject or object
// ("hope i can", "will you").
var clauseFollowers = map[string]bool{"i": true, "i'll": true, "i'm": true, "i've": true, "i'd": true, "we": true,
	"we'll": true, "we're": true, "you": true, "you're": true, "that": true, "that's": true, "it's": true,
	"and": true, "so": true, "but": true, "yeah": true, "yes": true, "no": true, "oh": true, "right": true}

// addressTerms are what people call each other that are no names.
var addressTerms = map[string]bool{"sir": true, "maam": true, "ma'am": true, "madam": true, "mate": true,
	"bro": true, "dude": true, "man": true, "guys": true, "folks": true, "everyone": true, "everybody": true,
	"all": true, "team": true, "buddy": true, "pal": true, "love": true, "dear": true, "hun": true, "honey": true,
	"babe": true, "boss": true, "doc": true, "officer": true, "son": true, "kid": true, "kids": true,
	"ladies": true, "gentlemen": true, "yall": true, "y'all": true, "ya": true, "again": true, "anyway": true,
	"anyways": true, "both": true, "bud": true, "chief": true, "captain": true, "nurse": true, "doctor": true,
	"fam": true, "bruv": true, "bruh": true, "homie": true, "cuz": true, "lad": true, "lads": true, "hon": true,
	"soon": true} // ("see you soon": radiolower18)

// lowerClosingVocative reports whether token i, in a lowercase transcript
// or capitalised inside its sentence in a cased one, is the name of the
// one spoken to after a phrase that closes a clause and before the turn's
// (or, cased, the sentence's) end or a closing word.
func (ts *Tokens) lowerClosingVocative(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if ts.Cased && !ts.capitalInside(i) || tk.First != tk.Last || len(w) < 3 || !isAlpha(w) {
		return false
	}
	kind := ts.closingBefore(i)
	if kind == 0 || addressTerms[w] { // (the rare closing phrase first: task speed19)
		return false
	}
	listed := ts.firstNameAt(i) && ts.speechNameAt(i, false, false) && !radioAlphabet[w] && !ackWords[w]
	unlisted := kind == closingThanks && !ts.englishAt(i) && !ts.firstNameAt(i) && !speechNotNames()[w] &&
		!placeOrBrand(w) && !placeName(w) && !names.IsPlace(w)
	if !listed && !unlisted && !ts.strictListedAt(i) {
		return false
	}
	if kind == closingOpens && !ts.strictListedAt(i) && !ts.wordFirstNameAt(i) {
		return false // (an adjective before a verb or a noun: "great will do", "perfect hope so")
	}
	n := ts.next(i + 1)
	if ts.turn[tk.Last] || n >= len(ts.Toks) || ts.Cased && ts.sentenceEndsAfter(i) {
		return true
	}
	if ts.Toks[n].Kind != KindWord {
		return false
	}
	if p := ts.prev(i - 1); ts.commonAt(i) && ts.isWord(p, "this") && ts.isWord(ts.prev(p-1), "is") {
		return false // (a thing asked about: "is this bill okay", "is this will okay to sign")
	}
	nw := ts.Toks[n].Norm
	strict := ts.strictListedAt(i) || unlisted
	if kind == closingOpens && !strict {
		return false // (a noun and what is done with it: "perfect bill let me pay it")
	}
	// (A noun said without an article, "grace", "summer", is no object of
	// thanks: "thanks summer that was helpful".)
	thanked := kind == closingThanks && massNames[w] && !verbNames[w]
	return closingFollowers[nw] || (strict || thanked) && clauseFollowers[nw]
}

// closingBefore returns the kind of the closing phrase that ends right
// before token i in its turn, or 0.
func (ts *Tokens) closingBefore(i int) closingKind {
	p := ts.prev(i - 1)
	if p < 0 || ts.turn[ts.Toks[p].Last] || ts.Toks[p].Kind != KindWord || !closingLast[ts.Toks[p].Norm] {
		return 0
	}
outer:
	for _, ph := range closingPhrases {
		j := p
		for k := len(ph.words) - 1; k >= 0; k-- {
			if !ts.isWord(j, ph.words[k]) || ts.turn[ts.Toks[j].Last] {
				continue outer
			}
			if k > 0 {
				j = ts.prev(j - 1)
			}
		}
		if ph.kind == closingOpens {
			b := ts.prev(j - 1)
			if b >= 0 && !ts.turn[ts.Toks[b].Last] && !ts.wordIn(b, ackWords) && !ts.isWord(b, "oh", "that's", "so") {
				continue
			}
		}
		return ph.kind
	}
	return 0
}

// closingLast holds the last word of every closing phrase.
var closingLast = func() map[string]bool {
	m := map[string]bool{}
	for _, ph := range closingPhrases {
		m[ph.words[len(ph.words)-1]] = true
	}
	return m
}()
