// Package mp3 is callveil's MPEG audio Layer III decoder: MPEG-1 (ISO/IEC
// 11172-3), MPEG-2 at the low sampling frequencies (ISO/IEC 13818-3) and
// MPEG-2.5 (8, 11.025 and 12 kHz), mono, stereo, dual channel and joint
// stereo (M/S and intensity), CBR and VBR. It decodes one frame at a time
// into float32 clipped to [-1, 1] and keeps its bit reservoir,
// IMDCT overlap and synthesis filterbank state in fixed arrays: a Decoder
// allocates nothing. Package audio finds the frames, trims them gaplessly
// and streams the result; this package knows nothing of files or tags.
//
// It follows the standards' decoding process (2.4.3.4 of 11172-3): side
// information, main data through the bit reservoir, scalefactors (with
// scfsi, and the scalefac_compress coding and preflag of 13818-3),
// Huffman decoding of big_values and count1 with the tables of Table B.7,
// requantisation, short-block reordering, M/S and intensity stereo
// (13818-3's intensity positions and their illegal values included),
// alias reduction, IMDCT with the four window shapes and mixed blocks,
// overlap-add, frequency inversion and the polyphase synthesis of Annex A
// with the window of Table B.3. Where the standards leave a choice, it
// does what ffmpeg does, since word-timed transcripts come from audio
// decoded by ffmpeg: region boundaries of short and mixed blocks (36
// lines, 72 at 8 kHz), the long part of mixed blocks (long bands 0-7 for
// MPEG-1, 0-5 otherwise; two subbands of long IMDCT), the intensity
// position of the last band taken from the band below, and a count1
// quadruple that reads past part2_3_length dropped.
//
// One departure from ffmpeg 5.1 is deliberate: at 24 kHz, the edge
// between long scalefactor bands 17 and 18 is at line 332 as in ISO/IEC
// 13818-3 Table B.2 (and LAME, which encodes with it, and later FFmpeg),
// where ffmpeg 5.1 has 330. See TestFFmpeg51_24kHzLongBandEdge, and
// TestOpen_MP3Corpus24kHzMatchesLAME in package audio: LAME's own decoder
// agrees with this one on both 24 kHz corpus files to its 16-bit rounding.
//
// The fast paths: Huffman decoding reads a 64-bit window of the stream
// kept in a register (one table lookup per code, signs and linbits taken
// from the same window, no branch on whether a value is zero);
// requantisation looks |x|^(4/3) up in a table and sets the sign by its
// bit; the synthesis matrixing is a 32-point DCT-II by Lee's
// factorisation, generated as straight-line code that writes the vector V
// straight into the FIFO; each IMDCT is an 18- or 6-point DCT-IV;
// subbands above the last nonzero line skip alias reduction and the
// IMDCT; and the synthesis window runs in an AVX kernel on amd64 that also
// clips the output to [-1, 1] (bit-identical to its Go loop, which -tags
// purego selects). The FFT of dsp/internal/fft is not used: package audio
// sits below dsp (DESIGN.md's layers), and transforms of 6, 18 and 32
// points are faster written out than padded to a power-of-two FFT.
//
// Every error wraps ErrCorrupt (a frame the standard cannot decode: a
// Huffman table that does not exist, big_values over 288, a granule
// longer than the main data, an invalid code) or ErrUnsupported (Layer I
// or II, free format). Reads past the end of the main data yield zero
// bits, never an out-of-range index: there are no panics to recover from.
package mp3
