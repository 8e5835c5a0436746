package transcript_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/transcript"
)

// TestReadFormat_ForcedWrongFormatIsAnErrorNotAnEmptyTranscript guards the
// fail-closed path: a user who forces the wrong format must get an error,
// never an empty transcript that would let every PII word through unbleeped.
func TestReadFormat_ForcedWrongFormatIsAnErrorNotAnEmptyTranscript(t *testing.T) {
	t.Parallel()
	// Formats whose documents are shaped alike enough to read each other.
	compatible := map[[2]transcript.Format]bool{
		{transcript.FormatWhisper, transcript.FormatWhisperX}: true,
		{transcript.FormatWhisperX, transcript.FormatWhisper}: true,
		{transcript.FormatWebVTT, transcript.FormatSRT}:       true,
		{transcript.FormatSRT, transcript.FormatWebVTT}:       true,
	}
	formats := []transcript.Format{transcript.FormatWhisper, transcript.FormatWhisperCpp, transcript.FormatWhisperX,
		transcript.FormatAWS, transcript.FormatDeepgram, transcript.FormatAssemblyAI, transcript.FormatGoogle,
		transcript.FormatWebVTT, transcript.FormatSRT, transcript.FormatNative}
	paths := sampleFiles(t, "../testdata/transcripts")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		actual, err := transcript.Detect(data)
		if err != nil {
			continue // README and such
		}
		for _, forced := range formats {
			if forced == actual || compatible[[2]transcript.Format{actual, forced}] {
				continue
			}
			tr, err := transcript.ReadFormat(bytesReader(data), forced)
			if err == nil {
				assert.NotEmpty(t, tr.Words, "%s (%s) read as %s gave no words and no error", filepath.Base(path), actual, forced)
			}
		}
	}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
