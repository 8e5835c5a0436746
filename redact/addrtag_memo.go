package redact

import "sync"

// The address tagger reads a window of up to addrSeqMax tokens from each
// place an address may start, and every token of a window has its
// features read at up to five places of the window around each token
// ("0", "-1", "-2", "+1", "+2"): a token of an address said in a run of
// addresses had its dozen features built as strings and looked up in the
// model some fifty times a call, two thirds of the tagger's time. A
// token's features at one place depend on the token stream alone, so
// addrMemo keeps, per token and place, the model's weight rows they hit,
// in the order they hit them, and a later window adds those rows again
// instead. The sums are the same additions in the same order, so the
// scores, and the tags, are exactly those without the memo.

// addrPlaces are the places in the window addrFeatures reads a token's
// features at, with whether it reads them in full there.
var addrPlaces = [...]struct {
	at   string
	full bool
}{{"0", true}, {"-1", true}, {"-2", false}, {"+1", true}, {"+2", false}}

// addrPlace returns the index in addrPlaces of at and full, or -1.
func addrPlace(at string, full bool) int {
	for p, pl := range addrPlaces {
		if pl.at == at && pl.full == full {
			return p
		}
	}
	return -1
}

// addrMemo is the memo of one token stream and one model.
type addrMemo struct {
	m *addrModel
	// end holds per token and place (token*len(addrPlaces)+place) one
	// past the last of its rows, plus one: 0 when not yet read.
	end  []int32
	from []int32             // per token and place: the first of its rows
	rows []int32             // the rows, as indices in m.rows
	rec  bool                // the rows being found are recorded
	emit *[nAddrTags]float32 // the scores replayed rows add to
}

// addrMemos keeps memos between calls (Tokens.release).
var addrMemos sync.Pool

// addrMemoFor returns ts's memo for model m, made or reset as needed.
func (ts *Tokens) addrMemoFor(m *addrModel) *addrMemo {
	if am := ts.addrMemo; am != nil && am.m == m {
		return am
	}
	am := ts.addrMemo
	if am == nil {
		am, _ = addrMemos.Get().(*addrMemo)
		if am == nil {
			am = &addrMemo{}
		}
		ts.addrMemo = am
	}
	n := len(ts.Toks) * len(addrPlaces)
	am.m, am.end, am.from, am.rows, am.rec, am.emit = m, reuse(am.end, n), reuse(am.from, n), am.rows[:0], false, nil
	return am
}

// releaseAddrMemo gives ts's memo back for another call.
func (ts *Tokens) releaseAddrMemo() {
	if am := ts.addrMemo; am != nil {
		ts.addrMemo = nil
		am.m, am.emit = nil, nil
		addrMemos.Put(am)
	}
}

// token hands token j's features at place at to fw (addrTokenFeatures);
// with a memo it adds the rows they hit instead where it has them, and
// records them where it has not.
func (fw *addrFeats) token(ts *Tokens, j int, at string, full bool) {
	am := fw.memo
	p := addrPlace(at, full)
	if am == nil || p < 0 {
		ts.addrTokenFeatures(j, at, fw, full)
		return
	}
	key := j*len(addrPlaces) + p
	if end := am.end[key]; end > 0 {
		e := am.emit
		for _, i := range am.rows[am.from[key] : end-1] {
			w := &am.m.rows[i]
			for t := range e {
				e[t] += w[t]
			}
		}
		return
	}
	am.from[key] = int32(len(am.rows))
	am.rec = true
	ts.addrTokenFeatures(j, at, fw, full)
	am.rec = false
	am.end[key] = int32(len(am.rows)) + 1
}
