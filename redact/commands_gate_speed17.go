package redact

import "sync"

// contactLeads are the words that contactedName (names_commands.go) reads
// a name after: every word one of its cases takes, the verbs of its lists
// and the words it names. It asks this one set of each word before the
// token instead of each list in turn (task speed17: the commands
// recognizer asks it of every token of a call), so it must hold all of
// them; a word outside it falls to the switch's default in any case.
var contactLeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{giveVerbs, copyVerbs, joinVerbs, contactVerbs, payAppVerbs} {
		for w, in := range set {
			if in {
				m[w] = true
			}
		}
	}
	for _, w := range []string{
		"wish", "wished", "send", "sent", "sending", // givenAMessage
		"in",                             // loopedIn: "loop in"
		"of",                             // heldOf: "get hold of"; askedAbout: "of"
		"pay", "paying", "paid", "repay", // paidBack
		"me", "us", "get", "getting", // getVerb
		"let", "up", "for", "by", "about", "on", "with", "to", "from"} {
		m[w] = true
	}
	return m
})
