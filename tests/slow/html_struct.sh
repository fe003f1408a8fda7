#!/bin/bash
# Saved pages' structure in the built books (tests/fixtures/html/anchors.html
# and the other structure fixtures, see tests/unit/test_html_struct.c):
# the EPUB passes epubcheck with every in-page link aiming at an id of its
# page; the PDF passes qpdf --check and each in-page link leads to the
# line where its target starts (tests/slow/lib/pdflinks.py).
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-html-struct}
for tool in qpdf pdftotext unzip python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
rm -rf "$T" && mkdir -p "$T/c/articles"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cp tests/fixtures/html/anchors.html tests/fixtures/html/spans.html tests/fixtures/html/gallery.html \
    tests/fixtures/html/mediawiki.html tests/fixtures/html/footnotes.html \
    tests/fixtures/html/glossary.html "$T/c/articles/"
# footnotes.html's picture in running text: a 480 x 300 PNG made here
mkdir -p "$T/c/articles/images"
python3 - "$T/c/articles/images/yard.png" <<'PY'
import struct, sys, zlib
w, h = 480, 300
raw = b"".join(b"\x00" + bytes((90, 110, 140)) * w for _ in range(h))
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                              + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
# a glossary over several pages: the printed edition's page breaks fall
# inside its list, where the e-book's markers must go inside a term
# (last of the articles, so the pages of the others stay as the checks know them)
python3 - tests/fixtures/html/glossary.html "$T/c/articles/z-glossary-long.html" <<'PY'
import re, sys
page = open(sys.argv[1]).read().replace("A Glossary of the Mill", "The Long Glossary")
body = re.sub(r' id="[^"]*"', "", re.search(r"<dl>(.*)</dl>", page, re.S).group(1))
open(sys.argv[2], "w").write(re.sub(r"<dl>.*</dl>", "<dl>" + body * 12 + "</dl>", page, flags=re.S))
PY
# a second copy: the same names in two articles must not cross over
sed 's/Notes on the Lantern Works/More Lantern Notes/' tests/fixtures/html/anchors.html \
    >"$T/c/articles/anchors2.html"
{
    printf 'title: Structure\nlanguage: en\narticles:\n'
    for f in "$T"/c/articles/*.html; do printf '  - articles/%s\n' "$(basename "$f")"; done
} >"$T/c/collection.yaml"
export SOURCE_DATE_EPOCH=1767225600
"$SHEAF" build --quiet -o "$T/out" "$T/c" 2>"$T/err" || { cat "$T/err"; bad "build"; exit 1; }
grep -q "warning:\|error:" "$T/err" && bad "build warned: $(grep -m3 "warning:\|error:" "$T/err")"

# ---- EPUB
rm -rf "$T/x" && mkdir "$T/x" && (cd "$T/x" && unzip -q "$T/out/c.epub")
if have_epubcheck; then
    epubcheck_clean "$T/out/c.epub" || fail=1
else
    echo "note: epubcheck not run (java or the jar missing)"
fi
python3 - "$T/x" <<'PY' || bad "EPUB in-page links"
import glob, re, sys
ok = True
for f in sorted(glob.glob(sys.argv[1] + "/EPUB/*.xhtml")):
    x = open(f).read()
    ids = re.findall(r' id="([^"]+)"', x)
    if len(ids) != len(set(ids)):
        print("duplicate ids in", f); ok = False
    for h in re.findall(r' href="#([^"]+)"', x):
        if h not in ids:
            print("%s: #%s aims at no id" % (f, h)); ok = False
page = open(sys.argv[1] + "/EPUB/notes-on-the-lantern-works.xhtml").read()
for want in ['<li id="note1">', '<table id="wages">', '<p id="intro-para">',
             'href="#the-glass-shop"', 'href="#note2"']:
    if want not in page:
        print("EPUB page lacks", want); ok = False
spans = open(glob.glob(sys.argv[1] + "/EPUB/orchard*.xhtml")[0]).read()
for want in ['<th rowspan="2">Variety</th><th colspan="2">First season</th>',
             '<td rowspan="2">Pippin</td>', '<td colspan="2">not picked (frost)</td>',
             '<tbody><tr><th rowspan="3">Barrels</th>']:
    if want not in spans:
        print("EPUB table lacks", want); ok = False
gallery = open(glob.glob(sys.argv[1] + "/EPUB/a-walk*.xhtml")[0]).read()
n = len(re.findall(r'<li>\s*<figure>\s*<p class="image-alt">', gallery))
if n != 3:
    print("EPUB: %d gallery items are figures, not 3" % n); ok = False
for f in glob.glob(sys.argv[1] + "/EPUB/*.xhtml"):
    if "[edit]" in re.sub(r"<[^>]*>", "", open(f).read()):
        print("EPUB: [edit] in", f); ok = False
if 'id="unused"' in page:
    print("an id no link aims at was kept"); ok = False
# footnotes.html: six notes of five shapes (full-address links, two lists,
# no back-links, a paragraph, Substack's div), in the page's own order
mill = open(glob.glob(sys.argv[1] + "/EPUB/the-mill-notes*.xhtml")[0]).read()
notes = re.findall(r'<aside epub:type="footnote".*?</aside>', mill, re.S)
want = ["old wheel", "fire register", "order book", "parish chest", "hand changes",
        "typed", "drawings"]
got = [w for w in want if any(w in n for n in notes)]
if len(notes) != 7 or got != want or [i for i, n in enumerate(notes) if "drawings" in n] != [6]:
    print("EPUB: %d notes, with %s" % (len(notes), got)); ok = False
elif "museum" not in notes[6]:
    print("EPUB: the div note lost its second paragraph"); ok = False
body = re.sub(r"<[^>]*>", "", mill.split('<section class="notes"')[0])
for gone in ["^", "The daybook is in the parish chest", "The society's copy"]:
    if gone in body:
        print("EPUB: '%s' still in the text" % gone); ok = False
if "wiki.example.org" in mill:
    print("EPUB: a link to the page's own place kept its full address"); ok = False
# glossary.html: a definition list, its terms and definitions in order,
# the one a link aims at named
gl = open(glob.glob(sys.argv[1] + "/EPUB/a-glossary*.xhtml")[0]).read()
m = re.search(r"<dl>(.*?)</dl>", gl, re.S)
parts = re.findall(r"<(dt|dd)[^>]*>", m.group(1)) if m else []
if parts != ["dt", "dd", "dt", "dt", "dd", "dt", "dd", "dd"]:
    print("EPUB: glossary list is", parts); ok = False
if '<dt id="term-tail-race">Tail race</dt>' not in gl:
    print("EPUB: the linked term lost its id")
    ok = False
long = open(glob.glob(sys.argv[1] + "/EPUB/the-long-glossary*.xhtml")[0]).read()
if not re.search(r'<d[td]><span epub:type="pagebreak"', long):
    print("EPUB: no page break inside the long glossary's list"); ok = False
sys.exit(0 if ok else 1)
PY

# ---- PDF
qpdf --check "$T/out/c.pdf" >"$T/qpdf" 2>&1 || { cat "$T/qpdf"; bad "qpdf --check"; }
python3 tests/slow/lib/pdflinks.py "$T/out/c.pdf" >"$T/links" || bad "reading the PDF's links"
leads() { # link words, then what the line it leads to starts with: exactly twice (both copies)
    local n
    n=$(grep -c -F -- "$1 -> $2" "$T/links")
    [ "$n" -eq 2 ] || bad "PDF: '$1' leads to '$2' $n times, not twice"
}
leads 'library.1' '1. The ledger was rebound'
leads 'glass shop,' 'The glass shop'
leads 'tin shop' 'The tinsmiths cut'
leads 'packing room' 'Packing was done'
leads 'wage table.' 'Trade Weekly wage'
leads 'opening paragraph' 'Three workshops'
leads 'sizes.2' '2. The largest size'
leads 'a link to it' 'An old-style anchor'
# table cells in their columns: under a cell two rows deep the next row
# starts in the second column; a cell two columns wide starts at the first
pdftotext -bbox "$T/out/c.pdf" "$T/bbox.html" 2>/dev/null
python3 - "$T/bbox.html" <<'PY' || bad "PDF table columns"
import re, sys
# the words of the table's page only (numbers on a contents page are words too)
pages = [p for p in open(sys.argv[1]).read().split("<page ") if ">Barrels<" in p]
words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<',
                   pages[0] if pages else "")
def x(w):
    xs = [float(a) for a, t in words if t == w]
    return xs[0] if xs else None
pairs = [("37", "35"), ("39", "42"), ("51", "58"), ("not", "42"), ("Second", "42"), ("Early", "40"),
         ("12", "Sweet"), ("15", "Dry"), ("Total", "Barrels")]
ok = True
for a, b in pairs:
    if x(a) is None or x(b) is None or abs(x(a) - x(b)) > 0.5:
        print("'%s' at x=%s, not under '%s' at x=%s" % (a, x(a), b, x(b))); ok = False
sys.exit(0 if ok else 1)
PY
grep -qF 'pruned early sprayed twice' <(pdftotext "$T/out/c.pdf" - | tr -s ' \n' '  ') ||
    bad "PDF: the table inside a cell lost words"

# a gallery's pictures are figures in the PDF too: the stand-in once each
pdftotext "$T/out/c.pdf" - | tr -s ' \n' '  ' >"$T/text"
for alt in 'The sluice gate, rusted open' 'The empty wheel pit' 'Alders over the tail pool'; do
    n=$(grep -oF -- "[Image: $alt]" "$T/text" | wc -l)
    [ "$n" -eq 1 ] || bad "PDF: '[Image: $alt]' $n times, not once"
done

# footnotes.html: its notes at the article's end, its picture in running
# text set as a picture, not as its alt text
for w in 'copy has the drawings. It is kept' 'The daybook is in the parish chest.'; do
    grep -qF -- "$w" "$T/text" || bad "PDF: note '$w' missing"
done
grep -qF 'The mill yard in snow' "$T/text" && bad "PDF: the picture in the text printed as its alt"
if command -v pdfimages >/dev/null; then
    n=$(pdfimages -list "$T/out/c.pdf" | awk 'NR > 2 && $4 == 480 && $5 == 300' | wc -l)
    [ "$n" -ge 1 ] || bad "PDF: the picture in the text is not in the PDF"
fi

# glossary.html: each term on its own line, its definition indented under it
n=$(grep -c -F -- "tail race -> Tail race" "$T/links")
[ "$n" -eq 1 ] || bad "PDF: 'tail race' leads to its term $n times, not once"
python3 - "$T/bbox.html" <<'PY' || bad "PDF definition list"
import re, sys
words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<',
                   open(sys.argv[1]).read())
def first(w):
    for x, y, t in words:
        if t == w:
            return float(x), float(y)
    return None
ok = True
for term, defn in (("Head", "channel"), ("Lade", "Another"), ("Tail", "spent")):
    a, b = first(term), first(defn)
    if not a or not b or not (b[1] > a[1] + 5 and b[0] > a[0] + 10):
        print("'%s' at %s: definition '%s' at %s not indented under it" % (term, a, defn, b))
        ok = False
sys.exit(0 if ok else 1)
PY

# a wiki's [edit] links: not on the pages, in the contents or the outline
grep -qF '[edit]' "$T/text" && bad "PDF: [edit] in the text"
qpdf --json=2 --json-key=outlines "$T/out/c.pdf" | grep -q '"title": "[^"]*edit' &&
    bad "PDF: [edit] in the outline"
qpdf --json=2 --json-key=outlines "$T/out/c.pdf" | grep -q '"title": "History"' ||
    bad "PDF: no outline entry for a wiki's section"

[ $fail -eq 0 ] && echo "html structure: EPUB and PDF ok"
exit $fail
