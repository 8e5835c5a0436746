package redact

import "github.com/callveil/callveil/redact/internal/names"

// Firms, cities, agencies and peoples said where a person would (task
// set18hn): "I rang Initech about the bill", "talked to Tulsa", "Acme's
// office", "the Greeks and the Turks", "meeting with Globex". A PERSON
// finding is dropped (hn18bThingSpan, asked by eponymSpan) when its words
// are, after possessive "'s" or a plural "s" is taken off,
//
//   - one word of bigFirms (no listed first name, no surname of rank 3000
//     or better: "Kraft" and "Sears" are left to the person rules), a hand list of large corporations, banks,
//     consultancies, carriers and newsrooms whose name is a surname or no
//     name at all ("Boeing says", "we signed with Halliburton"), or two
//     words of bigFirmPairs ("Sherwin Williams", "Ernst Young");
//   - one listed brand (brandWord) that is no listed first name and no
//     common surname (names.SurnameRank over 3000: "Ferrari", not "Ford");
//   - one acronym said as a word (acronymWords: "osha", "nato", "fema");
//   - one listed place (names.IsPlace) that is no listed first name and no
//     surname right after a verb of contact, with "to" or "with" or
//     nothing between ("talked to Chicago"; not "Dallas", "Houston"; not
//     a place given as a name: "it's Lagos, spelled L A G O S");
//   - a people in the plural (peoplesPlural: "Turks", "Canadians");
//   - a name and a school's word ("Lincoln High", "Roosevelt Elementary").
//
// A title, a relative or a naming cue right before the words keeps the
// person ("Mr. Boeing", "my cousin Chicago", "a man named Dallas"), as
// does "called" after anything but a pronoun or an auxiliary ("a guy
// called Exxon" is a name; "we called Exxon" a firm), and a comma (in
// lower case: no verb of contact and no preposition) before words that
// close their sentence: one spoken to ("just a moment, Halifax.").
//
// What it cannot do: a firm named by a first name ("Wendy's" aside) or a
// common surname with nothing around it ("Ford fixed it"), a city that is
// a first name ("talked to Dallas"), a firm this list lacks. Measured:
// set18hn_probe_test.go.
func (ts *Tokens) hn18bThingSpan(a, b int) bool {
	if b-a > 2 {
		return false
	}
	if p := ts.prev(a - 1); p >= 0 && !ts.sentenceEndsAfter(p) && (ts.hn18bPersonLead(p) || (ts.sentenceEndsAfter(b) || ts.next(b+1) >= len(ts.Toks)) &&
		(ts.Word(ts.Toks[p].Last).Punct == "," || !ts.Cased && !ts.wordIn(p, hn18bContactVerbs) && !ts.wordIn(p, hn18bLinks))) {
		return false // (", Halifax." closing a sentence is someone spoken to)
	}
	if ts.spokenOfAsHeShe18(b) {
		return false // "I spoke with <surname>, he was great" (review18): a person
	}
	first := hn18bStem(ts.Toks[a].Norm)
	last := hn18bStem(ts.Toks[b].Norm)
	if a == b {
		return hn18bThingWord(first, ts.Toks[a].Norm) ||
			names.IsPlace(first) && !names.IsFirstName(first) && !names.IsSurname(first) && ts.hn18bContactBefore(a)
	}
	if ts.next(a+1) != b {
		return false
	}
	return bigFirmPairs[first+" "+last] || schoolWords[ts.Toks[b].Norm]
}

// hn18bPersonLead reports whether token p, right before a finding, keeps
// it a person: a title, a relative, a naming cue ("named", "my name
// is"), or "called" after no pronoun or auxiliary.
func (ts *Tokens) hn18bPersonLead(p int) bool {
	if ts.isWord(p, kinNouns...) {
		return true
	}
	if ts.isWord(p, "called") {
		q := ts.prev(p - 1)
		return q < 0 || !ts.isWord(q, "i", "we", "you", "they", "he", "she", "just", "already", "have", "had", "has", "i've", "we've", "they've", "i'd", "we'd", "then", "finally", "also")
	}
	if ts.isWord(p, "is", "was") && ts.isWord(ts.prev(p-1), "name") {
		return true // "my name is Hamas" (factions19)
	}
	return ts.wordIn(p, personLeads) || ts.wordIn(p, roleTitles16) || ts.isWord(p, "landlord", "landlady", "tenant", "roommate", "contractor", "plumber", "electrician", "agent", "adjuster", "technician", "tech", "rep", "senator", "governor", "general", "ambassador", "secretary", "president", "uncle", "aunt", "cousin", "brother", "sister")
}

// hn18bStem is w without a possessive "'s" or "'".
func hn18bStem(w string) string {
	if k, ok := possessiveStem(w); ok {
		return k
	}
	if len(w) > 1 && w[len(w)-1] == '\'' {
		return w[:len(w)-1]
	}
	return w
}

// hn18bThingWord reports whether the one word k (stem of norm) is a firm,
// a brand no person bears, an acronym, a place no person bears or a
// people.
func hn18bThingWord(k, norm string) bool {
	if len(k) < 3 {
		return false
	}
	if peoplesPlural(norm) {
		return true
	}
	if k[len(k)-1] == 's' && bigFirms[k[:len(k)-1]] {
		k = k[:len(k)-1] // "three Boeings"
	}
	if names.IsFirstName(k) || names.IsSurname(k) && names.SurnameRank(k) <= 3000 {
		return false // "Fannie", "Kraft": people bear them
	}
	return bigFirms[k] || acronymWords[k] || brandWord(k) && !businessFirstNames[k]
}

// hn18bLinks before a word that closes its sentence make it no one
// spoken to: "we heard from Pfizer.", "they work for Boeing".
var hn18bLinks = withWords(map[string]bool{}, "to", "with", "from", "at", "for", "by", "about", "and", "or", "the")

// hn18bContactVerbs before a place, with "to" or "with" or nothing
// between, make it the office there: "talked to Chicago", "call Denver".
var hn18bContactVerbs = withWords(map[string]bool{}, "talk", "talked", "talking", "speak", "spoke", "speaking",
	"call", "called", "calling", "phone", "phoned", "ring", "rang", "tell", "told", "ask", "asked", "check",
	"checked", "meet", "met", "meeting", "email", "emailed", "wire", "wired", "cable", "cabled")

// hn18bContactBefore reports whether a verb of contact stands right
// before token a, or before "to" or "with" right before it.
func (ts *Tokens) hn18bContactBefore(a int) bool {
	p := ts.prev(a - 1)
	if p >= 0 && ts.isWord(p, "to", "with") && !ts.sentenceEndsAfter(p) {
		p = ts.prev(p - 1)
	}
	return p >= 0 && !ts.sentenceEndsAfter(p) && ts.wordIn(p, hn18bContactVerbs)
}

// schoolWords after a name make it a school's: "Lincoln High".
var schoolWords = withWords(map[string]bool{}, "high", "elementary", "middle", "academy", "prep")

// acronymWords are organisations whose initials are said as one word, as
// an ASR engine writes them in lower case.
var acronymWords = withWords(map[string]bool{}, "osha", "nato", "nasa", "fema", "opec", "seato", "unicef",
	"unesco", "fifa", "nascar", "awol", "naacp", "aarp", "hud", "darpa", "interpol", "europol", "mossad",
	"centcom", "norad", "amtrak", "medicaid", "medicare", "fannie", "sallie", "ofac", "finra",
	"nafta", "asean", "fdic", "nhtsa", "noaa", "usda", "faa", "cdc")

// bigFirmPairs are two-word firms that read as a person's name.
var bigFirmPairs = withWords(map[string]bool{}, "sherwin williams", "ernst young", "procter gamble",
	"johnson johnson", "dow jones", "dean witter", "smith barney", "lehman brothers", "warner brothers",
	"marks spencer", "booz allen", "arthur andersen", "pratt whitney", "black decker", "ben jerry",
	"barnes noble", "bath body", "crate barrel", "dolce gabbana", "baker mckenzie", "skadden arps",
	"northrop grumman", "lockheed martin", "general dynamics", "general electric", "general motors",
	"kraft heinz", "estee lauder", "tommy hilfiger", "ralph lauren", "calvin klein", "kenneth cole",
	"charles river", "thomson reuters", "conde nast", "rand mcnally", "hewlett packard", "bain capital")

// bigFirms are large corporations, banks, consultancies, carriers,
// contractors and newsrooms, written by hand for callveil from general
// knowledge of the largest US and world firms; names a person commonly
// bears as a first name are left out (the brand rules decide those).
var bigFirms = withWords(map[string]bool{},
	// aerospace, defence, industry
	"boeing", "lockheed", "raytheon", "northrop", "grumman", "halliburton", "bechtel", "siemens", "honeywell",
	"caterpillar", "dupont", "monsanto", "basf", "alcoa", "westinghouse",
	"cummins", "textron", "sikorsky", "bombardier", "airbus", "embraer", "kbr", "fluor",
	"schlumberger", "exxon", "chevron", "texaco", "conoco", "valero",
	"bp", "gazprom", "aramco", "exelon", "entergy",
	// pharma, health
	"pfizer", "moderna", "novartis", "roche", "sanofi", "astrazeneca", "glaxo",
	"medtronic", "genentech", "amgen", "biogen", "cigna", "mckesson",
	// finance, consulting, law
	"citibank", "citigroup", "citi", "barclays", "hsbc", "santander", "jpmorgan", "blackrock",
	"deloitte", "accenture", "kpmg", "pwc", "gartner",
	"nomura", "ubs", "equifax", "experian", "transunion",
	// tech, telecom
	"oracle", "intel", "ibm", "cisco", "nvidia", "qualcomm", "motorola", "nokia", "ericsson", "huawei",
	"xerox", "kodak", "salesforce", "adobe", "netflix", "google", "facebook", "yahoo", "verizon", "comcast",
	"vodafone", "siemens", "philips", "panasonic", "toshiba", "hitachi", "fujitsu", "lenovo",
	// shipping, transport, retail, food
	"maersk", "fedex", "dhl", "usps", "greyhound", "amtrak", "conrail", "hertz", "avis", "bechtel",
	"kroger", "safeway", "walgreens", "cvs", "costco", "walmart", "kmart", "sears", "macy's", "nordstrom",
	"kraft", "nestle", "unilever", "pepsi", "pepsico", "coca", "cargill",
	"hershey", "danone", "sysco", "aramark", "sodexo",
	// news and media
	"reuters", "nbc", "cbs", "abc", "cnn", "msnbc", "newsweek", "politico",
	"axios", "gannett", "viacom")

// spokenOfAsHeShe18 reports whether "he", "she", "him" or "his" speaks of
// the words ending at token b within the next twelve words of its turn,
// before any "they" or "them" (review18): a firm is "they", a person bearing
// a firm's name is "he" or "she" ("<surname> said she'd email me").
func (ts *Tokens) spokenOfAsHeShe18(b int) bool {
	for j, m := b, 0; m < 12 && !ts.turn[ts.Toks[j].Last]; m++ {
		if j = ts.next(j + 1); j >= len(ts.Toks) {
			break
		}
		if ts.Toks[j].Kind != KindWord {
			continue
		}
		switch {
		case ts.wordIn(j, hn18TheyWords) || ts.isWord(j, "it", "it's", "its"):
			return false
		case ts.wordIn(j, heSheWords) || ts.isWord(j, "him", "his"):
			return true
		}
	}
	return false
}
