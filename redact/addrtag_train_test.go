package redact

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/internal/racedetect"
	"github.com/callveil/callveil/transcript"
)

// The address tagger's trainer. addrtag_weights.go is what it writes:
//
//	go test ./redact -run TestAddressTagger_Table -update-addrtag
//
// TestAddressTagger_Table trains again and fails if the table differs;
// TestAddressTagger_HeldOut trains on 80 % of the addresses and reports
// how well the tagger labels the other 20 %.

var updateAddrTag = flag.Bool("update-addrtag", false, "write addrtag_weights.go from the training data")

const (
	addrTrainPath   = "../testdata/pii/addrtrain/usaddress.txt.gz"
	addrTrainEpochs = 8
	addrTrainSeed   = 15
	// addrPrune drops the weights under this (in table units, 1/1000).
	addrPrune = 1000
)

// usaddressTags maps usaddress's labels to the tagger's.
var usaddressTags = map[string]addrTag{
	"AddressNumber": tagNumber, "AddressNumberPrefix": tagNumber, "AddressNumberSuffix": tagNumber,
	"StreetNamePreDirectional": tagDir, "StreetNamePostDirectional": tagDir,
	"StreetName": tagName, "StreetNamePreModifier": tagName, "StreetNamePostModifier": tagName,
	"IntersectionSeparator": tagName, "CornerOf": tagName,
	"StreetNamePreType": tagType, "StreetNamePostType": tagType,
	"OccupancyType": tagUnitType, "SubaddressType": tagUnitType,
	"OccupancyIdentifier": tagUnitID, "SubaddressIdentifier": tagUnitID,
	"USPSBoxType": tagBox, "USPSBoxGroupType": tagBox, "USPSBoxID": tagBoxID, "USPSBoxGroupID": tagBoxID,
	"BuildingName": tagBuilding, "PlaceName": tagPlace, "StateName": tagState, "ZipCode": tagZip,
}

// trainAddr is one labelled address of the training data.
type trainAddr struct {
	words []string
	tags  []addrTag
	skip  []bool // Recipient, landmark, country: left out of the rendering
}

func loadAddrTraining(t testing.TB) []trainAddr {
	var out []trainAddr
	gzipLines(t, addrTrainPath, func(line string) {
		fs := strings.Fields(line)
		require.Zero(t, len(fs)%2, "label and word pairs")
		var a trainAddr
		for i := 0; i < len(fs); i += 2 {
			tag, ok := usaddressTags[fs[i]]
			a.words = append(a.words, fs[i+1])
			a.tags = append(a.tags, tag)
			a.skip = append(a.skip, !ok)
		}
		out = append(out, a)
	})
	return out
}

// Carriers around an address, this file's own phrasing.
var (
	addrLeads = []string{"", "yeah it's", "the address is", "I live at", "it's", "sure, it is", "uh", "that's",
		"we're at", "send it to", "okay so it's", "my address is", "it should be", "um, yeah,"}
	addrTails = []string{"", "thanks", "and that's it", "okay", "that's where I live now", "and my phone is five five five, one two one two",
		"yes", "ring the bell twice", "I moved in last month", "is that right?", "please", "and the gate code is four four one two",
		"for the delivery", "since last year", "and it's the blue door"}
)

// addrRendering is one address said in a carrier sentence: its words and
// the tag of each (tagOther for the carrier's).
type addrRendering struct {
	words []transcript.Word
	tags  []addrTag
	from  int // the address's first word
}

// renderAddr says a in a carrier, written (cased, punctuated, the
// source's words) or spoken (lowercase number words, abbreviations said in
// full).
func renderAddr(a trainAddr, spoken bool, r *rand.Rand) addrRendering {
	var out addrRendering
	add := func(text, punct string, tag addrTag) {
		w := transcript.Word{Text: text, Punct: punct, Confidence: -1}
		w.Start = time.Duration(len(out.words)) * 300 * time.Millisecond
		w.End = w.Start + 250*time.Millisecond
		out.words = append(out.words, w)
		out.tags = append(out.tags, tag)
	}
	addText := func(s string, tag addrTag, cased bool) {
		for _, f := range strings.Fields(s) {
			if !cased {
				f = strings.ToLower(f)
			}
			text := strings.TrimRight(f, ",.?!;:")
			punct := f[len(text):]
			if text == "" {
				text, punct = f, ""
			}
			if spoken {
				punct = ""
			}
			add(text, punct, tag)
		}
	}
	lead := addrLeads[r.Intn(len(addrLeads))]
	if !spoken && lead != "" {
		lead = strings.ToUpper(lead[:1]) + lead[1:]
	}
	addText(lead, tagOther, !spoken)
	out.from = len(out.words)
	for i, w := range a.words {
		if a.skip[i] {
			continue
		}
		if spoken {
			addText(sayAddrWord(w, a.tags[i], r), a.tags[i], false)
		} else {
			addText(w, a.tags[i], true)
		}
	}
	if n := len(out.words); !spoken && n > out.from && out.words[n-1].Punct == "" {
		out.words[n-1].Punct = "."
	}
	if tail := addrTails[r.Intn(len(addrTails))]; tail != "" {
		if !spoken {
			tail = strings.ToUpper(tail[:1]) + tail[1:]
			if !strings.HasSuffix(tail, "?") {
				tail += "."
			}
		}
		addText(tail, tagOther, !spoken)
	}
	return out
}

var sayAbbr = map[string]string{"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "dr": "drive",
	"ln": "lane", "blvd": "boulevard", "ct": "court", "pl": "place", "hwy": "highway", "pkwy": "parkway",
	"pky": "parkway", "cir": "circle", "ter": "terrace", "trl": "trail", "sq": "square", "expy": "expressway",
	"fwy": "freeway", "apt": "apartment", "ste": "suite", "bldg": "building", "rm": "room", "fl": "floor",
	"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest", "se": "southeast",
	"sw": "southwest", "po": "p o", "p.o": "p o", "p.o.": "p o", "rr": "rural route", "rte": "route",
	"#": "number", "hc": "h c", "ctr": "center", "mt": "mount", "ft": "fort", "jr": "junior", "cty": "county",
	"co": "county", "tpke": "turnpike", "xing": "crossing", "plz": "plaza", "pt": "point", "hts": "heights",
	"ofc": "office", "dept": "department", "fm": "f m", "us": "u s", "sr": "s r", "i": "i"}

var stateSaid = map[string]string{"al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california",
	"co": "colorado", "ct": "connecticut", "de": "delaware", "fl": "florida", "ga": "georgia", "hi": "hawaii",
	"id": "idaho", "il": "illinois", "in": "indiana", "ia": "iowa", "ks": "kansas", "ky": "kentucky",
	"la": "louisiana", "me": "maine", "md": "maryland", "ma": "massachusetts", "mi": "michigan", "mn": "minnesota",
	"ms": "mississippi", "mo": "missouri", "mt": "montana", "ne": "nebraska", "nv": "nevada", "nh": "new hampshire",
	"nj": "new jersey", "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota",
	"oh": "ohio", "ok": "oklahoma", "or": "oregon", "pa": "pennsylvania", "ri": "rhode island",
	"sc": "south carolina", "sd": "south dakota", "tn": "tennessee", "tx": "texas", "ut": "utah", "vt": "vermont",
	"va": "virginia", "wa": "washington", "wv": "west virginia", "wi": "wisconsin", "wy": "wyoming",
	"dc": "d c", "pr": "puerto rico"}

// sayAddrWord says one written address word as a recogniser would write
// it: lowercase, without punctuation, numbers in words.
func sayAddrWord(w string, tag addrTag, r *rand.Rand) string {
	l := strings.ToLower(strings.Trim(w, ",.;:()"))
	if l == "" {
		return ""
	}
	if tag == tagState {
		if s, ok := stateSaid[strings.ReplaceAll(l, ".", "")]; ok {
			return s
		}
	}
	if s, ok := sayAbbr[l]; ok && tag != tagName && tag != tagPlace {
		return s
	}
	if s, ok := sayAbbr[strings.ReplaceAll(l, ".", "")]; ok && (tag == tagBox || tag == tagDir || tag == tagType || tag == tagUnitType) {
		return s
	}
	var parts []string
	// Split into runs of digits and of other characters: "6257a" → "6257"
	// "a"; "#1506" → "#" "1506"; "25th" is an ordinal.
	if o, ok := sayOrdinal(l); ok {
		return o
	}
	for len(l) > 0 {
		n := 0
		digit := l[0] >= '0' && l[0] <= '9'
		for n < len(l) && (l[n] >= '0' && l[n] <= '9') == digit {
			n++
		}
		p := l[:n]
		l = l[n:]
		switch {
		case digit:
			parts = append(parts, sayDigits(p, tag, r))
		case p == "#":
			parts = append(parts, "number")
		case p == "-" || p == "/" || p == "&":
			if p == "&" {
				parts = append(parts, "and")
			} else if p == "/" {
				parts = append(parts, "slash")
			}
		default:
			p = strings.Trim(p, "-#/.")
			if p != "" {
				parts = append(parts, p)
			}
		}
	}
	return strings.Join(parts, " ")
}

var (
	ones  = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensW = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	ordW  = map[string]string{"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
)

// sayUnder100 says n < 100 as a pair ("forty two", "oh five" when zero
// led the written pair).
func sayUnder100(n int, lead0 bool) string {
	switch {
	case lead0 && n < 10:
		return "oh " + ones[n]
	case n < 20:
		return ones[n]
	case n%10 == 0:
		return tensW[n/10]
	}
	return tensW[n/10] + " " + ones[n%10]
}

// sayDigits says a run of digits: a ZIP or a long number digit by digit;
// three and four digits as people say house numbers ("four twelve", "ten
// forty four", "twelve hundred"), sometimes digit by digit.
func sayDigits(d string, tag addrTag, r *rand.Rand) string {
	byDigit := func() string {
		var b []string
		for _, c := range d {
			if c == '0' {
				b = append(b, "oh")
			} else {
				b = append(b, ones[c-'0'])
			}
		}
		return strings.Join(b, " ")
	}
	n, _ := strconv.Atoi(d)
	switch {
	case len(d) >= 5 || tag == tagZip || r.Intn(6) == 0 && len(d) > 1:
		return byDigit()
	case len(d) <= 2:
		return sayUnder100(n, len(d) == 2 && d[0] == '0')
	case len(d) == 3:
		if d[0] == '0' {
			return byDigit()
		}
		if d[1:] == "00" {
			return ones[d[0]-'0'] + " hundred"
		}
		return ones[d[0]-'0'] + " " + sayUnder100(n%100, d[1] == '0')
	default: // 4
		if d[0] == '0' {
			return byDigit()
		}
		if d[2:] == "00" {
			return sayUnder100(n/100, false) + " hundred"
		}
		return sayUnder100(n/100, false) + " " + sayUnder100(n%100, d[2] == '0')
	}
}

// sayOrdinal says "5th", "25th", "101st" in words.
func sayOrdinal(l string) (string, bool) {
	if len(l) < 3 {
		return "", false
	}
	suf := l[len(l)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return "", false
	}
	n, err := strconv.Atoi(l[:len(l)-2])
	if err != nil || n <= 0 || n >= 100 {
		return "", false
	}
	s := sayUnder100(n, false)
	f := strings.Fields(s)
	last := f[len(f)-1]
	if o, ok := ordW[last]; ok {
		last = o
	} else if strings.HasSuffix(last, "y") {
		last = last[:len(last)-1] + "ieth"
	} else {
		last += "th"
	}
	f[len(f)-1] = last
	return strings.Join(f, " "), true
}

// addrExample is one training sequence: each token's features and tag.
type addrExample struct {
	feats [][]int32
	tags  []addrTag
}

// addrExampleOf tokenises a rendering as Find would and labels each
// token with the tag of its first word; the sequence starts at the
// address's first token, as the tagger does in use.
func addrExampleOf(rd addrRendering, fids *featureIDs) (addrExample, bool) {
	t := &transcript.Transcript{Channels: 1, Words: rd.words}
	tss := Normalize(t)
	if len(tss) != 1 {
		return addrExample{}, false
	}
	ts := tss[0]
	start := -1
	for i := range ts.Toks {
		if ts.Toks[i].First >= rd.from && ts.Toks[i].Kind != KindFiller && ts.Toks[i].Kind != KindPunct {
			start = i
			break
		}
	}
	if start < 0 || ts.Toks[start].First != rd.from {
		return addrExample{}, false // the carrier ran into the address
	}
	seq := ts.addrSeq(start, addrSeqMax, nil)
	var ex addrExample
	var ids []int32
	fw := addrFeats{visit: func(f []byte) { ids = append(ids, fids.id(f)) }}
	for k := range seq {
		ids = nil
		ts.addrFeatures(seq, k, &fw)
		ex.feats = append(ex.feats, ids)
		ex.tags = append(ex.tags, rd.tags[ts.Toks[seq[k]].First])
	}
	return ex, true
}

// addrExamples renders each address written and spoken, and after every
// second address a number that is no address (addrNegatives).
func addrExamples(addrs []trainAddr, fids *featureIDs, seed int64) []addrExample {
	r := rand.New(rand.NewSource(seed))
	var out []addrExample
	for i, a := range addrs {
		for _, spoken := range []bool{false, true} {
			if ex, ok := addrExampleOf(renderAddr(a, spoken, r), fids); ok {
				out = append(out, ex)
			}
			if i%2 == 0 {
				if ex, ok := addrExampleOf(renderNegative(spoken, r), fids); ok {
					out = append(out, ex)
				}
			}
		}
	}
	return out
}

// addrNegatives are what follows a number that is no house number, in
// this file's own phrasing: amounts, times, counts, dates, sizes.
var addrNegatives = []string{"every month", "per month", "a month", "dollars a month", "dollars", "bucks", "am", "pm",
	"o'clock", "minutes", "hours", "days ago", "percent", "times", "items", "people", "pounds", "miles", "years old",
	"calls", "emails", "boxes", "on the form", "if that matters", "thanks", "is the total", "is fine", "last week",
	"in june", "at the latest", "before noon", "tops", "or so", "rounded up", "each", "orders", "gigabytes",
	"megabits", "a year", "every week", "per person", "a night", "cents", "degrees", "feet", "inches", "weeks",
	"months", "of them", "left", "more", "to go", "on the dot", "in the morning", "at night", "twice", "points",
	"rewards points", "credits", "devices", "lines", "accounts", "payments", "installments", "percent off",
	"square feet", "channels", "tickets", "seats", "nights", "visits", "and change", "give or take", "down payment",
	"was the balance", "is what I owe", "on my bill", "last time", "this year", "june third", "march second",
	"main reasons", "north of here", "street lights out", "court dates", "park visits", "drive hours", "way more",
	"place settings", "lane closures", "road trips", "extra", "total", "overall", "plus tax", "with tax",
	"gallons", "liters", "kilos", "grams", "ounces", "meters", "kilometers", "bedrooms", "bathrooms", "floors up",
	"business days", "working days", "calendar days", "am tomorrow", "pm today", "sharp", "or later", "maximum"}

// renderNegative says a number and what it counts, which is no address.
func renderNegative(spoken bool, r *rand.Rand) addrRendering {
	var out addrRendering
	d := strconv.Itoa(1 + r.Intn([]int{12, 99, 999, 9999}[r.Intn(4)]))
	var ws []string
	if spoken {
		ws = strings.Fields(sayDigits(d, tagOther, r))
	} else {
		ws = []string{d}
	}
	lead := addrLeads[r.Intn(len(addrLeads))]
	for _, f := range strings.Fields(lead) {
		out.words = append(out.words, transcript.Word{Text: strings.Trim(f, ","), Confidence: -1})
	}
	out.from = len(out.words)
	ws = append(ws, strings.Fields(addrNegatives[r.Intn(len(addrNegatives))])...)
	for _, f := range ws {
		if spoken {
			f = strings.ToLower(f)
		}
		out.words = append(out.words, transcript.Word{Text: f, Confidence: -1})
	}
	if !spoken {
		out.words[len(out.words)-1].Punct = "."
	}
	for i := range out.words {
		out.words[i].Start = time.Duration(i) * 300 * time.Millisecond
		out.words[i].End = out.words[i].Start + 250*time.Millisecond
		out.tags = append(out.tags, tagOther)
	}
	return out
}

// addrPerceptron is an averaged structured perceptron in integers, so
// that training gives the same table on every machine.
type addrPerceptron struct {
	w, u  [][nAddrTags]int64 // weights; their sums weighted by update time
	tw    [nAddrTags + 1][nAddrTags]int64
	tu    [nAddrTags + 1][nAddrTags]int64
	c     int64
	fsize int
}

func (p *addrPerceptron) grow(n int) {
	for len(p.w) < n {
		p.w = append(p.w, [nAddrTags]int64{})
		p.u = append(p.u, [nAddrTags]int64{})
	}
}

func (p *addrPerceptron) decode(ex addrExample, v *viterbiScratch) []addrTag {
	emit := make([][nAddrTags]float32, len(ex.tags))
	for k, fs := range ex.feats {
		for _, f := range fs {
			if int(f) < len(p.w) {
				for t := range emit[k] {
					emit[k][t] += float32(p.w[f][t])
				}
			}
		}
	}
	var trans [nAddrTags + 1][nAddrTags]float32
	for a := range trans {
		for b := range trans[a] {
			trans[a][b] = float32(p.tw[a][b])
		}
	}
	return viterbi(emit, &trans, v, nil)
}

func (p *addrPerceptron) update(ex addrExample, got []addrTag) {
	for k, fs := range ex.feats {
		want, have := ex.tags[k], got[k]
		pw, ph := addrTag(nAddrTags), addrTag(nAddrTags)
		if k > 0 {
			pw, ph = ex.tags[k-1], got[k-1]
		}
		if want == have && pw == ph {
			continue
		}
		p.tw[pw][want]++
		p.tu[pw][want] += p.c
		p.tw[ph][have]--
		p.tu[ph][have] -= p.c
		if want == have {
			continue
		}
		for _, f := range fs {
			p.w[f][want]++
			p.u[f][want] += p.c
			p.w[f][have]--
			p.u[f][have] -= p.c
		}
	}
}

// trainAddrTagger trains on exs and returns the averaged weights as a
// table: feature name, tag, weight in thousandths.
func trainAddrTagger(exs []addrExample, fids *featureIDs, seed int64) []addrWeight {
	p := &addrPerceptron{}
	p.grow(len(fids.names))
	var v viterbiScratch
	p.c = 1
	perceptronEpochs(len(exs), addrTrainEpochs, seed, func(i int) {
		got := p.decode(exs[i], &v)
		p.update(exs[i], got)
		p.c++
	})
	avg := func(w, u int64) int16 { return averagedWeight(w, u, p.c, addrWeightScale) }
	var out []addrWeight
	for f, name := range fids.names {
		for t := addrTag(0); t < nAddrTags; t++ {
			if q := avg(p.w[f][t], p.u[f][t]); abs64(int64(q)) >= addrPrune {
				out = append(out, addrWeight{name, t, q})
			}
		}
	}
	for a := addrTag(0); a <= nAddrTags; a++ {
		for b := addrTag(0); b < nAddrTags; b++ {
			if q := avg(p.tw[a][b], p.tu[a][b]); q != 0 {
				out = append(out, addrWeight{transName(a, b), b, q})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Feat != out[j].Feat {
			return out[i].Feat < out[j].Feat
		}
		return out[i].Tag < out[j].Tag
	})
	return out
}

// addrWeightsSource is addrtag_weights.go for ws.
func addrWeightsSource(ws []addrWeight, addrs, examples int) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./redact -run TestAddressTagger_Table -update-addrtag; DO NOT EDIT.\n\n")
	b.WriteString("package redact\n\n")
	fmt.Fprintf(&b, "// addrTagWeights is the address tagger's model (addrtag.go): %d weights,\n", len(ws))
	fmt.Fprintf(&b, "// trained on %d addresses of testdata/pii/addrtrain, each written and\n", addrs)
	fmt.Fprintf(&b, "// spoken (%d sequences), %d epochs.\n", examples, addrTrainEpochs)
	b.WriteString("var addrTagWeights = []addrWeight{\n")
	for _, w := range ws {
		fmt.Fprintf(&b, "\t{%s, %d, %d},\n", strconv.Quote(w.Feat), w.Tag, w.W)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func trainAll(t testing.TB) ([]byte, []trainAddr) {
	addrs := loadAddrTraining(t)
	fids := newFeatureIDs()
	exs := addrExamples(addrs, fids, addrTrainSeed)
	ws := trainAddrTagger(exs, fids, addrTrainSeed)
	return addrWeightsSource(ws, len(addrs), len(exs)), addrs
}

func TestAddressTagger_Table(t *testing.T) {
	if testing.Short() && !*updateAddrTag {
		t.Skip("trains the address tagger (under a second; about 13 s with -race, where CI checks the table): not under -short")
	}
	src, _ := trainAll(t)
	checkWeightsTable(t, "addrtag_weights.go", src, *updateAddrTag, "go test ./redact -run TestAddressTagger_Table -update-addrtag")
}

// TestAddressTagger_HeldOut trains on four addresses in five and reports
// the tagger's accuracy on the fifth: per token, and per address (every
// token right; the address's core ending where the labels say).
func TestAddressTagger_HeldOut(t *testing.T) {
	if testing.Short() || racedetect.Enabled {
		t.Skip("trains the address tagger: not under -short or -race")
	}
	addrs := loadAddrTraining(t)
	train, test := heldOutSplit(addrs)
	fids := newFeatureIDs()
	ws := trainAddrTagger(addrExamples(train, fids, addrTrainSeed), fids, addrTrainSeed)
	m := newAddrModel(ws)
	r := rand.New(rand.NewSource(addrTrainSeed + 1))
	var tg addrTagger
	for _, spoken := range []bool{false, true} {
		toks, tokOK, exact, coreEnd, n := 0, 0, 0, 0, 0
		for _, a := range test {
			got, want, ok := tagRendered(m, &tg, a, spoken, r)
			if !ok {
				continue
			}
			n++
			all := true
			for k := range got {
				toks++
				if got[k] == want[k] {
					tokOK++
				} else {
					all = false
				}
			}
			if all {
				exact++
			}
			if coreLen(got) == coreLen(want) {
				coreEnd++
			}
		}
		style := "written"
		if spoken {
			style = "spoken"
		}
		t.Logf("held-out %s: %d addresses, token accuracy %d/%d = %.3f, every token right %d = %.3f, core's extent right %d = %.3f",
			style, n, tokOK, toks, float64(tokOK)/float64(toks), exact, float64(exact)/float64(n), coreEnd, float64(coreEnd)/float64(n))
		assert.Greater(t, float64(tokOK)/float64(toks), 0.9, "held-out token accuracy")
	}
}

// TestAddressTagger_CrossValidated reports the tagger's accuracy over
// five folds (each address held out once: trained on the other four
// fifths), a steadier figure than the one split of
// TestAddressTagger_HeldOut; with -addrtag-first it scores only the
// first 1,394 addresses, those of the five files used before the later
// ones were added.
func TestAddressTagger_CrossValidated(t *testing.T) {
	if testing.Short() || racedetect.Enabled {
		t.Skip("trains the address tagger five times: not under -short or -race")
	}
	addrs := loadAddrTraining(t)
	var tok, tokOK, n, exact [2]int
	for fold := 0; fold < 5; fold++ {
		var train, test []trainAddr
		for i, a := range addrs {
			switch {
			case i%5 != fold:
				train = append(train, a)
			case !*addrTagFirst || i < 1394:
				test = append(test, a)
			}
		}
		fids := newFeatureIDs()
		m := newAddrModel(trainAddrTagger(addrExamples(train, fids, addrTrainSeed), fids, addrTrainSeed))
		r := rand.New(rand.NewSource(addrTrainSeed + 1))
		var tg addrTagger
		for s, spoken := range []bool{false, true} {
			for _, a := range test {
				got, want, ok := tagRendered(m, &tg, a, spoken, r)
				if !ok {
					continue
				}
				n[s]++
				all := true
				for k := range got {
					tok[s]++
					if got[k] == want[k] {
						tokOK[s]++
					} else {
						all = false
					}
				}
				if all {
					exact[s]++
				}
			}
		}
	}
	for s, style := range []string{"written", "spoken"} {
		t.Logf("5-fold %s: %d addresses, token accuracy %.4f, every token right %d = %.4f",
			style, n[s], float64(tokOK[s])/float64(tok[s]), exact[s], float64(exact[s])/float64(n[s]))
		assert.Greater(t, float64(tokOK[s])/float64(tok[s]), 0.9, "5-fold token accuracy")
	}
}

var addrTagFirst = flag.Bool("addrtag-first", false, "TestAddressTagger_CrossValidated: score only the first 1,394 training addresses")

// tagRendered renders a (spoken or written, r drawing the rendering's
// choices), tags it with m from its first token, and returns the tags
// given and those its labels say; ok is false where the address makes no
// training example.
func tagRendered(m *addrModel, tg *addrTagger, a trainAddr, spoken bool, r *rand.Rand) (got, want []addrTag, ok bool) {
	rd := renderAddr(a, spoken, r)
	ex, ok := addrExampleOf(rd, newFeatureIDs())
	if !ok {
		return nil, nil, false
	}
	ts := Normalize(&transcript.Transcript{Channels: 1, Words: rd.words})[0]
	start := 0
	for ts.Toks[start].First < rd.from || ts.Toks[start].Kind == KindFiller || ts.Toks[start].Kind == KindPunct {
		start++
	}
	_, got = ts.tagAddressWith(m, tg, start, addrSeqMax)
	return got, ex.tags, true
}

// coreLen is how many tags from the start are the address's core.
func coreLen(tags []addrTag) int {
	n := 0
	for n < len(tags) && tags[n].core() {
		n++
	}
	return n
}

// BenchmarkAddressTagger tags addresses of the training data said in
// calls (written and spoken), one tagger run from each house number, as
// Find runs it where an address is given.
func BenchmarkAddressTagger(b *testing.B) {
	addrs := loadAddrTraining(b)[:200]
	r := rand.New(rand.NewSource(addrTrainSeed))
	type run struct {
		ts    *Tokens
		start int
	}
	var runs []run
	audio := 0.0
	for _, a := range addrs {
		for _, spoken := range []bool{false, true} {
			rd := renderAddr(a, spoken, r)
			ts := Normalize(&transcript.Transcript{Channels: 1, Words: rd.words})[0]
			start := 0
			for start < len(ts.Toks) && (ts.Toks[start].First < rd.from || ts.Toks[start].Kind == KindFiller || ts.Toks[start].Kind == KindPunct) {
				start++
			}
			if start < len(ts.Toks) {
				runs = append(runs, run{ts, start})
				audio += rd.words[len(rd.words)-1].End.Seconds() - rd.words[rd.from].Start.Seconds()
			}
		}
	}
	tg := addrTaggers.Get().(*addrTagger)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, rn := range runs {
			rn.ts.tagAddress(tg, rn.start, addrSeqMax)
		}
	}
	el := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(float64(len(runs))/el, "addresses/s")
	b.ReportMetric(audio/el, "x-realtime")
}
