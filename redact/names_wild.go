package redact

import "strings"

// nameKey is the name a word says, for matching a name said again:
// lowercased, trimmed, and without a possessive "'s" ("Mahmoud's checking
// account" names Mahmoud).
func nameKey(w string) string {
	l := lowerWord(w)
	if k, ok := strings.CutSuffix(l, "'s"); ok && len(k) >= 3 {
		return k
	}
	if k, ok := strings.CutSuffix(l, "’s"); ok && len(k) >= 3 {
		return k
	}
	return l
}
