package redact

// pclass classifies one piece (a word, or a part of a hyphenated word)
// before tokenisation.
type pclass uint8

const (
	pOther    pclass = iota
	pFiller          // uh, um, er: skipped inside numbers and cues
	pPunct           // no letters or digits
	pDigit           // zero..nine (val)
	pOh              // "oh": 0 inside a number, an interjection elsewhere
	pTeen            // ten..nineteen (val)
	pTens            // twenty..ninety (val)
	pHundred         // hundred
	pThousand        // thousand
	pRepeat          // double (2), triple (3)
	pNumeral         // written digits (s holds only the digits)
	pOrdinal         // first..ninetieth, 1st, 22nd (val)
	pLetter          // one letter a-z (s), spelled out
	pAlnum           // letters and digits mixed: 4b, ab12345
	pDate            // written numeric date: 3/3/85, 1985-03-03
	pMeasure         // price, percentage, time, decimal, version
	pEmail           // written email address
)

type numWord struct {
	cls pclass
	val int
}

var numWords = map[string]numWord{
	"zero": {pDigit, 0}, "one": {pDigit, 1}, "two": {pDigit, 2}, "three": {pDigit, 3},
	"four": {pDigit, 4}, "five": {pDigit, 5}, "six": {pDigit, 6}, "seven": {pDigit, 7},
	"eight": {pDigit, 8}, "nine": {pDigit, 9}, "oh": {pOh, 0},
	"ten": {pTeen, 10}, "eleven": {pTeen, 11}, "twelve": {pTeen, 12}, "thirteen": {pTeen, 13},
	"fourteen": {pTeen, 14}, "fifteen": {pTeen, 15}, "sixteen": {pTeen, 16},
	"seventeen": {pTeen, 17}, "eighteen": {pTeen, 18}, "nineteen": {pTeen, 19},
	"twenty": {pTens, 20}, "thirty": {pTens, 30}, "forty": {pTens, 40}, "fourty": {pTens, 40},
	"fifty": {pTens, 50}, "sixty": {pTens, 60}, "seventy": {pTens, 70}, "eighty": {pTens, 80},
	"ninety":  {pTens, 90},
	"hundred": {pHundred, 100}, "thousand": {pThousand, 1000},
	"double": {pRepeat, 2}, "triple": {pRepeat, 3},
	"first": {pOrdinal, 1}, "second": {pOrdinal, 2}, "third": {pOrdinal, 3}, "fourth": {pOrdinal, 4},
	"fifth": {pOrdinal, 5}, "sixth": {pOrdinal, 6}, "seventh": {pOrdinal, 7}, "eighth": {pOrdinal, 8},
	"ninth": {pOrdinal, 9}, "tenth": {pOrdinal, 10}, "eleventh": {pOrdinal, 11},
	"twelfth": {pOrdinal, 12}, "thirteenth": {pOrdinal, 13}, "fourteenth": {pOrdinal, 14},
	"fifteenth": {pOrdinal, 15}, "sixteenth": {pOrdinal, 16}, "seventeenth": {pOrdinal, 17},
	"eighteenth": {pOrdinal, 18}, "nineteenth": {pOrdinal, 19}, "twentieth": {pOrdinal, 20},
	"thirtieth": {pOrdinal, 30}, "fortieth": {pOrdinal, 40}, "fiftieth": {pOrdinal, 50},
	"sixtieth": {pOrdinal, 60}, "seventieth": {pOrdinal, 70}, "eightieth": {pOrdinal, 80},
	"ninetieth": {pOrdinal, 90},
	"uh":        {pFiller, 0}, "um": {pFiller, 0}, "umm": {pFiller, 0}, "uhh": {pFiller, 0},
	"uhm": {pFiller, 0}, "er": {pFiller, 0}, "erm": {pFiller, 0}, "ah": {pFiller, 0},
	"eh": {pFiller, 0}, "hmm": {pFiller, 0}, "hm": {pFiller, 0}, "mm": {pFiller, 0},
	"mmm": {pFiller, 0}, "mhm": {pFiller, 0}, "uh-huh": {pFiller, 0}, "[noise]": {pFiller, 0},
	"<unk>": {pFiller, 0}, "[laughter]": {pFiller, 0},
}

// months maps month names and abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// isFillerWord reports whether the lowercase word l is a filler ("uh").
func isFillerWord(l string) bool {
	nw, ok := numWords[l]
	return ok && nw.cls == pFiller
}
