#!/usr/bin/env bash
# examples.sh - every examples/NAME/ passes `sheaf check`: exit 0, no errors,
# no warnings about the manifest itself, and every file in its articles/
# folder is listed (so the examples stay coherent as they are edited).
# The articles are plain text until the HTML and Markdown readers land.
set -u
SHEAF=${SHEAF:-build/sheaf}
T=${SHEAF_TEST_TMP:-/tmp/sheaf-examples}
mkdir -p "$T" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

n=0
for dir in examples/*/; do
    dir=${dir%/}
    [ -f "$dir/collection.yaml" ] || { fail "$dir: no collection.yaml"; continue; }
    n=$((n + 1))
    timeout 30 "$SHEAF" check "$dir" >"$T/out" 2>"$T/err"
    rc=$?
    echo "$dir: exit $rc: $(cat "$T/out")"
    [ "$rc" = 0 ] || fail "$dir: exit $rc"
    if grep -q ': error: ' "$T/err"; then
        fail "$dir: errors"
        cat "$T/err"
    fi
    if grep -q "^$dir/collection.yaml:[0-9]*:[0-9]*: warning: " "$T/err"; then
        fail "$dir: manifest warnings"
        cat "$T/err"
    fi
    # Every article file is listed in an uncommented line of the manifest.
    listed=$(sed 's/#.*//' "$dir/collection.yaml")
    for f in "$dir"/articles/*; do
        rel=${f#"$dir"/}
        grep -qF -- "$rel" <<<"$listed" || fail "$dir: $rel is not listed in the manifest"
    done
done
[ "$n" -ge 3 ] || fail "expected at least 3 examples, found $n"

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "all passed"
