package redact_test

import "testing"

// Items of a list of words read out with commas are things: a listed
// surname that is a dictionary word beside a capitalised word is no name;
// a greeting or thanks before it, or a neighbour that is no word, keeps
// the name.
func TestFind_ListOfWordsIsNoName(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"two berths":         {"A: Which berths can we still book for Saturday?", "C: Raven, Harbour."},
		"three trails":       {"A: Which trails are open after the storm?", "C: Canyon, Harbour, Ridge."},
		"two lots":           {"A: And the plots nobody has taken yet?", "C: Maple, Heron."},
		"mid sentence":       {"C: On the way we passed Falcon, Ridge, and the old mill."},
		"first name in list": {"A: Which of the lodges has a view?", "C: Raven, Heron."},
		"thanks keeps":       {"A: I'll send the forms over now.", "C: Thanks, [PERSON Harbour]."},
		"no word neighbour":  {"C: Okay, let me ask [PERSON Okafor], [PERSON Harbour] is out today."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
