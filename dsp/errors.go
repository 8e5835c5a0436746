package dsp

import "errors"

// ErrInvalidOptions is wrapped by every error a constructor in this package
// returns for options that cannot work (a frame size that is not a power of
// two, a ratio out of range, unsorted spans). Errors caused by the audio
// itself come from the wrapped stream and are passed on unchanged.
var ErrInvalidOptions = errors.New("dsp: invalid options")
