package eval_test

import (
	"fmt"

	"github.com/callveil/callveil/anonymize/eval"
)

func ExampleEER() {
	target := []float64{0.3, 0.5, 0.6}    // same-speaker trials
	nonTarget := []float64{0.1, 0.2, 0.4} // different-speaker trials
	// Two bins split at 0.35: the upper holds 2/3 of the targets and 1/3
	// of the non-targets, LR = 2, D = 2·2/3 − 1 = 1/3, D_sys = 2/3 · 1/3.
	fmt.Printf("EER %.3f, D_sys %.3f\n", eval.EER(target, nonTarget), eval.Linkability(target, nonTarget, 2))
	// Output: EER 0.333, D_sys 0.222
}

func ExampleSpeakerFromName() {
	fmt.Println(eval.SpeakerFromName("calls/spk3_utt2"))
	// Output: spk3
}
