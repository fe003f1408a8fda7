#!/bin/bash
# The EPUB's page-list, when a build makes both formats: every entry points
# to a doc-pagebreak marker that exists in its file and carries the entry's
# number; the numbers are exactly the PDF's body page labels (its decimal
# /PageLabels range), in order; the words right after each marker are on
# that PDF page (pdftotext, spaces, hyphens and case ignored); the package
# names its source edition; epubcheck stays clean. Run on the shipped
# collection and on a copy with another style (other page breaks). An
# EPUB-only build has no page-list, markers or dc:source.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
. tests/slow/lib/epub.sh
command -v python3 >/dev/null || { echo "skipped: python3 missing"; exit 77; }
command -v qpdf >/dev/null && command -v pdftotext >/dev/null ||
    { echo "skipped: qpdf or pdftotext missing"; exit 77; }
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
make_styled_collection "$T/styled"
fail=0

check() { # check COLLECTION_DIR NAME
    local out="$T/out-$2" x="$T/x-$2"
    "$SHEAF" build --quiet -o "$out" "$1" || { echo "FAIL: build $1"; return 1; }
    local base
    base=$(basename "$1")
    mkdir -p "$x" && (cd "$x" && unzip -q "$out/$base.epub") || return 1
    qpdf --json --json-key=pagelabels "$out/$base.pdf" > "$x/labels.json" || return 1
    local n
    n=$(qpdf --show-npages "$out/$base.pdf") || return 1
    for ((i = 1; i <= n; i++)); do
        pdftotext -layout -f "$i" -l "$i" "$out/$base.pdf" "$x/page-$i.txt" || return 1
    done
    python3 - "$x" "$n" <<'PY' || return 1
import sys, os, re, json, html, xml.etree.ElementTree as ET
x, npages = sys.argv[1], int(sys.argv[2])
d = os.path.join(x, 'EPUB')
X = '{http://www.w3.org/1999/xhtml}'
E = '{http://www.idpf.org/2007/ops}type'
fail = []

# the PDF's body labels: pages in a decimal (/D) label range
ranges = json.load(open(os.path.join(x, 'labels.json')))['pagelabels']
want = []
for i in range(npages):
    r = max((r for r in ranges if r['index'] <= i), key=lambda r: r['index'], default=None)
    if r and r['label'].get('/S') == '/D':
        want.append((str(r['label'].get('/St', 1) + i - r['index']), i + 1))
if not want:
    fail.append('the PDF has no decimal page labels')

nav = ET.parse(os.path.join(d, 'nav.xhtml')).getroot()
pl = [n for n in nav.iter(X + 'nav') if n.get(E) == 'page-list']
if len(pl) != 1:
    fail.append('nav.xhtml has %d page-list navs' % len(pl))
    pl = [ET.Element('nav')]
entries = [(''.join(a.itertext()).strip(), a.get('href')) for a in pl[0].iter(X + 'a')]
if [e[0] for e in entries] != [w[0] for w in want]:
    fail.append('page-list numbers %s != PDF body labels %s'
                % ([e[0] for e in entries], [w[0] for w in want]))

def squash(s):
    # letters only: spaces, hyphenation, wrap marks and the line numbers
    # some styles print in the margin do not count
    return re.sub(r'[\W\d_]', '', s, flags=re.U).lower()

raw = {}
placed_in_text = 0
at_end = 0
for (label, href), (_, pdf_page) in zip(entries, want):
    f, _, frag = (href or '').partition('#')
    path = os.path.join(d, f)
    if not frag or not os.path.exists(path):
        fail.append('entry %s: bad href %r' % (label, href))
        continue
    root = ET.parse(path).getroot()
    hits = [e for e in root.iter() if e.get('id') == frag]
    if len(hits) != 1:
        fail.append('entry %s: id %r found %d times in %s' % (label, frag, len(hits), f))
        continue
    m = hits[0]
    if (m.get(E) != 'pagebreak' or m.get('role') != 'doc-pagebreak'
            or m.get('aria-label') != label):
        fail.append('entry %s: target is not its page-break marker: %s' % (label, m.attrib))
    # the text after the marker
    src = raw.setdefault(path, open(path, encoding='utf-8').read())
    at = src.find('id="%s"' % frag)
    after = src[src.find('/>', at) + 2:]
    if not re.match(r'\s*<', after):
        placed_in_text += 1
    # up to the end of the block it starts or a line break (the EPUB has
    # text the PDF sets elsewhere or not at all, like a part's intro), at
    # most 24 letters
    if re.match(r'(\s*<span [^>]*doc-pagebreak[^>]*/>)*\s*</section>', after):
        # the page opens with text the e-book lacks (printed link
        # addresses) after the article's end: the marker ends the article
        at_end += 1
        continue
    after = re.split(r'</(?:p|h[1-6]|li|figcaption|pre|td|th)>|<br', after, maxsplit=1)[0]
    after = html.unescape(re.sub(r'<[^>]*>', ' ', after))
    want_text = squash(after)[:24]
    page = open(os.path.join(x, 'page-%d.txt' % pdf_page), encoding='utf-8').read()
    if len(want_text) < 3 or want_text not in squash(page):
        fail.append('page %s: the text after its marker (%s) is not on PDF page %d'
                    % (label, after.strip()[:60], pdf_page))

opf = open(os.path.join(d, 'package.opf'), encoding='utf-8').read()
if not re.search(r'<dc:source>[^<]*PDF edition[^<]*</dc:source>', opf):
    fail.append('package.opf names no source edition (dc:source)')
if 'pageNavigation' not in opf:
    fail.append('package.opf lacks the pageNavigation feature')
for m in fail:
    print('FAIL:', m)
print('%d pages, %d markers inside text, %d at an article end'
      % (len(entries), placed_in_text, at_end))
sys.exit(1 if fail else 0)
PY
    if have_epubcheck; then
        epubcheck_clean "$out/$base.epub" || return 1
    fi
}

check collections/common-ground plain || fail=1
check "$T/styled" styled || fail=1

# EPUB alone: nothing about pages
"$SHEAF" build --quiet --format epub -o "$T/only" collections/common-ground || exit 1
mkdir "$T/xo" && (cd "$T/xo" && unzip -q ../only/common-ground.epub) || exit 1
if grep -rlq 'page-list\|doc-pagebreak\|dc:source' "$T/xo/EPUB"; then
    echo "FAIL: an EPUB-only build has page-list, markers or dc:source"
    fail=1
fi
have_epubcheck || echo "note: epubcheck missing, validity not checked"
exit $fail
