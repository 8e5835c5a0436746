package hardening_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
)

// truthFile is the part of testdata/calls/*.truth.json the leak test uses.
type truthFile struct {
	Entities []struct {
		Type   string `json:"type"`
		Text   string `json:"text"`
		Spoken string `json:"spoken"`
	} `json:"entities"`
	MetadataPII []struct {
		Text string `json:"text"`
	} `json:"metadata_pii"`
}

var digitWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// piiForms returns the strings under which the PII text s could leak:
// itself (trimmed, lower case), its digits alone when it holds a long
// number, and those digits as spoken words.
func piiForms(s string) []string {
	s = strings.ToLower(strings.Trim(s, " .,?!;:"))
	out := []string{s}
	var digits []byte
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits = append(digits, byte(r))
		}
	}
	if len(digits) >= 7 {
		out = append(out, string(digits))
	}
	if len(digits) >= 4 {
		var w []string
		for _, d := range digits {
			w = append(w, digitWords[d-'0'])
		}
		out = append(out, strings.Join(w, " "))
	}
	return out
}

// metadataChunks are bext and iXML chunks holding PII, as broadcast and
// field recorders write them.
var metadataPII = []string{"Caller Maria Gonzalez 202-555-0142", "agent-daniel-desk-7", "card 4111 1111 1111 1111", "maria.gonzalez@example.com"}

// withMetadata inserts bext and iXML chunks with metadataPII before the
// data chunk of a WAV file.
func withMetadata(t *testing.T, wav []byte) []byte {
	t.Helper()
	bext := make([]byte, 602)
	copy(bext, metadataPII[0])           // Description[256]
	copy(bext[256:], metadataPII[1])     // Originator[32]
	copy(bext[288:], "REF-2025-09-12-x") // OriginatorReference[32]
	ixml := []byte("<?xml version=\"1.0\"?><BWFXML><NOTE>" + metadataPII[2] + " " + metadataPII[3] + "</NOTE></BWFXML>")
	chunk := func(id string, data []byte) []byte {
		b := []byte(id)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(data)))
		b = append(b, data...)
		if len(data)%2 == 1 {
			b = append(b, 0)
		}
		return b
	}
	i := bytes.Index(wav, []byte("data"))
	require.Positive(t, i)
	out := append([]byte{}, wav[:i]...)
	out = append(out, chunk("bext", bext)...)
	out = append(out, chunk("iXML", ixml)...)
	out = append(out, wav[i:]...)
	binary.LittleEndian.PutUint32(out[4:], uint32(len(out)-8))
	return out
}

// wavChunks walks the RIFF chunks of a WAV file and returns their ids.
func wavChunks(t *testing.T, data []byte) []string {
	t.Helper()
	require.GreaterOrEqual(t, len(data), 12)
	require.Equal(t, "RIFF", string(data[:4]))
	require.Equal(t, "WAVE", string(data[8:12]))
	assert.Equal(t, uint32(len(data)-8), binary.LittleEndian.Uint32(data[4:]), "RIFF size")
	var ids []string
	for pos := 12; pos < len(data); {
		require.LessOrEqual(t, pos+8, len(data), "whole chunk header")
		size := int(binary.LittleEndian.Uint32(data[pos+4:]))
		ids = append(ids, string(data[pos:pos+4]))
		pos += 8 + size + size%2
		require.LessOrEqual(t, pos, len(data)+size%2, "chunk %s within the file", ids[len(ids)-1])
	}
	return ids
}

// leakInputs builds the input tree: the example calls under file names
// that are themselves PII, one more with bext and iXML chunks, and returns
// the PII strings and the input base names.
func leakInputs(t *testing.T, in string) (pii, stems []string) {
	t.Helper()
	src := filepath.Join("..", "testdata", "calls")
	require.NoError(t, os.MkdirAll(in, 0o755))
	names := map[string]string{
		"call1": "2025-09-12 Maria Gonzalez +12025550142",
		"call2": "whitaker_james_4155550187",
		"call3": "priya.raman@example.net",
		"call4": "inbound tom becker",
		"call5": "grace_okafor_ssn",
	}
	seen := map[string]bool{}
	add := func(s ...string) {
		for _, p := range s {
			if p != "" && !seen[p] {
				seen[p] = true
				pii = append(pii, p)
			}
		}
	}
	for call, stem := range names {
		audioName := call + ".wav"
		if _, err := os.Stat(filepath.Join(src, audioName)); err != nil {
			audioName = call + ".mp3" // call4 is an MP3 with ID3 tags
		}
		data, err := os.ReadFile(filepath.Join(src, audioName))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, stem+filepath.Ext(audioName)), data, 0o644))
		tr, err := os.ReadFile(filepath.Join(src, call+".json"))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, stem+".json"), tr, 0o644))
		stems = append(stems, strings.ToLower(stem))

		var truth truthFile
		data, err = os.ReadFile(filepath.Join(src, call+".truth.json"))
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &truth))
		require.NotEmpty(t, truth.Entities)
		for _, e := range truth.Entities {
			add(piiForms(e.Text)...)
			add(piiForms(e.Spoken)...)
			if e.Type == "PERSON" {
				for _, w := range strings.FieldsFunc(e.Spoken, func(r rune) bool { return !unicode.IsLetter(r) }) {
					if len(w) >= 4 {
						add(strings.ToLower(w)) // a first or last name alone
					}
				}
			}
		}
		for _, m := range truth.MetadataPII {
			add(piiForms(m.Text)...)
			for _, w := range strings.Fields(m.Text) {
				if strings.ContainsAny(w, "@0123456789") && len(w) >= 7 {
					add(piiForms(w)...)
				}
			}
		}
	}
	// call1 again, with broadcast-WAV and iXML metadata.
	wav, err := os.ReadFile(filepath.Join(src, "call1.wav"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(in, "bwf caller 2025550142.wav"), withMetadata(t, wav), 0o644))
	tr, err := os.ReadFile(filepath.Join(src, "call1.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(in, "bwf caller 2025550142.json"), tr, 0o644))
	stems = append(stems, "bwf caller 2025550142")
	for _, m := range metadataPII {
		add(piiForms(m)...)
	}
	// Two recordings whose transcripts are broken: their error messages
	// (which quote paths and values) reach the manifest and stderr.
	wav2, err := os.ReadFile(filepath.Join(src, "call2.wav"))
	require.NoError(t, err)
	for stem, trData := range map[string]string{
		"john.doe@example.com 5551234567": `{"text":"x","segments":[{"start":"x 5551234567","end":1}]}`,
		"jane roe 5559876543":             "1\n99999999:99:99,999 --> 5559876543\nmy number is 555 987 6543\n",
	} {
		ext := ".json"
		if !strings.HasPrefix(trData, "{") {
			ext = ".srt"
		}
		require.NoError(t, os.WriteFile(filepath.Join(in, stem+".wav"), wav2, 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(in, stem+ext), []byte(trData), 0o644))
		stems = append(stems, stem)
	}
	add("john.doe@example.com", "john.doe", "5551234567", "5559876543", "555 987 6543")
	sort.Strings(pii)
	return pii, stems
}

// brokenLeakInputs is how many of leakInputs' recordings are refused.
const brokenLeakInputs = 2

// produced collects every byte a run produced: each file under the given
// folders, and the run's stdout and stderr.
func produced(t *testing.T, res cliRun, dirs ...string) map[string][]byte {
	t.Helper()
	all := map[string][]byte{"stdout": []byte(res.stdout), "stderr": []byte(res.stderr)}
	for _, dir := range dirs {
		require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			all[p] = data
			return err
		}))
	}
	return all
}

func TestLeaks_NoPIIInAnyByteTheCLIProduces(t *testing.T) {
	root := t.TempDir()
	in, out, tmp := filepath.Join(root, "in"), filepath.Join(root, "out"), filepath.Join(root, "tmp")
	require.NoError(t, os.MkdirAll(tmp, 0o755))
	pii, stems := leakInputs(t, in)

	keyBytes := make([]byte, anonymize.KeySize)
	for i := range keyBytes {
		keyBytes[i] = byte(0xA0 + i)
	}
	k, err := anonymize.KeyFromBytes(keyBytes)
	require.NoError(t, err)
	keyFile := filepath.Join(root, "secret.key")
	require.NoError(t, anonymize.WriteKeyFile(keyFile, k))
	st, err := os.Stat(keyFile)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o600), st.Mode().Perm(), "key files are created 0600")

	res := runCLI(t, []string{"TMPDIR=" + tmp}, "anonymize", "--key-file", keyFile, "-j", "2", "--native-json", in, "-o", out)
	require.Equal(t, 1, res.code, "two recordings refused: %s", res.stderr)
	files := produced(t, res, out, tmp)
	require.Greater(t, len(files), 2*len(stems), "outputs for every recording")

	keyHex := hex.EncodeToString(keyBytes)
	forbidden := append(append([]string{}, pii...), stems...)
	forbidden = append(forbidden, keyHex, keyHex[:16], keyHex[len(keyHex)-16:])
	t.Logf("searching %d files for %d PII strings, %d input names and the key", len(files), len(pii), len(stems))
	// Control: the same search finds the PII in the inputs, and the key in
	// the key file, so a leak would not slip past it.
	inputs := produced(t, cliRun{}, in)
	var inputBytes []byte
	for _, data := range inputs {
		inputBytes = append(inputBytes, bytes.ToLower(data)...)
	}
	found := 0
	for _, p := range pii {
		if bytes.Contains(inputBytes, []byte(p)) {
			found++
		}
	}
	assert.Greater(t, found, len(pii)/2, "most PII strings occur verbatim in the inputs")
	for _, m := range metadataPII {
		assert.True(t, bytes.Contains(inputBytes, []byte(strings.ToLower(m))), "control: %q is in the inputs", m)
	}
	keyData, err := os.ReadFile(keyFile)
	require.NoError(t, err)
	require.Contains(t, string(keyData), keyHex, "control: the key file holds the hex")
	t.Logf("control: %d of %d PII strings occur verbatim in the inputs", found, len(pii))
	for where, data := range files {
		lower := bytes.ToLower(data)
		for _, p := range forbidden {
			assert.False(t, bytes.Contains(lower, []byte(strings.ToLower(p))), "%q found in %s", p, where)
		}
		assert.False(t, bytes.Contains(data, keyBytes), "raw key bytes in %s", where)
	}

	// Every WAV written holds only fmt and data: no LIST/INFO (call5), ID3
	// (call4), bext or iXML from the inputs.
	wavs := 0
	for where, data := range files {
		if strings.HasSuffix(where, ".wav") {
			wavs++
			assert.Equal(t, []string{"fmt ", "data"}, wavChunks(t, data), where)
		}
	}
	assert.Equal(t, len(stems)-brokenLeakInputs, wavs, "one WAV per recording not refused")

	// File names are keyed hashes; the manifest names no input.
	hexName := regexp.MustCompile(`^[0-9a-f]{20}(\.wav|\.json|\.callveil\.json)$`)
	lines, raw, _ := readManifest(t, filepath.Join(out, "manifest.jsonl"), false)
	require.Len(t, lines, len(stems))
	refused := 0
	for i, l := range lines {
		if l.Status == "refused" {
			refused++
			assert.Equal(t, "transcript_invalid", l.ErrorCategory)
			assert.NotEmpty(t, l.Error, "the reason is given, scrubbed")
		} else {
			assert.Equal(t, "ok", l.Status, l.Error)
		}
		assert.NotContains(t, raw[i], "input")
	}
	assert.Equal(t, brokenLeakInputs, refused)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "manifest") {
			assert.Regexp(t, hexName, e.Name())
		}
	}
}

func TestLeaks_VoiceIDsAreKeyedAndRevealNoParameters(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	require.NoError(t, os.MkdirAll(in, 0o755))
	for _, f := range []string{"call1.wav", "call1.json", "call3.wav", "call3.json"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "calls", f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, f), data, 0o644))
	}
	voices := func(key, out string, extra ...string) map[string][]string {
		args := append([]string{"anonymize", "--quiet", "--names", "keep", "--key-file", key}, extra...)
		res := runCLI(t, nil, append(args, in, "-o", out)...)
		require.Equal(t, 0, res.code, res.stderr)
		lines, raw, _ := readManifest(t, filepath.Join(out, "manifest.jsonl"), false)
		ids := map[string][]string{}
		for i, l := range lines {
			require.NotEmpty(t, l.Voices)
			for j, v := range l.Voices {
				assert.Regexp(t, `^[0-9a-f]{16,}$`, v.VoiceID, "an opaque hex id")
				ids[l.Input] = append(ids[l.Input], v.VoiceID)
				obj := raw[i]["voices"].([]any)[j].(map[string]any)
				for field := range obj {
					assert.Contains(t, []string{"channel", "method", "voice_id"}, field, "no parameter values in the manifest")
				}
			}
		}
		return ids
	}
	keyA, keyB := filepath.Join(root, "a.key"), filepath.Join(root, "b.key")
	require.Equal(t, 0, runCLI(t, nil, "keygen", "-o", keyA).code)
	require.Equal(t, 0, runCLI(t, nil, "keygen", "-o", keyB).code)
	a1 := voices(keyA, filepath.Join(root, "a1"))
	a2 := voices(keyA, filepath.Join(root, "a2"))
	b := voices(keyB, filepath.Join(root, "b"))
	assert.Equal(t, a1, a2, "the same key gives the same voices")
	all := map[string]bool{}
	for input, ids := range a1 {
		for i, id := range ids {
			assert.NotEqual(t, id, b[input][i], "%s channel %d: another key, another voice", input, i)
			assert.False(t, all[id], "every recording and channel gets its own voice by default")
			all[id] = true
		}
	}
	// The method's parameters (semitones, warp factors, α) are numbers;
	// whatever the method, the manifest carries none, only the ids
	// (checked in voices).
	voices(keyA, filepath.Join(root, "mc"), "--voice", "cascade+mcadams")
}
