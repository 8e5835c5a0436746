//go:build !amd64 || purego

package dsp

// haveAVX is false where there is no assembly kernel.
var haveAVX = false

// dot8 returns Σ a[i]·b[i] for len(a) a multiple of 8 and len(b) ≥
// len(a), with the Go loop.
func dot8(a, b []float32) float32 { return dot(a, b) }
