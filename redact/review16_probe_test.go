package redact_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/callveil/callveil/redact"
)

// review16Probe lists adversarial lines (written for task review16, run
// with REVIEW16_OUT=file against main and 3bafd5f and diffed) for this session's rules: the
// key is "rule/kind/name" (kind a: a real item a customer gives; b:
// ordinary words).
var review16Probe = map[string][]string{
	// addr16
	"addr16/a/street then town":    {"A: And your address?", "C: It's 18 Birch Lane, Dover."},
	"addr16/a/numbered road house": {"A: Where do you live?", "C: I'm at 2210 county road 5 now."},
	"addr16/a/corner lives":        {"A: Where are you located?", "C: I live at the corner of Maple and 5th."},
	"addr16/a/lot lives":           {"A: Where are you staying?", "C: I live in space 17 at Pine Acres park."},
	"addr16/b/street then weekday": {"A: Where did it happen?", "C: It was on Main Street, Tuesday I think."},
	"addr16/b/street then name":    {"A: Anything else?", "C: I drove down Main Street, Kevin said it was closed."},
	"addr16/b/parking lot":         {"A: Where did you park?", "C: I parked in lot 42 at the mall."},
	"addr16/b/corner of desk":      {"A: Where's the modem?", "C: It's on the corner of my desk and the light is red."},
	"addr16/b/route bus":           {"A: How do you get in?", "C: I take route 9 most days, it's fine."},
	"addr16/b/campsite booking":    {"A: What can I help with?", "C: I want to cancel site 12 for the weekend."},
	"addr16/b/live at end of road": {"A: Is it far?", "C: We live at the end of the road, so it's slow."},
	"addr16/b/street sense":        {"A: What happened?", "C: The street was flooded and the car stalled."},
	// radio16
	"radio16/a/tell name":           {"A: Anything else?", "C: Tell Tyler I'll call back tonight."},
	"radio16/a/captain surname":     {"A: Who called?", "C: Captain Morgan called back about the charter."},
	"radio16/a/name grab":           {"A: Ready?", "C: Okay, Maria, grab the keys and lock up."},
	"radio16/a/phonetic first name": {"A: And your name?", "C: It's Victor Alvarez."},
	"radio16/a/romeo surname":       {"A: Who's your contact?", "C: Ask for Juliet Hayes at the front."},
	"radio16/a/boat owner":          {"A: Who owns the vessel?", "C: The vessel belongs to Dana Whitfield."},
	"radio16/b/tell the":            {"A: Anything else?", "C: Tell Dispatch we're done for today."},
	"radio16/b/command word":        {"A: What did the app say?", "C: It said Command not found, then it froze."},
	"radio16/b/have Monday":         {"A: When?", "C: Can I have Monday off to come in?"},
	"radio16/b/let Amazon":          {"A: Anything else?", "C: I'll let Amazon know it never came."},
	// roger_once
	"roger_once/a/roger name":       {"A: So it's a refund. Roger.", "C: Roger. This is Camden Price, by the way."},
	"roger_once/a/roger twice name": {"A: Roger, roger.", "C: Roger that. My name is Camden Price."},
	// word_list
	"word_list/a/thanks name": {"A: Thanks, Hunter.", "C: Sure, Hunter, bye."},
	"word_list/a/two people":  {"A: Who's on the account?", "C: Hunter, Rose."},
	"word_list/a/names list":  {"A: Who else lives there?", "C: Grace, Hunter, Rose and me."},
	// kin_lead
	"kin_lead/a/dad phone":  {"A: Whose number is it?", "C: It's my dad Frank's phone."},
	"kin_lead/a/aunt diner": {"A: Where do you work?", "C: At my aunt Rosa's diner on weekends."},
	"kin_lead/b/uncle bens": {"A: Anything else?", "C: I bought Uncle Ben's rice and it was fine."},
	// town_words
	"town_words/a/person named like town": {"A: Who am I speaking with?", "C: This is Paige Turner, hi."},
	"town_words/a/dakota beach":           {"A: And your name?", "C: I'm Dakota Beach."},
	"town_words/a/beverly hills name":     {"A: Who's the account holder?", "C: Beverly Hills, my mother."},
	"town_words/a/santa name":             {"A: Who should I ask for?", "C: Ask for Austin Wells when you come."},
	"town_words/a/georgia":                {"A: Who referred you?", "C: My friend Georgia Banks did."},
	// abbreviation
	"abbreviation/a/short name period": {"A: Who's there?", "C: It's Ava. Ava Lee."},
	"abbreviation/a/Bo.":               {"A: Who helped you?", "C: Thanks to Bo."},
	"abbreviation/a/Ty.":               {"A: Who should I say called?", "C: Just say Ty."},
	// nickname_words
	"nickname_words/a/Chip surname": {"A: Your name?", "C: Chip Morales."},
	"nickname_words/b/chip word":    {"A: What happened?", "C: There's a chip in the windshield, and Buddy, the dog, is fine."},
	"nickname_words/b/skip":         {"A: Anything else?", "C: Skip the survey, please."},
	"nickname_words/b/sunny":        {"A: How's the weather?", "C: Sunny, and the buzz from the fridge is loud."},
	// hn16
	"hn16/a/valentines dob":   {"A: Date of birth?", "C: I was born on Valentine's Day 1990."},
	"hn16/a/wendys manager":   {"A: Who called?", "C: The caller was Wendy's manager Wendy Cole."},
	"hn16/a/name beach":       {"A: Who referred you?", "C: I spoke to Sandy Beach last week."},
	"hn16/a/christmas name":   {"A: And your name?", "C: It's Holly Day."},
	"hn16/a/ford person":      {"A: Who's the agent?", "C: I talked to a Ford Mason from your office."},
	"hn16/a/marys diner name": {"A: Where do you work?", "C: I work at Mary's place with Mary Chen."},
	"hn16/a/law firm":         {"A: Who represents you?", "C: Ana's law firm, Ana Ruiz."},
	"hn16/a/through name":     {"A: How did you hear?", "C: Through Jordan Price, my neighbor."},
	"hn16/a/at name's":        {"A: Where did you leave it?", "C: I left it at Kevin's house yesterday."},
	"hn16/a/a name's friend":  {"A: Who called?", "C: A Tom's friend, Tom Reed, called."},
	// dob occurrence
	"dob_occ/a/correction":          {"A: Date of birth?", "C: My birthday is every May ninth, I mean May ninth 1984."},
	"dob_occ/a/this year then year": {"A: Date of birth please.", "C: My birthday falls on March third, born March third 1979."},
	"dob_occ/a/every then dob":      {"A: Date of birth?", "C: It's every year on June 2nd, June 2nd 1966."},
	// negatives_hn16
	"neg_hn16/a/time to give number":   {"A: Can I get a callback number?", "C: Sure, time to give you my number, 555 201 7788."},
	"neg_hn16/a/duration then phone":   {"A: What's the best phone number?", "C: The time is short, it's 617 555 0142."},
	"neg_hn16/a/time phone lower":      {"A: Phone number?", "C: Any time, 312 555 0199."},
	"word_list/a/hunter rose answer":   {"A: Who's coming with you?", "C: Hunter, Rose."},
	"word_list/a/mason faith":          {"A: Who are the kids on the plan?", "C: Mason, Faith, and Ivy."},
	"word_list/a/hunter ivy":           {"A: And the authorized users?", "C: Hunter, Ivy."},
	"word_list/a/names in sentence":    {"A: Who lives there?", "C: My kids Hunter, Rose and Ivy live with me."},
	"word_list/a/baker rose":           {"A: Who signed?", "C: It was Baker, Rose Baker."},
	"town_words/a/name answer":         {"A: Can I get your name?", "C: Yeah. Marion Park."},
	"town_words/a/virginia beach it's": {"A: Who's calling?", "C: Hi, it's Virginia Beach calling back."},
	"town_words/a/subject":             {"A: Who called?", "C: Florence Park said she'd call you."},
	"town_words/a/thanks":              {"A: Thanks, Marion Park.", "C: Sure."},
	"abbreviation/a/rare name":         {"A: Who's calling?", "C: It's Nyx."},
	"abbreviation/a/thanks rare":       {"A: Thanks, Xiu.", "C: Bye."},
	"abbreviation/a/okay ryo":          {"A: Okay. Ryo.", "C: Yes?"},
	"nickname_words/b/sunny and i":     {"A: What happened?", "C: It was sunny and I left the window open."},
	"nickname_words/b/chip and i":      {"A: What happened?", "C: The card has a chip and I tapped it."},
	"nickname_words/b/skip and i":      {"A: Did you answer?", "C: I hit skip and I lost the form."},
	"nickname_words/b/this is chip":    {"A: What kind of damage?", "C: Well, this is chip."},
	"nickname_words/b/buddy vocative":  {"A: Anything else?", "C: No, buddy, that's all."},
	"nickname_words/a/this is buzz":    {"A: Who's this?", "C: Hey, this is Buzz."},
	"hn16/a/patrick day":               {"A: Name?", "C: Patrick Day."},
	"hn16/a/mercedes person":           {"A: Who did you talk to?", "C: I talked to a Mercedes Lopez."},
	"hn16/a/chase person":              {"A: Who was your agent?", "C: It was a Chase Miller, I think."},
	"hn16/a/a dr patel":                {"A: Who referred you?", "C: I saw a Dr Patel last week."},
	"hn16/a/a mr brown":                {"A: Who's on the line?", "C: There's a Mr Brown for you."},
	"hn16/a/the garcia's":              {"A: Where are you staying?", "C: I'm at the Garcia's near the school."},
	"hn16/a/drove to person":           {"A: Where did you go?", "C: I drove over to Grace Hill's house."},
	"hn16/a/past person":               {"A: Who did you pass it to?", "C: I walked past Carol Ridge at the door."},
	"hn16/a/laura's dad":               {"A: Who called?", "C: Laura's Dad called me."},
	"hn16/a/a jessica's":               {"A: Who was it?", "C: It was a Jessica's phone, I think."},
	"hn16/a/paid at person's":          {"A: Where did you pay?", "C: I paid at Kevin's place."},
	"hn16/a/bought from person's":      {"A: Where did you get it?", "C: I bought it from Tony's cousin Marco."},
	"hn16/a/effect surname person":     {"A: Who filed it?", "C: Okafor effectively did, Ms Okafor."},
	"dob_occ/a/falls on":               {"A: To verify, what's your birthday?", "C: It falls on April 4th."},
	"dob_occ/a/each form":              {"A: Date of birth?", "C: Each form has it, it's the 12th of June, 1975."},
	"neg_hn16/a/any time number":       {"A: How can we reach you?", "C: call me any time 4155550142."},
	"neg_hn16/a/last time id":          {"A: What's the reference on it?", "C: Same as last time 88341220."},
	"neg_hn16/a/time uncued digits":    {"A: What's your member ID?", "C: Hold on. Okay, first time 7731 9920 11."},
	"radio16/a/tell name mid":          {"A: Anything else?", "C: Please tell Tyler I'll call back."},
	"radio16/a/name grab cased":        {"A: Ready?", "C: Dana, grab the keys."},
	"radio16/a/captain name":           {"A: Who called?", "C: Yes, Captain Morgan Reyes called back."},
	"radio16/a/yacht owner":            {"A: Whose boat?", "C: The yacht Sandra belongs to Sandra Pike."},
	"radio16/b/division alpha":         {"A: Which group?", "C: Division Alpha, the sales team."},
	"radio16/b/tower":                  {"A: Where is it?", "C: Tower, the one by the bridge."},
	"radio16/a/alpha name":             {"A: And the name?", "C: Oscar Delgado."},
	"radio16/a/victor after word":      {"A: Who's the contact at the side office?", "C: Side office, Victor Mendez."},
	"roger_once/a/roger and camden":    {"A: Roger.", "C: Thanks, Camden here, I need a refund."},
	"hn16/a/surname disease":           {"A: Who's the patient?", "C: Mr. Delgado's disease got worse last month."},
	"hn16/a/surname syndrome alone":    {"A: Who is it for?", "C: It's for Okafor, Okafor's syndrome is back."},
	"hn16/a/surname shift":             {"A: Who's on duty?", "C: Kowalski shift starts at six, ask Kowalski."},
	"hn16/a/name curve":                {"A: Who's the driver?", "C: Brennan, Brennan curve road is where he lives."},
	"hn16/a/holiday name mother":       {"A: Who's calling?", "C: Mother Teresa Lopez, from the parish."},
	"hn16/a/columbus person":           {"A: And your name?", "C: Columbus Ward."},
	"hn16/a/a name's card":             {"A: Whose card is it?", "C: It's a Sam's card, Sam Ortiz's."},
	"hn16/a/brand model person":        {"A: Who referred you?", "C: A Lincoln Chen from your office."},
	"hn16/a/near person heights":       {"A: Who's your neighbor?", "C: I live near Jackson Heights, the man, Jackson Heights."},
	"hn16/a/visit person place":        {"A: Who did you visit?", "C: We drove down to see Myrtle Brooks."},
	"radio16/b/tell billing":           {"A: Anything else?", "C: Please tell Billing I want a refund."},
	"radio16/b/have Support":           {"A: What do you need?", "C: Can you have Support call me back?"},
	"radio16/b/okay grab":              {"A: Ready?", "C: Okay, Netflix, grab the remote is what I said."},
	"radio16/a/tell named":             {"A: Anything for the driver?", "C: Please tell Marcus we're at the side gate."},
	"radio16/a/let know":               {"A: Anything else?", "C: Could you let Priya know it's paid?"},
	"radio16/a/side door name":         {"A: Which entrance?", "C: The side Charlie Brooks uses, Charlie Brooks is the manager."},
	"radio16/a/unit apartment":         {"A: And the address?", "C: 40 Elm Street, unit 12, Dover."},
	"radio16/a/base person":            {"A: Who's your contact?", "C: Dispatch, ask for Lena Base."},
	"town_words/a/from person":         {"A: Who referred you?", "C: Referred by Beverly Hills, my aunt."},
	"town_words/b/from town":           {"A: Where are you?", "C: I'm calling from Virginia Beach today."},
	"abbreviation/a/name after okay":   {"A: Okay, Bo. Anything else?", "C: No."},
	"abbreviation/b/qty":               {"A: What does the form say?", "C: It says Qty. and then blank."},
	"addr16/b/corner we are":           {"A: What's the issue?", "C: I'm on the corner of a deal and need help."},
	"addr16/b/live on route":           {"A: Where do you work?", "C: I drive route 66 for a living."},
	"addr16/b/street then person":      {"A: Where is it?", "C: On Maple Street, Jordan is there."},
	"addr16/a/lowercase type first":    {"A: What's your address?", "C: Rue des Lilas 14, Montreal."},
	"addr16/b/site report":             {"A: What's the job?", "C: We live at site 4 of the project, the camp."},
	"dob_occ/a/every form":             {"A: Date of birth?", "C: It's on every form, May 9th."},
	"kin_lead/a/our uncle":             {"A: Who's the owner?", "C: Our uncle Ben's truck, Ben Harlan."},
	"neg_hn16/a/account after time":    {"A: And your account number?", "C: One second, it's 4417 2290 8813."},
}

func TestReview16Probe(t *testing.T) {
	out := os.Getenv("REVIEW16_OUT")
	if out == "" {
		t.Skip("REVIEW16_OUT not set")
	}
	var keys []string
	for k := range review16Probe {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		for _, lower := range []bool{false, true} {
			tr, _ := dialogue(lower, review16Probe[k]...)
			fs, err := redact.Find(tr, redact.DefaultPolicy())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				got = append(got, fmt.Sprintf("%s[%s](%s)", f.Type, redact.MatchedText(tr, f), f.Recognizer))
			}
			fmt.Fprintf(&b, "%s lower=%v: %s\n", k, lower, strings.Join(got, " | "))
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
