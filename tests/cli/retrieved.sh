#!/bin/bash
# The "retrieved" date: read from a SingleFile page, a Save Page WE page,
# Markdown and plain-text front matter; shown by inspect (--json and the
# human form); a manifest's `retrieved:` overrides it and is validated
# like `date:` (file:line:col); `sheaf check` is clean on a good manifest.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T/c/articles"
fail=0
A=$T/c/articles

cat > "$A/singlefile.html" <<'HTML'
<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile 
 url: https://example.org/news/saved-page 
 saved date: Tue Nov 24 2026 10:11:12 GMT+0100 (Central European Standard Time)
--><head><meta charset="utf-8"><title>A Saved Page</title></head>
<body><article><h1>A Saved Page</h1><p>Words of a page saved with a browser extension,
enough of them to be the article's text.</p></article></body></html>
HTML
cat > "$A/savepage.html" <<'HTML'
<html><head><meta name="savepage-url" content="https://example.org/b">
<meta name="savepage-date" content="Sat Jun 01 2019 12:34:56 GMT+0100 (British Summer Time)">
<title>Page B</title></head><body><p>Text of page b, saved whole.</p></body></html>
HTML
printf -- '---\ntitle: Markdown Notes\naccessed: 2026-10-05\n---\n\nSome notes.\n' > "$A/notes.md"
printf -- '---\ntitle: Copied Text\nretrieved: 3 September 2026\n---\n\nA paragraph of copied text that reads like prose.\n' > "$A/copied.txt"
printf 'Plain Title\n\nA paragraph with no retrieved date at all, as most have.\n' > "$A/plain.txt"

want() { # file, expected retrieved (or null)
    got=$("$SHEAF" inspect --json "$1" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("retrieved", "MISSING"))')
    [ "$got" = "$2" ] || { echo "FAIL: $1: retrieved is '$got', want '$2'"; fail=1; }
}
want "$A/singlefile.html" 2026-11-24
want "$A/savepage.html" 2019-06-01
want "$A/notes.md" 2026-10-05
want "$A/copied.txt" 2026-09-03
want "$A/plain.txt" None
"$SHEAF" inspect "$A/singlefile.html" 2>/dev/null | grep -qx 'retrieved: 2026-11-24' \
    || { echo "FAIL: inspect does not print the retrieved date"; fail=1; }
"$SHEAF" inspect "$A/plain.txt" 2>/dev/null | grep -q '^retrieved:' \
    && { echo "FAIL: inspect prints a retrieved date that is not known"; fail=1; }

# The manifest overrides, and is checked with its position.
cat > "$T/c/collection.yaml" <<'YAML'
title: Retrieved Dates
language: en
articles:
  - path: articles/singlefile.html
    retrieved: 2026-12-01
  - articles/notes.md
YAML
"$SHEAF" check "$T/c" >"$T/out" 2>&1 || { echo "FAIL: check of a good manifest"; cat "$T/out"; fail=1; }
sed -i 's/retrieved: 2026-12-01/retrieved: 1 Dec 2026/' "$T/c/collection.yaml"
"$SHEAF" check "$T/c" >"$T/out" 2>&1 && { echo "FAIL: a bad retrieved date passed"; fail=1; }
grep -q "collection.yaml:5:16: error: 'retrieved' must be a date as YYYY-MM-DD" "$T/out" \
    || { echo "FAIL: no positioned error for a bad retrieved date"; cat "$T/out"; fail=1; }

[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
