package redact

// buildingBeforeUnit extends a unit said with no street ("apartment 12",
// "unit five") back over the building it is in, named just before it:
// "I live at the Riverside Towers, apartment 12", "my address is harbor
// view apartments unit five". The name is one to three name words and a
// building's noun (buildingNouns: "Towers", "Apartments", "Manor",
// "Lofts"), "the" if said; cased, every word is capitalised. Lowercase,
// where any words might stand before "apartments", the building must be
// given as the address: right after "I live at/in", "address is", "ship
// it to" (addressAsked). It returns the building's first token, or i.
//
// It cannot read a building named with no unit after it ("I live in the
// Riverside Towers") nor one whose noun is missing ("the Dakota,
// apartment 4").
func (ts *Tokens) buildingBeforeUnit(i int) int {
	b := ts.prev(i - 1)
	if b < 0 || ts.sentenceEndsAfter(b) || ts.turn[ts.Toks[b].Last] {
		return i
	}
	if t := &ts.Toks[b]; t.Kind != KindWord || !buildingNouns[t.Norm] || ts.Cased && !ts.Capitalised(t.First) {
		return i
	}
	first := ts.buildingNameBefore(b)
	if first < 0 {
		return i
	}
	if p := ts.prev(first - 1); !ts.Cased && p >= 0 && ts.Toks[p].Kind == KindNumber && !ts.sentenceEndsAfter(p) && ts.addressAsked(p) {
		return p // "ship it to nine birch hill apartments number six": the house number given as the address
	}
	if !ts.Cased && !ts.addressAsked(first) && !ts.livesIn(first) {
		return i // lowercase "... cheap apartments unit five": no building given as the address
	}
	return first
}

// buildingNameBefore returns the first token of the name of a building
// whose noun (buildingNouns) is token b: one to three name words before the
// noun, with "the" if said; cased, the name's words are capitalised. It
// returns -1 where no name word stands before the noun. buildingBeforeUnit
// and buildingBeforeStreet share it.
func (ts *Tokens) buildingNameBefore(b int) int {
	first := -1
	for n, j := 0, ts.prev(b-1); n < 3 && j >= 0; n, j = n+1, ts.prev(j-1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || !isAlpha(t.Norm) || len(t.Norm) < 2 || buildingLeadIns[t.Norm] || t.in(wcStreetStop) || t.in(wcUnitWords) ||
			t.in(wcCornerStop) || t.in(wcAddressTalkWord) || verbContraction(t.Norm) || ts.sentenceEndsAfter(j) || ts.turn[ts.Toks[j].Last] ||
			ts.Cased && !ts.Capitalised(t.First) {
			break
		}
		first = j
	}
	if first < 0 {
		return -1
	}
	if p := ts.prev(first - 1); ts.isWord(p, "the") && !ts.sentenceEndsAfter(p) {
		first = p
	}
	return first
}

// livesIn reports whether token i follows "live in", "living in",
// "staying in": a building or a place someone lives in.
func (ts *Tokens) livesIn(i int) bool {
	p := ts.prev(i - 1)
	return ts.isWord(p, "in", "at") && ts.isWord(ts.prev(p-1), "live", "lives", "living", "reside", "resides", "staying")
}

// buildingNouns end the name of a building that holds units.
var buildingNouns = map[string]bool{"towers": true, "tower": true, "apartments": true, "apts": true, "manor": true,
	"building": true, "residences": true, "lofts": true, "condominiums": true, "condos": true, "mansions": true,
	"lodge": true, "hall": true, "heights": true, "gardens": true, "commons": true, "village": true, "estates": true,
	"plaza": true, "terrace": true, "court": true, "place": true, "house": true, "arms": true, "chambers": true}

// buildingLeadIns are words before a building's name that are no part of it.
var buildingLeadIns = map[string]bool{"the": true, "at": true, "in": true, "to": true, "is": true, "of": true, "on": true, "a": true}

// contentVerbs say what a part of a text or a course holds; a "unit" or a
// "suite" with a number right before one is that part, not where anyone
// lives: "Unit 4 covers the warranty", "suite 3 includes the exercises".
var contentVerbs = map[string]bool{"covers": true, "covered": true, "explains": true, "explained": true,
	"discusses": true, "discussed": true, "introduces": true, "introduced": true, "includes": true,
	"describes": true, "teaches": true, "deals": true, "focuses": true, "outlines": true, "contains": true,
	"summarises": true, "summarizes": true, "reviews": true, "talks": true}
