package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// The -select step picks calls from Schema-Guided Dialogue's train split
// (google-research-datasets/dstc8-schema-guided-dialogue, train/
// dialogues_*.json, CC BY-SA 4.0) and writes them in the dialogue markup:
// a window of consecutive turns of one dialogue around the turns whose
// slot annotations (character spans) hold a person's name, a street
// address or a phone number, with the dialogue's prices, times, dates,
// counts and business names as hard negatives. The text is SGD's, word
// for word; only the markup is added.

type sgdSlot struct {
	Slot  string `json:"slot"`
	Start int    `json:"start"`
	End   int    `json:"exclusive_end"`
}

type sgdFrame struct {
	Service string    `json:"service"`
	Slots   []sgdSlot `json:"slots"`
}

type sgdTurn struct {
	Speaker   string     `json:"speaker"`
	Utterance string     `json:"utterance"`
	Frames    []sgdFrame `json:"frames"`
}

type sgdDialogue struct {
	ID       string    `json:"dialogue_id"`
	Services []string  `json:"services"`
	Turns    []sgdTurn `json:"turns"`
}

// span is one classified slot value of an utterance.
type span struct {
	start, end int
	neg        bool
	typ, form  string // entity type and form, or the negative's kind
	bad        bool   // PII-like but not usable: the turn is left out
}

var (
	priceSlots = set("amount", "balance", "price", "fare", "ride_fare", "rent", "total_price", "price_per_night")
	countSlots = set("number_of_days", "wait_time", "approximate_ride_duration")
	bizSlots   = set("stylist_name", "restaurant_name", "hotel_name", "property_name", "theater_name", "venue", "attraction_name")
	addrSlots  = map[string]string{"street_address": "", "address": "", "venue_address": "venue",
		"address_of_location": "venue", "event_location": "event", "destination": "ride"}
	digitRE    = regexp.MustCompile(`[0-9]`)
	longNumRE  = regexp.MustCompile(`[0-9][0-9 ().+-]{5,}[0-9]`)
	bizWordRE  = regexp.MustCompile(`(?i)\b(dental|dentist|dentistry|dentisry|clinic|center|centre|group|care|smile|smiles|orthodontic|orthodontics|family|medical|health|lab|associates|office|practice|institute|hospital|services|inc|llc|pediatric|implant|implants|cosmetic|studio|oral|surgery|street|avenue|clinica|raza|dermatology|dermatologist|defying|aesthetics|spa|wellness|physicians|optometry|vision|eye|skin|laser|plastic|pediatrics|sleep|pain|obstetrics|gynecology|orthopedic|orthopedics|urgent|kaiser|permanente|sutter|stanford|ucsf|partners|specialists|dentists|doctors|the|of|and|at|in)\b`)
	credRE     = regexp.MustCompile(`(?i)^(md|m\.d\.|dds|d\.d\.s\.|dmd|d\.m\.d\.|do|phd|np|pa|facs|mph|ms|inc\.?)$`)
	addrCoreRE = regexp.MustCompile(`^[0-9]+[A-Za-z]?(-[0-9]+)? [A-Za-z]`)
)

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// classify says what a slot value is in this set.
func classify(service, slot, value string) span {
	base := strings.SplitN(service, "_", 2)[0]
	switch {
	case slot == "recipient_account_name":
		return span{typ: "PERSON", form: "recipient"}
	case slot == "doctor_name" || slot == "dentist_name":
		if bizWordRE.MatchString(value) || strings.ContainsAny(value, ":&|") {
			return span{neg: true, typ: "business"}
		}
		return span{typ: "PERSON", form: strings.TrimSuffix(slot, "_name")}
	case slot == "phone_number":
		if strings.HasPrefix(value, "+") && !strings.HasPrefix(value, "+1 ") {
			return span{typ: "PHONE", form: "intl"}
		}
		return span{typ: "PHONE", form: "listed"}
	case priceSlots[slot]:
		return span{neg: true, typ: "price"}
	case countSlots[slot]:
		return span{neg: true, typ: "quantity"}
	case slot == "rating" || slot == "average_rating":
		return span{neg: true, typ: "rating"}
	case strings.HasSuffix(slot, "_time") || slot == "time":
		return span{neg: true, typ: "time"}
	case strings.HasSuffix(slot, "_date") || slot == "date":
		return span{neg: true, typ: "date"}
	case bizSlots[slot]:
		if digitRE.MatchString(value) {
			return span{bad: true}
		}
		return span{neg: true, typ: "business"}
	}
	if form, ok := addrSlots[slot]; ok {
		if form == "" {
			form = map[string]string{"Hotels": "hotel", "Restaurants": "restaurant", "Services": "office",
				"Homes": "home", "Movies": "theater", "Events": "venue"}[base]
			if form == "" {
				form = "street"
			}
		}
		if !addrCoreRE.MatchString(value) {
			if (slot == "destination" || slot == "event_location") && !digitRE.MatchString(value) {
				return span{} // a place or a business: left as it is
			}
			return span{bad: true}
		}
		return span{typ: "ADDRESS", form: form}
	}
	return span{}
}

// markup writes an utterance with its classified spans as dialogue
// markup, or returns "" if the turn cannot be used.
func markup(u string, spans []span) string {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	at := 0
	for _, s := range spans {
		if s.start < at {
			return "" // overlapping slots
		}
		b.WriteString(u[at:s.start])
		v := u[s.start:s.end]
		if s.neg {
			fmt.Fprintf(&b, "<%s|%s>", s.typ, v)
		} else {
			fmt.Fprintf(&b, "[%s.%s|%s]", s.typ, s.form, entityWords(s.typ, v))
		}
		at = s.end
	}
	b.WriteString(u[at:])
	out := b.String()
	// PII-like text outside the labels: leave the turn out
	if longNumRE.MatchString(stripLabels(out)) || strings.Contains(out, "@") {
		return ""
	}
	return out
}

// entityWords marks the words of a value that are only in its outer range:
// a doctor's title and credentials, an address's city after a comma.
func entityWords(typ, v string) string {
	ws := strings.Fields(strings.ReplaceAll(v, ",", " , "))
	var out []string
	afterComma := false
	streetAt := -1
	for i, w := range ws {
		// after the street's type, only a unit or a direction is the
		// address; other words ("Hotel Entrance is at ...") are outer
		if typ == "ADDRESS" && streetAt >= 2 && i > streetAt && !unitWord(w) && !streetType[strings.ToLower(strings.TrimSuffix(w, "."))] {
			afterComma = true
		}
		if typ == "ADDRESS" && streetAt < 0 && i >= 2 && streetType[strings.ToLower(strings.TrimSuffix(w, "."))] {
			streetAt = i
		}
		if w == "," {
			if typ == "ADDRESS" {
				afterComma = true
			}
			continue
		}
		lw := strings.ToLower(w)
		outer := afterComma || (typ == "PERSON" && (titles[lw] != "" || credRE.MatchString(lw)))
		if outer {
			w = "^" + w
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

var streetType = set("street", "avenue", "road", "drive", "boulevard", "lane", "way", "court", "place",
	"mall", "common", "ave", "blvd", "rd", "st", "dr", "ln", "ct", "pl", "parkway", "terrace", "circle", "highway")

// unitWord reports whether w may follow a street's type in an address: a
// unit, a number or letter, a direction.
func unitWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".,"))
	return digitRE.MatchString(w) || len(lw) <= 1 || lw == "#" || set("suite", "ste", "apt", "apartment", "unit",
		"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "floor", "building")[lw]
}

var labelRE = regexp.MustCompile(`\[[^]]*\]|<[^>]*>`)

func stripLabels(s string) string { return labelRE.ReplaceAllString(s, " ") }

// quota is how many calls each service may give.
var quota = map[string]int{
	"Banks_1": 24, "Services_3": 18, "Services_2": 14, "Services_1": 5, "Restaurants_1": 11,
	"Hotels_1": 4, "Hotels_2": 4, "Hotels_3": 4, "Homes_1": 8, "Events_1": 3, "Events_2": 3,
	"RideSharing_1": 4, "RideSharing_2": 4, "Travel_1": 3, "Calendar_1": 2, "Movies_1": 2,
}

// extraQuota is how many more calls each service gave in the second
// selection (-extra, dialogues/sgd2.txt, calls 128 on), made after the
// first to bring the set past 250 entities; it skips the dialogues of
// sgd.txt and counts the uses of its values.
var extraQuota = map[string]int{
	"Services_3": 5, "Services_2": 3, "Banks_1": 3, "Restaurants_1": 2, "Homes_1": 1,
	"Hotels_2": 1, "Events_2": 1,
}

var (
	srcLineRE = regexp.MustCompile(`^# sgd train/\S+ (\S+) `)
	entRE     = regexp.MustCompile(`\[(?:PERSON|ADDRESS|PHONE)\.[a-z-]+\|([^]]*)\]`)
)

// selectSGD writes the chosen calls to out, numbered from first. With
// prev, the dialogues and values of that earlier selection are not taken
// again and the quotas are extraQuota.
func selectSGD(dir, out string, first int, prev string) error {
	files, _ := filepath.Glob(filepath.Join(dir, "dialogues_*.json"))
	if len(files) == 0 {
		return fmt.Errorf("no dialogues_*.json in %s", dir)
	}
	sort.Strings(files)
	used := map[string]int{}
	valueUses := map[string]int{}
	taken := map[string]bool{}
	q := quota
	if prev != "" {
		data, err := os.ReadFile(prev)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(data), "\n") {
			if m := srcLineRE.FindStringSubmatch(line); m != nil {
				taken[m[1]] = true
			}
			for _, m := range entRE.FindAllStringSubmatch(line, -1) {
				valueUses[strings.ToLower(strings.ReplaceAll(m[1], "^", ""))]++
			}
		}
		q = extraQuota
	}
	var b strings.Builder
	b.WriteString("# Calls chosen by `go run ./build -select` from Schema-Guided Dialogue's train split\n")
	b.WriteString("# (google-research-datasets/dstc8-schema-guided-dialogue, commit e852981, CC BY-SA 4.0).\n")
	b.WriteString("# SGD's words; the markup is this set's. Each call names its SGD file and dialogue id.\n\n")
	num := first
	type found struct {
		file, id, svc, text string
	}
	var picked []found
	// first the windows with two entities or more, then the rest
	for _, minEnts := range []int{2, 1} {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			var ds []sgdDialogue
			if err := json.Unmarshal(data, &ds); err != nil {
				return fmt.Errorf("%s: %v", f, err)
			}
			for _, d := range ds {
				if taken[d.ID] {
					continue
				}
				text, svc, vals := pickWindow(d, q, used, valueUses)
				if text == "" || len(vals) < minEnts {
					continue
				}
				taken[d.ID] = true
				used[svc]++
				for _, v := range vals {
					valueUses[v]++
				}
				picked = append(picked, found{filepath.Base(f), d.ID, svc, text})
			}
		}
	}
	sort.SliceStable(picked, func(i, j int) bool {
		return picked[i].file < picked[j].file || picked[i].file == picked[j].file && picked[i].id < picked[j].id
	})
	for _, p := range picked {
		{
			text, svc := p.text, p.svc
			ch := 2
			if num%5 == 0 {
				ch = 1
			}
			extra := ""
			if num%10 == 0 {
				extra = " nodiar"
			}
			fmt.Fprintf(&b, "# sgd train/%s %s %s\n@@ %03d %d src=sgd%s\n%s\n", p.file, p.id, svc, num, ch, extra, text)
			num++
		}
	}
	fmt.Printf("selected %d calls: %v\n", num-first, used)
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// pickWindow returns the marked-up turns of the best window of d, its
// service and the entity values in it, or "" if d gives no call.
func pickWindow(d sgdDialogue, quota, used map[string]int, valueUses map[string]int) (string, string, []string) {
	type mt struct {
		text    string
		svc     string
		ents    int
		labs    int
		vals    []string
		words   int
		speaker string
	}
	turns := make([]mt, len(d.Turns))
	for i, t := range d.Turns {
		var spans []span
		bad := strings.ContainsAny(t.Utterance, "[]<>|^{}~")
		m := mt{speaker: t.Speaker, words: len(strings.Fields(t.Utterance))}
		for _, fr := range t.Frames {
			for _, sl := range fr.Slots {
				if sl.Start < 0 || sl.End > len(t.Utterance) || sl.Start >= sl.End {
					bad = true
					continue
				}
				v := t.Utterance[sl.Start:sl.End]
				s := classify(fr.Service, sl.Slot, v)
				s.start, s.end = sl.Start, sl.End
				if s.bad {
					bad = true
				}
				if s.typ == "" {
					continue
				}
				m.labs++
				if !s.neg {
					m.ents++
					m.svc = fr.Service
					m.vals = append(m.vals, strings.ToLower(v))
				}
				spans = append(spans, s)
			}
		}
		if !bad {
			m.text = markup(t.Utterance, spans)
		}
		if m.text != "" && m.ents > 0 {
			// a value said again without a span would be unlabelled
			rest := strings.ToLower(stripLabels(m.text))
			for _, v := range m.vals {
				if strings.Contains(rest, v) {
					m.text = ""
				}
			}
		}
		turns[i] = m
	}
	// every value of the dialogue, to refuse windows where one is said
	// again in an unlabelled turn
	allVals := map[string]bool{}
	for _, m := range turns {
		for _, v := range m.vals {
			allVals[v] = true
		}
	}
	for p, m := range turns {
		if m.ents == 0 || m.text == "" || used[m.svc] >= quota[m.svc] {
			continue
		}
		over := false
		for _, v := range m.vals {
			if valueUses[v] >= 2 {
				over = true
			}
		}
		if over {
			continue
		}
		start := p
		if p > 0 && turns[p-1].text != "" {
			start = p - 1
		}
		end, words, lastLab := p, 0, p
		for i := start; i < len(turns) && i-start < 7 && i <= lastLab+1; i++ {
			if turns[i].text == "" || words+turns[i].words > 90 {
				break
			}
			end, words = i, words+turns[i].words
			if turns[i].labs > 0 {
				lastLab = i
			}
		}
		if end < p || end-start < 2 {
			continue
		}
		var b strings.Builder
		var vals []string
		ok := true
		for i := start; i <= end; i++ {
			low := strings.ToLower(stripLabels(turns[i].text))
			for v := range allVals {
				if strings.Contains(low, v) {
					ok = false
				}
			}
			who := "C"
			if turns[i].speaker == "SYSTEM" {
				who = "A"
			}
			fmt.Fprintf(&b, "%s: %s\n", who, turns[i].text)
			vals = append(vals, turns[i].vals...)
		}
		if !ok {
			continue
		}
		return b.String(), m.svc, vals
	}
	return "", "", nil
}
