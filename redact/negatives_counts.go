package redact

// Hard negatives of the phone and NUMBER recognizers: a number of a
// phone's length that counts things ("3500000 views", "4812337
// downloads"), said with no phone cue.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Set11's
// hard negatives: orders, places of several words, counts (hn11)".

// countedThings are plural nouns that a number right before counts: what is
// counted in calls about media, sites, accounts and orders. A phone
// number is followed by none of them (it is followed by "is mine", "any
// time", "rings", "works": no list word).
var countedThings = map[string]bool{"views": true, "viewers": true, "people": true, "persons": true, "followers": true,
	"subscribers": true, "users": true, "members": true, "visitors": true, "visits": true, "downloads": true,
	"installs": true, "likes": true, "hits": true, "clicks": true, "plays": true, "streams": true, "votes": true,
	"copies": true, "units": true, "items": true, "pieces": true, "customers": true, "accounts": true,
	"records": true, "rows": true, "entries": true, "pages": true, "words": true, "bytes": true, "messages": true,
	"emails": true, "calls": true, "tickets": true, "orders": true, "points": true, "miles": true, "steps": true,
	"dollars": true, "euros": true, "pounds": true, "yen": true, "rupees": true, "pesos": true, "kilometers": true,
	"kilometres": true, "meters": true, "metres": true, "feet": true, "times": true, "residents": true,
	"inhabitants": true, "employees": true, "students": true, "cases": true}

// countAfter reports whether the word right after number token i, with
// no punctuation between, is a plural noun it counts ("it says 3500000 views"):
// countedThings, or the tokenizer's countNouns.
func (ts *Tokens) countAfter(i int) bool {
	if ts.sentenceEndsAfter(i) || ts.Word(ts.Toks[i].Last).Punct != "" {
		return false // ("reach me on 2125550000, people say it's fine")
	}
	n := ts.next(i + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && (countedThings[ts.Toks[n].Norm] || countNouns[ts.Toks[n].Norm])
}
