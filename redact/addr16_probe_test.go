package redact_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
)

// addrProbe is speech written in session 16, before any miss of an
// evaluation set was read, by an engineer asked to find where addresses
// are lost: numbered highways and county roads, rural routes, corners
// given as where someone lives, units ("#4", "unit B", "suite 210", "bldg
// 3", "lot 42"), ordinal streets, directions after the type, named places
// with small numbers, military and post office boxes, and addresses in
// lists and with their city, state and ZIP, written (digits, as a
// recogniser writes them) and spoken (number words). Each case is a call
// (A: agent on channel 0, C: caller on channel 1), run cased and
// lowercase. Cases with no markup are look-alikes that give no address.
var addrProbe = [][]string{
	// Highways, county and farm roads, rural routes.
	{"A: What's the street address?", "C: [ADDRESS 4410 State Highway 121.]"},
	{"C: We're out at [ADDRESS 2875 County Road 12,] past the grain elevator."},
	{"A: And the mailing address?", "C: [ADDRESS Rural Route 2 Box 17.]"},
	{"C: Mail still goes to [ADDRESS RR 4, Box 210, Millbrook, Kansas.]"},
	{"A: Where is the property?", "C: Yeah it's [ADDRESS nineteen twenty two county road forty five.]"},
	{"C: The clinic is at [ADDRESS 5120 FM 1960 West.]"},
	{"C: Send it to [ADDRESS 7700 US Highway 287, Arlington, Texas] [ZIP 76001.]"},
	{"A: And where do you live?", "C: [ADDRESS sixty one oh five highway seventy north.]"},
	{"C: Our shop is at [ADDRESS 912 Old Route 9.]"},
	{"C: It's [ADDRESS 44 State Route 17 South, Mahwah, New Jersey.]"},
	{"C: I live at [ADDRESS 2100 Highway 50 East, Carson City.]"},
	{"A: What's the service address?", "C: [ADDRESS 555 County Rd. 7, apartment 2.]"},
	{"C: Ship it to [ADDRESS thirty two eighty state route one sixty one.]"},
	{"C: My address is [ADDRESS 18 Interstate 10 Frontage Road.]"},
	// Corners given as where someone is or lives.
	{"A: Where are you located?", "C: I live at [ADDRESS Elm and 3rd.]"},
	{"C: I'm on the corner of [ADDRESS Fifth Avenue and 42nd Street.]"},
	{"C: My apartment is at [ADDRESS Grand and Halsted.]"},
	{"C: We live at [ADDRESS maple and twelfth.]"},
	{"A: Where should the driver meet you?", "C: [ADDRESS Oak Street and Pine Avenue,] by the pharmacy."},
	{"C: We're at the intersection of [ADDRESS Route 9 and Cedar Lane.]"},
	{"C: My house is on [ADDRESS 14th and Vine.]"},
	// Units.
	{"A: What's your address?", "C: [ADDRESS 85 Larkspur Street #4.]"},
	{"C: It's [ADDRESS 230 Mercer Street, unit B.]"},
	{"C: Our office is [ADDRESS 1500 Commerce Boulevard, suite 210.]"},
	{"C: The warehouse is [ADDRESS 40 Industrial Parkway, bldg 3.]"},
	{"A: Where do you live?", "C: [ADDRESS 5500 Desert Palm Drive, lot 42.]"},
	{"A: What's the address?", "C: It's [ADDRESS twelve eighteen bramble way apartment four c.]"},
	{"C: We moved to [ADDRESS 77 Quarry Road, building 2, unit 14.]"},
	{"C: The address is [ADDRESS 9 Linden Court, Apt. 3R.]"},
	{"A: And which unit are you in?", "C: [ADDRESS Unit B.]"},
	{"C: My address is [ADDRESS 601 Harbor Street, Space 18.]"},
	{"C: I'm at [ADDRESS 18 Fenwick Street, # 12.]"},
	{"C: Deliver it to [ADDRESS three oh one ferris avenue suite four hundred.]"},
	{"C: I live in [ADDRESS lot 42 at Shady Acres.]"},
	// Ordinal streets.
	{"C: Send it to [ADDRESS 402 West 12th Street.]"},
	{"A: What's the address?", "C: [ADDRESS 88 twelfth st.]"},
	{"A: Where do you live?", "C: It's [ADDRESS two twenty east forty second street.]"},
	{"C: The shop is at [ADDRESS 1519 3rd Ave.]"},
	{"C: I moved to [ADDRESS 67 Twenty-Third Street.]"},
	{"C: The address is [ADDRESS 310 N 1st St.]"},
	{"C: We live at [ADDRESS four eleven south ninth avenue.]"},
	// Directions after the type.
	{"C: My address is [ADDRESS 1600 Main St NW.]"},
	{"C: Ship it to [ADDRESS 915 Pine Street Southeast, Washington, DC.]"},
	{"A: Where's the office?", "C: [ADDRESS fourteen hundred k street northwest.]"},
	{"C: It's [ADDRESS 250 Elm Ave S, Seattle.]"},
	{"C: I live at [ADDRESS 3300 Lakeshore Blvd E, apartment 9.]"},
	// Named places with small numbers.
	{"C: Their headquarters is [ADDRESS 1 Infinite Loop, Cupertino, California.]"},
	{"C: Send it to [ADDRESS 350 Fifth Avenue.]"},
	{"C: The office is at [ADDRESS 1 Market Plaza.]"},
	{"C: We're at [ADDRESS 2 Penn Center.]"},
	{"A: What's the address?", "C: [ADDRESS 4 Embarcadero Center.]"},
	{"A: Where do we send the invoice?", "C: [ADDRESS one hacker way menlo park.]"},
	{"C: I work at [ADDRESS 1 Gateway Plaza.]"},
	// Military and post office boxes.
	{"A: What's the mailing address?", "C: [ADDRESS PSC 1234 Box 5678, APO AE] [ZIP 09001.]"},
	{"C: Send it to [ADDRESS P.O. Box 4471.]"},
	{"C: My address is [ADDRESS PO Box 92, Fairview, Montana] [ZIP 59221.]"},
	{"A: What's the mailing address?", "C: [ADDRESS p o box three three one.]"},
	{"C: It's [ADDRESS Unit 2050 Box 4190, APO AP] [ZIP 96278.]"},
	{"C: Mail it to [ADDRESS CMR 402, Box 1133, APO AE.]"},
	{"C: The address is [ADDRESS post office box eighty eight.]"},
	{"A: And the mailing address?", "C: [ADDRESS Box 215, Hartsel, Colorado.]"},
	{"C: Mail goes to [ADDRESS psc eight oh two box forty one fpo ap.]"},
	// Lists, and the city, state and ZIP after the street.
	{"C: We have two sites, [ADDRESS 14 Cedar Road] and [ADDRESS 230 Birch Lane.]"},
	{"C: The old one was [ADDRESS 5 Spruce Court,] the new one is [ADDRESS 19 Poplar Drive.]"},
	{"C: Ship it to [ADDRESS 1200 Alder Street, Portland, Oregon] [ZIP 97205.]"},
	{"C: My address is [ADDRESS 77 Wexford Lane, Dayton, OH] [ZIP 45402.]"},
	{"A: And the address?", "C: It's [ADDRESS four oh nine chestnut street springfield illinois] [ZIP six two seven oh one.]"},
	{"C: Bill it to [ADDRESS 818 Hazel Street, Suite 300, Boise, ID] [ZIP 83702,] and ship to [ADDRESS 24 Aspen Way, Nampa, ID] [ZIP 83651.]"},
	{"C: My parents are at [ADDRESS 56 Willow Bend Road, Macon, Georgia,] and I'm at [ADDRESS 3 Juniper Court.]"},
	{"A: Which addresses?", "C: [ADDRESS twelve oak street] and [ADDRESS forty maple avenue.]"},
	{"C: The address is [ADDRESS 1440 N. Dayton St., Chicago, IL] [ZIP 60642.]"},
	{"C: It's [ADDRESS 3401 w. broadway ave.]"},
	{"C: We live at [ADDRESS 742 Evergreen Terrace.]"},
	{"A: What's the address?", "C: It's [ADDRESS twenty two, uh, willow creek drive.]"},
	{"C: Both went to [ADDRESS 60 Cobb Street,] [ADDRESS 61 Cobb Street] and [ADDRESS 9 Dove Lane.]"},
}

// addrProbeLookAlikes are sentences with numbers next to road words, units
// and places that give no address.
var addrProbeLookAlikes = [][]string{
	{"C: Take highway 9 north for 10 miles."},
	{"A: We'll be in room 204 for the meeting."},
	{"C: I usually catch the 5 train."},
	{"C: We stopped at the route 66 diner."},
	{"C: Between main and 5th we have parking."},
	{"C: She's on section 8 housing."},
	{"C: Exit 14 is closed for construction."},
	{"C: Turn left at mile marker 32."},
	{"C: It's a 3 bedroom house with 2 baths."},
	{"C: Gate 23 at terminal B."},
	{"C: Platform 4 for the express."},
	{"C: We play on court 3 on Tuesdays."},
	{"C: My son is in grade 5."},
	{"C: Chapter 11 covers that."},
	{"A: Press 2 for billing."},
	{"C: It's about 40 minutes up Highway 1."},
	{"C: Interstate 95 was backed up."},
	{"C: Line 3 is busy again."},
	{"C: Bus 42 stops there."},
	{"C: We have 3 units left in stock."},
	{"C: Take Route 17 south past the mall."},
	{"C: The county road was flooded last week."},
	{"C: Salt and pepper are in aisle 7."},
	{"C: Table 12 is ready for you."},
	{"C: Box 3 of 5 arrived damaged."},
	{"C: I work on floor 6."},
	{"C: Lane 2 is closed."},
	{"C: I'll see you at 5 on Main."},
	{"C: I have 2 dogs and 3 cats."},
	{"C: Player number 23 scored twice."},
	{"C: I drove 300 miles on highway 40 yesterday."},
	{"C: The 7 line was delayed again."},
	{"C: The auction sold lot 42 for 300 dollars."},
	{"C: It's in aisle 9, next to the bread."},
	{"C: We were number 1 in the region."},
	{"C: Park in row 4, space 12."},
	{"C: I'm in the third grade and fifth period."},
	{"C: Go two blocks down and turn on 5th."},
	{"C: Our team meets in building 3 on Fridays."},
	{"C: Suite 210 is the conference room upstairs."},
	{"C: The 10 freeway is jammed."},
	{"C: Take the 405 south to the 10."},
}

// addrProbeScore is what Find does on the probe in one style.
type addrProbeScore struct {
	addrs, found        int // marked addresses, and those ADDRESS findings cover
	flagged, words      int // unmarked words flagged, and all unmarked words
	misses, extras      []string
	lookAlikes, flagLAs int // look-alike cases, and those with any finding
}

// scoreAddressCases runs Find on each case (its turns, with marked
// entities; a case with none is a look-alike) in one style and scores
// ADDRESS: addr16's and addr18's probes share it.
func scoreAddressCases(t *testing.T, cases [][]string, lower bool) addrProbeScore {
	t.Helper()
	var s addrProbeScore
	for _, c := range cases {
		tr, want := lowerProbeCall(lower, c)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		addr := map[int]bool{}
		for _, f := range fs {
			if f.Type == redact.Address {
				for i := f.FirstWord; i <= f.LastWord; i++ {
					addr[i] = true
				}
			}
		}
		covered := map[int]bool{}
		for _, e := range want {
			for i := e.first; i <= e.last; i++ {
				covered[i] = true
			}
			if e.typ != string(redact.Address) {
				continue
			}
			s.addrs++
			ok := true
			for i := e.first; i <= e.last; i++ {
				ok = ok && addr[i]
			}
			if ok {
				s.found++
			} else {
				var got []string
				for _, f := range fs {
					got = append(got, fmt.Sprintf("%s %q", f.Type, redact.MatchedText(tr, f)))
				}
				s.misses = append(s.misses, fmt.Sprintf("MISS %q | %s | found %s", wordsText(tr, e.first, e.last), strings.Join(c, " / "), strings.Join(got, ", ")))
			}
		}
		if len(want) == 0 {
			s.lookAlikes++
			if len(fs) > 0 {
				s.flagLAs++
			}
		}
		for i := range tr.Words {
			if !covered[i] {
				s.words++
			}
		}
		for _, f := range fs {
			extra := false
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if !covered[i] {
					s.flagged++
					extra = true
				}
			}
			if extra {
				s.extras = append(s.extras, fmt.Sprintf("FP %s %q | %s", f.Type, redact.MatchedText(tr, f), strings.Join(c, " / ")))
			}
		}
	}
	return s
}

// TestFind_AddressProbe measures Find on addrProbe and its look-alikes,
// cased and lowercase, and holds the figures reached. Before session 16's
// rules (addr16.go) ADDRESS was cased 68/82 and lowercase 68/82, with 2
// unmarked words flagged of 542 in each and 1 of 42 look-alike cases
// flagged; after, cased 77/82 and lowercase 79/82, with 0 words and 0
// look-alike cases flagged.
// Three of the misses left are a box's town and state, which the box
// rules leave out on purpose (addrtag_use_test.go: "[ADDRESS lock box
// 5518], Reno, Nevada"; the sets put them in the outer range).
// REDACT_PROBE_VERBOSE=1 lists every miss and extra finding.
func TestFind_AddressProbe(t *testing.T) {
	floors := map[bool]struct {
		recall  float64
		flagged int
	}{false: {0.93, 0}, true: {0.96, 0}}
	for _, lower := range []bool{false, true} {
		s := scoreAddressCases(t, append(append([][]string{}, addrProbe...), addrProbeLookAlikes...), lower)
		t.Logf("lower=%v ADDRESS %d/%d = %.3f; unmarked words flagged %d/%d = %.2f %%; look-alike cases flagged %d/%d",
			lower, s.found, s.addrs, float64(s.found)/float64(s.addrs), s.flagged, s.words,
			100*float64(s.flagged)/float64(s.words), s.flagLAs, s.lookAlikes)
		if os.Getenv("REDACT_PROBE_VERBOSE") != "" {
			for _, m := range append(s.misses, s.extras...) {
				t.Logf("lower=%v %s", lower, m)
			}
		}
		f := floors[lower]
		if float64(s.found)/float64(s.addrs) < f.recall || s.flagged > f.flagged {
			t.Errorf("lower=%v: ADDRESS %d/%d under %.3f or %d words flagged, over %d", lower, s.found, s.addrs, f.recall, s.flagged, f.flagged)
		}
	}
}
