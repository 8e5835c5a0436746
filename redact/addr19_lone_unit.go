package redact

import "strings"

// A "unit" or "suite" said alone with its number, with no street, box or
// building around it, is read as an address's unit ("I'm in unit 4B").
// Two contexts say it is no one's address (addrpeer19):
//
//   - a machine named right before the word, with nothing between, makes
//     the unit a part of that machine: "the sensor unit D C", "check pump
//     unit 2" (deviceNouns, addr_unit_device.go, which undoes a unit only
//     when failing talk follows it);
//   - a stay or an event right after the number makes the suite a hotel
//     room or a booking: "we're in suite 300 for the conference", "suite
//     12 at the hotel", "unit 5 for the weekend".
//
// ("Tower" is left out of the machines: "Harbor Tower unit 3" is a
// building's flat.) What it cannot tell: a flat rented for a stay ("unit 5 for the summer,
// then we move") is dropped as a booking is; a machine word used as a
// street or building name before "unit" in a lowercase transcript
// ("tower unit 3" for "Tower, unit 3") is taken as the machine.

// stayNouns are stays and events a suite or a unit is booked for or in.
var stayNouns = withWords(map[string]bool{}, "hotel", "motel", "inn", "resort", "conference", "convention",
	"meeting", "meetings", "night", "nights", "weekend", "week", "event", "wedding", "stay", "seminar", "retreat",
	"trip", "visit", "expo", "summit", "workshop", "training", "tournament", "festival", "reunion")

// stayLinks come before a stay: "for the conference", "at the hotel",
// "during the event", "for one night", "through the weekend".
var stayLinks = withWords(map[string]bool{}, "for", "at", "during", "through", "till", "until")

// stayDeterminers come between a stay's link and its noun.
var stayDeterminers = withWords(map[string]bool{}, "the", "a", "an", "this", "that", "our", "one", "two",
	"three", "tonight's", "next", "whole")

// loneUnitNotAPlace reports whether the unit or suite whose word is token
// i and whose number ends at token end, said alone, is a machine's part or
// a booking (see above).
func (ts *Tokens) loneUnitNotAPlace(i, end int) bool {
	if p := ts.prev(i - 1); p >= 0 && !ts.sentenceEndsAfter(p) && ts.Word(ts.Toks[p].Last).Punct == "" && ts.wordIn(p, deviceNouns) && ts.Toks[p].Norm != "tower" {
		return true
	}
	if ts.sentenceEndsAfter(end) || ts.Word(ts.Toks[end].Last).Punct != "" || ts.sentToAddress19(i) {
		return false // (not "send it to my office, suite 410, for the meeting": an aside after an address, review19)
	}
	j := ts.next(end + 1)
	if !ts.wordIn(j, stayLinks) {
		return false
	}
	for n := 0; n < 2 && !ts.sentenceEndsAfter(j); n++ {
		j = ts.next(j + 1)
		switch {
		case ts.wordIn(j, stayNouns):
			return true
		case !ts.wordIn(j, stayDeterminers):
			return false
		}
	}
	return false
}

// sendVerbs19 send a thing to an address: "ship it to suite 9".
var sendVerbs19 = withWords(map[string]bool{}, "send", "sent", "sending", "ship", "shipped", "shipping", "mail",
	"mailed", "mailing", "deliver", "delivered", "delivering", "post", "posted", "forward", "forwarded", "courier")

// sentToAddress19 reports whether a verb of sending is among the eight
// words before token i in its sentence: the unit is where a thing goes
// ("send it to my office suite 410 for the meeting").
func (ts *Tokens) sentToAddress19(i int) bool {
	for p, n := ts.prev(i-1), 0; p >= 0 && n < 8 && !ts.sentenceEndsAfter(p); p, n = ts.prev(p-1), n+1 {
		if ts.wordIn(p, sendVerbs19) {
			return true
		}
	}
	return false
}

// performersOfAPerson19 reports whether token k, a band, orchestra or
// choir right after the possessive name ending at token last, is one the
// person plays or sings in ("<first> <last>'s orchestra trip", "<first>
// <last>'s choir concert"), not a business named after them: uncapitalised
// in a cased transcript ("the <first> <last> Band" stays a business).
// Added by review19 beside svc19hn's performers among tradeWords.
func (ts *Tokens) performersOfAPerson19(last, k int) bool {
	if k != ts.next(last+1) || !ts.isWord(k, "band", "orchestra", "choir") || ts.Cased && ts.Capitalised(ts.Toks[k].First) {
		return false
	}
	n := ts.Toks[last].Norm
	return strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "\u2019s")
}
