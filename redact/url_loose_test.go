package redact_test

import "testing"

// A web address ending in a top-level label the package does not list is
// found where "www", a path or a cue word says it is one; the same label
// with none of them stays a word.
func TestFind_URLWithAnUnlistedTopLabel(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// "www" before the host.
		"Try [URL w w w dot q u i l l p r e s s dot z q slash f a q] first.",
		"Try [URL h t t p s colon slash slash w w w dot mapleworks dot qy] then.",
		// A path after it, said or written.
		"The form is on [URL brightside dot qv slash apply] today.",
		"The form is on [URL brightside.qv/apply] today.",
		// A cue word just before it.
		"The site is [URL harbourlights dot qz] now.",
		"I found it on [URL harbourlights.qz.] Then I rang.",
		"The link is [URL k e l p dot z q] okay.",
		// A file's extension inside a spoken path.
		"Go to [URL https colon slash slash docs dot acme dot com slash setup dash guide dot pdf slash two] for that.",
		// Look-alikes: a reserved label, a file name, no cue.
		"I found it on report.pdf in the drive.",
		"See example dot test for a sample.",
		"He ran the ab dot qz drill again.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// A spoken email whose top-level label is not listed is found when an
// email was just asked for; the same words with no talk of email are not.
func TestFind_EmailWithAnUnlistedTopLabel(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Which email goes on the order?", "C: It's [EMAIL r o at quillworks dot q z] thanks.")
	checkDialogue(t, "A: And an email address for the receipt?", "C: Sure, [EMAIL d e v at h mail dot z q.]")
	checkDialogue(t, "A: Where did you see the offer?", "C: At quillworks dot qz, I think.")
}
