//go:build !purego

package audio

import "golang.org/x/sys/cpu"

// havePCM16AVX reports whether the AVX conversion kernels can run here.
// Tests turn it off to compare them with the Go loops.
var havePCM16AVX = cpu.X86.HasAVX

// pcm16MonoAVX is pcm16Mono's loop in AVX for n a multiple of 8, bit for
// bit (toPCM16's rounding, clipping and NaN).
//
//go:noescape
func pcm16MonoAVX(dst *byte, src *float32, n int)

// pcm16StereoAVX is pcm16Stereo's loop in AVX for n a multiple of 8.
//
//go:noescape
func pcm16StereoAVX(dst *byte, l, r *float32, n int)
