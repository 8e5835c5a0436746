package transcript_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/callveil/callveil/internal/testtools"
	"github.com/callveil/callveil/transcript"
)

// genWord is one word of a generated hour-long call.
type genWord struct {
	text, punct string
	start, end  float64
	party       int
	conf        float64
}

const (
	benchSeconds = 3600.0
	benchWords   = 9000
)

// genCall makes a one-hour, 9,000-word call: two parties taking turns of
// 5 to 40 words, 0.4 s per word on average.
func genCall() []genWord {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("the a to and you I it is that for your on my this can we have be with account number card " +
		"please thank yes no okay right so just what about call today help payment balance address street phone " +
		"email date birth security code verify transfer statement branch manager")
	words := make([]genWord, 0, benchWords)
	t := 0.3
	party := 0
	for len(words) < benchWords {
		turn := 5 + rng.IntN(36)
		for k := 0; k < turn && len(words) < benchWords; k++ {
			d := 0.18 + rng.Float64()*0.3
			w := genWord{text: vocab[rng.IntN(len(vocab))], start: t, end: t + d, party: party, conf: 0.6 + rng.Float64()*0.4}
			if k == turn-1 {
				w.punct = "."
			} else if rng.IntN(9) == 0 {
				w.punct = ","
			}
			words = append(words, w)
			t += d + 0.02 + rng.Float64()*0.04
		}
		t += 0.5
		party = 1 - party
	}
	scale := (benchSeconds - 1) / t
	for i := range words {
		words[i].start = round3(words[i].start * scale)
		words[i].end = round3(words[i].end * scale)
		words[i].conf = round3(words[i].conf)
	}
	return words
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

// turns splits the call into its turns.
func turns(ws []genWord) [][]genWord {
	var out [][]genWord
	start := 0
	for i := 1; i <= len(ws); i++ {
		if i == len(ws) || ws[i].party != ws[i-1].party {
			out = append(out, ws[start:i])
			start = i
		}
	}
	return out
}

func joinText(ws []genWord) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text + w.punct)
	}
	return b.String()
}

type obj = map[string]any

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// genFormat encodes the call in format f, in the shape the engine writes.
func genFormat(f transcript.Format, ws []genWord) []byte {
	ms := func(s float64) int { return int(s*1000 + 0.5) }
	switch f {
	case transcript.FormatWhisper, transcript.FormatWhisperX:
		var segs []obj
		var flat []obj
		for i, tn := range turns(ws) {
			var words []obj
			for _, w := range tn {
				if f == transcript.FormatWhisper {
					words = append(words, obj{"word": " " + w.text + w.punct, "start": w.start, "end": w.end, "probability": w.conf})
				} else {
					o := obj{"word": w.text + w.punct, "start": w.start, "end": w.end, "score": w.conf, "speaker": fmt.Sprintf("SPEAKER_%02d", w.party)}
					words = append(words, o)
					flat = append(flat, o)
				}
			}
			seg := obj{"id": i, "seek": 0, "start": tn[0].start, "end": tn[len(tn)-1].end, "text": " " + joinText(tn), "words": words}
			if f == transcript.FormatWhisper {
				seg["tokens"] = []int{50364, 400, 401, 402}
				seg["avg_logprob"] = -0.2
			}
			segs = append(segs, seg)
		}
		doc := obj{"text": joinText(ws), "segments": segs, "language": "en"}
		if f == transcript.FormatWhisperX {
			delete(doc, "text")
			doc["word_segments"] = flat
		}
		return mustJSON(doc)
	case transcript.FormatWhisperCpp:
		var segs []obj
		for _, tn := range turns(ws) {
			var toks []obj
			for _, w := range tn {
				toks = append(toks, obj{"text": " " + w.text, "timestamps": obj{"from": "00:00:00,000", "to": "00:00:00,000"},
					"offsets": obj{"from": ms(w.start), "to": ms(w.end)}, "id": 500, "p": w.conf, "t_dtw": -1})
				if w.punct != "" {
					toks = append(toks, obj{"text": w.punct, "timestamps": obj{"from": "00:00:00,000", "to": "00:00:00,000"},
						"offsets": obj{"from": ms(w.end), "to": ms(w.end)}, "id": 13, "p": 0.9, "t_dtw": -1})
				}
			}
			segs = append(segs, obj{"offsets": obj{"from": ms(tn[0].start), "to": ms(tn[len(tn)-1].end)}, "text": " " + joinText(tn), "tokens": toks})
		}
		return mustJSON(obj{"result": obj{"language": "en"}, "transcription": segs})
	case transcript.FormatAWS:
		var items []obj
		for i, w := range ws {
			items = append(items, obj{"id": i, "type": "pronunciation", "start_time": fmt.Sprint(w.start), "end_time": fmt.Sprint(w.end),
				"alternatives": []obj{{"confidence": fmt.Sprint(w.conf), "content": w.text}}, "channel_label": fmt.Sprintf("ch_%d", w.party)})
			if w.punct != "" {
				items = append(items, obj{"type": "punctuation", "alternatives": []obj{{"confidence": "0.0", "content": w.punct}}, "channel_label": fmt.Sprintf("ch_%d", w.party)})
			}
		}
		return mustJSON(obj{"jobName": "bench", "results": obj{"transcripts": []obj{{"transcript": joinText(ws)}}, "items": items}})
	case transcript.FormatDeepgram:
		var chans []obj
		for c := 0; c < 2; c++ {
			var words []obj
			var mine []genWord
			for _, w := range ws {
				if w.party == c {
					words = append(words, obj{"word": strings.ToLower(w.text), "start": w.start, "end": w.end, "confidence": w.conf, "punctuated_word": w.text + w.punct})
					mine = append(mine, w)
				}
			}
			chans = append(chans, obj{"alternatives": []obj{{"transcript": joinText(mine), "confidence": 0.9, "words": words}}})
		}
		return mustJSON(obj{"metadata": obj{"channels": 2}, "results": obj{"channels": chans}})
	case transcript.FormatAssemblyAI:
		var words []obj
		for _, w := range ws {
			words = append(words, obj{"text": w.text + w.punct, "start": ms(w.start), "end": ms(w.end), "confidence": w.conf, "speaker": "AB"[w.party : w.party+1], "channel": nil})
		}
		return mustJSON(obj{"id": "bench", "status": "completed", "text": joinText(ws), "words": words})
	case transcript.FormatGoogle:
		var results []obj
		for _, tn := range turns(ws) {
			var words []obj
			for _, w := range tn {
				words = append(words, obj{"startTime": fmt.Sprintf("%gs", w.start), "endTime": fmt.Sprintf("%gs", w.end), "word": w.text + w.punct})
			}
			results = append(results, obj{"alternatives": []obj{{"transcript": joinText(tn), "confidence": 0.9, "words": words}}, "channelTag": tn[0].party + 1})
		}
		return mustJSON(obj{"results": results})
	case transcript.FormatNative:
		t := &transcript.Transcript{Channels: 2}
		for _, w := range ws {
			t.Words = append(t.Words, transcript.Word{Text: w.text, Punct: w.punct, Start: sec(w.start), End: sec(w.end), Channel: w.party, Confidence: w.conf})
		}
		var buf bytes.Buffer
		if err := transcript.WriteNative(&buf, t, nil); err != nil {
			panic(err)
		}
		return buf.Bytes()
	case transcript.FormatWebVTT, transcript.FormatSRT:
		var b strings.Builder
		stamp := func(s float64) string {
			d := sec(s)
			sep := "."
			if f == transcript.FormatSRT {
				sep = ","
			}
			return fmt.Sprintf("%02d:%02d:%02d%s%03d", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60, sep, d.Milliseconds()%1000)
		}
		if f == transcript.FormatWebVTT {
			b.WriteString("WEBVTT\n\n")
		}
		for i, tn := range turns(ws) {
			if f == transcript.FormatSRT {
				fmt.Fprintf(&b, "%d\n", i+1)
			}
			fmt.Fprintf(&b, "%s --> %s\n%s\n\n", stamp(tn[0].start), stamp(tn[len(tn)-1].end), joinText(tn))
		}
		return []byte(b.String())
	}
	panic("no generator for " + f)
}

func sec(s float64) time.Duration { return time.Duration(s*1e9 + 0.5) }

var benchFormats = []transcript.Format{
	transcript.FormatWhisper, transcript.FormatWhisperX, transcript.FormatWhisperCpp, transcript.FormatAWS,
	transcript.FormatDeepgram, transcript.FormatAssemblyAI, transcript.FormatGoogle, transcript.FormatNative,
	transcript.FormatWebVTT, transcript.FormatSRT,
}

// BenchmarkRead reads a one-hour, 9,000-word call in each format
// (auto-detected). Target: under 20 ms per read on one core.
func BenchmarkRead(b *testing.B) {
	ws := genCall()
	for _, f := range benchFormats {
		data := genFormat(f, ws)
		b.Run(string(f), func(b *testing.B) {
			tr, err := transcript.Read(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if len(tr.Words) != benchWords || tr.Source != f {
				b.Fatalf("read %d words as %s, want %d as %s", len(tr.Words), tr.Source, benchWords, f)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := testtools.CPUTime()
			for b.Loop() {
				if _, err := transcript.Read(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
			// CPU time, not wall time, so a busy machine does not skew it.
			perRead := (testtools.CPUTime() - cpu0).Seconds() / float64(b.N)
			b.ReportMetric(perRead*1e3, "cpu-ms/op")
			b.ReportMetric(float64(benchWords)/perRead, "words/s")
			b.ReportMetric(benchSeconds/perRead, "x-realtime")
		})
	}
}

// BenchmarkWrite writes the hour-long call back with 300 redactions.
func BenchmarkWrite(b *testing.B) {
	ws := genCall()
	for _, f := range benchFormats {
		data := genFormat(f, ws)
		b.Run(string(f), func(b *testing.B) {
			tr, err := transcript.Read(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			var rs []transcript.Redaction
			for i := 10; i+1 < len(tr.Words); i += 30 {
				rs = append(rs, transcript.Redaction{First: i, Last: i + 1, Text: "[PII]"})
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := transcript.Write(io.Discard, tr, rs); err != nil {
					b.Fatal(err)
				}
			}
			perWrite := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(benchSeconds/perWrite, "x-realtime")
		})
	}
}
