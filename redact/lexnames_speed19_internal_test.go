package redact

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact/internal/names"
)

// nameQuestionFuncs returns, per nameQuery, the string function whose
// answer a token keeps for it.
func nameQuestionFuncs() [nameQueries]func(string) bool {
	var fs [nameQueries]func(string) bool
	fs[nqFirstName] = names.IsFirstName
	fs[nqSurname] = names.IsSurname
	fs[nqEnglish] = names.IsEnglishWord
	fs[nqLowerName] = lowerNameWord
	fs[nqWordFirst] = wordFirstName
	fs[nqStrictListed] = strictListedName
	fs[nqCommon] = names.IsCommonWord
	fs[nqNotSpeech] = func(w string) bool {
		return len(w) < 2 || !isAlpha(w) || speechNotNames()[w] || placeOrBrand(w) || placeName(w)
	}
	for k := range 4 {
		capd, strict := k&2 != 0, k&1 != 0
		fs[nqSpeech+nameQuery(k)] = func(w string) bool { return speechNameWord(w, capd, strict) }
	}
	return fs
}

// The lexicon keeps every name answer of each of its words (lexnames_speed19.go),
// all asked, each the string function's.
func TestLexNames_SeededAnswersAreTheFunctions(t *testing.T) {
	fs := nameQuestionFuncs()
	lex := lexicon()
	ws := make([]string, 0, len(lex))
	for w := range lex {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	require.Greater(t, len(ws), 1000)
	for _, w := range ws {
		b := lex[w].names
		for q, f := range fs {
			require.NotZero(t, b&(1<<(2*q)), "question %d of %q not asked", q, w)
			assert.Equal(t, f(w), b&(2<<(2*q)) != 0, "question %d of %q", q, w)
		}
	}
}

// A token of a lexicon word starts with the word's answers, and they are
// what the lazy path keeps asked in any order; a token of another word, or
// of more words than one, starts with none asked.
func TestLexNames_TokensStartWithTheWordsAnswers(t *testing.T) {
	ts := turnTokens(t, "so blorvath said my account is nine four two and will calls mark tomorrow about the bill", false)
	lex := lexicon()
	fs := nameQuestionFuncs()
	rng := rand.New(rand.NewPCG(19, 1))
	seeded, multi, unlisted := 0, 0, 0
	for i, tk := range ts.Toks {
		in, ok := lex[tk.Norm]
		switch {
		case tk.First != tk.Last:
			assert.Zero(t, ts.nameBits[i], "%q: a token of %d words", tk.Norm, tk.Last-tk.First+1)
			multi++
		case ok:
			assert.Equal(t, in.names, ts.nameBits[i], "%q", tk.Norm)
			seeded++
		default:
			assert.Zero(t, ts.nameBits[i], "%q: no lexicon word", tk.Norm)
			unlisted++
		}
		// The lazy path, asked in a shuffled order on a fresh stream of the
		// one token, keeps the same answers.
		one := &Tokens{Toks: []Token{{Kind: KindWord, Norm: tk.Norm}}}
		for _, q := range rng.Perm(len(fs)) {
			assert.Equal(t, fs[q](tk.Norm), askNameQuestion(one, nameQuery(q)), "question %d of %q", q, tk.Norm)
		}
		if ok {
			assert.Equal(t, in.names, one.nameBits[0], "%q", tk.Norm)
		}
	}
	assert.Greater(t, seeded, 8)
	assert.Positive(t, multi, "a number of three words")
	assert.Positive(t, unlisted, "blorvath")
}

// askNameQuestion asks token 0 of ts question q through its accessor.
func askNameQuestion(ts *Tokens, q nameQuery) bool {
	switch q {
	case nqFirstName:
		return ts.firstNameAt(0)
	case nqSurname:
		return ts.surnameAt(0)
	case nqEnglish:
		return ts.englishAt(0)
	case nqLowerName:
		return ts.lowerNameAt(0)
	case nqWordFirst:
		return ts.wordFirstNameAt(0)
	case nqStrictListed:
		return ts.strictListedAt(0)
	case nqCommon:
		return ts.commonAt(0)
	case nqNotSpeech:
		return ts.notSpeechNameAt(0)
	}
	k := q - nqSpeech
	return ts.speechNameAt(0, k&2 != 0, k&1 != 0)
}
