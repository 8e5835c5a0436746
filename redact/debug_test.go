package redact_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
)

func TestDebugFind(t *testing.T) {
	s := os.Getenv("REDACT_DEBUG")
	if s == "" {
		t.Skip("set REDACT_DEBUG")
	}
	for _, line := range strings.Split(s, "|") {
		tr := words(line)
		for _, ts := range redact.Normalize(tr) {
			for _, tk := range ts.Toks {
				fmt.Printf("%s:%q(%d-%d)%v ", tk.Kind, tk.Norm, tk.First, tk.Last, tk.Groups)
			}
			fmt.Println()
		}
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			fmt.Printf("  %s %.2f %s: %q\n", f.Type, f.Score, f.Recognizer, redact.MatchedText(tr, f))
		}
	}
}
