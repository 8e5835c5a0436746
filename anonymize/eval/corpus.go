package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// Utterance is one recording of one speaker, mixed down to mono.
type Utterance struct {
	// Name identifies the utterance across sets: its path relative to the
	// folder it was loaded from, slash-separated, without extension
	// ("spk1_utt3"), so an original and its masked copy share a Name.
	Name string
	// Speaker is the speaker's label.
	Speaker string
	// Rate is the sample rate in Hz.
	Rate int
	// Samples is the audio, mono.
	Samples []float32
}

// SpeakerFromName is the default speaker labelling: the base name up to its
// first underscore ("spk3_utt2" → "spk3"), or the whole base name.
func SpeakerFromName(name string) string {
	base := name[strings.LastIndex(name, "/")+1:]
	if i := strings.IndexByte(base, '_'); i > 0 {
		return base[:i]
	}
	return base
}

// ReadSpeakerMap reads a mapping from utterance name to speaker: one
// "NAME SPEAKER" pair per line, separated by white space; NAME is the file's
// path relative to its folder, with or without extension; blank lines and
// lines starting with # are skipped.
func ReadSpeakerMap(r io.Reader) (map[string]string, error) {
	m := map[string]string{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Fields(s)
		if len(f) != 2 {
			return nil, fmt.Errorf("eval: speaker map line %d: want NAME SPEAKER, got %d fields: %w", line, len(f), ErrInvalid)
		}
		m[stripExt(filepath.ToSlash(f[0]))] = f[1]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: speaker map: %w", err)
	}
	return m, nil
}

func stripExt(p string) string {
	if e := filepath.Ext(p); e != "" && !strings.Contains(e, "/") {
		return p[:len(p)-len(e)]
	}
	return p
}

// LoadOptions configures LoadDir.
type LoadOptions struct {
	// Speakers maps utterance names to speakers; nil means SpeakerFromName.
	// A file missing from a non-nil map is an error.
	Speakers map[string]string
	// Rate resamples every utterance to this rate; 0 keeps each file's.
	Rate int
	// MaxSeconds refuses files longer than this; 0 means 600. The
	// attacker holds whole utterances in memory.
	MaxSeconds float64
}

// LoadDir reads every .wav, .flac and .mp3 file under dir (recursively, hidden
// files skipped), mixed down to mono, in name order.
func LoadDir(dir string, o LoadOptions) ([]Utterance, error) {
	if o.MaxSeconds == 0 {
		o.MaxSeconds = 600
	}
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && p != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !d.IsDir() && (ext == ".wav" || ext == ".flac" || ext == ".mp3") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	slices.Sort(paths)
	var out []Utterance
	for _, p := range paths {
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		name := stripExt(filepath.ToSlash(rel))
		spk := SpeakerFromName(name)
		if o.Speakers != nil {
			s, ok := o.Speakers[name]
			if !ok {
				return nil, fmt.Errorf("eval: %s: not in the speaker map: %w", rel, ErrInvalid)
			}
			spk = s
		}
		x, rate, err := LoadMono(p, o.Rate, o.MaxSeconds)
		if err != nil {
			return nil, err
		}
		out = append(out, Utterance{Name: name, Speaker: spk, Rate: rate, Samples: x})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval: %s: no .wav, .flac or .mp3 files: %w", dir, ErrNotEnoughData)
	}
	return out, nil
}

// LoadMono decodes the recording at path, averages its channels, and
// resamples it to rate (0 keeps its own). Recordings longer than maxSeconds
// are refused.
func LoadMono(path string, rate int, maxSeconds float64) ([]float32, int, error) {
	f, err := audio.OpenFile(path)
	if err != nil {
		return nil, 0, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var s audio.Stream = f
	if rate > 0 && rate != f.Format().SampleRate {
		r, err := dsp.NewResample(f, rate, dsp.ResampleOptions{})
		if err != nil {
			return nil, 0, fmt.Errorf("eval: %s: %w", path, err)
		}
		s = r
	}
	fm := s.Format()
	limit := int(maxSeconds * float64(fm.SampleRate))
	block := audio.NewBlock(fm.Channels, audio.DefaultBlockFrames)
	var x []float32
	for {
		n, err := s.Read(block)
		for i := 0; i < n; i++ {
			var v float32
			for c := range block {
				v += block[c][i]
			}
			x = append(x, v/float32(fm.Channels))
		}
		if len(x) > limit {
			return nil, 0, fmt.Errorf("eval: %s: longer than %.0f s: %w", path, maxSeconds, ErrInvalid)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, 0, fmt.Errorf("eval: %s: %w", path, err)
		}
	}
	return x, fm.SampleRate, nil
}

// Split divides utts into enrolment and test utterances: per speaker, in
// name order, the first half (rounded up) enrols and the rest is tested.
// A speaker with a single utterance only enrols.
func Split(utts []Utterance) (enroll, test []Utterance) {
	by := map[string][]Utterance{}
	var order []string
	for _, u := range utts {
		if _, ok := by[u.Speaker]; !ok {
			order = append(order, u.Speaker)
		}
		by[u.Speaker] = append(by[u.Speaker], u)
	}
	for _, s := range order {
		us := by[s]
		slices.SortFunc(us, func(a, b Utterance) int { return strings.Compare(a.Name, b.Name) })
		k := (len(us) + 1) / 2
		enroll = append(enroll, us[:k]...)
		test = append(test, us[k:]...)
	}
	return enroll, test
}
