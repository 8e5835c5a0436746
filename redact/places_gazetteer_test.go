package redact_test

import (
	"strings"
	"testing"
)

// Places that are also given names (Florence, Austin, Regina, Chelsea,
// Victoria, Lincoln, Jackson, Orlando, Savannah) and places of the world
// that are no listed name, said as places: after a preposition of place or
// a word of travel, or before ", <country or state>". None is a person,
// cased or lowercase.
func TestFind_GivenNameThatIsAPlaceInAPlaceRoleIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turn := range map[string]string{
		"calling from, country":    "C: I'm calling from Florence, Italy about my card.",
		"got back from":            "C: We just got back from Florence last week.",
		"lives in":                 "C: My daughter lives in Austin now.",
		"driving up to":            "C: I'm driving up to Austin tomorrow.",
		"grew up in, province":     "C: I grew up in Regina, Saskatchewan.",
		"the branch near":          "C: The branch near Regina closed down.",
		"visiting":                 "C: We're visiting Kamloops this weekend.",
		"visiting, state":          "C: We're visiting Chelsea, Massachusetts this weekend.",
		"sent to, province":        "C: I had the box sent to Victoria, British Columbia.",
		"used in":                  "C: The card was used in Victoria yesterday.",
		"shipping from, state":     "C: It's shipping from Lincoln, Nebraska.",
		"moved to":                 "C: She moved to Lincoln last year.",
		"moved to, state":          "C: I moved to Jackson, Mississippi in May.",
		"born in":                  "C: I was born in Jackson.",
		"flying into":              "C: I'm flying into Orlando on Friday.",
		"the charge from":          "C: The charge came from Orlando, Florida.",
		"in until":                 "C: I'll be in Savannah until Tuesday.",
		"near, state":              "C: We have family near Savannah, Georgia.",
		"with love from":           "C: It says greetings from Savannah on the card.",
		"town before state":        "C: Austin, Texas is where the bill goes.",
		"town before state, lower": "C: Florence, Alabama, the one by the river.",
		"flying from to":           "C: I'm flying from Regina to Winnipeg.",
		"a town of the world":      "C: My cousin in Ibadan paid it.",
		"travel from the world":    "C: The shipment from Surabaya is late.",
		"world town, country":      "C: I was calling from Tarragona, Spain.",
		"world town, province":     "C: We stayed in Kamloops, British Columbia.",
		"two towns with and":       "C: We loved Tarragona and Girona.",
		"towns in a list":          "C: It's one of Girona, Tarragona or Valencia.",
		"given-name town or town":  "C: It's either Orlando or Tampa, I forget.",
		"send to town, province":   "C: Can you send it to Kitchener, Ontario?",
		"answer town, country":     "A: Which city?|C: Sure, Curitiba, Brazil.",
		"from world town, love":    "C: It's signed from Tarragona with love.",
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, strings.Split(turn, "|")...) })
	}
}

// The same words named as people: after a naming cue, as a vocative, with
// a surname, or as someone's relative, they stay a person, also in a turn
// that names a place with them.
func TestFind_GivenNameThatIsAPlaceInANameRoleIsAPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"my name is, surname":       {"C: Hi, my name is [PERSON Florence Adeyemi]."},
		"this is":                   {"C: This is [PERSON Austin] calling about my bill."},
		"thanks vocative":           {"A: Thank you, [PERSON Regina]. Anything else today?"},
		"it's with surname":         {"A: Who am I speaking with?", "C: It's [PERSON Chelsea Brandt]."},
		"my name is and":            {"C: My name is [PERSON Victoria] and I have a question."},
		"it's first and last":       {"C: It's [PERSON Lincoln Abara] on the account."},
		"i'm with surname":          {"C: I'm [PERSON Jackson Pruitt], the account holder."},
		"thanks at the end":         {"C: That's all.", "A: Thanks [PERSON Florence], have a good day."},
		"speaking with":             {"C: Hello?", "A: Good morning, you're speaking with [PERSON Chelsea]."},
		"i'm full name":             {"C: Hi, I'm [PERSON Victoria Osei]."},
		"name cue then place":       {"C: Hi, this is [PERSON Austin] from Savannah."},
		"name and home":             {"C: My name is [PERSON Victoria], I live in Victoria, British Columbia."},
		"calling from then name":    {"C: I'm calling from Austin, my name is [PERSON Florence]."},
		"under full name":           {"C: Put it under [PERSON Austin Keller] please."},
		"my son":                    {"C: My son [PERSON Orlando] is on the plan too."},
		"refund to full name":       {"C: Send the refund to [PERSON Jackson Pruitt] please."},
		"my wife":                   {"C: My wife [PERSON Savannah] handles the bills."},
		"a text from full name":     {"C: I got a text from [PERSON Orlando Reyes] about it."},
		"my daughter":               {"C: My daughter [PERSON Florence] is the other card holder."},
		"thanks and a town":         {"A: Thanks [PERSON Victoria], and enjoy Lisbon."},
		"name then from town":       {"C: Hi, it's [PERSON Regina Duval] from Tarragona."},
		"unlisted given name, town": {"C: Please send it to [PERSON Jinhua Wang]."},
		"thanks unlisted town name": {"C: Thanks [PERSON Xinyu], that's all."},
		"name is lowercase place":   {"C: My first name is [PERSON Regina, R E G I N A.]"},
		// People are visited and flown out as often as towns: a word of
		// travel says a place only of a town that is nobody's first name.
		"visiting a relative": {"C: I was visiting [PERSON Regina] at the care home on Sunday."},
		"visited in hospital": {"C: I visited [PERSON Eugene] in hospital last week."},
		"flew someone out":    {"C: We flew [PERSON Florence] out for the wedding."},
		"flying someone down": {"A: They're flying [PERSON Marion] down for the hearing."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
