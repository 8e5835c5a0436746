#!/usr/bin/env python3
"""Write the set13 dialogues (../dialogues/*.txt) from real radio speech.

Run from testdata/pii/set13 with the source repository checked out (path
below, or pass -src DIR holding owner+name/repo git directories):

    python3 compose/compose.py [-src /work/.mirror]

It reads, at a fixed commit (git show COMMIT:path, so a newer checkout gives
the same output):

  Spacelog/Spacelog  missions/{a8,a11,a13}/transcripts/TEC, a11/transcripts/CM
                     missions/{g3,g4,g6,g8}/transcripts/TEC
                     missions/{ma6,ma7,ma8}/transcripts/TEC, missions/{mr3,mr4}/transcripts/ATG
  NASA's air-to-ground (TEC, ATG) and onboard (CM) voice transcriptions of
  Mercury, Gemini and Apollo missions: works of the US federal government,
  public domain. Spacelog's own files outside missions/: CC0.

and writes one dialogue file per half (odd.txt, even.txt) in the peer markup
(testdata/pii/internal/buildkit). Everything is drawn with fixed seeds, so
the output is the same on every run.

What is taken from the transcripts is what people said, word for word: every
excerpt is one utterance's sentence (with the sentence before it when short),
plus the short utterance of someone else just before it. Only the
transcribers' markup is rewritten: [glossary:X] becomes X, a dash or an
ellipsis between words (a break in the speech) becomes a comma, ";" and ":"
after a word become commas, and a word in capitals that the transcripts also
write in lower case ("GO", "MARK", "ATTITUDE") is written in lower case
(switch labels and emphasis, not acronyms). The excerpt's speaker is the
customer (C), the one before the agent (A).

Labels are this composer's: a word list of the people named in the
transcripts (PEOPLE, SURNAMES below: every capitalised use of one is a
PERSON) and lists of capitalised words that are no people (call signs,
tracking stations, places on Earth and on the Moon, lunar features named
after people, stars, spacecraft and programs, products, organisations,
roles), everyday words that are also names ("Roger" as an acknowledgement,
"mark"), letters of the phonetic alphabet that are also names ("Mode 1
Charlie", "Mike") and numbers that are no PII (times, distances and
altitudes, angles, speeds, frequencies, gauge readings, computer codes,
counts). No other PII type is authored: set13 is PERSON only.

The stratified deal, the packing and the writing are shared with set9-12
(testdata/pii/internal/compose_common.py), the excerpt handling (sentences,
name runs and their forms, rendering of labels, Block) with set12
(testdata/pii/internal/excerpt_common.py).
"""
import argparse
import os
import random
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the shared module in the repository
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))
from compose_common import deal_pack_write  # noqa: E402
import excerpt_common  # noqa: E402
from excerpt_common import (Block, base, close_label, name_excerpts, person_quota,  # noqa: E402
                            render, reuses_name_word, sentence_start, spans_of, turn_before,
                            window)

COMMITS = {"spacelog": ("Spacelog+Spacelog", "4d3bfefd8aae9e341d379ddd3c2cf8793c8e3e7a")}
SRC = "/work/.mirror"
FILES = [("apollo", "missions/a8/transcripts/TEC"), ("apollo", "missions/a11/transcripts/TEC"),
         ("apollo", "missions/a11/transcripts/CM"), ("apollo", "missions/a13/transcripts/TEC"),
         ("gemini", "missions/g3/transcripts/TEC"), ("gemini", "missions/g4/transcripts/TEC"),
         ("gemini", "missions/g6/transcripts/TEC"), ("gemini", "missions/g8/transcripts/TEC"),
         ("mercury", "missions/ma6/transcripts/TEC"), ("mercury", "missions/ma7/transcripts/TEC"),
         ("mercury", "missions/ma8/transcripts/TEC"), ("mercury", "missions/mr3/transcripts/ATG"),
         ("mercury", "missions/mr4/transcripts/ATG")]


def git_show(key, path):
    repo, commit = COMMITS[key]
    return subprocess.run(["git", "-C", os.path.join(SRC, repo, "repo"), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


# ---- the people named on the radio ------------------------------------------------

# First names and nicknames the crews and capcoms call each other by, and
# family and public figures they talk about, read off the transcripts.
PEOPLE = set("""
Jim Jack Fred Frank Charlie Vance Joe Buzz Neil Wally Ed Ken Gus Mike Bill Al Jerry Deke Bruce Tom Gordo
Michael Scott Chris Ron Owen Pete Elliot George Gene Dave James Paul Valerie Susan Claudia Carla Julie Heidi
Barbara Jeffrey Eddie Edward William Bernard Jay Pat Chuck Hal Howard Lou Tommy Andy Russ Dennis Rod Gilbert
Mickey Hank Edwin David John Weeb Scotty Gordon Joan Jan Walt Cliff Stan Art Bud Aaron
""".split())
SURNAMES = set("""
Lovell Anders Borman Collins Aldrin Armstrong Haise Swigert Mattingly Kerwin Lousma Duke McCandless Garriott
Evans Carr Schirra Glenn Conrad Kraft Kranz Haney Dzuba Bennett Widmark Kennedy Nixon Namath Heyerdahl
Parseghian Hayes Samonski Webster Adams Johnson Jacobs Graham Jones Bassett Berry Stafford McDivitt
Grissom Shepard Cooper Carpenter Slayton Cernan Young Eisenhower Ewbank
""".split())
NAMES = PEOPLE | SURNAMES
# Names that are also everyday words, or letters of the phonetic alphabet:
# names only inside a sentence, never next to a number, a letter word or a
# word in capitals ("Mode 1 Charlie", "Mike 2").
WORDNAMES = {"Bill", "Frank", "Jack", "Pat", "Art", "Bud", "Young", "Cooper", "Carpenter", "Duke", "Berry",
             "Hal", "Rod", "Chuck", "Mike", "Charlie", "Will"}
PHONETIC = ["Alfa", "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet",
            "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform",
            "Victor", "Whiskey", "Yankee", "Zulu", "Able", "Baker", "Dog", "Easy", "Fox", "George", "How"]
TITLES = {"Sir", "Mister", "Miss", "Missus", "Doctor", "Professor", "Dr", "Mr", "Mrs", "Ms", "President", "Captain",
          "Colonel", "Col", "General", "Senator", "Commander", "Major"}
SELFCUE = [("this", "is"), ("i'm",), ("i", "am"), ("name", "is"), ("name's",)]
VOCPREV = {"OK", "Okay", "okay", "Hey", "hey", "Hi", "hi", "Thanks", "thanks", "Yeah", "yeah", "Oh", "oh", "So", "so",
           "Well", "well", "Uh", "uh", "Um", "um", "Right", "right", "Sorry", "sorry", "Yes", "yes", "No", "no",
           "Hello", "hello", "Bye", "bye", "Alright", "alright", "And", "and", "Roger", "roger", "Good", "good",
           "Morning", "morning", "Night", "night"}
END = {",", ".", "?", "!"}

# ---- hard negatives: capitalised words and phrases that are no people ---------------
HN_PHRASES = {
    "callsign": ["Houston", "Apollo 8", "Apollo 11", "Apollo 13", "Gemini 3", "Gemini 4", "Gemini 6", "Gemini 7",
                 "Gemini 8", "Friendship 7", "Friendship Seven", "Aurora 7", "Aurora Seven", "Sigma 7", "Sigma Seven",
                 "Faith 7", "Faith Seven", "Liberty Bell 7", "Freedom 7", "Eagle", "Columbia", "Aquarius",
                 "Odyssey", "Molly Brown", "Hornet", "Iwo Jima", "Huntclub", "Cardfile", "Stony", "Tranquility Base"],
    "station": ["Canary", "Canaries", "Carnarvon", "Guaymas", "Muchea", "Kano", "Zanzibar", "Woomera", "Canton",
                "Bermuda", "Goldstone", "Honeysuckle", "Tananarive", "Madrid", "Corpus Christi", "Coastal Sentry",
                "Rose Knot", "Vanguard", "Redstone", "Cape", "Hawaii", "Texas", "California", "Antigua", "Ascension", "Grand Bahama", "Grand Turk", "Eglin", "White Sands"],
    "place": ["Africa", "Pacific", "Atlantic", "Florida", "Mexico", "Baja",
              "Australia", "Cuba", "Europe", "Cairo", "Baltimore", "Cleveland", "Huntsville", "Yucatan", "Canada",
              "Alaska", "Spain", "San Diego", "Salton Sea", "El Paso", "Pueblo", "Minnesota", "Washington", "Perth",
              "Durban", "Sydney", "Melbourne", "Himalayas", "Sahara", "Moscow", "Japan", "China", "Korea", "Italy",
              "Philadelphia", "Atlanta", "Chicago", "Detroit", "Cincinnati", "Dallas", "Reno", "Nevada", "Kansas",
              "Oakland", "Hong Kong", "Pyrenees", "Mediterranean", "Indian Ocean", "Gulf of Mexico", "Guam",
              "New York", "Los Angeles", "San Francisco", "Cocoa Beach", "Midway", "Samoa", "Greenwich",
              "Watertown", "El Lago", "Pakistan", "Afghanistan", "Russia", "Alexandria", "Yorkshire", "Paris", "London",
              "Arabian Sea", "Persian Gulf", "Tierra del Fuego", "Cape Horn", "Nam", "Viet Nam", "Naha", "Lago"],
    "lunar": ["Sea of Tranquility", "Sea of Crises", "Sea of Fertility", "Boot Hill", "Diamondback",
              "Sidewinder", "Cat's Paw", "Mare Crisium", "Mare Tranquillitatis", "Apollo Ridge"],
    "eponym": ["Maskelyne", "Messier", "Langrenus", "Secchi", "Censorinus", "Aristarchus", "Taruntius", "Fra Mauro",
               "Mount Marilyn", "Sabine", "Ritter", "Moltke", "Picard", "Smyth's Sea", "Doppler", "Keplerian",
               "Goddard", "Magellan", "Ellington"],
    "star": ["Sirius", "Rigel", "Vega", "Deneb", "Antares", "Altair", "Nunki", "Arcturus", "Procyon", "Atria",
             "Canopus", "Polaris", "Regulus", "Aldebaran", "Capella", "Mirfak", "Menkent", "Shaula", "Denebola",
             "Spica", "Enif", "Alpheratz", "Acrux", "Formalhaut", "Fomalhaut", "Alphard", "Achernar", "Orion",
             "Pegasus", "Scorpio", "Cassiopeia", "Pleiades", "Taurus", "Sagittarius", "Venus", "Jupiter", "Mars",
             "Big Dipper", "Southern Cross", "Grus", "Libra", "Aquila", "Navi", "Peacock"],
    "spacecraft": ["Agena", "Saturn", "Gemini", "Apollo", "Intelsat", "Luna",
                   "Atlas", "Titan", "Surveyor", "Ranger", "Early Bird", "Telstar"],
    "product": ["Hasselblad", "Contarex", "Seconal", "Marezine", "Actyfed", "Lomotil", "Kleenex", "Clorox",
                "Hycon", "Dexedrine", "Maurer", "Alvagrin", "Omnibus"],
    "org": ["Navy", "Army", "Senate", "Dodgers", "Yankees", "Astros", "Oilers", "Colts", "Cowboys", "Vikings",
            "Chiefs", "Falcons", "Notre Dame", "Manned Spacecraft Center", "Air Force", "Marines", "Jodrell Bank",
            "Associated Press", "United Press", "Weather Bureau"],
    "role": ["Cap Com", "Flight Director", "Flight Surgeon", "Surgeon", "Skipper", "Command Pilot", "Retro",
             "Guidance"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
            "Christmas Eve", "Thanksgiving", "Easter"],
}
HN_KIND_ORDER = ["callsign", "station", "lunar", "eponym", "star", "spacecraft", "place", "product", "org", "role", "day"]
# everyday words that are also names, in lower case on the radio ("mark", "bill")
NAMEWORDS = {"mark", "marks", "bill", "frank", "rose", "grace", "pat", "ray", "sue", "rob", "bob", "jack",
             "penny", "sandy", "rich", "hunter", "chase", "dawn", "summer", "june", "august", "april", "bud", "gene",
             "pete", "sterling", "ward", "wade", "drew", "joy", "hope", "faith", "lily", "ginger", "basil", "dean",
             "roger", "will", "chuck", "art", "buck", "gus", "carol", "bell", "nick", "pierce", "miles", "victor"}
LUNARWORDS = {"crater", "craters", "sea", "mare", "mount", "rille", "ridge"} | {w.lower() for w in HN_PHRASES["eponym"] + HN_PHRASES["lunar"]}
HN_WORDS = {w for ps in HN_PHRASES.values() for p in ps for w in p.split()}
NONPERSON = set("""
Com Tech Cap God States United Indian Ocean Gulf Base Mount Sea Crises Fertility Tranquility Censored
November December January February March April May June July August September October Control Center Mission
Moon Earth Sun Ridge Flight Mr Mrs Dr Command Module Lunar Service Pilot Chief Director Apollo Gemini Mercury
American Americans Soviet Russian Italian Chinese French German Mexican Hawaiian Korean Swiss English Roger
Good Morning Okay Hey Bravo Alfa Alpha Delta Echo Golf Hotel Zulu Foxtrot Lima Romeo Uniform Victor Medical Merry Happy
New Year Birthday Bay Island Islands Club Valley Hill Lake River Street Beach Point National Dame Christi
""".split())
NUMWORD = set("""zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million""".split())
NUMTOK = re.compile(r"\d[\d:.,/-]*\d|\d")
SAFE = re.compile(r"[A-Za-z0-9 ,.?!':/-]+")

# things counted on the radio
COUNTNOUNS = set("""pictures pencils items passes revs revolutions orbits stars frames turns magazines rolls cycles
marks sightings lights tanks bags jets thrusters pulses clicks squares boxes pages men people burns steps shots
meals cans pills tablets quads units switches breakers times exposures films packs filters lenses batteries
canisters cartridges hoses valves circuits photos ounces packages cups blips balls holes craters rocks samples
bits words numbers digits""".split())
# units after a number, and words before it, that tell what it counts
AFTER = [("speed", ["feet", "per", "second"]), ("speed", ["fps"]), ("speed", ["knots"]),
         ("time", ["hours"]), ("time", ["hour"]), ("time", ["minutes"]), ("time", ["minute"]),
         ("time", ["seconds"]), ("time", ["second"]), ("time", ["o'clock"]), ("time", ["days"]),
         ("distance", ["nautical", "miles"]), ("distance", ["miles"]), ("distance", ["mile"]),
         ("distance", ["feet"]), ("distance", ["foot"]), ("distance", ["yards"]), ("distance", ["inches"]),
         ("distance", ["thousand", "feet"]), ("distance", ["kilometers"]),
         ("angle", ["degrees"]), ("angle", ["degree"]),
         ("frequency", ["megacycles"]), ("frequency", ["kilocycles"]), ("frequency", ["megahertz"]),
         ("frequency", ["mc"]), ("frequency", ["kc"]),
         ("reading", ["percent"]), ("reading", ["psi"]), ("reading", ["amps"]), ("reading", ["volts"]),
         ("reading", ["pounds"]), ("reading", ["psia"]), ("reading", ["g"]), ("reading", ["g's"]),
         ("reading", ["rpm"]), ("reading", ["millimeters"])]
BEFORE = {"time": {"GET", "TIG", "GETI", "time", "at", "clock"}, "angle": {"pitch", "roll", "yaw", "heading",
          "longitude", "latitude", "azimuth", "elevation", "shaft", "trunnion", "angle"},
          "frequency": {"frequency"}, "distance": {"altitude", "apogee", "perigee", "range", "apocynthion",
                                                  "pericynthion", "perilune", "apolune", "h-dot"},
          "code": {"Noun", "Verb", "Program", "noun", "verb", "program", "P", "V", "N", "code", "Code", "Mode",
                   "mode", "step", "Step", "block", "Block", "rev", "Rev", "revolution", "orbit", "page", "Page",
                   "channel", "Channel", "battery", "pad", "PAD", "star", "Star", "detent", "position", "number", "Number"},
          "reading": {"temperature", "pressure", "quantity", "fuel", "oxygen", "voltage", "current", "cabin",
                      "suit", "percent"}}

# ---- reading the transcripts ------------------------------------------------------

TIME_RE = re.compile(r"^\[[\d:.\-]+\]")
SPK_RE = re.compile(r"^([A-Za-z0-9 ]{1,14}):\s+(.*)$")
LOWER = {}  # word -> how often the transcripts use it in lower case
CAPIN = {}  # word -> how often the transcripts write it capitalised inside a sentence


def raw_utterances(path):
    txt = git_show("spacelog", path)
    out, cur = [], None
    for line in txt.split("\n"):
        if TIME_RE.match(line):
            if cur:
                out.append(cur)
            cur = None
            continue
        m = SPK_RE.match(line)
        if m and not line.startswith((" ", "_")):
            if cur:
                out.append(cur)
            cur = [m.group(1).strip(), m.group(2)]
        elif cur and line.startswith(" "):
            cur[1] += " " + line.strip()
    if cur:
        out.append(cur)
    return out


def tokenize(text):
    text = re.sub(r"\[glossary:([^\]|]*)(\|[^\]]*)?\]", r"\1", text)
    text = re.sub(r"\[time:[^\]|]*\|([^\]]*)\]", r"\1", text)  # a time as the transcript shows it
    text = re.sub(r"</?su[bp]>", "", text)  # "O<sub>2</sub>" -> "O2"
    text = re.sub(r"\s(-{1,3}|\.{2,})\s", " {disfmarker} ", " " + text + " ")
    text = re.sub(r"(\w)(-{2,}|\.{3,})(\s|$)", r"\1 {disfmarker}\3", text)
    toks = []
    for w in text.split():
        if w == "{disfmarker}":
            toks.append(w)
            continue
        m = re.match(r"^(.*?)([,.?!;:]*)$", w)
        core, tail = m.groups()
        if core:
            toks.append(core)
        for ch in tail:
            toks.append(ch if ch in ",.?!" else ",")
    return toks


def transcripts():
    """the missions' utterances: (src, path, [(speaker, tokens)])."""
    out = []
    for src, path in FILES:
        utts = [(s, tokenize(t)) for s, t in raw_utterances(path)]
        out.append((src, path, [(s, t) for s, t in utts if t]))
    for _, _, utts in out:
        for _, toks in utts:
            for t in toks:
                if t.islower():
                    LOWER[t] = LOWER.get(t, 0) + 1
            for i, t in enumerate(toks):
                if i > 0 and toks[i - 1] not in (".", "?", "!") and t[:1].isupper():
                    CAPIN[t] = CAPIN.get(t, 0) + 1
    # a word in capitals that the transcripts also write in lower case is said as a word ("GO", "MARK")
    for _, _, utts in out:
        for n, (s, toks) in enumerate(utts):
            new = []
            for i, t in enumerate(toks):
                if len(t) >= 2 and t.isalpha() and t.isupper() and t.title() in HN_WORDS:
                    t = t.title()  # "CAP COM" -> "Cap Com"
                elif len(t) >= 2 and t.isalpha() and t.isupper() and LOWER.get(t.lower(), 0) >= 3:
                    t = t.lower()
                    if i == 0 or new[-1] in (".", "?", "!"):
                        t = t[0].upper() + t[1:]
                new.append(t)
            utts[n] = (s, new)
    return out


def isname(t):
    return excerpt_common.isname(t, NAMES)


def name_runs(toks):
    return excerpt_common.name_runs(toks, NAMES, WORDNAMES)


def form_of(toks, a, b):
    return excerpt_common.form_of(toks, a, b, NAMES, TITLES, VOCPREV, SELFCUE, END)


def clean_ok(toks, allow=range(0)):
    """an excerpt without odd characters, and whose capitalised words inside sentences are all known.
    A word of seven or more digits must be the hard negative (allow: its indices), or the builder
    would take it for an unlabelled number."""
    if any(sum(c.isdigit() for c in t) >= 7 and i not in allow for i, t in enumerate(toks)):
        return False
    text = " ".join(t for t in toks if t != "{disfmarker}")
    if not SAFE.fullmatch(text) or "{" in text or "'" in text.replace("'s", "").replace("'m", "").replace("'re", "") \
            .replace("'ve", "").replace("'ll", "").replace("'d", "").replace("n't", "").replace("o'clock", ""):
        return False
    for t in toks:
        if not (t in END or t == "{disfmarker}" or re.fullmatch(r"[A-Za-z]+(-[A-Za-z]+)*('[a-z]+)?|[A-Za-z]*\d[\dA-Za-z:./-]*", t)):
            return False
        if t not in END and (t.endswith(("-", "/", ":", ".")) or t.startswith(("-", "/", ":", "."))):
            return False
    for i, t in enumerate(toks):
        if i == 0 or toks[i - 1] in (".", "?", "!", "{disfmarker}"):
            if isname(t) or base(t) in NONPERSON or base(t) in HN_WORDS or LOWER.get(base(t).lower(), 0) >= 30 \
                    or not re.fullmatch(r"[A-Z][a-z]+('[a-z]+)?", t) or CAPIN.get(base(t), 0) < 2:
                continue
            return False  # a word the transcripts capitalise inside sentences, unknown: a person we do not know?
        if re.fullmatch(r"[A-Z][a-z]+('[a-z]+)?", t) and not isname(t) and base(t) not in NONPERSON \
                and base(t) not in HN_WORDS and LOWER.get(base(t).lower(), 0) < 30:
            return False
    return True


def names_clear(sub, sruns):
    """whether every name of the excerpt sub (its name runs sruns) can be told from what it also is: no
    word of the Moon's map near (craters are named after people: "Collins is right on the edge of ..."), no
    name that is also a word at a sentence start outside the runs, no word name among codes (near_code), a
    letter that is also a name (Charlie, Mike, Victor) only where said to or of someone ("Roger, Mike.",
    "Mike's", "Mike Collins") with no letter word elsewhere, and no name word said again as an ordinary
    word (reuses_name_word)."""
    if {t.lower() for t in sub} & LUNARWORDS:
        return False
    inrun = {k for a, b in sruns for k in range(a, b)}
    if any(base(t) in WORDNAMES and k not in inrun and (sentence_start(sub, k) or k == 0) for k, t in enumerate(sub)):
        return False
    for a, b in sruns:
        if any(base(sub[k]) in WORDNAMES for k in range(a, b)) and near_code(sub, a, b):
            return False
        if any(base(sub[k]) in PHONETIC for k in range(a, b)):
            if form_of(sub, a, b) not in ("vocative", "possessive", "full-name", "self-id", "title") or \
                    any(t in PHONETIC and not a <= n < b for n, t in enumerate(sub)):
                return False
    return not reuses_name_word(sub, sruns)


def isnum(t):
    return bool(NUMTOK.fullmatch(t)) or t in NUMWORD


def near_code(toks, a, b):
    """a name word among numbers, other letter words or words in capitals (two words either side, commas
    aside): a letter of the phonetic alphabet ("Mode 1 Charlie", "Bravo minus 2.5, Charlie minus 10")."""
    left = [t for t in toks[max(0, a - 5):a] if t != ","][-3:]
    right = [t for t in toks[b:b + 5] if t != ","][:3]
    for t in left + right:
        if t in END or t == "{disfmarker}":
            continue
        if isnum(t) or t in PHONETIC or t in ("minus", "plus") or (t.isupper() and t not in ("I", "OK")):
            return True
    return False


def phonetic_at(toks, k):
    """whether toks[k] is said as a letter: right next to a number or another letter word, or after a word
    that names a lettered thing ("quad Charlie", "OMNI Charlie", "Mode 1 Charlie")."""
    prev = toks[k - 1] if k > 0 else ""
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    if any(isnum(t) or t in PHONETIC for t in (prev, nxt)):
        return True
    return prev.lower() in ("quad", "omni", "mode", "magazine", "in", "detent", "position", "switch", "bus",
                            "main", "battery", "circuit", "hatch", "step", "and", "or")


def number_negative(toks):
    """a number that is no PII: (kind, a, b) or None."""
    for i, t in enumerate(toks):
        if not NUMTOK.fullmatch(t):
            continue
        if i > 0 and isnum(toks[i - 1]):
            continue  # the tail of a longer number ("3 1/2")
        a = i - 1 if i > 0 and toks[i - 1] in ("minus", "plus") else i
        prev = toks[a - 1] if a > 0 else ""
        if ":" in t and re.fullmatch(r"\d+:\d\d(:\d\d)?", t):
            return ("time", a, i + 1)
        for kind, unit in AFTER:
            if toks[i + 1:i + 1 + len(unit)] == unit:
                b = i + 1 + len(unit)
                while kind == "time" and b + 1 < len(toks) and NUMTOK.fullmatch(toks[b]) and toks[b + 1] in ("minutes", "seconds", "minute", "second"):
                    b += 2  # "5 hours 30 minutes"
                return (kind, a, b)
        for kind, words in BEFORE.items():
            if prev in words and "/" not in t:
                return (kind, a, i + 1)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if nxt in COUNTNOUNS and not prev[:1].isupper() and t.isdigit():
            return ("count", a, i + 2)  # "3 items", "2 passes"
    return None


class Gen:
    def __init__(self):
        self.meets = transcripts()
        self.rng = random.Random("set13")

    def stream(self, name):
        self.rng = random.Random("set13/" + name)

    # PERSON ---------------------------------------------------------------------
    def person_candidates(self):
        """every excerpt that names someone: (form, block) per utterance, in file order."""
        out, seen = [], set()
        for src, f, utts, ui, spk, sub, sruns in name_excerpts(self.meets, name_runs, clean_ok, 2, names_clear):
            labels, forms, opt = [], [], set()
            for a, b in sruns:
                fm = form_of(sub, a, b)
                oa = a - 1 if fm == "title" else a
                labels.append((a, b, "PERSON." + fm, oa))
                forms.append(fm)
            turns = turn_before(utts, ui, spk, sub, sruns, clean_ok, isname)
            turns.append(("C", render(sub, labels, opt)))
            names = [base(sub[k]) for a, b in sruns for k in range(a, b)]
            note = f"spacelog:{f}:{ui}"
            key = " ".join(sub)
            if key in seen:
                continue  # the same words said again (or transcribed twice)
            seen.add(key)
            out.append((forms[0], Block("PERSON." + forms[0], turns, src, note, names)))
        return out

    def person_blocks(self, quota, per_name=16):
        self.stream("person_blocks")
        out, per = person_quota(self.person_candidates(), quota, per_name, self.rng)
        print("PERSON blocks by form:", dict(sorted(per.items())), file=sys.stderr)
        return out

    # hard negatives -------------------------------------------------------------
    def negative_candidates(self):
        out = []
        for src, f, utts in self.meets:
            for ui, (spk, toks) in enumerate(utts):
                if any(isname(t) and not (base(t) in WORDNAMES and near_code(toks, k, k + 1)) for k, t in enumerate(toks)):
                    continue
                founds = []
                for kind in HN_KIND_ORDER:
                    for a, b in spans_of(toks, HN_PHRASES[kind]):
                        if sentence_start(toks, a) and kind not in ("callsign", "station", "role"):
                            continue
                        # "Apollo 8", "Gemini VI" are call signs, "the planet Mercury" a planet
                        if kind == "spacecraft" and (b < len(toks) and (isnum(toks[b]) or re.fullmatch(r"[IVX]+(-A)?", toks[b]))
                                                     or a > 0 and toks[a - 1].lower() == "planet"):
                            continue
                        if any(x < b and a < y for _, x, y in founds):
                            continue  # inside a phrase of a kind before ("Apollo Ridge")
                        founds.append((kind, a, b))
                        break
                # "Roger" said as a word: an acknowledgement
                k = next((k for k, t in enumerate(toks) if t == "Roger" and k + 1 < len(toks) and toks[k + 1] in END), None)
                if k is not None:
                    founds.append(("name-word", k, k + 1))
                k = next((k for k, t in enumerate(toks) if t in NAMEWORDS and t != "roger" and not sentence_start(toks, k)), None)
                if k is not None:
                    founds.append(("name-word", k, k + 1))
                # a letter of the phonetic alphabet that is also a name, next to a number or a letter word
                for k, t in enumerate(toks):
                    if t in ("Charlie", "Mike", "Victor", "Romeo", "Juliet", "Oscar") and phonetic_at(toks, k):
                        founds.append(("phonetic", k, k + 1))
                        break
                nn = number_negative(toks)
                if nn:
                    founds.append(nn)
                for kind, a, b in founds:
                    idx = window(toks, a)
                    if len(idx) > 30 or not (idx[0] <= a and b - 1 <= idx[-1]):
                        continue
                    sub = [toks[i] for i in idx]
                    a2, b2 = a - idx[0], b - idx[0]
                    if not clean_ok(sub, range(a2, b2)):
                        continue
                    out.append((kind, Block("neg:" + kind, [("C", render(sub, [(a2, b2, "<" + kind, a2)]))], src, f"spacelog:{f}:{ui}")))
        return out

    def negative_blocks(self, quota, per_text=2):
        self.stream("negative_blocks")
        cands = self.negative_candidates()
        self.rng.shuffle(cands)
        out, per, seen, usedu = [], {}, {}, set()
        for kind, b in cands:
            if per.get(kind, 0) >= quota.get(kind, 0) or b.note in usedu or b.turns[0][1] in usedu:
                continue
            key = re.search(r"<[a-z-]+\|([^>]*)>", b.turns[0][1]).group(1).lower()
            if seen.get(key, 0) >= (6 if kind in ("phonetic", "name-word") else per_text):
                continue
            seen[key] = seen.get(key, 0) + 1
            per[kind] = per.get(kind, 0) + 1
            usedu |= {b.note, b.turns[0][1]}
            out.append(b)
        print("HN candidates by kind:", {k: sum(1 for f, _ in cands if f == k) for k in sorted({f for f, _ in cands})}, file=sys.stderr)
        print("HN blocks by kind:", dict(sorted(per.items())), file=sys.stderr)
        return out


OPEN = {
    "radio": ["Radio check, how do you read?", "Comm check.", "Go ahead."],
}
REASON = {
    "radio": ["Loud and clear.", "Reading you five by.", "Read you loud and clear, go ahead."],
}
CLOSE = [("A", "That's all we have."), ("C", "Okay, out.")]
CLOSE2 = [("A", "Nothing further."), ("C", "Roger, out.")]


def main():
    global SRC
    ap = argparse.ArgumentParser()
    ap.add_argument("-src", default=SRC)
    ap.add_argument("-o", default="dialogues")
    a = ap.parse_args()
    SRC = a.src
    g = Gen()
    blocks = []
    blocks += g.person_blocks({"vocative": 120, "third-party": 120, "possessive": 40, "self-id": 11,
                               "full-name": 30, "title": 2, "restart": 24})
    blocks += g.negative_blocks({"callsign": 24, "station": 20, "place": 20, "lunar": 8, "eponym": 12, "star": 14,
                                 "spacecraft": 14, "product": 8, "org": 8, "role": 10, "day": 6, "name-word": 20,
                                 "phonetic": 14, "time": 20, "distance": 14, "angle": 14, "speed": 8,
                                 "frequency": 6, "reading": 14, "code": 14, "count": 12})
    deal_pack_write("set13", blocks, 5, 6, a.o, OPEN, REASON, [CLOSE, CLOSE2])


if __name__ == "__main__":
    main()
