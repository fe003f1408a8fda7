#!/bin/bash
# Real pages that broke the PDF writer together: v8-blog and videos-2 of
# the shared Readability corpus give a Charis Italic subset whose last
# glyph (U+202F, from the French typography) is empty, so its loca offset
# is the end of the font file, where libharu 2.3.0 could not seek
# (HPDF_INVALID_OBJECT 0x1033, nothing written). Built together they must
# give a valid PDF with every face embedded.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-pairs}
P=../shared/corpus/html/readability/pages
[ -d "$P" ] || { echo "skipped: $P not found"; exit 77; }
for tool in qpdf pdffonts pdftotext; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
fail=0
bad() { echo "FAIL: $*"; fail=1; }
C="$T/pair"
rm -rf "$C" "$T/out"
mkdir -p "$C"
abs=$(cd "$P" && pwd)
printf 'title: Pair\nlanguage: en\ndate: 2026-01-01\narticles:\n  - %s/v8-blog/source.html\n  - %s/videos-2/source.html\n' \
    "$abs" "$abs" >"$C/collection.yaml"
"$SHEAF" build --allow-outside --format pdf "$C" -o "$T/out" >"$T/build.log" 2>&1 \
    || { grep -v '^ ' "$T/build.log" | grep -i error; bad "build failed"; }
PDF="$T/out/pair.pdf"
if [ -f "$PDF" ]; then
    qpdf --check "$PDF" >"$T/qpdf.log" 2>&1 || { tail -3 "$T/qpdf.log"; bad "qpdf --check"; }
    pdffonts "$PDF" | grep -q "CharisSIL-Italic" || bad "the italic face is not embedded"
    pdftotext "$PDF" - | grep -q "Vape Wave" || bad "text of videos-2 missing"
fi
exit $fail
