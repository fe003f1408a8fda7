#!/bin/bash
# The extraction score on the shared corpus (Mozilla Readability's test
# pages) with floors: mean F1, title token-F1 and byline exact match. Skipped without ../shared.
set -u
: "${SHEAF:?}"
ROOT=../shared/corpus/html
SCORER=../shared/tools/score-extraction
if [ ! -d "$ROOT/readability/pages" ] || [ ! -x "$SCORER" ]; then
    echo "skipped: no corpus at $ROOT"
    exit 77
fi
mkdir -p "${SHEAF_TEST_TMP:-/tmp}"
out=${SHEAF_TEST_TMP:-/tmp}/corpus_html.json
"$SCORER" --root "$ROOT" --set readability --quiet --bootstrap 20 --json-out "$out" -- \
    "'$SHEAF' inspect --text {html} > {out}; '$SHEAF' inspect --json {html} > {meta}" || exit 1
python3 - "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f1, title = r["f1"], r["metadata"]["title"]["token_f1"]
byline = r["metadata"]["byline"]["exact"]
print(f"F1={f1:.3f} P={r['precision']:.3f} R={r['recall']:.3f} title_token_f1={title:.3f} byline_exact={byline:.3f} failures={r['failures']}")
ok = f1 >= 0.95 and title >= 0.95 and byline >= 0.90 and r["failures"] == 0
sys.exit(0 if ok else 1)
PY
