#!/bin/bash
# The PDF's own words (Contents, Sources, "Edited by", Notes, ...) come from
# the label table the EPUB uses, in the collection's language: a German
# copy of the shipped collection prints "Inhalt", "Quellen" and
# "Herausgegeben von" and none of the English labels; the English original
# still prints the English ones.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
command -v pdftotext >/dev/null || { echo "skipped: pdftotext missing"; exit 77; }
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
fail=0
export SOURCE_DATE_EPOCH=1767225600

rm -rf "$T/de" && cp -r collections/common-ground "$T/de"
sed -i 's/^language: .*/language: de/' "$T/de/collection.yaml"
"$SHEAF" build --quiet --format pdf -o "$T/out" "$T/de" 2>"$T/err" \
    || { echo "FAIL: build de"; cat "$T/err"; exit 1; }
"$SHEAF" build --quiet --format pdf -o "$T/out" collections/common-ground 2>"$T/err" \
    || { echo "FAIL: build en"; cat "$T/err"; exit 1; }
pdftotext "$T/out/de.pdf" "$T/de.txt"
pdftotext "$T/out/common-ground.pdf" "$T/en.txt"

has() { grep -q -- "$2" "$1"; }
for w in "Inhalt" "Quellen" "Herausgegeben von"; do
    has "$T/de.txt" "$w" || { echo "FAIL: German PDF lacks '$w'"; fail=1; }
    has "$T/en.txt" "$w" && { echo "FAIL: English PDF has '$w'"; fail=1; }
done
for w in "Contents" "Sources" "Edited by"; do
    has "$T/en.txt" "$w" || { echo "FAIL: English PDF lacks '$w'"; fail=1; }
    # Whole lines only: an article may well use the word in its text.
    grep -qx -- "$w" "$T/de.txt" && { echo "FAIL: German PDF has the line '$w'"; fail=1; }
    grep -q -- "^$w " "$T/de.txt" && [ "$w" = "Edited by" ] && { echo "FAIL: German PDF says 'Edited by'"; fail=1; }
done
# The outline (bookmarks) names the matter pages in German too.
if command -v qpdf >/dev/null; then
    qpdf --qdf --object-streams=disable "$T/out/de.pdf" "$T/de.qdf" 2>/dev/null
    python3 - "$T/de.qdf" <<'PY' || { echo "FAIL: outline lacks 'Inhalt'"; fail=1; }
import sys
data = open(sys.argv[1], "rb").read()
# Titles are UTF-16BE hex or literal strings; accept either spelling.
hexs = "Inhalt".encode("utf-16-be").hex().upper().encode()
sys.exit(0 if (b"(Inhalt)" in data or hexs in data.upper()) else 1)
PY
fi

[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
