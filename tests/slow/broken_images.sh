#!/bin/bash
# Broken picture files in a collection: a PNG cut short (a download that
# stopped), an error page saved under a picture's name, and on a saved
# page a broken src beside a whole srcset picture. Each broken one gets
# exactly one warning, at its article's line, saying why; neither book
# warns again; both books show its alt text; the saved page's srcset
# picture is used without a word. The EPUB passes epubcheck, the PDF
# qpdf --check, and pdftotext reads the alt texts back.
set -u
. "$(dirname "$0")/lib/epub.sh"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-broken-images}
for tool in qpdf pdfimages pdftotext unzip python3; do
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
good = png(60, 40, lambda x, y: (200, 30, 30))
open(d + "/pics/good.png", "wb").write(good)
open(d + "/pics/cut.png", "wb").write(good[:-20])
open(d + "/pics/page.jpg", "w").write("<html><body><h1>404 Not Found</h1></body></html>\n")
open(d + "/b_files/whole.png", "wb").write(png(50, 50, lambda x, y: (30, 30, 200)))
open(d + "/b_files/half.png", "wb").write(good[: len(good) // 2])
PY
cat >"$T/book/a.md" <<'MD'
---
title: Pictures, Some Broken
---

A picture whose download stopped half way:

![A chart of the harvest](pics/cut.png)

A picture that is an error page:

![The village square](pics/page.jpg)

And a whole one:

![A red field](pics/good.png)
MD
cat >"$T/book/b.html" <<'HTML'
<html><head><title>Saved Page</title></head><body><article>
<h1>Saved Page</h1>
<p>The saved page kept a broken copy of its picture, and a whole one among its sizes.</p>
<figure><img alt="A blue field" src="b_files/half.png" srcset="b_files/whole.png 2x"></figure>
<p>Its second picture has no other copy.</p>
<figure><img alt="The river at dusk" src="b_files/half.png"></figure>
<p>That is all the page holds, written out so that it counts as an article.</p>
</article></body></html>
HTML
printf 'title: Broken\nlanguage: en\narticles: [ a.md, b.html ]\n' >"$T/book/collection.yaml"
"$SHEAF" build -o "$T/out" "$T/book" 2>"$T/err" || { echo "FAIL: build"; cat "$T/err"; exit 1; }
grep 'warning' "$T/err" >"$T/warnings"
cat "$T/warnings"
[ "$(wc -l <"$T/warnings")" = 3 ] || bad "expected 3 warnings, one per broken picture"
grep -q 'a\.md:7:1: warning: image .*pics/cut\.png not usable (the PNG file is cut short)' "$T/warnings" ||
    bad "no warning at a.md:7 for the cut PNG"
grep -q 'a\.md:11:1: warning: image .*pics/page\.jpg not usable (not a PNG, JPEG' "$T/warnings" ||
    bad "no warning at a.md:11 for the error page"
grep -q 'b\.html:6: warning: 1 image not usable (first: b_files/half\.png, .*PNG' "$T/warnings" ||
    bad "no warning at b.html:6 for the page's broken picture"

epub="$T/out/book.epub"
unzip -l "$epub" >"$T/list"
[ "$(grep -c 'EPUB/images/img-' "$T/list")" = 2 ] || bad "the EPUB does not hold just the two whole pictures"
unzip -p "$epub" '*.xhtml' >"$T/xhtml"
for alt in 'A chart of the harvest' 'The village square' 'The river at dusk'; do
    grep -q "$alt" "$T/xhtml" || bad "the EPUB lacks the alt text '$alt'"
done
if have_epubcheck; then
    epubcheck_clean "$epub" || fail=1
else
    echo "note: epubcheck not installed; EPUB not validated"
fi

pdf="$T/out/book.pdf"
qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
pdfimages -list "$pdf" >"$T/images" 2>&1 || bad "pdfimages failed"
awk 'NR > 2 { n++; size[$4 "x" $5]++ } END { exit !(n == 2 && size["60x40"] == 1 && size["50x50"] == 1) }' \
    "$T/images" || bad "the PDF does not hold just the 60x40 and 50x50 pictures: $(cat "$T/images")"
pdftotext "$pdf" - 2>"$T/pdftotext.err" | tr -s ' \n' ' ' >"$T/text"
[ -s "$T/pdftotext.err" ] && bad "pdftotext warned: $(head -3 "$T/pdftotext.err")"
for alt in 'A chart of the harvest' 'The village square' 'The river at dusk'; do
    grep -q "$alt" "$T/text" || bad "the PDF lacks the alt text '$alt'"
done
[ $fail = 0 ] && echo "ok: broken pictures warned once each, at their lines, shown as their alt text"
exit $fail
