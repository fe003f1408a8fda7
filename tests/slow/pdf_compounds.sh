#!/bin/bash
# Hyphenated compounds in the PDF: a paragraph dense with long compounds
# ("over-bureaucratized", "counter-revolutionary") set on A5, where some
# meet the line end. Some line must end inside a part of a compound (a
# pattern hyphen after the explicit one: "over-bureau-"), and pdftotext
# must give every such word back whole: the line end rejoined, the
# explicit hyphen kept ("over-bureaucratized"). Compounds with digits
# ("COVID-19") and addresses stay unbroken but at their hyphens.
#
# Skipped (77) when pdftotext or python3 is missing.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-pdf-compounds}
command -v pdftotext >/dev/null || { echo "skipped: no pdftotext"; exit 77; }
command -v python3 >/dev/null || { echo "skipped: no python3"; exit 77; }
rm -rf "$T" && mkdir -p "$T/book/articles"
export SOURCE_DATE_EPOCH=1767225600

cat > "$T/book/collection.yaml" <<'EOF'
title: Compounds
editor: Test
language: en
date: 2026-01-01
articles:
  - articles/compounds.md
EOF
python3 - "$T/book/articles/compounds.md" <<'PY'
import sys
words = ("over-bureaucratized counter-revolutionary self-determination "
         "well-intentioned anti-establishment semi-autobiographical "
         "quasi-experimental great-grandmother extraordinary-looking "
         "non-governmental twenty-first-century decision-making").split()
fill = "the city and its people wrote about a".split()
out, k = [], 0
for para in range(6):
    s = []
    for i in range(60):
        if i % 5 == para % 5:
            s.append(words[k % len(words)])
            k += 1
        else:
            s.append(fill[(i + para) % len(fill)])
    s.append("COVID-19 and jonathan-livingston@example.org stay whole.")
    p = " ".join(s)
    out.append(p[0].upper() + p[1:])
open(sys.argv[1], "w").write("---\ntitle: Compounds\n---\n\n" + "\n\n".join(out) + "\n")
PY
"$SHEAF" build --format pdf --paper a5 -o "$T/out" "$T/book" 2>"$T/err" \
    || { echo "FAIL: build"; cat "$T/err"; exit 1; }
if command -v qpdf >/dev/null; then
    qpdf --check "$T/out/book.pdf" >"$T/qpdf" 2>&1 || { echo "FAIL: qpdf --check"; cat "$T/qpdf"; exit 1; }
fi
pdftotext -layout "$T/out/book.pdf" "$T/layout.txt" 2>/dev/null \
    || { echo "FAIL: pdftotext -layout"; exit 1; }
pdftotext "$T/out/book.pdf" "$T/text.txt" 2>/dev/null || { echo "FAIL: pdftotext"; exit 1; }

python3 - "$T/layout.txt" "$T/text.txt" "$T/book/articles/compounds.md" <<'PY'
import re, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
text = re.sub(r"\s+", " ", open(sys.argv[2], encoding="utf-8").read())
src = open(sys.argv[3], encoding="utf-8").read()
compounds = set(w.strip(".,") for w in src.split() if "-" in w.strip(".,-"))
fail = 0
in_part = 0
for a, b in zip(lines, lines[1:]):
    if not a or not b or not a.endswith("-"):
        continue
    last, first = a.split()[-1], b.split()[0]
    if (last + first).strip(".,") in compounds:
        continue  # broken at an explicit hyphen
    # a break inside a part: the explicit hyphen is earlier on the line
    if "-" in last[:-1]:
        in_part += 1
        word = (last[:-1] + first).strip(".,")
        if word not in compounds:
            print("FAIL: a compound broken into an unknown word: %s / %s" % (last, first))
            fail = 1
        elif word not in text:
            print("FAIL: pdftotext does not give back %s" % word)
            fail = 1
if in_part == 0:
    print("FAIL: no line ends inside a part of a compound")
    fail = 1
# a number or an address breaks only right after one of its own hyphens
for l in lines:
    if not l.endswith("-"):
        continue
    stem = l.split()[-1][:-1]
    for w in ("COVID-19", "jonathan-livingston@example.org"):
        if stem and w.startswith(stem) and w[len(stem)] != "-":
            print("FAIL: %s broken inside: %s-" % (w, stem))
            fail = 1
print("line ends inside a compound part: %d" % in_part)
sys.exit(fail)
PY
rc=$?
[ $rc = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $rc
