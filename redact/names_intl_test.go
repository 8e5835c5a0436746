package redact_test

import "testing"

// TestFind_NamesOfManyOrigins: names that only the gazetteer's CC0 list of
// popular names by country (redact/internal/names, intlfirst.txt and
// intlsurnames.txt) has. Before the list, three of these were missed in
// every style: "yeah Oleksandr Jayawardana, that's me" and "I think Dmytro
// Kazlauskiene is the account holder" (nothing found), "yes vojtech
// beridze speaking" lowercase (the surname alone); the others are found by
// their context either way and hold the list to no false positive.
func TestFind_NamesOfManyOrigins(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"So [PERSON Naranbaatar Kapanadze] called yesterday about the bill.",
		"Thanks [PERSON Somchai,] let me pull that up.",
		"Yeah [PERSON Oleksandr Jayawardana,] that's me.",
		"[PERSON Vugar Ismayilov] called yesterday about the refund.",
		"I spoke with [PERSON Lethabo] earlier today.",
		"Okay [PERSON Pipaluk,] I have the account open now.",
		"The card is in the name of [PERSON Aikaterini Virtanen.]",
		"I think [PERSON Dmytro Kazlauskiene] is the account holder.",
		"Can you tell [PERSON Nikoloz] to call me back?",
		"[PERSON Huseyn Suleimenov] called yesterday about the bill.",
		"Uh it's [PERSON Lesedi Novakova.]",
		"Sure, it's [PERSON Himari.]",
		"Yes [PERSON Vojtech Beridze] speaking.",
		"Alright [PERSON Somsak,] let me check that for you.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
