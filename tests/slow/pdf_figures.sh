#!/bin/bash
# Figures whose picture is not embedded (tests/fixtures/html/figures.html:
# remote, missing, script-loaded, a caption beside the figure, one that
# repeats the alt text, a lone remote image, an inline one, a junk one, a
# picture's alt text given again, alone and with a caption),
# built to PDF and EPUB: in the PDF text each caption once and each
# stand-in once as "[Image: alt]", set smaller than the body; in the EPUB
# a <figure> with <p class="image-alt"> and <figcaption>, epubcheck clean;
# a German book says "[Bild: ...]".
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-pdf-figures}
for tool in pdftotext unzip python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
rm -rf "$T" && mkdir -p "$T/c/articles" "$T/de/articles"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cp tests/fixtures/html/figures.html "$T/c/articles/"
printf 'title: Figures\nlanguage: en\narticles:\n  - articles/figures.html\n' >"$T/c/collection.yaml"
export SOURCE_DATE_EPOCH=1767225600
"$SHEAF" build --quiet -o "$T/out" "$T/c" 2>"$T/err" || { cat "$T/err"; bad "build"; exit 1; }

pdftotext "$T/out/c.pdf" - 2>"$T/txt.err" | tr -s ' \n' '  ' >"$T/text"
[ -s "$T/txt.err" ] && bad "pdftotext warned: $(head -3 "$T/txt.err")"
once() { # text: exactly once in the PDF text
    local n
    n=$(grep -oF -- "$1" "$T/text" | wc -l)
    [ "$n" -eq 1 ] || bad "'$1' is in the PDF text $n times, not once"
}
once 'Orchid in foam oasis' # the caption; the alt text it repeats is gone
once 'Orchid in foam oasis (Lucy Akins)'
once '[Image: A grey heron on a mooring post]'
once 'Herons returned to the lake in May'
once '[Image: Various foliage]'
once 'Greens on the windowsill (Lucy Akins)'
once '[Image: Rainfall by month, 1990 to 2020]'
once '[Image]'
once 'The old mill in winter'
once '[Image: A hand-drawn map of the valley]'
once 'The valley as the first settlers drew it.'
once 'The same heron a week later.' # its repeated stand-in gone, the caption kept
grep -qF 'DSC_0042' "$T/text" && bad "junk alt text printed"
grep -qF 'a sun symbol on the label' "$T/text" || bad "inline alt text not in its sentence"

# The caption block is set smaller than the body: word heights from -bbox.
pdftotext -bbox "$T/out/c.pdf" "$T/bbox.html" 2>/dev/null
python3 - "$T/bbox.html" <<'PY' || bad "caption block not smaller than the body"
import re, sys
words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', open(sys.argv[1]).read())
def height(w):
    hs = [float(b) - float(a) for a, b, t in words if t == w]
    return hs[0] if hs else None
body, cap, alt = height("circumference"), height("Herons"), height("heron")
print("word heights: body %s, caption %s, stand-in %s" % (body, cap, alt))
ok = body and cap and alt and cap < body * 0.95 and alt < body * 0.95
sys.exit(0 if ok else 1)
PY

# EPUB: the figures as figures, and valid.
rm -rf "$T/x" && mkdir "$T/x" && (cd "$T/x" && unzip -q "$T/out/c.epub")
page=$(grep -l 'Orchid in foam oasis' -r "$T/x" --include='*.xhtml' | head -1)
[ -n "$page" ] || bad "no article page in the EPUB"
if [ -n "$page" ]; then
    n_fig=$(grep -o '<figure>' "$page" | wc -l)
    n_alt=$(grep -o '<p class="image-alt">' "$page" | wc -l)
    n_cap=$(grep -o '<figcaption>' "$page" | wc -l)
    [ "$n_fig" -eq 7 ] && [ "$n_alt" -eq 5 ] && [ "$n_cap" -eq 6 ] ||
        bad "EPUB: $n_fig figures, $n_alt stand-ins, $n_cap captions (want 7, 5, 6)"
    grep -qF '<p class="image-alt">[Image: A grey heron on a mooring post]</p>' "$page" ||
        bad "EPUB: stand-in text"
fi
if have_epubcheck; then
    epubcheck_clean "$T/out/c.epub" || fail=1
else
    echo "note: epubcheck not run (java or the jar missing)"
fi

# The label in the book's language.
cp tests/fixtures/html/figures.html "$T/de/articles/"
printf 'title: Bilder\nlanguage: de\narticles:\n  - articles/figures.html\n' >"$T/de/collection.yaml"
"$SHEAF" build --quiet -o "$T/out" "$T/de" 2>/dev/null || bad "build de"
pdftotext "$T/out/de.pdf" - 2>/dev/null | tr -s ' \n' '  ' | grep -qF '[Bild: A grey heron on a mooring post]' ||
    bad "German label"

[ $fail -eq 0 ] && echo "figures: PDF and EPUB ok"
exit $fail
