package redact

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// DefaultPad is the padding added to each side of a finding's time span
// when Policy.Pad is 0.
const DefaultPad = 100 * time.Millisecond

// MinApproxPad is the least padding used for a finding whose word times are
// approximate (transcript.Word.Approximate, as for WebVTT and SRT cues where
// word times are spread over the cue): such spans get max(2.5×Pad,
// MinApproxPad) each side, 250 ms with the default padding.
const MinApproxPad = 250 * time.Millisecond

// Policy says which types are on, which findings count, how audio spans are
// padded and how text is replaced. The zero Policy turns every type on with
// no minimum score, the default padding, the Tag operator and the answer
// rule for questions for one value (AnswersOne is the zero AnswerMode).
type Policy struct {
	// Types selects the types to report. nil = all types on (built-in and
	// those of extra recognizers); otherwise only types mapped to true.
	Types map[Type]bool
	// MinScore drops findings scoring below it.
	MinScore float64
	// Pad is the padding each side of an audio span; 0 = DefaultPad.
	// Approximate word times get more (see MinApproxPad).
	Pad time.Duration
	// AllChannels bleeps every channel (Span.Channel -1), not only the
	// speaker's.
	AllChannels bool
	// Operator is the text operator; "" = Tag.
	Operator Operator
	// Key keys the Pseudonym operator (HMAC-SHA256). Use the run's secret
	// key: with an empty key pseudonyms are stable but guessable.
	Key []byte
	// Recognizers are extra recognizers added by the caller; they run after
	// the built-ins and compete with them on equal terms.
	Recognizers []Recognizer
	// Answers sets the answer rule (answer.go): when a question asks for
	// a value of a type ("what's the phone number?") and the answer that
	// follows holds no finding, its words are flagged as that type with
	// AnswerScore and Recognizer "answer", so a value a weak speech
	// recogniser garbled into ordinary words is still bleeped. The zero
	// value, AnswersOne (the default), flags the answer to a question for
	// one value (a number, a name, a date of birth, an address), not to a
	// question for a place ("where ...?") or for two values; AnswersAll
	// also reads those, splitting the answer to "the address and phone
	// number?"; AnswersOff leaves the rule off. The package doc gives the
	// figures.
	Answers AnswerMode
}

// AnswerMode says which answers the answer rule flags (Policy.Answers).
type AnswerMode int

// The answer rule's modes.
const (
	// AnswersOne flags the answer to a question for one value: "what's
	// the best number to reach you?" ... "nine to five nine nine". The
	// default (the zero value).
	AnswersOne AnswerMode = iota
	// AnswersOff flags no answer the other rules did not find.
	AnswersOff
	// AnswersAll also flags the answer to a question for two values, split
	// at its "and" or its longest pause: "the address and phone number?".
	AnswersAll
)

// String returns the mode's name as the CLI's --answers takes it: "one",
// "all" or "off".
func (m AnswerMode) String() string {
	switch m {
	case AnswersOne:
		return "one"
	case AnswersAll:
		return "all"
	case AnswersOff:
		return "off"
	}
	return fmt.Sprintf("AnswerMode(%d)", int(m))
}

// ParseAnswerMode reads an answer mode by name: "one", "all" or "off"
// (also "true" for all and "false" for off, as a boolean flag gives them).
func ParseAnswerMode(s string) (AnswerMode, error) {
	switch strings.ToLower(s) {
	case "one":
		return AnswersOne, nil
	case "all", "true":
		return AnswersAll, nil
	case "off", "false":
		return AnswersOff, nil
	}
	return AnswersOff, fmt.Errorf("%w %q (want one, all or off)", ErrAnswerMode, s)
}

// ErrAnswerMode means ParseAnswerMode was given no mode's name.
var ErrAnswerMode = errors.New("redact: unknown answer mode")

// DefaultPolicy returns the policy callveil uses when the caller sets none:
// every type on, minimum score 0.5, 100 ms padding, the speaker's channel
// only, Tag operator, the answer rule for questions for one value
// (AnswersOne).
func DefaultPolicy() Policy {
	return Policy{MinScore: 0.5, Pad: DefaultPad, Operator: Tag, Answers: AnswersOne}
}

// enabled reports whether findings of type t are on.
func (p *Policy) enabled(t Type) bool {
	if p.Types == nil {
		return true
	}
	return p.Types[t]
}

// pad returns the padding for a finding, more when its times are
// approximate.
func (p *Policy) pad(approx bool) time.Duration {
	pad := p.Pad
	if pad <= 0 {
		pad = DefaultPad
	}
	if approx {
		pad = max(pad*5/2, MinApproxPad)
	}
	return pad
}

// Operator says how the words of a finding are replaced in the redacted
// transcript.
type Operator string

// The text operators.
const (
	// Tag replaces a finding with its type in brackets: "[PHONE]".
	Tag Operator = "tag"
	// Mask replaces a finding with as many '#' as it had characters
	// (runes of its words joined by single spaces).
	Mask Operator = "mask"
	// Pseudonym replaces a finding with a stable keyed token such as
	// "PERSON_3f9a0c1e": the type and the first 8 hex digits of
	// HMAC-SHA256(Key, type + "\x00" + the finding's normalised text: "john
	// smith", "5551234567"). The same text under the same key always gives
	// the same token, however it was spoken or written, so a name or number
	// can be followed through a call (and across calls) without being
	// revealed; 8 hex digits keep collisions rare among the few hundred
	// values of one batch.
	Pseudonym Operator = "pseudonym"
	// Remove deletes the words.
	Remove Operator = "remove"
)
