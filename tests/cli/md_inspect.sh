#!/bin/bash
# sheaf inspect on Markdown: for every construct fixture in
# tests/fixtures/markdown/each/, --tree must equal the reviewed NAME.tree
# (reader + typography pass, --typeset), --json must be valid JSON naming the file as
# markdown with the title, and --text must carry the body's words.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
: "${SHEAF_TEST_TMP:=/tmp/sheaf-md-inspect}"
mkdir -p "$SHEAF_TEST_TMP"
fail=0 pass=0
check() { if [ "$1" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }

for md in tests/fixtures/markdown/each/*.md tests/fixtures/markdown/constructs.md; do
    name=$(basename "$md" .md)
    tree="${md%.md}.tree"
    if [ -f "$tree" ] && [ "$name" != constructs ]; then
        "$SHEAF" inspect --typeset --tree "$md" > "$SHEAF_TEST_TMP/$name.tree" 2>/dev/null
        if cmp -s "$SHEAF_TEST_TMP/$name.tree" "$tree"; then check ok; else
            check no "$name: --tree differs"; diff "$tree" "$SHEAF_TEST_TMP/$name.tree" | head -20; fi
    fi
    "$SHEAF" inspect --json "$md" > "$SHEAF_TEST_TMP/$name.json" 2>"$SHEAF_TEST_TMP/$name.err"
    rc=$?
    [ $rc -eq 0 ] && check ok || check no "$name: inspect --json exit $rc"
    python3 - "$SHEAF_TEST_TMP/$name.json" "$md" <<'PY' && check ok || check no "$name: --json content"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["format"] == "markdown", j["format"]
assert j["file"] == sys.argv[2], j["file"]
assert j["title"], "no title"
assert isinstance(j["outline"], list) and isinstance(j["blocks"], dict)
assert j["words"] > 0
PY
    "$SHEAF" inspect --text "$md" > "$SHEAF_TEST_TMP/$name.txt" 2>/dev/null
    [ -s "$SHEAF_TEST_TMP/$name.txt" ] && check ok || check no "$name: --text is empty"
done

# Specific views of the every-construct fixture.
J="$SHEAF_TEST_TMP/constructs.json"
python3 - "$J" <<'PY' && check ok || check no "constructs: json fields"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["title"] == "Every Construct"
assert j["subtitle"] == "A Markdown fixture"
assert j["authors"] == ["Ada Lovelace", "Charles Babbage"]
assert j["date"] == "2024-05-17" and j["language"] == "en"
assert j["source"] == "https://example.org/every-construct"
assert [o["text"] for o in j["outline"]] == ["Section One", "Sub section"]
assert [o["level"] for o in j["outline"]] == [2, 3]
b = j["blocks"]
# figures: the local image, and the remote one alone in its paragraph (its alt stands in)
assert b["table"] == 1 and b["figure"] == 3 and b["code"] == 1 and b["blockquote"] == 2, b
assert any("remote image not fetched" in w for w in j["warnings"])
assert any(":64:1: warning: raw HTML" in w for w in j["warnings"])
PY
T="$SHEAF_TEST_TMP/constructs.txt"
grep -q 'A quote with "straight quotes" -- and a dash.' "$T" && check ok || check no "constructs: --text as parsed"
"$SHEAF" inspect --typeset --text tests/fixtures/markdown/constructs.md > "$SHEAF_TEST_TMP/typeset.txt" 2>/dev/null
grep -q 'A quote with “straight quotes” – and a dash.' "$SHEAF_TEST_TMP/typeset.txt" && check ok || check no "constructs: --typeset --text smartened"
grep -q 'print("hello -- world")' "$SHEAF_TEST_TMP/typeset.txt" && check ok || check no "constructs: code untouched by --typeset"
grep -q 'print("hello -- world")' "$T" && check ok || check no "constructs: code untouched in --text"

# The human view names the format and the outline.
"$SHEAF" inspect tests/fixtures/markdown/constructs.md > "$SHEAF_TEST_TMP/human.txt" 2>&1
grep -q '^format: *markdown' "$SHEAF_TEST_TMP/human.txt" && check ok || check no "human: format"
grep -q 'Section One' "$SHEAF_TEST_TMP/human.txt" && check ok || check no "human: outline"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
