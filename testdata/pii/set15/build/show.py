#!/usr/bin/env python3
"""Prints calls with their labels inline, for checking labels by eye:
python3 build/show.py [sid-prefix ...]. Not part of the build."""
import sys

import common
from build import read_labels


def main():
    want = sys.argv[1:]
    labels = read_labels()
    for call in common.load():
        if want and not any(call["sid"].startswith(w) for w in want):
            continue
        ls = labels.get(call["sid"], [])
        print("===== %s agent=%s caller=%s %s" % (call["sid"][:8], call["agent_name"], call["caller_name"],
                                                 [t["task_type"] for t in call["tasks"]]))
        opens, closes = {}, {}
        for l in ls:
            opens.setdefault(l["first"], []).append("[%s %s " % (l["kind"], l["form"]))
            closes.setdefault(l["last"], []).append("]")
        for seg in common.ordered(call):
            toks = common.human_tokens(seg["human"])
            if not toks:
                continue
            out = []
            for k, t in enumerate(toks):
                w = "".join(opens.get((seg["i"], k), [])) + t + "".join(closes.get((seg["i"], k), []))
                out.append(w)
            print("  %2d %s %s" % (seg["i"], seg["role"][:2], " ".join(out)))


if __name__ == "__main__":
    main()
