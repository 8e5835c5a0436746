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

type netRecognizer struct{}

func (netRecognizer) Name() string { return "net" }

// writtenURL matches a written web address: a scheme or "www.", or a
// domain of letters, digits and dashes ending in a known top-level label,
// then an optional path.
var writtenURL = regexp.MustCompile(`^(?:(?:https?|ftp)://\S+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?|(?:[a-z0-9-]+\.)+(?:com|net|org|edu|gov|io|co|us|uk|info|biz|me|app|dev|ai|ca|de)(?:[/?#]\S*)?)$`)

func (netRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindMeasure, KindWord, KindAlnum:
			s := strings.TrimRight(tk.Norm, ".,;:!?")
			if !strings.ContainsAny(s, ".:") {
				break // most words: no address to parse (ParseAddr's errors allocate)
			}
			if a, err := netip.ParseAddr(s); err == nil && (a.Is4() && strings.Count(s, ".") == 3 || a.Is6() && strings.Count(s, ":") >= 2) {
				out = append(out, ts.TokenFinding(IPAddress, i, i, 0.95, "ip"))
				continue
			}
			if strings.ContainsRune(s, '.') && !strings.ContainsRune(s, '@') && writtenURL.MatchString(s) {
				out = append(out, ts.TokenFinding(URL, i, i, 0.9, "url"))
				continue
			}
		}
		if tk.Kind == KindNumber {
			if last, ok := ts.spokenIPv4(i); ok {
				out = append(out, ts.TokenFinding(IPAddress, i, last, 0.95, "ip-spoken"))
				i = last
				continue
			}
		}
		// (After "at" too: "upload it at d m v dot n y dot gov"; where an
		// email holds the same words, its finding scores higher.)
		if !ts.emailPart(i) || emailStop[tk.Norm] {
			continue
		}
		if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && emailConnectors[ts.Toks[p].Norm] {
			continue // inside an address that started earlier
		}
		end, ok := ts.emailDomain(i)
		if !ok || !tlds[ts.Toks[end].Norm] || ts.isWord(ts.next(end+1), "at", "@") {
			continue
		}
		// "... dot com slash orders slash 42"
		for {
			s := ts.next(end + 1)
			k := ts.next(s + 1)
			if !ts.isWord(s, "slash", "/") || ts.sentenceEndsAfter(end) || k >= len(ts.Toks) || !ts.emailPart(k) {
				break
			}
			end = k
		}
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
		if last >= len(ts.Toks) || ts.Toks[last].Kind != KindNumber {
			return 0, false
		}
		n := ts.Toks[last].Norm
		if v, err := strconv.Atoi(n); err != nil || v > 255 || len(n) > 3 || len(n) > 1 && n[0] == '0' {
			return 0, false
		}
	}
	return last, true
}
