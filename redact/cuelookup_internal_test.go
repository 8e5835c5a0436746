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
