package redact_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// review17Lines are adversarial lines (made up) for the rules merged in
// session 15: each is a dialogue in checkDialogue's markup, tried cased
// and lowercase. The probe logs what each style misses or flags.
var review17Lines = []struct {
	rule, name string
	turns      []string
}{
	// names_16dev.go
	{"16dev", "lawyer full name", []string{"C: My lawyer [PERSON Hank Ferris] said to call you."}},
	{"16dev", "officer rose", []string{"C: Officer rose and walked out of the room."}},
	{"16dev", "coach class", []string{"C: I flew coach class to Denver on the sixth."}},
	{"16dev", "alexa told", []string{"C: Then Alexa told me the timer was done."}},
	{"16dev", "siri said", []string{"C: And Siri said the store was closed."}},
	{"16dev", "yesterday's question", []string{"C: Back to yesterday's question about the fee."}},
	{"16dev", "everyone's question", []string{"C: In answer to everyone's question, yes, it renews."}},
	{"16dev", "verizon who", []string{"C: I called Verizon, who said the line was fine."}},
	{"16dev", "support who", []string{"C: I talked to Support, who told me to wait."}},
	{"16dev", "lawyer who", []string{"C: My lawyer, [PERSON Hank Ferris,] who handles the estate, will call."}},
	{"16dev", "working with kaiser", []string{"C: I've been working with Kaiser on my claim."}},
	{"16dev", "judge sharp", []string{"C: The judge sharply disagreed with the landlord."}},
	// names_12dev.go
	{"12dev", "earl grey", []string{"C: I drink Earl Grey every morning."}},
	{"12dev", "jack russell", []string{"C: My Jack Russell bit the mail carrier."}},
	{"12dev", "john deere", []string{"C: I bought a John Deere mower from you."}},
	{"12dev", "tom collins", []string{"C: She ordered a Tom Collins at the bar."}},
	{"12dev", "give geico a call", []string{"C: I'll give Geico a call after this."}},
	{"12dev", "give kohler a call", []string{"C: I'll give Kohler a call about the faucet."}},
	{"12dev", "wait for zelle", []string{"C: I'll wait for Zelle to clear it."}},
	{"12dev", "did fedex", []string{"C: Did FedEx deliver it yet?"}},
	{"12dev", "i think comcast", []string{"C: I think Comcast owns that line now."}},
	{"12dev", "aetna gonna", []string{"C: Aetna is gonna cover the rest."}},
	{"12dev", "real subject", []string{"C: Yeah I think [PERSON Tomasz] still has the receipt."}},
	{"12dev", "real object", []string{"C: Can you bring [PERSON Mateus] over tomorrow?"}},
	// names_telcon17.go
	{"telcon17", "has amazon", []string{"C: Has Amazon shipped it yet?"}},
	{"telcon17", "does venmo", []string{"C: Does Venmo charge a fee for that?"}},
	{"telcon17", "is medicare", []string{"C: Is Medicare still paying for it?"}},
	{"telcon17", "what about quinoa", []string{"C: What about the quinoa salad, is that gluten free?"}},
	{"telcon17", "toyota in passing", []string{"C: I think Toyota is sending the part."}},
	{"telcon17", "okay kiddo", []string{"C: Okay kiddo, let me find it."}},
	{"telcon17", "yes maam", []string{"C: Yes ma'am, that's the one."}},
	{"telcon17", "no nada", []string{"C: No, nada, nothing came."}},
	{"telcon17", "the danes", []string{"C: Our neighbours the Danes are in Florida."}},
	{"telcon17", "real surname", []string{"C: I saw [PERSON Delgado] at the courthouse."}},
	// names_radio17.go
	{"radio17", "flight lieutenant", []string{"C: Flight Lieutenant [PERSON Rao] asked me to call you."}},
	{"radio17", "captain called", []string{"C: Captain [PERSON Okafor] called me this morning."}},
	{"radio17", "captain morgan", []string{"C: I ordered a Captain Morgan and coke."}},
	{"radio17", "colonel sanders", []string{"C: We got the Colonel Sanders bucket."}},
	{"radio17", "captain of the team", []string{"C: My son is captain, the team leaves at six."}},
	{"radio17", "roger hale", []string{"C: [PERSON Roger Hale's] car was towed from the lot."}},
	{"radio17", "roger its fine", []string{"C: Roger, that's fine by me."}},
	{"radio17", "roger is my husband", []string{"C: [PERSON Roger] is my husband, he's on it too."}},
	{"radio17", "branch list", []string{"C: Denver, Boulder, Aurora, those are the branches near me."}},
	{"radio17", "phoenix marlowe", []string{"A: Okay, Phoenix, Marlowe, I'm transferring you now."}},
	{"radio17", "grant says", []string{"C: The grant came through.", "C: Grant says nothing about the fee."}},
	{"radio17", "hope says real", []string{"C: My daughter [PERSON Hope] set it up.", "C: [PERSON Hope] says it was fine."}},
	// hn17_firms.go / hn17_firm_trim.go
	{"hn17firm", "dr castillo", []string{"C: This is Dr. [PERSON Castillo] from Castillo Family Dentistry."}},
	{"hn17firm", "husband pharmacy", []string{"C: My husband [PERSON Dmitri Volkov] went to the pharmacy yesterday."}},
	{"hn17firm", "works at bakery", []string{"C: Yes, [PERSON Ellen Price] works at the bakery."}},
	{"hn17firm", "called from dentistry", []string{"C: [PERSON Kofi Mensah] called from the dentistry office."}},
	{"hn17firm", "is my lawyer", []string{"C: [PERSON Hank Ferris] is my lawyer."}},
	{"hn17firm", "voted for mayor", []string{"C: I voted for [PERSON Dana Whitfield] for mayor."}},
	{"hn17firm", "friends of", []string{"C: Friends of [PERSON Tom Becker] came by the house."}},
	{"hn17firm", "local extension", []string{"C: It's [PERSON Greg Hollis,] local two oh four on the switchboard."}},
	{"hn17firm", "dave at toyota", []string{"C: I bought it from [PERSON Dave] at Kessler Toyota."}},
	{"hn17firm", "and family", []string{"C: [PERSON Jorge Alvarez] and family moved here in May."}},
	{"hn17firm", "plumber after", []string{"C: I hired [PERSON Luis Ortega,] plumbing and heating, to fix it."}},
	// hn17_ip.go
	{"hn17ip", "router point", []string{"C: My router says the IP is [IP_ADDRESS ten point zero point zero point five.]"}},
	{"hn17ip", "computer address", []string{"C: My computer's address is [IP_ADDRESS ten point zero point zero point five.]"}},
	{"hn17ip", "printer asked", []string{"A: What's the address on the printer?", "C: [IP_ADDRESS one ninety two point one sixty eight point one point twenty.]"}},
	{"hn17ip", "camera at", []string{"C: The camera is at [IP_ADDRESS ten point one point one point nine.]"}},
	{"hn17ip", "modem shows", []string{"C: The modem shows [IP_ADDRESS one ninety two point one sixty eight point zero point one.]"}},
	{"hn17ip", "laptop", []string{"C: On my laptop it's [IP_ADDRESS one seventy two point sixteen point four point two.]"}},
	{"hn17ip", "version", []string{"C: The app is version four point two point one point nine."}},
	// addr17.go
	{"addr17", "live on route", []string{"C: I live at [ADDRESS 14 Route 9] in the blue house."}},
	{"addr17", "ship to highway", []string{"A: Where should we ship it?", "C: [ADDRESS Highway 12,] the farm by the silo."}},
	{"addr17", "driver on route", []string{"C: The driver is on Route 9, about twelve stops away."}},
	{"addr17", "price after street", []string{"C: I sold [ADDRESS 9 Pine Road,] 25000 was the price."}},
	{"addr17", "zip after street", []string{"C: Send it to [ADDRESS 1830 Walnut Street, 19103.]"}},
	{"addr17", "office hours", []string{"C: The office hours on Route 9 are nine to five."}},
	{"addr17", "space after", []string{"C: I park in space 12 at work."}},
	// second batch
	{"16dev", "nissan called", []string{"C: And then Nissan called me back about the recall."}},
	{"16dev", "working with medicaid", []string{"C: I was working with Medicaid on it all week."}},
	{"16dev", "talking with lyft", []string{"C: I've been talking with Lyft about the charge."}},
	{"16dev", "monday's question", []string{"C: Sorry, to Monday's question, no, it's not paid."}},
	{"16dev", "costco who", []string{"C: I went to Costco, who had it cheaper."}},
	{"16dev", "approved by humana", []string{"C: It got approved by Humana last week."}},
	{"16dev", "real object", []string{"C: I was working with [PERSON Ngozi] on the claim."}},
	{"12dev", "costco and target", []string{"C: Costco and Target are both out of it."}},
	{"12dev", "hulu and netflix", []string{"C: Hulu and Netflix are both charging me."}},
	{"12dev", "fedex gonna", []string{"C: FedEx is gonna pick it up Monday."}},
	{"12dev", "shirley temple", []string{"C: My kid ordered a Shirley Temple."}},
	{"12dev", "arnold palmer", []string{"C: I'll have an Arnold Palmer, thanks."}},
	{"12dev", "is hulu gonna", []string{"C: Is Hulu gonna refund me for that?"}},
	{"12dev", "real pair", []string{"C: [PERSON Takahashi] and [PERSON Lindqvist] are handling it."}},
	{"telcon17", "gene therapy", []string{"C: Gene therapy, is that covered?"}},
	{"telcon17", "ginger ale", []string{"C: Ginger ale is fine."}},
	{"telcon17", "no hon", []string{"C: No hon, it's fine, I paid it."}},
	{"telcon17", "kroger is", []string{"C: Kroger is closed on Sundays."}},
	{"telcon17", "did kroger", []string{"C: Did Kroger charge me twice?"}},
	{"telcon17", "has nordstrom", []string{"C: Has Nordstrom refunded it yet?"}},
	{"telcon17", "is marriott", []string{"C: Is Marriott still doing that promotion?"}},
	{"telcon17", "walgreens was", []string{"C: Walgreens was out of stock again."}},
	{"telcon17", "real question subject", []string{"C: Has [PERSON Lindqvist] signed the form?"}},
	{"radio17", "captain ds", []string{"C: We ate at Captain D's on the way home."}},
	{"radio17", "captain marvel", []string{"C: We watched Captain Marvel last night."}},
	{"radio17", "colonel signed", []string{"C: Colonel [PERSON Whitaker] signed the lease."}},
	{"radio17", "houston denver", []string{"C: Sorry, Houston, Denver, both offices said no."}},
	{"radio17", "roger everything", []string{"C: Roger, everything's fine now."}},
	{"hn17firm", "accountant cpa", []string{"C: My accountant is [PERSON Priya Shah] CPA, she's great."}},
	{"hn17firm", "roofing comma", []string{"C: [PERSON Jorge Ruiz,] Roofing, will call you back."}},
	{"hn17firm", "brother plumbing", []string{"C: My brother [PERSON Tomas Reyes] plumbing is his trade."}},
	{"hn17firm", "okafor family", []string{"C: The [PERSON Okafor] family lives next door."}},
	{"hn17firm", "dentist dds", []string{"C: My dentist is [PERSON Anna Kowal] DDS."}},
	{"addr17", "paid off", []string{"C: We paid off [ADDRESS 88 Elm Road,] 15000 left on the other."}},
	{"addr17", "take route", []string{"C: Take Route 9 to exit 4."}},
	{"addr17", "bus on route", []string{"C: The bus on Route 12 was late again."}},
	{"addr17", "county road", []string{"A: What's the address?", "C: [ADDRESS 4 County Road 12.]"}},
	{"addr17", "route 9w", []string{"C: Ship it to [ADDRESS 220 Route 9W.]"}},
	{"addr17", "highway lives", []string{"A: And where do you live?", "C: [ADDRESS Highway 20,] past the feed store."}},
	// third batch
	{"telcon17", "ay mija", []string{"C: Ay mija, that's a lot of money."}},
	{"telcon17", "okay habibi", []string{"C: Okay habibi, I'll wait."}},
	{"telcon17", "gracias", []string{"C: I just want to say gracias for the help."}},
	{"telcon17", "abuela", []string{"C: My abuela lives with us now."}},
	{"telcon17", "paella", []string{"C: We had the paella and it was cold."}},
	{"telcon17", "namaste", []string{"C: The yoga studio said namaste and hung up."}},
	{"telcon17", "real turn opening", []string{"A: Hello?", "C: [PERSON Reenie,] are you there?"}},
	{"12dev", "zillow's showing", []string{"C: So Zillow's showing a different price."}},
	{"12dev", "venmo's holding", []string{"C: I think Venmo's holding it for review."}},
	{"12dev", "uncle sam", []string{"C: Uncle Sam takes half of it anyway."}},
	{"12dev", "aunt jemima", []string{"C: I bought the Aunt Jemima syrup."}},
	{"12dev", "comcast and its", []string{"C: Comcast and its partners are blocking it."}},
	{"12dev", "real his brother", []string{"C: [PERSON Olumide] and his brother are staying with me."}},
	{"16dev", "bank chase commas", []string{"C: My bank, Chase, said no."}},
	{"16dev", "carrier sprint", []string{"C: My carrier, Sprint, dropped the call."}},
	{"16dev", "insurer allstate", []string{"C: My insurer, Allstate, denied it."}},
	{"16dev", "real commas", []string{"C: The fee, [PERSON Marguerite,] is waived this month."}},
	{"radio17", "retro ordinary", []string{"C: Okay, Flight, Retro, I'm not sure what those mean."}},
	{"radio17", "station sign", []string{"A: Support, billing, which one do you need?"}},
	{"radio17", "summer wants", []string{"C: Summer wants to come early this year.", "C: My niece [PERSON Summer Tate] agrees."}},
}

// TestReview17Probe logs each line's misses and flagged words per style;
// it fails nothing (REVIEW17_PROBE=1 to run).
func TestReview17Probe(t *testing.T) {
	if os.Getenv("REVIEW17_PROBE") == "" {
		t.Skip("set REVIEW17_PROBE=1")
	}
	titles := map[string]bool{"dr": true, "dr.": true, "flight": true, "lieutenant": true, "captain": true}
	for _, c := range review17Lines {
		for _, lower := range []bool{false, true} {
			tr, want := dialogueOf(lower, stereoSpeakers, c.turns...)
			fs, err := redact.Find(tr, redact.DefaultPolicy())
			require.NoError(t, err)
			var bad []string
			covered := map[int]bool{}
			for _, e := range want {
				ok := false
				for _, f := range fs {
					if string(f.Type) == e.typ && f.FirstWord <= e.last && f.LastWord >= e.first {
						ok = true
					}
				}
				if !ok {
					bad = append(bad, fmt.Sprintf("MISS %s %q", e.typ, wordsText(tr, e.first, e.last)))
				}
				for i := e.first; i <= e.last; i++ {
					covered[i] = true
				}
			}
			for _, f := range fs {
				for i := f.FirstWord; i <= f.LastWord; i++ {
					if !covered[i] && !titles[strings.ToLower(tr.Words[i].Text)] {
						bad = append(bad, fmt.Sprintf("FLAG %s %q", f.Type, redact.MatchedText(tr, f)))
						break
					}
				}
			}
			st := "ok"
			if len(bad) > 0 {
				st = strings.Join(bad, "; ")
			}
			t.Logf("R17\t%s\t%s\tlower=%v\t%s", c.rule, c.name, lower, st)
		}
	}
}
