package dsp

import "math/bits"

// peakPad is how far the power spectrum's capacity must exceed its length
// for findPeaks: the AVX kernel tests eight bins at a time and reads two
// bins past the last group.
const peakPad = 16

// powerSpectrum writes |X[k]|² into P and returns the high-frequency
// content Σ k·|X[k]|² (the onset measure) and the largest power. NaN bins
// count toward neither.
func powerSpectrum(X []complex64, P []float32) (hfc, maxP float32) {
	P = P[:len(X)]
	m := 0
	if haveAVX2 {
		m = len(X) &^ 7
		if m > 0 {
			hfc, maxP = powerAVX2(&X[0], &P[0], m, &hfcRamp)
		}
	}
	for k := m; k < len(X); k++ {
		v := X[k]
		p := real(v)*real(v) + imag(v)*imag(v)
		P[k] = p
		hfc += float32(k) * p
		if p > maxP {
			maxP = p
		}
	}
	return hfc, maxP
}

// hfcRamp is powerAVX2's table: the bin numbers of the first group of
// eight and the step to the next.
var hfcRamp = [16]float32{0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8}

// findPeaks writes into peaks, in order, the bins j in [2, len(P)−3] whose
// power is above floor, above both lower neighbours and at least both
// upper ones, and returns how many there are. mask is scratch of at least
// len(P)/8+1 bytes, and cap(P) ≥ len(P)+peakPad.
func findPeaks(P []float32, floor float32, peaks []int32, mask []uint8) int {
	nb := len(P)
	if nb < 5 {
		return 0
	}
	if !haveAVX2 {
		return findPeaksGo(P, floor, peaks)
	}
	// Group q covers bins 2+8q … 9+8q; the last bin tested is nb−3.
	nq := (nb - 4 + 7) / 8
	if cap(P) < 8*nq+4 || len(mask) < nq {
		panic("dsp: findPeaks: P lacks its padding or mask is short")
	}
	peakMaskAVX2(&P[:cap(P)][0], nq, floor, &mask[0])
	np := 0
	for q, b := range mask[:nq] {
		for b != 0 {
			j := 2 + 8*q + bits.TrailingZeros8(b)
			if j > nb-3 {
				break // the padding past the spectrum
			}
			peaks[np] = int32(j)
			np++
			b &= b - 1
		}
	}
	return np
}

// findPeaksGo is findPeaks in Go, the reference for the kernel.
func findPeaksGo(P []float32, floor float32, peaks []int32) int {
	np := 0
	for j := 2; j+2 < len(P); j++ {
		q := P[j]
		peaks[np] = int32(j)
		np += b2i(q > P[j-1]) & b2i(q > P[j-2]) & b2i(q >= P[j+1]) & b2i(q >= P[j+2]) & b2i(q > floor)
	}
	return np
}
