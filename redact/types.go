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
	Phone      Type = "PHONE"          // 7, 10 and 11 digit phone numbers, extensions
	Card       Type = "CARD"           // card number, "last four of the card"
	CardCVV    Type = "CARD_CVV"       // cued 3-4 digit security code
	CardExpiry Type = "CARD_EXPIRY"    // cued card expiry date
	SSN        Type = "SSN"            // US social security number, cued "last four"
	Account    Type = "ACCOUNT"        // cued account, member, policy numbers
	IBAN       Type = "IBAN"           // IBAN passing its mod-97 check, written or read in blocks
	Routing    Type = "ROUTING"        // cued 9-digit ABA routing number
	Medicare   Type = "MEDICARE"       // Medicare Beneficiary Identifier (MBI) and cued health-plan ids
	Passport   Type = "PASSPORT"       // cued passport number
	License    Type = "DRIVER_LICENSE" // cued driver's license number
	PIN        Type = "PIN"            // cued PIN or passcode digits
	Password   Type = "PASSWORD"       // cued password or security answer (mother's maiden name, ...)
	Username   Type = "USERNAME"       // cued username or login
	IPAddress  Type = "IP_ADDRESS"     // IPv4 written or spoken ("one nine two dot ..."), IPv6 written
	URL        Type = "URL"            // web addresses, written or spoken ("example dot com slash ...")
	ZIP        Type = "ZIP"            // cued ZIP codes or ZIP codes after a state
	Email      Type = "EMAIL"          // written and spoken email addresses
	Person     Type = "PERSON"         // personal names
	Address    Type = "ADDRESS"        // street addresses, apartment and unit numbers
	DOB        Type = "DOB"            // cued dates of birth
	Number     Type = "NUMBER"         // uncued long digit run (>= 7 digits); on by default, can be turned off
)

// allTypes is AllTypes' list, most specific first.
var allTypes = []Type{Card, CardCVV, CardExpiry, SSN, Phone, Email, IBAN, Routing, Medicare, Passport, License,
	Account, PIN, Password, Username, IPAddress, URL, DOB, ZIP, Address, Person, Number}

// AllTypes returns the built-in types, most specific first (the order used
// to break ties between overlapping findings of equal score).
func AllTypes() []Type { return append([]Type(nil), allTypes...) }

// Parent returns the type that t refines, or "" if none: CARD for
// CARD_CVV and CARD_EXPIRY, ACCOUNT for IBAN and ROUTING (earlier
// versions reported them as CARD and ACCOUNT). A user who selects the
// parent means its refinements too; the CLI's --entities and
// --skip-entities expand a parent that way.
func (t Type) Parent() Type {
	switch t {
	case CardCVV, CardExpiry:
		return Card
	case IBAN, Routing:
		return Account
	}
	return ""
}

// specificity ranks types for tie-breaking: higher wins; caller-supplied
// types rank above NUMBER only.
func specificity(t Type) int {
	for i, u := range allTypes {
		if u == t {
			if u == Number {
				return 0
			}
			return 2 + len(allTypes) - i
		}
	}
	return 1
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
	// Recognizer is the name of the recognizer that produced it. A
	// finding that a rule for recogniser-written forms merged from others
	// names them all, joined by "+", in word order with the rule last:
	// "person+email-sound-alike" is an email that absorbed a name. A
	// finding that grew over the words of a lesser finding of its type
	// when their overlap was resolved names both the same way.
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
