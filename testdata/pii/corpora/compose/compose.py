#!/usr/bin/env python3
"""Compose the corpora set's dialogue files from the sources' own files.

This is how ../dialogues/*.txt were made; the Go builder (../build) turns
those files into ../../corpora.jsonl.gz and is all the tests need. Python 3
standard library only. It reads copies of the source files (README.md,
"Sources", names each repository, path and commit) from -src DIR:

  PhoneNumberModel.json EmailModel.json URLModel.json IpAddressModel.json
      microsoft/Recognizers-Text Specs/Sequence/English/
  usa_labeled.xml usa_us50_train_tagged.xml usa_us50_messiest_manual_label.xml
      datamade/usaddress training/
  pp_person.xml pp_company.xml pp_test.xml
      datamade/probablepeople name_data/labeled/, tests/test_data_labeled.xml
  dist.male.first dist.female.first
      shared/data/census1990-names (to keep businesses named after a
      person out of the business hard negatives)

Values and, where they are first-person speech, sentences are the sources';
the call around them (greetings, the agent's questions, fillers, read-backs,
closings) is this script's, drawn with a fixed seed, so the output is the
same on every run. Markup: testdata/pii/peer/README.md ("Markup").

  python3 compose.py -src /tmp/s7 -out ../dialogues
"""

import argparse
import json
import os
import random
import re
import xml.etree.ElementTree as ET

R = random.Random(20261207)

STATES = {
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
    "CO": "colorado", "CT": "connecticut", "DE": "delaware", "FL": "florida", "GA": "georgia",
    "HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas",
    "KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland", "MA": "massachusetts",
    "MI": "michigan", "MN": "minnesota", "MS": "mississippi", "MO": "missouri", "MT": "montana",
    "NE": "nebraska", "NV": "nevada", "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico",
    "NY": "new york", "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
    "OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina",
    "SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
    "VA": "virginia", "WA": "washington", "WV": "west virginia", "WI": "wisconsin", "WY": "wyoming",
    "DC": "d c",
}

KEEP_UPPER = {"NE", "NW", "SE", "SW", "PO", "RR", "US", "II", "III", "IV", "LLC", "LLP", "INC", "PC",
              "USA", "HC", "CR", "FM", "SR", "PSC", "APO", "FPO", "NBC", "CBS", "IBM"}


def pick(xs):
    return R.choice(xs)


def maybe(p):
    return R.random() < p


def titled(tok):
    """Title-case a token written in capitals, as a cased engine writes it."""
    core = tok.rstrip(",.")
    tail = tok[len(core):]
    if not core:
        return tok
    if core.upper() in KEEP_UPPER or core.upper() in STATES and len(core) == 2:
        return core.upper() + tail
    if "." in core and len(core) <= 6 and re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]?", core + "."[: 0]):
        return core.upper() + tail  # "N.E", "P.O", "U.S", "P.A.F"
    if re.search(r"\d", core):
        return core.upper() + tail if re.fullmatch(r"[A-Za-z]+\d+", core) else tok
    if core.isupper() or core.islower():
        parts = re.split(r"([-'])", core.lower())
        out = []
        for p in parts:
            if p and p[0].isalpha():
                p = p[0].upper() + p[1:]
            out.append(p)
        core = "".join(out)
        m = re.match(r"^(Mc|Mac)([a-z])(.*)$", core)
        if m and len(core) > 4 and m.group(1) == "Mc":
            core = m.group(1) + m.group(2).upper() + m.group(3)
        if re.match(r"^\d+(St|Nd|Rd|Th)$", core):
            core = core[:-2] + core[-2:].lower()
    return core + tail


BAD = set("[]<>{}|~^\"&/()@=*%;")


def clean_ok(words):
    return all(not (set(w) & BAD) for w in words) and all(w and (w[0].isalnum() or w[0] in "#-") for w in words)


# ---------------------------------------------------------------- the frames

AGENT_NAMES = []  # filled from probablepeople given names


def agent_open(domain, c):
    """An agent's opening line; with a name now and then (a PERSON)."""
    org = {
        "utility": ["Lakeside Power", "the water department", "City Gas"],
        "telecom": ["Brightline Mobile", "the broadband help desk", "Northwind Fiber"],
        "insurance": ["Harbor Mutual claims", "the policy service team"],
        "bank": ["the card services line", "member services", "the credit union"],
        "delivery": ["parcel support", "the delivery desk"],
        "clinic": ["the clinic front desk", "patient registration"],
        "it": ["the IT service desk", "tech support"],
        "retail": ["customer care", "the order desk"],
        "charity": ["the donor line", "supporter care"],
        "housing": ["the leasing office", "tenant services"],
    }[domain]
    o = pick(org)
    if maybe(0.1) and AGENT_NAMES:
        n = AGENT_NAMES.pop()
        c.agent_name = n
        return pick([
            f"A: Good morning, {o}, you're through to [PERSON.agent-intro| {n}].",
            f"A: {o[0].upper() + o[1:]}, [PERSON.agent-intro| {n}] speaking, how can I help?",
            f"A: Hi there, this is [PERSON.agent-intro| {n}] at {o}.",
            f"A: Thanks for holding, my name's [PERSON.agent-intro| {n}], what can I do for you today?",
        ])
    return pick([
        f"A: {o[0].upper() + o[1:]}, how can I help?",
        f"A: Hello, thanks for calling {o}.",
        f"A: Good afternoon, {o}, what can I do for you?",
        f"A: Hi, you've reached {o}.",
        f"A: Thank you for holding, how can I help you today?",
    ])


def agent_close(c):
    if maybe(0.5):
        return pick(["A: Okay, all done. Thanks for calling.", "A: Great, that's sorted.", "A: Thanks, bye now."])
    return pick([
        "A: Alright, that's all updated. Anything else?",
        "A: Okay, you're all set.",
        "A: Great, I've made a note of that on the file.",
        "A: Perfect. Is there anything else I can help with today?",
        "A: Got it, thanks for your patience.",
        "A: Lovely, that's done for you now.",
    ]) + "\n" + pick([
        "C: No, that's everything, thanks.",
        "C: That's it. Bye.",
        "C: Nope, thank you so much.",
        "C: Great, have a good day.",
        "C: Okay, cheers.",
    ])


FILL = ["", "", "Uh, ", "Um, ", "Yeah, ", "Sure, ", "Okay so ", "Right, ", "Yes, "]


def fill():
    return pick(FILL)


class Call:
    def __init__(self, src, domain, style="both", channels=None):
        self.src = src
        self.domain = domain
        self.style = style
        self.channels = channels if channels else (1 if maybe(0.25) else 2)
        self.nodiar = self.channels == 1 and style == "both" and maybe(0.3)
        self.lines = []
        self.agent_name = None
        self.comment = ""
        self.form = ""

    def render(self, num):
        head = f"@@ {num:03d} {self.style} {self.channels} {self.domain} src={self.src}"
        if self.nodiar:
            head += " nodiar"
        out = []
        if self.comment:
            out.append("# " + self.comment)
        out.append(head)
        out.extend(self.lines)
        return "\n".join(out) + "\n"


def wrap(c, mid):
    """Opening, the middle lines, closing."""
    c.lines.append(agent_open(c.domain, c))
    c.lines.extend(mid)
    c.lines.append(agent_close(c))


# ---------------------------------------------------------------- addresses

def load_addresses(src):
    out = []
    for f in ["usa_labeled.xml", "usa_us50_train_tagged.xml", "usa_us50_messiest_manual_label.xml"]:
        for a in ET.parse(os.path.join(src, f)).getroot():
            toks = [(t.tag, (t.text or "").strip()) for t in a]
            toks = [(g, w) for g, w in toks if w]
            if not toks:
                continue
            out.append((f, toks))
    return out


CORE_TAGS = {"AddressNumber", "AddressNumberPrefix", "AddressNumberSuffix", "StreetName", "StreetNamePreDirectional",
             "StreetNamePostDirectional", "StreetNamePreType", "StreetNamePostType", "StreetNamePreModifier",
             "StreetNamePostModifier", "OccupancyType", "OccupancyIdentifier", "SubaddressType",
             "SubaddressIdentifier", "USPSBoxType", "USPSBoxID", "USPSBoxGroupType", "USPSBoxGroupID",
             "IntersectionSeparator", "BuildingName", "CornerOf"}


def address_form(tags, words):
    t = set(tags)
    low = " ".join(words).lower()
    if "USPSBoxGroupType" in t or re.search(r"\b(rr|rural|hc)\b", low):
        return "rural"
    if "USPSBoxType" in t:
        return "po-box"
    if "IntersectionSeparator" in t:
        return "intersection"
    if re.search(r"\b(hwy|highway|route|rte|county road|state road|fm|interstate)\b", low):
        return "highway"
    if "OccupancyType" in t or "OccupancyIdentifier" in t or "SubaddressType" in t:
        return "unit"
    if "BuildingName" in t:
        return "building"
    if "StreetNamePostType" not in t and "StreetNamePreType" not in t:
        return "no-suffix"
    if "StreetNamePreDirectional" in t or "StreetNamePostDirectional" in t:
        return "direction"
    if "AddressNumberSuffix" in t:
        return "number-suffix"
    return "street"


def address_markup(toks):
    """The address as markup, or None if it cannot be said cleanly.

    Returns (address markup, zip markup or "", form, has_city)."""
    toks = [(g, "and" if w == "&" else w) for g, w in toks]
    tags = [g for g, _ in toks]
    if any(g in ("Recipient", "NotAddress", "LandmarkName", "CountryName", "ZipPlus4") for g in tags):
        return None
    # core first, then place/state, then zip, in that order only
    order = []
    for g, _ in toks:
        k = "core" if g in CORE_TAGS else {"PlaceName": "place", "StateName": "state", "ZipCode": "zip"}.get(g, "?")
        if not order or order[-1] != k:
            order.append(k)
    if "?" in order or order[0] != "core" or order.count("core") != 1:
        return None
    allowed = [["core"], ["core", "place"], ["core", "place", "state"], ["core", "place", "state", "zip"],
               ["core", "state", "zip"], ["core", "place", "zip"]]
    if order not in allowed:
        return None
    words = [w for _, w in toks]
    if any(len(w) > 20 for w in words):
        return None
    words = [w.replace("&", "and") for w in words]
    if not clean_ok(words):
        return None
    core = [titled(w) for g, w in toks if g in CORE_TAGS]
    if not any(re.search(r"\d(?![0-9]*(st|nd|rd|th)\b)", w, re.I) or w.lower().rstrip(",.") in NUMWORDS[:10] for w in core):
        return None
    if len(core) > 12:
        return None
    place = [titled(w) for g, w in toks if g == "PlaceName"]
    state = [w for g, w in toks if g == "StateName"]
    zipc = [w for g, w in toks if g == "ZipCode"]
    if zipc:
        z = "".join(zipc).rstrip(",.")
        if not re.fullmatch(r"\d{5}(-\d{4})?", z) or z.endswith("-0000"):
            return None
    form = address_form([g for g, _ in toks if g in CORE_TAGS], core)
    # lower style: state abbreviations said as the state
    sp = []
    for w in state:
        b = w.rstrip(",.")
        tail = w[len(b):]
        if b.upper() in STATES and len(b) == 2:
            sp.append("{^%s|%s}" % (b.upper() + tail, " ".join("^" + x for x in STATES[b.upper()].split()) + tail))
        else:
            sp.append("^" + titled(w))
    said = []
    for w in core:
        b = w.rstrip(",.")
        if re.fullmatch(r"[1-9]00", b):
            said.append("{%s|%s hundred%s}" % (w, NUMWORDS[int(b[0]) - 1], w[len(b):]))
        elif b.lower() in EXTRA_SUFFIX:
            said.append("{%s|%s%s}" % (w, EXTRA_SUFFIX[b.lower()], w[len(b):]))
        else:
            said.append(w)
    core_s = " ".join(said)
    outer = " ".join(["^" + w for w in place] + sp)
    # a "#" alone is the unit connector; a core word like "#132" is said by speak.go
    mark = core_s if not outer else core_s + " " + outer
    z = ""
    if zipc:
        zz = "".join(zipc).rstrip(",.")
        z = "[ZIP.%s| %s]" % ("zip-plus-four" if "-" in zz else "after-state", zz)
    return mark, z, form, bool(place or state)


EXTRA_SUFFIX = {"expy": "expressway", "ter": "terrace", "cir": "circle", "trl": "trail", "pky": "parkway",
                "fwy": "freeway", "tpke": "turnpike", "crt": "court", "cres": "crescent", "aly": "alley",
                "ctr": "center", "plz": "plaza", "xing": "crossing", "hts": "heights", "mtn": "mountain"}

NUMWORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
            "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def address_calls(src, n):
    rows = load_addresses(src)
    R.shuffle(rows)
    byform = {}
    for f, toks in rows:
        m = address_markup(toks)
        if not m:
            continue
        byform.setdefault(m[2], []).append((f, m))
    quota = {"po-box": 10, "rural": 6, "intersection": 4, "highway": 12, "unit": 22, "building": 4,
             "no-suffix": 12, "direction": 14, "number-suffix": 4, "street": 14}
    picked = []
    for form, q in quota.items():
        picked.extend(byform.get(form, [])[:q])
    R.shuffle(picked)
    calls = []
    for f, (mark, z, form, has_city) in picked[:n]:
        c = Call("usaddress", pick(["utility", "delivery", "insurance", "telecom", "housing", "retail"]))
        c.form = form
        c.comment = "usaddress %s" % f
        tail = (" " + z) if z else ""
        full = "[ADDRESS.%s| %s]%s" % (form, mark, tail)
        variant = R.randrange(8)
        mid = []
        if variant == 0:
            mid = [pick(["C: Hi, I'm moving and need to change my service address.",
                         "C: Yeah, I need to update where the bills go."]),
                   pick(["A: Sure, what's the new address?", "A: No problem. And what's the new one?"]),
                   f"C: {fill()}it's {full}."]
        elif variant == 1:
            mid = ["C: My parcel says delivered but it's not here.",
                   pick(["A: Sorry about that. Which address was it going to?",
                         "A: Let me look. What's the delivery address on the order?"]),
                   f"C: {full}."]
        elif variant == 2:
            mid = [pick(["A: Before we go on, can you confirm the address on the account?",
                         "A: For security, what's the billing address?"]),
                   f"C: {fill()}{full}.",
                   pick(["A: Thank you, that matches.", "A: Perfect, I've got that."])]
        elif variant == 3:
            mid = ["C: I'd like to book an engineer visit.",
                   "A: Of course. Where do you need us?",
                   f"C: At {full}, {pick(['the side gate is open', 'ring the bell twice', 'it is the blue door'])}."]
        elif variant == 4:
            mid = ["A: Where should we send the replacement?",
                   f"C: {pick(['Send it to', 'Can you post it to', 'Please ship it to'])} {full}.",
                   pick(["A: Okay, I'll get that out today.", "A: Got it, it should arrive in three to five days."])]
        elif variant == 5:
            mid = ["C: There's a leak outside a property and I want to report it.",
                   "A: Right, what's the location?",
                   f"C: {fill()}{full}, {pick(['right outside', 'by the curb', 'near the front'])}."]
        elif variant == 6:
            mid = ["A: And the address you'd like on the policy?",
                   f"C: {fill()}{full}. {pick(['That is my home.', 'That is where I live now.', 'I moved in last month.'])}"]
        else:
            mid = ["C: I never got my statement this month.",
                   "A: Let me check where it went. What address do you have for us?",
                   f"C: {pick(['It should be', 'I think it is', 'It is'])} {full}."]
        wrap(c, mid)
        calls.append(c)
    return calls


# ---------------------------------------------------------------- people

def load_names(src, f):
    out = []
    for a in ET.parse(os.path.join(src, f)).getroot():
        toks = [(t.tag, (t.text or "").strip()) for t in a]
        toks = [(g, w) for g, w in toks if w]
        if toks:
            out.append(toks)
    return out


def first_names(src):
    s = set()
    for f in ["dist.male.first", "dist.female.first"]:
        p = os.path.join(src, f)
        if not os.path.exists(p):
            continue
        for i, line in enumerate(open(p)):
            if i >= 1200:
                break
            s.add(line.split()[0].lower())
    return s


def person_markup(toks):
    """(words of the name, outer prefix, outer suffix, form) or None."""
    tags = [g for g, _ in toks]
    if any(g.startswith("Corporation") or g in ("And", "ShortForm", "CareOf", "ProxyFor", "AKA") for g in tags):
        return None
    words = [w for _, w in toks]
    if any("Ã" in w or "\\" in w for w in words):
        return None
    pre, core, suf, nick = [], [], [], []
    for g, w in toks:
        w2 = w.strip("\"'()").rstrip(",")
        if not w2:
            return None
        if g in ("PrefixMarital", "PrefixOther"):
            if core:
                return None
            pre.append(titled(w2))
        elif g in ("SuffixGenerational", "SuffixOther"):
            suf.append(w2 if w2.upper() in KEEP_UPPER else titled(w2))
        elif g == "Nickname":
            nick.append(titled(w2))
        else:
            if suf:
                return None
            core.append(titled(w2))
    if not core or not clean_ok(core + pre + suf + nick):
        return None
    if any(w.lower() in ("the", "mr", "mr.") for w in nick) or len(nick) > 1:
        return None
    # surname first ("Russell, Herman") keeps its order
    form = "full"
    surname_first = toks[0][0] == "Surname" and any(g == "GivenName" for g in tags) and toks[0][1].endswith(",")
    if surname_first:
        form = "surname-first"
    elif nick:
        form = "nickname"
    elif pre:
        form = "title"
    elif suf:
        form = "suffix"
    elif any(g in ("MiddleInitial", "FirstInitial", "LastInitial") for g in tags):
        form = "initial"
    elif tags == ["GivenName"]:
        form = "given-only"
    elif tags == ["Surname"]:
        form = "surname-only"
    elif "MiddleName" in tags:
        form = "middle-name"
    return core, pre, suf, nick, form


def name_span(form, core, pre, suf):
    ws = ["^" + w for w in pre] + core + ["^" + w for w in suf]
    return "[PERSON.%s| %s]" % (form, " ".join(ws))


def person_calls(src, n):
    rows = load_names(src, "pp_person.xml") + load_names(src, "pp_test.xml")
    R.shuffle(rows)
    byform = {}
    seen = set()
    for toks in rows:
        m = person_markup(toks)
        if not m:
            continue
        key = " ".join(m[0]).lower()
        if key in seen:
            continue
        seen.add(key)
        byform.setdefault(m[4], []).append(m)
    # agents' names: given names only, kept apart from the callers'
    for core, pre, suf, nick, form in byform.get("given-only", [])[40:]:
        if len(core) == 1 and len(core[0]) > 2 and core[0].isalpha():
            AGENT_NAMES.append(core[0])
    R.shuffle(AGENT_NAMES)
    quota = {"full": 36, "initial": 16, "title": 10, "suffix": 8, "nickname": 6, "surname-first": 10,
             "given-only": 18, "surname-only": 8, "middle-name": 8}
    picked = []
    for form, q in quota.items():
        picked.extend((form, m) for m in byform.get(form, [])[:q])
    R.shuffle(picked)
    calls = []
    for form, (core, pre, suf, nick, _) in picked[:n]:
        c = Call("probablepeople", pick(["bank", "clinic", "insurance", "telecom", "charity", "retail"]))
        c.form = form
        span = name_span(form, core, pre, suf)
        mid = []
        if form == "nickname":
            nk = "[PERSON.nickname| %s]" % nick[0]
            mid = ["A: Can I take your full name, please?",
                   f"C: {fill()}it's {span}, but {pick(['everyone calls me', 'most people call me', 'you can call me'])} {nk}.",
                   f"A: Thanks, {'[PERSON.vocative| %s]' % nick[0]}."]
        elif form == "given-only":
            v = R.randrange(4)
            if v == 0:
                mid = ["A: Who am I speaking with?", f"C: {fill()}{span}.",
                       f"A: Thanks [PERSON.vocative| {core[0]}], what's the account number?",
                       "C: I don't have it on me, sorry."]
            elif v == 1:
                mid = ["C: My daughter usually handles this, can I add her as a contact?",
                       "A: Sure, what's her first name?", f"C: {span}."]
            elif v == 2:
                mid = [f"C: Hi, {pick(['I was speaking to', 'I talked to', 'I had a call with'])} {span} yesterday about my claim.",
                       "A: Okay, let me find the notes."]
            else:
                mid = ["A: And the name on the booking?", f"C: {fill()}just {span}, no surname on it."]
            span_is_given = True
        elif form == "surname-only":
            mid = [pick(["A: What's the last name on the account?", "A: Could I get the surname, please?"]),
                   f"C: {fill()}{span}.",
                   pick(["A: Okay, I see a few of those, bear with me.", "A: Thanks, found it."])]
        elif form == "surname-first":
            mid = ["A: How is the name written on your card?",
                   f"C: {pick(['It says', 'It is printed', 'It reads'])} {span}, {pick(['last name first', 'surname first'])}."]
        elif form == "title":
            v = R.randrange(3)
            if v == 0:
                mid = ["C: I'm calling for my neighbour, she asked me to.",
                       "A: Okay, what's her name?", f"C: It's {span}."]
            elif v == 1:
                mid = ["A: Who is the referring doctor?", f"C: {fill()}{span}."]
            else:
                mid = ["A: Who's the account holder?", f"C: {span}. {pick(['That is me.', 'It is in my name.'])}"]
        else:
            v = R.randrange(7)
            if v == 0:
                mid = ["A: Can I get your full name please?", f"C: {fill()}it's {span}."]
            elif v == 1:
                mid = ["A: Who am I speaking to today?", f"C: {pick(['This is', 'You are speaking with', 'My name is'])} {span}."]
            elif v == 2:
                mid = ["C: I'd like to add a second driver to the policy.",
                       "A: What's their name?", f"C: {span}, {pick(['my partner', 'my brother', 'my wife', 'my husband'])}."]
            elif v == 3:
                mid = ["A: And the name of the person who gave you the quote?",
                       f"C: {fill()}I think it was {span}."]
            elif v == 4:
                mid = ["C: I'm calling about a payment I made.",
                       "A: Sure. Whose name is the account under?",
                       f"C: {fill()}{span}."]
            elif v == 5:
                mid = ["A: Is this the main account holder?",
                       f"C: No, it's my mother's account, {span}. I have power of attorney."]
            else:
                mid = ["C: Yeah, I want to make a donation in someone's memory.",
                       "A: That's kind of you. Who is it in memory of?",
                       f"C: {span}."]
        wrap(c, mid)
        calls.append(c)
    return calls


def load_corps(src, firsts):
    out = []
    for toks in load_names(src, "pp_company.xml"):
        tags = [g for g, _ in toks]
        if not all(g.startswith("Corporation") for g in tags):
            continue
        words = [w.replace("&", "and").rstrip("'") for _, w in toks]
        if any(w.lower().strip(",.") in firsts for w in words) or any(w.count("'") > 1 or w.startswith("'") for w in words):
            continue
        if not clean_ok(words) or len(words) > 7 or len(words) < 2:
            continue
        if any(re.search(r"\d", w) for w in words):
            continue
        ws = [titled(w) for w in words]
        ws[-1] = ws[-1].rstrip(",")
        out.append(" ".join(ws))
    return out


def business_lines(corp):
    b = "<business| %s>" % corp
    return pick([
        f"C: Also there's a charge from {b} I never signed up for.",
        f"C: I'm calling on my lunch break, I work at {b}.",
        f"A: I can see a payment to {b} on the account.",
        f"C: I rent from {b}, if that matters.",
        f"C: I got a letter from {b}, is that you?",
        f"A: The installer we use in your area is {b}.",
        f"C: Sorry, I'm calling from work, at {b}.",
        f"C: I was referred by {b}.",
    ])


# ---------------------------------------------------------------- sequence models

def load_json(src, f):
    return json.load(open(os.path.join(src, f), encoding="utf-8-sig"))


def nanp_ok(d):
    if len(d) == 10:
        return d[0] >= "2" and d[3] >= "2"
    if len(d) == 11 and d[0] == "1":
        return d[1] >= "2" and d[4] >= "2"
    return len(d) == 7


US_SHAPE = re.compile(r"^(1[ -])?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-.]\d{4}$")


def phone_form(v):
    """(form, digits, is a US shape) of a phone value."""
    d = re.sub(r"\D", "", re.split(r" (?:x|X|ext) ", v)[0])
    toks = v.split()
    if re.search(r"\b(ext|x|X)\b", v):
        return "extension", d, True
    if v.startswith("+") or v.startswith("(+"):
        if v.startswith("+1") and len(d) == 11:
            return "country-code", d, True
        return "intl-plus", d, False
    if v.startswith("00"):
        return "intl-prefix", d, False
    if US_SHAPE.match(v) or (len(d) == 10 and len(toks) == 1 and d.isdigit() and v.isdigit() and nanp_ok(d)):
        if len(d) == 11:
            return "country-code", d, True
        if v.isdigit():
            return "continuous", d, True
        if "." in v:
            return "dotted", d, True
        return "grouped", d, True
    return "intl-local", d, False


def phone_ok(v):
    if set(v) & BAD - set("()"):
        return False
    for t in v.split():
        if not (t[0].isalnum() or t[0] in "+(#-"):
            return False
        if ")" in t and not re.fullmatch(r"\(?\+?\d+\)\d*[-\d]*|\(\d+\)|\(\+\d+\)", t):
            return False
    return True


def phone_calls(src, n):
    data = load_json(src, "PhoneNumberModel.json")
    pos = []
    for c in data:
        res = c.get("Results") or []
        if len(res) != 1 or c.get("NotSupported"):
            continue
        inp = c["Input"]
        v = res[0]["Text"]
        if not inp.startswith("My phone number is ") or not phone_ok(v) or "\n" in inp:
            continue
        if inp.rstrip(".") != "My phone number is " + v:
            continue
        form, d, us = phone_form(v)
        if re.search(r"[A-Za-z]", v) and form != "extension":
            continue
        nd = len(d)
        typ = "PHONE"
        if us and not nanp_ok(d):
            typ = "NUMBER"
        if form in ("intl-local", "intl-prefix"):
            form = "intl-" + form.split("-")[1]
            if nd < 8 or nd > 15:
                continue
        if form == "intl-plus" and (nd < 8 or nd > 15):
            continue
        if form == "extension" and not re.fullmatch(r"[\d.()\- ]+ (ext|x|X) \d+", v):
            continue
        if typ == "NUMBER" and (nd < 7 or "+" in v):
            continue
        plus = v.startswith("+")
        if typ == "PHONE" and len(d) == 11 and not plus and (d[1] < "2" or d[4] < "2"):
            continue  # the builder reads an 11-digit number without "+" as NANP
        pos.append((form, typ, v))
    # one of each shape: many cases differ only in separators
    R.shuffle(pos)
    byform = {}
    for p in pos:
        byform.setdefault(p[0] + p[1], []).append(p)
    quota = {"groupedPHONE": 8, "continuousPHONE": 3, "dottedPHONE": 3, "country-codePHONE": 8, "extensionPHONE": 4,
             "intl-plusPHONE": 24, "intl-localPHONE": 16, "intl-prefixPHONE": 10, "groupedNUMBER": 4,
             "continuousNUMBER": 2, "country-codeNUMBER": 2, "dottedNUMBER": 2}
    picked = []
    for k, q in quota.items():
        picked.extend(byform.get(k, [])[:q])
    R.shuffle(picked)
    calls = []
    for form, typ, v in picked[:n]:
        c = Call("recognizers-phone", pick(["telecom", "bank", "clinic", "delivery", "utility", "it"]))
        c.form = form + typ
        head = "PHONE." + form if typ == "PHONE" else "NUMBER.invalid-nanp+PHONE"
        span = "[%s| %s]" % (head, v)
        v2 = R.randrange(5)
        if v2 == 0:
            mid = ["A: What's the best number to reach you on?", f"C: {fill()}My phone number is {span}."]
        elif v2 == 1:
            mid = ["C: I need to update my contact details.", "A: Sure, what would you like to change?",
                   f"C: My phone number is {span}. The old one is disconnected."]
        elif v2 == 2:
            mid = ["A: Can I get a callback number in case we get cut off?", f"C: My phone number is {span}."]
        elif v2 == 3:
            mid = ["C: The texts aren't coming through.", "A: Let me check the number we have. Can you tell me yours?",
                   f"C: {fill()}My phone number is {span}.", "A: Hmm, that's not what we have, I'll update it."]
        else:
            mid = [f"C: {pick(['Hi, quick one.', 'Hello.'])} My phone number is {span}. Can you add it to my file?",
                   "A: Of course, give me a second."]
        if maybe(0.35):
            rbf = "intl-read-back" if form.startswith("intl") else "read-back"
            rb = "[%s| %s]" % (head.replace(form, rbf, 1) if typ == "PHONE" else head, v)
            mid += [f"A: {pick(['Let me read that back,', 'Just to confirm,', 'So that is'])} {rb}?",
                    pick(["C: Yes, that's it.", "C: Correct.", "C: Yep."])]
        wrap(c, mid)
        calls.append(c)
    return calls


# source sentences the phone model says are not phone numbers, said on calls
PHONE_NEGS = [
    ("C: The website told me <short-ref| 323456> seems too short to be a phone number.", "phone-neg"),
    ("C: The letter is dated <date| 16/04/2010>, is that still valid?", "phone-neg"),
    ("C: It was the <date| 16-04-2010> one.", "phone-neg"),
    ("C: That was the <year| 2009/2010> season.", "phone-neg"),
    ("C: The reference printed on it is <reference| T005-2333-100731-SW-2>.", "phone-neg"),
    ("C: The bottom of the form says <form-number| Form Approved - OMB No. 0560-0155>.", "phone-neg"),
    ("C: The readout says <hex| 00 10 00 31 46 D9 E9 11>, it looks hexadecimal.", "phone-neg"),
    ("C: The amount showed as <decimal| 0.000000012>, which is weird.", "phone-neg"),
    ("C: The code on the box is <short-ref| 91a-677-0060>, is that the model?", "phone-neg"),
    ("C: Both <short-ref| 9a1-677-0060> and <short-ref| a91-677-0060> are printed on the label.", "phone-neg"),
    ("C: Right, <formula| 3333/2=6666>, that part I get.", "phone-neg"),
    ("C: It just says <formula| 1000-1=999> in the box.", "phone-neg"),
]

# phone-model negatives that are other PII for callveil (the phone model is
# right that they are not phones): an account number, a card, an SSN.
PHONE_OTHER = [
    ("A: What's the account number?", "C: [ACCOUNT.cued| account number 12345678]"),
    ("A: And the account?", "C: It's [ACCOUNT.cued| account #12345678]."),
    ("A: Do you have your card handy?", "C: My card number is [NUMBER.checksum-fail+CARD| 12345678]."),
    ("A: Which card was it?", "C: Her credit card is: Visa [CARD.grouped| 6011-0000-0000-0004]."),
    ("A: Can I take your social?", "C: [SSN.written| 011-12-3456] is a SSN."),
]


def fix_account(s):
    # "account number" and "account #" are the cue, not the value
    return s.replace("[ACCOUNT.cued| account number 12345678]", "account number [ACCOUNT.cued| 12345678]").replace(
        "[ACCOUNT.cued| account #12345678]", "account [ACCOUNT.cued| #12345678]")


def email_calls(src):
    data = load_json(src, "EmailModel.json")
    calls = []
    pos = []
    for c in data:
        res = c.get("Results") or []
        inp = c["Input"]
        if len(res) == 1 and re.fullmatch(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]+", inp):
            pos.append(("written", inp, None))
    sentences = [
        ("first-person", "Hello, [PERSON.vocative| Carol], please write to me at [EMAIL.cued| Dave@abc.com] for more information on task #A1."),
        ("sentence", "[EMAIL.written| d.j@server1.proseware.com] is a valid email address."),
        ("sentence", "[EMAIL.written| user.name+tag@lero.com] is a valid email address."),
        ("sentence", "Periods at the end of addresses can be ambiguous. Contact [EMAIL.written| webmaster@contoso.com]."),
        ("sentence", "[EMAIL.subdomain| my.name@base.Contoso.com] is a valid email address."),
        ("sentence", "Is [EMAIL.subdomain| mytestUser1234@CRM99.on.misfit.com] a valid email address?"),
    ]
    for form, v, _ in pos:
        c = Call("recognizers-email", pick(["it", "retail", "bank", "charity", "telecom"]))
        span = "[EMAIL.%s| %s]" % (form, v)
        k = R.randrange(4)
        if k == 0:
            mid = ["A: What email should the receipt go to?", f"C: {fill()}{span}."]
        elif k == 1:
            mid = ["A: And an email address for the account?", f"C: {fill()}it's {span}.",
                   f"A: Let me read that back: [EMAIL.read-back| {v}]?", "C: That's right."]
        elif k == 2:
            mid = ["C: I can't log in, the reset link never arrives.", "A: Which email is it going to?",
                   f"C: {span}."]
        else:
            mid = ["C: Can you send the form to my email?", "A: Sure, go ahead.", f"C: {span}."]
        wrap(c, mid)
        calls.append(c)
    for form, s in sentences:
        c = Call("recognizers-email", "it")
        mid = [pick(["C: I'm setting up the contact form on our site and I'm testing addresses.",
                     "C: I'm checking which addresses your portal accepts."]),
               "A: Okay, read me what you've got.", "C: " + s, "A: Yes, that one should go through."]
        wrap(c, mid)
        calls.append(c)
    # negatives, as the IT caller reads them out
    negs = [
        "<not-email| Bob@abc.c> is invalid.",
        "<not-email| j_9@129.126.118.1> is an invalid email address.",
        "Both <not-email| a..bc@outlook.com> and the one starting with a dot are not valid e-mail addresses.",
        "<not-email| Alice@abc> is invalid.",
    ]
    for s in negs:
        c = Call("recognizers-email", "it")
        mid = ["C: Your sign-up page rejects some addresses and I want to know why.", "A: Which ones?",
               "C: For example, " + s[0].lower() + s[1:] if s.startswith("Both") else "C: For example " + s,
               "A: Yes, the form checks the domain part, so that's expected."]
        wrap(c, mid)
        calls.append(c)
    return calls


def url_calls(src):
    data = load_json(src, "URLModel.json")
    calls = []
    ok = []
    for c in data:
        res = c.get("Results") or []
        inp = c["Input"]
        if len(res) == 1 and res[0]["Text"].lower() == inp.lower() and not (set(inp) & set("[]<>{}|~^\"'")) and " " not in inp:
            if "." in inp and "@" not in inp:
                ok.append(inp)
    for v in ok:
        c = Call("recognizers-url", pick(["it", "retail", "telecom", "charity", "clinic"]))
        form = "path" if re.search(r"\w/\w", v.split("://")[-1]) or "?" in v or "#" in v else (
            "scheme" if "://" in v else ("www" if v.startswith("www.") else "bare"))
        also = "+IP_ADDRESS" if re.search(r"//\d+\.\d+\.\d+\.\d+", v) else ""
        span = "[URL.%s%s| %s]" % (form, also, v)
        c.form = form
        k = R.randrange(4)
        if k == 0:
            mid = ["A: Which page were you on when it failed?", f"C: {fill()}{span}."]
        elif k == 1:
            mid = ["C: I'm getting a certificate warning.", "A: On which address?", f"C: {span}."]
        elif k == 2:
            mid = ["C: Your chat agent sent me a link and it doesn't open.", "A: Can you read it to me?", f"C: {fill()}{span}."]
        else:
            mid = ["A: Where did you download the installer from?", f"C: From {span}, I think."]
        wrap(c, mid)
        calls.append(c)
    sent = [
        ("C: Hi, you can find my CV at [URL.path| https://frank.website.com/CV/#cite_2].", "recognizers-url"),
        ("C: Please visit [URL.query| https://luis.ai?action=add] for more information.", "recognizers-url"),
        ("C: Please visit [URL.scheme| https://7.am] for more information.", "recognizers-url"),
        ("C: Please visit [URL.bare| 27.pm] and [URL.bare| s7.am] for more information.", "recognizers-url"),
        ("C: All of these are valid URLs: [URL.bare| bit.ly], [URL.bare| nyti.ms], [URL.bare| sound.academy], [URL.bare| pep.si], [URL.bare| lero.aws].", "recognizers-url"),
        ("C: More: [URL.path| https://bit.ly/2jm6eu3].", "recognizers-url"),
        ("C: [EMAIL.written| Alice@abc.com] is an email rather than url.", "recognizers-url"),
        ("C: It's [EMAIL.written| john.de@cooso.com.au].", "recognizers-url"),
    ]
    for s, k in sent:
        c = Call(k, "it")
        wrap(c, ["A: What did you want to check?", s, "A: Okay, noted."])
        calls.append(c)
    negs = [
        "C: I typed <not-url| https://> and nothing else, is that invalid?",
        "C: The link says <not-url| httt://abc.com>, no such protocol, right?",
        "C: The error said <not-url| working..is> isn't a valid domain name.",
        "C: It was sent at <time| 7.am>, which is more likely a time than a domain.",
        "C: The address bar shows <not-url| http://362> only.",
        "C: The DNS server is [IP_ADDRESS.written| 8.8.8.8].",
    ]
    for s in negs:
        c = Call("recognizers-url", "it")
        wrap(c, ["A: What are you seeing on screen?", s, "A: Right, that explains the error."])
        calls.append(c)
    return calls


def ip_calls(src):
    data = load_json(src, "IpAddressModel.json")
    calls = []
    for c in data:
        res = c.get("Results") or []
        inp = c["Input"]
        if len(res) == 1 and res[0]["Text"] in inp and ":" not in res[0]["Text"]:
            v = res[0]["Text"]
            if inp.endswith(v) and re.fullmatch(r"\d+\.\d+\.\d+\.\d+", v) and not re.search(r"\b0\d", v):
                cc = Call("recognizers-ip", "it")
                s = inp[: -len(v)] + "[IP_ADDRESS.cued| %s]" % v
                wrap(cc, ["A: Can you tell me your IP so I can check the firewall?", "C: " + fill() + s + "."])
                calls.append(cc)
            elif inp.startswith(v + " ") and re.fullmatch(r"\d+\.\d+\.\d+\.\d+", v) and not re.search(r"\b0\d", v):
                cc = Call("recognizers-ip", "it")
                wrap(cc, ["A: What does the router page show?", "C: [IP_ADDRESS.written| %s]%s." % (v, inp[len(v):])])
                calls.append(cc)
        elif len(res) == 1 and ":" in res[0]["Text"] and inp.endswith(res[0]["Text"]) and res[0]["Text"][0].isalnum() and res[0]["Text"][-1].isalnum():
            v = res[0]["Text"]
            cc = Call("recognizers-ip", "it", style="cased")
            wrap(cc, ["A: Is it on IPv6?", "C: Yes. " + inp[: -len(v)] + "[IP_ADDRESS.ipv6| %s]." % v])
            calls.append(cc)
    negs = [
        "C: My PC IP address is not <not-ip| 256.1.1.1>, that one was a typo.",
        "C: It showed a wrong IP address <not-ip| 1111.1.1.1>.",
        "C: Then wrong IP address <not-ip| 1.1000.1.1>.",
        "C: And wrong IP address <not-ip| 1.1.1.256>.",
        "C: The train arrives at <time| 10:00>, so I have to be quick.",
    ]
    for s in negs:
        cc = Call("recognizers-ip", "it")
        wrap(cc, ["A: What did the diagnostic say?", s, "A: Okay, that isn't a valid address anyway."])
        calls.append(cc)
    return calls


def scrubadub_calls():
    out = []
    rows = [
        ("C: Contact me on skype [USERNAME.skype| dean.malmgren] to chat.", "it"),
        ("C: I'm [USERNAME.skype| dean.malmgren] on skype.", "it"),
        ("C: My Skype is [USERNAME.skype| joecool].", "it"),
        ("C: My Skype is [USERNAME.skype| joe.cool].", "it"),
        ("C: My Skype is [USERNAME.skype| joe-cool].", "it"),
        ("C: I have added you on Skype. My ID is [USERNAME.skype| dean.malmgren].", "it"),
        ("C: My email is [EMAIL.written| john@gmail.com] and I tweet at [USERNAME.handle| john_gmail].", "retail"),
        ("C: My tweeter is [USERNAME.handle| JOHN_JOHN123].", "retail"),
        ("C: [PERSON.no-cue| John] is a cat, by the way, not a person.", "retail"),
        ("C: My cat can be contacted on [EMAIL.written| example@example.com], or [PHONE.country-code| 1800 555-5555].", "retail"),
        ("C: SCREAM to get my attention because Im not on instant messengers.", "it"),
    ]
    for s, d in rows:
        c = Call("scrubadub", d)
        wrap(c, [pick(["A: How would you like us to contact you?", "A: Any other way to reach you?"]), s,
                  "A: Okay, I've added that to your preferences."])
        out.append(c)
    return out


# ---------------------------------------------------------------- python-validators

PV_EMAILS = ["email@here.com", "weirder-email@here.and.there.com", "email@127.local.home.arpa",
             "example@valid-----hyphens.com", "example@valid-with-hyphens.com", "email@localhost.in",
             "Łókaść@email.com", "łemłail@here.com", "email@localdomain.org"]
PV_NOT_EMAILS = ["abc@bar", "abc@.com", "something@@somewhere.com", "email@127.0.0.1", "example@invalid-.com",
                 "example@-invalid.com", "stephen;smith@example.com"]


def pv_urls(src):
    """The valid and invalid URLs of python-validators' tests/test_url.py that
    are plain ASCII, one token and free of markup characters."""
    text = open(os.path.join(src, "pv_test_url.py"), encoding="utf-8").read()
    good_part, bad_part = text.split("def test_returns_true_on_valid_url", 1)[0], text.split("def test_returns_true_on_valid_private_url", 1)[1]
    bad_part = bad_part.split("def test_returns_failed_validation_on_invalid_url", 1)[0]
    rx = re.compile(r'^\s+\(?"([^"\s]+)",?\)?,?\s*$', re.M)
    def ok(u):
        return u.isascii() and not (set(u) & set("[]<>{}|~^\"'() ;%$!*")) and u.startswith(("http", "ftp"))
    good = [u for u in rx.findall(good_part) if ok(u)]
    # only the plainly malformed ones: a syntax verdict on a real-looking
    # link ("...?bar=baz&inga=42&quux") is not a verdict that it is no PII
    plain = {"http://foobar.d", "http://foobar.12", "htp://foobar.com", "http://foobar..com", "http://fo..com",
             "rdar://1234", "h://test", "http://1.1.1.1.1", "http://123.123.123", "http://127.12.0.260",
             "http://-a.b.co", "http://-error-.invalid/", "http://.www.foo.bar/", "http://www.foo.bar./"}
    bad = [u for u in rx.findall(bad_part) if u in plain]
    return good, bad


def pv_calls(src):
    calls = []
    for v in PV_EMAILS:
        c = Call("python-validators", pick(["it", "retail", "bank", "charity", "telecom", "clinic"]))
        form = "subdomain" if v.split("@")[1].count(".") > 1 else ("accented" if not v.isascii() else "written")
        span = "[EMAIL.%s| %s]" % (form, v)
        k = R.randrange(4)
        if k == 0:
            mid = ["A: Can I confirm the email on file?", f"C: {fill()}{span}."]
        elif k == 1:
            mid = ["C: I'd like the invoices by email from now on.", "A: No problem, which address?", f"C: {span}.",
                   f"A: So that's [EMAIL.read-back| {v}], yes?", "C: Yes."]
        elif k == 2:
            mid = ["A: We need an email to send the verification code to.", f"C: {fill()}use {span}."]
        else:
            mid = ["C: My email changed.", "A: What's the new one?", f"C: It's {span}."]
        wrap(c, mid)
        calls.append(c)
    for v in PV_NOT_EMAILS:
        c = Call("python-validators", "it")
        wrap(c, ["C: I'm testing our contact form against your API.", "A: Okay, which input fails?",
                 f"C: It rejects <not-email| {v}>, which I think is right, it's not a valid address.",
                 "A: Yes, that one is malformed."])
        calls.append(c)
    good, bad = pv_urls(src)
    R.shuffle(good)
    R.shuffle(bad)
    capped, per = [], {}
    for v in good:
        rest = v.split("://", 1)[-1]
        k = "cred" if "@" in rest.split("/")[0] else ("ip" if re.match(r"\d+\.\d+", rest) else "other")
        per[k] = per.get(k, 0) + 1
        if per[k] <= {"cred": 4, "ip": 6, "other": 30}[k]:
            capped.append(v)
    for v in capped:
        c = Call("python-validators", pick(["it", "retail", "telecom"]))
        rest = v.split("://", 1)[-1]
        if "@" in rest.split("/")[0]:
            form = "credentials"
        elif re.match(r"\d+\.\d+\.\d+\.\d+", rest):
            form = "ip-host"
        elif "/" in rest.rstrip("/") or "?" in rest or "#" in rest:
            form = "path"
        elif ":" in rest:
            form = "port"
        else:
            form = "scheme"
        also = {"ip-host": "+IP_ADDRESS", "credentials": "+EMAIL"}.get(form, "")
        span = "[URL.%s%s| %s]" % (form, also, v)
        c.form = form
        k = R.randrange(3)
        if k == 0:
            mid = ["A: What's the address you're trying to reach?", f"C: {fill()}{span}."]
        elif k == 1:
            mid = ["C: The app keeps opening a page I don't recognise.", "A: Can you read me the link?", f"C: {span}."]
        else:
            mid = ["A: Which server is the webhook pointing at?", f"C: {fill()}it's set to {span}."]
        wrap(c, mid)
        calls.append(c)
    for v in bad:
        c = Call("python-validators", "it")
        wrap(c, ["A: What did you type in the address field?", f"C: I typed <not-url| {v}> and it failed validation.",
                 "A: That's not a well-formed address, try it again."])
        calls.append(c)
    return calls


# ---------------------------------------------------------------- Recognizers-Text dates

RT_DOB = [
    ("A: And your date of birth?", "C: I was born on [DOB.spoken| 15 April of 87]."),
    ("A: Can you confirm your date of birth?", "C: I was born in [DOB.month-year| April of 1987]."),
    ("A: What is the patient's date of birth?", "C: She was born on [DOB.spoken| January twenty five nineteen eighty six]."),
    ("A: And her date of birth, please?", "C: She was born on [DOB.spoken| twenty five January nineteen eighty six]."),
    ("A: Date of birth for the policy holder?", "C: [DOB.month-year| April of 87], I was born in April of that year."),
]

RT_DATES = [
    "I'll go back <date| april 22>.", "I'll go back <date| January 12, 2016>.", "I'll go back <date| January 12 of 2016>.",
    "I'll go back <date| Monday January 12th, 2016>.", "I'll go back <date| 02/22/2016>.", "I'll go back <date| 21/04/2016>.",
    "I'll go back <date| 9-18-15>.", "I'll go back on <date| 4-22>.", "I'll go back <date| 2015/08/12>.",
    "I'll go back <date| 15 June 2016>.", "I'll go back <date| 4th of March>.", "I went back for <date| the 27th>.",
    "I went back on <date| the 21st>.", "Are you free on <date| 13.5.2015>?", "I left here <date| 5 December 1391>.",
    "I'll go back <date| 28-nov>.", "I'll go back <date| 1st Jan>.",
]


def rt_date_calls():
    calls = []
    for q, a in RT_DOB:
        c = Call("recognizers-datetime", pick(["clinic", "insurance", "bank"]))
        wrap(c, [q, a, "A: Thank you, that matches our records."])
        calls.append(c)
    for i in range(0, len(RT_DATES), 2):
        c = Call("recognizers-datetime", pick(["retail", "clinic", "housing", "delivery"]))
        mid = ["A: When would suit you for the appointment?", "C: " + RT_DATES[i]]
        if i + 1 < len(RT_DATES):
            mid += ["A: Sorry, when was that?", "C: " + RT_DATES[i + 1]]
        wrap(c, mid)
        calls.append(c)
    c = Call("recognizers-datetime", "retail")
    wrap(c, ["A: What's in the calendar?", "C: A meeting for <date| Wednesday the 27th> with [PERSON.third-party| Joe Smith]."])
    calls.append(c)
    return calls


# ---------------------------------------------------------------- numbers that are not PII (this set's)

SMALL_NEGS = [
    "A: The reconnection fee is <price| $35.50>, it goes on the next bill.",
    "A: You're number <quantity| 3> in the queue for an engineer.",
    "A: We're open until <time| 6:30> tonight.",
    "C: I've called <quantity| 4 times> already this week.",
    "A: Your case reference is <short-ref| 48213>.",
    "A: That plan is <price| $24.99> a month.",
    "C: It's been <quantity| 12 days> now.",
    "A: You'll get <percent| 15%> off for the first year.",
    "C: It was back in <year| 2019> when I signed up.",
    "A: Press <short-ref| 2> when you hear the tone.",
    "C: I'm on floor <quantity| 14>, if that matters.",
    "A: The update is version <version| 4.2.1>.",
]


# ---------------------------------------------------------------- additions (numbers from 469)
#
# Added after the set's first commit: records already committed must not
# change, so these calls draw from their own generator and take numbers
# after the last one, in pairs (odd dev, even test) as above.

R2 = random.Random(20261208)


def used_name_words(texts):
    words = set()
    for t in texts:
        for m in re.finditer(r"\[PERSON\.[a-z-]+\| ([^\]]+)\]", t):
            for w in m.group(1).split():
                words.add(w.strip("^~,.").lower())
    return words


def more_person_calls(src, used, n):
    """Names probablepeople labels that the first calls did not use, said in
    the issue's forms without a plain "my name is": a vocative, a name with
    no cue opening a sentence, a third party, a callback check, a sign-off."""
    rows = load_names(src, "pp_person.xml")
    cands = []
    seen = set()
    for toks in rows:
        m = person_markup(toks)
        if not m:
            continue
        core, pre, suf, nick, form = m
        if form not in ("full", "initial", "middle-name") or pre or suf or nick:
            continue
        key = " ".join(core).lower()
        if key in seen or any(w.lower().strip(".") in used for w in core):
            continue
        seen.add(key)
        cands.append(core)
    R2.shuffle(cands)
    calls = []
    forms = ["vocative", "no-cue", "third-party", "callback", "sign-off"]
    for i, core in enumerate(cands[:n]):
        form = forms[(i // 2) % len(forms)]
        c = Call("probablepeople", R2.choice(["bank", "clinic", "insurance", "telecom", "delivery", "housing"]),
                 channels=1 if R2.random() < 0.25 else 2)
        c.nodiar = c.channels == 1 and R2.random() < 0.3
        c.form = form
        full = " ".join(core)
        given = core[0]
        first_ok = len(given) > 2 and not given.endswith(".")
        o = R2.choice(["Thanks for calling, how can I help?", "Hello, you're through to customer support.",
                       "Good morning, accounts team."])
        mid = ["A: " + o]
        if form == "vocative" and not first_ok:
            mid += ["C: Hi, it's about my last bill.", "A: Sure. Who am I speaking with?",
                    "C: [PERSON.answer| %s]." % full, "A: Thank you."]
        elif form == "vocative":
            mid += [R2.choice(["C: Hi, it's about my last bill.", "C: Hi, I need to check an appointment."]),
                    "A: Sure. Who am I speaking with?",
                    "C: " + R2.choice(["Uh, ", "Yeah, ", "", "Hi, "]) + "[PERSON.answer| %s]." % full,
                    "A: " + R2.choice(["Thank you, [PERSON.vocative| %s], let me pull that up.",
                                       "Alright [PERSON.vocative| %s], one moment.",
                                       "Okay, thanks [PERSON.vocative| %s]. Bear with me."]) % given]
        elif form == "no-cue":
            mid += ["C: " + R2.choice(["[PERSON.no-cue| %s] called you yesterday about the same thing, I'm following up.",
                                       "So [PERSON.no-cue| %s] set this account up for me years ago.",
                                       "Hi, [PERSON.no-cue| %s] told me to ring this number."]) % full,
                    "A: Okay, let me have a look at the notes."]
        elif form == "third-party":
            mid += ["C: " + R2.choice(["I'm calling for my father, [PERSON.third-party| %s], he's in hospital this week.",
                                       "The parcel was signed for by [PERSON.third-party| %s], but I don't know who that is.",
                                       "Can you add [PERSON.third-party| %s] as a second contact on the account?",
                                       "My neighbour, [PERSON.third-party| %s], said she got my letter by mistake."]) % full,
                    "A: I see. Let me check what I can do."]
        elif form == "callback":
            mid = ["A: Hello, this is a call back from the billing team. Am I speaking with [PERSON.callback| %s]?" % full,
                   R2.choice(["C: Yes, speaking.", "C: Yeah, that's me.", "C: Uh, yes."]),
                   "A: Great, it's about the query you raised."]
        else:
            mid += ["C: I just wanted to say the engineer was great.",
                    "A: Oh, that's lovely to hear. Can I take your name for the feedback?",
                    "C: " + R2.choice(["Sure, ", "", "Um, "]) + "[PERSON.answer| %s]." % full,
                    "A: Thanks so much, I'll pass that on.",
                    "C: Thanks, bye.",
                    ("A: Bye [PERSON.vocative| %s], take care." % given) if first_ok else "A: Bye now."]
            c.lines = mid
            calls.append(c)
            continue
        c.lines = mid + [R2.choice(["A: Okay, that's noted on the file.", "A: Alright, all done.", "A: Thanks for calling."])]
        calls.append(c)
    return calls


# ---------------------------------------------------------------- main

def interleave(groups):
    """Pairs from each group in turn, so each group's calls alternate
    between odd (dev) and even (test) numbers."""
    pairs = []
    for g in groups:
        # calls of one form side by side, so a pair splits a form between the halves
        g = sorted(g, key=lambda c: (c.form, c.comment))
        for i in range(0, len(g), 2):
            pairs.append(g[i:i + 2])
    R.shuffle(pairs)
    out = []
    for p in pairs:
        out.extend(p)
        if len(p) == 1:
            out.append(None)  # keep the parity: an odd-sized group's last call leaves a gap
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-src", required=True)
    ap.add_argument("-out", default="../dialogues")
    a = ap.parse_args()
    firsts = first_names(a.src)
    people = person_calls(a.src, 120)
    addrs = address_calls(a.src, 100)
    phones = phone_calls(a.src, 84)
    emails = email_calls(a.src)
    urls = url_calls(a.src)
    ips = ip_calls(a.src)
    scrub = scrubadub_calls()
    pv = pv_calls(a.src)
    dates = rt_date_calls()
    corps = load_corps(a.src, firsts)
    R.shuffle(corps)
    # businesses: a hard negative line in most calls, and calls of their own
    everything = people + addrs + phones + emails + urls + ips + scrub + pv + dates
    for c in everything:
        if maybe(0.2):
            c.lines.insert(len(c.lines) - 1, pick(SMALL_NEGS))
    ci = 0
    for c in everything:
        if ci < len(corps) and maybe(0.25):
            c.lines.insert(1, business_lines(corps[ci]))
            ci += 1
    biz = []
    while ci + 1 < len(corps) and len(biz) < 10:
        c = Call("probablepeople", pick(["bank", "retail", "utility"]))
        wrap(c, [business_lines(corps[ci]), "A: Let me look into that.", business_lines(corps[ci + 1])])
        ci += 2
        biz.append(c)
    negs = []
    for s, _ in PHONE_NEGS:
        c = Call("recognizers-phone", pick(["utility", "telecom", "retail"]))
        wrap(c, ["A: What does it say exactly?", s, "A: Okay, that's not something we need."])
        negs.append(c)
    other = []
    for q, s in PHONE_OTHER:
        c = Call("recognizers-phone", "bank")
        wrap(c, [q, fix_account(s) + ("" if s.endswith(".") or s.endswith("]") is False else "")])
        other.append(c)
    groups = [people, addrs, phones, emails + scrub, urls, ips, biz, negs + other, pv, dates]
    order = interleave(groups)
    os.makedirs(a.out, exist_ok=True)
    files = {}
    num = 0
    for c in order:
        num += 1
        if c is None:
            continue
        files.setdefault(c.src, []).append(c.render(num))
    for src, parts in files.items():
        with open(os.path.join(a.out, src + ".txt"), "w") as fh:
            fh.write("# Composed by ../compose/compose.py from the %s source; see ../README.md.\n\n" % src)
            fh.write("\n".join(parts))
    print("calls:", sum(len(v) for v in files.values()), "numbers used up to", num)
    # additions: numbers after the last, the first odd
    used = used_name_words(p for parts in files.values() for p in parts)
    more = more_person_calls(a.src, used, 40)
    if num % 2 == 1:
        num += 1
    parts = []
    for c in more:
        num += 1
        parts.append(c.render(num))
    with open(os.path.join(a.out, "probablepeople-more.txt"), "w") as fh:
        fh.write("# Composed by ../compose/compose.py (additions after the set's first commit) from the\n"
                 "# probablepeople source; see ../README.md.\n\n")
        fh.write("\n".join(parts))
    print("added:", len(more), "numbers up to", num)


if __name__ == "__main__":
    main()
