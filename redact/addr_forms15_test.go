package redact_test

import "testing"

// A floor said before its unit is part of the address (addr_floor.go).
func TestFind_FloorBeforeItsUnit(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"ordinal floor": {"A: Where should the courier go?", "C: [ADDRESS 12th floor, suite 1200, 88 Pine Street.]"},
		"floor number":  {"A: Where should the courier go?", "C: [ADDRESS Floor 9, unit 904, 200 Harbor Drive.]"},
		"third floor":   {"A: And the delivery address?", "C: It's the [ADDRESS 3rd floor, apartment 3C, 14 Birch Road.]"},
		"floor alone":   {"C: I'm on the 20th floor today."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// Wisconsin's grid house numbers (addr_grid.go).
func TestFind_GridHouseNumbers(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"county road": {"A: What's your address?", "C: [ADDRESS N4321 County Road Q.]"},
		"drive":       {"C: We're at [ADDRESS W8765 Lakeview Drive.]"},
		"state road":  {"C: Ship it to [ADDRESS S210 State Road 21] please."},
		"two axes":    {"C: The office is at [ADDRESS W156N9762 Pilgrim Road.]"},
		"a mask":      {"C: I need an N95 mask for the visit."},
		"a form":      {"C: Fill in the W2 form and send it."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A private mailbox given as the address on its own (addr_pmb.go).
func TestFind_PrivateMailboxAlone(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"answer":      {"A: What's the mailing address?", "C: [ADDRESS PMB 318.]"},
		"on file":     {"C: The address on file is [ADDRESS PMB 42.]"},
		"number":      {"C: Send the check to [ADDRESS PMB number 77.]"},
		"words":       {"A: Where do we mail it?", "C: To [ADDRESS private mailbox 19,] thanks."},
		"no address":  {"C: Our PMB 12 plan covers the team."},
		"a plan code": {"C: The PMB 7 code is on the form."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A corner of two untyped street names given as the address
// (addr_corner_named.go); a name and a count stay what they are.
func TestFind_NamedCornerGivenAsTheAddress(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"answer":     {"A: What's the address for the job?", "C: [ADDRESS Maple and Broad.]"},
		"it's":       {"A: Where are you located?", "C: It's [ADDRESS Elm and Willow.]"},
		"address is": {"C: The address is [ADDRESS Cedar and Vine.]"},
		"people":     {"A: Who is on the lease?", "C: [PERSON Mary] and 2 others."},
		"a count":    {"A: What's the address?", "C: [PERSON Mary] and 2 others live there."},
		"no address": {"C: Salt and pepper, please."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A unit said alone is an address's unit, unless what follows says it is a
// machine that is down or failing (addr_unit_device.go).
func TestFind_AUnitThatIsAMachineIsNoAddress(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"tower down":        {"C: Our tower, unit 3, is down."},
		"generator failed":  {"C: The generator, unit 2, failed overnight."},
		"compressor trips":  {"C: Compressor unit 4 keeps tripping."},
		"rack offline":      {"C: The rack in suite 7 went offline again."},
		"not responding":    {"A: Unit 12 is still not responding, sir."},
		"a flat stays one":  {"C: I'm in [ADDRESS unit 6] now."},
		"down a hall":       {"C: [ADDRESS Unit 3] is down the hall on the left."},
		"a flat said empty": {"C: The keys for [ADDRESS apartment 9] are with the office."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
