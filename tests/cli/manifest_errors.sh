#!/usr/bin/env bash
# manifest_errors.sh - `sheaf check` on broken manifests: each gives the exact
# compiler-style diagnostic (file:line:col: severity: message), the source
# line with a caret, and exit status 1; warnings alone give 0.
set -u
SHEAF=${SHEAF:-build/sheaf}
T=${SHEAF_TEST_TMP:-/tmp/sheaf-manifest-errors}
rm -rf "$T" && mkdir -p "$T" || exit 1
SHEAF=$(cd "$(dirname "$SHEAF")" && pwd)/$(basename "$SHEAF")
cd "$T" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run NAME RC: check collection NAME (a folder here), expect exit RC.
# Output goes to NAME.out / NAME.err. A 10 s timeout guards against hangs.
run() {
    local name=$1 want=$2; shift 2
    timeout 10 "$SHEAF" check "$@" "$name" >"$name.out" 2>"$name.err"
    local rc=$?
    [ "$rc" = "$want" ] || { fail "$name: exit $rc, expected $want"; sed 's/^/    /' "$name.err"; }
}
# has NAME LINE: stderr of NAME holds exactly this line.
has() { grep -qxF -- "$2" "$1.err" || { fail "$1: missing line: $2"; sed 's/^/    /' "$1.err"; }; }
# lacks NAME TEXT: no stderr line contains TEXT.
lacks() { ! grep -qF -- "$2" "$1.err" || fail "$1: unexpected: $2"; }
# mk NAME TEXT: a collection folder with this manifest (printf format) and a.txt.
mk() {
    mkdir -p "$1"
    printf "$2" >"$1/collection.yaml"
    printf 'An Article\n\nSome text for the article.\n' >"$1/a.txt"
}

# --- missing and empty ---
run nothing 1
has nothing "nothing: error: no such collection or manifest"
mkdir -p nomanifest
run nomanifest 1
has nomanifest "nomanifest: error: no collection.yaml in this folder"
mk empty ''
run empty 1
has empty "empty/collection.yaml:1:1: error: the manifest is empty (it needs at least 'title' and 'articles')"
mk comments '# nothing yet\n\n   \n'
run comments 1
has comments "comments/collection.yaml:1:1: error: the manifest is empty (it needs at least 'title' and 'articles')"

# --- YAML syntax errors, with the source line and caret ---
mk syntax 'title: T\n  bad: indent\narticles: [a.txt]\n'
run syntax 1
has syntax "syntax/collection.yaml:2:6: error: YAML syntax error: mapping values are not allowed in this context"
has syntax "    bad: indent"
has syntax "       ^"
mk flow 'title: [unclosed\narticles:\n  - a.txt\n'
run flow 1
has flow "flow/collection.yaml:2:9: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence"

# --- wrong types (errors) and unknown keys (warnings), sorted by line ---
mk types 'title: [A, B]\nsubtitel: S\ntoc_depth: deep\narticles:\n  - path: a.txt\n    extract: maybe\n    athor: X\n'
run types 1
has types "types/collection.yaml:1:8: error: 'title' must be a single value, not a list"
has types "types/collection.yaml:2:1: warning: unknown key 'subtitel' in the manifest; did you mean 'subtitle'?"
has types "types/collection.yaml:3:12: error: 'toc_depth' must be a number from 1 to 6, not 'deep'"
has types "types/collection.yaml:6:14: error: 'extract' must be true or false, not 'maybe'"
has types "types/collection.yaml:7:5: warning: unknown key 'athor' in an article entry; did you mean 'author'?"
has types "types: 3 errors, 2 warnings"
lines=$(grep -o '^types/collection.yaml:[0-9]*' types.err | cut -d: -f2 | tr '\n' ' ')
[ "$lines" = "1 2 3 6 7 " ] || fail "types: diagnostics not sorted by line: $lines"
mk articles_map 'title: T\narticles: {a: b}\n'
run articles_map 1
has articles_map "articles_map/collection.yaml:2:11: error: 'articles' must be a list, not a mapping"

# Warnings only: exit 0.
mk warnonly 'title: T\nlanguage: klingon\ncolour: red\narticles: [a.txt, ./a.txt]\n'
run warnonly 0
has warnonly "warnonly/collection.yaml:2:11: warning: unknown language tag 'klingon' (expected a BCP 47 tag such as en, en-US, fr)"
has warnonly "warnonly/collection.yaml:3:1: warning: unknown key 'colour' in the manifest (ignored)"
has warnonly "warnonly/collection.yaml:4:19: warning: duplicate article: ./a.txt (first listed on line 4)"
grep -qxF "warnonly/collection.yaml: 2 articles ok (with warnings)" warnonly.out || fail "warnonly: summary"

# --- the style named by the manifest or --style is checked too ---
mk style 'title: T\nstyle: clasic\narticles: [a.txt]\n'
run style 1
has style "style/collection.yaml:2:8: error: style not found: clasic; did you mean 'classic'?"
mk ownstyle 'title: T\nstyle: mine\narticles: [a.txt]\n'
mkdir -p ownstyle/styles/mine
printf 'size: 11pt\nmargins:\n  tpo: 1in\n' >ownstyle/styles/mine/style.yaml
run ownstyle 0
has ownstyle "ownstyle/styles/mine/style.yaml:3:3: warning: unknown style setting 'margins.tpo'; did you mean 'margins.top'?"
run ownstyle 1 --style nope
has ownstyle "sheaf: error: style not found: nope (shipped styles: classic, handout, large-print)"

# --- article paths ---
mk paths 'title: T\narticles:\n  - missing.txt\n  - dir\n  - fifo\n  - link-out\n  - ../outside.txt\n  - /etc/hostname\n  - link-in\n'
mkdir -p paths/dir
mkfifo paths/fifo
echo outside >outside.txt
ln -s ../outside.txt paths/link-out
ln -s a.txt paths/link-in
run paths 1
has paths "paths/collection.yaml:3:5: error: article not found: missing.txt"
has paths "paths/collection.yaml:4:5: error: article is a directory, not a file: dir"
has paths "paths/collection.yaml:5:5: error: article is not a regular file (FIFO, device or socket): fifo"
has paths "paths/collection.yaml:6:5: error: article path leaves the collection folder: link-out (use --allow-outside to permit)"
has paths "paths/collection.yaml:7:5: error: article path leaves the collection folder: ../outside.txt (use --allow-outside to permit)"
has paths "paths/collection.yaml:8:5: error: article path leaves the collection folder: /etc/hostname (use --allow-outside to permit)"
has paths "paths: 6 errors, 0 warnings"
lacks paths "link-in"

# --allow-outside lets the same paths through (the folder and FIFO stay errors).
mk outside 'title: T\narticles:\n  - ../outside.txt\n  - link-out\n'
ln -s ../outside.txt outside/link-out
run outside 1
has outside "outside/collection.yaml:3:5: error: article path leaves the collection folder: ../outside.txt (use --allow-outside to permit)"
run outside 0 --allow-outside
lacks outside "error"

# --- bytes that are not text ---
mk badutf8 'title: caf\xe9\narticles: [a.txt]\n'
run badutf8 1
has badutf8 "badutf8/collection.yaml:1:11: error: the manifest is not valid UTF-8 (byte 0xe9)"
mk nul 'title: T\narticles: [a.txt]\n'
printf 'title: T\n\0\0\0' >>nul/collection.yaml
run nul 1
has nul "nul/collection.yaml:4:1: error: the manifest contains a NUL byte (is it a text file?)"
# a binary file as manifest: one error, no echo of the junk
mk binary ''
head -c 4096 /dev/urandom | tr -d '\0' >binary/collection.yaml
printf '\xff' >>binary/collection.yaml
run binary 1
[ "$(grep -c 'error:' binary.err)" = 1 ] || fail "binary: expected exactly one error line"

# --- hostile YAML stays bounded ---
{
    echo 'title: T'
    echo 'l0: &l0 {path: a.txt, authors: [A, B, C, D, E, F, G, H, I, J]}'
    echo 'l1: &l1 [*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0]'
    echo 'l2: &l2 {title: P, articles: *l1}'
    printf 'parts: ['
    for i in $(seq 1 50000); do printf '*l2,'; done
    echo '*l2]'
} >bomb.yaml
mkdir -p bomb && mv bomb.yaml bomb/collection.yaml && touch bomb/a.txt
run bomb 1
has bomb "bomb: 1 error, 4 warnings"
has bomb "bomb/collection.yaml:2:16: warning: duplicate article: a.txt (first listed on line 2)"
grep -q "error: YAML aliases make the manifest expand to too many values (more than 100000); write the values out" bomb.err ||
    fail "bomb: no alias error"
mk deep "title: T\narticles: $(printf '[%.0s' $(seq 1 5000))\n"
run deep 1
has deep "deep/collection.yaml:2:42: error: lists and mappings nest too deeply here (more than 32 levels)"
# A manifest over the size limit is refused without reading it all.
mk huge 'title: T\narticles:\n'
head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' '#' >>huge/collection.yaml
run huge 1
grep -q "^huge/collection.yaml: error: .*" huge.err || fail "huge: no size error"

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "all passed"
