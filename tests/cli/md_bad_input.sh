#!/bin/bash
# Pathological Markdown through `sheaf inspect`: deep nesting of quotes,
# lists and brackets, long delimiter runs, a table bomb, a 1 MB paragraph, a
# 10 MB file, node bombs and invalid UTF-8. Each must finish within its time limit and a
# 2 GB address-space cap, exit 0 or 1 (never a signal), and say what it did
# where it changed the input (flattened nesting, tables off, encoding).
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
: "${SHEAF_TEST_TMP:=/tmp/sheaf-md-bad}"
mkdir -p "$SHEAF_TEST_TMP"
T="$SHEAF_TEST_TMP"
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }

python3 - "$T" <<'PY'
import sys, os
t = sys.argv[1]
def w(name, s, mode='w'):
    with open(os.path.join(t, name), mode) as f:
        f.write(s)
w('quotes.md', '>' * 10000 + ' deep\n')
w('lists.md', '- ' * 10000 + 'x\n')
w('ordered.md', '1. ' * 10000 + 'x\n')
w('indented.md', ''.join('  ' * i + '- item\n' for i in range(2000)))
w('brackets.md', '[' * 10000 + 'a' + ']' * 10000 + '\n')
w('open_brackets.md', '[' * 10000 + '\n')
w('links.md', '[x](' * 10000 + '\n')
w('stars.md', '*' * 100000 + '\n')
w('alt_stars.md', 'a*' * 50000 + '\n')
w('backticks.md', '`' * 100000 + '\n')
w('em_mix.md', '*a **' * 20000 + '\n')
w('table.md', '|' + 'a|' * 10000 + '\n|' + '-|' * 10000 + '\n' + ('|' + 'x|' * 10000 + '\n') * 100)
w('para.md', 'word word\n' * 100000)
w('remote_imgs.md', '![a](http://x.org/i.png) ' * 5000 + '\n')
w('big.md', ('Some paragraph text with *emphasis*, `code` -- and "quotes"...\n\n') * 160000)
w('bad_utf8.md', b'# Caf\xe9\n\nBad \xff\xfe bytes \xc3 here.\n', 'wb')
w('binary.md', b'# x\n\x00\x01\x02\x00', 'wb')
w('fm_bomb.md', '---\na: [' + '[' * 20000 + ']' * 20000 + ']\n---\nText\n')
# node bombs: every list line or emphasis pair is a few cmark nodes at
# ~300 bytes each (32 MB of "- a" lines ran cmark out of memory)
w('item_bomb.md', '- a\n' * 600000)
w('em_bomb.md', ('*a* ' * 25 + '\n') * 24000)
w('fm_big.md', '---\n' + '# comment line\n' * 10000 + 'title: x\n---\nText\n')
PY

# Sanitizer builds reserve terabytes of address space: cap only when a
# capped run of the binary works at all.
cap="ulimit -v 2097152;"
if ! (ulimit -v 2097152; "$SHEAF" --version) >/dev/null 2>&1; then
    echo "note: running without the memory cap (sanitizer build?)"
    cap=""
fi

# name  seconds  expected-exit  message-that-must-appear
while read -r name secs want msg; do
    f="$T/$name.md"
    start=$(date +%s%N)
    ( eval "$cap"; timeout "$secs" "$SHEAF" inspect "$f" ) > "$T/$name.out" 2> "$T/$name.err"
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "$name: exit $rc, ${ms} ms"
    [ "$rc" = "$want" ] && check ok || check no "$name: exit $rc (want $want)"
    if [ "$msg" != - ]; then
        grep -q -- "$msg" "$T/$name.err" && check ok || { check no "$name: no '$msg'"; head -5 "$T/$name.err"; }
    fi
done <<'LIST'
quotes 20 0 flattened
lists 20 0 flattened
ordered 20 0 flattened
indented 20 0 flattened
brackets 20 0 -
open_brackets 20 0 -
links 20 0 -
stars 20 0 -
alt_stars 20 0 -
backticks 20 0 -
em_mix 20 0 -
table 20 0 tables are not recognised
para 20 0 -
remote_imgs 20 0 remote.images.not.fetched.in.all
big 60 0 -
bad_utf8 20 0 not valid UTF-8
binary 20 1 not a text file
fm_bomb 20 1 front.matter.nests.deeper
fm_big 20 1 front.matter.is
item_bomb 20 1 too.many.lines.and.markup
em_bomb 20 1 too.many.lines.and.markup
LIST

# The same inputs through --json stay valid JSON (nesting flattened).
"$SHEAF" inspect --json "$T/quotes.md" > "$T/quotes.json" 2>/dev/null
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/quotes.json" && check ok || check no "quotes: json"

# An encoded NUL in an image path is not decoded: it would cut the path
# short and name another file (a.png exists, a.png%00.jpg does not).
cp tests/fixtures/markdown/img/$(ls tests/fixtures/markdown/img | head -1) "$T/a.png"
printf '# T\n\n![pic](a.png%%00.jpg)\n\nText.\n' > "$T/nul.md"
"$SHEAF" inspect "$T/nul.md" 2>&1 | grep -q 'image not found: .*a.png%00.jpg' && check ok ||
    check no "%00 in an image path was decoded"

# A 100 KB title is a bookmark libharu refuses (over 64 KB): the build
# still writes its PDF, the bookmark cut with an ellipsis.
mkdir -p "$T/long/articles"
python3 -c "import sys; open(sys.argv[1], 'w').write('# ' + 'Longtitle ' * 10240 + '\n\nBody.\n')" \
    "$T/long/articles/a.md"
printf 'title: Long\narticles:\n  - articles/a.md\n' > "$T/long/collection.yaml"
timeout 60 "$SHEAF" build "$T/long" -o "$T/long/out" --format pdf --quiet > "$T/long.err" 2>&1
rc=$?
[ $rc = 0 ] && [ -s "$T/long/out/long.pdf" ] && check ok ||
    { check no "100 KB title: exit $rc"; head -3 "$T/long.err"; }

# A 300 KB paragraph is typeset as several (the line breaker holds ~150
# bytes per byte of a paragraph), with a warning naming the file and line.
python3 -c "import sys; open(sys.argv[1], 'w').write('# Long\n\n' + 'Words and more words. ' * 14000 + '\n')" \
    "$T/long/articles/a.md"
timeout 60 "$SHEAF" build "$T/long" -o "$T/long/out" --format pdf > "$T/long.err" 2>&1
rc=$?
[ $rc = 0 ] && grep -q 'a.md:3:1: warning: 1 paragraph longer than 64 KB cut into several' "$T/long.err" &&
    check ok || { check no "300 KB paragraph: exit $rc"; head -3 "$T/long.err"; }

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
