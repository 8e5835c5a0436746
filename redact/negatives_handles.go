package redact

// Hard negatives (see negatives.go) of the username rule: the words after
// a messaging service's name that closed a handle said before it.

import "strings"

// serviceClosedHandle reports whether the nearest username cue before
// transcript word gw (within six content words, as cueJustBefore looks)
// is a messaging service's name that closes a handle said before it: "I'm
// dean dot malmgren on skype" ... "okay, press two when you hear the
// tone". The handle was given before the service (handlesBeforeService),
// so the service's name marks nothing after it; "on skype dean.malmgren",
// with the handle after, and "on skype, my username there is ..." (a
// nearer cue) are left to the cue.
func (sh *shared) serviceClosedHandle(gw int) bool {
	p := int(sh.before[gw]) - 1
	for d := 0; p >= 0 && d <= 6; p, d = p-1, d+1 {
		l := sh.lower[sh.order[p]]
		if messagingServices[l] {
			break
		}
		if _, cue := secretCues[l]; cue {
			return false
		}
	}
	if p < 2 || !messagingServices[sh.lower[sh.order[p]]] || sh.lower[sh.order[p-1]] != "on" {
		return false
	}
	h := sh.lower[sh.order[p-2]]
	joined := p >= 4 && secretConnectors[sh.lower[sh.order[p-3]]]
	return joined || strings.ContainsAny(h, "._-0123456789") && strings.Trim(h, "0123456789") != ""
}
