package dsp

// UseAVXKernels turns the AVX kernels (not the AVX2 ones, whose onset sum
// is rounded differently from the Go loop's) on or off for a test, where
// the CPU has them, and returns a function that restores the setting. The
// stage's output must not change.
func UseAVXKernels(on bool) (restore func()) {
	old := haveAVX
	haveAVX = on && old
	return func() { haveAVX = old }
}
