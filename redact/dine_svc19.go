package redact

import "strings"

// Restaurants and shops named in the possessive with nothing owned after
// it, where a meal, a table or a delivery is being arranged: "a table at
// Giovanni's for four", "we'll eat at Nando's tonight", "order from
// Jersey Mike's", "I think I like Erik's" (of restaurants just listed).
// names_shops.go takes such a name when a word for its kind follows
// ("Luigi's Deli"); this takes it when none does.
//
// dineTrim drops a PERSON finding (of the person rules) whose last word
// ends in "'s" when all of these hold:
//   - nothing owned follows: a sentence, a clause (a comma) or a turn
//     ends after it, or the next word is one of possessiveEllipsisNext
//     ("for", "at", "tonight") or a word for a kind of shop
//     (names_shops.go: "try Sal's Pizza"; "pizza", "plumbing" and the
//     like only capitalised in a cased transcript);
//   - a word of going or choosing is right before the name, in its
//     sentence (dineLeadIns: "at", "from", "to", "like", "out", "try");
//   - a word of eating out is said, by either speaker, within the forty
//     transcript words before the name or the ten after it (dineWords:
//     "restaurant", "table", "menu", "delivery"), or the same
//     possessive is said elsewhere in the call before a word for a kind
//     of shop ("Erik's Deli" read from a list, then "I'll check out
//     Erik's").
//
// A relative or friend said before the name ("at my brother Tom's") puts
// the kin word, not a lead-in, right before it, so the person stays.
// What it cannot do: a name with no lead-in ("Does Fleming's have a
// table?", "Morton's is booked") stays a person; so does a friend's home
// said in talk of dinner ("come to Mike's for dinner"), since only words
// of a business count; a friend's home said with them ("we booked a table
// at Mike's", of a friend) is dropped, the rule's known cost. Written in
// session 17 (task svc19hn).
func dineTrim(streams []*Tokens, all []Finding) []Finding {
	var byChan map[int]*Tokens
	var shops map[string]bool
	out := all[:0]
	for _, f := range all {
		if f.Type != Person || !strings.HasPrefix(f.Recognizer, "person") {
			out = append(out, f)
			continue
		}
		if byChan == nil {
			byChan = map[int]*Tokens{}
			for _, ts := range streams {
				byChan[ts.Channel] = ts
			}
		}
		ts := byChan[f.Channel]
		if shops == nil && ts != nil {
			shops = shopPossessives(ts.sh.lower)
		}
		if ts == nil || !ts.dinePossessive(ts.local(f.FirstWord), ts.local(f.LastWord), shops) {
			out = append(out, f)
		}
	}
	return out
}

// dinePossessive reports whether channel-local words first..last are a
// place to eat named in the possessive (see dineTrim).
func (ts *Tokens) dinePossessive(first, last int, shops map[string]bool) bool {
	if first < 1 || last < first || last >= len(ts.Words) {
		return false
	}
	w := ts.lw(last)
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "\u2019s")
	}
	if !ok || len(base) < 2 {
		return false
	}
	next := ts.lw(last + 1)
	if !ts.breakAfter(last) && !possessiveEllipsisNext[next] && !shopKinds[next] &&
		!(shopKindsCapitalised[next] && ts.Capitalised(last+1)) &&
		!strings.HasSuffix(ts.Transcript.Words[ts.Words[last]].Text, ",") {
		return false
	}
	if ts.breakBefore(first) || !dineLeadIns[ts.lw(first-1)] {
		return false
	}
	if ts.sentToPossessive19(first) {
		return false // (not "the kitchen table was delivered to Greg's instead": a home things are sent to, review19)
	}
	if shops[w] {
		return true // ("Erik's Deli Cafe" ... "I'll check out Erik's")
	}
	lower := ts.sh.lower
	g := ts.Words[first]
	for i := max(0, g-40); i < min(len(lower), ts.Words[last]+11); i++ {
		if dineWords[lower[i]] {
			return true
		}
	}
	return false
}

// dineLeadIns go right before a place one goes to, orders from or picks.
var dineLeadIns = map[string]bool{"at": true, "from": true, "to": true, "like": true, "out": true,
	"try": true}

// possessiveEllipsisNext may follow a possessive that owns nothing: "a
// table at Luigi's for two", "eat at Nando's tonight".
var possessiveEllipsisNext = map[string]bool{"for": true, "at": true, "on": true, "in": true,
	"tonight": true, "tomorrow": true, "today": true, "this": true, "and": true, "or": true,
	"instead": true, "then": true, "please": true, "again": true, "near": true, "around": true,
	"downtown": true, "sometime": true, "later": true,
	// a new clause's subject: "a table at Luigi's it's our anniversary"
	"it's": true, "it": true, "they": true, "they're": true, "we": true, "we're": true, "i": true, "i'm": true,
	"that's": true, "thank": true, "thanks": true}

// dineWords are said when a meal, a table or a delivery of food is being
// arranged.
//
// Only words of a business are here: "dinner", "lunch", "eat" and "food"
// are said of a friend's home as often ("come to Mike's for dinner"),
// and a person the rule drops is PII left in the clear.
var dineWords = withWords(map[string]bool{}, "restaurant", "restaurants", "table", "tables", "reservation",
	"reservations", "menu", "menus", "delivery", "takeout", "carryout", "cuisine", "dining", "diner",
	"cafe", "bakery", "deli")

// shopPossessives are the words with "'s" that the transcript says right
// before a word that always names a kind of shop (shopKinds: "Erik's
// Deli", not "Dana's plumbing"), by any
// speaker, in one pass over its lowercase words.
func shopPossessives(lower []string) map[string]bool {
	m := map[string]bool{}
	for i := 0; i+1 < len(lower); i++ {
		if w := lower[i]; len(w) > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s")) &&
			shopKinds[lower[i+1]] {
			m[w] = true
		}
	}
	return m
}

// sentToPossessive19 reports whether the possessive at channel-local word
// first follows "to" or "at" and a verb of sending (sendVerbs19) is among
// the eight words before that in its sentence: a home a parcel goes to,
// not a restaurant ("send the dining chairs to Ravi's tomorrow", "the
// table was delivered to Greg's instead"). Added by review19.
func (ts *Tokens) sentToPossessive19(first int) bool {
	if l := ts.lw(first - 1); l != "to" && l != "at" {
		return false
	}
	for k := first - 2; k >= 0 && k >= first-10 && !ts.breakAfter(k); k-- {
		if sendVerbs19[ts.lw(k)] {
			return true
		}
	}
	return false
}
