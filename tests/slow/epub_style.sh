#!/bin/bash
# The stylesheet follows the style: the shipped styles differ where their
# style.yaml differs, a collection-local style and its extra.css reach
# style.css, --style overrides the manifest, and toc_depth cuts the nav.
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
fail=0
css() { unzip -p "$1" EPUB/style.css; }

"$SHEAF" build --quiet --format epub -o "$T/classic" collections/common-ground || exit 1
"$SHEAF" build --quiet --format epub --style large-print -o "$T/large" collections/common-ground || exit 1
css "$T/classic/common-ground.epub" | grep -q 'text-align: justify' || { echo "FAIL: classic is not justified"; fail=1; }
css "$T/large/common-ground.epub" | grep -q 'text-align: left' || { echo "FAIL: large-print is not ragged"; fail=1; }
css "$T/large/common-ground.epub" | grep -q "style 'large-print'" || { echo "FAIL: --style ignored"; fail=1; }

make_styled_collection "$T/mine"
"$SHEAF" build --quiet --format epub -o "$T/out" "$T/mine" || exit 1
c=$(css "$T/out/mine.epub")
echo "$c" | grep -q 'house touch' || { echo "FAIL: extra.css missing"; fail=1; }
echo "$c" | grep -q '^p + p { text-indent' && { echo "FAIL: indent 0 still indents"; fail=1; }
# toc_depth 1: articles only, no #section links in the nav.
nav=$(unzip -p "$T/out/mine.epub" EPUB/nav.xhtml)
echo "$nav" | grep -q 'xhtml#' && { echo "FAIL: toc_depth 1 nav has sections"; fail=1; }
echo "$nav" | grep -q 'the-corner-cafe.xhtml' || { echo "FAIL: nav lacks articles"; fail=1; }
[ $fail = 0 ] && echo "ok: CSS and nav follow the style"
exit $fail
