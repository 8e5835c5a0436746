package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Hard negatives of the person recognizer named after people or built
// like a name (task hn16): a PERSON finding is dropped (eponymTrim, run
// after brandTrim) when its words are
//
//   - a holiday or a day named after someone: the name right before
//     "Day" ("closed on Martin Luther King Day", "the day after Columbus
//     Day", "due on Valentine's Day"). A name of holidayEponyms counts in
//     any case; a saint's name after "St." or "Saint" ("St. Patrick's
//     Day"); any other name only with "'s" before a capitalised "Day" in a
//     cased transcript ("Founder's Day"). Not before "day after", "day
//     before", "day off" or "day by day" ("tell Victoria day after
//     tomorrow"); a person called Day ("Doris Day") has no "'s" and no
//     holiday name;
//   - a name with "'s" before a capitalised English word in the middle of
//     a sentence of a cased transcript, the way a business or an event is
//     written ("a Sam's Club card", "Macy's Parade"; not "Sam's car", "Jo's
//     Mom" (a relative), "Ann's Honda" (a brand after it));
//   - a place of a name and a word for a kind of place ("going to Myrtle
//     Beach", "in Palm Springs", "near Jackson Heights") after a word that
//     says a place follows: "in", "at", "near", "into", "through",
//     "around", "outside", "past", or "to"/"from" after a word of going
//     ("drove down to", "moved from"); a cased transcript needs the kind's
//     capital. ("I talked to Amy Beach" keeps Amy Beach: "talked" is no
//     word of going);
//   - a listed brand that is no first name after an article or a
//     possessive, with what follows it ("a Toyota Camry", "my Honda
//     Civic"): a product;
//   - a surname that is no first name before a word for what is named
//     after a discoverer ("the Doppler shift", "a Richter scale"), and any
//     name before "'s law" ("Murphy's law"; not "Ana's law firm"): an
//     eponym;
//   - a maker's name between an article or a possessive and a thing
//     it makes ("a Michael Kors bag", "my Calvin Klein jeans");
//   - a name with "'s" and no noun after it, after "at" or "from" that
//     a word of shopping comes before ("paid at Marshall's yesterday",
//     "ordered lunch from Jimmy John's"): a shop;
//   - "Dr" or "Mr" ordered as a drink ("a large Dr Pepper", "can I grab a
//     Dr Pepper");
//   - a name's "'s" with no noun after it, after an article ("a Wendy's",
//     "the nearest Lowe's", "the Peet's near the station"): a shop; not
//     after "the" with a time after the word of where ("at the Garcia's
//     on Sunday") or a verb of staying or visiting before ("staying at
//     the Garcia's near the school"): a family's home (task review16).
//
// What it cannot do: a business named like a person with no such shape
// ("the merchant was Papa John's", "we ate at Mike's") stays a person where
// the person rules take it, and so does a place said with no word of place
// before it ("Myrtle Beach was lovely").
// Measured: hn16_probe_test.go (TestFind_HardNegativeProbe).

// holidayEponyms name holidays and days with "Day" after them, and no one
// in particular there ("Columbus Day", "Presidents Day", "Victoria Day").
var holidayEponyms = withWords(map[string]bool{}, "columbus", "valentine", "valentines", "valentine's",
	"presidents", "president", "presidents'", "victoria", "mother", "mothers", "father", "fathers",
	"veterans", "veteran", "labor", "labour", "memorial", "boxing", "remembrance", "anzac", "bastille",
	"groundhog", "flag", "armistice", "independence", "canada", "australia")

// saintNames are saints whose day is named with "St." or "Saint" before
// it ("St. Patrick's Day", "Saint George's Day").
var saintNames = withWords(map[string]bool{}, "patrick", "patricks", "george", "georges", "andrew",
	"andrews", "david", "davids", "stephen", "stephens", "valentine", "valentines", "joseph", "josephs",
	"john", "johns", "jean", "lucia", "lucy", "nicholas", "martin", "martins")

// placeKinds end a place's name after a name ("Myrtle Beach", "Palm
// Springs", "Jackson Heights", "Carson City").
var placeKinds = withWords(map[string]bool{}, "beach", "bay", "springs", "falls", "heights", "hills", "city",
	"island", "islands", "valley", "harbor", "harbour", "creek", "county", "township", "parish", "canyon",
	"rapids", "village", "lakes", "keys", "gardens")

// placeLeads before a name say a place follows, whatever comes before
// them.
var placeLeads = withWords(map[string]bool{}, "in", "at", "near", "into", "through", "around", "outside",
	"past", "toward", "towards", "visiting", "visited", "visit")

// goingWords before "to" or "from" and a place make it the place: "drove
// down to", "we're going to", "moved up from".
var goingWords = withWords(map[string]bool{}, "go", "going", "goes", "went", "gone", "get", "got", "getting",
	"come", "coming", "came", "back", "down", "up", "over", "out", "away", "trip", "way", "vacation")

// eponymTrim drops the PERSON findings whose words are a holiday, a
// business, a place or a product built like a name (see the file
// comment), and those that name a thing after a person in public talk
// (eponym, names_brief16.go: "the Kennedy Center", "Camp David", a holiday
// found alone): one pass over the findings for both trims of things named
// after people (task speed17; they were two passes, hn16's over the tokens
// and brief16's namedAfterTrim over the transcript's words).
func eponymTrim(t *transcript.Transcript, streams []*Tokens, all []Finding) []Finding {
	lower := lowerOf(streams)
	cased, casedKnown := false, false // (transcriptCased once, at the first person finding)
	return dropPersonFindings(streams, all, func(ts *Tokens, idx []int32, f Finding, a, b int) bool {
		if a >= 0 && b < len(idx) && a <= b && idx[a] >= 0 && idx[b] >= 0 && ts.eponymSpan(int(idx[a]), int(idx[b])) {
			return true
		}
		if !casedKnown {
			cased, casedKnown = transcriptCased(t), true
		}
		return f.FirstWord >= 0 && f.LastWord < len(t.Words) && eponym(t, lower, cased, f)
	})
}

// eponymSpan reports whether tokens a..b, a PERSON finding, are a holiday,
// a business, a place or a product built like a name.
func (ts *Tokens) eponymSpan(a, b int) bool {
	for i := a; i <= b; i++ {
		if ts.Toks[i].Kind != KindWord && ts.Toks[i].Kind != KindFiller && ts.Toks[i].Kind != KindPunct {
			return false
		}
	}
	return ts.holidayName(a, b) || ts.namedThingPossessive(a, b) || ts.placeOfKind(a, b) || ts.brandProduct(a, b) ||
		ts.eponymCompound(a, b) || ts.brandGoods(a, b) || ts.shopPossessive(a, b) || ts.titledDrink(a) ||
		ts.articlePossessive(a, b) || ts.namedThingSpan(a, b) || ts.hn18bThingSpan(a, b) // (hn18_things.go, hn18b_firms.go)
}

// articlePossessive reports whether tokens a..b end in a name's "'s" that
// no noun follows, after an article or a word that picks one of many:
// "a Wendy's", "every McDonald's", "the nearest Lowe's"; after "the" only
// with where it is after it ("the Peet's near the station", "the Macy's
// on Fifth"; not "we're going to the Smith's for dinner", "the Smith's
// account").
func (ts *Tokens) articlePossessive(a, b int) bool {
	if _, poss := possessiveStem(ts.Toks[b].Norm); !poss {
		return false
	}
	p := ts.prev(a - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind != KindWord {
		return false
	}
	n := -1
	if !ts.sentenceEndsAfter(b) {
		n = ts.next(b + 1)
		if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
			n = -1
		}
	}
	if n >= 0 && ts.Word(ts.Toks[b].Last).Punct == "" && !bareAfter[ts.Toks[n].Norm] && !ts.isWord(n, shopPlaceWords...) {
		return false // a noun of the name's after it
	}
	switch {
	case ts.isWord(p, "a", "an", "every", "another", "nearest", "closest", "local", "nearby"):
		return true
	case ts.isWord(p, "the"):
		return n >= 0 && ts.isWord(n, shopPlaceWords...) && !ts.whenAfter(n) && !ts.homeVisitBefore(p)
	}
	return false
}

// whenAfter reports whether the word after token n (a word of where)
// says when, not where: "at the Garcia's on Sunday", "the Lees' over the
// holidays" are a family's home (task review16).
func (ts *Tokens) whenAfter(n int) bool {
	k := ts.next(n + 1)
	if k < len(ts.Toks) && ts.isWord(k, "the", "this", "that", "next", "last") {
		k = ts.next(k + 1)
	}
	if k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
		return false
	}
	w := ts.Toks[k].Norm
	return weekdays[strings.TrimSuffix(w, "s")] || ts.isWord(k, "weekend", "weekends", "holiday", "holidays",
		"summer", "winter", "spring", "fall", "morning", "mornings", "afternoon", "evening", "evenings", "night",
		"nights", "christmas", "thanksgiving", "easter", "break", "week", "month", "time")
}

// homeVisitBefore reports whether a verb of staying or visiting comes
// within three words before token p ("the"): "staying at the Garcia's
// near the school" is a family's home (task review16).
func (ts *Tokens) homeVisitBefore(p int) bool {
	for q, m := ts.prev(p-1), 0; q >= 0 && m < 3 && ts.Toks[q].Kind == KindWord && !ts.sentenceEndsAfter(q); q, m = ts.prev(q-1), m+1 {
		if ts.isWord(q, "stay", "stays", "staying", "stayed", "visit", "visiting", "visited", "sleep", "sleeping",
			"slept", "live", "lives", "living", "lived", "sleepover", "babysitting", "babysit") {
			return true
		}
	}
	return false
}

// shopPlaceWords after a shop's name say where it is: "the Peet's near
// the station", "the Wendy's on Fifth".
var shopPlaceWords = []string{"near", "on", "in", "at", "by", "across", "off", "downtown", "uptown", "around",
	"next", "behind", "opposite", "beside", "inside", "over"}

// goodsNouns are things sold under a designer's or a maker's name: "a
// Michael Kors bag", "my Calvin Klein jeans", "a John Deere tractor".
var goodsNouns = withWords(map[string]bool{}, "bag", "bags", "purse", "purses", "handbag", "handbags", "wallet",
	"jacket", "jackets", "coat", "coats", "shirt", "shirts", "dress", "dresses", "shoes", "sneakers", "boots",
	"jeans", "watch", "watches", "perfume", "cologne", "fragrance", "sunglasses", "glasses", "frames", "belt",
	"suit", "sweater", "hoodie", "tractor", "mower", "drill", "vacuum", "blender", "mixer", "guitar", "piano",
	"mattress", "bike", "bicycle", "razor", "toothbrush", "grill", "cookware", "luggage", "suitcase",
	"backpack", "headphones", "earbuds", "speaker", "speakers", "collection", "outlet")

// goodsLeads before a maker's name and what it makes say it is owned or
// bought: "a", "my", "this" ...
var goodsLeads = []string{"a", "an", "my", "your", "his", "her", "our", "their", "the", "this", "that",
	"these", "those", "new", "old", "used", "fake", "real"}

// brandGoods reports whether tokens a..b, no word of them with "'s", are
// a maker's name between an article or a possessive and one of
// goodsNouns: "a Michael Kors bag", "his Tommy Hilfiger jacket" (not
// "Michael's bag", "a bag for Michael Kors").
func (ts *Tokens) brandGoods(a, b int) bool {
	for i := a; i <= b; i++ {
		if _, poss := possessiveStem(ts.Toks[i].Norm); poss {
			return false
		}
	}
	p := ts.prev(a - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || !ts.isWord(p, goodsLeads...) || !ts.joined(b) {
		return false
	}
	n := ts.next(b + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && goodsNouns[ts.Toks[n].Norm]
}

// shopTalkWords before "at" or "from" and a bare possessive make it a
// shop: "paid at Marshall's", "I ordered from Jimmy John's".
var shopTalkWords = withWords(map[string]bool{}, "bought", "buy", "buying", "ordered", "order", "ordering",
	"paid", "pay", "paying", "shop", "shopped", "shopping", "charged", "charge", "purchased", "purchase",
	"spent", "returned", "return", "refund", "refunded", "receipt", "lunch", "dinner", "breakfast", "takeout",
	"delivery", "delivered", "coupon", "pickup")

// bareAfter are words after a possessive that say no noun of its follows:
// "at Marshall's yesterday", "from Jimmy John's and ...".
var bareAfter = withWords(map[string]bool{}, "and", "or", "but", "so", "because", "yesterday", "today",
	"tonight", "again", "twice", "once", "earlier", "online", "last", "this", "on", "in", "at", "for", "with",
	"about", "since", "when", "before", "after", "instead", "too", "then", "every", "all")

// shopPossessive reports whether tokens a..b end with a name's "'s" that
// no noun follows, after "at" or "from" that a verb or noun of shopping
// comes before within three words: "I paid at Marshall's yesterday",
// "ordered lunch from Jimmy John's" (not "I stayed at Mike's", "a gift
// from Ana's mom").
func (ts *Tokens) shopPossessive(a, b int) bool {
	if _, poss := possessiveStem(ts.Toks[b].Norm); !poss {
		return false
	}
	if !ts.sentenceEndsAfter(b) && ts.Word(ts.Toks[b].Last).Punct == "" {
		n := ts.next(b + 1)
		if n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !bareAfter[ts.Toks[n].Norm] {
			return false
		}
	}
	p := ts.prev(a - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || !ts.isWord(p, "at", "from") {
		return false
	}
	for q, m := ts.prev(p-1), 0; q >= 0 && m < 3 && ts.Toks[q].Kind == KindWord && !ts.sentenceEndsAfter(q); q, m = ts.prev(q-1), m+1 {
		if shopTalkWords[ts.Toks[q].Norm] {
			return true
		}
	}
	return false
}

// titledDrink reports whether token a, the first of a PERSON finding, is
// "Dr" or "Mr" said as a drink or a product ordered: after a size or a
// serving word ("a large Dr Pepper", "two Dr Peppers"), or after "a" that
// a verb of ordering comes before ("can I grab a Dr Pepper") (not "a Dr
// Patel called", "I saw a Dr. Okafor").
func (ts *Tokens) titledDrink(a int) bool {
	if !ts.isWord(a, "dr", "mr") {
		return false
	}
	p := ts.prev(a - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind != KindWord {
		return false
	}
	if w := ts.Toks[p].Norm; servingWords[w] || w == "diet" || w == "cherry" || quantityWords[w] && w != "one" {
		return true
	}
	q := ts.prev(p - 1)
	return ts.isWord(p, "a", "an") && q >= 0 && !ts.sentenceEndsAfter(q) && ts.isWord(q, "grab", "get", "have", "want", "like",
		"order", "ordered", "bring", "buy", "bought", "drink", "drank", "had", "pour")
}

// eponymHeads after a surname name a thing after its discoverer, not the
// person: "the Doppler shift", "a Richter scale", "the Heimlich
// maneuver". eponymPossessiveHeads do so after "'s": "Murphy's law",
// "Occam's razor".
var (
	eponymHeads = withWords(map[string]bool{}, "shift", "effect", "scale", "maneuver", "manoeuvre", "principle",
		"theorem", "equation", "equations", "constant", "curve", "cycle", "diagram", "distribution", "transform",
		"belt", "paradox", "conjecture", "lemma", "coefficient", "radiation", "syndrome", "algorithm", "flask")
	eponymPossessiveHeads = withWords(map[string]bool{}, "law", "laws", "theorem", "principle", "paradox",
		"razor", "conjecture", "lemma", "constant", "syndrome", "disease")
)

// eponymCompound reports whether token b, the last of a PERSON finding,
// is a name that is no listed first name before one of eponymHeads (or
// with "'s" before one of eponymPossessiveHeads): "Doppler shift",
// "Murphy's law". A first name before such a word is a person's ("Ana's
// syndrome got worse"), but for "'s law", which is no one's but its
// author's whatever the name ("Murphy's law"; not "Ana's law firm").
// A finding of more than the one name, or a title before it, is a
// person's: "Mr. Delgado's disease" is a patient's (task review16).
func (ts *Tokens) eponymCompound(a, b int) bool {
	stem, poss := possessiveStem(ts.Toks[b].Norm)
	if !ts.joined(b) {
		return false
	}
	if a != b || ts.isWord(ts.prev(a-1), "mr", "mrs", "ms", "miss", "dr", "mx", "sir") {
		return false // a name with a title or said twice: "Mr. Delgado's disease", "Okafor, Okafor's syndrome" (task review16)
	}
	n := ts.next(b + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	h := ts.Toks[n].Norm
	if poss && eponymPossessiveHeads[h] && (h == "law" || h == "laws") {
		// "Murphy's law", whoever the name: not "Ana's law firm".
		m := ts.next(n + 1)
		return ts.sentenceEndsAfter(n) || m >= len(ts.Toks) || ts.Toks[m].Kind != KindWord ||
			!ts.isWord(m, "firm", "firms", "school", "office", "degree", "practice", "class", "classes", "exam", "career", "student")
	}
	if names.IsFirstName(stem) {
		return false
	}
	if poss {
		return eponymPossessiveHeads[h]
	}
	return eponymHeads[h]
}

// joined reports whether token i goes on into the next token with no
// punctuation and no end of sentence between.
func (ts *Tokens) joined(i int) bool {
	return !ts.sentenceEndsAfter(i) && ts.Word(ts.Toks[i].Last).Punct == ""
}

// holidayName reports whether tokens a..b are the name of a holiday with
// "Day" in it or right after it (see the file comment).
func (ts *Tokens) holidayName(a, b int) bool {
	d, e := -1, -1 // "day", and the name's last token before it
	if b > a && ts.isWord(b, "day") {
		d, e = b, ts.prev(b-1)
	} else {
		// Up to two more words of the name may come first ("Martin
		// Luther" found, "King Day" after).
		for k, m := b, 0; m < 3 && ts.joined(k); m++ {
			n := ts.next(k + 1)
			if ts.isWord(n, "day") {
				d, e = n, k
				break
			}
			if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
				break
			}
			if w := ts.Toks[n].Norm; !names.IsFirstName(w) && !names.IsSurname(w) {
				break
			}
			k = n
		}
	}
	if d < 0 || e < a {
		return false
	}
	if n := ts.next(d + 1); !ts.sentenceEndsAfter(d) && ts.isWord(n, "after", "before", "off", "by") {
		return false // "tell Victoria day after tomorrow"
	}
	stem, poss := possessiveStem(ts.Toks[e].Norm)
	switch {
	case holidayEponyms[stem] || holidayEponyms[ts.Toks[e].Norm]:
		return true
	case stem == "king" || stem == "kings":
		p := ts.prev(e - 1)
		return ts.isWord(p, "luther", "jr", "junior") // "Martin Luther King Day"
	case saintNames[stem]:
		p := ts.prev(e - 1)
		return ts.isWord(p, "st", "saint")
	}
	return poss && ts.Cased && ts.Capitalised(ts.Toks[d].First) && !ts.SentenceStart(ts.Toks[d].First)
}

// namedThingPossessive reports whether tokens a..b end in a name with
// "'s" before a capitalised English word mid-sentence, or hold both (see
// the file comment).
func (ts *Tokens) namedThingPossessive(a, b int) bool {
	if !ts.Cased {
		return false
	}
	p, n := b, -1
	if _, poss := possessiveStem(ts.Toks[b].Norm); poss && ts.joined(b) {
		n = ts.next(b + 1)
	} else if b > a {
		if q := ts.prev(b - 1); q >= a {
			if _, poss := possessiveStem(ts.Toks[q].Norm); poss && ts.joined(q) {
				p, n = q, b
			}
		}
	}
	if n < 0 || n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || n != ts.next(p+1) {
		return false
	}
	w := ts.Toks[n].Norm
	if !ts.Capitalised(ts.Toks[n].First) || ts.SentenceStart(ts.Toks[n].First) || !names.IsEnglishWord(w) ||
		names.IsFirstName(w) || names.IsBrand(w) || ts.isWord(n, kinNouns...) || ts.isWord(n, "mom", "mum", "dad",
		"mommy", "daddy", "mama", "papa", "nana", "granny", "gran", "grandad", "auntie", "aunty") {
		return false
	}
	return true
}

// placeOfKind reports whether tokens a..b are, or are followed by, a
// place of a name and a word of placeKinds, after a word that says a place
// follows (see the file comment).
func (ts *Tokens) placeOfKind(a, b int) bool {
	k := -1
	if b > a && placeKinds[ts.Toks[b].Norm] {
		k = b
	} else if n := ts.next(b + 1); ts.joined(b) && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && placeKinds[ts.Toks[n].Norm] {
		k = n
	}
	if k < 0 || ts.Cased && !ts.Capitalised(ts.Toks[k].First) {
		return false
	}
	var buf [4]string
	before := ts.wordsBefore(a, buf[:0])
	if len(before) == 0 {
		return false
	}
	switch w := before[0]; {
	case placeLeads[w]:
		return true
	case w == "to" || w == "from":
		for _, x := range before[1:] {
			if objectPronouns[x] {
				return false
			}
			if goingWords[x] || motionWords[x] {
				return true
			}
		}
	}
	return false
}

// brandProduct reports whether tokens a..b open with a listed brand that
// is no first name, after an article or a possessive (see the file
// comment).
func (ts *Tokens) brandProduct(a, b int) bool {
	k, _ := possessiveStem(ts.Toks[a].Norm)
	if !names.IsBrand(k) || names.IsFirstName(k) {
		return false
	}
	p := ts.prev(a - 1)
	return p >= 0 && !ts.sentenceEndsAfter(p) && ts.isWord(p, productLeadList...)
}

// productLeadList before a brand make it a thing owned or bought: "a
// Toyota Camry", "my Honda".
var productLeadList = []string{"a", "an", "my", "our", "your", "his", "her", "their", "new", "used", "old"}
