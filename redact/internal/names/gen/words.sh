#!/bin/sh
# words.sh writes ../englishwords.txt: the English words of the SCOWL lists
# (Kevin Atkinson, http://wordlist.aspell.net; SOURCES.md section 5) up to
# size 50, English and American spellings, lowercase (a-z and apostrophes),
# names that are also words included ("grace", "bill"): IsEnglishWord's
# callers check the name lists themselves. It needs Debian's scowl package
# (/usr/share/dict/scowl, 2020.12.07-2 was used). Run it from this
# directory: sh words.sh
set -e
scowl=${SCOWL_DIR:-/usr/share/dict/scowl}
out=../englishwords.txt
{
	echo "# English words: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), Debian package"
	echo "# scowl 2020.12.07-2, lists english-words and american-words of sizes 10 to 50, lowercase"
	echo "# words only (a-z and apostrophes), converted from Latin-1, sorted, one per line. Licence: SCOWL's"
	echo "# permissive copyright notice (copy, modify, distribute, sell; keep the notice), see"
	echo "# gen/SOURCES.md and ../SCOWL-COPYRIGHT. Made by gen/words.sh; do not edit."
	for size in 10 20 35 40 50; do
		cat "$scowl/english-words.$size" "$scowl/american-words.$size"
	done | iconv -f latin1 -t utf-8 | grep -E "^[a-z][a-z']*$" | LC_ALL=C sort -u
} >"$out"
# The licence asks for its notice in all copies: Debian's copyright file
# holds SCOWL's and those of the lists it is made from.
cp /usr/share/doc/scowl/copyright ../SCOWL-COPYRIGHT
