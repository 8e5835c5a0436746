package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Where the address tagger (addrtag.go) is used: only where an address is
// being given (addressAsked, addressGiven), from a house number the rules
// could not read a street after (taggedStreet), and to carry an address
// the rules did read past their last word when the tagger reads more of it
// (taggedExtent).

// taggedStreet reads an address from the house number (a number, or a
// letter and digits) at token i with
// the tagger, when the number is said as an address: the tagger must read
// the number as a house number and at least one street word after it
// (a name or a type). It returns the address's last token: its core, then
// the city and state the tagger reads right after it.
func (ts *Tokens) taggedStreet(i int) (int, bool) {
	if ts.sentenceEndsAfter(i) || !ts.addressAsked(i) && !ts.addressGiven(i) || ts.netAddressBefore(i) || ts.isAmount(i) {
		return 0, false // "it's twenty sixty every month": an amount
	}
	tg := addrTaggers.Get().(*addrTagger)
	defer addrTaggers.Put(tg)
	seq, tags := ts.tagAddress(tg, i, addrSeqMax)
	if len(tags) < 2 || tags[0] != tagNumber {
		return 0, false
	}
	street := false
	end := -1
	k := 0
	for ; k < len(tags) && tags[k].core(); k++ {
		if k > 1 && k+1 < len(tags) && ts.quantityNoun(seq[k], seq[k+1]) {
			break // "one thousand woodlawn press two": the address ends before the reference
		}
		t := &ts.Toks[seq[k]]
		if tags[k] == tagName || tags[k] == tagType {
			if t.Kind == KindWord && (t.in(wcStreetStop) || verbContraction(t.Norm) || t.in(wcNumberCueWord)) {
				return 0, false // "12 of them", "40 that's it", "thirty two forty card number ..."
			}
			if ts.pluralCount(seq[k]) {
				return 0, false // "one hundred twenty invitations", "twelve new accounts"
			}
			if k+1 < len(tags) && ts.readPointBefore(seq[k], seq[k+1]) {
				return 0, false // a number read with its decimal point: "one one one one point one ..."
			}
			street = true
		}
		end = seq[k]
		if k+1 < len(tags) && ts.sentenceEndsAfter(seq[k]) && tags[k+1] != tagPlace && tags[k+1] != tagState {
			break
		}
	}
	if !street {
		return 0, false
	}
	// The city and state the tagger reads after the street, as one run.
	for ; k < len(tags) && (tags[k] == tagPlace || tags[k] == tagState) && ts.placeWord(seq[k]); k++ {
		if ts.sentenceEndsAfter(seq[k-1]) && tags[k-1].core() {
			break
		}
		end = seq[k]
	}
	return end, true
}

// numberCueWord reports whether w alone cues another number ("card",
// "phone", "account"): the next value is being named, not a street.
func numberCueWord(w string) bool {
	for _, ph := range numberCues[w] {
		if len(ph.words) == 1 {
			return true
		}
	}
	return false
}

// placeWord reports whether token j can be a word of a city or state's
// name: a state, a known place, or a word that is no small word or time
// word and, cased, is capitalised ("Dayton, please" ends at Dayton).
func (ts *Tokens) placeWord(j int) bool {
	t := &ts.Toks[j]
	if t.Kind != KindWord {
		return false
	}
	if ts.isState(j) || placeName(t.Norm) {
		return true
	}
	if t.in(wcStreetStop) || t.in(wcTimeWords) {
		return false
	}
	return !ts.Cased || ts.Capitalised(t.First)
}

// taggedExtent returns the last token of an address the rules read from
// token first to token end, carried on over what the tagger reads as the
// same address's core right after end: a direction or a unit ("1160 S.
// Plymounth # 1 SW"), when the address is said as one.
func (ts *Tokens) taggedExtent(first, end int) int {
	if ts.sentenceEndsAfter(end) || !ts.addressAsked(first) && !ts.addressGiven(first) {
		return end
	}
	tg := addrTaggers.Get().(*addrTagger)
	defer addrTaggers.Put(tg)
	seq, tags := ts.tagAddress(tg, first, addrSeqMax)
	if len(tags) == 0 || tags[0] != tagNumber {
		return end
	}
	last := end
	for k := 0; k < len(tags) && tags[k].core(); k++ {
		if seq[k] > end && tags[k] == tagUnitID && (k == 0 || seq[k-1] <= end || tags[k-1] != tagUnitType && tags[k-1] != tagUnitID) &&
			!(k > 0 && ts.hashBetween(seq[k-1], seq[k])) && !ts.floorAfter(seq, tags, k) {
			break // a number right after the street, with no unit word ("twelve pine avenue twenty years ago"), but "# 315", "2nd Flr"
		}
		if seq[k] > end {
			// Only a direction or a unit with a short number or letter
			// carries it on: never into another long number (a phone
			// read after the street).
			t := &ts.Toks[seq[k]]
			if tags[k] == tagDir && !ts.isDirection(seq[k]) && !(t.Kind == KindLetters && len(t.Norm) <= 2) ||
				tags[k] == tagUnitType && !(t.Kind == KindWord && (t.in(wcUnitWords) || t.Norm == "flr" || t.Norm == "fl")) ||
				tags[k] == tagUnitID && !(t.Kind == KindNumber && len(t.Norm) <= 4 || t.Kind == KindAlnum || t.Kind == KindLetters || t.Kind == KindWord && len(t.Norm) == 1 || ts.floorAfter(seq, tags, k)) ||
				tags[k] != tagDir && tags[k] != tagUnitType && tags[k] != tagUnitID {
				break // a direction word, a unit word, a unit's short number or letter ("unit four email" ends at four)
			}
			last = seq[k]
		}
		if ts.sentenceEndsAfter(seq[k]) {
			break
		}
	}
	// The letter ending a unit's number the tagger read ("suite two a"),
	// which it may leave out at the end of a turn.
	if last > end && ts.Toks[last].Kind == KindNumber && !ts.sentenceEndsAfter(last) {
		if l := ts.next(last + 1); l < len(ts.Toks) && ts.Toks[l].Kind == KindWord && len(ts.Toks[l].Norm) == 1 && isAlpha(ts.Toks[l].Norm) &&
			ts.Toks[l].Norm != "i" && (ts.Toks[l].Norm != "a" || ts.letterA(l)) {
			last = l
		}
	}
	return last
}

// floorAfter reports whether the unit number seq[k] is a floor's, said
// before its word: an ordinal the tagger reads as a unit, then "floor"
// ("390 Greenwich St, 2nd Flr").
func (ts *Tokens) floorAfter(seq []int, tags []addrTag, k int) bool {
	return ts.Toks[seq[k]].Kind == KindOrdinal && k+1 < len(tags) && tags[k+1] == tagUnitType &&
		ts.isWord(seq[k+1], "floor", "flr", "fl") && !ts.sentenceEndsAfter(seq[k])
}

// netAddressBefore reports whether the "address" before token i is a
// computer's: "IP address", "i p address", "email address", "MAC
// address", "web address".
func (ts *Tokens) netAddressBefore(i int) bool {
	for n, j := 0, ts.prev(i-1); n < 4 && j >= 0; n, j = n+1, ts.prev(j-1) {
		if ts.isWord(j, "address", "addresses") {
			p := ts.prev(j - 1)
			return p >= 0 && (ts.Toks[p].Norm == "ip" || ts.Toks[p].Kind == KindWord && netAddressWords[ts.Toks[p].Norm] ||
				ts.isWord(p, "email", "e-mail") || ts.isWord(p, "p") && ts.isWord(ts.prev(p-1), "i"))
		}
	}
	return false
}

// netAddressWords say that the "address" after them is a computer's: an
// IP, MAC, web or server address ("i p address" is read apart). A question
// for one asks for no postal address (askedWith).
var netAddressWords = map[string]bool{"ip": true, "mac": true, "web": true, "website": true, "internet": true,
	"server": true, "network": true}

// pluralCount reports whether token j is the plural of an English word
// ("invitations", "boxes"): what a number before it counts, unless it is a
// street's own name ("Meadows", "Woods").
func (ts *Tokens) pluralCount(j int) bool {
	w := ts.Toks[j].Norm
	if ts.Toks[j].Kind != KindWord || len(w) < 4 || w[len(w)-1] != 's' || selfNamedStreets[w] || streetSuffixes[w] || weakSuffixes[w] {
		return false
	}
	return ts.englishAt(j) && (names.IsEnglishWord(w[:len(w)-1]) || strings.HasSuffix(w, "es") && names.IsEnglishWord(w[:len(w)-2]))
}

// boxStarts are the words a post office box, lockbox, drawer or rural,
// star or highway contract route opens with, where the tagger is asked
// whether one starts.
var boxStarts = map[string]bool{"po": true, "p.o": true, "p": true, "pob": true, "box": true, "bx": true,
	"lockbox": true, "lock": true, "lb": true, "lbx": true, "drawer": true, "post": true, "rr": true,
	"rural": true, "route": true, "rte": true, "hc": true, "hcr": true, "star": true, "highway": true,
	"hwy": true}

// taggedBox reads a box or route from token i, which opens one
// (boxStarts), when it is given as an address: the tagger must read it as
// a box's words and then the box's or route's number ("lock box 427",
// "PO Bx 433", "hwy contract route 15 box 1a"). It returns the last token
// of the box, its numbers and the unit or box after them.
func (ts *Tokens) taggedBox(i int) (int, bool) {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord && tk.Kind != KindLetters || !tk.in(wcBoxStarts) && !(tk.Kind == KindLetters && boxStarts[tk.Norm[:1]]) ||
		!ts.addressAsked(i) && !ts.addressGiven(i) || ts.netAddressBefore(i) {
		return 0, false
	}
	tg := addrTaggers.Get().(*addrTagger)
	defer addrTaggers.Put(tg)
	seq, tags := ts.tagAddress(tg, i, addrSeqMax)
	if len(tags) < 2 || tags[0] != tagBox {
		return 0, false
	}
	end, id := -1, false
	for k := 0; k < len(tags) && (tags[k] == tagBox || tags[k] == tagBoxID || tags[k] == tagUnitType || tags[k] == tagUnitID); k++ {
		t := &ts.Toks[seq[k]]
		if tags[k] == tagBoxID || tags[k] == tagUnitID {
			// A box's number: digits, a letter and digits, or one letter
			// after them ("box 22 b").
			if !(t.Kind == KindNumber && len(t.Norm) <= 8 || t.Kind == KindAlnum || t.Kind == KindLetters && len(t.Norm) <= 2 ||
				t.Kind == KindWord && len(t.Norm) == 1 && id) {
				break
			}
			id = id || tags[k] == tagBoxID
		} else if t.Kind != KindWord && t.Kind != KindLetters || t.in(wcStreetStop) && t.Norm != "no" {
			break
		}
		end = seq[k]
		if ts.sentenceEndsAfter(seq[k]) {
			break
		}
	}
	if !id {
		return 0, false
	}
	if ts.bareRoadNumber(i, end) {
		return 0, false // "the driver is on route 9, about 12 stops away" (addr17.go)
	}
	return end, true
}

// boxWords are the other words of a box's or route's name ("P O Box",
// "post office box", "highway contract route", "caller box", "MSC"), as
// usaddress's training data writes them.
var boxWords = map[string]bool{"o": true, "office": true, "contract": true, "box": true, "pmb": true, "rfd": true,
	"rt": true, "b": true, "rd": true, "msc": true, "ms": true, "caller": true, "p.o.box": true, "cmr": true, "psc": true,
	"delivery": true}

// addrAnswerMax bounds the address core taggedAnswer reads, in tokens.
const addrAnswerMax = 12

// answerStartWords end what may stand right before an address that is
// given: its cue's last word ("address", "at", "to") or a lead-in ("yes",
// "it's").
var answerStartWords = map[string]bool{"address": true, "address's": true, "at": true, "to": true, "of": true,
	"location": true, "share": true, "sharing": true, "reach": true}

// taggedAnswer reads with the tagger the address that opens at token i
// where one is given (addressAsked: right after "my address is", "I live
// at", "moved to", "ship it to", "send it to", "it's at", or opening the
// answer to a question for an address, after its lead-ins). The tagger
// must read from token i on, as the address's core, either a house
// number and then a street word, or a box and its number; a building's
// or institution's name may come first ("OU Health Sciences Center, PO
// Box 26901"). The core is at most addrAnswerMax tokens; the city and
// state the tagger reads after it are kept as in taggedStreet. It returns
// the core's last token and the last token with the city and state.
func (ts *Tokens) taggedAnswer(i int) (core, end int, ok bool) {
	tk := &ts.Toks[i]
	switch tk.Kind {
	case KindWord, KindLetters, KindNumber, KindAlnum:
	default:
		return 0, 0, false
	}
	if tk.Kind == KindWord && (tk.in(wcAddressLeadIns) || tk.in(wcStreetStop)) && !(len(tk.Norm) == 1 && ts.nextIsNumber(i)) {
		return 0, 0, false // a lead-in: the address opens after it (but "a ten seventy five main": a letter before the house number)
	}
	p := ts.prev(i - 1)
	if p >= 0 && !ts.turn[ts.Toks[p].Last] && !ts.Toks[p].in(wcAnswerStartWords) && !ts.Toks[p].in(wcAddressLeadIns) {
		return 0, 0, false
	}
	if !ts.digitsWithin(i, addrAnswerMax, true) || !ts.addressAsked(i) || ts.netAddressBefore(i) {
		return 0, 0, false
	}
	tg := addrTaggers.Get().(*addrTagger)
	defer addrTaggers.Put(tg)
	seq, tags := ts.tagAddress(tg, i, addrSeqMax)
	if len(tags) < 2 {
		return 0, 0, false
	}
	switch {
	case tags[0] == tagNumber:
		// A house number, or a letter before one ("a ten seventy five
		// main"), not a word the tagger took for one ("still", "been").
		if tk.Kind == KindWord && !(len(tk.Norm) == 1 && ts.Toks[seq[1]].Kind == KindNumber) {
			if end, ok := ts.taggedCorner(seq, tags); ok {
				return end, end, true // "west lake street and ...": a direction read as a house number
			}
			return 0, 0, false
		}
	case tags[0] == tagBox:
	case tags[0] == tagBuilding || tags[0] == tagName:
		// A building's or institution's name before its box ("OU Health
		// Sciences Center, PO Box 26901"), not a verb before a house
		// number ("sharing 1888 Solano Avenue"): the tagger must read a
		// box next.
		n := 0
		for n < len(tags) && (tags[n] == tagBuilding || tags[n] == tagName || tags[n] == tagType) {
			n++
		}
		if n == len(tags) || tags[n] != tagBox {
			if end, ok := ts.taggedCorner(seq, tags); ok {
				return end, end, true
			}
			return 0, 0, false
		}
	case tags[0] == tagDir:
		if end, ok := ts.taggedCorner(seq, tags); ok {
			return end, end, true
		}
		return 0, 0, false
	default:
		return 0, 0, false
	}
	num, street, typ, box, boxID, cut := false, false, false, false, false, false
	end, k := -1, 0
core:
	for ; k < len(tags) && tags[k].core(); k++ {
		if k == addrAnswerMax {
			return 0, 0, false
		}
		t := &ts.Toks[seq[k]]
		if typ && (tags[k] == tagName || tags[k] == tagBuilding || tags[k] == tagType || tags[k] == tagBox && !t.in(wcBoxStarts)) ||
			tags[k] == tagUnitID && k > 0 && tags[k-1] != tagUnitType && tags[k-1] != tagUnitID && !(t.Kind == KindAlnum || t.Kind == KindLetters) {
			break // after the street's type only a direction or a unit; a unit's number after its word ("twelve pine avenue twenty years ago")
		}
		switch tags[k] {
		case tagNumber:
			if t.Kind == KindNumber || t.Kind == KindAlnum {
				if ts.isAmount(seq[k]) || street || box {
					return 0, 0, false // "it's forty dollars a month"; a second house number
				}
				num = true
			}
		case tagName, tagType, tagDir:
			if t.Kind == KindWord && (t.in(wcStreetStop) || verbContraction(t.Norm) || t.in(wcNumberCueWord) || t.in(wcTimeWords)) {
				return 0, 0, false
			}
			if k+1 < len(tags) && ts.readPointBefore(seq[k], seq[k+1]) {
				return 0, 0, false // a number read with its decimal point
			}
			if num && tags[k] != tagDir && ts.pluralCount(seq[k]) {
				return 0, 0, false // "two main reasons", "twelve new accounts"
			}
			if num && tags[k] != tagDir {
				street = true
				typ = typ || tags[k] == tagType
			}
		case tagBox:
			if t.Kind != KindWord && t.Kind != KindLetters || !t.in(wcBoxStarts) && !boxWords[t.Norm] && !(t.Kind == KindLetters && boxStarts[t.Norm[:1]]) {
				return 0, 0, false // "it's been twelve days"
			}
			box = true
		case tagBoxID:
			if !box || !(t.Kind == KindNumber && len(t.Norm) <= 8 || t.Kind == KindAlnum || t.Kind == KindLetters && len(t.Norm) <= 2) {
				return 0, 0, false
			}
			boxID = true
			typ = true // only a unit or a direction after the box's number
		case tagUnitType:
			if !(t.Kind == KindWord || t.Kind == KindLetters) || !t.in(wcUnitWords) || k+1 == len(tags) || tags[k+1] != tagUnitID {
				cut = true // "Bozeman, no, sorry": a unit word with no unit after it ends the address before it
				break core
			}
		case tagUnitID:
			if t.Kind == KindNumber && len(t.Norm) > 6 {
				return 0, 0, false // a phone number run on
			}
		case tagBuilding:
			if num || box {
				break
			}
			if t.Kind == KindWord && (t.in(wcStreetStop) || verbContraction(t.Norm) || t.in(wcNumberCueWord)) {
				return 0, 0, false
			}
		}
		if !num && !box && tags[k] == tagName && k >= 4 {
			return 0, 0, false // a name run long before any number or box
		}
		end = seq[k]
		if k+1 < len(tags) && ts.sentenceEndsAfter(seq[k]) && tags[k+1] != tagPlace && tags[k+1] != tagState {
			k++
			break
		}
	}
	if !(num && street || box && boxID) {
		return 0, 0, false
	}
	core = end
	for ; !cut && k < len(tags) && (tags[k] == tagPlace || tags[k] == tagState) && ts.placeWord(seq[k]); k++ {
		if ts.sentenceEndsAfter(seq[k-1]) && tags[k-1].core() {
			break
		}
		end = seq[k]
	}
	return core, end, true
}

// taggedCorner reads, from the start of seq (tagged tags) where an
// address is given, two streets joined by "and", "at" or "&", each with
// its name (a direction, words or a number, at most four) and its type
// ("West Lake Street and North Main Street", "Elm Ave & 5th St"). It
// returns the second street's type.
func (ts *Tokens) taggedCorner(seq []int, tags []addrTag) (int, bool) {
	k := 0
	for street := 0; street < 2; street++ {
		n := 0
		for ; k < len(tags) && (tags[k] == tagDir || tags[k] == tagName || k == 0 && tags[k] == tagNumber && ts.isDirection(seq[k])) && !ts.isWord(seq[k], "and", "at"); k++ {
			t := &ts.Toks[seq[k]]
			if n == 4 || !(t.Kind == KindWord || t.Kind == KindOrdinal || t.Kind == KindNumber && len(t.Norm) <= 3) ||
				t.Kind == KindWord && (t.in(wcStreetStop) || verbContraction(t.Norm) || t.in(wcNumberCueWord) || t.in(wcTimeWords)) ||
				ts.sentenceEndsAfter(seq[k]) {
				return 0, false
			}
			n++
		}
		if n == 0 || k == len(tags) || tags[k] != tagType || !streetSuffixes[ts.Toks[seq[k]].Norm] {
			return 0, false
		}
		if street == 1 {
			return seq[k], true
		}
		if ts.sentenceEndsAfter(seq[k]) || k+1 == len(tags) {
			return 0, false
		}
		k++
		switch {
		case ts.isWord(seq[k], "and", "at"):
			k++
		case !ts.ampersandBetween(seq[k-1], seq[k]):
			return 0, false
		}
	}
	return 0, false
}

// isDirection reports whether token j is a direction, in full or as its
// letters ("north", "nw", "w").
func (ts *Tokens) isDirection(j int) bool {
	t := &ts.Toks[j]
	return (t.Kind == KindWord || t.Kind == KindLetters) && (t.in(wcDirections) || len(t.Norm) == 1 && strings.Contains("nsew", t.Norm))
}

// ampersandBetween reports whether an "&" stands between tokens a and b.
func (ts *Tokens) ampersandBetween(a, b int) bool {
	for j := ts.Toks[a].Last; j <= ts.Toks[b].First && j < len(ts.Words); j++ {
		w := ts.Word(j)
		if strings.Contains(w.Text, "&") || strings.Contains(w.Punct, "&") {
			return true
		}
	}
	return false
}

// nextIsNumber reports whether the token after token i, in the same
// sentence, is a number.
func (ts *Tokens) nextIsNumber(i int) bool {
	j := ts.next(i + 1)
	return !ts.sentenceEndsAfter(i) && j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber
}

// digitsWithin reports whether a number or a mixed word of letters and
// digits (a house number's or a box's) or, with types, two street types
// (a corner's) are among the n tokens from token i in its speaker's turn:
// without them taggedAnswer reads nothing.
func (ts *Tokens) digitsWithin(i, n int, types bool) bool {
	nt := 0
	for j, c := i, 0; j < len(ts.Toks) && c < n; j, c = ts.next(j+1), c+1 {
		if k := ts.Toks[j].Kind; k == KindNumber || k == KindAlnum {
			return true
		} else if types && k == KindWord && ts.Toks[j].in(wcStreetSuffixes) {
			if nt++; nt == 2 {
				return true
			}
		}
		if ts.turn[ts.Toks[j].Last] {
			break
		}
	}
	return false
}

// taggedAnswers adds to out, the address findings of the rules, what
// taggedAnswer reads where an address is given: a finding that overlaps
// the tagger's core grows to cover it (the rules decide on the city), and
// one that overlaps none is added with the city and state.
func (ts *Tokens) taggedAnswers(out []Finding) []Finding {
	// addrAt[w] is 1 + the lowest index in out of an address finding of
	// this channel that covers transcript word w (0: none), built at the
	// first tagged answer: a call of many addresses must not cost their
	// product. The answers are read in word order and each starts after
	// the last one's end, so neither what is appended nor a merge's
	// extension can cover words a later answer reads.
	var addrAt []int32
	for i := 0; i < len(ts.Toks); i++ {
		core, end, ok := ts.taggedAnswer(i)
		if !ok {
			continue
		}
		if addrAt == nil {
			addrAt = make([]int32, len(ts.Transcript.Words))
			for j := range out {
				if g := &out[j]; g.Type == Address && g.Channel == ts.Channel {
					for w := g.FirstWord; w <= g.LastWord; w++ {
						if addrAt[w] == 0 {
							addrAt[w] = int32(j) + 1
						}
					}
				}
			}
		}
		f := ts.TokenFinding(Address, i, core, 0.8, "address-tagged-answer")
		j := int32(0)
		for w := f.FirstWord; w <= f.LastWord; w++ {
			if a := addrAt[w]; a != 0 && (j == 0 || a < j) {
				j = a
			}
		}
		if j == 0 {
			out = append(out, ts.TokenFinding(Address, i, end, 0.8, "address-tagged-answer"))
		} else {
			g := &out[j-1]
			g.FirstWord, g.LastWord = min(g.FirstWord, f.FirstWord), max(g.LastWord, f.LastWord)
			g.Start, g.End = ts.Transcript.Words[g.FirstWord].Start, ts.Transcript.Words[g.LastWord].End
		}
		i = end
	}
	return out
}
