package audio

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// tagFrame builds a first frame of length n with header h and body written
// at offset at.
func tagFrame(h mpegHeader, n, at int, body []byte) []byte {
	b := make([]byte, n)
	binary.BigEndian.PutUint32(b, uint32(h))
	copy(b[at:], body)
	return b
}

// xingBody is a Xing/Info header with the given flags and fields, followed
// by a LAME extension signed version with delay and padding.
func xingBody(id string, flags uint32, frames, bytes uint32, version string, delay, padding int) []byte {
	b := append([]byte(id), binary.BigEndian.AppendUint32(nil, flags)...)
	if flags&1 != 0 {
		b = binary.BigEndian.AppendUint32(b, frames)
	}
	if flags&2 != 0 {
		b = binary.BigEndian.AppendUint32(b, bytes)
	}
	if flags&4 != 0 {
		b = append(b, make([]byte, 100)...)
	}
	if flags&8 != 0 {
		b = binary.BigEndian.AppendUint32(b, 50)
	}
	ext := make([]byte, 36)
	copy(ext, version)
	v := delay<<12 | padding
	ext[21], ext[22], ext[23] = byte(v>>16), byte(v>>8), byte(v)
	return append(b, ext...)
}

func TestParseVBRTag_ReadsXingInfoLAMEAndVBRI(t *testing.T) {
	t.Parallel()
	const (
		mpeg1Stereo mpegHeader = 0xFFFB9064 // 128 kbit/s 44.1 kHz, 417 bytes
		mpeg1Mono   mpegHeader = 0xFFFB90C4
		mpeg2Stereo mpegHeader = 0xFFF39064 // 80 kbit/s 22.05 kHz
		mpeg2Mono   mpegHeader = 0xFFF348C4 // 32 kbit/s 16 kHz, 144 bytes
	)
	tests := []struct {
		name  string
		frame []byte
		h     mpegHeader
		want  vbrTag
		isTag bool
	}{
		{"MPEG-1 stereo Info with LAME", tagFrame(mpeg1Stereo, 417, 36, xingBody("Info", 15, 1112, 232000, "LAME3.100", 576, 1548)), mpeg1Stereo,
			vbrTag{kind: "Info", frames: 1112, bytes: 232000, lame: true, delay: 576, padding: 1548}, true},
		{"MPEG-1 mono Xing signed Lavc", tagFrame(mpeg1Mono, 417, 21, xingBody("Xing", 3, 13, 2291, "Lavc59.37", 1105, 4095)), mpeg1Mono,
			vbrTag{kind: "Xing", frames: 13, bytes: 2291, lame: true, delay: 1105, padding: 4095}, true},
		{"MPEG-2 stereo, frames only, signed Lavf", tagFrame(mpeg2Stereo, 384, 21, xingBody("Info", 1, 40, 0, "Lavf", 4095, 0)), mpeg2Stereo,
			vbrTag{kind: "Info", frames: 40, lame: true, delay: 4095}, true},
		{"MPEG-2 mono Info, no fields", tagFrame(mpeg2Mono, 144, 13, xingBody("Info", 0, 0, 0, "LAME3.99r", 576, 600)), mpeg2Mono,
			vbrTag{kind: "Info", lame: true, delay: 576, padding: 600}, true},
		{"an extension from another encoder is not trusted", tagFrame(mpeg1Mono, 417, 21, xingBody("Xing", 1, 13, 0, "GOGO", 576, 600)), mpeg1Mono,
			vbrTag{kind: "Xing", frames: 13}, true},
		{"frame too short for the extension", tagFrame(mpeg2Mono, 144, 13, xingBody("Info", 15, 9, 9, "LAME3.100", 576, 600))[:144], mpeg2Mono,
			vbrTag{kind: "Info", frames: 9, bytes: 9}, true},
		{"flags claim fields past the frame", tagFrame(mpeg2Mono, 24, 13, xingBody("Info", 3, 9, 9, "", 0, 0)), mpeg2Mono,
			vbrTag{kind: "Info"}, true},
		{"Xing at the stereo offset of a mono frame is not a tag", tagFrame(mpeg1Mono, 417, 36, xingBody("Xing", 1, 13, 0, "LAME", 576, 600)), mpeg1Mono,
			vbrTag{}, false},
		{"VBRI", tagFrame(mpeg1Stereo, 417, 36, []byte("VBRI\x00\x01\x04\x60\x00\x4b\x00\x00\x10\x00\x00\x00\x00\x20")), mpeg1Stereo,
			vbrTag{kind: "VBRI", bytes: 4096, frames: 32}, true},
		{"VBRI of an unknown version", tagFrame(mpeg1Stereo, 417, 36, []byte("VBRI\x00\x02\x04\x60\x00\x4b\x00\x00\x10\x00\x00\x00\x00\x20")), mpeg1Stereo,
			vbrTag{}, false},
		{"an audio frame", tagFrame(mpeg1Stereo, 417, 4, []byte{0x12, 0x34, 0x56}), mpeg1Stereo, vbrTag{}, false},
		{"a bare header", tagFrame(mpeg1Stereo, 4, 4, nil), mpeg1Stereo, vbrTag{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := parseVBRTag(tt.frame, tt.h)
			assert.Equal(t, tt.isTag, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestVBRTag_TrimFor(t *testing.T) {
	t.Parallel()
	lame := func(frames int64, delay, padding int) vbrTag {
		return vbrTag{kind: "Info", frames: frames, bytes: 1000, lame: true, delay: delay, padding: padding}
	}
	tests := []struct {
		name     string
		tag      vbrTag
		counted  int64 // samples the scan counted
		want     gapless
		keptOf   int64 // total decoded
		wantKept int64
	}{
		{"call4: 1112 frames, delay 576, padding 1548", lame(1112, 576, 1548), 1112 * 1152,
			gapless{1105, 1112*1152 - 1019, 1112 * 1152}, 1112 * 1152, 1278900},
		{"padding under 529: no end trim", lame(10, 576, 300), 11520,
			gapless{1105, math.MaxInt64, math.MaxInt64}, 11520, 11520 - 1105},
		{"no frame count: no end trim", lame(0, 576, 1548), 11520,
			gapless{1105, math.MaxInt64, math.MaxInt64}, 11520, 11520 - 1105},
		{"the end range starts inside the skip: start only", lame(1, 576, 1170), 11520,
			gapless{1105, math.MaxInt64, math.MaxInt64}, 11520, 11520 - 1105},
		{"the stream is longer than the tag says: its tail is kept", lame(5, 576, 1170), 11520,
			gapless{1105, 5*1152 - 641, 5 * 1152}, 11520, 11520 - 1105 - 641},
		{"the stream is shorter than the tag says: nothing to trim at the end", lame(10, 576, 1170), 3456,
			gapless{1105, 10*1152 - 641, 10 * 1152}, 3456, 3456 - 1105},
		{"delay longer than the stream: untrimmed", lame(2, 4095, 0), 2304, untrimmed, 2304, 2304},
		{"concatenated: over 1/16 more bytes than the tag says", vbrTag{frames: 10, bytes: 900, lame: true, delay: 576, padding: 1170}, 11520,
			gapless{1105, math.MaxInt64, math.MaxInt64}, 11520, 11520 - 1105},
		{"no LAME extension", vbrTag{frames: 10, bytes: 1000}, 11520, untrimmed, 11520, 11520},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g := tt.tag.trimFor(1152, tt.counted, 1000)
			assert.Equal(t, tt.want, g)
			assert.Equal(t, tt.wantKept, g.kept(tt.keptOf))
		})
	}
}
