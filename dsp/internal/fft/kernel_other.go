//go:build !amd64 || purego

package fft

// haveAVX is false where there are no assembly kernels.
var haveAVX = false

// radix4Asm reports false: this build has no assembly kernels, and the Go
// loop runs every stage.
func radix4Asm(re, im []float32, st *stage) bool { return false }
