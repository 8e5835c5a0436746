package mp3

// synthesis is the polyphase synthesis filterbank of one channel (ISO/IEC
// 11172-3 Annex A, Figure A.2): for each time slot, the 64-value vector V
// from the 32 subband samples by the matrixing N[i][k] = cos((16+i)(2k+1)π/64),
// a 1024-value FIFO of V, and 32 output samples from 512 of its values
// weighted by the window D (Table B.3).
//
// The matrixing is a 32-point DCT-II X[j] = Σ S[k]·cos(j(2k+1)π/64) read
// out with the symmetries of the cosine: V[i] = X[16+i] for i < 16,
// V[16] = 0, V[i] = −X[48−i] for 16 < i ≤ 48, V[i] = −X[i−48] above.
type synthesis struct {
	v   [1024]float32
	off int // where the newest V starts (a multiple of 64)
}

// granule filters the 18 time slots of in (by subband, then time slot)
// into 576 samples of out.
func (s *synthesis) granule(in *[32][18]float32, out []float32) {
	out = out[:576]
	for t := 0; t < 18; t++ {
		s.slot(in, t, (*[32]float32)(out[32*t:32*t+32]))
	}
}

// slot filters time slot t of in into 32 samples: the matrixing straight
// into the FIFO, then the window.
func (s *synthesis) slot(in *[32][18]float32, t int, out *[32]float32) {
	s.off = (s.off - 64) & 1023
	dct32V(in, t, (*[64]float32)(s.v[s.off:s.off+64]))
	if haveAVX {
		windowAVX(out, &s.v, s.off, &synthWindow)
		return
	}
	windowGo(out, &s.v, s.off, &synthWindow)
}

// windowGo forms the 32 output samples of a slot from the FIFO v, whose
// newest vector starts at off: the 16 products of Figure A.2's U·D per
// sample, taken 32 samples at a time, clipped to [-1, 1] (a NaN, which
// the decoder never makes, to -1). Clipping here, where the sums are
// still in registers, saves package audio a pass over every sample.
func windowGo(out *[32]float32, v *[1024]float32, off int, win *[512]float32) {
	var acc [32]float32
	for i := 0; i < 8; i++ {
		a := (*[32]float32)(v[(off+128*i)&1023:][:32])
		b := (*[32]float32)(v[(off+128*i+96)&1023:][:32])
		wa := (*[32]float32)(win[64*i : 64*i+32])
		wb := (*[32]float32)(win[64*i+32 : 64*i+64])
		for j := 0; j < 32; j++ {
			acc[j] += a[j]*wa[j] + b[j]*wb[j]
		}
	}
	for j, v := range acc {
		switch {
		case v > 1:
			v = 1
		case v >= -1:
		default:
			v = -1
		}
		out[j] = v
	}
}
