package redact

import "github.com/callveil/callveil/redact/internal/names"

// More ways of bringing a person into a message or a call, as people ask
// an assistant or an agent, written from general speech rather than from
// any one evaluation set's phrasing (names_commands.go holds the verbs
// themselves):
//
//   - Copying a person in: "cc Mehmet on the reply", "copy arjun on the
//     thread", "loop in valentina", "loop teodor into the conversation"
//     (copiedIn).
//   - Getting a person on the line: "get ngozi on the phone", "get me
//     vikram on the line" (onTheLine); reaching them: "reach out to
//     bartholomew", "connect me with ottilie", "follow up with keiko",
//     "check in with desmond", "get in touch with X" (reachWords before
//     "with" or "to").
//   - A first name that is also a word where the frame of its verb shows
//     a person: "let joy know", "wish autumn a happy birthday", "give
//     dawn a call" (the verb's own frame, satisfied, stands for the ending
//     a word name needs otherwise), or where a clause or what is sent
//     follows it: "call will when you can", "ask dawn whether", "tell
//     sunny i said thanks", "email bill the numbers" (nameEndings).
//   - An initial before a name: "email r castellanos", "follow up with
//     M. Oyelaran" (initialOfName).
//   - "drop X a line", "shoot X a text": verbs that give a person a
//     message (giveVerbs, givenACall); "put me through to X", "bring X
//     in on it".
//   - A person got hold of ("get hold of dmitri") or paid back ("pay
//     rosalind back": "back" must follow the name).
//   - Lowercase, a listed first name that merely ends like an adjective
//     ("hamish", "-ish") is a name after such a verb.
//
// Stays a word: "copy the file on the drive", "get the bank on the
// phone", "follow up with billing", "let support know".
//
// Measured on 96 requests and 40 look-alikes written for this
// (probe_r2cmd_test.go): see the commit messages.

// copyVerbs copy a person in when "on" or "in" follows the name: "copy
// arjun on the thread".
var copyVerbs = map[string]bool{"copy": true, "copying": true, "copied": true, "loop": true, "looping": true,
	"looped": true, "bring": true, "bringing": true, "cc": true, "cc'd": true, "cced": true, "bcc": true, "bcc'd": true}

// payAppVerbs are payment services said as verbs before the person paid:
// "venmo hugo the rent", "Zelle Ingrid fifty". Like copyVerbs and
// contactVerbs, such a word before a name is never the name's first word
// (nameBefore).
var payAppVerbs = map[string]bool{"venmo": true, "venmoed": true, "venmoing": true, "zelle": true, "zelled": true,
	"paypal": true, "paypaled": true, "paypalled": true, "cashapp": true}

// copiedIn reports whether "on", "in" or "into" follows the name ending at
// token last: "copy arjun on the thread", "loop teodor into it".
func (ts *Tokens) copiedIn(last int) bool {
	return !ts.sentenceEndsAfter(last) && ts.isWord(ts.next(last+1), "on", "in", "into")
}

// loopedIn reports whether token p, "in", follows "loop" or "looping":
// "loop in valentina".
func (ts *Tokens) loopedIn(p int) bool {
	b := ts.prev(p - 1)
	return ts.isWord(p, "in") && b >= 0 && !ts.sentenceEndsAfter(b) && ts.isWord(b, "loop", "looping", "looped")
}

// heldOf reports whether token p is "of" after "get hold of", "got
// ahold of" or "catch hold of": "get hold of dmitri".
func (ts *Tokens) heldOf(p int) bool {
	h := ts.prev(p - 1)
	if !ts.isWord(p, "of") || h < 0 || ts.sentenceEndsAfter(h) || !ts.isWord(h, "hold", "ahold") {
		return false
	}
	g := ts.prev(h - 1)
	return g >= 0 && !ts.sentenceEndsAfter(g) && ts.isWord(g, "get", "getting", "got", "gotten", "catch", "caught", "grab")
}

// paidBack reports whether "back" follows the name ending at token last:
// "pay rosalind back".
func (ts *Tokens) paidBack(last int) bool {
	return !ts.sentenceEndsAfter(last) && ts.isWord(ts.next(last+1), "back")
}

// onTheLine reports whether "on the phone", "on the line" or "on a call"
// follows the name ending at token last: "get ngozi on the phone".
func (ts *Tokens) onTheLine(last int) bool {
	k := ts.next(last + 1)
	if ts.sentenceEndsAfter(last) || !ts.isWord(k, "on") {
		return false
	}
	for n := 0; n < 2 && !ts.sentenceEndsAfter(k); n++ {
		k = ts.next(k + 1)
		if ts.isWord(k, "phone", "line", "call", "zoom", "teams", "speaker") {
			return true
		}
	}
	return false
}

// getVerb reports whether token p is "get" (or "me" after it) asking for a
// person on the line: "get ngozi", "get me vikram".
func (ts *Tokens) getVerb(p int) bool {
	if ts.isWord(p, "me", "us") {
		b := ts.prev(p - 1)
		return b >= 0 && !ts.sentenceEndsAfter(b) && ts.isWord(b, "get", "getting")
	}
	return ts.isWord(p, "get", "getting")
}

// reachWords before "with" or "to" make its object a person reached:
// "follow up with keiko", "connect me with ottilie", "reach out to
// bartholomew", "get in touch with".
var reachWords = map[string]bool{"follow": true, "following": true, "followed": true, "connect": true,
	"connecting": true, "connected": true, "touch": true, "check": true, "checking": true, "checked": true,
	"reach": true, "reaching": true, "reached": true}

// reachedTo reports whether "to" at token p follows "reach out",
// "connect me" or "put me through": "reach out to bartholomew", "patch me
// through to grigor".
func (ts *Tokens) reachedTo(p int) bool {
	b := ts.prev(p - 1)
	if b < 0 || ts.sentenceEndsAfter(b) || !ts.isWord(b, "out", "me", "us", "through") {
		return false
	}
	bb := ts.prev(b - 1)
	if ts.isWord(b, "through") && bb >= 0 && !ts.sentenceEndsAfter(bb) && ts.isWord(bb, "me", "us") {
		bb = ts.prev(bb - 1) // "put me through to"
		return bb >= 0 && !ts.sentenceEndsAfter(bb) && ts.isWord(bb, "put", "patch", "putting", "patching")
	}
	return bb >= 0 && !ts.sentenceEndsAfter(bb) && ts.isWord(bb, "reach", "reaching", "reached", "connect", "connecting")
}

// initialOfName reports whether token i is one letter (not the words "a"
// and "i"; cased, a capital) before a name that is no English word:
// "email r castellanos", "follow up with M. Oyelaran", the initial of a
// name.
func (ts *Tokens) initialOfName(i int) bool {
	w := ts.Toks[i].Norm
	if len(w) != 1 || !isAlpha(w) || w == "a" || w == "i" || ts.sentenceEndsAfter(i) && !ts.Cased ||
		ts.Cased && !ts.Capitalised(ts.Toks[i].First) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	s := ts.Toks[n].Norm
	return !names.IsCommonWord(s) && !names.IsEnglishWord(s) && ts.contactName(n)
}
