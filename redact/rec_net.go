package redact

import (
	"net/netip"
	"regexp"
	"strconv"
	"strings"
)

// The network recognizer: IP addresses (IPv4 written or spoken "one nine
// two dot one six eight dot one dot twenty"; IPv6 written) and web
// addresses (written "www.example.com/orders", "https://..."; spoken
// "example dash shop dot com slash orders", not part of an email).
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - IP_ADDRESS (IPv4 written or spoken with "dot", "dot oh dot" a zero;
//     IPv6 written) and URL
//     (written; spoken domains with "dot" and a known top-level label and
//     "slash" paths, not part of an email; "w w w dot" and names of several
//     words in any label, "at maple and finch dot com", "log into my router
//     dot ...", ordinals in a label "bakery on fifth dot com"; "dub dub
//     dub", "w. w. w." with the first dot unsaid, the scheme read out
//     before the host ("h t t p s colon slash slash", "colon double
//     slash"), "dotcom" as one word, "dot c o m" and a label spelled before
//     "dot" ("z e n o dot com": an address's, not a spelled name), a path
//     written on the label or said after a written host ("dot
//     com/returns", "acme.com slash returns"), newer generic labels that
//     are words after "dot" only ("dot health"; not "the billing period
//     today"), a written "www." host in any label of letters that is no
//     slip ("www.acme.ninja", not "www.google.con"); not "a dot com
//     company").

type netRecognizer struct{}

func (netRecognizer) Name() string { return "net" }

// writtenURL matches a written web address: a scheme and "://" (RFC
// 3986: scheme "://" authority path; the schemes of IANA's registry
// people give addresses in, not any word: "htp://foobar.com", "rdar://1234"
// are no addresses), or "www.", or a domain of
// letters, digits and dashes ending in a known top-level label, then an
// optional port (":8443") and path.
var writtenURL = regexp.MustCompile(`^(?:(?:https?|s?ftp|ftps|ssh|git|svn|wss?|rtsps?|rtmps?|smb|sftp|telnet|ldaps?|ircs?|nfs|s3|webdav|davs?|gopher|ssh\+git|git\+ssh|git\+https)://\S+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::[0-9]{1,5})?(?:[/?#]\S*)?|(?:[a-z0-9-]+\.)+[a-z]{2,}(?::[0-9]{1,5})?(?:[/?#]\S*)?)$`)

// dottedClockTime matches a time of day written with a dot before "am" or "pm"
// and no scheme: "7.am", "11.pm", "10:30.am".
var dottedClockTime = regexp.MustCompile(`^(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?\.[ap]m$`)

// urlHostEnds reports whether a written web address without a scheme ends
// its host in a known top-level label (tlds), or after "www." in any
// label of letters that is no slip for a common one: "google.co.il/x",
// "www.acme.ninja" do, "www.google.con" and "www.microsoft" do not.
func urlHostEnds(s string) bool {
	if k := strings.Index(s, "://"); k >= 0 {
		return schemeHostOK(s[k+3:])
	}
	host := s
	if k := strings.IndexAny(host, "/?#"); k >= 0 {
		host = host[:k]
	}
	if k := strings.IndexByte(host, ':'); k >= 0 {
		host = host[:k] // "portal.acme.com:8443": the port
	}
	dot := strings.LastIndexByte(host, '.')
	if dot < 0 {
		return false
	}
	top := host[dot+1:]
	if strings.HasPrefix(host, "www.") && strings.Count(host, ".") >= 2 && len(top) >= 2 && len(top) <= 24 && isAlpha(top) && !tldTypo(top) {
		return true // "www.bluefinch.ninja": "www." says web address, whatever the label (not the slip "www.google.con")
	}
	return tlds[top] || wordTops[top]
}

func (netRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindEmail:
			// "http://userid:password@example.com:8080/": a web address
			// with credentials, which has an email's shape.
			if k := credentialURL(tk.Norm); k >= 0 && schemeHostOK(strings.TrimRight(tk.Norm[k:], ".,;:!?")) {
				out = append(out, ts.TokenFinding(URL, i, i, 0.95, "url"))
			}
			continue
		case KindMeasure, KindWord, KindAlnum:
			if !dotOrColon(tk.Norm) {
				break // most words: no address to parse (ParseAddr's errors allocate); a byte loop before the trim (task speed19)
			}
			s := strings.TrimRight(tk.Norm, ".,;:!?")
			if !strings.ContainsAny(s, ".:") {
				break
			}
			if cidrShaped(s) {
				if pfx, err := netip.ParsePrefix(s); err == nil && (pfx.Addr().Is4() && strings.Count(s, ".") == 3 && !ts.versionBefore(i) || pfx.Addr().Is6() && strings.Count(s, ":") >= 2) {
					out = append(out, ts.TokenFinding(IPAddress, i, i, 0.95, "ip-prefix")) // "10.20.0.0/16", "2001:db8:4::/48"
					continue
				}
			}
			if host, path, ok := strings.Cut(s, "/"); ok && path != "" && strings.Count(host, ".") == 3 {
				if a, err := netip.ParseAddr(host); err == nil && a.Is4() {
					out = append(out, ts.TokenFinding(URL, i, i, 0.95, "url-ip")) // "192.168.0.1/admin"
					continue
				}
			}
			if strings.Count(s, ".") == 3 && strings.IndexByte(s, ':') > 0 && s[0] >= '0' && s[0] <= '9' && strings.IndexByte(s, '/') < 0 {
				if ap, err := netip.ParseAddrPort(s); err == nil && ap.Addr().Is4() && strings.Count(s, ".") == 3 && !ts.versionBefore(i) {
					out = append(out, ts.TokenFinding(URL, i, i, 0.95, "url-ip")) // "10.1.2.3:8443": a host and its port
					continue
				}
			}
			if a, err := netip.ParseAddr(s); err == nil && (a.Is4() && strings.Count(s, ".") == 3 && !ts.versionBefore(i) || a.Is6() && strings.Count(s, ":") >= 2) {
				out = append(out, ts.TokenFinding(IPAddress, i, i, 0.95, "ip"))
				continue
			}
			// (An IPv6 literal host has no dot: "https://[2001:db8::1]:8443/".)
			if dottedClockTime.MatchString(s) {
				break // "7.am", "10:30.pm": a time written with a dot, not the host "7.am"
			}
			loose, path := looseWrittenURL(s)
			loose = loose && (path || ts.webCueBefore(i)) // (url_loose.go: "comdailynews.ab/sm")
			if (strings.ContainsRune(s, '.') || strings.Contains(s, "://[")) && !strings.ContainsRune(s, '@') && writtenURL.MatchString(s) && (urlHostEnds(s) || loose) {
				end := ts.urlPath(i) // ("acme.com slash returns": the path said after it)
				out = append(out, ts.TokenFinding(URL, i, end, 0.9, "url"))
				i = end
				continue
			}
		}
		if tk.Norm == "www" && (tk.Kind == KindLetters || tk.Kind == KindWord) {
			if last, ok := ts.spokenWWW(i); ok {
				out = append(out, ts.TokenFinding(URL, ts.schemeBefore(i), last, 0.9, "url-spoken"))
				i = last
				continue
			}
		}
		if tk.Norm == "localhost" && tk.Kind == KindWord {
			// "localhost colon eight thousand", "h t t p colon slash slash
			// localhost slash admin": the machine's own name with a port,
			// a path or a scheme read out is a web address (RFC 6761).
			if first, end := ts.schemeBefore(i), ts.urlPath(i); first < i || end > i {
				out = append(out, ts.TokenFinding(URL, first, end, 0.9, "url-spoken"))
				i = end
				continue
			}
		}
		if tk.Norm == "at" && tk.Kind == KindWord {
			if first, last, ok := ts.spokenUserinfo(i); ok {
				out = append(out, ts.TokenFinding(URL, first, last, 0.98, "url-spoken"))
				i = last
				continue
			}
		}
		if tk.Kind == KindNumber {
			if last, ok := ts.spokenIPv4(i); ok && !ts.versionBefore(i) && !ts.pointOnlyIPUncued(i, last) {
				if end := ts.urlPath(last); end > last {
					// (or a port: "... dot one colon eight oh eight oh")
					// "one nine two dot one six eight dot zero dot one slash
					// admin": an address with a path is a web address.
					out = append(out, ts.TokenFinding(URL, i, end, 0.95, "url-ip"))
					i = end
					continue
				}
				out = append(out, ts.TokenFinding(IPAddress, i, last, 0.95, "ip-spoken"))
				i = last
				continue
			}
		}
		// (After "at" too: "upload it at d m v dot n y dot gov"; where an
		// email holds the same words, its finding scores higher.)
		if !ts.emailPart(i) || tk.in(wcEmailStop) && !ts.mailHost(i) {
			continue
		}
		if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && ts.Toks[p].in(wcEmailConnectors) {
			continue // inside an address that started earlier
		}
		end, ok := ts.emailDomain(i, false)
		// (url_loose.go: a label tlds does not list, before a path or after a cue)
		loose := end > i && ts.looseTop(end) && (ts.isWord(ts.next(end+1), "slash") && !ts.sentenceEndsAfter(end) || ts.webCueBefore(i))
		if !loose && (!ok && !ts.specialUseHost(i, end) || !ts.topLabel(end) && !ts.punyTop(end) && !ts.specialUseHost(i, end)) || ts.isWord(ts.next(end+1), "at", "@") {
			continue
		}
		if ts.isWord(i, "a", "an") && ts.isWord(ts.next(i+1), "dot") && ts.next(ts.next(i+1)+1) == end {
			continue // "a dot com company", "an dot org": the article, not a name
		}
		i = ts.schemeBefore(ts.urlNameBefore(i))
		end = ts.urlPath(end) // "... dot com slash orders slash 42"
		out = append(out, ts.TokenFinding(URL, i, end, 0.85, "url-spoken"))
		i = end
	}
	return out
}

// spokenIPv4 parses four numbers 0-255 joined by "dot" or "point" starting
// at number token i and returns the last token.
func (ts *Tokens) spokenIPv4(i int) (int, bool) {
	last := i
	for part := 0; part < 4; part++ {
		if part > 0 {
			d := ts.next(last + 1)
			if !ts.isWord(d, "dot", "point", "period") || ts.sentenceEndsAfter(last) {
				return 0, false
			}
			last = ts.next(d + 1)
		}
		if last >= len(ts.Toks) {
			return 0, false
		}
		if part > 0 && ts.isWord(last, "oh", "o") {
			continue // "one six eight dot oh dot one": a lone "oh" between dots is a zero
		}
		if ts.Toks[last].Kind != KindNumber {
			return 0, false
		}
		n := ts.Toks[last].Norm
		if v, err := strconv.Atoi(n); err != nil || v > 255 || len(n) > 3 || len(n) > 1 && n[0] == '0' {
			return 0, false
		}
	}
	if d := ts.next(last + 1); ts.isWord(d, "dot", "point", "period") && !ts.sentenceEndsAfter(last) {
		if k := ts.next(d + 1); k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber {
			return 0, false // "one point one point one point one point one": five parts, no IPv4
		}
	}
	// Nor the last four parts of such a run, read from its second number.
	if p := ts.prev(i - 1); ts.isWord(p, "dot", "point", "period") {
		if q := ts.prev(p - 1); q >= 0 && ts.Toks[q].Kind == KindNumber {
			return 0, false
		}
	}
	return last, true
}

// spokenWWW parses a web address spoken from "w w w" (token i): "w w w
// dot lifeline mutual dot com slash claims", "www dot vpn two dot northwind
// corp dot com". After "www dot" every label may be several words run
// together ("sew and so fabrics"), up to a top-level label; a path follows
// "slash". It returns the last token.
func (ts *Tokens) spokenWWW(i int) (int, bool) {
	last, labels := i, 0
	for labels < 6 { // (a host name of more labels is not read out)
		d := ts.next(last + 1)
		if ts.sentenceEndsAfter(last) {
			break
		}
		if labels > 0 && ts.joinedTopAt(d) {
			last, labels = d, labels+1 // "... bluefinch dotcom"
			break
		}
		if !ts.isWord(d, "dot", "period", "point") {
			if labels > 0 || d >= len(ts.Toks) || !valuePart(&ts.Toks[d]) || ts.Toks[d].Kind == KindNumber {
				break
			}
			// "w. w. w. bluefinch dot com", "dub dub dub bluefinch dot
			// com": the first dot left unsaid.
			d = last
		}
		// One label: up to four words before the next "dot", or a
		// top-level label.
		k, end := ts.next(d+1), -1
		for n := 0; n < 4 && k < len(ts.Toks) && valuePart(&ts.Toks[k]); n++ {
			end = k
			if ts.topLabel(k) && labels > 0 || labels > 0 && ts.looseTopEnds(k) || ts.sentenceEndsAfter(k) || ts.isWord(ts.next(k+1), "dot", "period", "point", "slash") || ts.joinedTopAt(ts.next(k+1)) {
				break
			}
			k = ts.next(k + 1)
		}
		if end < 0 {
			break
		}
		last, labels = end, labels+1
		if ts.topLabel(end) && labels > 1 && !ts.secondLevelBefore(end) {
			break
		}
	}
	if labels < 2 || !ts.topLabel(last) && !ts.looseTop(last) {
		return 0, false // ("w w w dot ... dot a b": url_loose.go)
	}
	return ts.urlPath(last), true
}

// schemeBefore extends a spoken web address whose host starts at token i
// back over the scheme read out before it: "h t t p s colon slash slash",
// "http colon forward slash forward slash" (RFC 3986's scheme "://"). It
// returns the new first token.
func (ts *Tokens) schemeBefore(i int) int {
	k, slashes := ts.prev(i-1), 0
	for slashes < 2 && ts.isWord(k, "slash", "/") && !ts.sentenceEndsAfter(k) {
		slashes++
		if k = ts.prev(k - 1); ts.isWord(k, "forward") {
			k = ts.prev(k - 1)
		}
		if ts.isWord(k, "double") && slashes == 1 {
			slashes, k = 2, ts.prev(k-1) // "colon double slash"
		}
	}
	if slashes == 0 || !ts.isWord(k, "colon") || ts.sentenceEndsAfter(k) {
		return i
	}
	s := ts.prev(k - 1)
	if s < 0 || ts.Toks[s].Kind != KindWord && ts.Toks[s].Kind != KindLetters || ts.sentenceEndsAfter(s) {
		return i
	}
	switch ts.Toks[s].Norm {
	case "http", "https", "ftp", "sftp", "ftps":
		return s
	}
	return i
}

// urlPath extends a spoken web address ending at token end over "slash
// claims", "slash orders slash 42".
func (ts *Tokens) urlPath(end int) int {
	end = ts.urlPort(end)
	for segs := 0; ; segs++ {
		s := ts.next(end + 1)
		if ts.isWord(s, "forward", "back") && ts.isWord(ts.next(s+1), "slash") {
			s = ts.next(s + 1) // "dot com forward slash outage"
		}
		k := ts.next(s + 1)
		if !ts.isWord(s, "slash", "/", "backslash") || ts.sentenceEndsAfter(end) || k >= len(ts.Toks) || !ts.emailPart(k) {
			if q := ts.urlQuery(end); q > end || segs == 0 {
				return q
			}
			return ts.urlPathTail(end) // "... slash start setup": a fragment or query heard as words
		}
		end = ts.pathSegment(k)
	}
}

// urlPort extends a spoken host ending at token end over its port:
// "colon eight oh eight oh".
func (ts *Tokens) urlPort(end int) int {
	c := ts.next(end + 1)
	if !ts.isWord(c, "colon") || ts.sentenceEndsAfter(end) || ts.sentenceEndsAfter(c) {
		return end
	}
	if k := ts.next(c + 1); k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 5 {
		return k
	}
	return end
}

// pathSegment returns the last token of a spoken path segment that
// starts at token k: its words joined by "underscore", "dash" or "dot"
// ("file underscore path", "cite underscore one"), and an ID read after
// it, digits or letters ("search id one two three", "p three six four").
func (ts *Tokens) pathSegment(k int) int {
	end := k
	for n := 0; n < 6 && !ts.sentenceEndsAfter(end); n++ {
		c := ts.next(end + 1)
		if c >= len(ts.Toks) {
			break
		}
		if ts.isWord(c, "underscore", "dash", "hyphen") {
			if m := ts.next(c + 1); m < len(ts.Toks) && ts.emailPart(m) && !ts.sentenceEndsAfter(c) {
				end = m
				continue
			}
			break
		}
		if ts.isWord(c, "dot", "period") && !ts.sentenceEndsAfter(c) {
			// "slash dgx dash basepod dot sm slash three": a file's
			// extension inside the path, a short word right after
			if m := ts.next(c + 1); m < len(ts.Toks) && (ts.Toks[m].Kind == KindWord || ts.Toks[m].Kind == KindLetters) &&
				isAlpha(ts.Toks[m].Norm) && len(ts.Toks[m].Norm) <= 5 && !pathTailStop(ts.Toks[m].Norm) {
				end = m
				continue
			}
			if m := ts.next(c + 1); m < len(ts.Toks) && ts.Toks[m].Kind == KindNumber && len(ts.Toks[m].Norm) <= 4 && end > k {
				// "slash jane dot doe dot seven": a profile's name with a
				// number as its last dotted part.
				end = m
				continue
			}
			break
		}
		switch t := &ts.Toks[c]; {
		case t.Kind == KindNumber, t.Kind == KindAlnum, t.Kind == KindLetters,
			t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm) && t.Norm != "a" && t.Norm != "i":
			end = c
			continue
		case t.Kind == KindWord && (t.Norm == "id" || t.Norm == "page") && ts.next(c+1) < len(ts.Toks) && ts.Toks[ts.next(c+1)].Kind == KindNumber:
			end = ts.next(c + 1) // "slash search id one two three"
			continue
		case t.Kind == KindWord && !ts.sentenceEndsAfter(c) && ts.isWord(ts.next(c+1), "underscore"):
			end = c // "slash one two three cite underscore one": a word the next part joins
			continue
		}
		break
	}
	return end
}

// urlNameBefore extends a spoken web address whose first label starts at
// token i back over the words of a name of several words, to the "at",
// "visit", "to" or "into" that introduces it: "do it at maple and finch dot
// com", "log into my router dot ...".
// It returns the new first token.
func (ts *Tokens) urlNameBefore(i int) int {
	for n, c := 0, ts.prev(i-1); n < 4 && c >= 0; n, c = n+1, ts.prev(c-1) {
		if ts.isWord(c, "at", "visit", "to", "into", "onto", "site", "website", "domain", "open", "opened", "opening",
			"check", "checked", "try", "tried", "use", "using", "called", "see", "via", "go", "went") ||
			ts.isWord(c, "it's", "is") && ts.sh.contextHas(ts.Words[ts.Toks[c].First], 10, "domain", "website", "site", "url", "link", "page", "portal", "address") {
			// ("what's the domain? it's lindqvist pottery dot com")
			if n == 0 {
				return i
			}
			first := ts.next(c + 1)
			for first < i && ts.isWord(first, "the", "a", "an") {
				first = ts.next(first + 1) // "meet me at the mall dot com": the article is no part of it
			}
			return first
		}
		if ts.Toks[c].Kind != KindWord && ts.Toks[c].Kind != KindNumber || ts.sentenceEndsAfter(c) || ts.Toks[c].in(wcEmailConnectors) {
			return i // (a number too: "order at one eight hundred flowers dot com")
		}
		if b := ts.prev(c - 1); b < 0 || ts.turn[ts.Toks[b].Last] {
			// The name opens the answer: "(what's yours?) dunmore bakery
			// dot com" (not "someone posted bit dot ly").
			for k := c; k < i; k = ts.next(k + 1) {
				if l := ts.Toks[k].Norm; emailStop[l] || notLocal[l] || emailLeadIns[l] || personStop[l] || adjectiveLike(l) ||
					strings.HasPrefix(l, "some") || strings.HasPrefix(l, "any") || strings.HasPrefix(l, "every") {
					return i
				}
			}
			return c
		}
	}
	return i
}

// credentialURL returns where the part after the scheme starts in a
// written email token that is a web address with credentials
// ("https://user:pass@host/..."), or -1 for an email address.
func credentialURL(norm string) int {
	if k := strings.Index(norm, "://"); k > 0 {
		return k + 3
	}
	return -1
}

// schemeHostOK reports whether the part of a web address after its
// "scheme://" names a well-formed host: a valid IPv4 address, or labels
// that are not empty and do not start with a dash, the last of
// two or more letters ("localhost" alone too). A validator rejects
// "http://127.12.0.260", "http://1.1.1.1.1", "http://foobar..com",
// "http://foobar.12", "http://www.foo.bar./" and so do people reading
// them out as examples of what fails.
func schemeHostOK(rest string) bool {
	host := rest
	if k := strings.IndexAny(host, "/?#"); k >= 0 {
		host = host[:k]
	}
	if k := strings.LastIndexByte(host, '@'); k >= 0 {
		host = host[k+1:] // "userid:password@example.com"
	}
	if k := strings.LastIndexByte(host, ':'); k >= 0 && !strings.Contains(host, "[") {
		host = host[:k] // the port
	}
	if strings.HasPrefix(host, "[") {
		// An IPv6 literal, "[2001:db8::1]" (RFC 3986's IP-literal).
		end := strings.IndexByte(host, ']')
		a, err := netip.ParseAddr(host[1:max(end, 1)])
		return end > 0 && err == nil && a.Is6()
	}
	if host == "localhost" {
		return true
	}
	return dnsHostOK(host)
}

// dnsHostOK reports whether host is a valid IPv4 address or a DNS name of
// two or more well-formed labels ending in a label of letters.
func dnsHostOK(host string) bool {
	digitsAndDots := strings.Trim(host, "0123456789.") == ""
	if digitsAndDots {
		a, err := netip.ParseAddr(host)
		return err == nil && a.Is4()
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' {
			return false
		}
	}
	top := labels[len(labels)-1]
	return len(top) >= 2 && (isAlpha(top) || strings.HasPrefix(top, "xn--"))
}

// punyTop reports whether the spoken label ending at token end is an
// internationalised top-level label, "dot x n dash dash p one a i"
// (RFC 3492's ACE prefix "xn--"; IANA lists such labels for many scripts).
func (ts *Tokens) punyTop(end int) bool {
	for n, k := 0, end; n < 10 && k >= 0; n, k = n+1, ts.prev(k-1) {
		if ts.isWord(k, "dot", "period", "point") {
			return false
		}
		if ts.isXN(k) && ts.isWord(ts.next(k+1), "dash", "hyphen") && ts.isWord(ts.prev(k-1), "dot", "period", "point") {
			return true
		}
	}
	return false
}

// isXN reports whether token i is "xn", said as a word or spelled "x n".
func (ts *Tokens) isXN(i int) bool {
	return i >= 0 && i < len(ts.Toks) && ts.Toks[i].Norm == "xn" && (ts.Toks[i].Kind == KindWord || ts.Toks[i].Kind == KindLetters)
}

// urlQuery extends a spoken web address ending at token end over a query
// read out: "question mark q equals shoes", "... and page equals two"
// (RFC 3986's "?" query of key=value pairs joined by "&"). A key and
// its value are one word or number each; without "equals" there is no
// query ("... dot com? question mark" is talk).
func (ts *Tokens) urlQuery(end int) int {
	q := ts.next(end + 1)
	if ts.sentenceEndsAfter(end) || !ts.isWord(q, "question") || !ts.isWord(ts.next(q+1), "mark") {
		return end
	}
	k := ts.next(q + 1)
	for n := 0; n < 4; n++ {
		key := ts.next(k + 1)
		eq := ts.next(key + 1)
		val := ts.next(eq + 1)
		if !ts.emailPart(key) || !ts.isWord(eq, "equals") || !ts.emailPart(val) || ts.sentenceEndsAfter(key) || ts.sentenceEndsAfter(eq) {
			return end
		}
		end = ts.pathSegment(val)
		if ts.sentenceEndsAfter(end) {
			return end
		}
		k = ts.next(end + 1)
		if !ts.isWord(k, "and", "ampersand") {
			return end
		}
	}
	return end
}

// secondLevelBefore reports whether the top-level label at token end is a
// registry's second level under a country code that follows it: "co dot
// uk", "com dot au", "ac dot jp", "gov dot in".
func (ts *Tokens) secondLevelBefore(end int) bool {
	if !secondLevels[ts.Toks[end].Norm] || ts.sentenceEndsAfter(end) {
		return false
	}
	d := ts.next(end + 1)
	cc := ts.next(d + 1)
	return ts.isWord(d, "dot", "period", "point") && cc < len(ts.Toks) && len(ts.Toks[cc].Norm) == 2 && tlds[ts.Toks[cc].Norm] && !ts.sentenceEndsAfter(d)
}

// secondLevels are the second-level labels country registries use.
var secondLevels = map[string]bool{"co": true, "com": true, "org": true, "net": true, "ac": true, "gov": true,
	"edu": true, "ltd": true, "plc": true, "or": true, "ne": true, "go": true, "nhs": true, "sch": true}

// spokenUserinfo parses a web address with credentials read out, the "at"
// at token i between them and the host: "userid colon password at
// example dot com colon eight zero eight zero" (RFC 3986: userinfo "@"
// host ":" port). It returns the first and last tokens.
func (ts *Tokens) spokenUserinfo(i int) (int, int, bool) {
	pw := ts.prev(i - 1)
	c := ts.prev(pw - 1)
	user := ts.prev(c - 1)
	// (Not "ten colon thirty at ...": a time.)
	if !ts.isWord(c, "colon") || !ts.emailPart(pw) || !ts.emailPart(user) || ts.Toks[user].in(wcEmailStop) || ts.Toks[user].Kind == KindNumber ||
		ts.sentenceEndsAfter(user) || ts.sentenceEndsAfter(c) || ts.sentenceEndsAfter(pw) {
		return 0, 0, false
	}
	end, ok := ts.emailDomain(ts.next(i+1), false)
	if !ok || !tlds[ts.Toks[end].Norm] {
		return 0, 0, false
	}
	return user, ts.urlPath(end), true
}

// specialUseHost reports whether the spoken domain from token i to end
// ends in a special-use name (specialUseTops) after a label with a dash or
// two labels: "base dash test dash site dot local", "build dot lab dot
// internal" (not "the local dot local").
func (ts *Tokens) specialUseHost(i, end int) bool {
	if end <= i || !specialUseTops[ts.Toks[end].Norm] || ts.Toks[end].Kind != KindWord {
		return false
	}
	dots, dash := 0, false
	for k := i; k < end; k = ts.next(k + 1) {
		switch {
		case ts.isWord(k, "dot", "period", "point"):
			dots++
		case ts.isWord(k, "dash", "hyphen"):
			dash = true
		}
	}
	return dots >= 2 || dash && dots == 1
}

// mailHost reports whether token i, a word such as "mail", "home" or
// "work" that opens no spoken mailbox (emailStop), is the first label of
// a host of three or more labels said with "dot": "mail dot acme dot
// org", "home dot example dot net slash photos" (not "mail dot com", nor
// "at mail dot com", a mailbox's domain, which emailDomain reads).
func (ts *Tokens) mailHost(i int) bool {
	if !domainWords[ts.Toks[i].Norm] || ts.sentenceEndsAfter(i) {
		return false
	}
	dots := 0
	for k, n := i, 0; n < 8; n++ {
		d := ts.next(k + 1)
		if !ts.isWord(d, "dot") || ts.sentenceEndsAfter(d) {
			break
		}
		l := ts.next(d + 1)
		if l >= len(ts.Toks) || !ts.emailPart(l) {
			break
		}
		k, dots = l, dots+1
	}
	return dots >= 2
}

// cidrShaped reports whether s may be an address block in CIDR notation:
// a slash after the address and one to three digits after it
// ("10.0.0.0/24", "2001:db8::/48"), so that only such words are parsed
// (a failed parse allocates its error).
func cidrShaped(s string) bool {
	k := strings.LastIndexByte(s, '/')
	if k <= 0 || len(s)-k-1 < 1 || len(s)-k-1 > 3 || !allDigits(s[k+1:]) {
		return false
	}
	return strings.Count(s[:k], ".") == 3 || strings.Count(s[:k], ":") >= 2
}

// dotOrColon reports whether s holds a '.' or a ':'.
func dotOrColon(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == ':' {
			return true
		}
	}
	return false
}
