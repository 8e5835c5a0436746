package eval_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/callveil/callveil/anonymize/eval"
)

func BenchmarkMFCC(b *testing.B) {
	for _, rate := range []int{8000, 16000} {
		b.Run(fmt.Sprintf("rate=%d", rate), func(b *testing.B) {
			m, err := eval.NewMFCC(rate, eval.MFCCOptions{})
			if err != nil {
				b.Fatal(err)
			}
			x := make([]float32, 10*rate)
			for i := range x {
				x[i] = float32(0.3 * math.Sin(2*math.Pi*150*float64(i)/float64(rate)) * (1 + math.Sin(float64(i)/900)))
			}
			var dst [][]float64
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				dst = m.Static(dst, x)
			}
			b.ReportMetric(10*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
		})
	}
}

func BenchmarkAttacker(b *testing.B) {
	u, err := eval.LoadDir(voices8k, eval.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var seconds float64
	for _, v := range u {
		seconds += float64(len(v.Samples)) / float64(v.Rate)
	}
	enroll, test := eval.Split(u)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eval.NewAttacker(eval.AttackerOptions{}).Score(context.Background(), enroll, test); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(seconds*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
}

func BenchmarkIVectorAttacker(b *testing.B) {
	u, err := eval.LoadDir(voicesReal, eval.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	if u, err = eval.TelephoneAll(u); err != nil {
		b.Fatal(err)
	}
	var seconds float64
	for _, v := range u {
		seconds += float64(len(v.Samples)) / float64(v.Rate)
	}
	enroll, test := eval.Split(u)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eval.NewIVectorAttacker(eval.IVectorOptions{}).Score(context.Background(), enroll, test); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(seconds*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
}
