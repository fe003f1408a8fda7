#!/bin/bash
# Inline SVG drawings in a saved page: the chart drawn inline in the
# article becomes a picture in both books; the page's icons (in a link,
# hidden from screen readers, hidden outright) and a chart painted only by
# the page's style sheet (which the book has not got) do not. The EPUB
# carries the chart as one PNG shown with its aria-label as alt text and
# passes epubcheck; the PDF passes qpdf --check, holds one picture, gives
# the text back, and its page shows the chart's green bars.
set -u
. "$(dirname "$0")/lib/epub.sh"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-drawings}
for tool in qpdf pdfimages pdftoppm pdftotext unzip python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
rm -rf "$T" && mkdir -p "$T/book"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
export SOURCE_DATE_EPOCH=1767225600

cat >"$T/book/rain.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rain on the Hill</title></head>
<body><header><a href="/"><svg class="site-logo" viewBox="0 0 300 80"><path d="M0 0h300v80z"/>
<path d="M0 0h2v2z"/><path d="M4 4h2v2z"/></svg></a></header>
<article><h1>Rain on the Hill</h1>
<p>The station on the hill kept records for forty years, and the pattern is plain once the
months are set side by side in one chart, as the keepers did every spring.</p>
<figure><svg viewBox="0 0 400 200" width="400" height="200" role="img"
 aria-label="Bars of rain in three months">
 <rect width="400" height="200" fill="#ffffff"/>
 <g fill="#00c000"><rect x="20" y="40" width="100" height="140"/>
 <rect x="150" y="90" width="100" height="90"/><rect x="280" y="130" width="100" height="50"/></g>
 <line x1="10" y1="180" x2="390" y2="180" stroke="#333333" stroke-width="2"/>
 <text x="70" y="196" font-size="12" text-anchor="middle">March&nbsp;&ndash;</text>
 <script>alert(1)</script><image href="http://example.com/track.png" width="1" height="1"/>
</svg><figcaption>Rain in millimetres, three spring months.</figcaption></figure>
<p>Share: <a href="/share"><svg width="240" height="240" viewBox="0 0 24 24"><path d="M0 0h24v24z"/>
<path d="M1 1h2v2z"/><path d="M3 3h2v2z"/></svg></a></p>
<div><svg viewBox="0 0 300 150" width="300" height="150"><g class="axis"><path d="M0 0H300"/>
<path d="M0 0V150"/><path class="line" d="M0 150L300 0"/></g></svg></div>
<svg viewBox="0 0 512 512" aria-hidden="true"><path d="M0 0h512v512z"/><path d="M0 0h9v9z"/>
<path d="M9 9h9v9z"/></svg>
<svg viewBox="0 0 512 512" style="display:none"><path d="M0 0h512v512z"/><path d="M0 0h9v9z"/>
<path d="M9 9h9v9z"/></svg>
<p>Spring is the dry season on the hill, which surprised the first keepers of the station
when they added up their first ten years of readings.</p>
</article></body></html>
HTML
printf 'title: Drawings\nlanguage: en\narticles: [ rain.html ]\n' >"$T/book/collection.yaml"
"$SHEAF" build -o "$T/out" "$T/book" 2>"$T/err" || { echo "FAIL: build"; cat "$T/err"; exit 1; }
[ -s "$T/err" ] && bad "warnings: $(cat "$T/err")"

epub="$T/out/book.epub"
unzip -l "$epub" >"$T/list"
# (the drawn cover is the book's own SVG, not the page's)
grep -i '\.svg' "$T/list" | grep -qv 'images/cover\.svg' && bad "an SVG is in the EPUB"
[ "$(grep -c 'EPUB/images/img-.*\.png' "$T/list")" = 1 ] || bad "not one picture in the EPUB"
unzip -p "$epub" 'EPUB/*.xhtml' | grep -q '<img src="images/img-[0-9]*.png" alt="Bars of rain in three months" width="400"/>' ||
    bad "the chart's img is not shown at 400 CSS pixels with its label"
unzip -p "$epub" 'EPUB/*.xhtml' | grep -q 'Rain in millimetres, three spring months.</figcaption>' ||
    bad "the chart's caption is not its figure's"
if have_epubcheck; then
    epubcheck_clean "$epub" || fail=1
else
    echo "note: epubcheck not installed; EPUB not validated"
fi

pdf="$T/out/book.pdf"
qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
pdftotext "$pdf" "$T/text.txt" 2>"$T/text.err" || bad "pdftotext failed"
[ -s "$T/text.err" ] && bad "pdftotext warned: $(head -3 "$T/text.err")"
for words in "Rain in millimetres, three spring months." "first ten years of readings."; do
    grep -q "$words" "$T/text.txt" || bad "'$words' is not in the PDF's text"
done
# the share row: its icon is no picture, and its label alone is no text
grep -q "Share:" "$T/text.txt" && bad "the share row's label is in the PDF's text"
pdfimages -list "$pdf" >"$T/images" 2>&1 || bad "pdfimages failed"
[ "$(awk 'NR > 2' "$T/images" | wc -l)" = 1 ] || bad "not one picture in the PDF: $(cat "$T/images")"
page=$(awk 'NR > 2 { print $1; exit }' "$T/images")
pdftoppm -r 40 -f "${page:-1}" -l "${page:-1}" "$pdf" "$T/page" 2>"$T/ppm.err" || bad "pdftoppm failed"
python3 - "$T" <<'PY' || fail=1
import glob, sys
d = open(sorted(glob.glob(sys.argv[1] + "/page*.ppm"))[0], "rb").read()
head = d.split(b"\n", 3)
px = head[3]
green = sum(1 for i in range(0, len(px), 3) if px[i + 1] > 150 and px[i] < 80 and px[i + 2] < 80)
if green < 100:
    print("FAIL: the chart's bars are not on its page (green %d)" % green)
    sys.exit(1)
PY
# A drawing with no label that the writers cannot use (its own style sheet
# paints every shape with nothing): the PDF's frame holds no words, never
# the data: URI's base64 where a file's name would go.
mkdir -p "$T/blank"
cat >"$T/blank/blank.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>
<body><article><h1>Blank</h1><p>A paragraph before the drawing, long enough to read as the
article's text, and one more sentence so that it does.</p>
<figure><svg viewBox="0 0 400 200" width="400" height="200"><style>* { fill: none; stroke: none }</style>
<rect width="400" height="200" fill="#fff"/><rect x="20" y="40" width="100" height="140" fill="#0c0"/>
<rect x="150" y="90" width="100" height="90" fill="#0c0"/></svg></figure>
<p>A paragraph after it.</p></article></body></html>
HTML
printf 'title: Blank\nlanguage: en\narticles: [ blank.html ]\n' >"$T/blank/collection.yaml"
"$SHEAF" build --format pdf -o "$T/blank-out" "$T/blank" 2>"$T/blank.err" ||
    { bad "build of the blank drawing"; cat "$T/blank.err"; }
grep -q 'draws nothing' "$T/blank.err" || bad "no warning for the blank drawing: $(cat "$T/blank.err")"
pdftotext "$T/blank-out/blank.pdf" "$T/blank.txt" 2>/dev/null || bad "pdftotext failed (blank)"
grep -q 'A paragraph after it.' "$T/blank.txt" || bad "the blank drawing's page lost its text"
grep -qi 'base64\|svg+xml' "$T/blank.txt" && bad "the PDF prints the data: URI: $(grep -i base64 "$T/blank.txt")"

[ $fail = 0 ] && echo "ok: inline drawings in the EPUB and the PDF"
exit $fail
