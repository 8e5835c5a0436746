package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/transcript"
)

// wordTextCases are words whose ends and letters take every path of
// trimWord, trimWordLeft, upperAlready and lowerAlready.
var wordTextCases = []string{"", "a", "A", "hello", "Hello", "USA", "ID", "I'm", "\"quoted\"", "(555)", "end.",
	"“curly”", "‘single’", "wait…", "—dash—", "x–y", "Ölçü", "ÉCOLE", "straße", "ǅ", "\xff", "a\xffB", "\uFFFD",
	"'s", "_x_", "\\", "...", "4B", "émile", "Ω", "ω"}

func TestWordText_FastPathsMatchTheStringsFunctions(t *testing.T) {
	for _, w := range wordTextCases {
		assert.Equal(t, strings.Trim(w, trimCutset), trimWord(w), "trimWord(%q)", w)
		assert.Equal(t, strings.TrimLeft(w, trimCutset), trimWordLeft(w), "trimWordLeft(%q)", w)
		assert.Equal(t, strings.ToUpper(w) == w, upperAlready(w), "upperAlready(%q)", w)
		assert.Equal(t, strings.ToLower(w) == w, lowerAlready(w), "lowerAlready(%q)", w)
	}
	tr := &transcript.Transcript{}
	for _, w := range wordTextCases {
		tr.Words = append(tr.Words, transcript.Word{Text: w})
	}
	lower := make([]string, len(tr.Words))
	lowerWords(lower, tr)
	for i, w := range wordTextCases {
		assert.Equal(t, lowerWord(w), lower[i], "lowerWords of %q", w)
	}
}

func FuzzWordText_FastPathsMatchTheStringsFunctions(f *testing.F) {
	for _, w := range wordTextCases {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := trimWord(w), strings.Trim(w, trimCutset); got != want {
			t.Fatalf("trimWord(%q) = %q, want %q", w, got, want)
		}
		if got, want := trimWordLeft(w), strings.TrimLeft(w, trimCutset); got != want {
			t.Fatalf("trimWordLeft(%q) = %q, want %q", w, got, want)
		}
		if got, want := upperAlready(w), strings.ToUpper(w) == w; got != want {
			t.Fatalf("upperAlready(%q) = %v, want %v", w, got, want)
		}
		if got, want := lowerAlready(w), strings.ToLower(w) == w; got != want {
			t.Fatalf("lowerAlready(%q) = %v, want %v", w, got, want)
		}
		lower := make([]string, 2)
		lowerWords(lower, &transcript.Transcript{Words: []transcript.Word{{Text: "Up"}, {Text: w}}})
		if got, want := lower[1], lowerWord(w); got != want || lower[0] != "up" {
			t.Fatalf("lowerWords(%q) = %q, want %q", w, got, want)
		}
	})
}
