#!/bin/bash
# Hostile HTML: a 20 MB page, 100,000 nested divs, invalid bytes, a page
# of scripts, NUL bytes, a 60000 x 60000 picture. Each must finish in
# bounded time and memory, print a diagnostic where one is due, never
# crash, and leave nothing unsafe.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
mkdir -p "$SHEAF_TEST_TMP"
T=$SHEAF_TEST_TMP
fail=0
# A 2 GB address-space cap, unless the binary cannot live with one
# (AddressSanitizer reserves terabytes of shadow memory).
LIMIT=2000000
( ulimit -v $LIMIT; "$SHEAF" --version ) >/dev/null 2>&1 || LIMIT=unlimited
run() { # file, seconds -> runs inspect --tree under time and memory caps
    ( ulimit -v $LIMIT; timeout "$2" "$SHEAF" inspect --tree "$1" ) >"$1.tree" 2>"$1.err"
    echo $?
}
python3 - "$T" <<'PY'
import sys, os
t = sys.argv[1]
with open(os.path.join(t, "big.html"), "w") as f:
    f.write("<html><head><title>Big page</title></head><body><article>")
    para = "<p>Words, more words, and still more words, <a href='javascript:x()' onclick='y()'>link</a>, %d.</p>\n"
    i = 0
    while f.tell() < 20 * 1024 * 1024:
        f.write(para % i); i += 1
    f.write("</article></body></html>")
with open(os.path.join(t, "deep.html"), "w") as f:
    f.write("<html><body>" + "<div>" * 100000 + "deep text, with commas, at the bottom of it all." + "</div>" * 100000 + "</body></html>")
with open(os.path.join(t, "deep-inline.html"), "w") as f:
    f.write("<html><body><p>" + "<b><i>" * 50000 + "inline depth" + "</i></b>" * 50000 + "</p></body></html>")
with open(os.path.join(t, "bytes.html"), "wb") as f:
    f.write(b"<html><body><p>Bad bytes \xff\xfe\x80 and a NUL-free caf\xe9, long enough to count, yes.</p></body></html>")
with open(os.path.join(t, "binary.html"), "wb") as f:
    f.write(bytes(range(256)) * 64)
PY
rc=$(run "$T/big.html" 60)
[ "$rc" -eq 0 ] || { echo "FAIL: 20 MB page exit $rc"; cat "$T/big.html.err" | head -3; fail=1; }
grep -qi 'javascript\|onclick' "$T/big.html.tree" && { echo "FAIL: unsafe content in big page tree"; fail=1; }
for f in deep deep-inline; do
    rc=$(run "$T/$f.html" 60)
    [ "$rc" -le 1 ] || { echo "FAIL: $f exit $rc"; head -3 "$T/$f.html.err"; fail=1; }
done
grep -q 'deep text' "$T/deep.html.tree" || grep -q 'nested too deeply' "$T/deep.html.err" || { echo "FAIL: deep page lost its text silently"; fail=1; }
grep -q 'nested too deeply' "$T/deep-inline.html.err" || grep -q 'inline depth' "$T/deep-inline.html.tree" || { echo "FAIL: deep inline page lost its text silently"; fail=1; }
rc=$(run "$T/bytes.html" 20)
[ "$rc" -eq 0 ] || { echo "FAIL: invalid bytes exit $rc"; fail=1; }
grep -q 'Windows-1252' "$T/bytes.html.err" || { echo "FAIL: no encoding warning"; fail=1; }
rc=$(run "$T/binary.html" 20)
[ "$rc" -le 1 ] || { echo "FAIL: binary exit $rc"; fail=1; }
# NUL bytes in a page: dropped as browsers drop them, the text around kept.
printf '<html><body><p>Some \000text with a\000 NUL or two, long enough to count.</p></body></html>' > "$T/nul.html"
rc=$(run "$T/nul.html" 20)
[ "$rc" -le 1 ] || { echo "FAIL: NUL bytes exit $rc"; fail=1; }
[ "$rc" -eq 1 ] || grep -q 'long enough' "$T/nul.html.tree" || { echo "FAIL: NUL page lost its text"; fail=1; }
# A picture that claims 60000 x 60000 pixels: refused unread with a
# warning naming it, and the book is still written.
mkdir -p "$T/bomb/articles"
python3 - "$T/bomb/articles/huge.png" <<'PY2'
import struct, sys, zlib
def chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n' +
    chunk(b'IHDR', struct.pack('>IIBBBBB', 60000, 60000, 8, 2, 0, 0, 0)) +
    chunk(b'IDAT', zlib.compress(b'\0' * 1000)) + chunk(b'IEND', b''))
PY2
printf '<html><head><title>Bomb</title></head><body><article><h1>Bomb</h1><p>Text, words, more text here.</p><figure><img src="huge.png" alt="huge"></figure><p>After it, more words.</p></article></body></html>' > "$T/bomb/articles/a.html"
printf 'title: Bomb\narticles:\n  - articles/a.html\n' > "$T/bomb/collection.yaml"
( ulimit -v $LIMIT; timeout 60 "$SHEAF" build "$T/bomb" -o "$T/bomb/out" ) > "$T/bomb.err" 2>&1
rc=$?
[ "$rc" -eq 0 ] && [ -s "$T/bomb/out/bomb.pdf" ] && [ -s "$T/bomb/out/bomb.epub" ] ||
    { echo "FAIL: picture bomb: exit $rc"; head -3 "$T/bomb.err"; fail=1; }
grep -q 'a.html:1: warning: 1 image not usable (first: huge.png, .*60000 x 60000' "$T/bomb.err" || { echo "FAIL: picture bomb: no warning"; fail=1; }
# A wide table runs over hundreds of pages: each page still gets its
# mark in the EPUB (found inside the table's cells, in reading order).
mkdir -p "$T/table/articles"
python3 -c "
import sys
rows = ''.join('<tr>' + ''.join('<td>c%d</td>' % j for j in range(120)) + '</tr>' for i in range(120))
open(sys.argv[1], 'w').write('<html><head><title>Table</title></head><body><article><h1>Table</h1>'
    '<p>Before the table, words.</p><table>' + rows + '</table><p>After it, words.</p></article></body></html>')
" "$T/table/articles/t.html"
printf 'title: Table\narticles:\n  - articles/t.html\n' > "$T/table/collection.yaml"
( ulimit -v $LIMIT; timeout 60 "$SHEAF" build "$T/table" -o "$T/table/out" ) > "$T/table.err" 2>&1
rc=$?
# every entry of the page list points at a page mark that exists
python3 - "$T/table/out/table.epub" > "$T/table.check" 2>&1 <<'PY2'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
nav = z.read('EPUB/nav.xhtml').decode()
plist = nav[nav.index('epub:type="page-list"'):]
plist = plist[:plist.index('</nav>')]
targets = re.findall(r'href="([^"#]*)#([^"]+)"', plist)
ids = {}
for name in z.namelist():
    if name.endswith('.xhtml'):
        ids[name.split('/')[-1]] = set(re.findall(r'id="([^"]+)"', z.read(name).decode()))
missing = [t for t in targets if t[1] not in ids.get(t[0].split('/')[-1], ())]
print(len(targets), 'page-list entries,', len(missing), 'missing')
sys.exit(1 if len(targets) < 100 or missing else 0)
PY2
checked=$?
[ "$rc" -eq 0 ] && [ "$checked" -eq 0 ] ||
    { echo "FAIL: wide table: exit $rc, $(cat "$T/table.check")"; head -3 "$T/table.err"; fail=1; }
exit $fail
