package redact

import "github.com/callveil/callveil/redact/internal/names"

// Stations named after places. Ground stations and control centres are
// called by the name of where they are ("Go ahead, Madrid.", "Roger,
// Kano.", "This is Honolulu.", "okay aquarius houston we copy"), so on
// radio traffic (callSigns.radio: the transcript acknowledges with
// "roger", names a call sign or a station, or checks the radio) a place's
// name found as a name without a naming cue of its own, or after a
// self-introduction, is a station and the radio pass trims it. A place is
// a word of the hand-written list of places (or one of the gazetteer's
// words that no cue makes a name, notNames), or a town of the world with
// at least 15,000 people or a state or region that is no surname among
// the 10,000 most common (so "Kano" and "Clearwater", not "Weston", whom
// the radio may call by surname). What keeps it a person:
//
//   - a first name among the 1,500 most common (Austin, Madison, Tyler,
//     Florence, Victoria stay people: a crew member may carry one);
//   - a surname after it that is listed more often as a surname than as a
//     first name ("Lincoln Hale", not "houston fred"), or a first name
//     before it ("Gilbert Ashford");
//   - a naming cue anywhere in the transcript for the same word ("my name
//     is", a title; cuedPeople), or one where it stands.
//
// It cannot tell a station named after no listed place ("Roger,
// Bermuda." when the island is in no list) nor a person called by a
// bare surname that is also a town ("Roger, Hamilton.") on the radio; the
// latter is trimmed. It reads one word either side.
func (ts *Tokens) stationPlaceAt(l int) bool {
	w := ts.lw(l)
	if len(w) < 3 || names.IsCommonWord(w) || radioAlphabet[w] {
		return false
	}
	if !notNames[w] && !names.IsPlace(w) {
		if !names.IsWorldTown(w) && !names.IsWorldRegion(w) {
			return false
		}
		if r := names.SurnameRank(w); r > 0 && r <= 10000 {
			return false // (a town that is a common surname: "Thanks, Weston.")
		}
	}
	if r := names.FirstNameRank(w); r > 0 && r <= 1500 {
		return false
	}
	if ts.surnameNext(l) && !ts.firstNameNext(l) {
		return false // "Lincoln Hale"
	}
	return !ts.firstNameBefore(l)
}

// firstNameNext reports whether the word after local word l is listed
// more often as a first name than as a surname: a second vocative or a
// call sign ("houston fred", "houston roger", "houston apollo eight"), not
// a full name's second word.
func (ts *Tokens) firstNameNext(l int) bool {
	nx := ts.lw(l + 1)
	fr, sr := names.FirstNameRank(nx), names.SurnameRank(nx)
	return fr > 0 && (sr == 0 || fr < sr)
}

// firstNameBefore reports whether the word before local word l, in its
// sentence and with no punctuation between, is a listed first name that
// is no common word and no name of the sky: l is then a surname ("Gilbert
// Ashford", "Dale Houston"), not a station called after a spacecraft
// ("aquarius houston").
func (ts *Tokens) firstNameBefore(l int) bool {
	if ts.breakBefore(l) || ts.Word(l-1).Punct != "" {
		return false
	}
	p := ts.lw(l - 1)
	return names.IsFirstName(p) && !names.IsCommonWord(p) && !skyNames[p]
}
