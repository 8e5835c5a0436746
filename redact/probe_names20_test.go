package redact_test

import "testing"

// names20Probe is speech written in session 17, before any miss of an
// evaluation set was read, for what colleagues say on a recorded office
// line: a first name or nickname said to the other party with no comma
// ("yes Henry I'll call him", "well Al what do you think"), a surname used
// as a modifier of a plan, a letter or a people ("the Rogers plan",
// "Connally's people"), and a surname said bare after the full name
// earlier in the call. Cases with no markup are look-alikes said the same
// ways: words after "yes", "well", "now", "look" that are no names
// ("yes sir", "well frankly", "look here"), modifiers that are places,
// agencies or words ("the Moscow plan", "the peace plan", "the marshall
// of the court" is not here), and months and days said the same way. Each
// case is a call (A on channel 0, C on channel 1), scored cased and
// lowercase by scoreProbeCases.
var names20Probe = [][]string{
	// Vocatives with no comma, at the turn's start.
	{"A: Yes [PERSON Henry] I'll call him right back."},
	{"C: Well [PERSON Al] what do you think we ought to do?"},
	{"A: Now [PERSON Bob] look at it this way."},
	{"C: Right [PERSON John] that's exactly the point."},
	{"A: Look [PERSON Bill] I don't care what they say."},
	{"C: Oh [PERSON Ron] that's a good idea."},
	{"A: No [PERSON Pat] I haven't seen it."},
	{"C: Sure [PERSON Mel] I can do that."},
	{"A: Okay [PERSON Ted] let's leave it there."},
	{"C: Good morning [PERSON Chuck] how are you?"},
	{"A: Thank you [PERSON Walter] I appreciate it."},
	{"C: Listen [PERSON George] we have to move fast."},
	{"A: Hello [PERSON Len] this is the office."},
	{"C: Yeah [PERSON Dick] I know that."},
	{"A: Well [PERSON Nelson] you'd better talk to him."},
	{"C: Thanks [PERSON Herb] I'll get back to you."},
	// Vocatives with no comma at the turn's end.
	{"A: I'll take care of it [PERSON Henry.]"},
	{"C: That's fine with me [PERSON Al.]"},
	{"A: You're right about that [PERSON Bob.]"},
	{"C: Don't worry about it [PERSON John.]"},
	{"A: Good to hear from you [PERSON Mel.]"},
	{"C: We'll see about that [PERSON Ron.]"},
	{"A: I appreciate that very much [PERSON Bill.]"},
	{"C: I'll let you know tonight [PERSON Pat.]"},
	// Vocatives with no comma, mid-turn.
	{"A: Now I think [PERSON Henry] we should wait a day."},
	{"C: But you see [PERSON Al] they won't buy it."},
	{"A: And so [PERSON Bob] I told him no."},
	{"C: You know [PERSON John] this could hurt us."},
	// A surname as a modifier.
	{"A: The [PERSON Rogers] plan won't fly with them."},
	{"C: What about the [PERSON Haldeman] memo?"},
	{"A: The [PERSON Connally] people are upset."},
	{"C: I read the [PERSON Kissinger] cable last night."},
	{"A: The [PERSON Mitchell] group meets tomorrow."},
	{"C: That's the [PERSON Ehrlichman] proposal, isn't it?"},
	{"A: The [PERSON Laird] report says otherwise."},
	{"C: We can't accept the [PERSON Brezhnev] letter as it stands."},
	{"A: The [PERSON Moynihan] idea had some merit."},
	{"C: Send me the [PERSON Ziegler] statement."},
	{"A: [PERSON Rogers'] speech went over badly."},
	{"C: [PERSON Connally's] people want a meeting."},
	// A full name earlier, the surname bare later.
	{"A: [PERSON Bill Rogers] called this morning.", "C: What did [PERSON Rogers] want?"},
	{"C: I saw [PERSON John Connally] yesterday.", "A: Is [PERSON Connally] with us on this?"},
	{"A: [PERSON Mel Laird] is nervous about it.", "C: [PERSON Laird] is always nervous."},
	{"C: [PERSON Ron Ziegler] will brief at noon.", "A: Tell [PERSON Ziegler] to keep it short."},
	{"A: [PERSON Pat Moynihan] sent a memo.", "C: Oh, [PERSON Moynihan] sends a memo every day."},
	{"C: [PERSON Kenneth Keating] is coming in.", "A: Good, I want to see [PERSON Keating.]"},
	{"A: [PERSON Gerard Smith] is at the talks.", "C: Does [PERSON Smith] have instructions?"},
	{"C: [PERSON Elliot Richardson] wants to see you.", "A: Tell [PERSON Richardson] I'll see him at three."},
	{"A: [PERSON Alexander Haig] is flying back.", "C: [PERSON Haig] should be here by six."},
	{"C: [PERSON Anatoly Dobrynin] called again.", "A: What does [PERSON Dobrynin] want now?"},
	{"A: [PERSON Golda Meir] is coming in March.", "C: [PERSON Meir] will want the planes."},
	{"C: I talked with [PERSON Bob Finch.]", "A: Does [PERSON Finch] agree?"},
	// A surname bare as a subject or object between colleagues.
	{"A: [PERSON Haldeman] told me about it."},
	{"C: I don't think [PERSON Ehrlichman] knows yet."},
	{"A: Get [PERSON Kissinger] on the phone."},
	{"C: Has [PERSON Dobrynin] come back with an answer?"},
	{"A: [PERSON Mitchell] thinks we should hold off."},
	{"C: I'll have [PERSON Ziegler] say nothing."},
	// Lowercase titles and first names together.
	{"A: [PERSON Mr. Haldeman] is outside."},
	{"C: Tell Senator [PERSON Scott] I'll call him."},
	{"A: Governor [PERSON Reagan] called about it."},
	{"C: I'm seeing Ambassador [PERSON Bunker] at four."},
	{"A: General [PERSON Abrams] wants more time."},
	{"C: Secretary [PERSON Laird] is on the line."},

	// Look-alikes: words after yes, well, now, look that are no names.
	{"A: Yes sir I'll call him right back."},
	{"C: Well frankly I don't see the point."},
	{"A: Now look at it this way."},
	{"C: Right now that's the problem."},
	{"A: Look here I don't care what they say."},
	{"C: Oh well that's a good idea."},
	{"A: No way I haven't seen it."},
	{"C: Sure thing I can do that."},
	{"A: Okay then let's leave it there."},
	{"C: Good morning everybody how are you?"},
	{"A: Thank you sir I appreciate it."},
	{"C: Listen carefully we have to move fast."},
	{"A: Well anyway you'd better talk to him."},
	{"C: Yeah sure I know that."},
	{"A: I'll take care of it tomorrow."},
	{"C: That's fine with me too."},
	{"A: Don't worry about it at all."},
	{"C: I'll let you know in May."},
	{"A: Now I think frankly we should wait a day."},
	{"C: You know honestly this could hurt us."},
	// Modifiers that are places, agencies, words.
	{"A: The Moscow plan won't fly with them."},
	{"C: What about the budget memo?"},
	{"A: The Vietnam people are upset."},
	{"C: I read the Cairo cable last night."},
	{"A: The Pentagon group meets tomorrow."},
	{"C: That's the Soviet proposal, isn't it?"},
	{"A: The peace plan says otherwise."},
	{"C: We can't accept the Hanoi letter as it stands."},
	{"A: The State Department idea had some merit."},
	{"C: Send me the press statement."},
	{"A: The White House position hasn't changed."},
	{"C: The China trip is on for February."},
	// Months and days and words said the same way.
	{"A: March is fine with me."},
	{"C: Well Monday I'll be in California."},
	{"A: Yes Friday works."},
	{"C: Look, the summit is in June."},
}

// TestFind_Names20Probe measures Find on names20Probe, cased and
// lowercase, and holds the figures reached. On main before names20's rules
// PERSON was cased 60/76 and lowercase 56/76 with no unmarked word
// flagged; after names20_modifier.go ("the Haldeman memo") 67/76 and
// 62/76, still none flagged.
// REDACT_PROBE_VERBOSE=1 lists every miss and extra finding.
func TestFind_Names20Probe(t *testing.T) {
	checkNameProbe(t, func(lower bool) lowerProbeScore { return scoreProbeCases(t, names20Probe, lower) },
		map[bool]nameProbeFloor{false: {0.88, 0}, true: {0.81, 0}})
}
