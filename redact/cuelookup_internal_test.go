package redact

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/transcript"
)

// The tables newShared looks each word up in once are all the cue tables
// there are: a word that ends a phrase of any table (cueWords) has an
// entry, and every entry holds exactly what its table has.
func TestCueEntries_CoverEveryCueTable(t *testing.T) {
	m := cueEntries()
	for l := range cueWords {
		assert.NotNil(t, m[l], "cue word %q has no entry", l)
	}
	for l, e := range m {
		assert.True(t, cueWords[l], "entry %q ends no cue", l)
		for k, tab := range cueLookups {
			phs, ok := (*tab)[l]
			assert.Equal(t, ok, e[k] != nil, "%q in table %d", l, k)
			assert.Equal(t, phs, e[k], "%q in table %d", l, k)
		}
	}
	for k, tab := range cueLookups {
		assert.Equal(t, k, cueLookup(*tab))
	}
	assert.Equal(t, -1, cueLookup(cueTable{}))
}

// The phrases read per word are those the table gives the word, or the
// word without "'s" ("social security number's", "phone's" is a phrase of
// its own).
func TestCuePhrases_ReadAsTheTableWould(t *testing.T) {
	tr := &transcript.Transcript{Channels: 1}
	for i, w := range []string{"my", "Phone's", "number's", "name", "passwords", "password's", "birthday", "'s", "hello"} {
		tr.Words = append(tr.Words, transcript.Word{Text: w, Start: time.Duration(i) * time.Second, End: time.Duration(i)*time.Second + 500*time.Millisecond})
	}
	sh := newShared(tr)
	defer releaseShared(sh)
	for w := range tr.Words {
		l := sh.lower[w]
		assert.Equal(t, mayEndCue(l), sh.cue[w], l)
		for k, tab := range cueLookups {
			want, wok := (*tab)[l]
			if !wok && len(l) > 2 && l[len(l)-2:] == "'s" {
				want, wok = (*tab)[l[:len(l)-2]]
			}
			got, ok := sh.cuePhrases(k, int32(w))
			require.Equal(t, wok, ok, "%q table %d", l, k)
			assert.Equal(t, want, got, "%q table %d", l, k)
			got, ok = sh.tablePhrases(*tab, -1, int32(w)) // (the map path)
			assert.Equal(t, wok, ok, "%q table %d", l, k)
			assert.Equal(t, want, got, "%q table %d", l, k)
		}
	}
}

// questionBeforeWalk is questionBefore without its shortcut over long
// turns: the walk itself.
func questionBeforeWalk(sh *shared, gw int, maxLeads int, lead func(string) bool) int {
	me := &sh.t.Words[gw]
	if me.Speaker == "" && sh.t.Channels <= 1 {
		return -1
	}
	first := gw
	p := int(sh.before[gw]) - 1
	for n := 0; ; p, n = p-1, n+1 {
		if p < 0 {
			return -1
		}
		w := int(sh.order[p])
		if !sh.sameSpeaker(w, gw) {
			break
		}
		if n >= maxLeads || lead == nil && sh.number[w] || lead != nil && !lead(sh.lower[w]) {
			return -1
		}
		first = w
	}
	if sh.t.Words[first].Start-sh.t.Words[sh.order[p]].End > answerMaxDelay {
		return -1
	}
	return p
}

// The shortcut over turns longer than the lead-ins allowed changes no
// answer: on turns of every length, on one channel with speakers and on
// two, with fillers between.
func TestQuestionBefore_ShortcutIsTheWalk(t *testing.T) {
	words := []string{"yes", "it's", "um", "the", "number", "5", "is", "okay", "sure", "what", "uh", "name"}
	leads := map[string]bool{"yes": true, "it's": true, "the": true, "okay": true, "sure": true, "is": true}
	for seed := 0; seed < 40; seed++ {
		tr := &transcript.Transcript{Channels: 1 + seed%2}
		at := time.Duration(0)
		x := uint32(seed*2654435761 + 1)
		next := func(n int) int { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return int(x % uint32(n)) }
		spk := 0
		for i := 0; i < 300; i++ {
			if next(6) == 0 {
				spk = 1 - spk
			}
			w := transcript.Word{Text: words[next(len(words))], Start: at, End: at + 300*time.Millisecond}
			if tr.Channels == 2 {
				w.Channel = spk
			} else {
				w.Speaker = []string{"A", "B"}[spk]
			}
			tr.Words = append(tr.Words, w)
			at += time.Duration(300+next(3)*2000) * time.Millisecond
		}
		sh := newShared(tr)
		for gw := range tr.Words {
			for maxLeads := 0; maxLeads <= 8; maxLeads++ {
				for _, lead := range []func(string) bool{nil, func(string) bool { return true }, func(l string) bool { return leads[l] }} {
					require.Equal(t, questionBeforeWalk(sh, gw, maxLeads, lead), sh.questionBefore(gw, maxLeads, lead), "seed %d word %d leads %d", seed, gw, maxLeads)
				}
			}
		}
		releaseShared(sh)
	}
}
