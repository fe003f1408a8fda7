#!/usr/bin/env bash
# Bad plain-text input, end to end through `sheaf inspect`: each case gets a
# diagnostic naming the file (and line), the right exit status, no crash, no
# hang, bounded memory. Big inputs are generated here, never committed.
set -u
: "${SHEAF:?SHEAF must name the built binary}"
: "${SHEAF_TEST_TMP:?SHEAF_TEST_TMP must name a scratch folder}"
mkdir -p "$SHEAF_TEST_TMP"
T=$SHEAF_TEST_TMP
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

# AddressSanitizer reserves terabytes of address space: no -v limit then.
limit_kb=1500000
if grep -q __asan_init "$SHEAF" 2>/dev/null; then
    limit_kb=unlimited
fi

# run NAME WANT_STATUS FILE [MODE]: inspect with a time and memory limit.
run() {
    local want=$2 file=$3 mode=${4:---json}
    ( ulimit -v $limit_kb; timeout 60 "$SHEAF" inspect "$mode" "$file" ) >"$T/$1.out" 2>"$T/$1.err"
    local got=$?
    [ "$got" -eq "$want" ] || fail "$1: exit status $got, expected $want; stderr: $(head -c 300 "$T/$1.err")"
}
has() { grep -qF -- "$3" "$T/$1.$2" || fail "$1: $2 lacks '$3': $(head -c 300 "$T/$1.$2")"; }

# Invalid UTF-8 (a stray Latin-1 byte): a warning, converted, exit 0.
printf 'A Title\n\nIt was na\xefve to think so, she said.\n' >"$T/latin1.txt"
run latin1 0 "$T/latin1.txt"
has latin1 out "latin1.txt:3:"
has latin1 out "read as Windows-1252"
run latin1-text 0 "$T/latin1.txt" --text
has latin1-text out "It was naïve to think so"

# UTF-16 with a BOM (big-endian here): converted with a warning, exit 0.
python3 -c "import sys; open(sys.argv[1],'wb').write(b'\xfe\xff' + 'Über uns\n\nGrüße aus Köln, wo es regnet.\n'.encode('utf-16-be'))" "$T/utf16be.txt"
run utf16be 0 "$T/utf16be.txt"
has utf16be out "UTF-16"
has utf16be out '"title": "Über uns"'

# NUL bytes: not text. An error naming the file, exit 1.
printf 'Title\n\nSome text\000\000\001 and binary junk\n' >"$T/nul.txt"
run nul 1 "$T/nul.txt"
has nul err "nul.txt:3:"
has nul err "not a text file"

# Binary junk without NULs (a PNG header and noise).
head -c 4096 /dev/urandom | { printf '\x89PNG\r\n\x1a\n'; cat; } >"$T/junk.txt"
run junk 1 "$T/junk.txt"
has junk err "junk.txt:"
has junk err "error:"

# 30 MB with no newline (under the 32 MB text budget): the line cap, with file and line, fast.
python3 -c "
import sys
s = 'lorem ipsum dolor sit amet ' * 2000000
open(sys.argv[1], 'w').write(s[:30 * 1024 * 1024])" "$T/no-newline.txt"
start=$(date +%s)
run no-newline 1 "$T/no-newline.txt"
has no-newline err "no-newline.txt:1:1: error:"
has no-newline err "256 KiB"
[ $(( $(date +%s) - start )) -le 20 ] || fail "no-newline: took more than 20 s"

# A 1 MB single word after a normal first line: the word cap, line 2.
python3 -c "
import sys
open(sys.argv[1], 'w').write('A Title\n' + 'x' * (1024 * 1024) + '\n')" "$T/word.txt"
run word 1 "$T/word.txt"
has word err "word.txt:2:1: error:"
has word err "16 KiB"

# Empty file and a file of blank lines: no title, no blocks, exit 0.
: >"$T/empty.txt"
run empty 0 "$T/empty.txt"
has empty out '"title": null'
python3 -c "import sys; open(sys.argv[1],'w').write('\n' * 1500000 + '   \t \n' * 1000)" "$T/blank.txt"
run blank 0 "$T/blank.txt"
has blank out '"paragraph": 0'

# More lines than one article may have: an error that says so.
python3 -c "import sys; open(sys.argv[1],'w').write('a\\n' * 2100000)" "$T/lines.txt"
run lines 1 "$T/lines.txt"
has lines err "lines.txt:"
has lines err "more than 2000000 lines"

# Deep quote nesting and a long run of menu-like lines: no crash.
python3 -c "
import sys
lines = ['Deep', ''] + ['>' * 5000 + ' deep text'] + ['> ' * 200 + 'x'] * 1000
open(sys.argv[1], 'w').write('\n'.join(lines) + '\n')" "$T/deep.txt"
run deep 0 "$T/deep.txt" --tree
python3 -c "
import sys
open(sys.argv[1], 'w').write('\n'.join('Item %d' % i for i in range(200000)) + '\n')" "$T/items.txt"
run items 0 "$T/items.txt"
has items out '"dropped": []'   # nothing but short lines: no menu to drop

# Many short paragraphs hard-wrapped into one 200 KB paragraph: linear time.
python3 -c "
import sys
line = 'the quick brown fox jumps over the lazy dog and keeps on running far'
open(sys.argv[1], 'w').write('Title\n\n' + '\n'.join([line] * 40000) + '\n')" "$T/wrapped.txt"
start=$(date +%s)
run wrapped 0 "$T/wrapped.txt"
has wrapped out '"paragraph": 1'
[ $(( $(date +%s) - start )) -le 10 ] || fail "wrapped: took more than 10 s"

if [ "$fails" -gt 0 ]; then
    echo "$fails failed"
    exit 1
fi
echo "all bad-input cases passed"
