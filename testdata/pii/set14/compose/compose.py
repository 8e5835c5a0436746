#!/usr/bin/env python3
"""Write the set14 dialogues (../dialogues/*.txt) from SLURP's spoken commands.

Run from testdata/pii/set14 with the source repository mirrored (path below,
or pass -src DIR holding owner+name/repo git directories) and the Census 1990
name files beside the worktree (-census):

    python3 compose/compose.py [-src /work/.mirror] [-census ../../../../shared/data/census1990-names]

It reads, at a fixed commit (git show COMMIT:path, so a newer checkout gives
the same output):

  pswietojanski/slurp  dataset/slurp/test.jsonl, dataset/slurp/devel.jsonl
  SLURP (Bastianelli et al., EMNLP 2020): commands people said to a home
  assistant, written as they said them (lowercase, no punctuation), with
  slot spans. The text is CC BY 4.0.

and writes one dialogue file per half (odd.txt, even.txt) in the peer markup
(testdata/pii/internal/buildkit). A call is a user on the line to a voice
assistant: four to eight SLURP commands from distinct slurp_ids, each its own
turn, with the assistant's short authored acknowledgements between them. The
commands are SLURP's words; the labels are SLURP's slots mapped to this set's
types (PERSON, EMAIL, hard-negative kinds), with the corrections listed in
FIXES and the choices documented in ../README.md. Everything is drawn with
fixed seeds, so the output is the same on every run.

It does not read redact/: the set is written blind.
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
from compose_common import Block  # noqa: E402

COMMIT = ("pswietojanski+slurp", "8eb16545762be97ace75334109d73824217311f1")
SPLITS = ["test", "devel"]
SLOT = re.compile(r"\[(\w+) : ([^\]]+)\]")

# ---- what is dropped ------------------------------------------------------------------------

# A SLURP `person` in these scenarios (or intent) is someone the user asks about, not a contact:
# a public figure ("how old is ...", "news on ...", "play ...'s podcast"). The record format has
# no "counts neither as a miss nor as a false positive" mark, so public people are left out, as
# are commands with an artist_name or audiobook_author slot (README, "Public people").
PUBLIC_SCENARIOS = {"qa", "news", "play", "music", "recommendation"}
PUBLIC_INTENTS = {"general_quirky", "quirky"}
# commands of those scenarios whose person is plainly someone the user knows
PRIVATE_KEEP = {"test:6431", "test:6432", "test:6433", "devel:15812"}
# public people in the private scenarios
PUBLIC_IDS = {"test:14549",   # "make a list about <singer> concert schedule"
              "devel:8510",   # "when is <singer> coming to <city>"
              }
# slot values that name a public person (a podcast host, an author, a band as a playlist)
PUBLIC_VALUES = {"coldplay", "smashing pumpkins", "nirvana playlist", "barack obama", "levin", "mike and mike",
                 "biography of jackie kennedy", "chuck palhunik", "vin diesel", "zach brown concert",
                 "maggie rogers concert"}
# ambiguous: a person slot that may be a company or a nickname, a title that may hold a person
AMBIGUOUS_IDS = {"test:15963",   # "new emails from <word>": a surname or a cereal company
                 "devel:16173",  # a nickname said as one word
                 "devel:4551",   # "update on <april> the giraffe": an animal's name marked as a date
                 }
AMBIGUOUS_VALUES = {"joes book", "johns"}  # audiobooks that may be a person's

# ---- SLURP label fixes ------------------------------------------------------------------------
# Each replaces a command's annotation (SLURP's bracket syntax, SLURP's words). Types beyond
# SLURP's: none; a `person` here is a contact (PERSON), `business_name` a business, and a slot
# removed is plain words.
FIXES = {
    # a contact's name SLURP did not mark, or marked as another slot
    "test:9054": "event reminder [person : mona] [date : tuesday]",
    "test:6729": "cancel the [meal_type : breakfast] at [person : tiffany's] house",
    "devel:8594": "schedule an event in my calendar for the [event_name : pool party] at [person : jack's] place [date : this saturday]",
    "devel:8487": "please add an appointment at [time : nine am] [date : wednesday] at [person : dr greens] office",
    # an event whose name holds a contact's name: the name is the PERSON, the rest plain words
    "test:9062": "can you put in [person : lee's] birthday on the [date : twenty second of june]",
    "test:9153": "please add dinner with [person : mary] to my calendar on [date : saturday]",
    "test:8366": "make [date : march eighteen] a repeating appointment for [person : pearl's] birthday",
    "test:8985": "ok google delete [person : eric's] bday from the calendar",
    "devel:8984": "delete [person : eric's] bday from the calendar",
    "test:8598": "remind me to pick up [person : mark] at the [place_name : airport] at [time : six pm]",
    "test:9095": "remove tonights dinner with [person : shelly]",
    "devel:9051": "make an event reminder for [person : monas] wedding on [date : tuesday]",
    "devel:8778": "set calendar info for [person : albert's] marriage",
    "devel:8655": "add an event starting at [time : three pm] in [place_name : goshen new york] on [date : may fifth] for [person : dan's] graduation",
    # two people marked as one ("bill and malinda")
    "test:7919": "New [event_name : meeting] add [person : bill] and [person : malinda] as attendees",
    "test:7918": "calendar event send invite [person : bill] [person : malinda]",
    # a house number and a street marked as a place: an address
    "test:8474": "add [person : jane's] [event_name : birthday party] for [date : tomorrow] [time : two pm] at [address : one hundred and twenty three main] on my calendar",
    # a company marked as a person
    "test:17119": "check any mail from [business_name : amazon]",
    "test:16178": "any mail from [business_name : amazon] [date : today]",
    # a word marked as a person ("the players") or as personal_info ("named", "reach", "lives")
    "devel:7474": "remember to fix a [event_name : meeting] between me and the players [date : tomorrow] [timeofday : evening] by [time : seven]",
}
# names found unmarked by the census check below (a first name in no slot), fixed by hand
FIXES_FOUND = {
    "dale": "person", "jo": "person", "tom": "person", "bill": "person", "frank": "person",
}

# ---- label mapping ----------------------------------------------------------------------------

KIND = {"place_name": "place", "business_name": "business", "event_name": "event", "date": "date",
        "time": "time", "currency_name": "currency", "song_name": "song", "podcast_name": "podcast",
        "audiobook_name": "audiobook", "relation": "relation", "radio_name": "radio",
        "playlist_name": "playlist", "game_name": "game", "movie_name": "movie", "app_name": "app",
        "transport_agency": "transport", "transport_name": "transport", "personal_info": "field-name"}
# place_name and business_name values that are no names: plain words, neither capitalised nor labelled
GENERIC = {"a city", "airport", "another city", "around the neighborhood", "around town", "beach",
           "best tourist places", "city", "convention center", "disco", "downtown", "groomer", "home",
           "home town", "hometown", "house", "international", "jazz bar", "library", "location", "movies",
           "my place", "nearest location", "nearest to my location", "office", "pub", "railway station",
           "round here", "state", "the apt", "the capital city", "the library", "the mall", "theater",
           "theaters", "theatres", "this area", "this city", "this place", "town", "train station",
           "vicinity", "within a one mile radius", "within one mile", "within ten miles", "world", "fjord",
           "cst", "est", "cpt", "cstm", "accounting department", "chinese food store", "clinic",
           "company name", "consumer service", "customer service", "furniture store customer service",
           "income tax department", "italian cafe", "online bookstore", "pyramids", "the equator"}
# streets and roads without a house number: a place that looks like an address
STREET = {"b street", "bowery street", "canal street", "sixth street", "houston street", "madison st",
          "layfayette st and canal", "central park road", "mg road", "bazaar highway", "one hundred and one"}
# letters said as a word in SLURP and written in capitals in the cased twin
ACRONYM = {"dc", "nj", "ny", "uk", "us", "usa", "la", "fsu", "hdfc", "amd", "lg", "bk", "mcd", "lfi", "lif",
           "tx", "ar", "mi", "fl", "pa", "mg", "nfl", "mlb", "npr", "bbc", "cnn", "fm", "nfs", "coc", "vp", "cfo"}
LOWER_IN_NAME = {"and", "of", "the", "on", "in", "to", "a", "from", "at", "for", "one", "two", "three", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "hundred", "twenty", "thirty", "forty",
                 "fifty", "sixty", "seventy", "eighty", "ninety", "thousand", "point"}
# personal_info values that name a kind of personal data (the others are verbs: "reach", "lives")
FIELDS = {"telephone number", "contact detail", "home phone number", "work phone number", "number",
          "email", "phone numbers", "phone number", "email address", "office's number", "details",
          "last name", "address", "contact details", "mail id", "mail i d"}
# the words of a date that make it look like a date of birth (with a month name)
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty", "thirty", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                "eighth", "ninth", "tenth", "eleventh", "twelfth", "twelveth", "thirteenth", "fourteenth",
                "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                "thirtieth", "hundred", "thousand", "eighteen", "seventh"}
# the names-that-are-words buildkit asks to be labelled in lower style (NameWords)
NAME_WORDS = {"bill", "will", "mark", "rose", "hope", "summer", "faith", "june", "grace", "may"}
WAKE = {"olly", "alexa", "siri", "cortana"}
TITLES = {"dr": "Dr.", "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms."}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}
MONTH_WORDS = {"march", "may", "june", "august"}  # also words: capitalised only inside a date slot
QUESTION = {"what", "what's", "whats", "how", "when", "when's", "where", "where's", "who", "who's", "why",
            "which", "is", "are", "do", "does", "did", "can", "could", "will", "would", "has", "have",
            "should", "any", "am", "was", "were", "shall", "may", "isn't", "aren't", "don't"}
LEAD = {"please", "hey", "ok", "okay", "so", "and"}
WORD = re.compile(r"[a-z]+('[a-z]+)?|[a-z]\.")
# first names of the census lists that are everyday words in these commands
COMMON = NAME_WORDS | {"chance", "miles", "numbers", "young", "rich", "chuck", "major", "buddy", "rocky",
                       "guy", "sung", "eve", "roman", "noe", "oscar", "long", "king", "price", "love",
                       "sunny", "joy", "dawn", "sky", "ray", "star", "hunter", "chase", "else", "art",
                       "an", "in", "lot", "son", "page", "don", "man", "ok", "tv", "al", "ed", "jan",
                       "sale", "see", "many", "golden", "ha", "add"}


def git_show(src, path):
    repo, commit = COMMIT
    return subprocess.run(["git", "-C", os.path.join(src, repo, "repo"), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def census_first(path, n=1000):
    names = set()
    for fn in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(path, fn)) as f:
            for i, line in enumerate(f):
                if i >= n:
                    break
                names.add(line.split()[0].lower())
    return names


def set9_ids(here):
    """the SLURP ids set9 used (its dialogue files name each in a '# blocks:' comment)."""
    ids = set()
    for half in ("odd", "even"):
        with open(os.path.join(here, "..", "..", "set9", "dialogues", half + ".txt")) as f:
            for line in f:
                if line.startswith("# blocks:"):
                    ids |= set(re.findall(r"slurp:((?:test|devel):\d+)", line))
    return ids


def parse(ann):
    """SLURP's annotation as segments [(slot or None, [words])]."""
    segs, pos = [], 0
    for m in SLOT.finditer(ann):
        for w in ann[pos:m.start()].split():
            segs.append((None, [w]))
        segs.append((m.group(1), m.group(2).split()))
        pos = m.end()
    for w in ann[pos:].split():
        segs.append((None, [w]))
    return [(s, [w.lower() for w in ws]) for s, ws in segs]


class Command:
    def __init__(self, key, rec, ann):
        self.key, self.rec = key, rec
        self.scenario, self.intent = rec["scenario"], rec["intent"]
        self.segs = parse(ann)
        self.words = [w for _, ws in self.segs for w in ws]


def load(src):
    out = []
    for split in SPLITS:
        for line in git_show(src, f"dataset/slurp/{split}.jsonl").splitlines():
            r = json.loads(line)
            key = f"{split}:{r['slurp_id']}"
            out.append((key, r))
    return out


def drop_reason(c, names):
    """why a command is left out, or None."""
    slots = {s for s, _ in c.segs if s}
    vals = {" ".join(ws) for s, ws in c.segs if s}
    if "artist_name" in slots or "audiobook_author" in slots or vals & PUBLIC_VALUES:
        return "public"
    if "person" in slots and c.key not in PRIVATE_KEEP and (
            c.scenario in PUBLIC_SCENARIOS or c.intent in PUBLIC_INTENTS or c.key in PUBLIC_IDS):
        return "public"
    if c.key in AMBIGUOUS_IDS or vals & AMBIGUOUS_VALUES:
        return "ambiguous"
    for s, ws in c.segs:
        for w in ws:
            if s == "email_address":
                continue
            if not WORD.fullmatch(w.rstrip(",")):
                return "token"
    # a first name in no slot: a person SLURP did not mark, or a public one in a title
    for s, ws in c.segs:
        if s is None and ws[0].rstrip(",") in names and ws[0].rstrip(",") not in COMMON:
            return "unmarked-name"
    if len(c.words) < 2:
        return "short"
    return None


def fix_found(c, names):
    """a contact's first name in no slot, after with/from/of/up a private command: PERSON."""
    segs = []
    for i, (s, ws) in enumerate(c.segs):
        w = ws[0]
        prev = c.segs[i - 1][1][-1] if i else ""
        if s is None and w in FIXES_FOUND and prev in ("with", "from", "of", "up") and \
                c.scenario in ("calendar", "email", "alarm", "lists"):
            segs.append(("person", ws))
        else:
            segs.append((s, ws))
    return segs


# ---- labels and rendering ------------------------------------------------------------------


def person_form(segs, i, relation_before, title):
    ws = segs[i][1]
    if title:
        return "title"
    if relation_before:
        return "relation"
    if len(ws) >= 2:
        return "full-name"
    if ws[-1].endswith("'s"):
        return "possessive"
    others = [j for j, (s, _) in enumerate(segs) if s == "person" and j != i]
    for j in others:
        between = [w for _, x in segs[min(i, j) + 1:max(i, j)] for w in x]
        if all(w in ("and",) for w in between):
            return "list"
    k = 0
    while k < len(segs) and (segs[k][1][0] in WAKE or segs[k][1][0] in LEAD or segs[k][1][0] == "google"):
        k += 1
    if i == k:
        return "initial"
    return "first-name"


def cap(w):
    return w[0].upper() + w[1:]


class Rendered:
    def __init__(self, text, stratum, names, kinds, forms):
        self.text, self.stratum, self.names, self.kinds, self.forms = text, stratum, names, kinds, forms


def render(c):
    """the command in the peer markup, cased (the lower twin is derived by buildkit)."""
    segs = c.segs
    # labels per segment
    labels = []
    for i, (s, ws) in enumerate(segs):
        v = " ".join(ws)
        if s in ("place_name", "business_name") and v in GENERIC:
            segs[i] = (None, ws)
            labels.append(None)
        elif s == "place_name" and v in STREET:
            labels.append("street")
        elif s == "address":
            labels.append("ADDRESS")
        elif s == "person":
            labels.append("PERSON")
        elif s == "email_address":
            labels.append("EMAIL")
        elif s == "personal_info":
            labels.append("field-name" if v in FIELDS else None)
        elif s == "relation" and i + 1 < len(segs) and segs[i + 1][0] == "person":
            labels.append("outer")  # "uncle john": the relation is said like a title
        elif s == "date" and not (set(ws) & NUMBER_WORDS or any(w in MONTHS for w in ws)):
            labels.append("day")  # a date with no number or month: "today", "friday", "next week"
        elif s in KIND:
            labels.append(KIND[s])
        elif s is None and ws[0] in WAKE:
            labels.append("wake-word")
        elif s is None and ws[0] == "google" and (i == 0 or segs[i - 1][1][-1] in ("ok", "hey", "okay")):
            labels.append("wake-word")
        elif s is None and ws[0] in NAME_WORDS:
            labels.append("name-word")
        else:
            labels.append(None)
    # cased words
    out = []
    names, kinds, forms = set(), [], []
    first_word = True
    nseg = len(segs)
    i = 0
    question = None
    while i < nseg:
        s, ws = segs[i]
        lab = labels[i]
        words = []
        for k, w in enumerate(ws):
            punct = ""
            if w.endswith(","):
                w, punct = w[:-1], ","
            cw = w
            if s == "email_address":
                cw = w
            elif w in ("i", "i'm", "i'll", "i've", "i'd"):
                cw = cap(w)
            elif w in ACRONYM and lab:
                cw = "{%s|%s}" % (w.upper(), w)
            elif s in ("place_name", "business_name", "address") and lab and (w in LOWER_IN_NAME and k > 0 or w in LOWER_IN_NAME - {"the", "a"}):
                cw = w
            elif s == "person" or (s in ("place_name", "business_name", "address") and lab) or lab == "wake-word":
                cw = cap(w)
            elif re.sub(r"'?s$", "", w) in DAYS or (w in MONTHS and (w not in MONTH_WORDS or s in ("date", "time"))):
                cw = cap(w)
            if re.fullmatch(r"[a-z]\.", w):
                cw = w.upper()  # a letter said as a letter: "mary s.", "u. s. d."
            if w in TITLES and s == "person" and k == 0 and len(ws) > 1:
                cw = "{%s|%s}" % (TITLES[w], w)
            elif w == "ok":
                cw = "{Okay|ok}"
            if first_word and not cw.startswith("{"):
                cw = cap(cw)
                first_word = False
            elif first_word:
                first_word = False
            words.append(cw + punct)
        if question is None and not (lab == "wake-word" or ws[0] in LEAD):
            question = ws[0] in QUESTION
        # the label around the segment
        if s == "email_address":
            # SLURP wrote "x at y dot com" or "x@y dot com"; the cased twin writes the address as
            # one token, as a cased engine writes a dictated address, and the lower twin says it
            form = "at-sign" if "@" in ws[0] else "spoken"
            spoken = " ".join(ws).replace("@", " at ").split()
            if len(spoken) != 5 or spoken[1] != "at" or spoken[3] != "dot":
                raise SystemExit(f"{c.key}: email {ws}")
            addr = f"{spoken[0]}@{spoken[2]}.{spoken[4]}"
            out.append(f"[EMAIL.{form}|{addr}]")
            forms.append("EMAIL." + form)
        elif lab == "ADDRESS":
            out.append(f"[ADDRESS.house-number|{' '.join(words)}]")
            forms.append("ADDRESS.house-number")
        elif lab == "PERSON":
            title = ws[0] in TITLES and len(ws) > 1
            rel = i > 0 and labels[i - 1] == "outer"
            form = person_form(segs, i, rel, title)
            forms.append("PERSON." + form)
            if title:
                words[0] = "^" + words[0]
            if rel:
                prev = out.pop()
                words = ["^" + w for w in prev.split()] + words
            out.append(f"[PERSON.{form}|{' '.join(words)}]")
            for w in ws[1 if title else 0:]:
                names.add(w[:-2] if w.endswith("'s") else w)
            # a comma between two people said one after the other ("mike jim and bob")
            if i + 1 < nseg and labels[i + 1] == "PERSON":
                out[-1] += ","
        elif lab == "outer":
            out.append(" ".join(words))  # taken into the next PERSON label
        elif lab:
            out.append(f"<{lab}|{' '.join(words)}>")
            kinds.append(lab)
        else:
            out.append(" ".join(words))
        # a comma after a leading wake word when more is said
        if lab == "wake-word" and i + 1 < nseg and all(
                labels[j] == "wake-word" or segs[j][1][0] in LEAD for j in range(0, i)):
            if not out[-1].endswith(","):
                out[-1] += ","
        i += 1
    # a comma before a wake word said last ("turn it up, olly")
    if labels[-1] == "wake-word" and len(out) > 1 and not out[-2].endswith(","):
        out[-2] += ","
    text = " ".join(out)
    text = text.rstrip(",") + ("?" if question else ".")
    return Rendered(text, None, names, kinds, forms)


# ---- the call ---------------------------------------------------------------------------------

OPENING = ["Hi, what can I do for you?", "Assistant here, go ahead.", "Hello, I'm listening.",
           "Hi there, how can I help?", "Go ahead, I'm listening."]
ACK = ["Okay.", "Done.", "Sure.", "Got it.", "One moment.", "Here you go.", "All set.", "Let me check.",
       "Okay, done.", "Right away.", "Sure thing.", "Alright."]
CLOSE = [[("A", "Anything else?"), ("C", "No, that's all, thanks.")],
         [("A", "Is there anything else?"), ("C", "Nope, thank you.")],
         [("A", "Anything more for now?"), ("C", "No, that's it.")],
         [("A", "What else can I do?"), ("C", "Nothing else, bye.")]]


def free_words(block):
    """lowercase words a block says outside PERSON labels (hard negatives count: a name word
    said as a business or a word elsewhere in the call would confuse the call's labels)."""
    out = set()
    for _, t in block.turns:
        t = re.sub(r"\[PERSON[^\]]*\]", " ", t)
        for w in re.findall(r"[A-Za-z']+", t):
            w = w.lower().strip("'")
            out.add(w[:-2] if w.endswith("'s") else w)
    return out


def pack(blocks, ncalls, rng):
    """deal a half's blocks into ncalls calls of 4-8 commands: commands with a PERSON or EMAIL
    first, spread evenly, then the others; no name of one command among another's words, and
    no stratum twice in a call while another call can take it."""
    calls = [[] for _ in range(ncalls)]
    pii = [b for b in blocks if b.pii]
    rest = [b for b in blocks if not b.pii]
    rng.shuffle(pii)
    rng.shuffle(rest)
    for group in (pii, rest):
        for b in group:
            best = None
            for strict in (True, False):
                for k in range(ncalls):
                    c = calls[k]
                    if len(c) >= 8:
                        continue
                    names = set().union(*[x.names for x in c]) if c else set()
                    free = set().union(*[free_words(x) for x in c]) if c else set()
                    if b.names & free or names & free_words(b) or b.names & names:
                        continue
                    if strict and any(x.stratum == b.stratum for x in c):
                        continue
                    key = (sum(x.pii for x in c), len(c)) if b.pii else (len(c), sum(x.pii for x in c))
                    if best is None or key < best[0]:
                        best = (key, k)
                if best is not None:
                    break
            if best is None:
                raise SystemExit(f"cannot place block {b.stratum} {b.note}")
            calls[best[1]].append(b)
    for c in calls:
        if len(c) < 4:
            raise SystemExit(f"a call with {len(c)} commands")
        rng.shuffle(c)
    return calls


def write_half(path, calls, nums, rng):
    lines = [f"# set14 dialogues, {'odd (dev)' if nums[0] % 2 else 'even (test)'} half; written by compose/compose.py, do not edit by hand", ""]
    for num, blocks in zip(nums, calls):
        ch = rng.choice([1, 1, 2])
        nodiar = " nodiar" if ch == 1 and rng.random() < 0.4 else ""
        lines.append("# blocks: " + ", ".join(f"{b.stratum}={b.note}" for b in blocks))
        lines.append(f"@@ {num:03d} both {ch} assistant src=slurp{nodiar}")
        lines.append("A: " + rng.choice(OPENING))
        for k, b in enumerate(blocks):
            for sp, t in b.turns:
                lines.append(f"{sp}: {t}")
            if k + 1 < len(blocks):
                lines.append("A: " + rng.choice(ACK))
        for sp, t in rng.choice(CLOSE):
            lines.append(f"{sp}: {t}")
        lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b)


# quotas of commands without a person or email, by their rarest hard-negative kind
NEG_CAP = {"date": 45, "time": 40, "place": 50, "event": 40, "business": 40}
NEG_CAP_DEFAULT = 24


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-src", default="/work/.mirror")
    ap.add_argument("-census", default=os.path.join("..", "..", "..", "..", "shared", "data", "census1990-names"))
    ap.add_argument("-o", default="dialogues")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    names = census_first(a.census)
    skip = set9_ids(here)
    why = {}
    cmds, seen_text = [], []
    for key, r in load(a.src):
        if key in skip:
            why["set9"] = why.get("set9", 0) + 1
            continue
        ann = FIXES.get(key, r["sentence_annotation"])
        plain = " ".join(SLOT.sub(lambda m: m.group(2), ann).lower().split())
        if plain != " ".join(r["sentence"].lower().split()):
            why["annotation-differs"] = why.get("annotation-differs", 0) + 1
            continue
        c = Command(key, r, ann)
        c.segs = fix_found(c, names)
        reason = drop_reason(c, names)
        if reason is None:
            # the same command said again (same words, or 80 % of them)
            for other in seen_text:
                if jaccard(c.words, other) >= 0.8:
                    reason = "near-duplicate"
                    break
        if reason:
            why[reason] = why.get(reason, 0) + 1
            continue
        seen_text.append(c.words)
        cmds.append(c)
    for k in sorted(why):
        print(f"left out ({k}): {why[k]}", file=sys.stderr)
    blocks, negs, value_count = [], {}, {}
    kind_freq = {}
    rendered = []
    for c in cmds:
        rd = render(c)
        rendered.append((c, rd))
        for k in rd.kinds:
            kind_freq[k] = kind_freq.get(k, 0) + 1
    for c, rd in rendered:
        if rd.forms:
            stratum = rd.forms[0]
            pii = True
        elif rd.kinds:
            stratum = "neg:" + min(rd.kinds, key=lambda k: (kind_freq[k], k))
            pii = False
        else:
            continue
        b = Block(stratum, [("C", rd.text)], "slurp", f"slurp:{c.key}", rd.names)
        b.names = {n for n in rd.names if len(n) > 1}
        b.pii = pii
        b.negvals = re.findall(r"<([^>]*)>", rd.text.lower())
        if pii:
            blocks.append(b)
        else:
            negs.setdefault(stratum, []).append(b)
    rng = random.Random("set14/negatives")
    for k in sorted(negs):
        rng.shuffle(negs[k])
        n, taken = NEG_CAP.get(k[4:], NEG_CAP_DEFAULT), []
        for b in negs[k]:
            if len(taken) == n:
                break
            # a hard negative's phrase at most twice in the set ("uber", "birthday")
            # (six times for wake words and name-words, which are few words said often)
            vals = [v for v in b.negvals if v.startswith(k[4:] + "|")]
            most = 6 if k[4:] in ("wake-word", "name-word") else 2
            if any(value_count.get(v, 0) >= most for v in vals):
                continue
            for v in vals:
                value_count[v] = value_count.get(v, 0) + 1
            taken.append(b)
        blocks += taken
    # the stratified deal: each stratum's blocks, in a seeded order, alternately to the odd and
    # the even half, the alternation running on from one stratum to the next
    strata = {}
    for b in blocks:
        strata.setdefault(b.stratum, []).append(b)
    halves, turn = [[], []], 0
    rng = random.Random("set14/deal")
    for k in sorted(strata):
        bs = sorted(strata[k], key=lambda b: b.note)
        rng.shuffle(bs)
        for b in bs:
            halves[turn % 2].append(b)
            turn += 1
    ncalls = round(max(len(h) for h in halves) / 5)
    odd = pack(halves[0], ncalls, random.Random("set14/pack-odd"))
    even = pack(halves[1], ncalls, random.Random("set14/pack-even"))
    os.makedirs(a.o, exist_ok=True)
    write_half(os.path.join(a.o, "odd.txt"), odd, [2 * i + 1 for i in range(ncalls)], random.Random("set14/write-odd"))
    write_half(os.path.join(a.o, "even.txt"), even, [2 * i + 2 for i in range(ncalls)], random.Random("set14/write-even"))
    for k in sorted(strata):
        n0 = sum(1 for b in halves[0] if b.stratum == k)
        print(f"{k}\t{n0}\t{len(strata[k]) - n0}", file=sys.stderr)
    print(f"{2 * ncalls} calls, {len(blocks)} blocks ({sum(b.pii for b in blocks)} with a person or email)", file=sys.stderr)


if __name__ == "__main__":
    main()
