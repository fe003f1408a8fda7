#!/bin/bash
# Atomicity: a build that fails (an article that is binary junk, a cover
# that is no image) leaves the earlier EPUB byte-identical and no
# temporary file in the output folder.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
cp -r collections/common-ground "$T/book"
fail=0
"$SHEAF" build --quiet --format epub -o "$T/out" "$T/book" || { echo "FAIL: first build"; exit 1; }
cp "$T/out/book.epub" "$T/good.epub"

check_intact() {
    cmp -s "$T/good.epub" "$T/out/book.epub" || { echo "FAIL ($1): earlier EPUB changed"; fail=1; }
    extra=$(ls -A "$T/out" | grep -v '^book\.epub$')
    [ -z "$extra" ] || { echo "FAIL ($1): left behind: $extra"; fail=1; }
}

# 1. an article turned into binary junk: the readers fail.
first=$(ls "$T/book/articles" | head -n1)
cp "$T/book/articles/$first" "$T/saved"
printf '\x00\x01\x02junk\x00' > "$T/book/articles/$first"
if "$SHEAF" build --quiet --format epub -o "$T/out" "$T/book" 2>/dev/null; then
    echo "FAIL: build with a junk article succeeded"; fail=1
fi
check_intact junk-article
cp "$T/saved" "$T/book/articles/$first"

# 2. the writer fails midway: the cover is not an image.
cover=$(grep -o '^cover: .*' "$T/book/collection.yaml" | cut -d' ' -f2)
if [ -z "$cover" ]; then
    cover=cover.png
    echo "cover: $cover" >> "$T/book/collection.yaml"
fi
echo "not a picture" > "$T/book/$cover"
if "$SHEAF" build --quiet --format epub -o "$T/out" "$T/book" 2>"$T/err"; then
    echo "FAIL: build with a broken cover succeeded"; fail=1
fi
grep -q "not a JPEG, PNG, WebP, AVIF or SVG" "$T/err" || { echo "FAIL: no cover diagnostic"; cat "$T/err"; fail=1; }
check_intact bad-cover

# 3. the rename fails (a folder stands where the EPUB goes): an error, and
# no temporary file left beside it.
sed -i '/^cover:/d' "$T/book/collection.yaml"
mkdir -p "$T/out2/book.epub"
if "$SHEAF" build --quiet --format epub -o "$T/out2" "$T/book" 2>/dev/null; then
    echo "FAIL: build over a folder succeeded"; fail=1
fi
extra=$(ls -A "$T/out2" | grep -v '^book\.epub$')
[ -z "$extra" ] || { echo "FAIL (blocked): left behind: $extra"; fail=1; }
[ $fail = 0 ] && echo "ok: failed builds left the earlier EPUB intact"
exit $fail
