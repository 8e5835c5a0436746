package anonymize

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/transcript"
)

// TestContentID_SameBytesAsTheFormattedDefinition pins contentID to its
// first definition (fmt over every word), so that recordings named by
// content keep their voices across versions.
func TestContentID_SameBytesAsTheFormattedDefinition(t *testing.T) {
	t.Parallel()
	f := audio.Format{SampleRate: 8000, Channels: 2, Frames: 123456}
	tr := &transcript.Transcript{Channels: 2, Words: []transcript.Word{
		{Text: "Maria", Start: 1500 * time.Millisecond, End: 2 * time.Second},
		{Text: "4111", Start: 3 * time.Second, End: 3400 * time.Millisecond, Channel: 1},
		{Text: "", Start: -5, End: 0, Channel: 0},
	}}
	for _, tc := range []*transcript.Transcript{nil, {Channels: 1}, tr} {
		h := sha256.New()
		fmt.Fprintf(h, "%d|%d|%d|", f.SampleRate, f.Channels, f.Frames)
		if tc != nil {
			for _, w := range tc.Words {
				fmt.Fprintf(h, "%s|%d|%d|%d|", w.Text, w.Start, w.End, w.Channel)
			}
		}
		want := "content:" + hex.EncodeToString(h.Sum(nil)[:16])
		assert.Equal(t, want, contentID(tc, f))
	}
}
