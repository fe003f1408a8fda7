#!/usr/bin/env bash
# The shared web-text corpus: every NAME.txt must parse as NAME.expected.json
# says (title, subtitle, date, authors and roles, headings, paragraphs,
# dropped chrome), compared field by field. Skipped when ../shared is absent.
set -u
corpus=../shared/corpus/web-text
if [ ! -d "$corpus" ]; then
    echo "skipped: $corpus not found"
    exit 77
fi
: "${SHEAF:?SHEAF must name the built binary}"
status=0 n=0
for exp in "$corpus"/*.expected.json; do
    [ -e "$exp" ] || continue
    input=${exp%.expected.json}.txt
    [ -f "$input" ] || continue
    n=$((n + 1))
    python3 tests/fixtures/text/check.py "$SHEAF" "$exp" "$input" --reconcile-paragraphs || status=1
    # The same article re-wrapped, without blank lines, with CR LF, inside
    # menus and as UTF-16 must parse the same.
    mkdir -p "${SHEAF_TEST_TMP:-/tmp}/variants"
    SHEAF_CHECK_FLAGS=--reconcile-paragraphs python3 tests/fixtures/text/variants.py "$SHEAF" \
        "$exp" "$input" "${SHEAF_TEST_TMP:-/tmp}/variants" || status=1
done
if [ "$n" -eq 0 ]; then
    echo "skipped: no *.expected.json with a .txt in $corpus"
    exit 77
fi
exit $status
