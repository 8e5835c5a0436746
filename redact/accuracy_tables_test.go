package redact_test

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// The counting and tabulating that the accuracy tests share: run Find
// over a set, count entities found per key, and lay the counts out in a
// table. Only counts ever reach the log, never text.

// forEachCovered runs Find under p over recs and calls each with every
// record, its transcript and which finding types cover each of its words
// (wordCover).
func forEachCovered(t *testing.T, recs []evalRecord, p redact.Policy, each func(rec *evalRecord, tr *transcript.Transcript, cover []typeMask)) {
	t.Helper()
	for i := range recs {
		rec := &recs[i]
		tr := rec.transcript()
		findings, err := redact.Find(tr, p)
		require.NoError(t, err, rec.ID)
		each(rec, tr, wordCover(tr, findings))
	}
}

// recallCounts counts entities, and the entities found, per key.
type recallCounts[K comparable] struct{ total, found map[K]int }

func newRecallCounts[K comparable]() recallCounts[K] {
	return recallCounts[K]{total: map[K]int{}, found: map[K]int{}}
}

// add counts one entity under k, found or not.
func (c recallCounts[K]) add(k K, found bool) {
	c.total[k]++
	if found {
		c.found[k]++
	}
}

// keys returns the keys counted, ordered by compare.
func (c recallCounts[K]) keys(compare func(a, b K) int) []K {
	return sortedKeys(c.total, compare)
}

// sortedKeys returns m's keys ordered by compare.
func sortedKeys[K comparable, V any](m map[K]V, compare func(a, b K) int) []K {
	return slices.SortedFunc(maps.Keys(m), compare)
}

// byTypeThen orders keys by their type, then by a second string (a form,
// a style, how an entity was heard).
func byTypeThen[K any](typ func(K) redact.Type, then func(K) string) func(a, b K) int {
	return func(a, b K) int {
		return cmp.Or(cmp.Compare(typ(a), typ(b)), strings.Compare(then(a), then(b)))
	}
}

// alignedTable lays out what rows writes (tab-separated cells, each row
// ending in a tab and a newline) under header, right-aligned as every
// accuracy table is.
func alignedTable(header string, rows func(w io.Writer)) string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, header)
	rows(tw)
	tw.Flush()
	return b.String()
}
