"""Deal set19's hand-labelled dialogues (compose/labels.txt) into the dialogue files.

    python3 compose/compose.py      # compose/labels.txt -> dialogues/odd.txt, even.txt

labels.txt holds one Taskmaster dialogue a paragraph: a "# src=tm:<conversation id> <file> <instruction>"
line and the dialogue's turns, "A: ..." (the operator) or "C: ..." (the customer, who spoke), in the
markup of testdata/pii/internal/buildkit, labelled by hand (README.md, "Labelling guide"). This script
changes no label and no word. A dialogue's stratum is its first entity label ("PHONE.written",
"PERSON.full-name") or, with none, the kind of its first hard negative ("neg:place"); the dialogues of
each stratum, in file order, go alternately to the odd (dev) and the even (test) half, and each half is
numbered in a shuffled order with fixed seeds, so the same labels give the same dialogues
(testdata/pii/internal: excerpt_common.labelled_excerpts reads, telcon_compose.deal_halves deals,
as for the FRUS sets). Its call domain is the Taskmaster task (movie-tickets, auto-repair, flights, hotels, food-ordering, movies,
music, restaurant-search, sports).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "internal"))
from excerpt_common import labelled_excerpts  # noqa: E402
from telcon_compose import deal_halves  # noqa: E402

SET = "set19"
HEAD = r"# src=(tm:dlg-[0-9a-f-]+) (\S+) (\S+)$"


def domain(file, instruction):
    if file.startswith("taskmaster2_"):
        return file[len("taskmaster2_"):]
    if file.startswith("convlab"):
        return "flights"
    return re.sub(r"-[0-9]+$", "", instruction)


def main():
    # (a dialogue's stratum is its first entity label of any type: "PHONE.written")
    dialogues = labelled_excerpts(os.path.join(HERE, "labels.txt"), HEAD, "dialogue", r"\[([A-Z]+\.[a-z-]+)\|")
    items = [(st, src, turns, f"{domain(m.group(2), m.group(3))} src=taskmaster") for st, src, turns, m in dialogues]
    deal_halves(HERE, SET, items, "dialogue", "dialogue")


if __name__ == "__main__":
    main()
