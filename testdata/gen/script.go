package main

// The example calls. Every name, number and address is fictional: phone
// numbers are in the 555-0100..0199 range reserved for fiction, card numbers
// are the card networks' published test numbers (Luhn-valid, never issued),
// e-mail domains are example.com/.org/.net (RFC 2606) and the SSN is in the
// 987-65-4320..4329 range reserved for advertising.

// spelled turns "two zero two," into one token per spoken word, the way
// Whisper sometimes writes digit-by-digit speech.
func spelled(text string) []token { return words(text) }

func calls() []*call {
	cs := []*call{call1(), call2(), call3(), call4(), call5()}
	for _, c := range cs {
		c.number()
	}
	return cs
}

// call1: bank card replacement; 8 kHz mono 16-bit PCM WAV; Whisper JSON.
func call1() *call {
	return &call{
		Name: "call1", Ext: "wav", Rate: 8000, Enc: encPCM16,
		Summary:     "bank, lost card: 8 kHz mono 16-bit PCM WAV",
		Transcript:  kindWhisper,
		Voices:      [2]voice{{Name: "en-us+m3", Speed: 220, Pitch: 45, Gain: 1.0}, {Name: "en-us+f2", Speed: 270, Pitch: 55, Gain: 0.85}},
		Seed:        1,
		NumberStyle: "phone as spelled-out digit words (\" Two\", \" zero\", \" two,\", ...), card as four numeral groups, e-mail as one token",
		Turns: []turn{
			say(agent, "Northwind Bank, this is", pii("PERSON", "Daniel."), "How can I help?"),
			say(customer, "I lost my credit card."),
			say(agent, "Your full name, please?"),
			say(customer, pii("PERSON", "Maria Gonzalez.")),
			say(agent, "And your phone number?"),
			say(customer, pii("PHONE", spelled("Two zero two, five five five, zero one four two."))),
			say(agent, "And the card number?"),
			say(customer, pii("CARD",
				w("4111", "four one one one,"), w("1111", "one one one one,"),
				w("1111", "one one one one,"), w("1111.", "one one one one"))),
			say(agent, "An email for the confirmation?"),
			say(customer, pii("EMAIL", w("maria.gonzalez@example.com.", "maria dot gonzalez at example dot com"))),
			say(agent, "Your new card ships today."),
		},
	}
}

// call2: mobile operator, failed payment; 8 kHz mono G.711 µ-law WAV; Whisper JSON.
func call2() *call {
	return &call{
		Name: "call2", Ext: "wav", Rate: 8000, Enc: encULaw,
		Summary:     "mobile operator, failed payment: 8 kHz mono G.711 µ-law WAV (format tag 7)",
		Transcript:  kindWhisper,
		Voices:      [2]voice{{Name: "en-us+f3", Speed: 240, Pitch: 60, Gain: 0.95}, {Name: "en-us+m1", Speed: 220, Pitch: 40, Gain: 1.0}},
		Seed:        2,
		NumberStyle: "phone as three numeral tokens (\" 415\" \" 555\" \" 0187.\"), date of birth as \" March 4th, 1985.\", e-mail spelled out in words",
		Turns: []turn{
			say(agent, "Bluewave Mobile, can I get your name?"),
			say(customer, pii("PERSON", "James Whitaker.")),
			say(agent, "And your date of birth?"),
			say(customer, pii("DOB", w("March", "march"), w("4th,", "fourth,"), w("1985.", "nineteen eighty five"))),
			say(agent, "The number you're calling about?"),
			say(customer, pii("PHONE", w("415", "four one five,"), w("555", "five five five,"), w("0187.", "zero one eight seven"))),
			say(agent, "Your payment failed. Which card should we use?"),
			say(customer, pii("CARD",
				w("5555", "five five five five,"), w("5555", "five five five five,"),
				w("5555", "five five five five,"), w("4444.", "four four four four"))),
			say(agent, "And an email for receipts?"),
			say(customer, pii("EMAIL", spelled("James dot whitaker at example dot org."))),
			say(agent, "All set, thanks."),
		},
	}
}

// call3: insurer, stereo call recording; 8 kHz two-channel 16-bit WAV,
// agent on channel 0, customer on channel 1; Deepgram multichannel JSON.
func call3() *call {
	return &call{
		Name: "call3", Ext: "wav", Rate: 8000, Enc: encPCM16, Stereo: true,
		Summary:     "insurer, payment by card: 8 kHz two-channel 16-bit PCM WAV, agent on channel 0, customer on channel 1",
		Transcript:  kindDeepgram,
		Voices:      [2]voice{{Name: "en-gb+f4", Speed: 210, Pitch: 55, Gain: 0.9}, {Name: "en-us+m4", Speed: 240, Pitch: 45, Gain: 1.0}},
		Seed:        3,
		NumberStyle: "Deepgram smart_format: policy number and phone as one numeral word each, card as four groups, e-mail as one word",
		Turns: []turn{
			say(agent, "Acme Insurance, this is", pii("PERSON", "Olivia."), "What's your policy number?"),
			say(customer, "It's", pii("ACCOUNT", w("77024419.", "seven seven zero two, four four one nine"))),
			say(agent, "Thank you. And your name?"),
			say(customer, pii("PERSON", "Priya Raman.")),
			say(agent, "A good callback number?"),
			say(customer, pii("PHONE", w("555-0163.", "five five five, zero one six three"))),
			say(agent, "Which card should we charge?"),
			say(customer, pii("CARD",
				w("4242", "four two four two,"), w("4242", "four two four two,"),
				w("4242", "four two four two,"), w("4242.", "four two four two"))),
			say(agent, "And your email?"),
			say(customer, pii("EMAIL", w("priya.raman@example.net.", "priya dot raman at example dot net"))),
			say(agent, "Thanks, you're all set."),
		},
	}
}

// call4: online shop order; 44.1 kHz mono MPEG-1 Layer III; Whisper JSON.
func call4() *call {
	return &call{
		Name: "call4", Ext: "mp3", Rate: 44100, Enc: encMP3, MP3Bitrate: 64,
		Summary:     "online shop, phone order: 44.1 kHz mono MP3 (MPEG-1 Layer III, 64 kbit/s CBR, LAME tag, ID3v2 and ID3v1 tags)",
		Transcript:  kindWhisper,
		Voices:      [2]voice{{Name: "en-us+m7", Speed: 220, Pitch: 50, Gain: 1.0}, {Name: "en-gb+f5", Speed: 210, Pitch: 60, Gain: 0.9}},
		Seed:        4,
		NumberStyle: "phone as one token (\" 555-0119.\"), card in Amex grouping as three tokens (\" 3782\" \" 822463\" \" 10005.\"), spelled surname as \" B-E-C-K-E-R.\"",
		Tags: []tag{
			{ID: "--tt", Value: "Inbound 555-0119 Tom Becker"},
			{ID: "--tc", Value: "order line, caller tom.becker@example.com"},
		},
		Turns: []turn{
			say(agent, "Lakeside Outdoor orders. Who am I speaking with?"),
			say(customer, "This is", pii("PERSON", "Tom Becker,"), pii("PERSON", w("B-E-C-K-E-R.", "b e c k e r"))),
			say(agent, "Best number to reach you?"),
			say(customer, pii("PHONE", w("555-0119.", "five five five, zero one one nine"))),
			say(agent, "And the card for the order?"),
			say(customer, pii("CARD", w("3782", "three seven eight two,"), w("822463", "eight two two four six three,"), w("10005.", "one zero zero zero five"))),
			say(agent, "Where should we email the receipt?"),
			say(customer, pii("EMAIL", w("tom.becker@example.com.", "tom dot becker at example dot com"))),
			say(agent, "Great, your order is confirmed."),
		},
	}
}

// call5: utility, moving house; 8 kHz mono G.711 A-law WAV with a LIST/INFO
// chunk holding the caller's number; Whisper JSON.
func call5() *call {
	return &call{
		Name: "call5", Ext: "wav", Rate: 8000, Enc: encALaw,
		Summary:     "utility, moving house: 8 kHz mono G.711 A-law WAV (format tag 6) with a LIST/INFO chunk holding caller metadata",
		Transcript:  kindWhisper,
		Voices:      [2]voice{{Name: "en-us+m2", Speed: 260, Pitch: 50, Gain: 1.0}, {Name: "en-us+f5", Speed: 260, Pitch: 55, Gain: 0.9}},
		Seed:        5,
		NumberStyle: "SSN and phone as one token each (\" 987-65-4321.\", \" 555-0176.\"), address numerals (\" 42\"), ZIP as \" 01103.\", card as four groups",
		Tags: []tag{
			{ID: "INAM", Value: "Inbound call Grace Okafor"},
			{ID: "ICMT", Value: "Caller ID 212-555-0176"},
			{ID: "ICRD", Value: "2026-03-14"},
		},
		Turns: []turn{
			say(agent, "City Power, how can I help?"),
			say(customer, pii("PERSON", "Grace Okafor,"), "I'm moving."),
			say(agent, "Your Social Security number?"),
			say(customer, pii("SSN", w("987-65-4321.", "nine eight seven, six five, four three two one"))),
			say(agent, "The new address?"),
			say(customer, pii("ADDRESS", w("42", "forty two"), "Elm Street, Springfield,"), pii("ZIP", w("01103.", "zero one one zero three"))),
			say(agent, "A phone number?"),
			say(customer, pii("PHONE", w("555-0176.", "five five five, zero one seven six"))),
			say(agent, "A card for the deposit?"),
			say(customer, pii("CARD",
				w("4012", "four zero one two,"), w("8888", "eight eight eight eight,"),
				w("8888", "eight eight eight eight,"), w("1881.", "one eight eight one"))),
			say(agent, "And your email?"),
			say(customer, pii("EMAIL", w("grace.okafor@example.org.", "grace dot okafor at example dot org"))),
			say(agent, "Thanks, that's all."),
		},
	}
}
