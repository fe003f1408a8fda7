#!/bin/bash
# Books made from each kind of input pass every check a reader of them
# would run: (a) the HTML fixtures as a collection, (b) the every-construct
# Markdown fixture as a collection, (c) the shipped collection (with its
# saved web page), each named by a relative path as a user would type it.
# For each: epubcheck 0 errors / 0 warnings, qpdf --check, pdftotext with
# nothing on stderr and the body text back; the EPUB holds the local images
# the articles show, and no script or event handler reached it.
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
have_epubcheck || { echo "skipped: java or epubcheck.jar missing"; exit 77; }
for tool in qpdf pdftotext unzip python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
SHEAF=$(realpath "$SHEAF")
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
ROOT=$PWD
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }

# (a) every HTML fixture, one article each.
mkdir -p "$T/html/articles"
cp -r tests/fixtures/html/. "$T/html/articles/"
{
    echo "title: HTML fixtures"
    echo "language: en"
    echo "articles:"
    for f in tests/fixtures/html/*.html tests/fixtures/html/*.xhtml tests/fixtures/html/*.mhtml \
        tests/fixtures/html/*.webarchive tests/fixtures/html/*.eml; do
        echo "  - articles/${f##*/}"
    done
} > "$T/html/collection.yaml"

# (b) the every-construct Markdown fixture.
mkdir -p "$T/md/articles/img"
cp tests/fixtures/markdown/constructs.md "$T/md/articles/"
cp tests/fixtures/markdown/img/* "$T/md/articles/img/"
printf 'title: Constructs\nlanguage: en\narticles:\n  - articles/constructs.md\n' \
    > "$T/md/collection.yaml"

# (c) the shipped collection, copied so the build runs from its parent.
cp -r collections/common-ground "$T/common-ground"

# body_probe BOOK: a phrase of body text each book must give back.
probe() {
    case "$1" in
    html) echo "seen an otter" ;;
    md) echo "Nested quote" ;;
    common-ground) echo "Sit down. Say hello." ;;
    esac
}

for b in html md common-ground; do
    (cd "$T" && "$SHEAF" build --quiet -o "out-$b" "$b") > "$T/$b.build" 2>&1 ||
        { check no "$b: build failed"; cat "$T/$b.build"; continue; }
    epub="$T/out-$b/$b.epub" pdf="$T/out-$b/$b.pdf"
    [ -f "$epub" ] && [ -f "$pdf" ] && check ok || { check no "$b: no EPUB or PDF"; continue; }
    epubcheck_clean "$epub" > "$T/$b.epubcheck" 2>&1 && check ok ||
        { check no "$b: epubcheck"; tail -20 "$T/$b.epubcheck"; }
    qpdf --check "$pdf" > "$T/$b.qpdf" 2>&1 && check ok || { check no "$b: qpdf --check"; cat "$T/$b.qpdf"; }
    pdftotext "$pdf" "$T/$b.txt" 2> "$T/$b.pdftotext.err"
    [ $? -eq 0 ] && [ ! -s "$T/$b.pdftotext.err" ] && check ok ||
        { check no "$b: pdftotext warnings"; head -5 "$T/$b.pdftotext.err"; }
    python3 - "$T/$b.txt" "$(probe $b)" <<'PY' && check ok || check no "$b: body text not in the PDF"
import re, sys
text = re.sub(r"\s+", " ", open(sys.argv[1], encoding="utf-8").read()).replace("\u00ad", "")
sys.exit(0 if sys.argv[2] in text else 1)
PY
    unzip -p "$epub" '*.xhtml' > "$T/$b.xhtml"
    grep -Eiq '<script|<iframe|<style| on[a-z]+=|javascript:' "$T/$b.xhtml" &&
        check no "$b: unsafe markup in the EPUB" || check ok
    grep -q 'image not found' "$T/$b.build" && check no "$b: an image was lost" || check ok
done

# The saved mail: its letter (not its plain-text alternative) and its
# picture, named by cid:, in the EPUB; its sender as the byline.
grep -q 'Boats waiting below the lock' "$T/html.xhtml" && check ok || check no "html: the saved mail's letter"
grep -q 'plain version of the letter' "$T/html.xhtml" && check no "html: the mail's text alternative" || check ok
grep -q 'Renée O’Brien' "$T/html.xhtml" && check ok || check no "html: the mail's sender"
grep -q 'alt="The gauge at the lower gate"' "$T/html.xhtml" && check ok || check no "html: the mail's picture"

# The mail of plain text alone: its letter under its subject, its
# closing kept, its signature not.
grep -q 'the river walk on Friday' "$T/html.xhtml" && check ok || check no "html: the plain mail's subject"
grep -q 'If your child can’t walk that far' "$T/html.xhtml" && check ok || check no "html: the plain mail's letter"
grep -q 'Kind regards,' "$T/html.xhtml" && check ok || check no "html: the plain mail's closing"
grep -q 'Northside Primary' "$T/html.xhtml" && check no "html: the plain mail's signature" || check ok

# The saved page's figure and the fixture's image are in the books.
unzip -l "$T/out-common-ground/common-ground.epub" | grep -q 'images/img-.*\.png' && check ok ||
    check no "common-ground: the saved page's figure is not in the EPUB"
grep -q 'Tomás Ferreira' "$T/common-ground.xhtml" && check ok || check no "common-ground: byline"
grep -Eq 'Cookie|cookies|Sign up|Most read|Share on' "$T/common-ground.xhtml" &&
    check no "common-ground: site chrome reached the book" || check ok
# A small PNG embedded as a data: URI in a saved page is kept as an image.
grep -Eq '<img src="images/img-[0-9]+\.png" alt="a dot"' "$T/html.xhtml" && check ok ||
    check no "html: the embedded data: PNG is not an image in the EPUB"
# (the drawn cover is the book's own SVG, not the page's)
grep 'svg' "$T/html.xhtml" | grep -qv 'src="images/cover.svg"' &&
    check no "html: an SVG data: URI reached the book" || check ok
# The web archives' pictures, taken from the archives (MHTML and Safari's,
# of the same page), are in the book, each archive's once.
[ "$(grep -Ec '<img src="images/img-[0-9]+\.jpg" alt="The frozen weir at dawn"' "$T/html.xhtml")" = 2 ] &&
    check ok || check no "html: the web archives' photo is not an image in the EPUB twice"
[ "$(grep -c 'the mill’s wheel stood still' "$T/html.xhtml")" = 2 ] && check ok ||
    check no "html: the web archives' text is not in the EPUB twice"
# Raw HTML in the Markdown fixture survives as its meaning.
grep -q '<sup>2</sup>' "$T/md.xhtml" && check ok || check no "md: <sup> lost"
grep -q 'alert' "$T/md.xhtml" && check no "md: script text reached the book" || check ok

cd "$ROOT"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
