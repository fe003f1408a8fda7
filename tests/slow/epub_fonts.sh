#!/bin/bash
# Font embedding in the EPUB (style setting epub.embed_fonts): off by
# default (no font files, no @font-face); on, the body faces, a separate
# heading family and (for a book with code) the mono face are embedded as
# font/ttf subsets that hold the book's characters and little else, far
# smaller than the installed files; @font-face rules name them without
# !important; epubcheck passes (0/0); a rebuild is byte-identical.
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
for t in unzip fc-match fc-query; do
    command -v $t >/dev/null || { echo "skipped: $t missing"; exit 77; }
done
fc-match -f '%{family}' "Charis SIL" | grep -q "Charis SIL" || { echo "skipped: Charis SIL not installed"; exit 77; }
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
fail=0
export SOURCE_DATE_EPOCH=1767225600

# Default: nothing embedded.
"$SHEAF" build --quiet --format epub -o "$T/plain" collections/common-ground || { echo "FAIL: build"; exit 1; }
unzip -l "$T/plain/common-ground.epub" | grep -qiE '\.(ttf|otf|woff2?)$' && { echo "FAIL: fonts embedded by default"; fail=1; }
unzip -p "$T/plain/common-ground.epub" EPUB/style.css | grep -q '@font-face' && { echo "FAIL: @font-face by default"; fail=1; }

# On: a collection with code and its own style (a sans heading family).
C=$T/emb
cp -r collections/common-ground "$C"
mkdir -p "$C/styles/emb"
cat > "$C/styles/emb/style.yaml" <<'YAML'
name: emb
fonts:
  body: Charis SIL
  heading: DejaVu Sans
  mono: DejaVu Sans Mono
epub:
  embed_fonts: true
YAML
sed -i 's/^style: .*/style: emb/' "$C/collection.yaml"
printf -- '---\ntitle: Some Code\n---\n\nA listing:\n\n```\nint main(void) { return 0; } // ~\n```\n' > "$C/articles/code.md"
sed -i 's#^      - articles/the-walking-bus.md#      - articles/the-walking-bus.md\n      - articles/code.md#' "$C/collection.yaml"
"$SHEAF" build --quiet --format epub -o "$T/a" "$C" 2>"$T/err" || { echo "FAIL: build embedded"; cat "$T/err"; exit 1; }
sleep 1
"$SHEAF" build --quiet --format epub -o "$T/b" "$C" 2>/dev/null
cmp -s "$T/a/emb.epub" "$T/b/emb.epub" || { echo "FAIL: rebuild with fonts differs"; fail=1; }

mkdir -p "$T/x" && (cd "$T/x" && unzip -q "$T/a/emb.epub")
fonts=$(cd "$T/x/EPUB" && ls fonts/*.ttf 2>/dev/null)
n=$(printf '%s\n' $fonts | grep -c .)
# Charis SIL x4, DejaVu Sans bold + italic, DejaVu Sans Mono.
[ "$n" = 7 ] || { echo "FAIL: $n font files, want 7: $fonts"; fail=1; }
opf=$T/x/EPUB/package.opf
css=$T/x/EPUB/style.css
for f in $fonts; do
    grep -q "href=\"$f\" media-type=\"font/ttf\"" "$opf" || { echo "FAIL: $f not declared font/ttf"; fail=1; }
    grep -q "url(\"$f\")" "$css" || { echo "FAIL: no @font-face for $f"; fail=1; }
done
grep -q '!important' "$css" && { echo "FAIL: !important in the stylesheet"; fail=1; }
# Much smaller than the installed fonts, and holding what the book shows.
orig=$(stat -c %s "$(fc-match -f '%{file}' 'Charis SIL:style=Regular')")
sub=$(stat -c %s "$T/x/EPUB/fonts/charis-sil-regular.ttf")
[ "$sub" -gt 0 ] && [ $((sub * 10)) -lt "$orig" ] || { echo "FAIL: subset $sub bytes of $orig"; fail=1; }
cs=$(fc-query -f '%{charset}' "$T/x/EPUB/fonts/charis-sil-regular.ttf")
echo " $cs " | grep -q ' 1ec5 ' || { echo "FAIL: the body subset lacks U+1EC5 (Nguyễn)"; fail=1; }
echo " $cs " | grep -qE ' 416 | 410-' && { echo "FAIL: the body subset holds Cyrillic the book lacks"; fail=1; }
ranges=$(echo "$cs" | wc -w)
[ "$ranges" -lt 80 ] || { echo "FAIL: body subset has $ranges ranges: not cut down"; fail=1; }
# The mono subset holds the code's characters, not the prose's.
ms=$(fc-query -f '%{charset}' "$T/x/EPUB/fonts/dejavu-sans-mono-regular.ttf" 2>/dev/null)
echo " $ms " | grep -q ' 1ec5 ' && { echo "FAIL: the mono subset holds prose characters"; fail=1; }
[ -n "$ms" ] || { echo "FAIL: no mono subset"; fail=1; }
# The licence travels with the font (name table records).
python3 - "$T/x/EPUB/fonts/charis-sil-regular.ttf" <<'PY' || { echo "FAIL: the Charis subset lost its licence records"; fail=1; }
import struct, sys
d = open(sys.argv[1], "rb").read()
ids = set()
for i in range(struct.unpack(">H", d[4:6])[0]):
    tag, _, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
    if tag == b"name":
        t = d[off:off + ln]
        for j in range(struct.unpack(">H", t[2:4])[0]):
            ids.add(struct.unpack(">6H", t[6 + 12 * j:18 + 12 * j])[3])
sys.exit(0 if {0, 13, 14} <= ids else 1)  # copyright, licence, licence URL
PY

if have_epubcheck; then
    epubcheck_clean "$T/a/emb.epub" || fail=1
else
    echo "note: epubcheck missing; validation skipped"
fi
ls -l "$T/x/EPUB/fonts" | awk 'NR>1 {print "  " $5, $9}'
[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
