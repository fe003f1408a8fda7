#!/bin/bash
# The PDF renderer end to end on the hand-made document of test_render:
# qpdf --check, every font embedded with a ToUnicode map, pdftotext gives
# back exactly the words placed with no warnings (libharu's own ToUnicode
# made poppler warn on every page), each character of a glyph grid has ink
# (a glyph lost from an embedded subset is invisible to pdftotext), the
# 4-page article stays under 120 KB, and two runs give identical bytes.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-pdf-render}
B=${SHEAF_BUILD_DIR:-build}
DRV="$B/tests/test_render"
mkdir -p "$T"
[ -x "$DRV" ] || { echo "skipped: $DRV is not built"; exit 77; }
for tool in qpdf pdffonts pdftotext pdftoppm python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
fail=0
bad() { echo "FAIL: $*"; fail=1; }

"$DRV" --write "$T/a.pdf" "$T/a.txt" 4 >"$T/run.out" || { cat "$T/run.out"; exit 1; }
"$DRV" --write "$T/b.pdf" "$T/b.txt" 4 >/dev/null || exit 1
grep '^diag:' "$T/run.out" && bad "diagnostics while rendering"
grep '^grid ' "$T/run.out" >"$T/grid"
cmp -s "$T/a.pdf" "$T/b.pdf" || bad "two runs gave different bytes"

qpdf --check "$T/a.pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }

# name type... emb sub uni object gen: every font embedded, subset, mapped
pdffonts "$T/a.pdf" >"$T/fonts" 2>&1 || bad "pdffonts failed"
nfonts=$(awk 'NR > 2' "$T/fonts" | wc -l)
[ "$nfonts" -ge 5 ] || bad "expected at least 5 fonts, got $nfonts"
awk 'NR > 2 && ($(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes") { print; bad = 1 }
     END { exit bad }' "$T/fonts" || bad "a font is not embedded, subset and mapped"

read -r _ gpage gn gcols gx0 gtop gcell gheight <"$T/grid"
article=$((gpage - 1))
pdftotext -f 1 -l "$article" "$T/a.pdf" "$T/out.txt" 2>"$T/pdftotext.err" || bad "pdftotext failed"
[ -s "$T/pdftotext.err" ] && bad "pdftotext warned: $(head -3 "$T/pdftotext.err")"
# folios are lines of digits; everything else must come back word for word
grep -v -x '[0-9]*' "$T/out.txt" | tr -s ' \n\f' '  ' | sed 's/ *$//' >"$T/got"
tr -s ' \n' '  ' <"$T/a.txt" | sed 's/ *$//' >"$T/want"
cmp -s "$T/got" "$T/want" || { bad "pdftotext text differs"; diff <(tr ' ' '\n' <"$T/want") \
    <(tr ' ' '\n' <"$T/got") | head -10; }
for w in '“quiet”' 'café' 'Straße' 'Nguyễn' 'λόγος' 'σοφία' 'книга' '12–19,' '—'; do
    grep -q -- "$w" "$T/got" || bad "missing from the text: $w"
done

# the article alone (the grid page adds a little) must stay small
size=$(stat -c %s "$T/a.pdf")
echo "4-page article + grid page: $size bytes, $nfonts fonts"
[ "$size" -lt $((120 * 1024)) ] || bad "PDF is $size bytes, over 120 KB"

pdftoppm -gray -r 72 -f "$gpage" -l "$gpage" "$T/a.pdf" "$T/grid" || bad "pdftoppm failed"
python3 - "$T"/grid-*.pgm "$gn" "$gcols" "$gx0" "$gtop" "$gcell" <<'PY' || bad "blank glyphs"
import sys
path, n, cols, x0, top, cell = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
    float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
data = open(path, 'rb').read()
# P5 header: magic, width, height, maxval, then one byte a pixel
fields, pos = [], 0
while len(fields) < 4:
    while data[pos:pos + 1].isspace():
        pos += 1
    start = pos
    while not data[pos:pos + 1].isspace():
        pos += 1
    fields.append(data[start:pos])
pos += 1
w, h = int(fields[1]), int(fields[2])
px = data[pos:]
blank = []
for i in range(n):
    cx = int(x0 + (i % cols) * cell)
    cy = int(top - (i // cols + 1) * cell)       # bottom of the cell, PDF y
    ink = 0
    for y in range(h - int(cy + cell), h - cy):   # image rows run downwards
        row = px[y * w:(y + 1) * w]
        ink += sum(1 for x in range(cx, int(cx + cell)) if row[x] < 128)
    if ink < 4:
        blank.append(i)
if blank:
    print("cells without ink:", blank)
    sys.exit(1)
print(n, "glyphs, all inked")
PY
# Outlines with UTF-16 titles, and link annotations (URI and internal)
qpdf --json --json-key=outlines "$T/a.pdf" >"$T/outlines.json" || bad "qpdf --json failed"
python3 - "$T/outlines.json" <<'PY' || bad "outlines"
import json, sys
o = json.load(open(sys.argv[1], encoding='utf-8'))['outlines']
assert len(o) == 1 and o[0]['title'] == 'A Handout on Type', o
kids = [k['title'] for k in o[0]['kids']]
assert kids and kids[0] == 'Section 1: Étude — α', kids
assert o[0]['dest'][1] == '/XYZ' and o[0]['dest'][4] is None, o[0]['dest']
PY
qpdf --qdf --object-streams=disable "$T/a.pdf" "$T/qdf.pdf" || bad "qpdf --qdf failed"
grep -a -q '/URI (https://example.org/type)' "$T/qdf.pdf" || bad "no URI link annotation"
grep -a -q '/Dest ' "$T/qdf.pdf" || bad "no internal link annotation"

# Words print where layout measured them: pdftotext -bbox takes each
# word's extent from the PDF's /W widths and text positions, so this checks
# that width() (advances, kerning, fallback fonts) matches what viewers do.
# DejaVu Serif kerns (Charis SIL has no kerning pairs).
check_boxes() {  # pdf run.out
    pdftotext -bbox -f 1 -l 1 "$1" "$1.html" 2>/dev/null || { bad "pdftotext -bbox failed"; return; }
    python3 - "$1.html" "$2" <<'PY' || bad "word boxes of $1 differ from the metrics"
import re, sys, html
words = [(float(a), float(b), html.unescape(t)) for a, b, t in
         re.findall(r'<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>',
                    open(sys.argv[1], encoding='utf-8').read())]
boxes = [l.rstrip('\n').split('\t')[1:] for l in open(sys.argv[2], encoding='utf-8')
         if l.startswith('box\t')]
j, worst, bad = 0, 0.0, 0
for x0, x1, text in boxes:
    while j < len(words) and words[j][2] != text:
        j += 1
    if j == len(words):
        print("word not found in the PDF:", text)
        sys.exit(1)
    d = max(abs(words[j][0] - float(x0)), abs(words[j][1] - float(x1)))
    worst = max(worst, d)
    if d > 0.02:
        bad += 1
        if bad < 5:
            print("moved by %.3f pt: %s" % (d, text))
    j += 1
print("%d words, worst offset %.4f pt" % (len(boxes), worst))
sys.exit(1 if bad or not boxes else 0)
PY
}
check_boxes "$T/a.pdf" "$T/run.out"
"$DRV" --write "$T/k.pdf" "$T/k.txt" 1 "DejaVu Serif" >"$T/k.out" || bad "DejaVu Serif run failed"
check_boxes "$T/k.pdf" "$T/k.out"

exit $fail
