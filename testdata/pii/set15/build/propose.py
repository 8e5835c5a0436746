#!/usr/bin/env python3
"""Proposes labels for calls not yet in ../labels.txt and appends them.

Only a first draft for a person to check against the labelling guide
(../README.md): every proposal is read and corrected by hand before the
build uses it. Proposals marked with a trailing "?" need a decision.

Label line: sid first last KIND form [key=value ...] | words
  first, last: segment index (the dataset's "i") and word index inside
  the segment's words after markup, "5:3"; KIND a redact.Type or HN (a
  hard negative, form = its kind); keys: opt=5:4,5:6 (optional words),
  outer_first=5:2, outer_last=6:3.
"""
import os
import re
import sys

import common

NAMES = {"brown", "david", "davis", "elizabeth", "garcia", "james", "jennifer", "john", "johnson", "jones",
         "linda", "mary", "michael", "miller", "patricia", "robert", "rodriguez", "smith", "williams", "wilson"}
DIGITS = {"zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
          "hundred", "double", "triple"}
FILLERS = {"uh", "um", "uhm", "hmm"}
WORDS = {"harper", "day", "bill", "may", "will", "mark", "june", "april", "grant", "hope", "joy", "page", "price",
         "long", "young", "king", "hill", "wood", "woods", "rose", "ray", "gay", "star", "sun", "rich", "hall",
         "gas", "bank", "card", "branch", "green", "black", "white", "gray", "grey", "lane", "street", "park",
         "chase", "frank", "guy", "banks", "major", "love", "bell", "ball", "west", "north", "south", "east",
         "case", "carter", "holiday", "summer", "august", "forest", "valley", "ranch", "main", "first", "christian"}


def census(path, n):
    out = []
    with open(path) as f:
        for line in f:
            out.append(line.split()[0].lower())
            if len(out) >= n:
                break
    return set(out)


def pos(s):
    i, k = s.split(":")
    return int(i), int(k)


def stream(call):
    """The call's words in order: (segment i, word k, word, role)."""
    out = []
    for seg in common.ordered(call):
        for k, t in enumerate(common.human_tokens(seg["human"])):
            out.append((seg["i"], k, t, seg["role"]))
    return out


STATES = {"california", "oregon", "nevada", "washington", "arizona", "texas"}
TOWN = {"forest", "forrest", "ranch", "harper", "valley", "in", "that's", "and", "it's", "is", "uh", "um", "the", "city",
        "of"}
AMPM = ("a m", "p m", "am", "pm", "o'clock", "a.m.", "p.m.")


def numbers(call):
    """Number runs, classified by the call's task: a first draft."""
    st = stream(call)
    tasks = {t["task_type"] for t in call["tasks"]}
    runs = []
    n = 0
    while n < len(st):
        w = st[n][2]
        if w not in DIGITS or w in ("double", "triple") or (w == "hundred" and not (n > 0 and st[n - 1][2] == "a")):
            n += 1
            continue
        if w == "hundred":
            n -= 1
        m = n
        while m + 1 < len(st) and st[m + 1][0] == st[n][0] and (
                st[m + 1][2] in DIGITS or st[m + 1][2] in FILLERS and m + 2 < len(st) and st[m + 2][2] in DIGITS
                or st[m + 1][2] == "and" and m + 2 < len(st) and st[m + 2][2] in DIGITS):
            m += 1
        runs.append([n, m])
        n = m + 1
    # merge runs of one speaker that only a segment break separates
    merged = []
    for r in runs:
        if merged and merged[-1][1] + 1 == r[0] and st[r[0]][3] == st[merged[-1][1]][3] and \
                tasks & {"reset password", "order checks", "pay bill"}:
            merged[-1][1] = r[1]
        else:
            merged.append(r)
    out = []
    for n, m in merged:
        seg = st[n][0]
        words = [x[2] for x in st[n:m + 1]]
        txt = " ".join(words)
        after = " ".join(x[2] for x in st[m + 1:m + 4])
        before = " ".join(x[2] for x in st[max(0, n - 5):n] if x[0] == seg)
        before_role = " ".join(x[2] for x in st[max(0, n - 6):n] if x[3] == st[n][3])
        span = "%s %d:%d %d:%d" % (call["sid"], st[n][0], st[n][1], st[m][0], st[m][1])
        if after.startswith("dollar") or after.startswith("buck"):
            if st[n][2] == "a":
                pass
            span = "%s %d:%d %d:%d" % (call["sid"], st[n][0], st[n][1], st[m + 1][0], st[m + 1][1])
            out.append("%s HN amount | %s" % (span, " ".join(x[2] for x in st[n:m + 2])))
            continue
        amp = [a for a in AMPM if after == a or after.startswith(a + " ")]
        if amp or "schedule appointment" in tasks and " at" in " " + before[-3:] or "hours are" in before or \
                before.endswith("until") or before.endswith(" to"):
            m2 = m
            while m2 + 1 < len(st) and st[m2 + 1][3] == st[n][3] and st[m2 + 1][2] in (
                    "a", "m", "p", "am", "pm", "o'clock", "o'", "clock") and (amp or st[m2 + 1][2] != "a"):
                if st[m2 + 1][2] == "a" and not (m2 + 2 < len(st) and st[m2 + 2][2] == "m"):
                    break
                m2 += 1
            span = "%s %d:%d %d:%d" % (call["sid"], st[n][0], st[n][1], st[m2][0], st[m2][1])
            out.append("%s HN time | %s" % (span, " ".join(x[2] for x in st[n:m2 + 1])))
            continue
        if len(words) == 1 and words[0] in ("one", "oh", "o"):
            continue
        if "reset password" in tasks and len(words) >= 3:
            cue = "phone number" in before
            form = "read-back" if st[n][3] == "agent" else ("answer-cued" if cue else "answer")
            out.append("%s PHONE %s | %s" % (span, form, txt))
            continue
        if tasks & {"order checks", "pay bill"}:
            role = st[n][3]
            # a street after the number (maybe in the speaker's next segment)
            j = m + 1
            while j < len(st) and st[j][3] == role and st[j][2] not in ("street", "road", "avenue") and j - m < 9:
                j += 1
            street = j < len(st) and st[j][3] == role and st[j][2] in ("street", "road", "avenue")
            zipctx = "zip" in before_role or any(s in before_role.split()[-4:] for s in STATES)
            if street and (j - m <= 4 or not zipctx):
                k = j + 1
                last_state = None
                while k < len(st) and st[k][3] == role and (st[k][2] in TOWN or st[k][2] in STATES) and k - j < 8:
                    if st[k][2] in STATES:
                        last_state = k
                    k += 1
                form = "read-back" if role == "agent" else ("home" if "order checks" in tasks else "payee")
                extra = " outer_last=%d:%d" % (st[last_state][0], st[last_state][1]) if last_state else ""
                out.append("%s %d:%d %d:%d ADDRESS %s%s | %s" % (call["sid"], st[n][0], st[n][1], st[j][0], st[j][1],
                                                               form, extra, " ".join(x[2] for x in st[n:j + 1])))
                continue
            prev_other = " ".join(x[2] for x in st[max(0, n - 15):n] if x[3] != role)
            if zipctx or "zip" in prev_other:
                form = "cued" if "zip" in before_role else ("with-address" if zipctx else "answer")
                if role == "agent":
                    form = "read-back"
                out.append("%s ZIP %s | %s" % (span, form, txt))
                continue
        out.append("%s NUM ? | %s" % (span, txt))
    return out


def main():
    d = os.path.join(common.HERE, "..", "..", "..", "..", "..", "shared", "data", "census1990-names")
    d = os.environ.get("CENSUS", "/work/wt/shared/data/census1990-names")
    other = census(os.path.join(d, "dist.male.first"), 300) | census(os.path.join(d, "dist.female.first"), 300) | \
        census(os.path.join(d, "dist.all.last"), 300)
    done = set()
    if os.path.exists(common.LABELS):
        with open(common.LABELS) as f:
            done = {line.split()[0] for line in f if line.strip() and not line.startswith("#")}
            f.seek(0)
            done |= {line.split()[1] for line in f if line.startswith("# call ")}
    out = []
    for call in common.load():
        if call["sid"] in done:
            continue
        out.append("# call %s agent=%s caller=%s tasks=%s" % (
            call["sid"], call["agent_name"].replace(" ", "_"), call["caller_name"].replace(" ", "_"),
            ",".join(t["task_type"].replace(" ", "_") for t in call["tasks"])))
        meta = set(call["agent_name"].lower().split()) | set(call["caller_name"].lower().split())
        for seg in common.ordered(call):
            toks = common.human_tokens(seg["human"])
            text = " ".join(toks)
            i = seg["i"]
            k = 0
            while k < len(toks):
                t = toks[k]
                if t in NAMES or t in meta or (t in other and t not in DIGITS and t not in WORDS):
                    j = k
                    while j + 1 < len(toks) and (toks[j + 1] in NAMES or toks[j + 1] in meta):
                        j += 1
                    before = " ".join(x for x in toks[max(0, k - 5):k] if x not in FILLERS)
                    sure = all(x in NAMES or x in meta for x in toks[k:j + 1])
                    if seg["role"] == "agent" and re.search(r"(name is|this is)$", before):
                        form = "agent-intro"
                    elif seg["role"] == "caller" and re.search(r"(name is|this is|name's|i'm|is also|also)$", before):
                        form = "caller-intro"
                    elif re.search(r"(hi|hello|thank you|thanks|evening|morning|afternoon|okay|bye)$", before):
                        form = "vocative"
                    else:
                        form = "read-back"
                    out.append("%s %d:%d %d:%d PERSON %s%s | %s" % (
                        call["sid"], i, k, i, j, form, "" if sure else " ?", " ".join(toks[k:j + 1])))
                    k = j + 1
                    continue
                k += 1
            for m in re.finditer(r"\b(harper|happy|harbor) valley( national bank| nation| bank|(?= national))\b", text):
                a, b = len(text[:m.start()].split()), len(text[:m.end()].split()) - 1
                out.append("%s %d:%d %d:%d HN bank-name | %s" % (call["sid"], i, a, i, b, m.group(0)))
            for pat, kind in ((r"\b(credit|debit) cards?\b", "card-type"),
                              (r"\b(checking|savings)( accounts?)?\b", "account-type"),
                              (r"\b(fossil gas|smart electr?ic)\b", "company"),
                              (r"\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b", "day"),
                              (r"\b(three to five business days)\b", "duration")):
                for m in re.finditer(pat, text):
                    a, b = len(text[:m.start()].split()), len(text[:m.end()].split()) - 1
                    out.append("%s %d:%d %d:%d HN %s | %s" % (call["sid"], i, a, i, b, kind, m.group(0)))
        hn = [(l.split()[1], l.split()[2]) for l in out if l.startswith(call["sid"]) and " HN " in l]
        for l in numbers(call):
            a, b = pos(l.split()[1]), pos(l.split()[2])
            if any(not (b < pos(x) or a > pos(y)) for x, y in hn):
                continue
            out.append(l)
    with open(common.LABELS, "a") as f:
        for line in out:
            f.write(line + "\n")
    print("proposed %d lines" % len(out), file=sys.stderr)


if __name__ == "__main__":
    main()
