"""Shared reading of the compact sources (../sources/hvb.jsonl.gz)."""
import gzip
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, "..", "sources", "hvb.jsonl.gz")
LABELS = os.path.join(HERE, "..", "labels.txt")

MARKUP = re.compile(r"^(\[.*\]|<.*>)$")


def load():
    with gzip.open(SOURCES, "rt") as f:
        return [json.loads(line) for line in f]


def human_tokens(text):
    """The human transcript's words: markup ([noise], <unk>) dropped, a
    broken-off word's tilde taken off ("har~" -> "har")."""
    out = []
    for t in text.split():
        if MARKUP.match(t):
            continue
        t = t.rstrip("~")
        if t:
            out.append(t)
    return out


def human_tokens_full(text):
    """The human transcript's words as human_tokens gives them, with "<unk>"
    (a word the transcriber could not make out) kept in place: the
    alignment with the recogniser's words uses them. Returns the tokens
    and, for each word of human_tokens, its index here."""
    out, kept = [], []
    for t in text.split():
        if t == "<unk>":
            out.append(t)
            continue
        if MARKUP.match(t):
            continue
        t = t.rstrip("~")
        if t:
            kept.append(len(out))
            out.append(t)
    return out, kept


def asr_words(seg):
    """The recogniser's words of a segment: (text, start_ms, end_ms), its
    own markup ([noise], [laughter]) dropped."""
    out = []
    for t, o, w in zip(seg["asr"].split(), seg["off"], seg["wd"]):
        if MARKUP.match(t):
            continue
        out.append((t, seg["start_ms"] + o, seg["start_ms"] + o + w))
    return out


def channel(seg):
    return 0 if seg["role"] == "agent" else 1


def ordered(call):
    """The call's segments in time order (start, then the dataset's index)."""
    return sorted(call["segments"], key=lambda s: (s["start_ms"], s["i"]))
