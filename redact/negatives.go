package redact

// Hard negatives: words of ordinary speech that look like a value to one of
// the recognizers and are not one. Each rule here is a guard that a
// recognizer consults at the point where it decides; the rules are about
// how people speak, not about any one call.

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// cueAcronyms are abbreviations that name a kind of value, spelled letter
// by letter or written in capitals ("the I B A N", "MRN 00987654", "d o
// b"): the word for the value, never the value or a name.
var cueAcronyms = map[string]bool{"iban": true, "mrn": true, "vin": true, "ein": true, "itin": true,
	"npi": true, "mbi": true, "dl": true, "ip": true, "url": true, "ccv": true, "bic": true,
	"imei": true, "iccid": true, "otp": true, "sku": true, "upc": true, "isbn": true, "pnr": true,
	"dmv": true, "irs": true, "atm": true, "ach": true, "hsa": true, "fsa": true, "ssid": true}

// isLetterCue reports whether spelled letters s are an abbreviation for a
// kind of value (letterCues, cueAcronyms) rather than a name or part of an
// ID.
func isLetterCue(s string) bool {
	return letterCues[s] || cueAcronyms[s]
}

// acronymAt reports whether token i is one of cueAcronyms: spelled
// letters ("m r n"), or one word, capitalised or not ("MRN", "iban").
// (The letterCues "id", "pin" and "dob" are left to the cue tables, which
// read "medicare i d" as one cue.)
func (ts *Tokens) acronymAt(i int) bool {
	if i < 0 || i >= len(ts.Toks) {
		return false
	}
	tk := &ts.Toks[i]
	return (tk.Kind == KindLetters || tk.Kind == KindWord) && cueAcronyms[tk.Norm]
}

// hexLiteral reports whether an ID's characters id are a programmer's
// hexadecimal literal: "0x" and one to sixteen hex digits ("build id
// 0x7f00ff00", "zero x seven f ..."). Such numbers are memory addresses,
// build and error codes. (A 40-digit "0x..." is a wallet address and is
// left to the recognizers.)
func hexLiteral(id string) bool {
	if len(id) < 3 || len(id) > 18 || !strings.HasPrefix(id, "0x") {
		return false
	}
	for k := 2; k < len(id); k++ {
		c := id[k]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// dateShaped reports whether number token tk was said or written in the
// shape of a date with a four-digit year, whether or not the month and day
// exist ("thirteen oh one twenty twenty", "zero one thirty two twenty
// twenty", "2026-99-99"): a year said as a year (its "19" or "20" one
// word, "nineteen", "twenty", as no one reads a long ID) first or last, and
// two parts of one or two digits, each its own words. Written, the groups
// are 4-2-2 or 2-2-4 (1 for a one-digit part). People say an impossible
// date ("the form rejects the thirty second of January") far more often
// than an ID of that shape.
func dateShaped(tk *Token) bool {
	d := tk.Norm
	n := len(d)
	if tk.Kind != KindNumber || n < 6 || n > 8 {
		return false
	}
	century := func(k int) bool { return d[k:k+2] == "19" || d[k:k+2] == "20" }
	if g := tk.Groups; len(g) == 3 {
		small := func(x int) bool { return x == 1 || x == 2 }
		if g[0] == 4 && century(0) && small(g[1]) && small(g[2]) || g[2] == 4 && century(n-4) && small(g[0]) && small(g[1]) {
			return true
		}
	}
	if len(tk.pos) != n {
		return false
	}
	// newWord reports whether digit k starts a word of its own.
	newWord := func(k int) bool { return k == 0 || k == n || tk.pos[k] != tk.pos[k-1] }
	// twoParts reports whether digits [a, b) are two parts of one or two
	// digits, split between words, neither a lone zero ("oh five twenty
	// thirty one" is a month and a year).
	twoParts := func(a, b int) bool {
		for k := a + 1; k < b; k++ {
			if k-a <= 2 && b-k <= 2 && newWord(k) && d[a:k] != "0" && d[k:b] != "0" {
				return true
			}
		}
		return false
	}
	// A year as a year: "19"/"20" one word, starting a word.
	year := func(k int) bool { return century(k) && newWord(k) && !newWord(k+1) && newWord(k+4) }
	return year(n-4) && twoParts(0, n-4) || year(0) && twoParts(4, n)
}

// textTyped reports whether findings of type t are words that may hold a
// few digits ("joe one two three at ..."): such digits are no value of
// their own, and saying the same digits again later ("code a, one hundred
// twenty three") reads back nothing.
func textTyped(t Type) bool {
	switch t {
	case Email, URL, Username, Password, IPAddress:
		return true
	}
	return false
}

// restatedCue returns the last token of a cue phrase of tab (of two or
// more words) that starts at token i, said again as the subject of the
// answer ("your favorite color, for the security question?" ... "my
// favorite color is blue": the value follows it), or -1.
func (ts *Tokens) restatedCue(tab cueTable, i int) int {
	for _, phs := range tab {
		for _, ph := range phs {
			if len(ph.words) < 2 {
				continue
			}
			j, last, ok := i, i, true
			for _, w := range ph.words {
				if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || ts.Toks[j].Norm != w {
					ok = false
					break
				}
				last, j = j, ts.next(j+1)
			}
			if ok {
				return last
			}
		}
	}
	return -1
}

// spellingNote returns the last token of words from token i on that tell
// how a value is written ("hauwa.abubakar, all lower case", "one word, no
// spaces"), or -1. Such a note ends the value unless more of it follows
// ("grace a b, um, all lowercase, eighty three").
func (ts *Tokens) spellingNote(i int) int {
	if i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return -1
	}
	j := ts.next(i + 1)
	k := ts.next(j + 1)
	two := func(ok bool) int {
		if ok && !ts.sentenceEndsAfter(i) {
			return j
		}
		return -1
	}
	switch ts.Toks[i].Norm {
	case "lowercase", "uppercase":
		return i
	case "all":
		if ts.isWord(j, "lower", "upper", "small") && ts.isWord(k, "case", "letters") && !ts.sentenceEndsAfter(j) {
			return k
		}
		return two(ts.isWord(j, "lowercase", "caps", "capitals", "uppercase"))
	case "lower", "upper":
		return two(ts.isWord(j, "case"))
	case "no":
		return two(ts.isWord(j, "spaces", "space", "caps", "capitals"))
	case "one":
		return two(ts.isWord(j, "word"))
	case "case":
		return two(ts.isWord(j, "sensitive"))
	}
	return -1
}

// motionWords before "to" or "from" say that a place follows: "flying to
// Auckland", "the shipment to Jordan", "moving back from Spain". (Not
// "send", "wire" or "transfer": money goes to people as often as to
// countries, and "transfer you to Jordan" is a person.)
var motionWords = map[string]bool{"fly": true, "flying": true, "flew": true, "flown": true, "flight": true,
	"flights": true, "travel": true, "traveling": true,
	"travelling": true, "traveled": true, "travelled": true, "trip": true, "ship": true, "shipped": true,
	"shipping": true, "shipment": true, "shipments": true, "move": true, "moving": true, "moved": true,
	"relocating": true, "relocated": true, "headed": true, "heading": true, "drive": true, "driving": true,
	"drove": true, "visit": true, "visiting": true, "visited": true, "vacation": true, "holiday": true,
	"route": true, "commute": true, "train": true, "bus": true, "ticket": true, "tickets": true, "fare": true,
	"roundtrip": true, "arriving": true, "arrived": true, "departing": true, "connecting": true, "layover": true}

// placePrefixes open place names whose second word is often a first name
// or surname: "Fort Collins", "Mount Vernon", "Port Arthur", "Lake Charles",
// "San Jose", "Santa Barbara".
var placePrefixes = map[string]bool{"fort": true, "ft": true, "mount": true, "mt": true, "port": true,
	"lake": true, "san": true, "santa": true, "los": true, "las": true, "cape": true}

// objectPronouns between a motion word and "to" make the thing moved a
// person's business, not the place: "take you to", "drive her to".
var objectPronouns = map[string]bool{"you": true, "me": true, "him": true, "her": true, "them": true, "us": true}

// placeAfter reports whether the words before a candidate name (lowercase,
// nearest first, at most four, within its sentence) say that a place
// follows: "in", "at", "near", "outside", a place name's first word
// ("Fort"),
// or "to"/"from"/"into" after a word of travel with no person between
// ("I'm flying to", "the shipment to"). Not "go to", "came from", "back
// to" or "delivered to": emails come from people, and money and parcels
// go to them ("I want it to go to Diego").
func placeAfter(before []string) bool {
	if len(before) == 0 {
		return false
	}
	switch w := before[0]; {
	case w == "in" || w == "at" || w == "near" || w == "outside" || w == "around" || placePrefixes[w]:
		return true
	case w == "to" || w == "from" || w == "into":
		for _, b := range before[1:] {
			if objectPronouns[b] {
				return false
			}
			if motionWords[b] {
				return true
			}
		}
	}
	return false
}

// wordsBefore fills buf with the lowercase words of the up to four
// tokens before token i, nearest first, stopping at a sentence's end or a
// token that is not a word.
func (ts *Tokens) wordsBefore(i int, buf []string) []string {
	buf = buf[:0]
	for p := ts.prev(i - 1); p >= 0 && len(buf) < 4 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p); p = ts.prev(p - 1) {
		buf = append(buf, ts.Toks[p].Norm)
	}
	return buf
}

// placeNotName reports whether the word at token i, taken for a name with
// no naming cue, is a place or a brand: a listed place that is no first
// name ("Canada", "Spain", "It's California"), or such a brand with no or
// a weak cue (listed: "and Apple"), the second word of one ("Costa Rica", "New
// York"), a word after words that say a place follows
// ("flying to Auckland", "near Fort Collins"), the start of a route
// ("Boston to New York"), or the town of an address ("... Hollow Road,
// Beckley", "Bozeman, Montana").
func (ts *Tokens) placeNotName(i int, listed bool) bool {
	w := ts.Toks[i].Norm
	if ts.spelledNext(i) || ts.introSpeaking(i) {
		return false // "It's Lagos, spelled L A G O S", "Medicare, Irenke speaking"
	}
	if names.IsPlaceOrBrand(w) && !names.IsFirstName(w) && (listed || names.IsPlace(w)) {
		return true // ("It's California, hold on": a place, not a brand's "this is Liberty")
	}
	var buf [4]string
	before := ts.wordsBefore(i, buf[:0])
	if placeAfter(before) {
		return true
	}
	if p := ts.prev(i - 1); len(before) > 0 && ts.Word(ts.Toks[p].Last).Punct == "" {
		if p := before[0]; names.IsPlace(p) && !names.IsFirstName(p) || p == "new" && ts.Cased && ts.Capitalised(ts.Toks[i].First) {
			return true
		}
	}
	// The town of an address: after a street's type and a comma, or
	// before a state or a ZIP code.
	if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && streetSuffixes[ts.Toks[p].Norm] &&
		strings.Contains(ts.Word(ts.Toks[p].Last).Punct, ",") {
		return true
	}
	if ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) {
		return false
	}
	if ts.Toks[n].Kind == KindWord && placeEnd(ts.Toks[n].Norm) {
		return true // "Daly City", "Castro Street"
	}
	switch t := &ts.Toks[n]; {
	case t.Kind == KindWord && stateNames[t.Norm] && !ts.sentenceEndsAfter(n):
		k := ts.next(n + 1)
		return k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && (len(ts.Toks[k].Norm) == 5 || len(ts.Toks[k].Norm) == 9)
	case t.Kind == KindWord && stateNames[t.Norm]:
		return strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",")
	case ts.isWord(n, "to") && !ts.sentenceEndsAfter(n):
		// A route: "Boston to New York", "Denver to Los Angeles".
		for k, m := ts.next(n+1), 0; k < len(ts.Toks) && m < 2 && ts.Toks[k].Kind == KindWord; k, m = ts.next(k+1), m+1 {
			if l := ts.Toks[k].Norm; names.IsPlaceOrBrand(l) && !names.IsFirstName(l) || stateNames[l] {
				return true
			}
			if ts.sentenceEndsAfter(k) {
				break
			}
		}
	}
	return false
}

// placeBeforeWord is placeAfter for transcript word i: the words before it
// on its channel, by the same speaker, within its sentence.
func placeBeforeWord(t *transcript.Transcript, i int) bool {
	var buf [4]string
	before := buf[:0]
	for k := i - 1; k >= 0 && len(before) < 4; k-- {
		w := &t.Words[k]
		if w.Channel != t.Words[i].Channel {
			continue
		}
		if w.Speaker != t.Words[i].Speaker || strings.ContainsAny(w.Punct, ".?!") {
			break
		}
		before = append(before, lowerWord(w.Text))
	}
	return placeAfter(before)
}

// monthOfDate reports whether the word at token i is a month said as part
// of a date ("June 12th", "April 9, 1975", "may fifth"): a month name
// before a day (an ordinal, or a number of one or two digits up to 31) is
// no name, capitalised or not.
func (ts *Tokens) monthOfDate(i int) bool {
	if _, ok := months[ts.Toks[i].Norm]; !ok || ts.Toks[i].Kind != KindWord {
		return false
	}
	j := ts.next(i + 1)
	if j >= len(ts.Toks) || ts.sentenceEndsAfter(i) {
		return false
	}
	switch t := &ts.Toks[j]; t.Kind {
	case KindOrdinal:
		return true
	case KindNumber:
		if len(t.Norm) > 2 {
			// "June 12 2024" read as one number: a day and a year.
			return len(t.Norm) >= 5 && len(t.Norm) <= 6 && plausibleDate(t.Norm)
		}
		d, _ := atoiSmall(t.Norm)
		return d >= 1 && d <= 31
	}
	return false
}

// monthWithin reports whether a month name lies between tokens i and last:
// digits around it are a date ("renewed on 1 January 2024"), not an ID.
func (ts *Tokens) monthWithin(i, last int) bool {
	for k := i + 1; k < last; k++ {
		if ts.Toks[k].Kind == KindWord {
			if _, ok := months[ts.Toks[k].Norm]; ok {
				return true
			}
		}
	}
	return false
}

// otherEvents are words of an event other than a birth: a date after one
// of them, past a birth cue, is that event's ("born in Ohio but moved on
// June 1st 2010").
var otherEvents = map[string]bool{"but": true, "moved": true, "married": true, "graduated": true,
	"started": true, "joined": true, "opened": true, "retired": true, "arrived": true, "relocated": true,
	"divorced": true, "hired": true, "bought": true, "enrolled": true, "renewed": true, "paid": true,
	"shipped": true, "ordered": true, "signed": true, "immigrated": true, "emigrated": true, "died": true,
	"passed": true, "adopted": true}

// otherEventBefore reports whether one of otherEvents comes between a
// birth cue and the date starting at token i: among the words of the same
// sentence before i, up to the cue.
func (ts *Tokens) otherEventBefore(i int) bool {
	for p, n := ts.prev(i-1), 0; p >= 0 && n < 8 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p); p, n = ts.prev(p-1), n+1 {
		w := ts.Toks[p].Norm
		if otherEvents[w] {
			return true
		}
		if w == "born" || w == "birth" || w == "birthday" || w == "dob" {
			return false
		}
	}
	return false
}

// expiringThings are what expires besides a card: a date after talk of
// one of them, nearer than any card, is that thing's expiry.
var expiringThings = []string{"coupon", "coupons", "promo", "promotion", "offer", "voucher", "warranty",
	"lease", "subscription", "membership", "trial", "contract", "prescription", "domain", "passport",
	"license", "licence", "permit", "policy", "insurance", "registration", "certificate", "quote",
	"rebate", "discount", "certification"}

// cardWords name a payment card.
var cardWords = []string{"card", "visa", "mastercard", "amex", "discover", "credit", "debit", "cvv", "cvc"}

// notACardsExpiry reports whether an expiry cued at token i is not a
// card's: a full date with its day ("2025-12-31", "twelve thirty one
// twenty twenty six") — a card's expiry is a month and a year — or a date
// after talk of another thing that expires ("the coupon ... expires"),
// nearer than any talk of a card.
func (ts *Tokens) notACardsExpiry(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind == KindNumber && dateShaped(tk) || tk.Kind == KindDate && strings.Count(tk.Norm, "/")+strings.Count(tk.Norm, "-")+strings.Count(tk.Norm, ".") >= 2 {
		return true
	}
	gw := ts.Words[tk.First]
	thing := ts.sh.distanceBack(gw, 12, expiringThings...)
	card := ts.sh.distanceBack(gw, 40, cardWords...)
	return thing >= 0 && (card < 0 || thing < card)
}

// dateNamed reports whether number token i is a whole date (a four-digit
// year first or last) read digit by digit after the word "date" ("the date
// on the receipt is oh three one five two oh two four"), a little further
// back than saidAsDate looks.
func (ts *Tokens) dateNamed(i int) bool {
	tk := &ts.Toks[i]
	return len(tk.Norm) == 8 && fullDate(tk.Norm) && ts.sh.distanceBack(ts.Words[tk.First], 8, "date", "dated") >= 0
}

// placeEnd reports whether w ends a place's name and is no surname: "Daly
// City", "Castro Street", "Stanford Shopping Center" (not "Sarah Wood",
// "Grace Park").
func placeEnd(w string) bool {
	switch w {
	case "street", "avenue", "ave", "road", "rd", "boulevard", "blvd", "parkway", "highway", "expressway",
		"freeway", "turnpike", "center", "centre", "mall", "plaza":
		return true
	}
	return placeWords[w] && !names.IsSurname(w)
}

// wordNotName reports whether the word at token i, taken for a name after
// cue ph (if cued), is an English word that is in no name list
// ("invalid", "frozen", "pretending", "appears") said where nothing says
// it is a name: without capitals after a weak cue, "it's" or "i'm" ("it's
// frozen from June first", "i'm pretending") or none; or right after "my
// name" used as a subject ("my name appears incorrectly"), capitalised or
// not. ("this is hyacinth how can i help" introduces the agent, and
// "your name?" ... "yaw darko" answers.)
func (ts *Tokens) wordNotName(i int, cued bool, ph cuePhrase) bool {
	w := ts.Toks[i].Norm
	if names.IsFirstName(w) || names.IsSurname(w) || !names.IsEnglishWord(w) || ts.spelledNext(i) {
		return false
	}
	switch {
	case cued && ph.cat == cueName:
		p := ts.prev(i - 1)
		return ts.isWord(p, "name") && ts.isWord(ts.prev(p-1), "my") && !ts.Capitalised(ts.Toks[i].First) &&
			ts.Word(ts.Toks[p].Last).Punct == ""
	case cued && ph.cat == cueIntro:
		return !ts.Cased && ph.words[0] != "this" && ph.words[0] != "here"
	}
	return !ts.Cased && (!cued || ph.cat == cueWeak || ph.cat == cueStrong)
}

// businessPair reports whether the word at token i ends a business named
// "X and Y" ("thank you for calling Maple and Finch", "Juniper and Vine,
// this is Tessa"): the word before it is "and", and the pair comes after
// "calling", "reached" or "at", or opens its sentence and a greeting
// follows it ("this is", "how can I help", "good morning").
func (ts *Tokens) businessPair(i int) bool {
	a := ts.prev(i - 1)
	if !ts.isWord(a, "and") || ts.sentenceEndsAfter(a) {
		return false
	}
	p1 := ts.prev(a - 1)
	if p1 < 0 || ts.Toks[p1].Kind != KindWord || ts.sentenceEndsAfter(p1) || personStop[ts.Toks[p1].Norm] {
		return false
	}
	p2 := ts.prev(p1 - 1)
	if ts.isWord(p2, "calling", "reached", "at") && !ts.sentenceEndsAfter(p2) {
		return true
	}
	if p2 >= 0 && !ts.sentenceEndsAfter(p2) && !ts.turn[ts.Toks[p2].Last] {
		return false
	}
	// The pair opens its sentence: a greeting must follow it (after at
	// most one more capitalised word, "Kite and Key Toys").
	n := i
	for k := 0; k < 2; k++ {
		j := ts.next(n + 1)
		if j >= len(ts.Toks) {
			return false
		}
		if ts.isWord(j, "this", "how", "good", "thanks", "thank", "hello", "hi") {
			return true
		}
		if ts.sentenceEndsAfter(n) || ts.Toks[j].Kind != KindWord {
			return false
		}
		n = j
	}
	return false
}

// thousands reports whether a written number s groups its digits in
// thousands with two or more commas ("1,234,567", "8,336,817"): a count or
// an amount, as writers and speech engines write them. Digits read out
// for an ID or a phone number are never grouped so. (One comma, "1,006",
// may be the last four of a social as a speech engine writes them.)
func thousands(s string) bool {
	first := strings.IndexByte(s, ',')
	if first < 1 || first > 3 || (len(s)-first)%4 != 0 || len(s)-first < 8 {
		return false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if k >= first && (k-first)%4 == 0 {
			if c != ',' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// versionBefore reports whether a word that names a version comes right
// before token i, in its sentence ("the firmware version is 10.2.14.3",
// "build ten dot two dot one dot four"): four numbers with dots after it
// are a version, not an IP address.
func (ts *Tokens) versionBefore(i int) bool {
	var buf [4]string
	for _, w := range ts.wordsBefore(i, buf[:0]) {
		switch w {
		case "version", "versions", "ver", "v", "firmware", "release", "build", "patch", "update", "revision":
			return true
		case "is", "was", "it's", "the", "now", "number", "to", "on", "of":
			continue // ("the firmware version is now ...")
		}
		return false
	}
	return false
}

// loginDestination reports whether token i follows "log in to", "sign
// into", "log on at" (an article between): what one logs in to is a site
// or an app, not the username.
func (ts *Tokens) loginDestination(i int) bool {
	p := ts.prev(i - 1)
	if ts.isWord(p, "the", "my", "your", "a", "our") {
		p = ts.prev(p - 1)
	}
	if !ts.isWord(p, "to", "into", "onto", "at") {
		return false
	}
	q := ts.prev(p - 1)
	return ts.isWord(q, "in", "on", "login", "signin", "logon")
}

// credentials are degrees and licences written after a name ("Alissa
// Scanlin, PsyD", "Omar Haddad MD"): a title, not part of the name.
var credentials = map[string]bool{"phd": true, "psyd": true, "md": true, "dds": true, "dmd": true,
	"rn": true, "lpn": true, "np": true, "lcsw": true, "lmft": true, "lpc": true, "esq": true, "cpa": true,
	"mba": true, "dvm": true, "pharmd": true, "od": true, "edd": true, "jd": true, "msw": true, "aprn": true}

// lettersOfAnID reports whether letters token i runs straight on into
// digits ("it's q x seven l m p", "SK 4410", "part w d twelve"): the
// letters of a code, not a name spelled.
func (ts *Tokens) lettersOfAnID(i int) bool {
	if ts.sentenceEndsAfter(i) || ts.Word(ts.Toks[i].Last).Punct != "" {
		return false
	}
	j := ts.next(i + 1)
	return j < len(ts.Toks) && (ts.Toks[j].Kind == KindNumber || ts.Toks[j].Kind == KindAlnum)
}

// otherValueWords name another kind of value; said where a password or
// username was asked for, they choose which value comes ("your PIN or the
// answer to your security question?" ... "PIN is 2580").
var otherValueWords = map[string]bool{"pin": true, "pin's": true, "passcode": true, "ssn": true, "dob": true,
	"email": true, "zip": true, "account": true, "phone": true, "cvv": true, "iban": true, "social": true}

// purposeClause reports whether the word at token i is the verb of a
// clause saying why something is asked ("and your username, to check your
// identity?"): "to" before it and a determiner or pronoun after it.
func (ts *Tokens) purposeClause(i int) bool {
	if !ts.isWord(ts.prev(i-1), "to") || ts.sentenceEndsAfter(i) {
		return false
	}
	return ts.isWord(ts.next(i+1), "your", "the", "my", "his", "her", "our", "their", "you", "it", "that", "this")
}

// oneVerbs after "that one", "the new one" make "one" the subject of a
// verb, a pronoun: "that one doesn't pass our check", "the old one
// expired".
var oneVerbs = map[string]bool{"doesn't": true, "does": true, "isn't": true, "is": true, "was": true,
	"wasn't": true, "has": true, "hasn't": true, "won't": true, "didn't": true, "works": true,
	"worked": true, "expired": true, "expires": true, "failed": true, "fails": true, "passed": true,
	"passes": true, "went": true, "goes": true, "came": true, "looks": true, "seems": true, "says": true,
	"said": true, "shows": true, "showed": true, "got": true, "gets": true, "should": true, "would": true,
	"will": true, "can": true, "can't": true, "couldn't": true}
