package audio

import (
	"errors"
	"fmt"
	"math/bits"
)

// flacFrame is the header of one FLAC audio frame (RFC 9639 section 9.1).
type flacFrame struct {
	blockSize  int
	sampleRate int // 0: as in STREAMINFO
	bits       int // 0: as in STREAMINFO
	assignment int // channel assignment: 0-7 independent, 8 left/side, 9 side/right, 10 mid/side
}

func (f flacFrame) channels() int {
	if f.assignment >= 8 {
		return 2
	}
	return f.assignment + 1
}

// flacBlockSizes and flacRates are the coded values of RFC 9639 tables
// 14 and 15 that need no extra bytes (0 where they do, or are invalid).
var flacBlockSizes = [16]int{0, 192, 576, 1152, 2304, 4608, 0, 0, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768}
var flacRates = [16]int{0, 88200, 176400, 192000, 8000, 16000, 22050, 24000, 32000, 44100, 48000, 96000, 0, 0, 0, 0}
var flacBits = [8]int{0, 8, 12, 0, 16, 20, 24, 32}

// errFLACNoSync means the bytes at a frame's start are not a frame header.
var errFLACNoSync = errors.New("no frame sync code")

// parseFLACFrameHeader parses the frame header at the start of b, which
// holds at least the 16 bytes a header can take unless the stream ends
// sooner. It returns the header and its length in bytes.
func parseFLACFrameHeader(b []byte) (flacFrame, int, error) {
	var f flacFrame
	if len(b) < 2 || b[0] != 0xFF || b[1]&0xFE != 0xF8 {
		return f, 0, errFLACNoSync
	}
	if len(b) < 6 {
		return f, 0, errFLACShort
	}
	bsCode, rateCode := int(b[2]>>4), int(b[2]&15)
	f.assignment = int(b[3] >> 4)
	bitsCode := int(b[3] >> 1 & 7)
	switch {
	case bsCode == 0:
		return f, 0, errors.New("reserved block size code 0")
	case rateCode == 15:
		return f, 0, errors.New("forbidden sample rate code 15")
	case f.assignment > 10:
		return f, 0, fmt.Errorf("reserved channel assignment %d", f.assignment)
	case bitsCode == 3:
		return f, 0, errors.New("reserved sample size code 3")
	case b[3]&1 != 0:
		return f, 0, errors.New("reserved bit set")
	}
	f.bits = flacBits[bitsCode]
	// The frame or sample number, UTF-8 coded in 1 to 7 bytes.
	i := 4
	lead := b[i]
	extra := 0
	switch {
	case lead < 0x80:
	case lead&0xE0 == 0xC0:
		extra = 1
	case lead&0xF0 == 0xE0:
		extra = 2
	case lead&0xF8 == 0xF0:
		extra = 3
	case lead&0xFC == 0xF8:
		extra = 4
	case lead&0xFE == 0xFC:
		extra = 5
	case lead == 0xFE:
		extra = 6
	default:
		return f, 0, errors.New("malformed coded frame number")
	}
	i++
	for range extra {
		if i >= len(b) {
			return f, 0, errFLACShort
		}
		if b[i]&0xC0 != 0x80 {
			return f, 0, errors.New("malformed coded frame number")
		}
		i++
	}
	need := func(n int) error {
		if len(b) < i+n {
			return errFLACShort
		}
		return nil
	}
	switch bsCode {
	case 6:
		if err := need(1); err != nil {
			return f, 0, err
		}
		f.blockSize = int(b[i]) + 1
		i++
	case 7:
		if err := need(2); err != nil {
			return f, 0, err
		}
		f.blockSize = int(b[i])<<8 | int(b[i+1]) + 1
		i += 2
	default:
		f.blockSize = flacBlockSizes[bsCode]
	}
	switch rateCode {
	case 12:
		if err := need(1); err != nil {
			return f, 0, err
		}
		f.sampleRate = int(b[i]) * 1000
		i++
	case 13, 14:
		if err := need(2); err != nil {
			return f, 0, err
		}
		f.sampleRate = int(b[i])<<8 | int(b[i+1])
		if rateCode == 14 {
			f.sampleRate *= 10
		}
		i += 2
	default:
		f.sampleRate = flacRates[rateCode]
	}
	if err := need(1); err != nil {
		return f, 0, err
	}
	if crc8(b[:i]) != b[i] {
		return f, 0, errors.New("frame header CRC-8 mismatch")
	}
	return f, i + 1, nil
}

// decodeSubframe decodes one subframe (RFC 9639 section 9.2) of
// len(out) samples of sampleBits bits into out.
func (d *flacStream) decodeSubframe(out []int64, sampleBits uint) error {
	r := d.rd
	h, err := r.bits(8)
	if err != nil {
		return err
	}
	if h&0x80 != 0 {
		return errors.New("subframe header padding bit set")
	}
	typ := int(h >> 1 & 63)
	wasted := uint(0)
	if h&1 != 0 {
		k, err := r.unary(32)
		if err != nil {
			return err
		}
		wasted = uint(k) + 1
		if wasted >= sampleBits {
			return fmt.Errorf("%d wasted bits of %d", wasted, sampleBits)
		}
		sampleBits -= wasted
	}
	n := len(out)
	switch {
	case typ == 0: // CONSTANT
		v, err := r.signed(sampleBits)
		if err != nil {
			return err
		}
		for i := range out {
			out[i] = v
		}
	case typ == 1: // VERBATIM
		for i := range out {
			if out[i], err = r.signed(sampleBits); err != nil {
				return err
			}
		}
	case typ >= 8 && typ <= 12: // FIXED, order 0-4
		order := typ - 8
		if order > n {
			return fmt.Errorf("fixed predictor of order %d in a block of %d", order, n)
		}
		for i := range order {
			if out[i], err = r.signed(sampleBits); err != nil {
				return err
			}
		}
		if err := d.residual(out, order); err != nil {
			return err
		}
		fixedPredict(out, order)
	case typ >= 32: // LPC, order 1-32
		order := typ - 31
		if order > n {
			return fmt.Errorf("LPC predictor of order %d in a block of %d", order, n)
		}
		for i := range order {
			if out[i], err = r.signed(sampleBits); err != nil {
				return err
			}
		}
		p, err := r.bits(4)
		if err != nil {
			return err
		}
		if p == 15 {
			return errors.New("LPC coefficient precision code 15")
		}
		shift, err := r.signed(5)
		if err != nil {
			return err
		}
		if shift < 0 {
			return fmt.Errorf("negative LPC shift %d", shift)
		}
		var coefs [32]int64
		for i := range order {
			if coefs[i], err = r.signed(uint(p) + 1); err != nil {
				return err
			}
		}
		if err := d.residual(out, order); err != nil {
			return err
		}
		lpcPredict(out, coefs[:order], uint(shift))
	default:
		return fmt.Errorf("reserved subframe type %d", typ)
	}
	if wasted > 0 {
		for i := range out {
			out[i] <<= wasted
		}
	}
	return nil
}

// residual decodes the Rice-coded residual (RFC 9639 section 9.2.7) of a
// subframe whose first order samples are warm-up samples, into
// out[order:].
func (d *flacStream) residual(out []int64, order int) error {
	r := d.rd
	h, err := r.bits(6)
	if err != nil {
		return err
	}
	method, partOrder := h>>4, uint(h&15)
	if method > 1 {
		return fmt.Errorf("reserved residual coding method %d", method)
	}
	paramBits, escape := uint(4), uint64(15)
	if method == 1 {
		paramBits, escape = 5, 31
	}
	n := len(out)
	parts := 1 << partOrder
	if n%parts != 0 || n>>partOrder < order {
		return fmt.Errorf("%d residual partitions in a block of %d with predictor order %d", parts, n, order)
	}
	per := n >> partOrder
	i := order
	for p := range parts {
		end := (p + 1) * per
		k, err := r.bits(paramBits)
		if err != nil {
			return err
		}
		if k == escape {
			nb, err := r.bits(5)
			if err != nil {
				return err
			}
			for ; i < end; i++ {
				if nb == 0 {
					out[i] = 0
				} else if out[i], err = r.signed(uint(nb)); err != nil {
					return err
				}
			}
			continue
		}
		for ; i < end; i++ {
			// Fast path: the whole code is in the cache.
			if r.n < 32 {
				r.topUp()
			}
			if lz := uint64(bits.LeadingZeros64(r.cache)); lz+1+k <= uint64(r.n) {
				c := r.cache << (lz + 1)
				u := lz<<k | c>>(64-k) // c>>64 is 0 in Go
				r.cache = c << k
				r.n -= uint(lz + 1 + k)
				out[i] = int64(u>>1) ^ -int64(u&1)
				continue
			}
			q, err := r.unary(1 << 32)
			if err != nil {
				return err
			}
			low, err := r.bits(uint(k))
			if err != nil {
				return err
			}
			u := q<<k | low
			out[i] = int64(u>>1) ^ -int64(u&1)
		}
	}
	return nil
}

// fixedPredict adds the fixed predictor of the given order (RFC 9639
// section 9.2.5) to the residuals in out[order:].
func fixedPredict(out []int64, order int) {
	switch order {
	case 1:
		for i := 1; i < len(out); i++ {
			out[i] += out[i-1]
		}
	case 2:
		for i := 2; i < len(out); i++ {
			out[i] += 2*out[i-1] - out[i-2]
		}
	case 3:
		for i := 3; i < len(out); i++ {
			out[i] += 3*out[i-1] - 3*out[i-2] + out[i-3]
		}
	case 4:
		for i := 4; i < len(out); i++ {
			out[i] += 4*out[i-1] - 6*out[i-2] + 4*out[i-3] - out[i-4]
		}
	}
}

// lpcPredict adds the linear prediction with the given coefficients and
// shift (RFC 9639 section 9.2.6) to the residuals in out[len(coefs):].
func lpcPredict(out []int64, coefs []int64, shift uint) {
	order := len(coefs)
	// Coefficient j applies to sample i-1-j: reversed, the coefficients
	// line up with out[i-order:i].
	var rev [32]int64
	rc := rev[:order]
	for j, c := range coefs {
		rc[order-1-j] = c
	}
	for i := order; i < len(out); i++ {
		h := out[i-order : i]
		h = h[:len(rc)]
		var sum int64
		for j, c := range rc {
			sum += c * h[j]
		}
		out[i] += sum >> shift
	}
}
