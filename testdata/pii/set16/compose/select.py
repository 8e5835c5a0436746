"""Pick set16's proposed blocks from propose.py's candidates and write them for hand review.

    python3 compose/select.py > /tmp/set16-proposed.txt

Draws PERSON blocks by form quota (at most PER_NAME blocks a name) and hard-negative blocks by
kind quota from fixed seeds, and writes each as a block of compose/labels.txt: a "# src=" line
with the briefing's number, turn and sentence, then its turn in the markup of
testdata/pii/internal/buildkit ([PERSON.form|...] with ^ on title words, <kind|...>).
"""
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))
from excerpt_common import render  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from propose import PEOPLE, nonperson_kinds  # noqa: E402

NONPERSON = nonperson_kinds()

PERSON_QUOTA = {"vocative": 60, "third-party": 48, "full-name": 34, "title": 44, "possessive": 18, "restart": 14, "self-id": 4}
NEG_QUOTA = {"country": 12, "state": 12, "place": 14, "org": 14, "agency": 14, "law": 16, "building": 16, "ship": 6,
             "day": 14, "month": 14, "amount": 14, "percent": 10, "count": 12, "year": 10, "name-word": 16}
PER_NAME = 3
NAMEWORDS = {"bill", "mark", "hope", "major", "rose", "grant", "chip", "will", "bush", "hill"}
COUNTN = {"people", "jobs", "troops", "Americans", "children", "students", "workers", "families", "countries", "states",
          "soldiers", "members", "years", "days", "weeks", "months", "hours", "times", "cases", "deaths", "refugees",
          "veterans", "companies", "businesses", "votes", "senators", "miles", "acres", "homes", "schools"}
YEARP = {"in", "since", "by", "until", "of", "from", "through", "before", "after"}
END = {",", ".", "?", "!"}
VOCPREV = {"ahead", "Thanks", "thanks", "you", "Sure", "Yes", "Okay", "sorry", "Sorry", "Hey", "Hi", "Well", "Again",
           "Look", "No", "Right", "Yeah", "So", "Oh", "Listen", "Absolutely"}


def form(st, a, b, tit):
    if tit is not None:
        return "title"
    if b - a >= 2:
        return "full-name"
    prev = st[a - 1] if a > 0 else None
    nxt = st[b] if b < len(st) else None
    low = [t.lower() for t in st[max(0, a - 2):a]]
    if low[-2:] == ["this", "is"] or low[-1:] == ["i'm"] or low[-2:] == ["name", "is"]:
        return "self-id"
    if prev == "{disfmarker}" or nxt == "{disfmarker}":
        return "restart"
    if st[b - 1].endswith("'s"):
        return "possessive"
    if (prev is None or prev == "," or prev in VOCPREV and (a < 2 or st[a - 2] in END)) and (nxt is None or nxt in END):
        listed = nxt == "," and b + 1 < len(st) and st[b + 1] in PEOPLE
        if not listed and not (prev == "," and a >= 2 and st[a - 2] in PEOPLE):
            return "vocative"
    return "third-party"


def num_negs(st):
    """(a, b, kind) of the number phrases of a sentence that are no PII."""
    out = []
    for i, w in enumerate(st):
        nxt = st[i + 1] if i + 1 < len(st) else ""
        if w.startswith("$"):
            b = i + 1 + (nxt in ("million", "billion", "trillion"))
            out.append((i, b, "amount"))
        elif re.fullmatch(r"\d[\d,.]*", w):
            if nxt in ("percent",):
                out.append((i, i + 2, "percent"))
            elif nxt in ("million", "billion", "trillion") and i + 2 < len(st) and st[i + 2] in COUNTN:
                out.append((i, i + 3, "count"))
            elif nxt in COUNTN:
                out.append((i, i + 2, "count"))
            elif re.fullmatch(r"(19|20)\d\d", w) and i > 0 and st[i - 1] in YEARP:
                out.append((i, i + 1, "year"))
    return out


def main():
    cands = json.load(open("/tmp/set16-cands.json"))
    bykey = {(c[0], c[1], c[2]): c for c in cands}
    rng = random.Random("set16/select")
    rng.shuffle(cands)
    person, neg = [], []
    fcount, kcount, ncount = collections.Counter(), collections.Counter(), collections.Counter()
    used_brief = collections.Counter()
    nwcount = collections.Counter()
    seen_text = set()
    for n, ti, si, spk, st, names, nph, tits in cands:
        text = " ".join(st)
        if text in seen_text or used_brief[n] >= 2:
            continue
        if names:
            labels = []
            forms = []
            tstart = {h[1]: h[0] for h in tits}
            ext = []
            for a, b in names:
                if a > 0 and st[a - 1] in ("bin", "al"):
                    a -= 1
                while b < len(st) and (st[b].startswith("al-") or st[b] in ("bin",) and b + 1 < len(st) and st[b + 1][:1].isupper()):
                    b += 2 if st[b] == "bin" else 1
                if ext and ext[-1][1] >= a - 1 and st[ext[-1][1] - 1] in ("bin",):
                    a = ext.pop()[0]
                ext.append((a, b))
            merged = []
            for a, b in ext:
                if merged and merged[-1][1] >= a:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            names = merged
            for a, b in names:
                oa = tstart.get(a)
                f = form(st, a, b, oa)
                forms.append(f)
                labels.append((a, b, "PERSON." + f, oa if oa is not None else a))
            f0 = forms[0]
            keys = {st[a].rstrip("'s") for a, b in names}
            if fcount[f0] >= PERSON_QUOTA[f0] or any(ncount[k] >= PER_NAME for k in keys) or len(names) > 3:
                continue
            if len(st) < 8:
                nx = bykey.get((n, ti, si + 1))
                if nx and not nx[5] and len(nx[4]) <= 20:
                    st = st + nx[4]
            fcount[f0] += 1
            for k in keys:
                ncount[k] += 1
            person.append((n, ti, si, spk, render(st, labels), f0))
        else:
            cand = []
            for a, b, p in nph:
                k = NONPERSON.get(p)
                if k:
                    cand.append((a, b, k))
            cand = [c for c in cand if c[2] in NEG_QUOTA]
            cand += num_negs(st)
            for i, w in enumerate(st):
                if w in NAMEWORDS and nwcount[w] < 4 or w == "May" and i == 0:
                    cand.append((i, i + 1, "name-word"))
            cand = [c for c in cand if not (c[2] == "month" and c[0] == 0)]
            cand = [c for c in cand if kcount[c[2]] < NEG_QUOTA[c[2]]]
            if not cand:
                continue
            cand.sort(key=lambda c: kcount[c[2]])
            a, b, k = cand[0]
            if k in ("name-word",) and kcount[k] >= NEG_QUOTA[k]:
                continue
            kcount[k] += 1
            if k == "name-word":
                nwcount[st[a]] += 1
            neg.append((n, ti, si, spk, render(st, [(a, b, "<" + k, a)]), k))
        used_brief[n] += 1
        seen_text.add(text)
        if all(fcount[f] >= q for f, q in PERSON_QUOTA.items() if f != "self-id") and all(kcount[k] >= q for k, q in NEG_QUOTA.items()):
            break
    print("forms", dict(fcount), "kinds", dict(kcount), file=sys.stderr)
    for n, ti, si, spk, text, f in sorted(person) + sorted(neg):
        side = "C" if spk == "Q" else "A"
        print(f"# src={n}:{ti}:{si} {spk}")
        print(f"{side}: {text}")
        print()


if __name__ == "__main__":
    main()
