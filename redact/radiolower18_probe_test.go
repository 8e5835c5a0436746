package redact_test

import (
	"strings"
	"testing"
)

// radiolower18Probe is lowercase, unpunctuated radio talk (what most
// recognisers emit) written in session 16 by an engineer before reading any
// case of set13 or any dev output, and on purpose off spaceflight: a
// wildland fire crew, a taxi dispatcher, a film set's walkie-talkies, a ski
// patrol, a race team's pit radio, a tower and a glider club. People are
// first names, nicknames and surnames said as call signs, vocatives,
// subjects and objects ("okay dave you're clear", "base this is kowalski",
// "tell marty to hold", "rico copies", "go ahead fitz"). The look-alikes
// are call signs that are words or places, acknowledgements ("roger",
// "copy", "go ahead"), units, gauges, headings, letters of the spelling
// alphabet read as letters ("victor", "romeo"), lift and station names and
// "houston" as a station. Markup as radioProbe's: [PERSON ...] a person,
// [HN ...] a word that looks like a name and is none.
var radiolower18Probe = [][]string{
	{ // a fire crew's division and its squads
		"A: division zulu this is crew boss [PERSON hendricks]",
		"C: go ahead [PERSON hendricks]",
		"A: [PERSON marty] and [PERSON deshawn] are cutting line up the east flank",
		"C: copy tell [PERSON marty] to hold at the dozer line",
		"A: [PERSON marty] copies holding at the dozer line",
	},
	{ // a lookout and a squad boss
		"A: [HN eagle] lookout to squad two",
		"C: squad two go ahead",
		"A: [PERSON rico] the spot fire is below the [HN saddle] about two hundred yards",
		"C: [PERSON rico] copies we'll send [PERSON tamsin] and [PERSON boone] down",
		"A: okay [PERSON boone] watch the rolling stuff",
	},
	{ // a dozer operator and his boss
		"A: [PERSON kowalski] you on this channel",
		"C: yeah go ahead",
		"A: [PERSON kowalski] finish the push to the road and then stand by",
		"C: copy push to the road then standing by",
		"A: thanks [PERSON stan]",
	},
	{ // a helibase and a bucket ship
		"A: helibase [HN copter] six one two with a bucket",
		"C: six one two helibase go ahead",
		"A: we're refilling at the [HN pond] heading two seven zero five minutes",
		"C: copy five minutes [PERSON gretchen] is marshalling on pad three",
		"A: thanks [PERSON gretchen] see you soon",
	},
	{ // a crew's medic and a hurt sawyer
		"A: medic we need you at the top of [HN division] [HN zulu]",
		"C: who's hurt",
		"A: [PERSON ollie] caught a branch on the shoulder he's walking",
		"C: okay keep [PERSON ollie] sitting down i'm coming up with [PERSON priya]",
		"A: copy [PERSON ollie] is sitting by the [HN gator]",
	},
	{ // a fire camp's supply unit
		"A: supply this is [PERSON fitz] at the fuel trailer",
		"C: go ahead [PERSON fitz]",
		"A: we need twenty gallons of bar oil and a case of files",
		"C: roger [PERSON ingrid] will bring it up on the next run",
		"A: tell [PERSON ingrid] thanks",
	},
	{ // an engine crew and a structure
		"A: engine forty one to [HN command]",
		"C: [HN command] go ahead forty one",
		"A: we're at the white house on [HN juniper] with [PERSON abbott] and [PERSON nakamura]",
		"C: copy forty one have [PERSON nakamura] check the propane tank",
		"A: [PERSON nakamura] says the valve is shut",
	},
	{ // a taxi dispatcher and a driver
		"A: car nineteen what's your twenty",
		"C: nineteen i'm at the train station with a fare",
		"A: okay [PERSON dave] after that i've got a pickup at the hospital",
		"C: [HN roger] who's the pickup",
		"A: a lady named [PERSON esther liebowitz] at the main door",
		"C: copy [PERSON esther] at the main door",
	},
	{ // a dispatcher and two drivers
		"A: [PERSON lupe] you there",
		"C: yeah i'm here",
		"A: [PERSON lupe] can you swap with [PERSON tariq] on the airport run",
		"C: sure tell [PERSON tariq] i'll take it",
		"A: [PERSON tariq] copies he's heading back to the yard",
	},
	{ // a taxi call with a street named like a man
		"A: thirty three i need you at [HN washington] and [HN grant]",
		"C: thirty three copies [HN washington] and [HN grant]",
		"A: the customer is mr [PERSON pemberton] he's got a wheelchair",
		"C: okay i'll call [PERSON pemberton] when i pull up",
	},
	{ // a driver calls the dispatcher by name
		"A: base this is [PERSON kowalski] in car seven",
		"C: go ahead seven",
		"A: [PERSON bernadette] my meter just died",
		"C: okay bring it in [PERSON hector] can look at it",
		"A: is [PERSON hector] on tonight",
		"C: yeah till midnight",
	},
	{ // a dispatcher reading a plate with letters
		"A: twelve the plate is [HN victor] [HN romeo] [HN kilo] four four one",
		"C: [HN victor] [HN romeo] [HN kilo] four four one copy",
		"A: the owner says [PERSON gus] left his phone in the back",
		"C: i'll drop it with [PERSON gus] at the diner",
	},
	{ // a taxi stand at the airport
		"A: [HN terminal] [HN b] stand is empty who's close",
		"C: twenty two about five out",
		"A: okay [PERSON sanjay] take it",
		"C: [PERSON sanjay] copies",
		"A: and [PERSON wendy] you're next after him",
		"C: thanks [PERSON mo]",
	},
	{ // a film set's walkies, first assistant director and the floor
		"A: [PERSON becks] can you bring the talent to set",
		"C: copy bringing [PERSON jolene] in two minutes",
		"A: thanks and tell [PERSON kenji] we're on the [HN steadicam] shot",
		"C: [PERSON kenji] is flying in now",
		"A: lock it up everybody rolling",
	},
	{ // the camera department
		"A: [HN camera] [HN b] this is [PERSON duffy] are you loaded",
		"C: loaded and ready [PERSON duffy]",
		"A: okay [PERSON svetlana] pull focus to the door on the line",
		"C: [PERSON svetlana] copies",
	},
	{ // a second assistant director at base camp
		"A: [HN base] [HN camp] for [PERSON ruthie]",
		"C: this is [PERSON ruthie] go",
		"A: is mr [PERSON castellano] out of makeup yet",
		"C: not yet [PERSON aldo] needs ten more minutes on him",
		"A: copy ten minutes i'll tell [PERSON gabe]",
	},
	{ // grips on the dolly
		"A: [PERSON pauly] you got the dolly track leveled",
		"C: almost [PERSON wesley] is shimming the last piece",
		"A: when [PERSON wesley] is done send him to the [HN condor]",
		"C: copy",
	},
	{ // a set's locations crew
		"A: locations this is [PERSON ngozi] the neighbors are asking about parking",
		"C: go ahead [PERSON ngozi] tell them [PERSON marcel] has the permit",
		"A: [PERSON marcel] went to lunch",
		"C: okay have them call [PERSON marcel] on his cell",
	},
	{ // a ski patrol dispatch and a sweep
		"A: patrol base this is [PERSON hanne] at the top of [HN lift] four",
		"C: go ahead [PERSON hanne]",
		"A: we've got a snowboarder down on [HN aspen] run below the second tower",
		"C: copy [PERSON ruiz] is closest send a toboggan with [PERSON ruiz]",
		"A: [PERSON ruiz] copies on the way",
	},
	{ // a patroller and the clinic
		"A: clinic this is [PERSON theo] coming down with a knee",
		"C: copy [PERSON theo] who's the patient",
		"A: a kid named [PERSON caleb whitmore] about twelve years old",
		"C: okay we'll call [PERSON caleb's] parents",
		"A: dad is [PERSON gordon whitmore] he's at the lodge",
	},
	{ // avalanche control at dawn
		"A: [HN summit] [HN station] to control route two",
		"C: route two go",
		"A: [PERSON magnus] and [PERSON freya] are clear of the slide path",
		"C: good tell [PERSON magnus] shot three is next",
		"A: [PERSON freya] has the charges",
	},
	{ // lift ops and a stopped chair
		"A: [HN chair] six bottom to top",
		"C: top go ahead",
		"A: why'd you stop it [PERSON pete]",
		"C: a lady dropped a pole [PERSON lorenzo] is getting it",
		"A: copy let me know when [PERSON lorenzo] is clear",
	},
	{ // a patrol director and the new hires
		"A: [PERSON olsen] this is [PERSON birgit]",
		"C: go ahead",
		"A: put [PERSON jax] and [PERSON tilly] on the afternoon sweep",
		"C: copy [PERSON jax] and [PERSON tilly] on sweep",
	},
	{ // a pit crew's radio before a stop
		"A: box this lap box this lap",
		"C: copy boxing",
		"A: [PERSON moose] has the right front [PERSON dario] the left rear",
		"C: okay is [PERSON dario] ready with the gun",
		"A: [PERSON dario] is ready",
	},
	{ // an engineer and his driver
		"A: [PERSON sebastian] it's [PERSON hollis] fuel target is three point two",
		"C: three point two copy",
		"A: gap to [PERSON albrecht] behind is one point eight",
		"C: how's [PERSON albrecht] on the tires",
		"A: he's struggling push now",
	},
	{ // a spotter and the crew chief
		"A: [PERSON skip] you got me",
		"C: loud and clear [PERSON junior]",
		"A: clear high clear high [HN car] forty eight is on your bumper",
		"C: copy [PERSON junior] thanks",
	},
	{ // the pit wall and the tire man
		"A: oil pressure is sixty psi water is ninety two",
		"C: copy sixty and ninety two",
		"A: [PERSON nacho] wants the left sides at twenty eight",
		"C: tell [PERSON nacho] twenty eight it is",
	},
	{ // a tower and a student pilot
		"A: [HN tower] cessna three [HN tango] [HN papa] holding short two niner",
		"C: three [HN tango] [HN papa] [HN tower] cleared for takeoff",
		"A: cleared for takeoff three [HN tango] [HN papa]",
		"C: and say hi to [PERSON marguerite] for me",
		"A: [PERSON marguerite] says hi back",
	},
	{ // ground control and a fuel truck
		"A: [HN ground] fuel two requesting the east ramp",
		"C: fuel two [HN ground] proceed via [HN echo]",
		"A: via [HN echo] is [PERSON dwayne] still on the truck with me",
		"C: negative [PERSON dwayne] went home [PERSON bianca] is your second",
		"A: copy [PERSON bianca]",
	},
	{ // a tower and a glider club's launch
		"A: [HN tower] [HN sailplane] [HN one] [HN delta] [HN charlie] on tow ready for departure",
		"C: [HN delta] [HN charlie] [HN tower] runway one six cleared for takeoff",
		"A: [PERSON ezra] in the towplane copies",
		"C: and [PERSON ezra] release over the ridge not the town",
	},
	{ // a glider club's line
		"A: wing runner to launch who's next in the [HN ka] eight",
		"C: [PERSON agnieszka] is strapped in with [PERSON tobias] in the back",
		"A: okay [PERSON tobias] confirm your canopy is locked",
		"C: locked and ready",
		"A: take up slack all out",
	},
	{ // a glider coming in
		"A: [HN gliderport] [HN romeo] [HN whiskey] downwind for runway two four",
		"C: [HN romeo] [HN whiskey] number two behind the towplane",
		"A: number two is that [PERSON hamza] in the towplane",
		"C: affirmative [PERSON hamza] is landing now",
	},
	{ // the club's duty instructor
		"A: duty instructor this is [PERSON clem] in the hangar",
		"C: go ahead [PERSON clem]",
		"A: the battery on the [HN discus] is flat can [PERSON ulrike] bring the spare",
		"C: [PERSON ulrike] is on her way",
	},
	{ // a station named houston on a race weekend
		"A: [HN houston] this is car one zero go ahead",
		"C: car one zero [HN houston] we read you",
		"A: tell [PERSON delphine] the brakes are fading",
		"C: copy [PERSON delphine] is on the pit wall now",
	},
	{ // a relay through a station
		"A: [HN victor] station this is [HN echo] team",
		"C: [HN echo] team go ahead",
		"A: [PERSON mcallister] and [PERSON obi] are back at the trailhead",
		"C: good tell [PERSON obi] to call his wife",
	},
	{ // only acknowledgements and headings
		"A: [HN roger] [HN roger] turning left heading one eight zero",
		"C: copy heading one eight zero climb to three thousand",
		"A: [HN wilco] climbing three thousand",
		"C: go ahead with your request",
		"A: request the [HN victor] two three airway",
	},
	{ // a man named roger on a fire crew
		"A: [HN roger] that [PERSON roger] is bringing the pump",
		"C: copy when [PERSON roger] gets there start the hose lay",
		"A: [HN wilco]",
	},
	{ // a woman named romeo by her crew, a romeo as a letter
		"A: the tag is [HN romeo] [HN oscar] seven",
		"C: copy [HN romeo] [HN oscar] seven",
		"A: and [PERSON jules] says the trailer is locked",
		"C: ask [PERSON jules] for the key",
	},
	{ // gauges and units that carry no person
		"A: [HN pump] [HN one] is at one fifty psi",
		"C: copy one fifty",
		"A: [HN tender] [HN two] is empty heading back to [HN dixon] [HN creek]",
		"C: copy [HN tender] [HN two]",
	},
	{ // a fire crew in camp
		"A: [PERSON doc] you seen my gloves",
		"C: [PERSON benny] had them by the truck",
		"A: thanks [PERSON doc]",
		"C: ask [PERSON benny] not me",
	},
	{ // surnames only in a hotshot crew
		"A: [PERSON castillo] [PERSON brandt] grab your tools",
		"C: where to",
		"A: up to [PERSON yazzie] on the ridge",
		"C: copy moving up to [PERSON yazzie]",
	},
	{ // a taxi fare with a full name in a note
		"A: forty you've got a note from a fare",
		"C: go ahead",
		"A: mrs [PERSON odunayo] left an umbrella she's at the [HN marriott]",
		"C: okay i'll drop it with [PERSON odunayo] after this",
	},
	{ // a dispatcher at shift change
		"A: all cars [PERSON carmen] is taking over dispatch",
		"C: thanks [PERSON rita] have a good night",
		"A: goodnight everybody",
	},
	{ // a film set's sound department
		"A: sound to set can we get a minute of room tone",
		"C: copy [PERSON anouk] hold the room please",
		"A: thanks [PERSON anouk]",
		"C: and [PERSON lars] watch the boom shadow",
	},
	{ // a film set's wrap
		"A: that's a wrap on [PERSON bettina] everybody",
		"C: thank you [PERSON bettina]",
		"A: [HN video] [HN village] can be struck",
		"C: copy [PERSON sully] is coiling the cables",
	},
	{ // stations with place names
		"A: [HN denver] center [HN glider] [HN two] [HN kilo] [HN lima] with you at one two thousand",
		"C: [HN kilo] [HN lima] [HN denver] center roger",
		"A: [HN kilo] [HN lima] [HN ridge] soaring near [HN boulder]",
		"C: copy",
	},
	{ // ski patrol with nicknames
		"A: [PERSON tank] this is [PERSON sparky]",
		"C: go ahead [PERSON sparky]",
		"A: [HN cornice] looks loaded above [HN gully] three",
		"C: copy i'll tell [PERSON hutch]",
	},
	{ // a spotter calling lap times
		"A: [PERSON ramirez] ran a one forty two",
		"C: what did [PERSON tomasz] run",
		"A: [PERSON tomasz] a one forty three",
		"C: copy",
	},
	{ // taxi and a name in the middle of talk
		"A: fifty i got a complaint about you from mr [PERSON haversham]",
		"C: what did [PERSON haversham] say",
		"A: he says you took the long way",
		"C: there was a crash on [HN lincoln]",
	},
	{ // fire crew vocatives at the end
		"A: where do you want the pump [PERSON gary]",
		"C: by the creek [PERSON lonnie]",
		"A: okay thanks [PERSON gary]",
		"C: you bet",
	},
	{ // a glider club's retrieve crew
		"A: retrieve crew this is [PERSON lenka] i landed out in a field",
		"C: copy [PERSON lenka] where are you",
		"A: two miles south of the [HN water] [HN tower] by the red barn",
		"C: okay [PERSON desmond] is bringing the trailer",
		"A: thanks tell [PERSON desmond] the gate is on the east side",
	},
	{ // a pit crew after the race
		"A: nice job today [PERSON paco]",
		"C: thanks [PERSON gil] the car was great",
		"A: [PERSON imogen] wants you in the debrief in ten",
		"C: copy tell [PERSON imogen] i'm coming",
	},
	{ // a crew boss checks people in
		"A: check in by name",
		"C: [PERSON alvarez] here",
		"A: [PERSON okoro]",
		"C: [PERSON okoro] here",
		"A: [PERSON brady]",
		"C: [PERSON brady] is on the saw out of range",
	},
}

// TestFind_RadioLower18Probe measures Find over radiolower18Probe
// (lowercase, unpunctuated) with radioProbe's figures: PERSON recall,
// precision by findings, false-positive words and flagged [HN] words, and
// holds what the rules reach (at main before radiolower18: 144/174,
// precision 143/147, 15 false-positive words of 1312, 6 of 105 [HN] words
// flagged; after: 157/174, 156/158, 13 and 6).
func TestFind_RadioLower18Probe(t *testing.T) {
	checkProbeTitles(t, radiolower18Probe, true, probeFloor{157, 13, 6}, radiolower18Titles)
}

// radiolower18Titles are the titles before a person the probe counts
// neither way.
var radiolower18Titles = map[string]bool{"mr": true, "mrs": true}

// TestRadioLower18Probe_Size keeps the probe as large as its brief asks:
// 150 lines and more with a person, 80 and more look-alike words.
func TestRadioLower18Probe_Size(t *testing.T) {
	lines, hn := 0, 0
	for _, call := range radiolower18Probe {
		for _, turn := range call {
			if strings.Contains(turn, "[PERSON ") {
				lines++
			}
			hn += strings.Count(turn, "[HN ")
		}
	}
	t.Logf("%d lines with a person, %d look-alike words", lines, hn)
	if lines < 150 || hn < 80 {
		t.Errorf("probe too small: %d lines with a person, %d look-alikes", lines, hn)
	}
}
