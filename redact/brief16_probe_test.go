package redact_test

import (
	"strings"
	"testing"
)

// brief16Probe is public talk written in session 14 before any case of
// set16 was read: press conferences and gaggles (A: the briefer, C: a
// reporter), news interviews, council and board meetings and customer
// calls that name public figures and third persons: titles before names
// ("Senator Warren", "the Secretary of State Kerry"), surnames alone as
// subject or object, names as modifiers ("the Obama administration"),
// possessives, full names of many origins and vocatives at a turn's edge
// ("Go ahead, Peter", "thanks Josh"). [PERSON ...] marks the name only (a
// title before it is neither PERSON nor a false positive); [HN ...] marks
// a look-alike that names no one here: laws, buildings, bases and ships
// named after people, titles with no name, places, agencies, months.
var brief16Probe = [][]string{
	{ // a briefing: reporters by first name
		"A: Good afternoon. Let me start with the schedule and then take questions. Go ahead, [PERSON Peter].",
		"C: Thanks. Does the President still plan to meet Speaker [PERSON Pelosi] this week?",
		"A: He does. They talked yesterday and they will talk again on [HN Thursday].",
		"C: And what did he make of Senator [PERSON Warren's] letter?",
		"A: I have not seen it myself. Yes, [PERSON Margaret].",
		"C: Will Secretary [PERSON Blinken] travel to [HN Jordan] after the summit?",
		"A: That is the plan. [PERSON Josh], go ahead.",
		"C: Thanks, [PERSON Jen]. On the budget, has [PERSON McConnell] agreed to a date?",
		"A: You'd have to ask Leader [PERSON McConnell]. Next question. [PERSON Kristen].",
	},
	{
		"A: [PERSON Ed], you had one?",
		"C: I did. Governor [PERSON Whitmer's] plan would cost the state more than the bill here, right?",
		"A: I'd refer you to [PERSON Whitmer's] office on their numbers.",
		"C: And Prime Minister [PERSON Modi] arrives when?",
		"A: Tuesday evening. The President will host him at the residence. [PERSON April], go ahead.",
		"C: Thank you. Has the President spoken with [PERSON Netanyahu] since the strike?",
		"A: He spoke with [PERSON Netanyahu] on [HN Sunday], and with President [PERSON Abbas] the day after.",
		"C: Did he raise the settlements?",
		"A: He did. Thanks, [PERSON April].",
	},
	{
		"C: [PERSON Jay], to what extent was the White House involved in the talks?",
		"A: Closely. The chief of staff, [PERSON Denis McDonough], was on the phone all weekend.",
		"C: Did [PERSON Boehner] call back?",
		"A: We talked to [PERSON Boehner] twice on [HN Friday].",
		"C: When [PERSON Netanyahu] said he would speak to the Congress, were you surprised?",
		"A: I think [PERSON Bibi] has been clear about his views for a long time.",
		"C: One more. Is [PERSON Hillary Clinton] going to campaign with him?",
		"A: I'll leave that to Secretary [PERSON Clinton's] team.",
	},
	{
		"C: On the [PERSON Obama] administration's record on drones, how do you answer the critics?",
		"A: The record speaks for itself.",
		"C: The [PERSON Clinton] emails came up again today. Any comment?",
		"A: None from this podium.",
		"C: What about the [PERSON Bush] tax cuts, will they be extended?",
		"A: Not for the top bracket. Go ahead, [PERSON Chip].",
		"C: Is this a [PERSON Romney] ad you are answering?",
		"A: We are answering the facts. [PERSON Major], last one.",
	},
	{
		"C: Did Chancellor [PERSON Merkel] raise the trade issue with the President?",
		"A: She did, and President [PERSON Hollande] joined them by phone.",
		"C: And [PERSON Putin]? Has [PERSON Putin] responded?",
		"A: Not yet. Secretary of State [PERSON Kerry] will see [PERSON Lavrov] in [HN Geneva].",
		"C: Is [PERSON Kerry] bringing a new offer?",
		"A: I won't get ahead of [PERSON John Kerry] on that.",
	},
	{
		"C: [PERSON Robert], does the President agree with [PERSON Ben Bernanke] on rates?",
		"A: The President respects the independence of the Fed.",
		"C: And [PERSON Geithner's] testimony tomorrow?",
		"A: [PERSON Tim] will speak for himself. [PERSON Steve], go ahead.",
		"C: Thank you. General [PERSON Petraeus] said the surge was working. Does the President agree?",
		"A: He has full confidence in General [PERSON Petraeus] and in Admiral [PERSON Mullen].",
	},
	{
		"C: Yes, thanks. Can you say whether [PERSON Osama bin Laden] was the target?",
		"A: I can't get into targets.",
		"C: And [PERSON Bashar al-Assad]? Does the President still say [PERSON Assad] must go?",
		"A: Our view of [PERSON Assad] has not changed.",
		"C: What did President [PERSON Rouhani] tell him on the call?",
		"A: I'll let [PERSON Rouhani's] office describe their side. [PERSON Nedra]?",
		"C: On a different topic, has [PERSON Zardari] been invited?",
		"A: President [PERSON Zardari] will be here next month.",
	},
	{ // a news interview
		"A: Joining us now is the mayor of the city, [PERSON Lorena Castillo]. Mayor, welcome.",
		"C: Thank you for having me, [PERSON Dan].",
		"A: Mayor [PERSON Castillo], the council voted against your plan last night.",
		"C: Councilman [PERSON Okafor] and I disagree on the timing, not the goal.",
		"A: [PERSON Okafor] says the money is not there.",
		"C: With respect to [PERSON Ike Okafor], the money is in the budget.",
		"A: Mayor, thank you. Back to you, [PERSON Sheila].",
	},
	{
		"A: My guest is Congresswoman [PERSON Pramila Jayapal]. Thanks for coming in.",
		"C: Glad to be here.",
		"A: Did you talk to [PERSON Schumer] before the vote?",
		"C: I talked to his staff, and to Senator [PERSON Sanders].",
		"A: And what did [PERSON Bernie] say?",
		"C: [PERSON Bernie] was supportive, as he always is.",
		"A: Congresswoman, thank you.",
	},
	{ // a council meeting
		"A: The chair recognises Councilmember [PERSON Huang].",
		"C: Thank you, Madam Chair. I want to thank [PERSON Marisol Vega] from the parks department for her work.",
		"A: Thank you, Councilmember. Commissioner [PERSON Adeyemi], you're next.",
		"C: I second what [PERSON Huang] said. And [PERSON Vega's] report should go to the board.",
		"A: Noted. The clerk will call the roll. Councilmember [PERSON Petrakis]?",
		"C: Aye.",
		"A: Councilmember [PERSON Lindqvist]?",
		"C: Aye. And thanks to [PERSON Tom], who drafted the motion.",
	},
	{ // a board meeting
		"A: Let's begin. [PERSON Rahul], can you walk us through the numbers?",
		"C: Sure. As [PERSON Greta] mentioned last quarter, revenue is up.",
		"A: Did Dr. [PERSON Oyelaran] sign off on the audit?",
		"C: She did. And the [PERSON Whitfield] account renewed.",
		"A: Good. [PERSON Harriet Blackwood], any questions from you?",
		"C: None, thanks [PERSON Rahul].",
	},
	{ // customer calls naming third persons
		"A: Thanks for calling. Who am I speaking with?",
		"C: This is [PERSON Carmen Ibarra]. I'm calling about my father's account, [PERSON Hector Ibarra].",
		"A: Okay, and is Mr. [PERSON Ibarra] on the line with you?",
		"C: No, he's at the hospital. Doctor [PERSON Feinberg] said he'd be there a week.",
		"A: I'm sorry to hear that. I'll note it for [PERSON Ibarra's] file.",
	},
	{
		"C: Last week I spoke with someone named [PERSON Desmond].",
		"A: [PERSON Desmond] is on our team, yes.",
		"C: He said Ms. [PERSON Kowalczyk] would call me back and she never did.",
		"A: I'll send [PERSON Kowalczyk] a message now.",
	},
	{ // a gaggle: lowercase vocatives at the edges of turns
		"A: Okay, yeah [PERSON Jim].",
		"C: The Prime Minister said on television that the deal is done.",
		"A: I'd say the deal is close. Go ahead [PERSON Peter].",
		"C: Thanks [PERSON Josh]. Is [PERSON Kushner] going on the trip?",
		"A: He is, along with [PERSON Ivanka]. [PERSON Julie], go ahead.",
		"C: What did the Speaker say about the shutdown?",
		"A: The Speaker and the President talked for an hour. Yes [PERSON Mara].",
		"C: [PERSON Karine], one more on the vaccine.",
		"A: Sure, [PERSON Zeke].",
	},
	{
		"C: Does President [PERSON Erdogan] get a call this week?",
		"A: Yes, and the Vice President will call [PERSON Zelensky].",
		"C: And [PERSON Macron]?",
		"A: [PERSON Emmanuel Macron] and the President spoke on [HN Monday].",
		"C: Has Prime Minister [PERSON Kishida] accepted?",
		"A: He has. Thanks, [PERSON Toluse].",
		"C: Thank you, [PERSON Karine].",
	},
	{
		"C: [PERSON Olivier] asked earlier about Minister [PERSON Abadi's] trip. Is it on?",
		"A: [PERSON Abadi] arrives [HN Tuesday]. The Vice President hosts the lunch.",
		"C: And Senator [PERSON Corker's] hearing?",
		"A: I'd let [PERSON Corker] speak for the committee.",
		"C: And Senator [PERSON Graham]?",
		"A: [PERSON Lindsey Graham] has his own views, as you know.",
	},
	{ // negatives: laws and buildings named after people, titles alone
		"C: Will the President sign [HN Dodd-Frank] changes if they reach his desk?",
		"A: He will not sign anything that guts [HN Dodd-Frank].",
		"C: And the [HN Glass-Steagall] idea?",
		"A: The President thinks the [HN Volcker] Rule covers that.",
		"C: Is the summit still at [HN Camp David]?",
		"A: It is at [HN Camp David] on the weekend.",
		"C: The President said he would visit [HN Fort Hood] after the shooting.",
		"A: He will, and then go to [HN Walter Reed] to see the wounded.",
	},
	{
		"C: The President said yesterday that the Secretary would go.",
		"A: The Secretary is going, yes.",
		"C: And the Speaker?",
		"A: The Speaker has been invited.",
		"C: Was the event in the [HN Roosevelt] Room?",
		"A: In the [HN Roosevelt] Room, then a lunch in the [HN Lincoln] Memorial area.",
		"C: Does [HN Obamacare] survive the ruling?",
		"A: The Affordable Care Act is the law of the land.",
	},
	{
		"C: What about [HN Georgia] and [HN Washington] state, the two governors asked for aid.",
		"A: Both requests are with the agency.",
		"C: And troops in [HN Jordan]?",
		"A: About two thousand, as the Pentagon said.",
		"C: Will the carrier [HN Ronald Reagan] move closer?",
		"A: The [HN USS Ronald Reagan] is where it needs to be.",
		"C: And the ship named after [PERSON Harvey Milk]?",
		"A: I don't have anything on that.",
	},
	{
		"C: Is the [HN Kennedy] Center event still on?",
		"A: It is. The President will speak at the [HN Kennedy] Center on the [HN fourth].",
		"C: And the [HN Washington] Monument reopening?",
		"A: That's the Park Service.",
		"C: Did the [HN Jackson-Vanik] repeal pass?",
		"A: The Senate passed it this morning.",
		"C: What about [HN Simpson-Bowles]?",
		"A: The President has said the [HN Simpson-Bowles] framework was a good start.",
	},
	{
		"C: In [HN April] you said the bill would pass by [HN May].",
		"A: [HN May] I answer that by saying it passed in [HN June]?",
		"C: Fair. And the [HN Magnitsky] Act sanctions?",
		"A: Treasury will announce them.",
		"C: The [HN Martin Luther King] Day event, will the President speak?",
		"A: He will speak at the memorial.",
		"C: And [HN Christmas] plans?",
		"A: [HN Hawaii], as usual.",
	},
	{
		"C: I hope you'll let me follow up on the bill, will the House take it up?",
		"A: The House will mark up the bill next week. I'd ask the majority leader.",
		"C: How much is in it for [HN Detroit]?",
		"A: About two billion, and more for [HN Flint].",
		"C: And [HN Virginia]?",
		"A: [HN Virginia] and [HN Maryland] will get their share.",
	},
	{ // customer calls: look-alikes that name no one
		"A: Thanks for calling, how can I help?",
		"C: I'm calling about the [HN Lincoln] I leased from you.",
		"A: Sure, is that the [HN Lincoln] Navigator?",
		"C: Yes. I'm down in [HN Austin] now, near [HN Fort Worth].",
		"A: Okay, the closest dealer is on [HN Jefferson] Avenue.",
		"C: Great, and is it open on [HN Saturday]?",
		"A: Yes, nine to five.",
	},
	{
		"C: Hi, I'm calling from the [HN Franklin] County clerk's office.",
		"A: What can I do for you?",
		"C: We need the forms for the [HN Carter] Center grant.",
		"A: I'll send them to the [HN Madison] office.",
		"C: Thank you, and happy [HN Presidents] Day.",
	},
}

func TestFind_Brief16Probe(t *testing.T) {
	titles := map[string]bool{}
	for _, w := range strings.Fields("mr mrs ms dr doctor senator secretary governor president prime minister speaker leader general admiral mayor councilman councilwoman councilmember congresswoman congressman commissioner chancellor state of the vice") {
		titles[w] = true
	}
	floors := map[bool]probeFloor{false: {113, 5, 2}, true: {103, 1, 1}} // (main: 100, 16, 10 and 83, 9, 9)
	for _, lower := range []bool{false, true} {
		checkProbeTitles(t, brief16Probe, lower, floors[lower], titles)
	}
}
