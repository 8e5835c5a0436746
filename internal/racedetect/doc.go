// Package racedetect says whether the race detector is built in, for the
// tests that lighten their work under it (it makes callveil's hot loops
// five to ten times slower, so timing budgets and long measurements do not
// fit CI's -race run).
//
// It sits below every floor of DESIGN.md's layer table (standard library
// only, nothing of callveil) and is imported by _test.go files only.
package racedetect
