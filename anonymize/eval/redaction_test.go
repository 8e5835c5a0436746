package eval_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize/eval"
)

func TestEvaluateRedaction_CountsCoverageCollateralAndResidual(t *testing.T) {
	const rate = 8000
	rng := rand.New(rand.NewPCG(1, 2))
	// 4 s of "speech": noise whose loudness moves every 10 ms, never
	// quieter than 20 dB below its peak, so every frame is voiced.
	orig := make([]float32, 4*rate)
	for i := range orig {
		level := 0.1 + 0.4*math.Abs(math.Sin(float64(i/80)*0.7))
		orig[i] = float32(level * (rng.Float64()*2 - 1))
	}
	out := append([]float32(nil), orig...)
	for i := int(0.9 * rate); i < int(2.1*rate); i++ {
		out[i] = 0.1 * float32(math.Sin(2*math.Pi*1000*float64(i)/rate)) // a steady tone
	}
	c := eval.RedactionCase{
		Name:     "synthetic",
		Rate:     rate,
		Original: [][]float32{orig},
		Output:   [][]float32{out},
		Truth: []eval.PIISpan{
			{Type: "PHONE", Start: time.Second, End: 2 * time.Second, Channel: 0},
			{Type: "PERSON", Start: 3 * time.Second, End: 3500 * time.Millisecond, Channel: -1}, // missed
		},
		Bleeped: []eval.BleepSpan{{Types: []string{"PHONE"}, Start: 900 * time.Millisecond, End: 2100 * time.Millisecond, Channel: 0}},
	}
	rep, err := eval.EvaluateRedaction([]eval.RedactionCase{c})
	require.NoError(t, err)
	require.Len(t, rep.Types, 2)
	person, phone := rep.Types[0], rep.Types[1]
	assert.Equal(t, "PERSON", person.Type)
	assert.InDelta(t, 0.5, person.PIISeconds, 1e-9)
	assert.InDelta(t, 0, person.Coverage, 1e-9)
	assert.InDelta(t, 1, person.Residual, 1e-9, "a missed span keeps its speech unchanged")
	assert.InDelta(t, 1, phone.PIISeconds, 1e-9)
	assert.InDelta(t, 1, phone.Coverage, 1e-9)
	// Non-PII speech: 4 s − 1.5 s = 2.5 s; 0.2 s of it bleeped for PHONE.
	assert.InDelta(t, 2.5, rep.NonPIISpeechSeconds, 1e-9)
	assert.InDelta(t, 0.2/2.5, phone.Collateral, 1e-9)
	assert.InDelta(t, 0.2/2.5, rep.All.Collateral, 1e-9)
	assert.InDelta(t, 1.5, rep.All.PIISeconds, 1e-9)
	assert.InDelta(t, 1/1.5, rep.All.Coverage, 1e-9)
	assert.Less(t, math.Abs(phone.Residual), 0.2, "a tone keeps nothing of the speech's contour")
	assert.InDelta(t, 1, rep.KeptCorrelation, 1e-9)

	_, err = eval.EvaluateRedaction([]eval.RedactionCase{{Name: "bad", Rate: rate, Original: [][]float32{orig}}})
	assert.ErrorIs(t, err, eval.ErrInvalid)
}
