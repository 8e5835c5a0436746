"""Second-reading aid (proposal only, changes nothing): list every capitalised word of
compose/labels.txt that is outside a label and not the first word of a sentence, with its
excerpt, so that a reader can check that no name and no hard negative was left unlabelled."""
import re, sys, collections
LABEL = re.compile(r"\[[^\]|]+\|[^\]]*\]|<[^>|]+\|[^>]*>")
SAFE = {"I", "I'm", "I'll", "I've", "I'd", "OK", "Ok", "Mr.", "President", "Secretary", "Ambassador"}
seen = collections.defaultdict(list)
src = None
for line in open(sys.argv[1] if len(sys.argv) > 1 else "compose/labels.txt"):
    if line.startswith("# src="):
        src = line.split()[1][4:]
        continue
    if not line[:2] in ("A:", "C:"):
        continue
    text = LABEL.sub(" LBL ", line[3:])
    words = text.split()
    for i, w in enumerate(words):
        if w == "LBL" or not w[0].isupper():
            continue
        prev = words[i - 1] if i else ""
        if i == 0 or prev.endswith((".", "?", "!")):
            continue
        if w.strip(".,?!") in SAFE:
            continue
        seen[w.strip(".,?!")].append(src)
for w in sorted(seen):
    print(w, len(seen[w]), " ".join(sorted(set(seen[w]))[:4]))
