package main

import (
	"encoding/hex"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/callveil/callveil/anonymize"
)

// idHexLen is the length of a recording id in hex digits (80 bits): short
// enough to read, long enough that ids of millions of recordings never
// collide.
const idHexLen = 20

// namePurpose separates the key's use for output names from its other uses.
const namePurpose = "name"

// namer decides the id and output names of recordings.
//
// Under --names hash (keep == false) a recording's outputs are named by its
// id, a keyed HMAC of its relative path, and lie flat in the output folder:
// file names very often hold phone numbers or customer names
// ("2025-09-12_+15551234567.wav"), and none of that may reach the outputs.
// Under --names keep the outputs mirror the input tree.
type namer struct {
	keep bool
	key  anonymize.Key
}

// id is the recording's stable identifier for the manifest: hex of
// HMAC(key, "name", rel), cut to idHexLen digits. It is the same in every run
// with the same key, and unguessable without it.
func (n namer) id(rel string) string {
	return hex.EncodeToString(n.key.Derive(namePurpose, rel))[:idHexLen]
}

// outputNames are the output files of one recording, as slash-separated
// paths relative to the output folder ("" = not written).
type outputNames struct {
	Audio      string
	Transcript string
	Native     string
}

// outputs names the outputs of the recording at relative path rel with id
// id. transcript is the path of its input transcript ("" = none): the
// redacted copy keeps its extension, since it keeps its format. native asks
// for the callveil native JSON copy too.
func (n namer) outputs(rel, id, transcript string, native bool) outputNames {
	base := id
	if n.keep {
		base = relStripExt(rel)
	}
	o := outputNames{Audio: base + ".wav"}
	if transcript != "" {
		o.Transcript = base + strings.ToLower(filepath.Ext(transcript))
		if native {
			o.Native = base + ".callveil.json"
		}
	}
	return o
}

// parseNames reads the --names flag.
func parseNames(s string) (keep bool, err error) {
	switch s {
	case "hash":
		return false, nil
	case "keep":
		return true, nil
	}
	return false, fmt.Errorf("--names %q: want hash or keep", s)
}

// outPath turns a slash-separated path relative to outdir into a path on disk.
func outPath(outdir, rel string) string {
	if rel == "" {
		return ""
	}
	return filepath.Join(outdir, filepath.FromSlash(path.Clean(rel)))
}
