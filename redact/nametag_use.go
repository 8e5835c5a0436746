package redact

import "github.com/callveil/callveil/redact/internal/names"

// Where the person recognizer asks the name model (nametag.go): only in a
// lowercase transcript, where no capital tells a name from words, and
// only where its rules cannot decide: how much of the answer to a
// question for a name is the name.

// Thresholds on the model's score (its units: averaged perceptron
// updates; a person's name of the training data scores about 10 to 40, a
// name with an ordinary word after it about -10 to -40).
const (
	// nameRunMin is the score the words of an answer to a question for a
	// name must reach to be the name, all of them.
	nameRunMin = 8
	// nameRunMax is how many words of such an answer the model reads.
	nameRunMax = 4
)

// nameAnswerRun returns the last token of the words from token i to the end
// of the speaker's answer to a question for a name (answersNameQuestion:
// "what's the name on the account?" "sure it's oluwadamilare k adeyinka"),
// when they are two to nameRunMax words or spelled letters that end the
// sentence or the turn, or run up to a word that never starts a name
// ("... but everyone calls me ..."), the first is no ordinary word (not
// "daughter ...", "perfect ..."), and the name model takes all of them for
// a name; else -1.
func (ts *Tokens) nameAnswerRun(i int) int {
	if ts.Cased {
		return -1
	}
	if !nameRunOpener(ts.Toks[i].Norm) {
		return -1
	}
	last, n := -1, 0
	for j := i; j < len(ts.Toks); j = ts.next(j + 1) {
		tk := &ts.Toks[j]
		if tk.Kind != KindWord && tk.Kind != KindLetters {
			break
		}
		w := tk.Norm
		if personStop[w] || nameAnswerLeadIns[w] || deskWords[w] || spokenSymbol(w) || !isAlpha(w) {
			break
		}
		if n++; n > nameRunMax {
			return -1
		}
		last = j
		if ts.sentenceEndsAfter(j) || ts.turn[tk.Last] {
			break
		}
	}
	if n < 2 || !ts.answersNameQuestion(ts.Words[ts.Toks[i].First]) || ts.nameScore(i, last) < nameRunMin {
		return -1
	}
	return last
}

// nameRunOpener reports whether w may open a name nameAnswerRun reads: a
// surname's particle, or no ordinary word (a listed first name of the
// 1,200 most frequent may be one: "grace", "will").
func nameRunOpener(w string) bool {
	return nameParticles[w] || !names.IsCommonWord(w) &&
		!(names.IsEnglishWord(w) && !(names.IsFirstName(w) && names.FirstNameRank(w) <= 1200))
}

// spokenSymbol reports whether w names a symbol read out in an address, a
// link or a user name ("dot", "underscore", "colon").
func spokenSymbol(w string) bool {
	return symbolWords[w] || emailConnectors[w] || w == "colon" || w == "semicolon" || w == "backslash"
}
