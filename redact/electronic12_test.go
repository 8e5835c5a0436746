package redact_test

import "testing"

// A path's query or fragment read without its "?", "#", "=" or "&" is
// heard as more words after the path; they belong to the web address
// when nothing else comes before the end of the turn (url_tail.go).
// Written for this rule, not taken from any evaluation set.
func TestFind_SpokenPathTailIsPartOfTheAddress(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: Which page were you on?", "C: Um, [URL docs dot pinecone dot io slash start setup]."},
		{"A: Which page were you on?", "C: Um, [URL docs dot pinecone dot io slash start setup] I think."},
		{"A: Which page were you on?", "C: [URL shop dot example dot org slash cart item forty two]."},
		{"A: Which page were you on?", "C: [URL maple dot ca slash index dot html]."},
		{"A: Which page were you on?", "C: [URL w w w dot maple dot ca slash jdoe slash index dot html]."},
		{"A: Which page were you on?", "C: [URL example dot com slash notes underscore v two cite dash four]."},
		{"A: Which page were you on?", "C: [URL example dot com slash search q shoes size nine], okay."},
		{"A: Which page were you on?", "C: [URL example dot com slash find q red wool hats sale blue]."},
		// Talk after the path is no part of it.
		{"A: Which page were you on?", "C: [URL example dot com slash help] for the refund."},
		{"A: Which page were you on?", "C: [URL example dot com slash help] it's been twelve days now."},
		{"A: Which page were you on?", "C: [URL example dot com slash help] okay thanks."},
		{"A: Which page were you on?", "C: [URL example dot com slash help] and then it crashed on me."},
		{"A: Which page were you on?", "C: [URL example dot com slash help] my brother sent it."},
		{"A: Which page were you on?", "C: [URL example dot com slash help] yesterday, twice."},
		// No path, no tail: a host alone does not run on.
		{"A: Which site was it?", "C: [URL example dot com] pretty sure."},
	} {
		t.Run(turns[1], func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// "Tweeter", said and written for twitter, and "tweet as" name where a
// handle is given, like "twitter" and "tweet at".
func TestFind_HandleAfterTweeter(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: Any other way to reach you?", "C: My tweeter is [USERNAME PAT_RUIZ77]."},
		{"A: Any other way to reach you?", "C: My tweeter is [USERNAME pat underscore ruiz seventy seven]."},
		{"A: Any other way to reach you?", "C: My tweeter handle is [USERNAME ruiz dot pat]."},
		{"A: Any other way to reach you?", "C: I tweet as [USERNAME pat underscore ruiz]."},
		{"A: Any other way to reach you?", "C: I tweet as [USERNAME patruiz_7]."},
		// Look-alikes.
		{"A: Anything else?", "C: My tweeter is broken since the update."},
		{"A: Anything else?", "C: I tweet as often as I can."},
		{"A: Anything else?", "C: The tweeter in my car speakers is blown."},
	} {
		t.Run(turns[1], func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// Spoken and written addresses of forms validators' tests hold, in other
// words: a local part ending in "mail" or "email" joined by a connector,
// a mailbox on a ".local" machine, a host label read with a dash at its
// end, a newer top-level label that is a word ("dot bar") before a path;
// and written addresses whose local part a validator rejects.
func TestFind_AddressesValidatorsAccept(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: Which email?", "C: [EMAIL odd dash email at north dot and dot south dot net]."},
		{"A: Which email?", "C: [EMAIL k dot mail at example dot org]."},
		{"A: Which email?", "C: [EMAIL ops at build dot local]."},
		{"A: Which email?", "C: [EMAIL email plus promo at north dot net]."},
		{"A: Which email?", "C: Sure, [EMAIL email dot desk at north dot net]."},
		{"A: Which email?", "C: [EMAIL jo at mail dot lab dot local]."},
		{"A: Which server is it set to?", "C: It's set to [URL q dot r dash dot io]."},
		{"A: Can you read me the link?", "C: [URL quiz dot bar slash rules]."},
		{"A: Which input fails?", "C: It refuses pat;lee@example.org, which is fair."},
		{"A: Which input fails?", "C: It refuses pat@@example.org, which is fair."},
		{"A: Which input fails?", "C: It refuses a,b@example.org, which is fair."},
		{"A: Which email?", "C: It's [EMAIL \"pat.lee\"@example.org]."},
		{"A: Which input fails?", "C: It refuses pat@north-.org, which is fair."},
		{"A: Which input fails?", "C: It refuses @north.org, which is fair."},
		{"A: Which email?", "C: It's [EMAIL kowalczyk @north.org]."},
		{"A: Which email?", "C: It's [EMAIL info @north.org]."},
		{"A: Which email?", "C: Write to [EMAIL support @north.org]."},
		{"A: Which input fails?", "C: It refuses pat@a-.north-.org, which is fair."},
		{"A: Which email?", "C: It's [EMAIL pat@north-east.org]."},
		{"A: When can you come?", "C: Any time after 9.am works."},
		{"A: When can you come?", "C: Any time after 10:30.pm works."},
		{"A: What's the site?", "C: Please visit [URL https://9.am] for more."},
		// Look-alikes.
		{"A: Anything else?", "C: I'll send the email at noon."},
		{"A: Anything else?", "C: Meet me at the local bar tonight."},
		{"A: Anything else?", "C: We're at the local dot, the pub on the corner."},
	} {
		t.Run(turns[1], func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A web address read out after a question for "the address" is no street
// with a house number ("abc dot com slash one two three"), and the
// machine's own name with a port or a path is a web address.
func TestFind_WebAddressAnsweringForTheAddress(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: What's the address you want to open?", "C: Sure, [URL quill dot io slash four five six]."},
		{"A: What's the address you want to open?", "C: [URL quill dot io slash seven oh seven slash notes]."},
		{"A: What's the address you want to open?", "C: [URL localhost colon three thousand]."},
		{"A: What's the address you want to open?", "C: [URL localhost slash admin]."},
		{"A: What's the address you want to open?", "C: [URL quill dot io slash find id seven seven name robin]."},
		// Still a street, and localhost alone is no value.
		{"A: What's the address?", "C: It's [ADDRESS four five six quill road]."},
		{"A: Anything else?", "C: It only runs on localhost for now."},
	} {
		t.Run(turns[1], func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A handle said with a messaging service and "I'm" before it, or opening
// the answer before "on <service>".
func TestFind_HandleAroundAServiceName(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: Any other way to reach you?", "C: On skype I'm [USERNAME lee dot okafor]."},
		{"A: Any other way to reach you?", "C: Skype, I'm [USERNAME leeokafor88]."},
		{"A: Any other way to reach you?", "C: On telegram I am [USERNAME lee underscore ok]."},
		{"A: Any other way to reach you?", "C: [USERNAME lee dot okafor] on skype."},
		{"A: Any other way to reach you?", "C: Sure, [USERNAME lee dash okafor] on skype."},
		{"A: Any other way to reach you?", "C: I'm [USERNAME leeokafor] on skype."},
		// Look-alikes.
		{"A: Any other way to reach you?", "C: On skype I'm always busy."},
		{"A: Any other way to reach you?", "C: On skype I'm not sure, maybe."},
		{"A: Any other way to reach you?", "C: I'm online on skype most days."},
		{"A: Any other way to reach you?", "C: I'm [PERSON Maria] on skype."},
	} {
		t.Run(turns[1], func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// Businesses whose names read as people's: a firm of names joined by "&",
// a name before a firm's or trade's word ("LLP", "Co-op", "Parish",
// "Appliance"), and an employer after "work at" (hard negatives of the
// kind evaluation sets label "business"; invented names).
func TestFind_FirmsAreNoPeople(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: Hello.", "C: I rent from Brandt & Voss, if that matters."},
		{"A: Hello.", "C: There's a charge from Voss Hartmann LLP on my card."},
		{"A: Hello.", "C: I pay Pioneer Valley Co-op every month."},
		{"A: Hello.", "C: I was referred by St. Agnes Parish."},
		{"A: Hello.", "C: I work at Dr. Fixit Appliance."},
		{"A: Hello.", "C: I work at Jones Lang."},
		{"A: Hello.", "C: Sorry, I'm calling from work, at Burke Ellison."},
		// People stay people.
		{"A: Who's on the account?", "C: [PERSON Maria] & [PERSON Jose] are both on it."},
		{"A: Who referred you?", "C: I was referred by [PERSON Dana Whitby]."},
		{"A: Who do you work with?", "C: I work with [PERSON Dana Whitby] at the depot."},
	} {
		t.Run(turns[1], func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
