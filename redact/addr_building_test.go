package redact_test

import "testing"

// A unit said with no street, in a building named before it; a numbered
// county road someone lives on.
func TestFind_BuildingBeforeUnitAndRoadLivedOn(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"We live at [ADDRESS the Lakeview Towers, apartment 9C.] Thanks.",
		"I live in [ADDRESS Sunridge Lofts, unit 31.]",
		"Please deliver it to [ADDRESS Maplewood Manor, suite 4.]",
		"She lives on [ADDRESS County Road 48.]",
		"Ship it to [ADDRESS State Route 17.]",
		"Drive on County Road 48 for 5 miles.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	for _, line := range []string{
		"we're staying at [ADDRESS the lakeview towers apartment nine c] thanks",
		"my address is [ADDRESS sunridge lofts unit thirty one]",
		"my mother lives on [ADDRESS county road forty eight]",
		"take county road forty eight for five miles",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// Two streets joined by "and", given as the address with no question, one
// of them ending in a street type.
func TestFind_CornerGivenAsTheAddress(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"We live at [ADDRESS Birch Road and 4th Street.]",
		"Please ship it to [ADDRESS Quarry Lane and Main.] Thanks.",
		"Send them to [PERSON Greta] and 2 of her friends.",
		"Ship it to Oak Street and I'll pick it up.",
		"i live at pine road and i love it",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	for _, line := range []string{
		"ship it to [ADDRESS willow lane and seventh avenue] thanks",
		"they live at [ADDRESS highway nine and quarry road]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
