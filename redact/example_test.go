package redact_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// exampleCall is a small two-channel call as a speech recogniser writes it:
// the agent on channel 0, the customer on channel 1, lowercase, numbers
// spoken.
func exampleCall() *transcript.Transcript {
	tr := &transcript.Transcript{Channels: 2}
	at := 500 * time.Millisecond
	say := func(ch int, line string) {
		for _, w := range strings.Fields(line) {
			tr.Words = append(tr.Words, transcript.Word{Text: w, Channel: ch, Start: at, End: at + 300*time.Millisecond, Confidence: -1})
			at += 400 * time.Millisecond
		}
		at += 600 * time.Millisecond
	}
	say(0, "thanks for calling this is sarah how can i help")
	say(1, "hi my name is john smith")
	say(0, "what's the best number to reach you")
	say(1, "it's five five five uh one two three four five six seven")
	return tr
}

func ExampleFind() {
	tr := exampleCall()
	findings, err := redact.Find(tr, redact.DefaultPolicy())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%s words %d-%d channel %d %v-%v\n", f.Type, f.FirstWord, f.LastWord, f.Channel, f.Start, f.End)
	}
	// Output:
	// PERSON words 5-5 channel 0 2.5s-2.8s
	// PERSON words 14-15 channel 1 6.7s-7.4s
	// PHONE words 24-34 channel 1 11.9s-16.2s
}

func ExampleSpans() {
	tr := exampleCall()
	p := redact.DefaultPolicy()
	findings, _ := redact.Find(tr, p)
	for _, s := range redact.Spans(tr, findings, p) {
		fmt.Printf("bleep channel %d [%v, %v) %v\n", s.Channel, s.Start, s.End, s.Types)
	}
	// Output:
	// bleep channel 0 [2.4s, 2.9s) [PERSON]
	// bleep channel 1 [6.6s, 7.5s) [PERSON]
	// bleep channel 1 [11.8s, 16.2s) [PHONE]
}

func ExampleRedactions() {
	tr := exampleCall()
	p := redact.DefaultPolicy()
	p.Operator = redact.Pseudonym
	p.Key = []byte("example key, use a secret one")
	findings, _ := redact.Find(tr, p)
	for _, r := range redact.Redactions(tr, findings, p) {
		fmt.Printf("words %d-%d -> %s\n", r.First, r.Last, r.Text)
	}
	// Output:
	// words 5-5 -> PERSON_6aaaf731
	// words 14-15 -> PERSON_6a6ac79f
	// words 24-34 -> PHONE_d8cc6bbb
}

func ExampleNewRegexpRecognizer() {
	// An employee ID: "E" then four digits, however they were spoken.
	tr := &transcript.Transcript{Channels: 1}
	for i, w := range strings.Fields("my badge is e four four one two thanks") {
		tr.Words = append(tr.Words, transcript.Word{Text: w, Start: time.Duration(i) * time.Second, End: time.Duration(i)*time.Second + 500*time.Millisecond})
	}
	p := redact.DefaultPolicy()
	p.Recognizers = []redact.Recognizer{
		redact.NewRegexpRecognizer("badge", "BADGE", regexp.MustCompile(`\be \d{4}\b`), 0.9),
	}
	findings, _ := redact.Find(tr, p)
	for _, f := range findings {
		fmt.Println(f.Type, redact.MatchedText(tr, f))
	}
	// Output:
	// BADGE e four four one two
}

func ExampleWriteFindingsTable() {
	tr := exampleCall()
	findings, _ := redact.Find(tr, redact.DefaultPolicy())
	_ = redact.WriteFindingsTable(os.Stdout, findings)
	// Output:
	// TYPE    START   END     CHANNEL  RECOGNIZER  SCORE
	// PERSON  2.500   2.800   0        person      0.85
	// PERSON  6.700   7.400   1        person      0.90
	// PHONE   11.900  16.200  1        phone       0.96
}

// A weak recogniser garbled the phone number into ordinary words: no rule
// reads it, but the answer rule (off by default) flags the answer to the
// question for it as the type asked.
func ExampleAnswerMode() {
	tr := &transcript.Transcript{Channels: 2}
	at := 500 * time.Millisecond
	say := func(ch int, line string) {
		for _, w := range strings.Fields(line) {
			tr.Words = append(tr.Words, transcript.Word{Text: w, Channel: ch, Start: at, End: at + 300*time.Millisecond, Confidence: -1})
			at += 400 * time.Millisecond
		}
		at += 600 * time.Millisecond
	}
	say(0, "what's the best number to reach you")
	say(1, "uh yeah it's nine to five nine nine debut")
	for _, name := range []string{"off", "one"} {
		p := redact.DefaultPolicy()
		mode, err := redact.ParseAnswerMode(name) // as callveil's --answers takes it
		if err != nil {
			fmt.Println(err)
			return
		}
		p.Answers = mode
		findings, err := redact.Find(tr, p)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %d finding(s)", mode, len(findings))
		for _, f := range findings {
			fmt.Printf(" %s words %d-%d by %q", f.Type, f.FirstWord, f.LastWord, f.Recognizer)
		}
		fmt.Println()
	}
	// Output:
	// off: 0 finding(s)
	// one: 1 finding(s) PHONE words 10-15 by "answer"
}
