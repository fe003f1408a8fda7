#!/bin/bash
# Markdown articles inside a collection: `sheaf check` reads .md and
# .markdown files, a front-matter file with an odd extension (sniffed) and
# a file the manifest marks `format: markdown`; manifest metadata overrides
# the front matter. The built EPUB passes epubcheck and holds every
# construct, raw HTML included, with nothing executable.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
: "${SHEAF_TEST_TMP:=/tmp/sheaf-md-collection}"
rm -rf "$SHEAF_TEST_TMP"
mkdir -p "$SHEAF_TEST_TMP"
C="$SHEAF_TEST_TMP/mdbook"
mkdir -p "$C/articles/img"
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }

F=tests/fixtures/markdown
cp "$F/constructs.md" "$C/articles/constructs.md"
cp "$F/img/dot.png" "$C/articles/img/dot.png"
sed 's#\.\./img/#img/#' "$F/each/figure.md" > "$C/articles/figure.markdown"
cp "$F/each/french.md" "$C/articles/french.mdx"          # sniffed by its front matter
printf 'Notes\n=====\n\nA *Markdown* body in a .txt file -- "marked" by the manifest.\n' \
    > "$C/articles/notes.txt"
cat > "$C/collection.yaml" <<'YAML'
title: Markdown Book
editor: Test Editor
language: en
date: 2026-01-01
articles:
  - articles/constructs.md
  - path: articles/figure.markdown
    title: Overridden Title
  - articles/french.mdx
  - path: articles/notes.txt
    format: markdown
YAML

"$SHEAF" check "$C" > "$SHEAF_TEST_TMP/check.out" 2> "$SHEAF_TEST_TMP/check.err"
rc=$?
[ $rc -eq 0 ] && check ok || { check no "check exit $rc"; cat "$SHEAF_TEST_TMP/check.err"; }
grep -q '4 articles ok' "$SHEAF_TEST_TMP/check.out" && check ok || check no "check: 4 articles"
grep -q 'remote image not fetched' "$SHEAF_TEST_TMP/check.err" && check ok || check no "check: warning"
grep -q 'collection.yaml.*error' "$SHEAF_TEST_TMP/check.err" && check no "manifest errors" || check ok

# The format decisions, one file at a time.
for f in figure.markdown french.mdx; do
    "$SHEAF" inspect --json "$C/articles/$f" 2>/dev/null |
        python3 -c 'import json,sys; assert json.load(sys.stdin)["format"] == "markdown"' &&
        check ok || check no "$f: not read as markdown"
done

# Front matter errors point at the YAML: file:line:col.
printf -- '---\ntitle: Broken\nauthors: [a, b\n---\n\nText\n' > "$SHEAF_TEST_TMP/broken.md"
"$SHEAF" inspect "$SHEAF_TEST_TMP/broken.md" > /dev/null 2> "$SHEAF_TEST_TMP/broken.err"
rc=$?
[ $rc -eq 1 ] && check ok || check no "broken front matter: exit $rc"
grep -Eq 'broken\.md:[45]:[0-9]+: error: front matter' "$SHEAF_TEST_TMP/broken.err" && check ok ||
    { check no "broken front matter: position"; cat "$SHEAF_TEST_TMP/broken.err"; }

# The EPUB: epubcheck clean (0 errors, 0 warnings) when epubcheck is
# installed, and every construct reaches the book.
. tests/slow/lib/epub.sh
"$SHEAF" build --format epub "$C" -o "$SHEAF_TEST_TMP/out" > "$SHEAF_TEST_TMP/build.out" 2>&1
epub=$(ls "$SHEAF_TEST_TMP"/out/*.epub 2>/dev/null | head -1)
[ -n "$epub" ] && check ok || { check no "no EPUB written"; cat "$SHEAF_TEST_TMP/build.out"; }
if [ -n "$epub" ]; then
    if have_epubcheck; then
        epubcheck_clean "$epub" > "$SHEAF_TEST_TMP/epubcheck.txt" 2>&1 &&
            check ok || { check no "epubcheck"; tail -20 "$SHEAF_TEST_TMP/epubcheck.txt"; }
    else
        echo "note: epubcheck not installed; EPUB not validated"
    fi
    unzip -p "$epub" '*.xhtml' > "$SHEAF_TEST_TMP/all.xhtml" 2>/dev/null
    for needle in '<table' '<blockquote' '<ol' '<pre' '<s>' '<figure' '<img' '<hr' \
        'Second note' '“straight quotes”' 'Nested quote' 'done task' '<sup>2</sup>' \
        '<code>Ctrl</code>'; do
        grep -q -- "$needle" "$SHEAF_TEST_TMP/all.xhtml" && check ok ||
            check no "EPUB lacks $needle"
    done
    grep -Eq '<script|onclick|alert' "$SHEAF_TEST_TMP/all.xhtml" &&
        check no "raw HTML script reached the EPUB" || check ok
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
