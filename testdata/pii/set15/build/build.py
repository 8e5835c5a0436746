#!/usr/bin/env python3
"""Builds set15 (the human transcripts) and set15asr (the recogniser's
words) from the compact sources and the hand-checked labels.

Run from testdata/pii/set15: python3 build/build.py
Writes ../set15.jsonl.gz and ../set15asr.jsonl.gz (record format:
testdata/pii/README.md; gzip with no timestamp, so a rerun writes the same
bytes) and prints the counts the README gives (counts only, no words).
"""
import collections
import difflib
import gzip
import json
import os
import sys

import common

OUT_HUMAN = os.path.join(common.HERE, "..", "..", "set15.jsonl.gz")
OUT_ASR = os.path.join(common.HERE, "..", "..", "set15asr.jsonl.gz")
TYPES = {"PERSON", "PHONE", "ADDRESS", "ZIP", "ACCOUNT", "CARD", "CARD_CVV", "CARD_EXPIRY", "SSN", "PIN", "DOB",
         "EMAIL", "ROUTING"}
ALSO = {"ZIP": ["ADDRESS"]}
FILLERS = {"uh", "um", "uhm", "hmm", "mm", "er", "ah"}
SPEAKER = {0: "spk_0", 1: "spk_1"}



def channel_runs(words, lo, hi):
    """The runs of words[lo..hi] said on words[lo]'s channel, in order: an
    entity the other speaker's words come between is one part per run."""
    ch = words[lo]["channel"]
    runs, cur = [], []
    for x in range(lo, hi + 1):
        if words[x]["channel"] == ch:
            cur.append(x)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs

def pos(s):
    i, k = s.split(":")
    return int(i), int(k)


def read_labels(path=common.LABELS):
    """sid -> labels, each {first, last, kind, form, opt, outer_first,
    outer_last, text, line}. "# call" lines mark a call as reviewed."""
    out = collections.defaultdict(list)
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                parts = line.split()
                if len(parts) > 2 and parts[1] == "call":
                    out.setdefault(parts[2], [])
                continue
            head, _, text = line.partition("|")
            f_ = head.split()
            lab = {"sid": f_[0], "first": pos(f_[1]), "last": pos(f_[2]), "kind": f_[3], "form": f_[4],
                   "opt": [], "outer_first": None, "outer_last": None, "text": text.strip(), "line": n,
                   "unsure": "?" in f_[5:]}
            for kv in f_[5:]:
                if kv == "?":
                    continue
                k, _, v = kv.partition("=")
                if k == "opt":
                    lab["opt"] = [pos(x) for x in v.split(",")]
                elif k in ("outer_first", "outer_last"):
                    lab[k] = pos(v)
                else:
                    raise SystemExit("labels.txt:%d: unknown key %s" % (n, k))
            out[lab["sid"]].append(lab)
    return out


def edits(a, b):
    """Word edit distance."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


class Call:
    """One call's human words and recogniser words, with the maps between them."""

    def __init__(self, call):
        self.call = call
        self.segs = common.ordered(call)
        self.htoks = {s["i"]: common.human_tokens(s["human"]) for s in self.segs}
        self.awords = {s["i"]: common.asr_words(s) for s in self.segs}
        self.role = {s["i"]: s["role"] for s in self.segs}
        self.order = [s["i"] for s in self.segs]
        # human record
        self.hwords, self.hidx = [], {}
        for s in self.segs:
            toks = self.htoks[s["i"]]
            n = len(toks)
            for k, t in enumerate(toks):
                a = s["start_ms"] + k * s["dur_ms"] // n
                b = s["start_ms"] + (k + 1) * s["dur_ms"] // n
                assert b > a, (call["sid"], s["i"])
                self.hidx[(s["i"], k)] = len(self.hwords)
                self.hwords.append({"text": t, "start_ms": a, "end_ms": b, "channel": common.channel(s),
                                    "speaker": SPEAKER[common.channel(s)]})
        # recogniser record
        self.awords_rec, self.aidx = [], {}
        last = {}
        for s in self.segs:
            ch = common.channel(s)
            for k, (t, a, b) in enumerate(self.awords[s["i"]]):
                if ch in last and a < last[ch]["end_ms"]:  # never seen in the source; keep the record valid
                    last[ch]["end_ms"] = max(last[ch]["start_ms"] + 1, a)
                    a = max(a, last[ch]["end_ms"])
                    b = max(b, a + 1)
                w = {"text": t, "start_ms": a, "end_ms": b, "channel": ch, "speaker": SPEAKER[ch]}
                self.aidx[(s["i"], k)] = len(self.awords_rec)
                self.awords_rec.append(w)
                last[ch] = w
        # the alignment: human words with "<unk>" kept in place (so the
        # recogniser's word for an unclear word is a replacement, not an
        # insertion) against the recogniser's words
        self.ops, self.hfull, self.full = {}, {}, {}
        for s in self.segs:
            self.hfull[s["i"]], self.full[s["i"]] = common.human_tokens_full(s["human"])
            assert [self.hfull[s["i"]][x] for x in self.full[s["i"]]] == self.htoks[s["i"]]
            a = [w[0] for w in self.awords[s["i"]]]
            self.ops[s["i"]] = difflib.SequenceMatcher(None, self.hfull[s["i"]], a, autojunk=False).get_opcodes()

    def positions(self, first, last):
        """The human positions (segment, word) from first to last, in order."""
        out = []
        on = False
        for i in self.order:
            for k in range(len(self.htoks[i])):
                if (i, k) == first:
                    on = True
                if on:
                    out.append((i, k))
                if (i, k) == last:
                    return out
        raise ValueError("range %s..%s not in call" % (first, last))

    def to_asr(self, poss, unk_next_to=False):
        """Maps human positions to the recogniser's positions (segment,
        word) said at their time, and says which of them match a word of
        poss exactly. With unk_next_to, an "<unk>" right before or after
        the words (a name's other half the transcriber could not make
        out) is mapped with them."""
        by = collections.defaultdict(list)
        for i, k in poss:
            by[i].append(self.full[i][k])
        out, exact = set(), set()
        for i, ks in by.items():
            lo, hi = min(ks), max(ks)
            h = self.hfull[i]
            if unk_next_to:
                while lo > 0 and h[lo - 1] == "<unk>":
                    lo -= 1
                while hi + 1 < len(h) and h[hi + 1] == "<unk>":
                    hi += 1
            a = [w[0] for w in self.awords[i]]
            for tag, i1, i2, j1, j2 in self.ops[i]:
                if tag == "equal":
                    for x in range(max(i1, lo), min(i2, hi + 1)):
                        out.add((i, j1 + x - i1))
                        exact.add((i, j1 + x - i1))
                elif tag == "replace":
                    if i2 <= lo or i1 > hi:
                        continue
                    # proportional, by characters, inside the replaced block
                    hl = [len(t) + 1 for t in h[i1:i2]]
                    al = [len(t) + 1 for t in a[j1:j2]]
                    ht, at = float(sum(hl)), float(sum(al))
                    f0 = sum(hl[:max(i1, lo) - i1]) / ht
                    f1 = sum(hl[:min(i2, hi + 1) - i1]) / ht
                    best, got = None, False
                    acc = 0
                    for y, l in enumerate(al):
                        g0, g1 = acc / at, (acc + l) / at
                        acc += l
                        ov = min(f1, g1) - max(f0, g0)
                        if (g0 + g1) / 2 >= f0 and (g0 + g1) / 2 <= f1:
                            out.add((i, j1 + y))
                            got = True
                        if best is None or ov > best[0]:
                            best = (ov, j1 + y)
                    if not got and best[0] > 0:
                        out.add((i, best[1]))
                elif tag == "insert":
                    if lo < i1 <= hi:
                        for y in range(j1, j2):
                            out.add((i, y))
        return out, exact


def heard_as(c, e):
    """How the recogniser heard entity e of call c: exact, partly, wrong
    or deleted (as the build labels it)."""
    apos, exact = c.to_asr(e["poss"], unk_next_to=e["kind"] == "PERSON")
    aidx = sorted(c.aidx[p] for p in apos)
    if not aidx:
        return "deleted"
    hw = [c.htoks[i][k] for i, k in e["poss"]]
    aw = [w["text"] for w in c.awords_rec[aidx[0]:aidx[-1] + 1]]
    return "exact" if aw == hw else ("partly" if exact else "wrong")


def focus_rank(calls_forms):
    c = collections.Counter()
    for forms in calls_forms.values():
        c.update(set(forms))
    return c


def main():
    calls = common.load()
    labels = read_labels()
    problems = []
    built = []
    for call in calls:
        sid = call["sid"]
        if sid not in labels:
            problems.append("%s: not reviewed (no '# call' line in labels.txt)" % sid)
            continue
        c = Call(call)
        if not c.hwords:
            problems.append("%s: no words" % sid)
            continue
        ents, negs = [], []
        for lab in labels[sid]:
            where = "labels.txt:%d" % lab["line"]
            if lab["unsure"] or lab["kind"] not in TYPES | {"HN"}:
                problems.append("%s: undecided (%s %s)" % (where, lab["kind"], lab["form"]))
                continue
            try:
                poss = c.positions(lab["first"], lab["last"])
            except ValueError as e:
                problems.append("%s: %s" % (where, e))
                continue
            words = " ".join(c.htoks[i][k] for i, k in poss)
            if words != lab["text"]:
                problems.append("%s: words %r, label says %r" % (where, words, lab["text"]))
                continue
            lab["poss"] = poss
            (negs if lab["kind"] == "HN" else ents).append(lab)
        built.append((c, ents, negs))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        raise SystemExit("%d problems" % len(problems))

    # focus form and numbering: each call goes to the half (odd or even
    # numbers) that has fewer of its entity forms, task and hard-negative
    # kinds so far, calls with the rarest features first, so both halves
    # get a like mix
    forms = {}
    for c, ents, negs in built:
        forms[c.call["sid"]] = ["%s-%s" % (e["kind"].lower(), e["form"]) for e in ents]
    rank = focus_rank(forms)
    feats = {}
    for c, ents, negs in built:
        sid = c.call["sid"]
        task = "+".join(sorted(t["task_type"].replace(" ", "-") for t in c.call["tasks"]))
        f = collections.Counter(forms[sid])
        f["task:" + task] += 1
        for e in ents:
            f["heard:%s-%s" % (e["kind"], heard_as(c, e))] += 1
        for h in negs:
            f["hn:" + h["form"]] += 1
        feats[sid] = f
    total = collections.Counter()
    for f in feats.values():
        total.update(f)
    halves = {1: collections.Counter(), 0: collections.Counter()}
    size = {1: 0, 0: 0}
    cap = (len(built) + 1) // 2
    order = sorted(built, key=lambda b: (min(total[k] for k in feats[b[0].call["sid"]]), b[0].call["sid"]))
    placed = []
    for c, ents, negs in order:
        sid = c.call["sid"]
        f = feats[sid]
        score = {h: sum(v * halves[h][k] / float(total[k]) for k, v in f.items()) for h in (1, 0)}
        choices = [h for h in (1, 0) if size[h] < cap]
        h = min(choices, key=lambda h: (score[h], size[h], -h))
        halves[h].update(f)
        size[h] += 1
        fs = forms[sid]
        focus = min(fs, key=lambda x: (rank[x], x)) if fs else "none"
        task = "+".join(sorted(t["task_type"].replace(" ", "-") for t in c.call["tasks"]))
        placed.append((h, (focus, task, sid), focus, c, ents, negs))
    # then swap calls between the halves while a swap makes the halves'
    # counts closer (sum over features of the squared difference over the
    # feature's total), in a fixed order
    half_of = {p[3].call["sid"]: p[0] for p in placed}
    diff = collections.Counter()
    for sid, h in half_of.items():
        for k, v in feats[sid].items():
            diff[k] += v if h == 1 else -v

    def gain(a, b):  # a in the odd half, b in the even half
        keys = set(feats[a]) | set(feats[b])
        before = sum(diff[k] ** 2 / float(total[k]) for k in keys)
        after = sum((diff[k] - 2 * feats[a][k] + 2 * feats[b][k]) ** 2 / float(total[k]) for k in keys)
        return before - after

    sids = sorted(half_of)
    improved = True
    while improved:
        improved = False
        for a in sids:
            for b in sids:
                if half_of[a] == 1 and half_of[b] == 0 and gain(a, b) > 1e-9:
                    for k, v in feats[a].items():
                        diff[k] -= 2 * v
                    for k, v in feats[b].items():
                        diff[k] += 2 * v
                    half_of[a], half_of[b] = 0, 1
                    improved = True
    placed = [(half_of[p[3].call["sid"]],) + p[1:] for p in placed]
    numbered = {}
    for h in (1, 0):
        mine = sorted((p for p in placed if p[0] == h), key=lambda p: p[1])
        for j, p in enumerate(mine):
            numbered[2 * j + (1 if h == 1 else 2)] = p
    keyed = [(None, numbered[n][2], numbered[n][3], numbered[n][4], numbered[n][5]) for n in sorted(numbered)]
    assert sorted(numbered) == list(range(1, len(built) + 1)), "halves of unequal size"

    stats = collections.Counter()
    human_recs, asr_recs = [], []
    wer_all = [0, 0]
    wer_ent = collections.defaultdict(lambda: [0, 0])
    heard = collections.Counter()
    name_report = []
    for n, (_, focus, c, ents, negs) in enumerate(keyed, 1):
        half = "odd" if n % 2 else "even"
        task = "+".join(sorted(t["task_type"] for t in c.call["tasks"]))
        stats[("task", task, half)] += 1
        stats[("calls", half)] += 1
        hrec = {"id": "set15-%03d-%s-lower" % (n, focus), "style": "lower", "channels": 2,
                "words": c.hwords, "entities": [], "hard_negatives": []}
        arec = {"id": "set15asr-%03d-%s-lower" % (n, focus), "style": "lower", "channels": 2,
                "words": c.awords_rec, "entities": [], "hard_negatives": []}
        for i in c.order:
            a = [w[0] for w in c.awords[i]]
            wer_all[0] += edits(c.htoks[i], a)
            wer_all[1] += len(c.htoks[i])
        # human entities, split where the other channel comes between
        for e in ents:
            idx = [c.hidx[p] for p in e["poss"]]
            lo, hi = idx[0], idx[-1]
            ch = c.hwords[lo]["channel"]
            runs = channel_runs(c.hwords, lo, hi)
            e["runs"] = len(runs)
            opt = {c.hidx[p] for p in e["opt"]}
            of = c.hidx[e["outer_first"]] if e["outer_first"] else lo
            ol = c.hidx[e["outer_last"]] if e["outer_last"] else hi
            for r, run in enumerate(runs):
                o = sorted(x for x in run if x in opt)
                if len(o) == len(run):
                    continue
                ofr = of if r == 0 else run[0]
                olr = ol if r == len(runs) - 1 else run[-1]
                # the outer range stays on the entity's channel: it ends
                # before the other speaker's first word
                for x in range(run[-1] + 1, olr + 1):
                    if c.hwords[x]["channel"] != ch:
                        olr = x - 1
                        break
                for x in range(run[0] - 1, ofr - 1, -1):
                    if c.hwords[x]["channel"] != ch:
                        ofr = x + 1
                        break
                hrec["entities"].append({
                    "type": e["kind"], "form": e["form"], "first": run[0], "last": run[-1],
                    "outer_first": ofr, "outer_last": olr,
                    "optional": o, "also": ALSO.get(e["kind"], [])})
                stats[("ent", e["kind"], e["form"], half)] += 1
        for h in negs:
            idx = [c.hidx[p] for p in h["poss"]]
            hrec["hard_negatives"].append({"kind": h["form"], "first": idx[0], "last": idx[-1]})
            stats[("hn", h["form"], half)] += 1
            stats[("hnwords", h["form"], half)] += len(idx)
        # the recogniser's record
        taken = {}
        for e in ents:
            apos, exact = c.to_asr(e["poss"], unk_next_to=e["kind"] == "PERSON")
            hw = [c.htoks[i][k] for i, k in e["poss"]]
            aidx = sorted(c.aidx[p] for p in apos)
            if not aidx:
                heard[(e["kind"], "deleted")] += 1
                stats[("asr-deleted", e["kind"], half)] += 1
                wer_ent[e["kind"]][0] += len(hw)
                wer_ent[e["kind"]][1] += len(hw)
                continue
            lo, hi = aidx[0], aidx[-1]
            aw = [w["text"] for w in c.awords_rec[lo:hi + 1]]
            wer_ent[e["kind"]][0] += edits(hw, aw)
            wer_ent[e["kind"]][1] += len(hw)
            if aw == hw:
                how = "exact"
            elif exact:
                how = "partly"
            else:
                how = "wrong"
            heard[(e["kind"], how)] += 1
            optset = set(e["opt"])
            aopt = {c.aidx[p] for p in exact if False}
            # optional: words matching an optional human word, and inserted fillers
            for i, k in e["poss"]:
                if (i, k) in optset:
                    f = c.full[i][k]
                    for tag, i1, i2, j1, j2 in c.ops[i]:
                        if tag == "equal" and i1 <= f < i2:
                            aopt.add(c.aidx[(i, j1 + f - i1)])
            exact_words = {c.aidx[p] for p in exact}
            for x in range(lo, hi + 1):
                if c.awords_rec[x]["text"] in FILLERS and x not in exact_words:
                    aopt.add(x)
            ch = c.awords_rec[lo]["channel"]
            runs = channel_runs(c.awords_rec, lo, hi)
            of, ol = lo, hi
            if e["outer_first"] or e["outer_last"]:
                outer = c.positions(e["outer_first"] or e["first"], e["outer_last"] or e["last"])
                op, _ = c.to_asr(outer)
                oi = sorted(c.aidx[p] for p in op)
                if oi:
                    of, ol = min(of, oi[0]), max(ol, oi[-1])
            for r, run in enumerate(runs):
                o = sorted(x for x in run if x in aopt)
                if len(o) == len(run):
                    o = []
                ent = {"type": e["kind"], "form": "%s-%s" % (e["form"], how), "first": run[0], "last": run[-1],
                       "outer_first": of if r == 0 else run[0], "outer_last": ol if r == len(runs) - 1 else run[-1],
                       "optional": o, "also": ALSO.get(e["kind"], [])}
                # the outer range stays on the channel and off other entities
                while ent["outer_first"] < ent["first"] and (
                        c.awords_rec[ent["outer_first"]]["channel"] != ch or ent["outer_first"] in taken):
                    ent["outer_first"] += 1
                while ent["outer_last"] > ent["last"] and (
                        c.awords_rec[ent["outer_last"]]["channel"] != ch or ent["outer_last"] in taken):
                    ent["outer_last"] -= 1
                for x in range(ent["outer_first"], ent["outer_last"] + 1):
                    if c.awords_rec[x]["channel"] != ch:
                        ent["outer_first"], ent["outer_last"] = ent["first"], ent["last"]
                        break
                clash = [x for x in range(ent["outer_first"], ent["outer_last"] + 1) if x in taken]
                if clash:
                    problems.append("%s: entity at line %d overlaps another in the recogniser's words" % (
                        arec["id"], e["line"]))
                    continue
                for x in range(ent["outer_first"], ent["outer_last"] + 1):
                    taken[x] = True
                arec["entities"].append(ent)
                stats[("asr-ent", e["kind"], how, half)] += 1
        for h in negs:
            apos, _ = c.to_asr(h["poss"])
            aidx = sorted(c.aidx[p] for p in apos)
            if not aidx:
                stats[("asr-hn-dropped", "deleted")] += 1
                continue
            lo, hi = aidx[0], aidx[-1]
            if any(x in taken for x in range(lo, hi + 1)) or len({c.awords_rec[x]["channel"] for x in range(lo, hi + 1)}) > 1:
                stats[("asr-hn-dropped", "overlap")] += 1
                continue
            arec["hard_negatives"].append({"kind": h["form"], "first": lo, "last": hi})
            stats[("asr-hn", h["form"], half)] += 1
        human_recs.append(hrec)
        asr_recs.append(arec)
        # the metadata names, found as words?
        text = " ".join(w["text"] for w in c.hwords)
        said = {}
        for e in ents:
            if e["kind"] == "PERSON":
                said.setdefault(e["form"], []).append(" ".join(c.htoks[i][k] for i, k in e["poss"]))
        for who, name in (("agent", c.call["agent_name"]), ("caller", c.call["caller_name"])):
            for part in name.lower().split():
                if (" " + part + " ") not in (" " + text + " "):
                    name_report.append((hrec["id"], who, part, said.get(who + "-intro", [])))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        raise SystemExit("%d problems" % len(problems))
    for path, recs in ((OUT_HUMAN, human_recs), (OUT_ASR, asr_recs)):
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as z:
                for r in recs:
                    z.write((json.dumps(r, separators=(",", ":")) + "\n").encode())
    report(stats, heard, wer_all, wer_ent, name_report, human_recs, asr_recs)


def report(stats, heard, wer_all, wer_ent, name_report, human_recs, asr_recs):
    p = print
    p("calls: %d (odd %d, even %d); human words %d, recognised words %d" % (
        len(human_recs), stats[("calls", "odd")], stats[("calls", "even")],
        sum(len(r["words"]) for r in human_recs), sum(len(r["words"]) for r in asr_recs)))
    p("\ntasks (odd / even):")
    for k in sorted(k for k in stats if k[0] == "task" and k[2] == "odd" or k[0] == "task" and (k[0], k[1], "odd") not in stats):
        p("  %-22s %3d / %3d" % (k[1], stats[("task", k[1], "odd")], stats[("task", k[1], "even")]))
    p("\nentities, human record (odd / even):")
    keys = sorted({(k[1], k[2]) for k in stats if k[0] == "ent"})
    tot = collections.Counter()
    for t, f in keys:
        o, e = stats[("ent", t, f, "odd")], stats[("ent", t, f, "even")]
        tot[(t, "odd")] += o
        tot[(t, "even")] += e
        p("  %-8s %-16s %3d / %3d" % (t, f, o, e))
    for t in sorted({k[0] for k in tot}):
        p("  %-8s %-16s %3d / %3d" % (t, "ALL", tot[(t, "odd")], tot[(t, "even")]))
    p("\nhard negatives (odd / even, entries and words):")
    for kind in sorted({k[1] for k in stats if k[0] == "hn"}):
        p("  %-14s %3d / %3d   words %3d / %3d" % (kind, stats[("hn", kind, "odd")], stats[("hn", kind, "even")],
                                                   stats[("hnwords", kind, "odd")], stats[("hnwords", kind, "even")]))
    p("\nhow the recogniser heard each entity:")
    for t in sorted({k[0] for k in heard}):
        p("  %-8s exact %3d partly %3d wrong %3d deleted %3d" % (
            t, heard[(t, "exact")], heard[(t, "partly")], heard[(t, "wrong")], heard[(t, "deleted")]))
    p("  %-8s exact %3d partly %3d wrong %3d deleted %3d" % (
        "all", *[sum(v for k, v in heard.items() if k[1] == h) for h in ("exact", "partly", "wrong", "deleted")]))
    p("\nrecogniser entities per half (odd / even):")
    for t in sorted({k[1] for k in stats if k[0] == "asr-ent"}):
        p("  %-8s %s" % (t, "  ".join("%s %d/%d" % (h, stats[("asr-ent", t, h, "odd")], stats[("asr-ent", t, h, "even")])
                                    for h in ("exact", "partly", "wrong"))))
    p("  hard negatives kept %d, dropped (no word heard) %d, dropped (on an entity's words) %d" % (
        sum(v for k, v in stats.items() if k[0] == "asr-hn"), stats[("asr-hn-dropped", "deleted")],
        stats[("asr-hn-dropped", "overlap")]))
    p("\nword error rate: all %d/%d = %.1f %%" % (wer_all[0], wer_all[1], 100.0 * wer_all[0] / wer_all[1]))
    e0 = sum(v[0] for v in wer_ent.values())
    e1 = sum(v[1] for v in wer_ent.values())
    p("  entities' own words %d/%d = %.1f %%" % (e0, e1, 100.0 * e0 / max(e1, 1)))
    for t, v in sorted(wer_ent.items()):
        p("  %-8s %d/%d = %.1f %%" % (t, v[0], v[1], 100.0 * v[0] / max(v[1], 1)))
    p("\nmetadata name parts not said as a word in the human transcript (id, whose, part, intro labelled):")
    for r in name_report:
        p("  %s %s %s %s" % r)


if __name__ == "__main__":
    main()
