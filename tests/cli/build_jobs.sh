#!/bin/bash
# --jobs: articles are read and EPUB entries deflated on several threads,
# and nothing a user gets may depend on how many: the EPUB and the PDF are
# the same bytes with --jobs 1 and 3, and so are the messages (warnings
# and --verbose progress lines, in manifest order). Run on the shipped
# collection (parts, intro, cover, a saved page with a figure) and on a
# mixed collection of fixtures that draw warnings (remote and missing
# images, chrome, footnotes, French). Bad --jobs values are usage errors.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
: "${SHEAF_TEST_TMP:=/tmp/sheaf-build-jobs}"
rm -rf "$SHEAF_TEST_TMP"
mkdir -p "$SHEAF_TEST_TMP"
T=$SHEAF_TEST_TMP
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }

# A mixed collection: every text, Markdown and HTML fixture that stands
# alone (some 50 articles of very different sizes, so the threads really
# interleave).
C=$T/mixed
mkdir -p "$C/articles/img" "$C/articles/saved_files"
cp tests/fixtures/markdown/img/* "$C/articles/img/"
cp tests/fixtures/html/saved_files/* "$C/articles/saved_files/"
{
    echo "title: Jobs Test"
    echo "language: en"
    echo "articles:"
} > "$C/collection.yaml"
n=0
for f in tests/fixtures/text/*.txt tests/fixtures/markdown/each/*.md \
         tests/fixtures/markdown/constructs.md tests/fixtures/html/*.html; do
    name=$(basename "$f")
    sed 's#\.\./img/#img/#' "$f" > "$C/articles/$name"
    echo "  - articles/$name" >> "$C/collection.yaml"
    n=$((n + 1))
done
# One article whose image is missing and one with a remote image: warnings.
printf 'Missing\n=======\n\n![gone](img/nothing-here.png)\n' > "$C/articles/missing-img.md"
printf 'Remote\n======\n\n![far](https://example.org/x.png)\n' > "$C/articles/remote-img.md"
printf '  - articles/missing-img.md\n  - articles/remote-img.md\n' >> "$C/collection.yaml"
[ "$n" -ge 20 ] && check ok "" || check no "only $n fixture articles found"

# The mixed collection as EPUB only: its German and French articles would
# make the PDF load those hyphenation patterns, which takes seconds (and
# libhyphen leaks a little memory on the French ones, failing ASan runs);
# reading, which both formats share, is what runs in parallel.
for coll in collections/common-ground "$C"; do
    name=$(basename "$coll")
    formats=epub,pdf
    [ "$coll" = "$C" ] && formats=epub
    for j in 1 3; do
        "$SHEAF" build -v --jobs "$j" --format "$formats" -o "$T/out-$j" "$coll" \
            2> "$T/err-$name-$j" > /dev/null
        rc=$?
        [ $rc = 0 ] && check ok "" || { check no "$name --jobs $j exited $rc"; cat "$T/err-$name-$j"; }
    done
    for j in 3; do
        for ext in ${formats//,/ }; do
            if [ -s "$T/out-1/$name.$ext" ] && cmp -s "$T/out-1/$name.$ext" "$T/out-$j/$name.$ext"; then
                check ok ""
            else
                check no "$name.$ext differs between --jobs 1 and --jobs $j"
            fi
        done
        # Messages: the output folder is named in the "wrote" lines.
        sed "s#$T/out-$j#OUT#g" "$T/err-$name-$j" > "$T/msg-$j"
        sed "s#$T/out-1#OUT#g" "$T/err-$name-1" > "$T/msg-1"
        if cmp -s "$T/msg-1" "$T/msg-$j"; then
            check ok ""
        else
            check no "$name: messages differ between --jobs 1 and --jobs $j"
            diff "$T/msg-1" "$T/msg-$j" | head -20
        fi
    done
done
# The mixed collection did draw warnings, and progress came in manifest order.
grep -q "warning:" "$T/err-mixed-3" && check ok "" || check no "mixed collection drew no warnings"
grep -o 'reading \[[0-9]*/' "$T/err-mixed-3" | tr -dc '0-9\n' > "$T/order"
if [ -s "$T/order" ] && sort -n "$T/order" | cmp -s - "$T/order" &&
   [ "$(wc -l < "$T/order")" = "$(grep -c '^  - ' "$C/collection.yaml")" ]; then
    check ok ""
else
    check no "progress lines are not one per article in manifest order"
fi

# Many Markdown articles full of autolinks, parsed on three threads:
# cmark-gfm keeps the autolink extension's special characters in a global
# table each parse sets and resets, so unserialised parses lost links at
# random (five builds, five different EPUBs). Three builds must agree
# with the one-thread build.
A=$T/autolinks
mkdir -p "$A"
printf 'title: Autolinks\nlanguage: en\ndate: 2026-01-01\narticles:\n' > "$A/collection.yaml"
for i in $(seq -w 1 200); do
    { printf '# Links %s\n\n' "$i"
      for j in $(seq 1 30); do printf 'See www.example%s.org or https://e.org/p%s here. ' "$j" "$j"; done
      echo; } > "$A/a$i.md"
    echo "  - a$i.md" >> "$A/collection.yaml"
done
"$SHEAF" build --format epub --jobs 1 -o "$T/al-1" "$A" > /dev/null 2>&1
for r in 1 2 3; do
    "$SHEAF" build --format epub --jobs 3 -o "$T/al-3-$r" "$A" > /dev/null 2>&1
    cmp -s "$T/al-1/autolinks.epub" "$T/al-3-$r/autolinks.epub" && check ok "" ||
        check no "autolinks: build $r with --jobs 3 differs from --jobs 1"
done

# `sheaf check` takes --jobs too and says the same.
"$SHEAF" check --jobs 1 "$C" > "$T/check-1" 2>&1
"$SHEAF" check -j 3 "$C" > "$T/check-3" 2>&1
cmp -s "$T/check-1" "$T/check-3" && check ok "" || check no "sheaf check differs with -j 3"
# A short option's value may be glued on, as getopt allows: -j3, -oDIR.
"$SHEAF" check -j3 "$C" > "$T/check-3g" 2>&1
cmp -s "$T/check-1" "$T/check-3g" && check ok "" || check no "sheaf check differs with -j3"
"$SHEAF" build -j2 --format epub -o"$T/glued" "$C" > /dev/null 2>&1
[ -s "$T/glued/mixed.epub" ] && check ok "" || check no "build -j2 -oDIR wrote no mixed.epub"

for bad in 0 -1 abc 2x 100000; do
    "$SHEAF" build --jobs "$bad" -o "$T/bad" "$C" > /dev/null 2> "$T/bad-err"
    rc=$?
    if [ $rc = 2 ] && grep -q -- "--jobs" "$T/bad-err"; then
        check ok ""
    else
        check no "--jobs $bad: exit $rc, not a usage error"
    fi
done
"$SHEAF" build --jobs > /dev/null 2>&1
[ $? = 2 ] && check ok "" || check no "--jobs without a value is not a usage error"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
