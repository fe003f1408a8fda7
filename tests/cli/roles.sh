#!/bin/bash
# Translators, editors and illustrators of an article, from the article
# itself (front matter, a page's credit line, a text's "Translated by"
# line) or from the manifest: both books name them apart from the authors
# ("Translated by ..." under the byline, on the sources page), the OPF
# gives each its MARC role, a manifest role replaces the article's people
# in that role only, and a misspelt key is a warning naming the right
# one. The EPUB passes epubcheck, the PDF qpdf --check.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
T="${SHEAF_TEST_TMP:-/tmp/sheaf-roles}"
rm -rf "$T"
mkdir -p "$T/c/articles"
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }
has() { grep -qF -- "$2" "$1" && check ok || check no "$1 lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && check no "$1 has: $2" || check ok; }
. tests/slow/lib/books.sh

cat > "$T/c/collection.yaml" <<'YAML'
title: Roles Book
editor: Dana Rivera
language: en
date: 2026-01-01
articles:
  - path: articles/bet.md
    illustrator: [Ann Ink, Bob Pen]
  - path: articles/ferry.html
    translator: Karin Sund
  - articles/letter.txt
YAML
cat > "$T/c/articles/bet.md" <<'MD'
---
title: The Bet
author: Anton Chekhov
translator: Constance Garnett
illustrator: Someone Else
---

It was a dark autumn night. The old banker was pacing from corner to corner
of his study, recalling to his mind the party he gave in the autumn fifteen
years before.
MD
cat > "$T/c/articles/ferry.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Night Ferry</title></head>
<body><article><h1>The Night Ferry</h1>
<p class="byline">By Mira Olsen. Translated by Jon Berg</p>
<p>The ferry left the harbour at midnight, as it had every night for thirty years, and the
town watched its lights go out over the water one by one.</p>
<p>Nobody on the quay could remember a night it had not sailed.</p>
</article></body></html>
HTML
cat > "$T/c/articles/letter.txt" <<'TXT'
A Letter from the Coast

By Lena Varga
Translated from the Hungarian by Paul Grey

The wind came in from the sea all week, and the fishing boats stayed tied up
in the harbour while their crews mended nets on the quay.
TXT

# The manifest: a known key is quiet, a misspelt one names the right key.
"$SHEAF" check "$T/c" > "$T/check.out" 2> "$T/check.err"
[ $? -eq 0 ] && check ok || { check no "check failed"; cat "$T/check.err"; }
hasnt "$T/check.err" "unknown"
sed 's/    translator: Karin Sund/    translater: Karin Sund/' "$T/c/collection.yaml" > "$T/typo.yaml"
cp -r "$T/c/articles" "$T/articles"
"$SHEAF" check "$T/typo.yaml" > /dev/null 2> "$T/typo.err"
grep -Eq "typo\.yaml:[0-9]+:[0-9]+: warning: unknown key 'translater'.*'translator'" "$T/typo.err" &&
    check ok || { check no "misspelt key: no warning naming 'translator'"; cat "$T/typo.err"; }

# What each reader credits (inspect reads the article alone).
"$SHEAF" inspect --json "$T/c/articles/letter.txt" > "$T/letter.json"
python3 - "$T/letter.json" <<'PY' && check ok || check no "letter.txt: authors/contributors"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["title"] == "A Letter from the Coast", d["title"]
assert d["authors"] == ["Lena Varga"], d["authors"]
assert d["contributors"] == [{"name": "Paul Grey", "role": "trl"}], d["contributors"]
PY

"$SHEAF" build "$T/c" -o "$T/out" > "$T/build.out" 2>&1
[ $? -eq 0 ] && check ok || { check no "build failed"; cat "$T/build.out"; }
epub="$T/out/c.epub"
pdf="$T/out/c.pdf"
[ -f "$epub" ] && [ -f "$pdf" ] && check ok || { check no "no books written"; ls "$T/out"; }

if [ -f "$epub" ]; then
    mkdir -p "$T/x" && (cd "$T/x" && unzip -q "$epub")
    bet=$(grep -l 'The Bet</h1>' "$T"/x/EPUB/*.xhtml | head -1)
    ferry=$(grep -l 'The Night Ferry</h1>' "$T"/x/EPUB/*.xhtml | head -1)
    letter=$(grep -l 'A Letter from the Coast</h1>' "$T"/x/EPUB/*.xhtml | head -1)
    has "$bet" '<p class="byline">Anton Chekhov</p>'
    has "$bet" '<p class="credit">Translated by Constance Garnett</p>'
    # the manifest's illustrators replace the front matter's; its
    # translator stays
    has "$bet" '<p class="credit">Illustrated by Ann Ink and Bob Pen</p>'
    hasnt "$bet" 'Someone Else'
    has "$ferry" '<p class="byline">Mira Olsen</p>'
    has "$ferry" '<p class="credit">Translated by Karin Sund</p>'
    hasnt "$ferry" 'Jon Berg'
    has "$letter" '<p class="byline">Lena Varga</p>'
    has "$letter" '<p class="credit">Translated by Paul Grey</p>'
    hasnt "$letter" 'Hungarian'
    has "$T/x/EPUB/sources.xhtml" 'Anton Chekhov. Translated by Constance Garnett. Illustrated by Ann Ink and Bob Pen.'
    opf="$T/x/EPUB/package.opf"
    python3 - "$opf" <<'PY' && check ok || check no "OPF roles"
import re, sys
opf = open(sys.argv[1], encoding="utf-8").read()
people = dict(re.findall(r'<dc:contributor id="([^"]+)">([^<]+)</dc:contributor>', opf))
roles = dict(re.findall(r'<meta refines="#([^"]+)" property="role" scheme="marc:relators">([^<]+)</meta>', opf))
got = sorted((people[i], roles[i]) for i in people)
want = sorted([("Anton Chekhov", "aut"), ("Constance Garnett", "trl"), ("Ann Ink", "ill"),
               ("Bob Pen", "ill"), ("Mira Olsen", "aut"), ("Karin Sund", "trl"),
               ("Lena Varga", "aut"), ("Paul Grey", "trl")])
assert got == want, got
PY
    validate_epub "$epub" "$T"
fi

if [ -f "$pdf" ]; then
    validate_pdf "$pdf" "$T"
    if command -v pdftotext > /dev/null; then
        pdftotext -layout "$pdf" "$T/pdf.txt" 2> "$T/pdftotext.err"
        [ -s "$T/pdftotext.err" ] && check no "pdftotext warned" || check ok
        # the opening block: the author's line, then the credit lines
        python3 - "$T/pdf.txt" <<'PY' && check ok || check no "PDF opening blocks"
import sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
def after(title):
    i = lines.index(title)
    return [l for l in lines[i + 1:i + 6] if l]
assert after("The Bet")[:3] == ["Anton Chekhov", "Translated by Constance Garnett",
                                "Illustrated by Ann Ink and Bob Pen"], after("The Bet")
assert after("The Night Ferry")[:2] == ["Mira Olsen", "Translated by Karin Sund"], after("The Night Ferry")
assert after("A Letter from the Coast")[:2] == ["Lena Varga", "Translated by Paul Grey"]
PY
        grep -c "Translated by Constance Garnett" "$T/pdf.txt" | grep -qx 2 && check ok ||
            check no "PDF: the translator on the opening page and the sources page"
    else
        echo "note: pdftotext not installed; PDF text not read"
    fi
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
