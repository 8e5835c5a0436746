package redact_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// The addrpeer19 probe is an address check built from PEERS' test suites,
// not from anything this team wrote: the US addresses that pyap,
// addresser, addressit and usaddress-scourgify assert their parsers find
// (testdata/addrpeer19/README.md names each file, commit and licence).
// Each address was split, as the evaluation sets label it, into the
// address core (number, street, type, directionals, unit, PO box) that
// must be found, the town and state (an outer range: neither required nor
// counted as a false positive) and the ZIP; then put in one of thirteen
// call lines. Every second pair of addresses is said, not written:
// numbers as a caller says them ("twelve oh four", "one oh seven oh one"),
// abbreviations read out ("Ste" as "Suite", "WA" as "Washington"). The
// look-alikes are sentences with numbers near place words that give no
// address (flights, rooms, amounts, times, a store "on Main Street") and
// pyap's own negative cases put into calls. Lines alternate between the
// dev half (tuned on) and the test half (measured once, at the end). Each
// case runs cased and lowercase.

// addrPeerCase is one line of testdata/addrpeer19/probe.tsv.
type addrPeerCase struct {
	kind, half, said, source string
	turns                    []string
}

func readAddrPeerProbe(t *testing.T) []addrPeerCase {
	t.Helper()
	f, err := os.Open("testdata/addrpeer19/probe.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []addrPeerCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 6 {
			t.Fatalf("probe.tsv: %d columns in %q", len(cols), sc.Text())
		}
		cs = append(cs, addrPeerCase{kind: cols[0], half: cols[1], said: cols[2], source: cols[3],
			turns: strings.Split(cols[5], " / ")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cs
}

// scoreAddrPeer runs Find on cases in one style through addr16's scorer
// (scoreAddressCases): ADDRESS entities must be covered by ADDRESS
// findings, the town and state (PLACE) and the ZIP may be covered by
// anything, every other word flagged is a false positive, and a case with
// no marked entity is a look-alike (every "lookalike" line of probe.tsv,
// and only those).
func scoreAddrPeer(t *testing.T, cases []addrPeerCase, lower bool) addrProbeScore {
	t.Helper()
	turns := make([][]string, len(cases))
	for i, c := range cases {
		turns[i] = append([]string(nil), c.turns...)
		if lower { // (lowered here, not by the scorer: it would lowercase the PLACE and ZIP marks too)
			for j, turn := range turns[i] {
				text := lowerStyle(turn[2:])
				for _, ty := range []string{"address", "place", "zip"} {
					text = strings.ReplaceAll(text, "["+ty+" ", "["+strings.ToUpper(ty)+" ")
				}
				turns[i][j] = turn[:2] + text
			}
		}
	}
	return scoreAddressCases(t, turns, false)
}

// TestFind_AddrPeer19Probe measures Find on the dev half of the peers'
// probe, cased and lowercase, and holds the figures reached. The test
// half is measured only with REDACT_PROBE_HALF=test (once, at the end of
// the work that tuned on dev). REDACT_PROBE_VERBOSE=1 lists each miss and
// extra finding (dev half only).
//
// Main at 39b0193, before any rule of addrpeer19, measured blind on both
// halves: dev ADDRESS cased 105/108 (0.972), lowercase 102/108 (0.944),
// unmarked words flagged 3 and 5 of 997, look-alike cases flagged 2 and 3
// of 40; test cased 101/107 (0.944), lowercase 103/107 (0.963), 0 words and
// 0 look-alikes flagged. After addr19_lone_unit.go the dev half has the
// same recall and 1 and 3 words, 1 and 2 look-alikes flagged (a suite
// booked for a conference is no longer an address). The dev misses left:
// a spoken house number with a letter before a Spanish type-first street
// ("sixty seven a alameda ..."), a box followed by a street, an unlisted
// type ("cut off"), and in lowercase a unit letter "a" after "apt", a
// digit-by-digit house number before a typeless street, and a weak-typed
// street before a unit.
func TestFind_AddrPeer19Probe(t *testing.T) {
	half := "dev"
	if os.Getenv("REDACT_PROBE_HALF") == "test" {
		half = "test"
	}
	var cases []addrPeerCase
	for _, c := range readAddrPeerProbe(t) {
		if c.half == half {
			cases = append(cases, c)
		}
	}
	floors := map[bool]struct {
		recall       float64
		flagged, las int
	}{false: {0.97, 1, 1}, true: {0.94, 3, 2}}
	for _, lower := range []bool{false, true} {
		s := scoreAddrPeer(t, cases, lower)
		w, sp := addrPeerBySaid(t, cases, lower)
		t.Logf("%s lower=%v ADDRESS %d/%d = %.3f (written %s, spoken %s); unmarked words flagged %d/%d = %.2f %%; look-alike cases flagged %d/%d",
			half, lower, s.found, s.addrs, float64(s.found)/float64(s.addrs), w, sp, s.flagged, s.words,
			100*float64(s.flagged)/float64(s.words), s.flagLAs, s.lookAlikes)
		if os.Getenv("REDACT_PROBE_VERBOSE") != "" && half == "dev" {
			for _, m := range append(s.misses, s.extras...) {
				t.Logf("lower=%v %s", lower, m)
			}
		}
		if half != "dev" {
			continue
		}
		f := floors[lower]
		if float64(s.found)/float64(s.addrs) < f.recall || s.flagged > f.flagged || s.flagLAs > f.las {
			t.Errorf("lower=%v: ADDRESS %d/%d under %.3f, %d words flagged (over %d) or %d look-alikes flagged (over %d)",
				lower, s.found, s.addrs, f.recall, s.flagged, f.flagged, s.flagLAs, f.las)
		}
	}
}

// addrPeerBySaid is the ADDRESS recall of the written and the spoken
// cases apart.
func addrPeerBySaid(t *testing.T, cases []addrPeerCase, lower bool) (written, spoken string) {
	t.Helper()
	var out [2]string
	for k, said := range []string{"written", "spoken"} {
		var sub []addrPeerCase
		for _, c := range cases {
			if c.kind == "address" && c.said == said {
				sub = append(sub, c)
			}
		}
		s := scoreAddrPeer(t, sub, lower)
		out[k] = fmt.Sprintf("%d/%d", s.found, s.addrs)
	}
	return out[0], out[1]
}
