package lpc_test

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/callveil/callveil/dsp/internal/lpc"
)

// fromReflections builds a stable prediction polynomial from reflection
// coefficients with the step-up recursion (independent of Levinson).
func fromReflections(k []float64) []float64 {
	a := []float64{1}
	for _, ki := range k {
		n := make([]float64, len(a)+1)
		for j := range a {
			n[j] += a[j]
			n[len(a)-j] += ki * a[j]
		}
		a = n
	}
	return a
}

// arSignal runs white noise through 1/A(z).
func arSignal(rng *rand.Rand, a []float64, n int) []float64 {
	e := make([]float64, n)
	for i := range e {
		e[i] = rng.NormFloat64()
	}
	y := make([]float64, n)
	lpc.SynthesisFilter(y, e, a)
	return y
}

func TestAutocorrelate_MatchesDirectSum(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 3, 7, 160, 321} {
		x := make([]float64, n)
		for i := range x {
			x[i] = rng.Float64()*2 - 1
		}
		r := make([]float64, 12)
		lpc.Autocorrelate(r, x)
		for k := range r {
			want := 0.0
			for i := 0; i+k < n; i++ {
				want += x[i] * x[i+k]
			}
			assert.InDelta(t, want, r[k], 1e-12*(1+math.Abs(want)), "n=%d lag=%d", n, k)
		}
	}
}

func TestLevinson_MatchesDirectToeplitzSolve(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	for _, p := range []int{1, 2, 10, 12, 20} {
		k := make([]float64, p)
		for i := range k {
			k[i] = (rng.Float64()*2 - 1) * 0.9
		}
		x := arSignal(rng, fromReflections(k), 4000)
		r := make([]float64, p+1)
		lpc.Autocorrelate(r, x)

		a := make([]float64, p+1)
		refl := make([]float64, p)
		predErr, order := lpc.Levinson(a, refl, r)
		require.Equal(t, p, order)

		// Direct solve of the normal equations R·a = −r.
		R := mat.NewDense(p, p, nil)
		rhs := mat.NewVecDense(p, nil)
		for i := 0; i < p; i++ {
			for j := 0; j < p; j++ {
				R.Set(i, j, r[abs(i-j)])
			}
			rhs.SetVec(i, -r[i+1])
		}
		var sol mat.VecDense
		require.NoError(t, sol.SolveVec(R, rhs))
		assert.Equal(t, 1.0, a[0])
		for j := 1; j <= p; j++ {
			assert.InDelta(t, sol.AtVec(j-1), a[j], 1e-8, "p=%d a[%d]", p, j)
		}
		// The error power is r0 + Σ a_j r_j.
		wantErr := r[0]
		for j := 1; j <= p; j++ {
			wantErr += a[j] * r[j]
		}
		assert.InDelta(t, wantErr, predErr, 1e-9*r[0])
		for _, v := range refl {
			assert.Less(t, math.Abs(v), 1.0)
		}
		// Step-up from the reflection coefficients reproduces a.
		assert.InDeltaSlice(t, fromReflections(refl), a, 1e-9)
	}
}

func TestLevinson_GuardStopsOnSingularFrames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		r         []float64
		wantOrder int
	}{
		{"silence", []float64{0, 0, 0, 0}, 0},
		{"negative energy", []float64{-1, 0, 0}, 0},
		{"constant signal (|k1| = 1)", []float64{5, 5, 5, 5}, 0},
		{"pure tone, order 2 exact", pureToneR(0.3, 5), 2},
		{"NaN", []float64{math.NaN(), 1, 1}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := len(tc.r) - 1
			a := make([]float64, p+1)
			k := make([]float64, p)
			_, order := lpc.Levinson(a, k, tc.r)
			assert.LessOrEqual(t, order, tc.wantOrder)
			assert.Equal(t, 1.0, a[0])
			for j := order + 1; j <= p; j++ {
				assert.Zero(t, a[j])
			}
			for _, v := range k {
				assert.Less(t, math.Abs(v), 1.0)
			}
		})
	}
}

// pureToneR is the exact autocorrelation cos(ω·k) of a sinusoid.
func pureToneR(w float64, n int) []float64 {
	r := make([]float64, n)
	for k := range r {
		r[k] = math.Cos(w * float64(k))
	}
	return r
}

func TestFilters_AnalysisThenSynthesisIsIdentity(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	a := fromReflections([]float64{0.9, -0.7, 0.5, -0.3, 0.2, 0.1})
	x := arSignal(rng, a, 500)
	e := make([]float64, len(x))
	lpc.AnalysisFilter(e, x, a)
	y := make([]float64, len(x))
	lpc.SynthesisFilter(y, e, a)
	assert.InDeltaSlice(t, x, y, 1e-9)
	// In place.
	lpc.SynthesisFilter(e, e, a)
	assert.InDeltaSlice(t, x, e, 1e-9)
}

func TestSynthesisFilter_OnePoleImpulseResponse(t *testing.T) {
	t.Parallel()
	a := []float64{1, -0.5} // 1/(1 − 0.5 z⁻¹)
	e := []float64{1, 0, 0, 0, 0}
	y := make([]float64, len(e))
	lpc.SynthesisFilter(y, e, a)
	assert.InDeltaSlice(t, []float64{1, 0.5, 0.25, 0.125, 0.0625}, y, 1e-15)
}

// eigenRoots is the reference: eigenvalues of the companion matrix.
func eigenRoots(t *testing.T, c []float64) []complex128 {
	n := len(c) - 1
	C := mat.NewDense(n, n, nil)
	for j := 0; j < n; j++ {
		C.Set(0, j, -c[j+1]/c[0])
	}
	for i := 1; i < n; i++ {
		C.Set(i, i-1, 1)
	}
	var e mat.Eigen
	require.True(t, e.Factorize(C, mat.EigenNone))
	return e.Values(nil)
}

// assertSameRoots matches every reference root to its nearest unused
// computed root.
func assertSameRoots(t *testing.T, want, got []complex128, tol float64, msg string) {
	t.Helper()
	require.Len(t, got, len(want), msg)
	used := make([]bool, len(got))
	for _, w := range want {
		best, bi := math.Inf(1), -1
		for i, g := range got {
			if !used[i] && cmplx.Abs(g-w) < best {
				best, bi = cmplx.Abs(g-w), i
			}
		}
		used[bi] = true
		assert.LessOrEqual(t, best, tol*(1+cmplx.Abs(w)), "%s: root %v", msg, w)
	}
}

func TestRootFinder_MatchesGonumEigen(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 8))
	f := lpc.NewRootFinder(20)
	var dst []complex128
	for trial := 0; trial < 400; trial++ {
		p := 3 + rng.IntN(22)
		k := make([]float64, p)
		spread := []float64{0.5, 0.9, 0.99, 0.999}[trial%4]
		for i := range k {
			k[i] = (rng.Float64()*2 - 1) * spread
		}
		c := fromReflections(k)
		var err error
		dst, err = f.Roots(dst, c)
		require.NoError(t, err, "trial %d p=%d", trial, p)
		assertSameRoots(t, eigenRoots(t, c), dst, 1e-7, "random LPC")
	}
	// LPC of a noise-driven formant model (what McAdams sees).
	for trial := 0; trial < 50; trial++ {
		p := []int{10, 12, 20}[trial%3]
		x := arSignal(rng, fromReflections([]float64{0.95, -0.8, 0.6, -0.2}), 320)
		r := make([]float64, p+1)
		lpc.Autocorrelate(r, x)
		a := make([]float64, p+1)
		lpc.Levinson(a, make([]float64, p), r)
		var err error
		dst, err = f.Roots(dst, a)
		require.NoError(t, err)
		assertSameRoots(t, eigenRoots(t, a), dst, 1e-7, "speech-like LPC")
	}
	fast, slow := f.Paths()
	t.Logf("fast path %d, Aberth %d", fast, slow)
	assert.Positive(t, fast)
	assert.Positive(t, slow, "both paths are checked against gonum")
}

func TestRootFinder_WarmSequenceUsesFastPath(t *testing.T) {
	t.Parallel()
	// Slowly gliding resonances, as in the LPC of overlapping frames.
	f := lpc.NewRootFinder(10)
	var dst []complex128
	for i := 0; i < 300; i++ {
		ph := float64(i) / 300
		roots := []complex128{
			cmplx.Rect(0.97, 0.4+0.3*ph), cmplx.Rect(0.97, -(0.4 + 0.3*ph)),
			cmplx.Rect(0.93, 1.2-0.2*ph), cmplx.Rect(0.93, -(1.2 - 0.2*ph)),
			cmplx.Rect(0.85, 2.0+0.1*ph), cmplx.Rect(0.85, -(2.0 + 0.1*ph)),
			cmplx.Rect(0.7, 2.8), cmplx.Rect(0.7, -2.8),
			complex(0.3+0.2*ph, 0), complex(-0.5, 0),
		}
		c := make([]float64, 11)
		require.NoError(t, lpc.WarpPoles(c, roots, func(th float64) float64 { return th }))
		var err error
		dst, err = f.Roots(dst, c)
		require.NoError(t, err)
		assertSameRoots(t, roots, dst, 1e-9, "gliding")
	}
	fast, slow := f.Paths()
	assert.GreaterOrEqual(t, fast, 295, "slow %d", slow)
}

func TestRootFinder_RepeatedRoots(t *testing.T) {
	t.Parallel()
	f := lpc.NewRootFinder(8)
	for _, roots := range [][]complex128{
		{0.5, 0.5, 0.5, 0.5},
		{cmplx.Rect(0.9, 1), cmplx.Rect(0.9, -1), cmplx.Rect(0.9, 1), cmplx.Rect(0.9, -1)},
		{cmplx.Rect(0.9, 1), cmplx.Rect(0.9, -1), cmplx.Rect(0.9, 1), cmplx.Rect(0.9, -1), 0.2, 0.2, -0.7},
	} {
		c := make([]float64, len(roots)+1)
		require.NoError(t, lpc.WarpPoles(c, roots, func(th float64) float64 { return th }))
		got, err := f.Roots(nil, c)
		if err != nil {
			// Declining is allowed: the cluster is not resolvable to the
			// required backward error.
			assert.ErrorIs(t, err, lpc.ErrNoConvergence)
			continue
		}
		// A root of multiplicity k is only determined to about eps^(1/k).
		assertSameRoots(t, roots, got, 1e-3, "repeated")
		assertSameRoots(t, eigenRoots(t, c), got, 1e-3, "repeated vs gonum")
	}
}

func TestRootFinder_SpecialPolynomials(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		c    []float64
		want []complex128
	}{
		{"linear", []float64{2, -1}, []complex128{0.5}},
		{"real quadratic", []float64{1, -3, 2}, []complex128{1, 2}},
		{"complex quadratic", []float64{1, 0, 1}, []complex128{1i, -1i}},
		{"zero roots", []float64{1, -1, 0, 0}, []complex128{1, 0, 0}},
		{"real cubic", []float64{1, -6, 11, -6}, []complex128{1, 2, 3}},
		{"mixed", []float64{1, -0.5, 0.81, -0.405}, []complex128{0.5, 0.9i, -0.9i}},
	}
	f := lpc.NewRootFinder(4)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.Roots(nil, tc.c)
			require.NoError(t, err)
			assertSameRoots(t, tc.want, got, 1e-9, tc.name)
		})
	}
	_, err := f.Roots(nil, []float64{0, 1})
	assert.Error(t, err)
	_, err = f.Roots(nil, []float64{1, math.NaN()})
	assert.Error(t, err)
}

func TestWarpPoles_IdentityWarpRebuildsPolynomial(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(9, 10))
	f := lpc.NewRootFinder(20)
	for trial := 0; trial < 100; trial++ {
		p := 2 + rng.IntN(19)
		k := make([]float64, p)
		for i := range k {
			k[i] = (rng.Float64()*2 - 1) * 0.95
		}
		a := fromReflections(k)
		roots, err := f.Roots(nil, a)
		require.NoError(t, err)
		got := make([]float64, p+1)
		require.NoError(t, lpc.WarpPoles(got, roots, func(th float64) float64 { return th }))
		assert.InDeltaSlice(t, a, got, 1e-9)
	}
}

func TestWarpPoles_MovesAnglesKeepsMagnitudes(t *testing.T) {
	t.Parallel()
	// Poles: 0.9∠±1.0, 0.8∠±2.0, real 0.5 and −0.3.
	roots := []complex128{cmplx.Rect(0.9, 1), cmplx.Rect(0.9, -1), cmplx.Rect(0.8, 2), cmplx.Rect(0.8, -2), 0.5, -0.3}
	a := make([]float64, len(roots)+1)
	require.NoError(t, lpc.WarpPoles(a, roots, func(th float64) float64 { return th * 0.5 }))
	got, err := lpc.NewRootFinder(6).Roots(nil, a)
	require.NoError(t, err)
	want := []complex128{cmplx.Rect(0.9, 0.5), cmplx.Rect(0.9, -0.5), cmplx.Rect(0.8, 1), cmplx.Rect(0.8, -1), 0.5, -0.3}
	assertSameRoots(t, want, got, 1e-9, "warped")

	err = lpc.WarpPoles(make([]float64, 3), []complex128{0.5i, 0.2}, func(th float64) float64 { return th })
	assert.ErrorIs(t, err, lpc.ErrUnpaired)
}

func TestMcAdamsAngle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                string
		theta, alpha, scale float64
		want                float64
	}{
		{"alpha 1 is identity at 8 kHz", 1.3, 1, 0.5, 1.3},
		{"16 kHz is plain power", 0.5, 0.8, 1, math.Pow(0.5, 0.8)},
		{"8 kHz warps in 16 kHz terms", 1.2, 0.8, 0.5, 2 * math.Pow(0.6, 0.8)},
		{"fixed point 1 rad at 16 kHz", 1, 0.7, 1, 1},
		{"fixed point 2 rad at 8 kHz", 2, 0.7, 0.5, 2},
		{"clamped to pi", 3, 1.5, 0.5, math.Pi},
		{"zero stays zero", 0, 0.8, 0.5, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, lpc.McAdamsAngle(tc.theta, tc.alpha, tc.scale), 1e-12)
		})
	}
}

func TestHotPath_AllocatesNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	x := arSignal(rng, fromReflections([]float64{0.9, -0.6, 0.4}), 160)
	r := make([]float64, 11)
	a := make([]float64, 11)
	k := make([]float64, 10)
	w := make([]float64, 11)
	e := make([]float64, 160)
	f := lpc.NewRootFinder(10)
	roots := make([]complex128, 10)
	warp := func(th float64) float64 { return lpc.McAdamsAngle(th, 0.8, 0.5) }
	allocs := testing.AllocsPerRun(100, func() {
		lpc.Autocorrelate(r, x)
		lpc.Levinson(a, k, r)
		roots, _ = f.Roots(roots, a)
		_ = lpc.WarpPoles(w, roots, warp)
		lpc.AnalysisFilter(e, x, a)
		lpc.SynthesisFilter(e, e, w)
	})
	assert.Zero(t, allocs)
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

var sink []complex128

func BenchmarkRoots(b *testing.B) {
	for _, p := range []int{10, 20} {
		rng := rand.New(rand.NewPCG(13, 14))
		var polys [][]float64
		for i := 0; i < 64; i++ {
			x := arSignal(rng, fromReflections([]float64{0.95, -0.8, 0.6, -0.2, 0.1}), 160*p/10)
			r := make([]float64, p+1)
			lpc.Autocorrelate(r, x)
			a := make([]float64, p+1)
			lpc.Levinson(a, make([]float64, p), r)
			polys = append(polys, a)
		}
		b.Run("shuffled/p="+itoa(p), func(b *testing.B) {
			f := lpc.NewRootFinder(p)
			dst := make([]complex128, p)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				dst, _ = f.Roots(dst, polys[i%len(polys)])
			}
			sink = dst
		})
		// Burg models of overlapping frames of one signal, in order, as
		// McAdams sees them (the fast path's warm starts apply).
		x := arSignal(rng, fromReflections([]float64{0.95, -0.8, 0.6, -0.2, 0.1}), 16*p*200)
		var seq [][]float64
		for off := 0; off+16*p <= len(x); off += 8 * p {
			a := make([]float64, p+1)
			lpc.Burg(a, make([]float64, p), x[off:off+16*p], make([]float64, 16*p), make([]float64, 16*p))
			seq = append(seq, a)
		}
		b.Run("frames-in-order/p="+itoa(p), func(b *testing.B) {
			f := lpc.NewRootFinder(p)
			dst := make([]complex128, p)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				dst, _ = f.Roots(dst, seq[i%len(seq)])
			}
			sink = dst
			fast, slow := f.Paths()
			b.ReportMetric(float64(fast)/float64(fast+slow), "fast-share")
		})
		b.Run("gonum-eigen/p="+itoa(p), func(b *testing.B) {
			C := mat.NewDense(p, p, nil)
			var e mat.Eigen
			vals := make([]complex128, p)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				c := polys[i%len(polys)]
				C.Zero()
				for j := 0; j < p; j++ {
					C.Set(0, j, -c[j+1])
				}
				for j := 1; j < p; j++ {
					C.Set(j, j-1, 1)
				}
				e.Factorize(C, mat.EigenNone)
				sink = e.Values(vals)
			}
		})
	}
}

func itoa(i int) string {
	s := []byte{}
	for i > 0 || len(s) == 0 {
		s = append([]byte{byte('0' + i%10)}, s...)
		i /= 10
	}
	return string(s)
}

var _ = sort.Float64s

func TestBurg_RecoversARModelAndStaysStable(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(15, 16))
	for _, p := range []int{2, 4, 10} {
		kTrue := make([]float64, p)
		for i := range kTrue {
			kTrue[i] = (rng.Float64()*2 - 1) * 0.8
		}
		aTrue := fromReflections(kTrue)
		x := arSignal(rng, aTrue, 20000)
		a := make([]float64, p+1)
		k := make([]float64, p)
		predErr, order := lpc.Burg(a, k, x, make([]float64, len(x)), make([]float64, len(x)))
		require.Equal(t, p, order)
		assert.InDeltaSlice(t, aTrue, a, 0.05, "p=%d", p)
		assert.InDelta(t, 1, predErr, 0.05, "unit-variance innovation")
		assert.InDeltaSlice(t, fromReflections(k), a, 1e-9)
	}
}

func TestBurg_ResolvesSharpResonanceInShortFrame(t *testing.T) {
	t.Parallel()
	// A resonance at 0.5 rad with pole radius 0.99, seen through a
	// 160-sample frame: Burg keeps the pole radius near 0.99, where the
	// windowed autocorrelation method broadens it.
	rng := rand.New(rand.NewPCG(17, 18))
	a2 := []float64{1, -2 * 0.99 * math.Cos(0.5), 0.99 * 0.99}
	x := arSignal(rng, a2, 2000)[1000:1160]
	a := make([]float64, 3)
	k := make([]float64, 2)
	lpc.Burg(a, k, x, make([]float64, 160), make([]float64, 160))
	roots, err := lpc.NewRootFinder(2).Roots(nil, a)
	require.NoError(t, err)
	assert.InDelta(t, 0.99, cmplx.Abs(roots[0]), 0.01)
	assert.InDelta(t, 0.5, math.Abs(cmplx.Phase(roots[0])), 0.02)
}

func TestBurg_DegenerateFrames(t *testing.T) {
	t.Parallel()
	for _, x := range [][]float64{nil, {0, 0, 0, 0}, {1}, {1, 1, 1, 1, 1, 1}, pureTone(0.7, 64)} {
		a := make([]float64, 5)
		k := make([]float64, 4)
		_, order := lpc.Burg(a, k, x, make([]float64, len(x)), make([]float64, len(x)))
		assert.LessOrEqual(t, order, 4)
		assert.Equal(t, 1.0, a[0])
		for _, v := range append(a, k...) {
			assert.False(t, math.IsNaN(v) || math.IsInf(v, 0))
		}
		for _, v := range k {
			assert.Less(t, math.Abs(v), 1.0)
		}
	}
}

func pureTone(w float64, n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = math.Sin(w * float64(i))
	}
	return x
}

func TestResidualSynthesize_InvertEachOtherWithHistory(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(19, 20))
	for _, p := range []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 20} {
		k := make([]float64, p)
		for i := range k {
			k[i] = (rng.Float64()*2 - 1) * 0.9
		}
		a := fromReflections(k)
		x := arSignal(rng, a, 300)
		frame := x[100:]
		ext := x[100-p:]
		e := make([]float64, len(frame))
		lpc.Residual(e, ext, a)
		// Against the direct sum.
		for n := range e {
			want := 0.0
			for j := 0; j <= p; j++ {
				want += a[j] * x[100+n-j]
			}
			require.InDelta(t, want, e[n], 1e-9, "p=%d n=%d", p, n)
		}
		y := make([]float64, len(frame)+p)
		copy(y, x[100-p:100])
		lpc.Synthesize(y, e, a)
		assert.InDeltaSlice(t, frame, y[p:], 1e-9, "p=%d", p)
	}
}

var sinkF float64

func BenchmarkAnalysis(b *testing.B) {
	rng := rand.New(rand.NewPCG(21, 22))
	for _, tc := range []struct{ n, p int }{{160, 10}, {320, 20}} {
		x := arSignal(rng, fromReflections([]float64{0.95, -0.8, 0.6, -0.2, 0.1}), tc.n)
		a := make([]float64, tc.p+1)
		k := make([]float64, tc.p)
		r := make([]float64, tc.p+1)
		fw, bw := make([]float64, tc.n), make([]float64, tc.n)
		name := "/n=" + itoa(tc.n) + "/p=" + itoa(tc.p)
		b.Run("burg"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkF, _ = lpc.Burg(a, k, x, fw, bw)
			}
		})
		b.Run("autocorrelation+levinson"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				lpc.Autocorrelate(r, x)
				sinkF, _ = lpc.Levinson(a, k, r)
			}
		})
		y := make([]float64, tc.n+tc.p)
		e := make([]float64, tc.n)
		ext := make([]float64, tc.n+tc.p)
		copy(ext[tc.p:], x)
		lpc.Burg(a, k, x, fw, bw)
		b.Run("residual+synthesize"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				lpc.Residual(e, ext, a)
				lpc.Synthesize(y, e, a)
			}
		})
	}
}

func TestStable(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(23, 24))
	scratch := make([]float64, 32)
	for trial := 0; trial < 200; trial++ {
		p := 1 + rng.IntN(20)
		k := make([]float64, p)
		for i := range k {
			k[i] = (rng.Float64()*2 - 1) * 0.99
		}
		assert.True(t, lpc.Stable(fromReflections(k), scratch), "from reflections %v", k)

		// Random poles inside the unit circle, then one moved outside.
		var roots []complex128
		for len(roots)+2 <= p {
			z := cmplx.Rect(0.1+0.85*rng.Float64(), 0.1+3*rng.Float64())
			roots = append(roots, z, cmplx.Conj(z))
		}
		if len(roots) < p {
			roots = append(roots, complex(1.8*rng.Float64()-0.9, 0))
		}
		a := make([]float64, p+1)
		require.NoError(t, lpc.WarpPoles(a, roots, func(th float64) float64 { return th }))
		assert.True(t, lpc.Stable(a, scratch), "poles %v", roots)
		i := rng.IntN(len(roots))
		if imag(roots[i]) == 0 {
			roots[i] = complex(1.2*math.Copysign(1, real(roots[i])), 0)
		} else {
			z := cmplx.Rect(1.2, math.Abs(cmplx.Phase(roots[i])))
			if i%2 == 1 {
				i--
			}
			roots[i], roots[i+1] = z, cmplx.Conj(z)
		}
		require.NoError(t, lpc.WarpPoles(a, roots, func(th float64) float64 { return th }))
		assert.False(t, lpc.Stable(a, scratch), "poles %v", roots)
	}
	assert.True(t, lpc.Stable([]float64{2, -1}, scratch), "pole at 0.5, a0 = 2")
	assert.False(t, lpc.Stable([]float64{1, -1}, scratch), "pole at 1")
	assert.False(t, lpc.Stable([]float64{1, 0, 1}, scratch), "poles at ±i")
}
