package redact

import (
	"strings"
)

// campaignOffices are the offices a campaign committee is named for.
var campaignOffices = map[string]bool{"congress": true, "senate": true, "mayor": true, "governor": true,
	"sheriff": true, "judge": true, "president": true, "assembly": true, "alderman": true, "treasurer": true,
	"comptroller": true, "commissioner": true, "council": true, "representative": true, "clerk": true,
	"supervisor": true, "attorney": true}

// campaignOpeners open a committee's name before "for", "of" or "to
// elect".
var campaignOpeners = map[string]bool{"citizens": true, "friends": true, "committee": true, "people": true,
	"neighbors": true, "neighbours": true, "volunteers": true, "americans": true}

// carMakers end a car dealer's name ("Whitcomb Toyota"): makes that are
// no common surname (not Ford, Honda, Dodge).
var carMakers = map[string]bool{"toyota": true, "subaru": true, "chevrolet": true, "chevy": true, "nissan": true,
	"hyundai": true, "volkswagen": true, "vw": true, "mazda": true, "chrysler": true, "buick": true, "cadillac": true,
	"lexus": true, "acura": true, "kia": true, "infiniti": true, "volvo": true, "audi": true, "bmw": true,
	"porsche": true, "mitsubishi": true, "gmc": true}

// firmSpan reports whether the PERSON finding on channel-local words a..b
// (idx maps words to tokens) is a business's or a committee's name,
// whichever recognizer read it, by the words around it (hn17): a trade or a business word right after the name, or after
// "and", "&" or "family" ("Delgado And Sons", "Pryce Family Foundation",
// "Mancini Pizzeria", "Whitcomb Toyota", "Ironworkers Local 1"); an office
// after "for" ("Halvorsen For Congress"); a campaign's words before it
// ("Citizens For Okonjo", "Friends Of Brzezinski", "Committee To Elect
// Vasquez"). A name after a naming cue ("my name is", "this is", "I'm", a
// title) is kept: "this is Grace, Bank of the West" is Grace's.
// brandTrim asks it beside brandSpan, so the two share one map of words
// to tokens (no second allocation per call).
func (ts *Tokens) firmSpan(idx []int32, a, b int) bool {
	if a < 0 || b >= len(idx) || a > b || idx[a] < 0 || idx[b] < 0 {
		return false
	}
	first, last := int(idx[a]), int(idx[b])
	p := ts.prev(first - 1)
	if ts.namingCueAt(p) || strings.HasSuffix(ts.Toks[last].Norm, "'s") {
		return false // (a possessive names the person whose group it is: "jerry feldman's group")
	}
	if ts.firmWordAfter(last) && !ts.personBeforeCampaignWord(p, first, last) && !ts.credentialOfAPerson(last) {
		return true
	}
	if last > first && ts.Toks[last].Kind == KindWord && (!ts.Cased || ts.Capitalised(ts.Toks[last].First)) {
		if w := ts.Toks[last].Norm; ts.Cased && organisationWords[w] || firmWords[w] || tradeWords[w] || carMakers[w] {
			return true // the trade read as a surname: "Whitcomb Toyota"
		}
	}
	// "Citizens For Okonjo", "Committee To Elect Vasquez", "Elect Vasquez"
	if ts.isWord(p, "elect", "re-elect", "reelect") {
		return !ts.Cased || ts.Capitalised(ts.Toks[p].First)
	}
	if ts.isWord(p, "for", "of") && !ts.sentenceEndsAfter(p) && !ts.friendsOfAPerson(p, first, last) {
		if q := ts.prev(p - 1); q >= 0 && ts.Toks[q].Kind == KindWord && campaignOpeners[ts.Toks[q].Norm] && !ts.sentenceEndsAfter(q) {
			return !ts.Cased || ts.Capitalised(ts.Toks[q].First)
		}
	}
	return false
}

// firmWordAfter reports whether a business's word follows token last in
// its sentence: a trade or business word, a car make, "Local" and a
// number, "For" and an office, or one of those after "and", "&" or
// "family". In a cased transcript the word is capitalised.
func (ts *Tokens) firmWordAfter(last int) bool {
	k := last
	for n := 0; n < 2; n++ {
		if ts.sentenceEndsAfter(k) {
			return false
		}
		k = ts.next(k + 1)
		if k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
			return false
		}
		w := ts.Toks[k].Norm
		if ts.Cased && !ts.Capitalised(ts.Toks[k].First) && w != "&" && w != "and" {
			return false
		}
		switch {
		case firmWords[w] || tradeWords[w] || carMakers[w] || (ts.Cased || n == 1) && organisationWords[w]:
			return true // (lowercase, the wider organisationWords only after "and" or "family": not "will secretary blinken travel")
		case w == "local":
			j := ts.next(k + 1)
			return !ts.sentenceEndsAfter(k) && j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber
		case w == "for":
			j := ts.next(k + 1)
			return !ts.sentenceEndsAfter(k) && j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && campaignOffices[ts.Toks[j].Norm]
		case n == 0 && (w == "and" || w == "&" || w == "family"):
			continue
		case n == 0 && !functionWords[w] && !personStop[w] && ts.tradeWordAt(k):
			return true // (a trade's modifier, then the trade: "by novak pediatric dentistry", "vuong nail spa")
		}
		return false
	}
	return false
}

// tradeWordAt reports whether the word after token k, in k's sentence, is
// a trade or a business word of the strict lists (not the wider
// organisationWords), capitalised in a cased transcript.
func (ts *Tokens) tradeWordAt(k int) bool {
	if ts.sentenceEndsAfter(k) {
		return false
	}
	j := ts.next(k + 1)
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || ts.Cased && !ts.Capitalised(ts.Toks[j].First) {
		return false
	}
	w := ts.Toks[j].Norm
	return firmWords[w] || tradeWords[w]
}

// namingCueAt reports whether token p ends a cue that names the person
// after it: "my name is", "name's", "this is", "I'm", "I am", "speaking
// with", "ask for", a title.
func (ts *Tokens) namingCueAt(p int) bool {
	if p < 0 {
		return false
	}
	if ts.isWord(p, "name's", "i'm", "im", "mr", "mrs", "ms", "miss", "dr", "doctor", "mister", "missus", "named", "called",
		"secretary", "senator", "president", "governor", "mayor", "judge", "officer", "sheriff", "professor", "minister") {
		return true
	}
	q := ts.prev(p - 1)
	return ts.isWord(p, "is") && ts.isWord(q, "name", "this", "it") ||
		ts.isWord(p, "am") && ts.isWord(q, "i") ||
		ts.isWord(p, "with") && ts.isWord(q, "speaking", "talking", "speak", "talk") ||
		ts.isWord(p, "for") && ts.isWord(q, "ask", "asking")
}

// voteVerbs back a candidate: the name after them (or after them and
// "for") is the candidate's, whatever office follows.
var voteVerbs = map[string]bool{"vote": true, "voted": true, "votes": true, "voting": true, "support": true,
	"supported": true, "supporting": true, "endorse": true, "endorsed": true, "endorsing": true, "backed": true,
	"backing": true, "nominate": true, "nominated": true, "nominating": true}

// personBeforeCampaignWord reports whether the name on tokens first..last,
// with p the token before it, is a person's though the words after it
// would end a committee's or a union local's name (review17): a candidate
// voted for or backed, "for" an office after ("i voted for dana whitfield
// for mayor": made-up), and, in a lowercase transcript, a first name and
// surname before "local" and a number, which no union local is named
// after ("it's greg hollis local two oh four": made-up).
func (ts *Tokens) personBeforeCampaignWord(p, first, last int) bool {
	n := ts.next(last + 1)
	if ts.isWord(n, "for") {
		if ts.isWord(p, "for") {
			p = ts.prev(p - 1)
		}
		return ts.wordIn(p, voteVerbs)
	}
	return !ts.Cased && last > first && ts.isWord(n, "local")
}

// friendsOfAPerson reports whether "of" at token p before the name on
// tokens first..last is a person's friends' (or neighbours') "of", no
// committee's (review17): cased, a committee writes "Of" with its capital
// ("Friends Of Brzezinski"); lowercase, a committee so named after a
// surname alone, so a first name, or a first name and a surname, is the
// person's ("friends of tom becker came by": made-up).
func (ts *Tokens) friendsOfAPerson(p, first, last int) bool {
	if !ts.isWord(p, "of") {
		return false
	}
	if ts.Cased {
		return !ts.Capitalised(ts.Toks[p].First)
	}
	return last > first || ts.firstNameAt(first)
}

// heSheWords speak of a person, never of a business.
var heSheWords = map[string]bool{"he": true, "she": true, "he's": true, "she's": true, "he'll": true, "she'll": true,
	"he'd": true, "she'd": true}

// credentialOfAPerson reports whether the word after token last is a
// credential (credentials: "cpa", "dds") and "he" or "she" follows it
// within three words in its turn (review17): the credential is the
// person's, not a practice's ("my accountant is <name> cpa, she's
// great": made-up). A practice spoken of as it or they stays a firm.
func (ts *Tokens) credentialOfAPerson(last int) bool { return ts.personsCredential(ts.next(last + 1)) }

// personsCredential is credentialOfAPerson of credential token k (also
// asked by orgWordAhead, whose trades hold "cpa").
func (ts *Tokens) personsCredential(k int) bool {
	if !ts.wordIn(k, credentials) {
		return false
	}
	for n := 0; n < 3; n++ {
		if ts.turn[ts.Toks[k].Last] {
			return false
		}
		if k = ts.next(k + 1); k >= len(ts.Toks) {
			return false
		}
		if ts.wordIn(k, heSheWords) {
			return true
		}
	}
	return false
}
