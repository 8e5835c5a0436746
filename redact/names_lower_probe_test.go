package redact_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// lowerProbe is speech written in session 13, before any miss of an
// evaluation set was read, by an engineer asked to find where lowercase
// transcripts lose names: customers and agents introducing themselves and
// answering "who am I speaking with", surnames spelled, colleagues and
// family named, thanks by name, vocatives at a clause's end, names that
// are also words (bill, will, mark, rose, hope, summer, faith, jack,
// frank, grace) both ways, names of many origins, and meeting talk. Each
// case is a call (A: agent on channel 0, C: caller on channel 1) or a
// meeting (P:, Q:, R: speakers on one channel). Cases with no markup are
// look-alikes that name no one.
var lowerProbe = [][]string{
	// Introductions and "who am I speaking with".
	{"A: Thank you for calling Northwind, my name is [PERSON Priya], how can I help?"},
	{"C: Hi, yeah, this is [PERSON Tomasz Wojcik] calling about my internet."},
	{"A: Who am I speaking with today?", "C: [PERSON Adaeze.]"},
	{"A: Who do I have the pleasure of speaking with?", "C: It's [PERSON Bill.]"},
	{"A: Can I get your name please?", "C: Yeah, it's [PERSON Mark Feldman.]"},
	{"A: And your last name?", "C: [PERSON Nguyen,] [PERSON N G U Y E N.]"},
	{"C: My surname is [PERSON Okonkwo,] that's [PERSON O K O N K W O.]"},
	{"A: Could you spell the last name for me?", "C: Sure, [PERSON K O W A L S K I.]"},
	{"C: My name is [PERSON Oluwaseun Adeyemi.]"},
	{"C: Hi, [PERSON Svetlana Petrova] here, I'm returning a call."},
	{"A: This is [PERSON Jorge] with the claims department."},
	{"A: You're speaking with [PERSON Anh,] how can I help?"},
	{"A: Who am I speaking with?", "C: This is [PERSON Xiuying.]"},
	{"A: May I have your full name?", "C: [PERSON Guadalupe Ramirez Ortiz.]"},
	{"C: Put it under [PERSON Hamid,] [PERSON H A M I D.]"},
	{"A: Is this [PERSON Vikram?]", "C: Yes it is."},
	{"A: Am I speaking with [PERSON Mrs. Novak?]", "C: No, this is her son, [PERSON Luka.]"},
	{"A: Hi, you've reached [PERSON Summer] at the front desk."},
	{"C: Yes, this is [PERSON Thi Hoa] speaking."},
	{"A: Hi [PERSON Nomvula,] I'm calling back about your claim."},
	{"C: Hey [PERSON Ramon,] it's me again."},
	{"A: Okay [PERSON Esperanza,] can you confirm the address on file?"},
	{"A: And who's on the account?", "C: My wife, [PERSON Deepika.]"},
	{"A: Who should I ask for when I call back?", "C: Just ask for [PERSON Grace.]"},
	{"A: And your first name?", "C: [PERSON Frank.]"},
	{"A: What name is the booking under?", "C: [PERSON Jack Ferreira.]"},
	// Colleagues and family.
	{"A: I'll transfer you to my colleague [PERSON Dmitri] in billing."},
	{"A: My supervisor [PERSON Grace] will call you back tomorrow."},
	{"C: My husband [PERSON Rajesh] usually handles the account."},
	{"C: I'm calling for my mother, [PERSON Fatima Haddad.]"},
	{"C: The account is under my son's name, [PERSON Kwame.]"},
	{"C: You can reach my daughter [PERSON Mei Lin] on the same number."},
	{"C: Yes, I spoke to [PERSON Jack] yesterday and he said it was fixed."},
	{"C: Is [PERSON Rose] there? She handled my claim last week."},
	{"C: [PERSON Faith] from your team told me the fee would be waived."},
	{"C: The technician, I think his name was [PERSON Buzz,] never showed up."},
	{"C: Can I speak with [PERSON Temperance?] She's my case worker."},
	{"A: I've added a note for [PERSON Bogdan] on the night shift."},
	{"C: Tell [PERSON Aiyana] I said thanks."},
	{"A: Let me check with [PERSON Yusuf] on that."},
	{"C: [PERSON Dolores] at the branch opened the account for me."},
	{"C: I was helped by someone named [PERSON Sione.]"},
	{"A: I'm going to loop in [PERSON Hiroshi] from technical support."},
	{"C: The appointment is for my father, [PERSON Bashir Rahimi.]"},
	{"A: I'm showing the card holder as [PERSON Jiwoo Park.]"},
	{"C: My neighbour [PERSON Oksana] signed for the package."},
	{"C: Please make the check out to [PERSON Kofi Mensah.]"},
	{"A: The agent you spoke with was [PERSON Mihai.]"},
	{"C: My brother [PERSON Will] set it up for me."},
	{"C: I think [PERSON Hope] in accounts has the paperwork."},
	// Thanks and vocatives at a clause's end.
	{"A: Thanks so much [PERSON Fatima,] you have a good day."},
	{"C: Okay, thank you [PERSON Kevin,] bye."},
	{"C: That's all I needed, thanks [PERSON Will.]"},
	{"C: Alright, that works for me [PERSON Frank,] okay."},
	{"C: Okay, so that's done, right [PERSON Chinedu?]"},
	{"C: Sounds good [PERSON Mark,] talk soon."},
	{"A: Thanks for holding [PERSON Ms. Kaur.]"},
	{"A: Have a great day [PERSON Jamal.]"},
	{"C: Bye [PERSON Ngozi,] thanks again."},
	{"C: No, that's everything, thank you [PERSON Grace.]"},
	{"C: Perfect, appreciate it [PERSON Rosa.]"},
	{"A: You're all set [PERSON Bilal,] anything else?"},
	{"C: Great, cheers [PERSON Siddharth.]"},
	{"A: Sorry about that [PERSON Mariana,] let me fix it."},
	// Meetings: several speakers on one channel.
	{"P: So [PERSON Jun,] did you get the numbers from the vendor?"},
	{"Q: I agree with [PERSON Olga] on the timeline."},
	{"R: As [PERSON Wei] said last week, the cache is the bottleneck."},
	{"P: [PERSON Chuck's] slides are on the share drive."},
	{"Q: Let's go with the [PERSON Chuck] version of the diagram."},
	{"R: I think that's [PERSON Ravi's] point, yeah."},
	{"P: Okay, [PERSON Ines,] do you want to go next?"},
	{"Q: Yeah, sure. So I talked to [PERSON Bongani] about the data."},
	{"P: We could cut the silences first.", "R: That's right [PERSON Frank.]"},
	{"P: Maybe [PERSON Nadia] knows, she wrote that part."},
	{"Q: Hmm, I'd ask [PERSON Tadeusz] about the recorder."},
	{"P: Here's the new layout.", "R: It looks good [PERSON Bill,] okay."},
	{"P: Yeah, [PERSON Morgan] and I looked at it yesterday."},
	{"Q: I'm [PERSON Anjali,] by the way, I'm new to the group."},
	{"R: [PERSON Kenji] can't make it today."},
	{"P: We should send it to [PERSON Marisol] before Friday."},
	{"Q: The [PERSON Dave] and [PERSON Ahmed] experiments, I mean."},
	{"R: Is [PERSON Aleksei] still working on the parser?"},
	{"P: Right, that was [PERSON Ikechukwu's] idea originally."},
	{"Q: Thanks [PERSON Summer,] that was really helpful."},
	{"R: Go ahead [PERSON Jack.]"},
	{"P: What do you think [PERSON Rose?]"},
	{"Q: Uh, [PERSON Hope] has the budget spreadsheet."},
	{"R: I'll check with [PERSON Faith] and get back to you."},
	{"P: Yeah, I'll let [PERSON Will] explain it."},
	{"Q: Did [PERSON Parisa] send the minutes?"},
	{"R: Oh, [PERSON Thanh] fixed that bug."},
	{"P: So what [PERSON Lucia] found is that the error goes down."},
	{"Q: [PERSON Mikhail,] you had a question?"},
	{"R: Yeah, no, I think [PERSON Amara] is right."},
	{"P: Me and [PERSON Sunil] will do the transcripts."},
	{"Q: You should talk to [PERSON Rahul's] student about it."},
	{"R: I mean the [PERSON Jerzy] approach is fine."},
	{"P: Okay, good, thank you [PERSON Abdullah.]"},
	{"Q: Oh, hi [PERSON Shreya,] come on in."},
	{"P: Who's taking notes today?", "R: I can, or [PERSON Grace] can."},
	{"Q: We ran it on the big set.", "P: Nice work [PERSON Tendai.]"},
	// Look-alikes: names that are words, used as words.
	{"C: I want to pay my bill today."},
	{"A: Will you hold for a moment please?"},
	{"C: Can you mark it as paid?"},
	{"C: I hope that fixes it."},
	{"A: We have a grace period of ten days."},
	{"C: To be frank, I'm not happy with the service."},
	{"C: The price rose again this month."},
	{"A: Our summer hours start in June."},
	{"C: I had faith in your company."},
	{"C: I need a jack for the phone line."},
	{"P: Let's mark that as an open question."},
	{"R: We will see next week."},
	{"A: I'll make a note on the account."},
	{"C: My will is with the lawyer."},
	{"P: The error rate rose by two percent."},
	{"C: I'll just hope for the best."},
	{"A: Your bill will be lower next month."},
	{"P: Just a reminder, the summer interns start Monday."},
	{"C: Yeah, that's fine, okay, thanks."},
	{"A: Who am I speaking with?", "C: The account holder."},
	{"Q: Can we jack up the sampling rate?"},
	{"C: Frankly it doesn't matter."},
	{"A: Is there anything else I can help with today?", "C: No, that's it, thank you so much."},
	{"R: It looks good, okay, let's move on."},
	{"P: The chunks are too long, just chuck them."},
	{"P: Will we have time for the demo?"},
	{"C: Mark my words, this will break again."},
	{"A: Thank you for your patience, sir."},
	{"C: Okay, thanks, bye bye."},
	{"R: That's right, yeah."},
	{"Q: Sounds good, talk soon."},
	{"A: Have a great day, ma'am."},
	{"C: By grace of luck I kept the receipt."},
	{"P: What do you think, guys?"},
	{"C: Thank you, appreciate it, officer."},
}

// lowerProbeCall builds one probe case: A: and C: are the agent and the
// caller on channels 0 and 1; P:, Q:, R: are speakers of a meeting on
// channel 0. With lower, the text is lowercased and unpunctuated first.
func lowerProbeCall(lower bool, turns []string) (*transcript.Transcript, []entity) {
	return dialogueOf(lower, func(label string) (int, string) {
		switch label {
		case "A":
			return 0, "agent"
		case "C":
			return 1, "caller"
		}
		return 0, label
	}, turns...)
}

// lowerProbeScore is what Find does on a probe in one style.
type lowerProbeScore struct {
	names, found    int            // marked entities, and those a finding of their type covers
	flagged, words  int            // unmarked words flagged, and all unmarked words
	flaggedByKind   map[string]int // unmarked words flagged, per case kind
	wordsByKind     map[string]int
	misses, extras  []string
	negatives, negs int // look-alike cases, and those with any finding
}

func scoreLowerProbe(t *testing.T, lower bool) lowerProbeScore {
	t.Helper()
	return scoreProbeCases(t, lowerProbe, lower)
}

// probeCase is one call of a probe, with the kind of look-alikes it holds
// ("" where the probe has no kinds).
type probeCase struct {
	kind  string
	turns []string
}

// scoreProbeCases is what Find does on cases (built as lowerProbeCall
// builds them) in one style.
func scoreProbeCases(t *testing.T, cases [][]string, lower bool) lowerProbeScore {
	t.Helper()
	kinded := make([]probeCase, len(cases))
	for i, c := range cases {
		kinded[i] = probeCase{turns: c}
	}
	return scoreKindedProbeCases(t, kinded, lower)
}

// scoreKindedProbeCases is scoreProbeCases that also counts unmarked
// words, and those flagged, per case kind.
func scoreKindedProbeCases(t *testing.T, cases []probeCase, lower bool) lowerProbeScore {
	t.Helper()
	s := lowerProbeScore{flaggedByKind: map[string]int{}, wordsByKind: map[string]int{}}
	for _, c := range cases {
		tr, want := lowerProbeCall(lower, c.turns)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		covered := map[int]bool{}
		for _, e := range want {
			s.names++
			ok := false
			for _, f := range fs {
				if string(f.Type) == e.typ && f.FirstWord <= e.first && f.LastWord >= e.last {
					ok = true
				}
			}
			if ok {
				s.found++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("MISS %s %q | %s", e.typ, wordsText(tr, e.first, e.last), strings.Join(c.turns, " / ")))
			}
			for i := e.first; i <= e.last; i++ {
				covered[i] = true
			}
		}
		if len(want) == 0 {
			s.negatives++
			if len(fs) > 0 {
				s.negs++
			}
		}
		for i := range tr.Words {
			if !covered[i] {
				s.words++
				s.wordsByKind[c.kind]++
			}
		}
		flagged := map[int]bool{}
		for _, f := range fs {
			extra := false
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if !covered[i] && !flagged[i] {
					flagged[i] = true
					s.flagged++
					s.flaggedByKind[c.kind]++
					extra = true
				}
			}
			if extra {
				s.extras = append(s.extras, fmt.Sprintf("FP %s/%s %q | %s", f.Type, f.Recognizer, redact.MatchedText(tr, f), strings.Join(c.turns, " / ")))
			}
		}
	}
	return s
}

// TestFind_LowercaseProbe measures Find on lowerProbe, cased and
// lowercase, and holds the figures reached. Before session 13's rules
// (names_lower_closing.go, names_lower_kin.go) PERSON was cased 87/106 and
// lowercase 76/106, with 0 and 3 unmarked words flagged of 871; after
// (with names_word_possessive.go, names_asked_present.go,
// names_lower_object.go, names_lower_modifier.go), cased 96/106 and
// lowercase 96/106, with 0 and 2.
// REDACT_PROBE_VERBOSE=1 lists every miss and extra finding.
func TestFind_LowercaseProbe(t *testing.T) {
	checkNameProbe(t, func(lower bool) lowerProbeScore { return scoreLowerProbe(t, lower) },
		map[bool]nameProbeFloor{false: {0.90, 0}, true: {0.90, 2}})
}

// nameProbeFloor is what a name probe must keep in one style: PERSON
// recall at least recall, and at most flagged unmarked words flagged.
type nameProbeFloor struct {
	recall  float64
	flagged int
}

// checkNameProbe scores a name probe in both styles (score), logs its
// figures (and, with REDACT_PROBE_VERBOSE set, every miss and extra
// finding), and fails where a style falls under its floor.
func checkNameProbe(t *testing.T, score func(lower bool) lowerProbeScore, floors map[bool]nameProbeFloor) {
	t.Helper()
	for _, lower := range []bool{false, true} {
		s := score(lower)
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
