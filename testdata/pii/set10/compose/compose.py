#!/usr/bin/env python3
"""Write the set10 dialogues (../dialogues/*.txt) from the sources' files.

Run from testdata/pii/set10 with the sources' repositories checked out (paths
below, or pass -src DIR holding owner+name/repo git directories):

    python3 compose/compose.py [-src /work/.mirror]

It reads, at fixed commits (git show COMMIT:path, so a newer checkout gives
the same output):

  NVIDIA/NeMo-text-processing  tests/nemo_text_processing/en/data_{inverse_,}text_normalization/
                               test_cases_*.txt                         Apache-2.0
  budzianowski/multiwoz        db/{restaurant,hotel,attraction,train}_db.json   MIT

and the committed copy of FiveThirtyEight's most-common-name lists
(sources/new-top-*.txt; MIT, sources/LICENSE-fivethirtyeight), and writes one dialogue file per half
(odd.txt, even.txt) in the peer markup (testdata/pii/internal/buildkit).
Everything is drawn with fixed seeds, so the output is the same on every run.

This is set9's compose.py (testdata/pii/set9/compose) adapted to other
sources: the Block / pack / write_half machinery and the stratified deal are
shared with set9 and set11 in testdata/pii/internal/compose_common.py. Stratification: every block of a call (an entity with its question
and answer, or a hard negative in its sentence) has a stratum: (type, form)
for entities, the kind for hard negatives. Within each stratum the blocks, in
the order they were drawn, go alternately to the odd (dev) and the even
(test) half; each half's blocks are then shuffled and packed into calls.
Every call is written once (cased, with {cased|spoken} groups where a source
gives both sides) and the builder derives the spoken twin, so each stratum is
in both styles of both halves.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the shared module in the repository
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))
from compose_common import (DIG, MONTHS, Block, cap_first, deal_pack_write,  # noqa: E402
                            luhn_complete, nanp_ok, ordinal, ssn)

COMMITS = {
    "nemo": ("NVIDIA+NeMo-text-processing", "1f1263579fe57ba7ed783cad3dddee710fcc5064"),
    "multiwoz": ("budzianowski+multiwoz", "fe0c8e65cfcd8462bd33c86e35f21addc84ca82b"),
}
ITN = "tests/nemo_text_processing/en/data_inverse_text_normalization/test_cases_{}.txt"
TN = "tests/nemo_text_processing/en/data_text_normalization/test_cases_{}.txt"

SRC = "/work/.mirror"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git_show(key, path):
    repo, commit = COMMITS[key]
    return subprocess.run(["git", "-C", os.path.join(SRC, repo, "repo"), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


# ---- sources ---------------------------------------------------------------

def nemo(kind, itn):
    """NeMo's test cases of one kind as (ref, written, spoken), in file order.

    ITN files are spoken~written, TN files written~spoken."""
    path = (ITN if itn else TN).format(kind)
    out = []
    for i, line in enumerate(git_show("nemo", path).splitlines(), 1):
        if "~" not in line:
            continue
        a, b = line.split("~", 1)
        w, s = (b, a) if itn else (a, b)
        out.append((f"nemo:{'itn' if itn else 'tn'}/{kind}:{i}", w.strip(), s.strip()))
    return out


def multiwoz(name):
    return json.loads(git_show("multiwoz", f"db/{name}_db.json"))


def names538():
    f = [l.strip() for l in open(os.path.join(HERE, "sources", "new-top-firstNames.txt")) if l.strip()]
    s = [l.strip().title() for l in open(os.path.join(HERE, "sources", "new-top-surnames.txt")) if l.strip()]
    return f, s


# ---- helpers ---------------------------------------------------------------


# names that are also ordinary words: only the word-name form uses them
ORDINARY = {"will", "mark", "rose", "hope", "summer", "faith", "june", "bill", "grace", "april", "may",
            "august", "jack", "frank", "young", "long", "king", "price", "white", "green", "hill", "baker",
            "cook", "bell", "reed", "ward", "brooks", "wood", "gray", "james", "kelly", "jordan", "scott",
            "thomas", "martin", "lee", "carter", "parker", "turner", "morgan", "cooper", "long", "foster",
            "hall", "allen", "adams", "walker", "harris", "lewis", "collins", "evans", "campbell", "kim"}
WORDNAMES = ["White", "Young", "King", "Green", "Hill", "Baker", "Cook", "Bell", "Reed", "Ward", "Brooks",
             "Wood", "Gray", "Price", "Long"]


FILLERS = ["Uh,", "Um,", "Yeah,", "So", "Okay, so", "Oh,", "Well,", "Uh, yeah,", "Hmm,", "Right,"]
SAFE = re.compile(r"[A-Za-z0-9 .,:$%/'@_+()-]+")


# ---- blocks ----------------------------------------------------------------

class Gen:
    def __init__(self, names):
        self.first, self.last = names
        self.used = set()
        self.rng = random.Random("set10")

    def stream(self, name):
        """start the named generator's own random stream."""
        self.rng = random.Random("set10/" + name)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def filler(self):
        return self.pick(FILLERS)

    def person(self, word_last=False):
        while True:
            f = self.pick(self.first)
            l = self.pick(WORDNAMES) if word_last else self.pick(self.last)
            if f.lower() in ORDINARY or f == l or (not word_last and l.lower() in ORDINARY):
                continue
            if (f, l) in self.used:
                continue
            self.used.add((f, l))
            return f, l

    # PERSON ------------------------------------------------------------------
    def person_blocks(self, n):
        self.stream("person_blocks")
        out = []
        src = "fivethirtyeight"
        for _ in range(n):
            f, l = self.person()
            q = self.pick(["Who do I have the pleasure of speaking with?", "Can I start with your name?",
                           "And who's calling today?", "What name is on the policy?",
                           "Whose name is the account under?"])
            a = self.pick(["{x} [PERSON.answer|{f} {l}].", "{x} it's [PERSON.answer|{f} {l}].",
                           "Oh, sorry, [PERSON.answer|{f} {l}].", "[PERSON.answer|{f} {l}], yeah."])
            out.append(Block("PERSON.answer", [("A", q), ("C", a.format(x=self.filler(), f=f, l=l))], src, src, [f, l]))
        for _ in range(n):  # first and last name asked and answered one at a time
            f, l = self.person()
            t = [("A", self.pick(["Can I get your first name?", "First name, please?"])),
                 ("C", self.pick(["{x} [PERSON.first-last|{f}].", "It's [PERSON.first-last|{f}]."]).format(x=self.filler(), f=f)),
                 ("A", self.pick(["And the last name?", "Thanks, and your surname?"])),
                 ("C", self.pick(["[PERSON.first-last|{l}].", "{x} [PERSON.first-last|{l}]."]).format(x=self.filler(), l=l))]
            out.append(Block("PERSON.first-last", t, src, src, [f, l]))
        for _ in range(n):  # a self-correction: the abandoned start need not be redacted
            f, l = self.person()
            a = self.pick(["My name's [PERSON.repair|~{f0}, ~sorry, {f} {l}].",
                           "It's [PERSON.repair|~{f0}, ~no, {f} {l}], I always mix that up.",
                           "Put it under [PERSON.repair|~{l}, ~I ~mean {f} {l}]."])
            f0 = f[:3] if len(f) > 4 else f
            out.append(Block("PERSON.repair", [("C", a.format(f=f, l=l, f0=f0))], src, src, [f, l, f0]))
        for _ in range(n):  # the surname spelled one letter at a time
            f, l = self.person()
            sp = " ".join(l.upper())
            a = self.pick(["Sure, it's [PERSON.spelled|{sp}].", "[PERSON.spelled|{sp}].",
                           "{x} [PERSON.spelled|{sp}], like it sounds."]).format(x=self.filler(), sp=sp)
            t = [("C", self.pick(["The account's under [PERSON.spelled-name|{f} {l}].",
                                  "It's for [PERSON.spelled-name|{f} {l}]."]).format(f=f, l=l)),
                 ("A", self.pick(["Could you spell the last name?", "How's the surname spelled?"])), ("C", a)]
            out.append(Block("PERSON.spelled", t, src, src, [f, l]))
        for _ in range(n):  # a name in passing, with no cue before it
            f, l = self.person()
            a = self.pick(["Yeah, so [PERSON.uncued|{f}] told me it would be fixed by Friday.",
                           "I spoke to [PERSON.uncued|{f} {l}] last time and nothing happened.",
                           "Last week [PERSON.uncued|{f}] from your team said to call back.",
                           "Honestly [PERSON.uncued|{f} {l}] was really helpful before."])
            out.append(Block("PERSON.uncued", [("C", a.format(f=f, l=l))], src, src, [f, l]))
        for _ in range(n):  # the agent's own name
            f, l = self.person()
            a = self.pick(["You've got [PERSON.agent|{f}] on the line, how can I help?",
                           "Sure thing, [PERSON.agent|{f}] here from the accounts team.",
                           "My name's [PERSON.agent|{f} {l}], and I'll take it from here."])
            out.append(Block("PERSON.agent", [("A", a.format(f=f, l=l))], src, src, [f, l]))
        for _ in range(n):  # someone else on the account
            f, l = self.person()
            a = self.pick(["My wife [PERSON.third-party|{f}] is on the account too.",
                           "Can you add my son, [PERSON.third-party|{f} {l}], as a driver?",
                           "The delivery guy said [PERSON.third-party|{f} {l}] signed for it.",
                           "Please send it care of [PERSON.third-party|{f} {l}]."])
            out.append(Block("PERSON.third-party", [("C", a.format(f=f, l=l))], src, src, [f, l]))
        for _ in range(n):  # a surname that is also a word (Green, Hill, Long, ...)
            f, l = self.person(word_last=True)
            t = [("A", self.pick(["And the name on the card?", "Who's the account holder?"])),
                 ("C", self.pick(["{x} [PERSON.word-surname|{f} {l}].", "It's [PERSON.word-surname|{f} {l}]."]).format(x=self.filler(), f=f, l=l))]
            out.append(Block("PERSON.word-surname", t, src, src, [f]))
        for _ in range(n):  # the agent says the customer's name back with a title
            f, l = self.person()
            t = [("A", self.pick(["Thank you, [PERSON.title|^Mr. {l}], one moment.",
                                  "Okay [PERSON.title|^Ms. {l}], I've found the booking.",
                                  "Alright [PERSON.title|^Mrs. {l}], let's get that sorted."]).format(l=l))]
            out.append(Block("PERSON.title", t, src, src, [l]))
        return out

    # EMAIL and URL -----------------------------------------------------------
    DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net"]

    def email_blocks(self, n):
        self.stream("email_blocks")
        out = []
        seen = set()
        cases = nemo("electronic", True) + nemo("electronic", False)
        for ref, w, s in cases:
            w = re.sub(r"^email is ", "", w)
            s = re.sub(r"^email is ", "", s)
            if re.search(r" test$", w) or not SAFE.fullmatch(w) or w.lower() in seen:
                continue
            if not re.fullmatch(r"[a-z0-9 ]+", s.lower()):
                continue
            s = s.lower()
            seen.add(w.lower())
            if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", w):
                typ = "EMAIL"
                q = self.pick(["What email should we use?", "Is there an email address on file?",
                               "Where should I send the receipt?"])
                a = self.pick(["{x} it's [EMAIL.nemo|{{{w}|{s}}}].", "[EMAIL.nemo|{{{w}|{s}}}].",
                               "Sure, [EMAIL.nemo|{{{w}|{s}}}]."])
                out.append(Block("EMAIL.nemo", [("A", q), ("C", a.format(x=self.filler(), w=w, s=s))], "nemo", ref))
            elif "@" not in w and re.search(r"[a-z]\.[a-z]", w) and not w.startswith("file"):
                a = self.pick(["The site is [URL.nemo|{{{w}|{s}}}].", "I found it on [URL.nemo|{{{w}|{s}}}].",
                               "It says to go to [URL.nemo|{{{w}|{s}}}]."])
                out.append(Block("URL.nemo", [("C", a.format(w=w, s=s))], "nemo", ref))
        # authored: emails said with fillers, spelled letters and repairs
        for form in ["filler", "spelled", "readback"]:
            for _ in range(n):
                f, l = self.person()
                d = self.pick(self.DOMAINS)
                if form == "filler":
                    e = f"{f.lower()}.{l.lower()}{self.rng.randrange(1, 99)}@{d}"
                    user, dom = e.split("@")
                    a = self.pick(["It's [EMAIL.filler|{u}, ~um, at {d}].", "[EMAIL.filler|{u} ~uh at {d}], I think."])
                    t = [("A", "And an email address?"), ("C", a.format(u=user, d=dom))]
                    out.append(Block("EMAIL.filler", t, "authored", "fivethirtyeight", [f, l]))
                elif form == "spelled":
                    user = (f[0] + l).lower()
                    sp = " ".join(user)
                    e = f"{user}@{d}"
                    t = [("A", "Can you spell the email for me?"),
                         ("C", self.pick(["Sure, [EMAIL.spelled|{{{e}|{sp} at {ds}}}].", "[EMAIL.spelled|{{{e}|{sp} at {ds}}}]."])
                          .format(e=e, sp=sp, ds=d.replace(".", " dot ")))]
                    out.append(Block("EMAIL.spelled", t, "authored", "fivethirtyeight", [f, l, user]))
                else:
                    e = f"{f.lower()}{l.lower()}@{d}"
                    t = [("C", self.pick(["My email is [EMAIL.readback|{e}].", "Email's [EMAIL.readback|{e}]."]).format(e=e)),
                         ("A", self.pick(["So that's [EMAIL.readback|{e}], correct?", "Let me read that back, [EMAIL.readback|{e}]?"]).format(e=e)),
                         ("C", "Yes, that's right.")]
                    out.append(Block("EMAIL.readback", t, "authored", "fivethirtyeight", [f, l]))
        return out

    # PHONE -------------------------------------------------------------------
    def nanp(self):
        while True:
            d = "".join(str(self.rng.randrange(10)) for _ in range(10))
            if nanp_ok(d) and d[:3] not in ("555", "800", "911"):
                return d

    def phone_blocks(self, n):
        self.stream("phone_blocks")
        out = []
        # NeMo's telephone test cases in their own written and spoken forms;
        # the digits are redrawn where NeMo's placeholder (123-123-5678) is
        # not a valid NANP number, keeping each group's shape
        cases = nemo("telephone", False) + nemo("telephone", True)
        shape = re.compile(r"(\+\d{1,2}[ -]?)?\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}")
        for ref, w, s in cases:
            w = w.replace("call me at ", "")
            s = s.replace("call me at ", "")
            if not shape.fullmatch(w):
                continue
            plus = w.startswith("+")
            dg = re.sub(r"\D", "", w)
            main = dg[-10:]
            new = main if nanp_ok(main) else self.nanp()
            pos = [i for i, ch in enumerate(w) if ch.isdigit()][-10:]
            w2 = list(w)
            for i, d in zip(pos, new):
                w2[i] = d
            w2 = "".join(w2)
            words = [DIG[int(c)] for c in new]
            comma = "," in s
            sep = ", " if comma else " "
            pre = ""
            if plus:
                sw = s.replace(",", "").split()
                pre = " ".join(sw[: len(sw) - 10]) + sep  # NeMo's own country-code words
            sp = pre + " ".join(words[:3]) + sep + " ".join(words[3:6]) + sep + " ".join(words[6:])
            form = "nemo-plus" if plus else "nemo"
            q = self.pick(["What's a good callback number?", "And the number on the account?"])
            a = self.pick(["{x} [PHONE.{f}|{{{w}|{s}}}].", "It's [PHONE.{f}|{{{w}|{s}}}].", "Call me at [PHONE.{f}|{{{w}|{s}}}]."])
            out.append(Block("PHONE." + form, [("A", q), ("C", a.format(x=self.filler(), f=form, w=w2, s=sp))], "nemo", ref))
        # MultiWOZ's Cambridge numbers (UK national format, 11 digits)
        seen = set()
        ph = []
        for db in ("restaurant", "hotel", "attraction"):
            for x in multiwoz(db):
                p = x.get("phone", "")
                if re.fullmatch(r"0\d{10}", p) and p not in seen:
                    seen.add(p)
                    ph.append((f"multiwoz:db/{db}_db.json:{x.get('id', x.get('name'))}", p))
        self.rng.shuffle(ph)
        for ref, p in ph[: 2 * n]:
            # written with the country code, as the builder reads an 11-digit
            # run without "+" as a NANP number
            v = self.pick([f"+44 {p[1:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:8]} {p[8:]}", "+44" + p[1:]])
            a = self.pick(["My landline is [PHONE.intl-gb|{v}].", "{x} [PHONE.intl-gb|{v}], that's the home number.",
                           "You can ring me on [PHONE.intl-gb|{v}]."])
            t = [("A", self.pick(["Is there a number we can reach you on?", "And a contact number?"])),
                 ("C", a.format(x=self.filler(), v=v))]
            out.append(Block("PHONE.intl-gb", t, "multiwoz", ref))
        # authored: verification turns across speakers, fillers, repairs, readback
        for form in ["answer", "filler", "repair", "readback", "words"]:
            for _ in range(n):
                d = self.nanp()
                a, b, c = d[:3], d[3:6], d[6:]
                if form == "answer":
                    t = [("A", self.pick(["What's the best number to reach you?", "Can I get a phone number for the file?"])),
                         ("C", self.pick(["{x} [PHONE.answer|{a} {b} {c}].", "[PHONE.answer|{a}-{b}-{c}], that's my cell."]).format(x=self.filler(), a=a, b=b, c=c))]
                elif form == "filler":
                    fl = self.pick(["~uh", "~um", "~hang ~on", "~let ~me ~think", "~wait"])
                    t = [("A", "And a phone number?"),
                         ("C", self.pick(["It's [PHONE.filler|{a}, {fl}, {b} {c}].", "[PHONE.filler|{a} {b}, {fl}, {c}]."]).format(a=a, b=b, c=c, fl=fl))]
                elif form == "repair":
                    wrong = str((int(b[0]) + 1) % 10) + b[1:]
                    t = [("A", "What number should we call?"),
                         ("C", self.pick(["[PHONE.repair|{a} ~{w}, ~no, ~sorry, {b} {c}].",
                                          "It's [PHONE.repair|{a} {b} ~{c2}, ~I ~mean, {c}]."]).format(a=a, b=b, c=c, w=wrong, c2=c[:2]))]
                elif form == "readback":
                    t = [("C", f"My number is [PHONE.readback|{a}-{b}-{c}]."),
                         ("A", self.pick(["Let me repeat that, [PHONE.readback|{a} {b} {c}]?", "So [PHONE.readback|{a}-{b}-{c}], is that right?"]).format(a=a, b=b, c=c)),
                         ("C", "Yep.")]
                else:
                    sp = " ".join(DIG[int(x)] if x != "0" or self.rng.random() < .5 else "oh" for x in d)
                    t = [("A", "And your phone number?"),
                         ("C", self.pick(["[PHONE.words|{s}].", "{x} [PHONE.words|{s}]."]).format(x=self.filler(), s=sp))]
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
        for form in ["answer", "filler", "repair", "readback", "last-four"]:
            for _ in range(n):
                num, gs = self.card()
                parts, p = [], 0
                for g in gs:
                    parts.append(num[p:p + g])
                    p += g
                q = self.pick(["Whenever you're ready, the long number on the card.", "Okay, go ahead with the card."])
                if form == "answer":
                    t = [("A", q), ("C", self.pick(["{x} [CARD.answer|{v}].", "[CARD.answer|{v}]."]).format(x=self.filler(), v=" ".join(parts)))]
                elif form == "filler":
                    fl = self.pick(["~uh", "~hold ~on", "~sorry, ~the ~light's ~bad", "~one ~second"])
                    t = [("A", q), ("C", "[CARD.filler|" + " ".join(parts[:2]) + f", {fl}, " + " ".join(parts[2:]) + "].")]
                elif form == "repair":
                    t = [("A", q), ("C", "[CARD.repair|" + parts[0] + " ~" + parts[1][::-1] + ", ~no, ~wait, " + " ".join(parts[1:]) + "].")]
                elif form == "readback":
                    t = [("A", q), ("C", "[CARD.readback|" + " ".join(parts) + "]."),
                         ("A", "Reading it back, [CARD.readback|" + " ".join(parts) + "]?"), ("C", "Correct.")]
                else:
                    t = [("A", "Which card is it on?"),
                         ("C", self.pick(["The one ending [CARD.last-four+SSN|{v}].", "{x} last four [CARD.last-four+SSN|{v}]."]).format(x=self.filler(), v=num[-4:]))]
                out.append(Block("CARD." + form, t, au, au))
        for _ in range(n):
            cvv = str(self.rng.randrange(100, 1000))
            t = [("A", "And the security code on the back?"), ("C", self.pick(["[CARD_CVV.answer|{v}].", "{x} [CARD_CVV.answer|{v}]."]).format(x=self.filler(), v=cvv))]
            out.append(Block("CARD_CVV.answer", t, au, au))
        for _ in range(n):
            m, y = self.rng.randrange(1, 13), self.rng.randrange(27, 33)
            v = self.pick([f"{m:02d}/{y}", f"{MONTHS[m - 1]} 20{y}"])
            t = [("A", "What's the expiration date?"), ("C", self.pick(["[CARD_EXPIRY.answer|{v}].", "{x} [CARD_EXPIRY.answer|{v}]."]).format(x=self.filler(), v=v))]
            out.append(Block("CARD_EXPIRY.answer", t, au, au))
        for form in ["answer", "last-four", "filler"]:
            for _ in range(n):
                s = ssn(self.rng)
                if form == "answer":
                    t = [("A", "To verify, I'll need your Social Security number."), ("C", self.pick(["{x} [SSN.answer|{s}].", "[SSN.answer|{s}]."]).format(x=self.filler(), s=s))]
                elif form == "last-four":
                    t = [("A", "Just the last four of your social."), ("C", self.pick(["[SSN.last-four|{s}].", "{x} [SSN.last-four|{s}]."]).format(x=self.filler(), s=s[-4:]))]
                else:
                    a, b, c = s.split("-")
                    t = [("A", "And your social?"), ("C", f"[SSN.filler|{a}, ~um, {b} {c}].")]
                out.append(Block("SSN." + form, t, au, au))
        for form in ["answer", "readback", "member-id"]:
            for _ in range(n):
                d = "".join(str(self.rng.randrange(10)) for _ in range(self.rng.randrange(8, 12)))
                if form == "answer":
                    t = [("A", "Can you read me the account number off the statement?"), ("C", self.pick(["{x} [ACCOUNT.answer|{d}].", "[ACCOUNT.answer|{d}]."]).format(x=self.filler(), d=d))]
                elif form == "readback":
                    t = [("C", f"The account number is [ACCOUNT.readback|{d}]."), ("A", f"Thanks, so [ACCOUNT.readback|{d}]?"), ("C", "That's it.")]
                else:
                    v = self.pick("ABCHKMW") + self.pick("ABCHKMW") + d[:7]
                    t = [("A", "What's the member ID on your card?"), ("C", self.pick(["It's [ACCOUNT.member-id|{v}].", "{x} [ACCOUNT.member-id|{v}]."]).format(x=self.filler(), v=v))]
                out.append(Block("ACCOUNT." + form, t, au, au))
        for form in ["answer", "numeric", "repair"]:
            for _ in range(n):
                y, m, dd = self.rng.randrange(1940, 2006), self.rng.randrange(1, 13), self.rng.randrange(1, 29)
                if form == "answer":
                    v = self.pick([f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", f"{MONTHS[m - 1]} {dd}, {y}"])
                    t = [("A", "Can you confirm your date of birth?"), ("C", self.pick(["{x} [DOB.answer|{v}].", "[DOB.answer|{v}]."]).format(x=self.filler(), v=v))]
                elif form == "numeric":
                    t = [("A", "And the birthday on the account?"), ("C", f"[DOB.numeric|{m}/{dd}/{y}].")]
                else:
                    v = f"{MONTHS[m - 1]} {ordinal(dd)}"
                    t = [("A", "What's your date of birth?"), ("C", f"[DOB.repair|~{y + 1}, ~no, {v}, {y}].")]
                out.append(Block("DOB." + form, t, au, au))
        for form in ["answer", "plus-four"]:
            for _ in range(n):
                z = f"{self.rng.randrange(1001, 99950):05d}"
                if form == "answer":
                    t = [("A", "And the billing zip code?"), ("C", self.pick(["{x} [ZIP.answer|{z}].", "[ZIP.answer|{z}]."]).format(x=self.filler(), z=z))]
                else:
                    t = [("A", "What's the zip?"), ("C", f"[ZIP.plus-four|{z}-{self.rng.randrange(1, 9999):04d}].")]
                out.append(Block("ZIP." + form, t, au, au))
        return out

    def dob_nemo_blocks(self):
        """NeMo's date test cases with a day, a month and a year, said as a birth date."""
        self.stream("dob_nemo_blocks")
        out, neg = [], []
        seen = set()
        for ref, w, s in nemo("date", True) + nemo("date", False):
            if not re.fullmatch(r"[a-z0-9 ]+", s.lower()) or not SAFE.fullmatch(w) or not w[:1].isalnum():
                continue
            full = re.fullmatch(r"([a-z]+) (\d{1,2}) (\d{4})|(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) (\d{4})", w.lower())
            key = (w.lower(), s.lower())
            if key in seen:
                continue
            seen.add(key)
            mon = [m for m in MONTHS if m.lower() in w.lower().split()]
            cw = " ".join(cap_first(x) if x.lower() in [m.lower() for m in MONTHS] else x for x in w.split())
            s = s.lower()
            if full and mon and 1900 <= int(full.group(3) or full.group(6)) <= 2010:
                t = [("A", self.pick(["And your date of birth?", "Can I get your birth date to verify?"])),
                     ("C", self.pick(["{x} [DOB.nemo|{{{w}|{s}}}].", "It's [DOB.nemo|{{{w}|{s}}}]."]).format(x=self.filler(), w=cw, s=s))]
                out.append(Block("DOB.nemo", t, "nemo", ref))
            elif re.search(r"\d", w):
                a = self.pick(["The outage started <date|{{{w}|{s}}}>, I think.", "We signed up back in <date|{{{w}|{s}}}>.",
                               "The letter's dated <date|{{{w}|{s}}}>."]).format(w=cw, s=s)
                neg.append(Block("neg:date", [("C", a)], "nemo", ref))
        return out, neg

    # ADDRESS -----------------------------------------------------------------
    def address_blocks(self):
        self.stream("address_blocks")
        out = []
        seen = set()
        streets = set()
        for db in ("restaurant", "hotel", "attraction"):
            for x in multiwoz(db):
                addr = x.get("address", "").strip().strip(",")
                ref = f"multiwoz:db/{db}_db.json:{x.get('id', '')}"
                pc = x.get("postcode", "")
                for m in re.finditer(r"\b([a-z]+(?: [a-z]+)* (?:road|street|lane|avenue|way|hill|drive|close|parade|place|square|walk|court|terrace))\b", addr.lower()):
                    streets.add(m.group(1))
                m = re.fullmatch(r"(\d+[a-z]?(?: - \d+)?) ([A-Za-z' ]+?)(?:,? (city centre|cherry hinton|fen ditton|girton|trumpington|chesterton|histon))?", addr, re.I)
                if not m or addr.lower() in seen:
                    continue
                seen.add(addr.lower())
                hn, st, area = m.group(1).replace(" - ", "-"), m.group(2), m.group(3)
                st = " ".join(w if w == "and" else cap_first(w) for w in st.split())
                ent = f"[ADDRESS.gb-multiwoz|{hn} {st}"
                if area:
                    ent += ", " + " ".join("^" + cap_first(w) for w in area.split())
                ent += "]"
                q = self.pick(["And the address?", "What's the address for the delivery?", "Where are you located?"])
                a = self.pick(["{x} it's {e}.", "{e}.", "That's {e}, in Cambridge."]).format(x=self.filler(), e=ent)
                t = [("A", q), ("C", a)]
                if pc and re.fullmatch(r"cb\d{2,3}[a-z]{2}", pc):
                    v = (pc[:-3] + " " + pc[-3:]).upper()
                    t += [("A", "And the postcode?"), ("C", self.pick(["[ADDRESS.gb-postcode+ZIP|{v}].", "{x} [ADDRESS.gb-postcode+ZIP|{v}]."]).format(x=self.filler(), v=v))]
                out.append(Block("ADDRESS.gb-multiwoz", t, "multiwoz", ref))
        # MultiWOZ street names without a house number: given one here
        sts = sorted(streets)
        self.rng.shuffle(sts)
        for st in sts[:24]:
            hn = self.pick([str(self.rng.randrange(2, 99)), str(self.rng.randrange(100, 400))])
            st2 = " ".join(cap_first(w) for w in st.split())
            a = self.pick(["I'm at [ADDRESS.gb-street|{h} {s}].", "Send it to [ADDRESS.gb-street|flat {f}, {h} {s}].",
                           "{x} [ADDRESS.gb-street|{h} {s}]."]).format(x=self.filler(), h=hn, s=st2, f=self.rng.randrange(1, 12))
            out.append(Block("ADDRESS.gb-street", [("A", "What's your address?"), ("C", a)], "multiwoz", "multiwoz:street+authored number"))
        # NeMo's address normalisation cases: written and spoken sides
        for ref, w, s in nemo("address", False):
            if not re.match(r"\d", w) or "." in w or "for the" in w:
                continue
            parts = [p.strip() for p in w.split(",")]
            sparts = [p.strip() for p in s.split(",")]
            if len(parts) != len(sparts):
                continue
            core, scor = parts[0], sparts[0]
            rest = [(a, b) for a, b in zip(parts[1:], sparts[1:])]
            zipv = None
            ent = f"[ADDRESS.nemo|{{{core}|{scor.lower()}}}"
            for a, b in rest:
                mz = re.fullmatch(r"([A-Z]{2}) (\d{5})", a)
                if mz:
                    st = b.rsplit(" ", 5)[0]
                    ent += ", " + " ".join("^" + x for x in st.split())
                    zipv = (mz.group(2), " ".join(b.split()[-5:]))
                else:
                    ent += ", " + " ".join("^" + x for x in b.split())
            ent += "]"
            if zipv:
                ent += f" [ZIP.nemo|{{{zipv[0]}|{zipv[1]}}}]"
            t = [("A", "And the service address?"), ("C", self.pick(["It's {e}.", "{x} {e}."]).format(x=self.filler(), e=ent))]
            out.append(Block("ADDRESS.nemo", t, "nemo", ref))
        return out

    # hard negatives ----------------------------------------------------------
    def negative_blocks(self, n):
        self.stream("negative_blocks")
        out = []
        frames = {
            "money": ["It came to <price|{w}>, which seems like a lot.", "They charged me <price|{w}> for that.",
                      "The refund was <price|{w}>."],
            "measure": ["The box was about <measure|{w}>.", "It says <measure|{w}> on the label."],
            "decimal": ["The report said <decimal|{w}> people were affected.", "Apparently that's <decimal|{w}> in total."],
            "time": ["I called at <time|{w}> yesterday.", "Can someone come by <time|{w}>?", "It cut out around <time|{w}>."],
            "cardinal": ["There were <cardinal|{w}> of them on the list.", "It said <cardinal|{w}> units were recalled."],
            "ordinal": ["This is the <ordinal|{w}> time I'm calling.", "I was <ordinal|{w}> in the queue."],
        }
        for kind, fr in frames.items():
            items = []
            for ref, w, s in nemo(kind, True):
                s = s.lower()
                if not SAFE.fullmatch(w) or not re.fullmatch(r"[a-z' ]+", s) or not re.match(r"[0-9$]", w):
                    continue
                if kind == "cardinal" and (len(re.sub(r"\D", "", w)) > 6 or w.startswith("-")):
                    continue
                if kind == "time" and not re.search(r"\d:\d\d", w):
                    continue
                if kind == "ordinal" and not re.fullmatch(r"\d+(st|nd|rd|th)", w):
                    continue
                if kind == "money" and not w.startswith("$"):
                    continue
                if kind == "decimal" and not re.search(r"\d", w):
                    continue
                if kind == "measure" and (w.startswith("-") or not re.fullmatch(r"[0-9.]+ [a-zA-Z]+", w)):
                    continue
                items.append((ref, w, s))
            for ref, w, s in items:
                t = self.pick(fr).format(w="{" + w + "|" + s + "}")
                out.append(Block("neg:" + kind if kind != "money" else "neg:price", [("C", t)], "nemo", ref))
        # MultiWOZ: train IDs, train times and prices, venue names and places
        trains = multiwoz("train")
        self.rng.shuffle(trains)
        for x in trains[:n]:
            t = self.pick(["I was booked on <train-ref|{v}> but it got cancelled.", "The ticket says <train-ref|{v}>."]).format(v=x["trainID"])
            out.append(Block("neg:train-ref", [("C", t)], "multiwoz", f"multiwoz:db/train_db.json:{x['trainID']}"))
        for x in trains[n:2 * n]:
            p = x["price"].replace(" pounds", "")
            t = self.pick(["The fare was <price|{p} pounds>.", "It cost <price|{p} pounds> each way."]).format(p=p)
            out.append(Block("neg:price", [("C", t)], "multiwoz", f"multiwoz:db/train_db.json:{x['trainID']}"))
        for x in trains[2 * n:3 * n]:
            t = self.pick(["It leaves at <time|{v}>.", "The train gets in at <time|{v}>."]).format(v=x["leaveAt"])
            out.append(Block("neg:time", [("C", t)], "multiwoz", f"multiwoz:db/train_db.json:{x['trainID']}"))
        venues = []
        for db in ("restaurant", "hotel", "attraction"):
            for x in multiwoz(db):
                nm = x["name"]
                if re.fullmatch(r"[a-z' ]+", nm) and len(nm.split()) >= 2:
                    venues.append((db, x.get("id", ""), " ".join(w if w in ("the", "and", "of", "de") else cap_first(w) for w in nm.split())))
        self.rng.shuffle(venues)
        for db, i, nm in venues[: 2 * n]:
            t = self.pick(["We had dinner at <business|{v}> that night.", "The charge is from <business|{v}>.",
                           "I was staying at <business|{v}>."]).format(v=nm)
            out.append(Block("neg:business", [("C", t)], "multiwoz", f"multiwoz:db/{db}_db.json:{i}"))
        places = sorted({x["destination"] for x in trains} | {x["departure"] for x in trains})
        self.rng.shuffle(places)
        for p in places[:n]:
            v = " ".join(cap_first(w) for w in p.split())
            t = self.pick(["I was travelling from <place|{v}>.", "The parcel went to <place|{v}> by mistake."]).format(v=v)
            out.append(Block("neg:place", [("C", t)], "multiwoz", "multiwoz:db/train_db.json:" + p.replace(" ", "-")))
        return out


# ---- calls -----------------------------------------------------------------

OPEN = {
    "bank": ["Thanks for calling, this call may be recorded, how can I help?", "Card services, what can I do for you?"],
    "travel": ["Hi, bookings desk, how can I help?", "Thanks for calling the travel line, what can I do for you?"],
    "telecom": ["Customer care, how can I help today?", "Hi there, thanks for calling, what's going on?"],
    "insurance": ["Claims line, how can I help?", "Thanks for holding, how can I help you today?"],
    "delivery": ["Deliveries, how can I help?", "Hi, thanks for calling the order line."],
}
REASON = {
    "bank": ["Hi, there's a payment I don't recognise.", "I need to update my details."],
    "travel": ["I need to change a booking.", "My train got cancelled and I want a refund."],
    "telecom": ["My phone bill is wrong again.", "My internet keeps dropping."],
    "insurance": ["I need to make a claim.", "I'm calling about my renewal."],
    "delivery": ["My parcel hasn't turned up.", "I want to change the delivery address."],
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
    g = Gen(names538())
    blocks = []
    blocks += g.person_blocks(12)
    blocks += g.email_blocks(10)
    blocks += g.phone_blocks(10)
    blocks += g.numeric_blocks(8)
    dob, dneg = g.dob_nemo_blocks()
    blocks += dob + dneg
    blocks += g.address_blocks()
    blocks += g.negative_blocks(10)
    deal_pack_write("set10", blocks, 6, 1, a.o, OPEN, REASON, [CLOSE, CLOSE2])


if __name__ == "__main__":
    main()
