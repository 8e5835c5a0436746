#!/bin/sh
# words.sh writes ../words.txt: the English words of the SCOWL lists
# (Kevin Atkinson, http://wordlist.aspell.net; SOURCES.md section 5) up to size 50, American and common English spellings, that
# are neither in firstnames.txt, surnames.txt nor commonwords.txt. It
# needs Debian's scowl package (/usr/share/dict/scowl). Run it from this
# directory: sh words.sh
set -e
scowl=${SCOWL_DIR:-/usr/share/dict/scowl}
out=../words.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$scowl"/english-words.10 "$scowl"/english-words.20 "$scowl"/english-words.35 "$scowl"/english-words.40 \
	"$scowl"/english-words.50 "$scowl"/american-words.10 "$scowl"/american-words.20 "$scowl"/american-words.35 \
	"$scowl"/american-words.40 "$scowl"/american-words.50 |
	iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$' | sort -u >"$tmp/scowl"
grep -v '^#' ../firstnames.txt ../surnames.txt | tr -s ' \t' '\n\n' | sort -u >"$tmp/names"
grep -v '^#' ../commonwords.txt | tr -s ' \t' '\n\n' | grep -v '^$' | sort -u >"$tmp/common"
sort -u "$tmp/names" "$tmp/common" >"$tmp/known"
{
	echo "# English words that are no listed name and no common word: the SCOWL"
	echo "# word lists (Kevin Atkinson, wordlist.aspell.net; permissive licence,"
	echo "# see gen/SOURCES.md) up to size 50, English and American, lowercase"
	echo "# letters only, less firstnames.txt, surnames.txt and commonwords.txt."
	echo "# Made by gen/words.sh; do not edit. One word a line."
	comm -23 "$tmp/scowl" "$tmp/known"
} >"$out"
# The licence asks for its notice in all copies: Debian's copyright file
# holds SCOWL's and those of the lists it is made from (WordNet's).
cp /usr/share/doc/scowl/copyright ../words-COPYRIGHT.txt
