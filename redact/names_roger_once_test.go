package redact_test

import "testing"

// On a phone call, one "Roger." said for "understood" is no radio: a
// person called by a first name that is also a town keeps it. Radio talk
// with more than that one word still trims a station's place name.
func TestFind_OneRogerOnAPhoneCallIsNoRadio(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"hold after roger": {"A: Thanks for calling the help desk, what can I do for you?",
			"C: Roger. I'd like to move my booking to Friday.", "A: Okay, one second please, [PERSON Camden]."},
		"roger opening a reply": {"A: Your card will arrive in five working days.",
			"C: Roger, I'll look out for it.", "A: Great, thanks [PERSON Quincy]."},
		"thanks after roger": {"A: I've reset the password and sent you a text.",
			"C: Roger.", "A: Anything else today? Okay, just a moment, [PERSON Halifax]."},
		"roger at the end": {"A: The refund goes out tomorrow, [PERSON Kendal].", "C: Roger."},
		"radio, copy besides": {"A: Kestrel, this is Clearwater.", "C: Go ahead, Clearwater.",
			"A: Roger, we copy your pressure.", "C: Thanks, Clearwater."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
