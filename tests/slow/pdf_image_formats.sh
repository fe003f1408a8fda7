#!/bin/bash
# WebP, AVIF and GIF pictures in a book (made by test_image_formats --write:
# a lossy WebP photo, the same photo as AVIF, a lossless WebP with a
# transparent half, a four-frame GIF, and a WebP cover; and a saved page
# carrying the GIF as a base64 data: URI, and a photo of noise of 100 KB+
# so, as a page saved whole with SingleFile does): built without a warning; the
# EPUB carries them as JPEG, PNG and GIF (no WebP or AVIF, which EPUB 3.2
# readers need not show) and
# passes epubcheck; the PDF passes qpdf --check, holds each picture (its
# first frame for the GIF) with a soft mask for the transparent ones, and
# pdftoppm shows the photo's colours where it is drawn.
set -u
. "$(dirname "$0")/lib/epub.sh"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-image-formats}
B=${SHEAF_BUILD_DIR:-build}
DRV="$B/tests/test_image_formats"
[ -x "$DRV" ] || { echo "skipped: $DRV is not built"; exit 77; }
for tool in qpdf pdfimages pdftoppm unzip python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
rm -rf "$T" && mkdir -p "$T/book/pics"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
export SOURCE_DATE_EPOCH=1767225600

"$DRV" --write "$T/book/pics" || { echo "FAIL: cannot write the pictures"; exit 1; }
cat >"$T/book/a.md" <<'MD'
---
title: Pictures of Every Kind
---

A photograph saved as WebP:

![A ramp from red to blue](pics/photo.webp)

The same photograph saved as AVIF:

![The ramp again](pics/photo.avif)

A drawing with a transparent half, also WebP:

![A green square, half of it clear](pics/alpha.webp)

An animated GIF, of which print shows the first frame:

![Four frames of stripes](pics/anim.gif)
MD
# a saved page whose picture is embedded as a base64 data: URI
{
    printf '<html><head><title>Embedded</title></head><body><article><h1>Embedded</h1>\n'
    printf '<p>The page carries its picture in itself.</p>\n<figure><img alt="Stripes" src="data:image/gif;base64,'
    base64 -w0 "$T/book/pics/anim.gif"
    printf '"><figcaption>Stripes, embedded</figcaption></figure>\n<figure><img alt="Grain" src="data:image/webp;base64,'
    base64 -w0 "$T/book/pics/grain.webp"
    printf '"><figcaption>Grain, embedded at full size</figcaption></figure>\n<p>And that is all.</p></article></body></html>\n'
} >"$T/book/b.html"
[ "$(wc -c <"$T/book/pics/grain.webp")" -gt 100000 ] || bad "the grain photo is not over 100 KB"
printf 'title: Formats\nlanguage: en\ncover: pics/cover.webp\narticles: [ a.md, b.html ]\n' \
    >"$T/book/collection.yaml"
"$SHEAF" build -o "$T/out" "$T/book" 2>"$T/err" || { echo "FAIL: build"; cat "$T/err"; exit 1; }
[ -s "$T/err" ] && bad "the build warned: $(cat "$T/err")"

epub="$T/out/book.epub"
unzip -l "$epub" >"$T/list"
grep -qi '\.webp\|\.avif' "$T/list" && bad "a WebP or AVIF is in the EPUB"
[ "$(grep -c 'EPUB/images/img-.*\.jpg' "$T/list")" = 3 ] ||
    bad "the photos (WebP, AVIF, embedded WebP) are not three JPEGs"
[ "$(grep -c 'EPUB/images/img-.*\.png' "$T/list")" = 1 ] || bad "the drawing is not one PNG"
[ "$(grep -c 'EPUB/images/img-.*\.gif' "$T/list")" = 2 ] || bad "the GIFs (file, data: URI) are not carried"
grep -q 'EPUB/images/cover\.jpg' "$T/list" || bad "the WebP cover is not a JPEG cover"
if have_epubcheck; then
    epubcheck_clean "$epub" || fail=1
else
    echo "note: epubcheck not installed; EPUB not validated"
fi

pdf="$T/out/book.pdf"
qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
pdfimages -list "$pdf" >"$T/images" 2>"$T/images.err" || bad "pdfimages failed"
[ -s "$T/images.err" ] && bad "pdfimages warned: $(head -3 "$T/images.err")"
cat "$T/images"
# the cover, the two photos, the drawing and its mask, the GIF and its
# mask, the embedded GIF and its mask, the embedded photo
awk 'NR > 2 { n++; if ($3 == "smask") m++; size[$4 "x" $5]++ }
     END { exit !(n == 10 && m == 3 && size["96x64"] == 2 && size["40x40"] == 2 &&
                  size["48x32"] == 4 && size["400x300"] == 1) }' "$T/images" ||
    bad "expected the cover, two 96x64 photos, 40x40 drawing, two 48x32 GIFs (three with masks) and the 400x300 embedded photo"
# the photo's left end is red and its right end blue, where it is drawn
page=$(awk 'NR > 2 && $4 == 96 && $5 == 64 { print $1; exit }' "$T/images")
pdftoppm -r 72 -f "$page" -l "$page" -png "$pdf" "$T/page" 2>"$T/ppm.err" || bad "pdftoppm failed"
python3 - "$T" <<'PY' || fail=1
import glob, struct, sys, zlib
# a small PNG reader (8-bit RGB, what pdftoppm writes)
data = open(sorted(glob.glob(sys.argv[1] + "/page*.png"))[0], "rb").read()
w, h = struct.unpack(">II", data[16:24])
idat, i = b"", 8
while i < len(data):
    n, kind = struct.unpack(">I4s", data[i:i + 8])
    if kind == b"IDAT":
        idat += data[i + 8:i + 8 + n]
    i += 12 + n
raw, rows, prev, bpp = zlib.decompress(idat), [], bytearray(w * 3), 3
for y in range(h):
    f, line = raw[y * (w * 3 + 1)], bytearray(raw[y * (w * 3 + 1) + 1:(y + 1) * (w * 3 + 1)])
    for x in range(len(line)):
        a = line[x - bpp] if x >= bpp else 0
        b, c = prev[x], prev[x - bpp] if x >= bpp else 0
        p = a + b - c
        pr = a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c) else c
        line[x] = (line[x] + [0, a, b, (a + b) // 2, pr][f]) & 255
    rows.append(line)
    prev = line
reddish = sum(1 for r in rows for x in range(w) if r[3*x] > 180 and r[3*x+2] < 90 and r[3*x+1] < 90)
bluish = sum(1 for r in rows for x in range(w) if r[3*x+2] > 180 and r[3*x] < 90 and r[3*x+1] < 90)
if reddish < 50 or bluish < 50:
    print("FAIL: the photo's colours are not on its page (red %d, blue %d)" % (reddish, bluish))
    sys.exit(1)
PY
[ $fail = 0 ] && echo "ok: WebP, AVIF and GIF in the EPUB and the PDF"
exit $fail
