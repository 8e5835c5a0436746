package redact_test

import "testing"

// radio16Probe is two-way radio and dispatch talk written in session 14 by
// an engineer before reading any case of set13, and on purpose off
// spaceflight: police and fire dispatch, ambulances, air traffic control,
// marine channels, search teams, rail and utility field crews. It holds
// what such talk does with names: surnames said alone ("copy that,
// Ortiz"), first names as vocatives at the start and the end of a turn,
// people relayed ("tell Sully we're inbound"), call signs and stations that
// are no people ("Tower", "Ground", "Baker 2", "Engine 7", "Medic 4",
// "Coast Guard Sector Boston", a boat named like a woman), letters of the
// phonetic alphabet read as letters and the same words as people's names,
// and "Roger" and "Wilco" as acknowledgements beside a man named Roger.
// Markup as radioProbe's: [PERSON ...] a person, [HN ...] a word that looks
// like a name and is none.
var radio16Probe = [][]string{
	{ // a patrol unit with its partner
		"A: [HN Dispatch], this is unit 12, I'm with [PERSON Martinez] at the scene.",
		"C: Copy, unit 12. Is [PERSON Martinez] asking for a second car?",
		"A: Negative. We have one detained, [PERSON Martinez] is running his ID now.",
		"C: Copy that. Unit 12, advise when you're clear.",
		"A: Will do. Unit 12 clear.",
	},
	{ // a call sign that is also a surname, a surname alone
		"A: [HN Baker] 2, [HN Dispatch].",
		"C: [HN Baker] 2, go ahead.",
		"A: Can you meet [PERSON Ortiz] at the north gate of the fairgrounds?",
		"C: Copy that, en route. Tell [PERSON Ortiz] five minutes.",
		"A: Copy that, [PERSON Ortiz] is waiting by the ticket booth.",
		"C: [HN Baker] 2 on scene.",
	},
	{ // a tower, a registration read with letters
		"A: [HN Tower], Cessna one four two [HN Victor] [HN Charlie], holding short runway three one.",
		"C: Four two [HN Victor] [HN Charlie], [HN Tower], runway three one, cleared for takeoff, wind two seven zero at eight.",
		"A: Cleared for takeoff three one, four two [HN Victor] [HN Charlie].",
		"C: Four two [HN Victor] [HN Charlie], contact departure on one two four point five. Good day.",
		"A: Twenty four five, good day.",
	},
	{ // ground control, taxiways, and a flight instructor
		"A: [HN Ground], Skyhawk eight eight [HN Juliet] [HN Oscar], west ramp with information [HN Mike], ready to taxi.",
		"C: Eight eight [HN Juliet] [HN Oscar], [HN Ground], taxi to runway one niner via [HN Alpha] and [HN Bravo].",
		"A: One niner via [HN Alpha] [HN Bravo], eight eight [HN Juliet] [HN Oscar].",
		"C: [HN Juliet] [HN Oscar], is [PERSON Gary Pruitt] still teaching at your school?",
		"A: Affirmative, [PERSON Gary] is in the right seat, he says hello.",
		"C: Tell [PERSON Gary] hi from [PERSON Nadine] up in the cab.",
	},
	{ // an ambulance, and phonetic words that are people
		"A: [HN Medic] 4, [HN Dispatch].",
		"C: [HN Medic] 4, go ahead.",
		"A: [PERSON Victor] from the day shift left your drug box keys at station two.",
		"C: Copy. Tell [PERSON Victor] thanks, we'll grab them after this run.",
		"A: Also [PERSON Oscar] wants to trade Saturday with somebody.",
		"C: I'll ask [PERSON Delgado]. [HN Medic] 4 clear.",
	},
	{ // the fireground
		"A: [HN Engine] 7 to [HN Command], we're at the rear of the structure.",
		"C: [HN Command] copies. [HN Engine] 7, who's on the nozzle?",
		"A: [PERSON Hadley] and [PERSON Brooks] have the line, I'm forcing the door.",
		"C: Copy. [PERSON Hadley], give me conditions when you can.",
		"A: Heavy smoke, no fire showing on side [HN Charlie].",
		"C: Copy, heavy smoke on side [HN Charlie]. [HN Ladder] 3 is going to the roof.",
	},
	{ // a fishing boat named like a woman
		"A: [HN Coast Guard Sector Boston], this is the fishing vessel [HN Mary Ellen], over.",
		"C: [HN Mary Ellen], [HN Sector Boston], go ahead, over.",
		"A: We pulled a man out of the water, his name is [PERSON Tom Kearney], he's awake and shivering.",
		"C: Copy, [PERSON Tom Kearney]. Say your position, over.",
		"A: Four miles east of the breakwater, heading in at eight knots.",
		"C: Roger, [HN Mary Ellen]. A boat is launching to meet you. [HN Sector Boston] out.",
	},
	{ // harbor patrol calling a person by surname
		"A: [HN Harbor Patrol] to [PERSON Kessler], over.",
		"C: [PERSON Kessler], go.",
		"A: [PERSON Kessler], we need you at the fuel dock, somebody tied up in the wrong slip.",
		"C: Copy, on my way. Is [PERSON Hollis] still aboard with you?",
		"A: Negative, [PERSON Hollis] went home sick.",
		"C: Roger that.",
	},
	{ // a rescue unit relaying to base
		"A: Rescue 2 to base.",
		"C: Base, go ahead.",
		"A: Tell [PERSON Sully] we're inbound with two patients, ten minutes out.",
		"C: Copy, I'll let [PERSON Sully] know. Is [PERSON Reggie] driving?",
		"A: Affirmative, [PERSON Reggie's] driving, I'm in back with [PERSON Kowalski].",
		"C: [HN Wilco]. Base clear.",
	},
	{ // a line crew, vocatives without commas
		"A: [PERSON Danny] you there",
		"C: Go ahead [PERSON Pete]",
		"A: Need you to swing by the substation on your way back",
		"C: Copy [PERSON Pete] about twenty minutes",
		"A: Thanks [PERSON Danny]",
	},
	{ // "Roger" said back, and a man named Roger
		"A: Line crew 3, [HN Dispatch], the feeder is locked out, you're clear to work.",
		"C: [HN Roger], locked out. [PERSON Roger Blaine] is grounding the line now.",
		"A: Copy, let me know when [PERSON Roger] is done.",
		"C: [HN Wilco].",
		"A: And crew 3, [PERSON Linda Tran] from engineering wants photos of the pole.",
		"C: [HN Roger], we'll send them to [PERSON Linda].",
	},
	{ // an approach controller and an airliner
		"A: [HN Boston] Approach, Delta twelve forty, descending through one one thousand.",
		"C: Delta twelve forty, [HN Boston] Approach, descend and maintain six thousand.",
		"A: Down to six thousand, Delta twelve forty.",
		"C: Delta twelve forty, traffic two o'clock, four miles, a Learjet.",
		"A: Traffic in sight, Delta twelve forty.",
	},
	{ // a city's unit call sign that is a first name
		"A: [HN Adam] 14, what's your location?",
		"C: [HN Adam] 14, we're at the hospital with [PERSON Whitfield].",
		"A: Copy. The sergeant wants a phone call from you, [PERSON Whitfield].",
		"C: Copy, I'll call him. Is that [PERSON Okafor]?",
		"A: Affirmative, [PERSON Okafor], extension two two one.",
	},
	{ // a wildland division and its crews
		"A: [HN Division Alpha], Crew 6.",
		"C: Crew 6, [HN Division Alpha], go ahead.",
		"A: We've got spot fires over the dozer line, [PERSON Marisol] is scouting the east edge.",
		"C: Copy. Have [PERSON Marisol] check in when she tops the ridge.",
		"A: Will do. And [PERSON Dwayne] twisted an ankle, we're walking him out.",
		"C: Copy, I'll have [HN Medic] 9 stage at the drop point.",
	},
	{ // a search with grid letters
		"A: Search base, team [HN Echo].",
		"C: Team [HN Echo], go ahead.",
		"A: Grid [HN Hotel] 9 is clear, moving to [HN Hotel] 10.",
		"C: Copy, [HN Hotel] 10. [PERSON Bernadette] says the dog team is in [HN Golf] 4.",
		"A: Copy that. Tell [PERSON Bernadette] we'll stay clear of them.",
	},
	{ // a yacht calling for a tow
		"A: Sea Tow, Sea Tow, this is sailing vessel [HN Windward], over.",
		"C: [HN Windward], Sea Tow, switch to channel sixty eight.",
		"A: Sixty eight. The skipper is [PERSON Claire Hammond], we have a member card.",
		"C: Copy. I'll have [PERSON Rico] bring the boat around, about thirty minutes.",
		"A: Thanks, we'll watch for [PERSON Rico].",
	},
	{ // names ending turns after a comma
		"A: Unit 5, are you clear of the accident?",
		"C: Clearing now, about two minutes, [PERSON Jo].",
		"A: Thanks, [PERSON Hank]. Next one is a welfare check, the caller is [PERSON Agnes Pell].",
		"C: Copy, show us en route. [PERSON Fitz], grab the clipboard.",
		"A: She hasn't heard from her son since Tuesday.",
	},
	{ // controllers talking between positions
		"A: [HN Tower], [HN Ground], I've got a fuel truck crossing [HN Bravo].",
		"C: Copy, [HN Ground]. Who's driving, [PERSON Stan]?",
		"A: No, it's the new guy, [PERSON Abernathy].",
		"C: Tell [PERSON Abernathy] to hold short of two two.",
		"A: Will do.",
	},
	{ // a search team finds a hiker
		"A: [HN Command] post, team two, we found the hiker.",
		"C: Team two, go ahead.",
		"A: Subject is [PERSON Evan Lindqvist], he's got a hurt knee.",
		"C: Copy, [PERSON Lindqvist] located, hurt knee. Do you need the litter?",
		"A: Affirmative, send [PERSON Boone] and [PERSON Ferreira] with the litter.",
	},
	{ // a train crew and the dispatcher
		"A: Dispatcher, train one seventy one, we're stopped at milepost forty.",
		"C: One seventy one, copy. What's the trouble?",
		"A: The conductor, [PERSON Wallace], reports a hot box on the fourth car.",
		"C: Copy, have [PERSON Wallace] look at it and call me back.",
		"A: Copy, one seventy one.",
	},
	{ // Mike the person and Mike the letter
		"A: [PERSON Mike], you on this channel?",
		"C: Yeah, go ahead, [PERSON Sal].",
		"A: The crane is on pad [HN Mike] 2 instead of pad [HN November] 1.",
		"C: Copy, pad [HN Mike] 2. I'll move the crew over.",
		"A: Thanks, [PERSON Mike].",
	},
	{ // Juliet the person
		"A: [PERSON Juliet], it's [PERSON Raymond], are you on frequency?",
		"C: I'm here, [PERSON Ray]. I'm holding at the fuel pit.",
		"A: When you're done, [PERSON Hector] needs the plane for a lesson.",
		"C: Copy, tell [PERSON Hector] twenty minutes.",
	},
	{ // Charlie the person
		"A: Unit 8, be advised [PERSON Charlie Voss] is at the front desk asking for you.",
		"C: Copy, tell [PERSON Charlie] I'll be in after this stop.",
		"A: Copy. The sergeant says [PERSON Yusuf] is covering your beat tonight.",
		"C: Ten four.",
	},
	{ // a marina office and its dockhands
		"A: Marina office, this is [HN Sea Hawk], requesting a slip for the night.",
		"C: [HN Sea Hawk], marina, take slip forty two on C dock. [PERSON Benny] will meet you.",
		"A: Slip forty two, thanks. Is [PERSON Benny] the one in the red jacket?",
		"C: That's him. And say hi to Captain [PERSON Morrow] for me.",
		"A: [HN Roger], will do.",
	},
	{ // a survey crew on handhelds, surnames only
		"A: [PERSON Gallagher], you see the stake?",
		"C: Got it. [PERSON Nguyen] is setting up the rod now.",
		"A: Okay, shoot it when [PERSON Nguyen] is level.",
		"C: Shot's in. Moving to the next one, [PERSON Gallagher].",
	},
}

// TestFind_Radio16Probe measures Find over radio16Probe, cased and
// lowercase, with radioProbe's figures, and holds what the rules reach
// (at main before radio16: cased 70/80 with 49 false-positive words and 20
// of 92 [HN] words flagged, lowercase 64/80 with 51 and 19; after: cased
// 73/80, 14 and 2; lowercase 64/80, 20 and 1).
func TestFind_Radio16Probe(t *testing.T) {
	floors := map[bool]probeFloor{false: {73, 14, 2}, true: {64, 20, 1}}
	for _, lower := range []bool{false, true} {
		checkRadioProbe(t, radio16Probe, lower, floors[lower])
	}
}
