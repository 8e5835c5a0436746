"""Read the Obama White House press briefings (RIstiaque/Country-Counting-from-Press-Briefings,
a copy of whitehouse.gov's briefing-room pages) at a fixed commit and write one JSON line per
briefing: its number, title, original whitehouse.gov path and its turns [(speaker, text)].

    python3 compose/extract.py [-src /work/.mirror] > /tmp/set16-briefings.jsonl
"""
import ast
import html
import json
import re
import subprocess
import sys

REPO = "RIstiaque+Country-Counting-from-Press-Briefings/repo"
COMMIT = "a6d2e60"


def git(src, *args):
    return subprocess.run(["git", "-C", f"{src}/{REPO}", *args], capture_output=True, check=True).stdout


def text_of(raw):
    """the page body's text, one paragraph or line a line."""
    s = raw.decode("utf-8", "replace")
    title = re.search(r"<h1>(.*?)</h1>", s, re.S)
    title = html.unescape(re.sub(r"<[^>]+>", "", title.group(1))).strip() if title else ""
    body = s[s.index("\n") + 1:] if "\n" in s else ""
    if body.startswith("b'") or body.startswith('b"'):
        try:
            body = ast.literal_eval(body.strip()).decode("utf-8", "replace")
        except (ValueError, SyntaxError):
            return title, []
    body = re.sub(r"<br\s*/?>|</p>|</div>", "\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    body = html.unescape(body).replace("\xa0", " ")
    lines = [re.sub(r"\s+", " ", l).strip() for l in body.split("\n")]
    return title, [l for l in lines if l]


SPK = re.compile(r"^(Q|(?:MR|MS|MRS|DR)\.? [A-Z][A-Z' -]+|THE PRESIDENT|THE VICE PRESIDENT|SECRETARY [A-Z][A-Z' -]+|GENERAL [A-Z][A-Z' -]+|ADMIRAL [A-Z][A-Z' -]+|AMBASSADOR [A-Z][A-Z' -]+)(?::|\s{1,}(?=[A-Z(]))\s*(.*)$")


def turns_of(lines):
    turns = []
    for l in lines:
        m = SPK.match(l)
        if m and (m.group(1) != "Q" or l.startswith("Q ")):
            turns.append([m.group(1), m.group(2).strip()])
        elif turns:
            turns[-1][1] += " " + l
    return turns


def urls(src):
    """the whitehouse.gov paths of the briefings in the order getBriefings.py numbered them."""
    names = sorted((n for n in git(src, "ls-tree", "--name-only", COMMIT, "indexPages/").decode().split() if n.endswith(".html")),
                   key=lambda n: int(re.search(r"(\d+)\.html", n).group(1)))
    out = []
    for n in names:
        s = git(src, "show", f"{COMMIT}:{n}").decode("utf-8", "replace")
        i = s.find('<div class="view-content">')
        if i < 0:
            continue
        j = s.find('<ul class="pager', i)
        seen = []
        for h in re.findall(r'href="\.\./(the-press-office/[^"#]+)"', s[i:j if j > 0 else None]):
            if h not in seen:
                seen.append(h)
        out.extend(seen)
    return out


def main():
    src = sys.argv[sys.argv.index("-src") + 1] if "-src" in sys.argv else "/work/.mirror"
    paths = urls(src)
    names = git(src, "ls-tree", "--name-only", COMMIT, "pressBriefings/").decode().split()
    nums = sorted(int(re.search(r"(\d+)\.html", n).group(1)) for n in names)
    for k in nums:
        title, lines = text_of(git(src, "show", f"{COMMIT}:pressBriefings/{k}.html"))
        url = paths[k] if k < len(paths) else ""
        print(json.dumps({"n": k, "title": title, "path": url, "turns": turns_of(lines)}))


main()
