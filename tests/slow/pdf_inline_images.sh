#!/bin/bash
# Small pictures inside sentences (an icon in Markdown, twice, once inside a
# link, then in a heading and a table cell; a formula image on a saved
# page; and a photograph alone in a cell, set as a picture in its row
# page): the PDF sets each in its line,
# scaled to the font's height, instead of printing its alt text; the alt
# text lies unpainted across the picture (text render mode 3), so
# pdftotext reads the sentence whole, in order, with the picture's words
# in their place. No warning; epubcheck, qpdf --check, pdfimages.
set -u
. "$(dirname "$0")/lib/epub.sh"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-inline-images}
for tool in qpdf pdfimages pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
rm -rf "$T" && mkdir -p "$T/book/pics" "$T/book/b_files"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
export SOURCE_DATE_EPOCH=1767225600

python3 - "$T/book" "$(dirname "$0")/lib" <<'PY'
import sys
sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, sys.argv[2])
from png import png
d = sys.argv[1]
open(d + "/pics/star.png", "wb").write(
    png(16, 16, lambda x, y: (230, 160, 0) if (x - 8) ** 2 + (y - 8) ** 2 < 40 else (255, 255, 255)))
open(d + "/pics/poster.png", "wb").write(png(120, 180, lambda x, y: (40, 90, 160)))
open(d + "/b_files/formula.png", "wb").write(
    png(60, 14, lambda x, y: (0, 0, 0) if y in (6, 7) or x in (2, 30, 58) else (255, 255, 255)))
PY
cat >"$T/book/a.md" <<'MD'
# Icons in Lines

A star ![gold star](pics/star.png) marks the entries the editors liked best, and the rest of this sentence runs on long enough to fill a second line of the page.

A [linked star ![gold star](pics/star.png)](https://example.org/) stays clickable.

## Rated ![gold star](pics/star.png) picks

| Film | Liked |
|------|:-----:|
| Rope | ![gold star](pics/star.png) |
| Vertigo | ![film poster](pics/poster.png) |
| The Birds, a film long enough to need its own column | no |
MD
cat >"$T/book/b.html" <<'HTML'
<html><head><title>Distances</title></head><body><article>
<h1>Distances</h1>
<p>The distance from the centre is <img src="b_files/formula.png" alt="root of x squared plus y squared" width="60" height="14"> for any point of the plane, as a ruler shows.</p>
<p>A second paragraph, so that the page reads as an article and not a caption.</p>
</article></body></html>
HTML
printf 'title: Inline\nlanguage: en\narticles: [ a.md, b.html ]\n' >"$T/book/collection.yaml"
"$SHEAF" build -o "$T/out" "$T/book" 2>"$T/err" || { echo "FAIL: build"; cat "$T/err"; exit 1; }
[ -s "$T/err" ] && bad "the build warned: $(cat "$T/err")"

epub="$T/out/book.epub"
if have_epubcheck; then
    epubcheck_clean "$epub" || fail=1
else
    echo "note: epubcheck not installed; EPUB not validated"
fi

pdf="$T/out/book.pdf"
qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
pdftotext "$pdf" - 2>"$T/pdftotext.err" >"$T/text"
[ -s "$T/pdftotext.err" ] && bad "pdftotext warned: $(head -3 "$T/pdftotext.err")"
tr -s ' \n' ' ' <"$T/text" >"$T/flat"
grep -q 'A star gold star marks the entries' "$T/flat" || bad "the star's sentence does not read whole: $(head -c 600 "$T/flat")"
grep -q 'A linked star gold star stays clickable' "$T/flat" || bad "the linked star's sentence does not read whole"
grep -q 'from the centre is root of x squared plus y squared for any point' "$T/flat" ||
    bad "the formula's sentence does not read whole"
# each picture on the same line as the words around it
grep -q '^A star gold star marks' "$T/text" || bad "the star is not in its line"
# and in a heading and a table cell, as in a paragraph
grep -q '^Rated gold star picks$' "$T/text" || bad "the heading's star is not in its line"
pdftotext -layout "$pdf" "$T/layout" 2>/dev/null
grep -Eq '^Rope +gold star$' "$T/layout" || bad "the cell's star is not in its row: $(grep Rope "$T/layout")"
# the pictures are embedded once each, printed at about the font's height:
# a 16-pixel star at 10-12 pt is 95-115 pixels to the inch
pdfimages -list "$pdf" >"$T/images" 2>&1 || bad "pdfimages failed"
cat "$T/images"
awk 'NR > 2 { n++; if ($4 == 16 && $5 == 16 && $13 >= 90 && $13 <= 120) star++; if ($4 == 60) f++ }
     END { exit !(star >= 1 && f == 1) }' "$T/images" || bad "the star and the formula are not set at the font's height"
# a photograph alone in a cell is a picture in its row, not its alt text
# nor an icon: at most 96 pixels to the inch (never enlarged), and the
# next row's words come after it
awk 'NR > 2 && $4 == 120 && $5 == 180 && $13 <= 97 { p++ } END { exit !(p == 1) }' "$T/images" ||
    bad "the poster is not set as a picture in its cell"
grep -q 'film poster' "$T/flat" && bad "the poster printed as its alt text"
grep -A12 '^Rope' "$T/layout" | tr -s ' \n' ' ' | grep -q '^Rope gold star Vertigo The Birds' ||
    bad "the rows do not read in order: $(grep -A12 '^Rope' "$T/layout")"
# the alt text is there unpainted: text render mode 3, and back to 0
qpdf --qdf --object-streams=disable "$pdf" "$T/qdf.pdf" 2>/dev/null
grep -aq '^3 Tr$' "$T/qdf.pdf" && grep -aq '^0 Tr$' "$T/qdf.pdf" || bad "no unpainted alt text in the content"
[ $fail = 0 ] && echo "ok: small pictures set in their lines, their alt text readable"
exit $fail
