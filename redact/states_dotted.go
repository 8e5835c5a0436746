package redact

import "strings"

// stateDotted holds the US states' abbreviations written with periods, as
// the AP Stylebook and the US Government Publishing Office's Style Manual
// (its "traditional" column) give them and as people still write them
// after a city ("Brooklyn, N.Y., 11216", "Fayetteville, Ark. 72704"): the
// two-letter codes with a period after each letter (normalised without the
// final one: "n.y", "d.c", "w.va") and the shortened names ("calif",
// "mass"). The USPS two-letter codes without periods are stateAbbr.
var stateDotted = map[string]bool{
	"ala": true, "ariz": true, "ark": true, "calif": true, "cal": true, "colo": true, "conn": true,
	"del": true, "fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "kans": true,
	"ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true, "miss": true,
	"mo": true, "mont": true, "neb": true, "nebr": true, "nev": true, "okla": true, "ore": true,
	"oreg": true, "pa": true, "penn": true, "tenn": true, "tex": true, "vt": true, "va": true,
	"wash": true, "wis": true, "wisc": true, "wyo": true,
	"n.h": true, "n.j": true, "n.m": true, "n.mex": true, "n.y": true, "n.c": true, "n.d": true,
	"n.dak": true, "r.i": true, "s.c": true, "s.d": true, "s.dak": true, "w.va": true, "d.c": true,
	"p.r": true,
}

// dottedState reports whether token i is a state written with periods:
// a dotted code ("N.Y.", "d.c.") or, capitalised, followed by its period
// and after a city and its comma, a shortened name ("Fayetteville,
// Ark."; "mass" or "Wash" without the period are words, and "... to
// Wash. 12000 more" ends a sentence).
func (ts *Tokens) dottedState(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last || !stateDotted[tk.Norm] {
		return false
	}
	if strings.Contains(tk.Norm, ".") {
		return true // ("n.y.", "d.c." in any case)
	}
	w := ts.Word(tk.First)
	if w.Text == "" || w.Text[0] < 'A' || w.Text[0] > 'Z' {
		return false
	}
	if !strings.HasPrefix(w.Punct, ".") && !strings.HasSuffix(w.Text, ".") {
		return false
	}
	// A shortened name closes "City, St.": a city and its comma before it
	// ("... to Wash. 12000 more are coming" is a sentence's end).
	p := ts.prev(i - 1)
	return p >= 0 && ts.Toks[p].Kind == KindWord && strings.HasPrefix(ts.Word(ts.Toks[p].Last).Punct, ",")
}
