"""Deal set18's hand-read excerpts (compose/labels.txt) into the dialogue files.

    python3 compose/compose.py      # compose/labels.txt -> dialogues/odd.txt, even.txt

labels.txt holds one excerpt a paragraph: a "# src=<volume>:d<document> <who>" line and the
excerpt's turns, "A: ..." (President Johnson's side) or "C: ..." (the other party), in the markup of
testdata/pii/internal/buildkit, labelled by hand (README.md, "Labelling guide"). Unlike set16,
an excerpt is a whole call: consecutive turns of one telephone conversation, with nothing
authored around them. This script changes no label and no word. An excerpt's stratum is the
form of its first PERSON label ("PERSON.vocative") or, with no name, the kind of its first
hard negative ("neg:country"); the excerpts of each stratum, in file order, go alternately to
the odd (dev) and the even (test) half, and each half is numbered in a shuffled order with
fixed seeds, so the same labels give the same dialogues.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "internal"))
from excerpt_common import labelled_excerpts  # noqa: E402


def excerpts_of(path):
    return labelled_excerpts(path, r"# src=(frus1964-68v[0-9a-z]+:d\d+) (.+)$", "excerpt")


def write_half(path, excerpts, first, seed, odd):
    rng = random.Random(seed)
    order = list(excerpts)
    rng.shuffle(order)
    lines = [f"# set18 dialogues, {'odd (dev)' if odd else 'even (test)'} half; written by compose/compose.py, do not edit by hand", ""]
    for i, (stratum, src, turns) in enumerate(order):
        num = first + 2 * i
        ch = rng.choice([1, 1, 2])
        nodiar = " nodiar" if ch == 1 and rng.random() < 0.4 else ""
        lines.append(f"# excerpt: {stratum}={src}")
        lines.append(f"@@ {num:03d} both {ch} telcon src=frus{nodiar}")
        for side, t in turns:
            lines.append(f"{side}: {t}")
        lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def main():
    excerpts = excerpts_of(os.path.join(HERE, "labels.txt"))
    srcs = [e[1] for e in excerpts]
    dup = {s for s in srcs if srcs.count(s) > 1}
    if dup:
        raise SystemExit(f"document used twice: {sorted(dup)}")
    strata = {}
    for e in excerpts:
        strata.setdefault(e[0], []).append(e)
    halves = [[], []]
    for k in sorted(strata):
        start = 0 if len(halves[0]) <= len(halves[1]) else 1
        for i, e in enumerate(strata[k]):
            halves[(start + i) % 2].append(e)
    outdir = os.path.join(HERE, "..", "dialogues")
    os.makedirs(outdir, exist_ok=True)
    write_half(os.path.join(outdir, "odd.txt"), halves[0], 1, "set18/write-odd", True)
    write_half(os.path.join(outdir, "even.txt"), halves[1], 2, "set18/write-even", False)
    for k in sorted(strata):
        n0 = sum(1 for e in halves[0] if e[0] == k)
        print(f"{k}\t{n0}\t{len(strata[k]) - n0}", file=sys.stderr)
    print(f"{len(excerpts)} excerpts: {len(halves[0])} odd, {len(halves[1])} even", file=sys.stderr)


if __name__ == "__main__":
    main()
