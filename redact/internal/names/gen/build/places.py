#!/usr/bin/env python3
"""places.tsv: US places (incorporated places and CDPs) whose name is one
word of letters, with their population, from a US Census Bureau API answer
(ACS 5-year table B01003, total population, by place, 2023), as committed in
github.com/bdurand/us_geo at data/raw/demographics/place_2023.json (commit
18dc01d73d7a37c1f64345ade9a60bb86ab43f2f, blob 5e88cd54...).
Usage: places.py place_2023.json > places.tsv"""
import json, re, sys
SUFFIX = re.compile(r' (city|town|village|borough|CDP|municipality|city and borough|urban county|'
                    r'plantation|comunidad|zona urbana|unified government|consolidated government|'
                    r'metro government|metropolitan government|corporation|government)( \(balance\))?$')
pop = {}
for name, people, _housing, _state, _place in json.load(open(sys.argv[1]))[1:]:
    n = name.rsplit(', ', 1)[0]          # drop ", State"
    m = SUFFIX.search(n)
    if not m:
        continue                          # 197 odd names, none one word
    w = n[:m.start()].lower()
    if re.fullmatch('[a-z]+', w):         # one word: "Scranton", not "Fort Wayne"
        pop[w] = max(pop.get(w, 0), int(people or 0))
print('#name\tpopulation')
for w, p in sorted(pop.items(), key=lambda x: (-x[1], x[0])):
    print(f'{w}\t{p}')
