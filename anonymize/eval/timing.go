package eval

import (
	"fmt"
	"math"
	"time"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// Word-timing check: how far a word's loudness contour may move, and how
// far it is searched.
const (
	alignPad     = 50 * time.Millisecond // context each side of a word
	alignSearch  = 5                     // frames (±50 ms) searched
	alignAllowed = 2                     // frames (±20 ms) that count as lined up
	alignMinCorr = 0.5                   // below this the contour is lost
)

// WordTiming counts the words whose timing survives masking.
type WordTiming struct {
	// Words is the number of words checked; Aligned those whose loudness
	// contour in the masked audio best matches the original's within
	// ±20 ms, with a correlation of at least 0.5.
	Words, Aligned int
}

// Share is Aligned/Words, NaN when no word was checked.
func (w WordTiming) Share() float64 {
	if w.Words == 0 {
		return math.NaN()
	}
	return float64(w.Aligned) / float64(w.Words)
}

// Add sums two counts.
func (w WordTiming) Add(o WordTiming) WordTiming {
	return WordTiming{Words: w.Words + o.Words, Aligned: w.Aligned + o.Aligned}
}

// AlignWords checks, for each word, whether the masked audio still has it
// where the transcript says: the 10 ms log-energy contour of the original
// over the word and 50 ms either side is correlated with the masked audio's
// at lags of up to ±50 ms, and the word lines up when the best lag is
// within ±20 ms with a correlation of at least 0.5. orig and masked are
// mono at rate; words outside the audio are skipped.
func AlignWords(orig, masked []float32, rate int, words []transcript.Word) WordTiming {
	hop := int(audio10ms(rate))
	n := min(len(orig), len(masked)) / hop
	if n == 0 {
		return WordTiming{}
	}
	eo, em := envelope(orig, hop, n), envelope(masked, hop, n)
	var w WordTiming
	for _, wd := range words {
		lo, hi := gridRange(wd.Start-alignPad, wd.End+alignPad, n)
		if wd.Start < 0 || lo-alignSearch < 0 || hi+alignSearch > n || hi-lo < 5 {
			continue
		}
		w.Words++
		bestLag, best := 0, math.Inf(-1)
		for lag := -alignSearch; lag <= alignSearch; lag++ {
			r := pearson(eo[lo:hi], em[lo+lag:hi+lag])
			if !math.IsNaN(r) && (r > best || (r == best && abs(lag) < abs(bestLag))) {
				bestLag, best = lag, r
			}
		}
		if best >= alignMinCorr && abs(bestLag) <= alignAllowed {
			w.Aligned++
		}
	}
	return w
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// NonPIIWords returns the words of t that redact's default policy does not
// find to be PII (the words whose timing matters to a user of the masked
// audio; PII words are bleeped anyway).
func NonPIIWords(t *transcript.Transcript) ([]transcript.Word, error) {
	f, err := redact.Find(t, redact.Policy{})
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	pii := make([]bool, len(t.Words))
	for _, x := range f {
		for i := x.FirstWord; i <= x.LastWord && i < len(pii); i++ {
			if t.Words[i].Channel == x.Channel {
				pii[i] = true
			}
		}
	}
	var out []transcript.Word
	for i, w := range t.Words {
		if !pii[i] {
			out = append(out, w)
		}
	}
	return out, nil
}
