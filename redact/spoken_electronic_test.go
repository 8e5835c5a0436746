package redact_test

import "testing"

// How people give a web address, an email or a user name on the phone,
// and how recognisers write what they said (issue 15). Written down from
// how these are spoken, not from any labelled set: the scheme spelled
// ("h t t p s colon slash slash"), "www" as letters, "w. w. w." or "dub
// dub dub", "forward slash", the separators named ("dash", "hyphen",
// "underscore", "period", "at sign"), letters spelled one by one, digits
// and number words, free-mail providers said in two words ("g mail",
// "proton mail"), fillers inside, and sentence punctuation after. Beside
// them the ordinary talk that uses the same words ("at the store", "slash
// the price", "a period of time", "the dot com bubble").
func TestFind_WebAddressesAsSaidOnCalls(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Go to [URL w w w dot bluefinch dot com] and click on help.",
		"It's [URL dub dub dub dot bluefinch dot com] okay.",
		"It's [URL dub dub dub bluefinch dot com] okay.",
		"Type [URL h t t p s colon slash slash bluefinch dot com] in the bar.",
		"Type [URL http colon forward slash forward slash bluefinch dot org] in the bar.",
		"The page is [URL bluefinch dot com forward slash returns] if you need it.",
		"Just go to [URL bluefinch dot com slash support] for that.",
		"The site is [URL bluefinch dot co dot uk] for the shop.",
		"Try [URL bluefinch dot io] instead.",
		"The shop is [URL bluefinch hyphen shop dot com] now.",
		"The shop is [URL bluefinch dash shop dot com] now.",
		"It's all one word, no spaces, [URL bluefinchgarden dot com] yeah.",
		"Visit [URL www.bluefinch.com/help] for details.",
		"I found it on [URL bluefinch.com] yesterday.",
		"Visit [URL Bluefinch.com] yesterday's deals.",
		"Go to [URL bluefinch dot com] and log in.",
		"It's [URL z e n o dot com] with a z.",
		"See [URL bluefinch dot com slash promo2024] for the code.",
		"The link is [URL bit dot ly slash three x k nine] thanks.",
		"Open [URL bluefinch dot com slash order question mark id equals five five two] please.",
		"Go to [URL w. w. w. bluefinch dot com] and sign in.",
		"Go to [URL www dot bluefinch dot com] and sign in.",
		"Go to [URL bluefinch dotcom] and sign in.",
		"Go to [URL bluefinch dot calm] and sign in.",
		"Go to [URL bluefinch.com]. Then sign in.",
		"The form is at [URL https://bluefinch.com/returns?id=5] today.",
		"Go to [URL shop dot bluefinch dot com] and sign in.",
		"It's [URL bluefinch dot c o m] okay.",
		"It's [URL bluefinch dot com dot au] mate.",
		"It's [URL blue dash finch dot net slash account] okay.",
		"Go to [URL bluefinch dot com slash en dash us slash help] okay.",
		"Head over to [URL bluefinch dot org slash careers] and apply.",
		"[URL Bluefinch dot com] has all the forms.",
		"Our website, [URL bluefinch dot com], has the forms.",
		"Type [URL h t t p colon double slash bluefinch dot com] first.",
		"The link is [URL bluefinch dot com slash r slash one two three] okay.",
		"See [URL bluefinch dot com slash return dash policy] for that.",
		"Go to [URL www.bluefinch.com]. It has the forms.",
		"It's [URL bluefinch dot com], all lowercase.",
		"Try [URL b l u e f i n c h dot com] then.",
		// Look-alikes: none of these is an address.
		"I'll meet you at the store at noon.",
		"Put a dot on the map next to the lake.",
		"They slash the price by half on Fridays.",
		"Over a period of time it got better.",
		"Remember the dot com bubble? Prices crashed.",
		"It was a dot com company back then.",
		"Press star then the pound key.",
		"We're on version two point one now.",
		"Type www in front and it still fails.",
		"Use the forward slash key on the keypad.",
		"Then dot dot dot, nothing happened.",
		"I want to underscore how important this is.",
		"Save it as notes dot txt on the desktop.",
		"It's about one point five percent more.",
		"Back in the dotcom era everyone had a site.",
		"He plays dub music at home on weekends.",
		"Type double u for the next letter.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// Emails said on a call: see TestFind_WebAddressesAsSaidOnCalls.
func TestFind_EmailsAsSaidOnCalls(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"It's [EMAIL john dot smith at gmail dot com] thanks.",
		"It's [EMAIL john dot smith at sign gmail dot com] thanks.",
		"It's [EMAIL jsmith at symbol outlook dot com] thanks.",
		"It's [EMAIL john_smith@yahoo.com] thanks.",
		"It's [EMAIL john underscore smith at hotmail dot com] thanks.",
		"It's [EMAIL mary dash jones at icloud dot com] thanks.",
		"It's [EMAIL mary hyphen jones at proton mail dot com] thanks.",
		"It's [EMAIL mary period jones at aol period com] thanks.",
		"It's [EMAIL j o h n at gmail dot com] thanks.",
		"It's [EMAIL j o h n s m i t h seven at gmail dot com] thanks.",
		"It's [EMAIL john five five at gmail dot com] thanks.",
		"It's [EMAIL john nineteen eighty five at gmail dot com] thanks.",
		"It's [EMAIL john1985 at gmail dot com] thanks.",
		"It's [EMAIL sam at g mail dot com] thanks.",
		"It's [EMAIL sam at yahoo dot co dot uk] thanks.",
		"It's [EMAIL capital j smith at gmail dot com] all lowercase.",
		"It's [EMAIL j as in juliet smith at gmail dot com] thanks.",
		"It's [EMAIL john uh dot smith at gmail dot com] thanks.",
		"It's [EMAIL b i l l at gmail dot com], that's two l's.",
		"It's [EMAIL john at bluefinch dash tools dot com] thanks.",
		"It's [EMAIL john dot smith at company dot co dot uk] thanks.",
		"It's [EMAIL john @ gmail dot com] thanks.",
		"It's [EMAIL john.smith at gmail.com] thanks.",
		"It's [EMAIL johnsmith@gmail.com]. Thanks.",
		"My email is [EMAIL john smith at gmail dot com] thanks.",
		"It's [EMAIL info at bluefinch dot com] for orders.",
		"It's [EMAIL john at gmail dotcom] thanks.",
		"It's [EMAIL john at gmail dot calm] thanks.",
		"It's [EMAIL sarah w at outlook dot com] thanks.",
		"It's [EMAIL sarah underscore ninety two at hotmail dot com] thanks.",
		"It's [EMAIL j dot smith at bluefinch dot org] thanks.",
		"It's [EMAIL john plus bills at gmail dot com] thanks.",
		"My email is [EMAIL jsmith at gmail], the usual.",
		"Email me at [EMAIL jsmith at gmail dot com] tonight.",
		"It's [EMAIL b i double l at gmail dot com] thanks.",
		"It's [EMAIL john at the rate gmail dot com] thanks.",
		"It's [EMAIL john full stop smith at gmail full stop com] thanks.",
		"It's [EMAIL double u smith at gmail dot com] thanks.",
		"It's [EMAIL small j smith at gmail dot com] thanks.",
		"It's [EMAIL J.Smith at gmail dot com] thanks.",
		"It's [EMAIL john.smith@gmail], the usual one.",
		"It's [EMAIL john at um gmail dot com] thanks.",
		"It's [EMAIL john at b l u e f i n c h dot com] thanks.",
		"It's [EMAIL John at Gmail.com] thanks.",
		"Her email is [EMAIL sarah dot jones eighty two at gmail].",
		// Look-alikes.
		"I got an email at work about it.",
		"Send it to my gmail please.",
		"I'm at home at five on Sunday.",
		"We were at lunch, so dot your i's later.",
		"What's your email address?",
		"It grows at the rate of five percent a year.",
		"We billed at the rate we agreed on.",
		"That's the whole answer, full stop.",
		"Can you double check the address for me?",
		"My email changed when I left my job at yahoo.",
		"I checked my email at work at gmail headquarters.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// User names and handles said on a call: see TestFind_WebAddressesAsSaidOnCalls.
func TestFind_UsernamesAsSaidOnCalls(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My username is [USERNAME jsmith85] okay.",
		"My user name is [USERNAME j smith eighty five] okay.",
		"The user ID is [USERNAME jsmith underscore two] okay.",
		"My login is [USERNAME mary dot jones] okay.",
		"My handle is [USERNAME at sunny underscore days] okay.",
		"My screen name is [USERNAME darkknight77] okay.",
		"My gamertag is [USERNAME shadow wolf ninety nine] okay.",
		"The username is [USERNAME j underscore smith dot seven] okay.",
		"Log in as [USERNAME admin underscore jane] please.",
		"User ID [USERNAME jsmith12] okay.",
		"My user ID is [USERNAME j s m i t h one two] okay.",
		"username: [USERNAME jsmith_85] okay.",
		"My login is [USERNAME b o b b y seven] okay.",
		"Screen name [USERNAME rocket dash man] okay.",
		"My username is [USERNAME capital k lee ninety] okay.",
		"Follow us at [USERNAME @bluefinch_shop] for deals.",
		"My handle on twitter is [USERNAME sunny underscore days] okay.",
		"My account name is [USERNAME kline underscore home] okay.",
		"The login name is [USERNAME r patel two] okay.",
		// Look-alikes.
		"What's your username?",
		"I forgot my username, can you reset it?",
		"The login page is down again.",
		"My user ID doesn't work.",
		"Handle it carefully please.",
		"My username is the same as before.",
		"We can handle that for you today.",
		"Please handle the refund by Friday.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
