#!/usr/bin/env bash
# Every fixture must parse the same after being rewritten the ways copies
# differ: CR LF line ends, menus around it, UTF-16, blank lines removed,
# and hard-wrapped at 70 columns (see tests/fixtures/text/variants.py).
set -u
: "${SHEAF:?SHEAF must name the built binary}"
: "${SHEAF_TEST_TMP:?SHEAF_TEST_TMP must name a scratch folder}"
mkdir -p "$SHEAF_TEST_TMP"
status=0
for exp in tests/fixtures/text/*.expected.json; do
    python3 tests/fixtures/text/variants.py "$SHEAF" "$exp" "${exp%.expected.json}.txt" \
        "$SHEAF_TEST_TMP" || status=1
done
exit $status
