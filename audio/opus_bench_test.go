package audio_test

import (
	"testing"
)

// BenchmarkDecodeOpus decodes the Opus fixtures (0.5 s each) to 48 kHz
// float32, opening each once per iteration.
func BenchmarkDecodeOpus(b *testing.B) {
	for _, bc := range []struct{ name, file string }{
		{"silk-nb-mono", "opus_silk_nb_8k.opus"},
		{"silk-wb-mono", "opus_silk_wb_16k.opus"},
		{"hybrid-mono", "opus_hybrid_48k.opus"},
		{"celt-fb-mono", "opus_celt_48k_mono.opus"},
		{"celt-stereo", "opus_celt_48k_stereo.opus"},
		{"webm-mono", "opus_48k_mono.webm"},
	} {
		b.Run(bc.name, func(b *testing.B) { benchDecode(b, readFixture(b, bc.file)) })
	}
}
