"""Print the README's Sources rows: every briefing a block of compose/labels.txt was cut from, with
its title, its page on the archived Obama White House site and the copy read.

    python3 compose/sources.py /tmp/set16-briefings.jsonl
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
used = {}
for m in re.finditer(r"^# src=(\d+):", open(os.path.join(HERE, "labels.txt")).read(), re.M):
    used[int(m.group(1))] = used.get(int(m.group(1)), 0) + 1
bs = {}
for l in open(sys.argv[1]):
    b = json.loads(l)
    if b["n"] in used:
        bs[b["n"]] = b
bad = 0
for n in sorted(used, key=lambda n: bs[n]["path"]):
    b = bs[n]
    d = re.search(r"/(\d{4})/(\d\d)/(\d\d)/", b["path"])
    t = re.search(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", b["title"])
    # the page's date is when it was posted, up to a few days after the briefing
    if d and t and (int(t.group(1)) != int(d.group(2)) or not 0 <= int(d.group(3)) - int(t.group(2)) <= 3) and \
            not (int(d.group(3)) <= 3 and int(t.group(2)) >= 28):
        bad += 1
        print(f"date mismatch: {n} {b['title']} {b['path']}", file=sys.stderr)
    print(f"| {n} | {b['title'].replace('|', '/')} | https://obamawhitehouse.archives.gov/{b['path']} | {used[n]} |")
print(f"{len(used)} briefings, {bad} date mismatches", file=sys.stderr)
