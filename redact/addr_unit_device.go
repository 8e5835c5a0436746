package redact

// A "unit" or "suite" with its number said alone is an address's unit
// ("apartment 4B" alone is one), unless what follows says the unit is a
// machine, a site or a piece of software that is down or acting up: "Our
// tower, unit 3, is down", "The generator, unit 2, failed overnight",
// "suite 4 keeps crashing". deviceTalkAfter reads the one to three words
// after the number (a comma between allowed): a verb of failing, or a
// form of "be", "go" or "keep" (and "not", "still") before a state of a
// machine. A flat said to be empty, flooded or for rent stays one
// ("unit 3 is vacant"), and so does one said to be down a hall. The lists are written by hand for callveil.

// deviceStates are what a machine or a service is when it fails or comes
// back: "is down", "went offline", "is not working".
var deviceStates = withWords(map[string]bool{}, "down", "offline", "online", "broken", "dead", "faulty",
	"working", "responding", "overheating", "beeping", "flashing", "rebooting", "restarting", "crashing",
	"failing", "dropping", "alarming", "tripping", "disconnected", "unreachable")

// deviceVerbs are verbs of a machine failing, said right after it: "unit 7
// lost power", "suite 2 crashed".
var deviceVerbs = withWords(map[string]bool{}, "failed", "fails", "crashed", "crashes", "died", "dies",
	"tripped", "trips", "rebooted", "reboots", "restarted", "restarts", "lost", "loses", "dropped", "drops",
	"overheated", "overheats", "stopped", "stops", "froze", "freezes", "glitched")

// deviceLinks come between a machine and its state: "is down", "went
// offline", "keeps dropping", "is still not responding".
var deviceLinks = withWords(map[string]bool{}, "is", "was", "are", "were", "went", "goes", "keeps", "kept",
	"not", "still", "isn't", "wasn't", "again", "just", "seems", "now", "has", "been", "gone")

// deviceOnlyWords say a machine's state or failing that no flat and no
// tenant has: "went offline", "keeps rebooting", "crashed". The other
// deviceStates and deviceVerbs are said of a flat or its tenant too
// ("Unit 12 lost power", "unit 5 was broken into", "unit 3 stopped
// paying", "unit 8 failed its inspection", "the breaker in unit 4 keeps
// tripping"), so they make a machine only after one is named before the
// unit (deviceNouns: "Our tower, unit 3, is down", "Compressor unit 4
// keeps tripping").
var deviceOnlyWords = withWords(map[string]bool{}, "offline", "online", "faulty", "rebooting", "restarting",
	"crashing", "responding", "overheating", "beeping", "alarming", "disconnected", "unreachable", "crashed",
	"crashes", "rebooted", "reboots", "restarted", "restarts", "overheated", "overheats", "glitched")

// deviceNouns name a machine, a site's equipment or a vehicle that is
// numbered as a unit or a suite.
var deviceNouns = withWords(map[string]bool{}, "tower", "generator", "compressor", "chiller", "server", "servers",
	"rack", "pump", "boiler", "turbine", "engine", "machine", "printer", "camera", "router", "switch", "terminal",
	"elevator", "lift", "fan", "heater", "furnace", "hvac", "conveyor", "robot", "sensor", "radio", "battery",
	"inverter", "transformer", "truck", "vehicle", "ambulance", "freezer", "fridge", "cooler", "scanner", "kiosk",
	"reactor", "crane", "forklift", "controller", "node", "monitor", "device", "equipment", "appliance", "motor",
	"drone", "ventilator", "condenser", "compressors", "generators", "pumps", "cameras", "printers", "antenna")

// deviceBefore reports whether a machine is named in the three words
// before token i (a unit's word), in its sentence.
func (ts *Tokens) deviceBefore(i int) bool {
	for k, n := ts.prev(i-1), 0; k >= 0 && n < 3 && !ts.sentenceEndsAfter(k); k, n = ts.prev(k-1), n+1 {
		if ts.wordIn(k, deviceNouns) {
			return true
		}
	}
	return false
}

// deviceTalkAfter reports whether the words after token end (the number
// of the unit whose word is token i) say that the unit is a machine that
// is failing or back.
func (ts *Tokens) deviceTalkAfter(i, end int) bool {
	machine := ts.deviceBefore(i)
	j := end
	for n := 0; n < 4; n++ {
		if ts.sentenceEndsAfter(j) {
			return false
		}
		j = ts.next(j + 1)
		if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord {
			return false
		}
		w := ts.Toks[j].Norm
		switch {
		case n == 0 && deviceVerbs[w]:
			return machine || deviceOnlyWords[w]
		case n > 0 && (deviceStates[w] || deviceVerbs[w]):
			if !machine && !deviceOnlyWords[w] || w == "responding" && ts.isWord(ts.next(j+1), "to") {
				return false // (a flat or its tenant: "unit 12 lost power", "not responding to our letters")
			}
			// (not a way there: "unit 3 is down the hall")
			return ts.sentenceEndsAfter(j) || !ts.isWord(ts.next(j+1), "the", "a", "this", "that", "there", "here", "from", "by", "past", "near", "stairs")
		case !deviceLinks[w]:
			return false
		}
	}
	return false
}
