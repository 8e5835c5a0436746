package redact_test

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// TestFind_DigestOfAllSets guards changes that must not change a single
// finding (speed-ups, refactorings): it runs Find over every record of
// every committed set in testdata/pii (both halves; only the words are
// read, no labels) under AnswersOff, AnswersOne and AnswersAll, plus the
// benchmark's generated calls, and writes one SHA-256 of all findings per
// set and mode to the file $REDACT_FINDINGS_DIGEST. With
// $REDACT_FINDINGS_DIGEST_WANT naming such a file written by another build
// (the base commit), it fails where a digest differs. Nothing of a record
// is printed, only the digests. Without $REDACT_FINDINGS_DIGEST it is
// skipped. Usage:
//
//	git stash; REDACT_FINDINGS_DIGEST=/tmp/base.txt go test ./redact -run DigestOfAllSets; git stash pop
//	REDACT_FINDINGS_DIGEST=/tmp/new.txt REDACT_FINDINGS_DIGEST_WANT=/tmp/base.txt go test ./redact -run DigestOfAllSets
func TestFind_DigestOfAllSets(t *testing.T) {
	out := os.Getenv("REDACT_FINDINGS_DIGEST")
	if out == "" {
		t.Skip("REDACT_FINDINGS_DIGEST names no file to write the digests to")
	}
	paths, err := filepath.Glob(filepath.FromSlash("../testdata/pii/*.jsonl.gz"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	sort.Strings(paths)
	sets := map[string][]*transcript.Transcript{}
	var names []string
	for _, p := range paths {
		name := filepath.Base(p)
		sets[name] = digestTranscripts(t, p)
		names = append(names, name)
	}
	sets["bench"] = []*transcript.Transcript{benchTranscript(1000, 7), benchTranscript(9000, 42), benchTranscript(36000, 3)}
	names = append(names, "bench")

	var lines []string
	for _, name := range names {
		for _, mode := range []redact.AnswerMode{redact.AnswersOff, redact.AnswersOne, redact.AnswersAll} {
			p := redact.DefaultPolicy()
			p.Answers = mode
			h := sha256.New()
			n := 0
			for _, tr := range sets[name] {
				fs, err := redact.Find(tr, p)
				require.NoError(t, err)
				writeFindings(h, fs)
				n += len(fs)
			}
			lines = append(lines, fmt.Sprintf("%s answers=%s records=%d findings=%d sha256=%s",
				name, mode, len(sets[name]), n, hex.EncodeToString(h.Sum(nil))))
		}
	}
	got := strings.Join(lines, "\n") + "\n"
	require.NoError(t, os.WriteFile(out, []byte(got), 0o644))
	if want := os.Getenv("REDACT_FINDINGS_DIGEST_WANT"); want != "" {
		b, err := os.ReadFile(want)
		require.NoError(t, err)
		assert.Equal(t, string(b), got, "findings differ from those of the build that wrote %s", want)
	}
}

// digestTranscripts reads the transcripts (words only) of every record of
// the set at path.
func digestTranscripts(t *testing.T, path string) []*transcript.Transcript {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	var out []*transcript.Transcript
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			Channels int `json:"channels"`
			Words    []struct {
				Text    string `json:"text"`
				Punct   string `json:"punct"`
				StartMS int    `json:"start_ms"`
				EndMS   int    `json:"end_ms"`
				Channel int    `json:"channel"`
				Speaker string `json:"speaker"`
			} `json:"words"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec), "%s record %d", filepath.Base(path), len(out))
		tr := &transcript.Transcript{Channels: rec.Channels, Source: transcript.FormatNative}
		for _, w := range rec.Words {
			tr.Words = append(tr.Words, transcript.Word{Text: w.Text, Punct: w.Punct,
				Start: time.Duration(w.StartMS) * time.Millisecond, End: time.Duration(w.EndMS) * time.Millisecond,
				Channel: w.Channel, Speaker: w.Speaker, Confidence: -1})
		}
		out = append(out, tr)
	}
	require.NoError(t, sc.Err())
	return out
}

// writeFindings writes every field of fs, in order, to h.
func writeFindings(h interface{ Write([]byte) (int, error) }, fs []redact.Finding) {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(fs)))
	for _, f := range fs {
		b = append(b, f.Type...)
		b = append(b, 0)
		b = binary.AppendVarint(b, int64(f.Start))
		b = binary.AppendVarint(b, int64(f.End))
		b = binary.AppendVarint(b, int64(f.Channel))
		b = binary.AppendVarint(b, int64(f.FirstWord))
		b = binary.AppendVarint(b, int64(f.LastWord))
		b = binary.AppendUvarint(b, math.Float64bits(f.Score))
		b = append(b, f.Recognizer...)
		b = append(b, 0)
	}
	_, _ = h.Write(b)
}
