"""Shared parts of the set12 and set13 composers (../set12/compose/compose.py,
../set13/compose/compose.py), which cut excerpts from real transcribed speech
(meetings, radio) and label the names in them.

This module holds what they do identically on a token list: the split into
sentences, the excerpt window around a token, the search for phrases, the runs
of known names and the form of each (title, full name, self-identification,
restart, possessive, vocative, third party), the excerpts that name someone
(name_excerpts) and the check for a name word said again as an ordinary word
(reuses_name_word), the rendering of tokens with labels in the peer markup,
the Block whose names also take the words of its PERSON labels, the pick
of PERSON blocks by quota, and the reading of a hand-labelled file of
excerpts (labelled_excerpts: set16's and set17's compose/labels.txt). Each composer passes in its own word lists (names,
word names, titles, the words before a vocative), its shortest excerpt and
filter of excerpts, quotas and random source.

A composer imports it, beside compose_common, with

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))

Only person_quota draws random numbers, from the composer's own stream, so
the composers' output is unchanged by the move.
"""
import re
import sys

from compose_common import Block as CommonBlock

# the words before a name that make it a self-identification ("this is", "I'm", "my name is")
SELFCUE = [("this", "is"), ("i'm",), ("i", "am"), ("name", "is"), ("name's",)]
# the tokens that end a phrase
END = {",", ".", "?", "!"}


def sentences(toks):
    """split a token list after . ? ! into sentences (lists of token indices)."""
    out, cur = [], []
    for i, t in enumerate(toks):
        cur.append(i)
        if t in (".", "?", "!"):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def spans_of(toks, phrases):
    """(start, end, text) of each phrase (a list of words) found in toks, longest first, no overlaps."""
    hits, used = [], set()
    for p in sorted(phrases, key=lambda s: -len(s.split())):
        pw = p.split()
        for i in range(len(toks) - len(pw) + 1):
            if toks[i:i + len(pw)] == pw and not used & set(range(i, i + len(pw))):
                hits.append((i, i + len(pw)))
                used |= set(range(i, i + len(pw)))
    return sorted(hits)


def sentence_start(toks, i):
    return i == 0 or toks[i - 1] in (".", "?", "!", "{disfmarker}")


def base(t):
    """a name token without its possessive."""
    return t[:-2] if t.endswith("'s") else t


def isname(t, names):
    """whether t (without its possessive) is one of names."""
    return base(t) in names


def name_runs(toks, names, wordnames):
    """runs of name tokens (capitalised, a word-name not at a sentence start); None if a run is ambiguous."""
    runs, i = [], 0
    while i < len(toks):
        t = toks[i]
        if isname(t, names) and not (base(t) in wordnames and sentence_start(toks, i)):
            j = i
            while j < len(toks) and isname(toks[j], names) and (j == i or not toks[j - 1].endswith("'s")):
                j += 1
            # a capitalised word that is no known name right after a name: not sure what it is
            if j < len(toks) and re.fullmatch(r"[A-Z][a-z]+", toks[j]) and toks[j] not in ("I", "OK"):
                return None
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def form_of(toks, a, b, names, titles, vocprev, selfcue=SELFCUE, end=END):
    """the form of the name run toks[a:b] read from the words around it (title, full-name, self-id,
    restart, possessive, vocative, third-party)."""
    prev = toks[a - 1] if a > 0 else None
    nxt = toks[b] if b < len(toks) else None
    low = tuple(t.lower() for t in toks[max(0, a - 3):a])
    if prev in titles:
        return "title"
    if b - a >= 2:
        return "full-name"
    if any(low[-len(c):] == c or low[-len(c) - 1:-1] == c and low[-1] in ("uh", "um") for c in selfcue) and (nxt is None or nxt in end or nxt in ("on", "here", "speaking")):
        return "self-id"
    if prev == "{disfmarker}" or nxt == "{disfmarker}":
        return "restart"
    if toks[b - 1].endswith("'s"):
        return "possessive"
    if (nxt is None or nxt in (".", "?", "!")) and prev in ("you", "much", "thanks", "Thanks", "Thank", "hey", "Hey"):
        return "vocative"  # "Thank you very much Nathan.", "The pressure's on you Nancy."
    listed = nxt == "," and b + 1 < len(toks) and isname(toks[b + 1], names) or prev == "," and a >= 2 and isname(toks[a - 2], names)
    if (prev is None or prev == "," or prev in vocprev and (a < 2 or toks[a - 2] in end)) and (nxt is None or nxt in end) and not listed:
        return "vocative"
    return "third-party"


def render(toks, labels, opt=()):
    """the cased text of toks with labels {index: (open, close)} wrapped around token ranges.

    labels: list of (a, b, head, outer_a) with head like "PERSON.vocative" or "<kind"."""
    opens, closes = {}, {}
    for a, b, head, oa in labels:
        opens[oa] = head
        closes[b - 1] = head
    words = []  # [text] with markup; punctuation joins the previous word
    outer = {}
    for a, b, head, oa in labels:
        for k in range(oa, a):
            outer[k] = True
    inside = None
    for i, t in enumerate(toks):
        if i in opens:
            inside = opens[i]
        if t == "{disfmarker}":
            t = ","
        if t in (",", ".", "?", "!"):
            if words:
                if t == "," and words[-1][-1:] in ",.?!":
                    pass
                elif words[-1].endswith(","):
                    words[-1] = words[-1][:-1] + t  # a restart mark before the end of a sentence
                else:
                    words[-1] += t
            if i in closes and words:
                words[-1] = close_label(words[-1], inside)
                inside = None
            continue
        if t.startswith("'"):
            t = t.lstrip("'")
        if t in ("-", "--"):
            if i in closes and words:
                words[-1] = close_label(words[-1], inside)
                inside = None
            continue
        pre = ""
        if i in opens:
            h = opens[i]
            pre = ("<" + h[1:] + "|") if h.startswith("<") else ("[" + h + "|")
        w = ("^" if outer.get(i) else "") + ("~" if i in opt else "") + t
        if i in closes:
            words.append(pre + w)
            words[-1] = close_label(words[-1], inside)
            inside = None
        else:
            words.append(pre + w)
    s = " ".join(words)
    s = re.sub(r"^[, ]+", "", s)
    s = s[0].upper() + s[1:] if s and s[0] != "[" and s[0] != "<" else s
    s = s.rstrip(", ")
    if s and s[-1] not in ".?!]>":
        s += "."
    elif s and s[-1] in "]>":
        s += "."
    return s


def close_label(w, head):
    """close a label on word w, keeping its trailing punctuation outside the bracket."""
    m = re.match(r"^(.*?)([,.?!]*)$", w)
    return m.group(1) + (">" if head.startswith("<") else "]") + m.group(2)


class Block(CommonBlock):
    """a compose_common Block whose names also take the words of its turns' PERSON labels."""
    def __init__(self, stratum, turns, src, note, names=()):
        super().__init__(stratum, turns, src, note, names)
        for _, t in turns:
            for m in re.finditer(r"\[PERSON[^|\]]*\|([^\]]*)\]", t):
                self.names |= {w.lower().split("'")[0] for w in re.findall(r"[A-Za-z']+", m.group(1)) if len(w) > 2}


def window(toks, i, maxlen=28):
    """the sentence holding token i, with the sentence before it when short."""
    ss = sentences(toks)
    k = next(n for n, s in enumerate(ss) if i in s)
    idx = list(ss[k])
    if len(idx) < 8 and k > 0 and len(ss[k - 1]) + len(idx) <= maxlen:
        idx = ss[k - 1] + idx
    if len(idx) < 6 and k + 1 < len(ss) and len(ss[k + 1]) + len(idx) <= maxlen:
        idx = idx + ss[k + 1]
    return idx


def name_excerpts(meets, name_runs, clean_ok, min_len, keep):
    """the excerpts that name someone, at most one per utterance, in file order. meets holds (src, file,
    utterances), an utterance being (speaker, tokens); an utterance's excerpt is the window around its first
    name run, of min_len to 32 tokens, clean (clean_ok), with name runs of its own (name_runs) that
    keep(sub, sruns) accepts. Yields (src, file, utterances, ui, speaker, sub, sruns): the utterance's index,
    the excerpt's tokens and its name runs."""
    for src, f, utts in meets:
        for ui, (spk, toks) in enumerate(utts):
            runs = name_runs(toks)
            if not runs:
                continue
            idx = window(toks, runs[0][0])
            if len(idx) > 32 or len(idx) < min_len:
                continue
            sub = [toks[i] for i in idx]
            if not clean_ok(sub):
                continue
            sruns = name_runs(sub)
            if not sruns or not keep(sub, sruns):
                continue
            yield src, f, utts, ui, spk, sub, sruns


def turn_before(utts, ui, spk, sub, sruns, clean_ok, isname):
    """the turn before an excerpt, as [("A", text)], when someone else said it and its last sentence is short
    (2 to 16 tokens), clean (clean_ok), names nobody (isname) and shares no word with the excerpt's names;
    else []."""
    if ui == 0:
        return []
    pspk, ptoks = utts[ui - 1]
    pidx = sentences(ptoks)[-1] if ptoks else []
    psub = [ptoks[i] for i in pidx]
    if pspk != spk and 2 <= len(psub) <= 16 and clean_ok(psub) and not any(isname(t) for t in psub) \
            and not {base(t).lower() for t in psub} & {base(sub[k]).lower() for a, b in sruns for k in range(a, b)}:
        return [("A", render(psub, []))]
    return []


def reuses_name_word(sub, sruns):
    """whether a word of a name run is also said outside every run in the excerpt (possessives aside): a
    name word also used as an ordinary word cannot be told apart."""
    for a, b in sruns:
        for k in range(a, b):
            if any(base(t).lower() == base(sub[k]).lower() and not any(x <= n < y for x, y in sruns)
                   for n, t in enumerate(sub)):
                return True
    return False


def person_quota(cands, quota, per_name, rng):
    """shuffle the (form, block) candidates with rng and keep, in that order, up to quota[form] blocks of
    each form and no name in more than per_name blocks; prints the candidates by form to stderr.
    Returns the kept blocks and their counts by form."""
    rng.shuffle(cands)
    used, out, per = {}, [], {}
    for fm, b in cands:
        if per.get(fm, 0) >= quota.get(fm, 0):
            continue
        if any(used.get(n, 0) >= per_name for n in b.names):
            continue
        for n in b.names:
            used[n] = used.get(n, 0) + 1
        per[fm] = per.get(fm, 0) + 1
        out.append(b)
    print("PERSON candidates by form:", {k: sum(1 for f, _ in cands if f == k) for k in sorted({f for f, _ in cands})}, file=sys.stderr)
    return out, per


def labelled_excerpts(path, head, what, first_label=r"\[(PERSON\.[a-z-]+)\|"):
    """Read a hand-labelled excerpt file: paragraphs of a "# src=<source> ..."
    line matching the regular expression head (its group 1 the source) and
    "A: ..." / "C: ..." turns in buildkit's markup. It returns (stratum,
    source, turns, head match) for each, where the stratum is the first
    label that first_label matches (its group 1: by default the form of the
    first PERSON label, "PERSON.vocative") or, with none, the kind of the
    first hard negative ("neg:law"); what names a paragraph in errors."""
    out = []
    for para in open(path).read().split("\n\n"):
        lines = [l for l in para.strip().split("\n") if l]
        if not lines:
            continue
        m = re.match(head, lines[0])
        if not m:
            raise SystemExit(f"bad {what} head: {lines[0]!r}")
        turns = []
        for l in lines[1:]:
            side, text = l.split(": ", 1)
            assert side in ("A", "C"), l
            turns.append((side, text))
        text = " ".join(t for _, t in turns)
        p = re.search(first_label, text)
        if p:
            stratum = p.group(1)
        else:
            n = re.search(r"<([a-z-]+)\|", text)
            if not n:
                raise SystemExit(f"{what} {m.group(1)} has no label")
            stratum = "neg:" + n.group(1)
        out.append((stratum, m.group(1), turns, m))
    return out
