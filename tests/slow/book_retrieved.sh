#!/bin/bash
# Retrieved dates reach both books: a collection of a SingleFile page, a
# Markdown file with `accessed:` and a text article whose date the manifest
# gives builds to an EPUB that epubcheck passes (0/0) and whose sources page
# says "Retrieved <date>." for exactly those articles, and to a PDF whose
# text (pdftotext) says the same; the shipped collection's manifest date
# shows too, in German when the collection is German.
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
command -v pdftotext >/dev/null || { echo "skipped: pdftotext missing"; exit 77; }
command -v unzip >/dev/null || { echo "skipped: unzip missing"; exit 77; }
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T/c/articles"
fail=0
export SOURCE_DATE_EPOCH=1767225600
A=$T/c/articles
cat > "$A/saved.html" <<'HTML'
<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile 
 url: https://example.org/news/saved-page 
 saved date: Tue Nov 24 2026 10:11:12 GMT+0100 (Central European Standard Time)
--><head><meta charset="utf-8"><title>A Saved Page</title></head>
<body><article><h1>A Saved Page</h1><p>Words of a page saved with a browser extension,
enough of them to be the article's text.</p></article></body></html>
HTML
printf -- '---\ntitle: Markdown Notes\naccessed: 2026-10-05\n---\n\nSome notes.\n' > "$A/notes.md"
printf 'Copied Text\n\nA paragraph of copied text that reads like prose, as copies do.\n' > "$A/copied.txt"
printf 'Never Dated\n\nA paragraph with no retrieved date at all, as most have.\n' > "$A/plain.txt"
cat > "$T/c/collection.yaml" <<'YAML'
title: Saved Pages
language: en
articles:
  - articles/saved.html
  - articles/notes.md
  - path: articles/copied.txt
    source: https://example.org/copied
    retrieved: 2026-12-01
  - articles/plain.txt
YAML
"$SHEAF" build --quiet -o "$T/out" "$T/c" 2>"$T/err" || { echo "FAIL: build"; cat "$T/err"; exit 1; }
unzip -p "$T/out/c.epub" EPUB/sources.xhtml > "$T/sources.xhtml"
for d in "24 November 2026" "5 October 2026" "1 December 2026"; do
    grep -q "Retrieved $d\." "$T/sources.xhtml" || { echo "FAIL: EPUB sources lack 'Retrieved $d'"; fail=1; }
done
n=$(grep -o "Retrieved " "$T/sources.xhtml" | wc -l)
[ "$n" = 3 ] || { echo "FAIL: $n retrieved dates in the EPUB, want 3"; fail=1; }
pdftotext "$T/out/c.pdf" - | tr -s ' \n' ' ' > "$T/pdf.txt"
for d in "24 November 2026" "5 October 2026" "1 December 2026"; do
    grep -q "Retrieved $d" "$T/pdf.txt" || { echo "FAIL: PDF lacks 'Retrieved $d'"; fail=1; }
done
n=$(grep -o "Retrieved " "$T/pdf.txt" | wc -l)
[ "$n" = 3 ] || { echo "FAIL: $n retrieved dates in the PDF, want 3"; fail=1; }

# The shipped collection's manifest gives one; German labels and dates.
rm -rf "$T/de" && cp -r collections/common-ground "$T/de"
sed -i 's/^language: .*/language: de/' "$T/de/collection.yaml"
"$SHEAF" build --quiet -o "$T/out" "$T/de" collections/common-ground 2>"$T/err" \
    || { echo "FAIL: build shipped"; cat "$T/err"; exit 1; }
pdftotext "$T/out/de.pdf" - | grep -q "Abgerufen am 14. August 2026" \
    || { echo "FAIL: German PDF lacks 'Abgerufen am 14. August 2026'"; fail=1; }
unzip -p "$T/out/de.epub" EPUB/sources.xhtml | grep -q "Abgerufen am 14. August 2026" \
    || { echo "FAIL: German EPUB lacks 'Abgerufen am 14. August 2026'"; fail=1; }
pdftotext "$T/out/common-ground.pdf" - | grep -q "Retrieved 14 August 2026" \
    || { echo "FAIL: shipped PDF lacks 'Retrieved 14 August 2026'"; fail=1; }

if have_epubcheck; then
    epubcheck_clean "$T/out/c.epub" || fail=1
else
    echo "note: epubcheck missing; validation skipped"
fi

[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
