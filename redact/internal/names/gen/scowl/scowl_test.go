package scowl_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact/internal/names/gen/scowl"
)

// writeList writes one SCOWL list file with the entries.
func writeList(t *testing.T, dir, name string, entries ...string) {
	t.Helper()
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(strings.Join(entries, "\n")+"\n"), 0o644))
}

func lower(line string) (string, bool) { return strings.ToLower(strings.TrimSpace(line)), true }

// Read keeps each entry's smallest size, reads every kind and variety up
// to the size asked, skips lists that are not there and the entries keep
// refuses.
func TestRead_KeepsTheSmallestSizeOfEachEntry(t *testing.T) {
	dir := t.TempDir()
	filler := make([]string, 10000)
	for i := range filler {
		filler[i] = fmt.Sprintf("filler%05d", i)
	}
	writeList(t, dir, "american-words.35", filler...)
	writeList(t, dir, "english-words.50", "Harbour", "kettle")
	writeList(t, dir, "british-words.20", "kettle")
	writeList(t, dir, "canadian-upper.40", "Toronto")
	writeList(t, dir, "english-abbreviations.10", "CEO")
	writeList(t, dir, "american-words.70", "zymurgy")

	got, err := scowl.Read(dir, 50, lower)
	require.NoError(t, err)
	assert.Equal(t, 20, got["kettle"], "the smaller of 20 and 50")
	assert.Equal(t, 50, got["harbour"])
	assert.Equal(t, 40, got["toronto"])
	assert.Equal(t, 10, got["ceo"])
	assert.Zero(t, got["zymurgy"], "size 70 is above the 50 asked")

	noCaps := func(line string) (string, bool) {
		w := strings.TrimSpace(line)
		return w, w == strings.ToLower(w)
	}
	got, err = scowl.Read(dir, 70, noCaps)
	require.NoError(t, err)
	assert.Equal(t, 70, got["zymurgy"])
	assert.Zero(t, got["Toronto"]+got["toronto"], "refused by keep")
}

// Too few entries mean the directory holds no SCOWL install.
func TestRead_FailsWithoutTheLists(t *testing.T) {
	dir := t.TempDir()
	writeList(t, dir, "english-words.10", "one", "two")
	_, err := scowl.Read(dir, 70, lower)
	assert.ErrorContains(t, err, "only 2 words")
	_, err = scowl.Read(filepath.Join(dir, "missing"), 70, lower)
	assert.Error(t, err)
}
