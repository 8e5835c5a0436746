package redact_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// hnProbe is speech written in session 16 (task hn16) before any dev
// result was read, by an engineer asked why hard negatives are flagged:
// words that look like PII and are not (shops and brands named after
// people, products and models, places that are first names or surnames,
// holidays and events named after people, streets and buildings named
// after people, order, ticket and reference numbers, amounts, times,
// dates, versions, quantities, flight numbers), and lines of the same
// shape that name a person, an address or a number of the caller's, which
// must still be found. A: is the agent on channel 0, C: the caller on
// channel 1.
var hnProbe = []probeCase{
	// Businesses named after people.
	{"business", []string{"C: I grabbed a burger at Wendy's on the way over."}},
	{"business", []string{"C: Can I get a large Dr Pepper with that?"}},
	{"business", []string{"C: We picked up a pint of Ben & Jerry's for dessert."}},
	{"business", []string{"C: The charge is from Dollar General, I never shop there."}},
	{"business", []string{"C: I ordered lunch from Jimmy John's and it never came."}},
	{"business", []string{"C: The receipt says Trader Joe's, forty two dollars."}},
	{"business", []string{"C: There's a McDonald's right next to the branch."}},
	{"business", []string{"C: I paid with my card at Macy's last Saturday."}},
	{"business", []string{"C: It was a gift card for Kohl's."}},
	{"business", []string{"C: My statement shows Dunkin twice on the same morning."}},
	{"business", []string{"A: Was the purchase made at Lowe's or at Home Depot?"}},
	{"business", []string{"C: I bought the printer at Best Buy, not at Walmart."}},
	{"business", []string{"C: The pharmacy is inside the Kroger on the corner."}},
	{"business", []string{"C: We had dinner at Chili's and the bill was doubled."}},
	{"business", []string{"C: It was a subscription to Hulu that I cancelled."}},
	{"business", []string{"C: My daughter works at Chick-fil-A on weekends."}},
	{"business", []string{"C: The package was left at the Walgreens counter."}},
	{"business", []string{"C: I got a coffee at Tim Hortons and they charged me twice."}},
	{"business", []string{"C: Does the warranty cover repairs done at Jiffy Lube?"}},
	{"business", []string{"C: They sent me a coupon for Arby's in the mail."}},
	{"business", []string{"C: I think the merchant was Papa John's, the pizza place."}},
	{"business", []string{"C: I have a Sam's Club membership as well."}},
	{"business", []string{"C: The funds went to Charles Schwab, my brokerage."}},
	{"business", []string{"C: My old policy was with Allstate, then I moved to Geico."}},
	{"business", []string{"C: I booked through Expedia and stayed at the Hilton downtown."}},
	{"business", []string{"A: Is that the Chase card or the Wells Fargo one?"}},
	{"business", []string{"C: We bought the sofa from Ashley Furniture last spring."}},
	{"business", []string{"C: The flowers came from Edible Arrangements, not from us."}},
	// Products and models.
	{"product", []string{"C: I have a Galaxy S23 and the app keeps crashing."}},
	{"product", []string{"C: It's an iPhone 15, the Pro Max."}},
	{"product", []string{"C: My car is a Tesla Model 3, the charger won't connect."}},
	{"product", []string{"C: The laptop runs Windows 11 now, since the update."}},
	{"product", []string{"C: I'm on a Pixel 8 with the latest Android."}},
	{"product", []string{"C: The router is a Netgear Nighthawk, model R7000."}},
	{"product", []string{"C: I drive a Ford F-150, a 2019."}},
	{"product", []string{"C: It's a Honda Civic, the silver one."}},
	{"product", []string{"C: My son plays on an Xbox Series X all day."}},
	{"product", []string{"C: The TV is a Samsung QN90, sixty five inches."}},
	{"product", []string{"C: We use a Ring doorbell and an Echo Dot."}},
	{"product", []string{"C: I bought the Dyson V15 from your website."}},
	{"product", []string{"C: The printer is an HP OfficeJet 8015."}},
	{"product", []string{"C: I'm using Chrome on a MacBook Air."}},
	{"product", []string{"C: My watch is an Apple Watch Series 9, it won't pair."}},
	{"product", []string{"C: The thermostat is a Nest, third generation."}},
	{"product", []string{"C: We have a Jeep Grand Cherokee and a Toyota Camry."}},
	{"product", []string{"C: The game is Madden 24, it froze on me."}},
	{"product", []string{"C: I ordered the Kindle Paperwhite, the one with no ads."}},
	{"product", []string{"C: My phone is a Motorola Edge, I think the 2022."}},
	// Places that are names.
	{"place", []string{"C: I'm flying out of Charlotte on Tuesday."}},
	{"place", []string{"C: We moved here from Jackson, Mississippi."}},
	{"place", []string{"C: The office in Austin said to call this number."}},
	{"place", []string{"C: Their shop is on Madison Avenue in Manhattan."}},
	{"place", []string{"C: I was visiting family in St. Louis over the weekend."}},
	{"place", []string{"C: We rented a cabin near Lake Tahoe last summer."}},
	{"place", []string{"C: The branch in Florence closed a few months ago."}},
	{"place", []string{"C: My sister lives out past Eugene, Oregon."}},
	{"place", []string{"C: I was driving through Columbus when it happened."}},
	{"place", []string{"C: Is there a branch in Santa Barbara?"}},
	{"place", []string{"C: I grew up in Beverly Hills, long story."}},
	{"place", []string{"C: We're going to Myrtle Beach for spring break."}},
	{"place", []string{"C: The bill came from a clinic in San Antonio."}},
	{"place", []string{"C: We drove down to Fort Myers to see my parents."}},
	{"place", []string{"A: Our warehouse is in Sherman, Texas."}},
	{"place", []string{"C: The hotel was in Victoria, right by the harbour."}},
	{"place", []string{"C: I commute into Camden every day."}},
	{"place", []string{"C: We stopped in Lincoln, Nebraska for gas."}},
	{"place", []string{"C: My order shipped from Allentown."}},
	{"place", []string{"C: They said the package is sitting in Memphis."}},
	{"place", []string{"C: The conference is at Mount Vernon this year."}},
	{"place", []string{"C: I'm calling from Washington, the state, not DC."}},
	// Holidays and events.
	{"event", []string{"C: The office was closed on Martin Luther King Day."}},
	{"event", []string{"C: I bought it on Black Friday with the discount."}},
	{"event", []string{"C: We'll be away over Presidents Day weekend."}},
	{"event", []string{"C: The payment was due on Valentine's Day."}},
	{"event", []string{"C: Can you deliver before Mother's Day?"}},
	{"event", []string{"C: We're closed for Saint Patrick's Day in the morning."}},
	{"event", []string{"C: The refund should clear before Christmas Eve."}},
	{"event", []string{"C: It arrived the day after Columbus Day."}},
	{"event", []string{"C: My flight is the Monday after Thanksgiving."}},
	{"event", []string{"C: We'll watch the Super Bowl at my brother's place."}},
	{"event", []string{"C: The sale runs through Cyber Monday."}},
	{"event", []string{"C: I was at the Kentucky Derby that weekend."}},
	// Streets and buildings named after people.
	{"street", []string{"C: The store is on Martin Luther King Boulevard, near the school."}},
	{"street", []string{"C: Turn left at Washington Street and you'll see us."}},
	{"street", []string{"C: We met at the Lincoln Center for the concert."}},
	{"street", []string{"C: The clinic is across from Franklin Park."}},
	{"street", []string{"C: I work in the Chrysler Building, the tall one."}},
	{"street", []string{"C: Traffic on Jefferson Avenue was terrible."}},
	{"street", []string{"C: The bus stops at Kennedy Airport, terminal four."}},
	{"street", []string{"C: We went to the Smithsonian and the Lincoln Memorial."}},
	{"street", []string{"C: The game is at Wrigley Field on Sunday."}},
	{"street", []string{"C: My appointment is at Johns Hopkins next week."}},
	// Numbers that are no one's: orders, tickets, amounts, times, dates,
	// versions, quantities, flights.
	{"number", []string{"C: My order number is 4471 and it still hasn't shipped."}},
	{"number", []string{"A: Your ticket number is 58213, please keep it."}},
	{"number", []string{"A: The reference for this call is 7730."}},
	{"number", []string{"C: The total was $1,249.99 with tax."}},
	{"number", []string{"C: It was two hundred and fifty dollars, not three hundred."}},
	{"number", []string{"C: I called at 3:45 this afternoon."}},
	{"number", []string{"C: The appointment is at ten thirty on the fourteenth."}},
	{"number", []string{"C: It happened on March 3rd, 2023."}},
	{"number", []string{"C: The app says version 4.2.1 is installed."}},
	{"number", []string{"C: We ordered 24 boxes but only 18 came."}},
	{"number", []string{"C: I'm on flight 1142 to Denver."}},
	{"number", []string{"C: My flight is Delta 2286, landing at six."}},
	{"number", []string{"C: The room was 312, on the third floor."}},
	{"number", []string{"C: The interest went up to 7.5 percent."}},
	{"number", []string{"C: I've been a customer since 1998."}},
	{"number", []string{"C: It weighs about 40 pounds."}},
	{"number", []string{"C: The error code on the screen is E 52."}},
	{"number", []string{"C: Item number 30 in the catalogue is the one I want."}},
	{"number", []string{"C: We need 150 chairs for the event."}},
	{"number", []string{"C: The bill was fifteen hundred last month."}},
	{"number", []string{"C: The store opens at nine and closes at nine thirty."}},
	{"number", []string{"C: The model number on the sticker is KX 4400."}},
	{"number", []string{"C: The tracking says the truck left at 6 am on the 12th."}},
	{"number", []string{"C: My tab shows 3 of 5 payments made."}},

	// Real PII of the same shapes, which must still be found.
	{"pii", []string{"C: [PERSON Austin] called me about it yesterday."}},
	{"pii", []string{"C: Tell [PERSON Jackson] I said hi."}},
	{"pii", []string{"C: [PERSON Charlotte] from your billing team told me it was fixed."}},
	{"pii", []string{"C: My daughter [PERSON Madison] set up the account."}},
	{"pii", []string{"A: Thanks for holding, [PERSON Wendy.]"}},
	{"pii", []string{"C: Hi, this is [PERSON Wendy Carter] calling about my bill."}},
	{"pii", []string{"C: I spoke to [PERSON Joe] on Monday and he said it would ship."}},
	{"pii", []string{"C: My name is [PERSON Jimmy Johnson.]"}},
	{"pii", []string{"A: Can I have your name please?", "C: [PERSON Florence Hale.]"}},
	{"pii", []string{"C: My husband [PERSON Lincoln] is the account holder."}},
	{"pii", []string{"C: I'm calling for my mother, [PERSON Victoria Sherman.]"}},
	{"pii", []string{"C: [PERSON Eugene] in your tech support team helped me."}},
	{"pii", []string{"C: You can ask for [PERSON Kennedy,] she's my wife."}},
	{"pii", []string{"C: This is [PERSON Dale Jefferson,] I have a question."}},
	{"pii", []string{"A: You're speaking with [PERSON Camden,] how can I help?"}},
	{"pii", []string{"C: My son [PERSON Columbus] is on the plan too."}},
	{"pii", []string{"A: I'll pass this to my colleague [PERSON Martin.]"}},
	{"pii", []string{"C: [PERSON Sam] from the store said you'd call me."}},
	{"pii", []string{"C: My neighbour [PERSON Jerry] signed for it."}},
	{"pii", []string{"C: Yes, [PERSON Ben] is my son, he's on the account."}},
	{"pii", []string{"C: I'm [PERSON Dallas Moore,] calling about the claim."}},
	{"pii", []string{"A: Is this [PERSON Mr. Tahoe?]", "C: Yes, speaking."}},
	{"pii", []string{"C: Please put the order under [PERSON Georgia Banks.]"}},
	{"pii", []string{"C: Thanks [PERSON Sherman,] have a good one."}},
	{"pii", []string{"C: [PERSON Paris] said she'd email me the form."}},
	{"pii", []string{"A: I'm transferring you to [PERSON Devon] in claims."}},
	{"pii", []string{"C: Send it to my sister, [PERSON Brooklyn Hayes.]"}},
	{"pii", []string{"C: My manager, [PERSON Phoenix Reid,] approved it."}},
	{"pii", []string{"C: I was helped by [PERSON Chase] at the front desk."}},
	{"pii", []string{"C: Oh, and [PERSON Dakota] wants to add a line."}},
	{"pii", []string{"C: I live at [ADDRESS 1420 Martin Luther King Boulevard.]"}},
	{"pii", []string{"C: My address is [ADDRESS 88 Washington Street,] [ADDRESS Apartment 4.]"}},
	{"pii", []string{"C: Ship it to [ADDRESS 215 Jefferson Avenue, Charlotte.]"}},
	{"pii", []string{"C: I'm at [ADDRESS 9 Lincoln Road] in Austin."}},
	{"pii", []string{"C: My phone number is [PHONE 704 555 0142.]"}},
	{"pii", []string{"C: You can call me back at [PHONE 512-555-0187.]"}},
	{"pii", []string{"C: My account number is [ACCOUNT 4471 0298 3316.]"}},
	{"pii", []string{"C: My date of birth is [DOB March 3rd, 1980.]"}},
	{"pii", []string{"C: The ZIP code is [ZIP 28202.]"}},
	{"pii", []string{"C: My email is [EMAIL madison.lee@example.com.]"}},
	{"pii", []string{"C: The last four of my social are [SSN 4471.]"}},
	{"pii", []string{"C: My card number is [CARD 4111 1111 1111 1111.]"}},
	{"pii", []string{"C: Tell [PERSON Austin] and [PERSON Jackson] the meeting moved."}},
	{"pii", []string{"C: My cousin [PERSON Joe] works at Trader Joe's."}},
	{"pii", []string{"C: My wife [PERSON Wendy] loves Wendy's."}},
}

// scoreHNProbe is what Find does on hnProbe in one style, with unmarked
// words counted per case kind: "business", "product", "place", "event",
// "street", "number", or "pii" for a line whose marked words must be found.
func scoreHNProbe(t *testing.T, lower bool) lowerProbeScore {
	t.Helper()
	return scoreKindedProbeCases(t, hnProbe, lower)
}

// TestFind_HardNegativeProbe measures Find on hnProbe, cased and lowercase,
// and holds the figures reached: the share of marked entities found and
// the unmarked words flagged. On main before hn16 (3bafd5f): cased 38/47
// found, 21 of 1218 unmarked words flagged (11 of 116 look-alike calls);
// lowercase 37/47, 7 (4 calls). After names_hn16.go: cased 38/47, 4 (2
// calls); lowercase 37/47, 2 (1 call). (Since addr16 takes a town
// ending the sentence into the address, the probe marks "Charlotte" of
// "215 Jefferson Avenue, Charlotte" as the address's: 1217 unmarked words
// since.) The misses are names that are
// places said with no cue ("Austin called me", "Tell Jackson I said
// hi"), as before. REDACT_PROBE_VERBOSE=1 lists every miss and extra
// finding.
func TestFind_HardNegativeProbe(t *testing.T) {
	floors := map[bool]struct {
		recall  float64
		flagged int
	}{false: {0.80, 4}, true: {0.78, 2}}
	for _, lower := range []bool{false, true} {
		s := scoreHNProbe(t, lower)
		var kinds []string
		for k := range s.wordsByKind {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		var kb strings.Builder
		for _, k := range kinds {
			fmt.Fprintf(&kb, " %s %d/%d;", k, s.flaggedByKind[k], s.wordsByKind[k])
		}
		t.Logf("lower=%v found %d/%d = %.3f; unmarked words flagged %d/%d = %.2f %% (%s); look-alike cases flagged %d/%d",
			lower, s.found, s.names, float64(s.found)/float64(s.names), s.flagged, s.words,
			100*float64(s.flagged)/float64(s.words), kb.String(), s.negs, s.negatives)
		if os.Getenv("REDACT_PROBE_VERBOSE") != "" {
			for _, m := range append(s.misses, s.extras...) {
				t.Logf("lower=%v %s", lower, m)
			}
		}
		f := floors[lower]
		if float64(s.found)/float64(s.names) < f.recall || s.flagged > f.flagged {
			t.Errorf("lower=%v: found %d/%d under %.3f or %d words flagged, over %d", lower, s.found, s.names, f.recall, s.flagged, f.flagged)
		}
	}
}
