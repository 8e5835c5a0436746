package mp3

import "math"

// reorder puts the short-block lines of d.xr[ch], which the bitstream
// orders by band, then window, then frequency, into the order the IMDCT
// reads (by band, frequency, window; ISO/IEC 11172-3 2.4.3.4.8).
func (d *Decoder) reorder(g *granule, ch, ri int) {
	if g.blockType != 2 {
		return
	}
	xr := &d.xr[ch]
	_, shortStart := bandSplit(g, ri)
	sb := &shortBands[ri]
	for b := shortStart; b < 13; b++ {
		start := 3 * int(sb[b])
		width := int(sb[b+1] - sb[b])
		t := d.tmp[:3*width]
		for w := 0; w < 3; w++ {
			src := xr[start+w*width : start+w*width+width]
			for f, v := range src {
				t[3*f+w] = v
			}
		}
		copy(xr[start:], t)
	}
}

// antialias applies the alias reduction butterflies between adjacent
// subbands (ISO/IEC 11172-3 2.4.3.4.10): the 31 boundaries for long
// blocks, only the first for mixed blocks, none for short blocks. The
// boundaries with only zero lines either side (above d.nz[ch]) are
// skipped: their butterflies give zeros.
func (d *Decoder) antialias(g *granule, ch int) {
	n := min(31, (d.nz[ch]+7)/18) // boundary n touches lines 18n-8 to 18n+7
	if g.blockType == 2 {
		if !g.mixed {
			return
		}
		n = 1
	}
	xr := &d.xr[ch]
	for sb := 1; sb <= n; sb++ {
		u := xr[18*sb-8 : 18*sb]
		l := xr[18*sb : 18*sb+8]
		for i := 0; i < 8; i++ {
			a, b := u[7-i], l[i]
			u[7-i] = a*aliasCS[i] - b*aliasCA[i]
			l[i] = b*aliasCS[i] + a*aliasCA[i]
		}
	}
}

// hybrid runs the IMDCT of each subband with its block type's window,
// overlaps it with the previous granule's second half, and inverts the
// odd samples of odd subbands (ISO/IEC 11172-3 2.4.3.4.10-2.4.3.4.11),
// writing d.hyb. Subbands above the last nonzero line have an IMDCT of
// zero: they only release their overlap.
func (d *Decoder) hybrid(g *granule, ch int) {
	xr := &d.xr[ch]
	over := &d.over[ch]
	last := 575
	if g.blockType != 2 {
		// Lines from d.nz[ch] on are zero, and alias reduction reaches
		// at most 15 lines above them (see antialias); short blocks
		// were reordered within their bands, so they are scanned whole.
		last = min(575, d.nz[ch]+14)
	}
	for last >= 0 && xr[last] == 0 {
		last--
	}
	sblimit := last/18 + 1
	var y [36]float32
	for sb := 0; sb < 32; sb++ {
		ov := &over[sb]
		h := &d.hyb[sb]
		if sb >= sblimit {
			*h = *ov
			*ov = [18]float32{}
		} else {
			bt := g.blockType
			if bt == 2 && g.mixed && sb < 2 {
				bt = 0
			}
			in := (*[18]float32)(xr[18*sb : 18*sb+18])
			if bt == 2 {
				imdctShort(in, &y)
			} else {
				imdct36(in, &y, &imdctWindow[bt])
			}
			for i := 0; i < 18; i++ {
				h[i] = y[i] + ov[i]
			}
			*ov = [18]float32(y[18:])
		}
		if sb&1 == 1 {
			for i := 1; i < 18; i += 2 {
				h[i] = -h[i]
			}
		}
	}
}

var (
	// imdctWindow holds the long windows by block type (0 normal, 1
	// start, 3 stop; 2 unused), ISO/IEC 11172-3 2.4.3.4.10.
	imdctWindow [4][36]float32
	// shortWindow is the window of each 12-point short IMDCT.
	shortWindow [12]float32
	// dct4x18[k][m] = cos(π/72·(2m+1)(2k+1)) (by column, each padded to 24
	// for the AVX kernel); dct4x6[m][k] likewise for 6 points.
	dct4x18 [18][24]float32
	dct4x6  [6][6]float32
	// dct4x6x3[3k+w][6w+m] = dct4x6[m][k]: the three windows' 6-point
	// DCT-IVs of a short block as one 18-column product (see imdctShort).
	dct4x6x3 [18][24]float32
)

func init() {
	for i := 0; i < 36; i++ {
		imdctWindow[0][i] = float32(math.Sin(math.Pi / 36 * (float64(i) + 0.5)))
	}
	for i := 0; i < 36; i++ {
		var w1, w3 float64
		switch {
		case i < 18:
			w1 = math.Sin(math.Pi / 36 * (float64(i) + 0.5))
		case i < 24:
			w1 = 1
		case i < 30:
			w1 = math.Sin(math.Pi / 12 * (float64(i-18) + 0.5))
		}
		switch {
		case i < 6:
		case i < 12:
			w3 = math.Sin(math.Pi / 12 * (float64(i-6) + 0.5))
		case i < 18:
			w3 = 1
		default:
			w3 = math.Sin(math.Pi / 36 * (float64(i) + 0.5))
		}
		imdctWindow[1][i] = float32(w1)
		imdctWindow[3][i] = float32(w3)
	}
	for i := 0; i < 12; i++ {
		shortWindow[i] = float32(math.Sin(math.Pi / 12 * (float64(i) + 0.5)))
	}
	for m := 0; m < 18; m++ {
		for k := 0; k < 18; k++ {
			dct4x18[k][m] = float32(math.Cos(math.Pi / 72 * float64((2*m+1)*(2*k+1))))
		}
	}
	for m := 0; m < 6; m++ {
		for k := 0; k < 6; k++ {
			dct4x6[m][k] = float32(math.Cos(math.Pi / 24 * float64((2*m+1)*(2*k+1))))
		}
	}
	for w := 0; w < 3; w++ {
		for k := 0; k < 6; k++ {
			for m := 0; m < 6; m++ {
				dct4x6x3[3*k+w][6*w+m] = dct4x6[m][k]
			}
		}
	}
}

// imdct36 is the 36-point IMDCT of 18 lines, windowed:
// y[i] = Σ in[k]·cos(π/72·(2i+1+18)(2k+1)). It is computed as the 18-point
// DCT-IV z[m] = Σ in[k]·cos(π/72·(2m+1)(2k+1)), from which y[i] = z[i+9]
// for i < 9, −z[26−i] for 9 ≤ i < 27 and −z[i−27] above (the cosine's
// symmetries about π and 2π).
func imdct36(in *[18]float32, y *[36]float32, win *[36]float32) {
	var z [24]float32
	if haveAVX {
		dct4x18AVX(&z, in, &dct4x18)
	} else {
		dct4x18Go(&z, in, &dct4x18)
	}
	for i := 0; i < 9; i++ {
		y[i] = z[i+9] * win[i]
	}
	for i := 9; i < 27; i++ {
		y[i] = -z[26-i] * win[i]
	}
	for i := 27; i < 36; i++ {
		y[i] = -z[i-27] * win[i]
	}
}

// dct4x18Go is the 18-point DCT-IV as the sum of the matrix's columns
// weighted by the input, in k order (as dct4x18AVX sums them); z[18:] stay
// zero.
func dct4x18Go(z *[24]float32, in *[18]float32, cols *[18][24]float32) {
	*z = [24]float32{}
	for k := 0; k < 18; k++ {
		x := in[k]
		c := &cols[k]
		for m := 0; m < 18; m++ {
			z[m] += x * c[m]
		}
	}
}

// imdctShort runs the three 12-point IMDCTs of a short block (lines
// interleaved by window), windows them and overlaps them at 6, 12 and 18;
// each through the 6-point DCT-IV as in imdct36 (y[i] = z[i+3] for i < 3,
// −z[8−i] for 3 ≤ i < 9, −z[i−9] above).
//
// With AVX, the three DCTs run as one product of the 18 lines with
// dct4x6x3, the matrix that holds each window's 6×6 DCT on its own lines
// (the other entries zero), in the kernel of the long blocks: the same
// products summed in the same order, so the same values (a zero may
// come out as +0 where the scalar loop gives −0).
func imdctShort(in *[18]float32, y *[36]float32) {
	*y = [36]float32{}
	var zs [24]float32
	if haveAVX {
		dct4x18AVX(&zs, in, &dct4x6x3)
	}
	for w := 0; w < 3; w++ {
		z := (*[6]float32)(zs[6*w : 6*w+6])
		if !haveAVX {
			for m := 0; m < 6; m++ {
				c := &dct4x6[m]
				z[m] = in[w]*c[0] + in[3+w]*c[1] + in[6+w]*c[2] + in[9+w]*c[3] + in[12+w]*c[4] + in[15+w]*c[5]
			}
		}
		o := y[6+6*w : 6+6*w+12]
		for i := 0; i < 3; i++ {
			o[i] += z[i+3] * shortWindow[i]
		}
		for i := 3; i < 9; i++ {
			o[i] -= z[8-i] * shortWindow[i]
		}
		for i := 9; i < 12; i++ {
			o[i] -= z[i-9] * shortWindow[i]
		}
	}
}
