#!/bin/bash
# Tables and aligned columns in copied text (tests/fixtures/text/timetables.txt,
# read by src/readers/text/grid.c) built into an EPUB and a PDF: epubcheck
# clean, qpdf --check clean; the EPUB holds the tables as <table> with a
# header row and the columns as <pre>; the PDF keeps the columns' runs of
# spaces (pdftotext -layout shows the gaps, not one space) and sets every
# cell of the tables.
#
# Skipped (77) when java/epubcheck, qpdf or pdftotext is missing.
set -u
. tests/slow/lib/epub.sh
T=${SHEAF_TEST_TMP:-/tmp/sheaf-text-grids}
have_epubcheck || { echo "skipped: no epubcheck"; exit 77; }
command -v qpdf >/dev/null || { echo "skipped: no qpdf"; exit 77; }
command -v pdftotext >/dev/null || { echo "skipped: no pdftotext"; exit 77; }
rm -rf "$T" && mkdir -p "$T/c"
fail=0
cp tests/fixtures/text/timetables.txt "$T/c/"
cat > "$T/c/collection.yaml" <<'YAML'
title: Grids
language: en
date: 2026-09-01
articles:
  - timetables.txt
YAML
export SOURCE_DATE_EPOCH=1767225600
"$SHEAF" build --quiet --format epub,pdf -o "$T/out" "$T/c" 2>"$T/err" \
    || { echo "FAIL: build"; cat "$T/err"; exit 1; }
epubcheck_clean "$T/out/c.epub" || fail=1
qpdf --check "$T/out/c.pdf" >"$T/qpdf" 2>&1 || { echo "FAIL: qpdf --check"; cat "$T/qpdf"; fail=1; }

# EPUB: three tables with a header row, one <pre> with the timetable.
mkdir -p "$T/x" && (cd "$T/x" && unzip -qo ../out/c.epub)
x=$(cat "$T"/x/EPUB/*.xhtml "$T"/x/OEBPS/*.xhtml 2>/dev/null)
n=$(printf '%s' "$x" | grep -o '<table' | wc -l)
[ "$n" -eq 3 ] || { echo "FAIL: $n tables in the EPUB, want 3"; fail=1; }
n=$(printf '%s' "$x" | grep -o '<th[ >]' | wc -l)
[ "$n" -eq 7 ] || { echo "FAIL: $n header cells in the EPUB, want 7"; fail=1; }
printf '%s' "$x" | grep -q 'Monday      07:10   12:40   18:05' \
    || { echo "FAIL: the timetable's columns are not kept in the EPUB's <pre>"; fail=1; }

# PDF: the columns keep their gaps; the cells are all set.
pdftotext -layout "$T/out/c.pdf" "$T/c.txt"
grep -Eq 'Monday {3,}07:10 {2,}12:40 {2,}18:05' "$T/c.txt" \
    || { echo "FAIL: the timetable's columns collapsed in the PDF"; grep Monday "$T/c.txt"; fail=1; }
for w in avg_delay 11.8 bicycle 1.00 February 112 '(2 rows)'; do
    grep -qF -- "$w" "$T/c.txt" || { echo "FAIL: '$w' missing from the PDF"; fail=1; }
done
[ $fail = 0 ] && echo "text_grids: ok"
exit $fail
