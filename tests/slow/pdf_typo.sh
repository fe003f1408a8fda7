#!/bin/bash
# Typographic targets of issue 6 on the shipped collection's PDF, scored by
# ../shared/tools/pdf-typo-score (TYPO.md): spacing against the natural
# space mean <= 1.10, sd <= 0.20, <= 1.5% of lines over 1.5x, none over 2x;
# longest run of hyphenated lines <= 2; no overfull line, orphan, widow or
# stranded heading; no ragged (short) justified line.
#
# Held on the scorer's own counts (bench/typo.py, shared with make bench),
# on the shipped collection and on a generated 10-article bench corpus
# (bench/gen.py), each on letter and on A5.
#
# Skipped (77) when ../shared/tools/pdf-typo-score or pdftotext is missing.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-pdf-typo}
SCORE=${TYPO_SCORE:-../shared/tools/pdf-typo-score}
[ -f "$SCORE" ] || { echo "skipped: no $SCORE"; exit 77; }
command -v pdftotext >/dev/null || { echo "skipped: no pdftotext"; exit 77; }
command -v python3 >/dev/null || { echo "skipped: no python3"; exit 77; }
rm -rf "$T" && mkdir -p "$T"
fail=0

# score PDF: bench/typo.py holds the targets
score() {
    python3 bench/typo.py "$SCORE" "$1" check || fail=1
}

export SOURCE_DATE_EPOCH=1767225600
python3 bench/gen.py 10 "$T/c10" --format md >/dev/null || { echo "FAIL: bench/gen.py"; exit 1; }
for src in collections/common-ground "$T/c10"; do
    name=$(basename "$src")
    for paper in letter a5; do
        "$SHEAF" build --quiet --format pdf --paper $paper -o "$T/$paper" "$src" 2>"$T/err" \
            || { echo "FAIL: build $name on $paper"; cat "$T/err"; exit 1; }
        score "$T/$paper/$name.pdf"
    done
done

[ $fail = 0 ] && echo "pdf_typo: ok"
exit $fail
