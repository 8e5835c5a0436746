// Package audio decodes and encodes call recordings and defines Stream, the
// planar float32 block stream every other callveil stage reads and wraps.
//
// It owns floor 1 of callveil's layers (see DESIGN.md): containers and codecs
// (WAV PCM/float/extensible/G.711, MP3), Format, and the streaming contract.
// It knows nothing of transcripts, PII or signal processing, and it does not
// resample or mix channels (that is package dsp's work).
//
// # Streams
//
// A Stream yields planar float32 samples in [-1, 1] in blocks the caller
// provides (see Stream for the exact contract). Decoders hold one block of
// raw bytes and reuse it, so memory is bounded by the block size whatever
// the recording's length, and steady-state reads allocate nothing. A
// recording cut short delivers every complete frame and then an error
// wrapping ErrTruncated instead of io.EOF.
//
// # Reading
//
// Open detects the container from the bytes (never the file name):
//
//   - WAV ("RIFF"..."WAVE"): linear PCM 8 (unsigned, silence at 128), 16,
//     24 and 32 bits; IEEE float 32 and 64 (clipped to [-1, 1], NaN read as
//     0); G.711 µ-law (tag 7) and A-law (tag 6) through 256-entry tables
//     computed from ITU-T G.711; and WAVE_FORMAT_EXTENSIBLE with any of
//     those as sub-format. ADPCM, GSM, MP3-in-WAV, RF64 and big-endian RIFX
//     are refused with ErrUnsupported.
//   - MP3: MPEG-1, MPEG-2 and MPEG-2.5 Layer III (every rate from 8 to
//     48 kHz; mono, stereo, dual channel and joint stereo with M/S and
//     intensity stereo; CBR and VBR), with or without leading ID3v2 tags,
//     decoded gaplessly by the LAME tag as ffmpeg decodes them (see below).
//     Format.Codec names the version ("MPEG-2.5 Layer III"). Layer I/II and
//     free-format bit rates are refused with ErrUnsupported. A stream whose
//     frames switch between mono and stereo (recordings joined end to end)
//     opens as stereo when the frame count at open sees a stereo frame, and
//     its mono frames go to both channels; a stereo frame that only turns
//     up after junk the count stopped at is an ErrCorrupt error, never a
//     dropped channel. A change of sample rate or MPEG version mid-stream
//     is an ErrCorrupt error at that frame.
//
// Every header value is checked before use. The RIFF chunk list is walked
// here, with each chunk's size compared with the bytes really left in the
// file; metadata chunks (LIST, bext, iXML, ...) are skipped by offset and
// never read. A data chunk claiming more than the file holds is decoded as
// far as it goes and then reported as truncated; 0xFFFFFFFF, the size
// streaming writers leave behind, means "to the end of the file". The fmt
// chunk is refused when it names 0 or more than 64 channels, a rate of 0
// or above 768 kHz, a sample width the encoding does not have, or a block
// align that disagrees with them. For MP3 the ID3v2 size is only compared
// with the file size, and the 4-byte frame headers are counted at open
// (no decoding) to give Format.Frames (after the trim described under MP3
// timing) and to notice a cut-off last frame; Frames is -1 when bytes that
// are not frames sit between frames, since the decoder then resynchronises
// and the count is no longer known.
//
// # MP3 timing (gapless decoding)
//
// MP3 output starts late: the encoder puts delay in front of the audio
// (576 samples for LAME), the decoder's filterbank adds 529 more, and the
// last frame is filled out with padding. Many encoders also make the first
// frame a Xing/Info header (or Fraunhofer's VBRI) that holds no audio. A
// decoder that ignores all this (go-mp3 on its own, for one) returns LAME's
// 44.1 kHz files 2257 samples (51 ms) late. Word-timed transcripts come
// from audio decoded the way ffmpeg decodes it (Whisper loads audio with
// ffmpeg), so on such output every span cut by transcript time would land
// 51 ms ahead of the speech. This package therefore yields what ffmpeg's
// mp3 demuxer yields (libavformat/mp3dec.c; measured against ffmpeg 5.1,
// the same length to the sample; see the corpus figures below):
//
//   - A first frame with a Xing or Info header (at the end of the side
//     information) or a VBRI header (32 bytes after the frame header) that
//     gives a frame or byte count is not decoded.
//   - If the Xing/Info header carries a LAME extension from LAME or FFmpeg
//     (version string "LAME", "Lavf" or "Lavc"; the "mp3 info tag rev 1"
//     layout, whose encoder delay and padding are two 12-bit fields 21
//     bytes into the extension), the first delay + 529 decoded samples are
//     dropped, and, when the header gives the frame count N, so are the
//     samples in [N × samples per frame − padding + 529, N × samples per
//     frame): the padding less the decoder delay, which the start skip
//     already took. No end trim is made when that range is empty or begins
//     inside the start skip, or when the stream is more than 1/16 longer
//     in bytes than the header says (ffmpeg's test for files joined end to
//     end).
//   - Without a LAME extension, or without a header frame at all (lame -t,
//     ffmpeg -write_xing 0, and LAME's low-rate MPEG-2 files, whose frames
//     are too short to hold one), every decoded sample is kept, as ffmpeg
//     keeps them: such a file stays late by its encoder's delay plus 529.
//
// The tag's numbers are 12 bits (at most 4095) and are only ever used in
// arithmetic on sample indices, never for an allocation. One departure
// from ffmpeg: when the delay is longer than the stream the frame scan
// counted (a broken or hostile tag; ffmpeg then yields nothing), the tag's
// delay and padding are ignored and every audio frame is kept. Trimming
// costs no allocation: dropped samples are decoded into the block's own
// buffer and not converted.
//
// # Writing
//
// WriteWAV and WAVWriter write 16-bit PCM (rounded to nearest and clipped,
// so 16-bit sources round-trip bit for bit) or 32-bit IEEE float, at the
// input's rate and channel count. The output holds exactly two chunks, "fmt "
// and "data": no LIST/INFO, bext, iXML, ID3 or any other metadata from a
// source ever reaches it, since call metadata routinely holds phone numbers
// and names.
//
// # The libraries, and what this package does instead
//
// MP3 frames are decoded by callveil's own Layer III decoder
// (audio/internal/mp3, written from ISO/IEC 11172-3 and 13818-3; see its
// documentation for what it follows where the two and ffmpeg disagree), in
// float32, in fixed arrays: a stream allocates nothing after Open. This
// package parses the frame headers, counts the frames at open, reads the
// frames through one 32 kB buffer (a ReadAt per chunk, not per frame) and
// hands them to the decoder one at a time; errors name the frame and its
// byte offset. Measured on the
// corpus of testdata/mp3corpus (25 LAME and ffmpeg encodes, every rate
// from 8 to 48 kHz, 0.25-0.6 s each; make.sh regenerates it): the same
// length as ffmpeg 5.1's decode to the sample, and the difference from it
// -115.0 to -117.2 dB relative to the signal, except the two 24 kHz files,
// where ffmpeg 5.1's scalefactor band table departs from the standard.
// Speed (BenchmarkDecode, process CPU time, a shared 2-core EPYC):
// about 1,600× real time on 44.1 kHz stereo at 128 kbit/s (2.2 CPU s per
// audio hour) and 10,000× on 8 kHz mono MPEG-2.5 at 16 kbit/s, against
// 100-110× (33 CPU s per hour) for github.com/hajimehoshi/go-mp3 v0.3.4, the
// decoder used before. Whole runs of "callveil anonymize --voice off" (MP3
// to 16-bit WAV) against ffmpeg -threads 1, bench/RESULTS-mp3.md: 5.0 CPU s
// per audio hour against ffmpeg's 3.9 at 44.1 kHz stereo (1.3×), 0.67
// against 0.66 at 8 kHz mono MPEG-2.5 (1.0×); the go-mp3 build took 38 CPU s
// per hour at 44.1 kHz.
// go-mp3 stays in the tests as an independent
// reference where it works (MPEG-1 and unpadded MPEG-2: it refuses
// MPEG-2.5, decodes padded 22.05 kHz frames one byte short, and allocates
// about 5,500 times per second of audio).
//
// github.com/go-audio/wav (v1.1.0) decodes PCM 16/24/32 correctly, and the
// tests use it as an independent reference for those paths (the two agree
// sample for sample on 1 to 3 channels). It is not used on the read path:
// driven safely (after this package's chunk walk, through a clean header
// and a bounded section of the data chunk), its PCMBuffer allocates a byte
// buffer, a bytes.Reader and a sample buffer on every call and decodes each
// sample through an io.Reader. Measured on 60 s of 8 kHz mono PCM16 with
// 4096-frame blocks: 4.3 allocations (8.6 kB) per block and ~15,500× real
// time, against 0 allocations per block and ~112,000× real time for the
// decoder here (BenchmarkDecodePCM16Via). Its other faults rule it out for
// the remaining formats regardless: it returns garbage without an error for
// IEEE float and G.711 (read as unsigned 8-bit), fails on float64, ignores
// the 128 offset of 8-bit PCM, and its RIFF layer allocates whatever size a
// chunk header claims. Its encoder writes integers under the float tag and
// calls binary.Write per sample, so WAV is written by WAVWriter instead.
package audio
