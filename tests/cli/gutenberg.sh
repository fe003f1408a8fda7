#!/bin/bash
# A Project Gutenberg book through both writers: its "[Footnote 1: ...]"
# blocks and "FOOTNOTES:" section are notes the marks in the text cite
# (the EPUB's linked notes, the PDF's notes), its "[Illustration: ...]"
# a figure standing in for the picture, its transcriber's notes and the
# old license's small print in neither book. The EPUB passes epubcheck,
# the PDF qpdf --check, and pdftotext reads the notes back.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
T="${SHEAF_TEST_TMP:-/tmp/sheaf-gutenberg}"
rm -rf "$T"
mkdir -p "$T/c/articles"
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }
has() { grep -qF -- "$2" "$1" && check ok || check no "$1 lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && check no "$1 has: $2" || check ok; }
. tests/slow/lib/books.sh

cat > "$T/c/collection.yaml" <<'YAML'
title: Keeper Books
language: en
date: 2026-01-01
articles:
  - articles/keeper.txt
YAML
cat > "$T/c/articles/keeper.txt" <<'TXT'
The Project Gutenberg Etext of The Lantern Keeper, by Ada Finch

Please take a look at the important information in this header.

***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***
Why is this "Small Print!" statement here?  You know: lawyers.

*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*



+-------------------------------------------------+
| Transcriber's Note: the misprints of the        |
| original have been mended.                      |
+-------------------------------------------------+



CHAPTER I.

THE LAMP.

It was late in the autumn[1] when the keeper climbed the stair for the
last time, and the lamp burned low in its glass.[2]

[Footnote 1: In the year 1851, by the keeper's own log.]

[Footnote 2: The glass was made in Birmingham and carried up the
coast by cart.]

[Illustration: THE KEEPER AT HIS
LAMP.]

He set down the oil can and looked out over the grey water, where the
boats came home one by one.[A]

FOOTNOTES:

[A] Eleven boats in all, the last of them the
pilot's.



End of the Project Gutenberg Etext of The Lantern Keeper, by Ada Finch
TXT

"$SHEAF" build "$T/c" -o "$T/out" > "$T/build.out" 2>&1
[ $? -eq 0 ] && check ok || { check no "build failed"; cat "$T/build.out"; }
epub="$T/out/c.epub"
pdf="$T/out/c.pdf"
[ -f "$epub" ] && [ -f "$pdf" ] && check ok || { check no "no books written"; ls "$T/out"; }

"$SHEAF" inspect --json "$T/c/articles/keeper.txt" > "$T/keeper.json"
python3 - "$T/keeper.json" <<'PY' && check ok || check no "inspect: title and author from the first line"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["title"] == "The Lantern Keeper", d["title"]
assert d["authors"] == ["Ada Finch"], d["authors"]
PY

if [ -f "$epub" ]; then
    mkdir -p "$T/x" && (cd "$T/x" && unzip -q "$epub")
    keeper=$(grep -l 'The Lantern Keeper</h1>' "$T"/x/EPUB/*.xhtml | head -1)
    all="$T/all.xhtml"
    cat "$T"/x/EPUB/*.xhtml > "$all"
    hasnt "$all" 'SMALL PRINT'
    hasnt "$all" 'lawyers'
    hasnt "$all" 'Transcriber'
    hasnt "$all" 'have been mended'
    hasnt "$all" '[Footnote'
    hasnt "$all" 'FOOTNOTES'
    hasnt "$all" '[Illustration'
    has "$keeper" 'In the year 1851, by the keeper'
    has "$keeper" 'Eleven boats in all, the last of them the pilot'
    # three references, each a link to its note
    [ "$(grep -o 'epub:type="noteref"' "$keeper" | wc -l)" -eq 3 ] && check ok ||
        check no "EPUB: three note references"
    has "$keeper" 'THE KEEPER AT HIS LAMP.'
    validate_epub "$epub" "$T"
fi

if [ -f "$pdf" ]; then
    validate_pdf "$pdf" "$T"
    if command -v pdftotext > /dev/null; then
        pdftotext "$pdf" "$T/pdf.txt" 2> "$T/pdftotext.err"
        [ -s "$T/pdftotext.err" ] && check no "pdftotext warned" || check ok
        hasnt "$T/pdf.txt" 'SMALL PRINT'
        hasnt "$T/pdf.txt" 'Transcriber'
        hasnt "$T/pdf.txt" 'have been mended'
        hasnt "$T/pdf.txt" 'Footnote'
        # the marks cite the notes, printed after the text
        has "$T/pdf.txt" 'It was late in the autumn1 when' # a superscript
        has "$T/pdf.txt" '[1] In the year 1851, by the keeper'
        # numbered in order, as the EPUB numbers them: the "[A]" is 3
        has "$T/pdf.txt" 'one by one.3'
        has "$T/pdf.txt" '[3] Eleven boats in all'
        has "$T/pdf.txt" 'pilot'
        has "$T/pdf.txt" 'THE KEEPER AT HIS LAMP.'
        has "$T/pdf.txt" 'It was late in the autumn'
    else
        echo "note: pdftotext not installed; PDF text not read"
    fi
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
