#!/bin/bash
# Hebrew and Arabic in the PDF (tests/fixtures/rtl): an article in Hebrew,
# one in Arabic and an English one with Hebrew and Arabic phrases inline
# and whole paragraphs of each, built to one PDF.
#
#   - qpdf --check is clean and no character lacks a font;
#   - pdftotext (poppler reorders right-to-left text from the glyph
#     positions) gives every paragraph back in logical order: its letters
#     and digits, NFKC-normalised (the lam-alef ligatures come back as
#     such), in sequence;
#   - Arabic is drawn shaped (the content streams show presentation forms,
#     the lam-alef ligature, no bare Arabic letter) and the ToUnicode maps
#     give the letters back (pdftotext shows no presentation form but the
#     ligatures);
#   - the lines of the right-to-left articles end at the right edge of the
#     text block (set from the right), while the English article's lines
#     start at the left one; no line ends in a hyphen after a Hebrew or
#     Arabic letter.
#
# Skipped (77) when poppler-utils, qpdf or a font with Hebrew and the
# Arabic presentation forms (fonts-dejavu-core) is missing.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-pdf-rtl}
for tool in pdftotext qpdf fc-list python3; do
    command -v $tool >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
# U+05D0 ALEF, U+FE8D ARABIC LETTER ALEF ISOLATED FORM, U+FEFB LAM-ALEF
[ -n "$(fc-list ':charset=5d0 fe8d fefb' file)" ] \
    || { echo "skipped: no font with Hebrew and Arabic presentation forms"; exit 77; }
rm -rf "$T" && mkdir -p "$T/c"
export SOURCE_DATE_EPOCH=1767225600
cp tests/fixtures/rtl/*.md "$T/c/"
printf 'title: RTL\nlanguage: en\narticles: [ mixed.md, he.md, ar.md ]\n' >"$T/c/collection.yaml"
"$SHEAF" build --format pdf -o "$T/out" "$T/c" 2>"$T/err" \
    || { echo "FAIL: build"; cat "$T/err"; exit 1; }
fail=0
grep -q "no installed font" "$T/err" && { echo "FAIL: a character has no font"; cat "$T/err"; fail=1; }
pdf="$T/out/c.pdf"
qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { echo "FAIL: qpdf --check"; cat "$T/qpdf.log"; fail=1; }
pdftotext "$pdf" "$T/text.txt"
pdftotext -bbox-layout "$pdf" "$T/bbox.html"
qpdf --qdf --object-streams=disable "$pdf" "$T/qdf.pdf" >/dev/null 2>&1
python3 - "$T/text.txt" "$T/bbox.html" "$T/qdf.pdf" tests/fixtures/rtl/mixed.md tests/fixtures/rtl/he.md \
    tests/fixtures/rtl/ar.md <<'PY' || fail=1
import html, re, sys, unicodedata
txt, bbox, qdf, *srcs = sys.argv[1:]
raw = open(txt, encoding="utf-8").read()
bad = 0
def letters(s):
    s = unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e]", "", s))
    return "".join(ch for ch in s if ch.isalnum())
out = letters(raw)
RTL = re.compile("[\u0590-\u05ff\u0600-\u06ff\ufb1d-\ufdff\ufe70-\ufeff]")
# every paragraph back in logical order
n = 0
for src in srcs:
    body = open(src, encoding="utf-8").read().split("---", 2)[2]
    for p in body.split("\n\n"):
        p = re.sub(r"\]\([^)]*\)", "]", p.strip())  # link targets are not printed
        p = re.sub(r"^- ", "", p, flags=re.M)
        if not p:
            continue
        n += 1
        if "mixed" in src and RTL.match(p):
            # poppler gives a page one direction (here left to right):
            # a right-to-left paragraph's runs between punctuation come
            # back in page order, but every word reads in logical order
            for w in p.split():
                if letters(w) and letters(w) not in out:
                    print(f"FAIL: word not read back in logical order: {w}")
                    bad = 1
        elif letters(p) not in out:
            print(f"FAIL: not read back in logical order: {p[:40]}...")
            bad = 1
if n < 7:
    print(f"FAIL: only {n} paragraphs checked")
    bad = 1
# Arabic drawn shaped: the codes in the content streams (Identity-H:
# a code is the character's UTF-16 value; qpdf writes the strings in hex)
codes = []
for arr in re.finditer(rb"\[([^\]]*)\]\s*TJ", open(qdf, "rb").read()):
    for m in re.finditer(rb"<([0-9a-fA-F]+)>", arr.group(1)):
        h = m.group(1)
        codes += [int(h[i:i + 4], 16) for i in range(0, len(h) - 3, 4)]
forms = [c for c in codes if 0xFE70 <= c <= 0xFEFC]
bare = [c for c in codes if 0x0621 <= c <= 0x064A]
if len(forms) < 100:
    print(f"FAIL: only {len(forms)} Arabic presentation forms drawn")
    bad = 1
if bare:
    print(f"FAIL: {len(bare)} Arabic letters drawn unshaped, e.g. U+{bare[0]:04X}")
    bad = 1
if not [c for c in codes if 0xFEF5 <= c <= 0xFEFC]:
    print("FAIL: no lam-alef ligature drawn")
    bad = 1
# ... and read back as letters
left_forms = [ch for ch in raw if "\ufe70" <= ch <= "\ufef4"]
if left_forms:
    print(f"FAIL: pdftotext gives presentation forms: U+{ord(left_forms[0]):04X}")
    bad = 1
# lines: right-to-left articles end at the right edge, the English one
# starts at the left edge; no hyphen after a right-to-left letter
lines = []  # (page, xMin, xMax, text)
page = 0
for m in re.finditer(r'<page |<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</line>',
                     open(bbox, encoding="utf-8").read(), re.S):
    if m.group(0).startswith("<page"):
        page += 1
        continue
    words = re.findall(r">([^<]*)</word>", m.group(3))
    lines.append((page, float(m.group(1)), float(m.group(2)), html.unescape(" ".join(words))))
body = [l for l in lines if len(l[3]) > 12]
left = min(l[1] for l in body)
right = max(l[2] for l in body)
rtl_pages = {l[0] for l in body if len(RTL.findall(l[3])) > len(l[3]) / 2}
ltr_pages = {l[0] for l in body if re.match("An English", l[3])}
if not rtl_pages or not ltr_pages:
    print("FAIL: pages of the articles not found")
    bad = 1
rtl_lines = [l for l in body if l[0] in rtl_pages - ltr_pages]
flush = [l for l in rtl_lines if abs(l[2] - right) < 1]
if len(rtl_lines) < 8 or len(flush) < 0.6 * len(rtl_lines):
    print(f"FAIL: {len(flush)} of {len(rtl_lines)} right-to-left lines end at the right edge")
    bad = 1
for l in rtl_lines:
    if l[2] > right + 0.5:
        print(f"FAIL: a line past the right edge: {l[3][:30]}")
        bad = 1
en = [l for l in body if l[0] in ltr_pages and re.search("[A-Za-z]{4}", l[3])
      and not RTL.match(l[3])]
if not en or any(abs(l[1] - left) > 1 for l in en[1:4]):
    print("FAIL: the English article's lines do not start at the left edge")
    bad = 1
for l in lines:
    if re.search("[\u0590-\u06ff\ufb1d-\ufeff]-$", l[3]):
        print(f"FAIL: a right-to-left word hyphenated: {l[3][-20:]}")
        bad = 1
sys.exit(bad)
PY
[ $fail = 0 ] && echo "pdf_rtl: ok"
exit $fail
