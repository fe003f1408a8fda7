#!/usr/bin/env bash
# article_budget.sh - one article's size budget: plain text and Markdown over
# 32 MB, and any file over 64 MB (a sparse one here), are refused with an
# error naming the file and its size; the other articles are still read, and
# the build's rules for a failed article hold: no output without
# --keep-going, the book without it with.
set -u
: "${SHEAF:?SHEAF must name the built binary}"
: "${SHEAF_TEST_TMP:?SHEAF_TEST_TMP must name a scratch folder}"
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T/c/articles" || exit 1
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2': $(head -c 400 "$1")"; }

C=$T/c
printf 'A Small Article\n\nShort and sound, it is read whatever happens to the others.\n' \
    >"$C/articles/small.txt"
# 33 MB of plain text (quick: yes | head), one line a sentence.
yes 'A line of plain text that goes on and on, and then some more.' | head -c 34603008 \
    >"$C/articles/long.txt"
# 33 MB of Markdown through a 'format' override on a .txt name.
cp "$C/articles/long.txt" "$C/articles/long-md.txt"
# 70 MB, sparse: refused before a byte is read.
truncate -s 70M "$C/articles/huge.html"
# 40 MB of HTML is within its budget (a page's bytes are mostly markup,
# scripts and inline pictures): here one long script, dropped unparsed.
{
    printf '<html><head><title>A Long Page</title>\n<script>\n'
    yes 'var pixels = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk";' | head -c 41943040
    printf '\n</script></head><body><article><h1>Long</h1>\n'
    printf '<p>A paragraph of a long page, read in full within the budget.</p>\n'
    printf '</article></body></html>\n'
} >"$C/articles/page.html"
cat >"$C/collection.yaml" <<'EOF'
title: Budget
articles:
  - articles/small.txt
  - articles/long.txt
  - path: articles/long-md.txt
    format: markdown
  - articles/huge.html
  - articles/page.html
EOF

ROOT=$PWD
cd "$T" || exit 1
timeout 120 "$SHEAF" build c -o out --format epub >build.out 2>build.err
rc=$?
[ "$rc" -eq 1 ] || fail "build: exit $rc, expected 1"
has build.err "c/collection.yaml:4:5: error: c/articles/long.txt is too large for one article (33.0 MB of text; the limit is 32 MB)"
has build.err "c/collection.yaml:5:11: error: c/articles/long-md.txt is too large for one article (33.0 MB of markdown; the limit is 32 MB)"
has build.err "c/collection.yaml:7:5: error: c/articles/huge.html is too large (73400320 bytes; the limit is 64 MB)"
[ "$(grep -c ': error: ' build.err)" -eq 3 ] || fail "build: not 3 errors: $(grep ': error: ' build.err)"
[ -e out/c.epub ] && fail "build: an EPUB was written despite the errors"

timeout 120 "$SHEAF" build c -o out --format epub --keep-going >keep.out 2>keep.err
rc=$?
[ "$rc" -eq 1 ] || fail "keep-going: exit $rc, expected 1"
[ -s out/c.epub ] || fail "keep-going: no EPUB"
if [ -s out/c.epub ]; then
    list=$(unzip -l out/c.epub)
    pages=$(printf '%s\n' "$list" | grep -c 'EPUB/a-.*\.xhtml' || true)
    unzip -p out/c.epub '*.xhtml' >all.xhtml 2>/dev/null
    has all.xhtml "Short and sound"
    has all.xhtml "A paragraph of a long page"
    grep -q 'A line of plain text that goes on' all.xhtml && fail "keep-going: the refused text is in the book"
    [ "$pages" -ge 2 ] || fail "keep-going: $pages pages"
    # the book made without the refused articles is a valid EPUB
    . "$ROOT/tests/slow/lib/epub.sh"
    if have_epubcheck; then
        epubcheck_clean out/c.epub >epubcheck.txt 2>&1 || { tail -20 epubcheck.txt; fail "epubcheck"; }
    else
        echo "note: epubcheck not installed; EPUB not validated"
    fi
fi

if [ "$fails" -ne 0 ]; then
    echo "$fails failed"
    exit 1
fi
echo "all passed"
