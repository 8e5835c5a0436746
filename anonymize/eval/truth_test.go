package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize/eval"
)

func TestReadTruth_Shapes(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "calls", "call3.truth.json"))
	require.NoError(t, err)
	defer f.Close()
	tr, err := eval.ReadTruth(f)
	require.NoError(t, err)
	assert.Equal(t, "call3.wav", tr.Recording)
	require.NotEmpty(t, tr.Spans)
	for _, s := range tr.Spans {
		assert.NotEqual(t, "", s.Type)
		assert.Less(t, s.Start, s.End)
	}

	tr, err = eval.ReadTruth(strings.NewReader(`[{"type":"PHONE","start":1.5,"end":2,"channel":1},{"start":3,"end":4}]`))
	require.NoError(t, err)
	assert.Equal(t, []eval.PIISpan{
		{Type: "PHONE", Start: 1500 * time.Millisecond, End: 2 * time.Second, Channel: 1},
		{Type: "PII", Start: 3 * time.Second, End: 4 * time.Second, Channel: -1},
	}, tr.Spans)

	tr, err = eval.ReadTruth(strings.NewReader(`{"id":"x","spans":[{"types":["CARD","NUMBER"],"start":1,"end":2,"channel":0}]}`))
	require.NoError(t, err)
	assert.Equal(t, "CARD", tr.Spans[0].Type)

	for _, bad := range []string{``, `{}`, `[{"start":2,"end":1}]`, `[{"start":-1,"end":1}]`, `[{"end":1}]`, `[{"start":0,"end":1e9}]`, `[{"start":0,"end":1,"channel":-2}]`, `{"entities":3}`} {
		_, err := eval.ReadTruth(strings.NewReader(bad))
		assert.ErrorIs(t, err, eval.ErrInvalid, bad)
	}
}

func FuzzReadTruth(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "calls", "call1.truth.json")); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`[{"type":"PHONE","start":1.5,"end":2,"channel":1}]`))
	f.Add([]byte(`{"spans":[{"types":["CARD"],"start":1,"end":2}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		tr, err := eval.ReadTruth(strings.NewReader(string(b)))
		if err != nil {
			return
		}
		for _, s := range tr.Spans {
			if s.Start < 0 || s.End < s.Start || s.Type == "" || s.Channel < -1 {
				t.Fatalf("bad span accepted: %+v", s)
			}
		}
	})
}
