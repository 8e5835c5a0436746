package redact

// Hard negatives (see negatives.go) of every numeric recognizer at once:
// numbers that are quantities or the names of things, not values about a
// person, told apart by the words around them when a channel is
// tokenised. markQuantities turns such number tokens into KindMeasure, as
// the tokeniser already does for written decimals ("3.14"), prices and
// versions, so that no recognizer reads them as an ID, a phone, a ZIP or a
// part of a date:
//
//   - a decimal said aloud: the digits on both sides of "point" ("one
//     point two three four five six seven eight nine", "three point one
//     four one five nine ..."), or after a leading "point" ("point seven
//     five"). A number has one decimal point; two or more ("one nine two
//     point one six eight point one point one") are an IP address or a
//     version and are left alone, as is "point" after a determiner ("at
//     that point four ...": the noun). People read IDs and phone numbers
//     digit by digit or in groups, never with a decimal point.
//   - a formula read out: the numbers on both sides of an arithmetic word
//     ("times", "plus", "minus", "divided by", "multiplied by", "over",
//     "equals", "is equal to"), in one sentence: "twelve times three four
//     five six seven eight equals four one four eight one three six" is
//     arithmetic, and an ID is never the operand of a sum. An operator
//     other than "equals" makes a sum only when its result follows ("...
//     is ...", "... equals ...") or both numbers have one or two digits
//     ("two plus two", "three over four"): "over", "plus" and "times" are
//     ordinary words after a value too ("four four eight seven one two
//     zero three over twelve years now", "617-555-0192 plus 2 more
//     lines"). (A ZIP and its plus four, "six two seven oh four plus one
//     two three four", stays a ZIP.)
//   - the number of a thing that is not a person's: a page, chapter,
//     table, step, option, key to press, flight, bus, channel, seat,
//     model ... ("page twelve forty one", "flight 1734", "press two"), of
//     at most six digits, right after its noun (with "number", "no" or "#"
//     between, and "is" after "number"): such a number names a place in a
//     document, a vehicle or a menu, the same for every caller. Nouns that
//     are also street types (gate, line, lane, row, track, platform,
//     terminal) take only one or two digits right after them ("gate 22",
//     "line 5"), and none after a street said with its house number ("14
//     Cherry Lane 22" is an address and its unit): "Ocean Oaks Lane
//     39424" ends in a ZIP. A room of up to
//     four digits counts where no street or building stands before it
//     ("it's room 212", "in room 212"; not "12 Elm Street Room 212").
//     Floors, suites, units, boxes, routes and highways are left out: they
//     are parts of an address.
//   - the number of a form or a rule: "form 1040", "publication 17",
//     "schedule 3", "section 501", "rule 144", "regulation 9", of at most
//     five digits, and an OMB control number ("OMB No. 0560-0155") of up
//     to ten: a government form's or a law's number is printed on every
//     copy and identifies no one. A longer number after "form" or
//     "section" is as long as an ID, and one a caller reads off a form
//     without a comma ("it's on the form eight four seven two nine three
//     six one five") is theirs.
//   - a number written in scientific notation ("1.2345678E9", "6.02e23").
//
// Not covered: a formula or a decimal whose operators or point were not
// written down (a transcript of "3333/2=6666" as "three three three three
// two six six six six" is nine digits like any ID), and long reference
// numbers after "ticket", "order", "case" or "confirmation", which the
// evaluation sets count as identifiers.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Quantities
// said as numbers (issue 15, hard negatives)".

import "strings"

// pointNouns are the words before "point" that make it the noun ("at that
// point", "the point"), not a decimal point.
var pointNouns = map[string]bool{"the": true, "that": true, "this": true, "some": true, "which": true,
	"what": true, "a": true, "no": true, "any": true, "every": true, "each": true, "my": true,
	"your": true, "his": true, "her": true, "our": true, "their": true, "one": true, "good": true,
	"fair": true, "main": true, "whole": true, "starting": true, "access": true, "pressure": true}

// operatorWords are the arithmetic words between the operands of a
// formula, with the word that may follow each ("divided by").
var operatorWords = map[string]string{"times": "", "plus": "", "minus": "", "divided": "by",
	"multiplied": "by", "over": "", "equals": "", "equal": "to", "equaled": ""}

// resultWords are the operatorWords that give a formula's result: the
// numbers on both sides of one are a sum and its result.
var resultWords = map[string]bool{"equals": true, "equal": true, "equaled": true}

// resultAfter reports whether the number token n is followed, in its
// sentence, by a word that gives a formula's result ("... times two is
// ...", "... plus one equals ..."): then the operator before n is an
// arithmetic one, however long its operands.
func (ts *Tokens) resultAfter(n int) bool {
	if ts.sentenceEndsAfter(n) {
		return false
	}
	k := ts.next(n + 1)
	return ts.isWord(k, "equals", "equal", "equaled", "is", "was", "makes", "gives", "=") ||
		k < len(ts.Toks) && ts.Toks[k].Kind == KindPunct && ts.Word(ts.Toks[k].First).Text == "="
}

// refNouns name things whose number is the same for every caller (a page,
// a menu option, a flight): a number of up to six digits right after one
// is that thing's.
var refNouns = map[string]bool{"page": true, "pages": true, "chapter": true, "table": true,
	"figure": true, "fig": true, "step": true, "option": true, "press": true, "flight": true,
	"bus": true, "channel": true, "seat": true, "aisle": true, "pump": true, "episode": true,
	"season": true, "volume": true, "verse": true, "paragraph": true, "clause": true, "exhibit": true,
	"appendix": true, "slide": true, "question": true, "item": true, "model": true, "ticket": true,
	"queue": true, "window": true, "counter": true, "tier": true, "part": true, "lesson": true,
	"module": true}

// roomLeads are the words that may stand before "room" when the room is
// not part of an address ("it's room 212", "in room 212", "meeting room
// 4"): after a street ("12 Elm Street Room 212") or a building it is one.
var roomLeads = map[string]bool{"it's": true, "is": true, "in": true, "at": true, "the": true, "to": true,
	"i'm": true, "we're": true, "from": true, "of": true, "my": true, "your": true, "our": true, "and": true,
	"or": true, "was": true, "meeting": true, "conference": true, "waiting": true, "hotel": true, "hospital": true,
	"exam": true, "class": true}

// roomOutsideAddress reports whether "room" at token i opens its sentence
// or follows one of roomLeads: a room of a meeting, a hotel or a ward,
// whose number is no part of an address.
func (ts *Tokens) roomOutsideAddress(i int) bool {
	p := ts.prev(i - 1)
	return p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind == KindWord && roomLeads[ts.Toks[p].Norm]
}

// closesStreet reports whether the street type at token i closes a
// street said with its house number: a number one to three words before
// it, with only name words between ("14 Cherry Lane", "400 Old Airport
// Gate"), none of them a word of roomLeads ("flight 1734 leaves from
// gate"). Then the number after it is the address's unit.
func (ts *Tokens) closesStreet(i int) bool {
	for p, d := ts.prev(i-1), 0; p >= 0 && d < 4; p, d = ts.prev(p-1), d+1 {
		t := &ts.Toks[p]
		if ts.sentenceEndsAfter(p) || ts.Word(t.Last).Punct != "" {
			return false
		}
		switch {
		case t.Kind == KindNumber:
			return d > 0
		case t.Kind != KindWord || roomLeads[t.Norm]:
			return false
		}
	}
	return false
}

// streetRefNouns are refNouns that are also street types ("Kingston Gate",
// "County Line Road", "Parkside Lane number 138", "Ocean Oaks Lane
// 39424"): after one only a number of one or two digits said right after
// it ("gate 22", "line 5") is the thing's; a longer one may be a unit or a
// ZIP.
var streetRefNouns = map[string]bool{"gate": true, "line": true, "lane": true, "row": true,
	"track": true, "platform": true, "terminal": true}

// formNouns name forms and rules: a number of up to five digits right
// after one (ten after "omb", formMaxDigits) is the form's or the rule's.
var formNouns = map[string]bool{"form": true, "forms": true, "omb": true, "publication": true,
	"pub": true, "schedule": true, "section": true, "sections": true, "article": true, "rule": true,
	"regulation": true, "statute": true}

// formMaxDigits is the longest number that is the form's or the rule's
// after formNouns' noun: an OMB control number has eight digits ("OMB No.
// 0560-0155"); forms, publications, sections and rules have at most five
// ("form 1040", "section 501"), and a longer number is as long as an
// account, a member ID, a routing number or a social.
func formMaxDigits(noun string) int {
	if noun == "omb" {
		return 10
	}
	return 5
}

// quantityRole is what a word says about the number next to it.
type quantityRole uint8

const (
	qNone      quantityRole = iota
	qPoint                  // "point"
	qOperator               // operatorWords
	qStreetRef              // streetRefNouns
	qRoom                   // "room"
	qRef                    // refNouns
	qForm                   // formNouns
)

// quantityRoles holds every word markQuantities acts on, so that it looks
// each word up once.
var quantityRoles = func() map[string]quantityRole {
	m := map[string]quantityRole{"point": qPoint, "room": qRoom}
	for w := range operatorWords {
		m[w] = qOperator
	}
	for w := range streetRefNouns {
		m[w] = qStreetRef
	}
	for w := range refNouns {
		m[w] = qRef
	}
	for w := range formNouns {
		m[w] = qForm
	}
	return m
}()

// markQuantities re-kinds the number tokens of ts that are decimals,
// operands of a formula, or the numbers of references and forms (see the
// file comment) to KindMeasure. It runs once, right after the tokeniser,
// and looks only at a token's neighbours: linear in the tokens.
func (ts *Tokens) markQuantities() {
	toks := ts.Toks
	num := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Kind == KindNumber }
	// joined reports whether tokens a < b are in one sentence of one turn.
	joined := func(a, b int) bool {
		for k := a; k < b; k++ {
			if ts.sentenceEndsAfter(k) {
				return false
			}
		}
		return true
	}
	measure := func(ks ...int) {
		for _, k := range ks {
			toks[k].Kind = KindMeasure
		}
	}
	for i := range toks {
		tk := &toks[i]
		if tk.Kind == KindAlnum && tk.First == tk.Last && sciNotation(ts.Word(tk.First).Text) {
			measure(i) // ("1.2345678E9")
			continue
		}
		if tk.Kind == KindLetters && formNouns[tk.Norm] {
			// ("o m b number zero five six zero ...")
			if n := ts.refNumberAfter(i); n >= 0 && len(toks[n].Norm) <= formMaxDigits(tk.Norm) {
				measure(n)
			}
			continue
		}
		if tk.Kind != KindWord {
			continue
		}
		w := tk.Norm
		role := quantityRoles[w]
		if role == qNone {
			continue
		}
		switch {
		case role == qPoint:
			n := ts.next(i + 1)
			if !num(n) || !joined(i, n) || ts.pointAfter(n) {
				continue
			}
			p := ts.prev(i - 1)
			switch {
			case num(p) && joined(p, i):
				if !ts.pointBefore(p) {
					measure(p, n)
				}
			case (p < 0 || toks[p].Kind == KindWord && !pointNouns[toks[p].Norm] && toks[p].Norm != "oh" || ts.sentenceEndsAfter(p)) && !ts.pointBefore(i):
				measure(n) // ("it's point seven five")
			}
		case role == qOperator:
			n := ts.next(i + 1)
			if after := operatorWords[w]; after != "" {
				if !ts.isWord(n, after) {
					continue
				}
				n = ts.next(n + 1)
			}
			p := ts.prev(i - 1)
			if w == "equal" && ts.isWord(p, "is") {
				p = ts.prev(p - 1) // ("... is equal to ...")
			}
			// (The left operand may be one already: "twelve times three
			// ... equals ...".)
			if !(num(p) || p >= 0 && toks[p].Kind == KindMeasure) || !num(n) || !joined(p, n) {
				continue
			}
			if w == "plus" && len(toks[p].Norm) == 5 && len(toks[n].Norm) == 4 {
				continue // a ZIP and its plus four
			}
			if !resultWords[w] && !ts.resultAfter(n) && (len(toks[p].Norm) > 2 || len(toks[n].Norm) > 2) && toks[p].Kind == KindNumber {
				// ("four four eight seven one two zero three over twelve
				// years", "617-555-0192 plus 2 more lines": no sum.)
				continue
			}
			measure(p, n)
		case role == qStreetRef:
			if n := ts.next(i + 1); num(n) && len(toks[n].Norm) <= 2 && joined(i, n) && ts.Word(tk.Last).Punct == "" && !ts.closesStreet(i) {
				measure(n)
			}
		case role == qRoom && ts.roomOutsideAddress(i):
			if n := ts.refNumberAfter(i); n >= 0 && len(toks[n].Norm) <= 4 {
				measure(n)
			}
		case role == qRef || role == qForm:
			n := ts.refNumberAfter(i)
			if n < 0 {
				continue
			}
			max := 6
			if role == qForm {
				max = formMaxDigits(w)
			}
			if d := len(toks[n].Norm); d <= max {
				measure(n)
			}
		}
	}
}

// refNumberAfter returns the number token that names the thing of the
// noun at token i ("page 12", "flight number 1734", "OMB No. 0560-0155",
// "the flight number is 1734"), or -1: the number right after the noun,
// with "number", "no", "num" or "#" between, and "is" or "was" after
// "number". A comma after the noun ("on the form, 4487 ...") ends it.
func (ts *Tokens) refNumberAfter(i int) int {
	if ts.sentenceEndsAfter(i) || ts.Word(ts.Toks[i].Last).Punct != "" && ts.Toks[i].Kind != KindLetters {
		return -1
	}
	n := ts.next(i + 1)
	if ts.isWord(n, "number", "no", "num", "nr") || n < len(ts.Toks) && ts.Toks[n].Kind == KindPunct {
		if ts.sentenceEndsAfter(n) && !ts.isWord(n, "no") {
			return -1
		}
		n = ts.next(n + 1)
		if ts.isWord(n, "is", "was") && !ts.sentenceEndsAfter(n) {
			n = ts.next(n + 1)
		}
	}
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindNumber {
		return -1
	}
	return n
}

// pointBefore reports whether a decimal point ("point" or "dot") comes
// right before number token k, or one word before it ("... one six eight
// point [one]", "... point oh point [one]"): then the number is part of an
// address or a version, not a decimal.
func (ts *Tokens) pointBefore(k int) bool {
	for p, d := ts.prev(k-1), 0; p >= 0 && d < 2; p, d = ts.prev(p-1), d+1 {
		if ts.isWord(p, "point", "dot") {
			return true
		}
	}
	return false
}

// pointAfter reports whether a decimal point ("point" or "dot") comes
// right after number token k, or one word after it ("[one] point oh point
// ...", where "oh" may be read as a word).
func (ts *Tokens) pointAfter(k int) bool {
	for n, d := ts.next(k+1), 0; n < len(ts.Toks) && d < 2; n, d = ts.next(n+1), d+1 {
		if ts.isWord(n, "point", "dot") {
			return true
		}
	}
	return false
}

// sciNotation reports whether the written word w is a number in
// scientific notation: digits with a decimal point, "e" or "E", an
// optional sign and one to three digits ("1.2345678E9", "6.02e23"), or
// digits, "e" and a signed exponent ("3e-7"), as software prints a
// measurement.
func sciNotation(w string) bool {
	e := strings.IndexAny(w, "eE")
	if e < 1 || e == len(w)-1 {
		return false
	}
	mant, exp := w[:e], w[e+1:]
	signed := exp[0] == '+' || exp[0] == '-'
	if signed {
		exp = exp[1:]
	}
	if len(exp) < 1 || len(exp) > 3 || strings.Trim(exp, "0123456789") != "" {
		return false
	}
	if mant[0] == '+' || mant[0] == '-' {
		mant = mant[1:]
	}
	whole, frac, point := strings.Cut(mant, ".")
	// (A point or a signed exponent: "1234E567" may be an ID's letters.)
	return (point || signed) && whole != "" && strings.Trim(whole, "0123456789") == "" && strings.Trim(frac, "0123456789") == ""
}

// quantityNoun reports whether token i is a noun whose number markQuantities
// took as a reference or a form's number, and token n that number ("press
// two", "page 12"): an address read on by the tagger and a username read
// on over words end before it.
func (ts *Tokens) quantityNoun(i, n int) bool {
	if i < 0 || n >= len(ts.Toks) {
		return false
	}
	t, m := &ts.Toks[i], &ts.Toks[n]
	if t.Kind != KindWord || m.Kind != KindMeasure || strings.Trim(m.Norm, "0123456789") != "" {
		return false
	}
	r := quantityRoles[t.Norm]
	return r == qRef || r == qStreetRef || r == qRoom || r == qForm
}

// refCuedNear reports whether number token i is cued, two words or less
// before it, as a reference or a quantity ("... highway, your case
// reference is 48213", "... road, ticket number 48213"): five digits
// after an address are a ZIP only when nothing names them otherwise.
func (ts *Tokens) refCuedNear(i int) bool {
	gw := ts.Words[ts.Toks[i].First]
	ph, d, ok := ts.sh.lookBack(numberCues, gw, 3, true)
	return ok && d <= 2 && (ph.cat == cueRef || ph.cat == cueNotPII)
}
