#!/bin/bash
# Reproducibility: two builds a second apart give the same bytes; with
# SOURCE_DATE_EPOCH set, the dates inside the book equal it; touching an
# input (newer mtime) changes dcterms:modified when it is not set.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
cp -r collections/common-ground "$T/book"
export TZ=UTC
fail=0
"$SHEAF" build --quiet --format epub -o "$T/o1" "$T/book" || exit 1
sleep 1.1
"$SHEAF" build --quiet --format epub -o "$T/o2" "$T/book" || exit 1
cmp "$T/o1/book.epub" "$T/o2/book.epub" || { echo "FAIL: rebuild differs"; fail=1; }

SOURCE_DATE_EPOCH=1700000000 "$SHEAF" build --quiet --format epub -o "$T/o3" "$T/book" || exit 1
mod=$(unzip -p "$T/o3/book.epub" EPUB/package.opf | grep -o 'dcterms:modified">[^<]*' | cut -d'>' -f2)
[ "$mod" = "2023-11-14T22:13:20Z" ] || { echo "FAIL: dcterms:modified is '$mod'"; fail=1; }
# zip entry times (stored in UTC; TZ=UTC here) all equal the epoch, to
# the two-second resolution of zip times.
bad=$(zipinfo -T "$T/o3/book.epub" | awk '/^-/ && $7 != "20231114.221320" {print $NF}')
[ -z "$bad" ] || { echo "FAIL: entries with other times: $bad"; fail=1; }
sleep 1.1
SOURCE_DATE_EPOCH=1700000000 "$SHEAF" build --quiet --format epub -o "$T/o4" "$T/book" || exit 1
cmp "$T/o3/book.epub" "$T/o4/book.epub" || { echo "FAIL: rebuild with SOURCE_DATE_EPOCH differs"; fail=1; }

# Without SOURCE_DATE_EPOCH the newest input's mtime is the date.
touch -d '2030-01-02 03:04:05 UTC' "$T/book/collection.yaml"
"$SHEAF" build --quiet --format epub -o "$T/o5" "$T/book" || exit 1
mod=$(unzip -p "$T/o5/book.epub" EPUB/package.opf | grep -o 'dcterms:modified">[^<]*' | cut -d'>' -f2)
[ "$mod" = "2030-01-02T03:04:05Z" ] || { echo "FAIL: mtime date is '$mod'"; fail=1; }
# Layout: mimetype first and stored, everything else deflated.
[ "$(zipinfo -1 "$T/o3/book.epub" | head -n1)" = mimetype ] || { echo "FAIL: mimetype is not first"; fail=1; }
zipinfo "$T/o3/book.epub" | awk '$NF == "mimetype" && $6 != "stor" {exit 1}' || { echo "FAIL: mimetype compressed"; fail=1; }
bad=$(zipinfo "$T/o3/book.epub" | awk '/^-/ && $NF != "mimetype" && $6 !~ /^def/ {print $NF}')
[ -z "$bad" ] || { echo "FAIL: not deflated: $bad"; fail=1; }
# The time zone of the machine does not matter.
TZ=Asia/Tokyo SOURCE_DATE_EPOCH=1700000000 "$SHEAF" build --quiet --format epub -o "$T/o6" "$T/book" || exit 1
cmp "$T/o3/book.epub" "$T/o6/book.epub" || { echo "FAIL: the time zone changes the bytes"; fail=1; }
[ $fail = 0 ] && echo "ok: reproducible"
exit $fail
