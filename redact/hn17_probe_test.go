package redact_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// hn17Probe is speech written in session 15 (task hn17) before any dev
// result was read: call-centre, clinic, retail and logistics talk full of
// look-alikes of every type that must stay unflagged (order, ticket and
// case numbers said next to phone cues, model and part numbers, prices,
// times, dates that are no birth dates, quantities read as digits, room,
// gate and flight numbers, products and shops that are first names,
// streets named as landmarks, "Main Street" as a shop), and lines of the
// same shapes that hold the caller's PII, which must still be found
// (addresses spoken and written in the forms peers' suites use: unit
// before the number, "#", PO boxes, rural routes, ZIP+4). A: is the agent
// on channel 0, C: the caller on channel 1.
var hn17Probe = []probeCase{
	// Call centre: numbers near phone and account cues that are no one's.
	{"callcentre", []string{"A: Before I forget, your case number is 662041, you can quote that if you call back."}},
	{"callcentre", []string{"C: I called your number twice, ticket 88213 both times."}},
	{"callcentre", []string{"A: If you phone in again, the reference is 307195."}},
	{"callcentre", []string{"C: The phone rang at 8:15 and again at 8:40."}},
	{"callcentre", []string{"A: Press 2 for billing, or 3 for technical support."}},
	{"callcentre", []string{"A: Our hours are 9 to 5, Monday through Friday."}},
	{"callcentre", []string{"C: I've been on hold for 45 minutes already."}},
	{"callcentre", []string{"A: This call may be recorded, it's about 3 minutes so far."}},
	{"callcentre", []string{"C: The phone I bought was 799 dollars."}},
	{"callcentre", []string{"A: The plan is 35 a month for 2 lines."}},
	{"callcentre", []string{"C: My bill went from 62.40 to 118.75 this cycle."}},
	{"callcentre", []string{"A: Your confirmation code is 4 4 7 1, that's for the refund only."}},
	{"callcentre", []string{"C: The promo code was SAVE 20 and it didn't apply."}},
	{"callcentre", []string{"A: I'm going to escalate it, that's tier 2, they answer within 48 hours."}},
	{"callcentre", []string{"C: I got a text from 2 2 3 9 5, is that you guys?"}},
	{"callcentre", []string{"A: The outage started at 2 pm and affects about 1200 customers."}},
	{"callcentre", []string{"C: My contract ends on June 30th, 2027."}},
	{"callcentre", []string{"A: The credit of 15 dollars will show on your next statement, around the 12th."}},
	{"callcentre", []string{"C: I've had this number since 2009."}},
	{"callcentre", []string{"A: I see 3 devices on the account and 1 tablet."}},
	{"callcentre", []string{"C: The router's model is AX 3000, the black one."}},
	{"callcentre", []string{"A: Please restart it and wait 30 seconds."}},
	{"callcentre", []string{"C: Error 651 keeps popping up on the screen."}},
	{"callcentre", []string{"A: Your speed should be 500 megabits, you're getting 92."}},
	{"callcentre", []string{"C: Channel 204 and channel 511 are both black."}},
	{"callcentre", []string{"A: The technician comes between 10 and 12 on Thursday."}},
	{"callcentre", []string{"C: I have Will on the line with me, my lawyer, is that all right?"}},
	{"callcentre", []string{"A: Will that be all for today?"}},
	{"callcentre", []string{"C: Can you mark it as urgent? I'll bill it to the company."}},
	{"callcentre", []string{"A: I hope that helps, and have a good summer."}},
	{"callcentre", []string{"C: The grace period was supposed to be ten days."}},
	{"callcentre", []string{"A: Let me transfer you to the Sterling team, they handle premium accounts."}},
	{"callcentre", []string{"C: I'm calling about the Chase transfer from last week."}},
	{"callcentre", []string{"A: The phone line for claims is open until eight."}},
	{"callcentre", []string{"C: My number ends up on every spam list, it's ridiculous."}},
	{"callcentre", []string{"A: The fee was twenty nine ninety nine and I've waived it."}},
	{"callcentre", []string{"C: It was eleven forty when the line went dead."}},
	{"callcentre", []string{"A: You have 2 open tickets, 51877 and 51902."}},
	// Clinic: rooms, doses, appointment dates, doctors' offices as places.
	{"clinic", []string{"A: Your appointment is on March 14th at 10:30 in room 212."}},
	{"clinic", []string{"C: The doctor said to take 500 milligrams twice a day."}},
	{"clinic", []string{"A: Please arrive 15 minutes early and check in on floor 3."}},
	{"clinic", []string{"C: My blood pressure was 128 over 84 this morning."}},
	{"clinic", []string{"A: The lab opens at 7 and the fasting test needs 12 hours."}},
	{"clinic", []string{"C: I was seen on the 2nd of May for the same thing."}},
	{"clinic", []string{"A: Your copay is 25 dollars and the deductible is 1500."}},
	{"clinic", []string{"C: The prescription is for 90 tablets, 3 refills."}},
	{"clinic", []string{"A: Go to suite 400 on the fourth floor, the Mercy building."}},
	{"clinic", []string{"C: The pharmacy on Elm is closed on Sundays."}},
	{"clinic", []string{"A: The referral is valid for 60 days from January 9th."}},
	{"clinic", []string{"C: My temperature hit 101 last night."}},
	{"clinic", []string{"A: Dr. Office hours are from 8 to 4, the urgent care is open 24 hours."}},
	{"clinic", []string{"C: I weigh about 180 pounds now, down from 195."}},
	{"clinic", []string{"A: The vaccine is a 2 dose series, 28 days apart."}},
	{"clinic", []string{"C: Bed 14 on the second floor, that's where my dad was."}},
	{"clinic", []string{"A: The MRI is booked for Friday the 21st at 2:45."}},
	{"clinic", []string{"C: I took two Advil and an Aleve, around 6."}},
	{"clinic", []string{"A: The St. Mary's campus is the one past the highway."}},
	{"clinic", []string{"C: The invoice says 340 for the x-ray and 75 for the visit."}},
	{"clinic", []string{"A: Your next shot is due in October, around the 10th."}},
	{"clinic", []string{"C: It started about 3 weeks ago, maybe 4."}},
	{"clinic", []string{"A: Park in lot B, level 2, and take elevator 5."}},
	{"clinic", []string{"C: The form asks for my height, five foot nine."}},
	{"clinic", []string{"A: Extension 3 is the nurse line, extension 4 is billing."}},
	{"clinic", []string{"C: I saw the notice on the Grace Hospital website."}},
	{"clinic", []string{"A: The results take 5 to 7 business days."}},
	{"clinic", []string{"C: My insulin pen holds 300 units."}},
	{"clinic", []string{"A: Walk past Jefferson Hall and the clinic is on your left."}},
	{"clinic", []string{"C: The waiting room was full, maybe 40 people."}},
	// Retail: products that are names, shops, prices, sizes, models.
	{"retail", []string{"C: I bought the Florence sofa in grey, the three seater."}},
	{"retail", []string{"C: The Harper lamp arrived with a cracked shade."}},
	{"retail", []string{"A: The Jasper bookshelf is back in stock next week."}},
	{"retail", []string{"C: I wanted the Olivia dress in a size 8, not a 10."}},
	{"retail", []string{"A: The Milo stroller comes in 2 colours."}},
	{"retail", []string{"C: I got it at Main Street Hardware, the shop by the bank."}},
	{"retail", []string{"C: Main Street Pharmacy filled it for me."}},
	{"retail", []string{"A: The item is SKU 448 213, the blue one."}},
	{"retail", []string{"C: The TV was 1,299 and it's 999 now."}},
	{"retail", []string{"A: You can return it within 30 days with the receipt."}},
	{"retail", []string{"C: Shoe size 11, wide, the Sullivan boot."}},
	{"retail", []string{"A: That model is the XR 550, the older one is the XR 500."}},
	{"retail", []string{"C: I ordered 12 cans of paint and got 10."}},
	{"retail", []string{"A: The gift card balance is 47.18."}},
	{"retail", []string{"C: I used the 20 percent off coupon, code SPRING 24."}},
	{"retail", []string{"A: We have the Camille chair in oak and walnut."}},
	{"retail", []string{"C: The Marcus Kitchen mixer is the one I want."}},
	{"retail", []string{"A: It's aisle 14, next to the garden centre."}},
	{"retail", []string{"C: The charge says Victoria's Secret, I didn't buy anything there."}},
	{"retail", []string{"A: The warranty is 2 years, or 3 with the extension."}},
	{"retail", []string{"C: I bought a pack of 6 and it's 5.99 a pack."}},
	{"retail", []string{"A: Your points balance is 2,450, enough for a 20 dollar reward."}},
	{"retail", []string{"C: The Eleanor mattress, queen size, 12 inch."}},
	{"retail", []string{"A: The sale ends on the 31st at midnight."}},
	{"retail", []string{"C: The receipt is from register 7, transaction 0419."}},
	{"retail", []string{"A: I can offer you the Dean jacket instead, same price."}},
	{"retail", []string{"C: My order number is 7 7 0 4 2 1 and my phone is dead so I'm calling from work."}},
	{"retail", []string{"A: The Austin table seats 6, the Denver seats 8."}},
	{"retail", []string{"C: Our shop on Church Street sold out of them."}},
	{"retail", []string{"A: It's 3 for 10 dollars this week only."}},
	{"retail", []string{"C: The box says 1080p and 60 hertz."}},
	{"retail", []string{"A: The store on King Street opens at 10 on Sundays."}},
	// Logistics: tracking, flights, gates, docks, weights, routes.
	{"logistics", []string{"C: My tracking number is 1Z 999 AA1 and it says delayed."}},
	{"logistics", []string{"A: The parcel left the depot at 6:20 this morning."}},
	{"logistics", []string{"C: I'm on flight 372 to Boston, gate 14."}},
	{"logistics", []string{"A: The driver is on route 9, about 12 stops away."}},
	{"logistics", []string{"C: The pallet weighs 600 kilos, 2 pallets in all."}},
	{"logistics", []string{"A: Dock 4 is for returns, dock 6 for outgoing."}},
	{"logistics", []string{"C: The box was 40 by 30 by 20 centimetres."}},
	{"logistics", []string{"A: Delivery window is 1 to 3 pm on the 18th."}},
	{"logistics", []string{"C: It's stuck at the hub in Memphis since Tuesday."}},
	{"logistics", []string{"A: Your shipment is 3 of 4 parcels, the last one is on truck 27."}},
	{"logistics", []string{"C: The courier left it by the Lincoln statue, in the square."}},
	{"logistics", []string{"A: Turn off at exit 42 and the warehouse is past Walnut Street."}},
	{"logistics", []string{"C: The train was the 5:52, platform 2."}},
	{"logistics", []string{"A: Seat 23 C is confirmed on your return."}},
	{"logistics", []string{"C: The driver said he'd be there in 10 minutes, that was an hour ago."}},
	{"logistics", []string{"A: Container 7 has 220 cartons."}},
	{"logistics", []string{"C: I'm parked near the Washington Avenue bridge, by the river."}},
	{"logistics", []string{"A: The van holds about 1,400 pounds."}},
	{"logistics", []string{"C: We're the blue building past Main Street, you can't miss it."}},
	{"logistics", []string{"A: The pickup code is 5 5 1 8 and it expires in 7 days."}},
	{"logistics", []string{"C: Locker 19 wouldn't open with the code."}},
	{"logistics", []string{"A: Bus 61 stops right at the corner of Oak and Fifth."}},
	{"logistics", []string{"C: The order was placed on April 2nd and shipped on the 5th."}},
	{"logistics", []string{"A: Your bag is tagged 0016 44 and it's on the next flight."}},
	{"logistics", []string{"C: The movers charged 85 an hour for 3 guys."}},
	{"logistics", []string{"A: The ferry at 4:15 is the last one tonight."}},
	{"logistics", []string{"C: They delivered it to the Hilton on Grand Avenue by mistake."}},
	{"logistics", []string{"A: Take the 101 north for about 20 miles."}},
	{"logistics", []string{"C: Route 66 is closed past mile marker 12."}},
	{"logistics", []string{"A: The depot on Harrison Road handles the whole county."}},
	{"logistics", []string{"C: I need 2 boxes shipped to the store, not to my home."}},
	{"logistics", []string{"A: That's 14 pounds 6 ounces, so 22 dollars 80 to ship."}},

	// Real PII of the same shapes, which must still be found.
	{"pii", []string{"A: What's the best number to reach you?", "C: It's [PHONE 614 555 0193.]"}},
	{"pii", []string{"C: Call me back on [PHONE 312-555-0148,] my case number is 662041."}},
	{"pii", []string{"C: My cell is [PHONE 917 555 0116] but I'm in room 212 all day."}},
	{"pii", []string{"C: My account number is [ACCOUNT 30715 52264.]"}},
	{"pii", []string{"C: My date of birth is [DOB March 14th, 1962.]"}},
	{"pii", []string{"A: And your birthday?", "C: [DOB May 2nd, 1979.]"}},
	{"pii", []string{"C: My email is [EMAIL florence.harper@example.org.]"}},
	{"pii", []string{"C: My social is [SSN 078-05-1120.]"}},
	{"pii", []string{"C: The card number is [CARD 4111 1111 1111 1111.]"}},
	{"pii", []string{"C: My name is [PERSON Olivia Sullivan.]"}},
	{"pii", []string{"C: This is [PERSON Marcus Dean] calling about an order."}},
	{"pii", []string{"A: Thanks, [PERSON Eleanor,] I'll look into it."}},
	{"pii", []string{"C: My wife [PERSON Harper] placed the order."}},
	{"pii", []string{"A: You're speaking with [PERSON Jasper,] how can I help?"}},
	{"pii", []string{"C: Please ask for [PERSON Dr. Camille Ortiz] at the front desk."}},
	{"pii", []string{"C: I live at [ADDRESS 412 Main Street.]"}},
	{"pii", []string{"C: My address is [ADDRESS 27 Church Street, Apartment 5.]"}},
	{"pii", []string{"C: Deliver it to [ADDRESS 1830 Walnut Street,] [ZIP 19103.]"}},
	{"pii", []string{"C: It's [ADDRESS Unit 4, 60 Harrison Road.]"}},
	{"pii", []string{"C: The address is [ADDRESS 15 King Street # 2.]"}},
	{"pii", []string{"C: Send it to [ADDRESS P.O. Box 4471,] Springfield."}},
	{"pii", []string{"C: Mail goes to [ADDRESS PO Box 238] in Dayton."}},
	{"pii", []string{"C: We're on [ADDRESS Rural Route 2, Box 19.]"}},
	{"pii", []string{"C: I'm at [ADDRESS 901 Grand Avenue, Suite 300.]"}},
	{"pii", []string{"C: My home address is [ADDRESS 77 Washington Avenue, Albany, New York] [ZIP 12210-2231.]"}},
	{"pii", []string{"C: My zip is [ZIP 60614-3321.]"}},
	{"pii", []string{"C: Ship it to [ADDRESS 3 Elm Court] please."}},
	{"pii", []string{"C: My address is [ADDRESS four twelve Juniper Court.]"}},
	{"pii", []string{"C: It's [ADDRESS apartment four B, two eighty Oak Street.]"}},
	{"pii", []string{"C: I'm at [ADDRESS 2045 North Highway 360, Suite 250.]"}},
	{"pii", []string{"C: We moved to [ADDRESS 18 Lincoln Road, Boston.]"}},
	{"pii", []string{"C: Our office is [ADDRESS 500 Jefferson Hall Drive.]"}},
	{"pii", []string{"C: The delivery address is [ADDRESS 44 Mercy Lane,] [ZIP 30301.]"}},
	{"pii", []string{"C: My member ID is [ACCOUNT W 4471 9902.]"}},
	{"pii", []string{"C: The last four of my social are [SSN 1120.]"}},
	{"pii", []string{"C: My number is [PHONE 555 0142,] no area code."}},
	{"pii", []string{"C: You can reach me at [PHONE 212 555 0171 extension 4,] that is my desk."}},
	{"pii", []string{"C: I'm [PERSON Milo Brandt,] the account holder."}},
	{"pii", []string{"C: My son [PERSON Austin] is on the plan."}},
	{"pii", []string{"A: Can I get your name please?", "C: Sure, it's [PERSON Denver Cole.]"}},
	{"pii", []string{"C: Yes, [PERSON Florence] is my mother."}},
	{"pii", []string{"C: The order is under [PERSON Marcus Kitchen.]"}},
	{"pii", []string{"C: I was born on [DOB the 9th of June, 1971.]"}},
	{"pii", []string{"C: My email is [EMAIL jasper underscore lee 42 at gmail dot com.]"}},
	{"pii", []string{"C: My policy number is [ACCOUNT 88213 4471.]"}},
	{"pii", []string{"C: I live at [ADDRESS 9 Sterling Place, Brooklyn.]"}},
}

// TestFind_HN17Probe measures Find on hn17Probe, cased and lowercase, and
// holds the figures reached. On main before hn17 (a79b51b): cased 45/49
// found, 7 of 1481 unmarked words flagged (4 of 132 look-alike calls);
// lowercase 44/49, 3 (2). After: cased 48/49, 5 (3); lowercase 47/49, 3
// (2). Left: a surname that is a business word ("Marcus Kitchen"), "this
// is marcus dean" in lowercase (a title word), "Sterling team",
// "Jefferson Hall", "suite 400" in the agent's directions and a lowercase
// "victoria's secret". REDACT_PROBE_VERBOSE=1 lists every miss and extra
// finding.
func TestFind_HN17Probe(t *testing.T) {
	checkKindedProbe(t, hn17Probe, map[bool]nameProbeFloor{false: {0.97, 5}, true: {0.95, 3}})
}

// checkKindedProbe scores a probe with case kinds in both styles, logs
// its figures (found, unmarked words flagged per kind; with
// REDACT_PROBE_VERBOSE set, every miss and extra finding) and fails where
// a style falls under its floor.
func checkKindedProbe(t *testing.T, cases []probeCase, floors map[bool]nameProbeFloor) {
	t.Helper()
	for _, lower := range []bool{false, true} {
		s := scoreKindedProbeCases(t, cases, lower)
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
