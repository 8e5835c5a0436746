#!/usr/bin/env python3
"""Write the set9 dialogues (../dialogues/*.txt) from the sources' files.

Run from testdata/pii/set9 with the sources' repositories checked out (paths
below, or pass -src DIR holding owner+name/repo git directories):

    python3 compose/compose.py [-src /work/.mirror]

It reads, at fixed commits (git show COMMIT:path, so a newer checkout gives
the same output):

  pswietojanski/slurp        dataset/slurp/{devel,test}.jsonl      CC BY 4.0
  openvenues/libpostal       test/test_parser.c                    MIT
  google/libphonenumber      resources/PhoneNumberMetadata.xml     Apache-2.0
  joke2k/faker               faker/providers/person/<locale>/__init__.py  MIT

and writes one dialogue file per half (odd.txt, even.txt) in the peer
markup (testdata/pii/internal/buildkit). Everything is drawn with a fixed
seed, so the output is the same on every run.

Stratification: every block of a call (an entity with its question and
answer, or a hard negative in its sentence) has a stratum: (type, form) for
entities, the kind for hard negatives. Within each stratum the blocks, in
the order they were drawn, go alternately to the odd (dev) and the even
(test) half; each half's blocks are then shuffled and packed into calls.
Every call is written once (cased) and the builder derives the spoken twin,
so each stratum is in both styles of both halves. The deal, the packing and
the writing are shared with set10 and set11 in
testdata/pii/internal/compose_common.py.
"""
import argparse
import ast
import json
import os
import random
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the shared module in the repository
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))
from compose_common import (LABEL, MONTHS, Block, cap_first, deal_pack_write, luhn_complete,  # noqa: E402
                            ordinal, ssn)

COMMITS = {
    "slurp": ("pswietojanski+slurp", "8eb16545762be97ace75334109d73824217311f1"),
    "libpostal": ("openvenues+libpostal", "4c030d8ff2fcf59c26510f68823c28a2346034d4"),
    "libphonenumber": ("google+libphonenumber", "f7e3e88c92b905c8d6edb81f336dbe25edc05b52"),
    "pelias": ("pelias+parser", "b4494c2a979dd16683c7604258131a55cdf8668a"),
    "faker": ("joke2k+faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1"),
}

# Faker locales no earlier set took names from (the wild set used yo_NG,
# ig_NG, ha_NG, tw_GH, zu_ZA, en_IN, en_PK, uz_UZ, en_TH, id_ID, vi_VN, tr_TR).
LOCALES = ["sw", "en_KE", "en_NG", "ne_NP", "es_MX", "pt_BR", "pl_PL", "it_IT", "fr_FR",
           "de_DE", "en_IE", "fi_FI", "hu_HU", "ro_RO", "es_CO", "nl_NL", "cs_CZ", "da_DK"]

# letters the builder folds to ASCII (buildkit/speak.go foldMap)
FOLD = set("áàâäãåąæçčćďđéèêëěęíìîïłñńňóòôöõøőřšśßťúùûüůűýžźżðþ")

SRC = "/work/.mirror"


def git_show(key, path):
    repo, commit = COMMITS[key]
    return subprocess.run(["git", "-C", os.path.join(SRC, repo, "repo"), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


# ---- sources ---------------------------------------------------------------

def ok_name(n):
    if not re.fullmatch(r"[A-Za-z" + "".join(FOLD) + "".join(c.upper() for c in FOLD if c.upper() != c) + r"'-]+", n):
        return False
    low = n.lower()
    if any(c not in FOLD and not ("a" <= c <= "z") and c not in "'-" for c in low):
        return False
    if "-" in n or "'" in n or len(n) < 3 or not n[0].isupper():
        return False
    return True


def faker_names():
    """first and last names per locale, in the file's order."""
    out = {}
    for loc in LOCALES:
        src = git_show("faker", f"faker/providers/person/{loc}/__init__.py")
        tree = ast.parse(src)
        firsts, lasts = [], []
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                continue
            t = node.targets[0]
            if not isinstance(t, ast.Name):
                continue
            name = t.id
            if not (name.startswith("first_names") or name.startswith("last_names")):
                continue
            vals = []
            v = node.value
            if isinstance(v, ast.Call) and v.args:  # OrderedDict((("Ana", 0.1), ...))
                v = v.args[0]
            if isinstance(v, (ast.Tuple, ast.List)):
                for e in v.elts:
                    if isinstance(e, ast.Constant) and isinstance(e.value, str):
                        vals.append(e.value)
                    elif isinstance(e, ast.Tuple) and e.elts and isinstance(e.elts[0], ast.Constant):
                        vals.append(e.elts[0].value)
            elif isinstance(v, ast.Dict):
                for k in v.keys:
                    if isinstance(k, ast.Constant) and isinstance(k.value, str):
                        vals.append(k.value)
            vals = [x for x in vals if ok_name(x)]
            (firsts if name.startswith("first") else lasts).extend(vals)
        if firsts and lasts:
            out[loc] = (sorted(set(firsts)), sorted(set(lasts)))
    return out


def slurp_records():
    recs = []
    for f in ("devel", "test"):
        for line in git_show("slurp", f"dataset/slurp/{f}.jsonl").splitlines():
            d = json.loads(line)
            recs.append((f, d["slurp_id"], d["sentence_annotation"]))
    return recs


SLOT = re.compile(r"\[(\w+) : ([^\]]+)\]")


def libpostal_cases():
    src = git_show("libpostal", "test/test_parser.c")
    cases = []
    tests = [(src[:m.start()].count("\n") + 1, m.group(1)) for m in re.finditer(r"^TEST test_(\w+)_parses", src, re.M)]
    for m in re.finditer(r'test_parse_result_equals\(\s*"((?:[^"\\]|\\.)*)",\s*options,\s*\d+,(.*?)\)\);', src, re.S):
        comps = re.findall(r'\{"(\w+)", "((?:[^"\\]|\\.)*)"\}', m.group(2))
        line = src[:m.start()].count("\n") + 1
        country = [c for l, c in tests if l < line][-1]
        cases.append((f"libpostal:test/test_parser.c:{line}", country, m.group(1).encode().decode("unicode_escape").encode("latin-1").decode("utf-8"), comps))
    return cases


PELIAS = ["usa", "gbr", "aus", "nzd", "deu", "fra", "nld", "esp", "prt", "pol", "cze", "svk", "hrv", "rom",
          "swe", "nor", "bra", "ind"]
PELIAS_KEY = {"housenumber": "house_number", "street": "road", "unit": "unit", "postcode": "postcode",
              "locality": "city", "region": "state", "country": "country"}


def pelias_cases():
    """pelias/parser's address tests whose expected parse is one flat list."""
    cases = []
    files = [(c, f"test/address.{c}.test.js") for c in PELIAS]
    # pelias's copies of the addressit package's tests (DamonOehlman/addressit, MIT)
    files += [("usa", "test/addressit.usa.test.js"), ("aus", "test/addressit.aus.test.js")]
    for c, path in files:
        src = git_show("pelias", path)
        for m in re.finditer(r"assert\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*\[((?:\s*\{[^{}\[\]]*\}\s*,?)*)\]\s*(?:,\s*\w+\s*)?\)", src):
            comps = [(PELIAS_KEY.get(k, k), v) for k, v in re.findall(r"(\w+):\s*'((?:[^'\\]|\\.)*)'", m.group(2))]
            line = src[:m.start()].count("\n") + 1
            cases.append((f"pelias:{path}:{line}", c, m.group(1).replace("\\'", "'"), comps))
    return cases


def phone_examples():
    x = git_show("libphonenumber", "resources/PhoneNumberMetadata.xml")
    nanp, intl = [], []
    for tid, cc, body in re.findall(r'<territory id="(\w+)"[^>]*?countryCode="(\d+)"(.*?)</territory>', x, re.S):
        for kind, num in re.findall(r"<(fixedLine|mobile|tollFree)>.*?<exampleNumber>(\d+)</exampleNumber>", body, re.S):
            if cc == "1":
                if len(num) == 10 and num[0] >= "2" and num[3] >= "2":
                    nanp.append((tid, kind, num))
            elif tid != "001" and 8 <= len(cc + num) <= 15 and len(num) >= 7:
                intl.append((tid, kind, cc, num))
    return nanp, intl


# ---- helpers ---------------------------------------------------------------

ASCII = {"á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "ą": "a", "æ": "ae", "ç": "c", "č": "c",
         "ć": "c", "ď": "d", "đ": "d", "é": "e", "è": "e", "ê": "e", "ë": "e", "ě": "e", "ę": "e", "í": "i",
         "ì": "i", "î": "i", "ï": "i", "ł": "l", "ñ": "n", "ń": "n", "ň": "n", "ó": "o", "ò": "o", "ô": "o",
         "ö": "o", "õ": "o", "ø": "o", "ő": "o", "ř": "r", "š": "s", "ś": "s", "ß": "ss", "ť": "t", "ú": "u",
         "ù": "u", "û": "u", "ü": "u", "ů": "u", "ű": "u", "ý": "y", "ž": "z", "ź": "z", "ż": "z", "ð": "d",
         "þ": "th"}


def ascii_fold(s):
    return "".join(ASCII.get(c, c) for c in s.lower())


ORDINARY = {"will", "mark", "rose", "hope", "summer", "faith", "june", "bill", "grace", "april", "may",
            "august", "jack", "frank", "sunny", "joy", "dawn", "sky", "brook", "river", "ray", "rich",
            "young", "long", "king", "price", "love", "star", "hunter", "chase", "the", "van", "von",
            "de", "del", "la"}


def free_words(block):
    """lowercase words of a block's turns outside every label."""
    out = set()
    for _, t in block.turns:
        for w in re.findall(r"[A-Za-z" + "".join(FOLD) + "']+", LABEL.sub(" ", t)):
            out.add(ascii_fold(w).strip("'"))
            out.add(w.lower().strip("'"))
    return out


FILLERS = ["Uh,", "Um,", "Yeah,", "So", "Okay, so", "Oh,", "Well,", "Uh, yeah,"]


# ---- blocks ----------------------------------------------------------------

class Gen:
    def __init__(self, rng, names, slurp, postal, phones):
        self.rng = rng
        self.names = names
        self.slurp = slurp
        self.postal = postal
        self.nanp, self.intl = phones
        self.locs = sorted(names)
        self.li = 0
        self.used = set()

    def stream(self, name):
        """start the named generator's own random stream (and name rotation)."""
        self.rng = random.Random("set9/" + name)
        self.li = 0

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def person(self, ascii_only=False):
        """a first and last name of the next locale in turn."""
        while True:
            loc = self.locs[self.li % len(self.locs)]
            self.li += 1
            f = self.pick(self.names[loc][0])
            l = self.pick(self.names[loc][1])
            if f.lower() in ORDINARY or l.lower() in ORDINARY or f == l:
                continue
            if ascii_only and (ascii_fold(f) != f.lower() or ascii_fold(l) != l.lower()):
                continue
            if (f, l) in self.used:
                continue
            self.used.add((f, l))
            return f, l, loc

    def filler(self):
        return self.pick(FILLERS)

    # PERSON ------------------------------------------------------------------
    def person_blocks(self, n):
        self.stream("person_blocks")
        out = []
        for i in range(n):
            f, l, loc = self.person()
            note = f"faker:{loc}"
            q = self.pick(["Can I get your full name, please?", "Who am I speaking with today?",
                           "And your first and last name?", "Could I have the name on the account?",
                           "What name is the reservation under?", "And who do I have on the line?"])
            a = self.pick(["{x} it's [PERSON.answer|{f} {l}].", "Sure, it's [PERSON.answer|{f} {l}].",
                           "[PERSON.answer|{f} {l}].", "That'd be [PERSON.answer|{f} {l}].",
                           "Yeah, [PERSON.answer|{f} {l}], that's me.", "{x} [PERSON.answer|{f} {l}]."])
            out.append(Block("PERSON.answer", [("A", q), ("C", a.format(x=self.filler(), f=f, l=l))],
                             "faker", note, [f, l]))
        for i in range(n):
            f, l, loc = self.person()
            a = self.pick(["Hi, my name is [PERSON.cued|{f} {l}] and I'm calling about my order.",
                           "Hello, this is [PERSON.cued|{f} {l}], I had a question about a charge.",
                           "Yes, hi, [PERSON.cued|{f} {l}] here, I got a letter from you.",
                           "Hi there, I'm [PERSON.cued|{f} {l}], I think my account got locked.",
                           "Good morning, my name's [PERSON.cued|{f} {l}], I'm calling for an update."])
            out.append(Block("PERSON.cued", [("C", a.format(f=f, l=l))], "faker", f"faker:{loc}", [f, l]))
        for i in range(n):
            f, l, loc = self.person()
            a = self.pick(["Thanks for holding, you're speaking with [PERSON.agent|{f}].",
                           "My name is [PERSON.agent|{f}], I'll be helping you today.",
                           "This is [PERSON.agent|{f} {l}] with the billing team.",
                           "Hi, [PERSON.agent|{f}] here, I'm picking up from my colleague."])
            out.append(Block("PERSON.agent", [("A", a.format(f=f, l=l))], "faker", f"faker:{loc}", [f, l]))
        for i in range(n):
            f, l, loc = self.person()
            a = self.pick(["Alright [PERSON.uncued|{f}], let me pull that up.",
                           "Thank you, [PERSON.uncued|{f}], one moment.",
                           "Okay [PERSON.uncued|{f}], I see the account now.",
                           "Perfect, thanks [PERSON.uncued|{f}].",
                           "Got it, [PERSON.uncued|{f}], give me a second here."])
            out.append(Block("PERSON.uncued", [("A", a.format(f=f))], "faker", f"faker:{loc}", [f]))
        for i in range(n):
            f, l, loc = self.person(ascii_only=True)
            sp = "-".join(l.upper())
            q = self.pick(["Can you spell the last name for me?", "How do you spell that?",
                           "And the surname, could you spell it?"])
            a = self.pick(["Sure, [PERSON.spelled|{l}, {sp}].", "It's [PERSON.spelled|{sp}].",
                           "[PERSON.spelled|{sp}]."])
            pre = ("C", self.pick(["The account is under [PERSON.on-account|{f} {l}].",
                                   "It should be under [PERSON.on-account|{f} {l}]."]).format(f=f, l=l))
            out.append(Block("PERSON.spelled", [pre, ("A", q), ("C", a.format(l=l, sp=sp))], "faker",
                             f"faker:{loc}", [f, l]))
        for i in range(n):
            f, l, loc = self.person()
            a = self.pick(["It's for my husband, [PERSON.third-party|{f} {l}].",
                           "Can you add [PERSON.third-party|{f} {l}] as an authorized user?",
                           "The package was signed for by someone called [PERSON.third-party|{f} {l}].",
                           "My sister [PERSON.third-party|{f}] usually handles this.",
                           "I'm calling on behalf of my father, [PERSON.third-party|{f} {l}]."])
            out.append(Block("PERSON.third-party", [("C", a.format(f=f, l=l))], "faker", f"faker:{loc}", [f, l]))
        return out

    def slurp_person_blocks(self, n):
        self.stream("slurp_person_blocks")
        bad = {"mom", "dad", "me", "him", "her", "boss", "everyone", "team", "wife", "husband", "mother",
               "father", "brother", "sister", "friend", "friends", "you", "them", "family", "my", "i", "all"}
        cands = []
        for split, sid, ann in self.slurp:
            slots = SLOT.findall(ann)
            if not any(t == "person" for t, _ in slots) or "email_address" in ann:
                continue
            plain = SLOT.sub(lambda m: m.group(2), ann)
            if not re.fullmatch(r"[a-z' ]+", plain):
                continue
            persons = [v for t, v in slots if t == "person"]
            if any(set(v.split()) & bad for v in persons):
                continue
            others = set(SLOT.sub(lambda m: " " if m.group(1) == "person" else m.group(2), ann).split())
            pw = {w.strip("'s").rstrip("'") for v in persons for w in v.split()} | {w for v in persons for w in v.split()}
            if pw & others or any(w in ORDINARY for w in pw):
                continue
            cands.append((split, sid, ann, persons))
        self.rng.shuffle(cands)
        out = []
        for split, sid, ann, persons in cands[:n]:
            def rep(m):
                t, v = m.group(1), m.group(2)
                if t == "person":  # "james and alice" are two people
                    return " and ".join("[PERSON.slurp|" + " ".join(cap_first(w) for w in p.split()) + "]"
                                        for p in v.split(" and "))
                return v
            s = SLOT.sub(rep, ann)
            s = re.sub(r"\bi\b", "I", s)
            s = re.sub(r"\bi'(m|ve|ll|d)\b", r"I'\1", s)
            q = self.pick(["What exactly did you ask it?", "And what did you say to the assistant?",
                           "What was the command you gave it?", "Can you tell me what you said to it?"])
            a = self.pick(["I said {s}.", "I just said {s}.", "I said hey, {s}.", "I told it {s}."])
            names = [w.strip("'").removesuffix("'s") for v in persons for w in v.split() if w != "and"]
            out.append(Block("PERSON.slurp", [("A", q), ("C", a.format(s=s))], "slurp", f"slurp:{split}:{sid}",
                             names + [cap_first(w) for w in names]))
        return out

    # EMAIL -------------------------------------------------------------------
    DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
               "protonmail.com", "comcast.net", "live.co.uk", "mail.com", "att.net", "ymail.com"]

    def email_blocks(self, n):
        self.stream("email_blocks")
        out = []
        forms = {
            "written": lambda f, l: f"{f}.{l}",
            "digits": lambda f, l: f"{f}{l[0]}{self.rng.randrange(10, 99)}",
            "underscore": lambda f, l: f"{f}_{l}",
            "initial": lambda f, l: f"{f[0]}.{l}{self.rng.randrange(1, 9)}",
            "answer": lambda f, l: f"{f}{l}",
        }
        for form, mk in forms.items():
            for i in range(n):
                f, l, loc = self.person(ascii_only=True)
                addr = mk(f.lower(), l.lower()) + "@" + self.pick(self.DOMAINS)
                if form == "answer":
                    turns = [("A", self.pick(["And what's a good email for you?", "Is there an email we can use?",
                                              "What email should I send the confirmation to?"])),
                             ("C", self.pick(["{x} it's [EMAIL.answer|{e}].", "Sure, [EMAIL.answer|{e}].",
                                              "[EMAIL.answer|{e}]."]).format(x=self.filler(), e=addr))]
                else:
                    turns = [("C", self.pick(["My email is [EMAIL.{form}|{e}].", "You can email me at [EMAIL.{form}|{e}].",
                                              "Send it to [EMAIL.{form}|{e}], please.",
                                              "The email on file should be [EMAIL.{form}|{e}]."]).format(form=form, e=addr))]
                out.append(Block("EMAIL." + form, turns, "authored", f"faker:{loc}"))
        # SLURP's own sentences with an email address
        for split, sid, ann in self.slurp:
            if "email_address" not in ann:
                continue
            slots = SLOT.findall(ann)
            ok = True

            def rep(m):
                nonlocal ok
                t, v = m.group(1), m.group(2)
                if t == "email_address":
                    e = v.replace(" dot ", ".").replace(" ", "")
                    if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", e):
                        ok = False
                    return f"[EMAIL.slurp|{e}]"
                if t == "person":
                    ok = False
                return v
            s = SLOT.sub(rep, ann)
            if not ok or not re.fullmatch(r"[a-z' ]+", LABEL.sub("x", s)):
                continue
            s = re.sub(r"\bi\b", "I", s)
            out.append(Block("EMAIL.slurp", [("A", "What did you say to it?"), ("C", f"I said {s}.")],
                             "slurp", f"slurp:{split}:{sid}"))
        return out

    # PHONE -------------------------------------------------------------------
    def phone_blocks(self, n):
        self.stream("phone_blocks")
        out = []
        nanp = list(self.nanp)
        self.rng.shuffle(nanp)
        k = 0

        def nxt():
            nonlocal k
            t = nanp[k % len(nanp)]
            k += 1
            return t
        cue = ["My number is {v}.", "You can reach me at {v}.", "It's {v}, that's my cell.",
               "The best number is {v}.", "Call me back on {v} if we get cut off."]
        for form in ["grouped", "parens", "dotted", "answer", "filler"]:
            for i in range(n):
                tid, kind, d = nxt()
                a, b, c = d[:3], d[3:6], d[6:]
                if form == "grouped":
                    v = f"[PHONE.grouped|{a}-{b}-{c}]"
                elif form == "parens":
                    v = f"[PHONE.parens|({a}) {b}-{c}]"
                elif form == "dotted":
                    v = f"[PHONE.dotted|{a}.{b}.{c}]"
                elif form == "filler":
                    fl = self.pick(["~uh", "~you ~know", "~hold ~on", "~let ~me ~see", "~sorry"])
                    v = f"[PHONE.filler|{a}-{b}, {fl}, {c}]"
                if form == "answer":
                    turns = [("A", self.pick(["What's the best number to reach you?", "And a callback number?",
                                              "What phone number is on the account?"])),
                             ("C", self.pick(["{x} it's [PHONE.answer|{a} {b} {c}].", "[PHONE.answer|{a} {b} {c}].",
                                              "Sure, [PHONE.answer|{a}-{b}-{c}]."]).format(x=self.filler(), a=a, b=b, c=c))]
                else:
                    turns = [("C", self.pick(cue).format(v=v))]
                out.append(Block("PHONE." + form, turns, "libphonenumber", f"libphonenumber:{tid}:{kind}"))
        intl = list(self.intl)
        self.rng.shuffle(intl)
        for tid, kind, cc, num in intl[: 2 * n]:
            groups = []
            rest = num
            while rest:
                g = 4 if len(rest) in (4, 8) else 3
                if len(rest) <= 4:
                    g = len(rest)
                groups.append(rest[:g])
                rest = rest[g:]
            v = "+" + cc + " " + " ".join(groups)
            a = self.pick(["I'm abroad at the moment, my number here is [PHONE.intl|{v}].",
                           "The number with the country code is [PHONE.intl|{v}].",
                           "You can text me on [PHONE.intl|{v}]."]).format(v=v)
            out.append(Block("PHONE.intl", [("C", a)], "libphonenumber", f"libphonenumber:{tid}:{kind}"))
        return out

    # CARD, SSN, ACCOUNT, DOB ------------------------------------------------
    def card(self):
        kind = self.rng.randrange(4)
        if kind == 0:
            return luhn_complete("4", 16, self.rng), [4, 4, 4, 4]
        if kind == 1:
            return luhn_complete(str(self.rng.randrange(51, 56)), 16, self.rng), [4, 4, 4, 4]
        if kind == 2:
            return luhn_complete(self.pick(["34", "37"]), 15, self.rng), [4, 6, 5]
        return luhn_complete("6011", 16, self.rng), [4, 4, 4, 4]

    def numeric_blocks(self, n):
        self.stream("numeric_blocks")
        out = []
        au = "authored"
        for form in ["grouped", "one-token", "filler", "last-four"]:
            for i in range(n):
                num, gs = self.card()
                parts, p = [], 0
                for g in gs:
                    parts.append(num[p:p + g])
                    p += g
                if form == "grouped":
                    v = "[CARD.grouped|" + " ".join(parts) + "]"
                elif form == "one-token":
                    v = "[CARD.one-token|" + "-".join(parts) + "]"
                elif form == "filler":
                    fl = self.pick(["~hold ~on", "~uh", "~you ~know", "~one ~sec", "~sorry"])
                    v = "[CARD.filler|" + " ".join(parts[:2]) + f", {fl}, " + " ".join(parts[2:]) + "]"
                else:
                    v = "[CARD.last-four+SSN|" + num[-4:] + "]"
                    a = self.pick(["It's the card ending in {v}.", "The last four on the card are {v}.",
                                   "Use the Visa, last four {v}."]).format(v=v)
                    out.append(Block("CARD.last-four", [("C", a)], au, au))
                    continue
                a = self.pick(["The card number is {v}.", "Okay, it's {v}.", "Card number, {v}.",
                               "Let me read it, {v}."]).format(v=v)
                out.append(Block("CARD." + form, [("A", self.pick(["Go ahead with the card number when you're ready.",
                                                                   "What card would you like to use?"])), ("C", a)], au, au))
        for i in range(n):
            cvv = str(self.rng.randrange(100, 1000))
            a = self.pick(["The three digits on the back are [CARD_CVV.cued|{v}].", "Security code is [CARD_CVV.cued|{v}].",
                           "CVV is [CARD_CVV.cued|{v}]."]).format(v=cvv)
            out.append(Block("CARD_CVV.cued", [("C", a)], au, au))
        for i in range(n):
            m, y = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
            v = self.pick([f"{m:02d}/{y}", f"{m:02d}/20{y}"])
            a = self.pick(["It expires [CARD_EXPIRY.cued|{v}].", "Expiration date is [CARD_EXPIRY.cued|{v}].",
                           "Exp is [CARD_EXPIRY.cued|{v}]."]).format(v=v)
            out.append(Block("CARD_EXPIRY.cued", [("C", a)], au, au))
        for form in ["written", "spaced", "last-four", "answer"]:
            for i in range(n):
                s = ssn(self.rng)
                if form == "written":
                    t = [("C", self.pick(["My social is [SSN.written|{s}].", "Social security number is [SSN.written|{s}].",
                                          "SSN is [SSN.written|{s}]."]).format(s=s))]
                elif form == "spaced":
                    t = [("C", self.pick(["My social security number is [SSN.spaced|{s}].",
                                          "Okay, my social, [SSN.spaced|{s}]."]).format(s=s.replace("-", " ")))]
                elif form == "last-four":
                    t = [("A", "Can you verify the last four of your social?"),
                         ("C", self.pick(["Yeah, the last four are [SSN.last-four|{s}].", "It's [SSN.last-four|{s}].",
                                          "Last four of my social are [SSN.last-four|{s}]."]).format(s=s[-4:]))]
                else:
                    t = [("A", self.pick(["And your Social Security number, please?", "I'll need your social to continue."])),
                         ("C", self.pick(["{x} [SSN.answer|{s}].", "Sure, [SSN.answer|{s}]."]).format(x=self.filler(), s=s))]
                out.append(Block("SSN." + form, t, au, au))
        for form in ["cued", "grouped", "answer"]:
            for i in range(n):
                d = "".join(str(self.rng.randrange(10)) for _ in range(self.rng.randrange(8, 13)))
                if form == "cued":
                    t = [("C", self.pick(["My account number is [ACCOUNT.cued|{d}].", "The account number is [ACCOUNT.cued|{d}].",
                                          "Account number [ACCOUNT.cued|{d}]."]).format(d=d))]
                elif form == "grouped":
                    g = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
                    t = [("C", self.pick(["It's account [ACCOUNT.grouped|{g}].", "My account number is [ACCOUNT.grouped|{g}]."]).format(g=g))]
                else:
                    t = [("A", self.pick(["Do you have the account number handy?", "What's the account number?"])),
                         ("C", self.pick(["{x} yes, [ACCOUNT.answer|{d}].", "[ACCOUNT.answer|{d}]."]).format(x=self.filler(), d=d))]
                out.append(Block("ACCOUNT." + form, t, au, au))
        for form in ["month-name", "numeric", "ordinal", "answer"]:
            for i in range(n):
                y, m, dd = self.rng.randrange(1938, 2006), self.rng.randrange(1, 13), self.rng.randrange(1, 29)
                if form == "month-name":
                    v = f"{MONTHS[m - 1]} {ordinal(dd) if self.rng.random() < .5 else dd}, {y}"
                elif form == "numeric":
                    v = self.pick([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}-{dd}-{y}"])
                else:
                    v = f"the {ordinal(dd)} of {MONTHS[m - 1]}, {y}" if form == "ordinal" else f"{MONTHS[m - 1]} {ordinal(dd)}, {y}"
                if form == "answer":
                    t = [("A", self.pick(["And your date of birth?", "Can you confirm your birthday for me?"])),
                         ("C", self.pick(["{x} [DOB.answer|{v}].", "It's [DOB.answer|{v}]."]).format(x=self.filler(), v=v))]
                else:
                    t = [("C", self.pick(["My date of birth is [DOB.{f}|{v}].", "I was born on [DOB.{f}|{v}].",
                                          "Date of birth, [DOB.{f}|{v}]."]).format(f=form, v=v))]
                out.append(Block("DOB." + form, t, au, au))
        return out

    # ADDRESS -----------------------------------------------------------------
    def address_blocks(self):
        self.stream("address_blocks")
        out = {}
        seen = set()
        groups = {"us": "us", "usa": "us", "ca": "us", "jm": "us", "gb": "gb", "im": "gb", "gbr": "gb",
                  "co": "other", "mx": "other", "br": "other", "bra": "other", "aus": "aus-nz", "nzd": "aus-nz",
                  "nz": "aus-nz"}
        for line, country, text, comps in self.postal:
            d = dict(comps)
            if "house_number" not in d and "po_box" not in d:
                continue
            if d.get("house_number", "1").startswith("0"):
                continue
            if not all(c.isascii() or c.lower() in FOLD for c in text):
                continue
            low = text.lower()
            spans = []
            for k in ("house_number", "road", "unit", "po_box"):
                if k in d:
                    p = low.find(d[k].lower())
                    if p < 0:
                        spans = None
                        break
                    spans.append((p, p + len(d[k])))
            if not spans:
                continue
            s, e = min(a for a, _ in spans), max(b for _, b in spans)
            core = text[s:e]
            tail = text[e:].strip(" ,")
            # Whisper writes ordinary capitals: title-case shouted words
            fix = lambda x: " ".join(w.title() if len(w) > 2 and (w.isupper() or w.islower()) and w.isalpha() else w for w in x.split())
            core, tail = fix(core), fix(tail)
            if re.search(r"[^\w\s.,#'/-]", core + tail):
                continue
            zipv = d.get("postcode", "")
            us = country in ("us", "usa") and bool(re.fullmatch(r"\d{5}", zipv)) and zipv in tail
            if not core[:1].isalnum():
                continue
            form = groups.get(country, "europe" if country in ("fr", "es", "de", "at", "nl", "da", "fi", "no", "se", "hu", "ro", "deu", "fra", "nld", "esp", "prt", "pol", "cze", "svk", "hrv", "rom", "swe", "nor") else "other")
            if us:
                form = "us-zip"
            # the tests hold variants of one address ("24 Broadway", "24 West
            # Broadway"; "1210a IA 10 W", "1210a Highway 10 W"): keep the first
            # of each house number per country, so no address is in both halves
            hn = d.get("house_number") or d.get("po_box")
            key = (groups.get(country, country), re.sub(r"[^a-z0-9]", "", ascii_fold(hn)))
            if key in seen:
                continue
            seen.add(key)
            words = core.split()
            if us:
                before, _, after = tail.partition(zipv)
                if after.strip(" ,"):
                    after = " " + after.strip(" ,")
                tailm = " ".join("^" + w for w in before.split())
                ent = f"[ADDRESS.{form}|{core}{', ' + tailm if tailm else ''}] [ZIP.after-state|{zipv}]{after}"
            else:
                tailm = " ".join("^" + w for w in tail.split())
                ent = f"[ADDRESS.{form}|{core}{', ' + tailm if tailm else ''}]"
            if len(re.findall(r"\d", tail)) >= 7 and not us:
                continue
            out.setdefault(form, []).append((line, ent))
        # US street names the pelias tests give without a house number, with
        # a house number and a unit or a P.O. box written for this set
        streets = []
        for line, country, text, comps in self.postal:
            d = dict(comps)
            if country == "usa" and "road" in d and "house_number" not in d and text.isascii():
                st = " ".join(w.title() if len(w) > 2 and (w.isupper() or w.islower()) and w.isalpha() else w for w in d["road"].split())
                if st not in [x for _, x in streets] and re.fullmatch(r"[A-Za-z0-9 .']+", st):
                    streets.append((line, st))
        self.rng.shuffle(streets)
        units = ["Apt {a}{b}", "Apartment {a}", "Unit {a}", "Suite {c}", "Apt. {a}", "# {a}"]
        for i, (line, st) in enumerate(streets[:16]):
            num = self.pick([str(self.rng.randrange(2, 99)), str(self.rng.randrange(100, 999)), str(self.rng.randrange(1000, 9999))])
            u = self.pick(units).format(a=self.rng.randrange(1, 40), b=self.pick("ABCDEF"), c=self.rng.randrange(100, 900))
            out.setdefault("us-unit", []).append((line + " +authored number and unit", f"[ADDRESS.us-unit|{num} {st}, {u}]"))
        for i in range(16):
            n = self.rng.randrange(10, 99999)
            v = self.pick(["P.O. Box {n}", "PO Box {n}", "Post Office Box {n}"]).format(n=n)
            out.setdefault("us-po-box", []).append(("authored", f"[ADDRESS.us-po-box|{v}]"))
        blocks = []
        for form, items in sorted(out.items()):
            for line, ent in items:
                q = self.pick(["And the service address?", "What's the address on the account?",
                               "Where should we send it?", "Can you confirm your mailing address?"])
                a = self.pick(["{x} it's {e}.", "Sure, {e}.", "That's {e}.", "{e}."]).format(x=self.filler(), e=ent)
                blocks.append(Block("ADDRESS." + form, [("A", q), ("C", a)], line.split(":")[0].split(" ")[0], line))
        return blocks

    # hard negatives ----------------------------------------------------------
    BUSINESSES = ["Wells Fargo", "Best Buy", "Trader Joe's", "Morgan Stanley", "Charles Schwab", "Edward Jones",
                  "Dollar General", "Fred Meyer", "Harris Teeter", "Marshalls", "Wendy's", "Jenny Craig",
                  "Ben and Jerry's", "Dick's Sporting Goods", "Raymond James", "Jimmy John's", "Kohl's",
                  "Ross Dress for Less", "Hobby Lobby", "Tim Hortons", "Barnes and Noble", "Ruth's Chris"]
    PLACES = ["Long Beach", "Virginia Beach", "Mount Vernon", "Santa Clara", "Fort Myers", "Grand Rapids",
              "Palm Springs", "Charlotte", "Jackson", "Lafayette", "Marion", "Eugene", "Tyler", "Austin",
              "Cedar Rapids", "San Jose", "Fort Worth", "Florence", "Augusta", "Lincoln"]

    def negative_blocks(self, n):
        self.stream("negative_blocks")
        r = self.rng
        kinds = {
            "price": lambda: self.pick(["The last bill was <price|${a}.{c}>.", "It went up to <price|${a}> a month.",
                                        "I paid <price|${a}.{c}> for shipping.", "They charged me <price|${a}.{c}> twice."]).format(
                a=r.randrange(5, 400), c=r.randrange(10, 99)),
            "decimal": lambda: self.pick(["The speed test says <decimal|{a}.{b}> megabits.",
                                          "It shows <decimal|{a}.{b}> gigabytes used.",
                                          "The meter reads <decimal|{a}.{b}> this month."]).format(a=r.randrange(1, 99), b=r.randrange(1, 10)),
            "quantity": lambda: self.pick(["I ordered <quantity|{a}> of them.", "There were <quantity|{a}> boxes at the door.",
                                           "We have <quantity|{a}> lines on the plan."]).format(a=r.randrange(2, 30)),
            "time": lambda: self.pick(["It happened around <time|{h}:{m:02d}> this morning.",
                                       "The technician is coming at <time|{h}:{m:02d}>.",
                                       "I called yesterday at <time|{h} p.m.>"]).format(h=r.randrange(1, 13), m=r.randrange(0, 60, 5)),
            "date": lambda: self.pick(["It was delivered on <date|{mo} {d}>.", "The payment went out on <date|{mo} {d}>.",
                                       "My contract started <date|{mo} {d}>."]).format(mo=self.pick(MONTHS[:4] + MONTHS[6:]), d=ordinal(r.randrange(1, 29))),
            "year": lambda: self.pick(["I've been a customer since <year|{y}>.", "We bought the house back in <year|{y}>.",
                                       "The car is a <year|{y}> model."]).format(y=r.randrange(1995, 2026)),
            "percentage": lambda: self.pick(["They said I'd get <percentage|{p}%> off.", "The rate went up <percentage|{p}%>."]).format(p=r.randrange(2, 60)),
            "version": lambda: self.pick(["The app is on version <version|{a}.{b}.{c}>.", "I updated to <version|{a}.{b}> last night."]).format(
                a=r.randrange(1, 20), b=r.randrange(0, 10), c=r.randrange(0, 10)),
            "ticket-ref": lambda: self.pick(["I have ticket <ticket-ref|{v}> from last week.", "The case number was <ticket-ref|{v}>."]).format(v=r.randrange(1000, 99999)),
            "room-ref": lambda: self.pick(["I'm in room <room-ref|{v}>.", "We stayed in room <room-ref|{v}>."]).format(v=r.randrange(101, 1299)),
            "flight-ref": lambda: self.pick(["I was on flight <flight-ref|{v}>.", "My flight is <flight-ref|{v}> tomorrow."]).format(v=r.randrange(100, 3000)),
            "page-ref": lambda: self.pick(["It's on page <page-ref|{v}> of the contract.", "Look at page <page-ref|{v}> of the statement."]).format(v=r.randrange(2, 60)),
            "model-ref": lambda: self.pick(["The router is a model <model-ref|{l}{v}>.", "It's the <model-ref|{l}{v}> model."]).format(
                l=self.pick(["X", "RT", "AX", "C"]), v=r.randrange(100, 9000)),
            "form-ref": lambda: self.pick(["I never got my form <form-ref|{v}>.", "Do I need form <form-ref|{v}> for that?"]).format(v=self.pick(["1099", "1040", "W-2", "W-9", "1098", "8962"])),
            "business": lambda: self.pick(["I used to bank with <business|{b}>.", "I bought it at <business|{b}>.",
                                           "It was a charge from <business|{b}>."]).format(b=self.pick(self.BUSINESSES)),
            "place": lambda: self.pick(["I just moved from <place|{p}>.", "My daughter lives in <place|{p}>.",
                                        "The outage is all over <place|{p}>."]).format(p=self.pick(self.PLACES)),
            "name-word": lambda: self.pick(["<name-word|Will> that work for you?", "I got the <name-word|bill> yesterday.",
                                            "Can you <name-word|mark> it as resolved?", "Is there a <name-word|grace> period?",
                                            "I <name-word|hope> so.", "We're away all <name-word|summer>.",
                                            "I paid it in good <name-word|faith>."]),
        }
        out = []
        for kind, mk in kinds.items():
            for i in range(n):
                t = mk()
                if t.startswith("<") and not t.startswith("<name-word|Will"):
                    t = t
                out.append(Block("neg:" + kind, [("C", t)], "authored", "authored"))
        # SLURP's own sentences as hard negatives: places, businesses, times and dates
        sk = {"place_name": "place", "business_name": "business", "time": "time", "date": "date"}
        picked = {k: [] for k in sk.values()}
        for split, sid, ann in self.slurp:
            slots = SLOT.findall(ann)
            if len(slots) != 1 or slots[0][0] not in sk:
                continue
            plain = SLOT.sub(lambda m: m.group(2), ann)
            if not re.fullmatch(r"[a-z' ]+", plain) or len(plain.split()) < 4:
                continue
            kind = sk[slots[0][0]]
            if kind in ("time", "date") and not re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|fifteen|twenty)\b|th\b", slots[0][1]):
                continue
            picked[kind].append((split, sid, ann))
        for kind, items in picked.items():
            r.shuffle(items)
            for split, sid, ann in items[: 2 * n]:
                def rep(m):
                    v = m.group(2)
                    if kind in ("place", "business"):
                        v = " ".join(cap_first(w) for w in v.split())
                    return f"<{kind}|{v}>"
                s = SLOT.sub(rep, ann)
                s = re.sub(r"\bi\b", "I", s)
                q = self.pick(["What did you ask it?", "And what did you say to the speaker?", "What was the command?"])
                out.append(Block("neg:" + kind, [("A", q), ("C", f"I said {s}.")], "slurp", f"slurp:{split}:{sid}"))
        return out


# ---- calls -----------------------------------------------------------------

OPEN = {
    "bank": ["Thank you for calling, how can I help you today?", "Good afternoon, card services, how can I help?"],
    "telecom": ["Thanks for calling customer support, what can I do for you?", "Hi, you've reached billing, how can I help?"],
    "utility": ["Good morning, customer service, how may I help you?", "Thanks for calling, what can I help with today?"],
    "insurance": ["Hello, claims department, how can I help?", "Thanks for calling, how can I help you?"],
    "retail": ["Hi, thanks for calling, what can I do for you today?", "Order support, how can I help?"],
    "assistant": ["Thanks for calling device support, what seems to be the problem?",
                  "Hi, smart speaker support, what's going on with your device?"],
}
REASON = {
    "bank": ["Hi, I need to check a payment on my card.", "Yeah, I think there's a charge I don't recognize."],
    "telecom": ["Hi, my bill looks higher than usual.", "I'm having trouble with my internet."],
    "utility": ["Hi, I'm moving and need to set up service.", "I got a late notice and I already paid."],
    "insurance": ["Hi, I need to update my policy.", "I want to file a claim for my car."],
    "retail": ["Hi, my order never showed up.", "I need to return something I bought."],
    "assistant": ["My speaker keeps getting my commands wrong.", "The assistant isn't doing what I ask."],
}
CLOSE = [("A", "Is there anything else I can help you with?"), ("C", "No, that's everything, thanks.")]
CLOSE2 = [("A", "You're all set. Have a good day."), ("C", "Thanks, you too.")]


def main():
    global SRC
    ap = argparse.ArgumentParser()
    ap.add_argument("-src", default=SRC)
    ap.add_argument("-o", default="dialogues")
    a = ap.parse_args()
    SRC = a.src
    g = Gen(random.Random("set9"), faker_names(), slurp_records(), libpostal_cases() + pelias_cases(), phone_examples())
    blocks = []
    blocks += g.person_blocks(12)
    blocks += g.slurp_person_blocks(40)
    blocks += g.email_blocks(10)
    blocks += g.phone_blocks(10)
    blocks += g.numeric_blocks(8)
    blocks += g.address_blocks()
    blocks += g.negative_blocks(8)
    deal_pack_write("set9", blocks, 5, 0, a.o, OPEN, REASON, [CLOSE, CLOSE2], domain, free_words)


def domain(blocks, rng):
    """SLURP's quotes are said to a smart-speaker support line, other calls to any other line."""
    return "assistant" if any(b.src == "slurp" for b in blocks) else rng.choice(sorted(k for k in OPEN if k != "assistant"))


if __name__ == "__main__":
    main()
