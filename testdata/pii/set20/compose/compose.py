"""Deal set20's hand-read excerpts (compose/labels.txt) into the dialogue files.

    python3 compose/compose.py      # compose/labels.txt -> dialogues/odd.txt, even.txt

labels.txt holds one excerpt a paragraph: a "# src=<volume>:d<document> <who>" line and the
excerpt's turns, "A: ..." (President Nixon's side) or "C: ..." (the other party), in the markup of
testdata/pii/internal/buildkit, labelled by hand (README.md, "Labelling guide"). Unlike set16,
an excerpt is a whole call: consecutive turns of one telephone conversation, with nothing
authored around them. This script changes no label and no word. An excerpt's stratum is the
form of its first PERSON label ("PERSON.vocative") or, with no name, the kind of its first
hard negative ("neg:country"); the excerpts of each stratum, in file order, go alternately to
the odd (dev) and the even (test) half, and each half is numbered in a shuffled order with
fixed seeds, so the same labels give the same dialogues (testdata/pii/internal/telcon_compose.py,
shared with set17's and set18's composers).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "internal"))
from telcon_compose import compose_calls  # noqa: E402

if __name__ == "__main__":
    compose_calls(HERE, "set20", r"frus1969-76v[0-9a-z]+")
