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

// deviceTalkAfter reports whether the words after token end (a unit's
// number) say that the unit is a machine that is failing or back.
func (ts *Tokens) deviceTalkAfter(end int) bool {
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
			return true
		case n > 0 && (deviceStates[w] || deviceVerbs[w]):
			// (not a way there: "unit 3 is down the hall")
			return ts.sentenceEndsAfter(j) || !ts.isWord(ts.next(j+1), "the", "a", "this", "that", "there", "here", "from", "by", "past", "near", "stairs")
		case !deviceLinks[w]:
			return false
		}
	}
	return false
}
