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

// mulAdd is x·y + z, out of line so that its operands are registers: the
// shape in which the compiler fuses (with memory operands it does not).
//
//go:noinline
func mulAdd(x, y, z float64) float64 { return x*y + z }

// GoFusesMultiplyAdd reports whether this build's Go code fuses x·y + z
// into one rounding (as GOAMD64=v3 does), in which case the Go loops and
// the assembly kernels, which never fuse, differ by rounding. The probe's
// x·y + z is −2⁻⁶⁰ exactly but 0 when x·y is rounded first.
func GoFusesMultiplyAdd() bool {
	return mulAdd(1+0x1p-30, 1-0x1p-30, -1) != 0
}
