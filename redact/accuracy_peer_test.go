package redact_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// peerSetPath is the set adapted from what other people wrote: peer PII
// detectors' test suites (Presidio, presidio-research, scrubadub), ASAPP's
// customer-service dialogues and an Amazon Connect example transcript,
// each call in both transcript styles (testdata/pii/peer/README.md).
const peerSetPath = "../testdata/pii/peer.jsonl.gz"

// peerFloors are regression floors on the peer set: the entity recall
// measured on ef94a29, before anyone tuned on the set, less 0.03; for the
// numeric types tuned on it since (CARD, SSN, PHONE, IBAN, DOB, ZIP,
// NUMBER) the recall reached then, less 0.01 (docs/redact-accuracy.md), and so for
// the types tuned on it after 6aed73f: ADDRESS, PASSPORT, DRIVER_LICENSE,
// SSN and PHONE (branch pii-tune-a; NUMBER 0.89: one order id is taken
// into a spoken email's local part, or typed as another PII type, so it
// is still redacted) and PERSON, EMAIL, URL, USERNAME and PASSWORD
// (branch pii-tune-b). The false-positive and hard-negative ceilings are
// the targets, 1 % and 3 % (0.85 % and 3.80 % at ef94a29; 0.68 %
// and 0.74 % at 6aed73f). Figures and the targets they miss:
// testdata/pii/peer/README.md and docs/redact-accuracy.md.
var peerFloors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.99, redact.CardCVV: 0.97, redact.CardExpiry: 0.97, redact.SSN: 0.99, redact.Phone: 0.99,
		redact.Email: 0.99, redact.IBAN: 0.99, redact.Routing: 0.97, redact.Medicare: 0.97, redact.Passport: 0.99,
		redact.License: 0.99, redact.Account: 0.97, redact.PIN: 0.97, redact.Password: 0.99, redact.Username: 0.94,
		redact.IPAddress: 0.78, redact.URL: 0.99, redact.DOB: 0.99, redact.ZIP: 0.99, redact.Address: 0.99,
		redact.Person: 0.988, redact.Number: 0.89,
	},
	maxFP: 0.01, maxHardNeg: 0.03,
}

// TestPIIAccuracy_PeerSet measures the recognizers on the peer set (go test
// ./redact -run Peer -v prints the tables, also per type and style).
func TestPIIAccuracy_PeerSet(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	path := filepath.FromSlash(peerSetPath)
	testPIIAccuracy(t, path, peerFloors)
	if testing.Verbose() { // a second pass, only when its table is printed
		logRecallByStyle(t, path)
	}
}

// logRecallByStyle logs entity recall per type for each transcript style
// (cased Whisper/AWS-like, lower Kaldi/Sphinx-like), and the
// false-positive and hard-negative word rates per style, counted as
// testPIIAccuracy counts them. Only counts are logged, never text.
func logRecallByStyle(t *testing.T, path string) {
	type key struct {
		typ   redact.Type
		style string
	}
	c := newRecallCounts[key]()
	nonPII, fp, neg, negHit := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	forEachCovered(t, loadEvalSet(t, path), evalPolicy(), func(rec *evalRecord, tr *transcript.Transcript, cover []typeMask) {
		outer := make([]bool, len(tr.Words))
		for _, e := range rec.Entities {
			for i := e.OuterFirst; i <= e.OuterLast; i++ {
				outer[i] = true
			}
			c.add(key{e.Type, rec.Style}, e.foundIn(cover))
		}
		for i := range tr.Words {
			if !outer[i] {
				nonPII[rec.Style]++
				if len(cover[i]) > 0 {
					fp[rec.Style]++
				}
			}
		}
		for _, n := range rec.Negatives {
			for i := n.First; i <= n.Last; i++ {
				neg[rec.Style]++
				if len(cover[i]) > 0 {
					negHit[rec.Style]++
				}
			}
		}
	})
	table := alignedTable("type\tcased\trecall\tlower\trecall\t", func(tw io.Writer) {
		for _, ty := range redact.AllTypes() {
			cs, l := key{ty, "cased"}, key{ty, "lower"}
			if c.total[cs]+c.total[l] == 0 {
				continue
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%s\t\n", ty, c.total[cs], ratio(c.found[cs], c.total[cs]), c.total[l], ratio(c.found[l], c.total[l]))
		}
	})
	t.Logf("entity recall per type and style on %s:\n%s", path, table)
	for _, st := range []string{"cased", "lower"} {
		t.Logf("%s: false-positive words %d of %d = %.2f%%; hard-negative words flagged %d of %d = %.2f%%",
			st, fp[st], nonPII[st], 100*rate(fp[st], nonPII[st]), negHit[st], neg[st], 100*rate(negHit[st], neg[st]))
	}
}
