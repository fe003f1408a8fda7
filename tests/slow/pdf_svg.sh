#!/bin/bash
# SVG drawings in a book: a saved page whose chart is an SVG file in its
# NAME_files folder, and a Markdown article showing the same drawing and an
# empty placeholder drawing. The EPUB carries the chart once, as a PNG drawn
# at twice its size and shown at its own width (no SVG, which a drawing from
# the web could make fail epubcheck), and passes epubcheck; the placeholder
# becomes its alt text with one warning at its line. The PDF passes qpdf
# --check, holds the chart drawn at 300 dpi for its printed size, gives the
# text back, and its page shows the chart's red and blue bars.
set -u
. "$(dirname "$0")/lib/epub.sh"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-svg}
for tool in qpdf pdfimages pdftoppm pdftotext unzip python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
rm -rf "$T" && mkdir -p "$T/book/chart_files"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
export SOURCE_DATE_EPOCH=1767225600

cat >"$T/book/chart_files/bars.svg" <<'SVG'
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240" viewBox="0 0 480 240">
  <rect width="480" height="240" fill="#ffffff"/>
  <rect x="40" y="60" width="160" height="170" fill="#e00000"/>
  <rect x="280" y="20" width="160" height="210" fill="#0000e0"/>
</svg>
SVG
printf '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"/>\n' >"$T/book/blank.svg"
cat >"$T/book/chart.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><title>Rainfall in the Valley</title></head><body>
<article><h1>Rainfall in the Valley</h1>
<p>The valley had more rain this year than in any year since records began, and the farmers
who depend on the river were glad of it after three dry summers in a row.</p>
<figure><img src="img/bars.svg" alt="Bars of spring and summer rain"
  width="480" height="240"><figcaption>Spring and summer rain.</figcaption></figure>
<p>Most of the rain fell in the spring, when the crops need it most, and the river stayed
high well into the summer for the first time in years.</p>
</article></body></html>
HTML
cat >"$T/book/notes.md" <<'MD'
---
title: Notes on the Chart
---

The same chart again, from a Markdown article:

![Bars of spring and summer rain](chart_files/bars.svg)

And a placeholder that draws nothing:

![A placeholder](blank.svg)
MD
printf 'title: Drawings\nlanguage: en\narticles: [ chart.html, notes.md ]\n' >"$T/book/collection.yaml"
"$SHEAF" build -o "$T/out" "$T/book" 2>"$T/err" || { echo "FAIL: build"; cat "$T/err"; exit 1; }
# the placeholder: one warning at its line (both books find it empty, in
# the same words, and it is printed once)
[ "$(grep -c 'notes.md:11:1: warning: image [^ ]*blank.svg not usable (the SVG drawing draws nothing)' \
    "$T/err")" = 1 ] || bad "not one warning at the placeholder's line: $(cat "$T/err")"
grep -v 'blank.svg\|^ ' "$T/err" | grep -q . && bad "other warnings: $(cat "$T/err")"

epub="$T/out/book.epub"
unzip -l "$epub" >"$T/list"
# (the drawn cover is the book's own SVG, not the page's)
grep -i '\.svg' "$T/list" | grep -qv 'images/cover\.svg' && bad "an SVG is in the EPUB"
[ "$(grep -c 'EPUB/images/img-.*\.png' "$T/list")" = 1 ] || bad "the chart is not one PNG"
png=$(grep -o 'EPUB/images/img-[0-9]*\.png' "$T/list")
unzip -p "$epub" "$png" >"$T/chart.png"
python3 - "$T/chart.png" <<'PY' || bad "the EPUB's chart is not 960 x 480"
import struct, sys
d = open(sys.argv[1], "rb").read()
sys.exit(struct.unpack(">II", d[16:24]) != (960, 480))
PY
unzip -p "$epub" 'EPUB/*.xhtml' | grep -q "<img src=\"images/img-[0-9]*.png\" alt=\"Bars of spring and summer rain\" width=\"480\"/>" ||
    bad "the chart's img does not show it at 480 CSS pixels"
unzip -p "$epub" 'EPUB/*.xhtml' | grep -q 'class="image-alt">A placeholder<' ||
    bad "the placeholder's alt text is not in the EPUB"
if have_epubcheck; then
    epubcheck_clean "$epub" || fail=1
else
    echo "note: epubcheck not installed; EPUB not validated"
fi

pdf="$T/out/book.pdf"
qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
pdftotext "$pdf" "$T/text.txt" 2>"$T/text.err" || bad "pdftotext failed"
[ -s "$T/text.err" ] && bad "pdftotext warned: $(head -3 "$T/text.err")"
for words in "Spring and summer rain." "when the crops need it most" "A placeholder"; do
    grep -q "$words" "$T/text.txt" || bad "'$words' is not in the PDF's text"
done
pdfimages -list "$pdf" >"$T/images" 2>&1 || bad "pdfimages failed"
cat "$T/images"
# the chart, once in each article, opaque (no mask), at 300 dpi
awk 'NR > 2 { n++; if ($3 == "smask") m++; if ($13 + 0 < 295 || $13 + 0 > 305) lo++ }
     END { exit !(n == 2 && m == 0 && lo == 0) }' "$T/images" ||
    bad "expected the chart twice, opaque, at 300 dpi"
page=$(awk 'NR > 2 { print $1; exit }' "$T/images")
pdftoppm -r 40 -f "$page" -l "$page" "$pdf" "$T/page" 2>"$T/ppm.err" || bad "pdftoppm failed"
python3 - "$T" <<'PY' || fail=1
import glob, sys
d = open(sorted(glob.glob(sys.argv[1] + "/page*.ppm"))[0], "rb").read()
# binary PPM: P6 w h 255, then RGB
head = d.split(b"\n", 3)
w, h = map(int, head[1].split())
px = head[3]
red = sum(1 for i in range(0, len(px), 3) if px[i] > 180 and px[i + 1] < 80 and px[i + 2] < 80)
blue = sum(1 for i in range(0, len(px), 3) if px[i + 2] > 180 and px[i] < 80 and px[i + 1] < 80)
if red < 100 or blue < 100:
    print("FAIL: the chart's bars are not on its page (red %d, blue %d)" % (red, blue))
    sys.exit(1)
PY
[ $fail = 0 ] && echo "ok: SVG drawings in the EPUB and the PDF"
exit $fail
