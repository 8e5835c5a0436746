package redact_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
)

// radioProbe is radio and crew talk written in session 13 by an engineer
// before reading any case of set13 (spacecraft, ground stations, a control
// centre, crews calling each other by first name and surname, family and
// colleagues spoken of, and a few calls off spaceflight: a tower, a
// dispatcher, a harbour). Each call is a list of turns ("A:" one side, "C:"
// the other). [PERSON ...] marks a person; [HN ...] marks a word that looks
// like a name and is none (a call sign, a station, a star, a role, an
// acknowledging "roger", a code letter).
var radioProbe = [][]string{
	{ // a one-man capsule passing stations
		"A: Lodestar, [HN Muchea] Cap Com, how do you read?",
		"C: Loud and clear, [HN Muchea]. Cabin pressure is holding at five point one.",
		"A: [HN Roger], [HN Lodestar]. [PERSON Wes] is here on the console, he says hello.",
		"C: Tell [PERSON Wes] thanks, I have the horizon in the window now.",
		"A: [HN Lodestar], [HN Muchea], we lose you in one minute, [HN Kano] picks you up next.",
		"C: [HN Roger], [HN Muchea]. [HN Lodestar] out.",
	},
	{ // two crew and a control centre
		"A: Meridian 5, Clearwater. We'd like [PERSON Boyd] to read us the fuel cell numbers.",
		"C: Okay, [HN Clearwater], stand by, [PERSON Boyd] is digging out the card.",
		"C: [HN Clearwater], [HN Meridian]. Section A is at twenty two amps.",
		"A: Copy that, [HN Meridian]. And [PERSON Hal], the surgeon says drink more water.",
		"C: [PERSON Hal] says he will, he's got the gun out now.",
		"A: Go ahead, [HN Meridian].",
		"C: We have [HN Rigel] just off the nose.",
	},
	{ // a lunar crew, first names on the radio
		"A: Kestrel, Clearwater, over.",
		"C: Go ahead, [HN Clearwater].",
		"A: [PERSON Norm], we'd like you to cycle the fan in tank two.",
		"C: Okay, cycling it now. [PERSON Lyle] is asleep in the lower bay.",
		"A: Roger, let him sleep. And [PERSON Curt], your wife called in this morning.",
		"C: Thanks, [PERSON Dave]. Tell her we're fine up here.",
		"A: Will do. [HN Clearwater] standing by.",
	},
	{ // a station said the way a name is
		"A: Skylark, Ascension, radio check.",
		"C: Read you five by, [HN Ascension].",
		"A: [HN Skylark], [HN Ascension], you're go for the next pass.",
		"C: Thank you, [HN Ascension].",
		"A: Say again, [HN Skylark], you were broken.",
		"C: I said thanks, [HN Ascension]. [HN Skylark] out.",
	},
	{ // full names and colleagues back home
		"A: Condor, Clearwater. We had a note from [PERSON Gilbert Ashford] at the Cape.",
		"C: Go ahead, we're listening.",
		"A: He says the press liked your pictures, and [PERSON Ruth Penhaligon] wants a copy.",
		"C: Tell [PERSON Gil] we'll bring him a roll of film.",
		"A: Roger. [PERSON Penhaligon's] people are happy too.",
		"C: Okay, [HN Condor] copies.",
	},
	{ // vocatives at the start of a turn, no comma in speech
		"A: [PERSON Roy] go to mode three on the pump.",
		"C: Mode three it is.",
		"A: And [PERSON Roy] we show you a little high on the suit loop.",
		"C: Yeah [PERSON Ellis] is looking at it now.",
		"A: Copy. [PERSON Ellis] let us know what you read.",
		"C: Reads four point two, [HN Clearwater].",
	},
	{ // self-identification and sign-offs
		"A: Nomad, this is [PERSON Kirk] on the loop, how's it going?",
		"C: Good morning [PERSON Kirk], this is [PERSON Pat].",
		"A: Morning, [PERSON Pat]. Is [PERSON Sandy] awake yet?",
		"C: Negative, [PERSON Sandy] is still in the bag.",
		"A: Okay, Nomad, Clearwater out.",
	},
	{ // names that are also words
		"A: Albatross, Clearwater. [PERSON Will] wants to know if the hatch seal looks okay.",
		"C: Tell [PERSON Will] it looks good, we will check it again at the next rest period.",
		"A: Roger. And [PERSON Bud] says happy birthday to [PERSON Mark].",
		"C: [PERSON Mark] says thanks, [PERSON Bud]. We hope to be home for the party.",
		"A: [HN Albatross], we mark your time at forty two minutes.",
		"C: Roger, mark.",
	},
	{ // code letters and numbers read out
		"A: Petrel, Clearwater. Set the switch on panel [HN Charlie] 4 to off.",
		"C: Panel [HN Charlie] 4 is off.",
		"A: Copy. Then quad [HN Mike] to open, and verb thirty seven enter.",
		"C: Quad [HN Mike] open. Verb three seven entered.",
		"A: [PERSON Mike], you're doing fine, just take your time.",
		"C: Thanks, [HN Clearwater].",
	},
	{ // a family message read up to a crew
		"A: Osprey, Clearwater, we have some news from home for you.",
		"C: Go ahead.",
		"A: [PERSON Marjorie] says the kids are fine, and [PERSON Tommy] lost a tooth.",
		"C: That's great. Tell [PERSON Marjorie] I miss her.",
		"A: We'll pass it on. [PERSON Jenny] drew a picture of the rocket too.",
		"C: Okay, thanks, we appreciate that.",
	},
	{ // lowercase transcribers, names with no cue
		"A: falcon clearwater we show the valve closed",
		"C: roger [PERSON stu] closed it a minute ago",
		"A: okay [PERSON stu] nice work",
		"C: [PERSON stu] and [PERSON vance] are going to eat now",
		"A: copy enjoy your lunch",
		"C: falcon out",
	},
	{ // the subject of a verb, "is go"
		"A: Osprey, Clearwater, for the burn, [PERSON Lyle] is go and [PERSON Norm] is go.",
		"C: Okay, we copy, we are go here.",
		"A: Flight says you're go for the burn.",
		"C: Roger, go for the burn.",
		"A: [PERSON Norm], read back your pad when ready.",
		"C: Stand by.",
	},
	{ // a control tower and small aircraft
		"A: Cessna four two tango, tower, hold short of runway two eight.",
		"C: Holding short, two eight, four two tango.",
		"A: Four two tango, cleared for takeoff.",
		"C: Cleared, thanks, tower. Say hi to [PERSON Marcy] for me.",
		"A: Will do, [PERSON Tim].",
	},
	{ // a fire dispatcher
		"A: Engine nine, dispatch.",
		"C: Dispatch, engine nine, go ahead.",
		"A: Respond to the grass fire on the ridge road, [PERSON Captain Holloway] has command.",
		"C: Copy, engine nine en route. [PERSON Reyes] is driving.",
		"A: Dispatch copies, ten fourteen.",
	},
	{ // a harbour and a boat named like a person
		"A: Sea Breeze, harbour control.",
		"C: Harbour control, [HN Sea Breeze], go ahead.",
		"A: Proceed to berth six. [PERSON Dimitri] will take your lines.",
		"C: Berth six, thanks. Is [PERSON Dimitri's] brother on tonight?",
		"A: Affirmative, [PERSON Nikos] is on the crane.",
	},
	{ // a spacecraft with a person's name
		"A: Dolly 2, Clearwater, how do you read?",
		"C: Five by five, [HN Clearwater].",
		"A: [HN Dolly], we'd like the cabin temperature.",
		"C: Stand by, [HN Clearwater]. It's sixty eight degrees.",
		"A: Thanks, [HN Dolly]. [PERSON Frank] has a question for you after this.",
		"C: Go ahead, [PERSON Frank].",
	},
	{ // stars and sightings
		"A: Kestrel, Clearwater, did you get the star check?",
		"C: Yes, we marked on [HN Antares] and then [HN Deneb].",
		"A: Copy. [PERSON Curt], how did the sextant look?",
		"C: Clean. [PERSON Lyle] did the marks, he's the expert.",
		"A: Tell [PERSON Lyle] nice job.",
	},
	{ // crew talk on board, no stations
		"A: Hand me the flashlight, [PERSON Boyd].",
		"C: Here. Where's [PERSON Hal's] checklist?",
		"A: Under the seat. [PERSON Hal] put it there last night.",
		"C: Got it. [PERSON Boyd], can you hold this strap?",
		"A: Yeah, I've got it.",
	},
	{ // network and flight, roles said as vocatives
		"A: Network, [HN Flight].",
		"C: Go ahead, [HN Flight].",
		"A: Can we get [HN Madrid] up for the next pass?",
		"C: [HN Madrid] is coming up now, [HN Flight].",
		"A: Thanks. And tell [PERSON Gerald] in the back room we need the plot.",
		"C: Will do.",
	},
	{ // lowercase vocative and third party, no punctuation anywhere
		"A: meridian clearwater how do you read",
		"C: loud and clear clearwater",
		"A: [PERSON wendell] has the new numbers for you",
		"C: okay [PERSON wendell] go ahead",
		"A: the burn time is one two three seconds",
		"C: copy one two three [PERSON hal] is writing it down",
	},
}

// TestFind_RadioProbe measures Find over radioProbe, cased and lowercase:
// PERSON recall, precision (by findings), false-positive words over
// non-PII words and flagged [HN] words over [HN] words, and holds the
// figures session 13's rules reached (at main before them: cased 52/62
// with 28 false-positive words and 17 of 46 [HN] words flagged,
// lowercase 45/62 with 17 and 8; after: cased 56/62, 4 and 2; lowercase
// 48/62, 9 and 3).
func TestFind_RadioProbe(t *testing.T) {
	floors := map[bool]probeFloor{false: {56, 4, 2}, true: {48, 9, 3}}
	for _, lower := range []bool{false, true} {
		checkRadioProbe(t, radioProbe, lower, floors[lower])
	}
}

// probeFloor is what a radio probe holds in one style: at least hit
// people found, at most fp false-positive words and hn flagged [HN] words.
type probeFloor struct{ hit, fp, hn int }

// checkRadioProbe runs Find over calls (lowercase with lower), logs PERSON
// recall, precision (by findings), false-positive words over non-PII words
// and flagged [HN] words over [HN] words, and fails, listing its misses,
// when a figure is worse than f.
func checkRadioProbe(t *testing.T, calls [][]string, lower bool, f probeFloor) {
	t.Helper()
	checkProbeTitles(t, calls, lower, f, nil)
}

// checkProbeTitles is checkRadioProbe where the unbroken run of titles
// words (lowercase, a trailing dot dropped) just before a marked person
// is neutral: counted neither as a false positive nor among non-PII words.
func checkProbeTitles(t *testing.T, calls [][]string, lower bool, f probeFloor, titles map[string]bool) {
	t.Helper()
	ents, hit, found, foundOK, words, fpWords, hnWords, hnHit := 0, 0, 0, 0, 0, 0, 0, 0
	var notes []string
	for _, call := range calls {
		tr, want := dialogue(false, call...)
		if lower {
			tr, want = dialogue(false, lowerHN(call)...)
		}
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		person, hn, neutral := map[int]bool{}, map[int]bool{}, map[int]bool{}
		for _, e := range want {
			for i := e.first; i <= e.last; i++ {
				if e.typ == "HN" {
					hn[i] = true
				} else {
					person[i] = true
				}
			}
			if e.typ != "HN" {
				for i := e.first - 1; i >= 0 && titles[strings.ToLower(strings.TrimRight(tr.Words[i].Text, "."))] && tr.Words[i].Punct == ""; i-- {
					neutral[i] = true
				}
			}
		}
		flagged := map[int]bool{}
		for _, f := range fs {
			found++
			ok := false
			for i := f.FirstWord; i <= f.LastWord; i++ {
				flagged[i] = true
				ok = ok || person[i]
			}
			if ok && f.Type == redact.Person {
				foundOK++
			} else {
				notes = append(notes, fmt.Sprintf("FP %s %q", f.Type, redact.MatchedText(tr, f)))
			}
		}
		for _, e := range want {
			if e.typ == "HN" {
				hnWords += e.last - e.first + 1
				for i := e.first; i <= e.last; i++ {
					if flagged[i] {
						hnHit++
					}
				}
				continue
			}
			ents++
			ok := false
			for _, f := range fs {
				ok = ok || f.Type == redact.Person && f.FirstWord <= e.first && f.LastWord >= e.last
			}
			if ok {
				hit++
			} else {
				notes = append(notes, "MISS "+wordsText(tr, e.first, e.last))
			}
		}
		for i := range tr.Words {
			if !person[i] && !neutral[i] {
				words++
				if flagged[i] {
					fpWords++
				}
			}
		}
	}
	t.Logf("lower=%v PERSON %d/%d = %.3f, precision %d/%d = %.3f, FP words %d/%d = %.2f%%, HN words %d/%d = %.2f%%",
		lower, hit, ents, probeRatio(hit, ents), foundOK, found, probeRatio(foundOK, found), fpWords, words,
		100*probeRatio(fpWords, words), hnHit, hnWords, 100*probeRatio(hnHit, hnWords))
	if hit < f.hit || fpWords > f.fp || hnHit > f.hn {
		t.Errorf("lower=%v: PERSON %d under %d, false-positive words %d over %d or [HN] words %d over %d",
			lower, hit, f.hit, fpWords, f.fp, hnHit, f.hn)
	}
	if hit < f.hit || fpWords > f.fp || hnHit > f.hn || testing.Verbose() && os.Getenv("REDACT_PROBE_NOTES") != "" {
		for _, n := range notes {
			t.Log(n)
		}
	}
}

// lowerHN keeps the [HN ...] markup's tag in capitals once dialogue
// lowercases a call.
func lowerHN(call []string) []string {
	out := make([]string, len(call))
	for i, turn := range call {
		out[i] = turn[:2] + strings.NewReplacer("[hn ", "[HN ", "[person ", "[PERSON ").Replace(lowerStyle(turn[2:]))
	}
	return out
}

func probeRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
