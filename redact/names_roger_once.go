package redact

import "github.com/callveil/callveil/redact/internal/names"

// One "Roger." is no radio. A caller on a phone line says "Roger." once
// for "understood" as a pilot does ("Roger. I need to change my flight."
// ... "Please hold, Camden."), so a transcript whose only sign of radio is
// one acknowledging "roger" keeps the names of people called after places
// (names_station.go). "roger" acknowledging other than in "roger that"
// makes radio traffic (callSigns.stationRadio) when the transcript says
// more of radio than that one word:
//
//   - "roger" said again, not after a naming cue ("Roger." ... "roger
//     and bud says", "Roger, go for the burn.");
//   - or a procedure word of a voice channel besides (radioTalkAt): "we
//     copy" or "copy" alone in its sentence, "Stand by." as a sentence,
//     "standing by" ending one, "say again", "wilco", "read back", "five
//     by", or "over" ending a turn right after a place or a word of no
//     dictionary ("kestrel clearwater over"; not "it's over"), "loud
//     and clear" anywhere, "comm check", "out" after "roger", "okay" or
//     "over" ending a sentence ("Roger, out.", "okay out").
//
// The rest of the radio evidence (a call sign, a station, a radio check)
// counts alone as before. What it cannot do: a radio transcript whose only
// sign is one "Roger." keeps a station's place name as a person's ("Roger.
// Thanks, Kano." is read as a call to a person named Kano). It reads two
// words after each word, so the pass stays linear.

// rogerRadio reports whether "roger", acknowledging other than in "roger
// that", is radio traffic by the rest of the transcript (see above).
func (cs *callSigns) rogerRadio() bool { return cs.rogerR && (cs.rogers >= 2 || cs.talk) }

// radioTalkAt reports whether local word l opens a procedure word of a
// voice channel (see the file comment).
func (ts *Tokens) radioTalkAt(l int) bool {
	switch ts.lw(l) {
	case "copy":
		return ts.breakBefore(l) && ts.breakAfter(l) || l > 0 && !ts.breakBefore(l) && ts.lw(l-1) == "we" // "Copy.", "we copy"
	case "stand":
		return ts.breakBefore(l) && !ts.breakAfter(l) && ts.lw(l+1) == "by" && ts.breakAfter(l+1) // "Stand by."
	case "say":
		return !ts.breakAfter(l) && ts.lw(l+1) == "again" && ts.breakAfter(l+1) // "Say again.", "please say again"
	case "wilco":
		return true
	case "read":
		return !ts.breakAfter(l) && ts.lw(l+1) == "back" && ts.lw(l+2) == "your" // "read back your pad"
	case "standing":
		return !ts.breakAfter(l) && ts.lw(l+1) == "by" && ts.breakAfter(l+1) // "Clearwater standing by."
	case "over":
		if l == 0 || ts.breakBefore(l) || !(l+1 >= len(ts.Words) || ts.turn[l]) {
			return false
		}
		p := ts.lw(l - 1)
		return names.IsPlace(p) || names.IsWorldTown(p) || p != "" && !names.IsEnglishWord(p) && !names.IsCommonWord(p) // "kestrel clearwater over"
	case "loud":
		return !ts.breakAfter(l) && ts.lw(l+1) == "and" && !ts.breakAfter(l+1) && ts.lw(l+2) == "clear" // "read you loud and clear"
	case "comm", "com":
		return !ts.breakAfter(l) && ts.lw(l+1) == "check" // "Comm check."
	case "out":
		return l > 0 && ts.breakAfter(l) && (ts.lw(l-1) == "roger" || ts.lw(l-1) == "okay" || ts.lw(l-1) == "over") // "Roger, out.", "okay out"
	case "five":
		return !ts.breakAfter(l) && ts.lw(l+1) == "by" // "read you five by"
	}
	return false
}
