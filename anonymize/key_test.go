package anonymize_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
)

func TestKey_WrittenFileIsPrivateAndReadsBack(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "callveil.key")
	k, err := anonymize.NewRandomKey()
	require.NoError(t, err)
	require.NoError(t, anonymize.WriteKeyFile(path, k))

	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	got, err := anonymize.ReadKeyFile(path)
	require.NoError(t, err)
	assert.Equal(t, k.Derive("voice", "a"), got.Derive("voice", "a"))
}

func TestKey_WriteRefusesToOverwrite(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "k")
	require.NoError(t, os.WriteFile(path, []byte("keep me"), 0o600))
	k, err := anonymize.NewRandomKey()
	require.NoError(t, err)
	require.Error(t, anonymize.WriteKeyFile(path, k))
	b, _ := os.ReadFile(path)
	assert.Equal(t, "keep me", string(b))
}

func TestKey_ReadRefusesGroupOrOtherReadable(t *testing.T) {
	t.Parallel()
	for _, mode := range []os.FileMode{0o640, 0o604, 0o660, 0o644} {
		path := filepath.Join(t.TempDir(), "k")
		require.NoError(t, os.WriteFile(path, []byte("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n"), 0o600))
		require.NoError(t, os.Chmod(path, mode))
		_, err := anonymize.ReadKeyFile(path)
		assert.ErrorIs(t, err, anonymize.ErrKeyFile, "mode %v", mode)
	}
}

func TestKey_ReadRejectsMalformedWithoutEchoingIt(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "k")
	secret := "not-hex-SECRETSECRET"
	require.NoError(t, os.WriteFile(path, []byte(secret), 0o600))
	_, err := anonymize.ReadKeyFile(path)
	require.ErrorIs(t, err, anonymize.ErrKeyFile)
	assert.NotContains(t, err.Error(), "SECRET")

	require.NoError(t, os.WriteFile(path, []byte("0011"), 0o600))
	_, err = anonymize.ReadKeyFile(path)
	assert.ErrorIs(t, err, anonymize.ErrKeyFile, "too short")
}

func TestKey_DeriveSeparatesPurposesAndKeys(t *testing.T) {
	t.Parallel()
	k1, err := anonymize.KeyFromBytes([]byte("0123456789abcdef0123456789abcdef"))
	require.NoError(t, err)
	k2, err := anonymize.KeyFromBytes([]byte("fedcba9876543210fedcba9876543210"))
	require.NoError(t, err)
	assert.Equal(t, k1.Derive("voice", "x"), k1.Derive("voice", "x"))
	assert.NotEqual(t, k1.Derive("voice", "x"), k1.Derive("name", "x"))
	assert.NotEqual(t, k1.Derive("voice", "x"), k2.Derive("voice", "x"))
	// purpose and id are separated, so ("ab","c") differs from ("a","bc").
	assert.NotEqual(t, k1.Derive("ab", "c"), k1.Derive("a", "bc"))
}

func TestKey_NeverPrinted(t *testing.T) {
	t.Parallel()
	k, err := anonymize.KeyFromBytes([]byte("SECRETSECRETSECRET"))
	require.NoError(t, err)
	for _, s := range []string{fmt.Sprint(k), fmt.Sprintf("%v %+v %#v %s", k, k, k, k)} {
		assert.NotContains(t, s, "SECRET")
	}
}
