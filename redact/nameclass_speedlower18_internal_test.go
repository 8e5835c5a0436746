package redact

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact/internal/names"
)

// nameClassSample is words of every kind the kept name answers tell apart:
// first names that are words and that are not, surnames that are words and
// that are not, places, brands, peoples, unlisted words, short and broken
// words; and every word of the package's lists the rules ask beside them.
func nameClassSample() []string {
	ws := strings.Fields(`mark bill will rose hope summer faith grace frank jack art dawn joy may grant
		tomasz svetlana agnieszka thorvald oluwaseun priya ngozi wojcik gutierrez brandt okafor kowalski
		brown young rich wood baker miller smith johnson garcia nguyen tran patel lindqvist halvorsen
		austin dallas chicago houston paris london boston chase kohler target jordan ford mercedes alexa
		siri canadians germans turks packers olsons petersons garza voss bauer
		the and okay roger copy go ahead see you soon is was did how'd why'd su a i x zz zog vek bjo qwrtz blorvath
		nakashima oyelowo ochoa feldman hollis brennan ferris mbeki ruiz dunleavy kaminski sokolov takahashi
		trujillo eze obuya castillo desmond ramona lorenzo derek marcus tamsin rico hector doc moose skip chip
		dusty sunny ace junior scooter buzz mac cy walt dean bob mike everett dick`)
	for _, m := range []map[string]bool{speechNotNames(), verbNames, radioAlphabet, ackWords, massNames,
		vocativeFollowers, auxVerbs, nicknameWords, roleTitles, surnameLeads18, contactLeads()} {
		for w := range m {
			if !strings.Contains(w, " ") {
				ws = append(ws, w)
			}
		}
	}
	sort.Strings(ws)
	return ws
}

// The name answers kept per token (nameclass_speedlower18.go) are twins
// of the string functions the other rules still call: for every word of
// the sample, asked in any order, each kept answer is the function's, and
// each list bit of a token (nameWordClass) is its list's. A rule edited in
// one twin and not the other fails here. (Since task speed19 each rule is
// written once, nameword_speed19.go, and tokens of lexicon words start
// with their answers: the test now holds the keeping to the rule.)
func TestNameClass_KeptAnswersAreTheFunctions(t *testing.T) {
	ws := nameClassSample()
	ts := turnTokens(t, strings.Join(ws, " "), false)
	rng := rand.New(rand.NewPCG(16, 18))
	type question struct {
		name string
		at   func(i int) bool
		of   func(w string) bool
	}
	qs := []question{
		{"IsFirstName", ts.firstNameAt, names.IsFirstName},
		{"IsSurname", ts.surnameAt, names.IsSurname},
		{"IsEnglishWord", ts.englishAt, names.IsEnglishWord},
		{"IsCommonWord", ts.commonAt, names.IsCommonWord},
		{"plainWord", ts.plainWordAt, plainWord},
		{"lowerNameWord", ts.lowerNameAt, lowerNameWord},
		{"wordFirstName", ts.wordFirstNameAt, wordFirstName},
		{"strictListedName", ts.strictListedAt, strictListedName},
	}
	for _, capd := range []bool{false, true} {
		for _, strict := range []bool{false, true} {
			qs = append(qs, question{"speechNameWord", func(i int) bool { return ts.speechNameAt(i, capd, strict) },
				func(w string) bool { return speechNameWord(w, capd, strict) }})
		}
	}
	for i := range ts.Toks {
		w := ts.Toks[i].Norm
		for _, k := range rng.Perm(len(qs)) {
			q := qs[k]
			assert.Equal(t, q.of(w), q.at(i), "%s(%q)", q.name, w)
		}
		c := ts.Toks[i].ncl
		assert.Equal(t, nicknameWords[w], c.has(ncNickname), "nicknameWords[%q]", w)
		assert.Equal(t, roleTitles[w], c.has(ncRoleTitle), "roleTitles[%q]", w)
		assert.Equal(t, surnameLeads18[w], c.has(ncSurnameLead18), "surnameLeads18[%q]", w)
		assert.Equal(t, contactLeads()[w], c.has(ncContactLead), "contactLeads[%q]", w)
	}
}
