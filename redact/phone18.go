package redact

import (
	"strings"

	"github.com/callveil/callveil/transcript"
)

// Phone numbers as callers read them and recognisers write them (session
// 16, phone18): forms the phone recognizer and numberPieces miss.
//
//   - Sound-alikes inside a run of digits: "five five to one for oh too
//     nine nine ate", "won too three for ..." after a phone's cue or the
//     other speaker's question for a phone. A recogniser writes "to",
//     "too", "for", "won", "ate" for a digit; such words break the
//     number into pieces too short to be a phone. The run is read with
//     each sound-alike as its digit (phoneAlikeRuns) and flagged when it
//     makes a phone's length (10, 11 starting 1, or 7 not starting 0 or
//     1). A sound-alike may open the run only where it opens the
//     speaker's turn (after "it's", "yeah" ...) and may close it only
//     where the run ends the turn: "call five five five one two one two
//     for the pharmacy" keeps its "for" out. cuedDigitRuns (asr_forms.go)
//     reads such runs after the speaker's own cue and its verb; this rule
//     adds the runs that answer the other speaker's question, with a
//     sound-alike at either end, and leaves a run it took whole to it.
//   - A restart inside one number token: "two oh six, hold on, two oh six
//     four one ...". The tokenizer reads the repair into one token of too
//     many digits; after a phone cue, digits after the last correction
//     word that make a phone's length make the whole token a phone, the
//     abandoned start with it (restartedPhone).
//   - The area code given in its own turn, as the answer to the other
//     speaker's "and the area code?", after the same speaker gave the rest
//     of the number (areaCodeAnswers).
//
// What it cannot do: a run with a sound-alike and no cue before it or
// question for it is left alone ("two for one five five ..." is a price
// as often as a number), and so is a run whose digits make no phone's
// length ("four eighty five five five one two one two" reads 9 digits).

// phoneAlike is the digit each recogniser's sound-alike stands for.
var phoneAlike = map[string]byte{"to": '2', "too": '2', "for": '4', "fore": '4', "won": '1', "ate": '8'}

// phoneAlikeOpeners may stand before a sound-alike that opens a run.
var phoneAlikeOpeners = map[string]bool{"is": true, "it's": true, "its": true, "yeah": true, "yes": true,
	"sure": true, "okay": true, "ok": true, "number's": true, "at": true, "um": true, "uh": true}

// phone18Spans adds the phone forms of this file to found.
func phone18Spans(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	var spans []spanReq
	for _, ts := range streams {
		spans = ts.phoneAlikeRuns(spans)
	}
	// (A run cuedDigitRuns took whole stays its.)
	kept := spans[:0]
	for _, s := range spans {
		whole := false
		for k := range found {
			f := &found[k]
			whole = whole || f.Type == Phone && f.Channel == t.Words[s.fw].Channel && f.FirstWord <= s.fw && f.LastWord >= s.lw
		}
		if !whole {
			kept = append(kept, s)
		}
	}
	found = mergeSpans(t, found, kept)
	return areaCodeAnswers(t, streams, found)
}

// phoneAlikeRuns appends a span for each run of number tokens and
// sound-alikes of ts that makes a cued phone number.
func (ts *Tokens) phoneAlikeRuns(spans []spanReq) []spanReq {
	alike := func(k int) byte {
		if k >= 0 && k < len(ts.Toks) && ts.Toks[k].Kind == KindWord && len(ts.Toks[k].Norm) <= 4 {
			return phoneAlike[ts.Toks[k].Norm]
		}
		return 0
	}
	digits := make([]byte, 0, 16)
	for i := 0; i < len(ts.Toks); i++ {
		if ts.Toks[i].Kind != KindNumber {
			continue
		}
		// The run: number tokens and sound-alikes, fillers between, in one
		// turn, from the sound-alikes right before the number token.
		start := i
		for p := ts.prev(i - 1); alike(p) != 0 && !ts.turn[ts.Toks[p].Last]; p = ts.prev(p - 1) {
			start = p
		}
		end, alikes, firstNum := start, 0, -1
		digits = digits[:0]
		for k := start; k < len(ts.Toks) && len(digits) <= 11; {
			if ts.isWord(k, "oh") && k > start {
				digits = append(digits, '0') // ("for oh too": a zero the tokenizer left as a word)
			} else if d := alike(k); d != 0 {
				digits = append(digits, d)
				alikes++
			} else if ts.Toks[k].Kind == KindNumber {
				digits = append(digits, ts.Toks[k].Norm...)
				if firstNum < 0 {
					firstNum = k
				}
			} else {
				break
			}
			end = k
			if ts.turn[ts.Toks[k].Last] {
				break
			}
			k = ts.next(k + 1)
		}
		i = max(i, end)
		if alikes == 0 {
			continue
		}
		// Trim a sound-alike at an end that is no digit there.
		first, last := start, end
		for first < last && alike(first) != 0 && !ts.alikeOpensTurn(first) {
			digits = digits[1:]
			first = ts.next(first + 1)
		}
		for last > first && alike(last) != 0 && !ts.endsTurn(last) {
			digits = digits[:len(digits)-1]
			last = ts.prev(last - 1)
		}
		n := len(digits)
		if !(n == 10 || n == 11 && digits[0] == '1' || n == 7 && digits[0] >= '2') {
			continue
		}
		inner := false
		for k := first; k <= last && !inner; k++ {
			inner = alike(k) != 0
		}
		if !inner || !ts.phoneAsked(first) && !ts.phoneAsked(firstNum) {
			continue
		}
		spans = append(spans, spanReq{Phone, ts.Words[ts.Toks[first].First], ts.Words[ts.Toks[last].Last], 0.8, "phone-alike",
			map[Type]bool{Number: true}})
	}
	return spans
}

// alikeOpensTurn reports whether the sound-alike at token k opens its
// speaker's turn: a turn ends before it, or only an opener of
// phoneAlikeOpeners stands between.
func (ts *Tokens) alikeOpensTurn(k int) bool {
	p := ts.prev(k - 1)
	if p < 0 || ts.turn[ts.Toks[p].Last] {
		return true
	}
	return ts.Toks[p].Kind == KindWord && phoneAlikeOpeners[ts.Toks[p].Norm]
}

// phoneAsked reports whether number token i follows a phone's cue, the
// speaker's own or the other speaker's question.
func (ts *Tokens) phoneAsked(i int) bool {
	if cat, _ := ts.numberCue(i, cueWindow); cat == cuePhone {
		return true
	}
	o := ts.sh.orderOf(ts.Words[ts.Toks[i].First])
	return o >= 0 && ts.sh.askedDigitType(o, ts) == Phone
}

// restartedPhone reports whether cued number token i holds a restart
// (correction words inside it) after which the digits make a phone's
// length (10, or 11 starting 1), with no more digits before the restart
// than after it.
func (ts *Tokens) restartedPhone(i int) bool {
	tk := &ts.Toks[i]
	n := len(tk.Norm)
	if n < 11 || n > 22 || len(tk.pos) != n {
		return false
	}
	// The last correction word inside the token.
	cut := -1
	for w := tk.Last; w > tk.First; w-- {
		l := ts.Lower(w)
		if correctionWords[l] || l == "that's" {
			cut = w
			break
		}
	}
	if cut < 0 {
		return false
	}
	for c := 1; c < n; c++ {
		if int(tk.pos[c]) > cut && int(tk.pos[c-1]) < cut {
			d := tk.Norm[c:]
			m := len(d)
			return c <= m && (m == 10 && d[0] >= '2' || m == 11 && d[0] == '1')
		}
	}
	return false
}

// areaCodeAnswers flags an area code said as the answer to the other
// speaker's question for it ("and the area code?" ... "six oh three"):
// a 3-digit number token (not starting 0 or 1) that opens its turn, with
// "area code" among the two content words before it (the question's
// end), and a PHONE finding of the same speaker ending at most twenty of
// their words before it.
func areaCodeAnswers(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	var add []Finding
	for _, ts := range streams {
		var lastPhone []int // channel-local last words of this channel's phones
		for k := range found {
			if f := &found[k]; f.Type == Phone && f.Channel == ts.Channel {
				lastPhone = append(lastPhone, ts.local(f.LastWord))
			}
		}
		if len(lastPhone) == 0 {
			continue
		}
		for i := range ts.Toks {
			tk := &ts.Toks[i]
			if tk.Kind != KindNumber || len(tk.Norm) != 3 || tk.Norm[0] < '2' {
				continue
			}
			if p := ts.prev(i - 1); p >= 0 && !ts.turn[ts.Toks[p].Last] && !ts.isWord(p, "it's", "its", "yeah", "sure", "yes") {
				continue
			}
			gw := ts.Words[tk.First]
			if !ts.sh.phraseBefore(gw, 2, "area", "code") || ts.sh.orderOf(gw) < 1 || !ts.sh.otherSpeaker(gw, ts.sh.orderOf(gw)-1) {
				continue
			}
			near := false
			for _, b := range lastPhone {
				near = near || b >= 0 && b < tk.First && tk.First-b <= 20
			}
			if near && !tyCovered(found, ts.Channel, gw, ts.Words[tk.Last]) {
				add = append(add, ts.Finding(Phone, tk.First, tk.Last, 0.85, "phone-area-code"))
			}
		}
	}
	return append(found, add...)
}

// tyCovered reports whether a finding of channel ch covers a word of
// [a, b].
func tyCovered(found []Finding, ch, a, b int) bool {
	for k := range found {
		if f := &found[k]; f.Channel == ch && f.FirstWord <= b && f.LastWord >= a {
			return true
		}
	}
	return false
}

// phoneTailWords bounds the other speaker's words read after a number's
// last piece for its repetition ("okay so two one nine oh").
const phoneTailWords = 8

// repeatsBetweenPieces appends a span of type typ for each run of the
// other speaker's number words between two pieces of chain whose digits
// are among the pieces' (the agent repeating "five oh nine" before the
// caller goes on), or right after the last piece; two number words at
// least ("one moment" is no repetition). numberPieces lets such runs stand between pieces, and
// they are the value's digits as much as the caller's are.
func (ts *Tokens) repeatsBetweenPieces(spans []spanReq, typ Type, chain []int) []spanReq {
	sh := ts.sh
	all := ""
	for _, k := range chain {
		all += ts.Toks[k].Norm
	}
	for c := 1; c <= len(chain); c++ {
		// Between piece c-1 and piece c; after the last piece (c ==
		// len(chain)), the other speaker's words up to the speaker's next
		// word, phoneTailWords of them at most.
		last, first := ts.Words[ts.Toks[chain[c-1]].Last], -1
		if c < len(chain) {
			first = ts.Words[ts.Toks[chain[c]].First]
		}
		runFrom, digits, spelled := -1, make([]byte, 0, 12), true
		flush := func(to int) {
			if runFrom >= 0 && to > runFrom && (!spelled || strings.Contains(all, string(digits))) {
				spans = append(spans, spanReq{typ, runFrom, to, 0.8, "pieces", map[Type]bool{Number: true}})
			}
			runFrom, digits, spelled = -1, digits[:0], true
		}
		prevW := -1
		for p := int(sh.before[last]) + 1; p < len(sh.order) && int(sh.order[p]) != first; p++ {
			w := int(sh.order[p])
			if sh.sameSpeaker(w, last) {
				if first < 0 {
					break
				}
				continue
			}
			if first < 0 && p > int(sh.before[last])+phoneTailWords {
				break
			}
			if !sh.number[w] {
				flush(prevW)
				continue
			}
			if runFrom < 0 {
				runFrom = w
			}
			prevW = w
			switch nw := sh.numWord[w]; {
			case nw.ok && nw.cls == pDigit:
				digits = append(digits, byte('0'+nw.val))
			case nw.ok && nw.cls == pOh:
				digits = append(digits, '0')
			default:
				spelled = false
			}
		}
		flush(prevW)
	}
	return spans
}

// endsTurn reports whether token k is the last of its speaker's turn or
// sentence.
func (ts *Tokens) endsTurn(k int) bool {
	return ts.Toks[k].Last == len(ts.Words)-1 || ts.turn[ts.Toks[k].Last] || ts.sentenceEndsAfter(k)
}

// callNounDeterminers before "call" make it the call itself, a noun: "the
// reason for your call", "what is this call about".
var callNounDeterminers = map[string]bool{"your": true, "the": true, "this": true, "a": true, "my": true,
	"that": true, "our": true}

// callAsNoun reports whether the cue ph ending at order position p is
// the one word "call" said as a noun (after callNounDeterminers): a
// question that ends so asks the reason for the call, not a number to
// call ("what's the reason for your call?" ... "uh huh").
func (sh *shared) callAsNoun(ph cuePhrase, p int) bool {
	return len(ph.words) == 1 && ph.words[0] == "call" && p > 0 && callNounDeterminers[sh.lower[sh.order[p-1]]]
}
