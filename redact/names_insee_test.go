package redact_test

import "testing"

// TestFind_NamesOfPeopleBornInFranceAndBritain: names that only the
// gazetteer's INSEE and ONS lists have (redact/internal/names,
// inseefirst.txt, inseesurnames.txt, onsfirst.txt), in the contexts of
// TestFind_NamesOfManyOrigins. Before the lists, four of these failed:
// "Yeah Hamidou Belkacem, that's me", "I think Ilyes Hadjadj is the
// account holder", "Yes Osian Techer speaking" and lowercase "yes louane
// payet speaking"; the others are found by their context either way and
// hold the lists to no false positive.
func TestFind_NamesOfPeopleBornInFranceAndBritain(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"So [PERSON Soufiane Mebarki] called yesterday about the bill.",
		"Yeah [PERSON Hamidou Belkacem,] that's me.",
		"I think [PERSON Ilyes Hadjadj] is the account holder.",
		"[PERSON Gurnawab Boukhari] called yesterday about the refund.",
		"Yes [PERSON Osian Techer] speaking.",
		"Thanks [PERSON Huzaifah,] let me pull that up.",
		"Okay [PERSON Ifechukwu,] I have the account open now.",
		"Can you tell [PERSON Tymoteusz] to call me back?",
		"yes [PERSON louane payet] speaking",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
