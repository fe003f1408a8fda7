#!/usr/bin/env bash
# cli_manpage.sh - doc/sheaf.1 renders without groff warnings and documents
# every option `sheaf --help` lists and every key the manifest parser knows.
set -u
SHEAF=${SHEAF:-build/sheaf}
MAN=${SHEAF_MAN:-doc/sheaf.1}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
[ -f "$MAN" ] || { echo "FAIL: no $MAN"; exit 1; }

if command -v groff >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z "$MAN" 2>&1)
    [ -z "$warnings" ] || fail "groff warnings: $warnings"
else
    echo "note: groff not installed; rendering not checked"
fi

# Options from the help text, as they appear in roff (\- for each dash).
opts=$("$SHEAF" --help | grep -oE '(^|[ ,])--?[a-z][a-z-]*' | sed 's/^[ ,]*//' | sort -u)
[ -n "$opts" ] || fail "no options found in --help"
for o in $opts; do
    roff=${o//-/\\-}
    grep -qF -- "$roff" "$MAN" || fail "option $o is not in $MAN"
done
for c in build check new inspect; do
    grep -qE "^\.B(I)? \"?$c" "$MAN" || grep -qF ".B sheaf $c" "$MAN" || fail "command $c is not in $MAN"
done

# Keys of the manifest schema, read from the parser's own tables.
keys=$(sed -n '/^static const char \*const \(top\|part\|article\)_keys/,/};/p' src/manifest/manifest.c |
    grep -oE '"[a-z_]+"' | tr -d '"' | sort -u)
[ -n "$keys" ] || fail "no manifest keys found in src/manifest/manifest.c"
for k in $keys; do
    grep -qE "^\.BR? $k( |$)|^  *$k:|^$k:" "$MAN" || fail "manifest key $k is not in $MAN"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "all passed ($(echo $opts | wc -w) options, $(echo $keys | wc -w) keys)"
