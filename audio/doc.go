// Package audio decodes and encodes call recordings and defines Stream, the
// planar float32 block stream every other callveil stage reads and wraps.
//
// It owns floor 1 of callveil's layers (see DESIGN.md): containers and codecs
// (WAV PCM/float/extensible/G.711, MP3, FLAC, Ogg Opus), Format, and the
// streaming contract.
// It knows nothing of transcripts, PII or signal processing, and it does not
// resample or mix channels (that is package dsp's work).
//
// # Streams
//
// A Stream yields planar float32 samples in [-1, 1] in blocks the caller
// provides (see Stream for the exact contract). Decoders hold one block of
// raw bytes and reuse it, so memory is bounded by the block size whatever
// the recording's length, and steady-state reads allocate nothing (Opus
// excepted, below). A recording cut short delivers every complete frame and
// then an error wrapping ErrTruncated instead of io.EOF.
//
// # Reading
//
// Open detects the container from the bytes (never the file name):
//
//   - FLAC ("fLaC", also behind ID3v2 tags): 4 to 32 bits, 1 to 8 channels,
//     any rate, decoded bit-exactly by this package (see FLAC below).
//   - Ogg ("OggS") or WebM/Matroska (the EBML signature) holding Opus:
//     SILK, CELT and hybrid packets, mono or stereo, always decoded at 48
//     kHz (see Opus below). Ogg Vorbis, Speex, Ogg FLAC, other codecs in
//     WebM and multistream (surround) Opus are refused with ErrUnsupported.
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
// # FLAC
//
// FLAC is decoded here, from RFC 9639, not by github.com/mewkiz/flac, the
// library first planned: on the same files mewkiz/flac v1.0.14 allocates
// 15 to 20 times per frame (a frame object, subframes, sample slices, a
// bit reader; 1.16 MB for 34 s of 8 kHz mono, 12.2 MB for 34 s of 44.1
// kHz stereo), decodes 2.2x to 3.9x slower than the decoder here
// (BenchmarkDecodeFLACViaMewkiz against BenchmarkDecodeFLAC in one run on a
// loaded machine: 679x against 1487x real time on 8 kHz mono 16-bit, 182x
// against 709x on 16 kHz stereo 24-bit) and fails on 32-bit streams. It stays as a test reference and
// encodes the FLAC copy of call1 in the end-to-end test. The decoder here
// reads through one 64 KiB buffer and one frame of int64 samples per
// channel, grown to the largest block a frame header gives (checked against
// STREAMINFO's maximum, so at most 65,535 samples: 4 MiB for 8 channels),
// and allocates nothing per frame; steady-state reads allocate nothing.
//
// The metadata blocks are walked like the RIFF chunks: each length is
// compared with the bytes left, only STREAMINFO is read, and every other
// block (VORBIS_COMMENT, PICTURE, CUESHEET, where taggers put names and
// numbers) is skipped unread. Every frame's header CRC-8 and frame CRC-16
// are checked; a frame that fails, or whose header disagrees with STREAMINFO
// (channels, bits, rate, a block larger than the maximum), ends the stream
// with an ErrCorrupt error naming the frame and its byte offset (libFLAC
// would conceal it with silence and go on). A stream cut inside a frame, or
// holding fewer samples than STREAMINFO says, ends with ErrTruncated after
// the last whole frame. The MD5 of the decoded samples is compared with
// STREAMINFO's (when the encoder wrote one) at the end: a mismatch, which
// only a decoder fault or damage the CRCs missed can cause, ends the stream
// with ErrCorrupt instead of io.EOF.
//
// Checked against `flac -d` (flac 1.4.2) sample for sample on 8-bit 44.1
// kHz mono, 16-bit 8 kHz mono (LPC, fixed, constant subframes, with and
// without ID3v2 and tags), 24-bit 16 kHz stereo (all stereo
// decorrelations), 32-bit 48 kHz stereo (33-bit side channel) and 16-bit
// 11.025 kHz 6-channel files (testdata/make_flac_opus.sh). CPU seconds per
// audio hour decoding 10 minutes of call speech on one thread of a 2-core
// EPYC (medians of 3 alternating rounds; the machine was loaded, about 15
// runnable threads, so all figures are inflated alike): 0.53 at 8 kHz mono
// (ffmpeg 1.48, of which about 0.8 is its start-up; flac -d 0.30) and 4.7
// at 44.1 kHz stereo with the MD5 check (ffmpeg 3.5, which does not check
// it; flac -d 3.0, which does).
//
// # Opus
//
// Opus packets are decoded by github.com/pion/opus (v0.1.0), pure Go, which
// covers SILK, CELT and hybrid packets, mode switches between them, and
// stereo. The Ogg layer is this package's: pages are read one at a time
// into one buffer of the largest page size (65,307 bytes), each page's
// CRC-32 is checked, and a packet may be at most 64 KiB (120 ms of the
// largest Opus frames fits in less); pages of other logical streams
// (video, say) are skipped. The OpusHead header is checked (version 0.x, 1
// or 2 channels; a mapping family other than 0 only with one stream in
// order), and the OpusTags header, where encoders and recorders put titles
// and names, is skipped unread however long it is. As RFC 7845 asks, the
// first pre-skip samples are dropped, the stream ends at the granule
// position of its last page (found at open in the file's last 64 KiB, which
// also gives Format.Frames, counted from the first audio page's position
// for a stream cut from a live one) and the header's output gain is
// applied.
// Output is always 48 kHz, Opus's own rate: transcript times are in
// seconds, so a call transcribed at 16 kHz keeps its times.
//
// Checked against opusdec (opus-tools 0.2, libopus 1.3.1, 16-bit without
// dither) on SILK NB, SILK WB (20 and 40 ms, mono and stereo, switching to
// and from hybrid), hybrid SWB/FB and CELT SWB/FB (10 and 20 ms, mono and
// stereo) files: the same length to the sample, best aligned at offset 0,
// and the difference 48 to 57 dB below the signal for SILK and hybrid and
// 76 to 82 dB for CELT (TestOpus_MatchesReferenceDecode). Not handled:
// packet loss concealment and forward error correction (a file holds no lost
// packets; an empty packet is refused as corrupt), chained streams
// (a stream that begins after the first one ended is refused with
// ErrUnsupported when the reader reaches it, never dropped silently) and
// more than two channels. pion/opus allocates a
// little in every packet (about 1 allocation per 20 ms SILK packet, 4 per
// CELT or hybrid one; 1 to 22 kB per 4096-frame block, BenchmarkReadBlocks);
// the Ogg layer allocates nothing per page. Every call into it runs under
// recover, a last resort that turns a panic into ErrCorrupt (the fuzz
// targets have not found one). On 10 minutes of call speech, in the same
// runs as the FLAC figures, CPU seconds per audio hour: 6.3 for SILK WB
// mono at 12 kbit/s (ffmpeg 4.4, opusdec 6.6), 11.6 for CELT stereo at 64
// kbit/s (ffmpeg 7.1, opusdec 11.9), and 5.0 for SILK NB in WebM at 16
// kbit/s (ffmpeg 4.4).
//
// WebM (what browsers' MediaRecorder writes) and Matroska files are read
// element by element from the first Cluster on, through one buffer of at
// most one Opus packet: every element size is compared with what is left
// before use, Segments and Clusters of unknown size (live recordings) are
// followed, and Cues, Tags, Chapters and Attachments are skipped unread.
// The first audio track must be Opus; the OpusHead in its CodecPrivate is
// checked as in Ogg, its pre-skip dropped (the track's CodecDelay is not
// used, as ffmpeg does not use it: ffmpeg 5.1 writes 2.17 ms there for a
// 6.5 ms pre-skip when the input is 16 kHz), and a block's DiscardPadding
// trims its end. The length is not known without decoding (Format.Frames
// is -1) and gaps between block timestamps are not filled. Laced blocks are
// refused as corrupt. Checked against ffmpeg's decode through libopus on a mono file
// and a stereo one written as a live stream (unknown Segment size): the
// same length, 56 dB (hybrid) and 76 to 82 dB (CELT) below the signal.
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
// where ffmpeg 5.1's scalefactor band table departs from the standard;
// those two match LAME's own decoder (mpglib) to its 16-bit rounding,
// -83 dB, where ffmpeg 5.1's stereo decode is 2.9 dB off in one channel.
// Speed (process CPU time, a shared 2-core EPYC at load 12-14, decoding
// only, median of 6 alternating runs, on the first minutes of
// bench/compare.sh's MP3s): about 1,650× real time on 44.1 kHz stereo
// at 128 kbit/s (2.2 CPU s per audio hour; 1,050× at ef94a29, before
// the fast paths audio/internal/mp3's doc lists) and 11,600× on 8 kHz
// mono MPEG-2.5 at 16 kbit/s (6,800× at ef94a29), against 100-110× (33 CPU s per hour) for
// github.com/hajimehoshi/go-mp3 v0.3.4, the decoder used before. Whole
// runs of "callveil anonymize --voice off" (MP3 to 16-bit WAV and the
// output's SHA-256) against ffmpeg -threads 1, bench/RESULTS-mp3.md,
// three runs of 9 alternating rounds at load 7-13, median CPU s per audio
// hour: 3.60-4.32 against ffmpeg's 4.02-4.20 at 44.1 kHz stereo
// (0.90-1.03×, worse the lighter the load; 1.40-1.49× at ef94a29), and
// 0.49-0.56 against 0.75-0.81 at 8 kHz mono MPEG-2.5 (0.65-0.69×;
// 1.04-1.09× at ef94a29); the go-mp3 build took 38 CPU s per hour at
// 44.1 kHz.
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
