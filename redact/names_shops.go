package redact

// Shops named after a person: "Frank's Pizza", "Luigi's Deli", "Tony's
// Auto Repair", "Betty's Cafe". A name with "'s" before a word for a kind
// of shop, eatery or trade is the shop's name, not a person's possessive
// (shopOrPlacePossessive asks shopNounAfter for the possessive rules of
// the person and person-speech recognizers, and brandTrim drops what any
// other rule found there: "Is that Mike's Bikes?").
//
//   - shopKinds name a business whatever the case and capitals: a person
//     seldom has a deli, a salon or a laundromat of their own in talk
//     ("we ate at luigi's deli", "Maria's bakery on Elm").
//   - shopKindsCapitalised are things a person has too (a pizza, a garage,
//     a kitchen, books): the shop's only when, in a cased transcript, the
//     word is capitalised inside its sentence, as a shop's name is
//     written ("Frank's Pizza", "Joe's Garage"; not "Frank's pizza was
//     cold", "joe's garage door").
//
// The lists are written by hand for callveil. What it cannot do: a shop
// named with no word for its kind ("we ate at Luigi's") stays a person's
// possessive where the person rules take it; lowercase "frank's pizza"
// stays Frank's; a person's own business said with a kind ("my cousin
// Tony's garage") is read as the shop.
var shopKinds = withWords(map[string]bool{}, "deli", "delicatessen", "diner", "pizzeria", "bakery", "cafe",
	"café", "caffe", "bistro", "tavern", "pub", "trattoria", "taqueria", "cantina", "steakhouse", "eatery",
	"brasserie", "brewery", "creamery", "salon", "barbershop", "laundromat", "cleaners", "bodega", "boutique",
	"jewelers", "jewellers", "florist", "automotive", "towing", "plumbing", "roofing", "landscaping",
	"catering", "chophouse", "smokehouse", "restaurant", "ristorante", "pizzas")

var shopKindsCapitalised = withWords(map[string]bool{}, "pizza", "garage", "kitchen", "grill", "bar", "books",
	"flowers", "bikes", "cycles", "tacos", "burgers", "wings", "subs", "cakes", "pets", "shop", "market",
	"auto", "repair", "electric", "motors", "tires", "nails", "spa", "barber", "barbers", "hair", "pies",
	"chicken", "coffee", "lounge", "inn", "grocery", "donuts", "doughnuts", "bagels", "pancakes", "bbq",
	"barbecue", "seafood", "sushi", "noodles", "crab", "hardware", "liquors")

// shopNounAfter reports whether token n, right after a word with "'s",
// names a kind of shop (see the file comment).
func (ts *Tokens) shopNounAfter(n int) bool {
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	w := ts.Toks[n].Norm
	if shopKinds[w] {
		return true
	}
	return ts.Cased && shopKindsCapitalised[w] && ts.Capitalised(ts.Toks[n].First) && !ts.SentenceStart(ts.Toks[n].First)
}
