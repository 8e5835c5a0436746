package redact

import "strings"

// A value already complete for its type takes no sound-alike digits after
// it: "... five five five six nine one eight for one" is a whole phone
// number and "for one" is talk, as "to one" after a ZIP and "for one
// thing" after a social are. growRunsOverSoundAlikes asks wholeValue of
// the finding and of the finding with its grown tail: when the finding
// reads as a whole value of its type (a phone's 10 digits or 11 from a 1,
// a ZIP's 5 or 9, a social's or a routing number's 9, a card's 13-16 or
// 19 passing the Luhn check) and the grown one does not, the tail is not
// taken. A number missing digits still grows ("... five five five oh for
// one" ends a phone of 8 digits and two sound-alikes), and so do the
// types without a fixed length (an account's or a member ID's "... nine
// one eight for one" still takes "for one"). A word it cannot read as
// digits (a teen, a tens, "double") leaves the growth as it was.

// alikeDigit are the digits of runAlikes.
var alikeDigit = map[string]byte{"to": '2', "too": '2', "for": '4', "fore": '4', "won": '1', "ate": '8',
	"of": '0', "owe": '0', "nein": '9'}

// digitsAt returns the digits the content words at order positions a..b
// say, read one a word (numerals, digit words, "oh", sound-alikes; other
// words skipped), and false when a word says digits it cannot read one by
// one.
func (sh *shared) digitsAt(a, b int) (string, bool) {
	var d strings.Builder
	for k := a; k <= b; k++ {
		w := sh.order[k]
		l := sh.lower[w]
		if n := digitCount(l); n > 0 {
			for i := 0; i < len(l); i++ {
				switch c := l[i]; {
				case c >= '0' && c <= '9':
					d.WriteByte(c)
				case c == '-' || c == '.' || c == '(' || c == ')':
				default:
					return "", false // ("4th", "2nd")
				}
			}
			continue
		}
		if nw, ok := numWords[l]; ok {
			switch nw.cls {
			case pDigit, pOh:
				d.WriteByte(byte('0' + nw.val))
				continue
			}
			return "", false
		}
		if c, ok := alikeDigit[l]; ok {
			d.WriteByte(c)
			continue
		}
		if sh.number[w] {
			return "", false // ("double", "triple")
		}
	}
	return d.String(), true
}

// wholeValue reports whether the digits d make a whole value of type typ
// (see above); false for a type without a fixed length.
func wholeValue(typ Type, d string) bool {
	n := len(d)
	switch typ {
	case Phone:
		return n == 10 || n == 11 && d[0] == '1'
	case ZIP:
		return n == 5 || n == 9
	case SSN, Routing:
		return n == 9
	case Card:
		return cardDigits(d)
	}
	return false
}

// completeBefore reports whether the finding's words at order positions
// o1..o2 make a whole value of typ that their growth to last would spoil.
func (sh *shared) completeBefore(typ Type, o1, o2, last int) bool {
	d, ok := sh.digitsAt(o1, o2)
	if !ok || !wholeValue(typ, d) {
		return false
	}
	tail, ok := sh.digitsAt(o2+1, last)
	return ok && !wholeValue(typ, d+tail)
}
