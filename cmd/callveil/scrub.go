package main

import (
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Error messages come from the library and the operating system, and name
// what was wrong and where: the input path, and sometimes a quoted value
// from the input. Both can be PII (file names hold phone numbers; a
// transcript's values are what people said), so messages are scrubbed
// before they reach the manifest or the log.

// inputPlaceholder replaces input path names in scrubbed messages.
const inputPlaceholder = "<input>"

var (
	// quotedRE matches a Go-quoted string, the way errors embed values (%q).
	quotedRE = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	// longDigitsRE matches runs of 7 or more digits: phone, card and
	// account numbers. Offsets and indices in messages are shorter.
	longDigitsRE = regexp.MustCompile(`[0-9]{7,}`)
)

// scrubber removes PII from error messages about one recording.
type scrubber struct {
	names []string // path strings to replace, longest first
}

// newScrubber makes a scrubber for a recording. When hideNames is true
// (--names hash), every form of the recording's and transcript's paths is
// replaced by inputPlaceholder: full paths, absolute paths, the relative
// path and its components, base names with and without extension.
func newScrubber(r recording, hideNames bool) scrubber {
	if !hideNames {
		return scrubber{}
	}
	set := map[string]bool{}
	addPath := func(p string) {
		if p == "" {
			return
		}
		set[p] = true
		if a, err := filepath.Abs(p); err == nil {
			set[a] = true
		}
		set[filepath.ToSlash(p)] = true
		base := filepath.Base(p)
		set[base] = true
		set[stripExt(base)] = true
	}
	addPath(r.Path)
	addPath(r.Transcript)
	set[r.Rel] = true
	set[relStripExt(r.Rel)] = true
	for _, part := range strings.Split(r.Rel, "/") {
		// Folder names can hold names too; very short ones would garble
		// the message without hiding anything.
		if len(part) >= 4 {
			set[part] = true
			set[stripExt(part)] = true
		}
	}
	// Object storage errors quote request URLs, with the key escaped
	// ("agent%20maria/call.wav", "%2B1555...").
	for n := range set {
		for _, e := range []string{url.PathEscape(n), strings.ReplaceAll(url.PathEscape(n), "+", "%2B"), strings.ReplaceAll(url.PathEscape(n), "%2F", "/")} {
			set[e] = true
		}
	}
	names := make([]string, 0, len(set))
	for n := range set {
		if n != "" && n != "." && n != "/" {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return scrubber{names: names}
}

// scrub returns msg with input paths (under --names hash), quoted values
// and long digit runs replaced. Quoted values are replaced under both
// naming modes: they can be words of the transcript.
func (s scrubber) scrub(msg string) string {
	for _, n := range s.names {
		msg = strings.ReplaceAll(msg, n, inputPlaceholder)
	}
	msg = quotedRE.ReplaceAllString(msg, `"…"`)
	msg = longDigitsRE.ReplaceAllString(msg, "#")
	return msg
}
