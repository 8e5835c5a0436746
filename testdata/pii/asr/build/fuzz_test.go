package main

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadCalls feeds the dialogue parser arbitrary files: it must return
// calls or an error, never panic, and every call it returns must have
// turns whose chunks all hold words and labels that exist.
func FuzzReadCalls(f *testing.F) {
	f.Add("@@ 001 2 src=sgd\nA: send it to [PERSON.recipient|^Dr. Grace Holloway] on <date|Friday>\nC: [PHONE.listed|555-0100].\n")
	f.Add("@@ 002 1 src=authored nodiar\nC: it's [CARD.spoken|4111 1111 1111 1111], code [CARD_CVV.cvv|123]\n")
	f.Add("@@ 003 2 src=x\nA: [ADDRESS.home|1200 D Street #27 ^Brooklyn] at <time|4:30 pm> for <price|$ 4,850>\n")
	f.Add("@@ 004 2 src=x\nA: [PERSON.x|^Dr.]\nC: <a|b\nA: ]|>[\n")
	f.Fuzz(func(t *testing.T, text string) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "x.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		calls, err := readCalls(dir)
		if err != nil {
			return
		}
		for _, c := range calls {
			for _, tr := range c.turns {
				for _, k := range tr.chunks {
					if len(k.words) == 0 || k.label >= len(c.labels) {
						t.Fatalf("call %03d: chunk %+v", c.num, k)
					}
				}
			}
			_ = c.sum()
		}
	})
}
