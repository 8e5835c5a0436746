package redact

// The secret recognizer: a password, passcode word or security answer, and
// a username, each after its cue ("my password is ...", "mother's maiden
// name?" ... "it's Kowalski", "username is j smith underscore 84").
// Digits-only PINs are the account recognizer's (PIN).
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - PASSWORD (a password, passphrase or security answer: "mother's maiden
//     name", "first pet's name", "the city where your parents met") and
//     USERNAME: the words right after the cue, with only lead-ins ("yes",
//     "it's", "that would be") between, across turns; a password or PIN
//     "set to" something after it was named ("I made it ...", "what would
//     you like it to be?"; "reset your password to the default, it's
//     ..."), or given a turn or two after it was asked for, when words
//     end in digits ("oh right, it's camper van 99"). They outscore a name:
//     "maiden name?" ... "Lindahl" is the answer, not a person, and so are
//     its letters when it is spelled out after it ("Kowalczyk. It's
//     spelled K O W A L C Z Y K": a spelling takes the type of the value
//     it spells, spellingsTakeTheirValuesType). An answer
//     keeps its article ("a blue Honda Civic"); a username runs over small
//     words to an underscore ("bakery on fifth underscore admin"); a
//     password read back word by word is one.
//   - USERNAME also after how one logs in ("I log in with jsmith85",
//     "logging in as ...", only where the next word looks like a name: not
//     "logged in as usual", "sign in with google"), a name joined by
//     connectors right after any username cue ("screen name rocket dash
//     man"), a handle written with its "@" ("@bluefinch_shop"), a name
//     written as only a system's is after "user" ("the account of user
//     jsmith85", not "the user is angry") or game-network cues ("PSN ID",
//     "steam name"), and a name with an underscore after talk of accounts
//     ("reset the password for kpatel_82"); "handle" as a verb ("handle it
//     carefully") is no cue. A handle written as "@" and an everyday word
//     ("it's @home, the internet package") is one only after talk of
//     accounts or following; an account's state ("my PSN is down", "my
//     discord is hacked", "IGN is short for ...") is no value; "dub" is w
//     only beside another "dub" ("they dub a i voices" spells nothing).
//     The forms are in spoken_electronic_test.go, written from how people
//     say them, with their look-alikes.

import (
	"slices"
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

type secretRecognizer struct{}

func (secretRecognizer) Name() string { return "secret" }

// secretCues mark a password or security answer, or a username, right
// before it (only lead-in words such as "is", "it's", "yes" between).
var secretCues = newCueTable(map[cueCat][]string{
	cuePassword: {"password", "passwords", "pass word", "passphrase", "pass phrase", "secret word", "security word",
		"code word", "codeword", "maiden name", "mother's maiden name", "security answer", "security question",
		"answer to the security question", "answer to your security question", "first pet", "first pet's name",
		"name of your first pet", "name of my first pet", "first car", "street you grew up on", "city you were born in",
		"high school mascot", "favorite teacher", "secret answer", "verbal password", "phone password", "voice password",
		"were you born in", "city were you born in", "parents met", "best friend's name", "friend's name", "favorite book",
		"first school", "elementary school", "grow up on", "street did you grow up on", "childhood nickname",
		"favorite food", "favorite movie", "favorite color", "first job", "first employer", "father's middle name",
		"mother's middle name", "pw", "pwd"},
	cueUsername: {"username", "user name", "usernames", "user id", "userid", "login", "login id", "log in",
		"login name", "screen name", "handle", "gamertag", "gamer tag", "account name", "sign in name", "log on",
		// the verb with how one logs in: "I log in with jsmith85", "try logging in as k patel" (cueIsNoun)
		"log in with", "log in as", "logging in as", "logging in with", "logged in as", "logged in with",
		"sign in as", "sign in with", "signing in as", "signed in as", "signed in with",
		// "the account of user jsmith85": only a name with digits or an underscore, right after (cueIsNoun)
		"user",
		// game networks: "my PSN ID is dark_wolf99", "steam name is ..."
		"psn", "psn id", "psn name", "steam id", "steam name", "epic id", "epic name", "xbox name", "discord name",
		"discord tag", "ign",
		// where people reach one another by name: "contact me on skype dean.malmgren", "I tweet at john_gmail"
		"skype", "skype id", "skype name", "on skype", "tweet at", "twitter", "twitter handle", "instagram",
		"telegram", "discord", "snapchat",
		// "tweeter", said and written for twitter ("my tweeter is ..."), "tweet as"
		"tweeter", "tweeter handle", "tweet as", "twitter name", "skype handle", "skype username", "twitter username",
		// code hosts and other networks people give a handle on: "my github is octo underscore cat"
		"github", "git hub", "gitlab", "tiktok", "tik tok", "reddit", "twitch", "bluesky", "mastodon", "insta",
		// "@" said as "at" before the handle: "follow me on instagram at sunny dash days"
		"instagram at", "twitter at", "tiktok at", "github at", "insta at", "threads at", "bluesky at"},
})

// usernameWords in the other speaker's question ask for a username.
var usernameWords = map[string]bool{"username": true, "usernames": true, "login": true, "userid": true, "handle": true,
	"gamertag": true}

// leadIns may stand between a secret's cue and its value.
var leadIns = map[string]bool{"is": true, "was": true, "it's": true, "its": true, "it": true, "that's": true,
	"yes": true, "yeah": true, "yep": true, "sure": true, "okay": true, "ok": true, "so": true, "oh": true,
	"the": true, "my": true, "would": true, "be": true, "i": true, "think": true, "believe": true,
	"that'd": true, "it'd": true, "should": true, "um": true, "uh": true, "alright": true, "right": true,
	"just": true, "like": true, "are": true, "is:": true, "set": true, "to": true, "as": true, "was:": true,
	"want": true, "wanted": true, "had": true, "thought": true, "gosh": true, "we": true, "called": true,
	"named": true, "a": true, "an": true, "cat": true, "dog": true, "pretty": true, "guess": true, "that": true,
	"will": true, "gonna": true, "am": true}

// secretStops never start or continue a secret value.
var secretStops = map[string]bool{"and": true, "but": true, "so": true, "okay": true, "ok": true, "thanks": true,
	"thank": true, "please": true, "right": true, "correct": true, "is": true, "i": true, "it": true, "what": true,
	"you": true, "your": true, "not": true, "no": true, "the": true, "a": true, "an": true, "that": true,
	"this": true, "same": true, "changed": true, "reset": true, "forgot": true, "don't": true, "can't": true,
	"remember": true, "know": true, "sure": true, "yes": true, "yeah": true, "to": true, "for": true, "of": true,
	"please?": true, "again": true, "now": true, "on": true, "in": true, "with": true, "we": true, "they": true,
	"my": true, "me": true, "do": true, "did": true, "have": true, "has": true, "will": true, "would": true,
	"could": true, "can": true, "be": true, "been": true, "was": true, "are": true, "were": true, "if": true,
	"or": true, "one": true, "new": true, "old": true, "go": true, "ahead": true, "verify": true, "confirm": true,
	"there": true, "here": true, "something": true, "just": true, "also": true, "like": true, "about": true,
	"name": true, "names": true, "number": true, "question": true, "answer": true, "password": true, "username": true,
	"her": true, "his": true, "their": true, "too": true, "away": true, "what's": true, "last": true, "needs": true,
	"doesn't": true, "isn't": true, "won't": true, "didn't": true, "enter": true, "work": true, "works": true,
	"i'll": true, "i'm": true, "we'll": true, "you'll": true, "let": true, "send": true, "sending": true, "okay?": true,
	"it's": true, "its": true, "he": true, "she": true, "that's": true, "before": true, "after": true, "under": true,
	"wrong": true, "incorrect": true, "expired": true, "locked": true, "done": true, "great": true, "got": true,
	"should": true, "shall": true, "where": true, "city": true, "default": true, "welcome": true, "hold": true,
	// where a secret is written, not what it is: "it's printed on the label"
	"printed": true, "written": true, "located": true, "listed": true, "shown": true, "stuck": true,
	"taped": true, "somewhere": true, "whatever": true,
	// when or how often: "I log in with jsmith85 usually"
	"then": true, "usually": true, "normally": true, "always": true, "instead": true, "today": true,
	"yesterday": true, "earlier": true, "sometimes": true, "online": true, "credentials": true, "details": true,
	// the state of an account, not its name: "my PSN is down again", "my discord is hacked"
	"down": true, "broken": true, "offline": true, "banned": true, "suspended": true, "hacked": true,
	"blocked": true, "disabled": true, "deactivated": true, "deleted": true, "compromised": true,
	// or of the value: "IGN is short for in-game name", "my username is long, hold on"
	"short": true, "long": true,
	// the next thing asked or given: "username c minh 730, email is ...",
	// "PIN is 2580" (after "your PIN or the security answer?")
	"email": true, "e-mail": true, "pw": true, "pwd": true, "pin": true, "phone": true, "order": true,
	"pass": true, "passcode": true, "passphrase": true,
	// a question back, not an answer: "security question? Which one is it?"
	"which": true, "who": true, "whose": true, "when": true, "why": true, "how": true,
	// a noun the cue qualifies: "the reset password URL is ...", "password manager"
	"url": true, "link": true, "page": true, "field": true, "manager": true, "policy": true, "hint": true,
	"requirements": true, "rules": true}

// secretConnectors join the parts of a spoken username (spokenJoiners).
var secretConnectors = withWords(map[string]bool{}, spokenJoiners...)

func (secretRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindWord, KindAlnum, KindLetters, KindNumber, KindMeasure:
		default:
			continue
		}
		if tk.in(wcSecretStops) || tk.in(wcLeadIns) || tk.Norm == "slash" || tk.Norm == "dot" {
			continue // (and not "... slash password slash 12345": a web address's path)
		}
		if ts.isWord(ts.prev(i-1), "will", "gonna", "should", "would", "can", "could", "must", "might") {
			continue // "the temporary password will come by text": a verb, not "will be ..."
		}
		cat, ok := ts.sh.cueJustBefore(secretCues, ts.Words[tk.First], 6)
		if !ok && ts.answersSecurityQuestion(ts.Words[tk.First]) {
			cat, ok = cuePassword, true
		}
		if !ok && ts.asked(ts.Words[tk.First]) && ts.sh.answersQuestion(ts.Words[tk.First], leadIns, func(l string, _ int) bool { return usernameWords[l] }) {
			cat, ok = cueUsername, true
		}
		if !ok && tk.Kind != KindNumber && ts.sh.setTo(ts.Words[tk.First], "password", "passcode", "passphrase", "passwords") {
			cat, ok = cuePassword, true
		}
		if !ok {
			cat, ok = ts.credentialPair(i)
		}
		if !ok {
			cat, ok = ts.valueAfterColon(i)
		}
		score := 0.96
		if !ok && ts.passwordSaidLater(i) {
			cat, ok, score = cuePassword, true, 0.9 // (above "it's" + a name)
		}
		if !ok || cat == cueUsername && (ts.cueWordInAddress(i) || ts.sh.serviceClosedHandle(ts.Words[tk.First])) {
			continue // ("userid at example dot com": the word is an address's, no cue)
		}
		if otherValueWords[tk.Norm] || ts.purposeClause(i) {
			continue // "your PIN or your security question? PIN is 2580"
		}
		if cat == cueUsername && ts.leadInAfterAt(i) {
			continue // "we met on instagram at the party": "@" said as "at" comes right before the handle
		}
		if cat == cueUsername && ts.loginDestination(i) {
			continue // "log in to the medicare website"
		}
		if r := ts.restatedCue(secretCues, i); r >= i {
			i = r
			continue // "my favorite color is blue": the value follows
		}
		typ, maxParts := Password, 3
		if cat == cueUsername {
			typ, maxParts = Username, 8
		}
		// A handle after a service's name ("on skype dean dot malmgren
		// after six") is one word or words joined by connectors.
		handle := cat == cueUsername && ts.serviceBefore(i)
		last, parts := i, 1
		if tk.Kind == KindWord && caseWords[tk.Norm] {
			// Only how a letter is written: "capital t", "lower case k"
			// (not "lower case, all one word", "case sensitive").
			j := ts.next(i + 1)
			if ts.isWord(j, "case") && !ts.sentenceEndsAfter(i) {
				j = ts.next(j + 1)
			}
			if j >= len(ts.Toks) || len(ts.Toks[j].Norm) != 1 || ts.sentenceEndsAfter(ts.prev(j-1)) {
				continue
			}
			parts = 0
		}
		for j, steps := i, 0; parts < maxParts && !ts.sentenceEndsAfter(last) && steps < 16; steps++ {
			j = ts.next(last + 1)
			if j >= len(ts.Toks) {
				break
			}
			t := &ts.Toks[j]
			if typ == Password && parts > 0 && !ts.sentenceEndsAfter(j) && (t.Kind == KindWord && passwordSymbols[t.Norm] || len(t.Norm) == 1 && valuePart(t) && !t.in(wcSecretStops)) ||
				typ == Password && parts > 0 && t.Kind == KindWord && passwordSymbols[t.Norm] && last > i && passwordSymbols[ts.Toks[last].Norm] {
				// "one dollar d zero capital p three exclamation mark": a
				// password read character by character; its symbols and
				// single characters count for no part.
				last = j
				continue
			}
			if e := ts.spellingNote(j); e >= 0 {
				// "hauwa.abubakar, all lower case" ends the value;
				// "grace a b, um, all lowercase, eighty three" does not.
				n := ts.next(e + 1)
				if ts.sentenceEndsAfter(e) || n >= len(ts.Toks) || ts.Toks[n].Kind != KindNumber && ts.Toks[n].Kind != KindLetters && ts.Toks[n].Kind != KindAlnum {
					break
				}
				last, parts = e, parts+1
				continue
			}
			if handle && parts >= 2 && t.Kind == KindNumber && len(t.Norm) <= 4 && last > i && !ts.countsNext(j) {
				// "sunny dash days ninety nine": a handle joined by
				// connectors often ends in a number, said as one.
				last, parts = j, parts+1
				break
			}
			if handle && !(t.Kind == KindWord && secretConnectors[t.Norm]) {
				break
			}
			if typ == Username && t.Kind == KindWord && secretConnectors[t.Norm] {
				k := ts.next(j + 1)
				if k >= len(ts.Toks) || ts.sentenceEndsAfter(j) || !valuePart(&ts.Toks[k]) {
					break
				}
				last, parts = k, parts+1
				continue
			}
			// A value runs on over a few more words ("blue house", "j
			// smith 84") to the end of the sentence or a stop word; a
			// username also over words run together up to an underscore
			// or dot ("bakery on fifth underscore admin").
			if t.Kind == KindWord && caseWords[t.Norm] && !ts.sentenceEndsAfter(j) {
				last = j // "capital t tulip 2024": how a letter is written counts for no part
				continue
			}
			if !valuePart(t) || t.in(wcSecretStops) || ts.quantityNoun(j, ts.next(j+1)) {
				if typ == Username && !ts.quantityNoun(j, ts.next(j+1)) {
					if c := ts.runToConnector(last); c > 0 {
						last, parts = ts.prev(c-1), parts+1
						continue
					}
				}
				break
			}
			if typ == Username && systemName(ts.Toks[last].Norm) && t.Kind == KindWord && names.IsEnglishWord(t.Norm) {
				break // "the user kpatel_82 reported it": a name written whole ends there
			}
			last, parts = j, parts+1
		}
		// An answer that is a noun phrase keeps its article: "what was
		// your first car?" ... "a blue Honda Civic", "the popcorn queen".
		first := i
		if a := ts.prev(i - 1); ts.isWord(a, "a", "an", "the") && !ts.sentenceEndsAfter(a) {
			// Not an article after a preposition: "log in to the
			// Medicare website" names no username.
			if b := ts.prev(a - 1); !ts.isWord(b, "to", "in", "into", "on", "onto", "at", "for", "of", "with", "from", "by", "about") || ts.sentenceEndsAfter(b) {
				first = a
			}
		}
		// (Above a name's and an ID's score: "mother's maiden name?" ...
		// "Lindahl" is the answer to a security question before it is a
		// name, "the account password?" ... "sunflower1987" no account.)
		out = append(out, ts.TokenFinding(typ, first, last, score, "secret"))
		i = last
	}
	return ts.handlesBeforeService(out)
}

// handlesBeforeService adds the handles said before the service they are
// on: "I'm dean.malmgren on skype", "find me at jane underscore doe on
// twitter". The handle is written with a dot, an underscore, a dash or a
// digit, or spoken as words joined by "dot", "underscore", "dash"; it
// follows "I'm", "am", "as", "at", "is" or "it's" ("we talked yesterday on
// skype", "I'm always on reddit" name none).
func (ts *Tokens) handlesBeforeService(out []Finding) []Finding {
	for i := range ts.Toks {
		if writtenHandle(ts.Toks[i].Norm) && ts.Toks[i].Kind != KindEmail && (!plainWordHandle(ts.Toks[i].Norm) || ts.accountTalkBefore(i)) {
			out = append(out, ts.TokenFinding(Username, i, i, 0.96, "handle")) // "follow us at @bluefinch_shop"
			continue
		}
		if ts.dottedHandleBesideService(i) {
			out = append(out, ts.TokenFinding(Username, i, i, 0.93, "handle")) // "on insta @jane.doe.art"
			continue
		}
		if ts.underscoredName(i) {
			out = append(out, ts.TokenFinding(Username, i, i, 0.9, "handle")) // "reset the password for kpatel_82"
			continue
		}
		if first, last, ok := ts.handleBefore(i); ok {
			out = append(out, ts.TokenFinding(Username, first, last, 0.96, "secret"))
		}
		if first, last, ok := ts.handleAfterServiceIm(i); ok {
			out = append(out, ts.TokenFinding(Username, first, last, 0.96, "secret"))
		}
	}
	return out
}

// dottedHandleBesideService reports whether token i is a handle written
// with its "@" and dots, as Instagram and Threads allow ("@jane.doe.art"),
// right after or before a messaging service's name ("find me on Insta,
// @jane.doe.art", "@ana.lima on instagram"). Alone such a word is the
// domain of an address split off its mailbox ("jsmith @gmail.com").
func (ts *Tokens) dottedHandleBesideService(i int) bool {
	w := ts.Toks[i].Norm
	if ts.Toks[i].Kind == KindEmail || len(w) < 4 || w[0] != '@' || !strings.Contains(w, ".") || !writtenHandle(strings.ReplaceAll(w, ".", "_")) ||
		strings.Contains(w, "..") || strings.HasSuffix(w, ".") {
		return false
	}
	p, n := ts.prev(i-1), ts.next(i+1)
	if p >= 0 && ts.Toks[p].Kind == KindWord && ts.Toks[p].in(wcMessagingServices) {
		return true
	}
	return ts.isWord(n, "on") && !ts.sentenceEndsAfter(i) && n+1 < len(ts.Toks) && ts.Toks[ts.next(n+1)].Kind == KindWord && ts.Toks[ts.next(n+1)].in(wcMessagingServices)
}

// underscoredName reports whether token i is a name written with an
// underscore ("kpatel_82", "dark_wolf"), which people do not write for
// anything but a computer's name, after talk of accounts and logging in
// among the twelve words before ("reset the password for kpatel_82",
// "it's registered to dark_wolf"). Not a file's name ("report_v2.pdf":
// it has a dot).
func (ts *Tokens) underscoredName(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord && tk.Kind != KindAlnum || strings.IndexByte(tk.Norm, '_') <= 0 || strings.ContainsRune(tk.Norm, '.') || !systemName(tk.Norm) {
		return false
	}
	return ts.accountTalkBefore(i)
}

// accountTalkBefore reports whether talk of accounts, logging in or
// following someone comes among the twelve words before token i.
func (ts *Tokens) accountTalkBefore(i int) bool {
	return ts.sh.contextHas(ts.Words[ts.Toks[i].First], 12, "user", "users", "username", "password", "account", "login", "log", "sign",
		"signed", "profile", "handle", "id", "registered", "member", "locked",
		"follow", "following", "instagram", "twitter", "tiktok", "dm", "tag")
}

// plainWordHandle reports whether the written handle w ("@home") is "@"
// and an everyday word that is no name (plainWord): the name of a
// product or a place ("it's @home, the internet package") as often as
// anyone's handle ("@grace" is not such a word).
func plainWordHandle(w string) bool {
	return isAlpha(w[1:]) && plainWord(w[1:])
}

// writtenHandle reports whether the word w is a handle written with its
// "@" as recognisers write one they know ("@bluefinch_shop", "@jsmith85"):
// "@", a letter or underscore, then letters, digits and underscores (what
// the networks allow), no dot (not "@gmail.com", a domain split off its
// mailbox) and no "@" again.
func writtenHandle(w string) bool {
	if len(w) < 3 || w[0] != '@' || !(isAlpha(w[1:2]) || w[1] == '_') {
		return false
	}
	for k := 1; k < len(w); k++ {
		c := w[k]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// handleAfterServiceIm returns the handle said after a messaging service's
// name and "I'm": "on skype I'm pat dot ruiz", "Skype, I'm patruiz77". The
// handle is words joined by "dot", "underscore" or "dash", or one word
// that reads as a handle (handleLike, no listed first name), as after
// "I'm ... on skype"; "on skype I'm always busy" names none.
func (ts *Tokens) handleAfterServiceIm(i int) (first, last int, ok bool) {
	if ts.Toks[i].Kind != KindWord || !ts.Toks[i].in(wcMessagingServices) || ts.sentenceEndsAfter(i) && !strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",") {
		return 0, 0, false
	}
	im := ts.next(i + 1)
	first = ts.next(im + 1)
	if ts.isWord(im, "i") && ts.isWord(first, "am") {
		im, first = first, ts.next(first+1)
	}
	if !ts.isWord(im, "i'm", "im", "am") || ts.sentenceEndsAfter(im) || first >= len(ts.Toks) || !valuePart(&ts.Toks[first]) || ts.Toks[first].in(wcSecretStops) {
		return 0, 0, false
	}
	last = first
	for n := 0; n < 6 && !ts.sentenceEndsAfter(last); n++ {
		c := ts.next(last + 1)
		k := ts.next(c + 1)
		if !ts.isWord(c, "dot", "underscore", "dash", "hyphen") || ts.sentenceEndsAfter(c) || k >= len(ts.Toks) || !valuePart(&ts.Toks[k]) {
			break
		}
		last = k
	}
	t := &ts.Toks[first]
	if last == first && (t.Kind == KindNumber || !strings.ContainsAny(t.Norm, "._-0123456789") && !(t.Kind == KindWord && handleLike(t.Norm) && !names.IsFirstName(t.Norm))) {
		return 0, 0, false
	}
	return first, last, true
}

// handleBefore returns the handle said right before the service at token
// i ("I'm dean.malmgren on skype"; see handlesBeforeService).
func (ts *Tokens) handleBefore(i int) (first, last int, ok bool) {
	if ts.Toks[i].Kind != KindWord || !ts.Toks[i].in(wcMessagingServices) {
		return 0, 0, false
	}
	on := ts.prev(i - 1)
	last = ts.prev(on - 1)
	if !ts.isWord(on, "on") || last < 0 || ts.sentenceEndsAfter(last) || !valuePart(&ts.Toks[last]) {
		return 0, 0, false
	}
	first = last
	joined := false
	for n := 0; n < 6; n++ {
		c := ts.prev(first - 1)
		k := ts.prev(c - 1)
		if !ts.isWord(c, "dot", "underscore", "dash", "hyphen") || k < 0 || ts.sentenceEndsAfter(k) || !valuePart(&ts.Toks[k]) {
			break
		}
		first, joined = k, true
	}
	if c := ts.prev(first - 1); c >= 0 && ts.Toks[c].Kind == KindNumber {
		return 0, 0, false // "... four five on skype": a number said before, not a handle
	}
	if !joined && !(first == last && (strings.ContainsAny(ts.Toks[last].Norm, "._-0123456789") || ts.Toks[last].Kind == KindWord && handleLike(ts.Toks[last].Norm) && !ts.firstNameAt(last)) && ts.Toks[last].Kind != KindNumber) {
		return 0, 0, false
	}
	if p := ts.prev(first - 1); !ts.isWord(p, "i'm", "im", "am", "as", "at", "is", "it's", "its") &&
		!(joined && (p < 0 || ts.sentenceEndsAfter(p) || ts.isWord(p, "yeah", "yes", "sure", "um", "uh", "okay", "ok", "oh"))) {
		// (A handle of joined words may open the answer: "pat dot ruiz on skype".)
		return 0, 0, false
	}
	return first, last, true
}

// runToConnector returns the connector ("underscore", "dot") that follows
// token last after one or two words of the same sentence, with a value
// part after it, or -1.
func (ts *Tokens) runToConnector(last int) int {
	for k, j := 0, ts.next(last+1); k < 3 && j < len(ts.Toks) && !ts.sentenceEndsAfter(ts.prev(j-1)); k, j = k+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if t.Kind == KindWord && secretConnectors[t.Norm] {
			if n := ts.next(j + 1); k > 0 && n < len(ts.Toks) && !ts.sentenceEndsAfter(j) && valuePart(&ts.Toks[n]) {
				return j
			}
			return -1
		}
		if !valuePart(t) && t.Kind != KindOrdinal {
			return -1
		}
	}
	return -1
}

// passwordSaidLater reports whether token i, a word after "it's", starts
// words and digits ("camper van nine nine") that give a password asked
// for a turn or two before, out of a cue's reach: "what's the password
// for that?" ... "it's whatever you set" ... "oh right, it's camper van
// 99". The value must end in digits, as passwords of words usually do;
// words alone after "it's" are too often talk.
func (ts *Tokens) passwordSaidLater(i int) bool {
	p := ts.prev(i - 1)
	if !ts.isWord(p, "it's", "its") {
		return false
	}
	if t := &ts.Toks[i]; t.Kind != KindWord && t.Kind != KindAlnum {
		return false
	}
	digits := false
	for n, j := 0, i; n < 3 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if !valuePart(t) || t.in(wcSecretStops) {
			break
		}
		if t.Kind == KindNumber {
			digits = n > 0
			break
		}
		if t.Kind == KindAlnum && n == 0 && hasDigit(t.Norm) && strings.IndexFunc(t.Norm, isLetterRune) >= 0 {
			digits = true // "it's Tulip2024"
			break
		}
		if ts.sentenceEndsAfter(j) {
			break
		}
	}
	return digits && ts.sh.distanceBack(ts.Words[ts.Toks[i].First], 25, "password", "passwords", "passcode", "passphrase") >= 0
}

// valuePart reports whether a token can be part of a secret's value.
func valuePart(t *Token) bool {
	switch t.Kind {
	case KindWord, KindAlnum, KindLetters, KindNumber, KindMeasure:
		return true
	}
	return false
}

// cueJustBefore returns the category of a cue of tab that ends before
// transcript word gw with at most max lead-in words between (all
// channels, in time order, fillers skipped): the agent's "what's your
// mother's maiden name?" marks the caller's "uh, it's Kowalski".
//
// A plain word right after the cue, with no lead-in, is taken only when
// the cue ends the other speaker's question or a colon introduces it:
// "the password needs 12 characters" names no password.
func (sh *shared) cueJustBefore(tab cueTable, gw int, max int) (cueCat, bool) {
	p := int(sh.before[gw]) - 1
	me := &sh.t.Words[gw]
	k := cueLookup(tab)
	for skipped := 0; p >= 0 && skipped <= max; p, skipped = p-1, skipped+1 {
		l := sh.lower[sh.order[p]]
		var phs []cuePhrase
		if sh.cue[sh.order[p]] { // (else no table has l)
			phs, _ = sh.tablePhrases(tab, k, sh.order[p]) // (also "password's")
		}
		negated := false
		for _, ph := range phs {
			if sh.matchEnding(ph.words, p) {
				if q := p - len(ph.words); q >= 0 && (sh.lower[sh.order[q]] == "not" || q >= 1 && sh.lower[sh.order[q-1]] == "not") {
					// "just the username, not the password": step back
					// over the negated cue to the one it corrects.
					negated = true
					p = q
					if sh.lower[sh.order[q]] != "not" {
						p = q - 1
					}
					break
				}
				cue := &sh.t.Words[sh.order[p]]
				if !sh.cueIsNoun(ph, p, gw) {
					return cueNone, false
				}
				if skipped == 0 && sh.sameSpeaker(int(sh.order[p]), gw) && !strings.ContainsAny(cue.Punct, ":?") &&
					!hasDigit(me.Text) && !strings.HasSuffix(l, "'s") && !(!sh.cased && (asksQuestion(ph) || !names.IsCommonWord(sh.lower[gw]))) &&
					!((handleCue(ph) || ph.cat == cueUsername) && (handleLike(sh.lower[gw]) || sh.connectorNext(gw))) {
					// (A transcript without punctuation cannot show the
					// question; a security question's cue or a word that
					// is no English word is taken there.)
					return cueNone, false
				}
				return ph.cat, true
			}
		}
		if negated {
			continue
		}
		if w := &sh.t.Words[sh.order[p]]; strings.ContainsAny(w.Punct, ".!") && sh.sameSpeaker(int(sh.order[p]), gw) {
			return cueNone, false // "... but passwords are. Is caps lock on?"
		}
		if !sh.cls[sh.order[p]].has(wcLeadIns) {
			// "username for recovery is ...", "password on the account
			// is ...": a short phrase on what the secret is for, between
			// the cue and "is".
			if q := sh.forPhrase(p, gw); q >= 0 {
				p, skipped = q, skipped+1
				continue
			}
			return cueNone, false
		}
	}
	return cueNone, false
}

// handleCue reports whether ph names a messaging service, after which a
// handle is said with no "is": "contact me on skype dean.malmgren", "I
// tweet at john_gmail".
func handleCue(ph cuePhrase) bool {
	return messagingServices[ph.words[len(ph.words)-1]] || len(ph.words) == 2 && (ph.words[0] == "tweet" || ph.words[1] == "at" && messagingServices[ph.words[0]])
}

// messagingServices are the services after whose name a handle is said.
var messagingServices = map[string]bool{
	"skype": true, "twitter": true, "instagram": true, "telegram": true, "discord": true, "snapchat": true,
	"github": true, "gitlab": true, "tiktok": true, "reddit": true, "twitch": true, "bluesky": true, "mastodon": true,
	"insta": true, "tweeter": true,
}

// serviceBefore reports whether a messaging service's name, or "tweet
// at", comes right before token i.
func (ts *Tokens) serviceBefore(i int) bool {
	p := ts.prev(i - 1)
	if p >= 0 && p < len(ts.Toks) && ts.Toks[p].Kind == KindWord && ts.Toks[p].in(wcMessagingServices) {
		return true
	}
	if ts.isWord(p, "as") && ts.isWord(ts.prev(p-1), "tweet") {
		return true // "I tweet as pat underscore r"
	}
	// ("tweet at john_gmail", "on instagram at sunny dash days": "@" said as "at")
	return ts.isWord(p, "at") && (ts.isWord(ts.prev(p-1), "tweet") || ts.prev(p-1) >= 0 && messagingServices[ts.Toks[ts.prev(p-1)].Norm] && ts.Toks[ts.prev(p-1)].Kind == KindWord)
}

// handleLike reports whether the lowercase word w reads as a handle: it
// has a dot, an underscore, a dash or a digit, or is no English word
// ("joecool"; not "yesterday" in "we talked on skype yesterday").
func handleLike(w string) bool {
	return strings.ContainsAny(w, "._-0123456789") || isAlpha(w) && !names.IsEnglishWord(w) && !names.IsCommonWord(w)
}

// connectorNext reports whether the speaker of transcript word gw says a
// word of secretConnectors right after it ("k dot patel"): the next word
// in time order, not the next one of the transcript, which may be another
// channel's ("log in as guest" ... "dash what?").
func (sh *shared) connectorNext(gw int) bool {
	o := int(sh.before[gw])
	if o < len(sh.order) && int(sh.order[o]) == gw {
		o++
	}
	return o < len(sh.order) && sh.sameSpeaker(int(sh.order[o]), gw) && secretConnectors[sh.lower[sh.order[o]]]
}

// systemName reports whether w is written as only a computer's name is:
// letters with digits or an underscore, or letters joined by a dot
// ("jsmith85", "k_patel", "k.patel"; not "maria", "2024", "3.5").
func systemName(w string) bool {
	letters, digits, joins := 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == '_' || c == '.' && i > 0 && i < len(w)-1:
			joins++
		default:
			return false
		}
	}
	return letters >= 2 && (digits > 0 || joins > 0)
}

// asksQuestion reports whether a secret cue names a security question
// ("mother's maiden name", "first pet") rather than the secret itself
// ("password", "username"), which talk mentions far more often.
func asksQuestion(ph cuePhrase) bool {
	switch ph.words[len(ph.words)-1] {
	case "password", "passwords", "word", "passphrase", "phrase", "codeword", "username", "usernames",
		"name", "id", "userid", "login", "in", "on", "handle", "gamertag":
		return len(ph.words) >= 3 && ph.cat == cuePassword
	}
	return ph.cat == cuePassword
}

// securityQuestionWords are the words of the usual security questions
// ("what city were you born in?", "the name of your first pet?").
var securityQuestionWords = map[string]bool{"security": true, "secret": true, "maiden": true, "pet": true,
	"pet's": true, "nickname": true, "born": true, "grow": true, "grew": true, "favorite": true,
	"favourite": true, "elementary": true, "school": true, "mascot": true, "car": true, "met": true,
	"friend's": true, "street": true, "childhood": true, "teacher": true, "honeymoon": true}

// answersSecurityQuestion reports whether transcript word gw opens the
// answer (after lead-ins) to the other speaker's question that names a
// security question or asks one of the usual ones.
func (ts *Tokens) answersSecurityQuestion(gw int) bool {
	sh := ts.sh
	p := sh.questionBefore(gw, 7, func(l string) bool { return leadIns[l] })
	if p < 0 {
		return false
	}
	other := &sh.t.Words[sh.order[p]]
	if !strings.Contains(other.Punct, "?") && ts.Cased {
		return false // a question, in a transcript that marks them
	}
	hits := 0
	for k := 0; k < 14 && p-k >= 0; k++ {
		if !sh.sameSpeaker(int(sh.order[p-k]), int(sh.order[p])) {
			break
		}
		l := sh.lower[sh.order[p-k]]
		if (l == "question" || l == "answer") && k < 13 && p-k-1 >= 0 {
			if prev := sh.lower[sh.order[p-k-1]]; prev == "security" || prev == "secret" {
				return true
			}
		}
		if securityQuestionWords[l] && l != "security" && l != "secret" {
			hits++
			if l == "maiden" {
				hits++ // a maiden name is asked for nothing else
			}
		}
	}
	return hits >= 2 || hits == 1 && ts.sh.contextHas(gw, 40, "security", "verify", "verification")
}

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// forPhrase reports, for the content word at order position p that is no
// lead-in before transcript word gw, whether it ends a phrase of at most
// three words opened by "for", "on", "of" or "to", with "is", "was" or
// "it's" between it and gw ("username for recovery is", "reset the
// password to the default, it's ..."), and returns the order
// position of the opening preposition, or -1.
func (sh *shared) forPhrase(p, gw int) int {
	is := false
	for k := p + 1; k < int(sh.before[gw]); k++ {
		if l := sh.lower[sh.order[k]]; l == "is" || l == "was" || l == "be" || l == "it's" || l == "its" {
			is = true
		}
	}
	if !is {
		return -1
	}
	for k := 0; k < 3 && p-k >= 0; k++ {
		switch sh.lower[sh.order[p-k]] {
		case "for", "on", "of", "to":
			if k > 0 {
				return p - k
			}
		}
	}
	return -1
}

// setTo reports whether transcript word gw is what a secret named among
// the 30 content words before it (one of referents: "password", "pin") is
// set to: "I want it to be ...", "okay, I made it ...", "the new one is
// ...", or the answer to
// "what would you like it to be?".
func (sh *shared) setTo(gw int, referents ...string) bool {
	ends := func(p int) bool {
		w := func(k int) string {
			if p-k < 0 {
				return ""
			}
			return sh.lower[sh.order[p-k]]
		}
		switch {
		case w(0) == "be" && w(1) == "to" && w(2) == "it", w(0) == "be" && w(1) == "it",
			w(0) == "to" && w(1) == "it" && (w(2) == "set" || w(2) == "changed" || w(2) == "change"),
			w(0) == "it" && (w(1) == "made" || w(1) == "make" || w(1) == "making"),
			w(0) == "as" && w(1) == "it" && w(2) == "set",
			w(0) == "is" && w(1) == "one" && w(2) == "new", w(0) == "one's" && w(1) == "new":
			return true
		}
		return false
	}
	p := int(sh.before[gw]) - 1
	if p < 0 {
		return false
	}
	found := ends(p)
	if !found {
		// The other speaker's "what would you like it to be?"
		found = sh.turnHas(sh.questionBefore(gw, 4, func(l string) bool { return leadIns[l] }), 3, func(q, k int) bool { return k == 0 && ends(q) })
	}
	return found && sh.distanceBack(gw, 30, referents...) >= 0
}

// asked reports whether the other speaker's turn before transcript word gw
// ends with a question, where the transcript marks them ("I haven't gotten
// my login." asks for nothing); without punctuation it cannot tell.
func (ts *Tokens) asked(gw int) bool {
	if !ts.Cased {
		return true
	}
	q := ts.sh.prevTurnEnd(gw)
	return q >= 0 && strings.Contains(ts.sh.t.Words[q].Punct, "?")
}

// isLetterRune reports whether r is an ASCII letter.
func isLetterRune(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// cueIsNoun reports whether the secret cue ph, whose last word is at order
// position p, names a value for transcript word gw to give,
// rather than being talk about signing in: not "I can't log in" (a verb),
// not the other speaker's "my handle." (their own, said and done), not
// "your username, to check your identity" (a purpose clause after it).
func (sh *shared) cueIsNoun(ph cuePhrase, p, gw int) bool {
	first := p - len(ph.words) + 1
	before := ""
	if first > 0 {
		before = sh.lower[sh.order[first-1]]
	}
	cue := &sh.t.Words[sh.order[p]]
	if len(ph.words) == 1 && ph.words[0] == "user" {
		// "user jsmith85", "the user k.patel": not "the user is angry".
		return p+1 == int(sh.before[gw]) && systemName(sh.lower[gw])
	}
	if n := len(ph.words); n == 3 && (ph.words[2] == "as" || ph.words[2] == "with") {
		// "log in as ...", "signed in with ...": a name only where the
		// next word looks like one, right after ("logged in as usual",
		// "log in with your email" name none).
		// (Written as a system's name, or joined by a connector: not "sign
		// in with microsoft", "log in with okta".)
		// After "as" the name also is a word of no dictionary ("log in as
		// mgarcia"): one signs in with a provider ("with okta"), as a user.
		return p+1 == int(sh.before[gw]) && (systemName(sh.lower[gw]) || sh.connectorNext(gw) ||
			ph.words[2] == "as" && isAlpha(sh.lower[gw]) && len(sh.lower[gw]) >= 4 && handleLike(sh.lower[gw]))
	}
	switch ph.words[0] {
	case "log", "login", "sign":
		switch before {
		case "can't", "cannot", "can", "couldn't", "could", "to", "i", "we", "you", "won't", "didn't", "not", "will", "i'll", "just", "never", "you'll":
			return false
		}
	}
	if len(ph.words) == 1 && ph.words[0] == "handle" {
		// The verb: "handle it carefully", "we can handle that".
		switch before {
		case "to", "can", "can't", "cannot", "will", "i", "we", "they", "you", "could", "would", "should", "i'll", "we'll", "you'll", "please", "just":
			return false
		}
		if p+1 < len(sh.order) {
			switch sh.lower[sh.order[p+1]] {
			case "it", "this", "that", "them", "him", "her", "these", "those", "everything", "all", "the", "a", "an", "your", "my", "our", "their":
				return false
			}
		}
	}
	other := !sh.sameSpeaker(int(sh.order[p]), gw)
	if other && (before == "my" || before == "our") {
		return false
	}
	if other && strings.ContainsAny(cue.Punct, ".!") && !(asksQuestion(ph) && (sh.yourBefore(first) || slices.Contains(ph.words, "your"))) {
		// (But a security question put as a phrase, "The name of your
		// first pet.", asks for the answer all the same.)
		return false
	}
	if p+2 == int(sh.before[gw]) && sh.lower[sh.order[p+1]] == "to" && (strings.Contains(cue.Punct, ",") || purposeVerbs[sh.lower[gw]]) {
		return false
	}
	if ph.words[len(ph.words)-1] == "passwords" || ph.words[len(ph.words)-1] == "usernames" {
		// Plurals are talk about passwords in general ("passwords are
		// case-sensitive"), unless asked for: "the passwords?".
		return strings.Contains(cue.Punct, "?") || strings.Contains(cue.Punct, ":")
	}
	return true
}

// yourBefore reports whether "your" is one of the three words before order
// position first.
func (sh *shared) yourBefore(first int) bool {
	for q := first - 1; q >= 0 && q >= first-3; q-- {
		if sh.lower[sh.order[q]] == "your" {
			return true
		}
	}
	return false
}

// credentialPair reports a username and password given together, each
// after its cue word, as people read them out: "username root password
// crickets", "login snoop, pw biggreenhat". The first value is a username
// when a password cue follows it within three words; a value after a
// password cue is a password when a username cue came up to five words
// before.
func (ts *Tokens) credentialPair(i int) (cueCat, bool) {
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Kind != KindWord || ts.sentenceEndsAfter(p) && !strings.Contains(ts.Word(ts.Toks[p].Last).Punct, ":") {
		return cueNone, false
	}
	switch ts.Toks[p].Norm {
	case "username", "login", "user", "userid":
		for k, n := ts.next(i+1), 0; k < len(ts.Toks) && n < 3; k, n = ts.next(k+1), n+1 {
			if ts.isWord(k, "password", "pw", "pwd", "pass", "passcode", "passphrase") {
				return cueUsername, true
			}
		}
	case "password", "pw", "pwd", "pass", "passcode":
		for k, n := ts.prev(p-1), 0; k >= 0 && n < 5; k, n = ts.prev(k-1), n+1 {
			if ts.isWord(k, "username", "login", "user", "userid") {
				return cuePassword, true
			}
		}
	}
	return cueNone, false
}

// valueAfterColon reports a username or password written after a colon
// that ends a sentence of its cue: "your username is the first letter of
// your first name, your last name and one: cminh1." Only a word of letters
// and digits, in a transcript that shows punctuation.
func (ts *Tokens) valueAfterColon(i int) (cueCat, bool) {
	t := &ts.Toks[i]
	p := ts.prev(i - 1)
	if !ts.Cased || t.Kind != KindAlnum || p < 0 || !strings.Contains(ts.Word(ts.Toks[p].Last).Punct, ":") {
		return cueNone, false
	}
	for k, n := p, 0; k >= 0 && n < 25; k, n = ts.prev(k-1), n+1 {
		if n > 0 && ts.sentenceEndsAfter(k) {
			break
		}
		switch {
		case ts.isWord(k, "username", "login", "userid"):
			return cueUsername, true
		case ts.isWord(k, "password", "passcode", "passphrase"):
			return cuePassword, true
		}
	}
	return cueNone, false
}

// purposeVerbs open a purpose clause after a cue: "your username to check
// your identity".
var purposeVerbs = map[string]bool{"check": true, "verify": true, "confirm": true, "make": true, "see": true,
	"access": true, "get": true, "log": true, "sign": true, "reset": true, "find": true, "pull": true,
	"look": true, "update": true, "help": true, "locate": true, "open": true, "unlock": true}

// passwordSymbols name the symbols of a password read out: "dollar",
// "exclamation mark", "hash" (not "at" or "dot", which go on into talk).
var passwordSymbols = map[string]bool{"dollar": true, "exclamation": true, "mark": true, "point": true,
	"hash": true, "hashtag": true, "pound": true, "star": true, "asterisk": true, "ampersand": true,
	"percent": true, "caret": true, "tilde": true, "underscore": true, "dash": true, "hyphen": true,
	"plus": true, "equals": true, "sign": true, "symbol": true, "bang": true}

// caseWords say how the next letter of a secret is written ("capital t",
// "lower case k"); they belong to the value but count for none of its
// parts.
var caseWords = map[string]bool{"capital": true, "uppercase": true, "lowercase": true, "upper": true,
	"lower": true, "case": true, "small": true, "cap": true}

// cueWordInAddress reports whether the username cue word among the six
// tokens before token i is the local part of an address read out, with
// "at" or "colon" right after it ("reach userid at example dot com, the
// reconnection fee is ...", "userid colon password at ..."): then it cues
// nothing after it.
func (ts *Tokens) cueWordInAddress(i int) bool {
	for n, k := 0, ts.prev(i-1); n < 6 && k >= 0; n, k = n+1, ts.prev(k-1) {
		if usernameWords[ts.Toks[k].Norm] {
			a := ts.next(k + 1)
			if ts.isWord(a, "colon") {
				return true
			}
			return ts.isWord(a, "at", "@") && (ts.isWord(ts.next(a+2), "dot") || ts.isWord(ts.next(ts.next(a+1)+1), "dot"))
		}
	}
	return false
}

// leadInAfterAt reports whether lead-in words ("the", "my") stand between
// an "at" and token i: a handle said with "at" for "@" follows it
// directly.
func (ts *Tokens) leadInAfterAt(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || !ts.Toks[p].in(wcLeadIns) {
		return false
	}
	for n := 0; n < 3 && p >= 0 && ts.Toks[p].in(wcLeadIns); n++ {
		p = ts.prev(p - 1)
	}
	return ts.isWord(p, "at")
}

// countsNext reports whether the number at token j counts something
// named right after it ("two times a week", "three days").
func (ts *Tokens) countsNext(j int) bool {
	k := ts.next(j + 1)
	return !ts.sentenceEndsAfter(j) && k < len(ts.Toks) && ts.Toks[k].Kind == KindWord && pluralNoun(ts.Toks[k].Norm)
}
