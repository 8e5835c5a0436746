package fft

import (
	"math"
	"math/bits"
)

// Real32 is callveil's own float32 real FFT: a size-n real transform done
// as one complex FFT of size n/2 (even samples as real parts, odd samples as
// imaginary parts) followed by the standard split into the spectra of the
// even and odd samples (see e.g. Sorensen et al., "Real-valued fast Fourier
// transform algorithms", IEEE Trans. ASSP 35(6), 1987).
//
// The complex FFT is an iterative decimation-in-time transform on split
// real/imaginary arrays: radix-4 stages, then one radix-2 stage when
// log2(n/2) is odd, each with its twiddles precomputed contiguously. The
// bit-reversal permutation costs nothing extra: it is folded into the
// packing of the input. The inverse runs the same forward kernel on the
// spectrum with real and imaginary parts swapped, which yields the inverse
// transform (swap∘FFT∘swap = n·IFFT).
//
// It exists because the transform is the phase vocoder's main cost: in
// float32, with no conversions and no interface calls inside, it is several
// times faster than gonum's float64 FFT at the sizes callveil uses
// (256–1024); see BenchmarkRealFFT.
type Real32 struct {
	n, m   int // real size, complex size m = n/2
	rev    []int32
	re, im []float32
	z      []float32 // interleaved complex input of the inverse
	stages []stage
	// post-processing twiddles W_n^k = exp(−2πik/n), k < m/2+1
	tr, ti []float32
}

// stage is one butterfly pass: radix 4 combining four sub-transforms of
// length l, or radix 2 combining the two halves (l = m/2; or the only
// stage, l = 1, when m = 2).
type stage struct {
	radix int
	l     int
	// twiddles W^k, W^2k, W^3k with W = exp(−2πi/(4l)), k < l; for radix
	// 2, only W^k with W = exp(−2πi/(2l))
	w1r, w1i, w2r, w2i, w3r, w3i []float32
	// packed holds the same twiddles for the assembly kernels when l is a
	// multiple of 4: by groups of g = 8 (or 4, when l = 4) consecutive k,
	// the g values of w1r, w1i, w2r, w2i, w3r, w3i in turn; for radix 2,
	// w1r then w1i.
	packed []float32
}

// NewReal32 returns a float32 plan of size n. It panics if n is not a power
// of two ≥ 4.
func NewReal32(n int) *Real32 {
	checkSize("NewReal32", n)
	m := n / 2
	p := &Real32{n: n, m: m, rev: make([]int32, m), re: make([]float32, m), im: make([]float32, m), z: make([]float32, n)}
	lg := bits.TrailingZeros(uint(m))
	for i := range m {
		if lg == 0 {
			break
		}
		p.rev[i] = int32(bits.Reverse32(uint32(i)) >> (32 - lg))
	}
	// Radix 4 from the start (the first stage, l = 1, gathers the input in
	// bit-reversed order), while 4l ≤ m. When log2(m) is odd that leaves
	// two halves, the transforms of the even and odd samples, which a last
	// radix-2 stage combines: that stage vectorises, where a radix-2 first
	// stage and a radix-4 stage with l = 2 did not. m = 2 is one radix-2
	// stage.
	if m == 2 {
		p.stages = append(p.stages, stage{radix: 2, l: 1})
	}
	for l := 1; 4*l <= m; l *= 4 {
		st := stage{radix: 4, l: l}
		for _, w := range []*[]float32{&st.w1r, &st.w1i, &st.w2r, &st.w2i, &st.w3r, &st.w3i} {
			*w = make([]float32, l)
		}
		for k := range l {
			for q, dst := range [][2][]float32{{st.w1r, st.w1i}, {st.w2r, st.w2i}, {st.w3r, st.w3i}} {
				s, c := math.Sincos(-2 * math.Pi * float64((q+1)*k) / float64(4*l))
				dst[0][k], dst[1][k] = float32(c), float32(s)
			}
		}
		if l%4 == 0 {
			st.packed = packTwiddles(&st)
		}
		p.stages = append(p.stages, st)
	}
	if lg%2 == 1 && m > 2 {
		l := m / 2
		st := stage{radix: 2, l: l, w1r: make([]float32, l), w1i: make([]float32, l)}
		for k := range l {
			s, c := math.Sincos(-2 * math.Pi * float64(k) / float64(m))
			st.w1r[k], st.w1i[k] = float32(c), float32(s)
		}
		st.packed = append(append(make([]float32, 0, 2*l), st.w1r...), st.w1i...)
		p.stages = append(p.stages, st)
	}
	p.tr = make([]float32, m/2+1)
	p.ti = make([]float32, m/2+1)
	for k := range p.tr {
		s, c := math.Sincos(-2 * math.Pi * float64(k) / float64(n))
		p.tr[k], p.ti[k] = float32(c), float32(s)
	}
	return p
}

// packTwiddles lays out st's twiddles for the assembly kernels (see
// stage.packed).
func packTwiddles(st *stage) []float32 {
	g := 8
	if st.l%8 != 0 {
		g = 4
	}
	out := make([]float32, 0, 6*st.l)
	for k := 0; k < st.l; k += g {
		for _, w := range [][]float32{st.w1r, st.w1i, st.w2r, st.w2i, st.w3r, st.w3i} {
			out = append(out, w[k:k+g]...)
		}
	}
	return out
}

// Len implements Transform.
func (p *Real32) Len() int { return p.n }

// Forward implements Transform.
func (p *Real32) Forward(dst []complex64, x []float32) {
	checkLens(p.n, len(x), len(dst))
	m := p.m
	re, im := p.re[:m], p.im[:m]
	// The even samples are the real parts, the odd ones the imaginary
	// parts: x is already the interleaved complex input.
	p.complexFFT(x[:2*m])
	// X[k] = E[k] + W^k·O[k], with E, O the spectra of the even and odd
	// samples: E[k] = (Z[k] + conj Z[m−k])/2, O[k] = (Z[k] − conj Z[m−k])/2i.
	// Bins k and m−k are computed together.
	dst = dst[:m+1]
	dst[0] = complex(re[0]+im[0], 0)
	dst[m] = complex(re[0]-im[0], 0)
	tr, ti := p.tr, p.ti
	for k := p.splitAsm(dst); k <= m/2; k++ {
		j := m - k
		zr, zi, yr, yi := re[k], im[k], re[j], im[j]
		er, ei := 0.5*(zr+yr), 0.5*(zi-yi)
		or, oi := 0.5*(zi+yi), -0.5*(zr-yr)
		// W^k·O
		wr, wi := tr[k], ti[k]
		pr, pi := wr*or-wi*oi, wr*oi+wi*or
		dst[k] = complex(er+pr, ei+pi)
		// Bin m−k: E[m−k] = conj E[k], O[m−k] = conj O[k],
		// W^(m−k) = −conj W^k, so X[m−k] = conj(E[k] − W^k·O[k]).
		dst[j] = complex(er-pr, pi-ei)
	}
}

// Inverse implements Transform.
func (p *Real32) Inverse(dst []float32, X []complex64) {
	checkLens(p.n, len(dst), len(X))
	m := p.m
	re, im := p.re[:m], p.im[:m]
	z := p.z[:2*m]
	X = X[:m+1]
	// Z[k] = E[k] + i·O[k] with E[k] = (X[k] + conj X[m−k])/2 and
	// O[k] = (X[k] − conj X[m−k])·conj(W^k)/2, scaled by 1/m so the
	// result needs no final pass, and stored swapped (re↔im) and
	// bit-reversed for the forward kernel.
	s := 1 / float32(p.n) // (1/2)·(1/m)
	tr, ti := p.tr, p.ti
	// Bin 0 first: the kernel does bins 1 … k0−1 and their partners.
	k0 := p.unsplitAsm(z, X, s)
	for k := 0; k <= m/2; k++ {
		if k == 1 {
			k = k0 // ≤ m/2
		}
		j := m - k
		xr, xi := real(X[k]), imag(X[k])
		yr, yi := real(X[j]), -imag(X[j]) // conj X[m−k]
		if k == 0 {
			xi, yi = 0, 0
		}
		er, ei := s*(xr+yr), s*(xi+yi)
		dr, di := s*(xr-yr), s*(xi-yi)
		wr, wi := tr[k], -ti[k] // conj W^k
		or, oi := dr*wr-di*wi, dr*wi+di*wr
		// Z[k] = E + i·O
		zr, zi := er-oi, ei+or
		z[2*k], z[2*k+1] = zi, zr
		if k != 0 && j != k {
			// Bin m−k from the same values: E[m−k] = conj E[k];
			// X[m−k] − conj X[k] = −conj(X[k] − conj X[m−k]); and
			// conj W^(m−k) = −W^k.
			e2r, e2i := er, -ei
			d2r, d2i := -dr, di
			w2r, w2i := -tr[k], -ti[k]
			o2r, o2i := d2r*w2r-d2i*w2i, d2r*w2i+d2i*w2r
			z2r, z2i := e2r-o2i, e2i+o2r
			z[2*j], z[2*j+1] = z2i, z2r
		}
	}
	p.complexFFT(z)
	interleave(dst[:2*m], im, re)
}

// complexFFT transforms the interleaved complex sequence src (re, im,
// re, im, …; m values) into p.re, p.im in natural order. The bit-reversal
// permutation is a gather folded into the first butterfly stage.
func (p *Real32) complexFFT(src []float32) {
	re, im := p.re, p.im
	m := len(re)
	rev := p.rev[:m]
	src = src[:2*m]
	if p.stages[0].radix == 2 {
		for j := 0; j+1 < m; j += 2 {
			a, b := 2*int(rev[j]), 2*int(rev[j+1])
			ar, ai, br, bi := src[a], src[a+1], src[b], src[b+1]
			re[j], im[j] = ar+br, ai+bi
			re[j+1], im[j+1] = ar-br, ai-bi
		}
	} else {
		// Radix 4 with l = 1: no twiddles. In memory order the four inputs
		// are Y0, Y2, Y1, Y3.
		for j := 0; j+3 < m; j += 4 {
			a, b, c, d := 2*int(rev[j]), 2*int(rev[j+1]), 2*int(rev[j+2]), 2*int(rev[j+3])
			ar, ai := src[a], src[a+1]
			br, bi := src[b], src[b+1]
			cr, ci := src[c], src[c+1]
			dr, di := src[d], src[d+1]
			s0r, s0i := ar+br, ai+bi
			s1r, s1i := ar-br, ai-bi
			s2r, s2i := cr+dr, ci+di
			s3r, s3i := cr-dr, ci-di
			r, i := re[j:j+4:j+4], im[j:j+4:j+4]
			r[0], i[0] = s0r+s2r, s0i+s2i
			r[1], i[1] = s1r+s3i, s1i-s3r
			r[2], i[2] = s0r-s2r, s0i-s2i
			r[3], i[3] = s1r-s3i, s1i+s3r
		}
	}
	for si := 1; si < len(p.stages); si++ {
		st := &p.stages[si]
		if st.radix == 2 {
			radix2Last(re, im, st)
			continue
		}
		if st.radix == 4 && radix4Asm(re, im, st) {
			continue
		}
		l := st.l
		w1r, w1i := st.w1r[:l], st.w1i[:l]
		w2r, w2i := st.w2r[:l], st.w2i[:l]
		w3r, w3i := st.w3r[:l], st.w3i[:l]
		for s := 0; s < m; s += 4 * l {
			r0, i0 := re[s:s+l], im[s:s+l]
			r1, i1 := re[s+l:s+2*l], im[s+l:s+2*l]
			r2, i2 := re[s+2*l:s+3*l], im[s+2*l:s+3*l]
			r3, i3 := re[s+3*l:s+4*l], im[s+3*l:s+4*l]
			// Equal lengths, stated so the compiler drops bounds checks.
			n := len(r0)
			i0, r1, i1, r2, i2, r3, i3 = i0[:n], r1[:n], i1[:n], r2[:n], i2[:n], r3[:n], i3[:n]
			w1r, w1i, w2r, w2i, w3r, w3i := w1r[:n], w1i[:n], w2r[:n], w2i[:n], w3r[:n], w3i[:n]
			for k := range r0 {
				ar, ai := r0[k], i0[k]
				// B = Y2·W^2k, C = Y1·W^k, D = Y3·W^3k
				xr, xi := r1[k], i1[k]
				br, bi := xr*w2r[k]-xi*w2i[k], xr*w2i[k]+xi*w2r[k]
				xr, xi = r2[k], i2[k]
				cr, ci := xr*w1r[k]-xi*w1i[k], xr*w1i[k]+xi*w1r[k]
				xr, xi = r3[k], i3[k]
				dr, di := xr*w3r[k]-xi*w3i[k], xr*w3i[k]+xi*w3r[k]
				// G[k] = a+b+c+d, G[k+l] = a−b−i(c−d),
				// G[k+2l] = a+b−c−d, G[k+3l] = a−b+i(c−d)
				s0r, s0i := ar+br, ai+bi
				s1r, s1i := ar-br, ai-bi
				s2r, s2i := cr+dr, ci+di
				s3r, s3i := cr-dr, ci-di
				r0[k], i0[k] = s0r+s2r, s0i+s2i
				r1[k], i1[k] = s1r+s3i, s1i-s3r
				r2[k], i2[k] = s0r-s2r, s0i-s2i
				r3[k], i3[k] = s1r-s3i, s1i+s3r
			}
		}
	}
}

// radix2Last is the radix-2 stage that combines the transforms E (first
// half) and O (second half) of the even and odd samples: X[k] = E[k] +
// W^k·O[k], X[k+l] = E[k] − W^k·O[k].
func radix2Last(re, im []float32, st *stage) {
	l := st.l
	if radix2Asm(re, im, st) {
		return
	}
	r0, i0, r1, i1 := re[:l], im[:l], re[l:2*l], im[l:2*l]
	wr, wi := st.w1r[:l], st.w1i[:l]
	for k := range r0 {
		xr, xi := r1[k], i1[k]
		br, bi := xr*wr[k]-xi*wi[k], xr*wi[k]+xi*wr[k]
		ar, ai := r0[k], i0[k]
		r0[k], i0[k] = ar+br, ai+bi
		r1[k], i1[k] = ar-br, ai-bi
	}
}
