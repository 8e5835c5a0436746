//go:build !amd64 || purego

package audio

// havePCM16AVX is false where there is no assembly kernel: the Go loops run.
var havePCM16AVX = false

func pcm16MonoAVX(dst *byte, src *float32, n int) {
	panic("audio: no assembly kernels in this build")
}

func pcm16StereoAVX(dst *byte, l, r *float32, n int) {
	panic("audio: no assembly kernels in this build")
}
