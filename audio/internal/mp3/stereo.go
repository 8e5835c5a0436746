package mp3

import "math"

const invSqrt2 = float32(1 / math.Sqrt2)

// stereo applies joint stereo to d.xr (ISO/IEC 11172-3 2.4.3.4.9, ISO/IEC
// 13818-3 2.4.3.2): intensity stereo above the highest nonzero line of the
// right channel (per window for short blocks), M/S below it when both are
// on. g1 is the right channel's granule, whose block layout both channels
// share in joint stereo.
//
// The bands are walked from the top down, as the intensity bound is found
// from the top: the first band (of each short window) with a nonzero right
// line and every band below it are M/S (or left alone). A band at or above
// it whose intensity position is illegal (7 in MPEG-1; the largest value
// its scalefactor width can hold in MPEG-2/2.5) is treated the same way.
// The last long band (21) and short band (12), which carry no
// scalefactor, use the position of the band below, as ffmpeg does.
func (d *Decoder) stereo(h Header, g1 *granule, ri int) {
	ext := h.ModeExtension()
	ms := ext&2 != 0
	x0, x1 := &d.xr[0], &d.xr[1]
	if ext&1 == 0 {
		if ms {
			n := max(d.nz[0], d.nz[1])
			msStereo(x0[:n], x1[:n])
			d.nz[0], d.nz[1] = n, n
		}
		return
	}
	lsf := h.LSF()
	sf := &d.sf[1]
	lsfTab := &isLSF[g1.sfCompress&1]
	// ratio returns the factors for scalefactor index k, or ok false for
	// an illegal position.
	ratio := func(k int) (kl, kr float32, ok bool) {
		p := sf[k]
		if !lsf {
			if p >= 7 {
				return 0, 0, false
			}
			return isRatio[p][0], isRatio[p][1], true
		}
		if p >= d.sfMax[k] {
			return 0, 0, false
		}
		return lsfTab[p][0], lsfTab[p][1], true
	}
	longEnd, shortStart := bandSplit(g1, ri)
	pos := 576
	var found [3]bool
	sb := &shortBands[ri]
	for b := 12; b >= shortStart; b-- {
		width := int(sb[b+1] - sb[b])
		bk := min(b, 11)
		for w := 2; w >= 0; w-- {
			pos -= width
			a, c := x0[pos:pos+width], x1[pos:pos+width]
			if !found[w] {
				if nonzero(c) {
					found[w] = true
				} else if kl, kr, ok := ratio(longEnd + 3*(bk-shortStart) + w); ok {
					intensity(a, c, kl, kr)
					continue
				}
			}
			if ms {
				msStereo(a, c)
			}
		}
	}
	seen := found[0] || found[1] || found[2]
	lb := &longBands[ri]
	for b := longEnd - 1; b >= 0; b-- {
		width := int(lb[b+1] - lb[b])
		pos -= width
		a, c := x0[pos:pos+width], x1[pos:pos+width]
		if !seen {
			if nonzero(c) {
				seen = true
			} else if kl, kr, ok := ratio(min(b, 20)); ok {
				intensity(a, c, kl, kr)
				continue
			}
		}
		if ms {
			msStereo(a, c)
		}
	}
	d.nz[0], d.nz[1] = 576, 576
}

func nonzero(x []float32) bool {
	for _, v := range x {
		if v != 0 {
			return true
		}
	}
	return false
}

// intensity sets the right channel from the left one and scales the left.
func intensity(l, r []float32, kl, kr float32) {
	r = r[:len(l)]
	for i, v := range l {
		l[i] = v * kl
		r[i] = v * kr
	}
}

// msStereo turns mid/side into left/right.
func msStereo(m, s []float32) {
	s = s[:len(m)]
	for i, a := range m {
		b := s[i]
		m[i] = (a + b) * invSqrt2
		s[i] = (a - b) * invSqrt2
	}
}
