#!/usr/bin/env bash
# Regenerates the small MP3 fixtures the audio tests decode. The tests use the
# committed files and need none of these tools; this script documents how the
# files were made. Needs sox and lame (Debian: apt-get install sox lame).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Mono 16 kHz (MPEG-2 Layer III): a 440 Hz tone rising to 880 Hz, 1 s.
sox -n -r 16000 -c 1 -b 16 "$tmp/m16.wav" synth 1 sine 440-880 vol 0.5
lame --quiet --noreplaygain -m m -b 32 --resample 16 "$tmp/m16.wav" mono16k_mpeg2.mp3

# Stereo 44.1 kHz (MPEG-1 Layer III): 440 Hz on the left, 1000 Hz on the right, 0.5 s.
sox -n -r 44100 -c 2 -b 16 "$tmp/s44.wav" synth 0.5 sine 440 sine 1000 vol 0.5
lame --quiet --noreplaygain -m s -b 64 --resample 44.1 "$tmp/s44.wav" stereo44k_mpeg1.mp3

# Mono 8 kHz (MPEG-2.5 Layer III, which go-mp3 cannot decode), 1 s.
sox -n -r 8000 -c 1 -b 16 "$tmp/m8.wav" synth 1 sine 300 vol 0.5
lame --quiet --noreplaygain -m m -b 16 --resample 8 "$tmp/m8.wav" mono8k_mpeg25.mp3

# Mono 16 kHz with an ID3v2 tag whose title and comment hold a phone number
# (metadata like this must never reach an output file).
lame --quiet --noreplaygain -m m -b 32 --resample 16 --id3v2-only --id3v2-latin1 \
  --tt "Call from +1 555 123 4567" --tc "callback +1 555 123 4567" \
  "$tmp/m16.wav" id3_phone.mp3

# Mono 22.05 kHz (MPEG-2 Layer III with padded frames, which go-mp3 v0.3.4
# mis-sizes and decodes as noise, so callveil refuses it), 1 s.
sox -n -r 22050 -c 1 -b 16 "$tmp/m22.wav" synth 1 sine 440 vol 0.5
lame --quiet --noreplaygain -m m -b 32 --resample 22.05 "$tmp/m22.wav" mono22k_mpeg2_padded.mp3

# Gapless fixtures: 0.1 s of silence, then a 1 kHz tone starting at sample
# 4410, for 0.2 s (0.3 s, 13230 samples at 44.1 kHz). A decoder that honours
# the LAME tag puts the onset back at 4410; one without a tag to go by (and
# ffmpeg too) leaves it late by the encoder and decoder delay. Needs ffmpeg
# with libmp3lame for the last two (Debian: apt-get install ffmpeg).
sox -n -r 44100 -c 1 -b 16 "$tmp/onset44.wav" synth 0.2 sine 1000 vol 0.5 pad 0.1 0
sox -n -r 16000 -c 1 -b 16 "$tmp/onset16.wav" synth 0.4 sine 1000 vol 0.5 pad 0.1 0
# LAME, VBR: a "Xing" header frame with the LAME extension (delay 576).
lame --quiet --noreplaygain -m m -V 5 "$tmp/onset44.wav" mono44k_lame_vbr.mp3
# LAME, CBR, -t: no Xing/Info frame at all.
lame --quiet --noreplaygain -m m -b 64 -t "$tmp/onset44.wav" mono44k_lame_notag.mp3
# FFmpeg's libmp3lame: an "Info" frame whose extension is signed "Lavc".
ffmpeg -hide_banner -loglevel error -y -i "$tmp/onset44.wav" -c:a libmp3lame -b:a 64k -id3v2_version 0 mono44k_ffmpeg_tag.mp3
# (ffmpeg's -write_xing 0 gives the same bytes as lame -t above, so that
# file is not kept.)
# MPEG-2 (16 kHz, 576 samples a frame, 9 bytes of mono side info before
# the "Info" header), 0.5 s, onset at sample 1600.
ffmpeg -hide_banner -loglevel error -y -i "$tmp/onset16.wav" -c:a libmp3lame -b:a 32k -id3v2_version 0 mono16k_ffmpeg_tag.mp3
