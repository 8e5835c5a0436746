"""Shared parts of the set9 to set13 composers (../set*/compose/compose.py).

Each composer draws its own blocks from its own sources; this module holds what
they do identically: the authored numeric values (Luhn-completed cards, SSNs,
ordinals), the Block record, the stratified deal into the odd (dev) and even
(test) half, the packing of each half into calls, and the writing of a half's
dialogue file in the peer markup (testdata/pii/internal/buildkit).

A composer imports it with

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))

Everything here takes its random source as an argument, so the composers'
seeds, and therefore their output, are unchanged by the move.
"""
import os
import random
import re
import sys


def luhn_complete(prefix, length, rng):
    """prefix plus random digits plus the Luhn check digit, length digits in all."""
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        s = body + d
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return s
    raise AssertionError


def ssn(rng):
    """an SSN valid in form (area 001-899 but not 666, group and serial not zero)."""
    while True:
        a = rng.randrange(1, 900)
        if a == 666:
            continue
        g = rng.randrange(1, 100)
        s = rng.randrange(1, 10000)
        return f"{a:03d}-{g:02d}-{s:04d}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def cap_first(s):
    return s[0].upper() + s[1:]


def nanp_ok(d):
    """whether ten digits are a NANP number in form (area and exchange not starting 0 or 1)."""
    return len(d) == 10 and d[0] >= "2" and d[3] >= "2"


class Block:
    """one block of a call: an entity with its question and answer, or a hard negative in its sentence."""

    def __init__(self, stratum, turns, src, note, names=()):
        self.stratum = stratum
        self.turns = turns  # [("A"|"C", text)]
        self.src = src
        self.note = note
        self.names = {n.lower() for n in names if len(n) > 2}


LABEL = re.compile(r"\[[^\]|]+\|[^\]]*\]|<[^>|]+\|[^>]*>")


def free_words(block):
    """lowercase words of a block's turns outside every label (both sides of groups)."""
    out = set()
    for _, t in block.turns:
        for w in re.findall(r"[A-Za-z']+", LABEL.sub(" ", t)):
            out.add(w.lower().strip("'"))
    return out


def pack(blocks, ncalls, rng, free_words=free_words):
    """deal blocks into ncalls calls, keeping any name out of another block's free words."""
    calls = [[] for _ in range(ncalls)]
    order = list(blocks)
    rng.shuffle(order)
    for b in order:
        best = None
        for k in range(ncalls):
            c = calls[k]
            names = set().union(*[x.names for x in c]) if c else set()
            free = set().union(*[free_words(x) for x in c]) if c else set()
            if b.names & free or names & free_words(b) or b.names & names:
                continue
            if any(x.stratum == b.stratum for x in c):
                continue
            if best is None or len(c) < len(calls[best]):
                best = k
        if best is None:
            raise SystemExit(f"cannot place block {b.stratum} {b.note}")
        calls[best].append(b)
    return calls


def any_domain(opening):
    """the default domain chooser: any domain of the opening lines."""
    return lambda blocks, rng: rng.choice(sorted(opening))


def write_half(path, calls, nums, rng, name, opening, reason, closes, domain=None):
    """write one half's calls as a dialogue file: opening and reason of the call's domain, the blocks
    (agent-name blocks first), and one of the closes."""
    domain = domain or any_domain(opening)
    lines = [f"# {name} dialogues, {'odd (dev)' if nums[0] % 2 else 'even (test)'} half; written by compose/compose.py, do not edit by hand", ""]
    for num, blocks in zip(nums, calls):
        srcs = sorted({b.src for b in blocks})
        main = max(srcs, key=lambda s: (sum(b.src == s for b in blocks), s != "authored", s))
        dom = domain(blocks, rng)
        ch = rng.choice([1, 1, 2])
        nodiar = " nodiar" if ch == 1 and rng.random() < 0.4 else ""
        lines.append("# blocks: " + ", ".join(f"{b.stratum}={b.note}" for b in blocks))
        lines.append(f"@@ {num:03d} both {ch} {dom} src={main}{nodiar}")
        turns = [("A", rng.choice(opening[dom])), ("C", rng.choice(reason[dom]))]
        # agent blocks read better early
        bl = sorted(blocks, key=lambda b: 0 if b.stratum == "PERSON.agent" else 1)
        for b in bl:
            turns.extend(b.turns)
        turns.extend(rng.choice(closes))
        for sp, t in turns:
            lines.append(f"{sp}: {t}")
        lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def deal_pack_write(name, blocks, per_call, extra, outdir, opening, reason, closes, domain=None,
                    free_words=free_words):
    """the stratified deal: the blocks of each stratum, in the order drawn, go alternately to the odd
    and the even half; each half is packed into max(half)//per_call + extra calls with the seeds
    "<name>/pack-odd|even" and written to outdir/odd.txt and even.txt with "<name>/write-odd|even".
    Prints each stratum's counts per half to stderr."""
    strata = {}
    for b in blocks:
        strata.setdefault(b.stratum, []).append(b)
    halves = [[], []]
    for k in sorted(strata):
        for i, b in enumerate(strata[k]):
            halves[i % 2].append(b)
    ncalls = max(len(halves[0]), len(halves[1])) // per_call + extra
    odd = pack(halves[0], ncalls, random.Random(f"{name}/pack-odd"), free_words)
    even = pack(halves[1], ncalls, random.Random(f"{name}/pack-even"), free_words)
    os.makedirs(outdir, exist_ok=True)
    write_half(os.path.join(outdir, "odd.txt"), odd, [2 * i + 1 for i in range(ncalls)],
               random.Random(f"{name}/write-odd"), name, opening, reason, closes, domain)
    write_half(os.path.join(outdir, "even.txt"), even, [2 * i + 2 for i in range(ncalls)],
               random.Random(f"{name}/write-even"), name, opening, reason, closes, domain)
    for k in sorted(strata):
        n0 = sum(1 for b in halves[0] if b.stratum == k)
        print(f"{k}\t{n0}\t{len(strata[k]) - n0}", file=sys.stderr)
    print(f"{2 * ncalls} calls, {len(blocks)} blocks", file=sys.stderr)
