#!/usr/bin/env bash
# Every plain-text article shipped in collections/ parses with a title, an
# author, a date (YYYY-MM-DD), section headings and body paragraphs, and
# without warnings.
set -u
: "${SHEAF:?SHEAF must name the built binary}"
status=0 n=0
for f in collections/*/articles/*.txt; do
    [ -f "$f" ] || continue
    # Part intros are opener text, not articles: no byline or date expected.
    case "$(basename "$f")" in intro-*) continue ;; esac
    n=$((n + 1))
    python3 - "$SHEAF" "$f" <<'PY' || status=1
import json, re, subprocess, sys
sheaf, path = sys.argv[1], sys.argv[2]
p = subprocess.run([sheaf, "inspect", "--json", path], capture_output=True, timeout=60)
bad = []
if p.returncode != 0:
    bad.append("exit status %d: %s" % (p.returncode, p.stderr.decode()[:300]))
else:
    j = json.loads(p.stdout)
    if not j["title"]:
        bad.append("no title")
    if not j["authors"]:
        bad.append("no author")
    if not j["date"] or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", j["date"]):
        bad.append("date %r" % j["date"])
    if not j["outline"]:
        bad.append("no section headings")
    if j["blocks"]["paragraph"] < 2:
        bad.append("%d paragraphs" % j["blocks"]["paragraph"])
    if j["warnings"]:
        bad.append("warnings %r" % j["warnings"])
    if j["title"] and any(j["title"] in h["text"] for h in j["outline"]):
        bad.append("title repeated as a heading")
for b in bad:
    print("FAIL %s: %s" % (path, b))
if not bad:
    print("ok   %s: %s / %s / %s / %d headings" % (path, j["title"], ", ".join(j["authors"]), j["date"], len(j["outline"])))
sys.exit(1 if bad else 0)
PY
done
if [ "$n" -eq 0 ]; then
    echo "skipped: no plain-text articles in collections/"
    exit 77
fi
exit $status
