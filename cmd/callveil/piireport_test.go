package main

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"encoding/json"

	"filippo.io/age"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoCalls copies call1 and call2 of testdata/calls into dir/in.
func twoCalls(t *testing.T, dir string) string {
	t.Helper()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o755))
	for _, f := range []string{"call1.wav", "call1.json", "call2.wav", "call2.json"} {
		copyFile(t, filepath.Join("..", "..", "testdata", "calls", f), filepath.Join(in, f))
	}
	return in
}

func TestPIIReport_RefusesToWriteUnencrypted(t *testing.T) {
	root := t.TempDir()
	in := twoCalls(t, root)
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	rcpt := id.Recipient().String()
	report := filepath.Join(root, "report.age")
	out := filepath.Join(root, "out")
	for name, c := range map[string]struct {
		args []string
		msg  string
	}{
		"no recipient":         {[]string{"--pii-report", report}, "--age-recipient"},
		"empty recipient":      {[]string{"--pii-report", report, "--age-recipient", ""}, "--age-recipient"},
		"not an age key":       {[]string{"--pii-report", report, "--age-recipient", "ssh-ed25519 AAAA"}, "age X25519"},
		"recipient alone":      {[]string{"--age-recipient", rcpt}, "--pii-report"},
		"report inside OUTDIR": {[]string{"--pii-report", filepath.Join(out, "r.age"), "--age-recipient", rcpt}, "output folder"},
	} {
		t.Run(name, func(t *testing.T) {
			args := append([]string{"anonymize"}, c.args...)
			res := runCLI(t, append(args, in, "-o", out)...)
			assert.Equal(t, exitUsage, res.code, res.stderr)
			assert.Contains(t, res.stderr, c.msg)
			assert.NoFileExists(t, report)
			assert.NoDirExists(t, out, "nothing was processed")
		})
	}
	t.Run("existing report", func(t *testing.T) {
		require.NoError(t, os.WriteFile(report, []byte("earlier"), 0o600))
		defer os.Remove(report)
		res := runCLI(t, "anonymize", "--pii-report", report, "--age-recipient", rcpt, in, "-o", out)
		assert.Equal(t, exitUsage, res.code, res.stderr)
		assert.Contains(t, res.stderr, "already exists")
		data, err := os.ReadFile(report)
		require.NoError(t, err)
		assert.Equal(t, "earlier", string(data), "never replaced")
	})
}

func TestPIIReport_EncryptedWithTheMatchedTextAndSpans(t *testing.T) {
	root := t.TempDir()
	in := twoCalls(t, root)
	key := filepath.Join(root, "k")
	require.Equal(t, 0, runCLI(t, "keygen", "-o", key).code)
	id, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	audit := filepath.Join(root, "audit")
	require.NoError(t, os.MkdirAll(audit, 0o700))
	report := filepath.Join(audit, "report.age")
	tmp := filepath.Join(root, "tmp")
	require.NoError(t, os.MkdirAll(tmp, 0o755))
	out := filepath.Join(root, "out")

	res := runCLIEnv(t, []string{"TMPDIR=" + tmp}, "anonymize", "--quiet", "--key-file", key,
		"--pii-report", report, "--age-recipient", id.Recipient().String(), in, "-o", out)
	require.Equal(t, exitOK, res.code, res.stderr)

	// Only the encrypted file is on disk: no temporary next to it, nothing
	// in TMPDIR, and the ciphertext holds none of the text.
	entries, err := os.ReadDir(audit)
	require.NoError(t, err)
	require.Len(t, entries, 1, "only the report, no temporary file")
	st, err := os.Stat(report)
	require.NoError(t, err)
	assert.True(t, st.Mode().IsRegular())
	tmpEntries, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, tmpEntries, "nothing written to TMPDIR")
	cipher, err := os.ReadFile(report)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(cipher, []byte("age-encryption.org/v1\n")), "an age file")

	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	require.Len(t, lines, 2)
	manifestByID := map[string]manifestLine{}
	for _, l := range lines {
		manifestByID[l.ID] = l
	}

	// The wrong identity cannot read it.
	other, err := age.GenerateX25519Identity()
	require.NoError(t, err)
	_, err = age.Decrypt(bytes.NewReader(cipher), other)
	assert.Error(t, err)

	r, err := age.Decrypt(bytes.NewReader(cipher), id)
	require.NoError(t, err)
	plain, err := io.ReadAll(r)
	require.NoError(t, err)
	sc := bufio.NewScanner(bytes.NewReader(plain))
	sc.Buffer(nil, 1<<20)
	byInput := map[string]piiReportLine{}
	for sc.Scan() {
		var l piiReportLine
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "report line %q", sc.Text())
		byInput[l.Input] = l
	}
	require.Len(t, byInput, 2, "one line per recording")
	for input, want := range map[string][]string{
		"call1.wav": {"maria gonzalez", "4111", "maria.gonzalez@example.com", "daniel"},
		"call2.wav": {"whitaker", "5555", "415"},
	} {
		l := byInput[input]
		assert.Empty(t, l.Error)
		m, ok := manifestByID[l.ID]
		require.True(t, ok, "%s: the report's id is the manifest's", input)
		counts := map[string]int{}
		var texts []string
		for _, f := range l.Findings {
			counts[f.Type]++
			texts = append(texts, strings.ToLower(f.Text))
			assert.Less(t, f.Start, f.End)
			assert.GreaterOrEqual(t, f.Start, 0.0)
			assert.GreaterOrEqual(t, f.Channel, 0)
			assert.NotEmpty(t, f.Text)
			// Every finding lies in a bleeped span of the manifest.
			inSpan := false
			for _, s := range m.Spans {
				if (s.Channel == f.Channel || s.Channel == -1) && s.Start <= f.Start && f.End <= s.End {
					inSpan = true
				}
			}
			assert.True(t, inSpan, "%s: %s %v-%v inside a bleeped span", input, f.Type, f.Start, f.End)
		}
		assert.Equal(t, m.Findings, counts, "%s: the findings the manifest counts", input)
		all := strings.Join(texts, "\n")
		for _, w := range want {
			assert.Contains(t, all, w, "%s: the report holds the matched text", input)
			assert.NotContains(t, strings.ToLower(string(cipher)), w)
		}
	}
	// The shared output holds no report and no report text.
	require.NoError(t, filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		if d.IsDir() {
			return nil
		}
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.False(t, bytes.HasPrefix(data, []byte("age-encryption.org")), "%s is not the report", p)
		assert.NotContains(t, strings.ToLower(string(data)), "maria.gonzalez@example.com", p)
		return nil
	}))
}
