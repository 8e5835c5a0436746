#!/usr/bin/env python3
"""Compact copy of the Harper Valley calls this set is built from.

Reads the fetched calls (one JSON file per call, the dataset's metadata and
transcript of data/metadata/<sid>.json and data/transcript/<sid>.json
merged: sid, agent_name, caller_name, tasks, segments with i, ch, role,
start_ms, dur_ms, human, asr, off, wd) from RAW (default
/work/wt/_hvb/raw), checks each, and writes the usable ones, sorted by
sid, to ../sources/hvb.jsonl.gz (gzip with no timestamp, so a rerun on the
same files writes the same bytes). A call that fails a check is left out
and listed on stderr with the reason.

Run from testdata/pii/set15: python3 build/compact.py [RAW]
"""
import glob
import gzip
import json
import os
import sys

RAW = sys.argv[1] if len(sys.argv) > 1 else "/work/wt/_hvb/raw"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sources", "hvb.jsonl.gz")
SEG_KEYS = ("i", "ch", "role", "start_ms", "dur_ms", "human", "asr", "off", "wd")


def check(d):
    """Returns why the call cannot be used, or None."""
    for k in ("sid", "agent_name", "caller_name", "tasks", "segments"):
        if k not in d:
            return "no %s" % k
    if not d["segments"]:
        return "no segments"
    roles = {}
    for s in d["segments"]:
        for k in SEG_KEYS:
            if k not in s:
                return "segment %s: no %s" % (s.get("i"), k)
        if s["role"] not in ("agent", "caller"):
            return "segment %d: role %r" % (s["i"], s["role"])
        if roles.setdefault(s["role"], s["ch"]) != s["ch"]:
            return "segment %d: the %s on two channels" % (s["i"], s["role"])
        if len(s["asr"].split()) != len(s["off"]) or len(s["off"]) != len(s["wd"]):
            return "segment %d: %d recognised words, %d offsets, %d durations" % (
                s["i"], len(s["asr"].split()), len(s["off"]), len(s["wd"]))
        if s["dur_ms"] <= 0 or any(w <= 0 for w in s["wd"]) or any(o < 0 for o in s["off"]):
            return "segment %d: a time is not positive" % s["i"]
    if len(set(roles.values())) != len(roles):
        return "agent and caller on one channel"
    return None


def compact(d):
    segs = [{k: s[k] for k in SEG_KEYS} for s in d["segments"]]
    return {"sid": d["sid"], "agent_name": d["agent_name"], "caller_name": d["caller_name"],
            "tasks": d["tasks"], "segments": segs}


def main():
    keep, dropped = [], []
    for path in sorted(glob.glob(os.path.join(RAW, "*.json"))):
        try:
            with open(path) as f:
                d = json.load(f)
        except (OSError, ValueError) as e:
            dropped.append((os.path.basename(path), "does not parse: %s" % e))
            continue
        why = check(d)
        if why:
            dropped.append((d.get("sid", os.path.basename(path)), why))
            continue
        keep.append(compact(d))
    keep.sort(key=lambda d: d["sid"])
    with open(OUT, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as z:
            for d in keep:
                z.write((json.dumps(d, sort_keys=True, separators=(",", ":")) + "\n").encode())
    print("kept %d calls, dropped %d" % (len(keep), len(dropped)), file=sys.stderr)
    for sid, why in dropped:
        print("dropped %s: %s" % (sid, why), file=sys.stderr)


if __name__ == "__main__":
    main()
