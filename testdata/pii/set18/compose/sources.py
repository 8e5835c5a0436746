"""Print the Sources rows of README.md from compose/labels.txt: one row per excerpt of a recorded call,
with its volume, document number, the two parties, the document's address on history.state.gov
and its file in HistoryAtState/frus.

    python3 compose/sources.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTY = {"President": "Johnson", "LBJ": "Johnson", "Johnson": "Johnson"}
FROM_REPO = set()  # no 1964-1968 volume file was reachable; every document was read from its published page

rows = []
for line in open(os.path.join(HERE, "labels.txt")):
    m = re.match(r"# src=(frus1964-68v[0-9a-z]+):d(\d+) (\S+)\|(\S+)$", line.strip())
    if not m:
        continue
    vol, doc, a, c = m.groups()
    url = f"https://history.state.gov/historicaldocuments/{vol}/d{doc}"
    read = "repository file" if f"{vol}:d{doc}" in FROM_REPO else "published page"
    rows.append((vol, int(doc), f"| {vol} | {doc} | {PARTY.get(a, a)} / {c} | {url} | `volumes/{vol}.xml` | {read} |"))
for _, _, r in sorted(rows):
    print(r)
