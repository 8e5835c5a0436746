package mp3

import (
	"errors"
	"fmt"
)

// Header is a 32-bit MPEG audio frame header (ISO/IEC 11172-3 2.4.1.3,
// extended to the lower sample rates by ISO/IEC 13818-3 and MPEG-2.5).
type Header uint32

// Version values of the header's 2-bit version field.
const (
	MPEG25 = 0
	MPEG2  = 2
	MPEG1  = 3
)

// Version is the header's version field (MPEG1, MPEG2 or MPEG25; 1 is
// reserved).
func (h Header) Version() int { return int(h >> 19 & 3) }

// Layer is 1, 2 or 3 (4 for the reserved value).
func (h Header) Layer() int { return 4 - int(h>>17&3) }

// Protected reports whether a 16-bit CRC follows the header.
func (h Header) Protected() bool { return h>>16&1 == 0 }

// BitrateIndex is the 4-bit bit rate field (0 = free format, 15 invalid).
func (h Header) BitrateIndex() int { return int(h >> 12 & 15) }

// RateIndex is the 2-bit sample rate field (3 invalid).
func (h Header) RateIndex() int { return int(h >> 10 & 3) }

// Padding is 1 when the frame has a padding byte.
func (h Header) Padding() int { return int(h >> 9 & 1) }

// Mode is the channel mode: 0 stereo, 1 joint stereo, 2 dual channel, 3 mono.
func (h Header) Mode() int { return int(h >> 6 & 3) }

// ModeExtension is the joint stereo mode extension: bit 1 M/S, bit 0
// intensity stereo.
func (h Header) ModeExtension() int { return int(h >> 4 & 3) }

// Channels is 1 for mono and 2 otherwise.
func (h Header) Channels() int {
	if h.Mode() == 3 {
		return 1
	}
	return 2
}

// LSF reports the low sampling frequencies of MPEG-2 and MPEG-2.5: one
// granule per frame and the scalefactor coding of ISO/IEC 13818-3.
func (h Header) LSF() bool { return h.Version() != MPEG1 }

// SampleRate is the sample rate in Hz, or 0 for an invalid header.
func (h Header) SampleRate() int {
	ri := h.rateTableIndex()
	if ri < 0 {
		return 0
	}
	return sampleRates[ri]
}

var sampleRates = [9]int{44100, 48000, 32000, 22050, 24000, 16000, 11025, 12000, 8000}

// rateTableIndex is 0-8 as in longBands, or -1.
func (h Header) rateTableIndex() int {
	r := h.RateIndex()
	if r == 3 {
		return -1
	}
	switch h.Version() {
	case MPEG1:
		return r
	case MPEG2:
		return 3 + r
	case MPEG25:
		return 6 + r
	}
	return -1
}

// Layer III bit rates in kbit/s by bitrate index.
var (
	kbpsMPEG1 = [15]int{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}
	kbpsLSF   = [15]int{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}
)

// Bitrate is the Layer III bit rate in bit/s (0 for free format or an
// invalid index).
func (h Header) Bitrate() int {
	bi := h.BitrateIndex()
	if bi == 15 {
		return 0
	}
	if h.LSF() {
		return kbpsLSF[bi] * 1000
	}
	return kbpsMPEG1[bi] * 1000
}

// SamplesPerFrame is 1152 (MPEG-1) or 576 (MPEG-2 and 2.5) for Layer III.
func (h Header) SamplesPerFrame() int {
	if h.LSF() {
		return 576
	}
	return 1152
}

// FrameLen is the length of a Layer III frame with this header in bytes,
// or 0 for free format or an invalid header.
func (h Header) FrameLen() int {
	sr := h.SampleRate()
	if sr == 0 {
		return 0
	}
	return h.SamplesPerFrame()/8*h.Bitrate()/sr + h.Padding()
}

// Valid reports whether h has the sync bits and no reserved value.
func (h Header) Valid() bool {
	return h&0xFFE00000 == 0xFFE00000 && h.Version() != 1 && h.Layer() != 4 &&
		h.BitrateIndex() != 15 && h.RateIndex() != 3 && h&3 != 2
}

// sideInfoLen is the length of the Layer III side information in bytes.
func (h Header) sideInfoLen() int {
	switch {
	case !h.LSF() && h.Channels() == 2:
		return 32
	case !h.LSF(), h.Channels() == 2:
		return 17
	}
	return 9
}

// granule is one granule's side information for one channel (ISO/IEC
// 11172-3 2.4.1.7, ISO/IEC 13818-3 2.4.1.7).
type granule struct {
	part23      int // part2_3_length in bits
	bigValues   int
	globalGain  int
	sfCompress  int
	blockType   int // 0 normal, 1 start, 2 short, 3 stop
	mixed       bool
	table       [3]int
	subGain     [3]int
	region1     int // first line of region 1 (before clamping to big_values)
	region2     int // first line of region 2
	preflag     bool
	sfScale     int
	count1Table int
}

// sideInfo is a frame's side information.
type sideInfo struct {
	mainDataBegin int
	scfsi         [2][4]bool
	gr            [2][2]granule // [granule][channel]
}

var errSideInfo = errors.New("side information")

// parseSideInfo reads the side information of a frame with header h from b
// (which starts right after the header and any CRC).
func parseSideInfo(h Header, b []byte, si *sideInfo) error {
	br := bitReader{data: b}
	nch := h.Channels()
	lsf := h.LSF()
	ngr := 2
	if lsf {
		ngr = 1
		si.mainDataBegin = br.read(8)
		br.read(nch) // private bits
	} else {
		si.mainDataBegin = br.read(9)
		if nch == 1 {
			br.read(5)
		} else {
			br.read(3)
		}
		for ch := 0; ch < nch; ch++ {
			for band := 0; band < 4; band++ {
				si.scfsi[ch][band] = br.bit() == 1
			}
		}
	}
	ri := h.rateTableIndex()
	for gr := 0; gr < ngr; gr++ {
		for ch := 0; ch < nch; ch++ {
			g := &si.gr[gr][ch]
			g.part23 = br.read(12)
			g.bigValues = br.read(9)
			if g.bigValues > 288 {
				return fmt.Errorf("%w: big_values %d over 288 (granule %d, channel %d)", errSideInfo, g.bigValues, gr, ch)
			}
			g.globalGain = br.read(8)
			if lsf {
				g.sfCompress = br.read(9)
			} else {
				g.sfCompress = br.read(4)
			}
			if br.bit() == 1 { // window_switching_flag
				g.blockType = br.read(2)
				g.mixed = br.bit() == 1
				if g.blockType == 0 {
					return fmt.Errorf("%w: window switching with block type 0 (granule %d, channel %d)", errSideInfo, gr, ch)
				}
				g.table[0] = br.read(5)
				g.table[1] = br.read(5)
				g.table[2] = 0
				for w := 0; w < 3; w++ {
					g.subGain[w] = br.read(3)
				}
				// region0_count and region1_count are implied: the first
				// region ends at line 36 (72 at 8 kHz) for short blocks,
				// at long band 8 otherwise; region 1 takes the rest.
				if g.blockType == 2 {
					g.region1 = 36
					if ri == 8 {
						g.region1 = 72
					}
				} else {
					g.region1 = int(longBands[ri][8])
				}
				g.region2 = 576
			} else {
				g.blockType, g.mixed = 0, false
				for r := 0; r < 3; r++ {
					g.table[r] = br.read(5)
				}
				g.subGain = [3]int{}
				r0 := br.read(4)
				r1 := br.read(3)
				g.region1 = int(longBands[ri][r0+1])
				g.region2 = int(longBands[ri][min(r0+r1+2, 22)])
			}
			for r := 0; r < 3; r++ {
				if t := g.table[r]; t == 4 || t == 14 {
					return fmt.Errorf("%w: Huffman table %d does not exist (granule %d, channel %d)", errSideInfo, t, gr, ch)
				}
			}
			if lsf {
				g.preflag = false // implied by scalefac_compress
			} else {
				g.preflag = br.bit() == 1
			}
			g.sfScale = br.bit()
			g.count1Table = br.bit()
		}
	}
	return nil
}
