package dsp

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/callveil/callveil/audio"
	"github.com/stretchr/testify/require"
)

// envCBTrainingSet is the speech the codebook is trained on: the synthetic
// voices (eight TTS speakers, five utterances each, 8 kHz µ-law), never the
// real-speech evaluation set.
const envCBTrainingSet = "../testdata/voices/8k"

// envCBFile is one training utterance's voiced frames' cepstra, in order.
type envCBFile struct {
	voice  int
	frames [][envCBOrder]float64
}

// envCBCollect analyses every utterance of the training set as VoiceMap
// does (same frames, hop, window and full-order LPC envelope, no warp)
// and returns the cepstra of its voiced frames.
func envCBCollect(t *testing.T) []envCBFile {
	names, err := filepath.Glob(filepath.Join(envCBTrainingSet, "spk*_utt*.wav"))
	require.NoError(t, err)
	require.NotEmpty(t, names, "the training set %s is missing", envCBTrainingSet)
	sort.Strings(names)
	var files []envCBFile
	for _, name := range names {
		spk := strings.TrimPrefix(strings.SplitN(filepath.Base(name), "_", 2)[0], "spk")
		n, err := strconv.Atoi(spk)
		require.NoError(t, err, name)
		require.True(t, n >= 1 && n <= envCBVoices, "%s: speaker %d beyond the %d voices", name, n, envCBVoices)
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		s, err := audio.Open(bytes.NewReader(data))
		require.NoError(t, err, name)
		frames, err := envCBAnalyse(s)
		require.NoError(t, err, name)
		files = append(files, envCBFile{voice: n - 1, frames: frames})
	}
	return files
}

// envCBAnalyse returns the cepstra of s's voiced frames (channel 0) as
// VoiceMap's codebook sees them without a warp.
func envCBAnalyse(s audio.Stream) ([][envCBOrder]float64, error) {
	var frames [][envCBOrder]float64
	var q *envQuantiser
	var vf *voiceFrame
	var L []float32
	init := func(channels, rate, size, hop int) error {
		vf = newVoiceFrame(rate, size, sqrtHann(size, 1), DefaultFormantOrder(rate))
		q = newEnvQuantiser(rate, size/2+1, hop, float64(rate)/float64(size))
		L = make([]float32, q.np)
		return nil
	}
	proc := envCBCollector{init: init, frame: func(sf *SpectralFrame) {
		if sf.Channel != 0 {
			return
		}
		vf.analyse(sf.Spectrum)
		if !(vf.f0 > 0 && vf.envOK) {
			return
		}
		for j := range L {
			L[j] = -float32(math.Log(float64(max(vf.a2[j*q.step], 1e-30))))
		}
		var x [envCBOrder]float64
		q.cepstrum(&x, L)
		frames = append(frames, x)
	}}
	size := voiceMapFrameSize(s.Format().SampleRate)
	st, err := NewSTFT(s, proc, STFTOptions{FrameSize: size, Hop: size / 4})
	if err != nil {
		return nil, err
	}
	_, err = audio.ReadAll(st)
	return frames, err
}

type envCBCollector struct {
	init  func(channels, rate, size, hop int) error
	frame func(*SpectralFrame)
}

func (c envCBCollector) InitSpectral(channels, rate, size, hop int) error {
	return c.init(channels, rate, size, hop)
}
func (c envCBCollector) ProcessSpectrum(f *SpectralFrame) { c.frame(f) }

// envCBNormalised returns every file's frames with the running mean
// removed exactly as VoiceMap removes it (starting from mean).
func envCBNormalised(files []envCBFile, mean *[envCBOrder]float32) (z [][envCBOrder]float64, voice []int) {
	q := &envQuantiser{alpha: float64(voiceMapFrameSize(8000)/4) / (8000 * envCBMeanSeconds), init: mean}
	for _, f := range files {
		var st envCBState
		for i := range f.frames {
			z = append(z, q.normalise(&st, &f.frames[i]))
			voice = append(voice, f.voice)
		}
	}
	return z, voice
}

// TestEnvelopeCodebook_Generate trains the envelope codebook and writes
// envcodebook_table.go: k-means (k-means++ seeding, a fixed seed, 60
// iterations) of the mean-normalised cepstra of the training set's voiced
// frames, then, per training voice, each class's mean of that voice's
// frames, shrunk toward the codeword by 5 frames' weight (the target
// sub-codebooks). It runs only with CALLVEIL_GEN_CODEBOOK=1:
//
//	CALLVEIL_GEN_CODEBOOK=1 go test ./dsp -run TestEnvelopeCodebook_Generate
func TestEnvelopeCodebook_Generate(t *testing.T) {
	if os.Getenv("CALLVEIL_GEN_CODEBOOK") == "" {
		t.Skip("the codebook's generator: set CALLVEIL_GEN_CODEBOOK=1 to rewrite envcodebook_table.go")
	}
	files := envCBCollect(t)
	var mean [envCBOrder]float64
	var n int
	for _, f := range files {
		for _, x := range f.frames {
			for i := range mean {
				mean[i] += x[i]
			}
			n++
		}
	}
	require.Greater(t, n, 20*envCBSize, "too few voiced frames to train on")
	var mean32 [envCBOrder]float32
	for i := range mean {
		mean32[i] = float32(mean[i] / float64(n))
	}
	z, voice := envCBNormalised(files, &mean32)
	cents := envCBKMeans(z, envCBSize, 60)
	var voices [envCBVoices][envCBSize][envCBOrder]float64
	var counts [envCBVoices][envCBSize]float64
	for i := range z {
		k := envCBNearest(cents, &z[i])
		for j := range z[i] {
			voices[voice[i]][k][j] += z[i][j]
		}
		counts[voice[i]][k]++
	}
	const shrink = 5
	for v := range voices {
		for k := range voices[v] {
			for j := range voices[v][k] {
				voices[v][k][j] = (voices[v][k][j] + shrink*cents[k][j]) / (counts[v][k] + shrink)
			}
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by TestEnvelopeCodebook_Generate (CALLVEIL_GEN_CODEBOOK=1 go test ./dsp\n")
	fmt.Fprintf(&b, "// -run TestEnvelopeCodebook_Generate) from %d voiced frames of testdata/voices/8k; DO NOT EDIT.\n\n", n)
	fmt.Fprintf(&b, "package dsp\n\n")
	fmt.Fprintf(&b, "// envCodebookMean is the training frames' mean cepstrum: where a channel's\n// running mean starts.\n")
	fmt.Fprintf(&b, "var envCodebookMean = [envCBOrder]float32{%s}\n\n", envCBRow(mean[:], func(i int) float64 { return float64(mean32[i]) }))
	fmt.Fprintf(&b, "// envCodebookCentroids is the speaker-independent codebook of\n// mean-normalised cepstra.\n")
	fmt.Fprintf(&b, "var envCodebookCentroids = [envCBSize][envCBOrder]float32{\n")
	for k := range cents {
		fmt.Fprintf(&b, "\t{%s},\n", envCBRow(cents[k][:], nil))
	}
	fmt.Fprintf(&b, "}\n\n// envCodebookVoices holds the target sub-codebooks: per training voice,\n// each class's mean.\n")
	fmt.Fprintf(&b, "var envCodebookVoices = [envCBVoices][envCBSize][envCBOrder]float32{\n")
	for v := range voices {
		fmt.Fprintf(&b, "\t{\n")
		for k := range voices[v] {
			fmt.Fprintf(&b, "\t\t{%s},\n", envCBRow(voices[v][k][:], nil))
		}
		fmt.Fprintf(&b, "\t},\n")
	}
	fmt.Fprintf(&b, "}\n")
	require.NoError(t, os.WriteFile("envcodebook_table.go", b.Bytes(), 0o644))
	t.Logf("%d frames, %d utterances", n, len(files))
}

func envCBRow(x []float64, at func(int) float64) string {
	parts := make([]string, len(x))
	for i, v := range x {
		if at != nil {
			v = at(i)
		}
		parts[i] = strconv.FormatFloat(float64(float32(v)), 'g', 4, 32)
	}
	return strings.Join(parts, ", ")
}

func envCBNearest(c [][envCBOrder]float64, z *[envCBOrder]float64) int {
	best, bestD := 0, math.Inf(1)
	for k := range c {
		var d float64
		for j := range z {
			e := z[j] - c[k][j]
			d += e * e
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// envCBKMeans is Lloyd's k-means with k-means++ seeding and a fixed seed;
// an empty class is re-seeded at the point farthest from its codeword.
func envCBKMeans(z [][envCBOrder]float64, k, iters int) [][envCBOrder]float64 {
	r := rand.New(rand.NewPCG(17, 1988))
	c := make([][envCBOrder]float64, 0, k)
	c = append(c, z[r.IntN(len(z))])
	d2 := make([]float64, len(z))
	for len(c) < k {
		var sum float64
		for i := range z {
			j := envCBNearest(c, &z[i])
			var d float64
			for n := range z[i] {
				e := z[i][n] - c[j][n]
				d += e * e
			}
			d2[i] = d
			sum += d
		}
		u := r.Float64() * sum
		i := 0
		for ; i < len(z)-1 && u > d2[i]; i++ {
			u -= d2[i]
		}
		c = append(c, z[i])
	}
	assign := make([]int, len(z))
	for range iters {
		for i := range z {
			assign[i] = envCBNearest(c, &z[i])
		}
		sums := make([][envCBOrder]float64, k)
		cnt := make([]int, k)
		for i, a := range assign {
			for n := range z[i] {
				sums[a][n] += z[i][n]
			}
			cnt[a]++
		}
		for j := range c {
			if cnt[j] == 0 {
				far, farD := 0, -1.0
				for i := range z {
					a := assign[i]
					var d float64
					for n := range z[i] {
						e := z[i][n] - c[a][n]
						d += e * e
					}
					if d > farD {
						far, farD = i, d
					}
				}
				c[j] = z[far]
				continue
			}
			for n := range c[j] {
				c[j][n] = sums[j][n] / float64(cnt[j])
			}
		}
	}
	return c
}
