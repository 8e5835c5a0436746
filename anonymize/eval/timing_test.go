package eval_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/anonymize/eval"
	"github.com/callveil/callveil/transcript"
)

func TestAlignWords_OnAnExampleCall(t *testing.T) {
	calls := filepath.Join("..", "..", "testdata", "calls")
	x, rate, err := eval.LoadMono(filepath.Join(calls, "call1.wav"), 0, 600)
	require.NoError(t, err)
	tr, err := transcript.ReadFile(filepath.Join(calls, "call1.json"))
	require.NoError(t, err)
	words, err := eval.NonPIIWords(tr)
	require.NoError(t, err)
	require.Less(t, len(words), len(tr.Words), "the call has PII words")
	require.Greater(t, len(words), 30)

	self := eval.AlignWords(x, x, rate, words)
	assert.Equal(t, self.Words, self.Aligned, "a copy lines up everywhere")

	late := make([]float32, len(x))
	copy(late[rate/10:], x) // 100 ms late
	moved := eval.AlignWords(x, late, rate, words)
	assert.Less(t, moved.Share(), 0.2, "audio 100 ms late does not line up")

	p, err := anonymize.New(anonymize.Options{AllowNoTranscript: true})
	require.NoError(t, err)
	m, err := eval.Mask(context.Background(), p, []eval.Utterance{{Name: "call1", Speaker: "call1", Rate: rate, Samples: x}})
	require.NoError(t, err)
	masked := eval.AlignWords(x, m[0].Samples, rate, words)
	t.Logf("Cascade masking: %d of %d non-PII words line up (%.0f %%)", masked.Aligned, masked.Words, 100*masked.Share())
	assert.GreaterOrEqual(t, masked.Share(), 0.9, "masking keeps output time = input time")

	// Words outside the audio are skipped, not counted.
	out := eval.AlignWords(x, x, rate, []transcript.Word{{Text: "x", Start: time.Hour, End: time.Hour + time.Second}})
	assert.Zero(t, out.Words)
}
