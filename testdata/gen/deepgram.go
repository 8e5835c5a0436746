package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// The shape of a Deepgram pre-recorded /v1/listen response with
// multichannel=true&smart_format=true: one results.channels entry per audio
// channel, each with its words and, from smart_format, paragraphs.
type dgDoc struct {
	Metadata dgMetadata `json:"metadata"`
	Results  dgResults  `json:"results"`
}

type dgMetadata struct {
	TransactionKey string                 `json:"transaction_key"`
	RequestID      string                 `json:"request_id"`
	SHA256         string                 `json:"sha256"`
	Created        string                 `json:"created"`
	Duration       json.Number            `json:"duration"`
	Channels       int                    `json:"channels"`
	Models         []string               `json:"models"`
	ModelInfo      map[string]dgModelInfo `json:"model_info"`
}

type dgModelInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Arch    string `json:"arch"`
}

type dgResults struct {
	Channels []dgChannel `json:"channels"`
}

type dgChannel struct {
	Alternatives []dgAlternative `json:"alternatives"`
}

type dgAlternative struct {
	Transcript string       `json:"transcript"`
	Confidence json.Number  `json:"confidence"`
	Words      []dgWord     `json:"words"`
	Paragraphs dgParagraphs `json:"paragraphs"`
}

type dgWord struct {
	Word           string      `json:"word"`
	Start          json.Number `json:"start"`
	End            json.Number `json:"end"`
	Confidence     json.Number `json:"confidence"`
	PunctuatedWord string      `json:"punctuated_word"`
}

type dgParagraphs struct {
	Transcript string        `json:"transcript"`
	Paragraphs []dgParagraph `json:"paragraphs"`
}

type dgParagraph struct {
	Sentences []dgSentence `json:"sentences"`
	NumWords  int          `json:"num_words"`
	Start     json.Number  `json:"start"`
	End       json.Number  `json:"end"`
}

type dgSentence struct {
	Text  string      `json:"text"`
	Start json.Number `json:"start"`
	End   json.Number `json:"end"`
}

// deepgramJSON builds the multichannel response. Word times are the true
// times; ids are derived from the seed; sha256 is that of the audio file.
func deepgramJSON(c *call, l *layout, audio []byte) dgDoc {
	r := rng(c.Seed + 2000)
	uuid := func() string {
		a, b := r.next(), r.next()
		return fmt.Sprintf("%08x-%04x-4%03x-a%03x-%012x", a>>32, (a>>16)&0xffff, a&0xfff, (b>>48)&0xfff, b&0xffffffffffff)
	}
	model := uuid()
	sum := sha256.Sum256(audio)
	doc := dgDoc{Metadata: dgMetadata{
		TransactionKey: "deprecated",
		RequestID:      uuid(),
		SHA256:         hex.EncodeToString(sum[:]),
		Created:        "2026-03-14T15:09:26.535Z",
		Duration:       pyFloat(float64(l.Frames)/synthRate, 5),
		Channels:       c.channels(),
		Models:         []string{model},
		ModelInfo:      map[string]dgModelInfo{model: {Name: "2-general-nova", Version: "2024-01-09.29447", Arch: "nova-2"}},
	}}
	for ch := 0; ch < c.channels(); ch++ {
		var alt dgAlternative
		var texts, paraTexts []string
		var para *dgParagraph
		var sent *dgSentence
		var confSum float64
		prevTurn := -1
		for _, p := range l.Tokens {
			if p.Channel != ch {
				continue
			}
			if p.Turn != prevTurn {
				if sent != nil {
					para.Sentences = append(para.Sentences, *sent)
					paraTexts[len(paraTexts)-1] = strings.TrimSpace(paraTexts[len(paraTexts)-1] + " " + sent.Text)
					sent = nil
				}
				if para != nil {
					alt.Paragraphs.Paragraphs = append(alt.Paragraphs.Paragraphs, *para)
				}
				para = &dgParagraph{Start: dgTime(p.startSec())}
				paraTexts = append(paraTexts, "")
				prevTurn = p.Turn
			}
			if sent == nil {
				sent = &dgSentence{Start: dgTime(p.startSec())}
			}
			conf := 0.9 + 0.0999*r.float()
			if hasDigit(p.Text) {
				conf = 0.6 + 0.35*r.float()
			}
			confSum += conf
			alt.Words = append(alt.Words, dgWord{
				Word: strings.ToLower(bare(p.Text)), Start: dgTime(p.startSec()), End: dgTime(p.endSec()),
				Confidence: pyFloat(math.Round(conf*1e8)/1e8, -1), PunctuatedWord: p.Text,
			})
			texts = append(texts, p.Text)
			para.NumWords++
			para.End = dgTime(p.endSec())
			sent.Text = strings.TrimSpace(sent.Text + " " + p.Text)
			sent.End = dgTime(p.endSec())
			if sentenceEnd(p.Text) {
				para.Sentences = append(para.Sentences, *sent)
				paraTexts[len(paraTexts)-1] = strings.TrimSpace(paraTexts[len(paraTexts)-1] + " " + sent.Text)
				sent = nil
			}
		}
		if sent != nil {
			para.Sentences = append(para.Sentences, *sent)
			paraTexts[len(paraTexts)-1] = strings.TrimSpace(paraTexts[len(paraTexts)-1] + " " + sent.Text)
		}
		if para != nil {
			alt.Paragraphs.Paragraphs = append(alt.Paragraphs.Paragraphs, *para)
		}
		alt.Transcript = strings.Join(texts, " ")
		alt.Paragraphs.Transcript = "\n" + strings.Join(paraTexts, "\n\n")
		alt.Confidence = pyFloat(math.Round(confSum/float64(max(1, len(alt.Words)))*1e8)/1e8, -1)
		doc.Results.Channels = append(doc.Results.Channels, dgChannel{Alternatives: []dgAlternative{alt}})
	}
	return doc
}

// dgTime writes a time the way Deepgram does: a plain decimal in seconds.
func dgTime(sec float64) json.Number { return pyFloat(sec, 5) }
