package redact

import "strings"

// TraceDrops makes Find tell fn of every PERSON finding a trim drops
// (droprecall19_trace.go): the trim, the tests of it that hold for the
// finding, and the finding. The returned func stops it. Tests that set it
// must not run in parallel with others.
func TraceDrops(fn func(trim, rules string, f Finding)) (stop func()) {
	dropTrace = func(trim string, streams []*Tokens, f Finding) {
		fn(trim, strings.Join(dropRules(trim, streams, f), ","), f)
	}
	return func() { dropTrace = nil }
}

// dropRules names the tests of trim that hold for finding f.
func dropRules(trim string, streams []*Tokens, f Finding) []string {
	var ts *Tokens
	for _, s := range streams {
		if s.Channel == f.Channel {
			ts = s
		}
	}
	if ts == nil {
		return nil
	}
	idx := ts.tokenOfWord()
	a, b := ts.local(f.FirstWord), ts.local(f.LastWord)
	var out []string
	add := func(name string, ok bool) {
		if ok {
			out = append(out, name)
		}
	}
	switch trim {
	case "brandTrim":
		add("brandSpan", ts.brandSpan(idx, a, b))
		add("firmSpan", ts.firmSpan(idx, a, b))
	case "eponymTrim":
		if idx[a] < 0 || idx[b] < 0 {
			return []string{"eponym"}
		}
		i, j := int(idx[a]), int(idx[b])
		add("holidayName", ts.holidayName(i, j))
		add("namedThingPossessive", ts.namedThingPossessive(i, j))
		add("placeOfKind", ts.placeOfKind(i, j))
		add("brandProduct", ts.brandProduct(i, j))
		add("eponymCompound", ts.eponymCompound(i, j))
		add("brandGoods", ts.brandGoods(i, j))
		add("shopPossessive", ts.shopPossessive(i, j))
		add("titledDrink", ts.titledDrink(i))
		add("articlePossessive", ts.articlePossessive(i, j))
		add("namedThingPhrase", ts.namedThingPhrase(i, j))
		add("namedThingHead", ts.namedThingHead(i, j))
		add("assistantSpoken", ts.assistantSpoken(i, j))
		add("brandSpokenOfAsThey", ts.brandSpokenOfAsThey(i, j))
		add("shopPossessiveSubject", ts.shopPossessiveSubject(i, j))
		add("brandBesideBrand", ts.brandBesideBrand(i, j))
		add("streetTurnedOnto", ts.streetTurnedOnto(i, j))
		add("businessApposition", ts.businessApposition(i, j))
		add("hn18bThingSpan", ts.hn18bThingSpan(i, j))
		if len(out) == 0 {
			out = append(out, "eponym(brief16)")
		}
	}
	return out
}
