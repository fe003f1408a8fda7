#!/bin/bash
# Japanese and Chinese Markdown (tests/fixtures/cjk) built to PDF: qpdf
# --check clean; no string cut with the marker; pdftotext gives every
# paragraph back with its characters contiguous (no space put inside CJK
# text, nothing lost, only line ends added); no line starts with closing
# punctuation or small kana or ends with an opening bracket; and every
# line of a justified paragraph but its last reaches the right margin.
#
# The CJK characters come from one font (not kana from one and ideographs
# from another), beyond the fonts a Latin-only build of the same style uses.
#
# Skipped (77) when no installed font has kana and ideographs (the PDF
# would print boxes) or poppler-utils / qpdf are missing.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-pdf-cjk}
for tool in pdftotext pdffonts qpdf fc-list python3; do
    command -v $tool >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
# U+3042 HIRAGANA A, U+65E5 and U+4E66 (a simplified ideograph)
[ -n "$(fc-list ':charset=3042 65e5 4e66' file)" ] \
    || { echo "skipped: no font with kana and ideographs (fonts-droid-fallback)"; exit 77; }
rm -rf "$T" && mkdir -p "$T"
fail=0
export SOURCE_DATE_EPOCH=1767225600

# the fonts a Latin-only document uses, by name without the subset tag
mkdir -p "$T/latin"
printf -- '---\ntitle: Latin\n---\n\nPlain *text* in **English**.\n' >"$T/latin/en.md"
printf 'title: T\nlanguage: en\narticles: [ en.md ]\n' >"$T/latin/collection.yaml"
"$SHEAF" build --format pdf -o "$T/latin/out" "$T/latin" 2>"$T/latin/err" \
    || { echo "FAIL: latin: build"; cat "$T/latin/err"; exit 1; }
fonts() { pdffonts "$1" | awk 'NR>2 {sub(/^[A-Z]+\+/, "", $1); print $1}' | sort -u; }
fonts "$T/latin/out/latin.pdf" >"$T/latin/fonts"

for lang in ja zh; do
    d="$T/$lang"
    mkdir -p "$d"
    cp "tests/fixtures/cjk/$lang.md" "$d/"
    printf 'title: T\nlanguage: %s\narticles: [ %s.md ]\n' "$lang" "$lang" >"$d/collection.yaml"
    "$SHEAF" build --format pdf -o "$d/out" "$d" 2>"$d/err" \
        || { echo "FAIL: $lang: build"; cat "$d/err"; fail=1; continue; }
    grep -q "cut with a marker" "$d/err" && { echo "FAIL: $lang: a string was cut"; fail=1; }
    pdf="$d/out/$lang.pdf"
    qpdf --check "$pdf" >"$d/qpdf.log" 2>&1 || { echo "FAIL: $lang: qpdf --check"; cat "$d/qpdf.log"; fail=1; }
    extra=$(fonts "$pdf" | comm -23 - "$T/latin/fonts")
    [ "$(echo "$extra" | grep -c .)" = 1 ] \
        || { echo "FAIL: $lang: CJK text set from more than one font:" $extra; fail=1; }
    pdftotext "$pdf" "$d/text.txt"
    pdftotext -bbox-layout "$pdf" "$d/bbox.html"
    python3 - "tests/fixtures/cjk/$lang.md" "$d/text.txt" "$d/bbox.html" "$lang" <<'PY' || fail=1
import re, sys, html
src, txt, bbox, lang = sys.argv[1:]
body = open(src, encoding="utf-8").read().split("---", 2)[2]
paras = [re.sub(r"\*\*", "", p.strip()) for p in body.split("\n\n") if p.strip()]
text = open(txt, encoding="utf-8").read()
bad = 0
# pdftotext ends every line with a newline; a line that ends with a hyphen
# ("Wi-" / "Fi") it joins without one: hyphens are left out of the match
joined = text.replace("\n", "").replace("-", "")
for p in paras:
    if p.replace("-", "") not in joined:
        print(f"FAIL: {lang}: paragraph not given back contiguously: {p[:20]}...")
        bad = 1
if "\u2192" in text:
    print(f"FAIL: {lang}: the cut marker is printed")
    bad = 1
# kinsoku on every line of the body text
NOSTART = set("、。，．：；！？」』）〕】〉》”’ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ々・…")
NOEND = set("「『（〔【〈《“‘")
lines = []  # (page, block, xMin, xMax, text)
page = block = 0
for m in re.finditer(r'<page |<block |<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</line>',
                     open(bbox, encoding="utf-8").read(), re.S):
    if m.group(0).startswith("<page"):
        page += 1
    elif m.group(0).startswith("<block"):
        block += 1
    else:
        words = re.findall(r">([^<]*)</word>", m.group(3))
        lines.append((page, block, float(m.group(1)), float(m.group(2)),
                      html.unescape("".join(words))))
cjk = [l for l in lines if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", l[4]) and len(l[4]) > 3]
for i, l in enumerate(cjk):
    if l[4][0] in NOSTART:
        print(f"FAIL: {lang}: a line starts with {l[4][0]}: {l[4][:12]}")
        bad = 1
    if l[4][-1] in NOEND:
        print(f"FAIL: {lang}: a line ends with {l[4][-1]}: {l[4][-12:]}")
        bad = 1
# justified: the right edge is the most common line end; a line followed
# by another of its block that is not indented (not a new paragraph) must
# reach it
ends = {}
for l in cjk:
    ends[round(l[3])] = ends.get(round(l[3]), 0) + 1
right = max(ends, key=ends.get)
left = min(l[2] for l in cjk)
nonfinal = short = 0
for a, b in zip(cjk, cjk[1:]):
    if a[:2] != b[:2] or b[2] > left + 3 or a[2] > left + 30:
        continue  # a paragraph's last line, or a heading, title or byline (an
                  # indent is at most two characters)
    nonfinal += 1
    if a[3] < right - 1:
        print(f"FAIL: {lang}: a justified line stops {right - a[3]:.1f} pt short: {a[4][-12:]}")
        short += 1
if nonfinal < 8:
    print(f"FAIL: {lang}: only {nonfinal} non-final lines found")
    bad = 1
sys.exit(1 if bad or short else 0)
PY
done

[ $fail = 0 ] && echo "pdf_cjk: ok"
exit $fail
