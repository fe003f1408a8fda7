#!/bin/bash
# Notes at the foot of the page (a style with `notes: foot`): every note is
# printed on each page that cites it and only there, below the text; a note
# too long for a page foot goes to the notes at the article's end; links,
# labels and outline still check out (pdfnav_check.py), qpdf --check clean.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-pdf-feet}
mkdir -p "$T"
for tool in qpdf pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
fail=0
bad() { echo "FAIL: $*"; fail=1; }
rm -rf "$T/out"
"$SHEAF" build tests/fixtures/pdfnav/footnotes --format pdf -o "$T/out" >"$T/build.log" 2>&1 \
    || { cat "$T/build.log"; exit 1; }
PDF="$T/out/footnotes.pdf"
qpdf --check "$PDF" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
python3 tests/slow/pdfnav_check.py "$PDF" tests/fixtures/pdfnav/footnotes.outline || bad "navigation"
python3 - "$PDF" <<'PY' || bad "foot notes"
import re, subprocess, sys
pdf = sys.argv[1]
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                   text=True).stdout).group(1))
fails = 0
cited_total = 0
for p in range(1, n + 1):
    t = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"],
                       capture_output=True, text=True).stdout
    lines = t.splitlines()
    notes = {}
    for i, l in enumerate(lines):
        m = re.match(r"\s*\[(\d+)\] Note number (\d+),", l)
        if m:
            notes[m.group(1)] = i
    cites = {}
    for i, l in enumerate(lines):
        for m in re.finditer(r"(?:source|again)\.(\d+)\b", l):  # superscript numerals
            cites.setdefault(m.group(1), i)
    cited_total += len(cites)
    for k, i in cites.items():
        if k == "13":
            continue  # the long note: at the article's end
        if k not in notes:
            print("FAIL: page %d cites [%s] but its foot lacks the note" % (p, k)); fails += 1
        elif notes[k] < i:
            print("FAIL: page %d: note [%s] above its citation" % (p, k)); fails += 1
    for k in notes:
        if k not in cites:
            print("FAIL: page %d prints note [%s] it does not cite" % (p, k)); fails += 1
    if "13" in cites and not re.search(r"^\s*Notes\s*$", t, re.M) and p == n:
        pass
if cited_total < 13:
    print("FAIL: only %d citations found" % cited_total); fails += 1
txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
if not re.search(r"Notes\s*\n\s*\[13\] This very long note", txt):
    print("FAIL: the long note is not in the article's end notes"); fails += 1
sys.exit(1 if fails else 0)
PY
[ $fail = 0 ] && echo "pdf_nav_feet: ok"
exit $fail
