"""Propose set16's excerpts and labels from the briefings that extract.py wrote.

    python3 compose/extract.py > /tmp/set16-briefings.jsonl
    python3 compose/propose.py /tmp/set16-briefings.jsonl > /tmp/set16-proposed.txt

It only proposes: it cuts excerpts whose every capitalised word is a word it
knows (a name in PEOPLE, a non-person phrase in NONPERSON, a state, a country
or a word the briefings mostly write in lower case), labels the names and one
hard negative, and writes blocks in the format of compose/labels.txt. Every
block was then read by hand and corrected or dropped; labels.txt, not this
output, is what compose.py deals into the dialogues.
"""
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal"))
from excerpt_common import sentences  # noqa: E402

# reporters, officials and people in the news, read off the briefings (the words the briefers
# say as vocatives and the words after a title); ambiguous words are in WORDNAMES or left out
PEOPLE = set("""
Ed Jim Jon Jake Mark Major Kevin Chip Josh Chuck Jeff Ben Mike Bill Chris Julie Peter Wendell
Lester Dan Michelle Steve Justin Margaret Darlene David Kristen Jared John Ann Mara Helen Roberta
Jonathan Ron Goyal Toluse Alexis Nedra Connie James Laura Jay Carol Cheryl Byron Sam Norah Olivier
Brianna Christi Jessica Scott Andrew Savannah Fred Hans Matt Robert Andrei Julia Victoria Glenn
Angela Stephen Jackie Nadia Sheryl Dave Nancy George Bob Richard Keith Gardiner Kathleen Ken Pam
Isaac Tim Tommy Jennifer Caren Zeke Ari Doug Jon-Christopher Susan Suzanne Phil Alister Joe Anita
Kate Julianna Ayesha Michael Lesley Mary Lynn Tom Jen Lalit Sarah Tamara Helene Gregory Leslie
Karen Francesca Jill Anne Jason Steven Denis Kirk Brett Lisa Zach Amy Brian Paul Shaun Todd Sunlen
Carrie Raj Erica Tricia Melody Athena Neil Cecilia Danny Yunji Greg Luke Tara Andrea Colleen Adam
Toshi Obama Clinton Kerry Putin Boehner Netanyahu Biden McConnell Reid Karzai Bush Geithner Ryan
Gates Garland Xi Sanders Merkel Romney McCain Assad Rice Hagel Medvedev Pelosi Allen Cameron Carter
Hu Erdogan Abadi Napolitano Snowden Sebelius Trump Lew McChrystal Modi Brennan Abdullah Grassley
Hollande Mullen Shinseki Sarkozy Petraeus Graham Reagan Panetta Lavrov Calder Dempsey Corker
Johnson Abbas Chu Mubarak Perry Jones Comey Abe Holder Schumer Duncan Morsi Castro Sotomayor
Feinstein Vilsack Salazar Rouhani Bergdahl Dodd Feller Brown Odierno Christie Baucus Zardari
Mitchell Rubio Clancy Clapper Summers Lynch Poroshenko Klain Eikenberry Fauci Warren Harper Lugar
Maliki Menendez Scalia McCarthy Collins Leahy Cantor Hatch Moniz Daschle Romer Salman Froman Cruz
Lieberman Singh Rousseff Noda Dunford Frieden Durbin Cheney Roberts Issa LaHood Campbell Kyl
Trudeau Bernanke Weinstein Murray Saleh Harry Specter Levinson Shelby Kagan Barack Bryson Santos
Ghani Toomey Cornyn Lindsey Landrieu Wyden Buffett Yanukovych Buhari Flake Sullivan Emanuel Jindal
Pierson Loven Kaine Burwell Mueller Yudhoyono Suleiman Pickering Sherrod Knoller Donilon Podesta
Ahmadinejad Szubin Perez Holbrooke Nelson Cartwright Levin Pritzker Chaffetz Mitch Snowe Macri Hadi
Burns Rogers McDonough Najib McAuliffe Renzi Casey Manchin Gibbs Locke Jaczko Powell Alito Ronald
Cordray Peres Blair Coburn Verrilli Sharif Lula Clyburn Bennet Kayani Chavez Ted Snyder Foxx Webb
Kenyatta Carney Rasmussen Brahimi Gilani Uribe Wasserman Portman Zarif William Tsipras Barzani
Boxer Benjamin Harkin Isakson Nazarbayev Daley Schwarzenegger Guzman Ginsburg Pence Rhodes Herbert
Viqueira Gadahn Brainard Abdulmutallab Merrick Schuchat Giffords Mandela Hagan Funes Gregg
Elizabeth Yatsenyuk Thein Abedini Rand Abbott Spencer Crist Janet Krueger Berwick Hayward Souter
Volcker Besser Bashar Raul Zients Curtis Murkowski Cuomo Rudd Lubchenco Crowley Dermer Tusk Thomas
Fugate Inhofe Udall Wilmore Blunt Earnest Palin Hekmati Cardin Zuma Enzi Somers Hickox Brewer Watt
Simpson Gillard Browner Marco Nakamura Haley Tony Booker Rezaian Hoyer Barron Manning Patterson
Rangel Wisner Orszag Feinberg Barton Stupak McKiernan Burris Richardson Hensarling Charles Wallace
Sestak Goodlatte Crocker Kuhnhenn Blinken Fallin Foley Hillary Mitt Qaddafi Laden Osama Rahm
Denis Jeh Valerie Gene Penny Psaki Schultz Pfeiffer Axelrod Plouffe Jarrett Sperling Furman
Goolsbee Vietor Burton Bader Hammer Restrepo Kathy Hilda Arne Shaun Sally Jacob Chelsea Malia
Sasha Marian Tommy Bowles Erskine Kissinger Nixon Truman Eisenhower Lincoln Roosevelt Kennedy
Jefferson Madison Jackson King Luther Martin
""".split())
# names that are also words or months: a name only inside a sentence and capitalised, and never in
# a month's or a title's place; the proposals with them were each read twice
WORDNAMES = {"Bill", "Mark", "Major", "Chip", "Will", "Rose", "Hope", "April", "May", "June", "Rice", "Gates",
             "Brown", "Warren", "Graham", "Summers", "Power", "Gross", "Frank", "Grant", "Earnest", "Perry",
             "Jackson", "Washington", "Lincoln", "Kennedy", "Roosevelt", "Jefferson", "Madison", "King", "Martin",
             "Jordan", "Georgia", "Virginia", "Carter", "Castro", "Burns", "Collins", "Murray"}
# places and things named after people: they make a word a hard negative, not a name
EPONYMS = {
    "building": ["Camp David", "Walter Reed", "Lincoln Memorial", "Kennedy Center", "Roosevelt Room",
                 "Eisenhower Executive Office Building", "Christmas Day", "Lincoln Bedroom", "Truman Balcony", "Reagan National Airport",
                 "Dulles", "Fort Hood", "Fort Bragg", "Fort Campbell", "Fort Leavenworth", "Fort Meade",
                 "Fort Lauderdale", "Brady Press Briefing Room", "Jefferson Memorial", "Martin Luther King Memorial",
                 "King Memorial", "Dirksen", "Rayburn", "Russell Senate Office Building", "Washington Monument",
                 "Reagan Library", "Bush Library", "Nixon Library", "Kennedy Space Center", "Johnson Space Center",
                 "Woodrow Wilson Center", "Blair House", "Walter Reed Army Medical Center", "Reagan Building", "Brookings Institution", "Carnegie Endowment", "Bethesda"],
    "ship": ["USS Cole", "USS Carl Vinson", "USS George Washington", "USS Abraham Lincoln", "USS Ronald Reagan",
             "USS Harry S. Truman", "USS Theodore Roosevelt", "USS Bainbridge", "USS Eisenhower", "USS John C. Stennis",
             "USS Nimitz", "Maersk Alabama", "USS Ponce", "USS Mason", "USS Kidd"],
    "law": ["Obamacare", "Dodd-Frank", "Simpson-Bowles", "Bowles-Simpson", "Glass-Steagall", "Magnitsky Act", "Lilly Ledbetter",
            "Brady Bill", "Zadroga", "Leahy Law", "Hatch Act", "Davis-Bacon", "Taft-Hartley", "Romneycare",
            "Kennedy-Kassebaum", "Gramm-Rudman", "McCain-Feingold", "Sarbanes-Oxley", "Hyde Amendment",
            "Nunn-Lugar", "Jackson-Vanik", "Cadillac tax", "Rooney Rule", "Voting Rights Act", "Ryan budget",
            "Affordable Care Act", "Recovery Act", "Patriot Act", "Clean Air Act", "Dream Act", "DREAM Act",
            "Violence Against Women Act", "Freedom of Information Act", "Defense of Marriage Act", "War Powers Resolution",
            "Trans-Pacific Partnership", "Keystone XL", "Keystone", "Buffett Rule", "Byrd Rule", "Murray-Ryan"],
    "day": ["Martin Luther King Day", "Presidents Day", "Labor Day", "Memorial Day", "Veterans Day", "Independence Day",
            "Thanksgiving", "Christmas", "Election Day", "Easter", "Passover", "Ramadan", "Columbus Day", "New Year"],
}
ORGS = {
    "org": ["White House", "Congress", "Senate", "House", "Republicans", "Democrats", "Republican Party", "Democratic Party",
            "Taliban", "al Qaeda", "Hamas", "Hezbollah", "Boko Haram", "NATO", "Supreme Court", "Cabinet",
            "Chrysler", "General Motors", "GM", "Twitter", "Facebook", "Google", "Apple", "Reuters", "Wall Street Journal",
            "New York Times", "Washington Post", "Planned Parenthood", "United Nations", "U.N.", "European Union", "IMF",
            "World Bank", "Federal Reserve", "Fed", "G20", "G8", "ISIL", "ISIS", "Islamic State", "AIG", "BP", "Goldman Sachs",
            "Fannie Mae", "Freddie Mac", "Chamber of Commerce", "Tea Party", "Red Cross", "Secret Service", "Coast Guard",
            "Marine Corps", "Army", "Navy", "Air Force", "Joint Chiefs", "National Guard", "AP", "CNN", "Fox", "NBC", "ABC",
            "CBS", "Bloomberg", "Politico", "Lehman Brothers", "Toyota", "Ford Motor", "Verizon", "Muslim Brotherhood",
            "Hill", "Major Economies Forum", "Brookings"],
    "agency": ["Pentagon", "Treasury", "State Department", "Justice Department", "Department of Justice", "Department of Defense",
               "Department of Homeland Security", "Homeland Security", "Department of Energy", "Department of Labor",
               "Department of Education", "Department of Agriculture", "Department of Veterans Affairs", "VA", "FBI", "CIA",
               "NSA", "EPA", "IRS", "FEMA", "CDC", "NIH", "FDA", "SEC", "FAA", "OMB", "Census Bureau", "Social Security",
               "Medicare", "Medicaid", "Office of Management and Budget", "National Security Council", "NSC",
               "Labor Department", "Commerce Department", "Energy Department", "Defense Department", "Interior Department",
               "Department of State", "Department of Commerce", "Department of the Interior", "HHS", "DHS", "DOJ", "USDA",
               "Small Business Administration", "Postal Service", "Office of Personnel Management", "OPM", "GAO", "CBO",
               "Congressional Budget Office", "Federal Reserve Board", "Joint Chiefs of Staff"],
}
STATES = ("Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
          "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
          "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
          "Wisconsin Wyoming").split() + ["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
                                          "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
                                          "Puerto Rico"]
PLACES = ("Chicago Boston Dallas Baltimore Detroit Moscow Cairo Paris London Geneva Tehran Baghdad Mosul Gaza Crimea "
          "Benghazi Guantanamo Flint Newtown Minsk Vienna Lisbon Copenhagen Jerusalem Ramadi Kobani Europe Asia Africa "
          "Kabul Islamabad Beijing Tokyo Seoul Havana Kiev Kyiv Damascus Aleppo Tripoli Brussels Berlin Rome Ottawa "
          "Charleston Ferguson Orlando Denver Phoenix Seattle Atlanta Miami Houston Philadelphia Pittsburgh Cleveland "
          "Milwaukee Tucson Aurora Oakland Honolulu Anchorage Raqqa Fallujah Tikrit Kandahar Helmand Sinjar Donetsk "
          "Caracas Bogota Brasilia Mumbai Delhi Jakarta Manila Hanoi Yangon Rangoon Nairobi Addis Ababa Lagos "
          "Johannesburg Pretoria Davos Cancun Toronto Pyongyang Ankara Istanbul Riyadh Doha Dubai Amman Beirut Sanaa "
          "Aden Juba Khartoum Darfur Mogadishu Dakar Accra Tunis Algiers Rabat Cartagena Panama Lima Santiago Mexico "
          "Athens Warsaw Prague Budapest Bucharest Tallinn Riga Vilnius Oslo Stockholm Helsinki Dublin Edinburgh "
          "Munich Frankfurt Hamburg Sochi Vladivostok Kandahar").split() + [
    "Middle East", "Latin America", "Gulf Coast", "Capitol Hill", "Wall Street", "Main Street", "Pennsylvania Avenue",
    "Gulf of Mexico", "Persian Gulf", "West Bank", "Korean Peninsula", "South China Sea", "Silicon Valley", "Ground Zero",
    "Pearl Harbor", "Grand Canyon", "Oval Office", "Situation Room", "Rose Garden", "East Room", "Air Force One",
    "Los Angeles", "San Francisco", "San Bernardino", "New Orleans", "Las Vegas", "Hong Kong", "Sandy Hook",
    "Puerto Rico", "Northern Ireland", "Great Britain", "Saudi Arabia", "South Africa", "North Korea", "South Korea",
    "Sri Lanka", "New Zealand", "Costa Rica", "El Salvador", "Tel Aviv", "St. Louis", "Joplin", "Tuscaloosa", "Moore",
    "Kansas City", "Salt Lake City", "Oklahoma City", "Fort Worth", "San Antonio", "Capitol", "Martha's Vineyard",
    "Camp Lejeune", "Andrews", "Bagram", "Abbottabad", "Sinai", "Golan Heights", "Strait of Hormuz", "Yellowstone"]
NATIONALITY = set("""American Americans Iranian Iranians Syrian Syrians Russian Russians Iraqi Iraqis Afghan Afghans
Chinese Israeli Israelis Palestinian Palestinians Egyptian Egyptians European Europeans Cuban Cubans Korean Koreans
Ukrainian Ukrainians Japanese Pakistani Pakistanis Libyan Libyans Turkish Turks French British German Germans Mexican
Mexicans Canadian Canadians Saudi Saudis Indian Indians Kurdish Kurds Arab Arabs Muslim Muslims Sunni Sunnis Shia
Shiite Jewish Catholic Christian Christians Yemeni Nigerian Greek Greeks African Asian Brazilian Australian Venezuelan
Colombian Haitian Haitians Somali Sudanese Burmese Indonesian Filipino Vietnamese Italian Spanish Polish Swiss Dutch
Irish Scottish Latino Latinos Hispanic Hispanics Republican Democrat Democratic Democrats Republicans Congressional
Islamic Arabic English Spanish Persian Hebrew Internet Christmas Thanksgiving""".split())
TITLES = ["Mr.", "Ms.", "Mrs.", "Dr.", "Senator", "Sen.", "President", "Secretary", "Speaker", "Leader", "Governor", "General",
          "Admiral", "Chancellor", "Minister", "Congressman", "Congresswoman", "Justice", "Judge", "Mayor", "Ambassador",
          "Director", "Chairman", "Chairwoman", "Sergeant", "Pope", "King", "Queen", "Prince", "Representative", "Leader",
          "Commissioner", "Administrator", "Vice President", "Prime Minister", "Attorney General", "Majority Leader",
          "Minority Leader", "Chief Justice", "Secretary of State", "Secretary of Defense", "Foreign Minister",
          "Crown Prince", "First Lady", "Lieutenant", "Colonel", "Captain", "Staff Sergeant", "Private", "Sheikh", "Emir",
          "Deputy Secretary", "National Security Advisor", "Chief Judge", "Energy Secretary", "Treasury Secretary",
          "Defense Secretary", "Homeland Security Secretary", "State Secretary", "House Speaker", "Senate Majority Leader",
          "Senate Minority Leader", "House Minority Leader", "House Majority Leader", "Republican Leader", "Democratic Leader",
          "Secretary of Energy", "Secretary of the Treasury", "Secretary of Homeland Security", "Secretary-General",
          "Secretary General", "Governor-elect", "President-elect", "then-Senator", "then-President", "former President",
          "Supreme Leader", "Senator-elect", "Vice President-elect", "Press Secretary", "Senators", "Congressmen", "Governors",
          "Presidents", "Secretaries", "Prime Ministers"]
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
FUNC = set("""I I'm I'll I've I'd A An And As At But By For From He He's Her His How If In It It's Its Let Let's My
No Now Of On Or Our She So That That's The Their There There's These They They're This Those To We We're We've We'll
What What's When Where Which Who Why With Yes Yeah You Your Well Look Again Okay OK Sure Thanks Thank Right Go Good
Great All Any Both Can Could Did Do Does Don't Even First Has Have Here Here's Is Just Last Maybe More Most Not One Only
Other Over Some Still Such Then Those Was Were Will Would Also After Before Because Obviously Absolutely Oh Hi Hello Yesterday
Today Tomorrow Next Another Each Every Many Much Should Since Until While Whether Why Once Secondly Second Third Finally
Sorry Correct Exactly Certainly Actually Frankly Clearly Listen See Why Given According Regardless Instead Otherwise
Are Am Again Absent Anyway Ultimately Hopefully Unfortunately Now Mm-hmm Ok""".split())
END = {",", ".", "?", "!"}

TOK = re.compile(r"Mr\.|Mrs\.|Ms\.|Dr\.|St\.|U\.S\.|U\.N\.|D\.C\.|\$\d[\d,.]*|\d+(?:st|nd|rd|th)\b|\d[\d,.:]*%?|[A-Za-z][A-Za-z'-]*|--|[,.?!;:]")


def clean(t):
    """the briefer's or reporter's words with the transcribers' marks taken out; None if unsafe."""
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u2014", " -- ").replace("\u2013", "-").replace("\u2026", "...")
    t = re.sub(r"\((?:Laughter|Laughs|Applause|Inaudible|inaudible|laughter|Crosstalk|Cross talk)[^)]*\)", " ", t)
    if re.search(r"[^\x00-\x7f]|[\"()\[\]/&*#@]|\.\.\.|\bQ\b|\bMR\.|\bMS\.", t):
        return None
    return t


def toks_of(t):
    out = []
    for w in TOK.findall(t):
        if w in (";", ":"):
            w = ","
        if w == "--":
            w = "{disfmarker}"
        if re.fullmatch(r"\$?\d[\d,.]*%?", w) and w[-1] in ",.":
            out.append(w[:-1])
            out.append(w[-1])
            continue
        out.append(w)
    return out


_IDX = {}


def phrase_hits(toks, phrases):
    """(a, b, phrase) of phrases found in toks, longest first, no overlaps."""
    key = id(phrases)
    if key not in _IDX:
        idx = {}
        for p in phrases:
            pw = toks_of(p)
            idx.setdefault(pw[0], []).append((pw, p))
        _IDX[key] = (phrases, idx)
    idx = _IDX[key][1]
    found = []
    for i, t in enumerate(toks):
        for pw, p in idx.get(t, ()):
            if toks[i:i + len(pw)] == pw:
                found.append((i, i + len(pw), p))
    hits, used = [], set()
    for a, b, p in sorted(found, key=lambda h: (-(h[1] - h[0]), h[0])):
        if not used & set(range(a, b)):
            hits.append((a, b, p))
            used |= set(range(a, b))
    return sorted(hits)


def nonperson_kinds():
    """every non-person phrase and its hard-negative kind."""
    nonperson = {}
    for k, ps in list(EPONYMS.items()) + list(ORGS.items()):
        for p in ps:
            nonperson[p] = k
    for p in PLACES + ["Washington"]:
        nonperson.setdefault(p, "place")
    for s in STATES:
        nonperson.setdefault(s, "state")
    cm = "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma Cambodia Canada Chile China Colombia Cuba Cyprus Denmark Egypt Estonia Ethiopia Finland France Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Kazakhstan Kenya Korea Kosovo Kuwait Latvia Lebanon Liberia Libya Lithuania Malaysia Mali Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Senegal Serbia Singapore Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Uganda Ukraine Uzbekistan Venezuela Vietnam Yemen Zimbabwe Georgia Jordan Chad".split()
    for c in cm:
        nonperson.setdefault(c, "country")
    for m in MONTHS:
        nonperson.setdefault(m, "month")
    for d in DAYS:
        nonperson.setdefault(d, "day")
    return nonperson


def main():
    bs = [json.loads(l) for l in open(sys.argv[1])]
    lowc = collections.Counter()
    capc = collections.Counter()
    for b in bs:
        for _, t in b["turns"]:
            for w in re.findall(r"[A-Za-z][A-Za-z'-]*", t):
                if w[0].islower():
                    lowc[w] += 1
                else:
                    capc[w] += 1
    nonperson = nonperson_kinds()
    titles = set(TITLES)

    def lowerish(w):
        return lowc[w.lower()] >= 0.5 * max(1, capc[w]) and w not in PEOPLE

    npl = list(nonperson)
    cands = []
    rng = random.Random("set16/propose")
    for b in bs:
        if "Briefing" not in b["title"] and "Gaggle" not in b["title"]:
            continue
        turns = b["turns"]
        qa = next((i for i, (s, _) in enumerate(turns) if s == "Q"), None)
        if qa is None:
            continue
        for ti in range(max(1, qa - 1), len(turns)):
            spk, raw = turns[ti]
            t = clean(raw)
            if t is None:
                continue
            toks = toks_of(t)
            for si, sidx in enumerate(sentences(toks)):
                if not 4 <= len(sidx) <= 32:
                    continue
                st = [toks[i] for i in sidx]
                if any(re.fullmatch(r"\d{7,}", w.replace(",", "")) for w in st):
                    continue
                # phrases first: non-person phrases, then titles and names
                np_hits = phrase_hits(st, npl)
                covered = {k for a, c, _ in np_hits for k in range(a, c)}
                tit_hits = [h for h in phrase_hits(st, TITLES) if not covered & set(range(h[0], h[1]))]
                tcov = {k for a, c, _ in tit_hits for k in range(a, c)}
                ok = not any(w in ("SENIOR", "OFFICIAL", "ADMINISTRATION", "PRESIDENT", "SECRETARY", "Zip", "zip") for w in st)
                for a, c, _ in tit_hits:
                    if c < len(st) and re.match(r"[A-Z]", st[c]) and (st[c][:-2] if st[c].endswith("'s") else st[c]) not in PEOPLE:
                        ok = False
                names = []
                i = 0
                while i < len(st):
                    w = st[i]
                    base = w[:-2] if w.endswith("'s") else w
                    if i in covered or i in tcov or not re.match(r"[A-Z]", w):
                        i += 1
                        continue
                    start = i == 0 or st[i - 1] in (".", "?", "!")
                    if base in PEOPLE and not (base in WORDNAMES and (start or w in MONTHS and not (i > 0 and st[i - 1] == ","))):
                        j = i
                        while j < len(st) and (st[j][:-2] if st[j].endswith("'s") else st[j]) in PEOPLE and (j == i or not st[j - 1].endswith("'s")) and j not in covered:
                            j += 1
                        names.append((i, j))
                        i = j
                        continue
                    if start and (w in FUNC or lowerish(w)):
                        i += 1
                        continue
                    if w in NATIONALITY or w in FUNC or lowerish(w) or w in ("U.S.", "D.C.", "OK"):
                        i += 1
                        continue
                    ok = False
                    break
                if not ok:
                    continue
                cands.append((b["n"], ti, si, spk, st, names, np_hits, tit_hits))
    print(f"{len(cands)} clean sentences, {sum(1 for c in cands if c[5])} with names", file=sys.stderr)
    json.dump([list(c) for c in cands], open("/tmp/set16-cands.json", "w"))


if __name__ == "__main__":
    main()
