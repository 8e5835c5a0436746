package redact_test

import (
	"os"
	"testing"
)

// person16Probe is speech written in session 14, before any miss of an
// evaluation set was read, by an engineer asked why PERSON recall is lowest
// on conversational speech (meetings, voice commands, radio): people named
// in passing by someone else. It holds names after verbs of communication
// (spoke to, emailed, texted, called, let ... know, cc), before verbs of
// saying and wanting, with kin and role words, with titles (coach, pastor,
// officer, mr), in lists, and said to the listener at a turn's start or
// end, with names of many origins. Cases with no markup are look-alikes:
// words that are names elsewhere (will, grant, bill, may, june, rich,
// frank, chase, ford, lincoln) and roles that name no one. Each case is a
// call (A: agent on channel 0, C: caller on channel 1) or a meeting (P:,
// Q:, R: on one channel), scored cased and lowercase by scoreProbeCases.
// "Doctor" and "Professor" are marked inside the name, as the package
// finds them (names_title.go); a role title (coach, pastor) is not.
var person16Probe = [][]string{
	// After verbs of communication.
	{"C: I spoke to [PERSON Priya] yesterday about the refund."},
	{"P: Did [PERSON Kwame] send it over yet?"},
	{"C: I already emailed [PERSON Thandiwe] the form."},
	{"Q: I texted [PERSON Giorgos] this morning but no reply."},
	{"C: I called [PERSON Yolanda] twice last week."},
	{"R: Can you let [PERSON Farhan] know the room changed?"},
	{"P: Just cc [PERSON Ingrid] on that thread."},
	{"Q: I'll ping [PERSON Bartek] after lunch."},
	{"C: Somebody should tell [PERSON Alejandro] the meter is broken."},
	{"R: I was chatting with [PERSON Soo-ah] about the budget."},
	{"P: I messaged [PERSON Emeka] on slack."},
	{"C: I talked to [PERSON Lakshmi] at the pharmacy and she said it's ready."},
	{"Q: Can somebody remind [PERSON Henrik] about the review?"},
	{"C: Could you forward it to [PERSON Anneliese] please?"},
	{"P: I heard from [PERSON Tariq] that the server is down."},
	{"R: Ask [PERSON Wanjiru] whether she has the keys."},
	// Before verbs of saying, thinking and wanting.
	{"P: [PERSON Rustam] said the draft is fine."},
	{"Q: [PERSON Ngaio] thinks we should wait."},
	{"C: [PERSON Benedikt] wants the invoice by Monday."},
	{"R: Well [PERSON Chiamaka] says it's broken again."},
	{"P: and then [PERSON Dorothea] told me it was cancelled."},
	{"C: [PERSON Matteo] mentioned you could waive the fee."},
	{"Q: I guess [PERSON Ayumi] knows more about it."},
	{"R: [PERSON Oleksandr] asked if we can move the call."},
	// Kin and roles with the name after.
	{"C: My son [PERSON Tyler] is at school until three."},
	{"C: That's for my wife's cousin, [PERSON Dolores.]"},
	{"C: Ask the lady at the front desk, [PERSON Marisol.]"},
	{"C: So we told the landlord, [PERSON Mr. Okafor,] about the leak."},
	{"C: My granddaughter [PERSON Zainab] set up the phone."},
	{"C: Our neighbour [PERSON Bronislava] has a spare key."},
	{"C: My roommate [PERSON Kaito] pays the internet."},
	{"P: My manager [PERSON Leilani] approved it."},
	{"C: My sister-in-law [PERSON Rukhsana] lives with us now."},
	{"C: The kids' nanny, [PERSON Esmeralda,] picks them up."},
	{"C: My husband's name is [PERSON Siddharth.]"},
	{"C: My uncle [PERSON Babajide] is the one on the lease."},
	// Titles.
	{"C: Coach [PERSON Dimitri] moved practice to Thursday."},
	{"C: Pastor [PERSON Oyelaran] is doing the service."},
	{"C: Officer [PERSON Castellanos] took the report."},
	{"C: [PERSON Doctor Nakamura] wants to see her again."},
	{"P: [PERSON Professor Ekwueme] signed off on it."},
	{"C: I spoke to [PERSON Mrs. Delacroix] in billing."},
	{"C: Nurse [PERSON Aroha] gave me the number."},
	{"C: Auntie [PERSON Folake] is coming on Sunday."},
	// Lists.
	{"P: [PERSON Jen,] [PERSON Raj] and [PERSON Ahmed] are on the call."},
	{"Q: We invited [PERSON Sipho,] [PERSON Marguerite] and [PERSON Hyun-woo.]"},
	{"C: It's me, my wife [PERSON Consuelo] and our son [PERSON Mateo.]"},
	{"R: Either [PERSON Dagny] or [PERSON Ifeoma] can take notes."},
	{"P: So [PERSON Lorcan] and [PERSON Parveen] will do the slides."},
	// Said to the listener at the start or end.
	{"C: Right, thanks [PERSON Nkechi.]"},
	{"Q: Okay [PERSON Bastian,] go ahead."},
	{"P: Sorry [PERSON Yevgenia,] you were saying?"},
	{"R: Yeah that makes sense [PERSON Kofi.]"},
	{"A: No worries at all [PERSON Mrs. Adebayo.]"},
	{"P: [PERSON Anushka,] can you share your screen?"},
	{"Q: Hey [PERSON Tomas,] are you there?"},
	{"R: Good point [PERSON Hamza.]"},
	{"C: Cheers [PERSON Niamh,] bye now."},
	{"P: Over to you [PERSON Cheng.]"},
	// Other passing mentions.
	{"C: It's for [PERSON Imani's] birthday party."},
	{"P: [PERSON Radek's] team owns that service."},
	{"C: The package was left with [PERSON Guillermo] next door."},
	{"Q: Without [PERSON Ayesha] we can't finish it."},
	{"C: I'm picking up a prescription for [PERSON Rosalind Achebe.]"},
	{"R: That was before [PERSON Torvald] joined."},
	{"P: I'll sit with [PERSON Makoa] tomorrow."},
	{"C: Can I add [PERSON Xochitl] as an authorised user?"},
	{"Q: Wait, is [PERSON Eero] still on leave?"},
	{"C: We're meeting [PERSON Shanice] at the station."},
	// Look-alikes: words that are names elsewhere, and roles.
	{"C: I will call back tomorrow."},
	{"P: We got the grant last month."},
	{"C: The bill came to two hundred."},
	{"C: May I ask who's calling?"},
	{"P: The launch moved to June."},
	{"C: That's rich coming from them."},
	{"Q: Let's be frank about the delays."},
	{"C: I bank with Chase Bank."},
	{"C: It's a Ford pickup, the blue one."},
	{"C: We live near the Lincoln tunnel."},
	{"C: The doctor said to rest."},
	{"C: My mom said it was fine."},
	{"P: The manager wants it by Friday."},
	{"Q: My boss thinks it's too late."},
	{"C: The landlord told us to call you."},
	{"C: I spoke to the pharmacist yesterday."},
	{"C: I texted my daughter this morning."},
	{"R: Can you let everyone know?"},
	{"P: Just cc the whole team."},
	{"C: My husband called you last week."},
	{"P: Thanks everyone, good meeting."},
	{"Q: Right, thanks guys."},
	{"C: Okay, thanks so much, bye."},
	{"A: Sure, no worries at all."},
	{"C: I emailed support twice."},
	{"P: Did anyone send it?"},
	{"Q: The coach said practice is off."},
	{"C: The pastor wants to meet us."},
	{"C: The officer took a statement."},
	{"C: The nurse gave me the number."},
	{"P: We grant access on request."},
	{"C: I may need to reschedule."},
	{"Q: Rich people don't call support."},
	{"C: Frank and honest, that's all I ask."},
	{"P: Will it scale to June?"},
	{"C: Please bill it to my card."},
	{"P: The Lincoln memorial is closed."},
	{"C: I need to talk to someone in billing."},
	{"R: Ask the team lead."},
	{"C: She said she would call."},
	{"P: He thinks it's fine."},
	{"Q: They want it by noon."},
	{"C: I told them already."},
	{"R: Somebody mentioned it yesterday."},
	{"C: Can you tell the driver to ring?"},
	{"C: My son is at school."},
	{"C: That's for my cousin."},
	{"P: Sorry, go ahead."},
	{"Q: Okay, over to you."},
	{"R: Good point."},
	{"C: Right, thanks, that helps."},
	{"P: Alright, next item."},
	{"C: The lady at the front desk said to wait."},
	{"P: Let's mark it done."},
	{"C: I spoke to a guy named, I don't remember."},
	{"Q: Chase the vendor about it."},
	{"C: We drove the Ford to Lincoln."},
	{"P: Can you grant me access?"},
	{"C: My mom and dad are on the account."},
	{"R: Either way works."},
	{"P: I'll ping the channel."},
	{"C: I called the bank."},
	{"C: It's for my grandma's birthday."},
	{"Q: Without the data we can't finish."},
	{"C: Can I add my husband as a user?"},
	{"P: Is anyone still on leave?"},
	{"C: We're meeting at the station."},
	{"A: Thank you for calling, have a good one."},
	{"C: Will do, thanks."},
}

// TestFind_Person16Probe measures Find on person16Probe, cased and
// lowercase, and holds the figures reached. On main before session 14's
// rules (names_person16.go) PERSON was cased 68/76 and lowercase 61/76,
// with 1 unmarked word flagged of 729 in each ("cousin" of "my wife's
// cousin, Dolores"); after, cased 75/76 and lowercase 73/76, with 1 and 1.
// REDACT_PROBE_VERBOSE=1 lists every miss and extra finding.
func TestFind_Person16Probe(t *testing.T) {
	floors := map[bool]struct {
		recall  float64
		flagged int
	}{false: {0.97, 1}, true: {0.94, 1}}
	for _, lower := range []bool{false, true} {
		s := scoreProbeCases(t, person16Probe, lower)
		t.Logf("lower=%v PERSON %d/%d = %.3f; unmarked words flagged %d/%d = %.2f %%; look-alike cases flagged %d/%d",
			lower, s.found, s.names, float64(s.found)/float64(s.names), s.flagged, s.words,
			100*float64(s.flagged)/float64(s.words), s.negs, s.negatives)
		if os.Getenv("REDACT_PROBE_VERBOSE") != "" {
			for _, m := range append(s.misses, s.extras...) {
				t.Logf("lower=%v %s", lower, m)
			}
		}
		f := floors[lower]
		if float64(s.found)/float64(s.names) < f.recall || s.flagged > f.flagged {
			t.Errorf("lower=%v: PERSON %d/%d under %.3f or %d words flagged, over %d", lower, s.found, s.names, f.recall, s.flagged, f.flagged)
		}
	}
}
