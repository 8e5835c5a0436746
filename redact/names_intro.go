package redact

import "github.com/callveil/callveil/redact/internal/names"

// An agent's own name, said as agents introduce themselves in the first
// words of a turn, even when the name is also a word or in no list:
//
//   - after "this is", "it's", "I'm" or "my name is", before the team:
//     "this is honey at the order desk", "This is Laurent Bigot with the
//     billing team" (a surname that is a word, too);
//   - after a greeting, before "here": "Hi, Bas here, I'm picking up";
//   - after "you're through to" or "you're speaking with", ending the
//     sentence or before what the agent says next: "you're through to
//     Sunday. How is the name written?".
//
// Words stay words: "this is urgent with the billing team", "it's me from
// billing", "I'm new on the claims team", "hi, everyone here", "you're
// through to billing".
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Names as
// people say them: commands and introductions (set9 dev half)".

// introNotNames are words that follow "this is" or "I'm" before a team
// but are no one's name.
var introNotNames = map[string]bool{"nothing": true, "something": true, "everything": true, "anything": true,
	"only": true, "currently": true, "based": true, "part": true, "working": true, "over": true, "out": true,
	"off": true, "up": true, "down": true, "away": true, "available": true, "responsible": true, "done": true,
	"through": true, "transferring": true, "connecting": true, "reaching": true, "passing": true, "taking": true,
	"handling": true, "voicemail": true, "somebody": true, "nobody": true, "anybody": true, "someone": true,
	"team": true, "line": true, "desk": true, "agent": true, "manager": true, "supervisor": true, "representative": true,
	"rep": true, "advisor": true, "adviser": true, "member": true, "specialist": true, "technician": true,
	// a desk that answers ("Good morning, Reception here."), beside
	// deskWords
	"reception": true, "switchboard": true, "maintenance": true, "housekeeping": true, "concierge": true,
	"operator": true, "triage": true, "radiology": true, "facilities": true, "underwriting": true,
	"recruiting": true, "accounting": true, "management": true, "customer": true}

// introTeamEnds end the team an agent names after "with", "at", "from",
// "in" or "on": "the order desk", "the billing team".
var introTeamEnds = map[string]bool{"desk": true, "team": true, "line": true, "department": true, "office": true,
	"center": true, "centre": true, "unit": true, "group": true, "side": true}

// agentIntroduced returns the last token of an agent's own name starting
// at token i, as the comment above describes, and whether there is one.
func (ts *Tokens) agentIntroduced(i int) (int, bool) {
	p := ts.prev(i - 1)
	if p < 0 || !ts.isWord(p, "is", "it's", "i'm", "im", "am", "to", "with", "hi", "hello", "hey", "morning", "afternoon", "evening") ||
		ts.sentenceEndsAfter(p) || !ts.introWord(i) || ts.turnPos(i) > 8 {
		return i, false // (the word before first: it rules out most words at once)
	}
	w := ts.Toks[i].Norm
	cue := ts.isWord(p, "is", "it's", "i'm", "im", "am") && (ts.isWord(p, "it's", "i'm", "im") ||
		ts.isWord(ts.prev(p-1), "this", "name", "i"))
	through := ts.isWord(p, "to", "with") && ts.isWord(ts.prev(p-1), "through", "speaking") && ts.isWord(ts.prev(ts.prev(p-1)-1), "you're", "youre")
	greeted := ts.isWord(p, "hi", "hello", "hey", "morning", "afternoon", "evening")
	if !cue && !through && !greeted {
		return i, false
	}
	// A second word before the team is the surname, word or not.
	last := i
	if n := ts.next(i + 1); n < len(ts.Toks) && !ts.sentenceEndsAfter(i) && (cue || through) && ts.introWord(n) && ts.teamAfter(n) {
		last = n
	}
	if _, month := months[w]; (month || weekdays[w]) && !through {
		return i, false // "it's Friday at the help desk" (but "you're through to Sunday")
	}
	switch {
	case (cue || through) && ts.teamAfter(last):
		return last, ts.Cased && ts.Capitalised(ts.Toks[i].First) || !ts.Cased
	case greeted && ts.hereAfter(i):
		return i, ts.Cased && ts.Capitalised(ts.Toks[i].First) || !ts.Cased && (ts.firstNameAt(i) || !ts.englishAt(i))
	case through && (ts.sentenceEndsAfter(i) || ts.next(i+1) >= len(ts.Toks) ||
		!ts.Cased && ts.isWord(ts.next(i+1), "how", "what", "what's", "who", "how's", "may", "can", "could", "i", "i'll", "hi", "hello", "thanks", "thank")):
		return i, ts.Cased && ts.Capitalised(ts.Toks[i].First) || !ts.Cased
	}
	return i, false
}

// introWord reports whether token i can be a name an agent gives: a word
// of letters that no rule says is something else.
func (ts *Tokens) introWord(i int) bool {
	t := &ts.Toks[i]
	if t.Kind != KindWord {
		return false
	}
	w := t.Norm
	return len(w) >= 2 && isAlpha(w) && !personStop[w] && !introNotNames[w] && !contactNotNames[w] && !deskWords[w] &&
		!organisationWords[w] && !nameAnswerLeadIns[w] && (!adjectiveLike(w) || names.IsFirstName(w)) && !placeOrBrand(w) && !introTeamEnds[w]
}

// teamAfter reports whether the words after token i name the agent's
// team: "with", "at", "from", "in" or "on", then within three words a
// word of a team or desk ("with the billing team", "from card services").
func (ts *Tokens) teamAfter(i int) bool {
	if ts.sentenceEndsAfter(i) {
		return false
	}
	j := ts.next(i + 1)
	if !ts.isWord(j, "with", "at", "from", "in", "on") {
		return false
	}
	for k, n := ts.next(j+1), 0; k < len(ts.Toks) && n < 3; k, n = ts.next(k+1), n+1 {
		if ts.Toks[k].Kind == KindWord && (deskWords[ts.Toks[k].Norm] || introTeamEnds[ts.Toks[k].Norm]) {
			return true
		}
		if ts.sentenceEndsAfter(k) {
			break
		}
	}
	return false
}

// hereAfter reports whether "here" follows token i and ends its clause:
// "Bas here, I'm picking up", "bas here how can I help".
func (ts *Tokens) hereAfter(i int) bool {
	if ts.sentenceEndsAfter(i) {
		return false
	}
	j := ts.next(i + 1)
	if !ts.isWord(j, "here") {
		return false
	}
	return ts.sentenceEndsAfter(j) || ts.next(j+1) >= len(ts.Toks) || !ts.Cased && ts.isWord(ts.next(j+1), "how", "what", "who", "may",
		"can", "i", "i'm", "i'll", "i've", "from", "with", "calling", "returning", "following", "picking", "just", "thanks") ||
		ts.Cased && ts.Word(ts.Toks[j].Last).Punct != ""
}
