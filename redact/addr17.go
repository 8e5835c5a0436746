package redact

// lettersAt reports whether token j is letters spelled out one a word
// that join to s: "u s highway nineteen" (a US highway said in a
// lowercase transcript), as isWord asks of a word.
func (ts *Tokens) lettersAt(j int, s string) bool {
	return j >= 0 && j < len(ts.Toks) && ts.Toks[j].Kind == KindLetters && ts.Toks[j].Norm == s
}
