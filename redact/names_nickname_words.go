package redact

import "strings"

// Nicknames that are words. "Buzz", "Chip", "Skip", "Buddy", "Sunny",
// "Deke", "Butch", "Spike": a person is called by a word that the name
// lists hold as a word or not at all, so the speech rules, which take a
// name said to someone or doing something only when it is no plain word
// (speechNameWord), pass it by ("Stand by, Buzz.", "tell Chip not to").
// nicknameAt takes a nickname of the hand-written list below where the
// mention itself says it is a person:
//
//   - cased, capitalised inside its sentence and after no article or
//     possessive ("Okay, Buzz, I'm going to", "You might tell Skip not
//     to"; not "the Chip" nor "Buzz" opening a sentence);
//   - after "this is" ending the sentence or the turn ("this is Deke"),
//     or before "and I" ("Sunny and I will"), in either style, where it
//     opens its sentence or follows a comma or a conjunction (not "it was
//     sunny and I", "I hit skip and I").
//
// The name said again elsewhere in the call, also where its own words do
// not tell (opening a sentence before a verb, "Buzz is reading it";
// lowercase "so buzz said"), is marked by the rule of names said again
// (names_propagate.go: nameSlotAgain), which this feeds. What it cannot
// do: a nickname said only once, in lowercase, with no "this is" or "and
// I" ("okay buzz go ahead"); a nickname off the list ("Moose"). It reads
// two words either side.
var nicknameWords = withWords(map[string]bool{}, "buzz", "chip", "skip", "skipper", "buddy", "bud", "sunny",
	"sonny", "deke", "butch", "spike", "duke", "ace", "rusty", "dusty", "sandy", "slim", "tex", "biff", "kip",
	"scooter", "boomer", "smokey", "lefty", "shorty", "red", "buck", "hank", "chuck", "gus", "ike", "deacon",
	"cooper", "gordo", "wally", "pete", "digger", "bubba", "junior", "sparky", "happy", "lucky", "bunny", "missy",
	"babe", "champ", "corky", "flip", "moe", "skeeter", "dutch", "tiger", "whitey", "woody", "stretch")

// nicknameAt reports whether token i is a nickname of the list said where
// the mention itself makes it a person's (see above).
func (ts *Tokens) nicknameAt(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last || ts.Cased && !ts.Capitalised(tk.First) || !tk.ncl.has(ncNickname) {
		// (cased, every form below is capitalised: the cheap test first)
		return false
	}
	p := ts.prev(i - 1)
	if p >= 0 && !ts.sentenceEndsAfter(p) && ts.Toks[p].Kind == KindWord && determinersBefore[ts.Toks[p].Norm] && ts.Word(ts.Toks[p].Last).Punct == "" {
		return false // "the chip", "my buddy"
	}
	inside := p >= 0 && !ts.sentenceEndsAfter(p) && !ts.turn[ts.Toks[p].Last] // (after "Okay," too, which SentenceStart skips)
	if ts.Cased && ts.Capitalised(tk.First) && inside {
		n := ts.next(i + 1)
		return ts.sentenceEndsAfter(i) || n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || !ts.Capitalised(ts.Toks[n].First) ||
			ts.Toks[n].Norm == "i" || strings.HasPrefix(ts.Toks[n].Norm, "i'") // (not "Chip Tracker", a thing's name; "Chip, I'm" is)
	}
	if ts.Cased && !ts.Capitalised(tk.First) {
		return false
	}
	if p >= 0 && !ts.sentenceEndsAfter(p) && ts.Toks[p].Norm == "is" {
		if q := ts.prev(p - 1); q >= 0 && !ts.sentenceEndsAfter(q) && ts.Toks[q].Norm == "this" && (ts.sentenceEndsAfter(i) || ts.turn[tk.Last]) {
			return true // "this is deke"
		}
	}
	n := ts.next(i + 1)
	return n+1 < len(ts.Toks) && !ts.sentenceEndsAfter(i) && ts.Toks[n].Norm == "and" && !ts.sentenceEndsAfter(n) && ts.Toks[n+1].Norm == "i" &&
		(!inside || ts.Word(ts.Toks[p].Last).Punct == "," || ts.isWord(p, nicknamePairOpeners...))
}

// nicknamePairOpeners may come right before "<nickname> and I" inside a
// sentence; any other word makes the nickname its complement ("it was
// sunny and I", "I hit skip and I": task review16).
var nicknamePairOpeners = []string{"so", "and", "but", "then", "well", "yeah", "yes", "okay", "ok", "um", "uh",
	"me", "with", "because", "cause", "when", "while", "since", "after", "before", "if", "where", "both"}
