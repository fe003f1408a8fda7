#!/bin/bash
# A web archive of one photograph that its page names hundreds of times
# (a gallery, a repeated logo) costs the photograph once: read, checked,
# decoded for the EPUB and sized for the PDF once, not once per <img>.
# Per <img> it took seconds and gigabytes (300 names of a 4 MB picture:
# about a minute); now both books are made in a few seconds. What is
# checked here is that each book holds the picture once (the EPUB one file,
# the PDF one image object); the time is bench/'s to measure, and the
# timeout only stops a build that hangs. Both books are validated as every
# book the tests make is: epubcheck, qpdf --check, pdftotext.
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
have_epubcheck || { echo "skipped: java or epubcheck.jar missing"; exit 77; }
for tool in python3 pdfimages pdftotext qpdf unzip; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
SHEAF=$(realpath "$SHEAF")
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T/c"
python3 - "$T/c/gallery.mhtml" <<'PY'
import base64, os, random, struct, sys, zlib
random.seed(7)
w = h = 1100  # noise: does not compress, so the PNG is ~3.6 MB
raw = b"".join(b"\0" + random.randbytes(w * 3) for _ in range(h))
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))
body = "".join('<p>Plate %d of the survey, as the surveyors drew it.</p>'
               '<p><img src="plate.png" alt="Plate %d"></p>\n' % (i, i) for i in range(300))
page = ("<!DOCTYPE html><html><head><title>The Survey Plates</title></head><body>"
        "<article><h1>The Survey Plates</h1>" + body + "</article></body></html>")
msg = ("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n"
       "--b\nContent-Type: text/html\nContent-Location: https://x.example/survey/\n\n"
       + page + "\n--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
       "Content-Location: https://x.example/survey/plate.png\n\n"
       + base64.encodebytes(png).decode() + "--b--\n")
open(sys.argv[1], "w").write(msg)
PY
printf 'title: Plates\nauthor: A. Surveyor\nlanguage: en\narticles:\n  - gallery.mhtml\n' \
    >"$T/c/collection.yaml"
if ! timeout 600 "$SHEAF" build "$T/c" -o "$T/out" >"$T/log" 2>&1; then
    echo "FAIL: the build failed or hung"; cat "$T/log"; exit 1
fi
[ -n "$(ls "$T"/out/*.epub 2>/dev/null)" ] || { echo "FAIL: no EPUB"; exit 1; }
n=$(unzip -l "$T"/out/*.epub | grep -c 'images/img-')
if [ "$n" != 1 ]; then echo "FAIL: $n pictures in the EPUB, expected 1"; exit 1; fi
pdfimages -list "$T"/out/*.pdf >"$T/images" 2>&1 || { echo "FAIL: pdfimages"; exit 1; }
placed=$(awk 'NR > 2' "$T/images" | wc -l)
objects=$(awk 'NR > 2 { print $11 }' "$T/images" | sort -u | wc -l)
if [ "$placed" != 300 ] || [ "$objects" != 1 ]; then
    echo "FAIL: the PDF places $placed pictures from $objects image objects, expected 300 from 1"
    exit 1
fi
epubcheck_clean "$T"/out/*.epub >"$T/epubcheck" 2>&1 || { echo "FAIL: epubcheck"; tail -20 "$T/epubcheck"; exit 1; }
qpdf --check "$T"/out/*.pdf >"$T/qpdf" 2>&1 || { echo "FAIL: qpdf --check"; cat "$T/qpdf"; exit 1; }
pdftotext "$T"/out/*.pdf "$T/text" 2>"$T/pdftotext.err"
if [ -s "$T/pdftotext.err" ] || ! grep -q "Plate 299 of the survey" "$T/text"; then
    echo "FAIL: pdftotext warned or the last plate's text is not in the PDF"; exit 1
fi
echo "ok: one picture in the EPUB, one image object placed 300 times in the PDF; both books valid"
