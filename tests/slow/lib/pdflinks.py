#!/usr/bin/env python3
"""Lists the internal links of a PDF with where they lead (html_struct.sh).

usage: pdflinks.py PDF
Prints one line per link annotation with a destination in the document:
    <link words> -> <words of the line at the destination>
The link's words are those pdftotext -bbox places inside its rectangle;
the destination's are the words of the first text line whose middle is
below the destination's top on its page.
"""
import re, subprocess, sys, html

pdf = sys.argv[1]
import json
j = json.loads(subprocess.run(["qpdf", "--json=2", pdf], check=True, capture_output=True,
                              text=True).stdout)
objs = {k[4:]: v.get("value") for k, v in j["qpdf"][1].items() if k.startswith("obj:")}
pages = [p["object"] for p in j["pages"]]
page_index = {o: i for i, o in enumerate(pages)}

bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True,
                      text=True).stdout
words = []  # per page: (xmin, ymin, xmax, ymax, word), top-down coordinates
heights = []
for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S):
    heights.append(float(m.group(2)))
    ws = []
    for w in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
                         m.group(3)):
        ws.append((float(w.group(1)), float(w.group(2)), float(w.group(3)), float(w.group(4)),
                   html.unescape(w.group(5))))
    words.append(ws)

def val(x):
    return objs.get(x) if isinstance(x, str) and x.endswith(" R") else x

for p, po in enumerate(pages):
    for a in val(objs[po].get("/Annots", [])) or []:
        av = val(a)
        if av.get("/Subtype") != "/Link" or "/Dest" not in av:
            continue
        d = val(av["/Dest"])
        if not isinstance(d, list) or d[0] not in page_index:
            print("(no page) -> ?")
            continue
        tp = page_index[d[0]]
        top = d[3] if len(d) > 3 and isinstance(d[3], (int, float)) else heights[tp]
        x0, y0, x1, y1 = av["/Rect"]
        H = heights[p]
        def cy(w):
            return (w[1] + w[3]) / 2
        inside = [w[4] for w in words[p] if w[0] < x1 - 0.5 and w[2] > x0 + 0.5
                  and y0 <= H - cy(w) <= y1]
        Ht = heights[tp]
        below = sorted((w for w in words[tp] if cy(w) >= Ht - top), key=lambda w: (w[1], w[0]))
        line = [w[4] for w in below if abs(w[1] - below[0][1]) < 2]
        print("%s -> %s" % (" ".join(inside), " ".join(line)))
