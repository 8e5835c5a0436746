package audio

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/pion/opus"
)

// EncodingOpus is Opus (RFC 6716) in Ogg (RFC 7845) or WebM, decoded at
// 48 kHz.
const EncodingOpus Encoding = "opus"

// Opus limits.
const (
	opusRate = 48000
	// opusMaxFrames is the longest packet, 120 ms, at 48 kHz.
	opusMaxFrames = 5760
	// opusMaxPacket bounds the packet buffer: 48 frames of at most 1275
	// bytes (RFC 6716 section 3.2.5) and their length bytes fit in it.
	opusMaxPacket = 64 << 10
)

// opusHead is the identification header of an Ogg Opus stream (RFC 7845
// section 5.1).
type opusHead struct {
	channels  int
	preSkip   int
	inputRate int // the encoder's input rate, for information only
	gain      int // output gain in 1/256 dB
	family    int // channel mapping family
}

// parseOpusHead decodes and checks the OpusHead packet b. It refuses
// streams that need more than one Opus stream (multichannel mapping
// families with several streams), which callveil does not decode.
func parseOpusHead(b []byte) (opusHead, error) {
	var h opusHead
	if len(b) < 19 || string(b[:8]) != "OpusHead" {
		return h, fmt.Errorf("opus: identification header is %d bytes or lacks \"OpusHead\": %w", len(b), ErrCorrupt)
	}
	if b[8]&0xF0 != 0 {
		return h, fmt.Errorf("opus: header version %d (major %d) is not 0.x: %w", b[8], b[8]>>4, ErrUnsupported)
	}
	h.channels = int(b[9])
	h.preSkip = int(binary.LittleEndian.Uint16(b[10:]))
	h.inputRate = int(binary.LittleEndian.Uint32(b[12:]))
	h.gain = int(int16(binary.LittleEndian.Uint16(b[16:])))
	h.family = int(b[18])
	if h.channels == 0 {
		return h, fmt.Errorf("opus: header gives 0 channels: %w", ErrCorrupt)
	}
	switch h.family {
	case 0:
		if h.channels > 2 {
			return h, fmt.Errorf("opus: mapping family 0 with %d channels (1 or 2 are allowed): %w", h.channels, ErrCorrupt)
		}
		if len(b) != 19 {
			return h, fmt.Errorf("opus: mapping family 0 header is %d bytes, not 19: %w", len(b), ErrCorrupt)
		}
	default:
		if len(b) < 21+h.channels {
			return h, fmt.Errorf("opus: mapping family %d header is %d bytes, too short for its %d channels: %w", h.family, len(b), h.channels, ErrCorrupt)
		}
		streams, coupled := int(b[19]), int(b[20])
		if streams == 0 || coupled > streams {
			return h, fmt.Errorf("opus: header gives %d streams, %d of them coupled: %w", streams, coupled, ErrCorrupt)
		}
		if streams != 1 || h.channels > 2 {
			return h, fmt.Errorf("opus: multistream Opus (mapping family %d, %d channels in %d streams) is not supported: %w", h.family, h.channels, streams, ErrUnsupported)
		}
		// One stream: the mapping must name it in order (0, or 0 1
		// for a coupled pair).
		for c := range h.channels {
			if int(b[21+c]) != c || (coupled == 0 && h.channels == 2) {
				return h, fmt.Errorf("opus: channel mapping %v of one stream is not supported: %w", b[21:21+h.channels], ErrUnsupported)
			}
		}
	}
	return h, nil
}

// opusStream decodes Ogg Opus packet by packet with github.com/pion/opus,
// drops the pre-skip, trims the end at the last page's granule position
// and applies the header's output gain (RFC 7845 section 4).
type opusStream struct {
	format Format
	// next gives the next packet, the samples to drop from its end (WebM's
	// DiscardPadding) and its container offset for error messages.
	next     func() (pkt []byte, discard int64, at int64, err error)
	dec      opus.Decoder
	pcm      []float32 // one packet's samples, interleaved
	have     int       // frames in pcm
	used     int       // frames of pcm delivered or skipped
	skip     int64     // pre-skip frames still to drop
	left     int64     // frames still to deliver, -1 when not known
	gain     float32
	endErr   error // what the end of the stream means: io.EOF or an ErrTruncated
	err      error // set once the stream is over
	packetNo int
}

// openOpus opens the Ogg stream in r (size bytes). It must begin with an
// Opus stream; Ogg Vorbis, Speex, FLAC and Theora are refused.
func openOpus(r io.ReaderAt, size int64) (Stream, error) {
	o := newOggReader(io.NewSectionReader(r, 0, size), 0, opusMaxPacket)
	head, _, err := o.nextPacket(true)
	if err != nil {
		if errors.Is(err, ErrTruncated) || errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("opus: file ends before the identification header is complete: %w", ErrCorrupt)
		}
		return nil, err
	}
	if string(head[:min(8, len(head))]) != "OpusHead" {
		return nil, fmt.Errorf("ogg: the first stream holds %s, not Opus: %w", oggCodecName(head), ErrUnsupported)
	}
	h, err := parseOpusHead(head)
	if err != nil {
		return nil, err
	}
	if o.seg != len(o.pg.segs) || o.pg.granule != 0 {
		return nil, fmt.Errorf("opus: the identification header's page at byte %d holds more than the header: %w", o.pg.offset, ErrCorrupt)
	}
	// The end: the granule position of the stream's last page, found in
	// the file's last 64 KiB before the comment header moves the page
	// buffer on.
	frames := int64(-1)
	endErr := error(io.EOF)
	granule, eos, ok := lastOggGranule(r, size, o.serial, o.buf)
	if granule == 0 && !eos {
		ok = false // a header page: the audio pages were cut off
	}
	switch {
	case ok && granule >= int64(h.preSkip):
		frames = granule - int64(h.preSkip)
	case ok: // a stream shorter than its pre-skip
		frames = 0
	}
	if !eos {
		endErr = fmt.Errorf("opus: the stream has no end-of-stream page (a recording cut short): %w", ErrTruncated)
	}
	tags, _, err := o.nextPacket(false)
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, ErrTruncated) {
			return nil, fmt.Errorf("opus: stream ends before its comment header is complete (%v): %w", err, ErrCorrupt)
		}
		return nil, err
	}
	if string(tags[:min(8, len(tags))]) != "OpusTags" {
		return nil, fmt.Errorf("opus: second packet is not the \"OpusTags\" comment header: %w", ErrCorrupt)
	}
	// A stream cut from a longer one (a live stream joined late) starts
	// at a granule position above 0: the first audio page's position
	// less the samples of the packets it completes (RFC 7845 section
	// 4.5). The length is counted from there.
	if start := o.firstAudioPageStart(); start > 0 && frames > 0 {
		frames = max(0, frames-start)
	}
	s := &opusStream{
		format: Format{
			Container:  "ogg",
			Encoding:   EncodingOpus,
			SampleRate: opusRate,
			Channels:   h.channels,
			Frames:     frames,
		},
		next: func() ([]byte, int64, int64, error) {
			pkt, _, err := o.nextPacket(true)
			return pkt, 0, o.pg.offset, err
		},
		pcm:    make([]float32, opusMaxFrames*h.channels),
		skip:   int64(h.preSkip),
		left:   frames,
		gain:   float32(math.Pow(10, float64(h.gain)/(20*256))),
		endErr: endErr,
	}
	if s.dec, err = opus.NewDecoderWithOutput(opusRate, h.channels); err != nil {
		return nil, fmt.Errorf("opus: %v: %w", err, ErrUnsupported)
	}
	return s, nil
}

// openWebM opens the WebM (or Matroska) file in r (size bytes) whose
// first audio track is Opus. Its length is not known without decoding
// (Format.Frames is -1). As ffmpeg decodes it, the pre-skip is the
// OpusHead's (the track's CodecDelay is not used: ffmpeg 5.1 itself writes
// 2.17 ms there for 16 kHz input, where the pre-skip is 6.5 ms), and a
// block's DiscardPadding trims its end.
func openWebM(r io.ReaderAt, size int64) (Stream, error) {
	info, err := parseWebM(r, size)
	if err != nil {
		return nil, err
	}
	h, err := parseOpusHead(info.track.head)
	if err != nil {
		return nil, err
	}
	w := newWebMReader(r, info, opusMaxPacket)
	s := &opusStream{
		format: Format{
			Container:  "webm",
			Encoding:   EncodingOpus,
			SampleRate: opusRate,
			Channels:   h.channels,
			Frames:     -1,
		},
		next: func() ([]byte, int64, int64, error) {
			pkt, ns, at, err := w.nextPacket()
			return pkt, (max(0, ns)*opusRate + 500_000_000) / 1_000_000_000, at, err
		},
		pcm:    make([]float32, opusMaxFrames*h.channels),
		skip:   int64(h.preSkip),
		left:   -1,
		gain:   float32(math.Pow(10, float64(h.gain)/(20*256))),
		endErr: io.EOF,
	}
	if s.dec, err = opus.NewDecoderWithOutput(opusRate, h.channels); err != nil {
		return nil, fmt.Errorf("opus: %v: %w", err, ErrUnsupported)
	}
	return s, nil
}

// oggCodecName names the codec of an Ogg stream from its first packet.
func oggCodecName(b []byte) string {
	switch {
	case len(b) >= 7 && string(b[:7]) == "\x01vorbis":
		return "Vorbis"
	case len(b) >= 5 && string(b[:5]) == "\x7fFLAC":
		return "FLAC"
	case len(b) >= 5 && string(b[:5]) == "Speex":
		return "Speex"
	case len(b) >= 7 && string(b[:7]) == "\x80theora":
		return "Theora video"
	}
	return "an unknown codec"
}

// Format implements Stream.
func (s *opusStream) Format() Format { return s.format }

// Read implements Stream. It panics if dst does not hold one slice per
// channel, all at least as long as dst[0].
func (s *opusStream) Read(dst [][]float32) (int, error) {
	n := checkDst(dst, s.format.Channels)
	if n == 0 {
		return 0, nil
	}
	out := 0
	for out < n {
		if s.used == s.have {
			if s.err != nil {
				break
			}
			if err := s.decodePacket(); err != nil {
				s.err = err
				break
			}
			continue
		}
		k := min(n-out, s.have-s.used)
		if s.left >= 0 {
			k = int(min(int64(k), s.left))
			s.left -= int64(k)
		}
		s.deliver(dst, out, k)
		out += k
		s.used += k
		if s.left == 0 {
			// The rest is the encoder's end padding.
			s.have, s.used = 0, 0
			s.err = s.finish()
			break
		}
	}
	if out == 0 {
		return 0, s.err
	}
	return out, nil
}

// finish reads the packets left after the last granule position (the
// encoder's end padding) without decoding them, so that what follows the
// stream, such as a chained second stream, is refused instead of dropped.
// It returns the stream's end error or what reading on met.
func (s *opusStream) finish() error {
	for {
		_, _, _, err := s.next()
		if errors.Is(err, io.EOF) {
			return s.endErr
		}
		if err != nil {
			return err
		}
	}
}

// deliver converts k frames of pcm from s.used on into dst from index at,
// with the output gain, clipped to [-1, 1].
func (s *opusStream) deliver(dst [][]float32, at, k int) {
	ch := s.format.Channels
	src := s.pcm[s.used*ch : (s.used+k)*ch]
	for c := range ch {
		d := dst[c][at : at+k]
		for i := range d {
			d[i] = clampSample(src[i*ch+c] * s.gain)
		}
	}
}

// decodePacket decodes the next audio packet into pcm and drops what is
// left of the pre-skip. At the end of the packets it returns the stream's
// end error.
func (s *opusStream) decodePacket() error {
	pkt, discard, at, err := s.next()
	if errors.Is(err, io.EOF) {
		if s.left > 0 {
			return fmt.Errorf("opus: stream ends %d samples short of its last granule position: %w", s.left, ErrCorrupt)
		}
		return s.endErr
	}
	if err != nil {
		return err
	}
	s.packetNo++
	if len(pkt) == 0 {
		return fmt.Errorf("opus: audio packet %d (at byte %d) is empty: %w", s.packetNo, at, ErrCorrupt)
	}
	m, err := s.decode(pkt)
	if err != nil {
		return fmt.Errorf("opus: audio packet %d (at byte %d, %s): %v: %w", s.packetNo, at, opusPacketMode(pkt[0]), err, ErrCorrupt)
	}
	if discard > 0 {
		m -= int(min(discard, int64(m)))
	}
	s.have, s.used = m, 0
	if s.skip > 0 {
		d := int(min(s.skip, int64(m)))
		s.used = d
		s.skip -= int64(d)
	}
	return nil
}

// decode runs pion/opus on one packet, turning a panic into an error: the
// last line of defence against hostile packets (see the fuzz targets).
func (s *opusStream) decode(pkt []byte) (n int, err error) {
	defer func() {
		if p := recover(); p != nil {
			n, err = 0, fmt.Errorf("decoder panicked (%v)", p)
		}
	}()
	return s.dec.DecodeToFloat32(pkt, s.pcm)
}

// firstAudioPageStart reads the page after the comment header, the first
// audio page, and returns its granule position less the samples of the
// packets that end on it: the stream's starting position, 0 for most
// files, negative when the page also ends the stream early (end trim). It
// returns 0 when the headers do not end on a page boundary as RFC 7845
// asks, or when no packet ends on the page. The packets on the page are
// then read by nextPacket as usual; an error reading the page is kept for
// nextPacket to return.
func (o *oggReader) firstAudioPageStart() int64 {
	if !o.have || o.seg != len(o.pg.segs) || o.eos {
		return 0
	}
	pg, err := o.page()
	if err != nil {
		// Reported by the first Read, after the headers: a file cut
		// there is truncated, not unreadable.
		o.pending = err
		return 0
	}
	if pg.flags&oggContinued != 0 {
		o.pending = fmt.Errorf("ogg: the first audio page at byte %d continues a packet: %w", pg.offset, ErrCorrupt)
		return 0
	}
	o.seg, o.bodyAt = 0, 0
	if pg.granule < 0 {
		return 0
	}
	var samples int64
	start, at := 0, 0 // the current packet's first byte, the next segment's
	for _, l := range pg.segs {
		at += int(l)
		if l == 255 {
			continue
		}
		samples += int64(opusPacketSamples(pg.body[start:at]))
		start = at
	}
	return pg.granule - samples
}

// opusPacketSamples is the number of 48 kHz samples a packet decodes to,
// from its TOC byte and, for code 3 packets, its frame count (RFC 6716
// section 3.2); 0 for a malformed packet.
func opusPacketSamples(p []byte) int {
	if len(p) == 0 {
		return 0
	}
	cfg := int(p[0] >> 3)
	var per int
	switch {
	case cfg < 12:
		per = [4]int{480, 960, 1920, 2880}[cfg%4]
	case cfg < 16:
		per = [2]int{480, 960}[cfg%2]
	default:
		per = [4]int{120, 240, 480, 960}[cfg%4]
	}
	switch p[0] & 3 {
	case 0:
		return per
	case 1, 2:
		return 2 * per
	}
	if len(p) < 2 {
		return 0
	}
	return per * int(p[1]&0x3F)
}

// opusPacketMode names the mode, bandwidth and frame duration a packet's
// TOC byte gives (RFC 6716 section 3.1).
func opusPacketMode(toc byte) string {
	cfg := int(toc >> 3)
	switch {
	case cfg < 12:
		return fmt.Sprintf("SILK %s %d ms", [3]string{"NB", "MB", "WB"}[cfg/4], [4]int{10, 20, 40, 60}[cfg%4])
	case cfg < 16:
		return fmt.Sprintf("hybrid %s %d ms", [2]string{"SWB", "FB"}[(cfg-12)/2], [2]int{10, 20}[cfg%2])
	default:
		return fmt.Sprintf("CELT %s %.1f ms", [4]string{"NB", "WB", "SWB", "FB"}[(cfg-16)/4], [4]float64{2.5, 5, 10, 20}[cfg%4])
	}
}

// webmOpusModes is OpusModes for a WebM file.
func webmOpusModes(r io.ReaderAt, size int64) (map[string]int, error) {
	info, err := parseWebM(r, size)
	if err != nil {
		return nil, err
	}
	w := newWebMReader(r, info, opusMaxPacket)
	modes := map[string]int{}
	for {
		pkt, _, _, err := w.nextPacket()
		if errors.Is(err, io.EOF) {
			return modes, nil
		}
		if err != nil {
			return modes, err
		}
		if len(pkt) > 0 {
			modes[opusPacketMode(pkt[0])]++
		}
	}
}

// OpusModes reads the Ogg or WebM Opus stream in r and counts its audio
// packets by mode, audio bandwidth and frame length (for example
// "SILK WB 20 ms": 20, "hybrid FB 20 ms": 6), from each packet's first
// byte, without decoding them. Errors are those Open would give, or
// ErrCorrupt and ErrTruncated for a broken page or element.
func OpusModes(r io.ReadSeeker) (map[string]int, error) {
	size, err := r.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, fmt.Errorf("opus: %w", err)
	}
	ra, ok := r.(io.ReaderAt)
	if !ok {
		ra = &seekReaderAt{r: r}
	}
	var magic [4]byte
	if err := readFullAt(ra, magic[:], 0); err == nil && string(magic[:]) == "\x1a\x45\xdf\xa3" {
		return webmOpusModes(ra, size)
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("opus: %w", err)
	}
	o := newOggReader(r, 0, opusMaxPacket)
	modes := map[string]int{}
	for i := 0; ; i++ {
		pkt, _, err := o.nextPacket(i != 1) // the comment header may be long
		if errors.Is(err, io.EOF) {
			return modes, nil
		}
		if err != nil {
			return modes, err
		}
		switch {
		case i == 0 && string(pkt[:min(8, len(pkt))]) != "OpusHead":
			return nil, fmt.Errorf("ogg: the first stream holds %s, not Opus: %w", oggCodecName(pkt), ErrUnsupported)
		case i >= 2 && len(pkt) > 0:
			modes[opusPacketMode(pkt[0])]++
		}
	}
}
