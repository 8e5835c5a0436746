package redact

import "github.com/callveil/callveil/redact/internal/names"

// Names of the sky: planets, the constellations of the zodiac and those
// navigators sight, and the navigation stars (the 57 of the nautical
// almanac, Polaris, and the few more that spacecraft guidance computers
// listed). Crews align on them and name their vehicles after them
// ("Coming down towards Sirius.", "We got Grus", "Go ahead, Aquarius.",
// "Say again, Gemini."), and several are also in the name lists. Such a
// word found as a name without a naming cue of its own is trimmed by the
// radio pass, unless it is a common name of the census lists (a first name
// ranked up to 3,175 or a surname up to 10,000: Venus, Leo, Vega, Mars and
// Castor stay names), a self-introduction names it ("this is Orion"), or
// a surname follows it ("Lyra Jones"). Words that are also common English
// words (Cancer, Phoenix, Mercury) are left out: the name rules already
// want a cue for them.
var skyNames = map[string]bool{
	// planets
	"jupiter": true, "saturn": true, "uranus": true, "neptune": true, "pluto": true,
	// constellations
	"aries": true, "taurus": true, "gemini": true, "virgo": true, "libra": true, "scorpio": true,
	"scorpius": true, "sagittarius": true, "capricorn": true, "capricornus": true, "aquarius": true,
	"pisces": true, "orion": true, "cassiopeia": true, "andromeda": true, "perseus": true, "pegasus": true,
	"cygnus": true, "lyra": true, "draco": true, "centaurus": true, "grus": true, "carina": true,
	"aquila": true, "auriga": true, "bootes": true, "cepheus": true, "cetus": true, "eridanus": true,
	"hydra": true, "lupus": true, "ursa": true, "vela": true, "crux": true,
	// navigation stars
	"sirius": true, "canopus": true, "arcturus": true, "vega": true, "capella": true, "rigel": true,
	"procyon": true, "achernar": true, "betelgeuse": true, "hadar": true, "altair": true, "acrux": true,
	"aldebaran": true, "antares": true, "spica": true, "pollux": true, "fomalhaut": true, "deneb": true,
	"regulus": true, "adhara": true, "shaula": true, "bellatrix": true, "elnath": true,
	"miaplacidus": true, "alnilam": true, "alnair": true, "alioth": true, "dubhe": true, "mirfak": true,
	"wezen": true, "sargas": true, "avior": true, "alkaid": true, "menkalinan": true, "atria": true,
	"alhena": true, "polaris": true, "alpheratz": true, "diphda": true, "acamar": true, "menkar": true,
	"alphard": true, "gienah": true, "menkent": true, "nunki": true, "rasalhague": true, "enif": true,
	"alphecca": true, "denebola": true, "dabih": true, "kochab": true, "schedar": true, "hamal": true,
	"ankaa": true, "suhail": true, "sabik": true, "eltanin": true, "markab": true, "zubenelgenubi": true,
	"kaus": true, "mirach": true}

// skyNameAt reports whether local word l is the name of a planet, a
// constellation or a star rather than a person's (see skyNames).
func (ts *Tokens) skyNameAt(l int) bool {
	w := ts.lw(l)
	if !skyNames[w] || names.IsCommonWord(w) || ts.introducedBefore(l) {
		return false
	}
	if r := names.FirstNameRank(w); r > 0 && r <= 3175 {
		return false
	}
	if r := names.SurnameRank(w); r > 0 && r <= 10000 {
		return false
	}
	if ts.breakAfter(l) || ts.Word(l).Punct != "" {
		return true
	}
	return !ts.surnameNext(l)
}

// surnameNext reports whether the word after local word l, in its
// sentence, is a listed surname that is no common word and no place: a
// full name's second word ("Lyra Jones", "Roger Whitcombe"), not a call
// sign after a vocative ("aquarius houston", "roger columbia").
func (ts *Tokens) surnameNext(l int) bool {
	if ts.breakAfter(l) {
		return false
	}
	nx := ts.lw(l + 1)
	return names.IsSurname(nx) && !names.IsCommonWord(nx) && !names.IsPlace(nx)
}
