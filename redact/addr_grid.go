package redact

// Grid house numbers, as Wisconsin's rural and suburban addresses write
// them (and a few other states' counties): a direction letter and the
// distance on the county grid, "N1234 County Road K", "W5678 Main St",
// "W156N9762 Pilgrim Rd" (both axes). Such a token is read as a house
// number by the address recognizer's rules for a number (street and type,
// numbered road, street then city, a street without its type), so it
// needs the same street after it as a number does; alone ("N1234") it is
// no address. Spoken with the letter apart ("n twelve thirty four county
// road k") gridPrefix takes the letter in. What it cannot do: a grid
// number of one or two digits ("W12", as a paper size or a tax form is
// named) is left to the tagger.

// gridHouseNumber reports whether norm (a lowercase token) is a grid
// house number: n, s, e or w and 3 to 6 digits, once or twice.
func gridHouseNumber(norm string) bool {
	axis := func(s string) (rest string, ok bool) {
		if len(s) < 4 || !isGridLetter(s[0]) {
			return s, false
		}
		k := 1
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k-1 < 3 || k-1 > 6 {
			return s, false
		}
		return s[k:], true
	}
	rest, ok := axis(norm)
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	rest, ok = axis(rest)
	return ok && rest == ""
}

func isGridLetter(c byte) bool { return c == 'n' || c == 's' || c == 'e' || c == 'w' }
