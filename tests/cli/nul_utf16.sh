#!/usr/bin/env bash
# nul_utf16.sh - NUL bytes and UTF-16 in articles, the same for HTML, plain
# text and Markdown: UTF-16 with or without a byte-order mark is decoded;
# stray NULs (a truncated download's zero-filled tail) are dropped with one
# warning per file naming the file and the line of the first; NULs amid
# other control bytes (a binary saved as .html) are an error.
set -u
: "${SHEAF:?SHEAF must name the built binary}"
: "${SHEAF_TEST_TMP:?SHEAF_TEST_TMP must name a scratch folder}"
mkdir -p "$SHEAF_TEST_TMP"
T=$SHEAF_TEST_TMP
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

# run NAME WANT_STATUS FILE [MODE]: inspect, output to $T/NAME.out/.err.
run() {
    local want=$2 file=$3 mode=${4:---json}
    timeout 30 "$SHEAF" inspect "$mode" "$file" >"$T/$1.out" 2>"$T/$1.err"
    local got=$?
    [ "$got" -eq "$want" ] || fail "$1: exit status $got, expected $want; stderr: $(head -c 300 "$T/$1.err")"
}
has() { grep -qF -- "$3" "$T/$1.$2" || fail "$1: $2 lacks '$3': $(head -c 300 "$T/$1.$2")"; }
count() { # NAME STREAM TEXT WANT: how many lines hold TEXT
    local n
    n=$(grep -cF -- "$3" "$T/$1.$2")
    [ "$n" -eq "$4" ] || fail "$1: $n lines with '$3' in $2, expected $4"
}

page='<html><head><title>Wide page</title></head><body><article><h1>Wide page</h1>
<p>Text saved as UTF-16, caf\xc3\xa9 and na\xc3\xafve, long enough to count as a paragraph.</p>
<p>\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d, a second paragraph with Hebrew words.</p>
</article></body></html>
'
# UTF-16 pages, little- and big-endian, without and with a byte-order mark.
for enc in UTF-16LE UTF-16BE; do
    printf "$page" | iconv -f UTF-8 -t $enc >"$T/$enc.html"
    run "$enc" 0 "$T/$enc.html" --text
    has "$enc" out "caf""é and naïve"
    has "$enc" out "שלום עולם, a second paragraph"
    has "$enc" err "$enc.html:1:1: warning: file is UTF-16 (no byte-order mark); converted to UTF-8"
    run "$enc-json" 0 "$T/$enc.html"
    has "$enc-json" out '"title": "Wide page"'
done
{ printf '\xff\xfe'; printf "$page" | iconv -f UTF-8 -t UTF-16LE; } >"$T/bom.html"
run bom 0 "$T/bom.html" --text
has bom out "שלום עולם"
has bom err "bom.html:1:1: warning: file is UTF-16; converted to UTF-8"

# A page cut short: its zero-filled tail dropped, one warning with the line.
printf '<html><head><title>Cut short</title></head><body><article><h1>Cut</h1>\n<p>Some words, then the download stopped.</p>\n' >"$T/cut.html"
head -c 5000 /dev/zero >>"$T/cut.html"
run cut 0 "$T/cut.html" --text
has cut out "Some words, then the download stopped."
has cut err "cut.html:3:1: warning: 5000 NUL bytes dropped"
count cut err "NUL" 1

# NULs scattered over several lines: still one warning, at the first.
printf '<html><body><article><h1>Dots</h1>\n<p>One\000 two\000 three.</p>\n<p>Four\000 five\000 six\000 words.</p>\n</article></body></html>\n' >"$T/scatter.html"
run scatter 0 "$T/scatter.html" --text
has scatter out "One two three."
has scatter out "Four five six words."
has scatter err "scatter.html:2:7: warning: 5 NUL bytes dropped"
count scatter err "NUL" 1

# A binary file saved as .html: NULs among control bytes, an error.
printf '\x89PNG\r\n\x1a\n\000\000\000\rIHDR\000\000\001\000\000\000\001\000\010\006\000\000\000\034\036\037' >"$T/binary.html"
run binary 1 "$T/binary.html"
has binary err "binary.html:3:1: error"
has binary err "not a text file"

# Plain text and Markdown the same way.
text='A Wide Title\n\nPlain text in UTF-16, caf\xc3\xa9, long enough for a paragraph.\n\n\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d \xd7\x9e\xd7\x94 \xd7\xa0\xd7\xa9\xd7\x9e\xd7\xa2.\n'
for ext in txt md; do
    for enc in UTF-16LE UTF-16BE; do
        printf "$text" | iconv -f UTF-8 -t $enc >"$T/$enc.$ext"
        run "$enc-$ext" 0 "$T/$enc.$ext" --text
        has "$enc-$ext" out "Plain text in UTF-16, café, long enough"
        has "$enc-$ext" out "שלום עולם מה נשמע."
        has "$enc-$ext" err "$enc.$ext:1:1: warning: file is UTF-16 (no byte-order mark)"
    done
    printf 'A Cut Title\n\nSome words, then the download stopped.\n' >"$T/cut.$ext"
    head -c 3000 /dev/zero >>"$T/cut.$ext"
    run "cut-$ext" 0 "$T/cut.$ext" --text
    has "cut-$ext" out "Some words, then the download stopped."
    has "cut-$ext" err "cut.$ext:4:1: warning: 3000 NUL bytes dropped"
    count "cut-$ext" err "NUL" 1
done

if [ "$fails" -ne 0 ]; then
    echo "$fails failed"
    exit 1
fi
echo "all passed"
