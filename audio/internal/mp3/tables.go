package mp3

import "math"

// Scalefactor band edges (ISO/IEC 11172-3 Table B.8, ISO/IEC 13818-3
// Table B.2, and the MPEG-2.5 extension's 8 kHz bands), by sample rate
// index: 0-2 MPEG-1 (44.1, 48, 32 kHz), 3-5 MPEG-2 (22.05, 24, 16 kHz),
// 6-8 MPEG-2.5 (11.025, 12, 8 kHz). Long bands give 23 edges over the 576
// lines of a granule; short bands 14 edges over the 192 lines of a window.
var (
	longBands = [9][23]int16{
		{0, 4, 8, 12, 16, 20, 24, 30, 36, 44, 52, 62, 74, 90, 110, 134, 162, 196, 238, 288, 342, 418, 576},
		{0, 4, 8, 12, 16, 20, 24, 30, 36, 42, 50, 60, 72, 88, 106, 128, 156, 190, 230, 276, 330, 384, 576},
		{0, 4, 8, 12, 16, 20, 24, 30, 36, 44, 54, 66, 82, 102, 126, 156, 194, 240, 296, 364, 448, 550, 576},
		{0, 6, 12, 18, 24, 30, 36, 44, 54, 66, 80, 96, 116, 140, 168, 200, 238, 284, 336, 396, 464, 522, 576},
		{0, 6, 12, 18, 24, 30, 36, 44, 54, 66, 80, 96, 114, 136, 162, 194, 232, 278, 332, 394, 464, 540, 576},
		{0, 6, 12, 18, 24, 30, 36, 44, 54, 66, 80, 96, 116, 140, 168, 200, 238, 284, 336, 396, 464, 522, 576},
		{0, 6, 12, 18, 24, 30, 36, 44, 54, 66, 80, 96, 116, 140, 168, 200, 238, 284, 336, 396, 464, 522, 576},
		{0, 6, 12, 18, 24, 30, 36, 44, 54, 66, 80, 96, 116, 140, 168, 200, 238, 284, 336, 396, 464, 522, 576},
		{0, 12, 24, 36, 48, 60, 72, 88, 108, 132, 160, 192, 232, 280, 336, 400, 476, 566, 568, 570, 572, 574, 576},
	}
	shortBands = [9][14]int16{
		{0, 4, 8, 12, 16, 22, 30, 40, 52, 66, 84, 106, 136, 192},
		{0, 4, 8, 12, 16, 22, 28, 38, 50, 64, 80, 100, 126, 192},
		{0, 4, 8, 12, 16, 22, 30, 42, 58, 78, 104, 138, 180, 192},
		{0, 4, 8, 12, 18, 24, 32, 42, 56, 74, 100, 132, 174, 192},
		{0, 4, 8, 12, 18, 26, 36, 48, 62, 80, 104, 136, 180, 192},
		{0, 4, 8, 12, 18, 26, 36, 48, 62, 80, 104, 134, 174, 192},
		{0, 4, 8, 12, 18, 26, 36, 48, 62, 80, 104, 134, 174, 192},
		{0, 4, 8, 12, 18, 26, 36, 48, 62, 80, 104, 134, 174, 192},
		{0, 8, 16, 24, 36, 52, 72, 96, 124, 160, 162, 164, 166, 192},
	}
)

// pretab is the preemphasis added to the long-block scalefactors when
// preflag is set (ISO/IEC 11172-3 Table B.6).
var pretab = [22]uint8{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 2, 0}

// slen1 and slen2 are the scalefactor bit widths by scalefac_compress
// (ISO/IEC 11172-3 2.4.2.7).
var (
	slen1 = [16]uint8{0, 0, 0, 0, 3, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4}
	slen2 = [16]uint8{0, 1, 2, 3, 0, 1, 2, 3, 1, 2, 3, 1, 2, 3, 2, 3}
)

// lsfSfbCount is nr_of_sfb_block of ISO/IEC 13818-3 2.4.3.2:
// the number of scalefactors in each of the four slen groups, by the
// scalefac_compress range (0-2 without, 3-5 with intensity stereo on the
// right channel) and the block kind (long, short, mixed). Short and mixed
// counts are in windows × bands.
var lsfSfbCount = [6][3][4]uint8{
	{{6, 5, 5, 5}, {9, 9, 9, 9}, {6, 9, 9, 9}},
	{{6, 5, 7, 3}, {9, 9, 12, 6}, {6, 9, 12, 6}},
	{{11, 10, 0, 0}, {18, 18, 0, 0}, {15, 18, 0, 0}},
	{{7, 7, 7, 0}, {12, 12, 12, 0}, {6, 15, 12, 0}},
	{{6, 6, 6, 3}, {12, 9, 9, 6}, {6, 12, 9, 6}},
	{{8, 8, 5, 0}, {15, 12, 9, 0}, {6, 18, 9, 0}},
}

// linbits by big_values table number (Table B.7).
var linbits = [32]uint8{
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 2, 3, 4, 6, 8, 10, 13, 4, 5, 6, 7, 8, 9, 11, 13,
}

// Computed tables.
var (
	// pow43[i] = i^(4/3), for every magnitude a big_values pair can hold
	// (15 + 2^13 - 1).
	pow43 [8207]float32
	// gainPow[e] = 2^((e - gainBias)/4): the requantisation gain for an
	// exponent e in quarter powers of two.
	gainPow [gainSize]float32
	// Alias reduction butterflies (Table B.9).
	aliasCS, aliasCA [8]float32
	// isRatio holds the MPEG-1 intensity stereo factors for is_pos 0-6
	// (kl, kr), and isLSF those of MPEG-2 by intensity_scale and is_pos.
	isRatio [7][2]float32
	isLSF   [2][32][2]float32
	// synthWindow is tableB3 as float32.
	synthWindow [512]float32
)

const (
	gainBias = 512
	gainSize = 640
)

func init() {
	for i := range pow43 {
		pow43[i] = float32(math.Pow(float64(i), 4.0/3))
	}
	for e := range gainPow {
		gainPow[e] = float32(math.Exp2(float64(e-gainBias) / 4))
	}
	ci := [8]float64{-0.6, -0.535, -0.33, -0.185, -0.095, -0.041, -0.0142, -0.0037}
	for i, c := range ci {
		sq := math.Sqrt(1 + c*c)
		aliasCS[i] = float32(1 / sq)
		aliasCA[i] = float32(c / sq)
	}
	for p := 0; p < 7; p++ {
		if p == 6 {
			isRatio[p] = [2]float32{1, 0}
			continue
		}
		t := math.Tan(float64(p) * math.Pi / 12)
		isRatio[p] = [2]float32{float32(t / (1 + t)), float32(1 / (1 + t))}
	}
	for s := 0; s < 2; s++ {
		io := math.Pow(2, -0.25*float64(s+1)) // 2^-1/4 or 2^-1/2
		for p := 0; p < 32; p++ {
			switch {
			case p == 0:
				isLSF[s][p] = [2]float32{1, 1}
			case p&1 == 1:
				isLSF[s][p] = [2]float32{float32(math.Pow(io, float64(p+1)/2)), 1}
			default:
				isLSF[s][p] = [2]float32{1, float32(math.Pow(io, float64(p)/2))}
			}
		}
	}
	for i, d := range tableB3 {
		synthWindow[i] = float32(d) / 65536
	}
}
