#!/bin/bash
# `sheaf build` from the command line: several collections in one call,
# -o, the output name, --format (pdf alone writes no EPUB and says why; a
# bad format is a usage error), a missing collection fails with status 1
# without stopping the others, and -v reports what was written.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
fail=0
cp -r collections/common-ground "$T/one"
cp -r collections/common-ground "$T/two"

"$SHEAF" build -v --format epub -o "$T/out" "$T/one" "$T/two/collection.yaml" 2>"$T/err"
[ $? = 0 ] || { echo "FAIL: two collections"; cat "$T/err"; fail=1; }
[ -s "$T/out/one.epub" ] && [ -s "$T/out/two.epub" ] || { echo "FAIL: outputs missing"; ls "$T/out"; fail=1; }
grep -q "wrote $T/out/one.epub" "$T/err" || { echo "FAIL: -v does not say what it wrote"; cat "$T/err"; fail=1; }

"$SHEAF" build --format pdf -o "$T/pdf" "$T/one" 2>"$T/err"
[ $? = 0 ] || { echo "FAIL: --format pdf is an error"; fail=1; }
[ -e "$T/pdf/one.epub" ] && { echo "FAIL: --format pdf wrote an EPUB"; fail=1; }
[ -s "$T/pdf/one.pdf" ] || { echo "FAIL: --format pdf wrote no PDF"; cat "$T/err"; fail=1; }
qpdf --check "$T/pdf/one.pdf" >/dev/null 2>&1 || { echo "FAIL: the PDF does not pass qpdf --check"; fail=1; }

"$SHEAF" build --format mobi "$T/one" 2>/dev/null
[ $? = 2 ] || { echo "FAIL: --format mobi is not a usage error"; fail=1; }

"$SHEAF" build --quiet --format epub -o "$T/mixed" "$T/nowhere" "$T/one" 2>/dev/null
[ $? = 1 ] || { echo "FAIL: a missing collection does not fail the run"; fail=1; }
[ -s "$T/mixed/one.epub" ] || { echo "FAIL: the good collection was not built"; fail=1; }
[ $fail = 0 ] && echo "ok: build command line"
exit $fail
