package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/callveil/callveil/store"
)

// recording is one unit of work found under the inputs of "anonymize".
type recording struct {
	// Path is where the recording is on disk, built from the input argument.
	Path string
	// Rel is the recording's path relative to the input folder it was found
	// under, with forward slashes on every system (its base name when the
	// input named the file itself). Rel drives sharding, hashed names and
	// the mirrored transcript lookup, so it must not depend on the machine.
	Rel string
	// Transcript is the path of the transcript found for it, or "".
	Transcript string
	// In, in bucket mode, is the location the recording was listed in;
	// Path is then its name there (equal to Rel). nil for a folder walk.
	In *store.Location
	// TranscriptIn, in bucket mode with --transcripts, is where Transcript
	// is; nil means In.
	TranscriptIn *store.Location
	// Size, in bucket mode, is the recording's length as listed.
	Size int64
}

// audioExts are the file name extensions (lower case) taken as recordings
// when walking a folder. The container is detected from the content later;
// the extension only decides what counts as a recording.
var audioExts = map[string]bool{".wav": true, ".wave": true, ".mp3": true, ".flac": true, ".opus": true, ".ogg": true, ".oga": true, ".webm": true, ".mka": true}

// transcriptExts are the extensions looked for next to a recording, in
// order of preference when several exist.
var transcriptExts = []string{".json", ".vtt", ".srt"}

// transcriptExtSpellings are the names a transcript's extension is looked
// for under, beside a recording: for each of transcriptExts in order, lower
// case, upper case, then every other mix of case (".Json", ".jSON"), so
// that a transcript is paired with its recording whatever the case of its
// extension, in a folder and in a bucket alike (the pipeline reads the
// format from the extension in lower case). Where two spellings exist side
// by side, the first in this order is taken.
var transcriptExtSpellings = func() []string {
	var out []string
	for _, ext := range transcriptExts {
		out = append(out, ext, strings.ToUpper(ext))
		letters := ext[1:]
		for mask := 1; mask < 1<<len(letters)-1; mask++ {
			b := []byte(letters)
			for i := range b {
				if mask&(1<<(len(b)-1-i)) != 0 {
					b[i] -= 'a' - 'A'
				}
			}
			out = append(out, "."+string(b))
		}
	}
	return out
}()

// isTranscriptName reports whether name has a transcript extension.
func isTranscriptName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range transcriptExts {
		if ext == e {
			return true
		}
	}
	return false
}

// findRecordings lists the recordings under inputs: files are taken as
// recordings (unless they have a transcript extension, so "dir/*" works),
// folders are walked recursively for files with an audio extension (hidden
// files and folders, whose names start with a dot, are left out). skip is
// a folder not to descend into (the output folder, when it lies inside an
// input). transcripts, when not empty, is a folder mirroring the input tree
// where transcripts are looked for instead of next to each recording.
//
// The walk stops with ctx's error when ctx ends. Two inputs yielding the
// same relative path are an error: they would
// share an output name, a shard and a hashed name.
func findRecordings(ctx context.Context, inputs []string, transcripts, skip string) ([]recording, error) {
	var out []recording
	seen := map[string]string{}
	add := func(r recording, input string) error {
		if prev, ok := seen[r.Rel]; ok {
			return fmt.Errorf("inputs %s and %s both hold a recording at the same relative path %s; give them as separate runs", prev, input, r.Rel)
		}
		seen[r.Rel] = input
		out = append(out, r)
		return nil
	}
	skipAbs := ""
	if skip != "" {
		if a, err := filepath.Abs(skip); err == nil {
			skipAbs = a
		}
	}
	for _, in := range inputs {
		st, err := os.Stat(in)
		if err != nil {
			return nil, fmt.Errorf("input: %w", err)
		}
		if !st.IsDir() {
			if isTranscriptName(in) {
				continue
			}
			r := recording{Path: in, Rel: filepath.Base(in)}
			r.Transcript = findTranscript(r, transcripts)
			if err := add(r, in); err != nil {
				return nil, err
			}
			continue
		}
		root := in
		if l, err := os.Lstat(in); err == nil && l.Mode()&fs.ModeSymlink != 0 {
			// WalkDir does not follow a symbolic link even at the root.
			if root, err = filepath.EvalSymlinks(in); err != nil {
				return nil, fmt.Errorf("input: %w", err)
			}
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("input: %w", err)
			}
			if err := ctx.Err(); err != nil {
				return err // Ctrl-C while walking a large tree
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				// Hidden files and folders: version control, trash, macOS
				// "._x.wav" resource forks, temporaries of other tools.
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if skipAbs != "" {
					if a, err := filepath.Abs(p); err == nil && a == skipAbs {
						return filepath.SkipDir
					}
				}
				return nil
			}
			if !audioExts[strings.ToLower(filepath.Ext(p))] {
				return nil
			}
			if !d.Type().IsRegular() {
				// A symbolic link counts when it points at a regular file.
				st, err := os.Stat(p)
				if err != nil || !st.Mode().IsRegular() {
					return nil
				}
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return fmt.Errorf("input: %w", err)
			}
			r := recording{Path: p, Rel: filepath.ToSlash(rel)}
			r.Transcript = findTranscript(r, transcripts)
			return add(r, in)
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// findTranscript returns the transcript for r: a regular file with the same
// base name and a transcript extension in any case, next to the recording or, when
// transcripts is set, at the same relative place under that folder. It
// returns "" when there is none.
func findTranscript(r recording, transcripts string) string {
	var base string
	if transcripts != "" {
		base = filepath.Join(transcripts, filepath.FromSlash(stripExt(r.Rel)))
	} else {
		base = stripExt(r.Path)
	}
	for _, e := range transcriptExtSpellings {
		p := base + e
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

// stripExt removes the extension from the last element of p.
func stripExt(p string) string {
	return strings.TrimSuffix(p, filepath.Ext(p))
}

// relStripExt removes the extension from a slash-separated relative path.
func relStripExt(rel string) string {
	return strings.TrimSuffix(rel, path.Ext(rel))
}
