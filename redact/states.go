package redact

// stateNames holds US state names; for two-word names the last word
// ("york", "carolina", "dakota", "hampshire", "jersey", "mexico", "island",
// "virginia") stands for the state, since it is the word a ZIP code follows.
var stateNames = map[string]bool{
	"alabama": true, "alaska": true, "arizona": true, "arkansas": true, "california": true,
	"colorado": true, "connecticut": true, "delaware": true, "florida": true, "georgia": true,
	"hawaii": true, "idaho": true, "illinois": true, "indiana": true, "iowa": true, "kansas": true,
	"kentucky": true, "louisiana": true, "maine": true, "maryland": true, "massachusetts": true,
	"michigan": true, "minnesota": true, "mississippi": true, "missouri": true, "montana": true,
	"nebraska": true, "nevada": true, "hampshire": true, "jersey": true, "mexico": true,
	"york": true, "carolina": true, "dakota": true, "ohio": true, "oklahoma": true, "oregon": true,
	"pennsylvania": true, "island": true, "tennessee": true, "texas": true, "utah": true,
	"vermont": true, "virginia": true, "washington": true, "wisconsin": true, "wyoming": true,
	"columbia": true, "dc": true, "rico": true,
}

// stateAbbr holds the USPS two-letter state codes (lowercase).
var stateAbbr = map[string]bool{
	"al": true, "ak": true, "az": true, "ar": true, "ca": true, "co": true, "ct": true, "de": true,
	"fl": true, "ga": true, "hi": true, "id": true, "il": true, "in": true, "ia": true, "ks": true,
	"ky": true, "la": true, "me": true, "md": true, "ma": true, "mi": true, "mn": true, "ms": true,
	"mo": true, "mt": true, "ne": true, "nv": true, "nh": true, "nj": true, "nm": true, "ny": true,
	"nc": true, "nd": true, "oh": true, "ok": true, "or": true, "pa": true, "ri": true, "sc": true,
	"sd": true, "tn": true, "tx": true, "ut": true, "vt": true, "va": true, "wa": true, "wv": true,
	"wi": true, "wy": true, "dc": true, "pr": true,
}
