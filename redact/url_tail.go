package redact

// The end of a spoken web address's path. A recogniser writes no "?",
// "#", "=" or "&", and people often leave them unsaid too, so a path's
// query or fragment is heard as more words after it: "example dot com
// slash start setup" (for "/start#setup"), "shop dot example dot org
// slash cart item forty two" ("/cart?item=42"), "maple dot ca slash index
// dot html". Such words (up to six) belong to the address only when nothing but them
// comes before the end of the sentence or turn (or before "I think",
// "okay", "thanks"): "... slash help for the refund" and "... slash help,
// it's been twelve days" end at "help".

// pathTailMax is how many words after a path may still be its query or
// fragment.
const pathTailMax = 6

// urlPathTail extends a spoken path ending at token end over the words
// after it that end its sentence (see above). It returns the new last
// token.
func (ts *Tokens) urlPathTail(end int) int {
	last := end
	for n := 0; n < pathTailMax*2 && !ts.sentenceEndsAfter(last); n++ {
		k := ts.next(last + 1)
		if k >= len(ts.Toks) || !valuePart(&ts.Toks[k]) {
			break
		}
		if ts.isWord(k, "dot", "period") {
			// "index dot html": a file's extension, one word right after
			if e := ts.next(k + 1); e < len(ts.Toks) && !ts.sentenceEndsAfter(k) && ts.Toks[e].Kind == KindWord && isAlpha(ts.Toks[e].Norm) && len(ts.Toks[e].Norm) <= 5 && !pathTailStop(ts.Toks[e].Norm) {
				last = e
				continue
			}
			break
		}
		if ts.isWord(k, "dash", "hyphen", "underscore") {
			// "cite dash one": words the fragment joins
			if e := ts.next(k + 1); e < len(ts.Toks) && !ts.sentenceEndsAfter(k) && valuePart(&ts.Toks[e]) && !pathTailStop(ts.Toks[e].Norm) {
				last = e
				continue
			}
			break
		}
		if pathTailStop(ts.Toks[k].Norm) {
			break
		}
		last = k
	}
	if last == end {
		return end
	}
	if words := ts.countTokens(end, last); words > pathTailMax {
		return end
	}
	if ts.sentenceEndsAfter(last) || ts.next(last+1) >= len(ts.Toks) {
		return last
	}
	// Before "I think", "okay", "thanks", what people say after a value.
	if a := ts.next(last + 1); ts.isWord(a, "okay", "ok", "thanks", "thank", "cheers") ||
		ts.isWord(a, "i") && ts.isWord(ts.next(a+1), "think", "believe", "guess") {
		return last
	}
	return end
}

// countTokens returns how many words follow token a up to token b, not
// counting the connectors "dot", "dash" and "underscore", and counting
// letters spelled one after another as one ("u r l").
func (ts *Tokens) countTokens(a, b int) int {
	n, letter := 0, false
	for k := ts.next(a + 1); k <= b && k < len(ts.Toks); k = ts.next(k + 1) {
		if ts.isWord(k, "dot", "period", "dash", "hyphen", "underscore") {
			continue
		}
		single := len(ts.Toks[k].Norm) == 1 && isAlpha(ts.Toks[k].Norm)
		if !single || !letter {
			n++
		}
		letter = single
	}
	return n
}

// pathTailStop reports whether the lowercase word w starts talk after a
// value rather than going on with it: a function word, a lead-in, a
// filler or a word of thanks; not the usual keys of a query.
func pathTailStop(w string) bool {
	if w == "name" || w == "id" || w == "page" {
		return false // a query's keys ("... slash search id one two three name alice")
	}
	return secretStops[w] || emailStop[w] || leadIns[w] || personStop[w] || emailConnectors[w]
}
