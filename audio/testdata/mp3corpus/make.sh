#!/usr/bin/env bash
# Regenerates the MP3 decoder corpus: short MP3s at every Layer III sample
# rate (8 to 48 kHz; MPEG-1, MPEG-2 and MPEG-2.5), mono, stereo and joint
# stereo, CBR and VBR, from LAME and from ffmpeg's libmp3lame, each with
# ffmpeg's decode of it as the reference (NAME.s24: signed 24-bit
# little-endian, interleaved, what `ffmpeg -f s24le` writes: 24 bits keep
# the reference's own rounding near -140 dB, far below the test's -90 dB).
# The tests use the committed files and need none of these tools.
# Needs sox, lame and ffmpeg (Debian: apt-get install sox lame ffmpeg).
#
# The signal: a speech excerpt of testdata/calls/call1.wav (espeak-ng),
# a sine sweep to 0.45 × the sample rate that differs between the channels,
# and a burst of white noise at 0.15 s (a transient, so the encoder
# switches to short blocks).
set -euo pipefail
cd "$(dirname "$0")"
calls=../../../testdata/calls
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -f ./*.mp3 ./*.s24
: >corpus.tsv

# src RATE CHANNELS SECONDS: the test signal in $tmp/src.wav.
src() {
	local r=$1 c=$2 d=$3 top
	top=$(echo "$r * 0.45" | bc)
	sox "$calls/call1.wav" -r "$r" -c "$c" "$tmp/speech.wav" trim 2.5 "$d" gain -3
	if [ "$c" = 1 ]; then
		sox -n -r "$r" -c 1 "$tmp/sweep.wav" synth "$d" sine 150-"$top" gain -14
	else
		sox -n -r "$r" -c 2 "$tmp/sweep.wav" synth "$d" sine 150-"$top" sine "$top"-300 gain -14
	fi
	sox -n -r "$r" -c "$c" "$tmp/burst.wav" synth 0.03 whitenoise gain -12 pad 0.15 0
	sox -m -v 1 "$tmp/speech.wav" -v 1 "$tmp/sweep.wav" -v 1 "$tmp/burst.wav" -b 16 "$tmp/src.wav" trim 0 "$d"
}

# one NAME RATE CHANNELS SECONDS ENCODER ARGS...: encode, decode, record.
one() {
	local name=$1 r=$2 c=$3 d=$4 enc=$5
	shift 5
	src "$r" "$c" "$d"
	case $enc in
	lame) lame --quiet --noreplaygain "$@" "$tmp/src.wav" "$name.mp3" ;;
	ffmpeg) ffmpeg -nostdin -v error -y -i "$tmp/src.wav" -c:a libmp3lame "$@" "$name.mp3" ;;
	esac
	ffmpeg -nostdin -v error -y -i "$name.mp3" -f s24le "$name.s24"
	printf '%s\t%s\t%s\t%s\n' "$name" "$r" "$c" "$enc $*" >>corpus.tsv
}

# MPEG-2.5: 8, 11.025, 12 kHz (the telephony rates).
one m8k_16k_mono 8000 1 0.6 lame -m m -b 16
one m8k_24k_mono 8000 1 0.6 lame -m m -b 24
one m8k_32k_mono 8000 1 0.6 lame -m m -b 32
one m8k_vbr_mono 8000 1 0.6 lame -m m -V 6
one m8k_32k_joint 8000 2 0.6 lame -m j -b 32
one m8k_16k_mono_notag 8000 1 0.6 lame -t -m m -b 16
one m11k_32k_mono 11025 1 0.5 lame -m m -b 32
one m11k_48k_stereo 11025 2 0.5 lame -m s -b 48
one m12k_24k_mono 12000 1 0.5 lame -m m -b 24
one m12k_56k_joint 12000 2 0.5 lame -m j -b 56
# MPEG-2: 16, 22.05, 24 kHz (22.05 kHz pads frames).
one m16k_32k_mono 16000 1 0.5 lame -m m -b 32
one m16k_vbr_joint 16000 2 0.4 lame -m j -V 4
one m16k_ffmpeg_mono 16000 1 0.5 ffmpeg -b:a 24k
one m22k_32k_mono 22050 1 0.4 lame -m m -b 32
one m22k_64k_joint 22050 2 0.3 lame -m j -b 64
one m24k_vbr_mono 24000 1 0.4 lame -m m -V 2
one m24k_96k_stereo 24000 2 0.3 lame -m s -b 96
# MPEG-1: 32, 44.1, 48 kHz.
one m32k_48k_mono 32000 1 0.3 lame -m m -b 48
one m32k_96k_joint 32000 2 0.3 lame -m j -b 96
one m44k_128k_joint 44100 2 0.3 lame -m j -b 128
one m44k_320k_stereo 44100 2 0.25 lame -m s -b 320
one m44k_vbr_mono 44100 1 0.3 lame -m m -V 0
one m44k_ffmpeg_joint 44100 2 0.25 ffmpeg -b:a 96k
one m48k_vbr_joint 48000 2 0.25 lame -m j -V 3
one m48k_64k_mono_notag 48000 1 0.3 lame -t -m m -b 64

# The two 24 kHz files also get a second reference from an independent
# decoder, LAME's mpglib (NAME.lame.s16: signed 16-bit little-endian,
# interleaved), because ffmpeg 5.1 decodes them off the standard (see
# TestOpen_MP3Corpus24kHzMatchesLAME).
for name in m24k_96k_stereo m24k_vbr_mono; do
	lame --quiet --decode -t "$name.mp3" "$name.lame.s16"
done
