#!/bin/bash
# Progress: silent in pipes, one line per article with --verbose, nothing
# but errors with --quiet.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-progress}
rm -rf "$T" && mkdir -p "$T/c"
fail=0
printf 'title: P\narticles:\n  - a.txt\n  - b.txt\n' > "$T/c/collection.yaml"
printf 'Alpha\n\nBy Ann Lee\n\nOne paragraph of text here.\n' > "$T/c/a.txt"
printf 'Beta\n\nBy Bo Park\n\nAnother paragraph of text.\n' > "$T/c/b.txt"

"$SHEAF" build -o "$T/out" "$T/c" 2>"$T/err" >"$T/out.txt"
[ $? = 0 ] || { echo "FAIL: build"; cat "$T/err"; fail=1; }
[ -s "$T/err" ] && { echo "FAIL: a build in a pipe printed progress:"; cat "$T/err"; fail=1; }

"$SHEAF" build -v -o "$T/out" "$T/c" 2>"$T/err"
grep -q "reading \[1/2\] a.txt" "$T/err" && grep -q "reading \[2/2\] b.txt" "$T/err" \
    || { echo "FAIL: --verbose lacks per-article lines:"; cat "$T/err"; fail=1; }
grep -q "wrote $T/out/c.pdf" "$T/err" && grep -q "wrote $T/out/c.epub" "$T/err" \
    || { echo "FAIL: --verbose does not say what it wrote"; cat "$T/err"; fail=1; }
grep -q $'\r' "$T/err" && { echo "FAIL: --verbose in a pipe redraws lines"; fail=1; }

printf 'title: P\narticles:\n  - a.txt\n  - missing.txt\n' > "$T/c/collection.yaml"
"$SHEAF" build -q -o "$T/out" "$T/c" 2>"$T/err"
[ $? = 1 ] || { echo "FAIL: a missing article is not exit 1"; fail=1; }
[ "$(grep -c . "$T/err")" -ge 1 ] && ! grep -q "reading" "$T/err" && grep -q "error: article not found: missing.txt" "$T/err" \
    || { echo "FAIL: --quiet output:"; cat "$T/err"; fail=1; }

[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
