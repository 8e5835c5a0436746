"""Deal set16's hand-read blocks (compose/labels.txt) into the dialogue files.

    python3 compose/compose.py      # compose/labels.txt -> dialogues/odd.txt, even.txt

labels.txt holds one block a paragraph: a "# src=<briefing>:<turn>:<sentence> <speaker>" line and
the block's turn, "A: ..." (the briefer) or "C: ..." (a reporter), in the markup of
testdata/pii/internal/buildkit. The blocks were proposed by propose.py and select.py and then read
and corrected by hand (README.md, "Labelling guide"); this script changes no label. A block's
stratum is the form of its first PERSON label ("PERSON.vocative") or, in a block with no name, the
kind of its hard negative ("neg:law"); the deal, the packing and the writing are
../internal/compose_common.py's, with fixed seeds, so the same labels give the same dialogues.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "internal"))
from compose_common import deal_pack_write  # noqa: E402
from excerpt_common import Block, labelled_excerpts  # noqa: E402

# the frame of every call: how a briefing opens and closes, with no name and no number
OPENING = {"briefing": ["Good afternoon, everybody.", "Good afternoon.", "Okay, let's get started.",
                        "All right, let's go to your questions."]}
REASON = {"briefing": ["Good afternoon.", "Thank you.", "Thanks.", "Can I start with a question?"]}
CLOSES = [[("A", "Thanks, everybody."), ("C", "Thank you.")],
          [("A", "All right, we'll see you tomorrow."), ("C", "Thanks.")],
          [("A", "Have a good weekend, everybody."), ("C", "Thank you.")]]


def blocks_of(path):
    return [Block(stratum, turns, "whitehouse", "briefing:" + src)
            for stratum, src, turns, _ in labelled_excerpts(path, r"# src=(\d+:\d+:\d+) (.+)$", "block")]


def main():
    blocks = blocks_of(os.path.join(HERE, "labels.txt"))
    deal_pack_write("set16", blocks, 4, 1, os.path.join(HERE, "..", "dialogues"), OPENING, REASON, CLOSES)


if __name__ == "__main__":
    main()
