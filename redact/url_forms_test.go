package redact_test

import "testing"

// Web addresses, handles and emails in the forms the standards allow,
// said or written as people give them (issue 15), with the look-alikes
// that are not addresses beside them.
func TestFind_URLForms(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// DNS labels may hold runs of dashes; read out as "dash dash".
		"The mirror is [URL q dot r dash dash s dot de] for now.",
		"Point it at [URL pine dash dash oak dot io] tonight.",
		// Internationalised labels (RFC 3492's "xn--"), spelled or said.
		"The shop is [URL x n dash dash d one a c j dot x n dash dash p one a i] now.",
		"It is [URL xn dash dash bcher dash kva dot example dot com] I think.",
		// A query read out: "question mark" key "equals" value, "and" more pairs.
		"Open [URL shop dot example dot com slash search question mark q equals boots and page equals two] please.",
		// Written: registered schemes other than http, and an IPv6 literal host.
		"Clone [URL ssh://git@example.com:2222/repo.git] first.",
		"The dashboard is [URL https://[2001:db8::1]:8443/status] today.",
		"Files are on [URL sftp://files.example.net/in] as before.",
		// Credentials and a port read out (RFC 3986's userinfo "@" host ":" port).
		"Yeah [URL admin colon hunter at router dot example dot net colon eight four four three] works.",
		// A country registry's second level: "co dot uk", "com dot au".
		"Visit [URL w w w dot acme dash tools dot co dot uk slash help] please.",
		"It's [URL www dot surf dot com dot au] mate.",
		// A machine on someone's network: special-use names (RFC 6762).
		"It's set to [URL base dash stage dash box dot local] now.",
		// Look-alikes: none of these is an address.
		"We did a dot test of it, see example dot test.",
		"The mailserver.local box is down, so the local dot local.",
		"The call was at ten colon thirty at the office.",
		"Then dot dot dot we waited and waited.",
		"Slash the price by half, dash off a note.",
		"I attached report.pdf and notes.txt to the ticket.",
		"We run version v2.3.1 on the server.",
		"The link htp://foobar.com bounced and rdar://1234 is a bug id.",
		"It said https://[not-an-address]/x when it broke.",
		"Is it dot com? question mark means we don't know.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// Handles given on the networks and code hosts people name: the name of
// the service is the cue, as "username" is.
func TestFind_HandleAfterAServiceName(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My github is [USERNAME octo underscore cat] thanks.",
		"Find me on tiktok, it's [USERNAME dance queen seven] okay.",
		"My gitlab username is [USERNAME rio dash dev] yes.",
		// "@" said as "at" before the handle.
		"Follow me on instagram at [USERNAME sunny dash days ninety nine] okay.",
		"Contact me on skype [USERNAME kai dot lenz] two times a week.",
		"I'm on twitter at [USERNAME jay underscore k] thanks.",
		// The handle before the service it is on.
		"Hi, I'm [USERNAME rob.tanaka_7] on skype.",
		"Reach me at [USERNAME lena dash k dot art] on instagram.",
		// The service named with no handle: nothing to redact.
		"We talked yesterday on skype and I'm always on reddit.",
		"I'm available at nine thirty on skype.",
		"We met on instagram at the party.",
		"I saw it on reddit at work.",
		"I posted it on reddit yesterday and got replies.",
		"She streams on twitch every night.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// Emails written with an address literal for a domain (RFC 5321), plus
// tags and subdomains; a bare IP after "@" is what validators reject.
func TestFind_EmailForms(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Write to [EMAIL ops@[192.0.2.7]] for the lab.",
		"It's [EMAIL rina+bills@mail.eu.example.co.uk] thanks.",
		// A quoted local part with a space (RFC 5321's Quoted-string).
		"Send it to [EMAIL \"mira van dijk\"@example.nl] please.",
		"He said \"hi there\" and wrote to [EMAIL x@example.org] after.",
		"The form rejects email@127.0.0.1 and x@[999.1.1.1] as invalid.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
