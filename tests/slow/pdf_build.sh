#!/bin/bash
# The shipped collection and the examples built to PDF: qpdf --check clean,
# every font embedded, pdftotext silent and giving back every article title
# and the body words, byte-identical on a rebuild.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-pdf-build}
rm -rf "$T" && mkdir -p "$T"
fail=0

check_pdf() { # pdf, label
    local pdf=$1 what=$2
    qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { echo "FAIL: $what: qpdf --check"; cat "$T/qpdf.log"; fail=1; }
    # pdffonts: every font row must say emb=yes (column 5 from the right end).
    pdffonts "$pdf" 2>&1 | awk 'NR>2 && $(NF-4) != "yes" {print; bad=1} END {exit bad}' \
        || { echo "FAIL: $what: a font is not embedded"; fail=1; }
    pdftotext "$pdf" "$T/text.txt" 2>"$T/pdftotext.err"
    [ -s "$T/pdftotext.err" ] && { echo "FAIL: $what: pdftotext warned:"; head -5 "$T/pdftotext.err"; fail=1; }
    return 0
}

export SOURCE_DATE_EPOCH=1767225600
"$SHEAF" build --format pdf -o "$T/a" collections/common-ground 2>"$T/err" \
    || { echo "FAIL: build common-ground"; cat "$T/err"; exit 1; }
check_pdf "$T/a/common-ground.pdf" common-ground
# Every article's title (as the manifest or its reader gives it) is in the text.
"$SHEAF" check collections/common-ground >/dev/null 2>&1 || { echo "FAIL: check"; fail=1; }
for f in collections/common-ground/articles/*.txt collections/common-ground/articles/*.md; do
    case "$f" in */intro-*) continue ;; esac
    title=$("$SHEAF" inspect --json "$f" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"] or "")')
    [ -n "$title" ] || continue
    python3 - "$T/text.txt" "$title" <<'PY' || { echo "FAIL: title not in the PDF text: $title"; fail=1; }
import sys, re
text = re.sub(r"\s+", " ", open(sys.argv[1], encoding="utf-8").read())
sys.exit(0 if sys.argv[2] in text else 1)
PY
done
# Each part's intro is printed on the part's opening page, under its
# title (the EPUB has it there too).
python3 - "$T/text.txt" collections/common-ground/articles/intro-*.txt <<'PY' || fail=1
import re, sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
for path in sys.argv[2:]:
    words = open(path, encoding="utf-8").read().split()
    probe = " ".join(words[-6:])  # the last words: not a line a reader takes for a title
    probe = probe.replace("'", "\u2019")
    hits = [i for i, p in enumerate(pages) if probe in re.sub(r"\s+", " ", p)]
    title = open(path, encoding="utf-8").read().strip().split("\n")[0].strip()
    if not hits:
        print("FAIL: part intro not in the PDF:", path, repr(probe))
        sys.exit(1)
    if pages[hits[0]].strip().split("\n")[0].strip() != title:
        print("FAIL: part intro not under its part's title:", path)
        sys.exit(1)
PY
# Body words come back in order: every paragraph's first words appear.
python3 - "$T/text.txt" collections/common-ground/articles/the-corner-cafe.txt <<'PY' || fail=1
import re, sys
text = re.sub(r"\s+", " ", open(sys.argv[1], encoding="utf-8").read())
text = text.replace("\u00ad", "")
src = open(sys.argv[2], encoding="utf-8").read()
paras = [p for p in re.split(r"\n\s*\n", src) if len(p.split()) > 20]
missing = 0
for p in paras:
    words = " ".join(p.split()[2:8])  # skip words typography may change
    words = words.replace("'", "\u2019").replace('"', "\u201d")
    probe = " ".join(words.split()[:3])
    if probe not in text:
        print("FAIL: paragraph words not found:", probe)
        missing += 1
sys.exit(1 if missing else 0)
PY

# Reproducible: a second build is byte-identical.
sleep 1
"$SHEAF" build --format pdf -o "$T/b" collections/common-ground 2>/dev/null
cmp -s "$T/a/common-ground.pdf" "$T/b/common-ground.pdf" || { echo "FAIL: rebuild differs"; fail=1; }
# Document dates come from SOURCE_DATE_EPOCH (2026-01-01).
qpdf --qdf --object-streams=disable "$T/a/common-ground.pdf" "$T/qdf.pdf" 2>/dev/null
grep -aq "CreationDate (D:20260101" "$T/qdf.pdf" || { echo "FAIL: CreationDate is not SOURCE_DATE_EPOCH"; fail=1; }

# Every example and every shipped style makes a valid PDF.
for ex in examples/*/; do
    [ -f "$ex/collection.yaml" ] || continue
    n=$(basename "$ex")
    "$SHEAF" build --format pdf -o "$T/ex" "$ex" 2>"$T/err" || { echo "FAIL: build $ex"; cat "$T/err"; fail=1; continue; }
    check_pdf "$T/ex/$n.pdf" "$ex"
done
for st in classic handout large-print; do
    for paper in letter a5; do
        "$SHEAF" build --format pdf --style $st --paper $paper -o "$T/st-$st-$paper" collections/common-ground 2>"$T/err" \
            || { echo "FAIL: build with $st on $paper"; cat "$T/err"; fail=1; continue; }
        check_pdf "$T/st-$st-$paper/common-ground.pdf" "$st/$paper"
    done
done

[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
