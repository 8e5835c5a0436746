package redact

import (
	"time"

	"github.com/callveil/callveil/transcript"
)

// A phone number or ZIP code said in pieces: the caller gives the area
// code, waits for the agent's "okay", and goes on ("four one five" ...
// "okay" ... "five five five two nine eight one"), or breathes between
// the groups for longer than a turn lasts (turnGap), so no number token
// holds the whole value and each piece is too short to be one.
//
// numberPieces joins such pieces. The form: number tokens of one speaker,
// each said after the last with nothing of the speaker's own between but
// fillers and "and", "then" (two words at most), within pieceMaxGap, and
// with nothing of another speaker's between but a backchannel ("okay",
// "mhm", "uh huh", "yes", "go ahead": pieceBackchannels) or numbers (the
// agent repeating a piece); the first piece cued as a phone number or a
// ZIP code (the speaker's own cue or the other speaker's question,
// numberCue), or the pieces together repeating the digits of a phone or
// ZIP found earlier in the call (an agent reading a number back in
// pieces). The pieces' digits together must make the value's length: a
// phone 10 digits (11 with a leading 1, or 7 when no piece follows), a
// ZIP 5 (9 with the plus-four). Each piece is flagged as the type (one
// finding per piece: the other speaker's words between are theirs), and
// a NUMBER or the type's own finding on a piece is taken in.
//
// A phone or ZIP found before and said again with its first digit
// written as a word that sounds like it ("did you say for one nine one
// two") is flagged from that word (misheardDigitOf).
//
// A word a recogniser wrote for the first digits right after the cue's
// "is" ("my phone number is fine seven five seven" ... "two two nine
// eight": misheardDigits) opens the first piece; the pieces' length is
// then counted without it. A piece that is no number token at all is not
// read; the answer rule flags what a question asked for there.

// pieceMaxGap is the longest silence between two pieces of a number.
const pieceMaxGap = 8 * time.Second

// pieceMaxBetween bounds the other speaker's words between two pieces.
const pieceMaxBetween = 6

// pieceBackchannels are what a listener says while a number is given in
// pieces.
var pieceBackchannels = map[string]bool{"okay": true, "ok": true, "mhm": true, "mm": true, "hmm": true,
	"uh": true, "huh": true, "um": true, "yes": true, "yeah": true, "yep": true, "right": true, "alright": true,
	"sure": true, "got": true, "it": true, "go": true, "ahead": true, "and": true, "so": true, "mmhmm": true,
	"perfect": true, "great": true, "uhhuh": true, "uh-huh": true, "mm-hmm": true}

// pieceJoiners are the speaker's own words between two pieces.
var pieceJoiners = map[string]bool{"and": true, "then": true}

func numberPieces(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	if len(streams) == 0 {
		return found
	}
	var spans []spanReq
	var known map[string]Type // digits of the phones and ZIPs found -> type
	for _, ts := range streams {
		for i := 0; i < len(ts.Toks); i++ {
			if ts.Toks[i].Kind != KindNumber || len(ts.Toks[i].Norm) >= 10 {
				continue
			}
			if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && misheardDigitOf[ts.Toks[p].Norm] != 0 && !ts.turn[ts.Toks[p].Last] {
				// "did you say for one nine one two": a value found before,
				// said again with its first digit misheard
				if known == nil {
					known = piecesKnown(t, streams, found)
				}
				if typ, ok := known[string(misheardDigitOf[ts.Toks[p].Norm])+ts.Toks[i].Norm]; ok {
					spans = append(spans, spanReq{typ, ts.Words[ts.Toks[p].First], ts.Words[ts.Toks[i].Last], 0.8, "pieces",
						map[Type]bool{Number: true}})
					continue
				}
			}
			chain := []int{i}
			digits := ts.Toks[i].Norm
			for len(chain) < 4 && len(digits) < 11 {
				j, ok := ts.nextPiece(chain[len(chain)-1])
				if !ok {
					break
				}
				chain = append(chain, j)
				digits += ts.Toks[j].Norm
			}
			if len(chain) < 2 {
				continue
			}
			if known == nil {
				known = piecesKnown(t, streams, found)
			}
			typ, n := piecesType(ts, chain, known)
			if n < 2 {
				continue
			}
			for m, k := range chain[:n] {
				from := ts.Toks[k].First
				if m == 0 {
					from = ts.misheardFirstDigit(k)
				}
				spans = append(spans, spanReq{typ, ts.Words[from], ts.Words[ts.Toks[k].Last], 0.8, "pieces",
					map[Type]bool{Number: true}})
			}
			spans = ts.repeatsBetweenPieces(spans, typ, chain[:n])
			i = chain[n-1]
		}
	}
	return mergeSpans(t, found, spans)
}

// nextPiece returns the number token that goes on number token i as the
// next piece of one value (numberPieces), if there is one.
func (ts *Tokens) nextPiece(i int) (int, bool) {
	a := &ts.Toks[i]
	sh := ts.sh
	joiners, others := 0, 0
	j := i + 1
	for ; j < len(ts.Toks); j++ {
		tk := &ts.Toks[j]
		switch {
		case tk.Kind == KindFiller || tk.Kind == KindPunct:
			continue
		case tk.Kind == KindWord && pieceJoiners[tk.Norm] && joiners < 2:
			joiners++
			continue
		case others < pieceMaxBetween && !sh.sameSpeaker(ts.Words[tk.First], ts.Words[a.Last]):
			// on one channel, the other speaker's words are in this
			// stream: read below as the backchannel between
			others++
			continue
		}
		break
	}
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindNumber {
		return 0, false
	}
	b := &ts.Toks[j]
	last, first := ts.Words[a.Last], ts.Words[b.First]
	if !sh.sameSpeaker(last, first) || ts.Transcript.Words[first].Start-ts.Transcript.Words[last].End > pieceMaxGap {
		return 0, false
	}
	// Nothing broke the number but a turn's end: the tokenizer would
	// have joined the pieces, and a word it stopped at is no joiner.
	broke := false
	for w := a.Last; w < b.First; w++ {
		broke = broke || ts.turn[w]
	}
	if !broke && joiners == 0 {
		return 0, false // ("and then" in one breath joins: phone18.go)
	}
	// The other speakers' words between: a backchannel or numbers.
	between, repeated := 0, 0
	for p := int(sh.before[last]) + 1; p < len(sh.order) && int(sh.order[p]) != first; p++ {
		w := int(sh.order[p])
		if sh.sameSpeaker(w, last) {
			continue // (the speaker's own joiners, read above)
		}
		if sh.number[w] {
			repeated++ // (the agent repeating a piece: phone18.go)
			if repeated > 11 {
				return 0, false
			}
			continue
		}
		between++
		if between > pieceMaxBetween || !pieceBackchannels[sh.lower[w]] {
			return 0, false
		}
	}
	if n := ts.next(j + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && pieceTimeOrCount[ts.Toks[n].Norm] && !ts.turn[b.Last] {
		return 0, false // ("okay" ... "ten thirty tomorrow works": a time)
	}
	return j, true
}

// pieceTimeOrCount after a number make it a time or a count, no piece of
// a phone or ZIP: "ten thirty tomorrow", "two thirty pm", "three kids"
// (review15b).
var pieceTimeOrCount = map[string]bool{"tomorrow": true, "today": true, "tonight": true, "yesterday": true,
	"am": true, "pm": true, "o'clock": true, "oclock": true, "morning": true, "afternoon": true, "evening": true,
	"people": true, "kids": true, "children": true, "adults": true, "years": true, "months": true, "weeks": true,
	"days": true, "hours": true, "minutes": true, "dollars": true, "bucks": true, "percent": true, "times": true}

// piecesType returns the type the pieces chain make and how many of them
// (from the first) make it, or n < 2.
func piecesType(ts *Tokens, chain []int, known map[string]Type) (Type, int) {
	cat, _ := ts.numberCue(chain[0], cueWindow)
	digits := ""
	var typ Type
	n := 0
	for k, i := range chain {
		digits += ts.Toks[i].Norm
		if k == 0 {
			continue
		}
		switch t, ok := known[digits]; {
		case ok:
			typ, n = t, k+1
		case cat == cuePhone && (len(digits) == 10 || len(digits) == 11 && digits[0] == '1'):
			typ, n = Phone, k+1
		case cat == cuePhone && len(digits) == 7 && digits[0] >= '2' && k == len(chain)-1:
			typ, n = Phone, k+1
		case cat == cueZIP && (len(digits) == 5 || len(digits) == 9):
			typ, n = ZIP, k+1
		}
	}
	return typ, n
}

// piecesKnown returns the digits of the phone and ZIP findings in found,
// each with its type (one pass over the findings and the tokens).
func piecesKnown(t *transcript.Transcript, streams []*Tokens, found []Finding) map[string]Type {
	at := make([]int32, len(t.Words)) // per word: 1 + the index of the phone or ZIP finding holding it
	for k, f := range found {
		if f.Type != Phone && f.Type != ZIP {
			continue
		}
		for w := f.FirstWord; w <= f.LastWord; w++ {
			if t.Words[w].Channel == f.Channel {
				at[w] = int32(k + 1)
			}
		}
	}
	digits := map[int32]string{}
	for _, ts := range streams {
		for k := range ts.Toks {
			if tk := &ts.Toks[k]; tk.Kind == KindNumber && at[ts.Words[tk.First]] > 0 {
				digits[at[ts.Words[tk.First]]] += tk.Norm
			}
		}
	}
	known := map[string]Type{}
	for k, d := range digits {
		if len(d) >= 5 {
			known[d] = found[k-1].Type
		}
	}
	return known
}

// misheardDigits are words a recogniser writes for a digit it heard in a
// number given after its cue: digitSoundAlikes and "fine" (five), "free",
// "tree" (three), "or" (four), "sex" (six).
var misheardDigits = map[string]bool{"to": true, "too": true, "for": true, "won": true, "ate": true, "of": true,
	"fine": true, "free": true, "tree": true, "or": true, "sex": true}

// misheardDigitOf is the digit each of misheardDigits stands for.
var misheardDigitOf = map[string]byte{"to": '2', "too": '2', "for": '4', "won": '1', "ate": '8', "of": '0',
	"fine": '5', "free": '3', "tree": '3', "or": '4', "sex": '6'}

// misheardFirstDigit returns the channel-local word a number's first
// piece (token k) starts at: the word before it when that is a digit
// misheard (misheardDigits) right after "is" or "it's", with nothing
// but a pause between it and the piece (turnNotPause); else the token's
// first word.
func (ts *Tokens) misheardFirstDigit(k int) int {
	p := ts.prev(k - 1)
	if p < 0 || ts.Toks[p].Kind != KindWord || !misheardDigits[ts.Toks[p].Norm] || ts.turnNotPause(ts.Toks[p].Last) {
		return ts.Toks[k].First
	}
	if !ts.isWord(ts.prev(p-1), "is", "it's", "its") || ts.turn[ts.Toks[ts.prev(p-1)].Last] {
		return ts.Toks[k].First
	}
	return ts.Toks[p].First
}
