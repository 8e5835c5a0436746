"""Print the Sources rows of README.md from compose/labels.txt: one row per excerpt of a recorded call,
with its volume, document number, the two parties, the document's address on history.state.gov
and its file in HistoryAtState/frus.

    python3 compose/sources.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "internal"))
from telcon_compose import print_sources  # noqa: E402

PARTY = {"Nixon": "Nixon"}
FROM_REPO = set()  # no volume file with these documents was reachable; every document was read from its published page (ve07 d165 from a reproduction, see README)

print_sources(HERE, r"frus1969-76v[0-9a-z]+", PARTY, FROM_REPO)
