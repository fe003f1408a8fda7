#!/bin/bash
# The manifest's cover image fitted to the first page: a 3:2 solid red PNG
# on A5 portrait must fill the page width, centred, with white above and
# below; the book still checks out (labels, links, qpdf --check).
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-pdf-cover}
mkdir -p "$T"
for tool in qpdf pdftoppm python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
fail=0
bad() { echo "FAIL: $*"; fail=1; }
rm -rf "$T/out"
"$SHEAF" build tests/fixtures/pdfnav/cover --format pdf -o "$T/out" >"$T/build.log" 2>&1 \
    || { cat "$T/build.log"; exit 1; }
grep -i "warning" "$T/build.log" && bad "warnings while building"
PDF="$T/out/cover.pdf"
qpdf --check "$PDF" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
printf 'Contents\nOne Article\nSources\n' >"$T/outline"
python3 tests/slow/pdfnav_check.py "$PDF" "$T/outline" || bad "navigation"
pdftoppm -r 36 -f 1 -l 1 "$PDF" "$T/p" 2>"$T/ppm.err" || bad "pdftoppm"
[ -s "$T/ppm.err" ] && { cat "$T/ppm.err"; bad "pdftoppm warned"; }
python3 - "$T"/p-1.ppm <<'PY' || bad "cover image placement"
import sys
d = open(sys.argv[1], "rb").read()
parts = d.split(b"\n", 3)
w, h = map(int, parts[1].split())
px = parts[3]
def at(x, y):
    i = (y * w + x) * 3
    return tuple(px[i:i + 3])
red = lambda c: c[0] > 150 and c[1] < 90 and c[2] < 90
white = lambda c: min(c) > 230
# the image is w wide and w*2/3 tall, centred: rows inside are red from
# edge to edge, rows well above and below are white
top = (h - w * 2 // 3) // 2
ok = True
for x in (1, w // 2, w - 2):
    ok &= red(at(x, h // 2)) and red(at(x, top + 3)) and red(at(x, h - top - 4))
    ok &= white(at(x, top - 4)) and white(at(x, h - top + 3))
sys.exit(0 if ok else 1)
PY
[ $fail = 0 ] && echo "pdf_nav_cover: ok"
exit $fail
