#!/usr/bin/env python3
"""Generate a deterministic benchmark collection of N articles.

    gen.py N DIR [--format md|txt]
    gen.py --html-pages PAGES DIR


Each article has about 1,500 words in realistic structure: a title, a dek,
a byline and a date (YAML front matter in Markdown), then sections with headings, paragraphs of varied
length, a block quote, a bulleted or numbered list, and now and then a
non-ASCII name. The same N gives the same bytes on every run and machine
(a fixed linear congruential generator, not Python's `random`).
DIR receives collection.yaml and articles/; with --format md the articles
are Markdown (## headings, > quotes), with txt they are plain text as
copied from a web page (the same structure without markup).

With --html-pages, DIR/collection.yaml lists every PAGES/*/source.html by
absolute path (a corpus of saved web pages, read where it lies: build or
check it with --allow-outside), in name order, so one `sheaf check` times
the HTML reader over the whole corpus in one process.
"""
import os
import sys

WORDS = (
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her one all we there been if more when will would who so "
    "no she other its into has time two could than first only may people new like years way "
    "many then them these some work city street neighbours library garden bus night room "
    "council budget school shift bread tools ladder committee meeting public place common "
    "ground market square river bridge children teacher nurse driver reader corner table "
    "window light winter summer morning evening together shared small long old open free "
    "quiet warm bright slow careful honest local patient useful ordinary history memory "
    "promise question answer argument agreement vote rule season harvest field story voice"
).split()
NAMES = ["Nguyễn Thị Hoa", "김민준", "Søren Halvorsen", "Zoë Marchetti", "Ayşe Demir",
         "José Álvarez", "Yuri Kochiyama", "Daniel Okafor", "Mai Nguyễn", "Ngozi Adeyemi",
         "Łukasz Wróbel", "Chloé Dubois"]
PLACES = ["café", "naïve", "façade", "résumé", "Zürich", "São Paulo", "Hà Nội"]


class Rng:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF

    def next(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        # the low bits of a power-of-two LCG have tiny periods (bit 0
        # alternates), so `s % 4` never hit 0 where headings are decided
        # and no article had a heading or a list: use the high bits
        return (self.s >> 16) % n


def sentence(r, words=None):
    n = words or 8 + r.next(18)
    ws = [WORDS[r.next(len(WORDS))] for _ in range(n)]
    if r.next(6) == 0:
        ws.insert(r.next(len(ws)), NAMES[r.next(len(NAMES))])
    if r.next(9) == 0:
        ws.insert(r.next(len(ws)), PLACES[r.next(len(PLACES))])
    s = " ".join(ws)
    return s[0].upper() + s[1:] + "."


def para(r):
    return " ".join(sentence(r) for _ in range(3 + r.next(5)))


def title(r, n):
    s = " ".join(WORDS[r.next(len(WORDS))] for _ in range(n))
    return s.title()


def article(i, fmt):
    r = Rng(1000003 * (i + 1))
    out = []
    md = fmt == "md"
    head = title(r, 3 + r.next(4)) + " " + str(i + 1)
    dek = sentence(r, 10)
    author = NAMES[r.next(len(NAMES))]
    date = "%04d-%02d-%02d" % (2020 + r.next(6), 1 + r.next(12), 1 + r.next(28))
    if md:
        # Markdown carries its metadata in front matter, as blogs export it
        # (a "By ..." paragraph would be body text in Markdown)
        out.append('---\ntitle: "%s"\nsubtitle: "%s"\nauthor: "%s"\ndate: %s\n---'
                   % (head, dek, author, date))
    else:
        out += [head, dek, "By " + author, date]
    words = 0
    section = 0
    while words < 1500:
        if words > 0 and r.next(4) == 0 or (words == 0 and section == 0 and False):
            section += 1
            out.append(("## " if md else "") + title(r, 2 + r.next(4)))
        kind = r.next(10)
        if kind == 0:
            q = para(r)
            out.append(("> " if md else "") + "\u201c" + q + "\u201d")
            words += len(q.split())
        elif kind == 1:
            ordered = r.next(2) == 0
            items = []
            for k in range(3 + r.next(4)):
                s = sentence(r)
                words += len(s.split())
                items.append(("%d. " % (k + 1) if ordered else "- ") + s)
            out.append("\n".join(items))
        else:
            p = para(r)
            words += len(p.split())
            out.append(p)
    return "\n\n".join(out) + "\n"


def html_pages(pages, d):
    pages = os.path.abspath(pages)
    found = sorted(os.path.join(pages, e, "source.html") for e in os.listdir(pages)
                   if os.path.isfile(os.path.join(pages, e, "source.html")))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "collection.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Saved Web Pages\nlanguage: en\ndate: 2026-01-01\narticles:\n")
        for p in found:
            f.write("  - \"%s\"\n" % p.replace("\\", "\\\\").replace('"', '\\"'))
    print(len(found))


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--html-pages":
        html_pages(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n, d = int(sys.argv[1]), sys.argv[2]
    fmt = "md"
    if "--format" in sys.argv:
        fmt = sys.argv[sys.argv.index("--format") + 1]
    os.makedirs(os.path.join(d, "articles"), exist_ok=True)
    names = []
    for i in range(n):
        name = "articles/a%04d.%s" % (i + 1, fmt)
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(article(i, fmt))
        names.append(name)
    with open(os.path.join(d, "collection.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Benchmark of %d Articles\nlanguage: en\ndate: 2026-01-01\n" % n)
        f.write("editor: Mai Nguyễn\n")
        per = max(1, n // 4)
        f.write("parts:\n")
        for p in range(0, n, per):
            f.write("  - title: Part %d\n    articles:\n" % (p // per + 1))
            for name in names[p:p + per]:
                f.write("      - %s\n" % name)


if __name__ == "__main__":
    main()
