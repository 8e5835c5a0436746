package redact_test

import "testing"

// radio17Probe is crew and operations talk written in session 15 by an
// engineer before reading any case of set13, and on purpose off
// spaceflight and off radio16Probe's dispatch, tower and marine lines: an
// airline cockpit and its cabin, rail dispatch, a race team's pit radio, a
// mine's shift radio and a film set's walkie-talkies. It is full of words
// that look like names and are none: stations and console roles ("Flight",
// "Guidance", "Retro", "Capcom", "Houston", "Ops", "Crew Scheduling"),
// check-list words said capitalised ("Flaps", "Gear", "Brakes Set"),
// capitalised jargon, letters of the phonetic alphabet read as letters,
// call signs with numbers ("Car 24", "Loader 3", "Camera B"), machines'
// nicknames ("Big Bertha" the hoist, "Old Yeller" the truck) and the words
// radio turns start with ("Roger", "Copy", "Affirm", "Negative", "Stand
// by"), with more than forty people said in the same talk. Markup as
// radioProbe's: [PERSON ...] a person, [HN ...] a word that looks like a
// name and is none.
var radio17Probe = [][]string{
	{ // a cockpit before pushback
		"A: Before start checklist. [HN Parking] [HN Brake]?",
		"C: Set.",
		"A: [HN Fuel] [HN Pumps]?",
		"C: On, four. [PERSON Annika], did [HN Ops] say anything about the de-icing?",
		"A: [HN Negative], [PERSON Teodor] told me we're clean. Beacon on.",
		"C: [HN Roger], beacon on. Checklist complete down to the line.",
	},
	{ // the purser and the flight deck on the interphone
		"A: Flight deck, cabin. [PERSON Priyanka] here, cabin is secure.",
		"C: Thanks, [PERSON Priyanka]. We're number three for departure.",
		"A: [HN Copy]. One more thing, the passenger in twelve C is Mr. [PERSON Haldane], the one with the oxygen.",
		"C: Understood. Have [PERSON Olusegun] keep an eye on him.",
		"A: Will do. Cabin out.",
	},
	{ // an airline's operations desk
		"A: Speedbird four one two, [HN Ops], go ahead.",
		"C: [HN Ops], Speedbird four one two, we're diverting, medical on board.",
		"A: [HN Copy], diverting. Who is the doctor helping?",
		"C: A passenger named [PERSON Farrukh Iskandarov], he's with the patient now.",
		"A: [HN Roger]. [HN Crew Scheduling] will call Captain [PERSON Bellweather] at the hotel.",
		"C: Thanks, four one two.",
	},
	{ // console roles in a control room
		"A: [HN Flight], [HN Guidance].",
		"C: Go, [HN Guidance].",
		"A: [HN Retro] and I agree the burn looked nominal.",
		"C: Copy. [HN Capcom], pass that up.",
		"A: [HN Flight], [HN Retro], I'll have the new numbers in five.",
		"C: [HN Roger], [HN Retro]. And somebody get [PERSON Delacroix] on the loop.",
	},
	{ // a relay through a ground station
		"A: [HN Houston], [HN Capcom] here, the tracking ship has them.",
		"C: [HN Stand] by, [HN Houston]. [PERSON Rosalind] is checking the downlink.",
		"A: [HN Affirm]. Tell [PERSON Rosalind] the signal is weak on the east antenna.",
		"C: Wilco.",
	},
	{ // rail dispatch and a freight crew
		"A: Dispatcher to train four eighteen.",
		"C: Four eighteen, go ahead.",
		"A: Hold at [HN Cedar] [HN Junction] for the eastbound, then you have [HN Track] 2 to [HN Millbrook].",
		"C: Hold at the junction, then [HN Track] 2. [PERSON Ingrid] is on the head end with me.",
		"A: [HN Copy]. Tell [PERSON Ingrid] her relief is [PERSON Bartholomew Quaye] at the yard.",
		"C: Will do. Four eighteen out.",
	},
	{ // a rail signal maintainer
		"A: [HN Signal] [HN Desk], maintainer [PERSON Kowalczyk] at [HN Block] [HN Delta].",
		"C: Go ahead, [PERSON Kowalczyk].",
		"A: The switch heater at [HN Block] [HN Delta] is out. [PERSON Femi] is bringing a spare.",
		"C: [HN Affirmative]. I'll hold trains off the siding till [PERSON Femi] calls in.",
	},
	{ // a race team's pit radio
		"A: [HN Box], [HN box], [HN box] this lap.",
		"C: [HN Copy], boxing. Tyres?",
		"A: Mediums. [PERSON Santiago] is on the left front gun, [PERSON Wren] on the jack.",
		"C: [HN Understood]. How far back is [PERSON Okonkwo]?",
		"A: Four seconds. [HN Car] 24 just pitted as well.",
		"C: [HN Roger] that.",
	},
	{ // the engineer and the driver, surnames
		"A: [PERSON Varga], it's [PERSON Lindgren]. Brake balance two clicks forward.",
		"C: Two clicks forward. [HN Negative] on the rear grip though.",
		"A: [HN Copy], we'll look at the wing at the stop. [HN Stand] by for the gap.",
		"C: [HN Standing] by.",
	},
	{ // a mine's shift radio
		"A: [HN Surface], [HN Loader] 3, we're at the draw point on [HN Level] 9.",
		"C: [HN Loader] 3, [HN Surface], go ahead.",
		"A: The shift boss wants [PERSON Thandiwe] at the crusher, and [PERSON Magnus Ekdahl] to call the shop.",
		"C: [HN Copy]. [PERSON Magnus] is underground with the fitters, I'll relay.",
		"A: Thanks. [HN Loader] 3 clear.",
	},
	{ // a hoist with a nickname
		"A: Hoist room, [HN Big] [HN Bertha] is tripped again.",
		"C: [HN Roger]. Is [PERSON Ruairi] on the cage?",
		"A: [HN Negative], [PERSON Ruairi] went up at shift change. [PERSON Desmond] is the cager now.",
		"C: Have [PERSON Desmond] lock out [HN Bertha] and wait for the electrician.",
	},
	{ // a haul truck nicknamed like a dog
		"A: [HN Old] [HN Yeller] has a flat on the right rear.",
		"C: [HN Copy], park [HN Yeller] at the bay and call the tyre shop.",
		"A: [HN Affirm]. [PERSON Zbigniew] from the tyre shop is already headed over.",
		"C: Good. Tell [PERSON Zbigniew] to use the big jack.",
	},
	{ // a film set's walkies
		"A: [HN Camera] [HN B], [HN Lock] it up.",
		"C: [HN Camera] [HN B] locked.",
		"A: [PERSON Marguerite], we need the stand-in for [PERSON Idris] on the mark.",
		"C: [HN Copy]. Sending [PERSON Lucía] now.",
		"A: Thanks. And [HN Rolling], [HN Speed], [HN Action].",
		"C: [HN Cut]. Back to one.",
	},
	{ // first assistant director and the base camp
		"A: [HN Base] [HN Camp], set. Is Ms. [PERSON Abernethy] out of hair and makeup?",
		"C: [HN Negative], ten more minutes. [PERSON Hamish] is walking her over after.",
		"A: [HN Copy]. When [PERSON Hamish] gets to the trailer, tell him the [HN Steadicam] is ready.",
		"C: [HN Affirm], will do.",
	},
	{ // grips and electric
		"A: [HN Electric], [HN Grip], we need a flag on the key light.",
		"C: [HN Copy] that. [PERSON Benedikt] is bringing a floppy.",
		"A: Thank you, [PERSON Benedikt]. [HN Stand] by on the condor.",
		"C: [HN Standing] by. [HN Condor] 1 up at forty feet.",
	},
	{ // phonetic letters as letters and one as a person
		"A: [HN Gate] [HN Echo] Nine is open, bring it in.",
		"C: [HN Roger], [HN Echo] Nine. Is [PERSON Victor] marshalling?",
		"A: [HN Affirmative], [PERSON Victor] has the wands.",
		"C: Parking [HN Bravo] Four, thanks.",
	},
	{ // a rail yard with letters and surnames
		"A: [HN Yard] [HN Tower], engine six one two wants [HN Track] [HN Foxtrot].",
		"C: Six one two, [HN Foxtrot] is lined. Who's riding the point?",
		"A: [PERSON Mbeki] is riding the point, [PERSON Oyelaran] is on the ground.",
		"C: [HN Copy]. Tell [PERSON Mbeki] watch the derail.",
	},
	{ // a flight attendant and a passenger's name on a list
		"A: [HN Galley], forward. We have a special meal for Ms. [PERSON Nakashima] in four A.",
		"C: Got it. [PERSON Joaquín] will bring it after the drinks.",
		"A: And the unaccompanied minor is [PERSON Elodie Fairbanks], she's in seven F.",
		"C: [HN Copy], I'll look in on [PERSON Elodie].",
	},
	{ // a pit wall with "Plan" letters and a name like a word
		"A: Switch to [HN Plan] [HN Bravo], we're going long.",
		"C: [HN Plan] [HN Bravo], [HN copy]. What's [PERSON Hope] saying about rain?",
		"A: [PERSON Hope] says ten minutes, light.",
		"C: [HN Roger], I hope she's wrong.",
	},
	{ // a mine rescue station
		"A: [HN Rescue] [HN Station], [HN Team] Two at the fresh air base.",
		"C: [HN Team] Two, go ahead.",
		"A: We found [PERSON Ferdinand Obi] and [PERSON Kasimir], both walking, both fine.",
		"C: Great news. [PERSON Ferdinand's] wife is here at the gate.",
	},
	{ // turn-start words only
		"A: [HN Copy] all. [HN Negative] contact with the tug so far.",
		"C: [HN Affirm]. [HN Stand] by one.",
		"A: [HN Roger], standing by. [PERSON Pilar] has the phone number for the tug.",
		"C: Ask [PERSON Pilar] to read it to me.",
	},
	{ // a relief crew on the cockpit voice
		"A: [HN Relief] [HN Pilot] to the flight deck please.",
		"C: On my way. Is Captain [PERSON Radu] still on rest?",
		"A: [HN Affirmative]. First Officer [PERSON Ng] has the controls.",
		"C: [HN Copy], tell [PERSON Ng] I'll be there in two.",
	},
	{ // a man named like an acknowledgement, on a pit crew
		"A: [HN Roger], fuel's in. [PERSON Roger] on the rear right says the nut cross-threaded.",
		"C: [HN Copy]. [PERSON Grant], help [PERSON Roger] with a spare nut.",
		"A: [PERSON Grant] is on it. Release in three.",
		"C: [HN Negative], hold him, [HN Car] 31 is coming down the lane.",
	},
	{ // a camera crew's call signs and a woman called Summer
		"A: [HN Video] [HN Village], [HN Camera] [HN A], are we still rolling?",
		"C: [HN Affirm], still rolling. [PERSON Summer] wants a second take of the wide.",
		"A: [HN Copy]. Tell [PERSON Summer] we lose the light in twenty minutes.",
		"C: [HN Roger]. [HN Sound] wants a minute of room tone first.",
	},
	{ // a night shift underground, surnames relayed
		"A: [HN Control], [HN Drill] 7, the face is bolted.",
		"C: [HN Drill] 7, [HN Control], [HN copy] that. Is [PERSON Haugland] with you?",
		"A: [HN Negative], [PERSON Haugland] went to the refuge chamber with [PERSON Achterberg].",
		"C: [HN Stand] by. I'll raise [PERSON Achterberg] on channel two.",
	},
}

// radio17Titles are the titles before a person the probe counts neither way.
var radio17Titles = map[string]bool{"captain": true, "first": true, "officer": true, "mr": true, "ms": true}

// TestFind_Radio17Probe measures Find over radio17Probe, cased and
// lowercase, with radioProbe's figures, and holds what the rules reach
// (at main before radio17: cased 55/69 with 13 false-positive words and 9
// of 143 [HN] words flagged, lowercase 46/69 with 8 and 8; after: cased
// 57/69, 6 and 2; lowercase 47/69, 2 and 2).
func TestFind_Radio17Probe(t *testing.T) {
	floors := map[bool]probeFloor{false: {57, 6, 2}, true: {47, 2, 2}}
	for _, lower := range []bool{false, true} {
		checkProbeTitles(t, radio17Probe, lower, floors[lower], radio17Titles)
	}
}
