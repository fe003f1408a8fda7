#!/bin/bash
# Centred display lines (an epigraph, a dedication, "THE END") from a web
# page, a Markdown file's HTML and a Project Gutenberg book: the EPUB sets
# them in <p class="center">, the PDF in the middle of the measure, and a
# Gutenberg book's transcriber's notes are in neither. The EPUB passes
# epubcheck, the PDF qpdf --check, and pdftotext reads the lines back.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
T="${SHEAF_TEST_TMP:-/tmp/sheaf-centred}"
rm -rf "$T"
mkdir -p "$T/c/articles"
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }
has() { grep -qF -- "$2" "$1" && check ok || check no "$1 lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && check no "$1 has: $2" || check ok; }
. tests/slow/lib/books.sh

cat > "$T/c/collection.yaml" <<'YAML'
title: Display Lines
language: en
date: 2026-01-01
articles:
  - articles/road.html
  - articles/keeper.txt
YAML
cat > "$T/c/articles/road.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Long Road</title>
<meta name="author" content="Ann Lee"></head>
<body><article><h1>The Long Road</h1>
<p style="text-align: center"><em>For my mother, who walked it first.</em></p>
<p>It was a long road, and the walking of it took the better part of a year. We set out in
the spring, when the fields were still brown and the ditches ran full with the melt from the
hills above the town, and we did not stop until the leaves had turned.</p>
<p>Nobody had told us how far it was. Our father said a month; our uncle said two; the map on
the wall of the post office said nothing at all, since it ended at the river.</p>
<center>THE END</center>
</article></body></html>
HTML
cat > "$T/c/articles/keeper.txt" <<'TXT'
The Project Gutenberg eBook of The Lantern Keeper

Title: The Lantern Keeper

Author: Ada Finch

*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***

Transcriber's Note: Italic text is enclosed in _underscores_.




                        TO MY FATHER, WHO KEPT THE LIGHT




It was late in the autumn when the keeper climbed the stair for the
last time, and the lamp burned _low_ in its glass.

He set down the oil can and looked out over the grey water, where the
boats came home one by one.

                                 FINIS

*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***
TXT

"$SHEAF" build "$T/c" -o "$T/out" > "$T/build.out" 2>&1
[ $? -eq 0 ] && check ok || { check no "build failed"; cat "$T/build.out"; }
epub="$T/out/c.epub"
pdf="$T/out/c.pdf"
[ -f "$epub" ] && [ -f "$pdf" ] && check ok || { check no "no books written"; ls "$T/out"; }

if [ -f "$epub" ]; then
    mkdir -p "$T/x" && (cd "$T/x" && unzip -q "$epub")
    road=$(grep -l 'The Long Road</h1>' "$T"/x/EPUB/*.xhtml | head -1)
    keeper=$(grep -l 'The Lantern Keeper</h1>' "$T"/x/EPUB/*.xhtml | head -1)
    has "$road" '<p class="center"><em>For my mother, who walked it first.</em></p>'
    has "$road" '<p class="center">THE END</p>'
    has "$keeper" '<p class="center">TO MY FATHER, WHO KEPT THE LIGHT</p>'
    has "$keeper" '<p class="center">FINIS</p>'
    has "$keeper" 'burned <em>low</em>'
    hasnt "$keeper" 'Transcriber'
    has "$T/x/EPUB/style.css" 'p.center {'
    validate_epub "$epub" "$T"
fi

if [ -f "$pdf" ]; then
    validate_pdf "$pdf" "$T"
    if command -v pdftotext > /dev/null; then
        pdftotext -bbox-layout "$pdf" "$T/bbox.html" 2> "$T/pdftotext.err"
        [ -s "$T/pdftotext.err" ] && check no "pdftotext warned" || check ok
        pdftotext "$pdf" "$T/pdf.txt"
        hasnt "$T/pdf.txt" 'Transcriber'
        # each display line's middle is the measure's (a justified line's
        # ends), and it stands well in from both edges
        python3 - "$T/bbox.html" <<'PY' && check ok || check no "PDF: display lines not centred"
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
lines = []
for m in re.finditer(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>', src, re.S):
    words = re.findall(r'>([^<]*)</word>', m.group(3))
    lines.append((float(m.group(1)), float(m.group(2)), " ".join(words)))
def line(start):
    hits = [l for l in lines if l[2].startswith(start)]
    assert hits, start
    return hits[0]
full = line("It was a long road")
mid = (full[0] + full[1]) / 2
for start in ("For my mother", "THE END", "TO MY FATHER", "FINIS"):
    l = line(start)
    assert abs((l[0] + l[1]) / 2 - mid) < 1.5, (start, l, mid)
    assert l[0] > full[0] + 20 and l[1] < full[1] - 20, (start, l, full)
PY
    else
        echo "note: pdftotext not installed; PDF text not read"
    fi
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
