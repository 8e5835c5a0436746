#!/usr/bin/env bash
# Regenerates the FLAC and Ogg Opus fixtures the audio tests decode, and the
# reference decodes they are compared with (*.raw: little-endian signed PCM,
# interleaved). The tests use the committed files and need none of these
# tools; this script documents how the files were made. Needs sox, flac
# (1.4), opus-tools (opusenc/opusdec, libopus 1.3), ffmpeg with libopus and
# espeak-ng (Debian: apt-get install sox flac opus-tools ffmpeg espeak-ng).
#
# Reference decodes: `flac -d` (bit-exact reference) and `opusdec --rate
# 48000 --no-dither` (16-bit, pre-skip and output gain applied, end trimmed
# by the last granule position, as RFC 7845 asks).
set -euo pipefail
cd "$(dirname "$0")"
calls=../../testdata/calls
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Speech: 1.5 s of call1 (8 kHz mono telephone speech), and a synthetic
# sentence from espeak-ng resampled to 16 and 48 kHz.
sox "$calls/call1.wav" "$tmp/call8k.wav" trim 2.0 1.5
espeak-ng -w "$tmp/es.wav" "My account number is four five six seven, and my name is Alice."
sox "$tmp/es.wav" -r 16000 "$tmp/es16k.wav" trim 0 1.0
sox "$tmp/es.wav" -r 48000 "$tmp/es48k.wav" trim 0 1.0
# Stereo: the sentence on the left, the same delayed and quieter on the right.
sox "$tmp/es16k.wav" "$tmp/es16k_r.wav" delay 0.05 vol 0.5 trim 0 1.0
sox -M "$tmp/es16k.wav" "$tmp/es16k_r.wav" "$tmp/es16k_st.wav"
sox "$tmp/es48k.wav" "$tmp/es48k_r.wav" delay 0.05 vol 0.5 trim 0 1.0
sox -M "$tmp/es48k.wav" "$tmp/es48k_r.wav" "$tmp/es48k_st.wav"

flacref() { # flacref NAME.flac: the reference decode NAME.flac.raw
  flac --silent -d -f --force-raw-format --endian=little --sign=signed -o "$1.raw" "$1"
}

## FLAC
# 8 kHz mono 16-bit, highest compression (LPC subframes), with 0.1 s of
# digital silence in front (a CONSTANT subframe).
sox -n -r 8000 -c 1 -b 16 "$tmp/sil8k.wav" trim 0 0.1
sox "$tmp/sil8k.wav" "$tmp/call8k.wav" "$tmp/f8.wav"
flac --silent -f -8 --no-padding -o flac_8k_mono16.flac "$tmp/f8.wav"; flacref flac_8k_mono16.flac
# The same, fastest setting (FIXED subframes), with a VORBIS_COMMENT holding
# a phone number, a PADDING block, and an ID3v2 tag in front of "fLaC".
flac --silent -f -0 --padding=300 --tag="TITLE=Call from +1 555 123 4567" -o "$tmp/tagged.flac" "$tmp/f8.wav"
{ printf 'ID3\x04\x00\x00\x00\x00\x00\x14'; head -c 20 /dev/zero; cat "$tmp/tagged.flac"; } > flac_8k_mono16_id3.flac
cp "$tmp/tagged.flac" "$tmp/tagged2.flac"; flacref "$tmp/tagged2.flac"; mv "$tmp/tagged2.flac.raw" flac_8k_mono16_id3.flac.raw
# 16 kHz stereo 24-bit (left/side/mid-side decorrelation), 0.5 s, gain
# applied in 24 bits so the low byte is not all zero.
sox "$tmp/es16k_st.wav" -b 24 "$tmp/s24.wav" vol 0.9 trim 0 0.5
flac --silent -f -5 --no-padding -o flac_16k_stereo24.flac "$tmp/s24.wav"; flacref flac_16k_stereo24.flac
# 44.1 kHz mono 8-bit, 0.25 s.
sox "$tmp/es.wav" -r 44100 -b 8 "$tmp/m8.wav" trim 0.3 0.25
flac --silent -f -5 --no-padding -o flac_44k_mono8.flac "$tmp/m8.wav"; flacref flac_44k_mono8.flac
# 48 kHz stereo 32-bit, 0.1 s.
sox "$tmp/es48k_st.wav" -b 32 "$tmp/s32.wav" vol 0.9 trim 0.2 0.1
flac --silent -f -5 --no-padding -o flac_48k_stereo32.flac "$tmp/s32.wav"; flacref flac_48k_stereo32.flac
# 11.025 kHz, 6 channels (each a different part of the sentence), 16-bit, 0.2 s.
for c in 0 1 2 3 4 5; do sox "$tmp/es.wav" -r 11025 "$tmp/c$c.wav" trim 0.$((c+1)) 0.2; done
sox -M "$tmp"/c[0-5].wav "$tmp/c6.wav"
flac --silent -f -5 --no-padding --channel-map=none -o flac_11k_6ch16.flac "$tmp/c6.wav"; flacref flac_11k_6ch16.flac

## Ogg Opus (decoded at 48 kHz whatever the input rate), 0.5 s each
for f in call8k es16k es16k_st es48k es48k_st; do sox "$tmp/$f.wav" "$tmp/${f}_o.wav" trim 0 0.5; done
opusref() { # opusref NAME.opus: the reference decode NAME.opus.raw
  opusdec --quiet --rate 48000 --no-dither "$1" "$1.raw"
}
# SILK narrowband: 8 kHz call speech at 8 kbit/s.
opusenc --quiet --speech --bitrate 8 "$tmp/call8k_o.wav" opus_silk_nb_8k.opus; opusref opus_silk_nb_8k.opus
# SILK wideband: 16 kHz speech at 12 kbit/s, 40 ms frames.
opusenc --quiet --speech --bitrate 12 --framesize 40 "$tmp/es16k_o.wav" opus_silk_wb_16k.opus; opusref opus_silk_wb_16k.opus
# SILK stereo: 16 kHz stereo at 20 kbit/s.
opusenc --quiet --speech --bitrate 20 "$tmp/es16k_st_o.wav" opus_silk_wb_stereo.opus; opusref opus_silk_wb_stereo.opus
# Hybrid (SILK + CELT): 48 kHz speech at 32 kbit/s.
opusenc --quiet --speech --bitrate 32 "$tmp/es48k_o.wav" opus_hybrid_48k.opus; opusref opus_hybrid_48k.opus
# CELT only: the restricted low-delay application, stereo, 64 kbit/s, 10 ms frames.
ffmpeg -hide_banner -loglevel error -y -i "$tmp/es48k_st_o.wav" -c:a libopus -application lowdelay -b:a 64k -frame_duration 10 opus_celt_48k_stereo.opus
opusref opus_celt_48k_stereo.opus
# CELT at high bitrate from mono music-tuned input, 20 ms frames.
opusenc --quiet --music --bitrate 96 "$tmp/es48k_o.wav" opus_celt_48k_mono.opus; opusref opus_celt_48k_mono.opus

## Opus in WebM (reference: ffmpeg's decode through libopus, which trims the
## track's CodecDelay and the last block's DiscardPadding)
webmref() { # webmref NAME.webm: the reference decode NAME.webm.raw
  ffmpeg -hide_banner -loglevel error -y -c:a libopus -i "$1" -f s16le -ar 48000 "$1.raw"
}
# Mono speech at 24 kbit/s, written to a seekable file (sizes known).
ffmpeg -hide_banner -loglevel error -y -i "$tmp/es48k_o.wav" -c:a libopus -b:a 24k opus_48k_mono.webm; webmref opus_48k_mono.webm
# Stereo at 64 kbit/s written to a pipe, as live recorders do: the Segment's
# size is unknown.
ffmpeg -hide_banner -loglevel error -y -i "$tmp/es16k_st_o.wav" -c:a libopus -b:a 64k -f webm - > opus_16k_stereo_live.webm; webmref opus_16k_stereo_live.webm
