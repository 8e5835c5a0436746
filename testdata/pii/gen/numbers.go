package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

var (
	ones  = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	teens = []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"}
	tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

	ordinals = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	months = []string{"", "January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// randDigits returns n random decimal digits.
func randDigits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// digitWord spells one digit; zero is "oh" with probability pOh.
func digitWord(r *rand.Rand, d byte, pOh float64) string {
	if d == '0' && r.Float64() < pOh {
		return "oh"
	}
	return ones[d-'0']
}

// twoDigits spells "45" as "forty five", "12" as "twelve", "05" as "oh five".
func twoDigits(r *rand.Rand, s string) []string {
	a, b := s[0]-'0', s[1]-'0'
	switch {
	case a == 0:
		return []string{digitWord(r, '0', 0.85), ones[b]}
	case a == 1:
		return []string{teens[b]}
	case b == 0:
		return []string{tens[a]}
	default:
		return []string{tens[a], ones[b]}
	}
}

// spokenDigits spells each digit, sometimes as "double five" or "triple
// seven" when pRepeat allows.
func spokenDigits(r *rand.Rand, s string, pOh, pRepeat float64) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		run := j - i
		switch {
		case run >= 3 && r.Float64() < pRepeat:
			out = append(out, "triple", digitWord(r, s[i], pOh))
			i += 3
		case run >= 2 && r.Float64() < pRepeat:
			out = append(out, "double", digitWord(r, s[i], pOh))
			i += 2
		default:
			out = append(out, digitWord(r, s[i], pOh))
			i++
		}
	}
	return out
}

// hundredsForm spells three digits the way people say an area code or
// exchange: "555" -> "five fifty five", "501" -> "five oh one",
// "800" -> "eight hundred".
func hundredsForm(r *rand.Rand, s string) []string {
	if s[1:] == "00" {
		return []string{ones[s[0]-'0'], "hundred"}
	}
	return append([]string{digitWord(r, s[0], 0.5)}, twoDigits(r, s[1:])...)
}

// pairsForm spells an even-length digit string as pairs: "4567" ->
// "forty five sixty seven"; "4500" -> "forty five hundred".
func pairsForm(r *rand.Rand, s string) []string {
	if len(s) == 4 && s[2:] == "00" && s[0] != '0' {
		if s[:2] == "10" || s[:2] == "20" {
			return []string{ones[s[0]-'0'], "thousand"}
		}
		return append(twoDigits(r, s[:2]), "hundred")
	}
	var out []string
	for i := 0; i+1 < len(s); i += 2 {
		out = append(out, twoDigits(r, s[i:i+2])...)
	}
	if len(s)%2 == 1 {
		out = append(out, digitWord(r, s[len(s)-1], 0.5))
	}
	return out
}

// mixedDigits writes each digit as a numeral or a word at random ("five 5 5").
func mixedDigits(r *rand.Rand, s string) []string {
	out := make([]string, len(s))
	for i := range s {
		if r.IntN(2) == 0 {
			out[i] = s[i : i+1]
		} else {
			out[i] = digitWord(r, s[i], 0.3)
		}
	}
	return out
}

// numberWords spells 0 <= n < 10000 as a cardinal ("forty two", "one
// hundred twenty", "twelve thirty four" is pairsForm's job).
func numberWords(n int) []string {
	var out []string
	if n >= 1000 {
		out = append(out, numberWords(n/1000)...)
		out = append(out, "thousand")
		n %= 1000
		if n == 0 {
			return out
		}
	}
	if n >= 100 {
		out = append(out, ones[n/100], "hundred")
		n %= 100
		if n == 0 {
			return out
		}
	}
	switch {
	case n < 10:
		if len(out) == 0 || n > 0 {
			out = append(out, ones[n])
		}
	case n < 20:
		out = append(out, teens[n-10])
	default:
		out = append(out, tens[n/10])
		if n%10 != 0 {
			out = append(out, ones[n%10])
		}
	}
	return out
}

// ordinalWords spells 1..31 as an ordinal ("third", "twenty first").
func ordinalWords(n int) []string {
	if n <= 20 {
		return []string{ordinals[n]}
	}
	if n%10 == 0 {
		return []string{"thirtieth"}
	}
	return []string{tens[n/10], ordinals[n%10]}
}

// ordinalNumeral writes 1..31 as "1st", "22nd", "3rd", "11th".
func ordinalNumeral(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

// yearWords spells a year as people say it: 1985 -> "nineteen eighty
// five", 2004 -> "two thousand four", 2012 -> "twenty twelve".
func yearWords(r *rand.Rand, y int) []string {
	if y >= 2000 && y < 2010 {
		w := []string{"two", "thousand"}
		if y > 2000 {
			if r.IntN(2) == 0 {
				w = append(w, "and")
			}
			w = append(w, ones[y-2000])
		}
		return w
	}
	s := strconv.Itoa(y)
	return append(twoDigits(r, s[:2]), twoDigits(r, s[2:])...)
}

// luhnComplete appends the Luhn check digit to body.
func luhnComplete(body string) string {
	sum := 0
	double := true // the check digit will be at the right; body's last digit is doubled
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return body + strconv.Itoa((10-sum%10)%10)
}

// luhnValid reports whether s passes the Luhn check.
func luhnValid(s string) bool {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// cardNumber makes a Luhn-valid synthetic card number and its usual
// grouping.
func cardNumber(r *rand.Rand) (num string, groups []int) {
	switch r.IntN(9) {
	case 0, 1, 2: // Visa 16
		return luhnComplete("4" + randDigits(r, 14)), []int{4, 4, 4, 4}
	case 3, 4: // Mastercard 16
		return luhnComplete("5" + strconv.Itoa(1+r.IntN(5)) + randDigits(r, 13)), []int{4, 4, 4, 4}
	case 5: // Amex 15
		return luhnComplete("3" + []string{"4", "7"}[r.IntN(2)] + randDigits(r, 12)), []int{4, 6, 5}
	case 6: // Discover 16
		return luhnComplete("6011" + randDigits(r, 11)), []int{4, 4, 4, 4}
	case 7: // old Visa 13
		return luhnComplete("4" + randDigits(r, 11)), []int{4, 3, 3, 3}
	default: // 19-digit (Visa/Maestro-style)
		return luhnComplete("4" + randDigits(r, 17)), []int{4, 4, 4, 4, 3}
	}
}

// group splits s into pieces of the given sizes.
func group(s string, sizes []int) []string {
	var out []string
	for _, n := range sizes {
		out = append(out, s[:n])
		s = s[n:]
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// phoneNumber makes a synthetic 10-digit NANP number: half in the
// fictional 555-01xx range, half with a random valid area code and
// exchange (first digit 2-9).
func phoneNumber(r *rand.Rand) string {
	area := strconv.Itoa(2+r.IntN(8)) + randDigits(r, 2)
	if r.IntN(2) == 0 {
		return area + "55501" + randDigits(r, 2)
	}
	return area + strconv.Itoa(2+r.IntN(8)) + randDigits(r, 2) + randDigits(r, 4)
}

// ssnNumber makes a synthetic SSN that is valid in form (area not 000, 666
// or 9xx; group not 00; serial not 0000).
func ssnNumber(r *rand.Rand) string {
	for {
		area := 1 + r.IntN(899)
		if area == 666 {
			continue
		}
		return fmt.Sprintf("%03d%02d%04d", area, 1+r.IntN(99), 1+r.IntN(9999))
	}
}

// routingNumber makes a 9-digit ABA routing number with a valid checksum.
func routingNumber(r *rand.Rand) string {
	s := "0" + strconv.Itoa(1+r.IntN(9)) + randDigits(r, 6)
	w := []int{3, 7, 1, 3, 7, 1, 3, 7}
	sum := 0
	for i := range 8 {
		sum += w[i] * int(s[i]-'0')
	}
	return s + strconv.Itoa((10-sum%10)%10)
}

// upperLetters returns n random capital letters.
func upperLetters(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('A' + r.IntN(26))
	}
	return string(b)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
