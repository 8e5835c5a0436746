"""Deal set19's hand-labelled dialogues (compose/labels.txt) into the dialogue files.

    python3 compose/compose.py      # compose/labels.txt -> dialogues/odd.txt, even.txt

labels.txt holds one Taskmaster dialogue a paragraph: a "# src=tm:<conversation id> <file> <instruction>"
line and the dialogue's turns, "A: ..." (the operator) or "C: ..." (the customer, who spoke), in the
markup of testdata/pii/internal/buildkit, labelled by hand (README.md, "Labelling guide"). This script
changes no label and no word. A dialogue's stratum is its first entity label ("PHONE.written",
"PERSON.full-name") or, with none, the kind of its first hard negative ("neg:place"); the dialogues of
each stratum, in file order, go alternately to the odd (dev) and the even (test) half, and each half is
numbered in a shuffled order with fixed seeds, so the same labels give the same dialogues. Its call
domain is the Taskmaster task (movie-tickets, auto-repair, flights, hotels, food-ordering, movies,
music, restaurant-search, sports).
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "set19"
HEAD = re.compile(r"# src=(tm:dlg-[0-9a-f-]+) (\S+) (\S+)$")


def domain(file, instruction):
    if file.startswith("taskmaster2_"):
        return file[len("taskmaster2_"):]
    if file.startswith("convlab"):
        return "flights"
    return re.sub(r"-[0-9]+$", "", instruction)


def read(path):
    out = []
    for para in open(path).read().split("\n\n"):
        lines = [l for l in para.strip().split("\n") if l]
        if not lines:
            continue
        m = HEAD.match(lines[0])
        if not m:
            raise SystemExit(f"bad dialogue head: {lines[0]!r}")
        turns = []
        for l in lines[1:]:
            side, text = l.split(": ", 1)
            assert side in ("A", "C"), l
            turns.append((side, text))
        text = " ".join(t for _, t in turns)
        e = re.search(r"\[([A-Z]+\.[a-z-]+)\|", text)
        if e:
            stratum = e.group(1)
        else:
            n = re.search(r"<([a-z-]+)\|", text)
            if not n:
                raise SystemExit(f"dialogue {m.group(1)} has no label")
            stratum = "neg:" + n.group(1)
        out.append((stratum, m.group(1), domain(m.group(2), m.group(3)), turns))
    return out


def write_half(path, dialogues, first, seed, odd):
    rng = random.Random(seed)
    order = list(dialogues)
    rng.shuffle(order)
    lines = [f"# {SET} dialogues, {'odd (dev)' if odd else 'even (test)'} half; written by compose/compose.py, do not edit by hand", ""]
    for i, (stratum, src, dom, turns) in enumerate(order):
        num = first + 2 * i
        ch = rng.choice([1, 1, 2])
        nodiar = " nodiar" if ch == 1 and rng.random() < 0.4 else ""
        lines.append(f"# dialogue: {stratum}={src}")
        lines.append(f"@@ {num:03d} both {ch} {dom} src=taskmaster{nodiar}")
        for side, t in turns:
            lines.append(f"{side}: {t}")
        lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def main():
    dialogues = read(os.path.join(HERE, "labels.txt"))
    srcs = [d[1] for d in dialogues]
    dup = {s for s in srcs if srcs.count(s) > 1}
    if dup:
        raise SystemExit(f"dialogue used twice: {sorted(dup)}")
    strata = {}
    for d in dialogues:
        strata.setdefault(d[0], []).append(d)
    halves = [[], []]
    for k in sorted(strata):
        start = 0 if len(halves[0]) <= len(halves[1]) else 1
        for i, d in enumerate(strata[k]):
            halves[(start + i) % 2].append(d)
    outdir = os.path.join(HERE, "..", "dialogues")
    os.makedirs(outdir, exist_ok=True)
    write_half(os.path.join(outdir, "odd.txt"), halves[0], 1, f"{SET}/write-odd", True)
    write_half(os.path.join(outdir, "even.txt"), halves[1], 2, f"{SET}/write-even", False)
    for k in sorted(strata):
        n0 = sum(1 for d in halves[0] if d[0] == k)
        print(f"{k}\t{n0}\t{len(strata[k]) - n0}", file=sys.stderr)
    print(f"{len(dialogues)} dialogues: {len(halves[0])} odd, {len(halves[1])} even", file=sys.stderr)


if __name__ == "__main__":
    main()
