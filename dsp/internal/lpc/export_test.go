package lpc

// Paths reports how many calls the fast path settled and how many needed
// Aberth's method.
func (f *RootFinder) Paths() (fast, slow int) { return f.fast, f.slow }
