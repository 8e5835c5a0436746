package redact

import (
	"sort"
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// addressRecognizer finds street addresses: a house number, one to four
// street-name words and a suffix ("123 Main Street", "four fifty Oak
// Ave"), with an apartment, unit or suite after it; "apartment 4B" and "PO
// box 12" alone.
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - ADDRESS: house number + street words + suffix ("123 Main Street",
//     "four fifty Oak Ave", "2140 County Road 11", "fourteen oh two, you
//     know, Bayberry Court", a grid letter: "n four five six county road
//     j"), with "apartment 4B" / "unit 12" / "suite"; "PO box"; "apartment
//     4B" alone; cased, a street with no suffix that a city and a state or
//     ZIP confirm ("810 W. Fulton Market, Chicago, 60607"). Street types
//     that are everyday words ("Mall", "Keys", "Overpass", "Branch",
//     "Views", "Fall", "Forge") count when the street is capitalised or
//     the number is given as an address (after "at", "to", "is", "from"
//     or "address", or opening the answer, with talk of an address in
//     the 12 words before: "the parcel went to seventy eight joseph
//     keys"); British "123 The Street", "Flat 98R, Natasha Fall" and
//     "18 Kings Road, flat 2"; military "PSC 6293, Box 8158, APO AP" and
//     "Unit 0822, Box 8858, DPO AA"; a type before the name ("6556 106 Rue
//     Ettatawer"); numbered roads ("1200 State Route 9", "4410 Highway 61
//     North"); "post office box 12"; a unit said with no word for it
//     ("5830 Yahl Street 2B") and the letter A ending one ("suite two a,
//     thank you"); a street named without its type right after "address
//     is", "I live at", "moved to" or opening the answer to a question for
//     an address ("forty two oh one, uh, Ridgeview, unit two"; one or two
//     name words, capitalised, or in lowercase no common English word);
//     the unit before the street ("apartment 5, 22 Oak Street"); rural
//     routes ("Rural Route 2, Box 44", "RR 2 Box 44"); two directions
//     ("Main Street North East") or, cased, a capital one ("King St W");
//     corners, types said first, streets before their numbers, ranges,
//     halves, PO box departments, star routes and streets a city and
//     state confirm (addr_forms.go; session 7 in docs/redact-accuracy.md);
//     streets written name first and number after ("Hauptstraße 12",
//     "Maria Dehlis Vei 15", "Calle Mayor 5"; addr_intl.go).
type addressRecognizer struct{}

func (addressRecognizer) Name() string { return "address" }

var streetSuffixes = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true,
	"av": true, "road": true, "rd": true, "lane": true, "ln": true, "drive": true, "dr": true,
	"court": true, "ct": true, "boulevard": true, "blvd": true, "way": true, "place": true,
	"pl": true, "circle": true, "cir": true, "terrace": true, "ter": true, "parkway": true,
	"pkwy": true, "highway": true, "hwy": true, "trail": true, "trl": true, "square": true,
	"sq": true, "loop": true, "plaza": true, "alley": true, "crescent": true, "row": true,
	"path": true, "pike": true, "run": true, "point": true, "ridge": true, "crossing": true,
	"turnpike": true, "expressway": true, "freeway": true, "walk": true, "close": true,
	"grove": true, "heights": true, "hollow": true, "landing": true, "manor": true, "park": true,
	"pass": true, "view": true, "ville": true, "commons": true, "center": true, "centre": true,
	// USPS and everyday abbreviations: "Horace Harding Expy", "Throgs Neck Expwy", "Alvy Prk"
	"expy": true, "expwy": true, "xway": true, "fwy": true, "tpke": true, "xing": true, "ctr": true, "cswy": true,
	"plz": true, "trce": true, "hghwy": true, "prk": true, "pky": true, "bvd": true, "crt": true, "cres": true,
	"grv": true, "mnr": true, "rdg": true, "lndg": true}

// weakSuffixes are street types (USPS Publication 28, and British ones)
// that are also everyday words: "Mall", "Keys", "Branch", "Views", "Fall".
// A street ending in one counts only with more evidence than its shape
// (addressEvidence): "I have 2 spare keys" is no address.
var weakSuffixes = map[string]bool{"mall": true, "branch": true, "keys": true, "key": true,
	"views": true, "fall": true, "falls": true, "overpass": true, "underpass": true, "green": true,
	"gardens": true, "garden": true, "hill": true, "hills": true, "glen": true, "meadow": true,
	"meadows": true, "mews": true, "bend": true, "creek": true, "brook": true, "cove": true,
	"crest": true, "dale": true, "estates": true, "fields": true, "field": true, "forest": true,
	"ford": true, "fork": true, "forks": true, "harbor": true, "haven": true, "island": true,
	"isle": true, "junction": true, "knoll": true, "lake": true, "lakes": true, "mill": true,
	"mills": true, "mount": true, "mountain": true, "orchard": true, "oval": true, "pines": true,
	"plains": true, "ranch": true, "shore": true, "shores": true, "spring": true, "springs": true,
	"summit": true, "trace": true, "vale": true, "valley": true, "village": true, "vista": true,
	"wells": true, "woods": true, "causeway": true, "parade": true, "rise": true, "wharf": true,
	"hollows": true, "gate": true, "gateway": true, "wynd": true, "chase": true, "common": true,
	"forge": true, "ferry": true, "gap": true, "bluff": true, "bluffs": true, "canyon": true, "cape": true,
	"cliff": true, "cliffs": true, "corner": true, "corners": true, "crossroad": true, "estate": true,
	"flats": true, "fort": true, "inlet": true, "lodge": true, "prairie": true, "rapids": true,
	"river": true, "shoals": true, "stream": true, "hts": true, "spur": true, "bypass": true}

// uspsShorthand are USPS Publication 28's abbreviations of street types
// ("8 Spring Gdns", "221 Bakers Aly", "12 Elk Crk Rd"), leaving out the
// two-letter ones and those that are words or other things' shorthand.
// They count as weak types (init below); the address tagger's features
// leave them out, as its table was trained without them (addrtag.go).
var uspsShorthand = map[string]bool{"aly": true, "anx": true, "byu": true, "bch": true, "bnd": true, "blf": true, "btm": true,
	"brg": true, "brk": true, "byp": true, "cyn": true, "cpe": true, "clf": true, "cmn": true,
	"crse": true, "cts": true, "cv": true, "crk": true, "crst": true, "curv": true, "fls": true,
	"fry": true, "frd": true, "frst": true, "frg": true, "frk": true, "gdn": true, "gdns": true,
	"gtwy": true, "gln": true, "grn": true, "hbr": true, "hvn": true, "hls": true, "holw": true,
	"inlt": true, "jct": true, "knl": true, "ldg": true, "mdw": true, "mdws": true, "msn": true,
	"mtn": true, "nck": true, "orch": true, "opas": true, "psge": true, "pne": true, "pln": true,
	"prt": true, "rnch": true, "rpd": true, "rst": true, "riv": true, "shl": true, "shr": true,
	"skwy": true, "spg": true, "stra": true, "strm": true, "smt": true, "trwy": true, "trak": true,
	"trfy": true, "trlr": true, "tunl": true, "upas": true, "vly": true, "vw": true, "vlg": true}

func init() {
	for w := range uspsShorthand {
		weakSuffixes[w] = true
	}
}

// addressTalk are words that say an address is being given or asked for
// ("what's the new address?", "I live at", "my parcel went to").
var addressTalk = []string{"address", "addresses", "address's", "live", "lives", "living", "moved", "moving",
	"move", "deliver", "delivered", "delivery", "parcel", "package", "ship", "shipped", "shipping", "send",
	"sent", "located", "residence", "reside", "property", "mailing", "mail", "stay", "staying", "house",
	"location", "cab", "taxi", "ride", "destination", "pickup", "pick", "drop", "driver"}

// addressEvidence reports whether the street read from house number token
// i to token end is an address even though its type is an everyday word:
// in a cased transcript every word of the street is capitalised, or the
// number is given as an address (addressGiven).
func (ts *Tokens) addressEvidence(i, end int) bool {
	if ts.addressGiven(i) || ts.givenAfter(end) {
		return true
	}
	if !ts.Cased {
		return false
	}
	for j := ts.next(i + 1); j <= end; j = ts.next(j + 1) {
		if ts.Toks[j].Kind == KindWord && !ts.Capitalised(ts.Toks[j].First) {
			return false
		}
	}
	return true
}

// addressGiven reports whether the house number at token i is said as an
// address: after talk of one (addressTalk within 12 words) and right
// after "at", "to", "is", "from" or "address", or opening its speaker's
// turn ("what's the new address?" ... "seven eighty four knowles mall").
// "The package had 2 red keys" is talk of a parcel, not an address.
func (ts *Tokens) addressGiven(i int) bool {
	gw := ts.Words[ts.Toks[i].First]
	if !ts.sh.contextHas(gw, 12, addressTalk...) {
		return false
	}
	p := ts.prev(i - 1)
	return p < 0 || ts.turn[ts.Toks[p].Last] || ts.isWord(p, "at", "to", "is", "from", "address", "address's", "was",
		"location", "on", "reach", "share", "sharing", "it's", "that's")
}

var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northwest": true, "northeast": true, "southwest": true, "southeast": true, "nw": true,
	"ne": true, "sw": true, "se": true}

var unitWords = map[string]bool{"flat": true, "apartment": true, "apt": true, "unit": true, "suite": true,
	"ste": true, "number": true, "no": true, "#": true, "floor": true, "building": true,
	"bldg": true, "room": true, "lot": true, "space": true,
	// Spanish, Portuguese and French: "Rua Augusta 2217, apartamento 51".
	"apartamento": true, "apto": true, "departamento": true, "depto": true, "dpto": true, "appartement": true,
	"piso": true, "andar": true,
	// Brazilian blocks and lots: "Av. dos Holandeses, 9, Quadra 33", "Lote 12", "Bloco B".
	"quadra": true, "lote": true, "bloco": true,
	// a room, a department or a mail stop: "225 W. Randolph Rm. 27B", "P O Box 1000 Dept 521", "MS 5-230"
	"rm": true, "dept": true, "ms": true}

// measureNouns are what a number before them measures, in the singular
// a compound takes ("a 20 minute walk", "a 2 bedroom place", "a 3 car
// garage"): no street's first word after a house number. Words that
// name streets too ("Bath Avenue", "Story Road", "Day Street", "Mile
// Road") are left out.
var measureNouns = map[string]bool{"minute": true, "hour": true, "week": true, "month": true, "year": true,
	"bedroom": true, "bathroom": true, "car": true, "storey": true, "foot": true, "inch": true, "meter": true,
	"person": true, "seat": true, "door": true, "piece": true, "gallon": true, "percent": true, "dollar": true,
	"night": true}

// streetStop are words that cannot be part of a street name, so "3 items
// on the road" is no address.
var streetStop = map[string]bool{"and": true, "the": true, "is": true, "of": true, "for": true,
	"on": true, "at": true, "in": true, "to": true, "a": true, "an": true, "or": true, "but": true,
	"my": true, "your": true, "our": true, "their": true, "his": true, "her": true, "it": true,
	"i": true, "you": true, "we": true, "they": true, "that": true, "this": true, "with": true,
	"from": true, "by": true, "was": true, "are": true, "be": true, "have": true, "has": true,
	"had": true, "do": true, "did": true, "not": true, "no": true, "yes": true, "items": true,
	"times": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true,
	"years": true, "dollars": true, "percent": true, "people": true, "off": true, "down": true,
	"up": true, "out": true, "about": true, "just": true, "so": true, "then": true, "than": true,
	"one": true, "ones": true, "them": true, "of them": true, "what": true, "which": true}

func (addressRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		found := len(out)
		if tk.Kind == KindNumber && ts.pointReadAfter(i) {
			continue // "one hundred twenty seven point oh point ...": a number read with its points (hn17_ip.go)
		}
		if tk.Kind == KindNumber && len(tk.Norm) <= 9 {
			// "6556 106 Rue Ettatawer": house and street numbers run
			// together; "555 East El Camino Real".
			if end, ok := ts.typeFirstStreet(i); ok {
				end = ts.postcodeAfter(ts.unitAfter(end))
				out = append(out, ts.TokenFinding(Address, i, ts.cityAfter(end), 0.9, "address"))
				i = end
				continue
			}
		}
		if f, end, ok := ts.addressForms(i); ok {
			out = append(out, f)
			i = end
			continue
		}
		switch {
		case tk.Kind == KindNumber && (len(tk.Norm) <= 6 || ts.houseRange(i)) || tk.Kind == KindAlnum && len(tk.Norm) <= 7 && tk.Norm[0] >= '0' && tk.Norm[0] <= '9' ||
			tk.Kind == KindAlnum && gridHouseNumber(tk.Norm): // "W5678 Main St" (addr_grid.go)
			if t := ts.next(i + 1); ts.ofTheAfter(i, t) > t {
				end := ts.cityAfter(ts.unitAfter(ts.ofTheAfter(i, t))) // "1221 Avenue of the Americas"
				out = append(out, ts.TokenFinding(Address, i, end, 0.9, "address"))
				i = end
			} else if end, ok := ts.street(ts.halfAfter(i)); ok {
				end = ts.routeNumber(end)
				end = ts.serviceRoadAfter(ts.lowerDirectionAfter(ts.directionAfter(end))) // "Pennsylvania Avenue Northwest", "... Expwy SR"
				end = ts.localityAfter(i, ts.innerStreetAfter(end))                       // (addr_locality.go)
				if u := ts.unitAfter(end); u > end {
					end = ts.unitAfter(u) // (a second unit: "Bldg. 2 Ste 5")
				} else if u := ts.buildingUnitAfter(end); u > end {
					end = u
				} else if u := ts.complexAfter(end); u > end {
					end = u
				} else if u := ts.bareUnitAfter(end); u > end {
					end = u
				} else if u := ts.unsaidUnitAfter(end); u > end {
					end = u
				} else {
					end = ts.askedDigitUnitAfter(i, end)
				}
				end = ts.placeAfter(ts.taggedExtent(i, end)) // (a town alone: addr16.go)
				out = append(out, ts.TokenFinding(Address, ts.gridPrefix(i), end, 0.9, "address"))
				i = end
				if z := ts.zipAfterStreet(end); z > end {
					out = append(out, ts.TokenFinding(ZIP, z, z, 0.85, "zip-after-street")) // (addr17.go)
					i = z
				}
			} else if end, ok := ts.numberedRoute(i); ok {
				if j := ts.next(end + 1); !ts.sentenceEndsAfter(end) && j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && ts.Toks[j].in(wcDirections) {
					end = j // "4410 Highway 61 North"
				} else {
					end = ts.directionAfter(end) // "3101 Hwy 70 E."
				}
				end = ts.placeAfter(ts.unitAfter(end))
				out = append(out, ts.TokenFinding(Address, i, end, 0.9, "address"))
				i = end
			} else if end, ok := ts.streetThenCity(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.85, "address"))
				i = end
			} else if end, ok := ts.typelessStreet(i); ok {
				score := ts.typelessScore(i)
				if u := ts.unitAfter(end); u > end {
					end, score = u, 0.9 // a unit after it: surer than a name ("Kinzie Rm. 12B")
				} else if u := ts.bareUnitAfter(end); u > end {
					end = u
				} else if u := ts.unsaidUnitAfter(end); u > end && ts.hashBetween(end, ts.next(end+1)) {
					end, score = ts.directionAfter(u), 0.9 // "# 1 SW"
				} else if u > end && ts.addressAsked(i) {
					end = u // "seventy east broadway eighteen, hi, ...": asked for, a unit ending the clause
				}
				if c := ts.cityAfter(end); c > end {
					end, score = c, 0.9
				}
				out = append(out, ts.TokenFinding(Address, i, end, score, "address-no-type"))
				i = end
			} else if end, ok := ts.taggedStreet(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.8, "address-tagged"))
				i = end
			}
		case tk.Kind == KindAlnum && len(tk.Norm) <= 8 && tk.Norm[0] >= 'a' && tk.Norm[0] <= 'z':
			// "A1075 Main, San Jose": a house number with a letter first,
			// read by the tagger.
			if end, ok := ts.taggedStreet(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.8, "address-tagged"))
				i = end
			}
		case tk.Kind == KindWord && (tk.Norm == "po" || tk.Norm == "p.o" || tk.Norm == "post" && ts.isWord(ts.next(i+1), "office")) || tk.Kind == KindLetters && tk.Norm == "po":
			j := ts.next(i + 1)
			if tk.Norm == "post" {
				j = ts.next(j + 1) // "post office box 12"
			}
			if ts.isWord(j, "box") {
				k := ts.next(j + 1)
				if k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber {
					// "Dept 3256 P O Box 2153", "P O Box 1000 Dept 521",
					// "PO Box 12000, MS 5-230": a department or mail stop
					// before or after the box.
					first := i
					if n := ts.prev(i - 1); n >= 1 && ts.Toks[n].Kind == KindNumber && !ts.sentenceEndsAfter(n) {
						if u := ts.prev(n - 1); u >= 0 && (ts.Toks[u].Kind == KindWord || ts.Toks[u].Kind == KindLetters) && ts.Toks[u].in(wcUnitWords) && ts.Toks[u].Norm != "number" && ts.Toks[u].Norm != "no" {
							first = u
						}
					}
					first = ts.institutionBefore(first)
					k = ts.mailStopAfter(ts.unitAfter(k))
					out = append(out, ts.TokenFinding(Address, first, k, 0.9, "address-pobox"))
					i = k
				}
			}
		case (tk.Kind == KindWord || tk.Kind == KindLetters) && (tk.Norm == "pmb" || tk.Norm == "private" && ts.isWord(ts.next(i+1), "mailbox")):
			// A private mailbox given as the address: "PMB 123", "PMB
			// number 77", "private mailbox 12" (addr_pmb.go).
			if end, ok := ts.privateMailbox(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.9, "address-pmb"))
				i = end
			}
		case (tk.Kind == KindWord || tk.Kind == KindLetters) && (tk.Norm == "rr" || tk.Norm == "hc") || ts.isWord(i, "rural", "star") && ts.isWord(ts.next(i+1), "route", "rte", "rt"):
			// A rural route and its box: "Rural Route 2, Box 44", "RR 2
			// Box 44", a highway contract route "HC 1 Box 23", a star
			// route "Star Rte 102 Box # 95".
			j := ts.next(i + 1)
			if tk.Norm == "rural" || tk.Norm == "star" {
				j = ts.next(j + 1)
			}
			if j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && len(ts.Toks[j].Norm) <= 4 {
				if end := ts.boxAfter(j); end > j {
					out = append(out, ts.TokenFinding(Address, i, end, 0.9, "address-rural"))
					i = end
				}
			}
		case (tk.Kind == KindWord || tk.Kind == KindLetters) && (tk.Norm == "psc" || tk.Norm == "cmr"):
			// A military address: "PSC 6293, Box 8158, APO AP", "CMR
			// 450 Box 12": the unit's number, the box and the post office.
			j := ts.next(i + 1)
			if j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && len(ts.Toks[j].Norm) <= 5 {
				if end := ts.boxAfter(j); end > j {
					out = append(out, ts.TokenFinding(Address, i, end, 0.9, "address-military"))
					i = end
				}
			}
		case tk.Kind == KindWord && (tk.Norm == "flat" || tk.Norm == "studio"):
			// British: "Flat 98R, Natasha Fall, Lake Rosie": the flat
			// before the street, which has no house number.
			if end, ok := ts.flatStreet(i); ok {
				out = append(out, ts.TokenFinding(Address, i, ts.cityAfter(end), 0.9, "address-flat"))
				i = end
			}
		case tk.Kind == KindWord && (tk.Norm == "floor" || tk.Norm == "number"):
			// A floor or a bare number as the unit, only in a building
			// named just before it: "the Harbour Tower, floor 31", "Birch
			// Hill Apartments, number 9" (addr_building.go). Alone, "floor
			// 3" and "number 5" are no address.
			if end := ts.unitAfter(i - 1); end >= i {
				if b := ts.buildingBeforeUnit(i); b < i {
					out = append(out, ts.TokenFinding(Address, b, end, 0.85, "address-building"))
					i = end
				}
			}
		case tk.Kind == KindWord && tk.in(wcSiteWords):
			// "I live in lot 42 at Shady Acres" (addr16.go)
			if end, ok := ts.siteLivedIn(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.85, "address-site"))
				i = end
			}
		case tk.Kind == KindWord && (tk.Norm == "apartment" || tk.Norm == "apt" || tk.Norm == "suite" || tk.Norm == "unit"):
			if end := ts.unitAfter(i - 1); end >= i {
				if b := ts.boxAfter(end); b > end {
					// "Unit 0822, Box 8858, DPO AA": a military address.
					out = append(out, ts.TokenFinding(Address, i, b, 0.9, "address-military"))
					i = b
					continue
				}
				if e2, ok := ts.streetAfterUnit(end); ok {
					// "apartment 5, 22 Oak Street", "unit seven, one forty
					// five King Street West": the unit before the street.
					out = append(out, ts.TokenFinding(Address, ts.floorBefore(i), e2, 0.9, "address"))
					i = e2
					continue
				}
				score := 0.85
				if tk.Norm == "unit" || tk.Norm == "suite" {
					score = 0.7
					if ts.isWord(ts.next(end+1), "of") && !ts.sentenceEndsAfter(end) {
						continue // "unit 4 of the course": a part of something
					}
					if !ts.sentenceEndsAfter(end) && ts.next(end+1) < len(ts.Toks) && contentVerbs[ts.Toks[ts.next(end+1)].Norm] {
						continue // "Unit 4 covers the warranty": a part of a text or a course
					}
					if ts.deviceTalkAfter(i, end) {
						continue // "Our tower, unit 3, is down": a machine (addr_unit_device.go)
					}
					if ts.unitIsARoom(end) {
						continue // "Suite 210 is the conference room" (addr16.go)
					}
				}
				if b := ts.buildingBeforeUnit(i); b < i {
					// "the Riverside Towers, apartment 12" (addr_building.go)
					out = append(out, ts.TokenFinding(Address, b, end, 0.85, "address-building"))
					i = end
					continue
				}
				if (tk.Norm == "unit" || tk.Norm == "suite") && ts.loneUnitNotAPlace(i, end) {
					continue // "the sensor unit D C", "suite 300 for the conference" (addr19_lone_unit.go)
				}
				out = append(out, ts.TokenFinding(Address, ts.floorBefore(i), end, score, "address-unit"))
				i = end
			}
		}
		if len(out) == found && tk.Kind == KindWord {
			// The street's name before its number (addr_intl.go).
			if end, ok := ts.nameFirstStreet(i); ok {
				out = append(out, ts.TokenFinding(Address, i, ts.cityAfter(end), 0.92, "address-name-first"))
				i = end
				continue
			}
			if end, ok := ts.flatBuildingStreet(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.9, "address-flat"))
				i = end
				continue
			}
		}
		if len(out) == found && (tk.Kind == KindMeasure || tk.Kind == KindDate) {
			// "1/135 Ferny Way", "11-12 Sparrow Hill" (addr_intl.go).
			if end, ok := ts.markedHouseStreet(i); ok {
				out = append(out, ts.TokenFinding(Address, i, ts.cityAfter(ts.unitAfter(end)), 0.9, "address"))
				i = end
				continue
			}
		}
		if len(out) == found {
			// A box or route the rules did not read (addrtag_use.go).
			if end, ok := ts.taggedBox(i); ok {
				out = append(out, ts.TokenFinding(Address, i, end, 0.8, "address-tagged-box"))
				i = end
			}
		}
	}
	return ts.postcodeOutside(ts.houseNumberAfterOh(ts.taggedAnswers(ts.pub28Forms(out)))) // (Publication 28 forms: addr18.go)
}

// houseNumberAfterOh starts an address whose first word is a spoken "oh"
// before a number word other than a zero at that number: no house number
// begins with a zero, so the "oh" is the caller's interjection ("what's
// your address?" "oh, nineteen oh two maple ..."), not part of the address.
func (ts *Tokens) houseNumberAfterOh(out []Finding) []Finding {
	for k := range out {
		f := &out[k]
		if f.Type != Address || f.FirstWord >= f.LastWord || ts.sh.lower[f.FirstWord] != "oh" {
			continue
		}
		w := sort.SearchInts(ts.Words, f.FirstWord)
		if w+1 >= len(ts.Words) || ts.Words[w] != f.FirstWord || ts.Words[w+1] > f.LastWord {
			continue
		}
		if nw, ok := numWords[ts.Lower(w+1)]; ok && nw.cls != pOh && (nw.cls != pDigit || nw.val > 0) && (nw.cls == pDigit || nw.cls == pTeen || nw.cls == pTens) {
			f.FirstWord = ts.Words[w+1]
			f.Start = ts.Transcript.Words[f.FirstWord].Start
		}
	}
	return out
}

// street checks for street-name words and a suffix after the house number
// at token i and returns the suffix's token.
func (ts *Tokens) street(i int) (int, bool) {
	words := 0
	for j := ts.next(i + 1); j < len(ts.Toks) && words <= 4; j = ts.next(j + 1) {
		t := &ts.Toks[j]
		switch t.Kind {
		case KindWord:
			if words == 0 && t.Norm == "the" && !ts.sentenceEndsAfter(j) {
				// "123 The Street, London", "4 the green": a British
				// street named by its type alone, after talk of an address.
				if k := ts.next(j + 1); k < len(ts.Toks) && ts.Toks[k].Kind == KindWord &&
					(ts.Toks[k].in(wcStreetSuffixes) || ts.Toks[k].in(wcWeakSuffixes)) && !ts.Toks[k].in(wcUnitWords) &&
					ts.addressGiven(i) {
					return k, true
				}
				return 0, false
			}
			if words == 0 && t.Norm == "a" && ts.Toks[i].Kind == KindNumber && !ts.sentenceEndsAfter(j) &&
				(ts.streetNameAt(ts.next(j+1)) && !names.IsCommonWord(ts.Toks[ts.next(j+1)].Norm) || ts.addressGiven(i)) {
				// "fifteen oh nine nine a hesperian boulevard": the house
				// number's letter, not the article (which "a main road
				// closure" is).
				continue
			}
			if t.in(wcWeakSuffixes) && !t.in(wcStreetSuffixes) && words > 0 {
				// "784 Knowles Mall", "93 Hall Overpass"; but "12 Forest
				// Hill Road" goes on to its last type.
				if k := ts.next(j + 1); (ts.sentenceEndsAfter(j) || k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord || !ts.Toks[k].in(wcStreetSuffixes) || ts.Toks[k].in(wcUnitWords)) &&
					!ts.strongSuffixAhead(j) {
					if ts.addressEvidence(i, j) {
						return j, true
					}
				}
			}
			if t.in(wcStreetSuffixes) && words > 0 {
				// "Dr" and "St" also mean doctor and saint before a name;
				// after street words they end the street. "North Park St":
				// a second suffix ends it.
				// "North Center Court Street": types run on to the last.
				for n := 0; n < 2; n++ {
					k := ts.next(j + 1)
					if ts.sentenceEndsAfter(j) || k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord || !ts.Toks[k].in(wcStreetSuffixes) || ts.Toks[k].in(wcUnitWords) {
						break
					}
					j = k
				}
				return j, true
			}
			if t.in(wcCorrectionWords) && t.Norm != "i" && t.Norm != "my" && t.Norm != "on" {
				continue // "16489 Mill, sorry, North Park St."
			}
			if t.Norm == "you" && ts.isWord(ts.next(j+1), "know") && words == 0 {
				j = ts.next(j + 1)
				continue // "fourteen oh two, uh, you know, Bayberry Court"
			}
			if t.in(wcStreetStop) || verbContraction(t.Norm) {
				return 0, false // "that one doesn't pass our check"
			}
			if words == 0 && measureNouns[t.Norm] {
				return 0, false // "a 20 minute walk", "a 2 bedroom place": what the number measures
			}
			words++
		case KindOrdinal, KindLetters:
			words++
		case KindNumber:
			// "1 East 161 Street": a street named by a number, right
			// before its type.
			k := ts.next(j + 1)
			if len(t.Norm) > 3 || t.Norm[0] == '0' || ts.sentenceEndsAfter(j) || !ts.isStrongSuffix(k) ||
				words > 0 && !directions[ts.Toks[ts.prev(j-1)].Norm] && !ts.isWord(ts.prev(j-1), "number", "no") {
				// ("Old Number Six Highway")
				return 0, false
			}
			words++
		default:
			return 0, false
		}
		if ts.sentenceEndsAfter(j) {
			return 0, false
		}
	}
	return 0, false
}

// strongSuffixAhead reports whether a street type that is no everyday
// word follows token j after one or two name words of the same sentence:
// "1040 N. Lake Shore Drive" goes on past "Lake".
func (ts *Tokens) strongSuffixAhead(j int) bool {
	for n, k := 0, j; n < 2 && !ts.sentenceEndsAfter(k); n++ {
		k = ts.next(k + 1)
		if k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord || ts.Toks[k].in(wcStreetStop) {
			return false
		}
		if n > 0 && ts.isStrongSuffix(k) {
			return true
		}
	}
	return false
}

// isStrongSuffix reports whether token k is a street type that is no
// everyday word and no unit.
func (ts *Tokens) isStrongSuffix(k int) bool {
	return k < len(ts.Toks) && ts.Toks[k].Kind == KindWord && ts.Toks[k].in(wcStreetSuffixes) && !ts.Toks[k].in(wcUnitWords)
}

// verbContraction reports whether w is a verb contracted with "not" or a
// pronoun with a verb ("doesn't", "we'll", "they're"): no street's name.
func verbContraction(w string) bool {
	if n := len(w); n < 2 || w[n-2] != '\'' && (n < 3 || w[n-3] != '\'') {
		return false // (every ending has its apostrophe two or three bytes from the end: task speed19)
	}
	for _, suf := range []string{"n't", "'ll", "'re", "'ve", "'m", "'d"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// gridPrefix returns the first token of an address whose house number is
// token i, taking in a grid letter read before the number ("N456 County
// Road J" read "n four five six county road j").
func (ts *Tokens) gridPrefix(i int) int {
	if p := ts.prev(i - 1); ts.isWord(p, "n", "s", "e", "w") && !ts.sentenceEndsAfter(p) && ts.Word(ts.Toks[p].Last).Punct == "" &&
		ts.isWord(ts.prev(p-1), "address", "is", "at", "it's", "to") {
		return p
	}
	// The word for a house number said before it, as Indian, Nigerian and
	// other addresses give it: "No. 12, 3rd Cross Road", "number twelve
	// third cross road", "Plot 14, Adeola Odeku Street", "House 7 ...".
	if p := ts.prev(i - 1); ts.isWord(p, "number", "plot", "house", "door", "stand") && !ts.sentenceEndsAfter(p) ||
		ts.isWord(p, "no") && ts.Cased && ts.Word(ts.Toks[p].First).Text == "No" && ts.Word(ts.Toks[p].Last).Punct == "." {
		return p // ("No." with its period: the abbreviation, not the word "no")
	}
	return i
}

// directionAt reports whether token j is a direction before a street's
// name, to step over: a direction word or a single letter of one ("10 S.
// Dearborn", "thirteen fifty north wells", "1480 W City Highway 16"), not
// at the end of a sentence.
func (ts *Tokens) directionAt(j int) bool {
	return j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && (ts.Toks[j].in(wcDirections) || len(ts.Toks[j].Norm) == 1 && strings.Contains("nsew", ts.Toks[j].Norm)) && !ts.sentenceEndsAfter(j)
}

// directionAfter extends a street ending at token end over the direction
// after it: "Northwest", "North East", and in a cased transcript a capital
// "W" or "NE" ("145 King St W").
func (ts *Tokens) directionAfter(end int) int {
	for n := 0; n < 2 && !ts.sentenceEndsAfter(end); n++ {
		j := ts.next(end + 1)
		if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord && ts.Toks[j].Kind != KindLetters {
			break
		}
		d := ts.Toks[j].Norm
		if ts.Toks[j].Kind == KindLetters && len(d) == 2 && directions[d] || len(d) == 3 && d[1] == '.' && directions[d[:1]+d[2:]] {
			end = j // "peachtree road n e": the two letters spelled; "N.E."
			break
		}
		if !directions[d] && !(ts.Cased && (len(d) == 1 && strings.Contains("nsew", d) || len(d) == 2 && directions[d]) && strings.ToUpper(ts.Word(ts.Toks[j].First).Text[:1]) == ts.Word(ts.Toks[j].First).Text[:1]) {
			break
		}
		if n == 1 && !(d == "east" || d == "west") {
			break // "North East", not "North Kansas"
		}
		end = j
	}
	return end
}

// highwayTypes are the street types of a road with service roads beside
// it.
var highwayTypes = map[string]bool{"expressway": true, "expwy": true, "expy": true, "xway": true, "freeway": true,
	"fwy": true, "highway": true, "hwy": true, "hghwy": true, "parkway": true, "pkwy": true, "pky": true,
	"turnpike": true, "tpke": true}

// serviceRoadAfter extends a street ending at token end over the service
// road beside it: "Service Road" or "Service Rd" after any type ("4100
// Jericho Turnpike Service Road", after a direction: "... Expressway North
// Service Road"), or, after a highway's type, its abbreviation "SR",
// written or spelled ("1030 Throgs Neck Expwy SR", "... expressway s r").
// It returns the new last token.
func (ts *Tokens) serviceRoadAfter(end int) int {
	j := ts.next(end + 1)
	if j >= len(ts.Toks) || ts.sentenceEndsAfter(end) {
		return end
	}
	t := &ts.Toks[j]
	if ts.isWord(j, "service") && !ts.sentenceEndsAfter(j) {
		if k := ts.next(j + 1); ts.isWord(k, "road", "rd") {
			return k
		}
		return end
	}
	if t.Norm != "sr" || t.Kind != KindWord && t.Kind != KindLetters {
		return end
	}
	typ := end
	if ts.Toks[typ].in(wcDirections) {
		typ = ts.prev(end - 1) // "... Expressway N SR"
	}
	if typ < 0 || !highwayTypes[ts.Toks[typ].Norm] {
		return end // "Main Street Sr.": a senior, not a service road
	}
	return j
}

// streetAfterUnit reads a street after a unit said first ("apartment 5,
// 22 Oak Street"): a house number, or the unit's own number run on into
// it ("unit seven one forty five king street": one number token, the unit
// and the house not told apart), then street words and a type. unit is the unit number's last token; it
// returns the street's last token.
func (ts *Tokens) streetAfterUnit(unit int) (int, bool) {
	h := unit
	if n := ts.next(unit + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindNumber && len(ts.Toks[n].Norm) <= 6 && !ts.sentenceEndsAfter(unit) {
		h = n
	} else if ts.Toks[unit].Kind != KindNumber {
		return 0, false
	}
	end, ok := ts.street(h)
	if !ok {
		return 0, false
	}
	return ts.cityAfter(ts.directionAfter(end)), true
}

// streetThenCity reads, in a transcript with capitals and commas, a street
// without a suffix that a city and a state or ZIP code confirm: "810 W.
// Fulton Market, Chicago, 60607". The house number is token i: then an
// optional direction, one to three capitalised words, the last with a
// comma, and a city that cityAfter confirms. It returns the last token.
func (ts *Tokens) streetThenCity(i int) (int, bool) {
	if !ts.Cased || ts.Toks[i].Kind != KindNumber || len(ts.Toks[i].Norm) > 5 {
		return 0, false
	}
	j := ts.next(i + 1)
	if ts.directionAt(j) {
		j = ts.next(j + 1)
	}
	for n := 0; n < 3 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || !ts.Capitalised(t.First) || t.in(wcStreetStop) || ts.sentenceEndsAfter(j) {
			return 0, false
		}
		if strings.Contains(ts.Word(t.Last).Punct, ",") {
			if end := ts.cityAfter(j); end > j {
				return end, true
			}
			return 0, false
		}
	}
	return 0, false
}

// typelessStreet reads a street named without its type right after an
// address is asked for or announced ("I live at 4201 Ridgeview", "what's
// the service address?" ... "forty two oh one ridgeview, unit two"): one
// or two name words after the house number at token i, capitalised in a
// cased transcript and no common English word in a lowercase one, ending
// the sentence or followed by a comma, a unit, a city, "and" or "in". It
// returns the last name word.
func (ts *Tokens) typelessStreet(i int) (int, bool) {
	if ts.sentenceEndsAfter(i) {
		return 0, false
	}
	asked := ts.addressAsked(i)
	j := ts.next(i + 1)
	direction := false
	if ts.directionAt(j) {
		j = ts.next(j + 1) // "10 S. Dearborn", "thirteen fifty north wells"
		direction = true
	}
	last := -1
	for n := 0; n < 3 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		// (In lowercase a common word is a street's name only after a
		// direction, before a city and state: "north wells chicago
		// illinois", not "three locations chicago illinois".)
		if t.Kind != KindWord || len(t.Norm) < 3 || !isAlpha(t.Norm) || t.in(wcStreetStop) || t.in(wcUnitWords) ||
			ts.Cased && !ts.Capitalised(t.First) || !ts.Cased && names.IsCommonWord(t.Norm) && !selfNamedStreets[t.Norm] && !(direction && ts.cityAfter(j) > j) ||
			!ts.Cased && !asked && !direction && names.IsEnglishWord(t.Norm) ||
			!ts.Cased && n == 0 && !direction && ts.countedNoun(i, j) {
			break
		}
		last = j
		if ts.cityAfter(j) > j {
			// "1000 Woodlawn Chicago IL", "ten hundred woodlawn chicago
			// illinois": a city and a state confirm the street (the
			// first name words that leave a city before the state),
			// asked for or not ("where do you need us?" "at ten hundred
			// woodlawn chicago illinois, the side gate is open").
			return last, true
		}
		if !asked {
			continue
		}
		if ts.sentenceEndsAfter(j) || strings.Contains(ts.Word(t.Last).Punct, ",") {
			return last, true
		}
	}
	if last < 0 || !asked {
		return 0, false
	}
	k := ts.next(last + 1)
	switch {
	case k >= len(ts.Toks):
		return last, true
	case ts.Toks[k].Kind == KindWord && (ts.Toks[k].in(wcUnitWords) || ts.Toks[k].Norm == "and" || ts.Toks[k].Norm == "in" || ts.Toks[k].Norm == "with" || ts.isState(k)):
		return last, true
	case ts.Toks[k].Kind == KindNumber && ts.hashBetween(last, k):
		return last, true // "1160 S. Plymounth # 1 SW."
	case ts.Toks[k].Kind == KindNumber && ts.unsaidUnitAfter(last) > last:
		return last, true // "... it's sixty west broadway twelve, thanks": a unit that ends the clause
	}
	return 0, false
}

// institutionBefore extends a post office box whose first token is first
// back over the institution it belongs to, in a cased transcript: one to
// five capitalised words ending in an institution's noun right before it
// ("Ou Health Sciences Center P.O. Box 26901", "Riverside Community
// Hospital PO Box 12"), as postal data writes an institution's mailing
// address. A lowercase transcript cannot tell the name's first word from
// the talk before it, so there the box starts the address. It returns the
// new first token.
func (ts *Tokens) institutionBefore(first int) int {
	p := ts.prev(first - 1)
	if !ts.Cased || p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind != KindWord || !institutionNouns[ts.Toks[p].Norm] ||
		!ts.Capitalised(ts.Toks[p].First) || strings.Contains(ts.Word(ts.Toks[p].Last).Punct, ",") {
		return first
	}
	start := p
	for n, c := 0, ts.prev(p-1); n < 4 && c >= 0; n, c = n+1, ts.prev(c-1) {
		t := &ts.Toks[c]
		if ts.sentenceEndsAfter(c) || t.Kind != KindWord && t.Kind != KindLetters || !ts.Capitalised(t.First) || t.in(wcStreetStop) ||
			strings.ContainsAny(ts.Word(t.Last).Punct, ",:;") || ts.turn[t.Last] {
			break
		}
		start = c
	}
	if b := ts.prev(start - 1); b >= 0 && !ts.sentenceEndsAfter(b) && !ts.turn[ts.Toks[b].Last] && ts.Toks[b].Kind == KindWord && ts.Capitalised(ts.Toks[b].First) {
		return first // more capitalised words before: not where the name starts
	}
	return start
}

// mailStopAfter extends a post office box ending at token end over the
// building or mail-stop code postal data writes after it: two to four
// letters that are no English word, no state and no place, then a number
// of at most four digits ("P.O. Box 26901, Scb 223", "po box twelve kx
// forty"). A ZIP (five digits) or a city is not one. It returns the last
// token.
func (ts *Tokens) mailStopAfter(end int) int {
	c := ts.next(end + 1)
	if c >= len(ts.Toks) || ts.sentenceEndsAfter(end) {
		return end
	}
	t := &ts.Toks[c]
	if t.Kind != KindWord && t.Kind != KindLetters || len(t.Norm) < 2 || len(t.Norm) > 4 || !isAlpha(t.Norm) ||
		names.IsEnglishWord(t.Norm) || ts.isState(c) || placeName(t.Norm) || ts.sentenceEndsAfter(c) {
		return end
	}
	k := ts.next(c + 1)
	if k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 4 {
		return k
	}
	return end
}

// institutionNouns end the name of an institution that has its own post
// office box.
var institutionNouns = map[string]bool{"center": true, "centre": true, "hospital": true, "university": true,
	"college": true, "school": true, "institute": true, "clinic": true, "library": true, "department": true,
	"office": true, "foundation": true, "museum": true, "church": true, "academy": true, "hall": true}

// countedNoun reports whether the word at token j, right after the number
// at token i, is what the number counts: a plural of an English word after
// a number under 100 ("at two locations", "we have three offices"), not a
// street's name ("forty one ravenswood").
func (ts *Tokens) countedNoun(i, j int) bool {
	n, w := ts.Toks[i].Norm, ts.Toks[j].Norm
	if ts.Toks[i].Kind != KindNumber || len(n) > 2 || len(w) < 4 || w[len(w)-1] != 's' || selfNamedStreets[w] {
		return false
	}
	return names.IsEnglishWord(w) && (names.IsEnglishWord(w[:len(w)-1]) || strings.HasSuffix(w, "es") && names.IsEnglishWord(w[:len(w)-2]))
}

// addressAsked reports whether the house number at token i comes right
// after "address is", "live at", "located at", "moved to", "ship it to",
// "it's at" (after talk of an address) or the like, or
// opens the answer to a question that ends asking for an address.
func (ts *Tokens) addressAsked(i int) bool {
	p := ts.prev(i - 1)
	q := ts.prev(p - 1)
	switch {
	case ts.isWord(p, "address's", "address"):
		return true
	case ts.isWord(p, "is") && ts.isWord(q, "address"):
		return true
	case ts.isWord(p, "at") && ts.isWord(q, "live", "lives", "living", "located", "reside", "resides", "staying"):
		return true
	case ts.isWord(p, "at") && ts.isWord(q, "is", "'s") && ts.isWord(ts.prev(q-1), "place", "house", "home", "apartment", "flat") &&
		ts.isWord(ts.prev(ts.prev(q-1)-1), "my", "our"):
		return true // "my place is at", "our house is at"
	case ts.isWord(p, "at") && ts.isWord(q, "right", "just") && ts.isWord(ts.prev(q-1), "i'm", "we're", "i", "we"):
		return true // "I'm right at", "we're just at": where the speaker is
	case ts.isWord(p, "to") && ts.isWord(q, "moved", "moving"):
		return true
	case ts.isWord(p, "of") && ts.isWord(q, "corner", "intersection"):
		return true // "the corner of Elm Ave & 5th St"
	case ts.isWord(p, "to") && ts.isWord(q, "it", "them", "everything") && ts.isWord(ts.prev(q-1), "ship", "send", "mail", "deliver", "forward", "bring"):
		return true // "ship it to", "send them to"
	case ts.isWord(p, "at") && ts.isWord(q, "it's", "we're", "i'm", "they're", "located") && ts.sh.contextHas(ts.Words[ts.Toks[i].First], 12, addressTalk...):
		return true // "where's the office?" "it's at ..."
	case ts.isWord(p, "location", "share", "sharing", "reach") && ts.sh.contextHas(ts.Words[ts.Toks[i].First], 12, "location", "address"):
		// "share the location 1355 Broadway with ...", "... please
		// confirm: share 1355 Broadway".
		return true
	}
	gw := ts.Words[ts.Toks[i].First]
	if ts.sh.answersQuestion(gw, addressLeadIns, func(l string, k int) bool {
		return l == "address" || l == "address's" || l == "location" || l == "where" // ("what's the location?", "where do you need us?")
	}) {
		return true
	}
	return ts.sh.undiarisedAddressAnswer(gw)
}

// addressQuestionTail are the words that may end a question for an address
// after "address" ("the address on the account", "address for the
// delivery").
var addressQuestionTail = map[string]bool{"on": true, "the": true, "account": true, "for": true, "delivery": true,
	"file": true, "your": true, "please": true, "there": true, "of": true, "record": true}

// undiarisedAddressAnswer reports whether transcript word gw, in a call
// with no speakers marked and one channel (where answersQuestion cannot
// tell the question from the answer), follows "address" with only the
// question's tail and an answer's lead-ins between: "and the address on
// the account skoufa street eleven", "what's the delivery address it's
// ...", within eight content words.
func (sh *shared) undiarisedAddressAnswer(gw int) bool {
	if sh.t.Words[gw].Speaker != "" || sh.t.Channels > 1 {
		return false
	}
	p := int(sh.before[gw]) - 1
	for d := 0; d < 8 && p >= 0; d, p = d+1, p-1 {
		l := sh.lower[sh.order[p]]
		if l == "address" || l == "address's" {
			return true
		}
		if whereSendVerbs[l] && sh.whereBefore(p) {
			return true // "where should we send it sure ten broadway ..."
		}
		if !addressQuestionTail[l] && !addressLeadIns[l] || sh.number[sh.order[p]] {
			return false
		}
	}
	return false
}

// whereSendVerbs ask where something goes in "where should we send it", "where
// do we ship the card to".
var whereSendVerbs = map[string]bool{"send": true, "ship": true, "mail": true, "deliver": true, "forward": true, "post": true}

// whereBefore reports whether "where" is one of the three words before
// content word p (in speaking order): "where should we | send",
// "where do i | ship".
func (sh *shared) whereBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-3; q-- {
		if sh.lower[sh.order[q]] == "where" {
			return true
		}
	}
	return false
}

// addressLeadIns open the answer to a question for an address before the
// house number: a number's lead-ins, "at", "to", "on" ("where do you
// need us?" "At 225 W. Randolph ...") and the hesitations "well" and
// "hmm" ("Well, it's Brestova 17").
var addressLeadIns = func() map[string]bool {
	m := map[string]bool{"at": true, "to": true, "on": true, "well": true, "hmm": true}
	for w := range numberAnswerLeadIns {
		m[w] = true
	}
	return m
}()

// leadingTypes are street types said before the street's name, in French,
// Spanish and Portuguese addresses ("Rue Ettatawer", "Calle Mayor").
var leadingTypes = map[string]bool{"rue": true, "chemin": true, "calle": true, "avenida": true, "rua": true, "boulevard": true,
	"camino": true, "via": true, "viale": true, "piazza": true, "corso": true, "paseo": true, "carrera": true,
	"avinguda": true, "carrer": true, "praca": true, "praça": true, "travessa": true, "estrada": true, "rodovia": true,
	"alameda": true, "rambla": true, "allee": true, "allée": true, "quai": true,
	// French, Romanian, Italian, Spanish: "12 Cité Roland Garros", "15 Strada Doctor Carol Davila".
	"cité": true, "cite": true, "impasse": true, "strada": true, "largo": true, "vicolo": true, "ronda": true, "calzada": true}

// streetArticles are the articles of a type said first ("El Camino
// Real", "La Rambla", "Avenida de la ..." keeps its own).
var streetArticles = map[string]bool{"el": true, "la": true, "los": true, "las": true, "le": true, "del": true}

// timeWords end a street's name said after its type ("... La Rambla
// tomorrow").
var timeWords = map[string]bool{"tomorrow": true, "today": true, "tonight": true, "yesterday": true,
	"now": true, "please": true, "instead": true, "later": true, "soon": true, "again": true}

// streetParticles are the small words inside a street's name said after
// its type ("Rue des Lilas", "Rua de São Bento", "Via della Spiga").
var streetParticles = map[string]bool{"de": true, "des": true, "du": true, "la": true, "le": true, "les": true,
	"del": true, "da": true, "do": true, "dos": true, "das": true, "di": true, "della": true, "dei": true,
	"degli": true, "y": true}

// nextNorm returns the normalised text of the token after token i, or "".
func (ts *Tokens) nextNorm(i int) string {
	if j := ts.next(i + 1); j < len(ts.Toks) && !ts.sentenceEndsAfter(i) {
		return ts.Toks[j].Norm
	}
	return ""
}

// typeFirstStreet reads a street whose type comes before its name after
// the house number at token i ("6556 106 Rue Ettatawer, Apt. 409", "12
// calle mayor"): the type, then one to three name words up to a comma, a
// unit or the sentence's end, after talk of an address or, cased, with the
// name capitalised. It returns the last name word.
func (ts *Tokens) typeFirstStreet(i int) (int, bool) {
	if ts.sentenceEndsAfter(i) {
		return 0, false
	}
	j := ts.next(i + 1)
	// "555 East El Camino Real": a direction and an article before the type.
	// (A direction word only: unlike directionAt, no single letter.)
	if j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && ts.Toks[j].in(wcDirections) && !ts.sentenceEndsAfter(j) {
		j = ts.next(j + 1)
	}
	article := j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && streetArticles[ts.Toks[j].Norm] && !ts.sentenceEndsAfter(j)
	if article {
		j = ts.next(j + 1)
	}
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || !ts.Toks[j].in(wcLeadingTypes) && !ts.frenchTypeFirst(j) || ts.sentenceEndsAfter(j) {
		return 0, false
	}
	talk := ts.addressGiven(i) || ts.addressAsked(i)
	if len(ts.Toks[i].Norm) > 6 && !talk {
		return 0, false // a long run is a house and a street number only in an address
	}
	last := -1
	// Up to four words; cased, four name words with the particles between
	// them ("Rue de Père Irénée de Bruyn"), where capitals and a comma
	// tell the town apart (in lowercase "rue françois de mahy le port"
	// would run on into the town).
	maxWords := 4
	if ts.Cased {
		maxWords = 7
	}
	for n, m, k := 0, 0, ts.next(j+1); n < 4 && m < maxWords && k < len(ts.Toks); m, k = m+1, ts.next(k+1) {
		t := &ts.Toks[k]
		particle := t.Kind == KindWord && t.in(wcStreetParticles) && !ts.sentenceEndsAfter(k)
		if t.Kind != KindWord || !particle && (t.in(wcStreetStop) || t.in(wcUnitWords) || t.in(wcTimeWords) || ts.Cased && !ts.Capitalised(t.First)) {
			break
		}
		if !particle {
			last = k
			n++
		}
		if ts.sentenceEndsAfter(k) || strings.Contains(ts.Word(t.Last).Punct, ",") {
			break
		}
	}
	if last < 0 && article {
		last = j // "La Rambla": the article and the type name the street
	}
	if !ts.Cased && talk && last >= 0 {
		last = ts.lowerNameToTurnEnd(j, last) // (addr16.go)
	}
	if last < 0 || !talk && !ts.Cased {
		return 0, false
	}
	if !talk && !ts.sentenceEndsAfter(last) && !strings.Contains(ts.Word(ts.Toks[last].Last).Punct, ",") {
		// Not said as an address, the street must end its clause or run
		// into a unit, a postal code or a state: "we had 4 Via Rail trips"
		// names a railway.
		k := ts.next(last + 1)
		if k < len(ts.Toks) && !(ts.Toks[k].Kind == KindNumber || ts.Toks[k].Kind == KindWord && (ts.Toks[k].in(wcUnitWords) || ts.Toks[k].in(wcStreetStop) || ts.Toks[k].in(wcTimeWords)) || ts.isState(k)) {
			return 0, false
		}
	}
	return last, true
}

// frenchTypeFirst reports whether token j is a type English shares said
// first as French says it, with a French particle after it ("82, Avenue
// du Roi Baudouin", "4 place des Vosges", "9 route de Lausanne"; not
// "Avenue of the Americas").
func (ts *Tokens) frenchTypeFirst(j int) bool {
	switch ts.Toks[j].Norm {
	case "avenue", "place", "route", "square", "cours", "passage":
	default:
		return false
	}
	return !ts.sentenceEndsAfter(j) && ts.isWord(ts.next(j+1), "du", "de", "des", "d'")
}

// unitAfter extends an address ending at token end over "apartment 4B",
// "unit 12", "suite 200", "#5" and returns the new last token.
func (ts *Tokens) unitAfter(end int) int {
	j := ts.next(end + 1)
	if j >= len(ts.Toks) {
		return end
	}
	t := &ts.Toks[j]
	if t.Kind == KindWord && (t.Norm == "fl" || t.Norm == "flr") && (!ts.sentenceEndsAfter(j) || ts.Word(t.Last).Punct == ".") { // (abbreviated: "Fl. 2")
		// A floor's shorthand ("200 Park Ave S Fl 3"), with a number too
		// short for the ZIP code after Florida's "FL".
		if k := ts.next(j + 1); k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 3 && ts.Toks[k].First == ts.Toks[k].Last {
			return k
		}
		return end
	}
	pmb := (t.Kind == KindWord || t.Kind == KindLetters) && t.Norm == "pmb" // a private mailbox: "... Lane, PMB 408" (no unit word, which the tagger's features read)
	if !pmb && (t.Kind != KindWord && !(t.Kind == KindLetters && (t.Norm == "ms" || t.Norm == "apt")) || !t.in(wcUnitWords) && !(t.Kind == KindWord && (moreUnitWords[t.Norm] || pub28UnitWords[t.Norm]))) {
		if t.Kind == KindAlnum && len(t.Norm) > 1 && t.Norm[0] == '#' {
			return j
		}
		return end
	}
	k := ts.next(j + 1)
	if ts.isWord(k, "number", "no") {
		k = ts.next(k + 1)
	}
	if l := ts.unitID(k); l >= k {
		return l
	}
	return end
}

// unitID returns the last token of the apartment, unit or flat number
// that starts at token k ("4B", "4 b", "twelve", "c"), or -1.
func (ts *Tokens) unitID(k int) int {
	if k >= len(ts.Toks) {
		return -1
	}
	id := &ts.Toks[k]
	switch {
	case id.Kind == KindNumber || id.Kind == KindAlnum || id.Kind == KindLetters && len(id.Norm) <= 3:
	case id.Kind == KindWord && len(id.Norm) == 1 && id.Norm != "i" && id.Norm != "a" || id.Kind == KindWord && id.Norm == "a" && ts.Cased && ts.Word(id.First).Text == "A":
	default:
		return -1
	}
	// "4 b": a letter after the number.
	if l := k + 1; l < len(ts.Toks) && ts.Toks[l].Kind == KindWord && len(ts.Toks[l].Norm) == 1 && ts.Toks[l].Norm != "i" && !ts.sentenceEndsAfter(k) && id.Kind == KindNumber {
		if ts.Toks[l].Norm != "a" || ts.letterA(l) {
			return l
		}
	}
	return k
}

// letterA reports whether the word "a" at token l is the letter A ending
// a value ("suite two a", "one two three four five six seven a"), not the
// article: written "A" in a cased transcript, or, lowercase, followed by
// what no article comes before: the end of the turn, a number, a state
// ("thirty one a new york new york") or a word of notAfterArticle ("...
// two a thank you").
func (ts *Tokens) letterA(l int) bool {
	if ts.Cased {
		return ts.Word(ts.Toks[l].First).Text == "A"
	}
	if ts.turn[ts.Toks[l].Last] || ts.Toks[l].Last == len(ts.Words)-1 {
		return true
	}
	m := ts.next(l + 1)
	if m >= len(ts.Toks) {
		return true
	}
	switch t := &ts.Toks[m]; {
	case t.Kind == KindNumber:
		return true
	case t.Kind != KindWord:
		return false
	case notAfterArticle[t.Norm]:
		return true
	}
	// "new york": a state's two words.
	if n := ts.next(m + 1); n < len(ts.Toks) && (ts.Toks[m].Norm == "new" || ts.Toks[m].Norm == "north" || ts.Toks[m].Norm == "south" || ts.Toks[m].Norm == "west" || ts.Toks[m].Norm == "rhode") && ts.isState(n) {
		return true
	}
	return stateNames[ts.Toks[m].Norm] && ts.Toks[m].Norm != "washington"
}

// notAfterArticle are words that do not follow the article "a".
var notAfterArticle = map[string]bool{"thank": true, "thanks": true, "and": true, "or": true, "but": true,
	"please": true, "is": true, "was": true, "that's": true, "thats": true, "it's": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "from": true, "okay": true, "ok": true,
	"yes": true, "yeah": true, "right": true, "correct": true, "got": true, "i": true, "we": true,
	"you": true, "he": true, "she": true, "they": true, "the": true, "my": true, "your": true, "as": true,
	"did": true, "do": true, "does": true, "can": true, "could": true, "will": true, "would": true,
	"that": true, "this": true, "which": true, "where": true, "so": true}

// bareUnitAfter extends a street ending at token end over a unit said
// with no word for it: "5830 Yahl Street 2B", "800 Sixth Avenue thirty one
// a": a number of at most four digits and a letter, or one mixed word of
// digits and a letter.
func (ts *Tokens) bareUnitAfter(end int) int {
	k := ts.next(end + 1)
	if k >= len(ts.Toks) || ts.sentenceEndsAfter(end) {
		return end
	}
	t := &ts.Toks[k]
	if t.Kind == KindAlnum && len(t.Norm) >= 2 && len(t.Norm) <= 5 && allDigits(t.Norm[:len(t.Norm)-1]) && isAlpha(t.Norm[len(t.Norm)-1:]) {
		return k
	}
	if t.Kind == KindNumber && len(t.Norm) <= 5 && t.First == t.Last && strings.HasPrefix(ts.Word(t.First).Text, "#") {
		return k // "19 Ivy Ln #7"
	}
	if t.Kind != KindNumber || len(t.Norm) > 4 || ts.sentenceEndsAfter(k) {
		return end
	}
	l := k + 1
	if l >= len(ts.Toks) || ts.Toks[l].Kind != KindWord || len(ts.Toks[l].Norm) != 1 || !isAlpha(ts.Toks[l].Norm) || ts.Toks[l].Norm == "i" {
		return end
	}
	if m := ts.next(l + 1); m < len(ts.Toks) && !ts.sentenceEndsAfter(l) && (ts.Toks[m].Kind == KindLetters || ts.Toks[m].Kind == KindWord && len(ts.Toks[m].Norm) == 1) {
		return end // "5 p m", letters spelled on
	}
	if ts.Toks[l].Norm == "a" && !ts.letterA(l) {
		return end
	}
	return l
}

// boxAfter extends an address part ending at token end over "Box 8858"
// and a military post office after it ("APO AP", "d p o a a"), leaving
// the ZIP code to the ZIP recognizer. It returns end when no box follows.
func (ts *Tokens) boxAfter(end int) int {
	b := ts.next(end + 1)
	if !ts.isWord(b, "box") || ts.sentenceEndsAfter(end) {
		return end
	}
	k := ts.next(b + 1)
	if k >= len(ts.Toks) || (ts.Toks[k].Kind != KindNumber || len(ts.Toks[k].Norm) > 6) && !boxNumberLetter(&ts.Toks[k]) { // ("Box 61A": addr18.go)
		return end
	}
	end = k
	if l := k + 1; l < len(ts.Toks) && !ts.sentenceEndsAfter(k) && ts.spokenLetter(l) {
		return l // "RR 4, Box 164 A."
	}
	if m := ts.next(k + 1); m < len(ts.Toks) && !ts.sentenceEndsAfter(k) {
		switch t := &ts.Toks[m]; {
		case t.Kind == KindLetters && ts.militaryState(m):
			end = m // "a p o a p"
		case t.Kind == KindWord && (t.Norm == "apo" || t.Norm == "fpo" || t.Norm == "dpo"):
			if n := ts.next(m + 1); n < len(ts.Toks) && ts.militaryState(n) {
				end = n // "APO AP"
			}
		}
	}
	return end
}

// flatStreet reads a British flat before its street ("Flat 98R, Natasha
// Fall", "flat ninety eight r natasha fall", "Studio 4, 12 Mill Lane"):
// the flat's number (and letter), an optional house number, then one to
// four street words and a street type. It returns the type's token.
func (ts *Tokens) flatStreet(i int) (int, bool) {
	k := ts.unitID(ts.next(i + 1))
	if k < i || ts.sentenceEndsAfter(i) || ts.sentenceEndsAfter(k) {
		return 0, false
	}
	// "Studio 4, 12 Mill Lane": a house number after the flat's.
	if n := ts.next(k + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindNumber && len(ts.Toks[n].Norm) <= 5 {
		k = n
	}
	words := 0
	for j := ts.next(k + 1); j < len(ts.Toks) && words <= 4; j = ts.next(j + 1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || t.in(wcStreetStop) {
			return 0, false
		}
		if words > 0 && (t.in(wcStreetSuffixes) || t.in(wcWeakSuffixes)) && !t.in(wcUnitWords) {
			return j, true
		}
		if ts.sentenceEndsAfter(j) {
			return 0, false
		}
		words++
	}
	return 0, false
}

// cityAfter extends an address ending at token end over the city (and
// state) that follow it when a state or a ZIP code confirms them: "42 Elm
// Street, Springfield, 01103", "12 Oak Ave, Des Moines, Iowa 50309". The ZIP
// code itself is left to the ZIP recognizer.
func (ts *Tokens) cityAfter(end int) int {
	if ts.sentenceEndsAfter(end) {
		return end
	}
	last := end
	for n, j := 0, ts.next(end+1); n < 4 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if n > 0 && ts.isState(j) {
			return j
		}
		if t.Kind == KindNumber && (len(t.Norm) == 5 || len(t.Norm) == 9) {
			if n == 0 {
				return end
			}
			return last
		}
		if t.Kind != KindWord || t.in(wcStreetStop) || ts.Cased && !ts.Capitalised(t.First) {
			return end
		}
		last = j
		if ts.sentenceEndsAfter(j) {
			return end
		}
	}
	return end
}

// numberedRoute reads a house on a numbered road after the house number
// at token i: "1200 State Route 9", "4410 Highway 61", "300 US Route 1",
// said as an address or written with capitals. It returns the road's
// number (or letter).
func (ts *Tokens) numberedRoute(i int) (int, bool) {
	j := ts.next(i + 1)
	if ts.directionAt(j) {
		j = ts.next(j + 1) // "1480 W City Highway 16"
	}
	if m := ts.farmToMarket(j); m > j {
		// "2210 Farm to Market Road 1960", "ranch to market road twelve":
		// Texas's farm and ranch roads, said whole.
		if k := ts.next(m + 1); !ts.sentenceEndsAfter(m) && !ts.sentenceEndsAfter(i) && k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 4 &&
			(ts.addressGiven(i) || ts.Cased && ts.Capitalised(ts.Toks[j].First)) {
			return k, true
		}
		return 0, false
	}
	if k, ok := ts.routeShorthandAt(i, j); ok {
		return k, true // "5120 FM 1960" (addr16.go)
	}
	if (ts.isWord(j, "state", "county", "us", "u.s", "interstate", "farm", "city", "old", "star") || ts.lettersAt(j, "us")) && !ts.sentenceEndsAfter(j) {
		j = ts.next(j + 1)
	}
	if !ts.isWord(j, "route", "highway", "hwy", "rte", "rt") || ts.sentenceEndsAfter(j) || ts.sentenceEndsAfter(i) {
		return 0, false
	}
	k := ts.routeNumber(j)
	if k == j {
		if k = ts.next(j + 1); k >= len(ts.Toks) || ts.Toks[k].Kind != KindNumber || len(ts.Toks[k].Norm) > 4 {
			return 0, false
		}
	}
	if !ts.addressGiven(i) && !(ts.Cased && ts.Capitalised(ts.Toks[j].First)) && !ts.routeHouseSaid(i, k) {
		return 0, false
	}
	return k, true
}

// farmToMarket returns the token of "road" in "farm to market road" or
// "ranch to market road" starting at token j, said in one sentence, or j.
func (ts *Tokens) farmToMarket(j int) int {
	if !ts.isWord(j, "farm", "ranch") {
		return j
	}
	to := ts.next(j + 1)
	m := ts.next(to + 1)
	r := ts.next(m + 1)
	if !ts.isWord(to, "to") || !ts.isWord(m, "market") || !ts.isWord(r, "road", "rd") ||
		ts.sentenceEndsAfter(j) || ts.sentenceEndsAfter(to) || ts.sentenceEndsAfter(m) {
		return j
	}
	return r
}

// routeNumber extends a street ending at token end ("... County Road")
// over the number or letter of a numbered road: "2140 County Road 11",
// "456 State Route J".
func (ts *Tokens) routeNumber(end int) int {
	if !ts.isWord(end, "road", "rd", "route", "highway", "hwy") || ts.sentenceEndsAfter(end) {
		return end
	}
	if !ts.isWord(ts.prev(end-1), "county", "state", "farm", "us", "forest", "ranch", "township", "co") && !ts.lettersAt(ts.prev(end-1), "us") &&
		!ts.houseDirectionBefore(end) {
		return end
	}
	j := ts.next(end + 1)
	if j < len(ts.Toks) && (ts.Toks[j].Kind == KindNumber && len(ts.Toks[j].Norm) <= 4 || ts.Toks[j].Kind == KindWord && len(ts.Toks[j].Norm) == 1 && ts.Toks[j].Norm != "a" && ts.Toks[j].Norm != "i" ||
		ts.Toks[j].Kind == KindAlnum && len(ts.Toks[j].Norm) <= 4) {
		return j
	}
	return end
}
