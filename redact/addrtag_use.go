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
	if ts.sentenceEndsAfter(i) || !ts.addressAsked(i) && !ts.addressGiven(i) || ts.netAddressBefore(i) {
		return 0, false
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
			if t.Kind == KindWord && (streetStop[t.Norm] || verbContraction(t.Norm)) {
				return 0, false // "12 of them", "40 that's it"
			}
			if k == 1 && ts.pluralCount(seq[k]) {
				return 0, false // "one hundred twenty invitations"
			}
			if ts.isWord(seq[k], "point", "dot") && k+1 < len(tags) && ts.Toks[seq[k+1]].Kind == KindNumber {
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
	if streetStop[t.Norm] || timeWords[t.Norm] {
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
		if seq[k] > end && tags[k] == tagUnitID && (k == 0 || seq[k-1] <= end || tags[k-1] != tagUnitType && tags[k-1] != tagUnitID) {
			break // a number right after the street, with no unit word: "twelve pine avenue twenty years ago"
		}
		if seq[k] > end {
			// Only a direction or a unit with a short number or letter
			// carries it on: never into another long number (a phone
			// read after the street).
			t := &ts.Toks[seq[k]]
			if tags[k] == tagDir && !(t.Kind == KindWord && directions[t.Norm] || t.Kind == KindLetters && len(t.Norm) <= 2) ||
				tags[k] == tagUnitType && !(t.Kind == KindWord && unitWords[t.Norm]) ||
				tags[k] == tagUnitID && !(t.Kind == KindNumber && len(t.Norm) <= 4 || t.Kind == KindAlnum || t.Kind == KindLetters || t.Kind == KindWord && len(t.Norm) == 1) ||
				tags[k] != tagDir && tags[k] != tagUnitType && tags[k] != tagUnitID {
				break // a direction word, a unit word, a unit's short number or letter ("unit four email" ends at four)
			}
			last = seq[k]
		}
		if ts.sentenceEndsAfter(seq[k]) {
			break
		}
	}
	return last
}

// netAddressBefore reports whether the "address" before token i is a
// computer's: "IP address", "i p address", "email address", "MAC
// address", "web address".
func (ts *Tokens) netAddressBefore(i int) bool {
	for n, j := 0, ts.prev(i-1); n < 4 && j >= 0; n, j = n+1, ts.prev(j-1) {
		if ts.isWord(j, "address", "addresses") {
			p := ts.prev(j - 1)
			return p >= 0 && (ts.Toks[p].Norm == "ip" || ts.isWord(p, "email", "e-mail", "mac", "web", "internet", "server", "network") ||
				ts.isWord(p, "p") && ts.isWord(ts.prev(p-1), "i"))
		}
	}
	return false
}

// pluralCount reports whether token j is the plural of an English word
// ("invitations", "boxes"): what a number before it counts, unless it is a
// street's own name ("Meadows", "Woods").
func (ts *Tokens) pluralCount(j int) bool {
	w := ts.Toks[j].Norm
	if ts.Toks[j].Kind != KindWord || len(w) < 4 || w[len(w)-1] != 's' || selfNamedStreets[w] || streetSuffixes[w] || weakSuffixes[w] {
		return false
	}
	return names.IsEnglishWord(w) && (names.IsEnglishWord(w[:len(w)-1]) || strings.HasSuffix(w, "es") && names.IsEnglishWord(w[:len(w)-2]))
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
	if tk.Kind != KindWord && tk.Kind != KindLetters || !boxStarts[tk.Norm] && !(tk.Kind == KindLetters && boxStarts[tk.Norm[:1]]) ||
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
		} else if t.Kind != KindWord && t.Kind != KindLetters || streetStop[t.Norm] && t.Norm != "no" {
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
	return end, true
}
