#!/usr/bin/env python3
"""Write the set11 dialogues (../dialogues/*.txt) from the sources' files.

Run from testdata/pii/set11 with the sources' repositories checked out (paths
below, or pass -src DIR holding owner+name/repo git directories):

    python3 compose/compose.py [-src /work/.mirror]

It reads, at fixed commits (git show COMMIT:path, so a newer checkout gives
the same output):

  unicode-org/cldr-json             cldr-json/cldr-person-names-full/main/*/personNames.json,  Unicode-3.0
                                    cldr-json/cldr-transforms/transforms/Han-Latin.txt
  google-research-datasets/Taskmaster  TM-4-2024/data/data_0[0-7].json                       CC BY 4.0
  OpenCageData/address-formatting   testcases/countries/*.yaml                                MIT
  openai/whisper                    tests/test_normalizer.py                                  MIT

and writes one dialogue file per half (odd.txt, even.txt) in the peer markup
(testdata/pii/internal/buildkit). Everything is drawn with fixed seeds, so
the output is the same on every run.

This is set10's compose.py (testdata/pii/set10/compose) adapted to other
sources: the Block / pack / write_half machinery and the stratified deal are
shared with set9 and set10 in testdata/pii/internal/compose_common.py. Every block of a call (an entity with its question and answer, or
a hard negative in its sentence) has a stratum: (type, form) for entities,
the kind for hard negatives. Within each stratum the blocks, in the order
they were drawn, go alternately to the odd (dev) and the even (test) half;
each half's blocks are then shuffled and packed into calls.
"""
import argparse
import ast
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

import yaml

sys.dont_write_bytecode = True  # no __pycache__ beside the shared module in the repository
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))
from compose_common import (MONTHS, cap_first, deal_pack_write,  # noqa: E402
                            luhn_complete, nanp_ok, ordinal, ssn)
from compose_common import Block as CommonBlock  # noqa: E402

COMMITS = {
    "cldr": ("unicode-org+cldr-json", "b08a82b582"),
    "taskmaster": ("google-research-datasets+Taskmaster", "d92cb6a"),
    "opencage": ("OpenCageData+address-formatting", "28c47f9"),
    "whisper": ("openai+whisper", "c0d2f62"),
}

SRC = "/work/.mirror"


def git(key, *args):
    repo, _ = COMMITS[key]
    return subprocess.run(["git", "-C", os.path.join(SRC, repo, "repo")] + list(args),
                          check=True, capture_output=True).stdout.decode("utf-8")


def git_show(key, path):
    return git(key, "show", f"{COMMITS[key][1]}:{path}")


# ---- sources ---------------------------------------------------------------

FOLD = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ð": "d", "þ": "th", "ß": "ss",
        "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae", "ŋ": "ng", "·": ""}


def fold(s):
    """ASCII spelling of a name or place, as an English ASR engine writes it."""
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# English placeholder samples some locales copy, particles, and given
# names that are everyday English words: none is drawn as a name
PLACEHOLDER = {"zendaya", "irene", "adler", "mary", "sue", "hamish", "watson", "bertram", "wilberforce",
               "bertie", "henry", "robert", "wooster", "sinbad", "sindbad", "kathe", "muller", "zazilia",
               "stober", "adier", "hamis", "vatson", "iren", "henri", "con", "elizabeth", "windsor", "lilibet", "stromae", "hozier", "john", "jan"}
PARTICLE = {"bin", "de", "da", "von", "van", "der", "la", "del", "u"}
WORDLIKE = {"can", "su", "max", "mina", "ilia", "dani", "pepe", "sam", "ben", "paul", "petra", "rosa",
            "louise", "ana", "vera", "eerik", "anne", "iris", "lena", "jana", "maria", "sule", "bita", "ado",
            "ata", "atas", "gav", "mari", "pauli", "nico", "migue", "toninu", "kumaar", "ostad", "syed"}


def cldr_names():
    """CLDR's native sample names of every Latin-script locale: {locale: (given, surnames)}."""
    root = "cldr-json/cldr-person-names-full/main/"
    files = git("cldr", "ls-tree", "-r", "--name-only", COMMITS["cldr"][1], root).split()
    out = {}
    for f in sorted(files):
        loc = f.split("/")[3]
        if "-" in loc and loc not in ("hi-Latn", "sr-Latn", "bal-Latn", "zh-Hant"):
            continue
        d = json.loads(git_show("cldr", f))
        sn = d["main"][loc]["personNames"].get("sampleName", {})
        given, sur = [], []
        for k in ("nativeG", "nativeGS", "nativeGGS", "nativeFull"):
            for kk, v in sn.get(k, {}).items():
                if kk in ("title", "credentials", "generation", "surname-prefix"):
                    continue
                try:  # Chinese (Mandarin) and Korean names, romanised
                    if loc in ("zh", "zh-Hant"):
                        v = cap_first(pinyin(v))
                    elif loc == "ko":
                        v = cap_first(hangul(v))
                except (KeyError, ValueError):
                    continue
                if not all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or unicodedata.combining(c) or c in " -'·" for c in v):
                    continue
                for w in fold(v).split():
                    if not re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", w) or len(w) < 3:
                        continue
                    lw = w.lower()
                    if lw in PLACEHOLDER or lw in PARTICLE or lw in WORDLIKE:
                        continue
                    (sur if kk.startswith("surname") else given).append(w)
        given = sorted(set(given))
        sur = sorted(set(sur) - set(given)) or []
        if given and sur:
            out[loc] = (given, sur)
    return out


_PINYIN = {}


def pinyin(text):
    """Mandarin pinyin of Han characters by CLDR's own Han-Latin transform (its one-reading rules), toneless."""
    if not _PINYIN:
        for line in git_show("cldr", "cldr-json/cldr-transforms/transforms/Han-Latin.txt").splitlines():
            m = re.fullmatch(r"\[([^\]]+)\]→([a-zü\u0300-\u036fāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+);", line.strip()) or \
                re.fullmatch(r"(\S)→([a-zü\u0300-\u036fāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+);", line.strip())
            if m:
                for ch in m.group(1):
                    _PINYIN.setdefault(ch, fold(m.group(2)).replace("ü", "u"))
    return "".join(_PINYIN[c] for c in text)


_L = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
      "eu", "ui", "i"]
_T = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
      "t", "t", "k", "t", "p", "t"]


def hangul(text):
    """Revised Romanization of Hangul syllables, syllable by syllable (no sound-change rules)."""
    out = ""
    for c in text:
        i = ord(c) - 0xAC00
        if not 0 <= i < 11172:
            raise ValueError(c)
        out += _L[i // 588] + _V[(i % 588) // 28] + _T[i % 28]
    return out


def taskmaster_user_turns():
    """Taskmaster-4's coffee-order turns, in file order: (ref, speaker, text)."""
    out = []
    for i in range(8):
        path = f"TM-4-2024/data/data_{i:02d}.json"
        for c in json.loads(git_show("taskmaster", path)):
            for u in c["utterances"]:
                out.append((f"taskmaster:{path}:{c['conversation_id']}:{u['index']}", u["speaker"], u["text"].strip()))
    return out


def opencage_cases():
    """address-formatting's country test cases with a house number and a road."""
    out = []
    files = git("opencage", "ls-tree", "-r", "--name-only", COMMITS["opencage"][1], "testcases/countries").split()
    for f in sorted(files):
        for i, d in enumerate(yaml.safe_load_all(git_show("opencage", f))):
            if d and "components" in d:
                out.append((f"opencage:{f}:{i}", d["components"], d.get("expected", "")))
    return out


def whisper_numbers():
    """whisper's number-normaliser test cases: (ref, spoken, written)."""
    out = []
    for i, line in enumerate(git_show("whisper", "tests/test_normalizer.py").splitlines(), 1):
        m = re.fullmatch(r'\s*assert std\(("[^"]*")\) == ("[^"]*")', line)
        if m:
            out.append((f"whisper:tests/test_normalizer.py:{i}", ast.literal_eval(m.group(1)), ast.literal_eval(m.group(2))))
    return out


# ---- helpers ---------------------------------------------------------------


class Block(CommonBlock):
    def __init__(self, stratum, turns, src, note, names=()):
        super().__init__(stratum, turns, src, note, names)
        for _, t in turns:  # every word inside a PERSON label, fillers of repairs too, is a name to the builder
            for m in re.finditer(r"\[PERSON[^|\]]*\|([^\]]*)\]", t):
                self.names |= {w.lower() for w in re.findall(r"[A-Za-z']+", m.group(1)) if len(w) > 2}


FILLERS = ["Uh,", "Um,", "Yeah,", "So", "Okay, so", "Oh,", "Well,", "Uh, yeah,", "Hmm,", "Right,"]
SAFE = re.compile(r"[A-Za-z0-9 .,:$%/'@_+?!()-]+")
DRINKS = ["Chai Latte", "Flat White", "Iced Coffee", "Caramel Macchiato", "Pumpkin Spice Latte", "Cold Brew",
          "Hot Chocolate", "Matcha Latte", "Vanilla Latte", "Mocha", "Latte", "Macchiato", "Cortado", "Cappuccino", "Americano", "Espresso",
          "Frappuccino"]
# a capitalised word after "for" that ends a clause: whom an order is for ("for Maisie.")
FOR_NAME = re.compile(r"(?<=\bfor )([A-Z][a-z]+)(?=[.,!?]|$)")
DRINK_WORDS = {w for d in DRINKS for w in d.split()}
NAMECUE = re.compile(r"\b(?:[Mm]y name is|[Tt]he name is|[Nn]ame for the order is|[Nn]ame on the order is|"
                     r"under the name(?: of)?|[Mm]y name's|[Nn]ame is|[Tt]his is) ([A-Z][a-z]+)(?=[.,!?]| and| please|$)")
DIGWORD = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
           "8": "eight", "9": "nine"}


def said_with_repeats(digits, rng):
    """digits said one by one, runs as "double"/"triple" and zero as "oh" (whisper's test phrasing)."""
    out, i = [], 0
    while i < len(digits):
        j = i
        while j < len(digits) and digits[j] == digits[i] and j - i < 3:
            j += 1
        run = j - i
        w = DIGWORD[digits[i]]
        if run == 3:
            out.append("triple " + w)
        elif run == 2:
            out.append("double " + w)
        else:
            out.append(w)
        i = j
    return " ".join(out)


class Gen:
    def __init__(self, names):
        self.names = names  # {locale: (given, surnames)}
        self.locales = sorted(names)
        self.used = set()
        self.rng = random.Random("set11")

    def stream(self, name):
        """start the named generator's own random stream."""
        self.rng = random.Random("set11/" + name)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def filler(self):
        return self.pick(FILLERS)

    def person(self, three=False):
        """a given name and surname of one locale, never drawn twice."""
        for _ in range(10000):
            loc = self.pick(self.locales)
            g, s = self.names[loc]
            f, l = self.pick(g), self.pick(s)
            f2 = self.pick(g) if three else ""
            if f == l or f2 in (f, l) and three:
                continue
            if (f, l) in self.used:
                continue
            self.used.add((f, l))
            return (f, f2, l, loc) if three else (f, l, loc)
        raise SystemExit("names exhausted")

    # PERSON ------------------------------------------------------------------
    def tm_order_blocks(self):
        """Taskmaster-4 customers giving their name with an order; the name redrawn from CLDR."""
        self.stream("tm_order_blocks")
        out = []
        seen = set()
        for ref, sp, t in taskmaster_user_turns():
            if sp != "user" or not SAFE.fullmatch(t) or t in seen:
                continue
            m = NAMECUE.search(t)
            if not m:
                continue
            seen.add(t)
            f, l, loc = self.person()
            full = self.rng.random() < 0.4
            v = f"{f} {l}" if full else f
            t2 = t[:m.start(1)] + f"[PERSON.tm-order|{v}]" + t[m.end(1):]
            for dr in DRINKS:  # the drink the customer names is a capitalised word that is no name
                t2 = re.sub(r"(?<![\w|<])" + re.escape(dr) + r"(?![\w>])", f"<product|{dr}>", t2, count=1)
            if not t2[-1] in ".!?":
                t2 += "."
            out.append(Block("PERSON.tm-order", [("C", t2)], "taskmaster", f"{ref} name cldr:{loc}", [f, l]))
        return out

    def person_blocks(self, n):
        self.stream("person_blocks")
        out = []
        src = "cldr"
        for _ in range(n):  # the name as the whole answer to Taskmaster's agents' question
            f, l, loc = self.person()
            q = self.pick(["Can I get your name, please?", "Can I get your name?", "Who's calling today?",
                           "And whose name is the account under?"])
            a = self.pick(["{x} [PERSON.answer|{f} {l}].", "[PERSON.answer|{f} {l}].", "{x} it's [PERSON.answer|{f} {l}]."])
            out.append(Block("PERSON.answer", [("A", q), ("C", a.format(x=self.filler(), f=f, l=l))], src, f"cldr:{loc}", [f, l]))
        for _ in range(n):  # first and last name asked one at a time
            f, l, loc = self.person()
            t = [("A", self.pick(["Could I have your first name?", "What's the first name?"])),
                 ("C", self.pick(["{x} [PERSON.first-last|{f}].", "It's [PERSON.first-last|{f}]."]).format(x=self.filler(), f=f)),
                 ("A", self.pick(["And your family name?", "And the last name?"])),
                 ("C", self.pick(["[PERSON.first-last|{l}].", "{x} [PERSON.first-last|{l}]."]).format(x=self.filler(), l=l))]
            out.append(Block("PERSON.first-last", t, src, f"cldr:{loc}", [f, l]))
        for _ in range(n):  # given name, second given name and surname
            f, f2, l, loc = self.person(three=True)
            t = [("A", "And the full name on the booking?"),
                 ("C", self.pick(["{x} [PERSON.three-part|{f} {f2} {l}].", "It's [PERSON.three-part|{f} {f2} {l}], all three names."])
                  .format(x=self.filler(), f=f, f2=f2, l=l))]
            out.append(Block("PERSON.three-part", t, src, f"cldr:{loc}", [f, f2, l]))
        for _ in range(n):  # a self-correction: the abandoned start need not be redacted
            f, l, loc = self.person()
            f0 = f[:3]
            a = self.pick(["The name's [PERSON.repair|~{f0}, ~sorry, {f} {l}].",
                           "It's [PERSON.repair|~{l}, ~no, ~first ~name ~first, {f} {l}].",
                           "Put it under [PERSON.repair|~{f0}, ~I ~mean {f} {l}]."])
            out.append(Block("PERSON.repair", [("C", a.format(f=f, l=l, f0=f0))], src, f"cldr:{loc}", [f, l, f0]))
        for _ in range(n):  # the surname spelled letter by letter
            f, l, loc = self.person()
            sp = " ".join(l.replace("-", "").upper())
            t = [("C", self.pick(["It's booked for [PERSON.spelled-name|{f} {l}].", "The name is [PERSON.spelled-name|{f} {l}]."]).format(f=f, l=l)),
                 ("A", self.pick(["Could you spell the surname for me?", "Sorry, how do you spell the last name?"])),
                 ("C", self.pick(["Sure, [PERSON.spelled|{sp}].", "{x} [PERSON.spelled|{sp}].", "[PERSON.spelled|{sp}]."]).format(x=self.filler(), sp=sp))]
            out.append(Block("PERSON.spelled", t, src, f"cldr:{loc}", [f, l]))
        for _ in range(n):  # a name in passing, no cue before it
            f, l, loc = self.person()
            a = self.pick(["Yeah, [PERSON.uncued|{f}] said it would ship on Monday.",
                           "I talked to [PERSON.uncued|{f} {l}] yesterday about it.",
                           "Honestly, [PERSON.uncued|{f} {l}] at the front desk was great.",
                           "Then [PERSON.uncued|{f}] from billing put me on hold."])
            out.append(Block("PERSON.uncued", [("C", a.format(f=f, l=l))], src, f"cldr:{loc}", [f, l]))
        for _ in range(n):  # the agent's own name
            f, l, loc = self.person()
            a = self.pick(["Hi, you're through to [PERSON.agent|{f}], what can I do for you?",
                           "This is [PERSON.agent|{f} {l}] on the order line.",
                           "[PERSON.agent|{f}] speaking, how can I help?"])
            out.append(Block("PERSON.agent", [("A", a.format(f=f, l=l))], src, f"cldr:{loc}", [f, l]))
        for _ in range(n):  # someone else the caller names
            f, l, loc = self.person()
            a = self.pick(["My husband [PERSON.third-party|{f}] usually picks it up.",
                           "Could you add my daughter, [PERSON.third-party|{f} {l}], to the account?",
                           "The parcel was signed for by [PERSON.third-party|{f} {l}].",
                           "My colleague [PERSON.third-party|{f} {l}] placed the first order."])
            out.append(Block("PERSON.third-party", [("C", a.format(f=f, l=l))], src, f"cldr:{loc}", [f, l]))
        for _ in range(n):  # a title before the surname (outer)
            f, l, loc = self.person()
            t = [("A", self.pick(["Thanks, [PERSON.title|^Mr. {l}], bear with me.", "Right, [PERSON.title|^Ms. {l}], that's updated.",
                                  "Of course, [PERSON.title|^Dr. {l}], one moment."]).format(l=l))]
            out.append(Block("PERSON.title", t, src, f"cldr:{loc}", [l]))
        return out

    # EMAIL -------------------------------------------------------------------
    DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "gmx.net"]

    def email_blocks(self, n):
        self.stream("email_blocks")
        out = []
        for form in ["plain", "filler", "spelled", "readback"]:
            for _ in range(n):
                f, l, loc = self.person()
                d = self.pick(self.DOMAINS)
                if form == "plain":
                    e = self.pick([f"{f.lower()}.{l.lower()}@{d}", f"{f[0].lower()}{l.lower()}{self.rng.randrange(1, 99)}@{d}"])
                    t = [("A", "What email should the receipt go to?"),
                         ("C", self.pick(["{x} [EMAIL.plain|{e}].", "It's [EMAIL.plain|{e}]."]).format(x=self.filler(), e=e))]
                elif form == "filler":
                    user = f"{f.lower()}_{l.lower()}"
                    dom = d
                    t = [("A", "And an email?"),
                         ("C", self.pick(["It's [EMAIL.filler|{u}, ~uh, at {d}].", "[EMAIL.filler|{u} ~um at {d}], yeah."]).format(u=user, d=dom))]
                elif form == "spelled":
                    user = (f[0] + l).lower().replace("-", "")
                    sp = " ".join(user)
                    e = f"{user}@{d}"
                    t = [("A", "Could you spell the email address?"),
                         ("C", self.pick(["Sure, [EMAIL.spelled|{{{e}|{sp} at {ds}}}].", "[EMAIL.spelled|{{{e}|{sp} at {ds}}}]."])
                          .format(e=e, sp=sp, ds=d.replace(".", " dot ")))]
                    f = user
                else:
                    e = f"{l.lower()}.{f.lower()}@{d}"
                    t = [("C", f"Email's [EMAIL.readback|{e}]."),
                         ("A", self.pick(["Just to confirm, [EMAIL.readback|{e}]?", "So that's [EMAIL.readback|{e}], right?"]).format(e=e)),
                         ("C", "Yes.")]
                out.append(Block("EMAIL." + form, t, "authored", f"cldr:{loc}", [f, l]))
        return out

    # PHONE -------------------------------------------------------------------
    def nanp(self):
        while True:
            d = "".join(str(self.rng.randrange(10)) for _ in range(10))
            if nanp_ok(d) and d[:3] not in ("555", "800", "911") and re.search(r"(\d)\1", d):
                return d

    def phone_blocks(self, n):
        self.stream("phone_blocks")
        out = []
        for form in ["answer", "double", "filler", "repair", "readback"]:
            for _ in range(n):
                d = self.nanp()
                a, b, c = d[:3], d[3:6], d[6:]
                if form == "answer":
                    t = [("A", self.pick(["What's a good number for you?", "Can I take a contact number?"])),
                         ("C", self.pick(["{x} [PHONE.answer|{a}-{b}-{c}].", "[PHONE.answer|({a}) {b}-{c}], that's my mobile."]).format(x=self.filler(), a=a, b=b, c=c))]
                elif form == "double":
                    s = ", ".join(said_with_repeats(g, self.rng) for g in (a, b, c))
                    t = [("A", "And a phone number?"), ("C", self.pick(["{x} [PHONE.double|{s}].", "It's [PHONE.double|{s}]."]).format(x=self.filler(), s=s))]
                elif form == "filler":
                    fl = self.pick(["~uh", "~um", "~hold ~on", "~let ~me ~check"])
                    t = [("A", "What number should we text?"),
                         ("C", self.pick(["[PHONE.filler|{a}, {fl}, {b}-{c}].", "It's [PHONE.filler|{a} {b}, {fl}, {c}]."]).format(a=a, b=b, c=c, fl=fl))]
                elif form == "repair":
                    wrong = str((int(c[0]) + 3) % 10) + c[1:3]
                    t = [("A", "Best number to call back?"),
                         ("C", self.pick(["[PHONE.repair|{a} {b} ~{w}, ~sorry, ~no, {c}].", "[PHONE.repair|{a} ~{b2}, ~scratch ~that, {b} {c}]."])
                          .format(a=a, b=b, c=c, w=wrong, b2=str((int(b[0]) + 1) % 10) + b[1:]))]
                else:
                    t = [("C", f"My cell is [PHONE.readback|{a} {b} {c}]."),
                         ("A", f"I have [PHONE.readback|{a}-{b}-{c}], is that right?"), ("C", "That's it.")]
                out.append(Block("PHONE." + form, t, "authored", "authored"))
        return out

    # CARD, SSN, ACCOUNT, DOB, ZIP ---------------------------------------------
    def card(self):
        kind = self.rng.randrange(3)
        if kind == 0:
            return luhn_complete("4", 16, self.rng), [4, 4, 4, 4]
        if kind == 1:
            return luhn_complete(str(self.rng.randrange(51, 56)), 16, self.rng), [4, 4, 4, 4]
        return luhn_complete(self.pick(["34", "37"]), 15, self.rng), [4, 6, 5]

    def numeric_blocks(self, n):
        self.stream("numeric_blocks")
        out = []
        au = "authored"
        for form in ["answer", "double", "filler", "readback", "last-four"]:
            for _ in range(n):
                num, gs = self.card()
                parts, p = [], 0
                for g in gs:
                    parts.append(num[p:p + g])
                    p += g
                q = self.pick(["Go ahead with the card number when you're ready.", "What's the number on the front of the card?"])
                if form == "answer":
                    t = [("A", q), ("C", self.pick(["{x} [CARD.answer|{v}].", "[CARD.answer|{v}]."]).format(x=self.filler(), v=" ".join(parts)))]
                elif form == "double":
                    s = ", ".join(said_with_repeats(g, self.rng) for g in parts)
                    t = [("A", q), ("C", "[CARD.double|" + s + "].")]
                elif form == "filler":
                    fl = self.pick(["~um", "~bear ~with ~me", "~it's ~a ~bit ~worn", "~okay"])
                    t = [("A", q), ("C", "[CARD.filler|" + parts[0] + f", {fl}, " + " ".join(parts[1:]) + "].")]
                elif form == "readback":
                    t = [("A", q), ("C", "[CARD.readback|" + " ".join(parts) + "]."),
                         ("A", "Let me read that back: [CARD.readback|" + " ".join(parts) + "]."), ("C", "Yep, that's right.")]
                else:
                    t = [("A", "Which card do you want to use?"),
                         ("C", self.pick(["The Visa ending in [CARD.last-four+SSN|{v}].", "{x} the one that ends [CARD.last-four+SSN|{v}]."]).format(x=self.filler(), v=num[-4:]))]
                out.append(Block("CARD." + form, t, au, au))
        for _ in range(n):
            cvv = str(self.rng.randrange(100, 1000))
            t = [("A", "And the three digits on the back?"), ("C", self.pick(["[CARD_CVV.answer|{v}].", "{x} [CARD_CVV.answer|{v}]."]).format(x=self.filler(), v=cvv))]
            out.append(Block("CARD_CVV.answer", t, au, au))
        for _ in range(n):
            m, y = self.rng.randrange(1, 13), self.rng.randrange(27, 33)
            v = self.pick([f"{m:02d}/{y}", f"{MONTHS[m - 1]} 20{y}"])
            t = [("A", "When does the card expire?"), ("C", self.pick(["[CARD_EXPIRY.answer|{v}].", "{x} [CARD_EXPIRY.answer|{v}]."]).format(x=self.filler(), v=v))]
            out.append(Block("CARD_EXPIRY.answer", t, au, au))
        for form in ["answer", "last-four"]:
            for _ in range(n):
                s = ssn(self.rng)
                if form == "answer":
                    t = [("A", "For security, can I have your social security number?"), ("C", self.pick(["{x} [SSN.answer|{s}].", "[SSN.answer|{s}]."]).format(x=self.filler(), s=s))]
                else:
                    t = [("A", "And the last four of your social?"), ("C", self.pick(["[SSN.last-four|{s}].", "{x} [SSN.last-four|{s}]."]).format(x=self.filler(), s=s[-4:]))]
                out.append(Block("SSN." + form, t, au, au))
        for form in ["answer", "readback"]:
            for _ in range(n):
                d = "".join(str(self.rng.randrange(10)) for _ in range(self.rng.randrange(8, 12)))
                if form == "answer":
                    t = [("A", "What's the account number on your bill?"), ("C", self.pick(["{x} [ACCOUNT.answer|{d}].", "[ACCOUNT.answer|{d}]."]).format(x=self.filler(), d=d))]
                else:
                    t = [("C", f"My account number is [ACCOUNT.readback|{d}]."), ("A", f"Okay, [ACCOUNT.readback|{d}]?"), ("C", "Correct.")]
                out.append(Block("ACCOUNT." + form, t, au, au))
        for form in ["answer", "numeric", "repair"]:
            for _ in range(n):
                y, m, dd = self.rng.randrange(1940, 2006), self.rng.randrange(1, 13), self.rng.randrange(1, 29)
                if form == "answer":
                    v = self.pick([f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", f"{dd} {MONTHS[m - 1]} {y}"])
                    t = [("A", "And your date of birth?"), ("C", self.pick(["{x} [DOB.answer|{v}].", "[DOB.answer|{v}]."]).format(x=self.filler(), v=v))]
                elif form == "numeric":
                    t = [("A", "Can you confirm your birthday?"), ("C", f"[DOB.numeric|{m}/{dd}/{y}].")]
                else:
                    t = [("A", "What's your date of birth?"), ("C", f"[DOB.repair|{MONTHS[m - 1]} ~{ordinal(dd % 27 + 1)}, ~no, {ordinal(dd)}, {y}].")]
                out.append(Block("DOB." + form, t, au, au))
        for form in ["answer", "plus-four"]:
            for _ in range(n):
                z = f"{self.rng.randrange(1001, 99950):05d}"
                if form == "answer":
                    t = [("A", "And the zip code for the card?"), ("C", self.pick(["{x} [ZIP.answer|{z}].", "[ZIP.answer|{z}]."]).format(x=self.filler(), z=z))]
                else:
                    t = [("A", "Full zip, please?"), ("C", f"[ZIP.plus-four|{z}-{self.rng.randrange(1, 9999):04d}].")]
                out.append(Block("ZIP." + form, t, au, au))
        return out

    # ADDRESS -----------------------------------------------------------------
    CITY_KEYS = ("city", "town", "village", "municipality", "suburb", "hamlet")
    BIZ_KEYS = ("restaurant", "cafe", "shop", "hotel", "building", "attraction", "public_building", "bank",
                "post_office", "school", "embassy", "theatre", "university", "pub", "supermarket", "attention", "house")

    def address_blocks(self):
        """address-formatting's test addresses: the street line as the formatter writes it, the city outer, the postcode also ZIP."""
        self.stream("address_blocks")
        out, neg_place, neg_biz = [], [], []
        seen = set()
        for ref, comp, exp in opencage_cases():
            cc = str(comp.get("country_code", "")).upper()
            city = next((fold(str(comp[k])) for k in self.CITY_KEYS if k in comp), "")
            if city and SAFE.fullmatch(city) and city.lower() not in seen and re.fullmatch(r"[A-Z][A-Za-z' -]+", city):
                seen.add(city.lower())
                neg_place.append((ref, city))
            for k in self.BIZ_KEYS:
                if k in comp:
                    b = fold(str(comp[k]))
                    if SAFE.fullmatch(b) and len(b.split()) >= 2 and b.lower() not in seen and not re.search(r"\d", b):
                        seen.add(b.lower())
                        neg_biz.append((ref, b))
            if "house_number" not in comp or "road" not in comp:
                continue
            hn, road = fold(str(comp["house_number"])), fold(str(comp["road"]))
            line = next((fold(l.strip()) for l in str(exp).splitlines() if road in fold(l) and hn in fold(l)), "")
            if not line or not SAFE.fullmatch(line) or line.lower() in seen or "(" in line:
                continue
            seen.add(line.lower())
            line = line.rstrip(",")
            first = line.split()[0]
            if cc in ("US", "CA"):
                form = "us-ca"
            elif re.fullmatch(r"\d+[A-Za-z]?,?", first):
                form = "number-first"
            else:
                form = "number-after"
            ent = f"[ADDRESS.{form}|{line}"
            if city and re.fullmatch(r"[A-Z][A-Za-z' -]+", city):
                ent += ", " + " ".join("^" + w for w in city.split())
            ent += "]"
            q = self.pick(["What's the delivery address?", "And the address on the account?", "Where should we send it?"])
            a = self.pick(["{x} it's {e}.", "{e}.", "It's {e}, yeah."]).format(x=self.filler(), e=ent)
            t = [("A", q), ("C", a)]
            pc = fold(str(comp.get("postcode", "")))
            if pc and re.fullmatch(r"\d{5}|[A-Z]\d[A-Z] \d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{4}|\d{3} \d{2}|\d{5}-\d{3}", pc):
                t += [("A", self.pick(["And the postcode?", "And the postal code?"])),
                      ("C", self.pick(["[ADDRESS.postcode+ZIP|{v}].", "{x} [ADDRESS.postcode+ZIP|{v}]."]).format(x=self.filler(), v=pc))]
            out.append(Block("ADDRESS." + form, t, "opencage", ref))
        return out, neg_place, neg_biz

    # hard negatives ----------------------------------------------------------
    def negative_blocks(self, n, places, bizs):
        self.stream("negative_blocks")
        out = []
        # whisper's number-normaliser cases said by a customer: the written side for the cased style
        for ref, spoken, written in whisper_numbers():
            if not re.fullmatch(r"[a-z ]+", spoken) or not re.fullmatch(r"\$?[0-9][0-9.]*%?|[a-z]+ \d+(st|nd|rd|th) \d{4}", written):
                continue
            if re.fullmatch(r"[a-z]+ \d+(st|nd|rd|th) \d{4}", written):
                kind, w = "date", cap_first(written.replace(" 20", ", 20", 1))
                w = re.sub(r"(\d+(?:st|nd|rd|th)) (\d{4})", r"\1, \2", cap_first(written))
            elif written.startswith("$"):
                kind, w = "price", written
            elif written.endswith("%"):
                kind, w = "percent", written
            elif re.fullmatch(r"(19|20)\d\d", written) and "double" not in spoken:
                kind, w = "year", written
            elif "." in written:
                kind, w = "decimal", written
            elif "double" in spoken or "triple" in spoken or "oh" in spoken.split() or spoken == "nine one one":
                kind, w = "code", written
            else:
                kind, w = "cardinal", written
            fr = {"date": ["It was delivered <date|{v}>.", "The invoice is from <date|{v}>."],
                  "price": ["The total came to <price|{v}>.", "They quoted me <price|{v}>."],
                  "percent": ["They said <percent|{v}> of orders ship same day.", "Battery's at <percent|{v}>."],
                  "year": ["We've had the account since <year|{v}>.", "The car's a <year|{v}> model."],
                  "decimal": ["The rating says <decimal|{v}>.", "It weighs <decimal|{v}> kilos."],
                  "code": ["The box just says <code|{v}> on it.", "The error code was <code|{v}>."],
                  "cardinal": ["There were <cardinal|{v}> people in the queue.", "It says <cardinal|{v}> views."]}[kind]
            t = self.pick(fr).format(v="{" + w + "|" + spoken + "}")
            out.append(Block("neg:" + kind, [("C", t)], "whisper", ref))
        # Taskmaster-4 customers ordering a drink by its (capitalised) name
        seen = set()
        items = []
        lowercase = {w for _, sp, t in taskmaster_user_turns() if sp == "user"
                     for w in re.findall(r"[A-Za-z]+", t) if w.islower()}  # words customers write in lowercase
        for ref, sp, t in taskmaster_user_turns():
            if sp != "user" or not SAFE.fullmatch(t) or t in seen or NAMECUE.search(t) or len(t.split()) > 18:
                continue
            hit = next((d for d in DRINKS if re.search(r"(?<!\w)" + re.escape(d) + r"(?!\w)", t)), None)
            if not hit or re.search(r"\d", t):
                continue
            seen.add(t)
            items.append((ref, t, hit))
        self.rng.shuffle(items)
        for ref, t, d in items[: 5 * n]:
            t2 = re.sub(r"(?<!\w)" + re.escape(d) + r"(?!\w)", f"<product|{d}>", t, count=1)
            # the one the drink is for, named at the clause's end ("a Macchiato, for Maisie."), is a
            # person said in passing, not part of the hard negative (a labelling fix, set11-005): a
            # capitalised word there that no customer writes in lowercase and no drink's name holds
            t2 = FOR_NAME.sub(lambda m: m.group(0) if m.group(1) in DRINK_WORDS or m.group(1).lower() in lowercase
                              else f"[PERSON.uncued|{m.group(1)}]", t2)
            if t2[-1] not in ".!?":
                t2 += "."
            out.append(Block("neg:product", [("C", cap_first(t2))], "taskmaster", ref))
        for ref, p in places[: 4 * n]:
            t = self.pick(["I'm flying out to <place|{v}> on Friday.", "It was shipped from <place|{v}>.",
                           "My sister lives in <place|{v}>."]).format(v=p)
            out.append(Block("neg:place", [("C", t)], "opencage", ref))
        for ref, b in bizs[: 2 * n]:
            t = self.pick(["The charge says <business|{v}>.", "I was at <business|{v}> when it happened."]).format(v=b)
            out.append(Block("neg:business", [("C", t)], "opencage", ref))
        return out


# ---- calls -----------------------------------------------------------------

OPEN = {
    "bank": ["Thanks for calling, this call may be recorded, how can I help?", "Card services, what can I do for you?"],
    "travel": ["Hi, bookings desk, how can I help?", "Thanks for calling the travel line, what can I do for you?"],
    "telecom": ["Customer care, how can I help today?", "Hi there, thanks for calling, what's going on?"],
    "insurance": ["Claims line, how can I help?", "Thanks for holding, how can I help you today?"],
    "delivery": ["Deliveries, how can I help?", "Hi, thanks for calling the order line."],
    "coffee": ["Thanks for calling the cafe, what can I get started for you?", "Order line, what can I get you?"],
}
REASON = {
    "bank": ["Hi, there's a payment I don't recognise.", "I need to update my details."],
    "travel": ["I need to change a booking.", "My train got cancelled and I want a refund."],
    "telecom": ["My phone bill is wrong again.", "My internet keeps dropping."],
    "insurance": ["I need to make a claim.", "I'm calling about my renewal."],
    "delivery": ["My parcel hasn't turned up.", "I want to change the delivery address."],
    "coffee": ["I'd like to place an order for pickup.", "I have a question about my order."],
}
CLOSE = [("A", "Anything else I can help with?"), ("C", "No, that's all, thanks.")]
CLOSE2 = [("A", "That's all done for you."), ("C", "Great, thank you, bye.")]


def main():
    global SRC
    ap = argparse.ArgumentParser()
    ap.add_argument("-src", default=SRC)
    ap.add_argument("-o", default="dialogues")
    a = ap.parse_args()
    SRC = a.src
    g = Gen(cldr_names())
    blocks = []
    blocks += g.tm_order_blocks()
    blocks += g.person_blocks(18)
    blocks += g.email_blocks(9)
    blocks += g.phone_blocks(11)
    blocks += g.numeric_blocks(11)
    addr, places, bizs = g.address_blocks()
    blocks += addr
    blocks += g.negative_blocks(12, places, bizs)
    deal_pack_write("set11", blocks, 5, 1, a.o, OPEN, REASON, [CLOSE, CLOSE2])


if __name__ == "__main__":
    main()
