#!/usr/bin/env python3
"""Held-out check of sheaf's text reader on real copied web text.

usage: check_text.py SHEAF [NAME...]   (default: every $TXT/*.txt, made by
render_text.py; V=N prints N kept and lost lines per page)

Expected facts come from the readability corpus: expected-metadata.json
(title, byline, publishedTime) and expected.html (headings, paragraphs).
Per page: T/t title right (the whole title or its part before a " | "
site suffix), A/a authors right, D/d date right, F/f L/l first and last
paragraph right, H found/expected headings, kept = body blocks that are
not in expected.html (chrome kept), lost = expected paragraphs missing.
Not run by ctest: it needs Chromium's output and the shared corpus.
"""
import html.parser, json, os, re, subprocess, sys, unicodedata
PAGES = os.environ.get("PAGES", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/corpus/html/readability/pages"))
TXT = os.environ.get("TXT", "/tmp/webtext/txt")

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00ab", '"'),
                 ("\u00bb", '"'), ("\u2013", "-"), ("\u2014", "-"), ("\u2026", "..."),
                 ("\u00ad", ""), ("\u200b", "")):
        s = s.replace(a, b)
    s = re.sub(r"\s+", " ", s).strip().lower()
    return s

class Exp(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.heads, self.paras, self.text = [], [], []
        self.cur = None; self.tag = None; self.depth = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "p") and self.cur is None:
            self.cur, self.tag = [], tag
        if tag in ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "figcaption", "blockquote", "pre"):
            self.text.append("\n")
    def handle_endtag(self, tag):
        if tag == self.tag and self.cur is not None:
            t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
            if t:
                (self.paras if tag == "p" else self.heads).append(t)
            self.cur = self.tag = None
        if tag in ("p", "div", "li", "td", "tr", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.text.append("\n")
    def handle_data(self, d):
        if self.cur is not None:
            self.cur.append(d)
        self.text.append(d)

def strip_by(s):
    s = re.sub(r"^\s*(by|par|por|written by|von)\s+", "", s.strip(), flags=re.I)
    return s

def title_ok(got, want):
    g = norm(got)
    if not g or not want:
        return False
    w = norm(want)
    if g == w:
        return True
    parts = re.split(r"\s+(?:\||-|::|_|·)\s+", w)
    return g in parts or (len(g) > 15 and w.startswith(g))

def run(sheaf, mode, path):
    p = subprocess.run([sheaf, "inspect", mode, path], capture_output=True, timeout=60)
    return p.stdout.decode("utf-8", "replace")

def tree_blocks(tree):
    """(kind, text) of the block nodes of a --tree dump."""
    out, cur = [], None
    for line in tree.split("\n"):
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        name, _, rest = line.strip().partition(" ")
        if cur is not None and depth <= cur[0]:
            out.append((cur[1], cur[2])); cur = None
        if name in ("paragraph", "heading") and cur is None:
            cur = [depth, name, ""]
        elif name == "text" and cur is not None:
            try:
                cur[2] += json.loads(rest)
            except Exception:
                pass
    if cur is not None:
        out.append((cur[1], cur[2]))
    return out

def main():
    sheaf = sys.argv[1]
    names = sys.argv[2:] or sorted(f[:-4] for f in os.listdir(TXT) if f.endswith(".txt"))
    tot = {"title": [0, 0], "authors": [0, 0], "date": [0, 0], "headings": [0, 0],
           "first": [0, 0], "last": [0, 0], "chrome": 0, "lost": 0}
    verbose = os.environ.get("V")
    for name in names:
        path = os.path.join(TXT, name + ".txt")
        meta = json.load(open(os.path.join(PAGES, name, "expected-metadata.json")))
        e = Exp(); e.feed(open(os.path.join(PAGES, name, "expected.html"), encoding="utf-8").read())
        exp_text = norm("".join(e.text))
        j = json.loads(run(sheaf, "--json", path))
        blocks = tree_blocks(run(sheaf, "--tree", path))
        paras = [t for k, t in blocks if k == "paragraph"]
        marks = []
        # title
        ok = title_ok(j.get("title"), meta.get("title"))
        tot["title"][0] += ok; tot["title"][1] += 1
        marks.append("T" if ok else "t")
        # authors
        by = meta.get("byline")
        if by:
            by = norm(strip_by(by))
            got = [norm(a) for a in j.get("authors") or []]
            ok = bool(got) and all(a in by for a in got) and any(by.startswith(a[:max(4, len(a)//2)]) or a in by for a in got)
            tot["authors"][0] += ok; tot["authors"][1] += 1
            marks.append("A" if ok else "a")
        else:
            marks.append("-")
        # date
        pt = meta.get("publishedTime")
        if pt:
            ok = (j.get("date") or "")[:10] == pt[:10]
            tot["date"][0] += ok; tot["date"][1] += 1
            marks.append("D" if ok else "d")
        else:
            marks.append("-")
        # headings (h2..h6 of expected.html; h1 is usually the title)
        outline = {norm(h["text"]) for h in j.get("outline", [])}
        want_h = [h for h in e.heads if norm(h) != norm(j.get("title") or "")]
        found = sum(1 for h in want_h if norm(h) in outline)
        tot["headings"][0] += found; tot["headings"][1] += len(want_h)
        # first/last paragraph
        eparas = [p for p in e.paras if len(p) >= 20]
        fok = lok = False
        if eparas and paras:
            fok = norm(paras[0]).startswith(norm(eparas[0])[:40])
            lok = norm(paras[-1]).endswith(norm(eparas[-1])[-40:])
        tot["first"][0] += fok; tot["first"][1] += 1
        tot["last"][0] += lok; tot["last"][1] += 1
        marks.append("F" if fok else "f"); marks.append("L" if lok else "l")
        # chrome kept: body blocks not in the expected text
        kept = [t for k, t in blocks if norm(t) and norm(t) not in exp_text
                and norm(t) != norm(j.get("title") or "")]
        # lost: expected paragraphs not in the output body
        body = norm(" ".join(t for k, t in blocks))
        lost = [p for p in eparas if norm(p)[:60] not in body]
        tot["chrome"] += len(kept); tot["lost"] += len(lost)
        print("%-22s %s H%d/%d kept=%-3d lost=%-3d | %s | %s | %s" % (
            name, "".join(marks), found, len(want_h), len(kept), len(lost),
            (j.get("title") or "")[:40], ",".join(j.get("authors") or [])[:30], j.get("date")))
        if verbose:
            print("   want title=%r by=%r date=%r" % (meta.get("title"), meta.get("byline"), pt))
            if eparas and paras:
                if not fok: print("   first want %r\n         got  %r" % (eparas[0][:70], paras[0][:70]))
                if not lok: print("   last  want %r\n         got  %r" % (eparas[-1][-70:], paras[-1][-70:]))
            for h in want_h:
                if norm(h) not in outline: print("   heading missing %r" % h[:60])
            for t in kept[:int(verbose)]: print("   kept %r" % t[:80])
            for t in lost[:int(verbose)]: print("   lost %r" % t[:80])
    print("TOTAL pages=%d title=%d/%d authors=%d/%d date=%d/%d headings=%d/%d first=%d/%d last=%d/%d chrome_kept=%d lost=%d" % (
        len(names), *tot["title"], *tot["authors"], *tot["date"], *tot["headings"],
        *tot["first"], *tot["last"], tot["chrome"], tot["lost"]))

main()
