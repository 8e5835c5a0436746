package main

import (
	"errors"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/store"
)

// Object keys come from bucket listings and folder names from the disk:
// both are untrusted. These targets check the functions that read them.

// FuzzFileblobTempOf checks the parser of fileblob's temporary names
// ("FINAL.HEX.tmp"): what it accepts is FINAL, a dot, lower-case hex
// digits and ".tmp", and a name built that way parses back to FINAL.
func FuzzFileblobTempOf(f *testing.F) {
	for _, s := range []string{
		"call.wav.1a2b3c.tmp", "out.jsonl.0.tmp", "x.tmp", ".tmp", "a..tmp", ".abc.tmp",
		"a.ABC.tmp", "a.b.c.tmp", "a.g1.tmp", "a.12.tmp.tmp", "manifest.jsonl",
	} {
		f.Add(s, "")
	}
	f.Add("", "call.wav")
	f.Fuzz(func(t *testing.T, name, final string) {
		if got, ok := fileblobTempOf(name); ok {
			rest := strings.TrimPrefix(name, got+".")
			hexPart, isTmp := strings.CutSuffix(rest, ".tmp")
			if got == "" || !strings.HasPrefix(name, got+".") || !isTmp || hexPart == "" ||
				strings.Trim(hexPart, "0123456789abcdef") != "" {
				t.Fatalf("%q parsed as the temporary of %q", name, got)
			}
		}
		if final != "" {
			tmp := final + ".0f9e.tmp"
			if got, ok := fileblobTempOf(tmp); !ok || got != final {
				t.Fatalf("%q parsed as %q, %v; want %q", tmp, got, ok, final)
			}
		}
	})
}

// FuzzIsPartOf checks the test of a listed key for being a part of a
// manifest: a key it accepts lies directly under the parts prefix and ends
// in .jsonl, and every part name a run writes is accepted, with its run id
// and line number read back from it.
func FuzzIsPartOf(f *testing.F) {
	f.Add("manifest.jsonl.parts/20250101T000000Z-0a1b2c3d-000001.jsonl", "manifest.jsonl", 1)
	f.Add("manifest.jsonl.parts/x/y.jsonl", "manifest.jsonl", 7)
	f.Add("manifest.jsonl.parts/.jsonl", "manifest.jsonl", 0)
	f.Add("manifest.jsonl.partsx/a.jsonl", "manifest.jsonl", 1000000)
	f.Add("manifest.jsonl", "manifest.jsonl", -1)
	f.Add("runs/m.jsonl.parts/a.jsonl", "runs/m.jsonl", 42)
	f.Fuzz(func(t *testing.T, key, name string, seq int) {
		if isPartOf(key, name) {
			rest, ok := strings.CutPrefix(key, name+partsSuffix)
			if !ok || strings.Contains(rest, "/") || !strings.HasSuffix(rest, ".jsonl") {
				t.Fatalf("%q taken as a part of %q", key, name)
			}
		}
		if seq < 1 {
			return
		}
		m := &bucketManifest{name: name, runID: newRunID()}
		part := m.partName(seq)
		if !isPartOf(part, name) {
			t.Fatalf("part %q of %q not recognised", part, name)
		}
		rest := strings.TrimSuffix(strings.TrimPrefix(part, name+partsSuffix), ".jsonl")
		i := strings.LastIndexByte(rest, '-')
		var back int
		for _, c := range rest[i+1:] {
			if c < '0' || c > '9' {
				t.Fatalf("part %q: line number %q", part, rest[i+1:])
			}
			back = back*10 + int(c-'0')
		}
		if rest[:i] != m.runID || back != seq {
			t.Fatalf("part %q reads back as run %q line %d, want %q %d", part, rest[:i], back, m.runID, seq)
		}
	})
}

// FuzzSplitSingleInput checks the split of an input URL naming one
// recording: the prefix and name it returns join back to the same object
// key, the name holds no "/" and has a recording's extension, and
// anything else is returned unchanged.
func FuzzSplitSingleInput(f *testing.F) {
	for _, s := range []string{
		"s3://b/calls/x.wav", "s3://b/calls/", "s3://b/calls/x.WAV?region=eu-west-1", "mem:///a/b.mp3",
		"s3://b/x.json", "s3://b/%3F.wav", "s3://b/a%2Fb.wav", "s3://b/dir.wav/", "gs://b/x.wav#f", "s3://b/%25.wav", "s3://b/calls//x.wav", "s3://b//x.wav",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !store.IsURL(in) {
			return // local paths: splitSingleInput stats them
		}
		where, only, err := splitSingleInput(in)
		if err != nil {
			if !errors.Is(err, store.ErrURL) {
				t.Fatalf("%q: error %v does not wrap ErrURL", in, err)
			}
			return
		}
		if only == "" {
			if where != in {
				t.Fatalf("%q returned as %q", in, where)
			}
			return
		}
		if strings.Contains(only, "/") || !audioExts[strings.ToLower(path.Ext(only))] {
			t.Fatalf("%q: name %q", in, only)
		}
		u, err1 := url.Parse(in)
		w, err2 := url.Parse(where)
		if err1 != nil || err2 != nil {
			t.Fatalf("%q split into %q: %v %v", in, where, err1, err2)
		}
		if w.Scheme != u.Scheme || w.Host != u.Host || w.RawQuery != u.RawQuery || w.Path+only != u.Path {
			t.Fatalf("%q split into %q (path %q) + %q", in, where, w.Path, only)
		}
		// The object read is the one named: the key of only under the
		// prefix store makes of where.
		if k := store.At(nil, w.Scheme, w.Host, strings.TrimPrefix(w.Path, "/")).Key(only); k != strings.TrimPrefix(u.Path, "/") {
			t.Fatalf("%q split into %q + %q reads key %q", in, where, only, k)
		}
	})
}

// FuzzRecordingKey checks what is made of a listed object key that
// findObjects takes as a recording (no hidden element, a recording's
// extension): its transcript is paired by the same base name only, and
// its output names, under --names keep or hash, stay inside the output
// prefix and folder (no ".." escapes it, on the disk or as a key).
func FuzzRecordingKey(f *testing.F) {
	for _, s := range [][2]string{
		{"2025/09/call1.wav", "2025/09/call1.json"}, {"agent/call.MP3", "agent/call.VTT"},
		{"a/../b.wav", "a/../b.json"}, {"/x.wav", "/x.srt"}, {"a//b.flac", "a//b.Json"},
		{"..wav", "..json"}, {"a.b.wav", "a.json"}, {`..\x.wav`, `..\x.json`}, {"x.wav", "x.wav.json"},
	} {
		f.Add(s[0], s[1])
	}
	k, err := anonymize.KeyFromBytes([]byte(strings.Repeat("k", 32)))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, key, tr string) {
		if hiddenKey(key) || !audioExts[strings.ToLower(path.Ext(key))] {
			return // findObjects skips it
		}
		names := map[string]bool{}
		if isTranscriptName(tr) && !hiddenKey(tr) {
			names[tr] = true
		}
		got := pickTranscript(relStripExt(key), names)
		if got != "" && (got != tr || relStripExt(tr) != relStripExt(key)) {
			t.Fatalf("recording %q paired with %q", key, got)
		}
		root := filepath.FromSlash("/out/run")
		for _, keep := range []bool{true, false} {
			n := namer{keep: keep, key: k}
			o := n.outputs(key, n.id(key), got, true)
			for _, name := range []string{o.Audio, o.Transcript, o.Native} {
				if name == "" {
					continue
				}
				if p := outPath(root, name); !strings.HasPrefix(p, root+string(filepath.Separator)) {
					t.Fatalf("recording %q: output %q lands at %q, outside %q", key, name, p, root)
				}
				if c := path.Clean("out/" + name); !strings.HasPrefix(c, "out/") {
					t.Fatalf("recording %q: output key %q cleans to %q, outside out/", key, name, c)
				}
			}
		}
	})
}

func TestSplitSingleInput_RefusesEmptyElementBeforeName(t *testing.T) {
	for _, in := range []string{"s3://b/calls//x.wav?profile=ops", "s3://b//x.wav"} {
		_, _, err := splitSingleInput(in)
		require.ErrorIs(t, err, store.ErrURL, in)
		assert.NotContains(t, err.Error(), "profile", "the query is not printed")
	}
	where, only, err := splitSingleInput("s3://b/calls/x.wav?profile=ops")
	require.NoError(t, err)
	assert.Equal(t, "s3://b/calls/?profile=ops", where)
	assert.Equal(t, "x.wav", only)
}
