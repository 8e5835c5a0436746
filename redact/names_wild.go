package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// nameKey is the name a word says, for matching a name said again:
// lowercased, trimmed, and without a possessive "'s" ("Tendai's checking
// account" names Tendai).
func nameKey(w string) string {
	return lowerNameKey(lowerWord(w))
}

// lowerNameKey is nameKey of a word already lowercased and trimmed (l,
// lowerWord's result).
func lowerNameKey(l string) string {
	if k, ok := strings.CutSuffix(l, "'s"); ok && len(k) >= 3 {
		return k
	}
	if k, ok := strings.CutSuffix(l, "’s"); ok && len(k) >= 3 {
		return k
	}
	return l
}

// surnameFirst reports whether w, said right before the first name cur in
// a lowercase transcript, is its surname said first, as a directory or a
// booking list reads names ("okonkwo beatrice", "wrobel tomasz"): a listed
// surname that is no listed first name, no English word and no place or
// brand, before a listed first name that is no common word.
func surnameFirst(w, cur string) bool {
	return len(w) >= 3 && names.IsSurname(w) && !names.IsFirstName(w) && !names.IsEnglishWord(w) && !plainWord(w) &&
		!placeOrBrand(w) && !placeName(w) && !streetSuffixes[w] &&
		names.IsFirstName(cur) && !names.IsCommonWord(cur)
}

// personRoles name the person a question asks for, at its end: "and the
// contact person?", "the other account holder?", "and the payee?". The
// answer is a name as it is to "and the name?".
var personRoles = map[string]bool{"person": true, "holder": true, "beneficiary": true, "recipient": true,
	"payee": true, "cardholder": true, "cosigner": true, "co-signer": true, "guarantor": true, "spouse": true,
	"policyholder": true, "subscriber": true, "guardian": true, "executor": true}

// placeNameAgain reports whether transcript word i, a first name found
// before in the call that is also a place ("Savannah", "Georgia") or a
// common word ("Grace", "Bob"), is said again where a person goes or
// something comes from: right after "to", "with", "for" or "from"
// ("forty dollars to Savannah, done", "yes, to grace, she's my sister", "a
// request from bob for twenty dollars").
func placeNameAgain(t *transcript.Transcript, i int) bool {
	k := nameKey(t.Words[i].Text)
	if !names.IsFirstName(k) || !notNames[k] && !names.IsCommonWord(k) || notNames[k] && names.IsCommonWord(k) {
		return false
	}
	for p := i - 1; p >= 0 && p >= i-4; p-- {
		if t.Words[p].Channel != t.Words[i].Channel {
			continue
		}
		if t.Words[p].Punct != "" {
			return false
		}
		switch lowerWord(t.Words[p].Text) {
		case "to", "with", "for", "from":
			return true
		}
		return false
	}
	return false
}
