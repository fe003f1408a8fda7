#!/bin/bash
# Unzip a built book and check the navigation matches the tree: every part
# and article page of the spine appears in nav.xhtml and the NCX, in spine
# order; every label equals the title of the page (h1) or of the section
# heading its fragment points at; the spine order is cover, title page,
# contents, then parts and articles, then sources.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
command -v python3 >/dev/null || { echo "skipped: python3 missing"; exit 77; }
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
"$SHEAF" build --quiet --format epub -o "$T/out" collections/common-ground || exit 1
mkdir "$T/x" && (cd "$T/x" && unzip -q ../out/common-ground.epub) || exit 1
python3 - "$T/x/EPUB" <<'PY'
import sys, os, xml.etree.ElementTree as ET
d = sys.argv[1]
X = '{http://www.w3.org/1999/xhtml}'
O = '{http://www.idpf.org/2007/opf}'
N = '{http://www.daisy.org/z3986/2005/ncx/}'
E = '{http://www.idpf.org/2007/ops}type'
fail = []
opf = ET.parse(os.path.join(d, 'package.opf')).getroot()
items = {i.get('id'): i.get('href') for i in opf.iter(O + 'item')}
spine = [items[r.get('idref')] for r in opf.iter(O + 'itemref')]
if spine[:3] != ['cover.xhtml', 'title.xhtml', 'contents.xhtml'] or spine[-1] != 'sources.xhtml':
    fail.append('spine order: %s' % spine)
body = spine[3:-1]

def text(e):
    return ''.join(e.itertext()).strip()

def target_title(href):
    f, _, frag = href.partition('#')
    root = ET.parse(os.path.join(d, f)).getroot()
    if not frag:
        h = next(root.iter(X + 'h1'))
        return text(h)
    for e in root.iter():
        if e.get('id') == frag:
            return text(e)
    fail.append('fragment %s not found' % href)
    return None

nav = ET.parse(os.path.join(d, 'nav.xhtml')).getroot()
toc = [n for n in nav.iter(X + 'nav') if n.get(E) == 'toc'][0]
entries = [(text(a), a.get('href')) for a in toc.iter(X + 'a')]
for label, href in entries:
    t = target_title(href)
    if t is not None and t != label:
        fail.append('nav label %r != page title %r (%s)' % (label, t, href))
files = [h for _, h in entries if '#' not in h and h != 'sources.xhtml']
if files != body:
    fail.append('nav pages %s != spine %s' % (files, body))
ncx = ET.parse(os.path.join(d, 'toc.ncx')).getroot()
nentries = [(text(p.find(N + 'navLabel')), p.find(N + 'content').get('src'))
            for p in ncx.iter(N + 'navPoint')]
if nentries != entries:
    fail.append('NCX %s != nav %s' % (nentries, entries))
orders = [int(p.get('playOrder')) for p in ncx.iter(N + 'navPoint')]
if orders != list(range(1, len(orders) + 1)):
    fail.append('playOrder not 1..n: %s' % orders)
if len(body) < 2:
    fail.append('too few pages: %s' % body)
for f in fail:
    print('FAIL:', f)
print('ok: %d nav entries match the tree' % len(entries) if not fail else '')
sys.exit(1 if fail else 0)
PY
