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
// subbands (ISO/IEC 11172-3 2.4.3.4.10): all 31 boundaries for long
// blocks, only the first for mixed blocks, none for short blocks.
func (d *Decoder) antialias(g *granule, ch int) {
	n := 31
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
// writing d.hyb.
func (d *Decoder) hybrid(g *granule, ch int) {
	xr := &d.xr[ch]
	over := &d.over[ch]
	var y [36]float32
	for sb := 0; sb < 32; sb++ {
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
		ov := &over[sb]
		if sb&1 == 0 {
			for i := 0; i < 18; i++ {
				d.hyb[i][sb] = y[i] + ov[i]
				ov[i] = y[i+18]
			}
		} else {
			for i := 0; i < 18; i += 2 {
				d.hyb[i][sb] = y[i] + ov[i]
				d.hyb[i+1][sb] = -(y[i+1] + ov[i+1])
				ov[i] = y[i+18]
				ov[i+1] = y[i+19]
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
	// cos36[i][k] = cos(π/72·(2i+1+18)(2k+1)); cos12 likewise for n = 12.
	cos36 [36][18]float32
	cos12 [12][6]float32
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
	for i := 0; i < 36; i++ {
		for k := 0; k < 18; k++ {
			cos36[i][k] = float32(math.Cos(math.Pi / 72 * float64((2*i+1+18)*(2*k+1))))
		}
	}
	for i := 0; i < 12; i++ {
		for k := 0; k < 6; k++ {
			cos12[i][k] = float32(math.Cos(math.Pi / 24 * float64((2*i+1+6)*(2*k+1))))
		}
	}
}

// imdct36 is the 36-point IMDCT of 18 lines, windowed.
func imdct36(in *[18]float32, y *[36]float32, win *[36]float32) {
	for i := 0; i < 36; i++ {
		var s float32
		c := &cos36[i]
		for k := 0; k < 18; k++ {
			s += in[k] * c[k]
		}
		y[i] = s * win[i]
	}
}

// imdctShort runs the three 12-point IMDCTs of a short block (lines
// interleaved by window), windows them and overlaps them at 6, 12 and 18.
func imdctShort(in *[18]float32, y *[36]float32) {
	*y = [36]float32{}
	for w := 0; w < 3; w++ {
		for i := 0; i < 12; i++ {
			var s float32
			c := &cos12[i]
			for k := 0; k < 6; k++ {
				s += in[3*k+w] * c[k]
			}
			y[6+6*w+i] += s * shortWindow[i]
		}
	}
}
