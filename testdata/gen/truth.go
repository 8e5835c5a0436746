package main

import (
	"encoding/json"
	"strings"
)

// truthDoc is the ground truth of the PII spoken in a call. The top-level
// "callveil_truth" key marks it as such, so no transcript reader mistakes it
// for a transcript.
type truthDoc struct {
	Version          int           `json:"callveil_truth"`
	Recording        string        `json:"recording"`
	Transcript       string        `json:"transcript"`
	TranscriptFormat string        `json:"transcript_format"`
	WordIndex        string        `json:"word_index"`
	Entities         []truthEntity `json:"entities"`
	MetadataPII      []truthMeta   `json:"metadata_pii,omitempty"`
}

type truthEntity struct {
	Type      string      `json:"type"`
	Start     json.Number `json:"start"`
	End       json.Number `json:"end"`
	Channel   int         `json:"channel"`
	FirstWord int         `json:"first_word"`
	LastWord  int         `json:"last_word"`
	Speaker   string      `json:"speaker"`
	Text      string      `json:"text"`
	Spoken    string      `json:"spoken"`
}

type truthMeta struct {
	Where string `json:"where"`
	Text  string `json:"text"`
}

const wordIndexDoc = "first_word and last_word index the transcript's words of that channel in time order, counting from 0: " +
	"for Whisper the words of segments[].words[] in order; for Deepgram results.channels[channel].alternatives[0].words[]. " +
	"start and end are seconds, exact: the speech of the first word starts at start and that of the last word ends before end."

// truthJSON lists the call's PII entities with their true times and words.
func truthJSON(c *call, l *layout, format string) truthDoc {
	doc := truthDoc{Version: 1, Recording: c.fileName(), Transcript: c.Name + ".json", TranscriptFormat: format, WordIndex: wordIndexDoc}
	index := make([]int, len(l.Tokens)) // index within the token's channel
	count := map[int]int{}
	for i, p := range l.Tokens {
		index[i] = count[p.Channel]
		count[p.Channel]++
	}
	for i := 0; i < len(l.Tokens); {
		p := l.Tokens[i]
		if p.Entity == 0 {
			i++
			continue
		}
		j := i
		for j+1 < len(l.Tokens) && l.Tokens[j+1].Entity == p.Entity {
			j++
		}
		var text, said []string
		for k := i; k <= j; k++ {
			text = append(text, l.Tokens[k].Text)
			for _, s := range l.Tokens[k].Say {
				said = append(said, strings.TrimSuffix(s, ","))
			}
		}
		doc.Entities = append(doc.Entities, truthEntity{
			Type: p.Type, Start: pyFloat(p.startSec(), 2), End: pyFloat(l.Tokens[j].endSec(), 2),
			Channel: p.Channel, FirstWord: index[i], LastWord: index[j], Speaker: p.Who.String(),
			Text: strings.Join(text, " "), Spoken: strings.Join(said, " "),
		})
		i = j + 1
	}
	for _, t := range c.Tags {
		where := "RIFF LIST/INFO " + t.ID
		if c.Enc == encMP3 {
			where = "ID3 " + map[string]string{"--tt": "title (ID3v2 TIT2 and ID3v1 title)", "--tc": "comment (ID3v2 COMM; ID3v1 comment, cut to 30 bytes)"}[t.ID]
		}
		if t.ID == "ICRD" {
			continue // a date of recording, not PII
		}
		doc.MetadataPII = append(doc.MetadataPII, truthMeta{Where: where, Text: t.Value})
	}
	return doc
}
