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
