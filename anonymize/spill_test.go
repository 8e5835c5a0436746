package anonymize

import (
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpill writes past the memory limit, patches a header at the start
// as the WAV writer does, reads everything back, and leaves no file.
func TestSpill(t *testing.T) {
	for _, limit := range []int64{0, 8, 16, 1 << 20} {
		dir := t.TempDir()
		s := &spill{dir: dir, pattern: "callveil-out-*.wav", limit: limit}
		_, err := s.Write([]byte("0123456789"))
		require.NoError(t, err)
		_, err = s.Write([]byte("abcdefghij"))
		require.NoError(t, err)
		_, err = s.Seek(2, io.SeekStart)
		require.NoError(t, err)
		_, err = s.Write([]byte("XY"))
		require.NoError(t, err)
		end, err := s.Seek(0, io.SeekEnd)
		require.NoError(t, err)
		assert.Equal(t, int64(20), end)
		assert.Equal(t, int64(20), s.Size())
		_, err = s.Seek(0, io.SeekStart)
		require.NoError(t, err)
		got, err := io.ReadAll(s)
		require.NoError(t, err)
		assert.Equal(t, "01XY456789abcdefghij", string(got), "limit %d", limit)
		files, _ := os.ReadDir(dir)
		assert.Equal(t, limit < 20, len(files) == 1, "limit %d: a file only past the limit", limit)
		require.NoError(t, s.Close())
		files, _ = os.ReadDir(dir)
		assert.Empty(t, files)
	}
}
