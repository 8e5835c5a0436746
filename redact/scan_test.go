package redact_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

func TestWriteFindings_NeverWriteTheText(t *testing.T) {
	t.Parallel()
	tr := words("my name is Zebediah Quistgaard and my number is 555-123-4567")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	require.Len(t, fs, 2)

	var table, jsonl bytes.Buffer
	require.NoError(t, redact.WriteFindingsTable(&table, fs))
	require.NoError(t, redact.WriteFindingsJSON(&jsonl, fs, nil))
	for _, out := range []string{table.String(), jsonl.String()} {
		assert.NotContains(t, out, "Zebediah")
		assert.NotContains(t, out, "555")
	}
	lines := strings.Split(strings.TrimSpace(table.String()), "\n")
	require.Len(t, lines, 3)
	assert.Equal(t, []string{"TYPE", "START", "END", "CHANNEL", "RECOGNIZER", "SCORE"}, strings.Fields(lines[0]))
	assert.Equal(t, "PERSON", strings.Fields(lines[1])[0])

	var got []redact.FindingJSON
	for _, l := range strings.Split(strings.TrimSpace(jsonl.String()), "\n") {
		var j redact.FindingJSON
		require.NoError(t, json.Unmarshal([]byte(l), &j))
		got = append(got, j)
	}
	require.Len(t, got, 2)
	assert.Equal(t, redact.Phone, got[1].Type)
	assert.Equal(t, fs[1].Start.Seconds(), got[1].Start)
	assert.Empty(t, got[1].Text)
}

func TestWriteFindings_ShowText(t *testing.T) {
	t.Parallel()
	tr := words("my number is 555-123-4567")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	var table, jsonl bytes.Buffer
	require.NoError(t, redact.WriteFindingsTableText(&table, fs, tr))
	require.NoError(t, redact.WriteFindingsJSON(&jsonl, fs, tr))
	assert.Contains(t, table.String(), "555-123-4567")
	assert.Contains(t, jsonl.String(), `"text":"555-123-4567"`)
}
