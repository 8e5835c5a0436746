package anonymize

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHashingFile_SumIsTheFilesHashHoweverItWasWritten writes files in
// the patterns the WAV writer and others use and checks sum against a
// hash of the bytes on disk: front to back (hashed while written), a
// header patched at the end, and a seek past the end (both read back).
func TestHashingFile_SumIsTheFilesHashHoweverItWasWritten(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name     string
		write    func(w io.WriteSeeker)
		readBack bool
	}{
		{"front to back", func(w io.WriteSeeker) {
			w.Write([]byte("RIFF1234WAVE"))
			w.Write(make([]byte, 10000))
			w.Write([]byte("end"))
		}, false},
		{"nothing", func(w io.WriteSeeker) {}, false},
		{"patched header", func(w io.WriteSeeker) {
			w.Write([]byte("RIFF0000WAVE"))
			w.Write([]byte("data"))
			w.Seek(4, io.SeekStart)
			w.Write([]byte("9999"))
			w.Seek(0, io.SeekEnd)
		}, true},
		{"seek past the end", func(w io.WriteSeeker) {
			w.Write([]byte("abc"))
			w.Seek(10, io.SeekCurrent)
			w.Write([]byte("def"))
		}, true},
		{"rewrite the same bytes", func(w io.WriteSeeker) {
			w.Write([]byte("abcdef"))
			w.Seek(2, io.SeekStart)
			w.Write([]byte("cd"))
			w.Seek(0, io.SeekEnd)
		}, true},
	} {
		f, err := os.Create(filepath.Join(t.TempDir(), "out"))
		require.NoError(t, err)
		w := newHashingFile(f)
		c.write(w)
		got, err := w.sum()
		require.NoError(t, err)
		disk, err := os.ReadFile(f.Name())
		require.NoError(t, err)
		want := sha256.Sum256(disk)
		assert.Equal(t, hex.EncodeToString(want[:]), got, c.name)
		assert.Equal(t, c.readBack, w.broken || w.hashed != w.end, "%s: read back", c.name)
		f.Close()
	}
}
