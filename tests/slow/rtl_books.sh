#!/bin/bash
# Two books in other scripts, built to EPUB and PDF, every file valid
# (epubcheck: 0 errors, 0 warnings; qpdf --check), plus the EPUBs of
# tests/unit/test_rtl and tests/unit/test_epub_look:
#
#   - a Hebrew book (language: he) whose parts have Hebrew and Arabic
#     titles, with a Hebrew article holding a Markdown table aligned left,
#     centre and right and a word too long for the line;
#   - an English book with a Hebrew part title, the mixed-script article of
#     tests/fixtures/rtl, and a Greek and a Japanese article that name no
#     language.
#
# Checked on the outputs: the Greek and Japanese pages carry the guessed
# language and the Greek quotes are « » in both the EPUB and the PDF; the
# Hebrew paragraph of the English article has dir="rtl"; the cut in the
# Hebrew book is marked with a leftwards arrow, never a rightwards one.
# The Hebrew book's PDF contents page is laid out right to left (x
# positions from pdftotext -bbox-layout).
# Skipped (77) without java/epubcheck, qpdf, pdftotext or unzip.
set -u
. tests/slow/lib/epub.sh
have_epubcheck || { echo "skipped: java or epubcheck.jar missing"; exit 77; }
for tool in qpdf pdftotext unzip python3; do
    command -v $tool >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
: "${SHEAF:?}"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-rtl-books}
rm -rf "$T" && mkdir -p "$T/he" "$T/en" "$T/out"
export SOURCE_DATE_EPOCH=1767225600
fail=0

cp tests/fixtures/rtl/he.md tests/fixtures/rtl/ar.md "$T/he/"
long=$(python3 -c 'print("אבגד" * 60)')
cat >"$T/he/table.md" <<MD
---
title: טבלה
language: he
---

טבלה קטנה עם יישור לשמאל, למרכז ולימין, כפי שהמחבר כתב אותה.

| שם | מספר | הערה |
|:---|:---:|---:|
| אחד | 1 | קצר |
| שניים ושלושה | 23 | ארוך יותר |

מילה ארוכה מדי לשורה: $long סוף.
MD
cat >"$T/he/collection.yaml" <<'YAML'
title: "ספר הקריאה של הכיתה: מהדורה שנייה?"
editor: ישראל ישראלי
language: he
date: 2026-09-01
parts:
  - title: "חלק ראשון: שורשים"
    articles: [he.md, table.md]
  - title: الجزء الثاني
    articles: [ar.md]
YAML

cp tests/fixtures/rtl/mixed.md "$T/en/"
printf '# Βιβλιοθήκη\n\nΗ βιβλιοθήκη είναι ανοιχτή κάθε μέρα για όλους. Είπε "καλημέρα" σε όλους τους αναγνώστες.\n' >"$T/en/el.md"
printf '# 図書館\n\n図書館の一日。私は毎朝、図書館へ行きます。彼は「こんにちは」と言った。そこで本を読みます。\n' >"$T/en/ja.md"
cat >"$T/en/collection.yaml" <<'YAML'
title: Readings in Several Scripts
editor: Dana Rivera
language: en
date: 2026-09-01
parts:
  - title: "חלק ראשון: שורשים"
    articles: [mixed.md]
  - title: Elsewhere
    articles: [el.md, ja.md]
YAML

books=()
for c in he en; do
    "$SHEAF" build -o "$T/out" "$T/$c" 2>"$T/$c.err" >/dev/null || { echo "FAIL: build $c"; cat "$T/$c.err"; fail=1; }
    books+=("$T/out/$c.epub")
    qpdf --check "$T/out/$c.pdf" >"$T/$c.qpdf" 2>&1 || { echo "FAIL: qpdf --check $c.pdf"; cat "$T/$c.qpdf"; fail=1; }
done
if [ -x "${SHEAF_BUILD_DIR:-build}/tests/test_rtl" ]; then
    "${SHEAF_BUILD_DIR:-build}/tests/test_rtl" "$T/out/test_rtl.epub" >/dev/null || { echo "FAIL: test_rtl"; fail=1; }
    books+=("$T/out/test_rtl.epub")
fi
if [ -x "${SHEAF_BUILD_DIR:-build}/tests/test_epub_look" ]; then
    "${SHEAF_BUILD_DIR:-build}/tests/test_epub_look" "$T/out/test_epub_look.epub" >/dev/null ||
        { echo "FAIL: test_epub_look"; fail=1; }
    books+=("$T/out/test_epub_look.epub")
fi
for b in "${books[@]}"; do
    [ -f "$b" ] || { echo "FAIL: $b not written"; fail=1; continue; }
    epubcheck_clean "$b" || fail=1
done
grep -q "cut with a marker" "$T/he.err" || { echo "FAIL: the long word was not cut"; fail=1; }

mkdir -p "$T/x-en" && (cd "$T/x-en" && unzip -oq "$T/out/en.epub")
pdftotext "$T/out/en.pdf" "$T/en.txt"
pdftotext "$T/out/he.pdf" "$T/he.txt"
python3 - "$T" <<'PY' || fail=1
import glob, re, sys
t = sys.argv[1]
bad = 0
pages = {}
for f in glob.glob(f"{t}/x-en/EPUB/*.xhtml"):
    pages[f] = open(f, encoding="utf-8").read()
def page_with(s):
    return next((x for x in pages.values() if s in x), None)
el = page_with("Βιβλιοθήκη</h1>")
ja = page_with("図書館</h1>")
mixed = page_with("Mixed scripts</h1>")
if not el or 'lang="el"' not in el or "«καλημέρα»" not in el:
    print("FAIL: the Greek page lacks lang=\"el\" or Greek quotes"); bad = 1
if not ja or 'lang="ja"' not in ja or "「こんにちは」" not in ja:
    print("FAIL: the Japanese page lacks lang=\"ja\" or its own quotes"); bad = 1
if not mixed or not re.search(r'<p dir="rtl">שלום עולם!', mixed):
    print("FAIL: the Hebrew paragraph of the English article has no dir=\"rtl\""); bad = 1
en = open(f"{t}/en.txt", encoding="utf-8").read()
if "«καλημέρα»" not in en:
    print("FAIL: the PDF's Greek article lacks Greek quotes"); bad = 1
he = open(f"{t}/he.txt", encoding="utf-8").read()
if "\u2190" not in he or "\u2192" in he:
    print("FAIL: the Hebrew book's cut is not marked with a leftwards arrow only"); bad = 1
sys.exit(bad)
PY
# The Hebrew book's contents page is the mirror of a left-to-right one:
# the heading and the titles flush right (articles indented from the
# right), the page numbers at the left edge, the leaders between them;
# the English book's stays left to right.
for c in he en; do
    pdftotext -f 1 -l 6 -bbox-layout "$T/out/$c.pdf" "$T/$c.bbox.html"
done
python3 - "$T" <<'PY' || fail=1
import re, sys
t = sys.argv[1]
def toc_lines(book):
    # (y, [(xmin, xmax, text)]) of the first page that has dot leaders,
    # and the line just above its first entry (the heading)
    html = open(f"{t}/{book}.bbox.html", encoding="utf-8").read()
    for page in html.split("<page ")[1:]:
        lines = []
        for ln in re.findall(r"<line .*?</line>", page, re.S):
            words = [(float(a), float(b), w) for a, b, w in
                     re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', ln)]
            if words:
                lines.append(sorted(words))
        if any(re.fullmatch(r"\.{3,}", w[2]) for l in lines for w in l):
            return lines
    return []
bad = 0
def check(book, rtl):
    global bad
    lines = toc_lines(book)
    entries = [l for l in lines if any(re.fullmatch(r"\.{3,}", w[2]) for w in l)]
    if len(entries) < 4:
        print(f"FAIL: {book}: contents page not found ({len(entries)} entries)"); bad = 1; return
    head = lines[0]
    left = min(l[0][0] for l in entries)
    right = max(l[-1][1] for l in entries)
    for l in entries:
        dots = next(i for i, w in enumerate(l) if re.fullmatch(r"\.{3,}", w[2]))
        num = l[0] if rtl else l[-1]
        title = l[dots + 1:] if rtl else l[:dots]
        if not re.fullmatch(r"[0-9ivxlc]+", num[2]) or not title:
            print(f"FAIL: {book}: entry {[w[2] for w in l]}: the number is not at the " +
                  ("left" if rtl else "right")); bad = 1; continue
        if rtl and (abs(num[0] - left) > 0.5 or not l[dots][1] < title[0][0]):
            print(f"FAIL: {book}: entry {[w[2] for w in l]} not mirrored"); bad = 1
        if not rtl and abs(num[1] - right) > 0.5:
            print(f"FAIL: {book}: entry {[w[2] for w in l]}: number not flush right"); bad = 1
    if rtl:
        # titles flush right: the parts' (and Sources') at the right edge,
        # the articles' indented from it, none past it
        flush = [l for l in entries if abs(l[-1][1] - right) < 0.5]
        if len(flush) < 3 or len(flush) == len(entries):
            print(f"FAIL: {book}: {len(flush)} of {len(entries)} titles flush right"); bad = 1
        if abs(head[-1][1] - right) > 0.5:
            print(f"FAIL: {book}: the contents heading is not flush right ({head[-1][1]} vs {right})"); bad = 1
    elif abs(head[0][0] - left) > 0.5:
        print(f"FAIL: {book}: the contents heading is not flush left"); bad = 1
check("he", True)
check("en", False)
sys.exit(bad)
PY

[ $fail = 0 ] && echo "rtl_books: ok"
exit $fail
