package redact

import "sort"

// Address forms of USPS Publication 28, Postal Addressing Standards
// (October 2023; https://pe.usps.com/text/pub28/welcome.htm) that the
// address rules before session 16 did not read, found by a probe written
// from it before any evaluation set was read (addr18_probe_test.go):
//
//   - the secondary unit designators of Appendix C2 that take no number
//     ("55 Oak Avenue, Basement", "... Rear", "Lobby", "Front", "Upper",
//     "Lower", "Side"), read after a street address when they end the
//     clause; those that take one ("Office 4", "Pier 6", "Slip 22",
//     "Penthouse B") are read by unitAfter (pub28UnitWords);
//   - a building's name before the street address ("the Harbor View
//     building, 200 Pine Street", "Calder Tower, 55 Wexley Avenue");
//   - post office drawers and caller boxes ("PO Drawer 40", "Caller Box
//     3002"), highway contract routes said in full ("highway contract
//     route four box thirty") and a ship's military address ("USS Perrin,
//     FPO AP");
//   - a numbered street with no type after a direction ("412 West 23rd"),
//     where the clause ends with it.
//
// It cannot read a town and state after a box or route (the sets and the
// older tests keep them out of a box's address), nor a typeless street
// said with a filler before the number, nor spoken ordinals of more than
// one hundred ("west hundred and fifth").

// pub28UnitWords are Appendix C2's designators that take a number and
// that unitWords and moreUnitWords lack. Only unitAfter reads them.
var pub28UnitWords = map[string]bool{"office": true, "pier": true, "slip": true, "penthouse": true}

// pub28BareUnits are Appendix C2's designators that take no number, with
// their abbreviations.
var pub28BareUnits = map[string]bool{"basement": true, "bsmt": true, "front": true, "frnt": true,
	"lobby": true, "lbby": true, "lower": true, "lowr": true, "rear": true, "side": true,
	"upper": true, "uppr": true}

// pub28Ships open a ship's name in a military address ("USS Perrin, FPO
// AP").
var pub28Ships = map[string]bool{"uss": true, "usns": true, "uscgc": true}

// pub28Forms extends the ADDRESS findings of out over a unit that takes no
// number after them and a building named before them, and adds the forms
// above that no finding holds yet.
func (ts *Tokens) pub28Forms(out []Finding) []Finding {
	n := len(out)
	for j := 0; j < n; j++ {
		f := &out[j]
		if f.Type != Address || f.Channel != ts.Channel {
			continue
		}
		a, b := ts.local(f.FirstWord), ts.local(f.LastWord)
		first := sort.Search(len(ts.Toks), func(k int) bool { return ts.Toks[k].First >= a })
		last := first
		for last+1 < len(ts.Toks) && ts.Toks[last+1].Last <= b {
			last++
		}
		if first >= len(ts.Toks) || ts.Toks[first].First != a || ts.Toks[last].Last != b {
			continue
		}
		nf, nl := ts.buildingBeforeStreet(first), ts.bareUnitAfter18(last)
		if nf != first || nl != last {
			*f = ts.TokenFinding(Address, nf, nl, f.Score, f.Recognizer)
		}
	}
	for i := 0; i < len(ts.Toks); i++ {
		t := &ts.Toks[i]
		first, end := -1, -1
		switch {
		case t.Kind == KindWord && t.Norm == "drawer":
			// "PO Drawer 40", "post office drawer 12"
			p := ts.prev(i - 1)
			if ts.isWord(p, "office") && ts.isWord(ts.prev(p-1), "post") {
				p = ts.prev(p - 1)
			} else if !(ts.isWord(p, "po", "p.o") || p >= 0 && ts.Toks[p].Kind == KindLetters && ts.Toks[p].Norm == "po") {
				break
			}
			if k := ts.next(i + 1); !ts.sentenceEndsAfter(i) && k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 6 && ts.boxEnds18(k) {
				first, end = p, ts.cityAfter(k)
			}
		case t.Kind == KindWord && t.Norm == "caller":
			// "Caller Box 3002", "caller box 3306, Abilene, Texas": the
			// town and state too, as the tagger reads it
			// (addrtag_use_test.go).
			if e := ts.boxAfter(i); e > i && ts.boxEnds18(e) {
				first, end = i, ts.cityAfter(e)
			}
		case t.Kind == KindWord && t.Norm == "contract" && ts.isWord(ts.prev(i-1), "highway"):
			// "highway contract route four box thirty"
			k := ts.next(i + 1)
			if ts.isWord(k, "route", "rte") {
				k = ts.next(k + 1)
			}
			if k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 4 {
				if e := ts.boxAfter(k); e > k {
					first, end = ts.prev(i-1), e
				}
			}
		case (t.Kind == KindWord || t.Kind == KindLetters) && (t.Norm == "apo" || t.Norm == "fpo" || t.Norm == "dpo"):
			// "USS Perrin, FPO AP": a ship and its fleet post office.
			k := ts.next(i + 1)
			if k >= len(ts.Toks) || !ts.militaryState(k) {
				break
			}
			for n, p := 0, ts.prev(i-1); n < 4 && p >= 0 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p); n, p = n+1, ts.prev(p-1) {
				if pub28Ships[ts.Toks[p].Norm] {
					first, end = p, k
					break
				}
			}
		case t.Kind == KindNumber && len(t.Norm) <= 5 && t.Norm[0] != '0':
			// "412 West 23rd": a numbered street with no type, the
			// clause ending with it.
			d := ts.next(i + 1)
			if ts.sentenceEndsAfter(i) || !ts.isWord(d, "north", "south", "east", "west") || ts.sentenceEndsAfter(d) {
				break
			}
			o := ts.next(d + 1)
			if o >= len(ts.Toks) || ts.Toks[o].Kind != KindOrdinal || !ts.clauseEndsAfter(o) {
				break
			}
			first, end = i, ts.cityAfter(ts.unitAfter(o))
		}
		if first < 0 || ts.heldBy(out[:n], first, end) {
			continue
		}
		out = append(out, ts.TokenFinding(Address, first, end, 0.85, "address-pub28"))
		i = end
	}
	if len(out) > n {
		sort.SliceStable(out, func(a, b int) bool { return out[a].FirstWord < out[b].FirstWord })
	}
	return out
}

// boxEnds18 reports whether a drawer's or a box's number at token k ends
// its clause or has a town after it, as an address's box does; not "the
// po drawer 2 is stuck", "press the caller box 2 times" (review18).
func (ts *Tokens) boxEnds18(k int) bool {
	return ts.clauseEndsAfter(k) || ts.turn[ts.Toks[k].Last] || ts.cityAfter(k) > k
}

// heldBy reports whether a finding of fs on this channel holds a word of
// tokens first to end.
func (ts *Tokens) heldBy(fs []Finding, first, end int) bool {
	a, b := ts.Words[ts.Toks[first].First], ts.Words[ts.Toks[end].Last]
	for k := range fs {
		if fs[k].Channel == ts.Channel && fs[k].FirstWord <= b && fs[k].LastWord >= a {
			return true
		}
	}
	return false
}

// bareUnitAfter18 extends an address ending at token end over a unit
// designator that takes no number ("Basement", "Rear"), said right after
// it and ending the clause.
func (ts *Tokens) bareUnitAfter18(end int) int {
	if ts.sentenceEndsAfter(end) {
		return end
	}
	k := ts.next(end + 1)
	if k < len(ts.Toks) && ts.Toks[k].Kind == KindWord && pub28BareUnits[ts.Toks[k].Norm] && ts.clauseEndsAfter(k) {
		return k
	}
	return end
}

// buildingBeforeStreet extends a street address whose house number is
// token i back over the building named just before it: "the Harbor View
// building, 200 Pine Street", "Calder Tower, 55 Wexley Avenue". The name
// is one to three name words and a building's noun (buildingNouns), "the"
// if said; cased, the name's words are capitalised. Lowercase, the
// building must be given as where someone is or lives ("I'm in the
// harbor view building 200 pine street") or as the address asked for.
// It returns the building's first token, or i.
func (ts *Tokens) buildingBeforeStreet(i int) int {
	if ts.Toks[i].Kind != KindNumber {
		return i
	}
	b := ts.prev(i - 1)
	if b < 0 || ts.sentenceEndsAfter(b) || ts.turn[ts.Toks[b].Last] {
		return i
	}
	if t := &ts.Toks[b]; t.Kind != KindWord || !buildingNouns[t.Norm] || ts.Cased && t.Norm != "building" && !ts.Capitalised(t.First) {
		return i
	}
	first := ts.buildingNameBefore(b)
	if first < 0 {
		return i
	}
	lead := ts.prev(first - 1)
	if !ts.Cased && !ts.addressAsked(first) && !ts.livesIn(first) && !(ts.isWord(lead, "in", "at") && !ts.sentenceEndsAfter(lead)) {
		return i
	}
	return first
}

// boxNumberLetter reports whether t is a box number written with a letter
// after it ("Box 61A", "Box 12B"), as Publication 28's rural route and
// highway contract boxes are.
func boxNumberLetter(t *Token) bool {
	s := t.Norm
	if t.Kind != KindAlnum || len(s) < 2 || len(s) > 7 || !isLetter(s[len(s)-1]) {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
