#!/usr/bin/env python3
"""Score a PDF with pdf-typo-score and judge it against issue 6's targets.

    typo.py SCORER PDF row [LABEL] -> one Markdown table row (bench/run.sh)
    typo.py SCORER PDF check    -> every target; exit 1 on a miss

Targets, on the scorer's own figures (spacing against the natural space):
mean <= 1.10, sd <= 0.20, <= 1.5% of lines over 1.5x, none over 2x, longest
hyphen run <= 2, and no ragged or overfull line, orphan, widow or stranded
heading.

One more figure is ours: lines that really pass the text block's right
edge (per page parity, at the scorer's 1 pt tolerance). The scorer may
also call a line overfull against an inset edge it inferred (a run of
indented lines, such as a list of one-line items of similar length, that
it takes for a narrower block): the row shows both, the check holds the
scorer's count.
"""
import json
from collections import Counter
import re
import subprocess
import sys

LINE = re.compile(r"^p(\d+)\s+body\s.*?x1=\s*([-\d.]+)\s.*?par=(-?\d+)\s+(.*)$")


def score(scorer, pdf):
    p = subprocess.run([sys.executable, scorer, "--debug", "--json", pdf],
                       capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0:
        sys.exit("typo.py: pdf-typo-score failed on %s:\n%s" % (pdf, p.stderr[-2000:]))
    res = json.loads(p.stdout.strip().splitlines()[-1])
    x1s = []  # (page, x1, text)
    for l in p.stderr.splitlines():
        m = LINE.match(l)
        if m:
            x1s.append((int(m.group(1)), float(m.group(2)), m.group(4)))
    right = {}
    for par in (0, 1):
        xs = Counter(round(x1 * 2) / 2 for pg, x1, _ in x1s if pg % 2 == par)
        right[par] = xs.most_common(1)[0][0] if xs else 0
    res["past_right_edge"] = ["p%d: %s" % (pg, t[:50]) for pg, x1, t in x1s
                              if x1 > right[pg % 2] + 1]
    return res


def checks(res):
    n, h = res["spacing_vs_natural"], res["hyphenation"]
    return [
        ("spacing vs natural mean <= 1.10", n["mean"] is not None and n["mean"] <= 1.10, n["mean"]),
        ("spacing vs natural sd <= 0.20", n["sd"] is not None and n["sd"] <= 0.20, n["sd"]),
        ("lines over 1.5x <= 1.5%", n["gt1.5"] is not None and n["gt1.5"] <= 0.015, n["gt1.5"]),
        ("no line over 2x", n["gt2.0"] == 0, n["gt2.0"]),
        ("longest hyphen run <= 2", h["longest_run"] <= 2, h["longest_run"]),
        ("no line past the text block's right edge", not res["past_right_edge"],
         res["past_right_edge"][:5]),
        ("no overfull line", res["overfull"]["n"] == 0, res["overfull"]),
        ("no ragged line", res["ragged"]["n"] == 0, res["ragged"]),
        ("no orphan", res["orphans"] == 0, res.get("_orphans")),
        ("no widow", res["widows"] == 0, res.get("_widows")),
        ("no stranded heading", res["stranded_headings"] == 0, res["stranded_headings"]),
        ("body text was found", res["nonfinal_lines"] >= 50, res["nonfinal_lines"]),
        ("justified", res["justified"], res["justified"]),
    ]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    scorer, pdf, mode = sys.argv[1:4]
    res = score(scorer, pdf)
    n, h = res["spacing_vs_natural"], res["hyphenation"]
    if mode == "row":
        pc = lambda x: "-" if x is None else "%.2f%%" % (100 * x)
        print("| %s | %d | %d | %s | %s | %s | %s | %s | %d | %s | %s | %d | %d | %d | %d |" % (
            sys.argv[4] if len(sys.argv) > 4 else pdf.rsplit("/", 1)[-1], res["pages"], res["body_lines"], n["mean"], n["sd"],
            pc(n["gt1.5"]), pc(n["gt2.0"]), pc(n["lt0.8"]), res["ragged"]["n"],
            "%d (%d past the edge)" % (res["overfull"]["n"], len(res["past_right_edge"])),
            pc(h["share"]), h["longest_run"], res["orphans"], res["widows"],
            res["stranded_headings"]))
        return
    bad = 0
    for what, ok, got in checks(res):
        if not ok:
            print("FAIL: %s: %s (got %s)" % (pdf, what, got))
            bad = 1
    print("%s: %d body lines, mean %s sd %s, >1.5x %s, >2x %s, ragged %d, overfull %d, "
          "hyphen run %d, orphans %d, widows %d, stranded %d" % (
              pdf, res["body_lines"], n["mean"], n["sd"], n["gt1.5"], n["gt2.0"],
              res["ragged"]["n"], res["overfull"]["n"], h["longest_run"], res["orphans"],
              res["widows"], res["stranded_headings"]))
    sys.exit(bad)


if __name__ == "__main__":
    main()
