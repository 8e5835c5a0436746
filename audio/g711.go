package audio

// G.711 (ITU-T Recommendation G.711, 1988) expands each 8-bit code to a
// linear sample through a fixed table. The tables below are computed once
// from the companding laws in the Recommendation and hold the decoder's
// output on the 16-bit scale (µ-law: ±32124, A-law: ±32256) divided by 32768.
var (
	muLawTable = makeMuLawTable()
	aLawTable  = makeALawTable()
)

// muLawToLinear16 expands one µ-law code to 16-bit linear PCM.
func muLawToLinear16(code byte) int16 {
	u := ^code
	t := (int(u&0x0F) << 3) + 0x84 // mantissa with the bias of 33 (scaled by 4)
	t <<= (u & 0x70) >> 4          // segment (exponent)
	if u&0x80 != 0 {
		return int16(0x84 - t)
	}
	return int16(t - 0x84)
}

// aLawToLinear16 expands one A-law code to 16-bit linear PCM.
func aLawToLinear16(code byte) int16 {
	a := code ^ 0x55 // even bits are inverted on the line
	t := int(a&0x0F) << 4
	seg := (a & 0x70) >> 4
	switch seg {
	case 0:
		t += 8
	case 1:
		t += 0x108
	default:
		t += 0x108
		t <<= seg - 1
	}
	if a&0x80 != 0 {
		return int16(t)
	}
	return int16(-t)
}

func makeMuLawTable() *[256]float32 {
	var t [256]float32
	for i := range t {
		t[i] = float32(muLawToLinear16(byte(i))) / 32768
	}
	return &t
}

func makeALawTable() *[256]float32 {
	var t [256]float32
	for i := range t {
		t[i] = float32(aLawToLinear16(byte(i))) / 32768
	}
	return &t
}
