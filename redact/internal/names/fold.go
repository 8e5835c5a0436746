package names

import "strings"

// folded returns w with its accented Latin letters written as the ASCII
// letters the lists spell them with ("renée" → "renee", "ibáñez" →
// "ibanez", "zoë" → "zoe"), and whether w had any letter beyond ASCII.
// The lists are ASCII only: a transcript that keeps a name's accents
// would otherwise never match it. A letter with no plain ASCII form
// (none of the list above) is kept, so the word
// matches nothing.
func folded(w string) (string, bool) {
	ascii := true
	for i := 0; i < len(w) && ascii; i++ {
		ascii = w[i] < 0x80
	}
	if ascii {
		return w, false
	}
	var b strings.Builder
	for _, r := range w {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		switch {
		case strings.ContainsRune("àáâãäåāăą", r):
			b.WriteByte('a')
		case strings.ContainsRune("èéêëēėęě", r):
			b.WriteByte('e')
		case strings.ContainsRune("ìíîïīį", r):
			b.WriteByte('i')
		case strings.ContainsRune("òóôõöøōő", r):
			b.WriteByte('o')
		case strings.ContainsRune("ùúûüūůű", r):
			b.WriteByte('u')
		case strings.ContainsRune("çćč", r):
			b.WriteByte('c')
		case strings.ContainsRune("ñńň", r):
			b.WriteByte('n')
		case strings.ContainsRune("šśş", r):
			b.WriteByte('s')
		case strings.ContainsRune("žźż", r):
			b.WriteByte('z')
		case strings.ContainsRune("ýÿ", r):
			b.WriteByte('y')
		case strings.ContainsRune("ďđ", r):
			b.WriteByte('d')
		case strings.ContainsRune("ł", r):
			b.WriteByte('l')
		case strings.ContainsRune("řŕ", r):
			b.WriteByte('r')
		case strings.ContainsRune("ťţ", r):
			b.WriteByte('t')
		case strings.ContainsRune("ğ", r):
			b.WriteByte('g')
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), true
}
