package redact_test

import (
	"os"
	"strings"
	"testing"
)

// The addr18 probe was written in session 16 by the addr18 engineer
// BEFORE any miss of an evaluation set was read, from a source outside the
// team: USPS Publication 28, Postal Addressing Standards (October 2023
// edition, effective October 2023; web edition at
// https://pe.usps.com/text/pub28/welcome.htm). The forms come from its
// sections 213 and Appendix C2 (secondary unit designators: APT, BLDG,
// DEPT, FL, FRNT, HNGR, LBBY, LOT, LOWR, OFC, PH, PIER, REAR, RM, SIDE,
// SLIP, SPC, STOP, STE, TRLR, UNIT, UPPR and "#"), 225 (military
// addresses: UNIT, CMR or PSC with a BOX, APO/FPO/DPO with AA, AE or AP),
// 233 (directionals before and after the street name), 234 and Appendix
// C1 (street suffixes and their abbreviations), 24x (rural routes, "RR 2
// BOX 152"), 25x (highway contract routes, "HC 68 BOX 23"), and the post
// office box and numbered and fractional street forms. Every street,
// name, number and town below is made up. Lines were then turned into
// what a caller says on a phone call: spoken numbers ("forty one twenty"),
// fillers, the unit after the street, city, state and ZIP after it. Each
// case runs cased and lowercase (as an ASR engine writes it).
//
// Cases with no markup are look-alikes that give no address: directions
// ("turn left on Main"), store names, floors and rooms of a building one
// is visiting, gates, route numbers as roads to drive on, prices, times.

// addr18Suffixes are Appendix C1's primary suffix names with the Postal
// Service's abbreviation, the ones a caller might say or type.
var addr18Suffixes = [][2]string{
	{"Alley", "Aly"}, {"Avenue", "Ave"}, {"Bend", "Bnd"}, {"Bluff", "Blf"},
	{"Boulevard", "Blvd"}, {"Branch", "Br"}, {"Bypass", "Byp"}, {"Canyon", "Cyn"},
	{"Causeway", "Cswy"}, {"Circle", "Cir"}, {"Cove", "Cv"}, {"Court", "Ct"},
	{"Creek", "Crk"}, {"Crescent", "Cres"}, {"Crossing", "Xing"}, {"Drive", "Dr"},
	{"Estates", "Ests"}, {"Expressway", "Expy"}, {"Extension", "Ext"}, {"Ferry", "Fry"},
	{"Freeway", "Fwy"}, {"Gardens", "Gdns"}, {"Glen", "Gln"}, {"Grove", "Grv"},
	{"Harbor", "Hbr"}, {"Heights", "Hts"}, {"Highway", "Hwy"}, {"Hollow", "Holw"},
	{"Junction", "Jct"}, {"Knoll", "Knl"}, {"Landing", "Lndg"}, {"Lane", "Ln"},
	{"Loop", "Loop"}, {"Manor", "Mnr"}, {"Meadows", "Mdws"}, {"Mews", "Mews"},
	{"Mill", "Ml"}, {"Orchard", "Orch"}, {"Parkway", "Pkwy"}, {"Pass", "Pass"},
	{"Path", "Path"}, {"Pike", "Pike"}, {"Place", "Pl"}, {"Plaza", "Plz"},
	{"Point", "Pt"}, {"Ridge", "Rdg"}, {"Road", "Rd"}, {"Row", "Row"},
	{"Run", "Run"}, {"Square", "Sq"}, {"Street", "St"}, {"Summit", "Smt"},
	{"Terrace", "Ter"}, {"Trace", "Trce"}, {"Trail", "Trl"}, {"Turnpike", "Tpke"},
	{"Valley", "Vly"}, {"View", "Vw"}, {"Village", "Vlg"}, {"Vista", "Vis"},
	{"Walk", "Walk"}, {"Way", "Way"},
}

// addr18SuffixCases turns each suffix into one call: the even ones spoken
// with the full suffix and a number in words, the odd ones written with
// the abbreviation and digits, each in one of four ways a caller gives it.
func addr18SuffixCases() [][]string {
	names := []string{"Copperleaf", "Quillon", "Harrowgate", "Bellamy", "Tamsin", "Oakhurst",
		"Wrenfield", "Larkmoor", "Pembry", "Stonecrop", "Fallowmere", "Ashgrove", "Kestrel"}
	spoken := []string{"forty one twenty", "twenty six oh eight", "nine fourteen", "eleven fifty",
		"three hundred two", "seventy seven", "fifteen oh one", "six twelve"}
	written := []string{"4120", "2608", "914", "1150", "302", "77", "1501", "612", "38"}
	var cs [][]string
	for i, s := range addr18Suffixes {
		name := names[i%len(names)]
		var addr string
		if i%2 == 0 {
			addr = spoken[i/2%len(spoken)] + " " + name + " " + s[0]
		} else {
			addr = written[i/2%len(written)] + " " + name + " " + s[1] + "."
			addr = strings.TrimSuffix(addr, "..")
		}
		switch i % 4 {
		case 0:
			cs = append(cs, []string{"A: What's the address on the account?", "C: It's [ADDRESS " + addr + ".]"})
		case 1:
			cs = append(cs, []string{"C: Please ship it to [ADDRESS " + addr + "] if you can."})
		case 2:
			cs = append(cs, []string{"A: And where do you live?", "C: Uh we're at [ADDRESS " + addr + "] now."})
		case 3:
			cs = append(cs, []string{"C: The new address is [ADDRESS " + addr + ",] okay?"})
		}
	}
	return cs
}

// addr18Probe are the handwritten cases.
var addr18Probe = [][]string{
	// Section 213 and Appendix C2: every secondary unit designator, after the street.
	{"A: Can I get your street address?", "C: [ADDRESS 2207 Wren Hollow Road, Apartment 14.]"},
	{"C: It's [ADDRESS 318 Galloway St Apt 2F.]"},
	{"C: My address is [ADDRESS 55 Tillman Avenue, Basement.]"},
	{"C: The shop is at [ADDRESS 900 Foundry Way, Bldg C.]"},
	{"C: Mail it to [ADDRESS 14 Corliss Place, Dept 210.]"},
	{"C: We're at [ADDRESS 1775 Hartley Boulevard, Floor 3.]"},
	{"C: Deliver to [ADDRESS 402 Sumner Street Fl 12.]"},
	{"C: I'm at [ADDRESS 67 Pruett Lane, Front.]"},
	{"C: The plane is kept at [ADDRESS 3000 Airport Road, Hangar 9.]"},
	{"C: The office is [ADDRESS 210 Whitcomb Drive, Lobby.]"},
	{"A: Where do you live?", "C: [ADDRESS 8800 Sagebrush Trail, Lot 57.]"},
	{"C: I rent [ADDRESS 19 Delancey Court, Lower.]"},
	{"C: Send the invoice to [ADDRESS 650 Brandt Parkway, Office 4.]"},
	{"C: I live at [ADDRESS 1 Carroway Plaza, Penthouse B.]"},
	{"C: The boat is at [ADDRESS 77 Marina Drive, Pier 6.]"},
	{"C: It's [ADDRESS 415 Dunmore Avenue, Rear.]"},
	{"C: The lab is at [ADDRESS 1200 Calloway Street, Room 311.]"},
	{"C: Use [ADDRESS 26 Finch Street, Side.]"},
	{"C: We keep it at [ADDRESS 5 Harbor Road, Slip 22.]"},
	{"A: What's the address?", "C: [ADDRESS 4400 Rolling Acres Road, Space 118.]"},
	{"C: My address is [ADDRESS 3120 Mesa Verde Drive, Trailer 12.]"},
	{"C: It's [ADDRESS 88 Laurel Street, Unit 5C.]"},
	{"C: I'm upstairs at [ADDRESS 31 Avery Street, Upper.]"},
	{"C: It's [ADDRESS 720 Kimball Avenue #3B.]"},
	{"C: The address is [ADDRESS 45 Roth Street, Suite 1400.]"},
	{"C: Send it to [ADDRESS 131 Vesper Lane Ste 6.]"},
	// The same, spoken.
	{"A: And the address?", "C: it's [ADDRESS forty one twenty north juniper court apartment b.]"},
	{"C: uh [ADDRESS twenty two oh five harlow street unit three.]"},
	{"A: where should we send it?", "C: [ADDRESS nine ten beckett road suite two hundred.]"},
	{"C: I'm in [ADDRESS sixteen ashby lane apartment twelve c.]"},
	{"C: yeah it's [ADDRESS three forty five quarry road lot nineteen.]"},
	{"A: what's your address?", "C: [ADDRESS eleven oh six mercer avenue number four.]"},
	{"C: it's [ADDRESS fifty eight dorset street floor two.]"},
	{"C: we live at [ADDRESS seven twenty one palisade drive space forty.]"},
	{"C: the address is [ADDRESS two hundred tolliver way building six apartment two oh one.]"},
	{"C: send it to [ADDRESS fourteen hundred garnet street room five.]"},
	{"C: we're in [ADDRESS eighteen seventy cypress loop trailer eight.]"},
	// The unit first, as some people say it.
	{"A: Where do you live?", "C: [ADDRESS Apartment 6, 140 Lowell Street.]"},
	{"C: It's [ADDRESS unit four, twenty two marsh road.]"},
	{"C: [ADDRESS Suite 300, 12 Kingsbury Court.]"},
	// Section 233: directionals before and after the street name.
	{"C: It's [ADDRESS 1420 N Hawley Street.]"},
	{"C: I live at [ADDRESS 12 Oak St NW.]"},
	{"C: Send it to [ADDRESS 300 Delmar Ave SE, Apt 9.]"},
	{"A: What's the street address?", "C: [ADDRESS 5118 East Pinnacle Road.]"},
	{"C: It's [ADDRESS 77 Calder Street Northeast.]"},
	{"C: [ADDRESS six oh two south bramwell avenue.]"},
	{"C: we're at [ADDRESS twenty one hundred tanager drive southwest.]"},
	{"C: The office is at [ADDRESS 401 W. Garvey Blvd.]"},
	{"C: It's [ADDRESS 950 Southwest Oriel Lane.]"},
	// Numbered streets (ordinals, written and spoken).
	{"C: I live at [ADDRESS 412 West 23rd Street.]"},
	{"C: It's [ADDRESS 412 west 23rd.]"},
	{"C: Ship to [ADDRESS 1880 NE 41st Ave.]"},
	{"C: The address is [ADDRESS 67 East 2nd St, Apt 4.]"},
	{"A: Where do you live?", "C: [ADDRESS three ten east fifty ninth street.]"},
	{"C: it's [ADDRESS eighteen oh two first avenue.]"},
	{"C: we moved to [ADDRESS six twenty west hundred and fifth street.]"},
	{"C: It's [ADDRESS 225 North 3rd Avenue, Suite 500.]"},
	{"C: [ADDRESS forty four twelfth street.]"},
	// Fractional and hyphenated house numbers.
	{"C: It's [ADDRESS 123 1/2 Shelby Street.]"},
	{"C: I'm at [ADDRESS 40-17 Junction Boulevard.]"},
	{"C: the house is [ADDRESS eighty one and a half marlow street.]"},
	// Rural routes (section 24x).
	{"A: What's the mailing address?", "C: [ADDRESS RR 2 Box 152.]"},
	{"C: It's [ADDRESS Rural Route 4, Box 61A.]"},
	{"C: mail goes to [ADDRESS rural route three box twenty two.]"},
	{"C: We're on [ADDRESS RR 7, Box 1190, Gilbertsville, Iowa.]"},
	{"A: and your address?", "C: [ADDRESS r r one box eighty.]"},
	{"C: It's [ADDRESS Rural Route 11 Box 9.]"},
	// Highway contract routes (section 25x).
	{"C: The address is [ADDRESS HC 68 Box 23.]"},
	{"A: Where do we mail it?", "C: [ADDRESS HC 2, Box 415.]"},
	{"C: it's [ADDRESS highway contract route four box thirty.]"},
	{"C: We get mail at [ADDRESS HC 71 Box 12B, Sayre, Oklahoma.]"},
	{"C: it's [ADDRESS h c sixty box two eleven.]"},
	{"C: The address is [ADDRESS Star Route 3, Box 44.]"},
	// Post office boxes, drawers and caller boxes.
	{"C: Send it to [ADDRESS PO Box 7730.]"},
	{"C: It's [ADDRESS P.O. Box 118, Tillery, North Carolina.]"},
	{"A: What's the mailing address?", "C: [ADDRESS post office box twenty nine oh one.]"},
	{"C: it's [ADDRESS p o box fifty five.]"},
	{"C: The company uses [ADDRESS PO Drawer 40.]"},
	{"C: Mail it to [ADDRESS P.O. Drawer 1215, Vicksburg, Mississippi.]"},
	{"C: It's [ADDRESS Caller Box 3002.]"},
	{"C: send it to [ADDRESS po box four four one seven.]"},
	{"C: Our mailing address is [ADDRESS Box 604, Lodgepole, Nebraska.]"},
	// Military addresses (section 225).
	{"A: And the mailing address?", "C: [ADDRESS PSC 3361, Box 201, APO AE] [ZIP 09265.]"},
	{"C: It's [ADDRESS Unit 8400 Box 12, DPO AE] [ZIP 09498.]"},
	{"C: Send it to [ADDRESS CMR 415 Box 3301, APO AE.]"},
	{"C: [ADDRESS USS Perrin, FPO AP] [ZIP 96672.]"},
	{"C: it's [ADDRESS p s c four eighty box twelve a p o a p.]"},
	{"C: It's [ADDRESS Unit 45012 Box 2950, FPO AA] [ZIP 34091.]"},
	// Building names before a street.
	{"C: I'm in [ADDRESS the Harbor View building, 200 Pine Street.]"},
	{"C: We're at [ADDRESS Calder Tower, 55 Wexley Avenue, Suite 900.]"},
	{"C: It's [ADDRESS the Marston Apartments, 1410 Quince Road, number 6.]"},
	{"C: The office is [ADDRESS Brookfield Plaza, 3 Ardmore Square.]"},
	// Lowercase untyped streets and spoken house numbers.
	{"A: and where do you live?", "C: i live at [ADDRESS 41 juniper.]"},
	{"C: my address is [ADDRESS 2218 lockwood.]"},
	{"A: what's the service address?", "C: [ADDRESS forty one twenty hemlock.]"},
	{"C: i'm at [ADDRESS nineteen oh four castellan] in the back."},
	{"C: we moved to [ADDRESS seven oh seven darrow] last month."},
	// With city, state and ZIP.
	{"C: It's [ADDRESS 2319 Fenimore Lane, Bowling Green, KY] [ZIP 42101.]"},
	{"C: Ship to [ADDRESS 71 Aldrich Street, Apt 3, Worcester, Massachusetts] [ZIP 01609.]"},
	{"A: And the full address?", "C: [ADDRESS twelve oh eight tamarack drive, boise, idaho] [ZIP eight three seven oh four.]"},
	{"C: it's [ADDRESS five fifteen kellogg avenue ames iowa] [ZIP five oh zero one four.]"},
	{"C: The address is [ADDRESS 8 Bellweather Court, Unit 2, Nashua, NH] [ZIP 03060.]"},
	{"C: It's [ADDRESS 600 Pell Street SW, Roanoke, VA] [ZIP 24016.]"},
	{"C: [ADDRESS RR 1 Box 88, Leeton, Missouri] [ZIP 64761.]"},
	{"C: My address is [ADDRESS PO Box 392, Marfa, TX] [ZIP 79843.]"},
	// Two in one turn, and repairs.
	{"C: Bill to [ADDRESS 19 Seldon Road] but ship to [ADDRESS 4 Tarrant Way, Apt 2.]"},
	{"C: it's [ADDRESS forty, no, forty two ridgeley avenue.]"},
	{"C: the old one was [ADDRESS 12 Cobble Lane,] the new one is [ADDRESS PO Box 55.]"},
	{"C: it's [ADDRESS um six oh one, uh, brightwater circle.]"},
}

// addr18LookAlikes are sentences with numbers next to street, unit and
// route words that name no one's address.
var addr18LookAlikes = [][]string{
	// Directions.
	{"C: Turn left on Main and go two blocks."},
	{"C: Take a right onto Elm Street after the light."},
	{"C: Head north on Route 30 for about 5 miles."},
	{"C: Get off at exit 12 and take the first right."},
	{"C: Keep going past the 3rd light."},
	{"C: It's the second house on the left after the church."},
	{"C: Go south on Highway 61 until you see the sign."},
	{"C: Take I-80 west to the 287."},
	{"C: Merge onto the parkway and stay in the left lane."},
	{"C: Follow County Road 9 to the bridge."},
	// Store and place names.
	{"C: I bought it at the Main Street Bakery."},
	{"C: We ate at the Oak Avenue Diner last night."},
	{"C: I bank at Fifth Third."},
	{"C: The 7 Eleven on the corner was closed."},
	{"C: I shop at Lakeview Market every week."},
	{"C: Meet me at the Park Place mall."},
	{"C: We went to Route 66 Pizza."},
	{"C: She works at Elm Street Dental."},
	// Floors, rooms, gates, seats, stores' units.
	{"A: The meeting is on the 5th floor."},
	{"C: My appointment is in room 214."},
	{"C: Our flight leaves from gate B12."},
	{"C: We're in suite 4 at the hotel for one night."},
	{"C: The clinic is on floor 2 of the hospital."},
	{"C: Take the elevator to level 3."},
	{"C: I was in seat 14C."},
	{"C: Pick it up at window 4."},
	{"C: Check aisle 12."},
	{"C: It's in unit 3 of the course."},
	{"C: Apartment hunting has been rough this year."},
	{"C: Our building has 12 floors."},
	{"C: The office moved to the 3rd floor."},
	{"C: Park on level 2 of the garage."},
	{"C: I work in building 40 on campus."},
	{"C: Dock 7 is for deliveries."},
	// Numbers near road words.
	{"C: Route 9 is closed because of the flooding."},
	{"C: Highway 101 was jammed all morning."},
	{"C: I drive 40 miles a day on the interstate."},
	{"C: The speed limit on that road is 55."},
	{"C: There's a 3 car pileup on the freeway."},
	{"C: It took 20 minutes to cross the bridge."},
	{"C: We live 2 streets over from my mom."},
	{"C: The box is 12 inches by 10 inches."},
	{"C: I ordered 3 boxes of paper."},
	{"C: The lot holds 200 cars."},
	{"C: Court is on the 14th."},
	// Prices, times, dates, amounts.
	{"C: It was 45 dollars at the store."},
	{"C: The bill came to 120 dollars and 50 cents."},
	{"C: Call me back at 4 30."},
	{"C: My shift starts at 7 and ends at 3."},
	{"C: I paid it on the 22nd."},
	{"C: We've lived there for 12 years."},
	{"C: I have 2 kids, 9 and 11."},
	{"C: It's 72 degrees outside."},
	{"C: The plan is 30 dollars a month."},
	{"C: I waited 45 minutes on hold."},
	// Spoken look-alikes.
	{"C: uh turn right on main street then left on oak."},
	{"C: it was like forty two dollars."},
	{"C: i was on hold for twenty minutes."},
	{"C: take highway twelve north for a bit."},
	{"C: my room number at the hotel is four twelve."},
	{"C: we're on the fifth floor of the library."},
	{"C: the park is two blocks down."},
	{"C: i'm driving on route nine right now."},
	{"C: box two of three is missing."},
	{"C: she lives down the street from us."},
	{"C: gate twelve at the airport."},
	{"C: the post office closes at five."},
}

// TestFind_Addr18Probe measures Find on the Publication 28 probe, cased
// and lowercase, and holds the figures reached. Before addr18.go (main at
// session 16's start) ADDRESS was cased 140/173 and lowercase 142/173,
// with 2 and 3 unmarked words flagged of 1187 and 1 of 67 look-alike
// cases flagged; after, 162/173 cased and 161/173 lowercase, with the
// same 2 and 3 words and 1 look-alike case ("we're in suite 4 at the
// hotel", an older rule). Of the 11 and 12 misses left, 6 in each style
// are a box or route's town and state, which the sets label as an
// optional outer range and an older test keeps out (addrtag_use_test.go);
// 2 are fillers and a restart the probe marks inside the address; the
// rest are "west hundred and fifth street", a typeless street followed by
// "in the back", and (cased only) a lowercase city after a spoken street,
// or (lowercase only) a building before the street after "it's" or "is".
// REDACT_PROBE_VERBOSE=1 lists every miss and extra finding.
func TestFind_Addr18Probe(t *testing.T) {
	floors := map[bool]struct {
		recall  float64
		flagged int
		las     int
	}{false: {0.935, 2, 1}, true: {0.93, 3, 1}}
	for _, lower := range []bool{false, true} {
		s := scoreAddressCases(t, append(append(addr18SuffixCases(), addr18Probe...), addr18LookAlikes...), lower)
		t.Logf("lower=%v ADDRESS %d/%d = %.3f; unmarked words flagged %d/%d = %.2f %%; look-alike cases flagged %d/%d",
			lower, s.found, s.addrs, float64(s.found)/float64(s.addrs), s.flagged, s.words,
			100*float64(s.flagged)/float64(s.words), s.flagLAs, s.lookAlikes)
		if os.Getenv("REDACT_PROBE_VERBOSE") != "" {
			for _, m := range append(s.misses, s.extras...) {
				t.Logf("lower=%v %s", lower, m)
			}
		}
		f := floors[lower]
		if float64(s.found)/float64(s.addrs) < f.recall || s.flagged > f.flagged || s.flagLAs > f.las {
			t.Errorf("lower=%v: ADDRESS %d/%d under %.3f, %d words flagged (over %d) or %d look-alikes flagged (over %d)",
				lower, s.found, s.addrs, f.recall, s.flagged, f.flagged, s.flagLAs, f.las)
		}
	}
}
