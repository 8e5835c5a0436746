package redact_test

import (
	"os"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/redact/internal/names"
)

// TestDropRecall19_TrimDropsOnDevHalf lists, on the dev half (odd
// dialogues) of the set $REDACT_EVAL_SET names, each PERSON finding a trim
// drops (redact.TraceDrops) that lay on a marked PERSON left unfound, and
// counts per trim and test those on a marked person and those on words no
// entity holds, and the words of unfound marked persons that are a
// place's or a brand's (names.IsPlaceOrBrand). It runs only with REDACT_DROP_TRACE set and
// REDACT_EVAL_SPLIT=odd: it prints words of the set, for the terminal of
// whoever tunes, never for a log that persists.
func TestDropRecall19_TrimDropsOnDevHalf(t *testing.T) {
	if os.Getenv("REDACT_DROP_TRACE") == "" || os.Getenv("REDACT_EVAL_SET") == "" {
		t.Skip("REDACT_DROP_TRACE and REDACT_EVAL_SET not set")
	}
	if os.Getenv("REDACT_EVAL_SPLIT") != "odd" {
		t.Fatal("REDACT_EVAL_SPLIT=odd only: this test reads dev halves")
	}
	recs := loadEvalSet(t, os.Getenv("REDACT_EVAL_SET"))
	onPerson, offPII := map[string]int{}, map[string]int{}
	for _, rec := range recs {
		tr := rec.transcript()
		type drop struct {
			key string
			f   redact.Finding
		}
		var drops []drop
		stop := redact.TraceDrops(func(trim, rules string, f redact.Finding) {
			drops = append(drops, drop{trim + "[" + rules + "]", f})
		})
		fs, err := redact.Find(tr, evalPolicy())
		stop()
		if err != nil {
			t.Fatal(err)
		}
		cover := wordCover(tr, fs)
		for k := range rec.Entities {
			e := &rec.Entities[k]
			if e.Type != redact.Person || e.foundIn(cover) {
				continue
			}
			for i := e.First; i <= e.Last; i++ {
				if w := strings.ToLower(strings.Trim(tr.Words[i].Text, ".,?!'")); names.IsPlaceOrBrand(w) || names.IsPlace(w) {
					t.Logf("MISSED, a place's or brand's word: %s %s %q", rec.ID, rec.Style, w)
				}
			}
		}
		for _, d := range drops {
			var hit *evalEntity
			for k := range rec.Entities {
				e := &rec.Entities[k]
				if e.OuterFirst <= d.f.LastWord && d.f.FirstWord <= e.OuterLast {
					hit = e
				}
			}
			switch {
			case hit == nil:
				offPII[d.key]++
			case hit.Type == redact.Person:
				onPerson[d.key]++
				if !hit.foundIn(cover) {
					a, b := max(0, d.f.FirstWord-8), min(len(tr.Words)-1, d.f.LastWord+8)
					var sb strings.Builder
					for i := a; i <= b; i++ {
						if i == d.f.FirstWord {
							sb.WriteString("[")
						}
						sb.WriteString(tr.Words[i].Text + tr.Words[i].Punct)
						if i == d.f.LastWord {
							sb.WriteString("]")
						}
						sb.WriteString(" ")
					}
					t.Logf("LOST %s %s %s/%s | %s", rec.ID, rec.Style, d.key, d.f.Recognizer, sb.String())
				}
			}
		}
	}
	for k, n := range onPerson {
		t.Logf("on a marked person: %3d %s", n, k)
	}
	for k, n := range offPII {
		t.Logf("on no entity:       %3d %s", n, k)
	}
}
