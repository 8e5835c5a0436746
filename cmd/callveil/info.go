package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/callveil/callveil/audio"
)

func init() {
	commands["info"] = command{summary: "print the format, rate, channels and duration of recordings", run: runInfo}
}

// fileInfo is one line of "callveil info --json".
type fileInfo struct {
	Path       string  `json:"path"`
	Container  string  `json:"container,omitempty"`
	Encoding   string  `json:"encoding,omitempty"`
	Codec      string  `json:"codec,omitempty"`
	Modes      string  `json:"opus_modes,omitempty"` // Opus: packets per mode, bandwidth and frame length
	SampleRate int     `json:"sample_rate,omitempty"`
	Channels   int     `json:"channels,omitempty"`
	Frames     int64   `json:"frames,omitempty"`
	Seconds    float64 `json:"seconds,omitempty"`
	Truncated  bool    `json:"truncated,omitempty"`
	Error      string  `json:"error,omitempty"`
	Category   string  `json:"error_category,omitempty"`
}

func runInfo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("info", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per file instead of a text line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: callveil info [--json] FILE...")
		fmt.Fprintln(stderr)
		fmt.Fprintln(stderr, "Prints each recording's container, encoding, sample rate, channels and duration,")
		fmt.Fprintln(stderr, "one line per file (for Opus, its packets' modes). The container is detected from the content, not the name.")
		fmt.Fprintln(stderr, "Example: callveil info --json testdata/calls/*.wav")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	code := exitOK
	enc := json.NewEncoder(stdout)
	for _, path := range fs.Args() {
		if ctx.Err() != nil {
			return exitFail
		}
		fi := describe(path)
		if fi.Error != "" {
			code = exitFail
		}
		if *asJSON {
			if err := enc.Encode(fi); err != nil {
				fmt.Fprintf(stderr, "callveil: %v\n", err)
				return exitFail
			}
			continue
		}
		if fi.Error != "" {
			fmt.Fprintf(stdout, "%s: error (%s): %s\n", path, fi.Category, fi.Error)
			continue
		}
		trunc := ""
		if fi.Truncated {
			trunc = " (truncated)"
		}
		extra := ""
		if fi.Codec != "" {
			extra = " (" + fi.Codec + ")"
		}
		if fi.Modes != "" {
			extra += " (" + fi.Modes + ")"
		}
		fmt.Fprintf(stdout, "%s: %s %s%s, %d Hz, %d ch, %.3f s%s\n", path, fi.Container, fi.Encoding, extra, fi.SampleRate, fi.Channels, fi.Seconds, trunc)
	}
	return code
}

// describe opens path and reports its format. When the container does not
// say how long the audio is (MP3), the audio is decoded to count the frames.
func describe(path string) fileInfo {
	fi := fileInfo{Path: path}
	s, err := audio.OpenFile(path)
	if err != nil {
		fi.Error, fi.Category = err.Error(), errorCategory(err)
		return fi
	}
	defer s.Close()
	f := s.Format()
	fi.Container, fi.Encoding, fi.Codec, fi.SampleRate, fi.Channels = f.Container, string(f.Encoding), f.Codec, f.SampleRate, f.Channels
	frames, err := f.Frames, error(nil)
	if frames < 0 {
		frames, err = countFrames(s)
	}
	switch {
	case errors.Is(err, audio.ErrTruncated):
		fi.Truncated = true
	case err != nil:
		fi.Error, fi.Category = err.Error(), errorCategory(err)
		return fi
	}
	fi.Frames = frames
	fi.Seconds = float64(frames) / float64(f.SampleRate)
	if f.Encoding == audio.EncodingOpus {
		fi.Modes = opusModes(path)
	}
	return fi
}

// opusModes lists the modes of an Ogg Opus file's packets, most used
// first ("SILK WB 20 ms: 20 packets, hybrid FB 20 ms: 6 packets"), or ""
// if they cannot be read.
func opusModes(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	m, err := audio.OpusModes(f)
	if err != nil && len(m) == 0 {
		return ""
	}
	names := slices.Collect(maps.Keys(m))
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(m[b]-m[a], strings.Compare(a, b)) })
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s: %d packets", n, m[n])
	}
	return strings.Join(parts, ", ")
}

// countFrames decodes s to the end and counts its frames.
func countFrames(s audio.Stream) (int64, error) {
	block := audio.NewBlock(s.Format().Channels, audio.DefaultBlockFrames)
	var total int64
	for {
		n, err := s.Read(block)
		total += int64(n)
		if errors.Is(err, io.EOF) {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

// errorCategory names the sentinel an error wraps, for machine output.
func errorCategory(err error) string {
	switch {
	case errors.Is(err, audio.ErrUnsupported):
		return "unsupported"
	case errors.Is(err, audio.ErrCorrupt):
		return "corrupt"
	case errors.Is(err, audio.ErrTruncated):
		return "truncated"
	default:
		return "io"
	}
}
