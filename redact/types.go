package redact

import (
	"errors"
	"time"
)

// Type names a category of personal data.
type Type string

// The built-in types. Each is on by default and can be turned off in a
// Policy.
const (
	Phone   Type = "PHONE"   // 7, 10 and 11 digit phone numbers, extensions
	Card    Type = "CARD"    // card number, expiry, security code
	SSN     Type = "SSN"     // US social security number, cued "last four"
	Account Type = "ACCOUNT" // cued account, member, policy, routing, IBAN-like numbers
	ZIP     Type = "ZIP"     // cued ZIP codes or ZIP codes after a state
	Email   Type = "EMAIL"   // written and spoken email addresses
	Person  Type = "PERSON"  // personal names
	Address Type = "ADDRESS" // street addresses, apartment and unit numbers
	DOB     Type = "DOB"     // cued dates of birth
	Number  Type = "NUMBER"  // uncued long digit run (>= 7 digits); on by default, can be turned off
)

// AllTypes returns the built-in types, most specific first (the order used
// to break ties between overlapping findings of equal score).
func AllTypes() []Type {
	return []Type{Card, SSN, Phone, Email, Account, DOB, ZIP, Address, Person, Number}
}

// specificity ranks types for tie-breaking: higher wins.
func specificity(t Type) int {
	switch t {
	case Card:
		return 10
	case SSN:
		return 9
	case Phone:
		return 8
	case Email:
		return 7
	case Account:
		return 6
	case DOB:
		return 5
	case ZIP:
		return 4
	case Address:
		return 3
	case Person:
		return 2
	case Number:
		return 0
	}
	return 1 // types of caller-supplied recognizers
}

// Finding is one span of PII. FirstWord/LastWord are INCLUSIVE indices into
// Transcript.Words; every word they cover that is on Channel belongs to the
// finding (words of other channels interleaved between them do not).
//
// The matched text is never stored in a Finding (callers can get it from the
// transcript words, see MatchedText), so findings can be logged and written
// to a manifest.
type Finding struct {
	Type Type
	// Start and End are Words[FirstWord].Start and Words[LastWord].End
	// (unpadded).
	Start, End time.Duration
	// Channel is the channel the words were spoken on.
	Channel             int
	FirstWord, LastWord int
	// Score is the recognizer's confidence in [0,1].
	Score float64
	// Recognizer is the name of the recognizer that produced it.
	Recognizer string
}

// Sentinel errors for the categories a caller branches on.
var (
	// ErrNoTranscript means Find was given a nil transcript.
	ErrNoTranscript = errors.New("redact: no transcript")
	// ErrRecognizer means a recognizer returned a finding that does not
	// fit the transcript (word indices out of range or reversed, a score
	// outside [0,1], an empty type).
	ErrRecognizer = errors.New("redact: bad finding from recognizer")
)
