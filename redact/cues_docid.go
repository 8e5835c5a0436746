package redact

import "sort"

// docIDCues are more ways people name a document number or an access
// code, added to numberCues (cues.go): the abbreviation "lic" ("his lic
// number is ..."), a passport called a travel document, a state ID card
// named in full, and the codes that open a home ("the gate code is
// 1234"), which are PINs.
var docIDCues = map[cueCat][]string{
	cuePIN: {"gate code", "door code", "alarm code", "entry code", "garage code", "lockbox code",
		"keypad code", "building code", "alarm pin", "door pin"},
	cueLicense: {"lic number", "lic no", "license no", "licence no", "lic #", "operator's license",
		"operators license", "operator license", "state identification number", "state id card",
		"state identification card", "identification card number"},
	cuePassport: {"travel document", "travel document number", "travel document is", "passport card",
		"passport card number"},
}

func init() { numberCues.merge(newCueTable(docIDCues)) }

// merge adds the phrases of more to tab, keeping each word's phrases
// longest first (as newCueTable orders them).
func (tab cueTable) merge(more cueTable) {
	for k, v := range more {
		cueWords[k] = true
		all := append(tab[k], v...)
		sort.SliceStable(all, func(a, b int) bool { return len(all[a].words) > len(all[b].words) })
		tab[k] = all
	}
}
