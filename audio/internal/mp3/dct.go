package mp3

import "math"

//go:generate sh -c "go run gendct32.go > dct32.go"

// dct16 computes the 16-point DCT-II X[k] = Σ x[n]·cos(π(2n+1)k/32) by
// B. G. Lee's recursive factorisation ("A new algorithm to compute the
// discrete cosine transform", IEEE Trans. ASSP 32(6), 1984): the even
// outputs are the half-size DCT of x[n] + x[N−1−n], the odd outputs the
// sums of neighbours of the half-size DCT of (x[n] − x[N−1−n]) /
// (2·cos(π(2n+1)/2N)). dct32 (generated from the same recursion as
// straight-line code by gendct32.go) takes 80 multiplications instead of
// the 1024 of the matrixing; these loops remain as its readable form and
// its test reference.
func dct16(x *[16]float32, out *[16]float32) {
	var a, b [8]float32
	for n := 0; n < 8; n++ {
		u, v := x[n], x[15-n]
		a[n] = u + v
		b[n] = (u - v) * lee16[n]
	}
	var ea, eb [8]float32
	dct8(&a, &ea)
	dct8(&b, &eb)
	for k := 0; k < 8; k++ {
		out[2*k] = ea[k]
	}
	for k := 0; k < 7; k++ {
		out[2*k+1] = eb[k] + eb[k+1]
	}
	out[15] = eb[7]
}

func dct8(x *[8]float32, out *[8]float32) {
	var a, b [4]float32
	for n := 0; n < 4; n++ {
		u, v := x[n], x[7-n]
		a[n] = u + v
		b[n] = (u - v) * lee8[n]
	}
	var ea, eb [4]float32
	dct4(&a, &ea)
	dct4(&b, &eb)
	out[0], out[2], out[4], out[6] = ea[0], ea[1], ea[2], ea[3]
	out[1] = eb[0] + eb[1]
	out[3] = eb[1] + eb[2]
	out[5] = eb[2] + eb[3]
	out[7] = eb[3]
}

func dct4(x *[4]float32, out *[4]float32) {
	a0, a1 := x[0]+x[3], x[1]+x[2]
	b0, b1 := (x[0]-x[3])*lee4[0], (x[1]-x[2])*lee4[1]
	// 2-point DCTs: [p+q, (p−q)·cos(π/4)].
	out[0] = a0 + a1
	out[2] = (a0 - a1) * lee2
	e0, e1 := b0+b1, (b0-b1)*lee2
	out[1] = e0 + e1
	out[3] = e1
}

var (
	lee32 [16]float32
	lee16 [8]float32
	lee8  [4]float32
	lee4  [2]float32
	lee2  = float32(math.Cos(math.Pi / 4))
)

func init() {
	for n := range lee32 {
		lee32[n] = float32(1 / (2 * math.Cos(math.Pi*float64(2*n+1)/64)))
	}
	for n := range lee16 {
		lee16[n] = float32(1 / (2 * math.Cos(math.Pi*float64(2*n+1)/32)))
	}
	for n := range lee8 {
		lee8[n] = float32(1 / (2 * math.Cos(math.Pi*float64(2*n+1)/16)))
	}
	for n := range lee4 {
		lee4[n] = float32(1 / (2 * math.Cos(math.Pi*float64(2*n+1)/8)))
	}
}
