"""Second-reading aid (proposal only, changes nothing): list every capitalised word of
compose/labels.txt that is outside a label and not the first word of a sentence, with the
dialogues it is in, so that a reader can check that no name and no hard negative was left
unlabelled."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))
from telcon_compose import list_unlabelled_capitals  # noqa: E402

list_unlabelled_capitals(sys.argv[1] if len(sys.argv) > 1 else "compose/labels.txt")
