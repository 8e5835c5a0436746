package redact

import (
	"net/netip"
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// emailRecognizer finds written addresses (one token with '@') and spoken
// ones: a local part, "at", and a domain of labels joined by "dot" ("john
// dot smith at gmail dot com", "j smith at yahoo dot co dot uk", letters
// spelled one a word).
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - EMAIL: written addresses and spoken ones ("john dot smith at gmail
//     dot com", spelled letters, "j smith at yahoo dot co dot uk", "at
//     sign", "period"); a local part with an initial after a name ("timur
//     i eighty eight at ..."), with common words after an email cue
//     ("email amaka shop twenty four at ...") or opening the answer to a
//     question for an email ("pop and ginny at sign ..."); domains of two
//     words ("at homenet mail dot com", "at mail dot com"). As people say
//     them on calls (issue 15, session 10): "at the rate" for "@" (not "at
//     the rate of"), "full stop" for a dot, letters doubled ("b i double
//     l"; "double u" is w), a letter spelled with a word ("j as in juliet
//     smith at ..."), the domain written with its dot as one word ("at
//     gmail dotcom"), "dot calm" (misheard "com"), a free-mail provider
//     without its top-level label after talk of email ("jsmith at gmail",
//     written "john.smith@gmail"; not "my job at yahoo", nor after an
//     everyday word that is no name, "my email was hacked at yahoo"), an address
//     written partly with its "@" ("john@gmail dot com", "john
//     @gmail.com", "john@ gmail.com"), a label written with its dot as a
//     word ("at gmail .com"); not a verb alone before "at" ("order at
//     1800flowers dot com", "learn more at ...", "he works at ...": a web
//     address).
type emailRecognizer struct{}

func (emailRecognizer) Name() string { return "email" }

// emailConnectors join the parts of a spoken address: spokenJoiners, and
// "point" and "minus".
var emailConnectors = withWords(map[string]bool{"point": true, "minus": true}, spokenJoiners...)

// spokenJoiners join the parts of a spoken username or email address:
// "j underscore smith", "amara dot okafor".
var spokenJoiners = []string{"dot", "underscore", "dash", "hyphen", "period"}

// emailStop are words that never start the local part of a spoken address.
var emailStop = map[string]bool{"is": true, "it's": true, "its": true, "email": true, "e-mail": true,
	"mail": true, "address": true, "me": true, "my": true, "to": true, "send": true, "it": true,
	"that": true, "that's": true, "at": true, "and": true, "the": true, "was": true, "be": true,
	"or": true, "reach": true, "contact": true, "yes": true, "yeah": true, "so": true, "you": true,
	"i": true, "we": true, "us": true, "them": true, "him": true, "her": true, "here": true,
	"there": true, "home": true, "work": true, "look": true, "looking": true, "emails": true, "sure": true,
	"okay": true, "ok": true, "um": true, "uh": true, "email's": true, "equals": true, "colon": true}

// domainWords are words of emailStop that may still label a domain when a
// "dot" follows ("at mail dot com", "at homenet mail dot com").
var domainWords = map[string]bool{"mail": true, "email": true, "home": true, "work": true, "here": true, "there": true}

// emailLeadIns open the answer to a question for an email address before
// the address itself: "yes, it's ...", "sure, my email's ...", "maybe ...".
var emailLeadIns = map[string]bool{"yes": true, "yeah": true, "yep": true, "sure": true, "it's": true,
	"its": true, "is": true, "it": true, "that's": true, "okay": true, "ok": true, "so": true, "oh": true,
	"my": true, "email": true, "email's": true, "e-mail": true, "the": true, "address": true, "um": true,
	"uh": true, "maybe": true, "probably": true, "perhaps": true, "mine": true, "mine's": true, "try": true}

// notLocal are words of an answer that say how to use an address, not
// what it is: "actually use hamid underscore k at ...".
var notLocal = map[string]bool{"actually": true, "use": true, "instead": true, "please": true, "send": true,
	"sending": true, "can": true, "you": true, "just": true, "well": true, "also": true, "too": true,
	"rather": true, "prefer": true, "i'd": true, "i": true, "we": true, "our": true, "his": true, "her": true,
	"their": true, "hmm": true, "wait": true, "no": true, "not": true, "to": true, "it": true, "at": true,
	"under": true, "for": true, "from": true, "with": true, "on": true, "in": true, "by": true, "mine": true}

// emailProviders are domains spoken without their top-level label often
// enough to count alone.
var emailProviders = map[string]bool{"gmail": true, "yahoo": true, "hotmail": true, "outlook": true,
	"aol": true, "icloud": true, "protonmail": true, "proton": true, "msn": true, "live": true,
	"comcast": true, "verizon": true, "att": true}

func (emailRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		if tk.Kind == KindEmail {
			if credentialURL(tk.Norm) >= 0 {
				continue // (the net recognizer's)
			}
			if writtenDomainOK(tk.Norm) {
				end := i
				if _, e, ok := ts.splitAddress(i); ok {
					end = e // "john@gmail dot com"
				}
				out = append(out, ts.TokenFinding(Email, ts.quotedLocalStart(i), end, 0.99, "email"))
				i = end
			}
			continue
		}
		if start, end, ok := ts.splitAddress(i); ok {
			out = append(out, ts.TokenFinding(Email, start, end, 0.97, "email-spoken"))
			i = end
			continue
		}
		if !ts.isWord(i, "at", "@") {
			continue
		}
		from := i + 1
		if ts.isWord(ts.next(from), "sign") {
			from = ts.next(from) + 1 // "at sign"
		}
		end, ok := ts.emailDomain(from, true)
		bare := false
		if !ok {
			if end, ok = ts.bareProvider(i, from); !ok {
				continue
			}
			bare = true
		}
		start, ok := ts.emailLocal(i - 1)
		if ok && bare && ts.plainWords(start, i) {
			continue // "I left my job at yahoo"
		}
		if !ok || ts.isWord(ts.next(end+1), "slash", "/") {
			continue // (a path: "upload it at d m v dot n y dot gov slash insurance" is a web address)
		}
		if start == ts.prev(i-1) && ts.isWord(start, placeVerbs...) {
			continue // "order at 1800flowers dot com", "learn more at ...": where to do it, no mailbox
		}
		if from == i+1 && ts.phraseBeforeAt(start, i) && !emailProviders[ts.Toks[ts.next(from)].Norm] {
			continue // "try the backup gateway at vpn two dot corp dot com": a host, not an address
		}
		out = append(out, ts.TokenFinding(Email, start, end, 0.97, "email-spoken"))
		if a, b, ok := ts.ownerBeforeMailbox(start); ok {
			out = append(out, ts.TokenFinding(Person, a, b, 0.8, "person-before-email"))
		}
		i = end
	}
	return out
}

// splitAddress reads an address that a recogniser wrote partly as one
// word with its "@" and partly spoken or split at a space, around token i:
// "john@gmail dot com" (the top-level label said after it), "john
// @gmail.com" (the "@" on the domain), "john@ gmail.com" (on the local
// part). It returns the first and last tokens.
func (ts *Tokens) splitAddress(i int) (int, int, bool) {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord && tk.Kind != KindEmail && tk.Kind != KindAlnum {
		return 0, 0, false
	}
	at := strings.IndexByte(tk.Norm, '@')
	switch {
	case at < 0 || len(tk.Norm) < 2:
		return 0, 0, false
	case at == 0: // "@gmail.com", the local part said before it
		dom := tk.Norm[1:]
		if !strings.Contains(dom, ".") || !writtenDomainOK("x@"+dom) {
			return 0, 0, false
		}
		p := ts.prev(i - 1)
		if p < 0 {
			return 0, 0, false // ("@gmail.com" opening the transcript: no local part before it)
		}
		start, ok := ts.emailLocal(i - 1)
		if w := &ts.Toks[p]; ok && start == p && w.Kind == KindWord && plainWord(w.Norm) && !deskWords[w.Norm] && !mailboxWords[w.Norm] {
			return 0, 0, false // "it rejects @example.com": an address with no local part, the verb before is none
		}
		if ts.Toks[p].in(wcMessagingServices) || strings.Contains(ts.Word(ts.Toks[p].Last).Punct, ",") {
			return 0, 0, false // "find me on Insta, @jane.doe.art": a handle after the service, no mailbox
		}
		return start, i, ok && !ts.sentenceEndsAfter(p)
	case at == len(tk.Norm)-1: // "john@", the domain after it
		if ts.sentenceEndsAfter(i) {
			return 0, 0, false
		}
		end, ok := ts.emailDomain(i+1, true)
		return i, end, ok
	case !strings.Contains(tk.Norm[at+1:], "."): // "john@gmail dot com"
		k, dots := i, 0
		for n := 0; n < 4 && !ts.sentenceEndsAfter(k); n++ {
			d := ts.next(k + 1)
			l := ts.next(d + 1)
			if ts.joinedTopAt(d) {
				k, dots = d, dots+1
				break
			}
			if !ts.isWord(d, "dot", "period") || !ts.emailPart(l) || ts.sentenceEndsAfter(d) {
				break
			}
			k, dots = l, dots+1
		}
		if dots == 0 || !ts.topLabel(k) {
			return 0, 0, false
		}
		return i, k, true
	}
	return 0, 0, false
}

// mailboxWords are everyday words that name a shared mailbox ("info
// @acme.com", "hello @acme.com"), besides deskWords.
var mailboxWords = map[string]bool{"info": true, "admin": true, "contact": true, "hello": true, "office": true,
	"mail": true, "email": true, "hi": true, "jobs": true, "careers": true, "press": true, "webmaster": true,
	"postmaster": true, "noreply": true, "news": true, "events": true, "feedback": true, "marketing": true}

// placeVerbs say what to do at a web address ("order at ...", "apply at
// ...", "learn more at ...", "works at ..."): alone before "at" they are
// no local part, unlike nouns that are ("sales", "orders", "info",
// "help").
var placeVerbs = []string{"order", "shop", "apply", "register", "book", "donate", "subscribe", "enroll", "enrol",
	"vote", "buy", "more", "visit", "renew", "reserve", "join", "download", "pay", "online", "available",
	"work", "works", "worked", "working"} // ("he works at bluefinch dot com": where, not whose mailbox)

// bareProviders are the free-mail providers whose names are no ordinary
// words, so that "at gmail" alone names a mailbox's domain.
var bareProviders = map[string]bool{"gmail": true, "hotmail": true, "yahoo": true, "aol": true,
	"icloud": true, "protonmail": true, "outlook": true, "googlemail": true, "ymail": true}

// bareProvider reads a free-mail provider named without its top-level
// label after the "at" at token at, the domain starting at token from
// ("my email is jsmith at gmail"), and returns its token. Only after talk
// of email in the ten words before, and only the providers whose names are
// no ordinary words ("at yahoo" yes, "at live" no), ending the clause.
func (ts *Tokens) bareProvider(at, from int) (int, bool) {
	j := ts.next(from)
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || ts.isWord(ts.next(j+1), "dot", "period", "point") {
		return 0, false
	}
	if !bareProviders[ts.Toks[j].Norm] {
		return 0, false
	}
	if n := ts.next(j + 1); !ts.sentenceEndsAfter(j) && n < len(ts.Toks) && !strings.Contains(ts.Word(ts.Toks[j].Last).Punct, ",") &&
		!ts.isWord(n, "and", "or", "but", "so", "please", "thanks", "thank", "okay", "ok", "right", "yeah", "yes", "the") {
		return 0, false // "at gmail support", "at outlook web access": something else
	}
	if !ts.sh.contextHas(ts.Words[ts.Toks[at].First], 10, "email", "e-mail", "emails", "email's", "address") {
		return 0, false
	}
	return j, true
}

// plainWords reports whether the tokens from first up to at are all
// everyday words that are no names (plainWord: "I email clients at aol",
// "my email was hacked at yahoo"), or the one before first is a
// determiner ("my job at yahoo"): no mailbox.
func (ts *Tokens) plainWords(first, at int) bool {
	if p := ts.prev(first - 1); p >= 0 && ts.Toks[p].Kind == KindWord && determiners[ts.Toks[p].Norm] {
		return true
	}
	for k := first; k < at; k = ts.next(k + 1) {
		if t := &ts.Toks[k]; t.Kind != KindWord || !plainWord(t.Norm) {
			return false
		}
	}
	return true
}

// emailPart reports whether token i can be a label of a spoken address.
func (ts *Tokens) emailPart(i int) bool {
	if i < 0 || i >= len(ts.Toks) {
		return false
	}
	switch ts.Toks[i].Kind {
	case KindWord, KindLetters, KindNumber, KindAlnum, KindOrdinal:
		// (An ordinal too: "bakery on fifth dot com".)
		return !ts.Toks[i].in(wcEmailConnectors)
	}
	return false
}

// emailDomain parses the domain after "at" starting at token i and returns
// its last token. With firstRun the first label may be words run together
// too ("at firstkey lending dot com"); a web address found without its
// "at" takes such a name from urlNameBefore instead.
func (ts *Tokens) emailDomain(i int, firstRun bool) (int, bool) {
	j := ts.next(i)
	if !ts.emailPart(j) || ts.Toks[j].in(wcEmailStop) && !(ts.Toks[j].in(wcDomainWords) && ts.isWord(ts.next(j+1), "dot", "period", "point")) {
		return 0, false
	}
	first := ts.Toks[j].Norm
	if strings.Contains(first, ".") { // "gmail.com" written
		k := strings.LastIndexByte(first, '.')
		return j, tlds[first[k+1:]] || emailProviders[first[:strings.IndexByte(first, '.')]]
	}
	last, dots, conn := j, 0, ""
	puny := ts.isXN(j) && ts.isWord(ts.next(j+1), "dash", "hyphen")
	if firstRun {
		last = ts.runTogether(j)
	}
	for {
		c := ts.next(last + 1)
		if ts.joinedTopAt(c) && !ts.sentenceEndsAfter(last) {
			last, dots = c, dots+1 // "at gmail dotcom": the dot and the label written as one word
			break
		}
		if c >= len(ts.Toks) || ts.Toks[c].Kind != KindWord || !ts.Toks[c].in(wcEmailConnectors) {
			break
		}
		k := ts.next(c + 1)
		for n := 0; n < 8 && ts.isWord(c, "dash", "hyphen") && ts.isWord(k, "dash", "hyphen"); n++ {
			k = ts.next(k + 1) // "b dash dash c": a DNS label may hold a run of dashes
		}
		if ts.isWord(c, "dash", "hyphen") && ts.isWord(k, "dot", "period") && !ts.sentenceEndsAfter(c) && !ts.sentenceEndsAfter(k) {
			c, k = k, ts.next(k+1) // "a dot b dash dot co": a label read with a dash at its end
		}
		if !ts.emailPart(k) {
			break
		}
		if ts.Toks[c].Norm == "dot" || ts.Toks[c].Norm == "period" || ts.Toks[c].Norm == "point" {
			dots++
			puny = false
			if ts.isXN(k) && ts.isWord(ts.next(k+1), "dash", "hyphen") && ts.isWord(ts.next(ts.next(k+1)+1), "dash", "hyphen") {
				puny = true // "x n dash dash p one a i": an internationalised label (RFC 3492's "xn--")
			} else {
				k = ts.runTogether(k)
			}
		}
		if puny && ts.Toks[c].Norm != "dot" && ts.Toks[c].Norm != "period" && ts.Toks[c].Norm != "point" {
			k = ts.punyRun(k)
		}
		last, conn = k, ts.Toks[c].Norm
	}
	if dots == 0 {
		return 0, false
	}
	if conn == "point" && ts.englishAt(last) {
		return 0, false // "at this point in time", "at target point is it": talk, not a domain
	}
	if l, ok := ts.spelledTLD(last); ok {
		return l, true
	}
	// A mailbox on a machine of someone's network: "ops at build dot
	// local" (the "at" and the local part say it is an address).
	local := specialUseTops[ts.Toks[last].Norm] && ts.Toks[last].Kind == KindWord && ts.isWord(ts.prev(last-1), "dot", "period")
	// A top-level label tlds does not list, when an email was just asked
	// for or given: "what email should we use?" "a b c at g mail dot a b
	// c" (url_loose.go).
	loose := ts.looseTop(last) && ts.sh.contextHas(ts.Words[ts.Toks[j].First], 10, "email", "e-mail", "emails", "mail", "mailbox", "inbox")
	return last, ts.topLabel(last) || emailProviders[first] || puny || local || loose
}

// topLabel reports whether token k can end a spoken domain: a top-level
// label (tlds), one written together with its dot as recognisers often
// write it ("dotcom", "dotnet", ".com"), a label of wordTops or "calm"
// right after "dot" ("calm": how recognisers mishear "com"); a path may be written on
// it ("dot com/returns").
func (ts *Tokens) topLabel(k int) bool {
	n := ts.Toks[k].Norm
	if s := strings.IndexByte(n, '/'); s > 0 && ts.isWord(ts.prev(k-1), "dot") {
		n = n[:s] // "acme dot com/returns": the path written on the label
	}
	return tlds[n] || ts.joinedTopAt(k) || ts.Toks[k].Kind == KindWord && (n == "calm" || wordTops[n]) && ts.isWord(ts.prev(k-1), "dot")
}

// joinedTopAt reports whether token i is a word joinedTop accepts.
// A recogniser may also write the dot on the label, as a word of its own
// (".com", ".co.uk" after "acme").
func (ts *Tokens) joinedTopAt(i int) bool {
	if i < 0 || i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return false
	}
	n := ts.Toks[i].Norm
	return joinedTop(n) || strings.HasPrefix(ts.Word(ts.Toks[i].First).Text, ".") && tlds[n[strings.LastIndexByte(n, '.')+1:]] // (the dot before the list: task speed19)
}

// joinedTop reports whether the word w is "dot" and a common top-level
// label run together: "dotcom", "dotorg", "dotnet" (not "dotted", "dots").
func joinedTop(w string) bool {
	if len(w) < 5 || w[:3] != "dot" {
		return false
	}
	switch w[3:] {
	case "com", "net", "org", "edu", "gov", "io", "co", "info", "biz":
		return true
	}
	return false
}

// punyRun extends the encoded part of an internationalised label spoken
// after "x n dash dash" ("p one a i", "g t b y b h") from token k over
// the letters and digits read one after another, up to the next "dot",
// "slash" or the end of the sentence. It returns the last token.
func (ts *Tokens) punyRun(k int) int {
	for n := 0; n < 8 && !ts.sentenceEndsAfter(k); n++ {
		c := ts.next(k + 1)
		if c >= len(ts.Toks) {
			break
		}
		t := &ts.Toks[c]
		if t.Kind == KindNumber || t.Kind == KindLetters || t.Kind == KindAlnum || t.Kind == KindWord && len(t.Norm) <= 2 && isAlpha(t.Norm) && !t.in(wcEmailConnectors) && !t.in(wcEmailStop) {
			k = c
			continue
		}
		break
	}
	return k
}

// emailLocal parses the local part before "at" ending at token i and
// returns its first token.
func (ts *Tokens) emailLocal(i int) (int, bool) {
	j := ts.prev(i)
	if ts.isWord(j, "dot", "period") && !ts.sentenceEndsAfter(ts.prev(j-1)) {
		j = ts.prev(j - 1) // "anh thu vo period at ...": a stray dot before the "at"
	}
	if !ts.emailPart(j) || ts.Toks[j].in(wcEmailStop) && ts.Toks[j].Kind != KindLetters && !ts.mailboxNamedEmail(j) && !ts.joinedMailWord(j) {
		return 0, false
	}
	first, units := j, 1
	for units < 8 {
		c := ts.prev(first - 1)
		if c < 0 {
			break
		}
		if ts.Toks[c].Kind == KindWord && (ts.Toks[c].in(wcEmailConnectors) || ts.Toks[c].Norm == "plus") {
			// ("user dot name plus tag at ...": a tag after "plus")
			k := ts.prev(c - 1)
			if !ts.emailPart(k) || ts.Toks[k].in(wcEmailStop) && ts.Toks[k].Kind != KindLetters && !ts.mailboxNamedEmail(k) {
				break // ("email plus tag at ...", "email dot desk at ...": the mailbox named email)
			}
			first, units = k, units+1
			continue
		}
		// Adjacent parts without a connector: spelled letters, digits, a
		// one-letter initial, or a name ("john smith at ...").
		if c >= 0 && ts.Toks[c].Norm == "i" && units == 1 && !ts.commonAt(first) {
			// "i bailey at hotmail ...", "timur i eighty eight at ...": an
			// initial; only a name may come before it.
			first, units = c, units+1
			if k := ts.prev(c - 1); k >= 0 && ts.Toks[k].Kind == KindWord && !ts.Toks[k].in(wcEmailStop) && !ts.commonAt(k) && !ts.sentenceEndsAfter(k) {
				first, units = k, units+1
			}
			break
		}
		if l := ts.prev(ts.prev(ts.prev(c-1)-1) - 1); l >= 0 && ts.asInWord(l) == c {
			first, units = l, units+1 // "j as in juliet smith at ...": the letter, spelled by a word
			continue
		}
		if !ts.emailPart(c) || ts.Toks[c].in(wcEmailStop) || ts.sentenceEndsAfter(c) {
			break
		}
		if tlds[ts.Toks[c].Norm] && ts.isWord(ts.prev(c-1), "dot", "period") {
			break // "a at b dot co b at c dot io": the last address's domain ends there
		}
		t := &ts.Toks[c]
		if t.Kind == KindNumber && len(t.Norm) >= 7 {
			break // "... plus one five five five ... mike dot ross at ...": a phone number before the mailbox
		}
		nameLike := t.Kind == KindWord && !names.IsCommonWord(t.Norm)
		if d := ts.prev(c - 1); !nameLike && d >= 0 && ts.Toks[d].Kind == KindWord && ts.Toks[d].in(wcEmailConnectors) && ts.emailPart(ts.prev(d-1)) {
			// A word joined to a label before it by "dot": "julie dot
			// brown thirty seven at ...", where a common word said alone
			// before the digits would end the local part.
			nameLike = true
		}
		if t.Kind == KindWord && len(t.Norm) > 1 && !nameLike {
			break
		}
		if ts.nameBeforeMailbox(c, first) {
			break
		}
		first, units = c, units+1
	}
	// "it's grandpa joe at sign ...": ordinary words that the local part
	// stopped at still belong to it when "it's", "is" or "to" opens them.
	for k, c := 1, ts.prev(first-1); k <= 2 && c >= 0 && ts.Toks[c].Kind == KindWord && !ts.Toks[c].in(wcEmailStop) && !notLocal[ts.Toks[c].Norm] &&
		!ts.sentenceEndsAfter(c) && ts.Word(ts.Toks[c].Last).Punct == ""; k, c = k+1, ts.prev(c-1) {
		// (Not "the order was under stefan dot ...", "send it to mine, njeri
		// period ...".)
		o := ts.prev(c - 1)
		if ts.isWord(o, "it's", "is", "to", "was", "its", "that's", "thats") ||
			ts.isWord(o, "email", "e-mail", "email's") && !ts.commonAt(c) ||
			ts.isWord(o, "address") && !ts.isWord(ts.prev(o-1), "email", "e-mail", "my", "your") {
			first = c // ("email amaka shop twenty four at ...", not "my other email too ...")
			break
		}
	}
	// The answer to "what email should I send it to?" is the address from
	// its first word: "pop and ginny at sign ...".
	s := first
	for k, c := 0, ts.prev(first-1); k < 3 && c >= 0 && !ts.sentenceEndsAfter(c) && valuePart(&ts.Toks[c]) && !emailLeadIns[ts.Toks[c].Norm] && !notLocal[ts.Toks[c].Norm]; k, c = k+1, ts.prev(c-1) {
		if ts.isWord(c, "and") && ts.prev(c-1) >= 0 && ts.Toks[ts.prev(c-1)].Kind == KindNumber {
			break // "<order number> and pop ginny at ...": two answers
		}
		s = c
	}
	if s < first && ts.sh.answersQuestion(ts.Words[ts.Toks[s].First], emailLeadIns, func(l string, _ int) bool {
		return l == "email" || l == "e-mail" || l == "emails"
	}) {
		first = s
	}
	return first, true
}

// joinedMailWord reports whether token j, a word such as "email", "mail"
// or "home" that alone before "at" is talk ("send the email at noon"), is
// the last part of a local part joined to the one before it by "dash",
// "dot" or "underscore": "odd dash email at ...", "k dot mail at ...".
func (ts *Tokens) joinedMailWord(j int) bool {
	if !ts.Toks[j].in(wcDomainWords) {
		return false
	}
	c := ts.prev(j - 1)
	k := ts.prev(c - 1)
	return ts.isWord(c, "dash", "hyphen", "dot", "underscore") && !ts.sentenceEndsAfter(k) && ts.emailPart(k) && !ts.Toks[k].in(wcEmailStop)
}

// mailboxNamedEmail reports whether the word "email" at token j, right
// before "at", is the mailbox itself ("which address?" "email at here
// dot com"): not after a word that makes it the noun ("my email at",
// "an email at", "by email at").
func (ts *Tokens) mailboxNamedEmail(j int) bool {
	if !ts.isWord(j, "email") {
		return false
	}
	p := ts.prev(j - 1)
	return p < 0 || ts.sentenceEndsAfter(p) || ts.isWord(p, "address", "is", "it's", "that's", "use", "try", "yes", "sure", "okay", "ok", "so")
}

// phraseBeforeAt reports whether the local part first..at-1 of a spoken
// address is a phrase that says where something is, not a mailbox: two or
// more plain words after an article ("try the backup gateway at ..."), or
// two or more common English words. "pop and ginny", "jsmith", "amara dot
// okafor" are mailboxes.
func (ts *Tokens) phraseBeforeAt(first, at int) bool {
	n, common := 0, 0
	for k := first; k < at; k = ts.next(k + 1) {
		t := &ts.Toks[k]
		if t.Kind != KindWord || len(t.Norm) < 2 || t.in(wcEmailConnectors) || names.IsFirstName(t.Norm) || !isAlpha(t.Norm) {
			return false
		}
		n++
		if names.IsCommonWord(t.Norm) {
			common++
		}
	}
	return n >= 2 && (common == n || ts.isWord(ts.prev(first-1), "the", "a", "an", "our", "your", "their"))
}

// runTogether extends a label of a spoken domain starting at token j over
// up to two more words spoken run together before the next "dot":
// "firstkey lending dot com", "claims dot harbor mutual dot com". It
// returns the label's last token.
func (ts *Tokens) runTogether(j int) int {
	last := j
	if tlds[ts.Toks[j].Norm] && ts.isWord(ts.prev(j-1), "dot", "period", "point") {
		return last // "... dot io from ten dot one ...": a top-level label ends the domain
	}
	for n := 0; n < 2; n++ {
		k := ts.next(last + 1)
		if k >= len(ts.Toks) || ts.sentenceEndsAfter(last) || !ts.emailPart(k) || ts.Toks[k].in(wcEmailStop) && !ts.Toks[k].in(wcDomainWords) {
			break
		}
		if c := ts.next(k + 1); c >= len(ts.Toks) || !ts.isWord(c, "dot", "period", "point") && !(ts.emailPart(c) && ts.isWord(ts.next(c+1), "dot", "period", "point")) {
			break
		}
		last = k
	}
	return last
}

// writtenDomainOK reports whether a written address's domain is well
// formed: no empty label ("gmail..com") and a known top-level label, an
// internationalised one ("xn--..."), or a label of letters that is no typo
// of a common one: the root zone has hundreds of generic labels this
// package does not list ("mario@azienda.italia", "...@firm.berlin"), and
// a written "@" and dot say "address" plainly, but "gmail.con" is a slip.
func writtenDomainOK(addr string) bool {
	at := strings.LastIndexByte(addr, '@')
	dom := strings.TrimRight(addr[at+1:], ".")
	if at > 0 && strings.HasPrefix(dom, "[") {
		// An address literal (RFC 5321): "user@[192.0.2.1]",
		// "user@[IPv6:2001:db8::1]" (its "]" trimmed with the word's
		// punctuation); a bare "email@127.0.0.1" is not one.
		lit := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSuffix(dom[1:], "]"), "IPv6:"), "ipv6:")
		a, err := netip.ParseAddr(lit)
		return err == nil && (a.Is4() || a.Is6())
	}
	if at < 0 || dom == "" || strings.Contains(dom, "..") || strings.HasPrefix(dom, ".") {
		return false
	}
	top := dom[strings.LastIndexByte(dom, '.')+1:]
	if !strings.Contains(dom, ".") || at == 0 {
		return tlds[top] || at > 0 && bareProviders[dom] // ("john.smith@gmail", the top-level label left off)
	}
	if local := addr[:at]; badLocalChar(local) || labelEndsInDash(dom) || strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") || !dnsHostOK(dom) || strings.Trim(dom, "0123456789.") == "" {
		// "a..bc@outlook.com", "email@127.0.0.1", "example@-invalid.com":
		// what a validator rejects, read out as such.
		return false
	}
	return tlds[top] || strings.HasPrefix(top, "xn--") || !isAlpha(top) || len(top) >= 2 && len(top) <= 24 && !tldTypo(top)
}

// labelEndsInDash reports whether a label of the written domain dom ends
// in a dash ("example@invalid-.com"), which RFC 1035 does not allow and
// mail validators reject. (A web address keeps such a host: people read
// "http://a.b-.co" from tests of URL recognisers as a link.)
func labelEndsInDash(dom string) bool {
	for _, l := range strings.Split(dom, ".") {
		if strings.HasSuffix(l, "-") {
			return true
		}
	}
	return false
}

// badLocalChar reports whether the local part of a written address holds
// a character RFC 5322 allows only inside quotes, or a second "@":
// "pat;lee@...", "a,b@...", "joe@@..." are what a validator rejects
// (a quoted local part, "\"a;b\"@...", is left alone; a bracket or quote
// opening the word is the sentence's).
func badLocalChar(local string) bool {
	if strings.HasSuffix(local, `"`) {
		return false // (the tokenizer may have trimmed the opening quote)
	}
	local = strings.TrimLeft(local, "(<['")
	return strings.ContainsAny(local, ";,()<>[]\\\"@ ")
}

// tldTypo reports whether the label s is one letter off a common
// top-level label ("con", "cmo", "nte", "comm"): a slip, not a domain.
func tldTypo(s string) bool {
	for _, t := range [...]string{"com", "net", "org", "edu", "gov"} {
		if oneEditApart(s, t) {
			return true
		}
	}
	return false
}

// oneEditApart reports whether a and b differ by one substitution,
// insertion, deletion or swap of two neighbouring letters.
func oneEditApart(a, b string) bool {
	if a == b {
		return false
	}
	switch len(a) - len(b) {
	case 0:
		diff := -1
		for k := 0; k < len(a); k++ {
			if a[k] != b[k] {
				if diff >= 0 {
					// a swap of neighbours: "cmo", "ocm"
					return k == diff+1 && a[diff] == b[k] && a[k] == b[diff] && a[k+1:] == b[k+1:]
				}
				diff = k
			}
		}
		return true
	case 1:
		a, b = b, a
		fallthrough
	case -1:
		for k := 0; k < len(a); k++ {
			if a[k] != b[k] {
				return a[k:] == b[k+1:]
			}
		}
		return true
	}
	return false
}

// quotedLocalStart returns the first token of a written address whose
// local part is quoted and holds spaces (RFC 5321's Quoted-string:
// "\"john doe\"@example.org", split into words at the space): the word
// that opens the quote, up to three words back. Otherwise it returns i.
func (ts *Tokens) quotedLocalStart(i int) int {
	w := ts.Word(ts.Toks[i].First).Text
	at := strings.IndexByte(w, '@')
	if at < 1 || w[at-1] != '"' || strings.Count(w[:at], `"`) != 1 {
		return i
	}
	for n, k := 0, ts.prev(i-1); n < 3 && k >= 0; n, k = n+1, ts.prev(k-1) {
		t := ts.Word(ts.Toks[k].Last)
		if t.Punct != "" || strings.Contains(t.Text, "@") {
			return i
		}
		if w := ts.Word(ts.Toks[k].First).Text; strings.HasPrefix(w, `"`) {
			return k
		}
	}
	return i
}
