#!/usr/bin/env python3
"""Write the set12 dialogues (../dialogues/*.txt) from real meeting speech.

Run from testdata/pii/set12 with the source repository checked out (path
below, or pass -src DIR holding owner+name/repo git directories):

    python3 compose/compose.py [-src /work/.mirror]

It reads, at a fixed commit (git show COMMIT:path, so a newer checkout gives
the same output):

  Yale-LILY/QMSum   data/Academic/**/B*.json   the ICSI Meeting Corpus's manual transcripts   CC BY 4.0
                    data/Product/**/*.json     the AMI Meeting Corpus's manual transcripts    CC BY 4.0
                    (QMSum's own files: MIT)

and writes one dialogue file per half (odd.txt, even.txt) in the peer markup
(testdata/pii/internal/buildkit). Everything is drawn with fixed seeds, so
the output is the same on every run.

What is taken from the meetings is what people said, word for word: every
excerpt is one or two utterances of one meeting (cut at the transcribers'
sentence marks), with its fillers, repeated words and broken-off words
("we 're {disfmarker} we 're") as the transcribers wrote them. Only the
transcribers' markup is rewritten: tokens are joined ("it 's" -> "it's"),
{disfmarker} becomes a comma (a restart), {vocalsound}, {pause} and the like
are dropped. The excerpt's speaker is the customer (C), anyone else in it
the agent (A).

Labels are this composer's: a word list of the people named in the meetings
(PEOPLE, SURNAMES below: first names and surnames read off the transcripts;
every capitalised use of one is a PERSON) and lists of capitalised words
that are not people (places, organisations, products, eponyms such as
"Wiener" or "Gaussian", meeting roles, languages), of everyday words that
are also names ("mark", "chase") and of spoken numbers
that are not PII (prices, years, counts, percentages, times). The form of
each name is read from the words around it (vocative, third party,
possessive, self-identification, full name, title, restart).

The other PII types are authored (`authored` in the block notes): short
admin asides at the end of a meeting (payment forms, reimbursements, a food
order) in the transcripts' own manner, with restarts and fillers, a
minority of the entities.

The stratified deal, the packing and the writing are shared with set9-11
(testdata/pii/internal/compose_common.py), the excerpt handling (sentences,
name runs and their forms, rendering of labels, Block) with set13
(testdata/pii/internal/excerpt_common.py). Every block has a stratum:
(type, form) for entities, the kind for hard negatives; within each stratum
the blocks, in the order drawn, go alternately to the odd (dev) and the even
(test) half.
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
from compose_common import (MONTHS, deal_pack_write,  # noqa: E402
                            luhn_complete, nanp_ok, ssn)
import excerpt_common  # noqa: E402
from excerpt_common import (Block, base, close_label, name_excerpts, person_quota,  # noqa: E402
                            render, reuses_name_word, sentence_start, spans_of, turn_before,
                            window)

COMMITS = {"qmsum": ("Yale-LILY+QMSum", "83d7768")}
SRC = "/work/.mirror"


def git(key, *args):
    repo, _ = COMMITS[key]
    return subprocess.run(["git", "-C", os.path.join(SRC, repo, "repo")] + list(args),
                          check=True, capture_output=True).stdout.decode("utf-8")


def git_show(key, path):
    return git(key, "show", f"{COMMITS[key][1]}:{path}")


# ---- the people named in the meetings ---------------------------------------

# First names (and the names people are called by) that the meetings' speakers
# say, read off the transcripts. Names that are also everyday words (Mark,
# Bob, Don, Will, May, June, ...) are only taken where capitalised and not at
# the start of a sentence.
PEOPLE = set("""
Jane Dan Adam Andreas Morgan Dave Liz Chuck Stephane Hynek Thilo Don Robert Keith Jose Johno Sunil Fey
Nancy Jerry John Bhaskara Brian Eva Eric Mari Carmen Barry Guenter Michael Steve Javier Joe Hari David
Hans Jeff Tilman Srini George Harry Carlos Roger Larry Mike Lila Kate Christine Sarah Sebastian Matthew
Ruud Ed Bob Andrew Nathan Steph Craig Tim Raj Ron Paul Norman Catherine Anna Mark Agnes Nelson
Chris Pratibha Jim Jennifer Susan Dustin Ralf Lokendra Collin Mary Ami Rose Roo James Alex Birger Hamed
Jonathan Katrin Mazin Rahim Jeffs
""".split())
# Surnames said after a first name or on their own ("Ohala's group").
SURNAMES = set("""
Ellis Gelbart Ohala Saul Johnson Renals Hirsch Kingsbury Liberman Feldman Kleinschmidt Gildea Janin
Jurafsky Fiscus Canny Fillmore Dalan Shire Randolph Buckley Morris Wiezer Parrill Meyers Becker Stolcke
Chang Strube Montello Basman Boas Doddington Sokol Talkin Paskin Chen Segura Edwards Duguid Cochrane
Bathgate Burns Miranda Ross Allen Lewis Reece Landay Abbott Shriberg Greenberg Hermansky Wooters
Christie Arai Barselou Bergen Getabdar Kanedera Kollmeier Chafe Avendano Springer Dwight Finka Mirghafori Bilmes Stern Waibel Hermann Macrophone
""".split()) - {"Macrophone"}
NAMES = PEOPLE | SURNAMES
WORDNAMES = {"Mark", "Bob", "Don", "Will", "May", "June", "Ed", "Jordan", "Kay", "Chang", "Ross", "Burns",
             "Stern", "Saul", "Allen", "Lewis", "Mary", "Rose"}
# Capitalised words that are known not to be people (besides the hard-negative
# phrases below and words the meetings also use in lower case): an excerpt
# with any other capitalised word inside a sentence is left out, so that no
# person goes unlabelled.
NONPERSON = set("""
Asia California Cepstra Cepstrum Chinese City Design Designer Dutch English Euros Expert French German Germany
Interface Java Manager Marketing Masters Meeting Michigan Milan Monday Mexican November Pound Project Recorder
September Sicily Spanish States Swede Transcriber Tuesdays User Victoria Watergate Word Euro Pounds Remote
""".split())
TITLES = {"Mister", "Miss", "Missus", "Doctor", "Professor", "Dr", "Mr", "Mrs", "Ms"}
SELFCUE = [("this", "is"), ("i'm",), ("i", "am"), ("name", "is"), ("name's",)]
VOCPREV = {"OK", "Okay", "okay", "Hey", "hey", "Hi", "hi", "Thanks", "thanks", "Yeah", "yeah", "Oh", "oh", "So", "so",
           "Well", "well", "Uh", "uh", "Um", "um", "Right", "right", "Sorry", "sorry", "Yes", "yes", "No", "no",
           "Hello", "hello", "Bye", "bye", "Alright", "alright", "And", "and"}
END = {",", ".", "?", "!"}

# ---- hard negatives: capitalised words and phrases that are not people ------
HN_PHRASES = {
    "eponym": ["Wiener", "Gaussian", "Gaussians", "Bayes", "Markov", "Viterbi", "Fourier", "Kalman", "Hamming",
               "Morse", "Mel", "Hidden Markov", "Bayes net", "Bayes - net"],
    "org": ["Nokia", "Sony", "Ericsson", "Alcatel", "Intel", "Microsoft", "Google", "Apple", "Philips", "Motorola",
            "Siemens", "France Telecom", "Mississippi State", "Real Reaction", "Berkeley", "Stanford", "Columbia",
            "Cambridge"],
    "place": ["Munich", "Paris", "Milan", "France", "Germany", "Spain", "Boston", "California", "Oregon",
              "Heidelberg", "Europe", "England", "London", "Greece", "Italy", "Japan", "Texas", "Seattle",
              "Edinburgh", "New York", "Saarbruecken", "Finland", "Switzerland", "Holland", "America", "Scotland",
              "Canada", "China", "India", "Berlin", "San Francisco", "Oakland", "Denver", "Hawaii"],
    "product": ["Bluetooth", "Linux", "Windows", "Matlab", "Java", "Perl", "Excel", "Transcriber", "Switchboard",
                "Aurora", "PowerPoint", "Meeting Recorder", "Broadcast News", "Wall Street Journal", "Macrophone",
                "Palm Pilot", "Nintendo", "Playstation", "TiVo", "Quicktime", "Waves"],
    "role": ["Industrial Designer", "Project Manager", "Marketing Expert", "User Interface Designer",
             "Interface Designer", "Account Manager"],
    "language": ["English", "Italian", "German", "Spanish", "French", "Finnish", "Danish", "Japanese", "Dutch"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
# everyday words that are also names, in lower case in the meetings
NAMEWORDS = {"mark", "marks", "bill", "frank", "rose", "grace", "chuck", "pat", "ray", "sue", "rob", "bob", "jack",
             "penny", "sandy", "rich", "hunter", "chase", "dawn", "summer", "june", "august", "april", "bud", "gene",
             "pete", "sterling", "ward", "wade", "drew", "joy", "hope", "faith", "lily", "ginger", "basil", "dean"}
HN_WORDS = {w for ps in HN_PHRASES.values() for p in ps for w in p.split()}
NUM = set("""zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million""".split())
BIGNUM = NUM - {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
CURRENCY = {"Euro", "Euros", "euro", "euros", "pounds", "pound", "dollars", "dollar", "bucks", "cents", "cent", "pence"}
SAFE = re.compile(r"[A-Za-z0-9 ,.?!']+")

# ---- reading the transcripts ---------------------------------------------------

DROP = {"{vocalsound}", "{pause}", "{gap}", "{nonvocalsound}", "{comment}"}
CLITIC = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'t"}


def meetings():
    """QMSum's ICSI (Academic) and AMI (Product) meetings: (src, path, [(speaker, tokens)])."""
    out, seen = [], set()
    files = git("qmsum", "ls-tree", "-r", "--name-only", COMMITS["qmsum"][1], "data/Academic", "data/Product").split()
    for f in sorted(files):
        if not f.endswith(".json"):
            continue
        base = f.rsplit("/", 1)[1]
        if base in seen:
            continue
        seen.add(base)
        src = "icsi" if f.startswith("data/Academic") else "ami"
        d = json.loads(git_show("qmsum", f))
        utts = []
        for u in d["meeting_transcripts"]:
            toks = []
            for t in u["content"].split():
                if t in DROP:
                    continue
                if t in CLITIC and toks and re.fullmatch(r"[A-Za-z]+", toks[-1]):
                    toks[-1] += t  # "it 's" -> "it's", "Jane 's" -> "Jane's"
                    continue
                toks.append(t.lstrip("'") or t)
            if toks:
                utts.append((u["speaker"], toks))
        out.append((src, f, utts))
    for _, _, utts in out:
        for _, toks in utts:
            for t in toks:
                if t.islower():
                    LOWER[t] = LOWER.get(t, 0) + 1
    return out


def isname(t):
    return excerpt_common.isname(t, NAMES)


def name_runs(toks):
    return excerpt_common.name_runs(toks, NAMES, WORDNAMES)


def form_of(toks, a, b):
    return excerpt_common.form_of(toks, a, b, NAMES, TITLES, VOCPREV, SELFCUE, END)


LOWER = {}  # word -> how often the meetings use it in lower case (filled by meetings())


def clean_ok(toks):
    """an excerpt without odd characters, and whose capitalised words inside sentences are all known."""
    text = " ".join(t for t in toks if t != "{disfmarker}")
    if not SAFE.fullmatch(text) or "{" in text:
        return False
    for i, t in enumerate(toks):
        if i == 0 or toks[i - 1] in (".", "?", "!", "{disfmarker}"):
            continue
        if re.fullmatch(r"[A-Z][a-z]+('[a-z]+)?", t) and not isname(t) and base(t) not in NONPERSON \
                and base(t) not in HN_WORDS and LOWER.get(base(t).lower(), 0) < 30:
            return False
    return True


class Gen:
    def __init__(self):
        self.meets = meetings()
        self.rng = random.Random("set12")

    def stream(self, name):
        self.rng = random.Random("set12/" + name)

    # PERSON ---------------------------------------------------------------------
    def person_candidates(self):
        """every excerpt that names someone: (form, block) per utterance, in file order."""
        out = []

        def keep(sub, sruns):
            return not reuses_name_word(sub, sruns)  # a name word also used as an ordinary word: not told apart

        for src, f, utts, ui, spk, sub, sruns in name_excerpts(self.meets, name_runs, clean_ok, 3, keep):
            labels, forms, opt = [], [], set()
            for a, b in sruns:
                fm = form_of(sub, a, b)
                oa = a - 1 if fm == "title" else a
                # a broken-off start of the name just before it ("H Hari", "Th Christine") is
                # part of saying it: inside the label, optional
                if a > 0 and fm != "title" and sub[a - 1].isalpha() and sub[a - 1][0].isupper() and sub[a - 1] not in ("I", "A") \
                        and len(sub[a - 1]) < len(base(sub[a])) \
                        and base(sub[a]).lower().startswith(sub[a - 1].lower()) and not any(y == a - 1 for _, y in sruns):
                    oa = a - 1
                    opt.add(a - 1)
                labels.append((oa, b, "PERSON." + fm, oa))
                forms.append(fm)
            # the turn before, from someone else, when it is short and clean
            turns = turn_before(utts, ui, spk, sub, sruns, clean_ok, isname)
            turns.append(("C", render(sub, labels, opt)))
            names = [base(sub[k]) for a, b in sruns for k in range(a, b)]
            note = f"qmsum:{f}:{ui}"
            out.append((forms[0], Block("PERSON." + forms[0], turns, src, note, names)))
        return out

    def person_blocks(self, quota, per_name=10):
        self.stream("person_blocks")
        out, _ = person_quota(self.person_candidates(), quota, per_name, self.rng)
        return out

    # hard negatives -------------------------------------------------------------
    def negative_candidates(self):
        out = []
        for src, f, utts in self.meets:
            for ui, (spk, toks) in enumerate(utts):
                if any(isname(t) for t in toks):
                    continue
                found = None
                for kind, phrases in HN_PHRASES.items():
                    for a, b in spans_of(toks, phrases):
                        if sentence_start(toks, a) and kind not in ("role",):
                            continue
                        found = (kind, a, b)
                        break
                    if found:
                        break
                if not found:  # an everyday word that is also a name ("mark the boundaries")
                    k = next((k for k, t in enumerate(toks) if t in NAMEWORDS and not sentence_start(toks, k)), None)
                    if k is not None:
                        found = ("name-word", k, k + 1)
                if not found:
                    found = number_negative(toks)
                if not found:
                    continue
                kind, a, b = found
                idx = window(toks, a)
                if len(idx) > 30 or not (idx[0] <= a and b - 1 <= idx[-1]):
                    continue
                sub = [toks[i] for i in idx]
                if not clean_ok(sub):
                    continue
                a2, b2 = a - idx[0], b - idx[0]
                out.append((kind, Block("neg:" + kind, [("C", render(sub, [(a2, b2, "<" + kind, a2)]))], src, f"qmsum:{f}:{ui}")))
        return out

    def negative_blocks(self, quota, per_text=2):
        self.stream("negative_blocks")
        cands = self.negative_candidates()
        self.rng.shuffle(cands)
        out, per, seen = [], {}, {}
        for kind, b in cands:
            if per.get(kind, 0) >= quota.get(kind, 0):
                continue
            key = re.search(r"<[a-z-]+\|([^>]*)>", b.turns[0][1]).group(1).lower()
            if seen.get(key, 0) >= per_text:
                continue
            seen[key] = seen.get(key, 0) + 1
            per[kind] = per.get(kind, 0) + 1
            out.append(b)
        print("HN candidates by kind:", {k: sum(1 for f, _ in cands if f == k) for k in sorted({f for f, _ in cands})}, file=sys.stderr)
        return out

    # authored: the other PII types ----------------------------------------------------
    def authored_blocks(self, n):
        self.stream("authored_blocks")
        rng = self.rng
        pick = lambda s: s[rng.randrange(len(s))]  # noqa: E731
        out = []
        au = "authored"
        dig = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        say = lambda s: " ".join(dig[int(c)] for c in s)  # noqa: E731
        for _ in range(n):  # PHONE: a number left for the group, said in groups with a restart
            while True:
                d = "".join(str(rng.randrange(10)) for _ in range(10))
                if nanp_ok(d):
                    break
            a, b, c = d[:3], d[3:6], d[6:]
            t = pick([
                [("C", f"If, if anybody needs me over the break, my cell is [PHONE.volunteered|{a}, ~uh, {b}, {c}]."),
                 ("A", "Can you put that on the board?")],
                [("A", "Where do they call if the recorder dies?"),
                 ("C", f"They should call, um, the lab line, it's [PHONE.volunteered|{{{a} {b}|{say(a)}, {say(b)}}}, ~uh, {{{c}|{say(c[:2])} {say(c[2:])}}}].")],
                [("C", f"Oh, and the subjects can, they can leave a message at [PHONE.volunteered|{a} {b} {c}], that's the front desk.")],
            ])
            out.append(Block("PHONE.volunteered", t, au, au))
        users = ["mtran", "kw.oduya", "p.lindqvist", "recordings", "jz.alvarado", "office.manager", "hk_ramos",
                 "subjects.lab", "t.okafor", "meetings2", "b.szabo", "r.ivanova"]
        doms = ["gmail.com", "lab.example.org", "yahoo.com", "cs.example.edu", "outlook.com", "fastmail.fm"]
        for i in range(n):  # EMAIL: an address dictated to the room
            u, dm = users[i % len(users)], pick(doms)
            spoken = u.replace(".", " dot ").replace("_", " underscore ") + " at " + dm.replace(".", " dot ")
            t = pick([
                [("C", f"Just, just mail the forms to [EMAIL.dictated|{{{u}@{dm}|{spoken}}}], that's the easiest."),
                 ("A", "Okay.")],
                [("A", "Who gets the transcripts?"),
                 ("C", f"Send them to, um, [EMAIL.dictated|{{{u}@{dm}|{spoken}}}].")],
            ])
            out.append(Block("EMAIL.dictated", t, au, au))
        streets = ["Oxford Street", "Hillegass Avenue", "Cedar Street", "Grant Road", "Kains Avenue", "Alcatraz Avenue",
                   "Marin Avenue", "Delaware Street", "Channing Way", "Rose Street", "Vine Street", "Parker Street"]
        for i in range(n):  # ADDRESS: where the payment or the equipment goes
            hn = str(rng.randrange(100, 3000))
            st = streets[i % len(streets)]
            t = pick([
                [("A", "Where should the check go?"),
                 ("C", f"Um, to my home address, [ADDRESS.mailing|{hn} {st}, ~uh, ~apartment {rng.randrange(1, 12)}].")],
                [("C", f"The box goes back to, to the house, that's [ADDRESS.mailing|{hn} {st}], not the lab.")],
            ])
            out.append(Block("ADDRESS.mailing", t, au, au))
        for _ in range(n):  # ZIP
            z = f"{rng.randrange(10001, 99950):05d}"
            t = [("A", "The form wants a zip code too."), ("C", pick([f"Oh, it's [ZIP.form|{z}].", f"Uh, [ZIP.form|{z}], I think, yeah."]))]
            out.append(Block("ZIP.form", t, au, au))
        for _ in range(n):  # DOB: the consent form
            y, m, dd = rng.randrange(1950, 2002), rng.randrange(1, 13), rng.randrange(1, 29)
            t = pick([
                [("A", "And it asks for a birth date on the consent form."),
                 ("C", f"Mine's [DOB.form|{MONTHS[m - 1]} {dd}, {y}].")],
                [("C", f"I was born [DOB.form|{m}/{dd}/{y}], if that's what the, the line at the bottom is for.")],
            ])
            out.append(Block("DOB.form", t, au, au))
        for _ in range(n):  # SSN: the payroll sheet
            s = ssn(rng)
            t = pick([
                [("A", "Payroll needs the social on the sheet."), ("C", f"Okay, it's, um, [SSN.form|{s}].")],
                [("C", f"For the, for the payment they want my social, so [SSN.form|{s}].")],
            ])
            out.append(Block("SSN.form", t, au, au))
        for _ in range(n):  # CARD: the food order for the meeting
            num = luhn_complete("4", 16, rng)
            g = [num[k:k + 4] for k in range(0, 16, 4)]
            t = pick([
                [("A", "Whose card is the pizza going on?"),
                 ("C", f"Mine, I guess, it's [CARD.food-order|{g[0]} {g[1]}, ~hang ~on, {g[2]} {g[3]}].")],
                [("C", f"Put the lunch on my card, it's [CARD.food-order|{g[0]} {g[1]} {g[2]} {g[3]}].")],
            ])
            out.append(Block("CARD.food-order", t, au, au))
        for _ in range(n):  # ACCOUNT: direct deposit of the subject payment
            d = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(8, 12)))
            t = pick([
                [("A", "For the direct deposit they want an account number."),
                 ("C", f"Yeah, it's, uh, [ACCOUNT.deposit|{d}].")],
                [("C", f"The deposit goes to account [ACCOUNT.deposit|{d}], same as last time.")],
            ])
            out.append(Block("ACCOUNT.deposit", t, au, au))
        return out


def number_negative(toks):
    """a spoken number that is not PII: (kind, a, b) or None."""
    i = 0
    while i < len(toks):
        if toks[i] in NUM and toks[i] != "oh":
            j = i
            while j < len(toks) and (toks[j] in NUM or toks[j] == "-" or (toks[j] in ("and", "point") and j + 1 < len(toks) and toks[j + 1] in NUM and j > i)):
                j += 1
            while toks[j - 1] in ("-", "and"):
                j -= 1
            run = [t for t in toks[i:j] if t != "-"]
            nxt = toks[j] if j < len(toks) else ""
            prev = toks[i - 1] if i > 0 else ""
            if prev == "point" and i >= 2 and toks[i - 2] in NUM:
                i = j
                continue
            if nxt in CURRENCY:
                k = j + 1
                while k < len(toks) and toks[k] in NUM and toks[k] != "oh":  # "twelve Euro fifty"
                    k += 1
                return ("price", i, k)
            if prev in ("Euro", "Euros") and len(run) >= 1:
                return ("price", i - 1, j)
            if nxt in ("percent", "per"):
                return ("percent", i, j + 1)
            if run[0] == "nineteen" and len(run) >= 2 and run[1] in ("eighty", "ninety", "seventy", "sixty", "fifty") or \
                    run[0] == "two" and len(run) >= 3 and run[1] == "thousand" and "thousand" not in run[2:] and "hundred" not in run[2:]:
                return ("year", i, j)
            if nxt in ("o'clock",) or prev in ("at",) and len(run) >= 2 and run[0] in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"):
                return ("time", i, j + (1 if nxt == "o'clock" else 0))
            if len(run) >= 2 and any(t in BIGNUM for t in run) and nxt not in ("one", "two") and re.fullmatch(r"[a-z]+", nxt or "x"):
                return ("count", i, j)
            i = j
        else:
            i += 1
    return None


OPEN = {
    "meeting": ["Okay, we're recording.", "Alright, I think we're on.", "So, are we all set up?"],
    "design": ["Okay, let's get started.", "Right, so everyone's here.", "Okay, shall we begin?"],
}
REASON = {
    "meeting": ["Um, I had a couple of things on the agenda.", "So, uh, where were we last week?"],
    "design": ["So, um, first the minutes from last time.", "Okay, so, the plan for today."],
}
CLOSE = [("A", "Okay, I think that's it for today."), ("C", "Alright, thanks, everyone.")]
CLOSE2 = [("A", "Should we stop the recording?"), ("C", "Yeah, let's stop there.")]


def domain(blocks, rng):
    """a call of mostly AMI blocks is a design meeting, else an ICSI-style research meeting."""
    ami = sum(b.src == "ami" for b in blocks)
    icsi = sum(b.src == "icsi" for b in blocks)
    return "design" if ami > icsi else "meeting"


def main():
    global SRC
    ap = argparse.ArgumentParser()
    ap.add_argument("-src", default=SRC)
    ap.add_argument("-o", default="dialogues")
    a = ap.parse_args()
    SRC = a.src
    g = Gen()
    blocks = []
    blocks += g.person_blocks({"vocative": 130, "third-party": 130, "possessive": 60, "self-id": 30,
                               "full-name": 60, "title": 0, "restart": 40})
    blocks += g.negative_blocks({"eponym": 20, "org": 22, "place": 26, "product": 26, "role": 16, "language": 10,
                                 "day": 10, "name-word": 20, "price": 20, "percent": 10, "year": 12, "time": 10, "count": 20})
    blocks += g.authored_blocks(8)
    deal_pack_write("set12", blocks, 5, 4, a.o, OPEN, REASON, [CLOSE, CLOSE2], domain)


if __name__ == "__main__":
    main()
