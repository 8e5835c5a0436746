package redact_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
)

// droprecall19Probe is speech written in session 17 (task droprecall19)
// before any miss of an evaluation set was read. Session 16's drops
// (hn18_things.go, hn18b_firms.go, and the older brand, firm, place and
// eponym drops) remove PERSON findings that look like things, firms or
// places. The "person" cases are real people who bear such a name in a
// plainly personal context: first names that are brands, drinks, dishes,
// towns, states or storms ("my daughter Chanel", "Katrina from billing",
// "tell Dallas"), surnames that are firms or drinks ("Greg Walton",
// "Mr. Busch"), with a relative, a title, a vocative, a pronoun after, or
// a first name before. The other kinds are look-alikes where the same
// words are not people (a car, a hotel, a drink, a dish, a town, a storm,
// a team, a firm), which the drops exist for. A: is the agent on channel
// 0, C: the caller on channel 1. Cased and lowercase (checkKindedProbe).
var droprecall19Probe = []probeCase{
	// People who bear a brand, drink, dish, place or storm name.
	{"person", []string{"C: My neighbour [PERSON Mercedes Ortiz] called about the fence."}},
	{"person", []string{"C: Ask [PERSON Dallas] about the invoice, she handles it."}},
	{"person", []string{"C: [PERSON Georgia] said she'd sign it tonight."}},
	{"person", []string{"C: [PERSON Tom Collins] is my landlord, he has the keys."}},
	{"person", []string{"C: Tell [PERSON Jack Daniels] I'm running late."}},
	{"person", []string{"C: [PERSON Ford Hale] from accounts sent me the statement."}},
	{"person", []string{"C: My daughter [PERSON Chanel] set up the account."}},
	{"person", []string{"C: [PERSON Porsche] is my niece, she's on the plan too."}},
	{"person", []string{"C: I spoke to [PERSON Brandy] at the front desk and she said it was fine."}},
	{"person", []string{"C: My aunt [PERSON Sherry] is the one who pays the bill."}},
	{"person", []string{"C: [PERSON Paris] told me she mailed the check."}},
	{"person", []string{"C: Our son [PERSON Austin] broke the screen."}},
	{"person", []string{"C: [PERSON Denver] is my brother, he'll call you back."}},
	{"person", []string{"C: My wife [PERSON Sydney] opened the account in her name."}},
	{"person", []string{"C: [PERSON Chelsea] from the clinic left me a voicemail."}},
	{"person", []string{"C: Hi [PERSON Chelsea,] it's your mom, call me back."}},
	{"person", []string{"C: [PERSON Katrina] from billing said the late fee was waived."}},
	{"person", []string{"C: I talked to [PERSON Katrina] yesterday and she was really helpful."}},
	{"person", []string{"C: Can you transfer me to [PERSON Sandy] in payroll?"}},
	{"person", []string{"C: [PERSON Sandy] said she'd email the receipt."}},
	{"person", []string{"C: My mother [PERSON Ida] is ninety and lives alone."}},
	{"person", []string{"C: [PERSON Harvey] is my husband, he's on the lease."}},
	{"person", []string{"C: My uncle [PERSON Harvey] will bring the paperwork."}},
	{"person", []string{"C: [PERSON Irma] at the pharmacy told me to call you."}},
	{"person", []string{"C: My grandmother [PERSON Maria] needs the ride on Tuesday."}},
	{"person", []string{"C: [PERSON Ian] from the office dropped it off."}},
	{"person", []string{"C: My coworker [PERSON Rita] recommended you guys."}},
	{"person", []string{"C: [PERSON Florence] is my sister and she's the co-signer."}},
	{"person", []string{"C: My cousin [PERSON Camille] lives upstairs."}},
	{"person", []string{"C: [PERSON Mr. Dell] signed for the package."}},
	{"person", []string{"C: I'm calling for [PERSON Martin Dell,] he's my father."}},
	{"person", []string{"C: [PERSON Karen Hilton] is my supervisor."}},
	{"person", []string{"C: Please send it to [PERSON Paul Kellogg,] he's our treasurer."}},
	{"person", []string{"C: [PERSON Mrs. Marriott] was my teacher for years."}},
	{"person", []string{"C: My landlord is [PERSON Greg Walton.]"}},
	{"person", []string{"C: [PERSON Sam Walton] from next door saw the truck."}},
	{"person", []string{"C: I was helped by [PERSON Linda Disney] last time."}},
	{"person", []string{"C: [PERSON Dr. Heinz] referred me to you."}},
	{"person", []string{"C: My brother-in-law [PERSON Eric Boeing] fixed it for me."}},
	{"person", []string{"C: [PERSON Wendy] said she'd pick up the kids."}},
	{"person", []string{"C: My friend [PERSON Wendy] owes me money."}},
	{"person", []string{"C: Hi, this is [PERSON Wendy Marsh] calling back."}},
	{"person", []string{"C: [PERSON Hershey] is my stepdaughter, she's seventeen."}},
	{"person", []string{"C: Tell [PERSON Cadillac] I said hi, he's my cousin."}},
	{"person", []string{"C: My nephew [PERSON Bentley] turned four yesterday."}},
	{"person", []string{"C: [PERSON Harley] is my son and he needs the forms."}},
	{"person", []string{"C: Our babysitter [PERSON Tiffany] has a spare key."}},
	{"person", []string{"C: [PERSON Tiffany] called me this morning about the rent."}},
	{"person", []string{"C: My granddaughter [PERSON Lexus] is staying with us."}},
	{"person", []string{"C: [PERSON Tesla] is my daughter's name, she's on the policy."}},
	{"person", []string{"C: My boss [PERSON Mercedes] approved the leave."}},
	{"person", []string{"C: [PERSON Mercedes] called and said the payment bounced."}},
	{"person", []string{"C: Ask [PERSON Mercedes] if she wants to come."}},
	{"person", []string{"C: [PERSON Brandy Nolan] is my case worker."}},
	{"person", []string{"C: My sister [PERSON Brandy] moved in last month."}},
	{"person", []string{"C: [PERSON Sherry Baker] from the school phoned me."}},
	{"person", []string{"C: I'll have [PERSON Sherry] call you tomorrow."}},
	{"person", []string{"C: [PERSON Jack Daniels] is my neighbour, he has a truck."}},
	{"person", []string{"C: My stepfather is [PERSON Jim Beam,] believe it or not."}},
	{"person", []string{"C: [PERSON Johnnie Walker] from the union called me."}},
	{"person", []string{"C: I know a guy, [PERSON Tom Collins,] who does roofs."}},
	{"person", []string{"C: My supervisor [PERSON Shirley Temple] signed the form."}},
	{"person", []string{"C: [PERSON Arnold Palmer] lives two doors down from me, no relation."}},
	{"person", []string{"C: Yes, my grandfather was [PERSON Earl Grey,] he passed last year."}},
	{"person", []string{"C: [PERSON Caesar] is my husband, he works nights."}},
	{"person", []string{"C: My son [PERSON Caesar] needs a new card."}},
	{"person", []string{"C: [PERSON Benedict] from the parish called me back."}},
	{"person", []string{"C: My brother [PERSON Reuben] drove me to the appointment."}},
	{"person", []string{"C: [PERSON Reuben] said he'd send the deposit."}},
	{"person", []string{"C: Please tell [PERSON Alfredo] I got the letter."}},
	{"person", []string{"C: [PERSON Alfredo] is my son-in-law."}},
	{"person", []string{"C: Our neighbour [PERSON Margherita] waters the plants."}},
	{"person", []string{"C: [PERSON Mr. Cobb] from the bank called me."}},
	{"person", []string{"C: [PERSON Dakota] is my grandson, he's in college."}},
	{"person", []string{"C: My daughter [PERSON Savannah] has the other phone."}},
	{"person", []string{"C: [PERSON Savannah] told me you'd call."}},
	{"person", []string{"C: Ask [PERSON Phoenix] for the code, he set it up."}},
	{"person", []string{"C: My son [PERSON Phoenix] is nine."}},
	{"person", []string{"C: [PERSON Brooklyn] is my youngest, she's on my plan."}},
	{"person", []string{"C: [PERSON Madison] from the leasing office emailed me."}},
	{"person", []string{"C: My daughter [PERSON Madison] is at college in Ohio."}},
	{"person", []string{"C: [PERSON Jackson] said he'd fix the gate."}},
	{"person", []string{"C: My oldest, [PERSON Jackson,] needs the login."}},
	{"person", []string{"C: [PERSON Charlotte] said she already paid."}},
	{"person", []string{"C: My wife [PERSON Charlotte] handles the bills."}},
	{"person", []string{"C: [PERSON Victoria] from human resources gave me this number."}},
	{"person", []string{"C: My mother-in-law [PERSON Victoria] is visiting."}},
	{"person", []string{"C: [PERSON Houston] is my nephew, he drives the van."}},
	{"person", []string{"C: [PERSON Tyler] said he'd be home at six."}},
	{"person", []string{"C: I'll ask [PERSON Lincoln] when he gets back."}},
	{"person", []string{"C: My son [PERSON Lincoln] lost his phone."}},
	{"person", []string{"C: [PERSON Chester] is my dad and he's hard of hearing."}},
	{"person", []string{"C: [PERSON Troy] from maintenance came by."}},
	{"person", []string{"C: My ex-husband [PERSON Troy] still has the card."}},
	{"person", []string{"C: [PERSON Marion] said she'd be at the meeting."}},
	{"person", []string{"C: [PERSON Augusta] is my great-aunt."}},
	{"person", []string{"C: [PERSON Raleigh] is our son, he's twelve."}},
	{"person", []string{"C: [PERSON Carolina] from the dentist's office called."}},
	{"person", []string{"C: My wife [PERSON Virginia] will be on the call too."}},
	{"person", []string{"C: [PERSON Virginia] said she already signed."}},
	{"person", []string{"C: [PERSON Montana] is my roommate."}},
	{"person", []string{"C: [PERSON Aurora] said she'd drop off the form."}},
	{"person", []string{"C: My daughter [PERSON Sierra] uses the tablet."}},
	{"person", []string{"C: [PERSON Cheyenne] from the front office helped me."}},
	{"person", []string{"C: [PERSON Jordan] said he'd call the plumber."}},
	{"person", []string{"C: My sister-in-law [PERSON Adelaide] cosigned."}},
	{"person", []string{"C: [PERSON Regina] is my manager, she approved it."}},
	{"person", []string{"C: [PERSON Sofia] told me to call this number."}},
	{"person", []string{"C: My granddaughter [PERSON Vienna] turned six."}},
	{"person", []string{"C: [PERSON Geneva] is my mother's name."}},
	{"person", []string{"C: [PERSON Hamilton] from the warehouse called me."}},
	{"person", []string{"C: [PERSON Shelby] said the car is ready."}},
	{"person", []string{"C: My niece [PERSON Paisley] is staying with me."}},
	{"person", []string{"C: [PERSON Beverly] at the front desk said you'd help."}},
	{"person", []string{"C: My friend [PERSON Lafayette] drove me here."}},
	{"person", []string{"C: [PERSON Kent] from the office will email you."}},
	{"person", []string{"C: [PERSON India] is my daughter, she's home today."}},
	{"person", []string{"C: [PERSON Israel] from maintenance fixed the sink."}},
	{"person", []string{"C: [PERSON Kellogg] and his wife rent the basement."}},
	{"person", []string{"C: [PERSON Dell] called and said the check cleared."}},
	{"person", []string{"C: [PERSON Mrs. Hilton] from the school is on the line."}},
	{"person", []string{"C: [PERSON Chase] is my son, he's sixteen."}},
	{"person", []string{"C: Tell [PERSON Chase] dinner is at seven."}},
	{"person", []string{"C: [PERSON Morgan] from the agency said she'd email it."}},
	{"person", []string{"C: My sister [PERSON Morgan] has power of attorney."}},
	{"person", []string{"C: [PERSON Wells] is my stepfather's name."}},
	{"person", []string{"C: [PERSON Mr. Schwab] is our accountant."}},
	{"person", []string{"C: [PERSON Dodge] is my brother's nickname, he's the one who called."}},
	{"person", []string{"C: My cousin [PERSON Harley Davidson] works at the garage."}},
	{"person", []string{"C: [PERSON Hyatt] is my neighbour's boy, he mows the lawn."}},
	{"person", []string{"C: [PERSON Merrill] from church gave me a ride."}},
	{"person", []string{"C: [PERSON Lynch] said he'd bring the ladder, our super."}},
	{"person", []string{"C: [PERSON Mr. Campbell] is my landlord."}},
	{"person", []string{"C: [PERSON Tyson] is my son, he plays football."}},
	{"person", []string{"C: My friend [PERSON Dole] helped me move."}},
	{"person", []string{"C: [PERSON Guinness] is my uncle's last name, [PERSON Pat Guinness.]"}},
	{"person", []string{"C: [PERSON Stella] from the nursing home called."}},
	{"person", []string{"C: My aunt [PERSON Stella] needs a ride."}},
	{"person", []string{"C: [PERSON Corona] is my daughter's married name, [PERSON Anna Corona.]"}},
	{"person", []string{"C: [PERSON Mr. Busch] upstairs heard the alarm."}},
	{"person", []string{"C: [PERSON Coors] is my grandfather's name."}},
	{"person", []string{"C: I'm calling on behalf of my father, [PERSON Walter Heinz.]"}},
	{"person", []string{"C: The account holder is [PERSON Donna Marriott.]"}},
	{"person", []string{"C: [PERSON Jasmine Dell,] that's me, I'm the owner."}},
	{"person", []string{"C: My name is [PERSON Paris Thompson.]"}},
	{"person", []string{"C: This is [PERSON Austin] speaking."}},
	{"person", []string{"C: Hi, it's [PERSON Sydney] from apartment four."}},
	{"person", []string{"C: Thanks [PERSON Georgia,] I'll wait for your call."}},
	{"person", []string{"A: [PERSON Dallas,] can you hear me okay?"}},
	{"person", []string{"A: Okay [PERSON Mercedes,] let me pull that up."}},
	{"person", []string{"A: Thank you [PERSON Brandy,] have a good day."}},
	{"person", []string{"A: Sure thing [PERSON Savannah,] one moment."}},
	{"person", []string{"C: [PERSON Katrina] and her husband are coming over."}},
	{"person", []string{"C: [PERSON Harvey] and I bought the house in June."}},
	{"person", []string{"C: My daughter's teacher, [PERSON Ms. Sandy Ford,] emailed me."}},
	{"person", []string{"C: [PERSON Chanel] and [PERSON Tiffany] are my twins."}},
	{"person", []string{"C: I met [PERSON Sherry] at the bus stop and she told me."}},
	{"person", []string{"C: [PERSON Denver Hale] is my financial adviser."}},
	{"person", []string{"C: [PERSON Camille] said she's going to be late."}},
	{"person", []string{"C: [PERSON Ike] from the hardware store cut the key."}},
	{"person", []string{"C: My grandfather [PERSON Hugo] was a plumber."}},
	{"person", []string{"C: [PERSON Andrew] said the storm took the fence down."}},
	{"person", []string{"C: [PERSON Laura] called after the hurricane to check on us."}},
	{"person", []string{"C: My brother [PERSON Michael] rode out the storm with us."}},

	// Look-alikes: the same words naming things, firms, places and storms.
	{"brand", []string{"C: The Mercedes dealer wants four hundred for a key."}},
	{"brand", []string{"C: I bought her a Chanel bag and it came torn."}},
	{"brand", []string{"C: We traded the Porsche in last year."}},
	{"brand", []string{"C: The Tesla charger stopped working."}},
	{"brand", []string{"C: My Lexus is still under warranty."}},
	{"brand", []string{"C: He drives a Cadillac, an old black one."}},
	{"brand", []string{"C: The Bentley was towed from the lot."}},
	{"brand", []string{"C: I ordered a Tiffany necklace for the anniversary."}},
	{"brand", []string{"C: The Harley is in the garage for the winter."}},
	{"brand", []string{"C: We got the Dell laptop from your website."}},
	{"brand", []string{"C: The Ford dealership never called me back."}},
	{"brand", []string{"C: I put Heinz ketchup on the list."}},
	{"brand", []string{"C: A box of Kellogg cereal was missing from the order."}},
	{"brand", []string{"C: We stayed at the Hilton near the airport."}},
	{"brand", []string{"C: The Marriott charged my card twice."}},
	{"brand", []string{"C: I booked the Hyatt downtown for three nights."}},
	{"brand", []string{"C: Disney charged me for a second subscription."}},
	{"brand", []string{"C: The Boeing plane was delayed two hours."}},
	{"brand", []string{"C: A bar of Hershey chocolate was in the bag."}},
	{"brand", []string{"C: I switched to Schwab for the retirement account."}},
	{"brand", []string{"C: The Dodge pickup needs a new battery."}},
	{"brand", []string{"C: We bought Campbell soup for the shelter."}},
	{"brand", []string{"C: The Tyson chicken was recalled, it said on the news."}},
	{"brand", []string{"C: I ate at Wendy's on the way home."}},
	{"brand", []string{"C: My Chase card was declined at the store."}},
	{"drink", []string{"C: I had a Tom Collins at the bar and that was it."}},
	{"drink", []string{"C: A bottle of Jack Daniels was on the receipt."}},
	{"drink", []string{"C: She ordered a Shirley Temple for the kid."}},
	{"drink", []string{"C: We drank a glass of sherry after dinner."}},
	{"drink", []string{"C: He likes brandy in his coffee."}},
	{"drink", []string{"C: Pour me an Arnold Palmer with lots of ice."}},
	{"drink", []string{"C: There was a case of Corona in the trunk."}},
	{"drink", []string{"C: Two pints of Guinness and a lemonade."}},
	{"drink", []string{"C: A fifth of Johnnie Walker went missing from the party order."}},
	{"drink", []string{"C: We had Earl Grey and biscuits with the neighbours."}},
	{"drink", []string{"C: They charged us for six Coors at the game."}},
	{"drink", []string{"C: A bottle of Jim Beam bourbon, on the card."}},
	{"dish", []string{"C: I ordered the Caesar salad and a soup."}},
	{"dish", []string{"C: The eggs Benedict came out cold."}},
	{"dish", []string{"C: We had the fettuccine Alfredo and split a dessert."}},
	{"dish", []string{"C: I'll have a Reuben sandwich, no pickle."}},
	{"dish", []string{"C: The Cobb salad had no bacon."}},
	{"dish", []string{"C: One Margherita pizza and garlic bread."}},
	{"dish", []string{"C: The beef Wellington was burnt."}},
	{"place", []string{"C: We drove to Denver for the weekend."}},
	{"place", []string{"C: My flight to Paris got cancelled."}},
	{"place", []string{"C: I used to live in Austin before I moved here."}},
	{"place", []string{"C: The package went to Sydney by mistake."}},
	{"place", []string{"C: We have a flat in Chelsea near the river."}},
	{"place", []string{"C: I'm flying out of Dallas on Monday."}},
	{"place", []string{"C: My sister moved to Georgia last year."}},
	{"place", []string{"C: The office in Savannah closed early."}},
	{"place", []string{"C: We spent a week in Phoenix in July."}},
	{"place", []string{"C: The order shipped from Brooklyn yesterday."}},
	{"place", []string{"C: I grew up in Madison, Wisconsin."}},
	{"place", []string{"C: The bus to Jackson leaves at noon."}},
	{"place", []string{"C: We're driving through Charlotte tomorrow."}},
	{"place", []string{"C: My cousin lives outside Houston."}},
	{"place", []string{"C: The warehouse in Lincoln sent the wrong part."}},
	{"place", []string{"C: We went to Florence on our honeymoon."}},
	{"place", []string{"C: I'm moving from Virginia to Montana."}},
	{"place", []string{"C: The branch in Aurora is closer to me."}},
	{"place", []string{"C: We spent Christmas in Vienna."}},
	{"place", []string{"C: The conference is in Geneva this year."}},
	{"place", []string{"C: My parents retired to Carolina."}},
	{"place", []string{"C: The flight stops in Raleigh on the way."}},
	{"place", []string{"C: We rented a cabin near Cheyenne."}},
	{"place", []string{"C: He's stationed in Kent, in England."}},
	{"place", []string{"C: We took the train from Sofia to Athens."}},
	{"storm", []string{"C: Hurricane Katrina took our first house."}},
	{"storm", []string{"C: The roof leaked after Hurricane Sandy."}},
	{"storm", []string{"C: When Hurricane Harvey came through we lost power."}},
	{"storm", []string{"C: Our basement flooded in Hurricane Ida."}},
	{"storm", []string{"C: Hurricane Irma knocked the fence down."}},
	{"storm", []string{"C: After Hurricane Maria we moved up north."}},
	{"storm", []string{"C: Tropical storm Florence dumped a foot of rain here."}},
	{"storm", []string{"C: We evacuated for Hurricane Ian in twenty twenty-two."}},
	{"storm", []string{"C: Hurricane Michael tore the carport off."}},
	{"storm", []string{"C: The claim is for storm damage from Hurricane Laura."}},
	{"team", []string{"C: Dallas lost again on Sunday, my husband's upset."}},
	{"team", []string{"C: Denver won the game in overtime."}},
	{"team", []string{"C: We watched Houston play on the big screen."}},
	{"team", []string{"C: Phoenix traded their best player."}},
	{"firm", []string{"C: I got a letter from Wells Fargo about the loan."}},
	{"firm", []string{"C: The Walton foundation gave the school a grant."}},
	{"firm", []string{"C: Our mortgage is with Chase."}},
	{"firm", []string{"C: I bought the shares through Merrill Lynch."}},
	{"firm", []string{"C: The Disney store was out of the costume."}},
	{"firm", []string{"C: I used to work at Boeing in the plant."}},
	{"firm", []string{"C: The Hilton app won't let me check in."}},
	{"firm", []string{"C: Kellogg's sent a coupon for the cereal."}},
}

// TestFind_DropRecall19Probe measures Find on droprecall19Probe, cased and
// lowercase, and holds the figures reached. On main before droprecall19
// (39b0193): cased 117/167 found, 5 of 1627 unmarked words flagged (3 of
// 91 look-alike calls); lowercase 105/167, 8 (3). The trims dropped 8
// marked names cased and 7 lowercase (namedThingPhrase: a drink's name
// borne by a person; brandSpan: a brand's two words after "my cousin");
// the other misses were never found (places, states, brands and firms
// the person rules leave out as such). After (droprecall19.go): cased
// 149/167, 5 (3); lowercase 129/167, 8 (3). Left: vocatives in lowercase
// (no comma to set them off), a brand as a first name ("my granddaughter <car make>"),
// "<drink phrase> lives two doors down", "<city> from the airport" in
// lowercase, a first name opening a two-word name that is a car make,
// and a brand's two words after "my cousin" (brandSpan still drops it
// lowercase; the person rules find its first word only).
// REDACT_PROBE_VERBOSE=1 lists every miss and extra finding, and every
// PERSON finding a trim drops with the trim's tests that hold for it.
func TestFind_DropRecall19Probe(t *testing.T) {
	if os.Getenv("REDACT_PROBE_VERBOSE") != "" {
		logDrops(t, droprecall19Probe)
	}
	checkKindedProbe(t, droprecall19Probe, map[bool]nameProbeFloor{false: {0.89, 5}, true: {0.77, 8}})
}

// logDrops logs, per style, every PERSON finding a trim drops in cases and
// the tests of the trim that hold for it (redact.TraceDrops), marking
// those that drop a marked name.
func logDrops(t *testing.T, cases []probeCase) {
	t.Helper()
	for _, lower := range []bool{false, true} {
		for _, c := range cases {
			tr, want := lowerProbeCall(lower, c.turns)
			var lines []string
			stop := redact.TraceDrops(func(trim, rules string, f redact.Finding) {
				mark := "look-alike"
				for _, e := range want {
					if e.first <= f.LastWord && f.FirstWord <= e.last {
						mark = "MARKED"
					}
				}
				lines = append(lines, fmt.Sprintf("DROP lower=%v %s %s/%s [%s] %q | %s", lower, mark, trim, f.Recognizer, rules,
					redact.MatchedText(tr, f), strings.Join(c.turns, " / ")))
			})
			if _, err := redact.Find(tr, redact.DefaultPolicy()); err != nil {
				t.Fatal(err)
			}
			stop()
			for _, l := range lines {
				t.Log(l)
			}
		}
	}
}
