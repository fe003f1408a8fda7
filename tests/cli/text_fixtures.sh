#!/usr/bin/env bash
# Every tests/fixtures/text/NAME.txt parses as NAME.expected.json says
# (see tests/fixtures/text/check.py for the fields).
set -u
: "${SHEAF:?SHEAF must name the built binary}"
status=0 n=0
for exp in tests/fixtures/text/*.expected.json; do
    input=${exp%.expected.json}.txt
    if [ ! -f "$input" ]; then
        echo "FAIL $exp has no $input"
        status=1
        continue
    fi
    n=$((n + 1))
    python3 tests/fixtures/text/check.py "$SHEAF" "$exp" "$input" || status=1
done
echo "$n fixtures checked"
[ "$n" -ge 15 ] || { echo "FAIL fewer than 15 fixtures"; status=1; }
exit $status
