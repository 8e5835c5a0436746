package redact

import "github.com/callveil/callveil/transcript"

// spareWordTypes returns wordTypes(t, found) in the memory *spare holds,
// keeping it there for the next call of the same rule (task speed17). Two
// rules after the recognizers want word types of their own, the answer
// rule because it marks what it finds in them: one Type per word, 144 KB
// for a one-hour call each, which was half of what Find allocated. spare
// is a slot of the call's shared view (shared.spare), which releaseShared
// clears and keeps for the next call.
func spareWordTypes(spare *[]Type, t *transcript.Transcript, found []Finding) []Type {
	*spare = reuse(*spare, len(t.Words))
	return markTypes(t, *spare, found)
}
