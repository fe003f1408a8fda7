#!/usr/bin/env bash
# cli_usage.sh - help, version and bad usage: exit 0 for help and version,
# exit 2 with a one-line reason and "try 'sheaf --help'" for bad usage.
set -u
SHEAF=${SHEAF:-build/sheaf}
T=${SHEAF_TEST_TMP:-/tmp/sheaf-cli-usage}
rm -rf "$T" && mkdir -p "$T" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect RC ARGS...: run sheaf with ARGS, expect exit RC; keep out/err.
expect() {
    local want=$1; shift
    timeout 10 "$SHEAF" "$@" >"$T/out" 2>"$T/err"
    local rc=$?
    [ "$rc" = "$want" ] || { fail "sheaf $*: exit $rc, expected $want"; cat "$T/err"; }
}
out_has() { grep -qF -- "$1" "$T/out" || fail "stdout lacks: $1"; }
err_line() { grep -qxF -- "$1" "$T/err" || { fail "stderr lacks line: $1"; sed 's/^/    /' "$T/err"; }; }
out_empty() { [ ! -s "$T/out" ] || fail "stdout not empty: $(head -2 "$T/out")"; }

for h in --help -h help; do
    expect 0 $h
    out_has "usage: sheaf build PATH..."
    out_has "check PATH..."
    out_has "new NAME"
    out_has "--allow-outside"
    out_has "Exit status: 0"
done
expect 0 check --help
out_has "usage: sheaf build PATH..."
expect 0 new -h
out_has "usage: sheaf build PATH..."

expect 0 --version
grep -qE '^sheaf [0-9]+\.[0-9]+\.[0-9]+' "$T/out" || fail "--version: $(cat "$T/out")"

expect 2
grep -qF "usage: sheaf build" "$T/err" || fail "no args: usage not on stderr"
out_empty

expect 2 frobnicate
err_line "sheaf: unknown command: frobnicate"
err_line "try 'sheaf --help'"
out_empty
expect 2 --frobnicate
err_line "sheaf: unknown option: --frobnicate"
expect 2 check --frobnicate x
err_line "sheaf: unknown option: --frobnicate"
expect 2 check -o
err_line "sheaf: option -o needs a value"
expect 2 check --paper tabloid x
err_line "sheaf: unknown paper: tabloid (letter, a4, a5, or WxH like 6x9in)"
expect 2 build --format mobi x
err_line "sheaf: unknown format in --format mobi (use epub, pdf or epub,pdf)"
expect 2 check
err_line "sheaf: check needs at least one collection folder or manifest"
expect 2 build
err_line "sheaf: build needs at least one collection folder or manifest"
expect 2 new
err_line "sheaf: new needs exactly one NAME"
expect 2 new a b
err_line "sheaf: new needs exactly one NAME"
expect 2 inspect
err_line "sheaf: inspect needs exactly one article file"

# Usage is checked before any work: a bad option with a good path still exits 2.
mkdir -p "$T/c" && printf 'title: T\narticles: [a.txt]\n' >"$T/c/collection.yaml" &&
    printf 'A\n\nText.\n' >"$T/c/a.txt"
expect 2 check --paper 7x "$T/c"
expect 0 check --paper=a4 "$T/c"
expect 0 check -- "$T/c"
# Two collections: status is the worst of them.
expect 1 check "$T/c" "$T/none"
err_line "$T/none: error: no such collection or manifest"
out_has "$T/c/collection.yaml: 1 article ok"

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "all passed"
