package redact

import "strings"

// addressRecognizer finds street addresses: a house number, one to four
// street-name words and a suffix ("123 Main Street", "four fifty Oak
// Ave"), with an apartment, unit or suite after it; "apartment 4B" and "PO
// box 12" alone.
type addressRecognizer struct{}

func (addressRecognizer) Name() string { return "address" }

var streetSuffixes = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true,
	"av": true, "road": true, "rd": true, "lane": true, "ln": true, "drive": true, "dr": true,
	"court": true, "ct": true, "boulevard": true, "blvd": true, "way": true, "place": true,
	"pl": true, "circle": true, "cir": true, "terrace": true, "ter": true, "parkway": true,
	"pkwy": true, "highway": true, "hwy": true, "trail": true, "trl": true, "square": true,
	"sq": true, "loop": true, "plaza": true, "alley": true, "crescent": true, "row": true,
	"path": true, "pike": true, "run": true, "point": true, "ridge": true, "crossing": true,
	"turnpike": true, "expressway": true, "freeway": true, "walk": true, "close": true,
	"grove": true, "heights": true, "hollow": true, "landing": true, "manor": true, "park": true,
	"pass": true, "view": true, "ville": true, "commons": true, "center": true, "centre": true}

var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northwest": true, "northeast": true, "southwest": true, "southeast": true, "nw": true,
	"ne": true, "sw": true, "se": true}

var unitWords = map[string]bool{"apartment": true, "apt": true, "unit": true, "suite": true,
	"ste": true, "number": true, "no": true, "#": true, "floor": true, "building": true,
	"bldg": true, "room": true, "lot": true, "space": true}

// streetStop are words that cannot be part of a street name, so "3 items
// on the road" is no address.
var streetStop = map[string]bool{"and": true, "the": true, "is": true, "of": true, "for": true,
	"on": true, "at": true, "in": true, "to": true, "a": true, "an": true, "or": true, "but": true,
	"my": true, "your": true, "our": true, "their": true, "his": true, "her": true, "it": true,
	"i": true, "you": true, "we": true, "they": true, "that": true, "this": true, "with": true,
	"from": true, "by": true, "was": true, "are": true, "be": true, "have": true, "has": true,
	"had": true, "do": true, "did": true, "not": true, "no": true, "yes": true, "items": true,
	"times": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true,
	"years": true, "dollars": true, "percent": true, "people": true, "off": true, "down": true,
	"up": true, "out": true, "about": true, "just": true, "so": true, "then": true, "than": true,
	"one": true, "ones": true, "them": true, "of them": true, "what": true, "which": true}

func (addressRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch {
		case tk.Kind == KindNumber && len(tk.Norm) <= 6 || tk.Kind == KindAlnum && len(tk.Norm) <= 7 && tk.Norm[0] >= '0' && tk.Norm[0] <= '9':
			if end, ok := ts.street(i); ok {
				end = ts.routeNumber(end)
				if j := ts.next(end + 1); !ts.sentenceEndsAfter(end) && j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && directions[ts.Toks[j].Norm] {
					end = j // "Pennsylvania Avenue Northwest"
				}
				end = ts.unitAfter(end)
				end = ts.cityAfter(end)
				out = append(out, ts.TokenFinding(Address, ts.gridPrefix(i), end, 0.9, "address"))
				i = end
			} else if end, ok := ts.streetThenCity(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.85, "address"))
				i = end
			}
		case tk.Kind == KindWord && (tk.Norm == "po" || tk.Norm == "p.o") || tk.Kind == KindLetters && tk.Norm == "po":
			j := ts.next(i + 1)
			if ts.isWord(j, "box") {
				k := ts.next(j + 1)
				if k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber {
					out = append(out, ts.TokenFinding(Address, i, k, 0.9, "address-pobox"))
					i = k
				}
			}
		case tk.Kind == KindWord && (tk.Norm == "apartment" || tk.Norm == "apt" || tk.Norm == "suite" || tk.Norm == "unit"):
			if end := ts.unitAfter(i - 1); end >= i {
				score := 0.85
				if tk.Norm == "unit" || tk.Norm == "suite" {
					score = 0.7
				}
				out = append(out, ts.TokenFinding(Address, i, end, score, "address-unit"))
				i = end
			}
		}
	}
	return out
}

// street checks for street-name words and a suffix after the house number
// at token i and returns the suffix's token.
func (ts *Tokens) street(i int) (int, bool) {
	words := 0
	for j := ts.next(i + 1); j < len(ts.Toks) && words <= 4; j = ts.next(j + 1) {
		t := &ts.Toks[j]
		switch t.Kind {
		case KindWord:
			if streetSuffixes[t.Norm] && words > 0 {
				// "Dr" and "St" also mean doctor and saint before a name;
				// after street words they end the street. "North Park St":
				// a second suffix ends it.
				if k := ts.next(j + 1); !ts.sentenceEndsAfter(j) && k < len(ts.Toks) && ts.Toks[k].Kind == KindWord && streetSuffixes[ts.Toks[k].Norm] && !unitWords[ts.Toks[k].Norm] {
					return k, true
				}
				return j, true
			}
			if correctionWords[t.Norm] && t.Norm != "i" && t.Norm != "my" && t.Norm != "on" {
				continue // "16489 Mill, sorry, North Park St."
			}
			if t.Norm == "you" && ts.isWord(ts.next(j+1), "know") && words == 0 {
				j = ts.next(j + 1)
				continue // "fourteen oh two, uh, you know, Bayberry Court"
			}
			if streetStop[t.Norm] {
				return 0, false
			}
			words++
		case KindOrdinal, KindLetters:
			words++
		default:
			return 0, false
		}
		if ts.sentenceEndsAfter(j) {
			return 0, false
		}
	}
	return 0, false
}

// gridPrefix returns the first token of an address whose house number is
// token i, taking in a grid letter read before the number ("N456 County
// Road J" read "n four five six county road j").
func (ts *Tokens) gridPrefix(i int) int {
	if p := ts.prev(i - 1); ts.isWord(p, "n", "s", "e", "w") && !ts.sentenceEndsAfter(p) && ts.Word(ts.Toks[p].Last).Punct == "" &&
		ts.isWord(ts.prev(p-1), "address", "is", "at", "it's", "to") {
		return p
	}
	return i
}

// streetThenCity reads, in a transcript with capitals and commas, a street
// without a suffix that a city and a state or ZIP code confirm: "810 W.
// Fulton Market, Chicago, 60607". The house number is token i: then an
// optional direction, one to three capitalised words, the last with a
// comma, and a city that cityAfter confirms. It returns the last token.
func (ts *Tokens) streetThenCity(i int) (int, bool) {
	if !ts.Cased || ts.Toks[i].Kind != KindNumber || len(ts.Toks[i].Norm) > 5 {
		return 0, false
	}
	j := ts.next(i + 1)
	if j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && (directions[ts.Toks[j].Norm] || len(ts.Toks[j].Norm) == 1 && strings.Contains("nsew", ts.Toks[j].Norm)) && !ts.sentenceEndsAfter(j) {
		j = ts.next(j + 1)
	}
	for n := 0; n < 3 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || !ts.Capitalised(t.First) || streetStop[t.Norm] || ts.sentenceEndsAfter(j) {
			return 0, false
		}
		if strings.Contains(ts.Word(t.Last).Punct, ",") {
			if end := ts.cityAfter(j); end > j {
				return end, true
			}
			return 0, false
		}
	}
	return 0, false
}

// unitAfter extends an address ending at token end over "apartment 4B",
// "unit 12", "suite 200", "#5" and returns the new last token.
func (ts *Tokens) unitAfter(end int) int {
	j := ts.next(end + 1)
	if j >= len(ts.Toks) {
		return end
	}
	t := &ts.Toks[j]
	if t.Kind != KindWord || !unitWords[t.Norm] {
		if t.Kind == KindAlnum && len(t.Norm) > 1 && t.Norm[0] == '#' {
			return j
		}
		return end
	}
	k := ts.next(j + 1)
	if ts.isWord(k, "number", "no") {
		k = ts.next(k + 1)
	}
	if k >= len(ts.Toks) {
		return end
	}
	id := &ts.Toks[k]
	switch {
	case id.Kind == KindNumber || id.Kind == KindAlnum || id.Kind == KindLetters && len(id.Norm) <= 3:
	case id.Kind == KindWord && len(id.Norm) == 1 && id.Norm != "i" && id.Norm != "a" || id.Kind == KindWord && id.Norm == "a" && ts.Cased && ts.Word(id.First).Text == "A":
	default:
		return end
	}
	// "4 b": a letter after the number.
	if l := k + 1; l < len(ts.Toks) && ts.Toks[l].Kind == KindWord && len(ts.Toks[l].Norm) == 1 && ts.Toks[l].Norm != "i" && !ts.sentenceEndsAfter(k) && id.Kind == KindNumber {
		if ts.Toks[l].Norm != "a" || ts.Cased && ts.Word(ts.Toks[l].First).Text == "A" {
			return l
		}
	}
	return k
}

// cityAfter extends an address ending at token end over the city (and
// state) that follow it when a state or a ZIP code confirms them: "42 Elm
// Street, Springfield, 01103", "12 Oak Ave, Des Moines, Iowa 50309". The ZIP
// code itself is left to the ZIP recognizer.
func (ts *Tokens) cityAfter(end int) int {
	if ts.sentenceEndsAfter(end) {
		return end
	}
	last := end
	for n, j := 0, ts.next(end+1); n < 4 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if n > 0 && ts.isState(j) {
			return j
		}
		if t.Kind == KindNumber && (len(t.Norm) == 5 || len(t.Norm) == 9) {
			if n == 0 {
				return end
			}
			return last
		}
		if t.Kind != KindWord || streetStop[t.Norm] || ts.Cased && !ts.Capitalised(t.First) {
			return end
		}
		last = j
		if ts.sentenceEndsAfter(j) {
			return end
		}
	}
	return end
}

// routeNumber extends a street ending at token end ("... County Road")
// over the number or letter of a numbered road: "2140 County Road 11",
// "456 State Route J".
func (ts *Tokens) routeNumber(end int) int {
	if !ts.isWord(end, "road", "rd", "route", "highway", "hwy") || ts.sentenceEndsAfter(end) {
		return end
	}
	if !ts.isWord(ts.prev(end-1), "county", "state", "farm", "us", "forest", "ranch", "township", "co") {
		return end
	}
	j := ts.next(end + 1)
	if j < len(ts.Toks) && (ts.Toks[j].Kind == KindNumber && len(ts.Toks[j].Norm) <= 4 || ts.Toks[j].Kind == KindWord && len(ts.Toks[j].Norm) == 1 && ts.Toks[j].Norm != "a" && ts.Toks[j].Norm != "i" ||
		ts.Toks[j].Kind == KindAlnum && len(ts.Toks[j].Norm) <= 4) {
		return j
	}
	return end
}
