package main

import (
	"fmt"
	"strconv"
	"strings"
)

// negative adds an exchange containing a hard negative: words that look
// like personal data but are not.
func (g *gen) negative(c *conv) {
	r := g.r
	switch r.IntN(16) {
	case 14: // capitalised places and businesses that look like name pairs
		switch r.IntN(3) {
		case 0:
			c.cust(P(pick(r, []string{"I bought it at the", "The charge says"})), N("proper-noun", pick(r, []string{"Best Buy", "Home Depot", "Taco Bell", "Dollar General"})), P(pick(r, []string{"store, if that matters.", "on my statement."})))
		case 1:
			c.cust(P("I used to bank with"), N("proper-noun", pick(r, []string{"Wells Fargo", "Chase", "Capital One"})), P(", I think."))
		default:
			c.cust(P(pick(r, []string{"We just moved from", "My daughter lives in"})), N("proper-noun", pick(r, []string{"Grand Rapids", "Green Bay", "Long Beach", "Palm Springs", "Salt Lake City", "Kansas City", "Little Rock"})), P("."))
		}
	case 15: // waiting times and counts in complaints
		c.cust(P("I've been on hold for"), N("quantity", pick(r, []string{"45 minutes", "forty five minutes", "over an hour", "two hours", "like twenty minutes"})), P("already."))
	case 0: // price, spoken
		a, b := 10+r.IntN(89), 10+r.IntN(89)
		price := strings.Join(append(numberWords(a), numberWords(b)...), " ")
		c.agent(P("The plan is"), N("price", price), P("a month."))
	case 1: // price, written
		c.cust(P("It says I owe"), N("price", fmt.Sprintf("$%d.%02d", 5+r.IntN(300), r.IntN(100))), P("but I already paid."))
	case 2: // price, dollars
		c.agent(P("There's a fee of"), N("price", strings.Join(numberWords(20+r.IntN(180)), " ")+" dollars"), P("if you cancel early."))
	case 3: // quantities
		q := pick(r, []string{"three items", "two boxes", "one of them", "four of the five", "a couple of them", "six months", "twelve payments"})
		c.cust(P("I ordered"), N("quantity", q), P("and only got part of it."))
	case 4: // "number one"
		c.cust(P("Honestly, the"), N("quantity", "number one"), P("problem is the dropped calls."))
	case 5: // times
		tm := pick(r, []string{"at 10 am", "two thirty", "around 3:45", "eight o'clock", "at nine thirty", "at 4:15 pm", "in fifteen minutes"})
		c.agent(P("A technician can come tomorrow"), N("time", tm), P(". Does that work?"))
	case 6: // years without a DOB cue
		y := pick(r, []string{"back in 2019", "since 2015", "in twenty twenty", "since two thousand eight", "in 2021"})
		c.cust(P("I've been a customer"), N("year", y), P(", and this never happened before."))
	case 7: // percentages
		pc := pick(r, []string{"20%", "fifteen percent", "4.5 percent", "a hundred percent", "ten percent"})
		c.agent(P("You qualify for"), N("percent", pc), P("off your next bill."))
	case 8: // version numbers
		v := pick(r, []string{"version 2.4.1", "iOS 17", "version three point two", "Windows 11", "firmware 5.0.3"})
		c.cust(P("The app is on"), N("version", v), P("if that matters."))
	case 9: // short reference numbers without an account cue
		ref := pick(r, []string{"ticket 4521", "option 3", "press two", "aisle 7", "room 214", "step four", "page 12", "model 3200"})
		c.agent(P("Okay, that's"), N("short-reference", ref), P("."))
	case 10: // dates that are not dates of birth
		_, m, d := g.birthDate()
		date := pick(r, []string{
			months[m] + " " + strings.Join(ordinalWords(d), " "),
			"the " + strings.Join(ordinalWords(d), " ") + " of " + months[m],
			months[m] + " " + ordinalNumeral(d),
		})
		c.agent(P(pick(r, []string{"Your next payment is due on", "The package should arrive by", "The promotion ends on"})), N("date", date), P("."))
	case 11: // common words that are also names, in ordinary use
		s := pick(r, []string{
			"Will|that work for you?", "May|I place you on a brief hold?", "I|hope|that helps.",
			"Let me pull up the|bill|.", "I'll|mark|it as resolved.", "It's been a|long|time.",
			"The|summer|promotion ended.", "There's a|grace|period of ten days.", "Do you want the|white|one or the|brown|one?",
			"I|will|send it today.", "To be|frank|, I'm not happy.", "The|young|guy at the store said so.",
			"The|rose|gold case is back-ordered.", "The|king|size bed was on the order.",
		})
		g.nameWordSentence(c, s)
	case 12: // cue words followed by ordinary words
		s := pick(r, []string{
			"I'm|calling|about the charge.", "I'm|not|sure what happened.", "This is|ridiculous|, honestly.",
			"Can I speak with|a supervisor|?", "I want to ask for|a refund|.", "My name is|on the account|too.",
			"This is|about|the order from last week.", "I'm|sorry|, could you repeat that?",
		})
		g.nameWordSentence(c, s)
	default: // counts near numbers
		n := 2 + r.IntN(8)
		c.cust(P("I called"), N("quantity", strconv.Itoa(n)+" times"), P("and waited an hour each time."))
	}
}

// nameWordSentence splits s at '|': odd pieces are the hard negatives.
func (g *gen) nameWordSentence(c *conv, s string) {
	parts := strings.Split(s, "|")
	var segs []segment
	for i, p := range parts {
		if strings.TrimSpace(p) == "" {
			continue
		}
		if i%2 == 1 {
			kind := "name-word"
			if strings.Contains(s, "I'm|") || strings.Contains(s, "This is|") || strings.Contains(s, "with|") || strings.Contains(s, "for|") || strings.Contains(s, "name is|") {
				kind = "cue-trap"
			}
			segs = append(segs, N(kind, p))
		} else {
			segs = append(segs, P(p))
		}
	}
	if g.r.IntN(2) == 0 {
		c.agent(segs...)
	} else {
		c.cust(segs...)
	}
}

// chatter adds ordinary talk with no personal data.
func (g *gen) chatter(c *conv) {
	lines := [][3]string{ // who speaks first ("A" agent, "C" customer), then the two lines
		{"A", "Okay, give me one moment while I look into that.", "Sure, no problem."},
		{"A", "I see what happened here. It looks like the payment was applied twice.", "Oh, okay. So can you fix that?"},
		{"A", "Bear with me, the system is a little slow today.", "That's fine, take your time."},
		{"A", "Alright, I've put in a request to have that reversed.", "Great, how long does that usually take?"},
		{"A", "It should show up on your statement within a few business days.", "Okay. And I don't need to do anything else?"},
		{"A", "Can you hear me okay?", "Yeah, you're a little quiet but I can hear you."},
		{"A", "I'm going to transfer you to our billing department, they can help with that.", "Okay, um, will I have to explain everything again?"},
		{"A", "I've updated that on the account for you.", "Perfect, thank you."},
		{"C", "So, like, the thing is, I never got the email they said they sent.", "Let me resend that for you right now."},
		{"C", "Can I just pay the minimum this month?", "Yes, you can pay the minimum now and the rest by the next due date."},
		{"C", "Why did my bill go up by like ten dollars?", "Let me take a look. It looks like a promotional discount ended."},
		{"C", "Sorry, my dog is barking, give me one second.", "No worries, take your time."},
		{"C", "Do I need to bring the old equipment back to a store?", "You can drop it at any store or mail it back with the prepaid label."},
		{"A", "Sorry, you broke up there for a second.", "I said I never signed up for the premium plan."},
		{"A", "Do you still have the old modem?", "Uh, I think so, it's in the closet somewhere."},
		{"A", "Okay, and is this still the best way to reach you?", "Yes, that's still good."},
		{"A", "Have you tried restarting the router?", "Yeah, like three times. It didn't help."},
		{"A", "I can see the outage in your area was fixed this morning.", "Well, it's still not working on my end."},
		{"A", "Would you like me to set up automatic payments?", "No, I'd rather pay it myself every month."},
		{"A", "I'll send you a text with a link to the survey.", "Okay, sure."},
		{"A", "Let me check with my supervisor real quick.", "Okay, I'll hold."},
		{"A", "Are you calling from the number we have on file?", "Yes, same phone."},
		{"A", "The new card should arrive in seven to ten business days.", "Okay, and can I still use the old one until then?"},
		{"A", "I do see a late fee on the last statement.", "Can you waive it? I've never been late before."},
		{"A", "I went ahead and waived that fee as a one time courtesy.", "Oh, thank you, I really appreciate it."},
		{"A", "Is the light on the front of the box green or orange?", "It's blinking orange, I think."},
		{"A", "Do you want the paper statement or the electronic one?", "Electronic is fine."},
		{"A", "We also have a Summer Saver plan if you're interested.", "Uh, maybe later. Not right now."},
		{"A", "Mark the box on the form that says change of address.", "Okay, got it."},
		{"A", "Bill pay should be back up by Monday.", "Alright. I'll try again Monday then."},
		{"A", "Your order shipped from our warehouse in Grand Rapids on Tuesday.", "Okay, and it's coming UPS?"},
		{"A", "I hear you, and I'm sorry for the trouble.", "It's okay, it's not your fault."},
		{"A", "Can you spell that for me?", "Sorry, I meant the store, not my name."},
		{"A", "So, um, I'm just going to read you a short disclosure.", "Okay, go ahead."},
		{"A", "This call may be recorded for quality and training purposes.", "That's fine."},
		{"A", "We're open Monday through Friday, eight to six.", "Okay, good to know."},
	}
	l := pick(g.r, lines)
	if l[0] == "A" {
		c.agent(P(l[1]))
		c.cust(P(l[2]))
	} else {
		c.cust(P(l[1]))
		c.agent(P(l[2]))
	}
}
