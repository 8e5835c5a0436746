package redact_test

import (
	"os"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Task review19: adversarial lines, in the reviewer's own words, for the
// rules merged in session 17 (factions19's peoples list, droprecall19's
// people bearing a place's, brand's or drink's name, crossname19's
// lowercase surname and possessive rules, addrpeer19's lone unit). Each
// line is either a real person or address a caller gives that a rule
// could LOSE ("lose": the marked span must be found with its type), or
// ordinary words a rule could FLAG ("flag": no finding may cover the
// words of not). A line with open set is a harm left as it is (the reason
// is in open; REVIEW19_TABLE=1 lists every line's result, open or not).
type review19Line struct {
	rule   string
	styles []bool // false: cased, true: lowercase
	turns  []string
	not    string // flag lines: the words no finding may cover
	open   string // a known harm left unfixed, and why
}

var review19Both, review19Cased, review19Lower = []bool{false, true}, []bool{false}, []bool{true}

var review19Lines = []review19Line{
	// factions19: peoples, faiths, parties and factions read as places.
	{rule: "factions19", styles: review19Both, turns: []string{"C: Hi, my name is [PERSON Omar Kurd] and I'm calling about a bill."}},
	{rule: "factions19", styles: review19Both, turns: []string{"C: I spoke with Mr. [PERSON Kurd] yesterday about the refund."}},
	{rule: "factions19", styles: review19Both, turns: []string{"A: Who am I speaking with?", "C: This is [PERSON Mark Danes] from the garage."}},
	{rule: "factions19", styles: review19Both, turns: []string{"C: Please put Ms. [PERSON Czech] on the line."}},
	{rule: "factions19", styles: review19Both, turns: []string{"A: And the driver's name?", "C: It was [PERSON Ali Tajik,] he never showed."}},
	{rule: "factions19", styles: review19Both, turns: []string{"A: My name is [PERSON Sam Christians,] how can I help?"}},
	{rule: "factions19", styles: review19Both, turns: []string{"C: We watched the Yankees game with my brother."}, not: "yankees"},
	{rule: "factions19", styles: review19Both, turns: []string{"A: Did you see the documentary on the Sandinistas last night?"}, not: "sandinistas"},
	{rule: "factions19", styles: review19Both, turns: []string{"C: My uncle still votes for the Tories every time."}, not: "tories"},
	{rule: "factions19", styles: review19Both, turns: []string{"A: Thank you for calling, this is [PERSON Yusuf Arab.]"}},
	{rule: "factions19", styles: review19Both, turns: []string{"C: I need to speak with [PERSON Karen Poles] about my claim."}},
	{rule: "factions19", styles: review19Both, turns: []string{"A: Can I get the last name?", "C: [PERSON Serb,] S E R B."}},
	{rule: "factions19", styles: review19Both, turns: []string{"C: My supervisor [PERSON Lena Croat] approved it."}},
	{rule: "factions19", styles: review19Both, turns: []string{"C: It's [PERSON Yank Delgado,] I'm returning your call."}},
	{rule: "factions19", styles: review19Both, turns: []string{"C: The Seminoles game is on, so call me after."}, not: "seminoles"},

	// droprecall19, relativePlaceName: a town's name right after an owned relative.
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: My wife [PERSON Virginia] handles the bills."}},
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: Our landlord [PERSON Austin] never fixed the heat."},
		open: "older than session 17 (lost at 39b0193 too): 'our landlord' is no two-word cue, so relativePlaceName never sees it"},
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: I got my brother Paris tickets for Christmas."}, not: "paris"},
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: I mailed my mom Georgia peaches last week."}, not: "georgia"},
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: We're buying my son Denver Broncos tickets."}, not: "denver",
		open: "older than session 17 (flagged at 39b0193 too): a team of two words after a relative"},
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: I bought my daughter Orlando park passes."}, not: "orlando"},
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: We gave my dad Vegas vouchers for his birthday."}, not: "vegas"},

	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: I bought my wife [PERSON Virginia] a necklace for our anniversary."}},
	{rule: "relativePlaceName", styles: review19Both, turns: []string{"C: We're getting my niece Sydney concert passes."}, not: "sydney"},

	// droprecall19, namedAsRelative: "<name> is my <role>".
	{rule: "namedAsRelative", styles: review19Both, turns: []string{"C: Yeah, [PERSON Denver] is my brother, he'll call you back."}},
	{rule: "namedAsRelative", styles: review19Both, turns: []string{"C: Honestly, Google is my doctor these days."}, not: "google"},
	{rule: "namedAsRelative", styles: review19Both, turns: []string{"C: Netflix is our babysitter on Friday nights."}, not: "netflix"},
	{rule: "namedAsRelative", styles: review19Both, turns: []string{"C: Costco is my guy for tires."}, not: "costco"},
	{rule: "namedAsRelative", styles: review19Both, turns: []string{"C: Target is my mom's favorite store."}, not: "target"},
	{rule: "namedAsRelative", styles: review19Both, turns: []string{"C: Amazon was my employer until May."}, not: "amazon"},

	// droprecall19, namedFromDesk: "<name> from the <desk> called me".
	{rule: "namedFromDesk", styles: review19Both, turns: []string{"C: [PERSON Chelsea] from the dentist's office called me."}},
	{rule: "namedFromDesk", styles: review19Both, turns: []string{"C: London from head office emailed us the figures."}, not: "london"},
	{rule: "namedFromDesk", styles: review19Both, turns: []string{"C: Geico from the claims office called me twice."}, not: "geico"},
	{rule: "namedFromDesk", styles: review19Both, turns: []string{"C: Amazon from the returns center emailed me a label."}, not: "amazon"},

	{rule: "namedFromDesk", styles: review19Both, turns: []string{"C: [PERSON Sydney] from the front desk called me back."}},
	{rule: "namedFromDesk", styles: review19Both, turns: []string{"C: Chicago from the regional office emailed me the form."}, not: "chicago"},

	// droprecall19, spokenOfAsPerson: contacted, then "he" or "she".
	{rule: "spokenOfAsPerson", styles: review19Both, turns: []string{"C: Ask [PERSON Paris] about the invoice, she handles billing."}},
	{rule: "spokenOfAsPerson", styles: review19Both, turns: []string{"C: Just ask Siri, she knows everything."}, not: "siri"},
	{rule: "spokenOfAsPerson", styles: review19Lower, turns: []string{"C: I asked Alexa and she said it would rain."}, not: "alexa"},
	{rule: "spokenOfAsPerson", styles: review19Cased, turns: []string{"C: I asked Alexa and she said it would rain."}, not: "alexa",
		open: "older than session 17 (flagged at 39b0193 by another rule)"},
	{rule: "spokenOfAsPerson", styles: review19Both, turns: []string{"A: Ask Chase about it, they issue the card."}, not: "chase"},

	// droprecall19, vocativePlaceName (cased only): "Dallas, can you hear me?"
	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: Thanks [PERSON Savannah,] I'll wait."}},
	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: Where are you flying to?", "C: Phoenix, please."}, not: "phoenix"},
	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: Which city is the store in?", "C: Austin, I think."}, not: "austin"},
	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: Where would you like to go?", "C: Paris, and then Rome."}, not: "paris"},
	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: Which branch was it?", "C: Dallas, do you have one there?"}, not: "dallas"},
	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: And what state?", "C: Georgia, is that a problem?"}, not: "georgia"},

	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: [PERSON Dallas,] can you hear me?"}},
	{rule: "vocativePlaceName", styles: review19Cased, turns: []string{"A: Which location was that?", "C: Orlando, I believe."}, not: "orlando"},

	// droprecall19 / factions19: "name is" keeps a person before a firm (hn18bPersonLead).
	{rule: "hn18bPersonLead", styles: review19Both, turns: []string{"C: The payee name is Wells Fargo."}, not: "wells fargo"},
	{rule: "hn18bPersonLead", styles: review19Both, turns: []string{"A: And the merchant name was Best Buy?"}, not: "best buy"},
	{rule: "titleBefore19", styles: review19Both, turns: []string{"C: I spoke to Mr. [PERSON Wells] at the branch."}},

	// crossname19 (lowercase only): a surname after a bare preposition,
	// a word of no list with "'s".
	{rule: "surnamesAfterBarePreposition", styles: review19Lower, turns: []string{"C: I sent the money through Zelle and it bounced."}, not: "zelle"},
	{rule: "surnamesAfterBarePreposition", styles: review19Lower, turns: []string{"C: We switched to Xfinity so the bill went up."}, not: "xfinity"},
	{rule: "surnamesAfterBarePreposition", styles: review19Lower, turns: []string{"C: I paid with Venmo and it failed."}, not: "venmo"},
	{rule: "surnamesAfterBarePreposition", styles: review19Lower, turns: []string{"C: I got a refund from Shein and it took weeks."}, not: "shein"},
	{rule: "surnamesAfterBarePreposition", styles: review19Lower, turns: []string{"C: I take it with Metformin so my sugar stays down."}, not: "metformin"},
	{rule: "possessivesOfNoList", styles: review19Lower, turns: []string{"C: It all depends on [PERSON Okonkwo-Bassey's] signature."}},
	{rule: "possessivesOfNoList", styles: review19Lower, turns: []string{"C: Is Rybelsus's dosage the same as before?"}, not: "rybelsus's"},
	{rule: "possessivesOfNoList", styles: review19Lower, turns: []string{"C: TikTok's algorithm keeps showing me ads."}, not: "tiktok's"},
	{rule: "possessivesOfNoList", styles: review19Lower, turns: []string{"C: The doctor said Ozempic's side effects are common."}, not: "ozempic's"},
	{rule: "possessivesOfNoList", styles: review19Lower, turns: []string{"C: I checked DoorDash's fees and they're high."}, not: "doordash's"},
	{rule: "possessivesOfNoList", styles: review19Lower, turns: []string{"A: Coinbase's app locked me out again."}, not: "coinbase's"},
	{rule: "possessivesOfNoList", styles: review19Lower, turns: []string{"C: Wegovy's price went up again this month."}, not: "wegovy's"},

	// addrpeer19, loneUnitNotAPlace: a lone unit after a machine or before a stay.
	{rule: "loneUnitNotAPlace", styles: review19Both, turns: []string{"A: What's the address?", "C: It's [ADDRESS 22 Birch Lane, unit 6] for the week."}},
	{rule: "loneUnitNotAPlace", styles: review19Both, turns: []string{"A: And the unit number?", "C: I'm in [ADDRESS unit 14] for the winter, then I move."}},
	{rule: "loneUnitNotAPlace", styles: review19Both, turns: []string{"A: Where should we ship it?", "C: Send it to my office, [ADDRESS suite 410,] for the meeting on Friday."}},
	{rule: "loneUnitNotAPlace", styles: review19Both, turns: []string{"C: We're in suite 300 for the conference."}, not: "suite 300"},
	{rule: "loneUnitNotAPlace", styles: review19Both, turns: []string{"A: Where do we deliver it?", "C: Ship it to [ADDRESS unit 9] for the weekend please."}},
	{rule: "loneUnitNotAPlace", styles: review19Both, turns: []string{"C: The printer unit 2 jams every morning."}, not: "unit 2"},

	// The brief's own examples, both casings.
	{rule: "brief", styles: review19Both, turns: []string{"A: Hi, I'm [PERSON Dallas,] your driver for today."}},
	{rule: "brief", styles: review19Both, turns: []string{"C: My name is [PERSON Jordan English.]"}},
	{rule: "brief", styles: review19Both, turns: []string{"A: Good morning, [PERSON Denver Lee] speaking."}},
	{rule: "brief", styles: review19Both, turns: []string{"C: Yes, this is [PERSON Cuba Gooding's] office."}},
	{rule: "brief", styles: review19Both, turns: []string{"C: That was my brother Paris trip, not mine."}, not: "paris"},
	{rule: "brief", styles: review19Both, turns: []string{"C: I bought a Tory Burch bag last week."}, not: "tory"},
	{rule: "brief", styles: review19Both, turns: []string{"C: The Martini glass came broken."}, not: "martini"},

	// svc19hn, dineTrim: a person named in the possessive where food, a
	// table or a delivery is talked of; resort, band, orchestra and choir
	// end a business's name (hn17_firms.go).
	{rule: "dineTrim", styles: review19Both, turns: []string{"C: Please leave the delivery at [PERSON Karen's] for now, she's next door."},
		open: "older than session 17 (lost at 39b0193 too)"},
	{rule: "dineTrim", styles: review19Both, turns: []string{"C: The kitchen table was delivered to [PERSON Greg's] instead."}},
	{rule: "dineTrim", styles: review19Both, turns: []string{"C: Can the driver drop my delivery at [PERSON Sandra's,] she's home all day?"},
		open: "older than session 17 (lost at 39b0193 too, cased)"},
	{rule: "dineTrim", styles: review19Both, turns: []string{"C: Send the dining chairs to [PERSON Ravi's] tomorrow, he paid for them."}},
	{rule: "dineTrim", styles: review19Both, turns: []string{"C: We're having lunch at [PERSON Mike's] today."},
		open: "older than session 17 (lost at 39b0193 too): a possessive after at is a place to the person rules"},
	{rule: "tradeWords", styles: review19Both, turns: []string{"C: My daughter [PERSON Emma's] choir concert is on Friday."}},
	{rule: "tradeWords", styles: review19Both, turns: []string{"C: [PERSON Olivia's] band is playing at the fair."}},
	{rule: "tradeWords", styles: review19Both, turns: []string{"C: It's for [PERSON Jake Moreno's] orchestra trip."}},
	{rule: "dineTrim", styles: review19Both, turns: []string{"C: We booked a table at Nando's for six."}, not: "nando's"}, // (svc19hn's fix of an older flag),

	// names20, modifiedByNames20: a name before a noun of a person's work
	// or talk ("the <surname> memo").
	{rule: "names20", styles: review19Both, turns: []string{"A: Did you get the [PERSON Okafor] memo about the refund?"}},
	{rule: "names20", styles: review19Both, turns: []string{"C: I missed the Webex meeting this morning."}, not: "webex",
		open: "names20 (cased): a capitalised word of no list before 'meeting' is taken; requiring a listed name cost set17 dev cased one name (98->97), so left"},
	{rule: "names20", styles: review19Both, turns: []string{"C: I got the Humana letter yesterday."}, not: "humana"},
	{rule: "names20", styles: review19Both, turns: []string{"C: The Kaiser letter says I owe forty dollars."}, not: "kaiser"},
	{rule: "names20", styles: review19Both, turns: []string{"C: Is this about the Medicare statement?"}, not: "medicare"},
	{rule: "names20", styles: review19Both, turns: []string{"C: I go to the Kiwanis meeting on Tuesdays."}, not: "kiwanis",
		open: "names20 (cased): a capitalised word of no list before 'meeting' is taken; requiring a listed name cost set17 dev cased one name (98->97), so left"},
	{rule: "names20", styles: review19Both, turns: []string{"C: The Cigna letter never came."}, not: "cigna"},
	{rule: "names20", styles: review19Both, turns: []string{"C: Is that the Fidelity statement or the Vanguard one?"}, not: "fidelity"},
	{rule: "names20", styles: review19Both, turns: []string{"C: We skipped the Alanon meeting last week."}, not: "alanon",
		open: "names20 (cased): a capitalised word of no list before 'meeting' is taken; requiring a listed name cost set17 dev cased one name (98->97), so left"},
	{rule: "names20", styles: review19Both, turns: []string{"A: Is it the Hilton group booking?"}, not: "hilton"},
}

// review19Holds reports whether line l holds in one style, and what Find
// found if it does not.
func review19Holds(t *testing.T, l review19Line, lower bool) (bool, string) {
	t.Helper()
	tr, want := dialogueOf(lower, stereoSpeakers, l.turns...)
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	for _, e := range want {
		ok := false
		for _, f := range fs {
			if string(f.Type) == e.typ && f.FirstWord <= e.last && f.LastWord >= e.first {
				ok = true
			}
		}
		if !ok {
			return false, "lost " + e.typ + " " + wordsText(tr, e.first, e.last) + "; found " + describe(tr, fs)
		}
	}
	if l.not != "" {
		nw := strings.Fields(l.not)
		for i := 0; i+len(nw) <= len(tr.Words); i++ {
			match := true
			for k, w := range nw {
				if !strings.EqualFold(strings.Trim(tr.Words[i+k].Text, ",.?!"), w) {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			for _, f := range fs {
				if f.FirstWord <= i+len(nw)-1 && f.LastWord >= i {
					return false, "flagged " + describe(tr, fs)
				}
			}
		}
	}
	return true, ""
}

func TestFind_Review19Table(t *testing.T) {
	t.Parallel()
	verbose := os.Getenv("REVIEW19_TABLE") != ""
	for _, l := range review19Lines {
		for _, lower := range l.styles {
			ok, why := review19Holds(t, l, lower)
			if verbose {
				state := "ok  "
				if !ok {
					state = "HARM"
				}
				t.Logf("%s %-28s lower=%-5v %q %s", state, l.rule, lower, l.turns[len(l.turns)-1], why)
			}
			if l.open == "" {
				assert.True(t, ok, "%s lower=%v %q: %s", l.rule, lower, l.turns, why)
			}
		}
	}
}
