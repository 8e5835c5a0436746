//go:build !amd64 || purego

package mp3

// haveAVX is false where there is no assembly kernel: windowGo runs.
var haveAVX = false

func windowAVX(out *[32]float32, v *[1024]float32, off int, win *[512]float32) {
	panic("mp3: no assembly kernels in this build")
}

func dct4x18AVX(z *[24]float32, in *[18]float32, cols *[18][24]float32) {
	panic("mp3: no assembly kernels in this build")
}
