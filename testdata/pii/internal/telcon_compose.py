"""What set17's and set18's scripts share: both sets are excerpts of telephone calls
printed in the State Department's Foreign Relations of the United States, read by hand
into compose/labels.txt, one call a paragraph under a "# src=<volume>:d<document> <A>|<C>"
line. Each set's compose.py, check.py and sources.py name only what differs (the set,
its volumes, its parties) and call these.

- compose_calls deals the excerpts into dialogues/odd.txt and even.txt (through deal_halves,
  which set19's composer calls too). It changes no label
  and no word. An excerpt's stratum is the form of its first PERSON label or, with no name,
  the kind of its first hard negative; the excerpts of each stratum, in file order, go
  alternately to the odd (dev) and even (test) half, and each half is numbered in a
  shuffled order with fixed seeds, so the same labels give the same dialogues.
- list_unlabelled_capitals is the second-reading aid: every capitalised word outside a
  label and not opening a sentence, with the calls it is in.
- print_sources prints the Sources rows of a set's README.
"""
import collections
import os
import random
import re
import sys

from excerpt_common import labelled_excerpts


def _write_half(path, set_name, items, noun, first, seed, odd):
    rng = random.Random(seed)
    order = list(items)
    rng.shuffle(order)
    lines = [f"# {set_name} dialogues, {'odd (dev)' if odd else 'even (test)'} half; written by compose/compose.py, do not edit by hand", ""]
    for i, (stratum, src, turns, tail) in enumerate(order):
        num = first + 2 * i
        ch = rng.choice([1, 1, 2])
        nodiar = " nodiar" if ch == 1 and rng.random() < 0.4 else ""
        lines.append(f"# {noun}: {stratum}={src}")
        lines.append(f"@@ {num:03d} both {ch} {tail}{nodiar}")
        for side, t in turns:
            lines.append(f"{side}: {t}")
        lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def deal_halves(here, set_name, items, noun, source_noun):
    """Deal items, (stratum, source, turns, tail) each, into here/../dialogues: the items of
    each stratum, in order, alternately to the odd (dev) and even (test) half, each half
    numbered in a shuffled order with fixed seeds. tail ends a dialogue's "@@" line (its call
    domain and source tag); noun names an item in the files ("excerpt"), source_noun a source
    in errors ("document")."""
    srcs = [e[1] for e in items]
    dup = {s for s in srcs if srcs.count(s) > 1}
    if dup:
        raise SystemExit(f"{source_noun} used twice: {sorted(dup)}")
    strata = {}
    for e in items:
        strata.setdefault(e[0], []).append(e)
    halves = [[], []]
    for k in sorted(strata):
        start = 0 if len(halves[0]) <= len(halves[1]) else 1
        for i, e in enumerate(strata[k]):
            halves[(start + i) % 2].append(e)
    outdir = os.path.join(here, "..", "dialogues")
    os.makedirs(outdir, exist_ok=True)
    _write_half(os.path.join(outdir, "odd.txt"), set_name, halves[0], noun, 1, f"{set_name}/write-odd", True)
    _write_half(os.path.join(outdir, "even.txt"), set_name, halves[1], noun, 2, f"{set_name}/write-even", False)
    for k in sorted(strata):
        n0 = sum(1 for e in halves[0] if e[0] == k)
        print(f"{k}\t{n0}\t{len(strata[k]) - n0}", file=sys.stderr)
    print(f"{len(items)} {noun}s: {len(halves[0])} odd, {len(halves[1])} even", file=sys.stderr)


def compose_calls(here, set_name, volume_re):
    """Deal here/labels.txt into here/../dialogues; volume_re matches a volume id
    ("frus1969-76v[0-9a-z]+")."""
    excerpts = labelled_excerpts(os.path.join(here, "labels.txt"), rf"# src=({volume_re}:d\d+) (.+)$", "excerpt")
    deal_halves(here, set_name, [(st, src, turns, "telcon src=frus") for st, src, turns, _ in excerpts], "excerpt", "document")


_LABEL = re.compile(r"\[[^\]|]+\|[^\]]*\]|<[^>|]+\|[^>]*>")
_SAFE = {"I", "I'm", "I'll", "I've", "I'd", "OK", "Ok", "Mr.", "President", "Secretary", "Ambassador"}


def list_unlabelled_capitals(path):
    """Print every capitalised word of labels.txt at path that is outside a label and
    does not open a sentence, with how often and in which calls (proposal only)."""
    seen = collections.defaultdict(list)
    src = None
    for line in open(path):
        if line.startswith("# src="):
            src = line.split()[1][4:]
            continue
        if not line[:2] in ("A:", "C:"):
            continue
        words = _LABEL.sub(" LBL ", line[3:]).split()
        for i, w in enumerate(words):
            if w == "LBL" or not w[0].isupper():
                continue
            prev = words[i - 1] if i else ""
            if i == 0 or prev.endswith((".", "?", "!")):
                continue
            if w.strip(".,?!") in _SAFE:
                continue
            seen[w.strip(".,?!")].append(src)
    for w in sorted(seen):
        print(w, len(seen[w]), " ".join(sorted(set(seen[w]))[:4]))


def print_sources(here, volume_re, party, from_repo):
    """Print one README Sources row per excerpt of here/labels.txt: volume, document,
    parties (party maps a speaker label to a name), the published page's address, the
    file in HistoryAtState/frus, and whether the words were read from that file
    (from_repo: "volume:dNNN") or from the published page."""
    rows = []
    for line in open(os.path.join(here, "labels.txt")):
        m = re.match(rf"# src=({volume_re}):d(\d+) (\S+)\|(\S+)$", line.strip())
        if not m:
            continue
        vol, doc, a, c = m.groups()
        url = f"https://history.state.gov/historicaldocuments/{vol}/d{doc}"
        read = "repository file" if f"{vol}:d{doc}" in from_repo else "published page"
        rows.append((vol, int(doc), f"| {vol} | {doc} | {party.get(a, a)} / {c} | {url} | `volumes/{vol}.xml` | {read} |"))
    for _, _, r in sorted(rows):
        print(r)
