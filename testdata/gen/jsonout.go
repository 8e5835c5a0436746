package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
)

// pyFloat formats x the way Python's json module does (repr: shortest
// round-trip form, always with a decimal point), rounded to digits decimals
// when digits >= 0. Whisper writes its JSON with Python.
func pyFloat(x float64, digits int) json.Number {
	if digits >= 0 {
		p := math.Pow(10, float64(digits))
		x = math.Round(x*p) / p
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return json.Number(s)
}

// writeJSON writes v indented by two spaces without HTML escaping, which is
// byte for byte what Python's json.dump(v, f, indent=2) writes for the
// ASCII documents made here.
func writeJSON(path string, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// bare is a word without the punctuation a recogniser attaches to it.
func bare(text string) string { return strings.TrimRight(text, ".,?!;:") }

func sentenceEnd(text string) bool {
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!")
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789@") }
