package redact

import "github.com/callveil/callveil/redact/internal/names"

// One definition of the name-word questions (task speed19). The lowercase
// name rules ask them of tokens, whose answers the token keeps
// (nameclass_speedlower18.go: speechNameAt, lowerNameAt, ...), and other
// rules ask them of strings (speechNameWord, lowerNameWord, ...): both now
// read the rules below through a nameWord, which asks the name lists of a
// string directly and of a token through its kept bits. Before, each
// question had two twin bodies that had to be edited together.

// Each question has its rule (speechRule, lowerNameRule, ...), written
// once; a string asks the rule, a token asks its kept answer, which nameAsk
// fills from the same rule at the question's first ask.

// nameWord is a word the name questions are asked of: token i of ts, whose
// answers the token keeps, when ts is not nil; else the string w alone.
// w is the token's Norm for a token.
type nameWord struct {
	ts *Tokens
	i  int
	w  string
}

// nameWordOf returns the nameWord of the string w.
func nameWordOf(w string) nameWord { return nameWord{w: w} }

// nameWordAt returns the nameWord of token i.
func (ts *Tokens) nameWordAt(i int) nameWord { return nameWord{ts: ts, i: i, w: ts.Toks[i].Norm} }

func (n nameWord) first() bool {
	if n.ts != nil {
		return n.ts.firstNameAt(n.i)
	}
	return names.IsFirstName(n.w)
}

func (n nameWord) surname() bool {
	if n.ts != nil {
		return n.ts.surnameAt(n.i)
	}
	return names.IsSurname(n.w)
}

func (n nameWord) english() bool {
	if n.ts != nil {
		return n.ts.englishAt(n.i)
	}
	return names.IsEnglishWord(n.w)
}

func (n nameWord) common() bool {
	if n.ts != nil {
		return n.ts.commonAt(n.i)
	}
	return names.IsCommonWord(n.w)
}

// plain is plainWord's rule: a hand-listed common word, or a word of the
// general English list in neither name list.
func (n nameWord) plain() bool {
	return n.common() || n.english() && !n.first() && !n.surname()
}

// notSpeech is what speechNameWord turns away before it asks the name
// lists: too short, not letters, a word of speechNotNames, a place or a
// brand (placeOrBrand, placeName).
func (n nameWord) notSpeech() bool {
	if n.ts != nil {
		return n.ts.notSpeechNameAt(n.i)
	}
	return n.notSpeechRule()
}

func (n nameWord) notSpeechRule() bool {
	w := n.w
	return len(w) < 2 || !isAlpha(w) || speechNotNames()[w] || names.IsPlaceOrBrand(w) && !n.first() ||
		names.IsPlace(w) && (!n.first() || names.IsMostlyPlace(w)) || peoplesPlural(w)
}

// speech is speechNameWord (see there).
func (n nameWord) speech(capd, strict bool) bool {
	if n.ts != nil {
		return n.ts.speechNameAt(n.i, capd, strict)
	}
	return n.speechRule(capd, strict)
}

func (n nameWord) speechRule(capd, strict bool) bool {
	if n.notSpeech() {
		return false
	}
	if n.first() {
		return !strict || !n.common()
	}
	if n.surname() {
		return !n.english() && !n.plain() && (capd || strict)
	}
	w := n.w
	return capd && !strict && len(w) >= 3 && hasVowel(w) && !n.english() && !n.plain() && !termEnding(w)
}

// lowerName is lowerNameWord (see there).
func (n nameWord) lowerName() bool {
	if n.ts != nil {
		return n.ts.lowerNameAt(n.i)
	}
	return n.lowerNameRule()
}

func (n nameWord) lowerNameRule() bool {
	if len(n.w) < 3 {
		return false // (a broken-off word: "su suggested")
	}
	return n.speech(false, true) || !n.first() && !n.surname() && n.speech(true, false)
}

// wordFirst is wordFirstName (see there).
func (n nameWord) wordFirst() bool {
	if n.ts != nil {
		return n.ts.wordFirstNameAt(n.i)
	}
	return n.wordFirstRule()
}

func (n nameWord) wordFirstRule() bool {
	w := n.w
	return n.first() && names.FirstNameRank(w) <= 1500 && n.speech(false, false) && !verbNames[w] &&
		!radioAlphabet[w] && !ackWords[w] && !adjectiveLike(w) && !vocativeFollowers[w] && !auxVerbs[w] && !massNames[w]
}

// strictListed is strictListedName (see there).
func (n nameWord) strictListed() bool {
	if n.ts != nil {
		return n.ts.strictListedAt(n.i)
	}
	return n.strictListedRule()
}

func (n nameWord) strictListedRule() bool {
	return n.speech(false, true) && (n.first() || n.surname()) && !n.english()
}
