//go:build race

package names

// raceEnabled says the race detector is on: it makes the build several
// times slower, so timing budgets do not apply.
const raceEnabled = true
