package redact

// An IPv4 address read aloud with "point" between every part and nothing
// about networks around it is a reading, not an address. People dictating
// an address mostly say "dot" ("one nine two dot one six eight dot ...");
// a run of four numbers joined by "point" alone is as often a decimal read
// twice over, an invalid email's host read as numbers ("k underscore four
// at two hundred three point sixty one point ...") or a validator's test
// input ("why does it say two hundred one point twenty two point four
// point one is wrong"). Such a run is an IP address only where a network
// word (netCueWords: "ip", "server", "router", "gateway", ...) comes in
// the 40 content words before it, on any channel (the agent's question
// counts), or in the 8 after it.
//
// Added in session 15 (task hn17). It cannot tell a caller who reads their
// address with "point" and never names a network: "my address at work is
// ten point one point four point two" stays unredacted.

// netCueWords make a spoken IPv4 run with "point" an address.
var netCueWords = []string{"ip", "ips", "ipv4", "server", "servers", "router", "gateway", "dns", "subnet", "ping",
	"host", "hostname", "proxy", "vpn", "modem", "network", "wifi", "static", "dhcp", "firewall", "printer",
	"lan", "netmask", "mask", "nameserver", "computer's", "pc's", "device's", "laptop's", "machine's",
	"printer's", "router's", "server's", "modem's", "network's", "gateway's", "host's",
	// (review17: the devices a caller reads an address off, as they say them)
	"computer", "laptop", "pc", "tablet", "tablet's", "camera", "cameras", "camera's", "ethernet", "nas"}

// pointOnlyIPUncued reports whether the spoken IPv4 run from token i to
// last joins its parts with "point" only and has no network word near it.
func (ts *Tokens) pointOnlyIPUncued(i, last int) bool {
	for k := i + 1; k < last; k++ {
		if ts.isWord(k, "dot", "period") {
			return false
		}
	}
	sh := ts.sh
	gw := ts.Words[ts.Toks[i].First]
	if sh.contextHas(gw, 40, netCueWords...) || sh.aheadHas(ts.Words[ts.Toks[last].Last], 8, netCueWords...) {
		return false
	}
	// "i p" spelled, on any channel: "what i p address does it show".
	for p, d := int(sh.before[gw])-1, 0; p > 0 && d < 40; p, d = p-1, d+1 {
		if sh.lower[sh.order[p]] == "p" && sh.lower[sh.order[p-1]] == "i" {
			return false
		}
	}
	return true
}

// readPointBefore reports whether token k is "point" or "dot" read inside
// a number, with token n after it a number or a zero said "oh" ("one
// hundred twenty seven point oh point oh point one"): no street named
// Point, which the address tagger would otherwise read there.
func (ts *Tokens) readPointBefore(k, n int) bool {
	if !ts.isWord(k, "point", "dot") {
		return false
	}
	return ts.Toks[n].Kind == KindNumber || ts.isWord(n, "oh", "o") && ts.isWord(ts.next(n+1), "point", "dot")
}

// pointReadAfter reports whether number token i is read on with a point
// (readPointBefore): a decimal, a version or an address of the net, not a
// house number.
func (ts *Tokens) pointReadAfter(i int) bool {
	if ts.sentenceEndsAfter(i) {
		return false
	}
	k := ts.next(i + 1)
	if k+1 >= len(ts.Toks) {
		return false
	}
	n := ts.next(k + 1)
	return n < len(ts.Toks) && ts.readPointBefore(k, n)
}
