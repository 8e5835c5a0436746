package redact_test

import "testing"

// A street type written in the plural by a recogniser, in an address
// with its state and ZIP code after it, is the address; a plural type in
// talk about streets is not.
func TestFind_AddressWithAPluralStreetType(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"streets":        {"A: and where do we send it", "C: [ADDRESS six eleven harbor streets bangor maine] [ZIP oh four four oh one]"},
		"roads after is": {"A: okay", "C: the payee is at [ADDRESS two twenty lark roads tempe arizona] [ZIP eight five two eight one]"},
		"talk":           {"A: okay", "C: there are forty two main streets in oregon [ZIP nine seven three oh one]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}
