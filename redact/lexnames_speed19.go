package redact

// Name answers of the lexicon's words (task speed19): the name answers a
// token keeps (nameclass_speedlower18.go) of every word of the lexicon,
// computed once when the lexicon is built, so that a token of such a word
// starts with all its answers and no rule asks the name lists of it. The
// lexicon holds the words of the package's lists, which are most of what
// a call says ("you", "the", "number", "calling"): on the one-hour
// lowercase call these look-ups were a twentieth of Find. A word outside
// the lexicon (a name, a rare word) is asked at its first question as
// before.
//
// The answers are the ones nameAsk keeps for a token of the word, made by
// the same functions on a stream of that one token, so they cannot differ
// from what the lazy path would keep (the answers are pure functions of
// the token's Norm).

// nameQueries is the number of questions nameAsk keeps (nameQuery).
const nameQueries = nqSpeech + 4

// nameAnswersOf returns the name bits a token whose Norm is w keeps once
// every question has been asked of it.
func nameAnswersOf(w string) uint32 {
	ts := &Tokens{Toks: []Token{{Kind: KindWord, Norm: w}}}
	ts.firstNameAt(0)
	ts.surnameAt(0)
	ts.englishAt(0)
	ts.lowerNameAt(0)
	ts.wordFirstNameAt(0)
	ts.strictListedAt(0)
	ts.commonAt(0)
	ts.notSpeechNameAt(0)
	for _, capd := range []bool{false, true} {
		for _, strict := range []bool{false, true} {
			ts.speechNameAt(0, capd, strict)
		}
	}
	b := ts.nameBits[0]
	if all := uint32(1)<<(2*nameQueries) - 1; b|all != all || b&0x55555555&all != 0x55555555&all {
		panic("redact: nameAnswersOf left a name question unasked") // (a question added to nameQuery and not here)
	}
	return b
}
