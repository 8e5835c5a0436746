package redact

import (
	"sync"

	"github.com/callveil/callveil/redact/internal/names"
)

// Name classes (task speedlower18): the answers of the name lists that the
// lowercase name rules ask of a token again and again (is its Norm a
// listed first name, a surname, an English word; speechNameWord,
// lowerNameWord, wordFirstName, strictListedName of it), kept per token
// once asked, so that the thirty-odd rules of the speech-name recognizer
// that gate on them hash the word once per Find instead of once per rule.
// On the one-hour lowercase call these look-ups (names' hashed index,
// maphash, the map accesses of speechNameWord) were a fifth of Find.
//
// The answers are pure functions of the token's Norm, and the tokens do
// not change once built, so a kept answer is exactly the function's:
// ts.lowerNameAt(i) is lowerNameWord(ts.Toks[i].Norm) for any token i.
// Each question has two bits, asked and answer, filled at its first ask
// (a rule that gates on one question does not pay for the others).

// nameQuery is one of the questions kept, numbering its pair of bits.
type nameQuery uint8

const (
	nqFirstName    nameQuery = iota // names.IsFirstName
	nqSurname                       // names.IsSurname
	nqEnglish                       // names.IsEnglishWord
	nqLowerName                     // lowerNameWord
	nqWordFirst                     // wordFirstName
	nqStrictListed                  // strictListedName
	nqCommon                        // names.IsCommonWord
	nqNotSpeech                     // the words speechNameWord turns away whatever it is asked
	nqSpeech                        // speechNameWord(w, capd, strict), four questions: + 2*capd + strict
)

// nameBitsPool keeps the nameBits of calls done with their tokens
// (Tokens.release), as tokenPool keeps the tokens.
var nameBitsPool sync.Pool

// makeNameBits sets ts.nameBits to a cleared slice of one entry a token.
func (ts *Tokens) makeNameBits() {
	if b, _ := nameBitsPool.Get().(*[]uint32); b != nil && cap(*b) >= len(ts.Toks) {
		ts.nameBits = (*b)[:len(ts.Toks)]
		clear(ts.nameBits)
	} else {
		ts.nameBits = make([]uint32, len(ts.Toks))
	}
}

// nameAsk returns f(ts.Toks[i].Norm), the answer to question q of token
// i, from the token's kept bits or by asking f and keeping its answer.
func (ts *Tokens) nameAsk(i int, q nameQuery, f func(string) bool) bool {
	if ts.nameBits == nil {
		ts.makeNameBits()
	}
	asked, yes := uint32(1)<<(2*q), uint32(2)<<(2*q)
	b := ts.nameBits[i]
	if b&asked == 0 {
		v := f(ts.Toks[i].Norm)
		b = ts.nameBits[i] | asked // (f may have kept other answers of the token)
		if v {
			b |= yes
		}
		ts.nameBits[i] = b
	}
	return b&yes != 0
}

// firstNameAt is names.IsFirstName(ts.Toks[i].Norm).
func (ts *Tokens) firstNameAt(i int) bool { return ts.nameAsk(i, nqFirstName, names.IsFirstName) }

// surnameAt is names.IsSurname(ts.Toks[i].Norm).
func (ts *Tokens) surnameAt(i int) bool { return ts.nameAsk(i, nqSurname, names.IsSurname) }

// englishAt is names.IsEnglishWord(ts.Toks[i].Norm).
func (ts *Tokens) englishAt(i int) bool { return ts.nameAsk(i, nqEnglish, names.IsEnglishWord) }

// commonAt is names.IsCommonWord(ts.Toks[i].Norm).
func (ts *Tokens) commonAt(i int) bool { return ts.nameAsk(i, nqCommon, names.IsCommonWord) }

// speechNameAt is speechNameWord(ts.Toks[i].Norm, capd, strict), read
// from the token's kept answers as speechNameWord reads the lists, and
// kept itself. (This and the questions below keep the answer of a rule
// written once, for strings and tokens alike: nameword_speed19.go.)
func (ts *Tokens) speechNameAt(i int, capd, strict bool) bool {
	q := nqSpeech
	if capd {
		q += 2
	}
	if strict {
		q++
	}
	return ts.nameAsk(i, q, func(string) bool { return ts.nameWordAt(i).speechRule(capd, strict) })
}

// notSpeechNameAt reports whether speechNameWord turns token i's Norm
// away before it asks the name lists: too short, not letters, a word of
// speechNotNames, a place or a brand (placeOrBrand, placeName).
func (ts *Tokens) notSpeechNameAt(i int) bool {
	return ts.nameAsk(i, nqNotSpeech, func(string) bool { return ts.nameWordAt(i).notSpeechRule() })
}

// plainWordAt is plainWord(ts.Toks[i].Norm).
func (ts *Tokens) plainWordAt(i int) bool { return ts.nameWordAt(i).plain() }

// lowerNameAt is lowerNameWord(ts.Toks[i].Norm), its parts read from the
// kept bits.
func (ts *Tokens) lowerNameAt(i int) bool {
	return ts.nameAsk(i, nqLowerName, func(string) bool { return ts.nameWordAt(i).lowerNameRule() })
}

// wordFirstNameAt is wordFirstName(ts.Toks[i].Norm).
func (ts *Tokens) wordFirstNameAt(i int) bool {
	return ts.nameAsk(i, nqWordFirst, func(string) bool { return ts.nameWordAt(i).wordFirstRule() })
}

// strictListedAt is strictListedName(ts.Toks[i].Norm).
func (ts *Tokens) strictListedAt(i int) bool {
	return ts.nameAsk(i, nqStrictListed, func(string) bool { return ts.nameWordAt(i).strictListedRule() })
}

// nameWordClass is a set of the name rules' word lists that every token
// of a call is asked of (nicknameAt of itself, roleTitleName,
// surname18Name and contactedName of the word before it), one bit each, kept in the Token
// from the same look-up of the lowercase word as the other word tables
// (lexicon), as wordClass is. The lists are unchanged after the package's
// init, so a bit says exactly what the map says: tk.ncl.has(ncNickname)
// is nicknameWords[tk.Norm].
type nameWordClass uint8

const (
	ncNickname      nameWordClass = 1 << iota // nicknameWords (names_nickname_words.go)
	ncRoleTitle                               // roleTitles (names_person16.go)
	ncSurnameLead18                           // surnameLeads18 (names_surname18.go)
	ncContactLead                             // contactLeads (commands_gate_speed17.go)
)

// has reports whether c holds any of the lists of d.
func (c nameWordClass) has(d nameWordClass) bool { return c&d != 0 }

// nameWordClasses maps each word of the lists to its classes, built at
// first use like wordClasses.
var nameWordClasses = sync.OnceValue(func() map[string]nameWordClass {
	m := map[string]nameWordClass{}
	for _, l := range []struct {
		c   nameWordClass
		set map[string]bool
	}{{ncNickname, nicknameWords}, {ncRoleTitle, roleTitles}, {ncSurnameLead18, surnameLeads18}, {ncContactLead, contactLeads()}} {
		for w, in := range l.set {
			if in {
				m[w] |= l.c
			}
		}
	}
	return m
})
