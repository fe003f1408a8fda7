#!/usr/bin/env bash
# manifest_scale.sh - `sheaf check` on a 10,000-article manifest, with every
# file present (exit 0) and with every file missing (10,000 errors, exit 1).
# The time limit is a hang guard, not a benchmark: the check itself takes
# well under a second per thousand articles.
set -u
SHEAF=${SHEAF:-build/sheaf}
T=${SHEAF_TEST_TMP:-/tmp/sheaf-manifest-scale}
rm -rf "$T" && mkdir -p "$T" || exit 1
SHEAF=$(cd "$(dirname "$SHEAF")" && pwd)/$(basename "$SHEAF")
cd "$T" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
LIMIT=10

# timed RC CMD...: run with a hard timeout; fail on the wrong status or on
# taking more than LIMIT seconds.
timed() {
    local want=$1; shift
    local t0 t1 rc
    t0=$(date +%s%N)
    timeout $((LIMIT * 3)) "$@" >out.txt 2>err.txt
    rc=$?
    t1=$(date +%s%N)
    ms=$(((t1 - t0) / 1000000))
    echo "$* -> exit $rc in ${ms} ms"
    [ "$rc" = "$want" ] || { fail "exit $rc, expected $want"; head -5 err.txt; }
    [ "$ms" -le $((LIMIT * 1000)) ] || fail "took ${ms} ms (limit ${LIMIT} s)"
}

mkdir -p big/articles
{
    echo "title: Ten Thousand"
    echo "articles:"
    for i in $(seq -w 1 10000); do echo "  - articles/a$i.txt"; done
} >big/collection.yaml

# Every file missing: one error per article, printed with its source line.
timed 1 "$SHEAF" check big
grep -qxF "big: 10000 errors, 0 warnings" err.txt || fail "missing: wrong summary: $(tail -1 err.txt)"
grep -qxF "big/collection.yaml:10002:5: error: article not found: articles/a10000.txt" err.txt ||
    fail "missing: last error not found"
[ "$(grep -c ': error: article not found' err.txt)" = 10000 ] || fail "missing: not 10000 errors"

# Every file present.
(cd big/articles && for i in $(seq -w 1 10000); do
    printf 'Article %s\n\nA short paragraph of text.\n' "$i" >"a$i.txt"
done)
timed 0 "$SHEAF" check big
grep -qxF "big/collection.yaml: 10000 articles ok" out.txt || fail "present: $(cat out.txt)"

# The same list as mappings with overrides, in 100 parts.
{
    echo "title: Ten Thousand in Parts"
    echo "parts:"
    for p in $(seq -w 1 100); do
        echo "  - title: Part $p"
        echo "    articles:"
        for i in $(seq -w 1 100); do
            n=$(( (10#$p - 1) * 100 + 10#$i ))
            printf '      - path: articles/a%05d.txt\n        title: Article %d\n        author: A. Writer\n' "$n" "$n"
        done
    done
} >big/parts.yaml
timed 0 "$SHEAF" check big/parts.yaml
grep -qxF "big/parts.yaml: 10000 articles ok" out.txt || fail "parts: $(cat out.txt)"

# One file listed 10,000 times, each entry with a misspelt key: three
# warnings of each kind in full, then one summary line per kind.
{
    echo "title: One Ten Thousand Times"
    echo "articles:"
    for i in $(seq 1 10000); do printf '  - {path: articles/a00001.txt, athor: X}\n'; done
} >big/same.yaml
timed 0 "$SHEAF" check big/same.yaml
[ "$(grep -c ': warning: duplicate article: articles/a00001.txt' err.txt)" = 3 ] ||
    fail "same: not 3 duplicate warnings in full"
grep -qF "big/same.yaml:7:12: warning: 9996 more duplicate entries" err.txt ||
    fail "same: no duplicate summary line"
[ "$(grep -c ": warning: unknown key 'athor'" err.txt)" = 3 ] ||
    fail "same: not 3 unknown-key warnings in full"
grep -qF "big/same.yaml:6:33: warning: 9997 more unknown keys" err.txt ||
    fail "same: no unknown-key summary line"
[ "$(grep -c ': warning: ' err.txt)" = 8 ] || fail "same: $(grep -c ': warning: ' err.txt) warnings printed"

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "all passed"
