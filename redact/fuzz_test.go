package redact_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/internal/racedetect"
	"github.com/callveil/callveil/internal/testtools"
	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// fuzzTranscript builds a transcript from arbitrary text: words split on
// white space (at most 4000), channels and times drawn from seed. Times are
// non-decreasing per channel, as the transcript contract says, but may
// overlap, touch, or have zero length.
func fuzzTranscript(text string, seed uint64, channels uint8) *transcript.Transcript {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	nch := int(channels%3) + 1
	tr := &transcript.Transcript{Channels: nch, Approximate: seed%7 == 0}
	at := make([]time.Duration, nch)
	for i, f := range strings.Fields(text) {
		if i >= 4000 {
			break
		}
		c := rng.IntN(nch)
		at[c] += time.Duration(rng.IntN(600)) * time.Millisecond
		d := time.Duration(rng.IntN(500)) * time.Millisecond
		text, punct := f, ""
		// A field of one punctuation mark becomes a word with no text, as
		// a library caller's transcript may hold.
		if k := strings.LastIndexAny(f, ",.?!"); k >= 0 && k == len(f)-1 {
			text, punct = f[:k], f[k:]
		}
		spk := ""
		if seed%3 == 1 {
			// Diarised: speakers change within a channel too, so the
			// answers to questions and turn changes are exercised.
			spk = []string{"spk_0", "spk_1"}[rng.IntN(2)]
		}
		tr.Words = append(tr.Words, transcript.Word{Text: text, Punct: punct, Channel: c, Speaker: spk,
			Start: at[c], End: at[c] + d, Approximate: rng.IntN(10) == 0, Confidence: -1})
		at[c] += d
	}
	return tr
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"my number is five five five, uh, one two three four five six seven extension 42",
		"x n dash dash dash p one a i dot x n dash dash dot a dash dash dash slash q question mark k equals and equals ssh://[::1 https://[2001:db8::1]:8443/ my github is dash dash",
		"wire half to Sierra Leone and Hong Kong São Paulo, Brazil moved to Georgia Helsinki who should the wire go to? oh it goes to thandeka sixty bucks from my checking to Rose. yes, to rose, she's my cousin the payment with ifeoma V as in Victor okoro o as in oscar a ticket from John Miller Jomo Kenyatta International Airport nomvula dlamini emailed me the payee is oleksandr Dr. Hana K. Wolski doctor hana a wolski marcus king junior all the best, Hope, customer care x a",
		"you're through to harrison I believe it was J. Tomasz Wrobel shrikanth s narayanan no it's my mother's account, R. Sekar. It's Ioana Pop. yeah just marlowe hello carol please write i think it was kofi b asante sure it's t okonkwo a payment to Lakeland Community Bank referred by Char Huff And Associates Realty Delmar Whitcombe Center Hope Foundation e C. D. Glin 10 S. Dearborn, Chicago 225 west randolph rm 27b April of 87 the savings account of amy",
		"Card 4111 1111 1111 1111 expiration 12/25 CVV 123, social 123-45-6789.",
		"my name is John Smith spelled j o h n s m i t h and my email is john dot smith at gmail dot com",
		"dub dub dub bluefinch dotcom h t t p s colon double slash w. w. w. acme dot calm forward slash f a q it's z e n o dot c o m a dot com company",
		"b i double l double u double o seven double at the rate gmail full stop com at the rate of full stop. j as in juliet as in at gmail, email jsmith at gmail my job at yahoo john.smith@gmail @bluefinch_shop @ @_ @gmail.com",
		"handle it carefully screen name rocket dash man I log in with jsmith85 usually logging in as logged in as usual sign in with google user ID jsmith12 double",
		"I live at 123 Main Street apartment 4B, Springfield, Illinois 62704, date of birth March third nineteen eighty five",
		"oh oh oh double triple hundred thousand and and twenty first o o o a i a",
		"last four last four 4 four plus four zip 9 0 2 1 0 - - -- @ at dot dot com",
		"this is Will. Mr. Dr. St. my name is. I'm i'm this is spelled spelled",
		"A: And the service address? C: Sure, Lindenauer Straße 27, 04177 Leipzig. Am Rosenpl. 6, Tomanova 318/4, 3/48 Gully Road, 11-12 Hill Lane, Calle Olmo 31 via email 2 days, Maria Calle 5 minutes, hauptstrasse, gade 9 brigade 3 rua",
		"where should we send it sure c de la 1/ 9999/99999a 100, 104 am an den 12c x. str. pl. gata 5-4 0-9 nørre vold gade fourteen a",
		"C: Flat 18, Da Vinci House, 44 Saffron Hill, C. de Ruiz de Alarcón, 23, Aleja 29 Listopada 11, HCR 62 Box 17, Valdemarsgade 42 4 t.v., flat 2 orwell house 8 t v LE11 1BT Lorenzo DE ZOVELA, 1126, 22715",
		"$12.50 50% 10:30 2.3.1 3/3/85 1985-03-03 +1-555-123-4567 (555) 123-4567 555.123.4567 ab12345 4b 21st",
		"the iban is DE89 3704 0044 0532 0130 00 member id B M 6 8 account number 1 2 3 4",
		"my pin is four four one two routing number 021000021 passport c zero three medicare 1EG4-TE5-MK73 license d4512",
		"password is bluebird42 username j smith underscore eighty four security question what city? Ludhiana",
		"ip one nine two dot one six eight dot one dot twenty 192.168.1.20 fe80::1 www.example.com/x example dash shop dot com slash orders slash",
		"can I get your name? yes, it's Rohan Iyer. thank you Rohan. the name on the policy imogen achterberg",
		"Card services, Radek. Tendai from Lumen Bank here hi tendai add Irenke Sörös as a beneficiary Costa Rica jaroslav novotny n o v o t n y username root password capital t tulip 2024 login snoop, pw x: cminh1. dunmore bakery dot com forward slash a bit dot l y www.google.con a@b..com",
		"four one one one you know one one one one hold on let me see one one one one let me see you know hold on",
		"My mother's maiden name is Kowalczyk, K as in kilo, O, W, A, L, C, Z, Y, K. It's spelled k o w-a-l c z y k as in kilo as in. my member id is s s n 1234 over at Maria Mendoza's house Victoria to",
		"last four are eight hundred twelve that's zero eight one two? yes at sign at sign dot dot grandpa joe at sign comcast dot net",
		"And the PIN on the account? um I think it's 3368. hold on it's on the check. no rush. okay 0 1 1 0 0 0 0 1 5 expiration and security code? 12/28, and 940",
		"w w w dot sew and so fabrics dot com slash a at maple and finch dot com slash reset www dot dot dot com claims dot harbor mutual dot com",
		"the new one: 5520 3885 2501 9500 and the code? seven oh four the expiration date of the passport twenty thirty one not the password username",
		"WQP 8820 1173 n f dash four four dash one passport K48193027 license RT 554 812 hi ivy alright Mark, Leofric speaking this is joaquín what's",
		"date of birth May 13th, no, 12th, 1952. the fourth sorry the fifth of june eighty one nineteen seventy no seventy one birthday 1980. No, sorry, 1985 is when I moved the the fourth no the",
		"my pin is 90210 no wait that's my zip it's 7741 five thousand and fifteen sorry 5015 no wait five oh five oh repeat the last part 1906",
		"six one seven you know the boston one five five five oh one two six account number six six oh uh the one on top one two four four one",
		"f r nine two three one four four seven oh two oh one eight oh five sorry one sec five two oh nine three seven seven one eight four five",
		"medicare five k t three um was that a t? yes w e seven f h two nine ten dot oh dot oh dot fifty four i a dash 7 7 4 1 dash oh 2 9",
		"A: And the postcode? C: oh 0650. 70040-010 1012 AB CB3 0ND c b four three a x i the one that ends 9826 Avenida 5 de Outubro 120, Quadra 33 82, Avenue du Roi honestly mari ann kask at the front desk Yeah, Ingeborg said",
		"the three digits on the back? Oh, one, four. K P 1 9. Oh, the correct one nine oh two one oh, the expiry on that one? 4410 7729 03",
		"passport number? e two nine uh hold on the light's bad three three eight one seven four sorry that's a six yeah 8 4 and the booking? w 4 4 2 9 1 8 3 7",
		"email timur i eighty eight at mail dot com to bolaji a at homenet mail dot com what email? pop and ginny at sign x dot com anh vo period at gmail period com",
		"try the backup gateway at vpn two dot corp dash net dot com log into my router dot on fifth dot net username? bakery on fifth underscore admin a blue civic",
		"address? fourteen oh two uh you know bay court n four five six county road j 810 W. Fulton Market, Chicago, 60607 recipient's name x maarten van der hoek is that june hi june thanks grace the",
		"the twenty two oh nine twenty nineteen one the one the oh three eleven nineteen ninety eight one one the seven four one nine two two eight three one this 1 one",
		"a charge from Vu Telepresence billed by by charged by Maria Delgado invoice from from x debit from Bill a charge from",
		"referred by crain and feed legislative council hollis and grant family dental tom nowak last week at the credit union and and and bank",
		"the address? 784 Knowles Mall the the street 4 the green flat 98 r natasha fall psc 6293, Box 8158, APO AP unit 0822 box 8858 d p o a a 6556 106 rue x, apt. 409 suite two a thank you 1200 state route 9 post office box 12 that one doesn't pass",
		"his lic number is A230-279-135-866 my travel document is a one two state identification, my identification number is u nine four d as in david four one a as in apple one b as in boy 7 a",
		"xxx-xx-6789 ***-**-6789 XXXX-XXXX-XXXX-4412 x-x-1 --- xx-x--1234 •••-••-1234 ****4412",
		"postal code K1A 0B1 postcode s w one a one a a London SW1A 2AA 19 Ivy Ln #7 k 1 a 0 b 1 a a a a a a a a a",
		"my number is 800 555 2222 no that's the store's mine is 2234567890 mine's 5 the form rejects my number 078050000 a social w two w-2 my number 078 05 1123",
		"send money to Tendai's savings share my location with Jack, 880 Larkspur Lane # 14B. pine court three forty and harbor drive b two sorry the payment for is zhanibek request forty dollars from x all the best oksana t and the z i p three oh three one two okonkwo beatrice kind regards",
		"zip 30312-0457? the whole one. 30312-0457 s s n 412559017 i'll fix it go ahead it's 412559071 best meg c b x tim cook tim at apple dot com john j o h n share a location with virginia thirty eighty two marlow road one five oh nine nine a hesperian boulevard three a main road maria at corp dot io from ten dot one a at b dot co b at c dot io. Hunter signed it and crystal will join Chase approved and the contact person? bob stone bob dot stone at x dot com",
		"pick me up at 220 north la rambla tomorrow 6 Rue des Lilas, 69003, Lindenstraße 14, Via Garibaldi 27. 1 East 161 Street 1016-1098 North Center Court Street nine and a half elm street 9 1/2 Oak St share the location 1355 Broadway with Jacob, the corner of Delmar Avenue and 14th Street, cab corner of fifth and maple near 61 hollis keys is where 2217 Rua Augusta, apartamento 51, forty five san clemente drive b two zero zero are you",
		"one for two hundred forty nine ninety nine account due twenty twenty four eleven zero one 101 Main St. not 101 Main Straight? my ssn 123 45 6789 and the one on the joint account? 123456789 dob 03/15/1989 record it as 1989-03-15 hours. London office +44 20 7946 0958 plus one five five five seven seven seven eighty eight eighty eight mike dot ross at firm dot com mario@azienda.italia a@gmail.con email equals alice at example dot com",
		"User: thislibrary, pass: 1$d0P3!. user x pass one dollar d zero capital p three exclamation mark security question? Which one is it? The name of your first pet. Oh, Biscuit. the reset password u r l is example dot com slash reset slash password slash one two the numbers one one one two two two three three three four four four part number five five five one two three forty five sixty seven a okay",
		"what's the address and contact number? i q you why do you and i for the last sunday already. and the recipient's name? sure, grey's hollow way. what's the best number to reach you ~ uh yeah it's nine to five nine nine debut the phone number is poorly wheat you my phone's on version two. i don't know. one moment. are you calling from the number on file? yes where will you be heading i could go to eleven i do use",
		"where should the crew go? uh forty one ravenswood denver colorado round the back at two locations denver colorado RX-4410-22B T005-2333-100731-SW-2 808-412-3399-B Riverside Community Hospital PO Box 1200, Kx 40, Tulsa p o box eight eight one kx forty sure mc carthy helen the van john I-405 and Main Street, cedar prk and route nine millbrook alabama 2250 Harlow Avenue, S.E. Brightwater Plaza, road n e canterbury court k four four one nine two eight eight seven b x nine forty two c seven one one ninety one a six the code on the box is userid at intranet dot org the activation fee userid colon password at i- okafor amara surname first printed Lindqvist Maja, last name first last name first",
		"what's the address for the account? sure, 2210 copper kettle, dayton, ohio 45402 at B2210 Main, Ponce, Puerto Rico um fourteen ten s harlan # 2 sw. the plan is thirty six forty five every month i p address one one one one point one point one point one one hundred twenty invitations come what's the mailing address? lock box 5518 PO Bx 2290 h c r sixty two box seventeen b hwy contract route # 15B box",
		"what address should the statement go to? It's Mercy Regional Clinic, PO Box 4471, Tulsa. where should the driver pick you up at b twenty two ten lindell, near the bank. yes, ship it to Harbor Supply, PO Box 4471. it's been twelve days now. it's twelve new accounts, all billed together. take exit 4 North. it's $45.99 a month. Caller Box 3306, Abilene, Texas. P.O. Box 2287, Bozeman, no, sorry. nine grand avenue building two suite two a",
		"with doctor andrew else lawrence in maryland dr ruth see how to not m d dr hollis moved to maryland could you spell that sure it's be are oh double you en jay oh en ee ess what's your email amara okafor add gmail that com and your date of birth to seventeen nineteen eighty five august fifteen to nineteen sixty two what's the expiration of five thirty sure business name ~ lavender and june boutique where did it happen don't send money to it i _ i i huh _ shoot i two three three the phone number is poorly eighty three one six eight two two six my card number is four one for one six two two nine oh one",
		"which state issued the license? new jersey. what type of card? a visa. what's the mailing address? it's on file. the same as before. while you do that. great thank you. can i get your full name? oh it's a bit of a mouthful. and the payee? bill payment center. a long story. I saw Dr. Okafor. what's the pin? gate gate for two i guess it was the one i set up last year. my address is 12 and a half inches from the wall. where's it going? it goes to the back door. what address did it show? a wrong i p address",
		"can i get your full name please? yes it's van der hoek marijke. what's the name on the account? yes it's garza painting. and the name? mc de la s s s o o dot colon van van van van van",
		"call marisol remind Tobiah to text nkechi send a message to Chelsea meet with oduya call the bank email support call back on Monday what is John's last name elvis presley's birthday Lowe's phone number at Macy's St. Patrick's Day papa john's phone 's 's call",
		"hi there, this is honey at the returns desk this is Laurent Bigot with the billing team Hi, Bas here, I'm you're through to Sunday. what's this is urgent with the billing team hi everyone here this is with the thanks Sofia. who do I have on the line? yeah kipsang oyoo it should be under hailey suijker is",
		// (pii-names12: titles, a question's subject, a call given, a group joined, roles, family names)
		"send it to Mrs Okonjo i miss Jenny what does okonkwo do how old is beyonce is netflix down give oksana a ring add mirela to the guest list remove tomasz from the chat my landlord piet vermeulen your family name? haugland mr. dr",
		"any emails from priya tell me about gandhi pictures of rihanna the email address of radu let amara know pick up ngozi send tunde a message wish bukola a happy birthday talk to ravi chidi's address i'm from albany",
		"it's booked for lior ben david reserved for two put it under oyelaran and the full name on the booking okay so donagh fergus corrie who do i have on the line yeah wanjiku the name for the order is seojun song",
		"meet kasia a gift for ngozi the number for tomasz my conversation with lerato tunde's wife femi's flight elon musk's net worth the number for london",
		"no problem ilona just a moment got it Tuomas, one moment sure thing baraka bear with me lovely, Aoife, valentina gómez will pick it up no problem",
		"i'll have a mocha and the name for the order is seojun song",
		"is taylor swift married how tall is kevin hart the first movie of denzel washington the latest album by adele paid by visa",
		"lovely sushila and what's the postcode thanks so much aino have a good day cheers radka you're all set thank you very much",
		"the account is registered to kweku asante the card belongs to the company it's listed as pending the name on it is radka",
		"the parcel is for bishnu gurung the refund is for radka the card is for costco you're speaking with",
		"that was Rosalind's idea well dmitri's been testing and ingeborg's gonna send it at Macy's at St. Mary's hospital today's mail",
		"um rosalind suggested we start because Dmitri couldn't come maybe ingeborg should look Florence is lovely April was busy",
		"what is trump's approval rating my friend's wedding the king's birthday for my husband alma ring and the with evan parker send it call imelda back and 's",
		"four point seven two eight one nine three six point point one point oh point at that point five five five two one two four four one eight 3.14 point seven five twelve times three four five six seven eight equals four one four eight one three six 12 times 345678 equals 4148136 divided by by is equal to plus six two seven oh four plus one two three one page twelve forty one gate 22 gate twenty two fifty five line 5 flight number is seventeen thirty four press two Form Approved - OMB No. 0560-0155 o m b number zero five six zero zero one five five form, 44871203 section five oh one",
		// (session 10's repairs inside a value, word surnames before a clause, labels after a value)
		"the card number? 5375 3082, no, wait, 2803 5626 4964. date of birth? 1949, no, March 17th, 1948. it's jen, no, jennifer brown i always mix that up it's sharon hill it says",
		"six oh one one oh oh nine wait i mean oh oh oh nine nine oh one three nine four two four no no sorry no the twelfth of may i mean the eleventh of may nineteen ninety wait wait",
		"social? 412 55 9071, no, sorry, 9017. account 7730 2291 84, no, 85. zip nine oh two one one, sorry, one oh, no, 10 no 1 no",
		"julie dot brown thirty seven uh at aol dot com oh five that's the home number the ticket says t r seven five oh five okay so eleven twenty seven travelling from Kings Lynn how's the surname spelled whose name is the account under right heather gonzales",
		"and the service address sure one thousand woodlawn press two when you hear the tone sure p o box three seven zero zero two two your case reference is four eight two one three old number six highway ticket number four eight two one three room two twelve it's room 212 1.2345678E9 3e-7 4471E229",
		"I'm dean dot malmgren on skype okay press two when you hear the tone i'm dean.malmgren on skype, it's point seven five on skype dean dot malmgren on on skype on skype my twitter handle is joe_cool dot on skype",
		"my skype is joe dot cool press two when you hear the tone my skype is joe dot cool ticket four five two one account number six six oh uh your case reference is four eight two one three",
		"what's your member id it's on the form eight four seven two nine three six one five section five oh one four four eight seven one two zero three over twelve years now six two seven oh four plus one two three twelve times two is twenty four 14 Cherry Lane 22 from gate 22",
		"",
		"Use the Visa. The number with the country code is +238 221 1234. country code plus four four and then two oh seven nine dialling code thirty three one four two six eight five three oh oh plus",
		"Brooklyn, N.Y., 11216 Fayetteville, Ark., 72704 to Wash. 12000 d.c. zip 94105 plus 1234 hyphen 6789 plus 1250 dollars n.y",
		"the card expires at the end of march twenty twenty nine expiry month oh seven year thirty one expiration month is 13 and the year is month year the card is good until april twenty seven valid till 04/27 good until",
		"area code two oh and the number is seven nine four six oh nine five eight dialling code oh two oh my extension is 4421 the x one hundred seventy model x",
		// (pii-fixups12: an email address asked for, a count after a repair)
		"what's your email address? yeah it's care in most seventy hot male. my e-mail address is xx. the i p address? ten dot oh",
		"date of birth? July 9th, no, sorry, 2 kids. phone 312 555 0147, no, 0174, 2 of those. account 6620 1935 47, sorry, 74, 3 more",
		// (pii-places: world towns by their context, a region after a town)
		"greetings from Tarragona, Spain visiting Chelsea regina saskatchewan sent to Victoria, British Columbia from Rio de Janeiro, Florence,",
		"docs dot pinecone dot io slash start setup i think maple dot ca slash index dot html slash notes cite dash one okay my tweeter is pat underscore ruiz seventy seven i tweet as patruiz_7 slash",
		"odd dash email at north dot and dot south dot net ops at build dot local q dot r dash dot io pat;lee@x.org a@@b.com localhost colon three thousand on skype i'm lee dot okafor skype, i am x lee dot okafor on skype quill dot io slash four five six",
		"I rent from Brandt & Voss, a charge from Voss Hartmann LLP, I work at Jones Lang, Maria & Jose, calling from work, at Burke Ellison & x",
		"it refuses pat@north-.org after 9.am or 10:30.pm visit https://9.am 12.pm. it rejects @north.org info @north.org @x.y",
		// (review12a: an intro before a predicate word)
		"thanks, I'm back from Lisbon i am free from noon I'm Young from the fraud team i'm will from",
		"visiting Regina at the care home we flew Florence out visiting Kamloops flying Surabaya to",
		"okay i'll ask my wife orlando is where it shipped to and that's for my son savannah is the city",
		"415 555 0199, no, 0198 45. 646 555 0123, sorry, 0132 77, i think 0132, 2 phones 0198 3 more 0198 2 of",
		"a message from Jennifer a voicemail from regina the message from Surabaya i'll write from lisbon a text from",
		// (pii-dev1011: an account read back with no cue, a number to text)
		"my account number is 7304182659. got it, 7304182659? what number should we text? 312 440 um 7718 text you at",
		"w w w dot q u i l l dot z q slash f a q the site is kelp dot zq I found it on kelp.zq. brightside.qv/apply slash a dot pdf slash two dot",
		"which email? r o at quillworks dot q z thanks. email: d e v at h mail dot z q. at quillworks dot qz, I think",
		"and the postcode? n w one one um hang on. post code L S 6 2 and then, postcode c b three oh n x the n w one one",
		"it's 27 Mill Lane Histon, Histon. that's 52 girton road girton 9B Orchard Business Park Milton Road, twelve queen's parade mill lane thanks thanks",
		// (pii-speech12: names as people say them in a meeting, and terms named after people)
		"okonkwo couldn't come so could you send it please thandeka\nthandeka do you have it well okonkwo what do you think olga tesoro called okonkwo's gonna do it",
		"It's in Morse code. We used Mel Cepstra and a Markov model. Oh, this is German. Okonkwo? Which one? Linux.",
		"So, Rose kind of did it with Rebecca and Okonkwo. i think greg's greg's uh do you want to go okonkwo it's clear from greg that rebecca and gustavo did okay gustavo okay um gustavo i would",
		"So the upshot, Okonkwo, is that Thandeka's draft works. Thandeka couldn't come. Okonkwo and I checked Bill's, Bill's, uh, numbers. Fair enough, Rose. Priya, could you? i think greg's been busy. The Gaussian's variance, Matlab, and Monday's notes.",
		// (pii-radio13: an acknowledgement, radio-alphabet codes, designations, sky names, IBAN check digits)
		"Roger that. Roger, out. roger i have it Roger, Dana, go. Roger Whitcombe called. bay Victor 4, PWR Juliet, b charlie, Mike, Mike has it. Bianca 7 the star Vega and Deneb DE00370400440532013050",
		// (review12b: a shop's or a product's possessive, a shop after "from")
		"Hilton's app shows it. the camry's brakes, my Kia's warranty. I bought the jacket from Zara and they said no. ordered it from wendy and",
		"A: Where's it shipping from?\nC: Okotoks, I think.\nA: What city is that in?\nC: um tamsin i think\nA: Where did the form go?\nC: Tomasz, do you have it?",
		"And after that Vodafone said they would fix it. Carmax said they'd buy it back. i think marriott said they'd and then santander told them",
		// (pii-addr9: an address after "where should we send it?" with no speakers, a unit with no word,
		// a Polish street named by a date, a service road, a state's I written as an l)
		"where do we mail it? sure, 40 broadway, unit 12 it's sixty west broadway twelve hi eighteen maple avenue four look",
		"Aleja 3 Maja 21, ulica 11 listopada 2026 4100 Jericho Turnpike Service Road 77 Van Wyck Expwy SR 22 Main St SR",
		"14 N. Halsted, Chicago, lL 60607 boise ld 83702 Vortex lL 20000 chicago ll six oh six oh seven",
		"Where should we send it? Cra 18#63-64 B, Calle 26 # 68-35, Kr 9 #12-40 Sur Model 18#63-64 #-# 1#2-3-4#5",
		// (pii-names13: lowercase names after an acknowledgement, at a turn's end, before "i", as subjects)
		"okay frank we'll put it through right bill i can see it okay hope i got it that was helpful priya thanks for holding gustavo i have it maybe priya should call the bill i got a charge to morgan stanley twelve station road great shelford okay here's okafor's reply what's gustavo's view call this okafor's plan this bill's total",
		// (review12c: a radio word after a self-introduction; a call sign after "this is")
		"Hi, this is Roger, I'm calling. hi it's roger i need it It's Charlie, 555 0100. I am Victor 4 this is Bianca 7, over. is",
		"My son Oscar, 12, and Mike 2 times, Victor three four years, oscar,",
		// (pii-brands14: brands named like people, in a business's context and out of one)
		"The Hyatt app, Dell support, my adviser at Morgan Stanley, I bank with Chase. Okay, Alexa, play it. thank you for calling chase i rang halifax about the mortgage. Chase Miller called, thanks Chase, bye. the Carter account, my Chase account, sent to Walmartcom",
		// (pii-radio14: call signs known from the whole transcript, "roger" as the transcript says it,
		// sky names, a Roman numeral of a designation, a clause answering "who is this?", a cued name before a word)
		"Bianca 7 here, over. Thanks, Bianca. Weston Cap Com, go. Weston Tower. bianca seven weston cap com this is bianca seven the pump roger better now the hatch roger kim Head for Sirius, Aquarius VI. Who is this? I've got the parts. this is ken align stars vega and deneb houston cap com go ahead aquarius houston roger columbia on B. Roger. Merry Christmas",
		// (review14: names of the sky off the radio and a radio check; a name cued in the transcript outweighs
		// its radio evidence; "roger" answering a name question)
		"My boy Orion dropped it. Suhail, is there anything else? I talked to Aries at the front desk. my Sirius subscription. Radio check, how do you read? Loud and clear. We read you, over. turning towards Aries now.",
		"Who do I have? My name is Roger Pratt. Okay Roger, one second. Roger that. Who is calling? Roger. Tyler Moss. Thanks, your locker is Tyler 12. Thanks Roger, bye.",
		// (pii-lower14: a word name or a name of two letters found once, said again as a subject or with 's)
		"my name is bill novak and bill should call the phone bill is high my name is ed lee it's in ed's folder ed's",
		// (pii-lower14: a name after a clause ending on "it" or "there", a listed name before a verb in the past)
		"i'll fit them in there frank we got to it bill we're they struck it rich the values that um okonkwo calculated and gustavo took by that saturn gave",
		// (pii-lower14: a word name opening a turn before a question, a question's subject, the object of "tell")
		"the depot has it\nand jack could you send it frank do you is bill handling it has frank got it tell jack that has the bill got is art improving",
		// (pii-lower14: a listed name before "you" or "well"; a name before "here")
		"worth a look gustavo you might probably okonkwo well i good morning deke here that's hi frank here just the bill here here",
		// (pii-lower14: a word name before a verb in the past after a clause opens)
		"we wait until frank gets back i think jack mailed it and the bill arrived then rose sharply",
		// (pii-lower14: the same slots, cased and capitalised inside a sentence)
		"Is Frank handling it? We wait until Bill gets back. It helps you there, Jack, or not. Has the Bill got it? Frank gets paid.",
		// (pii-num14: Idaho's code before a ZIP code, an ID before a number)
		"Po Box 18, Nampa, ID 83651. my member ID 83651 pocatello i d eight three two oh one boise id",
		// (pii-num14: an interjection before a spoken house number)
		"what's the address on file oh nineteen oh two maple avenue oh oh one oh elm street oh",
		// (pii-num14: USPS shorthand for a street's type, a floor after it)
		"And the new address? It's 14 Laurel Gdns Fl 12, Tampa, FL 33602. fl fl 3 flr aly crk",
		// (pii-num14: an account read back in a phone's shape)
		"The account number is 16503287714. Okay, so 16503287714. my cell is 16503287714 so 16503287714",
		// (pii-num14: a value printed on the back of a card)
		"the member id on the back of your insurance card QH5520174 of of back of the front of card 1234",
		// (pii-num14: a type said first, its name after "of")
		"Ship it to 1180 Avenue of the Americas, New York. 20 avenue of the 4 boulevard of of the ave of",
		// (pii-num14: a street named by a date with its year)
		"Where should we send it? str. 27 August 1991 40, Balti. str twenty seven august nineteen ninety one forty b balti Strada 1 Decembrie 1918 14b",
		// (pii-slurp14: names in spoken commands: a first name that is a word where the name ends,
		// lists with "and", possessives without apostrophe, "the number of", "send X his", shops' possessives)
		"lunch with dale right away an email to sally regarding add bob and jo as attendees for monas wedding",
		"What is the number of Ifeoma? Send Zoltan his pass. Invite Tomasz and Ngozi and Bill and. Does Marco's deliver? At King's Park, at rob's place",
		"Did Savannah reply? has ifeoma texted look up gene in my contacts reply to frank's email send a tweet to belk Ann Arbor and call John Smith.",
		// (r2addr: a building named before a unit, a county road someone lives on)
		"I live at the Lakeview Towers, apartment 9C. i live in sunridge lofts unit thirty one the the towers unit she lives on county road forty eight on county road We live at Birch Road and 4th Street. ship it to willow lane and and",
		// (r2cmd: copying in, getting on the line, reaching out, a word name in its verb's frame, an initial)
		"cc radovan on it loop in oyelowo get me thaddeus on the line reach out to cosimo let hazel know wish ginger a happy email k okonkwo about",
		"Drop Kofi a line. Put me through to Grigor. Bring Anouk in on it. Follow up with D. Adebayo. ring rocky back put me through",
		// (r2names: a first name closing its sentence after a comma and a preposition; a town, a building there)
		"The refund has gone in, Bill. Just outside, Austin. The building is round the corner, near, Hazel. 40 dollars, Joe.",
		// (r2names: a name with "'s" after a contraction; a day, a month, a firm there)
		"What's Rod's quote? where's grace's card here's frank's note What's today's balance? Here's June's statement. What's Amazon's number? what's rod's",
		"Ed's trying to get the stuff out. Jo's been looking. Bill's gonna be higher. Macy's been closed.",
		// (r3review: loop in, get hold of, pay back; a verb of reaching or paying before a cased name)
		"Loop in Marisol on it. get hold of anatoli today pay ottoline back Cc Severin please. Venmo Lorcan the rent. get hold of the bank",
		"text bartholomew, grace, hope and li the code invite ottoline rose and yusuf call mike today and tomorrow",
		"Unit 6 explains how it works. suite 3 includes the exercises. I'm in unit 6 now. unit",
		// (pii-hvb15: a phone and a ZIP given in pieces over the agent's backchannel, read back in pieces)
		// (pii-hvb15: a ZIP code after the state past "and then", its first digit as a sound-alike)
		"12 oak street dover delaware and then 19904 4 pine street reno nevada to 9512 or 3703 texas for 1250 dollars",
		// (pii-hvb15: a street's name spelled after the address, the name said again before the letters)
		"it's nine ten birch avenue where birch is spelled b i r c h 81 quarry lane that's spelled q u a r r y",
		// (pii-hvb15: a short answer over a backchannel and a pause; a misheard first digit before pieces)
		// (pii-hvb15: a street type in the plural before a state and a ZIP code)
		"six eleven harbor streets bangor maine oh four four oh one there are 42 main streets in oregon 97301",
		"zip code 48110\nso that was for eight one one oh right\ni can do that for one more",
		"what was the zip again\nthree oh\nmhm\ntwo bee\nthanks\nmy phone number is free two one two five five\nokay\noh one nine nine",
		"what's your phone number\nit's four one five\nokay\nfive five five\nmhm\ntwo nine eight one\nfour one five\nyes\nfive five five two nine eight one\nzip code\nnine four\nokay\none one two",
		// (pii-fix15: shops named after people, a company's possessive, things sent, "the reason I called is")
		"We ate at Rosa's Deli. Marco's Pizza, luigi's deli. I booked through Railcorp's website. Is that Mike's Bikes? I rang Amtrak's office.",
		"email oskar bill and the receipt. Email Oskar, bill and the team. the reason i called is mark ups. The number you called is",
		// (pii-fix15: a machine's unit, a floor before its unit, grid numbers, a private mailbox, a named corner, an amount and a name)
		"Our tower, unit 3, is down. unit 4 keeps tripping. 12th floor, suite 1200, 88 Pine Street. floor 9 unit 904",
		"We're at W8765 Lakeview Drive. n4321 county road q W156N9762 Pilgrim Rd. an N95 mask. PMB number 77, private mailbox 19 pmb",
		"What's the address? Maple and Broad. it's elm and willow huh and he said. That's 40 dollars, Bill. It's $45, Jack. 30 degrees, Frank.",
		// (pii-radio15: a station named after a place, on the radio)
		"Radio check, how do you read? This is Clearwater. roger kano we have you. Gilbert Ashford. houston fred",
		// (pii-radio15: a first name that is a word, bare before a verb of its own)
		"Frank has the list. I think Cliff is down. After it, Rod takes over. jack says so. Bill is 40 dollars. The bill is",
		// (pii-radio15: the one a station's Cap Com calls, a sign-off, a call opening a turn)
		"Tern, Woolgar Cap Com, how do you read? lark dancer kiama cap com. Wayfarer out. Okay, Kiama, Wayfarer out. Tern, Kiama. Tern, Kiama, over.",
		"go ahead frank", "thanks jack", "thank you bill", // (pii-radio15: a word name closing a turn after an acknowledgement)
		"tessa three geraldton how do you read okay tessa we'd like", // (pii-radio15: a designation before a place station)
		// (review15: "Loud and clear." alone on a phone call, a common name signing off or answering who)
		"Can you hear me? Loud and clear. This is Savannah. Thanks, Savannah. Dave out. Siobhan, Dmitri. Jensen, Oyelaran.",
		"Greg's roofing blew off. dana's plumbing upstairs. My mum Jean's salon. Frank's Plumbing sent a man.",
		"Unit 12 lost power. unit 5 was broken into. unit 9 is still not responding to. The boiler, unit 2, lost pressure. Unit 6 keeps rebooting.",
		"is this will okay to sign is this bill okay to pay no worries fam hi is this frank",
		"send dan grant and the form forward lucy page and the minutes Okay, Okafor out. Tendai, Ngozi.",
		"Roger that. This is Savannah Brooks from accounts. Hi, Savannah. Roger. I have Denver Hill on the line.",
		// (radio16: radio letters after a lettering word, wilco, a tail number, a station's role, a boat's name, a radio unit)
		"Heavy smoke on side Charlie. Taxi via Golf and Bravo, information Mike. Wilco. Roger, will do. Tower, Mooney five five Papa Romeo, short final. Five five Papa Romeo, Tower, cleared. This is the yacht Anna Belle, over. Copy, unit 31, moving to Kilo 12, over. Sector Bravo, Crew 4.",
		"Tell Sully we're inbound. I'll have Rico bring the boat. Let Moose know. Would you have Buzz make sure. Tell Mom we'll be late, have Monday off.",
		"Copy. Tolliver, pull it straight. Okay, Fenwick, bring it over. Tower, hold short. Olly, send a tweet.",
		// (radio17: a console role, roger before a word's 's or "is" and a name, a caller after its callee)
		"Flight, Retro, go. Roger, fuel's in. roger is teodor on the cage. Osprey, Clearwater, over. Speedbird four one two, Ops, go ahead.",
		"any of summer's holidays so winter's storms so chuck's slides",
		"Your parcel comes on Friday. Roger that. Thanks, Denver. Roger. Thanks, Denver.",
		// (radiolower18: a lowercase listed name no English word after an acknowledgement, opening a turn, asked about)
		"okay tomasz grab the hose\nsvetlana copies\ncastillo brandt grab your tools\nwhat did sanjay run how's albrecht on the tires\nokay dusty we'll swap it stand by chip i'm counting\nwhy'd you stop see you soon",
		// (review15b: a preposition and a count after a number, a year after a state, a count answering a phone question)
		"the account is six six one two nine nine one eight for one. 14 Elm Street, Austin, Texas, for 2022 and twenty twenty three. Your phone? I have two. Okay. One for work, one at home.",
		"A callback number? Four one five, five five five. Okay. Ten thirty tomorrow works. 3 main streets over in Austin, Texas, 78704. It's 14 Elm Street, Austin, Texas, or 1500 dollars, to 2500 people.",
		// (pii-lower15: a name after a closing phrase; a relative named after "her"; a word name acting after a relative)
		"thanks will it looks good bill okay go ahead jack nice work tendai okay perfect rosa is this vikram that works for me frank okay",
		"this is her son luka my supervisor grace will call our cousin frank said my doctor bill was thank you kevin bye",
		"chuck's slides any of chuck's meetings the bill's charges bill's due Rusty's figures mark's slides",
		"is rose there hello is zbigniew available is rose in bloom Is Jack around? is the bill there",
		"a note for bogdan on the shift with oluwaseun yesterday from florence on to austin on to",
		"the jerzy approach a siddharth special the kalman filter the bill amount thanks summer that was",
		"Sounds good Frank, see you. Go ahead Rose. Great job Ifeanyichukwu, thanks. Thanks Verizon, bye.",
		// (pii-asr15: a digit heard as its sound-alike next to a number found, an ID's letters before it)
		"the account number is six six for to nine nine one ate ate member id b c d seven won four four to",
		// (pii-asr15: a long number asked for, a digit or two in it heard as words)
		"what's the card number\nfive two two one four four seven dice three three six six zero one two one nun six six six",
		// (pii-asr15: "to" after a number's cue heard as "two")
		"i will need your account number two set up the payments\nsure one why tree for free nine",
		// (pii-asr15: a card's expiry after the card, its question garbled)
		"card is five five five five three three three three two two two two one one one one\nx bye rate\noh ate twenty nine",
		// (pii-num15: a ZIP named after it, "ZIP+4", "for the zip", "zip on the account", a card group
		// said twice, a month then day and year as one number, a birth year then month and day)
		"46204 is our zip code. ZIP+4 is 73102-4411. For the zip, I have 46204. the zip on my account? four six two oh four",
		"card number 5264 1883 1883 0072 9145 March 14, 1986 is my date of birth. born 1955, January 30th",
		// (pii-num15: expiry in part, "runs out", "valid from ... thru"; CIDR, a port, "backslash",
		// a dotted path ending in a number, "log in as", a dotted handle after a service)
		"my card expires in march, it runs out in october twenty six, valid from 01/23 thru 01/28, end of 2029",
		"10.0.0.0/24 2001:db8::/48 portal.acme.com:8443/login acme dot com backslash help slash jane dot doe dot seven",
		"log in as mgarcia find me on Insta, @jane.doe.art @ana.lima on instagram @gmail.com",
		"mail dot acme dot org colon four four three slash inbox 10.1.2.3:8443",
		"Member ID? QR 6630418. So Q R 6 6 3 0 4 1 8, right? policy WD 884 2071 okay WD 884 2071",
		// (pii-refusal15: a stall, a statement of not having it, a question back, a count)
		"what's the card number\nhang on let me pull it up\nwhat's the account number\ni do not have it on me",
		"what's the phone number\nwhat did you say\nwhat's the number of guests\nfor two adults and two kids",
		// (person16: a role title, an unlisted opening subject, heard from or met, a clause said to the listener)
		"Pastor Oyelaran came. nurse aroha Ngaio thinks so heard from tariq meeting shanice wait is eero still show us the way bhaskara\nto get you up to date johno i was David, can we my sister-in-law rukhsana",
		// (names12dev: lowercase subjects after a clause opens, objects given or taken, questions, pairs, "'s" before a verb,
		// a name after a job or a kin title, hedged and "gonna" subjects, a first name before a surname; cased pairs)
		"i think tomasz still has it yeah ramesh broke it buy noor a card wait for sunita to join did kasia merge it takahashi and lindqvist are in " +
			"olumide and his brother are here so thandeka's moving and johno's already done it brian's kingsbury's work our designer ruud call uncle ray " +
			"so don sort of propagated it and don is gonna help the part of mark liberman svetlana it's me\nSzymanski and Obi are on call. So, Don sort of, um, propagated it.",
		// (review16: first names in a list, a number after an occasion, a nickname a verb takes, a boat named after
		// its owner, a family's home, a patient before a disease, a part of a business had call)
		"Hunter, Rose. same as last time 66120394 it turned sunny and I opened it. The sailboat Maureen is Maureen Doyle's. " +
			"at the Castillo's on Saturday, staying at the Castillo's near the park. Mrs. Abernathy's disease. have Support call me. The side Victor Okafor unlocks",
		// (hn16: holidays, "Name's Word", places of a kind, a brand's model, eponyms, a birthday's occurrence, a time reading)
		"closed on Martin Luther King Day and Columbus Day. St. Patrick's Day a Sam's Club card drove down to Myrtle Beach a Toyota Camry the Doppler effect Murphy's law her birthday every May ninth my birthday falls on this year, August second elapsed time 1234567 a Michael Kors bag paid at Marshall's yesterday a large Dr Pepper",
		// (addr16: a town alone after a street or a box, a road's shorthand, a house on a road said as a
		// place, a corner where someone lives or is, a one-letter direction in lowercase)
		"ship it to 31 Birchwood Lane, Albuquerque. PO Box 640, Tucson. The farm's at 9901 FM 2920. I live at Elm and 3rd. " +
			"i'm on the corner of lake street and 7th avenue it's 44 state route 17 south mahwah new jersey eighteen cedar ave w tacoma",
		"and the address on the account\neight rue de la croix rousse lyon\nand the billing address\nit's avenida d e mayo fourteen twenty",
		"My mom lives in lot 17 at Sunny Pines. we live in space nine at desert palms it's nine nine first st and that's in the valley Suite 5 is the big meeting room.",
		// (fix16names: a relative before a brand's lead; one roger on a call; a town opening with a first name;
		// an abbreviation with its period; a list of words; a nickname that is a word)
		"we ate at my uncle Marco's pizzeria", "Roger. One moment please, Camden.", "I'm calling from Beverly Hills.",
		"Okay. Exp. Dept.", "Which berths? Raven, Harbour.", "Stand by, Buzz. Buzz said so, and this is chip",
		// (hn17: a trade after a name, a business word before one, committees, dealers and family firms, an IP
		// read with "point" and no network word, address endings of peers' suites)
		"a notice from Dorsey Whitcomb Orthodontics. we stayed at Pension Greta. Citizens For Abernethy, Committee To Elect Moravec, Pipefitters Local 412",
		"the loaner came from haverkamp subaru. castellano and sons. it rejects k underscore four at two hundred three point sixty one point seventy seven point nine",
		"what ip does the router show? ten point four point one point two. It's 41 Dock St., Fl. 3. 7310 Willow Bend Ct Trlr 14. 2290 Hwy 31 W. twenty two hundred u s highway forty one south",
		"ship it to 2210 Larkspur Avenue, 48104. 2815 E Hwy 64 Ste 12. 415 Pine Ave. Bldg. 3 Ste 8. the driver is on route 9, about six stops out. we ate at trattoria da beppe",
		// (review17: a candidate voted for, friends of a person, a name before "local", "a" before a rank, a device before a point-read IP)
		"i voted for ada brill for mayor. friends of ada brill came. it's ada brill local 9. a Captain Morgan. the camera shows ten point one point one point two",
		"we ate at Captain B's. my accountant is Ada Brill CPA, she does it. so spotifly's charging me twice",
		// (fix16num: a count of values, "fine" before a value, a cue qualified by what it belongs to, a whole
		// value's sound-alike tail, an amount after a ZIP's first digits)
		"what's your phone number\ni have two\nthe zip code for the billing address please\nthat's fine two one two oh one",
		"the phone number associated with the account? 6175552341. the member id off your card? 62291044",
		"three one two five five five six nine one eight for one. zip code? nine oh.\nmhm\ntwo hundred.",
		"zip code?\njust two seconds\ntake your time\nnine four one one oh two to three days",
		// (phone18: sound-alikes in a cued run, a restart inside one number, an area code answered, pieces joined
		// by "and then" and said back, hundreds as groups, "your call" as a noun)
		"what's the best number\nit's ate oh won to three for five five six too\nthe number is three one two scratch that three one two eight eight four five five six oh\nand the area code\nit's two zero one",
		"and a daytime phone\nnine one seven and then four four two\nfour four two\noh one eight eight\nmy number is five one two six hundred fourteen hundred\nthe reason for your call\nuh huh",
		// (brief16: an office before a name, a name as a modifier, the floor given, a subject, a possessive,
		// particles, things named after people)
		// (telcon17: a surname in passing, the subject of a question, a surname opening a sentence, a name
		// opening a turn, peoples in the plural)
		"we saw pettigrew at the pharmacy. Has Ngcobo paid? is ostergaard coming tonight Whitlock will be there. no rosalie that's old The Canadians asked. I guess Tshabalala was there.",
		"Senator Warren, secretary of state kerry, the Speaker, Senator and Senator Okafor have the Obama administration a Peter King hearing Go ahead, Chip. thanks josh yes julianna Jay, to what extent Qaddafi could at Chip's question getting bin laden Bashar al-Assad Mitt Romney Camp David the Kennedy Center u s s george washington Martin Luther King Day",
		// (names16dev: a role before a name that is also a word, a lowercase name as a subject or an object)
		"Coach Wood says so. judge sharp runs it. Commissioner King will. the principal was there nakashima spoke. working with ngozi. say hi to nadia from apollo eight",
		"back to savannah's question. I take your point, Christie, and I think so. the talks failed qaddafi could prevail. senator cardin and senator corker have agreed",
		"Congress. Bush, who had it. I spoke to okafor who said so. The report from Sutherland is in. radio, Oyelowo was blaming them.",
		// (addr18: Publication 28's forms: a unit with no number, an office or a slip, a building before the street,
		// a drawer, a caller box, a contract route, a ship's FPO, a box with a letter, a numbered street with no type)
		"It's 903 Ridgeline Road, rear. 18 Kellerman Avenue, Office 12. the Linwood building, 75 Carver Street. P.O. Drawer 7781. " +
			"caller box 455. highway contract route two box ninety. USNS Tolland, FPO AE 09587. RR 3, Box 17C. I'm at 1010 East 14th.",
		// (hn18: a drink, a dish and a breed built like a name, a storm, an assistant with a device's talk, a brand spoken of as
		// they, a credential after a name)
		"Send Earl Grey up, and two Tom Collins. Uncle Sam takes half. The eggs Benedict were cold. A Jack Russell terrier barked. Hurricane Rita hit.",
		"is alexa on the wifi? okay alexa please open the garage. i phoned nordstrom and they said no. our dentist is ada brill dds on pine",
		"Dillard's didn't take it. Marshall's sent a rug. Honestly Moen beat Delta. Hang a right onto Jefferson. the shuttle goes down franklin. My bank, Chase, said no. The Camry's been stalling",
		// (surname18: a surname after a verb of contact or a preposition read with its verb, between two names, opening before a past verb)
		"page Wojtowicz now. we're waiting on ndlovu again. i ran it by sokolov. run it past Albrecht. i got fitzroy to come. Between Rush and Abrasimov. neither lisowski nor achterberg. Szczepanski fixed it. i'll have the cortado",
		// (crossname19: a surname after a bare preposition, a possessive of no list, each said again)
		"i got a long memo from haverkamp i think. not haverkamp again. we drove to heidelberg and back, it came from apollo eight",
		"the whole plan hangs on ndungutse's vote. i doubt ndungutse cares. i had lunch at louie's diner, check google's calendar",
		// (names20: a surname modifying a person's work or talk, an acronym and a hyphened word in its place)
		"the Gallagher proposal is dead. call gallagher. the donnelly meeting ran late. the WSAG meeting, the Three-Party thing",
		// (set18names: a family in the plural, a surname modifying a thing or kin of theirs, a cased possessive opening a sentence)
		"well the Jankowskis moved out. the - the mcallister job's late. the Thibodeaux girls came by. Kaczmarek's van won't start. the Germans bought it, the Packers lost",
		// (set18hn: a firm after a verb of contact, a brand as a subject, a city talked to, an acronym said as a word, peoples, a school)
		"I rang Raytheon twice. Novartis approved it. Maersk's crew came. talked to cincinnati, they can. the fema inspector. The Kurds and the Serbs. at Roosevelt Elementary. the old Boeings",
		// (factions19: peoples, faiths, parties and factions of one or two words where a person would be, and a person with a title)
		"on both the Croats and Serbs side, he said. The Khmer Rouge took it. the pathet lao want more. Hezbollah fired. the Mennonites came. Mr. Turk called.",
		// (droprecall19: a drink's phrase borne by a person, a relative named like a place, a place's name said to be kin, from a desk,
		// asked and then he or she, a title before a firm's name)
		"Our accountant Tom Collins filed it. my sister Georgia picks up mail. Memphis is my son. Austin from payroll emailed me. ask dallas, she knows. Mr. Wells signed. Dallas, can you hear me? thanks Georgia, I'll wait",
		// (addrpeer19: a machine's unit, a suite booked for a stay)
		"reset the pump unit B 2 now. the camera unit 7. we're in suite 512 for the wedding. unit 9 at the resort for one night. suite 20 during",
		// (review19: a town naming a gift after a giving verb, a city's office, an assistant, a place answered, a drug's price, a unit sent to)
		"I got my brother Paris tickets. London from head office emailed us. I asked Alexa and she said no. Which city? Austin, I think. wegovy's price went up. ship it to suite 9, for the weekend",
		"that was my brother Paris trip. the dining table was delivered to Greg's instead. it's for Jake Moreno's orchestra trip Is it the Hilton group booking?",
		// (svc19hn: a restaurant in the possessive with nothing owned after it, named before a shop word elsewhere; a resort, a band)
		"A table at Benedetto's for four, please. I like Ottavio's Bakery, I'll check out ottavio's thanks. the Whitcombe Lassiter resort. the Cody Ralston Band",
	} {
		f.Add(s, uint64(len(s)), uint8(len(s)))
		f.Add(s, uint64(len(s))*3+1, uint8(1)) // diarised, two channels
	}
	f.Fuzz(func(t *testing.T, text string, seed uint64, channels uint8) {
		tr := fuzzTranscript(text, seed, channels)
		p := redact.DefaultPolicy()
		p.AllChannels = seed%5 == 0
		p.Answers = redact.AnswerMode(seed % 3) // one (the default), off, all
		p.Pad = time.Duration(seed%400) * time.Millisecond
		if seed%4 == 3 {
			// A caller's recognizer, whose findings the rules after the
			// recognizers meet too: any type, on any words (fillers too).
			types := redact.AllTypes()
			p.Recognizers = []redact.Recognizer{strideRecognizer{types[int(seed>>8)%len(types)], int(seed>>16)%3 + 1}}
		}
		fs, err := redact.Find(tr, p)
		if err != nil {
			t.Fatalf("Find: %v", err)
		}
		last := map[int]int{}
		for i, f := range fs {
			if f.FirstWord < 0 || f.LastWord >= len(tr.Words) || f.FirstWord > f.LastWord {
				t.Fatalf("finding %d: words %d..%d of %d", i, f.FirstWord, f.LastWord, len(tr.Words))
			}
			if i > 0 && fs[i-1].FirstWord > f.FirstWord {
				t.Fatalf("findings not sorted at %d", i)
			}
			if l, ok := last[f.Channel]; ok && f.FirstWord <= l {
				t.Fatalf("findings overlap on channel %d at %d", f.Channel, i)
			}
			last[f.Channel] = f.LastWord
			if f.Score < 0 || f.Score > 1 {
				t.Fatalf("score %v", f.Score)
			}
		}
		var end time.Duration
		for _, w := range tr.Words {
			end = max(end, w.End)
		}
		spans := redact.Spans(tr, fs, p)
		prevEnd := map[int]time.Duration{}
		for i, s := range spans {
			if s.Start < 0 || s.End > end || s.Start > s.End {
				t.Fatalf("span %d [%v, %v) outside [0, %v]", i, s.Start, s.End, end)
			}
			if i > 0 && spans[i-1].Start > s.Start {
				t.Fatalf("spans not sorted at %d", i)
			}
			if pe, ok := prevEnd[s.Channel]; ok && s.Start < pe {
				t.Fatalf("spans overlap on channel %d at %d", s.Channel, i)
			}
			prevEnd[s.Channel] = s.End
			if p.AllChannels != (s.Channel == -1) {
				t.Fatalf("span %d channel %d with AllChannels %v", i, s.Channel, p.AllChannels)
			}
		}
		for _, r := range redact.Redactions(tr, fs, p) {
			if r.First < 0 || r.Last >= len(tr.Words) || r.First > r.Last {
				t.Fatalf("redaction %+v out of range", r)
			}
		}
	})
}

// strideRecognizer flags every run of n channel words as typ, fillers
// and punctuation words included, as a caller's recognizer may.
type strideRecognizer struct {
	typ redact.Type
	n   int
}

func (strideRecognizer) Name() string { return "stride" }

func (r strideRecognizer) Recognize(ts *redact.Tokens) []redact.Finding {
	var out []redact.Finding
	for w := 0; w+r.n <= len(ts.Words); w += r.n {
		out = append(out, ts.Finding(r.typ, w, w+r.n-1, 0.9, "stride"))
	}
	return out
}

// TestFind_StaysLinearOnRepetitiveInput guards against quadratic scans:
// 100,000 words of one repeated pattern must take well under a second each
// (about 20 ms on the 2-core build machine; the limit leaves room for a
// loaded CI runner).
func TestFind_StaysLinearOnRepetitiveInput(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, unit := range []string{"a", "a i", "oh", "uh", "one", "j", "at dot", "oh uh", "five uh",
		"my name is", "double", "hundred", "o", "a b", "spelled j", "1", "five -", "last four",
		"the pin? it's", "w w w dot", "hi mark", "dot com slash", "a 1", "passport 1234567",
		"pin 4412 no wait 4413", "4716229018335101 5101", "the one on top", "the new one 5550126", "i a dash 12",
		"account 12 sorry one sec", "medicare 5 k a", "iban fr92 3144 sorry 7020", "zip 90 sorry",
		"a message from jennifer",                                                                                                                            // (review12a: the sender of a message)
		"thanks will", "looks good bill okay", "her son luka", "my boss grace will", "of jack's notes", "hi is jack there", "for ngozi on", "the jerzy plan", // (pii-lower15: closing phrases, relatives, a word name's things)
		"coach dimitri", "show us x", "you y i", "heard from tariq", "meeting shanice", // (person16)
		"so tomasz still has", "buy noor a", "for sunita to", "did kasia x", "olumide and his brother are", "thandeka's moving", // (names12dev)
		"x's already done", "brian's kingsbury's", "designer ruud", "uncle ray", "don sort of x", "don is gonna", "of mark liberman", // (names12dev)
		"saw pettigrew at", "is ngcobo still", "no rosalie that's", "think x was", // (telcon17)
		"denver is my son", "x from y called me", "ask dallas she", "my wife virginia", "Dallas, can", // (droprecall19)
		"dinner at carlo's for", "carlo's deli at carlo's", // (svc19hn: a restaurant in the possessive)
		"site is a dot qz slash b dot qz", "w w w dot a b dot", // (pii-dev1011: an unlisted top label)
		"at 4 a road b b park c d road", // (pii-dev1011: a district or inner road after a street)
		"postcode a 1 2",                // (pii-dev1011: a postcode cut short)
		"po drawer 4 uss x fpo ap 4 west 4th the x building 4 a st rear",                                                                         // (addr18: Publication 28's forms)
		"sensor unit 4 suite 4 for the",                                                                                                          // (addrpeer19: a machine's unit, a suite booked for a stay)
		"got my son x tickets", "send it to x suite 4 for the", "my son x trip", "sent to x's instead", "x y's orchestra", "the x group booking", // (review19)
		// (the address, document-id and numeric forms of the peer-set
		// work, several to a unit to keep the test's time)
		"address 4 the street flat 9 b psc 1 box 2 apo ap live at 4 oak keys",
		"d as in d 1 mine is 5551234567 no my number 078050000 w two state id 4 rue x",
		"postcode k 1 a zip a 1 address is 4 ridgeview unit 2 live at 9 elmhurst and",
		"unit 7 145 king street west rr 2 box 4 main street north east xxx-xx-1234",
		// (this session's address, amount and anaphora forms)
		"cab corner of a and b 9 and a half elm street 4 el camino real 12 rue x 75017 hauptstrasse 5",
		"my place is at 1st a and 2nd b tower floor 3 apartments number 4 live at 1 farm to market road 2", // (r3addr: a building's unit, a corner from an ordinal)
		"ssn 123456789 and the one on it 123456789 dob 03/15/1989 1989-03-15 one hundred twelve fifty",
		// (the recogniser's forms: letters as words, credentials, sound-alikes)
		"be dee", "spell be dee em dr x y maryland email a add gmail that com to 5 june 5 to 1962",
		"phone number is x 5 to 5 5 5 5 5", "card number 1 for",
		"account is 1 for", "member id b 1 ate", // (pii-asr15: sound-alikes and letters next to a number found)
		"card 4111111111111111 oh ate twenty nine",         // (pii-asr15: an expiry after a card)
		"the card number? one two three x y one two three", // (pii-asr15: words bridged inside a number asked for)
		"your account number two a",                        // (pii-asr15: "to" after a cue heard as "two")
		// (phone18)
		"phone 5 to 5 for oh won", "5 scratch that 5 1 2 5", "area code 201", "5 and then 5 5", "for your call uh huh", "3 hundred 11 hundred",
		// (session 9's forms: a code said apart from its phone; quantities)
		"country code four four area code two oh x 4421 my extension is 4421",
		"page twelve forty one point five three times four equals twelve form 1040 room 212",
		// (r3addr: a floor or a number as a building's unit, "my place is at", a corner after "where ... meet")
		"ship it to 9 birch hill apartments number 6 the Harbour Tower, floor 31, my place is at 3rd Street and Walnut Avenue where do we meet? juniper and 8th 915 Farm to Market Road 2222 ship it to 6 ranch to market road 18 77 Orchard Lane, PMB 408. pmb",
		// (session 10's spoken emails, web addresses and user names)
		"b i double l at the rate gmail full stop com dub dub dub acme dotcom h t t p s colon double slash",
		"z e n o dot c o m email jsmith at gmail log in with jsmith85 j as in juliet smith at x dot com @x_y",
		"double l", "dub", "at the rate", "full stop", "colon slash slash",
		// (session 10's repairs inside a card number, a date of birth and a name)
		"card 4539 1487 no sorry 1488 date of birth 1957 no sorry may 2nd it's jen no",
		"card number five three seven five no wait actually no sorry let me start again two eight",
		"ssn 412 55 9071 no sorry 9017 zip nine oh two one one sorry one oh 84 no 85",
		// (session 10's hard negatives: ordered items, places of several
		// words, counts, "the surname spelled")
		"a Chai Latte and Cortado lives in Rio de la Paz de La Vella Sierra",
		"I'll have Cortado, 3500000 views how's the surname spelled the charge says Negroni Haulage",
		// (session 10's names in passing and postal codes of other
		// countries: pii-addr11's forms, added in review)
		"signed for by lalit bharati honestly mari ann kask at the front desk the postcode? 8004 c b four three a x i CB3 0ND",
		"rua 7 de setembro 40 82, Avenue du Roi Albert, Namur the address on the account skoufa street eleven oh 99559",
		// (pii-dob: a DOB repaired in one part, and a repair a clause follows)
		"dob may 13th no 12th 1952 the fourth sorry the fifth of june 81 1970 no 71 1980 no 1985 is when",
		"the fourth no", "born 1970 no 71 no",
		// (pii-fixups12: a count after a repaired date or number)
		"dob july 9th no sorry 2 kids 312 555 0147 no 0174 2 of those 6620 1935 47 sorry 74 3 more", "no sorry 2 kids",
		// (pii-places: a town of the world before a region, after "from")
		"from florence, alabama, rio de janeiro sao paulo",
		// (session 11: a path's tail heard as words, handles after "tweeter")
		"x dot com slash help setup dot html cite dash one", "my tweeter is a dot b i tweet as c",
		"on skype i'm a dot b dash dot c", "localhost colon 1 localhost slash",
		// (pii-names12: a question's subject, a call given, a group joined, a title)
		"i said is okonkwo coming give oksana a ring add mirela to the list dr",
		// (pii-speech12: names in talk, set off by commas, with "'s", as subjects, restarted,
		// alone, at a turn's edge in lowercase, and terms named after people)
		"So, Okonkwo, Thandeka's, Thandeka's, Rose? Okonkwo said", "Okonkwo, could you, Tomasz.", "Okonkwo?",
		"okonkwo do you please okonkwo", "okonkwo's gonna okonkwo and i", "Morse code Mel Cepstra this is German",
		"greg's greg's go okonkwo by greg", "So, Rose kind of Rebecca and Okonkwo", "okay gustavo okay um gustavo i",
		// (pii-radio13: windows of two words about a name and three after "star")
		"roger out roger dana", "charlie 4 victor b mike mike", "star vega and deneb bianca 7 roger",
		// (review12b: a shop's possessive, a shop after "from")
		"hilton's app bought it from zara", "ordered from", "where city town okotoks i think", "carmax said they'd vodafone told them",
		// (pii-addr9: "where ... send it" read back over an answer, a unit with no word, a date
		// naming a street, a service road, an l for a state's I)
		"where should we send it sure 4 broadway 12 hi 9 elm avenue 3 look", "aleja 3 maja 21 expwy sr chicago ll 60607", "address cra 1#2-3 sur",
		// (pii-names13: an acknowledgement, a name, a pronoun; a name at the end; a name before "is")
		"okay frank we priya", "right priya is okay gustavo i",
		// (review12c: a self-introduction before a radio word)
		"hi this is roger i it's charlie 5 i am", "oscar 12 times mike, 4",
		// (pii-brands14: brands after a preposition, a call verb, a greeting; an assistant's command)
		"bank with chase dell support at morgan stanley", "rang halifax for calling chase okay alexa play", "my chase account walmartcom",
		// (pii-radio14: evidence read over the whole transcript, a designation after "this is", sky names,
		// an answer to "who is this?", a cued name before an English word)
		"bianca 7 here thanks bianca", "weston cap com weston tower roger kim", "this is bianca seven the",
		"roger better roger and we sirius aquarius vi", "who is this? i've got it this is ken align stars", "aquarius houston b. roger merry christmas",
		// (pii-lower14: a word name found once, then said again as a subject and with 's)
		"my name is bill and bill said in bill's",
		// (pii-lower14: a name between "there" and a clause; "that" and a name before a verb in the past)
		"in there frank we", "that okonkwo took", "is bill handling tell jack", "and jack can we", "frank here i okonkwo you", "until frank gets", "Is Frank handling",
		// (pii-num14: Idaho's code after a town or a box)
		"boise id 83702 box 4 id", "address str 1 august 1991 12 a", "oh twelve elm street", "4 a gdns fl 2", "account 16503287714 so 16503287714", "id on the back of the card 5", "4 avenue of the arts",
		// (pii-slurp14: a list after a contacting verb, a word name before its ending, a bare possessive)
		"invite tomasz and priya and", "meeting with bob at", "about gretas birthday does marco's deliver",
		"did gene reply", "find naty in my contacts", "to frank's email",
		"who is calling roger thanks roger roger that tyler 12", "radio check how do you read loud and clear orion over",
		// (r2addr: a building before a unit, a county road lived on)
		"i live at the lake towers apartment 9 the lofts unit 3", "lives on county road 12 on", "live at oak road and 4th street and",
		// (r2cmd: copy in, get on the line, reach out, let know, an initial)
		"copy bob on get me hazel on the reach out to ray let joy know call r okonkwo",
		"drop bob a line put me through to ray with M. Adebayo call will back",
		"who is calling roger thanks roger roger that tyler 12", "radio check how do you read loud and clear orion over",
		// (r2names: a first name closing its sentence after a comma and a preposition)
		"It came in, Bill. near, Hazel.", "what's rod's estimate here's june's", "Ed's trying. Bill's gonna",
		// (r3review: loop in, get hold of, pay back, a paying verb before a name)
		"loop in ray get hold of bob pay joy back venmo will", "text bob grace hope and", "unit 6 explains suite 3 includes",
		"phone number is 415 okay 555 and then 0198 okay",
		"1 oak street dover delaware and then 19904 or 3703 nevada to",
		"9 elm avenue where elm is spelled e l m",
		"is 611 harbor streets bangor maine 04401", // (pii-hvb15)
		// (pii-fix15: a shop's possessive, a company's, things sent, "called is", a machine's unit, a floor,
		// a grid number, a private mailbox, a named corner, a sum before a name)
		"rosa's deli Marco's Pizza railcorp's website", "email oskar bill and the receipt i called is mark",
		"unit 3 is down unit 4 keeps tripping", "12th floor suite 1200 88 pine street", "at w8765 lakeview drive",
		"the address is pmb number 77", "the address is maple and broad", "40 dollars, Bill.",
		// (pii-radio15: a station named after a place)
		"roger this is kano houston fred gilbert ashford", "Frank has Cliff is jack says Bill is 40",
		"Tern, Woolgar Cap Com, Tern out. Tern, Kiama. a b kiama cap com", "go ahead frank thank you bill", "tessa three geraldton okay tessa",
		// (pii-num15: windows after a value, before a cue, around a repeat, after "expires in")
		"1 is the zip code", "for the zip 1", "zip on the account 12345", "card 1234 1234", "born 1955 may 2",
		"card expires in may", "card runs out in may 27", "valid from 01/23 thru", "log in as abcd", "insta @a.b",
		"mail dot a dot b dot", "member id ab 1234567 so a b 1 2 3 4 5 6 7",
		// (review15)
		"Loud and clear. This is Savannah. Dave out. Siobhan, Dmitri.", "greg's roofing my mum Jean's salon", "unit 12 lost power the boiler unit 2 lost unit 6 keeps rebooting", "is this bill okay is this will okay", "send dan grant and the form Okay, Okafor out. Tendai, Ngozi.", "Roger that. This is Savannah Brooks. roger denver hill", "any of summer's holidays so chuck's slides", "Roger that. Thanks, Denver.",
		// (review15b)
		"six six one two nine nine one eight for one", "14 elm street austin texas for 2022", "phone number i have two okay one for work", "four one five okay ten thirty tomorrow", "3 main streets over in austin texas 78704", "14 elm street austin texas or 1500 dollars",
		// (addr16: a town after a street, a road's shorthand, a corner where someone is, a letter's direction)
		"at 4 oak lane, tacoma. at 9 fm 12 i live at elm and 3rd i'm on the corner of a street and 7th 4 oak ave s tacoma",
		"address is 4 rue de la a b c d e f address x d e y 5", "live in lot 4 at a b c it's 4 a st and that's", "suite 4 is the a b room",
		// (radio16: a lettering word before letters, a tail number, a station's role, a boat's name, a radio unit)
		"side charlie via golf and bravo wilco roger will do", "Tower, Mooney five five Papa Romeo, Tower, cleared.", "the yacht anna belle over anna belle", "Copy, unit 31. Kilo 12, over. Crew 4.", "Tell Sully we're in. I'll have Rico bring it. Let Moose know.", "Copy. Tolliver, pull it. Okay, Fenwick, bring it.",
		// (fix16names: a relative before a brand's lead, one roger, a town, an abbreviation, a word list, a nickname)
		"my aunt Rosa's diner", "Roger. we copy. over", "from Beverly Hills", "Okay. Exp.", "Raven, Harbour.", "this is skip and i",
		// (review16: the forms its fixes read)
		"Hunter, Rose.", "last time 1234567", "sunny and i", "the yacht bo is bo li", "at the bo's on monday", "mr bo's disease", "have Support call", "side victor li",
		// (hn16: holidays, Name's Word, places of a kind, a brand's model, eponyms, a birthday's occurrence, a time reading, goods, shops, a drink)
		"Bo's Day on Eli King Day", "Al's Club", "to Bo Beach", "a Kia Bo", "Bo shift", "birthday every may 2", "time 1234567", "a bo li bag", "paid at bo's", "a dr bo",
		// (fix16num)
		"phone i have two", "zip code? that's fine 12345", "number associated with the account 6175552341", "member id off your card 1234",
		"three one two five five five six nine one eight for one", "zip nine oh. two hundred.", "zip just two seconds 1",
		"zip 94110 2 to 3 days",
		// (brief16)
		"senator warren", "secretary of the house of state kerry", "the obama administration", "a peter king hearing", "go ahead chip", "yes julianna at",
		"Jay, to", "and Qaddafi could", "Chip's question", "getting bin laden", "bashar al assad", "Mitt Romney", "camp david", "u s s george", "the martin luther king day",
		// (radio17)
		"Osprey, Clearwater, over.", "Ops, Ops, Ops.", "roger fuel's in roger is teodor",
		// (names16dev: a role before a word name, a name only as subject or after a verb that takes a person)
		"deputy crane found", "Coach Wood says", "with oluwaseun", "report from sutherland", "tamsin explained",
		"to chip's question", "point, Christie, and", "diplomacy putin has", "Bush, who had", "okafor who", "from Sutherland is",
		// (hn17: a trade after a name, a business word before one, committees and dealers, an IP read with "point", units and highways)
		"from bo li meats", "Hotel Bo Li", "Citizens For Bo", "Bo And Sons", "Bo Local 4", "Bo Toyota", "one point two point three point four",
		"1 point oh point oh point 1", "4 Elm St., Fl. 2", "4 elm ct trlr 9", "4 Hwy 7 E.", "4 u s highway 9",
		"4 W Hwy 2 Ste 1", "on route 9, about", "4 Elm St, 12345", "Pension Bo", "trattoria da bo",
		// (review17)
		"voted for bo li for mayor", "friends of bo li", "bo li local 4", "a Captain Bo", "camera one point two point three point four",
		"Captain B's", "bo li cpa she's", "so bo's charging",
		// (hn18: things named like people: a drink or a dish phrase, a storm, a breed's kind, an assistant, a brand as they, a credential)
		"a Tom Collins", "uncle sam takes", "hurricane bo", "chicken bo", "bo li spaniel", "okay alexa please play", "called Meijer and they", "bo li dds",
		"bo's didn't", "Kohl's sent", "moen beat delta", "right onto bo", "goes down bo", "my bank, Bo, said", "the bo's been",
		// (surname18)
		"page bo li", "waiting on bo", "ran it by bo", "run it past bo", "got bo to", "between bo and li", "neither bo nor li", "Bo fixed it.",
		// (radiolower18)
		"okay tomasz grab", "svetlana copies", "castillo brandt grab", "what did sanjay run", "okay dusty we'll", "stand by chip i'm", "why'd you", "see you soon",
		// (set18names: a family in the plural, a surname modifying a thing or kin of theirs, a cased possessive opening a sentence)
		"the bo li's", "the Bos want", "the bo job's", "the Bo kids", "Bo's truck",
		// (crossname19: a surname after a bare preposition, a possessive of no list)
		"memo from haverkamp i", "to x so", "on ndungutse's vote", "x's y",
		// (names20: a surname modifying a person's work or talk)
		"the Bo memo", "the bo li thing", "a Bo-Li meeting",
		// (set18hn: a firm, a place, an acronym, a people or a school where a person would be)
		"rang raytheon", "talked to cincinnati", "Maersk's crew", "the fema man", "the Kurds and", "at Bo High", "Sherwin Williams mixed",
		// (factions19: a people, party or faction of one or two words where a person would be)
		"and Serbs side he", "the pathet lao want", "the Likud won't"} {
		unit := unit
		checkStaysLinear(t, fmt.Sprintf("%q", unit), func(n int) time.Duration {
			text := strings.Repeat(unit+" ", max(1, n/len(strings.Fields(unit))))
			tr := words(text)
			start, cpu := time.Now(), testtools.CPUTime()
			fs, err := redact.Find(tr, redact.DefaultPolicy())
			if err != nil {
				t.Fatal(err)
			}
			_ = redact.Spans(tr, fs, redact.DefaultPolicy())
			_ = redact.Redactions(tr, fs, redact.DefaultPolicy())
			return elapsedCPU(start, cpu)
		})
	}
	// The answer rule (AnswersAll) and the recogniser's forms need turns
	// and pauses, which the units above do not have: a question, then its
	// answer after a pause ("_"), repeated.
	all := redact.DefaultPolicy()
	all.Answers = redact.AnswersAll
	for _, unit := range [][]string{
		{"A: what's your phone number", "C: huh _ shoot i two three three"},
		{"A: what's the address and contact number", "C: i q you why do you and i for the last"},
		{"A: could you spell the surname", "C: sure it's be are oh double you en dee ee"},
		{"A: what's the best email", "C: it's amara okafor add gmail dot com"},
		{"A: and your date of birth please", "C: to seventeen nineteen eighty five august fifteen to nineteen sixty two"},
		{"A: who will i see", "C: dr a b c d e f maryland with doctor x y m d"},
		{"A: okay go ahead", "C: my phone number is poorly one two zero six seven to eight seven six"},
		{"A: sure business name", "C: change of address okay got it send the money to it"},
		{"C: the phone number is", "A: i _ i i"},
		{"A: whose name is the account under _", "C: right heather gonzales that's the home number _ the ticket says t r"},
		{"A: and the expiration date", "C: okay so eleven twenty seven it's sharon hill it says sha no sharon miller i"},
		{"A: what's your email address", "C: yeah it's care in most seventy hot male _ and the i p address"},
		{"A: what was the zip again", "C: three oh", "A: mhm", "C: two bee", "A: and your phone number", "C: is free two one two five five", "A: okay", "C: oh one nine nine"}, // (pii-hvb15: short answers)
		{"A: what's your phone number", "C: it's four one five", "A: okay", "C: five five five", "A: mhm", "C: two nine eight one", "A: four one five", "C: yes"},              // (pii-hvb15: pieces)
		{"A: what's the card number", "C: hang on", "A: and the account number", "C: i forgot it", "A: your phone number", "C: can you repeat that",
			"A: the number of guests", "C: two adults and two kids"}, // (pii-refusal15: non-answers)
	} {
		checkAnswersStayLinear(t, stereoCall, unit, all)
	}
	// without turns: the question read back to a pause, an answer cut
	// where the asker takes the turn back (session 10)
	for _, unit := range [][]string{
		{"A: okay what is the address and phone number", "C: you dress up for two _ okay thanks what's your card number",
			"C: for ate seven nine _ _ _ so why"},
		{"A: do you still use the same phone number", "C: yes i do _ you're all set ~ ~ ~ ~ okay"},
	} {
		checkAnswersStayLinear(t, monoUnlabeled, unit, redact.DefaultPolicy())
		checkAnswersStayLinear(t, monoUnlabeled, unit, all)
	}
}

// checkAnswersStayLinear times Find with p on a call of the unit's turns
// repeated, laid out as layout, through checkStaysLinear.
func checkAnswersStayLinear(t *testing.T, layout callLayout, unit []string, p redact.Policy) {
	t.Helper()
	checkStaysLinear(t, fmt.Sprintf("%q, layout %d, answers %v", unit, layout, p.Answers), func(n int) time.Duration {
		var turns []string
		for len(turns)*10 < n {
			turns = append(turns, unit...)
		}
		tr := recognisedCall(layout, turns...)
		start, cpu := time.Now(), testtools.CPUTime()
		fs, err := redact.Find(tr, p)
		if err != nil {
			t.Fatal(err)
		}
		_ = redact.Spans(tr, fs, p)
		return elapsedCPU(start, cpu)
	})
}

// elapsedCPU is the CPU time spent since cpu where the system gives it,
// else the wall time since start. On a loaded machine the wall time of
// 20,000 words under the race detector passed 2 s with the same CPU time
// as before.
func elapsedCPU(start time.Time, cpu time.Duration) time.Duration {
	if c := testtools.CPUTime() - cpu; c > 0 {
		return c
	}
	return time.Since(start)
}

// checkStaysLinear runs run on about 100,000 words (20,000 under the race
// detector, which is ten times slower) and fails when that takes more
// than linearBudget and a quarter of the words took less than a
// linearGrowth-th of it: four times the words take four times the time
// when a scan is linear, and sixteen when it is quadratic. A linear scan
// that is merely slow on a slow or loaded machine therefore passes (CI
// once failed on 2.5 s of CPU for a unit that takes 1.5 s here and grew
// by 4.3 from a quarter), but nothing may take more than linearCeiling.
func checkStaysLinear(t *testing.T, what string, run func(words int) time.Duration) {
	t.Helper()
	n := 100000
	if racedetect.Enabled {
		n = 20000
	}
	if msg := superlinear(n, run); msg != "" {
		t.Errorf("%s x %s", what, msg)
	}
}

// superlinear times run on n words and, past linearBudget, on n/4, and
// says how the time grew when checkStaysLinear must fail, else "".
func superlinear(n int, run func(words int) time.Duration) string {
	full := run(n)
	if full <= linearBudget {
		return ""
	}
	quarter := run(n / 4)
	growth := float64(full) / float64(max(quarter, time.Millisecond))
	if growth > linearGrowth || full > linearCeiling {
		return fmt.Sprintf("%d words: %v, %.1f times a quarter of the words (%v)", n, full, growth, quarter)
	}
	return ""
}

func TestSuperlinear_TellsSlowFromQuadratic(t *testing.T) {
	perWord := func(d time.Duration) func(int) time.Duration {
		return func(n int) time.Duration { return time.Duration(n) * d }
	}
	assert.Empty(t, superlinear(20000, perWord(50*time.Microsecond)), "1 s, linear")
	assert.Empty(t, superlinear(20000, perWord(150*time.Microsecond)), "3 s, linear: slow machine")
	assert.NotEmpty(t, superlinear(20000, perWord(2*time.Millisecond)), "40 s is too slow even if linear")
	quadratic := func(n int) time.Duration { return time.Duration(n) * time.Duration(n) * 10 * time.Nanosecond }
	assert.Contains(t, superlinear(20000, quadratic), "16.0 times", "4 s, quadratic")
	assert.Empty(t, superlinear(2000, quadratic), "40 ms: under budget")
}

const (
	linearBudget  = 2 * time.Second
	linearGrowth  = 8
	linearCeiling = 20 * time.Second
)
