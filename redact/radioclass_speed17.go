package redact

import "sync"

// Radio word classes (task speed17): which of the radio pass's word lists
// a transcript word's lowercase text is in, looked up once per word by
// newShared in the same look-up as the other word tables (lexicon), so
// that findCallSigns, which asks them of every word of the transcript,
// tests a bit instead of hashing the word (vesselWords alone was 1.5 % of
// Find's CPU time). The lists are unchanged after the package's init, so
// a bit says exactly what the map says: ts.rc(l).has(rcVessel) is
// vesselWords[ts.lw(l)] for any local word l.

// radioClass is a set of the radio pass's word lists, one bit each.
type radioClass uint8

const (
	rcVessel      radioClass = 1 << iota // vesselWords
	rcStationRole                        // stationRoles
	rcSlot18                             // radioSlotBefore18 (names_radiolower18.go)
	rcFollow18                           // radioFollow18 (names_radiolower18.go)
)

// has reports whether c holds any of the lists of d.
func (c radioClass) has(d radioClass) bool { return c&d != 0 }

// radioClasses maps each word of the lists to its classes, built at first
// use like wordClasses.
var radioClasses = sync.OnceValue(func() map[string]radioClass {
	m := map[string]radioClass{}
	for c, set := range map[radioClass]map[string]bool{rcVessel: vesselWords, rcStationRole: stationRoles, rcSlot18: radioSlotBefore18, rcFollow18: radioFollow18} {
		for w, in := range set {
			if in {
				m[w] |= c
			}
		}
	}
	return m
})

// rc returns the radio classes of channel-local word l, none outside the
// channel.
func (ts *Tokens) rc(l int) radioClass {
	if l < 0 || l >= len(ts.Words) {
		return 0
	}
	return ts.sh.radio[ts.Words[l]]
}
