package main

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"hash/fnv"
	"math"
	"strings"
	"unicode"
)

// The shape openai-whisper's transcribe(..., word_timestamps=True) returns
// and its CLI writes as JSON. Field order follows Whisper's.
type whisperDoc struct {
	Text     string           `json:"text"`
	Segments []whisperSegment `json:"segments"`
	Language string           `json:"language"`
}

type whisperSegment struct {
	ID               int           `json:"id"`
	Seek             int           `json:"seek"`
	Start            json.Number   `json:"start"`
	End              json.Number   `json:"end"`
	Text             string        `json:"text"`
	Tokens           []int         `json:"tokens"`
	Temperature      json.Number   `json:"temperature"`
	AvgLogprob       json.Number   `json:"avg_logprob"`
	CompressionRatio json.Number   `json:"compression_ratio"`
	NoSpeechProb     json.Number   `json:"no_speech_prob"`
	Words            []whisperWord `json:"words"`
}

type whisperWord struct {
	Word        string      `json:"word"`
	Start       json.Number `json:"start"`
	End         json.Number `json:"end"`
	Probability json.Number `json:"probability"`
}

// timestampBegin is the id of <|0.00|> in the multilingual Whisper
// vocabulary; timestamp tokens step by 20 ms.
const timestampBegin = 50364

// whisperJSON builds the Whisper document: one segment per sentence, a new
// 30-second window (seek) when a segment does not fit the current one.
// Word times are the true times of the synthesised words; token ids are
// plausible but not the output of Whisper's tokenizer.
func whisperJSON(c *call, l *layout) whisperDoc {
	r := rng(c.Seed + 1000)
	doc := whisperDoc{Language: "en"}
	var seg *whisperSegment
	var segStart, segEnd float64
	var probs []float64
	windowProbs := map[int][]float64{} // by seek
	seek := 0
	flush := func() {
		if seg == nil {
			return
		}
		if segEnd > float64(seek)/100+30 {
			seek = int(math.Round(segStart * 100))
		}
		seg.Seek = seek
		seg.Start, seg.End = pyFloat(segStart, 2), pyFloat(segEnd, 2)
		seg.Tokens = segmentTokens(seg, segStart-float64(seek)/100, segEnd-float64(seek)/100)
		windowProbs[seek] = append(windowProbs[seek], probs...)
		doc.Text += seg.Text
		doc.Segments = append(doc.Segments, *seg)
		seg, probs = nil, nil
	}
	for i, p := range l.Tokens {
		if seg != nil && (p.Turn != l.Tokens[i-1].Turn || sentenceEnd(l.Tokens[i-1].Text)) {
			flush()
		}
		if seg == nil {
			seg = &whisperSegment{ID: len(doc.Segments), Temperature: "0.0"}
			segStart = p.startSec()
		}
		prob := 0.86 + 0.139*r.float()
		if hasDigit(p.Text) {
			prob = 0.55 + 0.4*r.float()
		}
		probs = append(probs, prob)
		word := " " + p.Text
		seg.Text += word
		seg.Words = append(seg.Words, whisperWord{
			Word: word, Start: pyFloat(p.startSec(), 2), End: pyFloat(p.endSec(), 2),
			Probability: pyFloat(math.Round(prob*1e8)/1e8, -1),
		})
		segEnd = p.endSec()
	}
	flush()
	// Whisper decodes 30-second windows; the segments of one window share
	// the window's decoding statistics.
	windowText := map[int]string{}
	for _, s := range doc.Segments {
		windowText[s.Seek] += s.Text
	}
	noSpeech := map[int]json.Number{}
	for i := range doc.Segments {
		s := &doc.Segments[i]
		var lp float64
		for _, p := range windowProbs[s.Seek] {
			lp += math.Log(p)
		}
		s.AvgLogprob = pyFloat(lp/float64(len(windowProbs[s.Seek]))*1.4-0.12, -1)
		s.CompressionRatio = pyFloat(compressionRatio(windowText[s.Seek]), -1)
		if _, ok := noSpeech[s.Seek]; !ok {
			noSpeech[s.Seek] = pyFloat(0.002+0.05*r.float(), -1)
		}
		s.NoSpeechProb = noSpeech[s.Seek]
	}
	return doc
}

// segmentTokens makes a token list shaped like Whisper's: a timestamp token,
// text tokens (punctuation and digits split off as the GPT-2 tokenizer
// does), a closing timestamp token.
func segmentTokens(seg *whisperSegment, relStart, relEnd float64) []int {
	toks := []int{timestampBegin + int(math.Round(relStart/0.02))}
	punct := map[rune]int{',': 11, '-': 12, '.': 13, '?': 30, '@': 31, '!': 0, '\'': 6}
	for _, w := range seg.Words {
		piece := ""
		emit := func() {
			for len(piece) > 0 {
				n := min(len(piece), 5)
				h := fnv.New32a()
				h.Write([]byte(piece[:n]))
				toks = append(toks, 220+int(h.Sum32()%50000))
				piece = piece[n:]
			}
		}
		for _, ch := range w.Word {
			if id, ok := punct[ch]; ok {
				emit()
				toks = append(toks, id)
				continue
			}
			if unicode.IsDigit(ch) && len(piece) == 3 {
				emit()
			}
			piece += string(ch)
		}
		emit()
	}
	return append(toks, timestampBegin+int(math.Round(relEnd/0.02)))
}

// compressionRatio is Whisper's measure: text bytes over zlib-compressed bytes.
func compressionRatio(text string) float64 {
	var b bytes.Buffer
	z := zlib.NewWriter(&b)
	z.Write([]byte(strings.TrimSpace(text)))
	z.Close()
	return float64(len(text)) / float64(b.Len())
}
