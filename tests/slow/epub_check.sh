#!/bin/bash
# epubcheck (0 errors, 0 warnings) on every EPUB the tests make: each shipped
# collection, the every-node-kind book of test_epub, a collection of the
# shared corpus article (when present) and one built with each shipped style.
set -u
. tests/slow/lib/epub.sh
have_epubcheck || { echo "skipped: java or epubcheck.jar missing"; exit 77; }
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T/out"
fail=0
books=()

for c in collections/*/; do
    [ -f "$c/collection.yaml" ] || continue
    "$SHEAF" build --quiet --format epub -o "$T/out" "$c" || { echo "FAIL: build $c"; fail=1; }
    books+=("$T/out/$(basename "$c").epub")
done

# A collection-local style with extra.css.
make_styled_collection "$T/mine"
"$SHEAF" build --quiet --format epub -o "$T/out" "$T/mine" || { echo "FAIL: build styled"; fail=1; }
books+=("$T/out/mine.epub")

# Other languages: German labels, and Arabic (right to left).
for l in de ar; do
    rm -rf "$T/lang-$l" && cp -r collections/common-ground "$T/lang-$l"
    sed -i "s/^language: .*/language: $l/" "$T/lang-$l/collection.yaml"
    "$SHEAF" build --quiet --format epub -o "$T/out" "$T/lang-$l" || { echo "FAIL: build $l"; fail=1; }
    books+=("$T/out/lang-$l.epub")
done

# A bare manifest (no editor, no date: the cover and title page say how
# many articles and the build's date) with pictures that cannot be
# embedded (a missing local one, a remote one: stand-ins) and autolinks.
mkdir -p "$T/bare"
printf 'title: Bare\nlanguage: en\narticles:\n  - a.md\n' > "$T/bare/collection.yaml"
printf '# A\n\nSee www.example.org today.\n\n![Gone](gone.png)\n\n![Far](https://example.org/far.png "Far away")\n\nEnd.\n' > "$T/bare/a.md"
"$SHEAF" build --quiet --format epub -o "$T/out" "$T/bare" 2>/dev/null || { echo "FAIL: build bare"; fail=1; }
books+=("$T/out/bare.epub")

# Every node kind, images, notes and tables (written by the unit test).
if [ -x "${SHEAF_BUILD_DIR:-build}/tests/test_epub" ]; then
    "${SHEAF_BUILD_DIR:-build}/tests/test_epub" "$T/out/kinds.epub" >/dev/null || fail=1
    books+=("$T/out/kinds.epub")
fi

# A flat collection (no parts) of the shared corpus article, built with
# every shipped style.
corpus=../shared/corpus/web-text
if [ -d "$corpus" ]; then
    mkdir -p "$T/corpus/articles"
    cp "$corpus"/*.txt "$T/corpus/articles/"
    {
        echo "title: Corpus"
        echo "language: en"
        echo "articles:"
        for f in "$T"/corpus/articles/*.txt; do echo "  - articles/${f##*/}"; done
    } > "$T/corpus/collection.yaml"
    for s in styles/*/; do
        s=$(basename "$s")
        "$SHEAF" build --quiet --format epub --style "$s" -o "$T/out/$s" "$T/corpus" \
            || { echo "FAIL: build corpus with $s"; fail=1; }
        books+=("$T/out/$s/corpus.epub")
    done
fi

# epubcheck takes seconds per book: run two at a time.
pids=()
for b in "${books[@]}"; do
    [ -f "$b" ] || { echo "FAIL: $b was not made"; fail=1; continue; }
    epubcheck_clean "$b" > "$b.log" 2>&1 &
    pids+=($!)
    if [ ${#pids[@]} -ge 2 ]; then
        wait "${pids[0]}" || fail=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || fail=1; done
for b in "${books[@]}"; do [ -s "$b.log" ] && cat "$b.log"; done
[ $fail = 0 ] && echo "ok: epubcheck clean on ${#books[@]} books"
exit $fail
