package anonymize

import (
	"bytes"
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

// TestSpill_PooledGapIsZero: a buffer from the pool holds an earlier
// recording's bytes; a gap the writer seeks over must still read as
// zeros, as in a file, and never as those bytes.
func TestSpill_PooledGapIsZero(t *testing.T) {
	dirty := make([]byte, 64)
	for i := range dirty {
		dirty[i] = 0xEE
	}
	putBuf(dirty)
	s := &spill{dir: t.TempDir(), pattern: "callveil-out-*.wav", limit: 1 << 20, hint: 64}
	defer s.Close()
	_, err := s.Write([]byte("ab"))
	require.NoError(t, err)
	_, err = s.Seek(10, io.SeekStart)
	require.NoError(t, err)
	_, err = s.Write([]byte("cd"))
	require.NoError(t, err)
	_, err = s.Seek(0, io.SeekStart)
	require.NoError(t, err)
	got, err := io.ReadAll(s)
	require.NoError(t, err)
	assert.Equal(t, append(append([]byte("ab"), make([]byte, 8)...), "cd"...), got)
}

// TestRevocable: once revoked, a body reads and seeks no more, so its
// buffer can go back to the pool.
func TestRevocable(t *testing.T) {
	b := &revocable{r: bytes.NewReader([]byte("abc"))}
	p := make([]byte, 2)
	n, err := b.Read(p)
	require.NoError(t, err)
	assert.Equal(t, "ab", string(p[:n]))
	b.revoke()
	_, err = b.Read(p)
	assert.ErrorIs(t, err, errRevoked)
	_, err = b.Seek(0, io.SeekStart)
	assert.ErrorIs(t, err, errRevoked)
}
