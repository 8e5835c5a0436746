package eval

import "errors"

// Sentinel errors for the categories a caller branches on.
var (
	// ErrInvalid means an option or argument is unusable.
	ErrInvalid = errors.New("eval: invalid input")
	// ErrNotEnoughData means a set is too small to evaluate: a speaker
	// without enrolment or test utterances, an utterance without voiced
	// frames, fewer frames than model components.
	ErrNotEnoughData = errors.New("eval: not enough data")
)
