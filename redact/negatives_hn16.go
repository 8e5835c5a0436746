package redact

// Hard negatives of the NUMBER catch-all (task hn16): a long run of digits
// right after a word for a time or a duration ("ignition time 13 24 55
// 09", "elapsed time one two four three five five zero", "timestamp
// 20231104") is a time reading, a stopwatch's or a log's, not an ID: numberRecognizer leaves it (timeReading). A value with a cue
// of its own is its cue's (an account, a phone number), so only the
// uncued catch-all is asked.
//
// "time" after a word of occasion ("last time", "any time") is no clock,
// so a number after it stays one.
//
// What it cannot do: a time read with no such word right before it ("the
// clock read 0900 1530", "the burn, 1 04 35 56") is still a NUMBER.

// timeReadingWords before a number make it a time reading.
var timeReadingWords = []string{"time", "times", "timestamp", "timestamps", "clock", "duration", "elapsed"}

// timeReading reports whether number token i follows one of timeReadingWords in
// its sentence (see the file comment).
func (ts *Tokens) timeReading(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || !ts.isWord(p, timeReadingWords...) {
		return false
	}
	// "time" as an occasion reads nothing: "same as last time 88341220".
	return !ts.isWord(p, "time", "times") || !ts.isWord(ts.prev(p-1), occasionWords...)
}

// occasionWords before "time" make it an occasion, not a clock (task
// review16).
var occasionWords = []string{"last", "first", "next", "same", "this", "that", "any", "every", "each", "one",
	"other", "second", "third", "previous", "some", "no"}
