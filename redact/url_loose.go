package redact

import "strings"

// A web address whose top-level label is not in tlds: the root zone holds
// more than that list, and a recogniser or a test suite may use one it
// does not name ("comdailynews.ab/sm", "test dot abc"). Such a label (two
// to four letters, no slip for a common one, no reserved or file-name
// label) ends a web address only where something else says web address:
//   - "www" before the host ("w w w dot c o m d a i l y n e w s dot a b");
//   - a path after it ("... dot a b slash s m", "comdailynews.ab/sm");
//   - a cue word just before it: "the site is", "the link is", "I found
//     it on" ("I found it on test dot abc").
// "see example dot test", "I attached report.pdf" and "a dot test" stay
// words.

// reservedTops are the labels RFC 2606 and RFC 6761 keep out of the public
// DNS, and the file extensions people read out after a dot.
var reservedTops = map[string]bool{"test": true, "example": true, "invalid": true, "local": true, "localhost": true,
	"pdf": true, "txt": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "csv": true, "jpg": true,
	"jpeg": true, "png": true, "gif": true, "zip": true, "mp3": true, "mp4": true, "wav": true, "mov": true,
	"exe": true, "ppt": true, "pptx": true, "htm": true, "html": true, "json": true, "xml": true, "log": true,
	"msg": true, "eml": true, "heic": true, "tif": true, "tiff": true, "bmp": true, "svg": true, "rtf": true,
	"odt": true, "js": true, "ts": true, "py": true, "go": true, "java": true, "bak": true, "tmp": true, "dat": true}

// looseTopName reports whether the lowercase label n may be a top-level
// label that tlds does not list (see above).
func looseTopName(n string) bool {
	return len(n) >= 2 && len(n) <= 4 && isAlpha(n) && !tlds[n] && !tldTypo(n) && !reservedTops[n] && !pathTailStop(n)
}

// looseTop reports whether token k, said after "dot", is a label
// looseTopName accepts.
func (ts *Tokens) looseTop(k int) bool {
	if k < 0 || k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord && ts.Toks[k].Kind != KindLetters {
		return false
	}
	return looseTopName(ts.Toks[k].Norm) && ts.isWord(ts.prev(k-1), "dot", "period")
}

// looseTopEnds reports whether token k is a looseTop label that nothing
// of a longer label follows: the end of the sentence, "slash", or a word
// that starts talk after a value ("... dot q y then").
func (ts *Tokens) looseTopEnds(k int) bool {
	if !ts.looseTop(k) {
		return false
	}
	n := ts.next(k + 1)
	return ts.sentenceEndsAfter(k) || n >= len(ts.Toks) || ts.isWord(n, "slash") || !valuePart(&ts.Toks[n]) || pathTailStop(ts.Toks[n].Norm)
}

// looseWrittenURL reports whether the written token s (no scheme, no
// "www.") is a host of letters, digits and dashes whose last label
// looseTopName accepts, with a path written on it when path is true.
func looseWrittenURL(s string) (ok, path bool) {
	host, rest, cut := strings.Cut(s, "/")
	dot := strings.LastIndexByte(host, '.')
	if dot < 2 || strings.Contains(s, "://") || !looseTopName(host[dot+1:]) {
		return false, false
	}
	for _, c := range host[:dot] {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false, false
		}
	}
	return true, cut && rest != ""
}

// webCueBefore reports whether a word that names a web address ends
// within the three words before token i, in its sentence: "site",
// "website", "link", "url", "webpage", or "found it on".
func (ts *Tokens) webCueBefore(i int) bool {
	for n, c := 0, ts.prev(i-1); n < 3 && c >= 0 && !ts.sentenceEndsAfter(c); n, c = n+1, ts.prev(c-1) {
		if ts.isWord(c, "site", "website", "link", "url", "webpage", "web") {
			return true
		}
		if ts.isWord(c, "on") && ts.isWord(ts.prev(c-1), "it") && ts.isWord(ts.prev(ts.prev(c-1)-1), "found") {
			return true
		}
	}
	return false
}
