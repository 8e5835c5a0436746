package redact

import "github.com/callveil/callveil/transcript"

// Helpers of crossname19's rules (names_cross19b.go): a name they find
// counts again where it recurs in the call, and the word after a word on
// its speaker's turn.

// closedNamesAgain is repeatedNames for the names of found[closed] only
// (those surnamesAfterBarePreposition or possessivesOfNoList found):
// their words said again elsewhere in the call ("not haverkamp again"
// after "a memo from haverkamp i think"). A name another rule found is
// left to the passes that ran for it.
func closedNamesAgain(t *transcript.Transcript, lower []string, cased bool, found []Finding, closed []int, typeAt []Type) []Finding {
	only := make([]Type, len(typeAt))
	for w, typ := range typeAt {
		if typ != "" {
			only[w] = Number // (taken: repeatedNames skips it and reads no name from it)
		}
	}
	for _, fi := range closed {
		for w := found[fi].FirstWord; w <= found[fi].LastWord; w++ {
			only[w] = Person
		}
	}
	return repeatedNames(t, lower, cased, found, only)
}

// sameTurnNext is the next word on transcript word i's channel when the
// same speaker says it, else -1.
func sameTurnNext(t *transcript.Transcript, i int) int {
	for j := i + 1; j < len(t.Words) && j < i+40; j++ {
		if t.Words[j].Channel == t.Words[i].Channel {
			if t.Words[j].Speaker != t.Words[i].Speaker {
				return -1
			}
			return j
		}
	}
	return -1
}

// indicesFrom returns from, from+1, ..., to-1.
func indicesFrom(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
