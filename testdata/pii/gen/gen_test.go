package main

import (
	"bytes"
	"compress/gzip"
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

// The committed set must be exactly what the generator writes. The generator
// reads redact's name lists (which names are in the gazetteer, which are common
// words), so a change to redact/internal/names redraws the set: regenerate it
// then. The test skips where ../shared is absent, so run it in a checkout that
// sits beside shared/, as CI's does.
func TestGenerator_IsDeterministicAndMatchesTheCommittedSet(t *testing.T) {
	census := "../../../../shared/data/census1990-names"
	if _, err := os.Stat(census); err != nil {
		t.Skipf("census files not found at %s: %v", census, err)
	}
	out := filepath.Join(t.TempDir(), "transcripts.jsonl")
	require.NoError(t, run(out, census, "../../../redact/internal/names", 300, defaultSeed))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want := gunzipFile(t, "../transcripts.jsonl.gz")
	assert.True(t, bytes.Equal(want, got), "testdata/pii/transcripts.jsonl.gz differs from the generator's output (did redact/internal/names change?): regenerate with cd testdata/pii && go run ./gen")
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
