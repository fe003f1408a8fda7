#!/bin/bash
# Images in the PDF end to end, on the page test_image --write makes (an
# RGBA PNG with a soft edge, a CMYK JPEG, a grey JPEG drawn twice, a broken
# PNG with alt text): qpdf --check passes, pdftoppm renders without a word
# on stderr, every image stream is compressed (the soft mask included,
# which libharu's own PNG loader leaves raw), the placeholder's alt text is
# on the page, and the pixels where each image sits have its colour.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-pdf-images}
B=${SHEAF_BUILD_DIR:-build}
DRV="$B/tests/test_image"
mkdir -p "$T"
[ -x "$DRV" ] || { echo "skipped: $DRV is not built"; exit 77; }
for tool in qpdf pdftoppm pdftotext pdfimages python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
fail=0
bad() { echo "FAIL: $*"; fail=1; }

SHEAF_TEST_TMP="$T" "$DRV" --write "$T/img.pdf" >"$T/run.out" || { cat "$T/run.out"; exit 1; }
grep -c '^diag: article.md:7:3: warning: image .* not usable (' "$T/run.out" | grep -qx 1 ||
    bad "expected exactly one warning for the broken image: $(cat "$T/run.out")"
grep '^diag:.*error' "$T/run.out" && bad "errors while rendering"

qpdf --check "$T/img.pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
size=$(stat -c %s "$T/img.pdf")
echo "image page: $size bytes"
[ "$size" -lt $((100 * 1024)) ] || bad "PDF is $size bytes, over 100 KB"

# type: image or smask; enc: image (Flate) or jpeg; ratio: stream size to
# raw samples, so a raw stream (libharu's mask) would show 100%
pdfimages -list "$T/img.pdf" >"$T/list" 2>"$T/list.err" || bad "pdfimages failed"
[ -s "$T/list.err" ] && bad "pdfimages warned: $(head -3 "$T/list.err")"
cat "$T/list"
awk 'NR > 2 { n++; if ($3 == "smask") m++; r = $NF; sub("%", "", r);
              if ($9 == "image" && r + 0 > 50) big++ }
     END { exit !(n == 5 && m == 1 && big == 0) }' "$T/list" ||
    bad "expected 5 image uses, one soft mask, every Flate image compressed"

pdftoppm -r 72 -png "$T/img.pdf" "$T/page" 2>"$T/ppm.err" || bad "pdftoppm failed"
[ -s "$T/ppm.err" ] && bad "pdftoppm warned: $(head -3 "$T/ppm.err")"
pdftoppm -r 72 "$T/img.pdf" "$T/raw" 2>/dev/null || bad "pdftoppm (ppm) failed"

pdftotext "$T/img.pdf" - 2>"$T/txt.err" | tr -s ' \n' '  ' >"$T/text"
[ -s "$T/txt.err" ] && bad "pdftotext warned"
for w in 'A map of the' 'through Lawrence'; do
    grep -q "$w" "$T/text" || bad "placeholder alt text missing: $(cat "$T/text")"
done

# PDF (x, y) from the bottom-left, page 420 x 500 pt = pixels at 72 dpi
python3 - "$T"/raw-*.ppm <<'PY' || bad "image pixels"
import sys
data = open(sys.argv[1], 'rb').read()
fields, pos = [], 0
while len(fields) < 4:
    while data[pos:pos + 1].isspace():
        pos += 1
    s = pos
    while not data[pos:pos + 1].isspace():
        pos += 1
    fields.append(data[s:pos])
pos += 1
w, h = int(fields[1]), int(fields[2])
px = data[pos:]
def at(x, y):
    i = ((h - 1 - y) * w + x) * 3
    return tuple(px[i:i + 3])
def near(a, b, tol=12):
    return all(abs(p - q) <= tol for p, q in zip(a, b))
checks = [
    ("CMYK JPEG is cyan", at(290, 410), (0, 255, 255)),
    ("grey JPEG", at(290, 330), (90, 90, 90)),
    ("second use of the grey JPEG", at(355, 315), (90, 90, 90)),
    ("RGBA corner is transparent (white paper)", at(40, 445), (255, 255, 255)),
    ("placeholder frame", at(36, 180), (128, 128, 128)),
]
ok = True
for name, got, want in checks:
    good = near(got, want, 40 if name == "placeholder frame" else 12)
    print("%-45s %s %s" % (name, got, "ok" if good else "want %s" % (want,)))
    ok &= good
# the RGBA gradient (R = x * 255 / 400, G = y * 255 / 300, B = 160, rows
# from the top) drawn at 0.5 pt a pixel from (36, 450) down: a wrong
# predictor row length or colour count would scramble these
for px_, py_ in ((200, 150), (100, 150), (300, 150), (200, 60), (200, 240)):
    want = (px_ * 255 // 400, py_ * 255 // 300, 160)
    got = at(36 + px_ // 2, 450 - py_ // 2)
    good = near(got, want, 8)
    print("RGBA pixel (%d, %d) %s %s" % (px_, py_, got, "ok" if good else "want %s" % (want,)))
    ok &= good
sys.exit(0 if ok else 1)
PY
exit $fail
