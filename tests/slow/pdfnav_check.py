#!/usr/bin/env python3
"""Reads a built book PDF back and checks its navigation (pdf_nav_*.sh).

usage: pdfnav_check.py PDF EXPECT_OUTLINE [--top-level FILE]
                       [--table-header WORD --table-row WORD]

EXPECT_OUTLINE is a file with one outline entry a line, indented two
spaces a level. Checks: the outline tree equals it (first level open);
page labels are lower roman from page 1 and decimal from 1 where the body
starts, and every folio printed at a page's foot equals its label; every
link annotation has a URI or a destination on a page of the document;
every contents entry's printed number is the label of the page its link
points to, and that page's text holds the entry's title; optionally every
page holding a table row also holds the table's header word.
Prints "FAIL: ..." lines and exits 1 on any failure.
"""
import json, re, subprocess, sys, html

fails = []
def bad(msg):
    fails.append(msg)
    print("FAIL:", msg)

def roman(n):
    out = ""
    for v, s in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                 (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += s
            n -= v
    return out

pdf, expect = sys.argv[1], sys.argv[2]
opts = sys.argv[3:]
j = json.loads(subprocess.run(["qpdf", "--json=2", pdf], check=True, capture_output=True,
                              text=True).stdout)
objs = {k[4:]: v.get("value") for k, v in j["qpdf"][1].items() if k.startswith("obj:")}
pages = [p["object"] for p in j["pages"]]
page_index = {o: i for i, o in enumerate(pages)}
npages = len(pages)

# ---- page labels
labels = [None] * npages
ranges = sorted(j.get("pagelabels", []), key=lambda r: r["index"])
for r_i, r in enumerate(ranges):
    end = ranges[r_i + 1]["index"] if r_i + 1 < len(ranges) else npages
    for p in range(r["index"], end):
        n = r["label"].get("/St", 1) + p - r["index"]
        labels[p] = roman(n) if r["label"].get("/S") == "/r" else str(n)
if not ranges or ranges[0]["index"] != 0 or ranges[0]["label"].get("/S") != "/r":
    bad("page labels do not start in lower roman at the first page")
dec = [r for r in ranges if r["label"].get("/S") == "/D"]
if len(dec) != 1 or dec[0]["label"].get("/St", 1) != 1:
    bad("expected one decimal range starting at 1, got %r" % ranges)
body0 = dec[0]["index"] if dec else npages
if body0 % 2:
    bad("the body starts on physical page %d (a verso)" % (body0 + 1))

def page_text(p):
    return subprocess.run(["pdftotext", "-layout", "-f", str(p + 1), "-l", str(p + 1), pdf, "-"],
                          check=True, capture_output=True, text=True).stdout

texts = [page_text(p) for p in range(npages)]
folios = 0
for p, t in enumerate(texts):
    lines = [l.strip() for l in t.splitlines() if l.strip()]
    if not lines:
        continue
    last = lines[-1]
    if re.fullmatch(r"[0-9]+|[ivxlcdm]+", last):
        folios += p >= body0
        if last != labels[p]:
            bad("page %d prints folio %s but its label is %s" % (p + 1, last, labels[p]))
# (the front matter's cover, title page and colophon print none: in a
# small book they outnumber the rest, so the body pages are counted)
if folios < (npages - body0) // 2:
    bad("only %d of %d body pages print a folio" % (folios, npages - body0))

# ---- link annotations
def dest_page(d):
    if isinstance(d, str) and d.endswith(" R"):
        d = objs.get(d[:-0] if False else d)
    if isinstance(d, list) and d and isinstance(d[0], str):
        return page_index.get(d[0])
    return None

links = {}  # page -> [(rect, target page or None, uri)]
for p, po in enumerate(pages):
    annots = objs[po].get("/Annots", [])
    if isinstance(annots, str):
        annots = objs.get(annots, [])
    for a in annots:
        av = objs.get(a, {}) if isinstance(a, str) else a
        if av.get("/Subtype") != "/Link":
            continue
        uri, tgt = None, None
        if "/Dest" in av:
            tgt = dest_page(av["/Dest"])
            if tgt is None:
                bad("page %d: link %s has a destination on no page" % (p + 1, a))
        elif "/A" in av:
            act = objs.get(av["/A"], {}) if isinstance(av["/A"], str) else av["/A"]
            uri = act.get("/URI")
            if not uri:
                bad("page %d: link %s has neither a destination nor a URI" % (p + 1, a))
        else:
            bad("page %d: link %s goes nowhere" % (p + 1, a))
        links.setdefault(p, []).append((av["/Rect"], tgt, uri))
n_internal = sum(1 for v in links.values() for _, t, _ in v if t is not None)
n_uri = sum(1 for v in links.values() for _, _, u in v if u)
print("links: %d internal, %d URI" % (n_internal, n_uri))

# ---- outlines
got = []
def walk(items, depth):
    for o in items:
        got.append("  " * depth + o["title"])
        if depth == 0 and o["kids"] and not o["open"]:
            bad("outline entry %r is closed at the first level" % o["title"])
        if depth > 0 and o["kids"] and o["open"]:
            bad("outline entry %r is open below the first level" % o["title"])
        if o.get("destpageposfrom1") is None:
            bad("outline entry %r has no page" % o["title"])
        walk(o["kids"], depth + 1)
walk(j.get("outlines", []), 0)
want = [l.rstrip("\n") for l in open(expect, encoding="utf-8") if l.strip()]
if "--top-level" in opts:
    # only the first level is given
    got = [g for g in got if not g.startswith(" ")]
    want = [l.rstrip("\n") for l in open(opts[opts.index("--top-level") + 1], encoding="utf-8")
            if l.strip()]
if got != want:
    bad("outline differs:\n  got  %r\n  want %r" % (got, want))

# ---- contents: the pages between the title page and the body
def norm(s):
    return re.sub(r"\s+", " ", s).strip()

toc_pages = [p for p in range(body0) if texts[p].lstrip().startswith("Contents")]
if not toc_pages:
    bad("no contents page")
entries = 0
H = None
for p in toc_pages:
    x = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(p + 1), "-l", str(p + 1), pdf,
                        "-"], check=True, capture_output=True, text=True).stdout
    m = re.search(r'<page width="([0-9.]+)" height="([0-9.]+)"', x)
    H = float(m.group(2))
    words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
             re.findall(r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" '
                        r'yMax="([0-9.]+)">([^<]*)</word>', x)]
    # in PDF coordinates (y up)
    words = [(x0, H - y1, x1, H - y0, t) for x0, y0, x1, y1, t in words]
    rects = links.get(p, [])
    right = max((r[2] for r, _, _ in rects), default=0)
    for r, tp, _ in rects:
        if r[2] < right - 0.5:
            continue  # a title's own link area; the number's reaches the right edge
        inside = [w for w in words if r[0] <= (w[0] + w[2]) / 2 <= r[2] and
                  r[1] <= (w[1] + w[3]) / 2 <= r[3] and w[4] != "."]
        if not inside:
            continue
        num = max(inside, key=lambda w: w[0])[4]
        mid = (r[1] + r[3]) / 2
        title = norm(" ".join(w[4] for w in sorted(words, key=lambda w: w[0])
                              if w[2] <= r[0] + 1 and w[1] <= mid <= w[3] and w[4] != "."))
        entries += 1
        if tp is None:
            bad("contents entry %r: page number is not an internal link" % title)
            continue
        if labels[tp] != num:
            bad("contents entry %r prints %s but links to page labelled %s" % (title, num,
                                                                              labels[tp]))
        if title not in norm(texts[tp]):
            bad("contents entry %r: title not found on page %s" % (title, labels[tp]))
if entries == 0:
    bad("no contents entries found")
print("contents entries: %d; pages: %d; body from physical page %d" % (entries, npages,
                                                                       body0 + 1))

# ---- long tables repeat their header
if "--table-header" in opts:
    hw = opts[opts.index("--table-header") + 1]
    rw = opts[opts.index("--table-row") + 1]
    with_rows = [p for p in range(npages) if rw in texts[p]]
    if len(with_rows) < 2:
        bad("the table does not cross a page break (pages %r)" % with_rows)
    for p in with_rows:
        if hw not in texts[p]:
            bad("page %s holds table rows but not the header %r" % (labels[p], hw))

sys.exit(1 if fails else 0)
