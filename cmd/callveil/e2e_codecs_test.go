package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/mewkiz/flac"
	"github.com/mewkiz/flac/frame"
	"github.com/mewkiz/flac/meta"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// TestE2E_FLACAndOpusCalls runs call1 of testdata/calls, re-encoded as
// FLAC and as Ogg Opus, through `callveil anonymize` (voice masking off,
// silence for bleeps, float output) and checks each output: exactly as
// long as the decoded input, at the input's rate (48 kHz for Opus), every
// ground-truth PII entity inside a bleeped span, those spans silent, and
// every other sample as decoded. The Opus file was made by opusenc
// (testdata/encoded/README.md); the FLAC one is encoded here with
// github.com/mewkiz/flac's encoder (fixed predictors), so the test needs
// no tool and no large fixture.
func TestE2E_FLACAndOpusCalls(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "calls")
	root := t.TempDir()
	in, out := filepath.Join(root, "in"), filepath.Join(root, "out")
	require.NoError(t, os.MkdirAll(in, 0o755))
	writeFLACCopy(t, filepath.Join(src, "call1.wav"), filepath.Join(in, "callflac.flac"))
	copyFile(t, filepath.Join("..", "..", "testdata", "encoded", "call1.opus"), filepath.Join(in, "callopus.opus"))
	for _, n := range []string{"callflac", "callopus"} {
		copyFile(t, filepath.Join(src, "call1.json"), filepath.Join(in, n+".json"))
	}
	key := filepath.Join(root, "k.key")
	res := runCLI(t, "keygen", "-o", key)
	require.Equal(t, 0, res.code, res.stderr)

	res = runCLI(t, "anonymize", "--key-file", key, "--names", "keep", "--voice", "off", "--bleep", "silence",
		"--format", "wav32f", in, "-o", out)
	require.Equal(t, exitOK, res.code, res.stderr)
	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	require.Len(t, lines, 2)

	var truth truthEntities
	b, err := os.ReadFile(filepath.Join(src, "call1.truth.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &truth))
	require.NotEmpty(t, truth.Entities)

	for _, l := range lines {
		t.Run(l.Input, func(t *testing.T) {
			require.Equal(t, statusOK, l.Status, "%s %s", l.ErrorCategory, l.Error)
			inS, err := audio.OpenFile(filepath.Join(in, l.Input))
			require.NoError(t, err)
			f := inS.Format()
			src, err := audio.ReadAll(inS)
			inS.Close()
			require.NoError(t, err)
			wantRate := map[string]int{"callflac.flac": 8000, "callopus.opus": 48000}[l.Input]
			assert.Equal(t, wantRate, f.SampleRate)
			assert.Equal(t, wantRate, l.SampleRate)

			outS, err := audio.OpenFile(filepath.Join(out, l.Output))
			require.NoError(t, err)
			got, err := audio.ReadAll(outS)
			outS.Close()
			require.NoError(t, err)
			require.Equal(t, len(src[0]), len(got[0]), "output exactly as long as the decoded input")
			assert.Equal(t, outS.Format().SampleRate, f.SampleRate)

			for i, e := range truth.Entities {
				covered := false
				for _, sp := range l.Spans {
					if (sp.Channel == -1 || sp.Channel == e.Channel) && sp.Start <= e.Start && sp.End >= e.End {
						covered = true
					}
				}
				assert.True(t, covered, "entity %d (%s, %.2f-%.2f s) is not inside a bleeped span", i, e.Type, e.Start, e.End)
			}
			inside := make([]bool, len(src[0]))
			for _, sp := range l.Spans {
				a := max(0, int(sp.Start*float64(f.SampleRate)+0.5))
				z := min(len(inside), int(sp.End*float64(f.SampleRate)+0.5))
				for i := a; i < z; i++ {
					inside[i] = true
				}
			}
			survived, changed, n := 0, 0, 0
			for i, v := range got[0] {
				switch {
				case inside[i]:
					n++
					if v != 0 {
						survived++
					}
				case v != src[0][i]:
					changed++
				}
			}
			assert.Greater(t, n, f.SampleRate, "more than a second of PII")
			// A sample either side of a span's edge may round the other way.
			assert.LessOrEqual(t, survived, 2*len(l.Spans), "samples left inside the spans")
			assert.LessOrEqual(t, changed, 2*len(l.Spans), "samples changed outside the spans")
		})
	}
}

// truthEntities is the part of a .truth.json file this test reads.
type truthEntities struct {
	Entities []struct {
		Type    string  `json:"type"`
		Start   float64 `json:"start"`
		End     float64 `json:"end"`
		Channel int     `json:"channel"`
	} `json:"entities"`
}

// writeFLACCopy encodes the 16-bit mono WAV at src as FLAC at dst with
// github.com/mewkiz/flac's encoder, 4096 samples a frame.
func writeFLACCopy(t *testing.T, src, dst string) {
	t.Helper()
	s, err := audio.OpenFile(src)
	require.NoError(t, err)
	defer s.Close()
	f := s.Format()
	require.Equal(t, audio.EncodingPCM16, f.Encoding)
	require.Equal(t, 1, f.Channels)
	x, err := audio.ReadAll(s)
	require.NoError(t, err)
	samples := make([]int32, len(x[0]))
	for i, v := range x[0] {
		samples[i] = int32(v * 32768)
	}
	file, err := os.Create(dst)
	require.NoError(t, err)
	enc, err := flac.NewEncoder(file, &meta.StreamInfo{
		BlockSizeMin: 4096, BlockSizeMax: 4096, SampleRate: uint32(f.SampleRate),
		NChannels: 1, BitsPerSample: 16, NSamples: uint64(len(samples)),
	})
	require.NoError(t, err)
	for at := 0; at < len(samples); at += 4096 {
		block := samples[at:min(at+4096, len(samples))]
		fr := &frame.Frame{
			Header: frame.Header{
				HasFixedBlockSize: true, BlockSize: uint16(len(block)), SampleRate: uint32(f.SampleRate),
				Channels: frame.ChannelsMono, BitsPerSample: 16,
			},
			Subframes: []*frame.Subframe{{
				SubHeader: frame.SubHeader{Pred: frame.PredVerbatim},
				Samples:   block, NSamples: len(block),
			}},
		}
		require.NoError(t, enc.WriteFrame(fr))
	}
	require.NoError(t, enc.Close())

	// The copy must hold the same samples.
	got, err := audio.OpenFile(dst)
	require.NoError(t, err)
	defer got.Close()
	y, err := audio.ReadAll(got)
	require.NoError(t, err)
	require.True(t, slices.Equal(x[0], y[0]), "the FLAC copy decodes to the WAV's samples")
}
