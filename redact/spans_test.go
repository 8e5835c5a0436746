package redact_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

const ms = time.Millisecond

// timed builds a transcript of n words on the given channels (word i on
// channel chans[i%len(chans)]), word i spanning [i s, i s + 500 ms).
func timed(n int, chans ...int) *transcript.Transcript {
	if len(chans) == 0 {
		chans = []int{0}
	}
	t := &transcript.Transcript{Channels: 1}
	for i := 0; i < n; i++ {
		c := chans[i%len(chans)]
		t.Channels = max(t.Channels, c+1)
		t.Words = append(t.Words, transcript.Word{Text: "w", Channel: c,
			Start: time.Duration(i) * time.Second, End: time.Duration(i)*time.Second + 500*ms})
	}
	return t
}

func finding(t *transcript.Transcript, typ redact.Type, a, b int) redact.Finding {
	return redact.Finding{Type: typ, FirstWord: a, LastWord: b, Channel: t.Words[a].Channel,
		Start: t.Words[a].Start, End: t.Words[b].End, Score: 1, Recognizer: "test"}
}

func TestSpans_PadClampAndMerge(t *testing.T) {
	t.Parallel()
	tr := timed(10)
	tests := []struct {
		name string
		fs   []redact.Finding
		pad  time.Duration
		want []redact.Span
	}{
		{"one finding padded by the default 100 ms", []redact.Finding{finding(tr, redact.Phone, 2, 3)}, 0,
			[]redact.Span{{Start: 1900 * ms, End: 3600 * ms, Channel: 0, Types: []redact.Type{redact.Phone}}}},
		{"clamped at zero", []redact.Finding{finding(tr, redact.Person, 0, 0)}, 300 * ms,
			[]redact.Span{{Start: 0, End: 800 * ms, Channel: 0, Types: []redact.Type{redact.Person}}}},
		{"clamped at the transcript's end", []redact.Finding{finding(tr, redact.Person, 9, 9)}, 300 * ms,
			[]redact.Span{{Start: 8700 * ms, End: 9500 * ms, Channel: 0, Types: []redact.Type{redact.Person}}}},
		{"overlapping after padding merge", []redact.Finding{finding(tr, redact.Person, 1, 1), finding(tr, redact.Phone, 2, 2)}, 300 * ms,
			[]redact.Span{{Start: 700 * ms, End: 2800 * ms, Channel: 0, Types: []redact.Type{redact.Person, redact.Phone}}}},
		{"closer than the padding merge", []redact.Finding{finding(tr, redact.Person, 1, 1), finding(tr, redact.Phone, 2, 2)}, 200 * ms,
			[]redact.Span{{Start: 800 * ms, End: 2700 * ms, Channel: 0, Types: []redact.Type{redact.Person, redact.Phone}}}},
		{"far apart stay apart", []redact.Finding{finding(tr, redact.Phone, 6, 6), finding(tr, redact.Person, 1, 1)}, 100 * ms,
			[]redact.Span{
				{Start: 900 * ms, End: 1600 * ms, Channel: 0, Types: []redact.Type{redact.Person}},
				{Start: 5900 * ms, End: 6600 * ms, Channel: 0, Types: []redact.Type{redact.Phone}},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := redact.DefaultPolicy()
			p.Pad = tc.pad
			assert.Equal(t, tc.want, redact.Spans(tr, tc.fs, p))
		})
	}
}

func TestSpans_PerChannelUnlessAllChannels(t *testing.T) {
	t.Parallel()
	tr := timed(6, 0, 1)
	fs := []redact.Finding{finding(tr, redact.Phone, 1, 1), finding(tr, redact.Person, 2, 2)}
	p := redact.DefaultPolicy()
	p.Pad = 300 * ms
	got := redact.Spans(tr, fs, p)
	require.Len(t, got, 2, "words of different channels do not merge")
	assert.Equal(t, 1, got[0].Channel)
	assert.Equal(t, 0, got[1].Channel)

	p.AllChannels = true
	got = redact.Spans(tr, fs, p)
	require.Len(t, got, 1)
	assert.Equal(t, -1, got[0].Channel)
	assert.Equal(t, []redact.Type{redact.Person, redact.Phone}, got[0].Types)
}

func TestSpans_ApproximateTimesPadMore(t *testing.T) {
	t.Parallel()
	tr := timed(10)
	tr.Words[5].Approximate = true
	got := redact.Spans(tr, []redact.Finding{finding(tr, redact.Phone, 5, 5)}, redact.DefaultPolicy())
	require.Len(t, got, 1)
	assert.Equal(t, 5*time.Second-redact.MinApproxPad, got[0].Start)
	assert.Equal(t, 5500*ms+redact.MinApproxPad, got[0].End)
}

func TestSpans_SkipsFindingsOutOfRange(t *testing.T) {
	t.Parallel()
	tr := timed(3)
	got := redact.Spans(tr, []redact.Finding{{Type: redact.Phone, FirstWord: 2, LastWord: 7}}, redact.DefaultPolicy())
	assert.Empty(t, got)
	assert.Nil(t, redact.Spans(nil, nil, redact.DefaultPolicy()))
}

func TestSpans_FromFind(t *testing.T) {
	t.Parallel()
	tr := words("my number is five five five one two one two and my name is John Smith")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	spans := redact.Spans(tr, fs, redact.DefaultPolicy())
	require.NotEmpty(t, spans)
	for i, s := range spans {
		assert.Less(t, s.Start, s.End)
		if i > 0 {
			assert.GreaterOrEqual(t, s.Start, spans[i-1].End)
		}
	}
}

func TestSpans_BleepEveryChannelWhenTheTranscriptCannotTellWhich(t *testing.T) {
	t.Parallel()
	tr := timed(6)
	tr.ChannelsUnknown = true
	spans := redact.Spans(tr, []redact.Finding{finding(tr, redact.Phone, 2, 3)}, redact.DefaultPolicy())
	require.Len(t, spans, 1)
	assert.Equal(t, -1, spans[0].Channel, "a reader that cannot tell the channel makes every channel bleep")
}
