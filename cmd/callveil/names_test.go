package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
)

func testKey(t *testing.T, b byte) anonymize.Key {
	t.Helper()
	k, err := anonymize.KeyFromBytes([]byte(strings.Repeat(string(rune('a'+b)), 32)))
	require.NoError(t, err)
	return k
}

func TestNamer_HashHidesFileNames(t *testing.T) {
	n := namer{key: testKey(t, 0)}
	rel := "agents/jane.doe/2025-09-12_+15551234567.wav"
	id := n.id(rel)
	assert.Regexp(t, regexp.MustCompile(`^[0-9a-f]{20}$`), id)
	assert.Equal(t, id, n.id(rel), "stable under one key")
	assert.NotEqual(t, id, namer{key: testKey(t, 1)}.id(rel), "depends on the key")
	assert.NotEqual(t, id, n.id("agents/jane.doe/2025-09-12_+15551234568.wav"))

	o := n.outputs(rel, id, "/in/agents/jane.doe/2025-09-12_+15551234567.JSON", true)
	assert.Equal(t, outputNames{Audio: id + ".wav", Transcript: id + ".json", Native: id + ".callveil.json"}, o)
	for _, p := range []string{o.Audio, o.Transcript, o.Native} {
		for _, leak := range []string{"jane", "doe", "5551234567", "agents", "2025"} {
			assert.NotContains(t, p, leak)
		}
	}
}

func TestNamer_KeepMirrorsTree(t *testing.T) {
	n := namer{keep: true, key: testKey(t, 0)}
	rel := "x/y/call.mp3"
	o := n.outputs(rel, n.id(rel), "/t/x/y/call.vtt", false)
	assert.Equal(t, outputNames{Audio: "x/y/call.wav", Transcript: "x/y/call.vtt"}, o)
	// No transcript: audio only, and --native-json has nothing to write.
	assert.Equal(t, outputNames{Audio: "x/y/call.wav"}, n.outputs(rel, n.id(rel), "", true))
}

func TestParseNames(t *testing.T) {
	keep, err := parseNames("keep")
	require.NoError(t, err)
	assert.True(t, keep)
	keep, err = parseNames("hash")
	require.NoError(t, err)
	assert.False(t, keep)
	_, err = parseNames("plain")
	assert.Error(t, err)
}
