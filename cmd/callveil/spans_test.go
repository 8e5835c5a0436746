package main

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSpans(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []timeSpan
		ok   bool
	}{
		{"array", `[{"start": 1.5, "end": 2.25, "channel": 1}, {"start": 3, "end": 4}]`,
			[]timeSpan{{1500 * time.Millisecond, 2250 * time.Millisecond, 1}, {3 * time.Second, 4 * time.Second, -1}}, true},
		{"manifest line", `{"id":"x","status":"ok","spans":[{"types":["PHONE"],"start":0.1,"end":0.2,"channel":-1}]}`,
			[]timeSpan{{100 * time.Millisecond, 200 * time.Millisecond, -1}}, true},
		{"empty array", `[]`, []timeSpan{}, true},
		{"object without spans", `{"id":"x"}`, nil, false},
		{"reversed", `[{"start": 2, "end": 1}]`, nil, false},
		{"negative", `[{"start": -1, "end": 1}]`, nil, false},
		{"too long", `[{"start": 0, "end": 90000}]`, nil, false},
		{"bad channel", `[{"start": 0, "end": 1, "channel": -2}]`, nil, false},
		{"strings", `[{"start": "0", "end": "1"}]`, nil, false},
		{"not json", `start=0 end=1`, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseSpans([]byte(tc.in))
			if !tc.ok {
				assert.ErrorIs(t, err, errSpans)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func FuzzParseSpans(f *testing.F) {
	f.Add([]byte(`[{"start": 1.5, "end": 2.25, "channel": 1}, {"start": 3, "end": 4}]`))
	f.Add([]byte(`{"spans":[{"types":["PHONE"],"start":0.1,"end":0.2,"channel":-1}]}`))
	f.Add([]byte(`[{"start": 1e308, "end": 1e309}]`))
	f.Add([]byte(`[{"start": 0, "end": 86400, "channel": 2147483647}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		spans, err := parseSpans(data)
		if err != nil {
			return
		}
		for _, s := range spans {
			if s.Start < 0 || s.End < s.Start || s.End > maxSpanSeconds*time.Second || s.Channel < -1 {
				t.Fatalf("accepted an invalid span %+v", s)
			}
		}
	})
}
