package redact

// A stall's time is no number: "give me two seconds", "hold on two
// secs", "two minutes, it's in the car". A number word right before a
// short span of time (waitUnits), said by the same speaker, neither ends a
// cue's reach (lookBack: "ZIP?" ... "give me two seconds" ... "nine four
// one one oh" takes the ZIP cue) nor makes the stall an answer
// (stallBefore). It is never a value either way: the units make it a
// measure.

// waitUnits are the spans of time a speaker asks to wait for.
var waitUnits = map[string]bool{"second": true, "seconds": true, "sec": true, "secs": true, "minute": true,
	"minutes": true, "min": true, "mins": true, "moment": true, "moments": true}

// waitAt reports whether the number word at order position p comes right
// before a unit of waitUnits of its speaker.
func (sh *shared) waitAt(p int) bool {
	n := p + 1
	return n < len(sh.order) && waitUnits[sh.lower[sh.order[n]]] && sh.sameSpeaker(int(sh.order[p]), int(sh.order[n]))
}

// waitAnswer reports whether an answer's first words (word(k) is its k-th
// content word, "" past its end; o its order position) ask for time: a
// number or "a", "couple" among its first three words right before a unit
// of waitUnits ("just two seconds", "two secs", "a couple minutes
// please"). The answer rule reads it as no value (nonAnswer), as it does
// "give me a second".
func (sh *shared) waitAnswer(o int, word func(int) string) bool {
	for k := 0; k < 3 && word(k) != ""; k++ {
		l := word(k)
		if (sh.number[sh.order[o+k]] || l == "a" || l == "couple" || l == "few") && waitUnits[word(k+1)] {
			return true
		}
	}
	return false
}
