package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
)

func TestLoadKey(t *testing.T) {
	dir := t.TempDir()
	k, err := anonymize.NewRandomKey()
	require.NoError(t, err)
	good := filepath.Join(dir, "good.key")
	require.NoError(t, anonymize.WriteKeyFile(good, k))
	open := filepath.Join(dir, "open.key")
	require.NoError(t, anonymize.WriteKeyFile(open, k))
	require.NoError(t, os.Chmod(open, 0o640))

	env := func(v string) func(string) string {
		return func(name string) string {
			if name == keyFileEnv {
				return v
			}
			return ""
		}
	}
	got, eph, err := loadKey(good, env(""))
	require.NoError(t, err)
	assert.False(t, eph)
	assert.Equal(t, k.Derive("x", "y"), got.Derive("x", "y"))

	got, eph, err = loadKey("", env(good))
	require.NoError(t, err, "the environment variable is used without the flag")
	assert.False(t, eph)
	assert.Equal(t, k.Derive("x", "y"), got.Derive("x", "y"))

	_, _, err = loadKey(open, env(""))
	assert.ErrorIs(t, err, anonymize.ErrKeyFile, "a group-readable key file is refused")
	_, _, err = loadKey("", env(open))
	assert.ErrorIs(t, err, anonymize.ErrKeyFile)

	got, eph, err = loadKey("", env(""))
	require.NoError(t, err)
	assert.True(t, eph)
	assert.False(t, got.IsZero())
}
