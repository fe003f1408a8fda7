#!/bin/bash
# Characters outside the Basic Multilingual Plane (emoji, mathematical
# letters) in a Markdown article: the PDF prints them (no warning, no
# U+FFFD), qpdf --check is clean, every font is embedded, and pdftotext
# gives the paragraphs back character for character (the ToUnicode map
# turns the Private Use Area codes they are drawn with back into the
# characters); the EPUB of the same book passes epubcheck.
#
# Skipped (77) when no installed font has the emoji (fonts-symbola) or
# poppler-utils / qpdf are missing.
set -u
. "$(dirname "$0")/lib/epub.sh"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-pdf-astral}
for tool in pdftotext pdffonts qpdf fc-list python3; do
    command -v $tool >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
[ -n "$(fc-list ':charset=1f600 1f44d 1f389 1d465' file)" ] \
    || { echo "skipped: no font with the emoji and math letters (fonts-symbola)"; exit 77; }
rm -rf "$T" && mkdir -p "$T/book"
fail=0
export SOURCE_DATE_EPOCH=1767225600

cat >"$T/book/a.md" <<'MD'
---
title: Faces and Letters
---

We met at noon 😀 and agreed 👍 before the party 🎉 began.

Let 𝑥 and 𝑦 be the sides, so 𝑥 + 𝑦 is the half perimeter.

**Bold 🙂 too** and *italic 🚀 as well*, then plain é and ễ.
MD
printf 'title: T\nlanguage: en\narticles: [ a.md ]\n' >"$T/book/collection.yaml"
"$SHEAF" build -o "$T/out" "$T/book" 2>"$T/err" || { echo "FAIL: build"; cat "$T/err"; exit 1; }
if grep -q "prints as\|no installed font" "$T/err"; then
    echo "FAIL: a character was reported unprintable:"
    cat "$T/err"
    fail=1
fi
pdf="$T/out/book.pdf"
qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { echo "FAIL: qpdf --check"; cat "$T/qpdf.log"; fail=1; }
pdffonts "$pdf" | awk 'NR>2 && $(NF-4) != "yes" {print; bad=1} END {exit bad}' \
    || { echo "FAIL: a font is not embedded"; fail=1; }
pdftotext "$pdf" "$T/text.txt" 2>"$T/pdftotext.err"
[ -s "$T/pdftotext.err" ] && { echo "FAIL: pdftotext warned:"; cat "$T/pdftotext.err"; fail=1; }
python3 - "$T/book/a.md" "$T/text.txt" <<'PY' || fail=1
import re, sys
body = open(sys.argv[1], encoding="utf-8").read().split("---", 2)[2]
paras = [re.sub(r"[*]", "", p.strip()) for p in body.split("\n\n") if p.strip()]
text = open(sys.argv[2], encoding="utf-8").read()
flat = re.sub(r"\s+", " ", text)
bad = 0
for p in paras:
    if p not in flat:
        print("FAIL: not given back:", p)
        bad = 1
if "\ufffd" in text:
    print("FAIL: U+FFFD printed")
    bad = 1
if re.search("[\ue000-\uf8ff]", text):
    print("FAIL: a Private Use Area code leaked into the text")
    bad = 1
sys.exit(bad)
PY
if have_epubcheck; then
    epubcheck_clean "$T/out/book.epub" || fail=1
else
    echo "note: epubcheck not installed; EPUB not validated"
fi
[ $fail = 0 ] && echo "ok: characters outside the BMP printed and given back"
exit $fail
