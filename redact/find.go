package redact

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// builtins are the built-in recognizers, one per type (card and SSN also
// report cued expiry dates, security codes and "last four").
var builtins = []Recognizer{
	phoneRecognizer{}, cardRecognizer{}, ssnRecognizer{}, accountRecognizer{}, zipRecognizer{},
	emailRecognizer{}, personRecognizer{}, addressRecognizer{}, dobRecognizer{}, numberRecognizer{},
	secretRecognizer{}, netRecognizer{}, docIDRecognizer{}, recipientRecognizer{}, commandRecognizer{},
	speechNameRecognizer{},
}

// Builtins returns the built-in recognizers in the order Find runs them.
func Builtins() []Recognizer { return append([]Recognizer(nil), builtins...) }

// Find returns the findings in t under p, sorted by (FirstWord, Channel),
// non-overlapping per channel after resolving conflicts: where findings
// overlap, the higher score wins, then the more specific type (AllTypes
// order), then the longer one. Resolution fails closed: a finding that
// loses some of its words keeps the others that no finding holds (trimmed
// of fillers and connecting words at their ends), as a finding of its own
// type and recognizer, or as part of the finding next to them where that
// is of its type; only what says nothing of its type is dropped (see the
// package doc, "Policy and conflicts").
//
// Find normalises t once into per-channel token streams (see Normalize),
// runs the built-in recognizers and p.Recognizers over each, drops
// findings of types p turns off or scoring below p.MinScore, and resolves
// overlaps. It fails only for a nil transcript or a recognizer that returns
// a finding outside its channel's words (ErrRecognizer).
func Find(t *transcript.Transcript, p Policy) ([]Finding, error) {
	if t == nil {
		return nil, ErrNoTranscript
	}
	var all []Finding
	recs := builtins
	if len(p.Recognizers) > 0 {
		recs = append(append([]Recognizer(nil), builtins...), p.Recognizers...)
	}
	var cand []Finding
	streams := Normalize(t)
	for _, ts := range streams {
		cand = cand[:0]
		for _, r := range recs {
			for k, f := range r.Recognize(ts) {
				if err := ts.check(&f); err != nil {
					return nil, fmt.Errorf("%w: recognizer %q finding %d: %w", ErrRecognizer, r.Name(), k, err)
				}
				if !p.enabled(f.Type) || f.Score < p.MinScore {
					continue
				}
				cand = append(cand, f)
			}
		}
		all = append(all, ts.resolve(cand)...)
	}
	var types *wordTypeIndex
	if len(streams) > 0 {
		sh := streams[0].sh
		sh.spare.typeAt = reuse(sh.spare.typeAt, len(t.Words))
		types = &wordTypeIndex{t: t, typeAt: sh.spare.typeAt}
	} else {
		types = newWordTypeIndex(t)
	}
	if p.enabled(Person) && 0.8 >= p.MinScore {
		var lower []string // (lowerWord of each word, as Normalize made them)
		cased := false
		if len(streams) > 0 {
			lower, cased = streams[0].sh.lower, streams[0].Cased
		}
		all = append(all, officeNames(t, lower, types.of(all))...) // ("Senator Warren", "the Obama administration": names_brief16.go)
		all = append(all, floorNames(t, lower, types.of(all))...)  // ("Go ahead, Chip.": names_brief16.go)
		all = append(all, talkedOfNames(t, lower, all, types.of(all))...)
		all = append(all, repeatedNames(t, lower, cased, all, types.of(all))...)
		extendNames(t, all, types.of(all)) // (it marks the words it adds)
		namesLeftOpen(t, all, types.of(all))
		titlesBeforeNames(t, all, types.of(all))
		all = append(all, byAgentNames(t, types.of(all))...)
		if sub := subjectNames(t, all, types.of(all)); len(sub) > 0 {
			all = append(all, sub...)
			all = append(all, repeatedNames(t, lower, cased, all, types.of(all))...) // ("thembile sibanda called" ... "is thembile your spouse")
		}
		if passing := namesInPassing16(t, lower, types.of(all)); len(passing) > 0 { // ("Coach Wood", "working with ngozi": names_16dev.go)
			all = append(all, passing...)
			all = append(all, repeatedNames(t, lower, cased, all, types.of(all))...) // ("trustee haverford" ... "agree with haverford")
		}
		if !cased && len(streams) > 0 {
			if rl := radioLowerNames(t, streams[0].sh, types.of(all)); len(rl) > 0 { // ("okay tomasz grab it", "sanjay copies", "okay buzz i'm": names_radiolower18.go)
				all = append(all, rl...)
				all = append(all, repeatedNames(t, lower, cased, all, types.of(all))...) // ("buzz is reading it")
			}
		}
		if !cased && len(lower) == len(t.Words) {
			// ("a memo from haverkamp i think", "waiting on mbatharu's answer": names_cross19b.go;
			// each rule's names count again where they recur, before the next rule runs)
			for _, rule := range [...]func(*transcript.Transcript, []string, []Type) []Finding{surnamesAfterBarePreposition, possessivesOfNoList} {
				if found := rule(t, lower, types.of(all)); len(found) > 0 {
					n := len(all)
					all = append(all, found...)
					all = append(all, closedNamesAgain(t, lower, cased, all, indicesFrom(n, len(all)), types.of(all))...)
				}
			}
		}
	}
	if 0.85 >= p.MinScore {
		// (Secrets first: a password read back as "river stone four seven
		// two" is one secret, not a secret's words and a number.)
		n := len(all)
		all = settleSecretsOverNumbers(t, append(all, readBackSecrets(t, all, types.of(all), p)...), n)
		types.forget() // (settling dropped findings)
		all = append(all, readBackNumbers(t, streams, all, types.of(all))...)
		all = append(all, restatedNumbers(t, streams, all, types.of(all))...)
		all = append(all, readBackDates(t, streams, all, types.of(all))...)
		retypeRepeatedNumbers(t, streams, all, types.of(all))
		retypeReadBackIDs(t, streams, all)
		types.forget() // (findings changed type)
		retypeCorrectedNumbers(t, streams, all, types.of(all))
		types.forget()
		retypeAnotherOne(t, streams, all, types)
		all = numberPieces(t, streams, all)
		all = addressBeforeStateZIP(t, streams, all)
		types.forget()
	}
	if p.enabled(Person) && 0.8 >= p.MinScore {
		all = credentialNames(t, streams, all)
	}
	if (p.enabled(Person) || p.enabled(Email)) && 0.85 >= p.MinScore {
		all = spelledSoundAlikes(t, streams, all, &p)
	}
	if p.enabled(Email) && 0.85 >= p.MinScore {
		all = emailSoundAlikes(t, streams, all)
	}
	if 0.8 >= p.MinScore {
		all = cuedDigitRuns(t, streams, all, &p)
		if p.enabled(Phone) {
			all = phone18Spans(t, streams, all) // (sound-alikes in a run asked for, an area code answered: phone18.go)
		}
	}
	all = growRunsOverSoundAlikes(t, streams, all, types)
	soundAlikeDigits(t, streams, all)
	dateYearAfterSoundAlike(streams, all)
	if p.enabled(Person) {
		all = traceTrim("radioTrim", streams, all, func(streams []*Tokens, all []Finding) []Finding { return radioTrim(t, streams, all) })
		all = traceTrim("townTrim", streams, all, townTrim) // ("calling from Beverly Hills": names_town_words.go)
	}
	if p.Answers != AnswersOff {
		all = append(all, answerFindings(t, streams, all, &p)...)
	}
	all = expiryAfterCard(t, streams, all, types, &p) // (after the answer rule: a card it found too)
	if p.enabled(Person) {
		// ("Dell support", "my broker at Morgan Stanley": no person; "Delgado And Sons": hn17_firm_trim.go)
		all = traceTrim("brandTrim", streams, all, brandTrim)
		// ("on Columbus Day", "going to Myrtle Beach": names_hn16.go; "Camp David", "the Kennedy Center": names_brief16.go)
		all = traceTrim("eponymTrim", streams, all, func(streams []*Tokens, all []Finding) []Finding { return eponymTrim(t, streams, all) })
		// ("a table at Giovanni's for four": dine_svc19.go)
		all = traceTrim("dineTrim", streams, all, dineTrim)
	}
	slices.SortStableFunc(all, func(a, b Finding) int {
		if a.FirstWord != b.FirstWord {
			return cmp.Compare(a.FirstWord, b.FirstWord)
		}
		return cmp.Compare(a.Channel, b.Channel)
	})
	all = spellingsJoinTheirValues(t, all)
	all = spellingsTakeTheirValuesType(t, all)
	if len(p.Recognizers) == 0 {
		// (Only the built-in recognizers read the tokens and the shared
		// view, and none of them or of the rules above keeps them.)
		for _, ts := range streams {
			ts.release()
		}
		if len(streams) > 0 {
			releaseShared(streams[0].sh)
		}
	}
	return all, nil
}

// check validates a recognizer's finding against ts and sets its times from
// the words.
func (ts *Tokens) check(f *Finding) error {
	n := len(ts.Transcript.Words)
	switch {
	case f.Type == "":
		return fmt.Errorf("empty type")
	case f.FirstWord < 0 || f.LastWord >= n || f.FirstWord > f.LastWord:
		return fmt.Errorf("words %d..%d outside 0..%d", f.FirstWord, f.LastWord, n-1)
	case f.Channel != ts.Channel || ts.Transcript.Words[f.FirstWord].Channel != ts.Channel || ts.Transcript.Words[f.LastWord].Channel != ts.Channel:
		return fmt.Errorf("words %d..%d are not on channel %d", f.FirstWord, f.LastWord, ts.Channel)
	case !(f.Score >= 0 && f.Score <= 1):
		return fmt.Errorf("score %v outside [0,1]", f.Score)
	}
	f.Start = ts.Transcript.Words[f.FirstWord].Start
	f.End = ts.Transcript.Words[f.LastWord].End
	return nil
}

// local returns the channel-local position of transcript word gw (which
// must be on the channel).
func (ts *Tokens) local(gw int) int {
	return sort.SearchInts(ts.Words, gw)
}

// wordTypes returns, per transcript word, the type of the finding that
// holds it ("" for words no finding holds). A finding holds the words of
// its channel between its first and last word; where findings overlap,
// the later one's type is the word's.
func wordTypes(t *transcript.Transcript, found []Finding) []Type {
	return markTypes(t, make([]Type, len(t.Words)), found)
}

// markTypes writes the types of found into typeAt as wordTypes does, and
// returns it.
func markTypes(t *transcript.Transcript, typeAt []Type, found []Finding) []Type {
	for _, f := range found {
		for w := f.FirstWord; w <= f.LastWord; w++ {
			if t.Words[w].Channel == f.Channel {
				typeAt[w] = f.Type
			}
		}
	}
	return typeAt
}

// wordTypeIndex is wordTypes kept for Find's findings as they grow, so
// that the rules after the recognizers share one slice instead of each
// building its own (one word's type per transcript word, about ten times
// a call). It marks only the findings appended since it last looked;
// after findings are dropped or change type, forget makes it mark all of
// them again.
type wordTypeIndex struct {
	t      *transcript.Transcript
	typeAt []Type
	marked int  // found[:marked] are in typeAt
	stale  bool // typeAt is to be cleared before marking
}

func newWordTypeIndex(t *transcript.Transcript) *wordTypeIndex {
	return &wordTypeIndex{t: t, typeAt: make([]Type, len(t.Words))}
}

// of returns wordTypes(t, found), where found[:n] are the findings it was
// last given (n their number) unchanged since, and more may follow.
func (x *wordTypeIndex) of(found []Finding) []Type {
	if len(found) < x.marked {
		panic("redact: wordTypeIndex given fewer findings than it marked") // (Find calls forget first)
	}
	if x.stale {
		clear(x.typeAt)
		x.stale = false
	}
	markTypes(x.t, x.typeAt, found[x.marked:])
	x.marked = len(found)
	return x.typeAt
}

// forget makes the index mark every finding again when next asked, for
// findings dropped or changed in place. (It clears nothing until then: a
// rule that may need no types costs nothing.)
func (x *wordTypeIndex) forget() {
	x.marked, x.stale = 0, true
}

// repeatedNames finds the later (and earlier) mentions of a name that a
// PERSON finding already holds: "yes, it's Rohan Iyer" ... "thank you,
// Rohan" on either channel. Only names that are not also common words
// count, so "Mark" found once does not make every "mark" a name; such a
// name, or one of two letters, counts again only where it is said to
// someone or stands where a person's name does (nameSlotAgain). lower
// holds lowerWord of each word of t (Normalize's); cased tells whether t
// carries capitals.
func repeatedNames(t *transcript.Transcript, lower []string, cased bool, found []Finding, typeAt []Type) []Finding {
	nameWords := map[string]bool{} // name -> also a common word
	for w, typ := range typeAt {
		if typ != Person {
			continue
		}
		if l := lowerNameKey(lower[w]); len(l) >= 3 && isAlpha(l) && !personStop[l] {
			// (A month or place found as a name, "my name is June", counts
			// again only where it is said to someone: "hi June, I'd ...".)
			nameWords[l] = names.IsCommonWord(l) || notNames[l] || nicknameWords[l] // ("a loud buzz": names_nickname_words.go)
		} else if l := againKey(lower[w]); shortNameAgain(l) {
			nameWords[l] = true // ("ed": again only where nameSlotAgain says)
		}
	}
	if len(nameWords) == 0 {
		return nil
	}
	var out []Finding
	lastOn := map[int]int{} // channel -> last word of its last finding here
	for i := range t.Words {
		w := &t.Words[i]
		common, ok := nameWords[againKey(lower[i])]
		slot := ok && common && typeAt[i] == "" && nameSlotAgain(t, lower, i, cased)
		if typeAt[i] != "" || !ok || common && !vocative(t, i) && !placeNameAgain(t, i) && !slot ||
			placeBeforeWord(t, i) && !(slot && strings.HasSuffix(lower[i], "'s")) || // (not "Jordan completed the shipment to Jordan"; "in ed's bottle" is no place)
			shopLeadBefore(t, lower, i) { // (not "my cousin Joe works at Trader Joe's": names_12dev.go)
			continue
		}
		if l, ok := lastOn[w.Channel]; ok && i <= l {
			continue // (the surname of the name said again before)
		}
		first := firstNameBefore(t, i, typeAt)
		if l, ok := lastOn[w.Channel]; ok && l >= first {
			first = i // (the word before is itself a name said again)
		}
		last := surnameAfter(t, i, typeAt)
		lastOn[w.Channel] = last
		out = append(out, Finding{Type: Person, Start: t.Words[first].Start, End: t.Words[last].End, Channel: w.Channel, FirstWord: first, LastWord: last, Score: 0.8, Recognizer: "person-repeat"})
	}
	return out
}

// surnameAfter returns the last word of a name whose first part, said
// again, is transcript word i: the next word of the same speaker when it
// is a surname by its look (capitalised and no ordinary word in a cased
// transcript, in no list and no English word in a lowercase one: "change
// it to Sölvi Salómonsdóttir"), else i.
func surnameAfter(t *transcript.Transcript, i int, typeAt []Type) int {
	if strings.ContainsAny(t.Words[i].Punct, ",.?!;:") {
		return i
	}
	j := i + 1
	for j < len(t.Words) && j < i+40 && t.Words[j].Channel != t.Words[i].Channel {
		j++ // (bounded: a surname follows at once, not after a long turn of the other channel)
	}
	if j >= len(t.Words) || t.Words[j].Channel != t.Words[i].Channel || typeAt[j] != "" || t.Words[j].Speaker != t.Words[i].Speaker {
		return i
	}
	l := lowerWord(t.Words[j].Text)
	if len(l) < 3 || !isAlpha(l) || plainWord(l) || personStop[l] || notNames[l] || placeName(l) || adjectiveLike(l) || placeOrBrand(l) ||
		organisationWords[l] || placeWords[l] || streetSuffixes[l] || deskWords[l] {
		return i
	}
	r, _ := utf8.DecodeRuneInString(t.Words[j].Text)
	cased := unicode.IsUpper(r)
	if r0, _ := utf8.DecodeRuneInString(t.Words[i].Text); unicode.IsUpper(r0) != cased {
		return i // (a capitalised name before a lowercase word, or the reverse)
	}
	if !cased && (names.IsEnglishWord(l) || !names.IsSurname(l) && names.IsFirstName(l)) {
		return i
	}
	return j
}

// firstNameBefore returns the first word of a name whose surname, found
// again, is transcript word i: the word right before it on the channel
// when that is no common word and a relative or the start of the turn
// comes before it ("desmond achterberg and my wife rukmini achterberg"),
// else i.
func firstNameBefore(t *transcript.Transcript, i int, typeAt []Type) int {
	prev := func(k int) int {
		for k--; k >= 0 && t.Words[k].Channel != t.Words[i].Channel; k-- {
		}
		return k
	}
	j := prev(i)
	if j < 0 || typeAt[j] != "" || t.Words[j].Punct != "" || t.Words[j].Speaker != t.Words[i].Speaker {
		return i
	}
	l := lowerWord(t.Words[j].Text)
	if len(l) < 3 || !isAlpha(l) || names.IsCommonWord(l) || personStop[l] || notNames[l] || nameParticles[l] {
		return i
	}
	b := prev(j)
	if b < 0 || t.Words[b].Speaker != t.Words[j].Speaker || t.Words[b].Punct != "" {
		return j
	}
	switch lowerWord(t.Words[b].Text) {
	case "wife", "husband", "partner", "son", "daughter", "mother", "father", "mom", "dad", "brother", "sister",
		"and", "it's", "is", "yes", "um", "uh":
		return j
	}
	return i
}

// readBackSecrets finds a username or password that a finding holds,
// said again in another written form or read back word by word:
// "kboateng_fiber" ... "I see it as kboateng.fiber, with a dot"; "the
// temporary password is Harbor!Lamp93" ... "Harbor, exclamation point,
// Lamp 93?". Letters and digits must match (at least 6 of them); the rest
// (dots, underscores, the names of symbols) may differ.
func readBackSecrets(t *transcript.Transcript, found []Finding, typeAt []Type, p Policy) []Finding {
	keys := map[string]Type{}
	for _, f := range found {
		if f.Type != Username && f.Type != Password {
			continue
		}
		var b strings.Builder
		for w := f.FirstWord; w <= f.LastWord; w++ {
			if t.Words[w].Channel == f.Channel && !symbolWords[lowerWord(t.Words[w].Text)] {
				b.WriteString(alnumKey(t.Words[w].Text))
			}
		}
		if b.Len() >= 6 {
			keys[b.String()] = f.Type
		}
	}
	if len(keys) == 0 {
		return nil
	}
	prefix := func(acc string) bool {
		for k := range keys {
			if strings.HasPrefix(k, acc) {
				return true
			}
		}
		return false
	}
	var out []Finding
	for i := 0; i < len(t.Words); i++ {
		if typeAt[i] != "" && typeAt[i] != Number {
			continue
		}
		ch := t.Words[i].Channel
		acc := alnumKey(t.Words[i].Text)
		if acc == "" || !prefix(acc) {
			continue
		}
		for j, n := i, 0; n < 12; n++ {
			if typ, ok := keys[acc]; ok && p.enabled(typ) {
				out = append(out, Finding{Type: typ, Start: t.Words[i].Start, End: t.Words[j].End, Channel: ch, FirstWord: i, LastWord: j, Score: 0.85, Recognizer: "read-back"})
				i = j
				break
			}
			// The next word of the channel, not held by a finding.
			k := j + 1
			for k < len(t.Words) && t.Words[k].Channel != ch {
				k++
			}
			if k >= len(t.Words) || typeAt[k] != "" && typeAt[k] != Number {
				break
			}
			j = k
			if l := lowerWord(t.Words[k].Text); !symbolWords[l] {
				acc += alnumKey(t.Words[k].Text)
				if !prefix(acc) {
					break
				}
			}
		}
	}
	return out
}

// symbolWords name the symbols of a password or username read out
// ("exclamation point", "underscore"); they are not its letters.
var symbolWords = map[string]bool{"exclamation": true, "point": true, "mark": true, "underscore": true,
	"dash": true, "hyphen": true, "dot": true, "period": true, "at": true, "sign": true, "hash": true,
	"pound": true, "star": true, "asterisk": true, "dollar": true, "percent": true, "ampersand": true,
	"capital": true, "lowercase": true, "uppercase": true, "symbol": true, "slash": true}

// alnumKey returns the lowercase ASCII letters and digits of s.
func alnumKey(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		}
	}
	return string(b)
}

// vocative reports whether transcript word i is said to someone by name:
// after a greeting or thanks ("hi Ivy", "thanks hope", "alright Mark,")
// and before the end of the sentence or what follows a greeting ("hi dale
// i ordered ..."). Only there does a name that is also a word ("Mark",
// "Hope", "Grace") count again.
func vocative(t *transcript.Transcript, i int) bool {
	prev, next := -1, -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t.Words[k].Channel == t.Words[i].Channel {
			if l := lowerWord(t.Words[k].Text); l != "" && !isFillerWord(l) {
				prev = k
				break
			}
		}
	}
	for k := i + 1; k < len(t.Words) && k <= i+3; k++ {
		if t.Words[k].Channel == t.Words[i].Channel {
			next = k
			break
		}
	}
	if prev < 0 || strings.ContainsAny(t.Words[prev].Punct, ".?!") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t.Words[i].Text); strings.Contains(t.Words[prev].Punct, ",") && unicode.IsUpper(r) &&
		strings.ContainsAny(t.Words[i].Punct, ".?!") && t.Words[i].Text != strings.ToUpper(t.Words[i].Text) {
		return true // "What is your membership level, Crystal?"
	}
	switch lowerWord(t.Words[prev].Text) {
	case "hi", "hello", "hey", "thanks", "you", "bye", "okay", "ok", "alright", "sorry", "morning",
		"afternoon", "evening", "welcome", "great", "perfect", "sure", "yes", "right", "dear":
	default:
		return false
	}
	if next < 0 || t.Words[i].Punct != "" || t.Words[next].Speaker != t.Words[i].Speaker {
		return true
	}
	switch lowerWord(t.Words[next].Text) {
	case "i", "i'm", "i've", "i'd", "um", "uh", "let", "let's", "and", "so", "what", "how",
		"thanks", "thank", "it's", "we", "we're", "this", "just", "one", "i'll", "we'll", "we've",
		"the", "your", "that's", "there's", "you're":
		// (Not "you", "can": "sure will you need it", "okay mark can ...")
		return true
	}
	return false
}

// readBackNumbers finds a number read back or restated after a finding
// holds it: "eight hundred twelve" (SSN) ... "that's zero eight one two?";
// "one thousand and nine" ... "one zero zero nine". A number of three or
// more digits, not part of another finding, whose digits equal a found
// number's (leading zeros aside) gets that finding's type. An address's
// unit number is read back so ("unit two eighty" ... "two eighty, yes"),
// but not its house number: said again before other street words ("101
// Main St." ... "not 101 Main Straight?") it starts an address the
// address recognizer did not take.
func readBackNumbers(t *transcript.Transcript, streams []*Tokens, found []Finding, typeAt []Type) []Finding {
	values := map[string]Type{}
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindNumber {
				continue
			}
			if typ := typeAt[ts.Words[tk.First]]; typ != "" && typ != Person && typ != Number && !textTyped(typ) &&
				(typ != Address || tk.First > 0 && typeAt[ts.Words[tk.First-1]] == Address) {
				if v := strings.TrimLeft(tk.Norm, "0"); len(v) >= 3 {
					values[v] = typ
				}
			}
		}
	}
	if len(values) == 0 {
		return nil
	}
	var out []Finding
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindNumber || len(tk.Norm) < 3 {
				continue
			}
			typ, ok := values[strings.TrimLeft(tk.Norm, "0")]
			if !ok {
				continue
			}
			free := true
			for w := tk.First; w <= tk.Last; w++ {
				if typeAt[ts.Words[w]] != "" {
					free = false
					break
				}
			}
			if free {
				out = append(out, ts.TokenFinding(typ, k, k, 0.85, "read-back"))
			}
		}
	}
	return out
}
