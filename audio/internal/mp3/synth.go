package mp3

import "math"

// synthesis is the polyphase synthesis filterbank of one channel (ISO/IEC
// 11172-3 Annex A, Figure A.2): for each time slot, the 64-value vector V
// from the 32 subband samples by the matrixing N[i][k] = cos((16+i)(2k+1)π/64),
// a 1024-value FIFO of V, and 32 output samples from 512 of its values
// weighted by the window D (Table B.3).
type synthesis struct {
	v   [1024]float32
	off int // where the newest V starts
}

var synthN [64][32]float32

func init() {
	for i := 0; i < 64; i++ {
		for k := 0; k < 32; k++ {
			synthN[i][k] = float32(math.Cos(float64((16+i)*(2*k+1)) * math.Pi / 64))
		}
	}
}

// granule filters the 18 time slots of in into 576 samples of out.
func (s *synthesis) granule(in *[18][32]float32, out []float32) {
	out = out[:576]
	for t := 0; t < 18; t++ {
		s.slot(&in[t], (*[32]float32)(out[32*t:32*t+32]))
	}
}

func (s *synthesis) slot(in *[32]float32, out *[32]float32) {
	s.off = (s.off - 64) & 1023
	v := s.v[s.off : s.off+64]
	for i := range v {
		var sum float32
		n := &synthN[i]
		for k := 0; k < 32; k++ {
			sum += n[k] * in[k]
		}
		v[i] = sum
	}
	for j := 0; j < 32; j++ {
		var sum float32
		for i := 0; i < 8; i++ {
			sum += s.v[(s.off+128*i+j)&1023]*synthWindow[64*i+j] +
				s.v[(s.off+128*i+96+j)&1023]*synthWindow[64*i+32+j]
		}
		out[j] = sum
	}
}
