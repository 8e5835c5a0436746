package evalwords

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeSet(t *testing.T, path, body string) {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	_, err := io.WriteString(z, body)
	require.NoError(t, err)
	require.NoError(t, z.Close())
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
}

func TestKey(t *testing.T) {
	assert.Equal(t, "oneil", Key("O'Neil,"))
	assert.Equal(t, "12b", Key("#12-B"))
	assert.Equal(t, "", Key("--"))
}

func TestPairs(t *testing.T) {
	dir := t.TempDir()
	writeSet(t, filepath.Join(dir, "a.jsonl.gz"),
		`{"words":[{"text":"Lake"},{"text":"--"},{"text":"Shore,"}]}`+"\n"+`{"words":[{"text":"Drive"}]}`+"\n")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "c", "dialogues"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c", "dialogues", "d.txt"), []byte("A: box [12|twelve]^x"), 0o644))
	seen, err := Pairs(dir)
	require.NoError(t, err)
	for _, k := range []string{"lake shore", "lake ", "shore ", "drive ", "a box", "box 12", "12 twelve", "twelve x", "x "} {
		assert.True(t, seen[k], "%q", k)
	}
	// Records do not run into each other.
	assert.False(t, seen["shore drive"])
	assert.Len(t, seen, 13)
}

func TestPairs_Errors(t *testing.T) {
	_, err := Pairs(t.TempDir())
	assert.ErrorContains(t, err, "no evaluation sets")

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.jsonl.gz"), []byte("this is not a gzip file"), 0o644))
	_, err = Pairs(dir)
	assert.ErrorIs(t, err, gzip.ErrHeader)

	dir = t.TempDir()
	writeSet(t, filepath.Join(dir, "bad.jsonl.gz"), "{not json\n")
	_, err = Pairs(dir)
	assert.ErrorContains(t, err, "bad.jsonl.gz")
}

func TestWriteGz(t *testing.T) {
	dir := t.TempDir()
	lines := []string{"P john smith", "C acme corp"}
	for _, level := range []int{gzip.DefaultCompression, gzip.BestCompression} {
		p1, p2 := filepath.Join(dir, "1.gz"), filepath.Join(dir, "2.gz")
		require.NoError(t, WriteGz(p1, lines, level))
		require.NoError(t, WriteGz(p2, lines, level))
		b1, err := os.ReadFile(p1)
		require.NoError(t, err)
		b2, err := os.ReadFile(p2)
		require.NoError(t, err)
		assert.Equal(t, b1, b2, "a rerun writes the same bytes")
		z, err := gzip.NewReader(bytes.NewReader(b1))
		require.NoError(t, err)
		assert.True(t, z.ModTime.IsZero())
		assert.Empty(t, z.Name)
		got, err := io.ReadAll(z)
		require.NoError(t, err)
		assert.Equal(t, "P john smith\nC acme corp\n", string(got))
	}
	assert.Error(t, WriteGz(filepath.Join(dir, "x.gz"), lines, 42), "a bad level")
}

func TestReadItems(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.xml")
	require.NoError(t, os.WriteFile(p, []byte(`<C>
<A><Num>12</Num> <Street>Lake  Shore<x>not read</x> Dr</Street><Empty/></A>
<A><Empty></Empty></A>
<A><CorporationName>Acme</CorporationName></A>
</C>`), 0o644))
	items, err := ReadItems(p)
	require.NoError(t, err)
	require.Len(t, items, 2, "the item with no word is left out")
	assert.Equal(t, Item{
		Labels: []string{"Num", "Street", "Empty"},
		Words:  []Labelled{{"Num", "12"}, {"Street", "Lake"}, {"Street", "Shore"}, {"Street", "Dr"}},
	}, items[0])
	assert.Equal(t, Item{Labels: []string{"CorporationName"}, Words: []Labelled{{"CorporationName", "Acme"}}}, items[1])

	require.NoError(t, os.WriteFile(p, []byte(`<C><A><B>x</A></C>`), 0o644))
	_, err = ReadItems(p)
	assert.ErrorContains(t, err, "x.xml")
	_, err = ReadItems(filepath.Join(t.TempDir(), "missing.xml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// FuzzReadItems: any file gives items that each hold a word, or an error;
// never a panic.
func FuzzReadItems(f *testing.F) {
	f.Add([]byte(`<C><A><Num>12</Num><Street>Main</Street></A></C>`))
	f.Add([]byte(`<C><A><B>x</A></C>`))
	f.Add([]byte(`<C><A>loose<B/></A>`))
	p := filepath.Join(f.TempDir(), "f.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		require.NoError(t, os.WriteFile(p, b, 0o644))
		items, err := ReadItems(p)
		if err != nil {
			return
		}
		for _, it := range items {
			assert.NotEmpty(t, it.Words)
		}
	})
}
