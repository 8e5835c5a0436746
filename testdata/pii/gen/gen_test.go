package main

import (
	"bytes"
	"compress/gzip"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLuhn_GeneratedCardsPass(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lengths := map[int]bool{}
	for range 2000 {
		num, sizes := cardNumber(r)
		require.True(t, luhnValid(num), num)
		sum := 0
		for _, s := range sizes {
			sum += s
		}
		assert.Equal(t, len(num), sum)
		lengths[len(num)] = true
	}
	assert.Equal(t, map[int]bool{13: true, 15: true, 16: true, 19: true}, lengths)
	// Known test numbers.
	assert.True(t, luhnValid("4111111111111111"))
	assert.True(t, luhnValid("378282246310005"))
	assert.False(t, luhnValid("4111111111111112"))
}

func TestNumberWords(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		got  []string
		want string
	}{
		{numberWords(42), "forty two"},
		{numberWords(196), "one hundred ninety six"},
		{numberWords(2000), "two thousand"},
		{numberWords(0), "zero"},
		{ordinalWords(3), "third"},
		{ordinalWords(21), "twenty first"},
		{ordinalWords(30), "thirtieth"},
		{twoDigits(r, "45"), "forty five"},
		{twoDigits(r, "12"), "twelve"},
		{hundredsForm(r, "555"), "five fifty five"},
		{hundredsForm(r, "800"), "eight hundred"},
		{pairsForm(r, "4567"), "forty five sixty seven"},
		{pairsForm(r, "4500"), "forty five hundred"},
		{spokenDigits(r, "5557", 0, 1), "triple five seven"},
		{yearWords(r, 1985), "nineteen eighty five"},
		{yearWords(r, 2012), "twenty twelve"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, strings.Join(tt.got, " "))
	}
	assert.Equal(t, "3rd", ordinalNumeral(3))
	assert.Equal(t, "11th", ordinalNumeral(11))
	assert.Equal(t, "22nd", ordinalNumeral(22))
}

func TestRoutingNumbers_HaveValidChecksum(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	w := []int{3, 7, 1, 3, 7, 1, 3, 7, 1}
	for range 200 {
		s := routingNumber(r)
		require.Len(t, s, 9)
		sum := 0
		for i := range 9 {
			d, _ := strconv.Atoi(s[i : i+1])
			sum += w[i] * d
		}
		assert.Zero(t, sum%10, s)
	}
}

func TestWords_SplitsPunctuation(t *testing.T) {
	got := words("Hi, it's Dr. Smith - 555-0100.")
	var texts, puncts []string
	for _, tk := range got {
		texts = append(texts, tk.text)
		puncts = append(puncts, tk.punct)
	}
	assert.Equal(t, []string{"Hi", "it's", "Dr", "Smith", "-", "555-0100"}, texts)
	assert.Equal(t, []string{",", "", ".", "", "", "."}, puncts)
}

// The committed sets must be exactly what the generator writes. The generator
// reads only the census files and its own frozen gazetteer snapshots (never
// redact's lists, which change every session), so the sets stay put when
// redact's lists change. The test skips where ../shared is absent, so run it in
// a checkout that sits beside shared/, as CI's does.
func TestGenerator_IsDeterministicAndMatchesTheCommittedSet(t *testing.T) {
	census := "../../../../shared/data/census1990-names"
	if _, err := os.Stat(census); err != nil {
		t.Skipf("census files not found at %s: %v", census, err)
	}
	out := filepath.Join(t.TempDir(), "transcripts.jsonl")
	require.NoError(t, run(out, census, "gazetteer-snapshot.txt.gz", 300, defaultSeed))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want := gunzipFile(t, "../transcripts.jsonl.gz")
	assert.True(t, bytes.Equal(want, got), "testdata/pii/transcripts.jsonl.gz differs from the generator's output (did the generator change?): regenerate with cd testdata/pii && go run ./gen")
}

// heldout.jsonl.gz was drawn at ffb064d, from the smaller lists of the time;
// its own snapshot keeps it reproducible.
func TestGenerator_MatchesTheCommittedHeldOutSet(t *testing.T) {
	census := "../../../../shared/data/census1990-names"
	if _, err := os.Stat(census); err != nil {
		t.Skipf("census files not found at %s: %v", census, err)
	}
	const seed = 4242
	heldout = rand.New(rand.NewPCG(seed, 99))
	t.Cleanup(func() { heldout = nil })
	out := filepath.Join(t.TempDir(), "heldout.jsonl")
	require.NoError(t, run(out, census, "gazetteer-snapshot-heldout.txt.gz", 300, seed))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want := gunzipFile(t, "../heldout.jsonl.gz")
	assert.True(t, bytes.Equal(want, got), "testdata/pii/heldout.jsonl.gz differs from the generator's output (did the generator change?): regenerate with cd testdata/pii && go run ./gen -heldout -seed 4242 -gazetteer gen/gazetteer-snapshot-heldout.txt.gz -o heldout.jsonl.gz")
}

// The generator must not read redact's name lists (nor anything else of
// redact's): no non-test file of it names that path or imports redact, so a
// change there cannot redraw the committed sets.
func TestGenerator_DoesNotReadRedactsLists(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if ok && lit.Kind == token.STRING {
				for _, path := range []string{"redact/", "/redact", "internal/names"} {
					assert.NotContains(t, lit.Value, path, "%s: %s", fset.Position(lit.Pos()), lit.Value)
				}
			}
			return true
		})
	}
}

// The snapshot reader rejects what is not a snapshot instead of drawing
// from empty pools.
func TestReadSnapshot_RejectsMalformedFiles(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"no-section":      "# c\nsmith\n",
		"unknown-section": "[first]\nann\n[middle]\nlee\n",
		"empty-section":   "[first]\nann\n[last]\n[common]\nwill\n",
	} {
		path := filepath.Join(dir, name+".txt")
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
		sets := map[string]map[string]bool{"first": {}, "last": {}, "common": {}}
		assert.Error(t, readSnapshot(path, sets), name)
	}
	path := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(path, []byte("# c\n[first]\nann\n[last]\nlee\n[common]\nwill\n"), 0o644))
	sets := map[string]map[string]bool{"first": {}, "last": {}, "common": {}}
	require.NoError(t, readSnapshot(path, sets))
	assert.Equal(t, map[string]bool{"lee": true}, sets["last"])
}

// gunzipFile returns the decompressed contents of a .gz file.
func gunzipFile(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	b, err := io.ReadAll(zr)
	require.NoError(t, err)
	return b
}
