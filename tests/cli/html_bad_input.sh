#!/bin/bash
# Hostile HTML: a 20 MB page, 100,000 nested divs, invalid bytes, a page
# of scripts. Each must finish in bounded time and memory, print a
# diagnostic where one is due, never crash, and leave nothing unsafe.
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
exit $fail
