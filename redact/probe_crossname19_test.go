package redact_test

import "testing"

// crossname19Probe is speech written in session 17, before any miss of an
// evaluation set was read, for a third party named by surname alone or by
// a full name with no cue, where what tells a listener it is a person is
// elsewhere in the same call: the name said once with a title or a first
// name and later bare, two names joined by "and", a possessive, a verb of
// what people do, a lowercase title ("mr", "senator", "general"). The
// calls are an office manager and a deputy, a campaign aide and a
// candidate, a parent and a grown child, two officials, a landlord and a
// tenant. Cases with no markup are look-alikes said the same ways:
// surnames that are English words used as words ("a young man", "the
// white house", "bush"), places ("talked to moscow", "paris says"),
// months, teams, firms and agencies. Each case is a call (A on channel 0,
// C on channel 1), scored cased and lowercase by scoreProbeCases.
var crossname19Probe = [][]string{
	// Said once with a cue, later bare.
	{"A: [PERSON Mr. Threlkeld] phoned about the lease.", "C: What did [PERSON Threlkeld] want?"},
	{"A: Senator [PERSON Abernathy] is on the line.", "C: Tell [PERSON Abernathy] I'll call back at four."},
	{"C: General [PERSON Okafor] landed an hour ago.", "A: Has [PERSON Okafor] seen the report yet?"},
	{"A: I met with Ambassador [PERSON Strzelecki] this morning.", "C: And [PERSON Strzelecki] agreed to the text?"},
	{"C: [PERSON Dr. Venkataraman] sent the results.", "A: Good, [PERSON Venkataraman] is always quick."},
	{"A: My landlord, [PERSON Pemberton,] raised the rent.", "C: [PERSON Pemberton] can't do that mid-lease."},
	{"C: Our new neighbor is named [PERSON Kowalczyk.]", "A: Is [PERSON Kowalczyk] the one with the dog?"},
	{"A: [PERSON Mrs. Achterberg] dropped off the keys.", "C: Did [PERSON Achterberg] leave a note?"},
	{"C: Governor [PERSON Delacroix] wants a call.", "A: [PERSON Delacroix] always wants a call."},
	{"A: [PERSON Professor Ilunga] reviewed the draft.", "C: What did [PERSON Ilunga] think of chapter two?"},
	{"C: Secretary [PERSON Haverkamp] will see you tomorrow.", "A: Fine, I'll bring [PERSON Haverkamp] the figures."},
	{"A: Judge [PERSON Morrissette] denied the motion.", "C: That's typical of [PERSON Morrissette.]"},
	{"C: I spoke to [PERSON Mr. Brown] at the bank.", "A: Did [PERSON Brown] approve the loan?"},
	{"A: Senator [PERSON Young] called twice.", "C: What does [PERSON Young] want now?"},
	{"C: [PERSON Mr. Rice] is the new principal.", "A: I heard [PERSON Rice] is strict."},
	{"A: Colonel [PERSON Thibodeaux] is running the exercise.", "C: Then [PERSON Thibodeaux] will want the maps."},
	// A first name earlier in the call, the surname later.
	{"A: [PERSON Marguerite Fennimore] is joining the board.", "C: [PERSON Fennimore] from the hospital?"},
	{"C: I had lunch with [PERSON Dariusz Wrobel.]", "A: How is [PERSON Wrobel] doing these days?"},
	{"A: [PERSON Ngozi Eze] took over the budget.", "C: Good, [PERSON Eze] knows the numbers."},
	{"C: You remember [PERSON Tobias Lindgren?]", "A: Of course, [PERSON Lindgren] was at the wedding."},
	{"A: The deputy is [PERSON Rosalind Quarrie.]", "C: Has [PERSON Quarrie] started yet?"},
	{"C: [PERSON Hector Villalobos] is retiring.", "A: I'll miss [PERSON Villalobos.]"},
	{"A: I saw [PERSON Imogen Castellano] at the gym.", "C: [PERSON Castellano] goes every day."},
	{"C: They picked [PERSON Augustin Mbarga] for the job.", "A: [PERSON Mbarga] deserves it."},
	// The subject of what a person does.
	{"A: [PERSON Gruszka] thinks we should wait a week."},
	{"C: [PERSON Featherstonhaugh] told me the vote is Tuesday."},
	{"A: I'm afraid [PERSON Ostrowski] won't agree to that."},
	{"C: [PERSON Adebayo] promised to send the contract."},
	{"A: Apparently [PERSON Castellanos] resigned on Friday."},
	{"C: [PERSON Nakashima] is flying in tonight."},
	{"A: [PERSON Worthington] said no to the whole thing."},
	{"C: I think [PERSON Prokopenko] is bluffing."},
	{"A: [PERSON Lindahl] wants the papers by noon."},
	{"C: Last night [PERSON Obuya] phoned me at home."},
	{"A: [PERSON Tremblay] hasn't answered my letter."},
	{"C: Maybe [PERSON Szabo] can explain it."},
	{"A: [PERSON Ferreira] keeps changing his mind."},
	{"C: [PERSON Hargreaves] was furious about the leak."},
	{"A: [PERSON Kuznetsov] agreed to meet on neutral ground."},
	{"C: [PERSON Mwangi] doesn't trust the committee."},
	// The object of talking, meeting and asking.
	{"A: I'll talk to [PERSON Brezinski] tonight."},
	{"C: Have you heard from [PERSON Ogunleye?]"},
	{"A: We need to get [PERSON Salazar] on board."},
	{"C: I had a long talk with [PERSON Drummond] yesterday."},
	{"A: Why don't you ring [PERSON Petrakis] yourself?"},
	{"C: Somebody has to tell [PERSON Whitfield.]"},
	{"A: I can't reach [PERSON Oyelowo] anywhere."},
	{"C: Put the question to [PERSON Halloran] directly."},
	{"A: You should check with [PERSON Mukherjee] first."},
	{"C: I'd rather not cross [PERSON Vandermeer.]"},
	{"A: Give [PERSON Rasmussen] my best."},
	{"C: We're having dinner with [PERSON Kowalski] on Saturday."},
	// Joined by "and".
	{"A: [PERSON Dunmore] and [PERSON Ashcroft] are both against it."},
	{"C: You and [PERSON Pellegrini] should sort it out."},
	{"A: It's between [PERSON Oduya] and [PERSON Marchetti] now."},
	{"C: [PERSON Radcliffe] and I go back twenty years."},
	{"A: I invited [PERSON Sorensen] and [PERSON Adeyemi] to the lunch."},
	{"C: Both [PERSON Yablonski] and [PERSON Fairweather] signed it."},
	{"A: Neither [PERSON Koenig] nor [PERSON Abara] showed up."},
	{"C: [PERSON Lachance,] [PERSON Ibsen] and [PERSON Moreau] are on the panel."},
	// Possessives.
	{"A: [PERSON Gallagher's] people are calling every hour."},
	{"C: I don't like [PERSON Tanaka's] plan at all."},
	{"A: That was [PERSON Okonjo's] idea from the start."},
	{"C: [PERSON Hollister's] wife is in the hospital."},
	{"A: We'll use [PERSON Bergstrom's] draft as the base."},
	{"C: Is that [PERSON Albrecht's] car out front?"},
	// Full names with no cue.
	{"A: I ran into [PERSON Siobhan Gallagher] at the station."},
	{"C: [PERSON Rafael Quintero] will chair the session."},
	{"A: Did you see what [PERSON Elspeth Crowther] wrote?"},
	{"C: They're sending [PERSON Anatoly Rudenko] to the talks."},
	{"A: I've known [PERSON Desmond Achebe] since school."},
	{"C: [PERSON Ingrid Solberg] and [PERSON Pavel Horak] disagree."},
	{"A: Ask [PERSON Chidi Okeke] about the shipment."},
	{"C: My cousin married [PERSON Lorenzo Bianchi.]"},
	{"A: The letter is from [PERSON Harriet Ashdown.]"},
	{"C: [PERSON Yevgeny Sokolov] is in town next week."},
	// Lowercase titles.
	{"A: [PERSON Mr. Haldane] is waiting in the lobby."},
	{"C: I spoke with Senator [PERSON Whitcombe] about the bill."},
	{"A: Tell General [PERSON Abiodun] the plane is ready."},
	{"C: [PERSON Mrs. Fitzwilliam] called about her rent."},
	{"A: Ambassador [PERSON Tsvetkov] asked for a meeting."},
	{"C: Congressman [PERSON Dellinger] is holding it up."},
	{"A: I'll fax it to Minister [PERSON Ouattara.]"},
	{"C: [PERSON Dr. Kaplanski] moved her office."},
	{"A: Father [PERSON Donnelly] will say the mass."},
	{"C: Coach [PERSON Brankovic] benched him again."},
	// Longer calls where the name recurs.
	{"A: Did you hear from [PERSON Mortimer?]", "C: No, but [PERSON Mortimer's] secretary called.", "A: Then [PERSON Mortimer] is stalling."},
	{"C: [PERSON Mr. Oyinlola] wants to sell.", "A: How much is [PERSON Oyinlola] asking?", "C: [PERSON Oyinlola] didn't say."},
	{"A: I'll bring [PERSON Esterhazy] in on this.", "C: Is [PERSON Esterhazy] any good?"},
	{"C: [PERSON Philippa Drayton] rang.", "A: What did she say?", "C: [PERSON Drayton] says the deal is off."},
	{"A: Senator [PERSON Carrow] voted against us.", "C: I'll call [PERSON Carrow] myself."},
	{"C: I'm seeing [PERSON Bertrand Lemaire] at noon.", "A: Tell [PERSON Lemaire] we need an answer."},
	{"A: [PERSON Wojciechowski] is the holdout.", "C: Then I'll work on [PERSON Wojciechowski.]"},
	{"C: [PERSON Mr. King] is our lawyer.", "A: Has [PERSON King] read the contract?"},
	{"A: My sister married a [PERSON Whitlock.]", "C: Which [PERSON Whitlock?]"},
	{"C: General [PERSON Hill] disagrees.", "A: What does [PERSON Hill] suggest then?"},
	// More subjects and objects.
	{"A: [PERSON Abramowitz] is behind the whole thing."},
	{"C: Honestly [PERSON Cavanagh] never listens."},
	{"A: Let [PERSON Mbeki] handle the press."},
	{"C: I saw [PERSON Rostova] on the news."},
	{"A: [PERSON Fenwick] can't make the meeting."},
	{"C: I'm worried about [PERSON Ekwueme.]"},
	{"A: [PERSON Lundqvist] already knows."},
	{"C: We owe [PERSON Szymanski] a favor."},
	{"A: If [PERSON Gallardo] calls, I'm out."},
	{"C: [PERSON Oberholzer] will chair the session."},
	{"A: I trust [PERSON Mahlangu] completely."},
	{"C: [PERSON Vukovic] signed the lease yesterday."},

	// Look-alikes: surnames that are English words, used as words.
	{"A: A young man came by about the car."},
	{"C: The white house on the corner is for sale."},
	{"A: Put the brown box in the garage."},
	{"C: That rice was overcooked."},
	{"A: The hill behind the school is steep."},
	{"C: Cut the bush back before winter."},
	{"A: We drove the ford up to the lake."},
	{"C: The king of the hill game ran late."},
	{"A: He's young and he'll learn."},
	{"C: The wood is too wet to burn."},
	{"A: I'd like my coffee black and strong."},
	{"C: Buy some rice and beans on the way home."},
	{"A: The baker said the bread is sold out."},
	{"C: Ask the carpenter to fix the door."},
	{"A: The green one is cheaper than the gray."},
	{"C: She said the price is fair."},
	{"A: The cook and the waiter both quit."},
	{"C: The miller family moved away years ago."},
	{"A: The hunter season opens in October."},
	{"C: A little bird told me."},
	// Places.
	{"A: I talked to Moscow this morning about the visas."},
	{"C: Paris says the shipment left on time."},
	{"A: Washington wants an answer by Friday."},
	{"C: We heard from Cairo last night."},
	{"A: London and Berlin are both against it."},
	{"C: Tell Tokyo we need the figures."},
	{"A: Beijing won't agree to that."},
	{"C: Georgia and Alabama voted no."},
	{"A: Jordan wants more aid."},
	{"C: Israel and Egypt signed the accord."},
	{"A: Chicago thinks the numbers are wrong."},
	{"C: I'm flying to Denver on Monday."},
	// Months and days.
	{"A: March is always busy for us."},
	{"C: We'll close the deal in May."},
	{"A: June and July are booked solid."},
	{"C: August was a disaster."},
	{"A: Monday and Tuesday are out."},
	{"C: Sunday's game was rained out."},
	// Teams, firms, agencies and departments.
	{"A: Legal says the contract is fine."},
	{"C: Finance wants the report on Monday."},
	{"A: I called Verizon about the bill."},
	{"C: The Yankees and the Mets both lost."},
	{"A: Boeing delayed the delivery again."},
	{"C: The Pentagon won't comment."},
	{"A: State and Defense disagree on this."},
	{"C: Ask accounting for the invoice."},
	{"A: The Senate passed it last night."},
	{"C: Congress and the White House are at odds."},
	{"A: Treasury is against the plan."},
	{"C: Marketing and sales need to talk."},
	// Titles and roles with no name.
	{"A: The senator wants a meeting."},
	{"C: The general is on his way."},
	{"A: The president called twice."},
	{"C: The secretary said no."},
	{"A: Mister, you dropped your glove."},
	{"C: The ambassador and the minister met at noon."},
	{"A: The doctor will see you now."},
	{"C: Our landlord won't fix the heat."},
	{"A: The chairman and the board disagree."},
	{"C: My boss said I can leave early."},
}

// TestFind_Crossname19Probe measures Find on crossname19Probe, cased and
// lowercase, and holds the figures reached. Before crossname19's rules
// (names_cross19b.go) PERSON was cased 143/152 and lowercase 134/152, with
// 3 and 2 unmarked words flagged of 995; after, 143/152 and 135/152, with
// 3 and 2 (the rules were kept for what they did on real speech, see
// names_cross19b.go; the probe's forms were mostly found already).
// REDACT_PROBE_VERBOSE=1 lists every miss and extra finding.
func TestFind_Crossname19Probe(t *testing.T) {
	checkNameProbe(t, func(lower bool) lowerProbeScore { return scoreProbeCases(t, crossname19Probe, lower) },
		map[bool]nameProbeFloor{false: {0.94, 3}, true: {0.88, 2}})
}
