package main

import (
	"flag"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseInterleaved(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		wantPos []string
		wantO   string
		wantJ   int
	}{
		{"flags first", []string{"-o", "out", "-j", "3", "a", "b"}, []string{"a", "b"}, "out", 3},
		{"flags after inputs", []string{"a", "b", "-o", "out"}, []string{"a", "b"}, "out", 1},
		{"mixed, double dash form", []string{"a", "--j=2", "b", "--o", "out", "c"}, []string{"a", "b", "c"}, "out", 2},
		{"-- ends flags", []string{"-o", "out", "--", "-j", "x"}, []string{"-j", "x"}, "out", 1},
		{"no inputs", []string{"-o", "out"}, nil, "out", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			o := fs.String("o", "", "")
			j := fs.Int("j", 1, "")
			pos, err := parseInterleaved(fs, tc.args)
			require.NoError(t, err)
			assert.Equal(t, tc.wantPos, pos)
			assert.Equal(t, tc.wantO, *o)
			assert.Equal(t, tc.wantJ, *j)
		})
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	_, err := parseInterleaved(fs, []string{"a", "-nope"})
	assert.Error(t, err)
}

func TestListFlag(t *testing.T) {
	var l listFlag
	require.NoError(t, l.Set("PHONE, card,,EMAIL"))
	require.NoError(t, l.Set("ZIP"))
	assert.Equal(t, listFlag{"PHONE", "card", "EMAIL", "ZIP"}, l)
	assert.Equal(t, "PHONE,card,EMAIL,ZIP", l.String())
}
