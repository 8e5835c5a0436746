package redact

import (
	"slices"
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// The recipient recognizer: the writer of a letter or email read out,
// named after its sign-off ("all the best, Oksana", "kind regards tomasz
// wrobel"), and the person money or a location goes to, named
// after the verb of sending with no naming cue: "send money to Thandiwe",
// "transfer fifty dollars from savings to oyelaran", "share my
// location with Jack", "change the recipient to tendai", "the person I
// want to make the payment for is zhanibek", "request forty dollars from
// Oluwadamilare", "book an appointment with okonkwo".
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Tuned on
// half of the wild set" and "One place list, and PERSON on the whole wild
// set".

type recipientRecognizer struct{}

func (recipientRecognizer) Name() string { return "person-recipient" }

// sendVerbs send or pay something to a person ("to"), shareVerbs share
// something with one ("with").
var (
	sendVerbs = map[string]bool{"send": true, "sending": true, "sent": true, "sends": true, "transfer": true,
		"transferring": true, "transfers": true, "pay": true, "paying": true, "payment": true, "payments": true,
		"money": true, "recipient": true, "transaction": true, "wire": true, "wiring": true, "wired": true,
		"remit": true, "reimburse": true, "refund": true, "funds": true}
	shareVerbs = map[string]bool{"share": true, "sharing": true, "shared": true, "shares": true,
		"appointment": true, "appointments": true, "meeting": true, "booking": true, "book": true,
		"schedule": true, "scheduled": true, "session": true, "reservation": true,
		"transaction": true, "transactions": true, "payment": true, "deal": true}
	// requestVerbs ask for money from a person ("from").
	requestVerbs = map[string]bool{"request": true, "requesting": true, "requested": true, "receive": true,
		"receiving": true, "received": true, "collect": true, "owed": true, "owes": true, "reimbursed": true}
)

func (recipientRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 1; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		if tk.Kind != KindWord {
			continue
		}
		p := ts.prev(i - 1)
		if p < 0 || ts.sentenceEndsAfter(p) {
			continue
		}
		if ts.signOffBefore(p) {
			if w := nameKey(ts.Word(tk.First).Text); ts.signOffName(i, w) {
				last := ts.extendName(i, false)
				out = append(out, ts.TokenFinding(Person, i, last, 0.8, "person-sign-off"))
				i = last
			}
			continue
		}
		share, from := false, false
		switch {
		case ts.isWord(p, "to"):
		case ts.isWord(p, "with"):
			share = true
		case ts.isWord(p, "from"):
			from = true
		case ts.isWord(p, "is") && ts.isWord(ts.prev(p-1), "to", "for") && !ts.sentenceEndsAfter(ts.prev(p-1)):
			// "the person I want to make the payment for is zhanibek"
		default:
			continue
		}
		if !ts.sendingBefore(p, share, from) && !(!share && !from && ts.moneyBefore(p)) && !ts.sendingAsked(i, share, from) {
			continue // (money said before "to" sends it too: "seven hundred dollars to jasbir")
		}
		w := nameKey(ts.Word(tk.First).Text)
		if !ts.recipientName(i, w, share) || ts.publicPostTo(i, w) {
			continue
		}
		last := ts.extendName(i, false)
		if ts.organisation(i, last, from) || from && ts.firmFollows(last) { // (a single word after "from" is no town here: "request it from Thandiwe")
			i = last
			continue
		}
		out = append(out, ts.TokenFinding(Person, i, last, 0.8, "person-recipient"))
		i = last
	}
	return out
}

// recipientLeadIns may open the answer to a question of whom something
// goes to, before the name: "it's going to", "yes, to", "that'd be with".
var recipientLeadIns = map[string]bool{"yes": true, "yeah": true, "sure": true, "it's": true, "its": true, "it": true,
	"is": true, "going": true, "goes": true, "to": true, "with": true, "from": true, "that's": true, "that'd": true,
	"be": true, "um": true, "uh": true, "oh": true, "okay": true, "please": true, "send": true, "just": true}

// sendingAsked reports whether token i opens the answer (after lead-ins
// only) to the other speaker's question of whom something is sent,
// shared or asked from: "who is the transfer going to?" ... "it's going
// to jasbir". The verb is in the question, not in the answer.
func (ts *Tokens) sendingAsked(i int, share, from bool) bool {
	return ts.sh.answersQuestion(ts.Words[ts.Toks[i].First], recipientLeadIns, func(w string, _ int) bool {
		return share && shareVerbs[w] || from && requestVerbs[w] || !share && !from && sendVerbs[w]
	})
}

// sendingBefore reports whether a verb of sending (with share, of sharing
// or meeting; with from, of asking for money) comes in the eight tokens
// before token p in the same sentence.
func (ts *Tokens) sendingBefore(p int, share, from bool) bool {
	for n, j := 0, ts.prev(p-1); n < 8 && j >= 0; n, j = n+1, ts.prev(j-1) {
		if ts.sentenceEndsAfter(j) {
			return false
		}
		if t := &ts.Toks[j]; t.Kind == KindWord && (share && shareVerbs[t.Norm] || from && requestVerbs[t.Norm] || !share && !from && sendVerbs[t.Norm]) {
			return true
		}
	}
	return false
}

// recipientName reports whether token i (its name key w) is a person's
// name where a recipient is expected: cased, a capitalised word that is a
// listed name or no common word; lowercase, a word that is no English
// word, or a listed first name that is none. Places, brands and
// businesses are not ("send it to Texas", "transfer it to Chase", "send it
// to paypal"); a state or a word-name ("Georgia", "jack") counts only
// after "share ... with", where it ends the clause or, cased, a comma
// follows it ("share my location with Georgia, 12 Elm Street") or an
// address does ("share a location with virginia twelve elm street").
func (ts *Tokens) recipientName(i int, w string, share bool) bool {
	if len(w) < 3 || !isAlpha(w) || personStop[w] || nameAnswerLeadIns[w] || organisationWords[w] || placeOrBrand(w) ||
		streetSuffixes[w] || placeWords[w] || adjectiveLike(w) || ts.twoWordPlace(i) || ts.worldTownBeforeRegion(i) {
		return false // (also "wire it to Sierra Leone", "ship it to Victoria, British Columbia")
	}
	place := notNames[w] || placeName(w)
	common := names.IsCommonWord(w)
	listed := names.IsFirstName(w) || names.IsSurname(w)
	wordName := share && names.IsFirstName(w) && (ts.clauseEndsAfter(i) || ts.Cased && strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",") ||
		ts.addressAfter(i))
	if !share && !place && names.IsFirstName(w) && !names.IsPlaceOrBrand(w) && (ts.Cased && !ts.SentenceStart(ts.Toks[i].First) || !ts.Cased && ts.clauseEndsAfter(i)) {
		// A first name that is also a word, where money goes or comes
		// from: capitalised mid-sentence ("sending money to Grace?", "a
		// request from Bob for $23"), or without capitals ending the
		// clause ("money to grace yes"); not a brand ("or to Chase?").
		wordName = true
	}
	if place && !share && names.IsFirstName(w) && !names.IsCommonWord(w) && ts.moneyBefore(i) {
		// Money goes to a person, not a town: "send forty dollars to
		// Savannah", "transfer the payment to madison".
		place = false
	}
	if ts.Cased {
		if !ts.Capitalised(ts.Toks[i].First) {
			return false
		}
		return wordName || !place && (listed && !common || !common && !names.IsEnglishWord(w))
	}
	return wordName || !place && !common && (!names.IsEnglishWord(w) && !plainWord(w) || names.IsFirstName(w))
}

// signOffs close a letter or an email before its writer's name.
var signOffs = [][]string{{"all", "the", "best"}, {"best", "wishes"}, {"kind", "regards"}, {"warm", "regards"},
	{"best", "regards"}, {"yours", "truly"}, {"yours", "sincerely"}, {"sincerely", "yours"}, {"many", "thanks"}}

// signOffEnds are the last words of signOffs, each once.
var signOffEnds = func() []string {
	var ends []string
	for _, so := range signOffs {
		if !slices.Contains(ends, so[len(so)-1]) {
			ends = append(ends, so[len(so)-1])
		}
	}
	return ends
}()

// signOffBefore reports whether a sign-off ends at token p.
func (ts *Tokens) signOffBefore(p int) bool {
	if !ts.isWord(p, signOffEnds...) {
		return false // (no sign-off ends at p: one test instead of one a sign-off)
	}
	for _, so := range signOffs {
		j, ok := p, true
		for k := len(so) - 1; k >= 0 && ok; k-- {
			ok = ts.isWord(j, so[k]) && (k == len(so)-1 || !ts.sentenceEndsAfter(j))
			j = ts.prev(j - 1)
		}
		if ok {
			return true
		}
	}
	return false
}

// signOffName reports whether token i (its name key w) after a sign-off
// is a name: cased, a capitalised listed name or word that is no common
// word; lowercase, a listed first name or a word that is no English word.
// A name that is also a word ("all the best will be done") must end the
// sentence or turn.
func (ts *Tokens) signOffName(i int, w string) bool {
	if len(w) < 2 || !isAlpha(w) || personStop[w] || organisationWords[w] || placeOrBrand(w) || notNames[w] {
		return false
	}
	common := names.IsCommonWord(w) || plainWord(w)
	listed := names.IsFirstName(w) || names.IsSurname(w)
	ends := ts.sentenceEndsAfter(i) || ts.next(i+1) >= len(ts.Toks)
	if ts.Cased && !ts.Capitalised(ts.Toks[i].First) {
		return false
	}
	if common {
		// (or before the writer's team: "all the best, Angel, customer
		// experience")
		return listed && (ends || ts.isWord(ts.next(i+1), "customer", "client", "guest") || deskWords[ts.Toks[min(ts.next(i+1), len(ts.Toks)-1)].Norm])
	}
	return listed || !names.IsEnglishWord(w)
}

// moneyBefore reports whether the sentence before token i, within ten
// tokens, speaks of money: an amount or a word for it.
func (ts *Tokens) moneyBefore(i int) bool {
	for n, j := 0, ts.prev(i-1); n < 10 && j >= 0; n, j = n+1, ts.prev(j-1) {
		if ts.sentenceEndsAfter(j) {
			return false
		}
		t := &ts.Toks[j]
		if t.Kind == KindMeasure && strings.HasPrefix(t.Norm, "$") || t.Kind == KindWord && moneyWords[t.Norm] {
			return true
		}
	}
	return false
}

// moneyWords speak of money sent.
var moneyWords = map[string]bool{"money": true, "dollars": true, "dollar": true, "bucks": true, "payment": true,
	"pay": true, "paying": true, "funds": true, "cash": true, "venmo": true, "zelle": true, "wire": true}
