package redact_test

import "testing"

// Four numbers joined by "point" are an IP address only near a network
// word (hn17_ip.go); with "dot", or after one, they still are.
func TestFind_PointReadIPNeedsANetworkWord(t *testing.T) {
	for _, c := range [][]string{
		{"C: The tool flags two hundred one point twenty two point four point one as bad input."},
		{"C: It won't take m underscore two at one hundred forty point nine point eighty point three, it says invalid."},
		{"C: The sheet reads three point one point four point one and then it stops."},
		{"C: It rejects mail one hundred twenty seven point oh point oh point one, as it should."},
	} {
		checkDialogueIn(t, []bool{true}, c...)
	}
	for _, c := range [][]string{
		{"A: Which IP address does the router show?", "C: It's [IP_ADDRESS one nine two point one six eight point four point ten.]"},
		{"C: The server sits at [IP_ADDRESS ten point twelve point four point one.]"},
		{"C: The printer's address is [IP_ADDRESS one ninety two point one sixty eight point one point fifty.]"},
		{"A: what i p does the box show", "C: [IP_ADDRESS ten point four point one point two]"},
		{"C: Type in [IP_ADDRESS eighty one dot twelve dot four dot nine] and press enter."},
	} {
		checkDialogueIn(t, []bool{true}, c...)
	}
}
