#!/bin/bash
# A book whose characters make libharu's copy of a subset font end on a
# 4 KB block boundary (found by fuzz_build): libharu 2.3.0 then failed to
# save the font (HPDF_INVALID_OBJECT, "PDF library error 0x1033") and the
# book got no PDF, unless the subset carries a non-empty 'prep' table
# (fonts.c with_prep). The fixture page and these manifest fields give that
# size with Debian 12's Charis SIL; with other fonts the book is one more
# that must build.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
: "${SHEAF_TEST_TMP:=/tmp/sheaf-pdf-font-boundary}"
rm -rf "$SHEAF_TEST_TMP"
mkdir -p "$SHEAF_TEST_TMP/book"
T="$SHEAF_TEST_TMP"
cp tests/fixtures/fuzz/font-block-boundary.html "$T/book/a.html"
cat > "$T/book/collection.yaml" <<'YAML'
title: Fuzzed Packet
subtitle: Every Stage
editor: Dana Rivera
date: 2026-09-01
language: de
paper: a5
articles:
  - path: a.html
    format: html
YAML
SOURCE_DATE_EPOCH=1767225600 "$SHEAF" build "$T/book" -o "$T/out" --format pdf --quiet \
    > "$T/log" 2>&1
rc=$?
if [ $rc != 0 ] || [ ! -s "$T/out/book.pdf" ]; then
    echo "FAIL: build exit $rc, no PDF"
    cat "$T/log"
    echo "0 passed, 1 failed"
    exit 1
fi
if command -v qpdf >/dev/null && ! qpdf --check "$T/out/book.pdf" > "$T/qpdf" 2>&1; then
    echo "FAIL: qpdf --check"
    cat "$T/qpdf"
    echo "0 passed, 1 failed"
    exit 1
fi
if grep -q "0x1033" "$T/log"; then
    echo "FAIL: libharu error reported"
    echo "0 passed, 1 failed"
    exit 1
fi
echo "1 passed, 0 failed"
