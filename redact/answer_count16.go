package redact

// A count of the values asked for is no value: "what's your phone
// number?" ... "I have two", "we've got three of them", "I have a couple,
// which one?". nonAnswer reads it from the answer's first words: a subject
// that has (haveSubjects), "have" or "got", and a count of two or more
// (valueCounts; "a couple", "a few"), with no number, digit word or
// digit's sound-alike right after the count, so "I have two one two five
// ..." is still a value (its digits are a finding of their own anyway).
// "I have one" is left to the value rules: one is as often the start of
// a value ("I have one two ...") as a count.

// haveSubjects open a statement of how many values the speaker has.
var haveSubjects = map[string]bool{"i": true, "we": true, "i've": true, "we've": true, "they": true,
	"they've": true, "ive": true}

// valueCounts count values: "two", "three" ... "ten", "several",
// "multiple", "both", "a couple", "a few".
var valueCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "several": true, "multiple": true,
	"both": true, "2": true, "3": true, "4": true, "5": true}

// countOfValues reports whether the answer's words (word(k) is its k-th
// content word, "" past its end) say how many values the speaker has.
func (sh *shared) countOfValues(o int, word func(int) string) bool {
	if !haveSubjects[word(0)] {
		return false
	}
	k, verb := 1, false
	for ; k <= 2 && (word(k) == "have" || word(k) == "got"); k++ {
		verb = true
	}
	if !verb {
		return false
	}
	switch {
	case valueCounts[word(k)]:
	case word(k) == "a" && (word(k+1) == "couple" || word(k+1) == "few"):
		k++
	default:
		return false
	}
	next := word(k + 1)
	if next == "" {
		return true
	}
	w := sh.order[o+k+1]
	return !sh.number[w] && !sh.numWord[w].ok && !digitSoundAlikes[next] && next != "oh"
}
