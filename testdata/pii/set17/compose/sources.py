"""Print the Sources rows of README.md from compose/labels.txt: one row per telcon excerpt,
with its volume, document number, the two parties, the document's address on history.state.gov
and its file in HistoryAtState/frus.

    python3 compose/sources.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "internal"))
from telcon_compose import print_sources  # noqa: E402

PARTY = {"K": "Kissinger", "Kissinger": "Kissinger"}
FROM_REPO = {"frus1969-76v12:d188", "frus1969-76v12:d189", "frus1969-76v12:d190"}

print_sources(HERE, r"frus1969-76v[0-9a-z]+", PARTY, FROM_REPO)
