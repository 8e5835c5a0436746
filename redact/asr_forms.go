package redact

import (
	"slices"
	"sort"
	"strings"

	"github.com/callveil/callveil/transcript"
)

// Forms a speech recogniser makes of PII it heard in part, which the
// written-text rules miss: a doctor's name between a title and a
// credential that came out as common words, and a digit heard as the word
// that sounds like it before a number found.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "What a
// recogniser heard in part (session 8)".

// credentialWords are how a doctor's or dentist's credential after a name
// is written by a recogniser: "m d", "md", "d d s", "dds", "phd", and
// "maryland", which pocketsphinx writes for a spoken "M.D." (read so only
// without case: credentialAt).
var credentialWords = map[string]bool{"md": true, "dds": true, "phd": true, "maryland": true, "dmd": true}

// credentialAt reports whether a credential starts at order position o.
// "maryland" is one only in a transcript without case: one with case
// writes "M.D." as it is, and its "Dr. Smith in Maryland" is the state.
func (sh *shared) credentialAt(o int) bool {
	l := sh.lower[sh.order[o]]
	if sh.cls[sh.order[o]].has(wcCredentialWords) {
		return l != "maryland" || !sh.cased
	}
	next := func(k int) string {
		if o+k < len(sh.order) && sh.sameSpeaker(int(sh.order[o]), int(sh.order[o+k])) {
			return sh.lower[sh.order[o+k]]
		}
		return ""
	}
	return l == "m" && next(1) == "d" || l == "d" && next(1) == "d" && next(2) == "s"
}

// titleLeads may come before "doctor" as a title: "with doctor ...",
// "see doctor ...", "named doctor ..." ("the doctor visits ..." is no
// title).
var titleLeads = map[string]bool{"with": true, "see": true, "seeing": true, "named": true, "is": true,
	"by": true, "called": true, "was": true, "for": true, "it's": true, "that's": true, "from": true}

// nameClauseWords end a name before a credential: the verb of a clause
// about the person ("dr hollis moved to maryland", "dr hollis has an
// office near ...").
var nameClauseWords = map[string]bool{"has": true, "have": true, "had": true, "moved": true, "lives": true,
	"lived": true, "works": true, "worked": true, "said": true, "says": true, "practices": true, "went": true,
	"goes": true, "is": true, "was": true, "will": true, "from": true, "near": true, "office": true}

// placeBefore before "maryland" make it the state: "moved to maryland".
var placeBefore = map[string]bool{"to": true, "from": true, "near": true, "of": true, "through": true, "across": true}

// credentialMaxWords bounds the words between a title (or a name found)
// and the credential that closes the name: a first name, a middle initial
// and a surname heard as up to three words each.
const credentialMaxWords = 6

// credentialNames flags the words of a name that a title or a name found
// opens and a credential closes, whatever they were heard as: "with doctor
// andrew else lawrence in maryland" (Dr. Andrew Alessandro M.D.), "dr ruth
// see how to not maryland". The form: "dr" or "doctor", or a PERSON
// finding, then at most credentialMaxWords words of the same speaker with
// no other finding, no number and no sentence end, then a credential
// (credentialWords; a trailing "in" or "and" before it is not counted).
// The finding takes the credential's words too: a recogniser's words for
// the name's end may sit in them ("lawrence in maryland"). A PERSON
// finding inside the span grows to cover it (others inside it are
// dropped); with none, a PERSON finding of score 0.8 is added. Without a
// credential nothing is flagged: "dr lee said that ..." has no end to the
// name but the recognisers' own.
func credentialNames(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	if len(streams) == 0 {
		return found
	}
	sh := streams[0].sh
	var typeAt []Type
	var spans []spanReq
	for o := 1; o < len(sh.order); o++ {
		if !sh.credentialAt(o) {
			continue
		}
		if typeAt == nil {
			typeAt = wordTypes(t, found)
		}
		cw := int(sh.order[o])
		start := -1
		for p := o - 1; p >= 0 && p >= o-credentialMaxWords-1; p-- {
			w := int(sh.order[p])
			if !sh.sameSpeaker(w, cw) || sh.number[w] || strings.ContainsAny(t.Words[w].Punct, ".?!") && p < o-1 {
				break
			}
			if l := sh.lower[w]; l == "dr" || l == "doctor" && (p == 0 || !sh.sameSpeaker(int(sh.order[p-1]), w) ||
				titleLeads[sh.lower[sh.order[p-1]]]) {
				start = p + 1
				break
			}
			if nameClauseWords[sh.lower[w]] {
				break // "dr hollis moved to maryland": a clause, not a name
			}
			if typeAt[w] == Person {
				start = p
			} else if typeAt[w] != "" {
				break
			}
		}
		end := o - 1
		for end >= start && start >= 0 && (sh.lower[sh.order[end]] == "in" || sh.lower[sh.order[end]] == "and") {
			end--
		}
		if end >= 0 && placeBefore[sh.lower[sh.order[end]]] {
			continue // "moved to maryland", "near annapolis maryland"
		}
		if start < 0 || end < start || end-start >= credentialMaxWords {
			continue
		}
		// the finding runs on over the credential ("... in maryland", "m
		// d"): a recogniser's words for the name's end may sit in it
		last := o
		switch l := sh.lower[sh.order[o]]; {
		case l == "m":
			last = o + 1
		case l == "d":
			last = o + 2
		case credentials[strings.ReplaceAll(l, ".", "")]:
			last = end // a credential heard as itself ("Anna Kowal DDS": made-up) is no word of the name (hn18)
		}
		spans = append(spans, spanReq{Person, int(sh.order[start]), int(sh.order[last]), 0.8, "person-credential", nil})
	}
	return mergeSpans(t, found, spans)
}

// digitSoundAlikes are words a recogniser writes for a digit it heard:
// "to"/"too" for two, "for" for four, "won" for one, "ate" for eight, "of"
// for "oh" (zero).
var digitSoundAlikes = map[string]bool{"to": true, "too": true, "for": true, "won": true, "ate": true, "of": true}

// soundAlikeTypes are the types whose value is read digit by digit (or as
// a date), so a digit's sound-alike before it is part of it.
var soundAlikeTypes = map[Type]bool{Phone: true, Card: true, CardExpiry: true, CardCVV: true, SSN: true,
	DOB: true, Account: true, Routing: true, PIN: true, ZIP: true, Medicare: true, License: true,
	Passport: true, Number: true}

// soundAlikeDigits grows a finding of a type read digit by digit over a
// digit's sound-alike (digitSoundAlikes) said right before it, when that
// word opens the speaker's turn, after its lead-ins at most ("yes", "it's",
// "sure"): an answer "to seventeen nineteen eighty five" to "and your date
// of birth" is 2/17/1985, "of five thirty" to "what's the expiration?" is
// 05/30. Mid-turn, "to" and "for" before a number are the prepositions
// they look like ("sent it to 555 ...", "for 12 dollars"), and they are
// left alone.
func soundAlikeDigits(t *transcript.Transcript, streams []*Tokens, found []Finding) {
	if len(streams) == 0 {
		return
	}
	sh := streams[0].sh
	var typeAt []Type
	for i := range found {
		f := &found[i]
		if !soundAlikeTypes[f.Type] {
			continue
		}
		p := int(sh.before[f.FirstWord]) - 1 // the content word before the finding
		// (none after it: a caller's finding on a filler after the last one)
		if p < 0 || p+1 >= len(sh.order) || int(sh.order[p+1]) != f.FirstWord {
			continue
		}
		w := int(sh.order[p])
		if !digitSoundAlikes[sh.lower[w]] || !sh.sameSpeaker(w, f.FirstWord) || !sh.number[f.FirstWord] {
			continue
		}
		if typeAt == nil {
			typeAt = wordTypes(t, found)
		}
		if typeAt[w] != "" {
			continue
		}
		q := p - 1
		for q >= 0 && q > p-5 && sh.sameSpeaker(int(sh.order[q]), w) && answerStarts[sh.lower[sh.order[q]]] {
			q--
		}
		if q >= 0 && sh.sameSpeaker(int(sh.order[q]), w) &&
			t.Words[w].Start-t.Words[sh.order[q]].End < answerTurnGap {
			continue // mid-turn: a preposition
		}
		f.FirstWord, f.Start = w, t.Words[w].Start
		typeAt[w] = f.Type
	}
}

// yearSoundAlikes are the words a recogniser writes between a birth
// date's day and its year for an ordinal's ending or a digit: "august
// fifteen to nineteen sixty two" (August fifteenth, 1962).
var yearSoundAlikes = map[string]bool{"to": true, "too": true, "the": true, "th": true}

// dateYearAfterSoundAlike grows a DOB finding that ends before its year
// over a sound-alike (yearSoundAlikes) and the year right after it, a
// four-digit 19xx or 20xx said by the same speaker in the same turn:
// "august fifteen to nineteen sixty two". The year's own form keeps a
// range of days apart ("june 15 to 19": 19 is no year). A sound-alike or
// year that another finding holds is left to it (findings do not overlap).
func dateYearAfterSoundAlike(streams []*Tokens, found []Finding) {
	var typeAt []Type
	for _, ts := range streams {
		for i := range found {
			f := &found[i]
			if f.Type != DOB || f.Channel != ts.Channel {
				continue
			}
			k := sort.Search(len(ts.Toks), func(k int) bool { return ts.Words[ts.Toks[k].Last] >= f.LastWord })
			if k+2 >= len(ts.Toks) || ts.Words[ts.Toks[k].Last] != f.LastWord {
				continue
			}
			a, y := &ts.Toks[k+1], &ts.Toks[k+2]
			if a.Kind != KindWord || !yearSoundAlikes[a.Norm] || a.First != a.Last || ts.turn[ts.Toks[k].Last] ||
				ts.turn[a.Last] || y.Kind != KindNumber || len(y.Norm) != 4 || y.Norm[:2] != "19" && y.Norm[:2] != "20" {
				continue
			}
			if typeAt == nil {
				typeAt = wordTypes(ts.Transcript, found)
			}
			free := true
			for w := a.First; w <= y.Last; w++ {
				free = free && typeAt[ts.Words[w]] == ""
			}
			if !free {
				continue
			}
			for w := a.First; w <= y.Last; w++ {
				typeAt[ts.Words[w]] = DOB
			}
			f.LastWord = ts.Words[y.Last]
			f.End = ts.Transcript.Words[f.LastWord].End
		}
	}
}

// spanReq asks mergeSpans to flag transcript words fw..lw (one
// channel's) as typ, absorbing the findings of the types in absorb.
type spanReq struct {
	typ    Type
	fw, lw int
	score  float64
	rec    string
	absorb map[Type]bool
}

// mergeSpans flags each span asked for: the findings of its type or of the
// types it absorbs that overlap it are merged into one finding covering
// them all (its score the highest); with none, a finding of the span's
// score and recognizer is added. A span that overlaps a finding of another
// type, or a span taken before it, is dropped. Findings of one channel do
// not overlap, so the ones a span meets are found by binary search: the
// cost is O((findings + spans) log findings).
func mergeSpans(t *transcript.Transcript, found []Finding, spans []spanReq) []Finding {
	if len(spans) == 0 {
		return found
	}
	idx := make([]int, len(found)) // found's indices by (channel, first word)
	for i := range idx {
		idx[i] = i
	}
	less := func(a, b *Finding) bool {
		if a.Channel != b.Channel {
			return a.Channel < b.Channel
		}
		return a.FirstWord < b.FirstWord
	}
	sort.Slice(idx, func(a, b int) bool { return less(&found[idx[a]], &found[idx[b]]) })
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].fw < spans[b].fw })
	drop := make([]bool, len(found))
	taken := map[int]int{} // channel -> last word of the last span taken
	var add []Finding
next:
	for _, s := range spans {
		ch := t.Words[s.fw].Channel
		if last, ok := taken[ch]; ok && s.fw <= last {
			continue
		}
		probe := Finding{Channel: ch, FirstWord: s.lw}
		k := sort.Search(len(idx), func(k int) bool { return less(&probe, &found[idx[k]]) }) // first after
		var hit []int
		for k--; k >= 0; k-- {
			f := &found[idx[k]]
			if f.Channel != ch || f.LastWord < s.fw {
				break
			}
			if drop[idx[k]] {
				continue
			}
			if f.Type != s.typ && !s.absorb[f.Type] {
				continue next
			}
			hit = append(hit, idx[k])
		}
		fw, lw, score := s.fw, s.lw, s.score
		for _, i := range hit {
			fw, lw, score = min(fw, found[i].FirstWord), max(lw, found[i].LastWord), max(score, found[i].Score)
			drop[i] = true
		}
		rec := s.rec
		if len(hit) > 0 {
			rec = mergedRecognizer(found, hit, s.rec)
		}
		add = append(add, Finding{Type: s.typ, Channel: ch, FirstWord: fw, LastWord: lw,
			Start: t.Words[fw].Start, End: t.Words[lw].End, Score: score, Recognizer: rec})
		taken[ch] = lw
	}
	out := found[:0]
	for i, f := range found {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return append(out, add...)
}

// mergedRecognizer names what found a merged finding: the recognizers of
// the findings it absorbed (found[hit], which mergeSpans lists last word
// first) in word order, then the rule that merged them, each name once,
// joined by "+": "person+email-sound-alike", "number+digit-run".
func mergedRecognizer(found []Finding, hit []int, rule string) string {
	var names []string
	add := func(name string) {
		for _, n := range strings.Split(name, "+") {
			if n != "" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	for k := len(hit) - 1; k >= 0; k-- {
		add(found[hit[k]].Recognizer)
	}
	add(rule)
	return strings.Join(names, "+")
}

// letterSoundAlikes are the words a recogniser writes for a letter said
// alone: "be" or "bee" for B, "see" for C, "dee", "jay", "el", "em",
// "are" for R, "you" for U, "double you", "why" for Y. The value is true
// for the words that are no everyday word ("dee", "jay", "ess"), of which
// a spelling must hold one.
var letterSoundAlikes = map[string]bool{"a": false, "ay": true, "b": false, "be": false, "bee": true, "c": false,
	"see": false, "sea": false, "cee": true, "d": false, "dee": true, "e": false, "ee": true, "f": false, "ef": true,
	"eff": true, "g": false, "gee": true, "h": false, "aitch": true, "i": false, "eye": false, "j": false, "jay": true,
	"k": false, "kay": true, "l": false, "el": true, "ell": true, "m": false, "em": true, "n": false, "en": true,
	"o": false, "oh": false, "p": false, "pea": true, "pee": true, "q": false, "queue": true, "cue": true, "r": false,
	"are": false, "ar": true, "s": false, "ess": true, "t": false, "tee": true, "tea": false, "u": false, "you": false,
	"v": false, "vee": true, "w": false, "x": false, "ex": true, "y": false, "why": false, "wye": true, "z": false,
	"zee": true, "zed": true}

// spelledMaxLetters bounds a spelling: a long name or an email's local
// part, letter by letter.
const spelledMaxLetters = 40

// spelledSoundAlikes flags a name spelled letter by letter that a
// recogniser wrote as words: "b r o w n" heard as "be are oh double you
// en". The form: three or more letters (letterSoundAlikes; "double you"
// is one) said by one speaker with no pause over answerTurnGap, at least
// one of them no everyday word, within three words after a spelling cue
// of the same speaker ("it's spelled ...", lead-ins between) or opening
// the answer to the other speaker's question with one ("can you spell
// your last name?"). The letters are PERSON, unless the cue or question
// names an email (EMAIL); a PERSON finding in them is merged. A spelling
// of a type p turns off is left alone.
func spelledSoundAlikes(t *transcript.Transcript, streams []*Tokens, found []Finding, p *Policy) []Finding {
	if len(streams) == 0 {
		return found
	}
	sh := streams[0].sh
	var spans []spanReq
	for o := 0; o < len(sh.order); o++ {
		if !sh.cls[sh.order[o]].has(wcLetterSoundAlike) {
			continue
		}
		w0 := int(sh.order[o])
		// the run of letters from o
		end, n, odd := o, 0, 0
		for k := o; k < len(sh.order) && n < spelledMaxLetters; k++ {
			w := int(sh.order[k])
			l := sh.lower[w]
			if k > o && (!sh.sameSpeaker(w, int(sh.order[k-1])) || t.Words[w].Start-t.Words[sh.order[k-1]].End > answerTurnGap) {
				break
			}
			if l == "double" && k+1 < len(sh.order) && sh.lower[sh.order[k+1]] == "you" && sh.sameSpeaker(w, int(sh.order[k+1])) {
				end, n, odd, k = k+1, n+1, odd+1, k+1
				continue
			}
			distinct, ok := letterSoundAlikes[l]
			if !ok {
				break
			}
			end, n = k, n+1
			if distinct {
				odd++
			}
		}
		run := end
		if n < 3 || odd == 0 {
			o = run // (the run's later letters start no other run: linear)
			continue
		}
		typ, cued := Type(""), false
		// a spelling cue of the same speaker just before
		for k, leads := o-1, 0; k >= 0 && leads <= 3 && sh.sameSpeaker(int(sh.order[k]), w0); k-- {
			l := sh.lower[sh.order[k]]
			if spellingWords[l] {
				cued = true
				typ = sh.spelledType(k, 8)
				break
			}
			leads++
		}
		if !cued {
			// opening an answer: the other speaker's question asked for a spelling
			if q := sh.questionBefore(w0, 3, func(l string) bool { return answerStarts[l] }); q >= 0 {
				sh.turnHas(q, 14, func(p, _ int) bool {
					if spellingWords[sh.lower[sh.order[p]]] {
						cued, typ = true, sh.spelledType(q, 14)
						return true
					}
					return false
				})
			}
		}
		if !cued || !p.enabled(typ) {
			o = run
			continue
		}
		spans = append(spans, spanReq{typ, w0, int(sh.order[end]), 0.85, "spelled-sound-alike", map[Type]bool{Person: true}})
		o = end
	}
	return mergeSpans(t, found, spans)
}

// spelledType is the type of what a spelling cue ending at order
// position q asks to spell, from the n words before it: EMAIL when they
// name an email, else PERSON.
func (sh *shared) spelledType(q, n int) Type {
	for k := q; k >= 0 && k > q-n; k-- {
		switch sh.lower[sh.order[k]] {
		case "email", "e-mail", "mail":
			return Email
		}
	}
	return Person
}

// atSoundAlikes are the words a recogniser writes for "at" in a spoken
// email before its provider: "amara okafor add gmail dot com".
var atSoundAlikes = map[string]bool{"at": true, "add": true, "ad": true, "and": true, "hat": true, "had": true,
	"that": true, "it": true}

// dotSoundAlikes are the words a recogniser writes for "dot" between a
// provider and its top-level label: "gmail that com", "yahoo dog com".
var dotSoundAlikes = map[string]bool{"dot": true, "that": true, "dog": true, "dut": true, "dart": true,
	"doubt": true, "dots": true, "daught": true, "got": true}

// tldSoundAlikes are the top-level labels after a provider, with the words
// a recogniser writes for "com": "calm", "come".
var tldSoundAlikes = map[string]bool{"com": true, "calm": true, "come": true, "net": true, "org": true,
	"edu": true, "co": true, "us": true, "uk": true, "ca": true}

// emailCueWords name an email before a spoken one: "what's your email",
// "my e-mail address is".
var emailCueWords = map[string]bool{"email": true, "e-mail": true, "mail": true, "emails": true}

// emailSoundAlikes flags a spoken email whose "at" or "dot" the
// recogniser wrote as another word, anchored on a known provider
// (emailProviders): "amara okafor add gmail dot com", "priya at yahoo
// that com". The form: a local part of one to five words (no lead-in such
// as "it's" or "is", the same speaker, no pause over answerTurnGap), an
// "at" or its sound-alike (atSoundAlikes), the provider ("g mail" too), a
// "dot" or its sound-alike and a top-level label (tldSoundAlikes), with an
// email cue (emailCueWords) in the 16 words before, either speaker's:
// "yahoo and gmail dot com" in talk of something else is two sites (the
// email recognizer reads the forms with "at" and "dot" said as they are). PERSON, URL, USERNAME and NUMBER
// findings in it are merged into the EMAIL.
func emailSoundAlikes(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	if len(streams) == 0 {
		return found
	}
	sh := streams[0].sh
	var spans []spanReq
	var typeAt []Type
	absorb := map[Type]bool{Person: true, URL: true, Username: true, Number: true}
	for o := 2; o < len(sh.order); o++ {
		l := sh.lower[sh.order[o]]
		prov := o
		if l == "mail" && sh.lower[sh.order[o-1]] == "g" {
			prov = o - 1
		} else if !sh.cls[sh.order[o]].has(wcEmailProviders) {
			continue
		}
		w := int(sh.order[o])
		if typeAt == nil {
			typeAt = spareWordTypes(&sh.spare.emailTypeAt, t, found)
		}
		if typeAt[w] == Email {
			continue // the email recognizer read it
		}
		same := func(k int) bool {
			return k >= 0 && k < len(sh.order) && sh.sameSpeaker(int(sh.order[k]), w) &&
				t.Words[sh.order[max(k, 1)]].Start-t.Words[sh.order[max(k, 1)-1]].End <= answerTurnGap
		}
		if !same(o+1) || !same(o+2) || !dotSoundAlikes[sh.lower[sh.order[o+1]]] || !tldSoundAlikes[sh.lower[sh.order[o+2]]] {
			continue
		}
		at := prov - 1
		if at < 1 || !same(at+1) || !sh.sameSpeaker(int(sh.order[at]), w) || !atSoundAlikes[sh.lower[sh.order[at]]] {
			continue
		}
		if !sh.emailCueBefore(at, 16) {
			continue // ("yahoo and gmail dot com", "we met at gmail dot com's offices": no email talked of)
		}
		start := at
		for k := at - 1; k >= 0 && k > at-6 && same(k+1) && sh.sameSpeaker(int(sh.order[k]), w); k-- {
			lk := sh.lower[sh.order[k]]
			if answerStarts[lk] || emailLocalStop[lk] || emailCueWords[lk] {
				break
			}
			start = k
		}
		if start == at {
			continue
		}
		spans = append(spans, spanReq{Email, int(sh.order[start]), int(sh.order[o+2]), 0.85, "email-sound-alike", absorb})
		o += 2
	}
	return mergeSpans(t, found, spans)
}

// emailLocalStop end an email's local part read backwards: the words
// before it ("is", "my", "address", "email").
var emailLocalStop = map[string]bool{"is": true, "my": true, "address": true, "was": true, "it's": true,
	"its": true, "me": true, "to": true, "under": true, "use": true, "at": true, "email": true, "the": true}

// emailCueBefore reports whether an email cue (emailCueWords) is among the
// n content words before order position o, either speaker's.
func (sh *shared) emailCueBefore(o, n int) bool {
	for k := o - 1; k >= 0 && k >= o-n; k-- {
		if emailCueWords[sh.lower[sh.order[k]]] {
			return true
		}
	}
	return false
}

// digitRunTypes are the types whose cue a run of digits follows, read
// digit by digit: a phone, card, account, social or routing number.
var digitRunTypes = map[Type]bool{Phone: true, Card: true, Account: true, SSN: true, Routing: true, Medicare: true}

// cueVerbs stand between a number's cue and its digits: "the phone
// number is ...", "call them on ...".
var cueVerbs = map[string]bool{"is": true, "was": true, "it's": true, "on": true, "at": true, "are": true,
	"be": true, "would": true}

// runLeadStops are words after a cue that are no digit misheard: "my
// number is like ...", "is just ...", "is the ...".
var runLeadStops = map[string]bool{"like": true, "just": true, "actually": true, "probably": true, "the": true,
	"a": true, "an": true, "and": true, "but": true, "so": true, "also": true, "still": true, "now": true,
	"here": true, "there": true, "this": true, "that": true, "my": true, "your": true, "their": true,
	"please": true, "number": true, "numbers": true, "as": true}

// digitRunMinWords is the least number of number words in a cued run
// that the digit-run rule reads.
const digitRunMinWords = 6

// cuedDigitRuns flags the digits after a number's cue that the recogniser
// broke with a sound-alike ("to" for two, "for" for four, "of" for "oh")
// or opened with one word that is no digit: "their phone number is
// poorly eighty three one six eight two two six", "the phone number is
// one two zero six seven to eight seven six six six". The form: a cue of
// a type read digit by digit (digitRunTypes; the speaker's own, its verb
// "is", "on", "at" after it), at most one word that is no digit, no
// lead-in and no word about the number ("still", "like", "on"), then a
// run of at least digitRunMinWords number words of the same speaker with
// no pause over answerTurnGap, sound-alikes allowed between two of them.
// The run must hold a sound-alike or start with such a word: a clean run
// is the number recognizers' to read. Findings of the cue's type or NUMBER
// in it are merged; any other finding there leaves it alone, as does a
// cue of a type p turns off.
func cuedDigitRuns(t *transcript.Transcript, streams []*Tokens, found []Finding, p *Policy) []Finding {
	if len(streams) == 0 {
		return found
	}
	sh := streams[0].sh
	var spans []spanReq
	for o := 0; o+1 < len(sh.order); o++ {
		typ, ok := sh.cueEndingAt(o, 0)
		if !ok || !digitRunTypes[typ] || !p.enabled(typ) {
			continue
		}
		w := int(sh.order[o])
		same := func(k int) bool {
			return k < len(sh.order) && sh.sameSpeaker(int(sh.order[k]), w) &&
				t.Words[sh.order[k]].Start-t.Words[sh.order[k-1]].End <= answerTurnGap
		}
		k := o + 1
		for n := 0; n < 3 && same(k) && (cueVerbs[sh.lower[sh.order[k]]] || answerStarts[sh.lower[sh.order[k]]]); n++ {
			k++
		}
		start, garbled := k, 0
		if same(k) {
			l := sh.lower[sh.order[k]]
			base := strings.TrimSuffix(l, "'s")
			_, cueWord := numberCues[base] // ("account number's ...": the cue goes on)
			if !sh.number[sh.order[k]] && !digitSoundAlikes[l] && !notValue[l] && !answerStarts[l] && !runLeadStops[l] &&
				!cueVerbs[l] && !cueWord && base == l {
				garbled, k = 1, k+1
			}
		}
		digits, alikes, pending, last := 0, 0, 0, -1
		for ; same(k) && k-start < 40; k++ {
			l := sh.lower[sh.order[k]]
			if sh.number[sh.order[k]] {
				digits, alikes, pending, last = digits+1, alikes+pending, 0, k
				continue
			}
			if digitSoundAlikes[l] && digits > 0 && pending == 0 {
				pending++
				continue
			}
			break
		}
		if last < 0 || digits < digitRunMinWords || garbled+alikes == 0 || garbled == 1 && !sh.number[sh.order[start+1]] {
			continue
		}
		spans = append(spans, spanReq{typ, int(sh.order[start]), int(sh.order[last]), 0.8, "digit-run",
			map[Type]bool{Number: true}})
		o = last
	}
	return mergeSpans(t, found, spans)
}
