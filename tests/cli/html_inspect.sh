#!/bin/bash
# inspect --json and --text on our HTML fixtures: metadata fields, body text
# without chrome, exit status 0.
set -u
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
mkdir -p "$SHEAF_TEST_TMP"
fail=0
check() { # description, command...
    local what=$1; shift
    if "$@"; then :; else echo "FAIL: $what"; fail=1; fi
}
F=tests/fixtures/html
json=$("$SHEAF" inspect --json $F/chrome.html) || { echo "FAIL: inspect --json exit $?"; fail=1; }
check "title" grep -q '"title": "The Quiet Return of the River Otter"' <<<"$json"
check "authors" grep -q '"authors": \["Jane Roe"\]' <<<"$json"
check "byline as printed" grep -q '"byline": "By Jane Roe"' <<<"$json"
check "date" grep -q '"date": "2021-06-14"' <<<"$json"
check "source" grep -q '"source": "https://gazette.example.org/nature/2021/otters.html"' <<<"$json"
check "one remote-image warning" test "$(grep -o 'remote images are not fetched' <<<"$json" | wc -l)" -eq 1
text=$("$SHEAF" inspect --text $F/chrome.html 2>/dev/null) || { echo "FAIL: inspect --text"; fail=1; }
check "body kept" grep -q 'For four decades, nobody along the valley' <<<"$text"
check "chrome dropped" bash -c '! grep -Eq "COMMENTTEXT|SIDEBARTEXT|FOOTERTEXT|COOKIETEXT|SCRIPTTEXT" <<<"$0"' "$text"
check "title not in body" bash -c '! grep -q "^The Quiet Return of the River Otter$" <<<"$0"' "$text"
check "table row as cells" grep -q "$(printf 'Mill\t12\t3')" <<<"$text"
human=$("$SHEAF" inspect $F/chrome.html 2>/dev/null)
check "human view: byline as printed" grep -q '^byline: *By Jane Roe$' <<<"$human"
json=$("$SHEAF" inspect --json $F/jsonld.html)
check "json-ld authors" grep -q '"authors": \["Marie Curie", "Pierre Curie"\]' <<<"$json"
check "json-ld byline" grep -q '"byline": "Marie Curie, Pierre Curie"' <<<"$json"
check "json-ld site" grep -q '"site": "Le Journal"' <<<"$json"
# An .html file with no article text is an error (exit 1), not a crash.
printf '<html><body><script>x()</script></body></html>' >"$SHEAF_TEST_TMP/scripts.html"
"$SHEAF" inspect --text "$SHEAF_TEST_TMP/scripts.html" >/dev/null 2>"$SHEAF_TEST_TMP/err"
rc=$?
check "only scripts: exit 1" test $rc -eq 1
check "only scripts: diagnostic" grep -q 'no article text' "$SHEAF_TEST_TMP/err"
exit $fail
