#!/bin/bash
# build --handouts: besides the book, one PDF per article in
# OUT/NAME-handouts/, named NN-slug.pdf in book order. Checked on a
# collection made here (parts, accents, a title that starts with a digit,
# two articles with one title, a title with no Latin letters, sources and
# retrieved dates): the names; each file passes qpdf and shows its article's
# title, body and source (and no other article's body, no contents page);
# its document info names the article; rebuilds and --jobs 1/3 give the same
# bytes; --format epub --handouts is a usage error; a failed build leaves
# the old handouts as they were; a rebuild with fewer articles leaves no
# stale handout and no temporary folder; progress lines in pipes only with
# --verbose.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
: "${SHEAF_TEST_TMP:=/tmp/sheaf-build-handouts}"
for tool in qpdf pdftotext pdfinfo; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool not installed"; exit 77; }
done
# (under ASan, LeakSanitizer's list of suppressions would be the only
# output of a quiet run)
export LSAN_OPTIONS=${LSAN_OPTIONS:+$LSAN_OPTIONS:}print_suppressions=0
rm -rf "$SHEAF_TEST_TMP"
mkdir -p "$SHEAF_TEST_TMP"
T=$SHEAF_TEST_TMP
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }

# ---- the collection ----
C=$T/reader
mkdir -p "$C/articles"
# article FILE TITLE WORD: a plain-text article whose body carries a word
# found in no other article.
article() {
    {
        echo "$2"
        echo
        for i in 1 2 3 4 5 6; do
            echo "Paragraph $i of this reading mentions $3 among ordinary words, so the handout has a body of its own to show on its page."
            echo
        done
    } > "$C/articles/$1"
}
article cafe.txt "Café Society: Notes & Queries" quillwort
article orwell.txt "1984, Revisited" marblefin
article same1.txt "Same Title" copperleaf
article same2.txt "Same Title" tinderbox
article greek.txt "Ελληνικά κείμενα" saltmarsh
cat > "$C/collection.yaml" <<'EOF'
title: Handout Reader
editor: Hana Dout
language: en
paper: a5
parts:
  - title: One
    articles:
      - path: articles/cafe.txt
        author: Clara Cafe
        source: https://example.org/cafe-society
        retrieved: 2026-03-14
      - path: articles/orwell.txt
        author: [Ann Orr, Bo Well]
  - title: Two
    articles:
      - articles/same1.txt
      - articles/same2.txt
      - articles/greek.txt
EOF
words=(quillwort marblefin copperleaf tinderbox saltmarsh)
titles=("Café Society: Notes & Queries" "1984, Revisited" "Same Title" "Same Title" "Ελληνικά κείμενα")
expect=(01-cafe-society-notes-queries.pdf 02-1984-revisited.pdf 03-same-title.pdf
        04-same-title.pdf 05-article.pdf)

O=$T/out
H=$O/reader-handouts
"$SHEAF" build --handouts -o "$O" "$C" > "$T/out.txt" 2> "$T/err.txt"
rc=$?
[ $rc = 0 ] && check ok "" || { check no "build --handouts exited $rc"; cat "$T/err.txt"; }
[ -s "$T/out.txt" ] || [ -s "$T/err.txt" ] && check no "quiet in a pipe, got: $(cat "$T/out.txt" "$T/err.txt")" || check ok ""
for f in reader.pdf reader.epub; do
    [ -s "$O/$f" ] && check ok "" || check no "the book's $f was not written"
done
got=$(cd "$H" 2>/dev/null && ls -A | tr '\n' ' ')
[ "$got" = "${expect[*]} " ] && check ok "" || check no "handout names: got '$got', want '${expect[*]} '"

book_size=$(pdfinfo "$O/reader.pdf" 2>/dev/null | grep '^Page size')
for i in "${!expect[@]}"; do
    f=$H/${expect[$i]}
    [ -s "$f" ] || { check no "${expect[$i]} missing"; continue; }
    qpdf --check "$f" > "$T/qpdf.txt" 2>&1 && check ok "" ||
        { check no "qpdf --check ${expect[$i]}"; head -5 "$T/qpdf.txt"; }
    text=$(pdftotext -enc UTF-8 "$f" - 2>/dev/null)
    grep -qF "${titles[$i]}" <<< "$text" && check ok "" || check no "${expect[$i]}: no title '${titles[$i]}'"
    grep -qF "${words[$i]}" <<< "$text" && check ok "" || check no "${expect[$i]}: no body word ${words[$i]}"
    for k in "${!words[@]}"; do
        [ "$k" = "$i" ] && continue
        grep -qF "${words[$k]}" <<< "$text" && check no "${expect[$i]}: shows another article's word ${words[$k]}"
    done
    grep -qE "^Contents$" <<< "$text" && check no "${expect[$i]}: has a contents page"
    # where it came from: the book's title and editor close every handout
    grep -qF "Handout Reader. Edited by Hana Dout" <<< "$text" && check ok "" ||
        check no "${expect[$i]}: does not name the book it comes from"
    info=$(pdfinfo -enc UTF-8 "$f" 2>/dev/null)
    grep -qF "Title:           ${titles[$i]}" <<< "$info" && check ok "" ||
        check no "${expect[$i]}: document title is not the article's: $(grep Title <<< "$info")"
    [ "$(grep '^Page size' <<< "$info")" = "$book_size" ] && check ok "" ||
        check no "${expect[$i]}: page size differs from the book's"
done
# The first article's source and retrieved date, and authors in the info.
t1=$(pdftotext -enc UTF-8 "$H/${expect[0]}" - 2>/dev/null)
grep -qF "https://example.org/cafe-society" <<< "$t1" && check ok "" || check no "handout 1 has no source address"
grep -qF "Retrieved 14 March 2026" <<< "$t1" && check ok "" || check no "handout 1 has no retrieved date"
grep -qF "Clara Cafe" <<< "$t1" && check ok "" || check no "handout 1 does not name its author"
pdfinfo "$H/${expect[0]}" | grep -qF "Author:          Clara Cafe" && check ok "" || check no "handout 1: author not in the document info"
pdfinfo "$H/${expect[1]}" | grep -qF "Author:          Ann Orr and Bo Well" && check ok "" || check no "handout 2: authors not in the document info"
# An article with no address says so.
grep -qF "No online source given." <<< "$(pdftotext "$H/${expect[2]}" - 2>/dev/null)" && check ok "" ||
    check no "handout 3 (no source) does not say it has none"

# ---- same bytes: rebuild, and --jobs 1 against --jobs 3 ----
cp -r "$H" "$T/first"
"$SHEAF" build --handouts -o "$O" "$C" 2> "$T/err.txt" || check no "rebuild failed"
diff -r "$T/first" "$H" > /dev/null && check ok "" || check no "rebuilt handouts differ"
for j in 1 3; do
    "$SHEAF" build --handouts --format pdf --jobs $j -o "$T/j$j" "$C" 2> "$T/err.txt" ||
        { check no "--jobs $j failed"; cat "$T/err.txt"; }
done
[ ! -e "$T/j1/reader.epub" ] && check ok "" || check no "--format pdf wrote an EPUB"
diff -r "$T/j1/reader-handouts" "$T/j3/reader-handouts" > /dev/null && check ok "" ||
    check no "handouts differ between --jobs 1 and --jobs 3"
diff -r "$T/first" "$T/j1/reader-handouts" > /dev/null && check ok "" ||
    check no "handouts differ between --format epub,pdf and --format pdf"

# ---- --verbose lists every handout, in book order ----
"$SHEAF" build --handouts -v -o "$O" "$C" 2> "$T/err.txt" > /dev/null
listed=$(sed -n 's#^  wrote .*/reader-handouts/##p' "$T/err.txt" | tr '\n' ' ')
[ "$listed" = "${expect[*]} " ] && check ok "" || check no "--verbose listed '$listed'"

# ---- usage errors ----
for fmt in epub; do
    "$SHEAF" build --format "$fmt" --handouts -o "$T/bad" "$C" > /dev/null 2> "$T/err.txt"
    rc=$?
    [ $rc = 2 ] && check ok "" || check no "--format $fmt --handouts exited $rc, want 2"
    grep -q -- "--handouts" "$T/err.txt" && grep -q "pdf" "$T/err.txt" && check ok "" ||
        check no "--format $fmt --handouts: unclear message: $(head -1 "$T/err.txt")"
    [ ! -e "$T/bad" ] && check ok "" || check no "--format $fmt --handouts wrote something"
done
# The other order on the command line too.
"$SHEAF" build --handouts --format=epub "$C" -o "$T/bad" > /dev/null 2>&1
[ $? = 2 ] && check ok "" || check no "--handouts --format=epub is not a usage error"

# ---- a failed build keeps the old handouts ----
cp "$C/collection.yaml" "$T/good.yaml"
printf '      - articles/not-there.txt\n' >> "$C/collection.yaml"
"$SHEAF" build --handouts -o "$O" "$C" > /dev/null 2>&1
rc=$?
[ $rc = 1 ] && check ok "" || check no "a missing article: exit $rc, want 1"
diff -r "$T/first" "$H" > /dev/null && check ok "" || check no "a failed build changed the handouts"
cp "$T/good.yaml" "$C/collection.yaml"
# ... also when it fails while writing (an unknown style).
"$SHEAF" build --handouts --style no-such-style -o "$O" "$C" > /dev/null 2>&1
[ $? = 1 ] && check ok "" || check no "an unknown style did not fail the build"
diff -r "$T/first" "$H" > /dev/null && check ok "" || check no "a failed build (style) changed the handouts"

# ---- fewer articles: no stale handouts, no temporary folders ----
# (a fixed timestamp: the manifest's edit must not change the dates)
export SOURCE_DATE_EPOCH=1767225600
"$SHEAF" build --handouts -o "$O" "$C" 2> /dev/null
cp "$H/${expect[0]}" "$T/five-1.pdf"
sed -i '/same2.txt/d; /greek.txt/d' "$C/collection.yaml"
echo "mine" > "$H/notes-of-mine.txt"
"$SHEAF" build --handouts -o "$O" "$C" 2> "$T/err.txt" || { check no "build with 3 articles failed"; cat "$T/err.txt"; }
got=$(cd "$H" && ls -A | tr '\n' ' ')
[ "$got" = "01-cafe-society-notes-queries.pdf 02-1984-revisited.pdf 03-same-title.pdf " ] && check ok "" ||
    check no "after removing two articles the folder holds: $got"
cmp -s "$T/five-1.pdf" "$H/${expect[0]}" && check ok "" || check no "an unchanged article's handout changed"
left=$(cd "$O" && ls -A | grep -v -x -e reader.pdf -e reader.epub -e reader-handouts | tr '\n' ' ')
[ -z "$left" ] && check ok "" || check no "left in the output folder: $left"

# ---- without --handouts the folder is left alone ----
"$SHEAF" build -o "$O" "$C" 2> /dev/null
[ -s "$H/${expect[0]}" ] && check ok "" || check no "a build without --handouts removed the handouts"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
