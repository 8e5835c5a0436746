package redact_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// typed returns the findings of type ty in tr as their words, joined.
func typed(t *testing.T, tr *transcript.Transcript, p redact.Policy, ty redact.Type) []string {
	t.Helper()
	fs, err := redact.Find(tr, p)
	require.NoError(t, err)
	var out []string
	for _, f := range fs {
		if f.Type != ty {
			continue
		}
		var ws []string
		for i := f.FirstWord; i <= f.LastWord; i++ {
			if tr.Words[i].Channel == f.Channel {
				ws = append(ws, tr.Words[i].Text)
			}
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

// A name between a title (or a name found) and a credential is the name,
// whatever the recogniser heard it as; without the credential, or when
// the words are a place or a thing, nothing more is flagged.
func TestFind_NameClosedByACredential(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct{ said, want string }{
		{"okay so that's booked with doctor petra oh shell grin m d for friday", "doctor petra oh shell grin m d"},
		{"you'll be seeing dr hollis we tell maryland next week", "dr hollis we tell maryland"},
		{"the clinic has dr a noon to bay in maryland on call", "a noon to bay in maryland"},
		{"your dentist will be dr carmen the sue at d d s", "dr carmen the sue at d d s"},
	} {
		tr := recognisedCall(stereoCall, "C: who will i see", "A: "+tc.said)
		assert.Contains(t, typed(t, tr, p, redact.Person), tc.want, tc.said)
	}
	for _, said := range []string{
		"dr hollis will call you from maryland",           // a clause after the name
		"dr hollis moved to maryland last year",           // a place after "to"
		"dr hollis said you should rest for a week",       // no credential: no end to the name
		"the clinic is in baltimore maryland",             // no title, no name
		"a doctor in maryland can sign it",                // nothing between title and credential
		"dr hollis has an office near annapolis maryland", // a place after "near"
	} {
		tr := recognisedCall(stereoCall, "C: who will i see", "A: "+said)
		for _, got := range typed(t, tr, p, redact.Person) {
			assert.NotContains(t, []string{"visits", "moved", "said", "clinic", "office"}, strings.Fields(got)[len(strings.Fields(got))-1],
				"%s: %q", said, got)
			assert.LessOrEqual(t, len(strings.Fields(got)), 2, "%s: %q", said, got)
		}
	}
}

// A digit heard as the word that sounds like it ("to", "for", "of" for
// "oh") at the start of an answer belongs to the number found after it;
// mid-turn the same words are prepositions.
func TestFind_DigitSoundAlikeOpensTheAnswer(t *testing.T) {
	p := redact.DefaultPolicy()
	tr := recognisedCall(stereoCall, "A: and your date of birth please", "C: to seventeen nineteen eighty five")
	assert.Equal(t, []string{"to seventeen nineteen eighty five"}, typed(t, tr, p, redact.DOB))

	tr = recognisedCall(stereoCall, "A: and what's the expiration date on the card", "C: of five thirty")
	assert.Equal(t, []string{"of five thirty"}, typed(t, tr, p, redact.CardExpiry))

	tr = recognisedCall(monoUnlabeled, "A: and your date of birth please", "~", "C: yes to seventeen nineteen eighty five")
	assert.Equal(t, []string{"to seventeen nineteen eighty five"}, typed(t, tr, p, redact.DOB), "after a lead-in, no speaker labels")

	// a day heard with "to" for its ordinal's end, then the year
	tr = recognisedCall(stereoCall, "A: and your date of birth please", "C: august fifteen to nineteen sixty two")
	assert.Equal(t, []string{"august fifteen to nineteen sixty two"}, typed(t, tr, p, redact.DOB))
	tr = recognisedCall(stereoCall, "A: and your date of birth please", "C: august fifteen", "A: to nineteen sixty two")
	assert.Equal(t, []string{"august fifteen"}, typed(t, tr, p, redact.DOB), "the year said by the other speaker")
	tr = recognisedCall(stereoCall, "A: and your date of birth please", "C: august fifteen to nineteen i think")
	for _, got := range typed(t, tr, p, redact.DOB) {
		assert.NotContains(t, got, "nineteen", "no year after 'to': a range of days, not joined")
	}

	// hard negatives: the preposition mid-turn
	tr = recognisedCall(stereoCall, "A: how do i reach you", "C: you can call me back to five five five two one two three four five six seven")
	assert.Equal(t, []string{"five five five two one two three four five six seven"}, typed(t, tr, p, redact.Phone))
	tr = recognisedCall(stereoCall, "A: and your date of birth please", "C: it was moved to june third nineteen eighty")
	for _, got := range typed(t, tr, p, redact.DOB) {
		assert.False(t, strings.HasPrefix(got, "to "), "a preposition mid-turn: %q", got)
	}
	tr = recognisedCall(stereoCall, "A: how much was it", "C: for twelve dollars")
	fs, err := redact.Find(tr, p)
	require.NoError(t, err)
	assert.Empty(t, fs, "a price after 'for' is no PII")
}

// The answer rule's modes: one value asked (AnswersOne, the default and
// the zero Policy's) flags the answer to a question for one value only,
// AnswersAll also splits the answer to a question for two, AnswersOff
// flags none.
func TestFind_AnswerModes(t *testing.T) {
	one, off := redact.DefaultPolicy(), redact.DefaultPolicy()
	one.Answers, off.Answers = redact.AnswersOne, redact.AnswersOff
	tr := recognisedCall(stereoCall, "A: what's the best number to reach you", "C: uh yeah it's nine to five nine nine debut")
	assert.Equal(t, []string{"PHONE: nine to five nine nine debut"}, answered(t, tr, redact.DefaultPolicy()), "on by default")
	assert.Equal(t, []string{"PHONE: nine to five nine nine debut"}, answered(t, tr, redact.Policy{}), "on in the zero Policy")
	assert.Empty(t, answered(t, tr, off), "AnswersOff")
	assert.Equal(t, []string{"PHONE: nine to five nine nine debut"}, answered(t, tr, one))
	assert.Equal(t, []string{"PHONE: nine to five nine nine debut"}, answered(t, tr, answersOn()))

	tr = recognisedCall(stereoCall, "C: what's the address and contact number",
		"A: i q you why do you and i for the last sunday already", "C: thanks")
	assert.Empty(t, answered(t, tr, one), "two values asked: only AnswersAll splits the answer")
	assert.Len(t, answered(t, tr, answersOn()), 2)

	for s, want := range map[string]redact.AnswerMode{"off": redact.AnswersOff, "one": redact.AnswersOne,
		"all": redact.AnswersAll, "true": redact.AnswersAll, "false": redact.AnswersOff, "All": redact.AnswersAll} {
		m, err := redact.ParseAnswerMode(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, m, s)
		if s == strings.ToLower(s) && s != "true" && s != "false" {
			assert.Equal(t, s, m.String())
		}
	}
	_, err := redact.ParseAnswerMode("yes please")
	assert.True(t, errors.Is(err, redact.ErrAnswerMode), "%v", err)
}

// A stall before a pause ("i ...", "huh ...") is not the value; a stall
// that is all the answer is stays flagged (it may be the value misheard).
func TestFind_AnswerLeavesOutAStall(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: what's your phone number", "C: huh _ shoot i two three three")
	assert.Equal(t, []string{"PHONE: shoot i two three three"}, answered(t, tr, answersOn()))
	tr = recognisedCall(stereoCall, "A: what's your phone number", "C: i _ i i")
	assert.Equal(t, []string{"PHONE: i i i"}, answered(t, tr, answersOn()))
	tr = recognisedCall(stereoCall, "A: what's your phone number", "C: i owe a wheat")
	assert.Equal(t, []string{"PHONE: i owe a wheat"}, answered(t, tr, answersOn()), "no pause: no stall")
}

// Answers that are no value of the type asked, from written dialogue: a
// business's name asked in a call without turns, "okay got it" after
// "change of address", a pronoun after "send money to", "is it ...?"
// after "your credit card", and where something happened.
func TestFind_AnswerPrecisionOnWrittenTalk(t *testing.T) {
	for _, tc := range []struct {
		layout callLayout
		turns  []string
	}{
		{monoUnlabeled, []string{"A: sure business name", "~", "C: lavender and june boutique"}},
		{monoUnlabeled, []string{"A: mark the box that says change of address", "C: okay got it ~ why did my bill go up"}},
		{stereoCall, []string{"A: that isn't a valid card number please don't send money to it"}},
		{stereoCall, []string{"C: the money came from my credit card", "A: from your credit card is it private"}},
		{stereoCall, []string{"A: where did it happen", "C: at the corner of fifth and maple near the quick stop"}},
	} {
		tr := recognisedCall(tc.layout, tc.turns...)
		assert.Empty(t, answered(t, tr, answersOn()), "%v", tc.turns)
	}
}

// A name spelled letter by letter that the recogniser wrote as words ("be
// are oh double you en") is the name, after a spelling cue or in answer
// to a request for a spelling; everyday words that happen to be letters
// ("you are oh why") are none.
func TestFind_SpelledLettersHeardAsWords(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct{ question, answer, want string }{
		{"could you spell the surname for me", "sure it's be are oh double you en", "be are oh double you en"},
		{"and the last name", "it's okafor spelled oh kay a eff oh are", "oh kay a eff oh are"},
		{"how do you spell your first name", "dee ee are ee kay", "dee ee are ee kay"},
	} {
		tr := recognisedCall(stereoCall, "A: "+tc.question, "C: "+tc.answer)
		assert.Contains(t, typed(t, tr, p, redact.Person), tc.want, tc.answer)
	}
	tr := recognisedCall(stereoCall, "A: could you spell the email part before the at", "C: jay oh en ee ess")
	assert.Equal(t, []string{"jay oh en ee ess"}, typed(t, tr, p, redact.Email), "an email's spelling")

	for _, tc := range []struct{ question, answer string }{
		{"could you spell that", "you are oh why"},            // no letter that is no everyday word
		{"how are you today", "i see you are okay"},           // no spelling asked
		{"could you spell that", "el"},                        // fewer than three letters
		{"what's the plan", "we'll see you at the ex em tee"}, // no spelling cue
	} {
		tr := recognisedCall(stereoCall, "A: "+tc.question, "C: "+tc.answer)
		fs, err := redact.Find(tr, p)
		require.NoError(t, err)
		// (Nothing at all: stricter than no "spelled-sound-alike" in any
		// finding's Recognizer.)
		assert.Empty(t, fs, tc.answer)
	}
}

// A spoken email whose "at" or "dot" the recogniser wrote as another word
// ("add gmail", "yahoo dog com") is one email when email was talked of;
// without such talk the same words are sites, not an address.
func TestFind_EmailAtAndDotHeardAsOtherWords(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct{ answer, want string }{
		{"it's amara okafor add gmail dot com", "amara okafor add gmail dot com"},
		{"sure it's bao tran and gmail dot com thanks", "bao tran and gmail dot com"},
		{"priya shah nineteen at yahoo dog com", "priya shah nineteen at yahoo dog com"},
		{"it's t n g forty two had outlook dot com", "t n g forty two had outlook dot com"},
		{"it's lena moss at g mail that calm", "lena moss at g mail that calm"},
	} {
		tr := recognisedCall(stereoCall, "A: what's the best email for you", "C: "+tc.answer)
		assert.Equal(t, []string{tc.want}, typed(t, tr, p, redact.Email), tc.answer)
	}
	for _, answer := range []string{
		"i compared yahoo and gmail dot com before",
		"i think that gmail dot com is down",
		"my son had outlook dot com open",
	} {
		tr := recognisedCall(stereoCall, "A: what happened there", "C: "+answer)
		assert.Empty(t, typed(t, tr, p, redact.Email), answer)
	}
}

// The digits after a number's cue that the recogniser broke with a
// sound-alike ("to" for two) or opened with a word that is no digit are
// one number of the cue's type; the same run with no cue, a clean run, or
// talk about the number ("is still ...", "is like ...") is left to the
// number recognizers.
func TestFind_CuedDigitsBrokenByTheRecogniser(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct{ said, want string }{
		{"the phone number is poorly eighty three one six eight two two six", "poorly eighty three one six eight two two six"},
		{"my phone number is one two zero six seven to eight seven six six six", "one two zero six seven to eight seven six six six"},
		{"sure my card number is four one for one six two two nine oh one eight three", "four one for one six two two nine oh one eight three"},
	} {
		tr := recognisedCall(stereoCall, "A: okay go ahead", "C: "+tc.said)
		fs, err := redact.Find(tr, p)
		require.NoError(t, err)
		var got []string
		for _, f := range fs {
			var ws []string
			for i := f.FirstWord; i <= f.LastWord; i++ {
				ws = append(ws, tr.Words[i].Text)
			}
			got = append(got, string(f.Type)+": "+strings.Join(ws, " "))
		}
		assert.Condition(t, func() bool {
			for _, g := range got {
				if strings.HasSuffix(g, ": "+tc.want) {
					return true
				}
			}
			return false
		}, "%s: %v", tc.said, got)
	}
	for _, said := range []string{
		"the phone number is still eighty three one six eight two two six", // talk about the number
		"my account number is like one two three four five six seven",      // "like"
		"i counted to eighty three one six eight two two six times",        // no cue
	} {
		tr := recognisedCall(stereoCall, "A: okay go ahead", "C: "+said)
		fs, err := redact.Find(tr, p)
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotContains(t, f.Recognizer, "digit-run", "%s: %+v", said, f)
			for _, w := range []string{"still", "like", "counted", "to"} {
				if f.FirstWord <= f.LastWord && tr.Words[f.FirstWord].Text == w {
					t.Errorf("%s: a finding opens with %q", said, w)
				}
			}
		}
	}
}

// The recogniser-form rules keep to the Policy like the recognizers: a
// type turned off is not reported, nor a finding scoring below MinScore,
// and a type turned on is found without the others ("jay oh en ee ess"
// spelled for an email is EMAIL with PERSON off).
func TestFind_ASRFormsKeepToThePolicy(t *testing.T) {
	calls := [][]string{
		{"A: okay go ahead", "C: my phone number is one two zero six seven to eight seven six six six"},
		{"A: okay go ahead", "C: sure my card number is four one for one six two two nine oh one eight three"},
		{"A: who will i see", "C: you'll be seeing dr hollis we tell maryland next week"},
		{"A: could you spell the surname for me", "C: sure it's be are oh double you en"},
		{"A: could you spell the email part before the at", "C: jay oh en ee ess"},
		{"A: what's the best email for you", "C: it's amara okafor add gmail dot com"},
		{"A: and your date of birth please", "C: to seventeen nineteen eighty five"},
	}
	for _, turns := range calls {
		tr := recognisedCall(stereoCall, turns...)
		for _, on := range []redact.Type{redact.Email, redact.Person, redact.DOB, redact.Phone} {
			p := redact.DefaultPolicy()
			p.Types = map[redact.Type]bool{on: true}
			fs, err := redact.Find(tr, p)
			require.NoError(t, err)
			for _, f := range fs {
				assert.Equal(t, on, f.Type, "%s: only %s on: %+v", turns[1], on, f)
			}
		}
		p := redact.DefaultPolicy()
		p.MinScore = 0.9
		fs, err := redact.Find(tr, p)
		require.NoError(t, err)
		for _, f := range fs {
			assert.GreaterOrEqual(t, f.Score, 0.9, "%s: %+v", turns[1], f)
		}
	}
	tr := recognisedCall(stereoCall, "A: could you spell the email part before the at", "C: jay oh en ee ess")
	assert.Equal(t, []string{"jay oh en ee ess"},
		typed(t, tr, redact.Policy{Types: map[redact.Type]bool{redact.Email: true}}, redact.Email), "PERSON off")
}

// trailingWordRecognizer flags the last word of each channel as its type,
// as a caller's recognizer may: a filler ("uh") included.
type trailingWordRecognizer struct{ typ redact.Type }

func (trailingWordRecognizer) Name() string { return "trailing" }

func (r trailingWordRecognizer) Recognize(ts *redact.Tokens) []redact.Finding {
	if len(ts.Words) == 0 {
		return nil
	}
	return []redact.Finding{ts.Finding(r.typ, len(ts.Words)-1, len(ts.Words)-1, 0.9, "trailing")}
}

// A caller's finding of a type read digit by digit on a filler after the
// transcript's last content word has no word before it to take: the
// sound-alike rule looked one past the content words and panicked.
func TestFind_CallersFindingOnATrailingFiller(t *testing.T) {
	for _, text := range []string{"call me back to uh", "my number is 555 uh", "uh"} {
		for _, typ := range []redact.Type{redact.Phone, redact.DOB, "EMPLOYEE_ID"} {
			p := redact.DefaultPolicy()
			p.Recognizers = []redact.Recognizer{trailingWordRecognizer{typ}}
			assert.NotPanics(t, func() {
				_, err := redact.Find(recognisedCall(stereoCall, "C: "+text), p)
				assert.NoError(t, err)
			}, "%s: %s", text, typ)
		}
	}
}

// A birth date's day heard with "to" joins the year after it only when no
// other finding holds the year: Find's findings never overlap on a
// channel, and a caller's recognizer that reads the year as its own
// (CASE_ID here) keeps it.
func TestFind_DateYearAfterSoundAlikeLeavesAnotherFindingAlone(t *testing.T) {
	p := redact.DefaultPolicy()
	p.Recognizers = []redact.Recognizer{redact.NewRegexpRecognizer("case", "CASE_ID", regexp.MustCompile(`\b19\d\d\b`), 0.9)}
	for _, said := range []string{"august fifteen to nineteen sixty two", "august fifteen to 1962"} {
		tr := recognisedCall(stereoCall, "A: and your date of birth please", "C: "+said)
		fs, err := redact.Find(tr, p)
		require.NoError(t, err)
		last := map[int]int{}
		for _, f := range fs {
			if l, ok := last[f.Channel]; ok {
				assert.Greater(t, f.FirstWord, l, "%s: findings overlap: %+v", said, fs)
			}
			last[f.Channel] = f.LastWord
		}
		assert.Contains(t, typed(t, tr, p, "CASE_ID"), strings.Join(strings.Fields(said)[3:], " "), said)
	}
}

// "Maryland" closes a name as the recogniser's word for a spoken "M.D."
// only in a transcript without case: a transcript with case writes the
// credential as one ("M.D.", "MD"), and its "Dr. Smith in Maryland" is a
// doctor and a state.
func TestFind_MarylandIsACredentialOnlyWithoutCase(t *testing.T) {
	tr, _ := dialogue(false, "A: Who treated you?", "C: I saw Dr. Smith in Maryland last year.")
	assert.Equal(t, []string{"Dr Smith"}, typed(t, tr, redact.DefaultPolicy(), redact.Person))
	tr, _ = dialogue(false, "A: Who treated you?", "C: It was doctor Lee in Maryland.")
	assert.Equal(t, []string{"doctor Lee"}, typed(t, tr, redact.DefaultPolicy(), redact.Person))
	tr, _ = dialogue(true, "A: Who treated you?", "C: I saw Dr. Smith in Maryland last year.")
	assert.Equal(t, []string{"dr smith in maryland"}, typed(t, tr, redact.DefaultPolicy(), redact.Person),
		"without case: pocketsphinx's 'smith m d'")
}
