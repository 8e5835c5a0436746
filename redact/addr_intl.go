package redact

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/callveil/callveil/redact/internal/names"
)

// Addresses written the way most of Europe and Latin America write them:
// the street's name first and the house number after it (UPU address
// formats): "Hauptstraße 12", "Maria Dehlis Vei 15", "Valdemarsgade 42",
// "Calle Mayor 5", "Rua Augusta 2217", "Szewska 6, Kraków".
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Addresses
// outside the US form (issue 15, set9 dev half)" and "Set11's dev half:
// foreign postcodes, streets name first, a card's last four, names in
// passing".

// foreignTypes are street types that follow the street's name as a word of
// their own ("Eberswalder Straße", "Maria Dehlis Vei", "Eduard Sueß
// Gasse", "Henrik Walters Plass", "Oranjelaan Westzijde"): German,
// Austrian, Dutch, Danish, Norwegian and Swedish words that are no English
// word.
var foreignTypes = map[string]bool{"straße": true, "strasse": true, "str": true, "gasse": true, "weg": true,
	"allee": true, "platz": true, "damm": true, "ufer": true, "chaussee": true, "straat": true, "laan": true,
	"plein": true, "gracht": true, "kade": true, "singel": true, "gade": true, "vej": true, "vei": true,
	"veien": true, "veg": true, "vegen": true, "gata": true, "gatan": true, "vägen": true, "vagen": true,
	"plass": true, "plads": true, "torget": true, "torv": true}

// foreignTypeEndings are the same types written as the end of the
// street's one word ("Eberswalder Str." aside: "Hauptstraße",
// "Valdemarsgade", "Oranjelaan", "Kungsgatan", "Varmdovagen").
var foreignTypeEndings = []string{"straße", "strasse", "gasse", "weg", "allee", "platz", "damm", "ufer",
	"straat", "laan", "plein", "gracht", "gade", "vej", "veien", "gata", "gatan", "vägen", "vagen",
	"plass", "plads", "torget"}

// notForeignStreets are English words with such an ending ("brigade",
// "renegade").
var notForeignStreets = map[string]bool{"brigade": true, "brigades": true, "renegade": true, "renegades": true,
	"escapade": true, "cavalcade": true, "palisade": true, "crusade": true, "blockade": true, "grenade": true}

// lowerLeadingTypes are the types said before the name ("Rua Augusta",
// "Avenida Paulista") that no English word or common surname shares, so
// that a lowercase transcript may read them with no cue: "via", "rue",
// "calle", "boulevard", "quai" are left out ("via email", "you'll rue
// it", "Calle" a surname).
var lowerLeadingTypes = map[string]bool{"rua": true, "avenida": true, "carrera": true, "carrer": true,
	"avinguda": true, "travessa": true, "rodovia": true, "viale": true, "piazza": true, "strada": true,
	"chemin": true, "paseo": true}

// numberAfterNoun are words that say the number before them counts or
// measures something ("Calle Johnson 5 minutes ago"), so it is no house
// number.
var numberAfterNoun = map[string]bool{"minutes": true, "hours": true, "days": true, "weeks": true,
	"months": true, "years": true, "times": true, "items": true, "dollars": true, "euros": true,
	"pounds": true, "percent": true, "people": true, "of": true, "am": true, "pm": true, "o'clock": true}

// danishSide are the Danish words for the door on a floor, after the house
// and floor numbers: "t.v." (left), "th." (right), "mf." (middle).
var danishSide = map[string]bool{"tv": true, "t.v": true, "th": true, "t.h": true, "mf": true}

// addressTalkWord holds addressTalk's words, which are no street's name
// ("... your mailing address oranjelaan westzijde forty one").
var addressTalkWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range addressTalk {
		m[w] = true
	}
	return m
}()

// foreignTypeAt reports whether token j is a foreign street type word, or a
// word ending in one ("Hauptstraße"), or ("Eberswalder Str.") its
// abbreviation.
func (ts *Tokens) foreignTypeAt(j int) bool {
	t := &ts.Toks[j]
	if t.Kind != KindWord {
		return false
	}
	if foreignTypes[t.Norm] {
		return true
	}
	if notForeignStreets[t.Norm] {
		return false
	}
	for _, e := range foreignTypeEndings {
		if len(t.Norm) >= len(e)+3 && strings.HasSuffix(t.Norm, e) {
			return true
		}
	}
	return false
}

// nameFirstStreet reads, from word token i, a street whose name comes
// before its house number: one to four name words, then the number ("Maria
// Dehlis Vei 15", "Szewska 6, Kraków", "Genter Straße 16a", "calle
// principal twenty b"), with a letter or a second number ("Beethovenova
// 641/9") after it. It counts where an address is asked for and this
// opens the answer (addressAsked: "and the service address?" "Sure,
// Korunní 810, Praha."), or, with no cue, when the street carries a
// foreign type (foreignTypeAt) or is cased and opens with a type said first
// ("Calle Mayor 5"), and the number ends its clause. It returns the last
// token.
func (ts *Tokens) nameFirstStreet(i int) (int, bool) {
	t0 := &ts.Toks[i]
	if t0.Kind != KindWord || t0.in(wcNumberAnswerLeadIns) || t0.in(wcStreetStop) || t0.in(wcStreetParticles) && t0.Norm != "la" {
		return 0, false
	}
	// The shape first: name words, then a house number.
	words, typed, num, firstName := 0, false, -1, i
	needsCue := false // a comma before the number, or a number in the name
	for j := i; j < len(ts.Toks); j = ts.next(j + 1) {
		t := &ts.Toks[j]
		if needsCue && t.Kind == KindNumber && len(t.Norm) == 4 && ts.datedStreetYear(ts.prev(j-1)) == j {
			continue // the year of a date naming the street: "Strada 1 Decembrie 1918 14b"
		}
		if t.Kind == KindNumber && words > 0 && !needsCue && len(t.Norm) <= 2 && (ts.Cased && ts.nameWordAfter(j) || ts.dateNameAfter(j)) {
			// A date or a number naming the street ("Aleja 29 Listopada
			// 11", "Ulica 3 Maja 7", "Rua 7 de Setembro 40"), where an
			// address is asked for.
			needsCue = true
			words++
			continue
		}
		if t.Kind == KindNumber || t.Kind == KindAlnum && t.Norm[0] >= '0' && t.Norm[0] <= '9' || (t.Kind == KindDate || t.Kind == KindMeasure) && slashHouse(t.Norm) {
			if t.Kind == KindNumber && len(t.Norm) > 5 && !ts.postcodeJoined(j) && !ts.crossingNumber(j) && !(!ts.Cased && len(t.Norm) <= 10) && ts.datedStreetYear(ts.prev(j-1)) != j || t.Kind != KindNumber && len(t.Norm) > 8 {
				return 0, false
			}
			if t.Kind == KindNumber && len(t.Norm) > 5 && !ts.Cased && !typed {
				// In lowercase the postcode runs on into the house number:
				// "eberswalder strasse one zero zero one oh four" (a foreign
				// type), "am falkpl five one zero four three seven" (where
				// an address is asked for).
				needsCue = true
			}
			num = j
			break
		}
		// (A particle may be spelled, "lorenzo d e zovela eleven
		// twenty six": letters after a name word; addr16.go's test.)
		particle := t.in(wcStreetParticles) || t.Norm == "am" || t.Norm == "an" || t.Norm == "den" || t.Norm == "od" && words > 0
		// An English type after a foreign name ("Dimitra street 11"),
		// written lowercase in a cased transcript.
		englishType := words > 0 && (t.in(wcStreetSuffixes) || t.Norm == "st")
		if t.Norm == "dot" || t.Norm == "slash" || t.Norm == "colon" || t.Norm == "underscore" {
			return 0, false // "abc dot com slash one two three": a web address read out, no street's name
		}
		if t.Kind != KindWord && !(t.Kind == KindLetters && particle && words > 0) || words == 4 || t.in(wcUnitWords) || t.in(wcAddressTalkWord) || t.Norm == "box" || t.in(wcTimeWords) || t.in(wcNumberCueWord) ||
			verbContraction(t.Norm) || t.in(wcNumberAnswerLeadIns) || !particle && t.in(wcStreetStop) ||
			ts.Cased && !particle && !englishType && !foreignTypes[t.Norm] && !ts.upperFirst(t.First) || ts.sentenceEndsAfter(j) && !ts.streetAbbrev(j) {
			return 0, false
		}
		if strings.Contains(ts.Word(t.Last).Punct, ",") {
			// "C. de Ruiz de Alarcón, 23", "Lorenzo DE ZOVELA, 1126": a
			// comma before the number, where an address is asked for.
			k := ts.next(j + 1)
			if !ts.Cased || k >= len(ts.Toks) || ts.Toks[k].Kind != KindNumber || len(ts.Toks[k].Norm) > 5 && !ts.postcodeJoined(k) {
				return 0, false
			}
			needsCue = true
		}
		if !particle {
			if words == 0 {
				firstName = j
			}
			words++
		}
		typed = typed || ts.foreignTypeAt(j)
	}
	if num < 0 || words == 0 {
		return 0, false
	}
	if p := ts.prev(num - 1); p >= i && (ts.isState(p) || ts.dottedState(p)) {
		return 0, false // a town, its state and a ZIP: "Brooklyn, N.Y. 11216", "washington d.c 20500"
	}
	if f := ts.Toks[firstName].Norm; !ts.Cased && !typed && names.IsCommonWord(f) && !leadingTypes[f] {
		return 0, false // "where did it happen?" "at home fifteen oh five northwest ..."
	}
	if !ts.sentenceEndsAfter(num) && ts.isWord(ts.next(num+1), "box") {
		return 0, false // a route and its box: "HCR 62 Box 17" (taggedBox)
	}
	if ts.streetFromNumber(num) {
		return 0, false // the number opens a street of its own: "is it still 914 Cottonwood Drive"
	}
	end := num
	if !ts.sentenceEndsAfter(num) && !strings.Contains(ts.Word(ts.Toks[num].Last).Punct, ",") {
		if k := ts.next(num + 1); k < len(ts.Toks) {
			switch t := &ts.Toks[k]; {
			case ts.doorAfter(num) > num:
				end = ts.doorAfter(num)
			case t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm) && t.Norm != "i" && (t.Norm != "a" || ts.letterA(k) || ts.townAfterLetterA(k)):
				end = k // "sixteen a" read as "16a"; "twelve c"
			case t.Kind == KindWord && (t.Norm == "sur" || t.Norm == "este") && ts.crossingNumber(num):
				end = k // a Colombian city's quadrant: "Kr 9 #12-40 Sur"
			case t.Kind == KindWord && (measureNouns[t.Norm] || numberAfterNoun[t.Norm]):
				return 0, false // "Calle Johnson 5 minutes ago"
			}
		}
	}
	if (needsCue || ts.Toks[num].Kind == KindDate || ts.Toks[num].Kind == KindMeasure) && !ts.addressAsked(i) {
		return 0, false // "Beethovenova 641/9" only where an address is asked for
	}
	lead := ts.Toks[i].Norm
	// A foreign type, or in lowercase a type said first that no English
	// word shares, is evidence enough; a cased street that opens with a
	// type must end its clause ("Via Rail 4 times" does not).
	strong := typed || !ts.Cased && lowerLeadingTypes[lead]
	if !(strong || ts.Cased && leadingTypes[lead] && ts.Capitalised(ts.Toks[i].First) && ts.endsClause(end)) && !ts.addressAsked(i) {
		return 0, false
	}
	return ts.unitAfter(end), true
}

// dateNameAfter reports whether number token j, in its sentence with no
// comma after it, is the day of a date naming a street, said with a
// particle ("Avenida 4 de Fevereiro 120", "rua sete de setembro"): "de",
// "do" or "del" and a word that is no small word, then a house number
// within two words.
func (ts *Tokens) dateNameAfter(j int) bool {
	if ts.sentenceEndsAfter(j) || strings.Contains(ts.Word(ts.Toks[j].Last).Punct, ",") {
		return false
	}
	k := ts.next(j + 1)
	if ts.datedStreetYear(k) >= 0 {
		return true // "Strada 1 Decembrie 1918 14b"
	}
	if k < len(ts.Toks) && ts.Toks[k].Kind == KindWord && polishMonthsOf[ts.Toks[k].Norm] && !ts.sentenceEndsAfter(k) {
		// Polish names a street by a date with the month in the
		// genitive and no particle: "Aleja 29 Listopada 11", "ulica
		// trzeciego maja" aside, "ulica 3 maja 7".
		m := ts.next(k + 1)
		return m < len(ts.Toks) && ts.Toks[m].Kind == KindNumber && len(ts.Toks[m].Norm) <= 3 // (a year is no house number)
	}
	if !ts.isWord(k, "de", "do", "del") || ts.sentenceEndsAfter(k) {
		return false
	}
	m := ts.next(k + 1)
	if m >= len(ts.Toks) || ts.Toks[m].Kind != KindWord || ts.Toks[m].in(wcStreetStop) || ts.Cased && !ts.Capitalised(ts.Toks[m].First) {
		return false
	}
	for n, l := 0, ts.next(m+1); n < 2 && l < len(ts.Toks) && !ts.sentenceEndsAfter(ts.prev(l-1)); n, l = n+1, ts.next(l+1) {
		if ts.Toks[l].Kind == KindNumber {
			return true
		}
	}
	return false
}

// polishMonthsOf are the Polish months in the genitive, as a date naming a
// street says them after the day ("3 Maja", "29 Listopada", "11
// Listopada"), with and without their diacritics.
var polishMonthsOf = map[string]bool{"stycznia": true, "lutego": true, "marca": true, "kwietnia": true,
	"maja": true, "czerwca": true, "lipca": true, "sierpnia": true, "września": true, "wrzesnia": true,
	"października": true, "pazdziernika": true, "listopada": true, "grudnia": true}

// townAfterLetterA reports whether the "a" at token k, after a house
// number in a lowercase transcript, is the number's letter because a word
// that is no English word follows it, the town: "jablonskistrasse
// twenty nine a berlin" (not "... nine a block away").
func (ts *Tokens) townAfterLetterA(k int) bool {
	if ts.Cased || ts.sentenceEndsAfter(k) {
		return false
	}
	m := ts.next(k + 1)
	if m >= len(ts.Toks) || ts.Toks[m].Kind != KindWord {
		return false
	}
	w := ts.Toks[m].Norm
	return len(w) >= 3 && isAlpha(w) && !streetStop[w] && !names.IsEnglishWord(w) && !names.IsCommonWord(w)
}

// endsClause reports whether the address ending at token end ends its
// clause: the sentence or turn ends, a comma follows, or a postal code or
// (cased) a capitalised town comes next.
func (ts *Tokens) endsClause(end int) bool {
	if ts.sentenceEndsAfter(end) || ts.turn[ts.Toks[end].Last] || strings.Contains(ts.Word(ts.Toks[end].Last).Punct, ",") {
		return true
	}
	k := ts.next(end + 1)
	if k >= len(ts.Toks) {
		return true
	}
	t := &ts.Toks[k]
	return t.Kind == KindNumber && len(t.Norm) >= 4 && len(t.Norm) <= 5 || ts.Cased && t.Kind == KindWord && ts.Capitalised(t.First) && !t.in(wcStreetStop)
}

// streetAbbrev reports whether token j, cased and followed by a full stop,
// is a street type's abbreviation inside the street ("Tv. Dos Fiéis de
// Deus 12C", "Am Falkpl. 5", "Eberswalder Str. 9"): a capitalised word of
// at most three letters, or one ending in "pl" or "str".
func (ts *Tokens) streetAbbrev(j int) bool {
	t := &ts.Toks[j]
	if !ts.Cased || t.Kind != KindWord || !ts.Capitalised(t.First) && !foreignTypes[t.Norm] || ts.turn[t.Last] || ts.Word(t.Last).Punct != "." {
		return false // (a type's own abbreviation may be lowercase: "str. 27 August 1991 40")
	}
	return len(t.Norm) <= 3 || strings.HasSuffix(t.Norm, "pl") || strings.HasSuffix(t.Norm, "str")
}

// crossingNumber reports whether number token j is a Colombian house
// number as it is written: the street's number, "#" and the crossing
// street's number and the house's, joined by a dash ("Cra 18#63-64",
// "Calle 26 # 68-35", "Cl 72 #10-34"), which the tokenizer reads as one
// number of up to eight digits. It takes a "#" and a dash.
func (ts *Tokens) crossingNumber(j int) bool {
	t := &ts.Toks[j]
	if len(t.Norm) > 8 {
		return false
	}
	hash, dash := false, false
	for w := t.First; w <= t.Last; w++ {
		txt := ts.Word(w).Text
		hash = hash || strings.Contains(txt, "#")
		dash = dash || strings.Contains(txt, "-")
	}
	return hash && dash
}

// postcodeJoined reports whether number token j, longer than a house
// number, is a written house number and a postal code run together by the
// tokenizer ("Eberswalder Straße 100, 104", "Am Bürgerpark 15-18,
// 13156"): its first word, of at most five digits or a range, ends with a
// comma.
func (ts *Tokens) postcodeJoined(j int) bool {
	t := &ts.Toks[j]
	w := ts.Word(t.First)
	return t.First != t.Last && (len(w.Text) <= 5 && allDigits(w.Text) || dashRange(w.Text)) && strings.Contains(w.Punct, ",")
}

// streetFromNumber reports whether a street the other rules read starts at
// number token num ("914 Cottonwood Drive", "456 County Road J", "12 Rue
// Montmartre"), or a direction follows it ("1505 Northwest 14th Street").
func (ts *Tokens) streetFromNumber(num int) bool {
	if ts.Toks[num].Kind != KindNumber && ts.Toks[num].Kind != KindAlnum || ts.sentenceEndsAfter(num) {
		return false
	}
	if _, ok := ts.street(ts.halfAfter(num)); ok {
		return true
	}
	if _, ok := ts.numberedRoute(num); ok {
		return true
	}
	if _, ok := ts.typeFirstStreet(num); ok {
		return true
	}
	k := ts.next(num + 1)
	return k < len(ts.Toks) && ts.Toks[k].Kind == KindWord && ts.Toks[k].in(wcDirections)
}

// slashHouse reports whether s is a house number written with a slash:
// the building's and the street's numbers ("641/9", Czech), or a flat and
// its house ("1/135", Australian): one to four digits either side, and
// perhaps a letter at the end.
func slashHouse(s string) bool {
	a, b, ok := strings.Cut(s, "/")
	if ok && len(b) > 1 && isAlpha(b[len(b)-1:]) {
		b = b[:len(b)-1]
	}
	return ok && len(a) >= 1 && len(a) <= 4 && len(b) >= 1 && len(b) <= 4 && allDigits(a) && allDigits(b)
}

// typelessScore is the score of a street read without its type from house
// number i: surer than a name ("Where should we send it?" "14 Glen
// Neaves.") where it answers a question for an address, else below one.
func (ts *Tokens) typelessScore(i int) float64 {
	if ts.addressAsked(i) {
		return 0.92
	}
	return 0.8
}

// markedHouseStreet reads a street after a house number written with a
// slash or as a range that the tokenizer took for a measure or a date
// ("1/135 Ferny Way", a flat and its house; "11-12 Sparrow Hill"), where
// an address is asked for or given, or cased with the street's words
// capitalised. It returns the street's last token.
func (ts *Tokens) markedHouseStreet(i int) (int, bool) {
	if !slashHouse(ts.Toks[i].Norm) && !dashRange(ts.Toks[i].Norm) {
		return 0, false
	}
	end, ok := ts.street(i)
	if !ok || !(ts.addressAsked(i) || ts.addressEvidence(i, end)) {
		return 0, false
	}
	return end, true
}

// dashRange reports whether s is a range of house numbers, "11-12",
// "100-106": the second above the first, less than 1000 apart.
func dashRange(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok || len(a) == 0 || len(a) > 4 || len(b) == 0 || len(b) > 4 || !allDigits(a) || !allDigits(b) || a[0] == '0' {
		return false
	}
	x, _ := atoiSmall(a)
	y, _ := atoiSmall(b)
	return x < y && y-x < 1000
}

// postcodeOutside ends each address of out before a postal code that ends
// it and that the ZIP recognizer reads ("11-12 Sparrow Hill, Loughborough
// LE11 1BT"): as both findings score alike and ZIP is the more specific
// type, the address would otherwise lose every word to the postcode.
func (ts *Tokens) postcodeOutside(out []Finding) []Finding {
	for j := range out {
		f := &out[j]
		if f.Type != Address || f.Channel != ts.Channel {
			continue
		}
		a, b := ts.local(f.FirstWord), ts.local(f.LastWord)
		first := -1
		// (tokens are in word order: start at the address's first, not at
		// the channel's, or a call of many addresses costs their product)
		for k := sort.Search(len(ts.Toks), func(k int) bool { return ts.Toks[k].First >= a }); k < len(ts.Toks); k++ {
			t := &ts.Toks[k]
			if t.Last > b {
				break
			}
			if first < 0 {
				first = k
				continue
			}
			if !(t.Kind == KindAlnum || t.Kind == KindLetters) || !isLetter(t.Norm[0]) {
				continue
			}
			last := ts.postcodeAt(k)
			if last < 0 || ts.Toks[last].Last != b {
				continue
			}
			if cat, _ := ts.numberCue(k, cueWindow); cat != cueZIP && !(ts.postcodeWritten(k, last) && ts.nearAddress(k)) {
				continue
			}
			p := ts.prev(k - 1)
			if p <= first {
				break
			}
			f.LastWord = ts.Words[ts.Toks[p].Last]
			f.End = ts.Transcript.Words[f.LastWord].End
			break
		}
	}
	return out
}

// upperFirst reports whether channel-local word w starts with a capital
// letter, in capitals throughout or not ("Lorenzo DE ZOVELA"), in a cased
// transcript.
func (ts *Tokens) upperFirst(w int) bool {
	if !ts.Cased {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(ts.Word(w).Text, trimCutset))
	return unicode.IsUpper(r)
}

// nameWordAfter reports whether the token after number token j, in its
// sentence with no comma between, is a capitalised word that can name a
// street (no small word, unit or talk of an address).
func (ts *Tokens) nameWordAfter(j int) bool {
	if ts.sentenceEndsAfter(j) || strings.Contains(ts.Word(ts.Toks[j].Last).Punct, ",") {
		return false
	}
	k := ts.next(j + 1)
	if k >= len(ts.Toks) {
		return false
	}
	t := &ts.Toks[k]
	return t.Kind == KindWord && ts.Capitalised(t.First) && !t.in(wcStreetStop) && !t.in(wcUnitWords) && !t.in(wcAddressTalkWord) && t.Norm != "box" &&
		!t.in(wcStreetSuffixes) && !t.in(wcWeakSuffixes) && !t.in(wcLeadingTypes) && !t.in(wcDirections)
}

// buildingWords end the name of a building said between a flat and its
// street ("Flat 18, Da Vinci House, 44 Saffron Hill").
var buildingWords = map[string]bool{"house": true, "court": true, "building": true, "tower": true, "towers": true,
	"mansions": true, "lodge": true, "hall": true, "block": true, "apartments": true, "chambers": true, "heights": true}

// flatBuildingStreet reads, from "flat" or "apartment" at token i, the
// flat's number, a building's name of one to four words ending in a
// building word, and the street with its house number after it, as
// British addresses give them ("Flat 18, Da Vinci House, 44 Saffron
// Hill"). Cased, the building's words are capitalised. It returns the
// street's last token.
func (ts *Tokens) flatBuildingStreet(i int) (int, bool) {
	if !ts.isWord(i, "flat", "apartment", "studio") || ts.sentenceEndsAfter(i) {
		return 0, false
	}
	k := ts.unitID(ts.next(i + 1))
	if k < i || ts.sentenceEndsAfter(k) {
		return 0, false
	}
	for n, j := 0, ts.next(k+1); n < 5 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || t.in(wcStreetStop) || ts.Cased && !ts.Capitalised(t.First) || ts.sentenceEndsAfter(j) {
			return 0, false
		}
		if n == 0 || !buildingWords[t.Norm] {
			continue
		}
		num := ts.next(j + 1)
		if num >= len(ts.Toks) || !(ts.Toks[num].Kind == KindNumber && len(ts.Toks[num].Norm) <= 5 || ts.Toks[num].Kind == KindDate && dashRange(ts.Toks[num].Norm)) {
			return 0, false
		}
		if end, ok := ts.street(num); ok {
			return ts.directionAfter(end), true
		}
		// The flat and the building are evidence enough for a type that
		// is an everyday word ("forty four saffron hill").
		for m, l := 0, ts.next(num+1); m < 3 && l < len(ts.Toks) && !ts.sentenceEndsAfter(num); m, l = m+1, ts.next(l+1) {
			w := &ts.Toks[l]
			if w.Kind != KindWord || w.in(wcStreetStop) {
				break
			}
			if m > 0 && w.in(wcWeakSuffixes) {
				return l, true
			}
			if ts.sentenceEndsAfter(l) {
				break
			}
		}
		return 0, false
	}
	return 0, false
}

// doorAfter extends a house number (and floor) ending at token end over the
// Danish door after it ("Valdemarsgade 42 4 t.v.", said "t v") and
// returns the new last token, or end.
func (ts *Tokens) doorAfter(end int) int {
	k := ts.next(end + 1)
	if k >= len(ts.Toks) || ts.sentenceEndsAfter(end) || strings.Contains(ts.Word(ts.Toks[end].Last).Punct, ",") {
		return end
	}
	t := &ts.Toks[k]
	switch {
	case t.Kind != KindNumber && danishSide[strings.ReplaceAll(t.Norm, ".", "")]:
		return k
	case t.Kind == KindWord && t.Norm == "t" && ts.isWord(ts.next(k+1), "v", "h") && !ts.sentenceEndsAfter(k):
		return ts.next(k + 1)
	}
	return end
}
