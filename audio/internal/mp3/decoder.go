package mp3

import (
	"errors"
	"fmt"
	"math"
)

// ErrCorrupt is wrapped by every error about a frame that cannot be
// decoded as the standard describes it.
var ErrCorrupt = errors.New("corrupt frame")

// ErrUnsupported is wrapped by the errors for Layer I and II and free-format
// frames.
var ErrUnsupported = errors.New("unsupported")

// resCap is the size of the main data buffer: the 511 bytes a frame may
// reach back into (main_data_begin is 9 bits), plus the longest main data
// of one frame (under 1441 bytes), plus slack for the bit reader.
const resCap = 4096

// maxReservoir is how far back main_data_begin can point.
const maxReservoir = 511

// A Decoder decodes a Layer III stream frame by frame, in float32, with
// all its state in fixed-size arrays: it allocates nothing after New.
// A Decoder is not safe for concurrent use.
type Decoder struct {
	res    [resCap]byte // main data of the last frames (the bit reservoir)
	resLen int          // bytes of main data in res

	si    sideInfo
	is    [576]int32         // quantised values of one channel
	xr    [2][576]float32    // spectrum of each channel
	nz    [2]int             // lines of xr[ch] that may be nonzero
	sf    [2][40]uint8       // scalefactors per channel (long then short by window)
	sfMax [40]uint8          // largest legal intensity position (LSF right channel)
	tmp   [576]float32       // reorder scratch
	hyb   [32][18]float32    // IMDCT output: [subband][time slot]
	over  [2][32][18]float32 // IMDCT overlap per channel
	syn   [2]synthesis
	nch   int // channels of the last frame
}

// New returns a Decoder for a new stream.
func New() *Decoder { return &Decoder{} }

// Reset forgets the bit reservoir and the filterbank state, as at the start
// of a stream.
func (d *Decoder) Reset() {
	*d = Decoder{}
}

// Decode decodes one frame, given as its bytes from the header on (at least
// the frame length the header gives), into out: samples 0 to
// h.SamplesPerFrame()-1 of out[0] (and of out[1] for a two-channel frame),
// clipped to [-1, 1].
// It returns the frame's header.
//
// A frame whose main_data_begin reaches back further than the frames
// decoded before it (the first frames after a cut or a resynchronisation)
// decodes as silence, as its data is not there; the filterbank still runs,
// so the next frame joins smoothly.
func (d *Decoder) Decode(frame []byte, out *[2][1152]float32) (Header, error) {
	if len(frame) < 4 {
		return 0, fmt.Errorf("%w: %d bytes, shorter than a frame header", ErrCorrupt, len(frame))
	}
	h := Header(uint32(frame[0])<<24 | uint32(frame[1])<<16 | uint32(frame[2])<<8 | uint32(frame[3]))
	if !h.Valid() {
		return h, fmt.Errorf("%w: no valid frame header", ErrCorrupt)
	}
	if h.Layer() != 3 {
		return h, fmt.Errorf("%w: MPEG audio Layer %d (only Layer III is decoded)", ErrUnsupported, h.Layer())
	}
	if h.BitrateIndex() == 0 {
		return h, fmt.Errorf("%w: free-format bit rate", ErrUnsupported)
	}
	flen := h.FrameLen()
	if len(frame) < flen {
		return h, fmt.Errorf("%w: %d bytes of a %d-byte frame", ErrCorrupt, len(frame), flen)
	}
	frame = frame[:flen]
	start := 4
	if h.Protected() {
		start += 2
	}
	siEnd := start + h.sideInfoLen()
	if siEnd > flen {
		return h, fmt.Errorf("%w: %d-byte frame too short for its %d bytes of side information", ErrCorrupt, flen, h.sideInfoLen())
	}
	if err := parseSideInfo(h, frame[start:siEnd], &d.si); err != nil {
		return h, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}

	// The bit reservoir: only the last maxReservoir bytes of earlier main
	// data can be reached; this frame's main data follows them.
	prev := d.resLen
	if prev > maxReservoir {
		copy(d.res[:], d.res[prev-maxReservoir:prev])
		prev = maxReservoir
	}
	md := frame[siEnd:]
	total := prev + copy(d.res[prev:resCap-8], md)
	clear(d.res[total : total+8])
	d.resLen = total

	nch := h.Channels()
	if nch < d.nch {
		// Mono after stereo: the right channel's filterbank starts
		// afresh when stereo frames come back.
		d.over[1] = [32][18]float32{}
		d.syn[1] = synthesis{}
	}
	d.nch = nch
	ngr := 2
	if h.LSF() {
		ngr = 1
	}
	ri := h.rateTableIndex()
	missing := d.si.mainDataBegin > prev
	br := bitReader{data: d.res[:total+8], pos: (prev - d.si.mainDataBegin) * 8}
	endBits := total * 8
	for gr := 0; gr < ngr; gr++ {
		for ch := 0; ch < nch; ch++ {
			g := &d.si.gr[gr][ch]
			if missing {
				clear(d.xr[ch][:])
				d.nz[ch] = 0
				continue
			}
			begin := br.pos
			end := begin + g.part23
			if end > endBits {
				return h, fmt.Errorf("%w: granule %d channel %d needs %d bits of main data, %d are left", ErrCorrupt, gr, ch, g.part23, endBits-begin)
			}
			if h.LSF() {
				d.scalefactorsLSF(&br, g, ch, ch == 1 && h.Mode() == 1 && h.ModeExtension()&1 != 0)
			} else {
				d.scalefactorsMPEG1(&br, g, ch, gr)
			}
			if br.pos > end {
				return h, fmt.Errorf("%w: granule %d channel %d: scalefactors take %d bits of the %d of part2_3_length", ErrCorrupt, gr, ch, br.pos-begin, g.part23)
			}
			nz, err := d.huffman(&br, g, end, ri)
			if err != nil {
				return h, fmt.Errorf("%w: granule %d channel %d: %w", ErrCorrupt, gr, ch, err)
			}
			d.requantize(g, ch, ri, nz)
			br.pos = end
		}
		if nch == 2 && h.Mode() == 1 && !missing {
			d.stereo(h, &d.si.gr[gr][1], ri)
		}
		for ch := 0; ch < nch; ch++ {
			g := &d.si.gr[gr][ch]
			if missing {
				g = &granule{}
			}
			d.reorder(g, ch, ri)
			d.antialias(g, ch)
			d.hybrid(g, ch)
			d.syn[ch].granule(&d.hyb, out[ch][gr*576:gr*576+576])
		}
	}
	return h, nil
}

// scalefactorsMPEG1 reads the scalefactors of ISO/IEC 11172-3 2.4.2.7.
func (d *Decoder) scalefactorsMPEG1(br *bitReader, g *granule, ch, gr int) {
	sf := &d.sf[ch]
	s1, s2 := int(slen1[g.sfCompress]), int(slen2[g.sfCompress])
	if g.blockType == 2 {
		k := 0
		if g.mixed {
			for ; k < 8; k++ { // long bands 0-7
				sf[k] = uint8(br.read(s1))
			}
			for ; k < 8+9; k++ { // short bands 3-5
				sf[k] = uint8(br.read(s1))
			}
		} else {
			for ; k < 18; k++ { // short bands 0-5
				sf[k] = uint8(br.read(s1))
			}
		}
		for n := k + 18; k < n; k++ { // short bands 6-11
			sf[k] = uint8(br.read(s2))
		}
		clear(sf[k:])
		return
	}
	bands := [5]int{0, 6, 11, 16, 21}
	for b := 0; b < 4; b++ {
		if gr == 1 && d.si.scfsi[ch][b] {
			continue // shared with granule 0
		}
		sl := s1
		if b >= 2 {
			sl = s2
		}
		for k := bands[b]; k < bands[b+1]; k++ {
			sf[k] = uint8(br.read(sl))
		}
	}
	clear(sf[21:])
}

// scalefactorsLSF reads the scalefactors of ISO/IEC 13818-3 2.4.3.2; right
// is set for the right channel of an intensity stereo frame, whose
// scalefactors are intensity positions.
func (d *Decoder) scalefactorsLSF(br *bitReader, g *granule, ch int, right bool) {
	var slen [4]int
	var set int
	sfc := g.sfCompress
	if right {
		sfc >>= 1
		switch {
		case sfc < 180:
			slen = [4]int{sfc / 36, sfc % 36 / 6, sfc % 36 % 6, 0}
			set = 3
		case sfc < 244:
			x := sfc - 180
			slen = [4]int{x % 64 >> 4, x % 16 >> 2, x % 4, 0}
			set = 4
		default:
			x := sfc - 244
			slen = [4]int{x / 3, x % 3, 0, 0}
			set = 5
		}
		g.preflag = false
	} else {
		switch {
		case sfc < 400:
			slen = [4]int{sfc >> 4 / 5, sfc >> 4 % 5, sfc % 16 >> 2, sfc % 4}
			set = 0
		case sfc < 500:
			x := sfc - 400
			slen = [4]int{x >> 2 / 5, x >> 2 % 5, x % 4, 0}
			set = 1
		default:
			x := sfc - 500
			slen = [4]int{x / 3, x % 3, 0, 0}
			set = 2
			g.preflag = true
		}
	}
	kind := 0
	if g.blockType == 2 {
		kind = 1
		if g.mixed {
			kind = 2
		}
	}
	sf := &d.sf[ch]
	k := 0
	for part, n := range lsfSfbCount[set][kind] {
		sl := slen[part]
		for i := 0; i < int(n); i++ {
			sf[k] = uint8(br.read(sl))
			if right {
				d.sfMax[k] = uint8(1<<sl - 1)
			}
			k++
		}
	}
	clear(sf[k:])
	if right {
		clear(d.sfMax[k:])
	}
}

// bandSplit returns where a granule's long bands end and its short bands
// start: all long (22, 13), all short (0, 0), or mixed (the first 36 lines
// long, 72 at 8 kHz: long bands 0-7 for MPEG-1, 0-5 otherwise; short
// bands from 3).
func bandSplit(g *granule, ri int) (longEnd, shortStart int) {
	switch {
	case g.blockType != 2:
		return 22, 13
	case !g.mixed:
		return 0, 0
	case ri <= 2:
		return 8, 3
	}
	return 6, 3
}

var errHuffman = errors.New("invalid Huffman code")

// huffman decodes the big_values and count1 parts of a granule into d.is,
// reading up to end, and returns the number of lines it wrote (the rest
// are zero).
//
// The bits are read from a 64-bit window w held in a register: w's top
// bit is the bit at pos, and avail of its bits are the stream's (reads
// past the end of the data give zeros, as bitReader's do). A pair takes
// at most 47 bits (a code of at most 19, two linbits fields of at most 13
// and two signs), a quadruple at most 10, so the window is refilled only
// when fewer are left: the next code's lookup then waits on a shift, not
// on a load from the stream.
func (d *Decoder) huffman(br *bitReader, g *granule, end int, ri int) (int, error) {
	is := &d.is
	bv := g.bigValues * 2
	limits := [3]int{min(g.region1, bv), min(g.region2, bv), bv}
	pos := br.pos
	w := br.peek64At(pos)
	avail := 64 - uint(pos&7)
	i := 0
	for r := 0; r < 3; r++ {
		limit := limits[r]
		tn := g.table[r]
		if tn == 0 {
			for ; i < limit; i++ {
				is[i] = 0
			}
			continue
		}
		t := bigTables[tn]
		lb := uint(linbits[tn])
		lut := t.lut
		root := 64 - t.rootBits
		for ; i < limit; i += 2 {
			// Shift counts are masked with 63 (they are all below it)
			// so the compiler need not handle shifts of 64 or more.
			if avail < 47 {
				w = br.peek64At(pos)
				avail = 64 - uint(pos&7)
			}
			e := lut[w>>(root&63)]
			used := uint(0)
			if e&huffLink != 0 {
				width := t.rootBits
				for e&huffLink != 0 {
					w <<= width & 63
					used += width
					width = uint(e >> 16 & 31)
					e = lut[int(e&0xFFFF)+int(w>>((64-width)&63))]
				}
			}
			n := uint(e >> 8 & 31)
			if n == 0 {
				return 0, fmt.Errorf("%w in big_values table %d at line %d", errHuffman, tn, i)
			}
			w <<= n & 63
			used += n
			// Each nonzero value is followed by its linbits (for 15, in
			// the tables that have them) and its sign bit. Whether a value
			// is zero is random at low bit rates: the sign is taken
			// without a branch on it.
			x, y := int32(e>>4&15), int32(e&15)
			if x == 15 && lb != 0 {
				x += int32(w >> ((64 - lb) & 63))
				w <<= lb & 63
				used += lb
			}
			nx := uint(e>>4&15+15) >> 4    // 1 if x != 0
			s := int32(w>>63) & -int32(nx) // 1 for minus
			w <<= nx & 63
			used += nx
			x = (x ^ -s) + s
			if y == 15 && lb != 0 {
				y += int32(w >> ((64 - lb) & 63))
				w <<= lb & 63
				used += lb
			}
			ny := uint(e&15+15) >> 4
			s = int32(w>>63) & -int32(ny)
			w <<= ny & 63
			used += ny
			y = (y ^ -s) + s
			pos += int(used)
			avail -= used
			is[i], is[i+1] = x, y
		}
	}
	// count1: quadruples until the granule's bits run out. A quadruple
	// that runs past the end is dropped (encoders that miscount the
	// part2_3_length leave one there).
	t := count1Table[g.count1Table]
	lut := t.lut
	root := 64 - t.rootBits
	last := -1
	for i <= 572 {
		if pos >= end {
			if pos > end && last >= 0 {
				i -= 4
				pos = last
			}
			break
		}
		last = pos
		if avail < 10 {
			w = br.peek64At(pos)
			avail = 64 - uint(pos&7)
		}
		e := lut[w>>(root&63)]
		n := uint(e >> 8 & 31)
		if e&huffLink != 0 || n == 0 {
			return 0, fmt.Errorf("%w in count1 table %d at line %d", errHuffman, g.count1Table, i)
		}
		w <<= n & 63
		used := n
		q := (*[4]int32)(is[i : i+4])
		for k := 0; k < 4; k++ {
			nz := uint(e >> (3 - k) & 1) // the value is 1 or 0
			q[k] = (1 - 2*int32(w>>63)) * int32(nz)
			w <<= nz & 63
			used += nz
		}
		pos += int(used)
		avail -= used
		i += 4
	}
	br.pos = pos
	return i, nil
}

// requantize turns d.is (nz lines) into d.xr[ch] (ISO/IEC 11172-3
// 2.4.3.4.7): sign(is)·|is|^(4/3)·2^((global_gain − 210 − 8·subblock_gain)/4)
// ·2^−(scalefac_multiplier·(scalefactor + preflag·pretab)).
func (d *Decoder) requantize(g *granule, ch, ri, nz int) {
	xr := &d.xr[ch]
	is := &d.is
	sf := &d.sf[ch]
	shift := uint(1 + g.sfScale)
	gain := g.globalGain - 210 + gainBias
	longEnd, shortStart := bandSplit(g, ri)
	lb := &longBands[ri]
	i := 0
	for b := 0; b < longEnd && i < nz; b++ {
		e := int(sf[b])
		if g.preflag {
			e += int(pretab[b])
		}
		f := gainPow[clampGain(gain-e<<shift)]
		end := min(int(lb[b+1]), nz)
		requantizeLines(xr[i:end], is[i:end], f)
		i = end
	}
	sb := &shortBands[ri]
	k := longEnd
	for b := shortStart; b < 13 && i < nz; b++ {
		width := int(sb[b+1] - sb[b])
		for w := 0; w < 3; w++ {
			f := gainPow[clampGain(gain-8*g.subGain[w]-int(sf[k])<<shift)]
			k++
			end := min(i+width, nz)
			requantizeLines(xr[i:end], is[i:end], f)
			i = end
		}
	}
	clear(xr[i:])
	d.nz[ch] = i
}

// requantizeLines sets xr[i] = sign(is[i])·|is[i]|^(4/3)·f. The sign is
// put in by its bit, not a branch: signs are random, and a mispredicted
// branch per line cost more than the table lookup.
func requantizeLines(xr []float32, is []int32, f float32) {
	is = is[:len(xr)]
	for i, v := range is {
		s := v >> 31 // 0 or -1
		x := pow43[(v^s)-s] * f
		xr[i] = math.Float32frombits(math.Float32bits(x) ^ uint32(s)&(1<<31))
	}
}

func clampGain(e int) int { return max(0, min(e, gainSize-1)) }
