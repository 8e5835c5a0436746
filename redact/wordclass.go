package redact

import "sync"

// Word classes: which of the word lists that recognizers ask of nearly
// every token a token's Norm is in, looked up once when the tokens are
// built and kept in the Token, so that a rule asks a bit instead of a map.
//
// A call's recognizers ask such a list of each token dozens of times
// (streetStop alone from five address rules), and hashing the word for
// every question was a quarter of Find's CPU time. The lists are
// unchanged after the package's init (no code adds to them later), so a
// bit here says exactly what the map says: tk.in(wcStreetStop) is
// streetStop[tk.Norm] for any token tk. A list whose look-up is rare, or
// that is asked of other strings than a token's Norm (a word's lowercase
// text, a possessive's stem), stays a plain map look-up.

// wordClass is a set of word lists, one bit each.
type wordClass uint32

// The lists, one bit each (a Token has room for 32).
const (
	wcStreetStop          wordClass = 1 << iota // streetStop
	wcNumberAnswerLeadIns                       // numberAnswerLeadIns
	wcStreetParticles                           // streetParticles
	wcAddressLeadIns                            // addressLeadIns
	wcAnswerStartWords                          // answerStartWords
	wcEmailConnectors                           // emailConnectors
	wcPersonStop                                // personStop
	wcNameAnswerLeadIns                         // nameAnswerLeadIns
	wcSpellingWords                             // spellingWords
	wcEmailStop                                 // emailStop
	wcCornerStop                                // cornerStop
	wcStreetSuffixes                            // streetSuffixes
	wcSecretStops                               // secretStops
	wcLeadIns                                   // leadIns
	wcMessagingServices                         // messagingServices
	wcLeadingTypes                              // leadingTypes
	wcUnitWords                                 // unitWords
	wcAddressTalkWord                           // addressTalkWord
	wcTimeWords                                 // timeWords
	wcBoxStarts                                 // boxStarts
	wcDomainWords                               // domainWords
	wcCorrectionWords                           // correctionWords
	wcRepairMarks                               // repairMarks
	wcWeakSuffixes                              // weakSuffixes
	wcMonth                                     // a key of months
	wcNumberCueWord                             // numberCueWord
	wcEmailProviders                            // emailProviders
	wcCredentialWords                           // credentialWords
	wcNameOfLinks                               // nameOfLinks
	wcLetterSoundAlike                          // a key of letterSoundAlikes (true or false)
	wcDirections                                // directions
	wcSiteWords                                 // siteWords (addr16.go; the address recognizer asks it of every word)
)

// has reports whether c holds any of the lists of d.
func (c wordClass) has(d wordClass) bool { return c&d != 0 }

// wordClasses maps each word of the lists to its classes. It is built at
// first use, after every init function has filled the lists (numberCues
// gets the document cues in one).
var wordClasses = sync.OnceValue(func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(c wordClass, set map[string]bool) {
		for w, in := range set {
			if in {
				m[w] |= c
			}
		}
	}
	add(wcStreetStop, streetStop)
	add(wcNumberAnswerLeadIns, numberAnswerLeadIns)
	add(wcStreetParticles, streetParticles)
	add(wcAddressLeadIns, addressLeadIns)
	add(wcAnswerStartWords, answerStartWords)
	add(wcEmailConnectors, emailConnectors)
	add(wcPersonStop, personStop)
	add(wcNameAnswerLeadIns, nameAnswerLeadIns)
	add(wcSpellingWords, spellingWords)
	add(wcEmailStop, emailStop)
	add(wcCornerStop, cornerStop)
	add(wcStreetSuffixes, streetSuffixes)
	add(wcSecretStops, secretStops)
	add(wcLeadIns, leadIns)
	add(wcMessagingServices, messagingServices)
	add(wcLeadingTypes, leadingTypes)
	add(wcUnitWords, unitWords)
	add(wcAddressTalkWord, addressTalkWord)
	add(wcTimeWords, timeWords)
	add(wcBoxStarts, boxStarts)
	add(wcDomainWords, domainWords)
	add(wcCorrectionWords, correctionWords)
	add(wcRepairMarks, repairMarks)
	add(wcWeakSuffixes, weakSuffixes)
	for w := range months {
		m[w] |= wcMonth
	}
	for w := range numberCues {
		if numberCueWord(w) {
			m[w] |= wcNumberCueWord
		}
	}
	add(wcEmailProviders, emailProviders)
	add(wcCredentialWords, credentialWords)
	add(wcNameOfLinks, nameOfLinks)
	add(wcDirections, directions)
	add(wcSiteWords, siteWords)
	for w := range letterSoundAlikes {
		m[w] |= wcLetterSoundAlike
	}
	return m
})

// classOf returns the classes of the normalised text norm.
func classOf(norm string) wordClass { return wordClasses()[norm] }

// in reports whether the token's Norm is in any of the lists of c.
func (tk *Token) in(c wordClass) bool { return tk.cls&c != 0 }

// classify sets the classes of every token of ts: a token of one word
// whose Norm is that word's lowercase text has the word's classes
// (newShared looked them up) and its name answers when the lexicon holds
// it (lexnames_speed19.go), any other is looked up (and its name answers
// at their first ask).
func (ts *Tokens) classify() {
	m := wordClasses()
	ts.makeNameBits()
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		if w := ts.Words[tk.First]; tk.First == tk.Last && tk.Norm == ts.sh.lower[w] {
			tk.cls, tk.ncl = ts.sh.cls[w], ts.sh.ncl[w]
			ts.nameBits[i] = ts.sh.names[w]
		} else {
			tk.cls, tk.ncl = m[tk.Norm], nameWordClasses()[tk.Norm]
		}
	}
}

// wordInfo is what the package's word tables say of one lowercase word,
// gathered in one map (lexicon) so that newShared looks each word up once
// instead of once per table.
type wordInfo struct {
	cue *cueEntry     // cueEntries' entry
	num numWordOf     // numWords' entry
	cls wordClass     // wordClasses' entry
	rad radioClass    // radioClasses' entry (radioclass_speed17.go)
	ncl nameWordClass // nameWordClasses' entry (nameclass_speedlower18.go)
	// names holds the word's name answers as a token of it keeps them,
	// every question asked (lexnames_speed19.go).
	names uint32
}

// lexicon maps every word of cueEntries, numWords, wordClasses and
// radioClasses to its wordInfo; like them it is built at first use.
var lexicon = sync.OnceValue(func() map[string]wordInfo {
	m := map[string]wordInfo{}
	for w, e := range cueEntries() {
		in := m[w]
		in.cue = e
		m[w] = in
	}
	for w, nw := range numWords {
		in := m[w]
		in.num = numWordOf{nw, true}
		m[w] = in
	}
	for w, c := range wordClasses() {
		in := m[w]
		in.cls = c
		m[w] = in
	}
	for w, c := range radioClasses() {
		in := m[w]
		in.rad = c
		m[w] = in
	}
	for w, c := range nameWordClasses() {
		in := m[w]
		in.ncl = c
		m[w] = in
	}
	for w, in := range m {
		in.names = nameAnswersOf(w)
		m[w] = in
	}
	return m
})
