package redact

// A private mailbox said on its own as the address: "PMB 123", "PMB
// number 77", "private mailbox 12", after talk of an address ("what's the
// mailing address?", "send the check to", "the address on file is").
// After a street the mailbox is read as its unit (unitAfter: "77 Orchard
// Lane, PMB 408"). Without talk of an address within 12 words "PMB" is
// taken for something else ("our PMB 12 plan"), and a number of more than
// six digits is no mailbox.

// privateMailbox reads a private mailbox at token i ("pmb" or "private
// mailbox", then "number", "no" or "#" if said, then its number) given as
// an address, and returns its last token: the number, or the town and
// state after it.
func (ts *Tokens) privateMailbox(i int) (int, bool) {
	j := i
	if ts.Toks[i].Norm == "private" {
		j = ts.next(i + 1)
	}
	for n := 0; n < 2; n++ {
		if ts.sentenceEndsAfter(j) {
			return 0, false
		}
		j = ts.next(j + 1)
		if !ts.isWord(j, "number", "no", "#") {
			break
		}
	}
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindNumber || len(ts.Toks[j].Norm) > 6 {
		return 0, false
	}
	if !ts.sh.contextHas(ts.Words[ts.Toks[i].First], 12, addressTalk...) && !ts.addressAsked(i) {
		return 0, false
	}
	if n := ts.next(j + 1); !ts.sentenceEndsAfter(j) && !ts.commaAfter(j) && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.Toks[n].in(wcStreetStop) &&
		!ts.Capitalised(ts.Toks[n].First) && ts.Cased {
		return 0, false // a word of what the number counts follows: "PMB 12 plans"
	}
	return ts.cityAfter(j), true
}
