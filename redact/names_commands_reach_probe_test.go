package redact_test

import (
	"fmt"
	"testing"

	"github.com/callveil/callveil/redact"
)

// r2cmdPositives are requests to an assistant about third parties, in
// this engineer's own phrasing (none taken from an evaluation set).
var r2cmdPositives = []string{
	"Email [PERSON Hannelore] the slides from this morning.",
	"Shoot a quick email over to [PERSON Tariq] about the budget.",
	"Send an email to [PERSON Marguerite Okafor] with the contract attached.",
	"Draft an email for [PERSON Kenji] saying I'll be late.",
	"Text [PERSON Brooke] that I'm on my way.",
	"Send a text to [PERSON Anselm] asking if he's free Thursday.",
	"Can you text [PERSON Summer] and tell her the game is off?",
	"Message [PERSON Dmitri] on WhatsApp that the door code changed.",
	"Call [PERSON Esperanza] on her cell.",
	"Give [PERSON Rufus] a call after lunch.",
	"Please call [PERSON Wanjiru Kamau] back.",
	"Ring [PERSON Hamish] at home.",
	"Dial [PERSON Lakshmi's] office line.",
	"Remind me to call [PERSON Grace] at six.",
	"Remind [PERSON Olusegun] about the dentist on Friday.",
	"Set a reminder to pay [PERSON Bjorn] back for the tickets.",
	"Remind me to wish [PERSON Autumn] a happy birthday.",
	"Set up a meeting with [PERSON Ingrid] and [PERSON Paolo] for Tuesday.",
	"Schedule a meeting with [PERSON Xiaoming] next week.",
	"Book a call with [PERSON Siobhan] for tomorrow morning.",
	"Set up a call with [PERSON Rashid] at three.",
	"Put a meeting with [PERSON Bernadette] on my calendar.",
	"I want to meet [PERSON Chidi] for coffee on Monday.",
	"Invite [PERSON Magnus] to the planning session.",
	"Add [PERSON Fernanda] to the Thursday standup.",
	"Invite [PERSON Hye-jin], [PERSON Oskar] and [PERSON Temperance] to the offsite.",
	"Send an invite to [PERSON Rowan] for the retro.",
	"Tell [PERSON Ezekiel] the package arrived.",
	"Tell [PERSON Sunny] I said thanks.",
	"Ask [PERSON Mirela] if she can cover my shift.",
	"Ask [PERSON Dawn] whether the report is ready.",
	"Let [PERSON Gustavo] know I'll be ten minutes late.",
	"Let [PERSON Patience] know the meeting moved.",
	"Can you let [PERSON Aleksandra] know we're outside?",
	"Forward this to [PERSON Thandiwe].",
	"Forward the invoice to [PERSON Cormac] please.",
	"Forward that email to [PERSON Ivy] and [PERSON Rosalind].",
	"Cc [PERSON Mehmet] on the reply.",
	"Please cc [PERSON Faith] on that one.",
	"Copy [PERSON Arjun] on the thread.",
	"Loop in [PERSON Valentina] on this.",
	"Loop [PERSON Teodor] into the conversation.",
	"Ping [PERSON Jasper] about the deploy.",
	"Ping [PERSON Hope] on Slack when it's done.",
	"What time is [PERSON Anneliese's] flight?",
	"When does [PERSON Kwame's] train get in?",
	"What's [PERSON Soraya's] number?",
	"Pull up [PERSON Lorenzo's] phone number.",
	"What is [PERSON Precious's] email address?",
	"Find [PERSON Ulrich's] address.",
	"Email [PERSON Nadia], [PERSON Benedikt] and [PERSON Yusuf] the agenda.",
	"Text [PERSON Marisol], [PERSON Pieter] and [PERSON Amara] that dinner's at eight.",
	"Send the notes to [PERSON J. Whitfield].",
	"Email [PERSON R. Castellanos] about the lease.",
	"Call [PERSON Dr. Nakamura] tomorrow.",
	"Message [PERSON Mrs. Abernathy] about the recital.",
	"Call [PERSON Mark] about the lease.",
	"Text [PERSON Rob] that I'll bring the chairs.",
	"Email [PERSON Bill] the quarterly numbers.",
	"Call [PERSON Will] when you get a chance.",
	"Remind me to ask [PERSON Rose] about the keys.",
	"Tell [PERSON Frank] the car is ready.",
	"Message [PERSON Sky] that the concert is sold out.",
	"Let [PERSON Joy] know her order shipped.",
	"Send [PERSON Chase] the link to the doc.",
	"Call my sister [PERSON Rania].",
	"Text my brother [PERSON Tomasz] happy birthday.",
	"Call my boss [PERSON Eleanor] and say I'm sick.",
	"Email my landlord [PERSON Mr. Papadopoulos] about the heater.",
	"Could you get [PERSON Ngozi] on the phone?",
	"Get me [PERSON Vikram] on the line.",
	"Connect me with [PERSON Ottilie].",
	"Reach out to [PERSON Bartholomew] about the quote.",
	"Follow up with [PERSON Keiko] on the invoice.",
	"Check in with [PERSON Desmond] tomorrow.",
	"Reply to [PERSON Giulia] and say yes.",
	"Write back to [PERSON Lachlan] with the dates.",
	"Share the folder with [PERSON Oyelaran].",
	"Share my location with [PERSON Mateo].",
	"Schedule lunch with [PERSON Priyanka] on Wednesday.",
	"Cancel my meeting with [PERSON Gunther].",
	"Move my call with [PERSON Aurelie] to four.",
	"Did [PERSON Svetlana] reply to my email?",
	"Has [PERSON Ibrahim] called back yet?",
	"Any messages from [PERSON Colette]?",
	"Read me the last text from [PERSON Dashiell].",
	"Remind me when [PERSON Imogen] lands.",
	"Add [PERSON Zainab] to my contacts.",
	"Save this number for [PERSON Florian].",
	"Video call [PERSON Annika].",
	"FaceTime [PERSON Bongani].",
	"Send money to [PERSON Carys] for dinner.",
	"Venmo [PERSON Hugo] twenty dollars.",
}

// r2cmdHeldOut were written after the rules of names_commands_reach.go,
// to see whether they carry over to phrasing they were not fitted on.
var r2cmdHeldOut = []string{
	"Could you cc [PERSON Leocadia] and [PERSON Bram] on the summary?",
	"Bring [PERSON Ayodele] into the thread.",
	"Patch me through to [PERSON Grigor].",
	"Put [PERSON Marisa] on speaker.",
	"Get hold of [PERSON Constance] before noon.",
	"Touch base with [PERSON Eamon] about the roof.",
	"Circle back with [PERSON Ruth] on Monday.",
	"Drop [PERSON Kofi] a line about the rent.",
	"Shoot [PERSON Ilse] a message when you land.",
	"Leave [PERSON Dolores] a voicemail.",
	"Let [PERSON Holly] and [PERSON Basil] know dinner is at seven.",
	"Remind [PERSON Pearl] to bring the forms.",
	"Ask [PERSON Reed] if the van is free.",
	"Tell [PERSON Brandy] we said hi.",
	"Follow up with [PERSON M. Oyelaran] next week.",
	"Email [PERSON T. Nakashima] the draft.",
	"Have [PERSON Ignatius] call me back.",
	"Set up a video call with [PERSON Zofia] and [PERSON Henrik].",
	"Is [PERSON Oona] free on Thursday?",
	"What's [PERSON Radhika's] new address?",
	"Give [PERSON Clay] a buzz tonight.",
	"Message the group and [PERSON Fatoumata] about parking.",
	"Send a calendar invite to [PERSON Wendell] for lunch.",
	"Call [PERSON Destiny] back after the meeting.",
	"Loop [PERSON Gideon] in on the budget.",
}

// r2cmdHeldOutNegatives look like the held-out requests and name no one.
var r2cmdHeldOutNegatives = []string{
	"Patch me through to billing.",
	"Put the radio on speaker.",
	"Touch base with the landlord's office.",
	"Drop the car off at Midas.",
	"Follow up with Spectrum about the outage.",
	"Loop the accounting team in on the budget.",
	"Get hold of the insurance company.",
	"Leave a voicemail for Geico.",
	"Give Uber a call about my lost phone.",
	"Let Delta know I need a wheelchair.",
}

// r2cmdNegatives look like requests about a person and name none.
var r2cmdNegatives = []string{
	"Call Home Depot and ask about the order.",
	"Email Delta about my refund.",
	"Text the pharmacy that I'm coming.",
	"Call Target on Main Street.",
	"Remind me to call the bank on Monday.",
	"Set up a call with Salesforce support.",
	"Book a table at Olive Garden for six.",
	"Call Best Buy customer service.",
	"Invite the marketing team to the review.",
	"Let the front desk know I'm checking out.",
	"Forward this to accounting.",
	"Cc billing on the reply.",
	"Loop in legal on this.",
	"Ping the support channel.",
	"What time is the flight to Denver?",
	"What's the number for Walgreens?",
	"Email Amazon about the return.",
	"Text Verizon to check my balance.",
	"Call Chase about my card.",
	"Remind me about Easter brunch.",
	"Set a reminder for Christmas shopping.",
	"Schedule the meeting for Friday.",
	"Move my call to Tuesday afternoon.",
	"Tell me the weather in Phoenix.",
	"Ask Google how tall Everest is.",
	"Call the Marriott in Austin.",
	"Remind me to pick up Advil.",
	"Send the file to Dropbox.",
	"Share the folder on Google Drive.",
	"Email the Hilton about the booking.",
	"Call Jiffy Lube for an oil change.",
	"Set up a call with the Chicago office.",
	"Invite everyone from Acme to the demo.",
	"Let Comcast know the internet is down.",
	"Forward this to the Boston team.",
	"Remind me about Black Friday deals.",
	"Call Wendy's and ask if they're open.",
	"Text the group that we're at Applebee's.",
	"Find the nearest Costco.",
	"Remind me about the Super Bowl party.",
}

// TestFind_RequestsAboutThirdParties measures Find over requests about
// third parties written in session 12 by an engineer who did not read the
// evaluation sets (r2cmdPositives, with look-alikes in r2cmdNegatives; and
// a second batch, r2cmdHeldOut, written after the first round of rules),
// cased and lowercase, and holds the figures then reached: on all 129
// names, cased 125 and lowercase 118 (the first batch alone was 97 and 73
// of 101 before the rules of names_commands_reach.go), with 5 and 3
// false-positive findings on the look-alikes (brands and places taken for
// people: "Olive Garden", "Dropbox").
func TestFind_RequestsAboutThirdParties(t *testing.T) {
	sets := [][]string{r2cmdPositives, r2cmdNegatives, r2cmdHeldOut, r2cmdHeldOutNegatives}
	floors := map[bool]struct {
		recall float64
		fp     int
	}{false: {0.95, 6}, true: {0.88, 5}}
	for _, lower := range []bool{false, true} {
		ents, hit, fpWords, words := 0, 0, 0, 0
		var misses []string
		for _, set := range sets {
			for _, s := range set {
				tr, want := dialogue(lower, "C: "+s, "A: Okay.")
				fs, err := redact.Find(tr, redact.DefaultPolicy())
				if err != nil {
					t.Fatal(err)
				}
				covered := map[int]bool{}
				for _, e := range want {
					ents++
					ok := false
					for _, f := range fs {
						if string(f.Type) == e.typ && f.FirstWord <= e.first && f.LastWord >= e.last {
							ok = true
						}
					}
					if ok {
						hit++
					} else {
						misses = append(misses, "MISS "+wordsText(tr, e.first, e.last)+" | "+s)
					}
					for i := e.first; i <= e.last; i++ {
						covered[i] = true
					}
				}
				words += len(tr.Words)
				for _, f := range fs {
					for i := f.FirstWord; i <= f.LastWord; i++ {
						if !covered[i] {
							fpWords++
							misses = append(misses, fmt.Sprintf("FP %s %q | %s", f.Type, redact.MatchedText(tr, f), s))
							break
						}
					}
				}
			}
		}
		t.Logf("lower=%v PERSON %d/%d = %.3f, false positives %d", lower, hit, ents, float64(hit)/float64(ents), fpWords)
		f := floors[lower]
		if float64(hit)/float64(ents) < f.recall || fpWords > f.fp {
			t.Errorf("lower=%v: PERSON recall %d/%d under %.2f or false positives %d over %d", lower, hit, ents, f.recall, fpWords, f.fp)
			for _, m := range misses {
				t.Log(m)
			}
		}
	}
}
