package redact

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"math/rand"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What the two trained models' trainers share (addrtag_train_test.go,
// nametag_train_test.go): their training data's reading, the numbering of
// feature names, the shuffled epochs and integer averaging of an averaged
// perceptron, the four-in-five held-out split and the check that a
// committed weight table is what the trainer writes.

// featureIDs numbers feature names in the order first seen.
type featureIDs struct {
	ids   map[string]int32
	names []string
}

func newFeatureIDs() *featureIDs { return &featureIDs{ids: map[string]int32{}} }

func (f *featureIDs) id(b []byte) int32 {
	if id, ok := f.ids[string(b)]; ok {
		return id
	}
	id := int32(len(f.names))
	f.ids[string(b)] = id
	f.names = append(f.names, string(b))
	return id
}

// gzipLines calls line with each line of the gzipped file at path.
func gzipLines(t testing.TB, path string, line func(string)) {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	z, err := gzip.NewReader(f)
	require.NoError(t, err)
	s := bufio.NewScanner(z)
	for s.Scan() {
		line(s.Text())
	}
	require.NoError(t, s.Err())
}

// perceptronEpochs calls step with the index of each of n examples,
// epochs times, each epoch in a new order shuffled by a generator seeded
// with seed, so that training gives the same table on every machine.
func perceptronEpochs(n, epochs int, seed int64, step func(i int)) {
	r := rand.New(rand.NewSource(seed))
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for e := 0; e < epochs; e++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			step(i)
		}
	}
}

// averagedWeight is an averaged perceptron's weight w - u/c (w the final
// weight, u the sum of its updates each times the count c at the update),
// times scale, rounded half away from zero in integers and clamped to
// ±32767.
func averagedWeight(w, u, c, scale int64) int16 {
	num := (w*c - u) * scale
	q := num / c
	if rem := num % c; 2*abs64(rem) >= c {
		if num > 0 {
			q++
		} else {
			q--
		}
	}
	return int16(max(-32767, min(32767, q)))
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// heldOutSplit puts every fifth item in test, the others in train.
func heldOutSplit[T any](xs []T) (train, test []T) {
	for i, x := range xs {
		if i%5 == 4 {
			test = append(test, x)
		} else {
			train = append(train, x)
		}
	}
	return train, test
}

// checkWeightsTable writes src to file under update, and otherwise
// checks that file holds src; how is the command that rewrites it.
func checkWeightsTable(t *testing.T, file string, src []byte, update bool, how string) {
	if update {
		require.NoError(t, os.WriteFile(file, src, 0o644))
		return
	}
	have, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(have, src), "%s is not what the trainer writes: %s", file, how)
}

func TestAveragedWeight(t *testing.T) {
	// (w*c - u)*scale/c: 3000/4 = 750; -1000/3 = -333.3 -> -333; half
	// way rounds away from zero: ±1000/16 = ±62.5 -> ±63.
	assert.Equal(t, int16(750), averagedWeight(1, 1, 4, 1000))
	assert.Equal(t, int16(-333), averagedWeight(0, 1, 3, 1000))
	assert.Equal(t, int16(63), averagedWeight(0, -1, 16, 1000))
	assert.Equal(t, int16(-63), averagedWeight(0, 1, 16, 1000))
	assert.Equal(t, int16(32767), averagedWeight(100, 0, 2, 1000))
	assert.Equal(t, int16(-32767), averagedWeight(-100, 0, 2, 1000))
}

func TestHeldOutSplit(t *testing.T) {
	train, test := heldOutSplit([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	assert.Equal(t, []int{0, 1, 2, 3, 5, 6, 7, 8, 10}, train)
	assert.Equal(t, []int{4, 9}, test)
}
