package eval_test

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize/eval"
)

// roomUtterance is 1.2 s at 8 kHz: a loud 300 Hz "word" with harmonics,
// the same for everyone, then pause seconds of the room's noise floor,
// coloured by pole (the speaker's room), at −60 dBFS.
func roomUtterance(name, speaker string, pole, pause float64, seed uint64) eval.Utterance {
	const rate = 8000
	r := rand.New(rand.NewPCG(seed, 7))
	word := int(1.2 * rate)
	x := make([]float32, word+int(pause*rate))
	for i := range word {
		ti := float64(i) / rate
		x[i] = float32(0.2*math.Sin(2*math.Pi*300*ti) + 0.1*math.Sin(2*math.Pi*900*ti) + 0.05*math.Sin(2*math.Pi*2100*ti))
	}
	var y float64
	for i := word; i < len(x); i++ {
		y = r.NormFloat64() + pole*y
		x[i] = float32(0.001 * y * math.Sqrt(1-pole*pole))
	}
	return eval.Utterance{Name: name, Speaker: speaker, Rate: rate, Samples: x}
}

func TestPausesOnly_KeepsTheQuietBlocks(t *testing.T) {
	u := roomUtterance("a", "s", 0.5, 0.5, 1)
	p, ok := eval.PausesOnly(u)
	assert.True(t, ok)
	assert.Len(t, p.Samples, 4000, "the 0.5 s of floor, in 20 ms blocks; the word is dropped")
	assert.Equal(t, u.Samples[len(u.Samples)-4000:], p.Samples)
	short := roomUtterance("b", "s", 0.5, 0.2, 1)
	_, ok = eval.PausesOnly(short)
	assert.False(t, ok, "under 0.3 s of pauses")
}

// The pause attacker links utterances by their room alone (the "word" is
// the same for everyone), and scores every trial, 0 for an utterance
// without pauses, so that it fuses with the voiced attackers.
func TestPauseAttacker_LinksRoomsAndScoresEveryTrial(t *testing.T) {
	var all []eval.Utterance
	poles := []float64{-0.6, 0, 0.5, 0.85}
	for s, pole := range poles {
		for k := range 6 {
			pause := 1.0
			if s == 0 && k == 5 {
				pause = 0.1 // a test utterance with no pause to speak of
			}
			spk := string(rune('A' + s))
			all = append(all, roomUtterance(spk+string(rune('0'+k)), spk, pole, pause, uint64(10*s+k)))
		}
	}
	enroll, test := eval.Split(all)
	a := eval.NewPauseAttacker(eval.AttackerOptions{Components: 4})
	tr, err := a.ScoreWith(context.Background(), nil, enroll, test)
	require.NoError(t, err)
	assert.Len(t, tr.Target, len(test))
	assert.Len(t, tr.NonTarget, 3*len(test))
	assert.Less(t, tr.EER(), 0.15, "the rooms tell the speakers apart")
	zeros := 0
	for _, v := range append(tr.Target, tr.NonTarget...) {
		if v == 0 {
			zeros++
		}
	}
	assert.Equal(t, 4, zeros, "the pause-less test utterance scores 0 against all four speakers")
	_, err = a.ScoreWith(context.Background(), nil, nil, test)
	assert.ErrorIs(t, err, eval.ErrNotEnoughData)
}
