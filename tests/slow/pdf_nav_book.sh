#!/bin/bash
# The book PDF read back: builds tests/fixtures/pdfnav/book (parts, cross-
# article and in-article links, footnotes, a table longer than a page) and
# the shipped collection, then checks with qpdf --json, pdftotext and
# pdftoppm (tests/slow/pdfnav_check.py): the outline tree, roman then arabic
# page labels matching the printed folios, every link annotation resolved,
# every contents number equal to its link's page and to the page holding
# the title, the long table's header repeated; qpdf --check and pdftotext
# and pdftoppm without warnings on every PDF.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-pdf-nav}
mkdir -p "$T"
for tool in qpdf pdftotext pdftoppm pdfimages python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
fail=0
bad() { echo "FAIL: $*"; fail=1; }
CHECK=tests/slow/pdfnav_check.py

rm -rf "$T/out"
"$SHEAF" build tests/fixtures/pdfnav/book collections/common-ground --format pdf -o "$T/out" \
    >"$T/build.log" 2>&1 || { cat "$T/build.log"; bad "build failed"; }
grep -i "warning\|error" "$T/build.log" && bad "diagnostics while building"

for pdf in "$T/out/book.pdf" "$T/out/common-ground.pdf"; do
    [ -f "$pdf" ] || { bad "$pdf not written"; continue; }
    qpdf --check "$pdf" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check $pdf"; }
    pdftotext "$pdf" "$T/text.txt" 2>"$T/pdftotext.err" || bad "pdftotext failed on $pdf"
    [ -s "$T/pdftotext.err" ] && { cat "$T/pdftotext.err"; bad "pdftotext warned on $pdf"; }
    pdftoppm -png -r 12 "$pdf" "$T/page" 2>"$T/ppm.err" || bad "pdftoppm failed on $pdf"
    [ -s "$T/ppm.err" ] && { cat "$T/ppm.err"; bad "pdftoppm warned on $pdf"; }
done

python3 "$CHECK" "$T/out/book.pdf" tests/fixtures/pdfnav/book.outline \
    --table-header Description --table-row "Row item number" || bad "book.pdf navigation"

# the figure: its image on the page of its caption, inside the text block
python3 - "$T/out/book.pdf" <<'PY' || bad "figure"
import json, re, subprocess, sys
pdf = sys.argv[1]
lst = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout
pages = [int(l.split()[0]) for l in lst.splitlines()[2:] if l.split() and l.split()[2] == "image"]
n = len(pages)
cap = [p for p in range(1, 40) if "Figure 1: a bar" in subprocess.run(
    ["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout]
ok = n == 1 and cap == pages
if not ok:
    print("FAIL: image on pages %r, caption on %r" % (pages, cap))
sys.exit(0 if ok else 1)
PY

# the shipped collection: its outline is its parts, articles and sections
python3 - collections/common-ground/collection.yaml >"$T/cg.outline" <<'PY' || bad "outline"
import sys, re, os
# parts and article titles come from the built PDF's own contents; here we
# only assert the top level: Contents, each part in manifest order, Sources
parts = [m.group(1).strip() for m in re.finditer(r"^  - title: (.*)$", open(sys.argv[1]).read(), re.M)]
print("\n".join(["Contents"] + parts + ["Sources"]))
PY
python3 "$CHECK" "$T/out/common-ground.pdf" /dev/null --top-level "$T/cg.outline" \
    || bad "common-ground.pdf navigation"

# the checker itself must be able to fail: a PDF whose outline is not the
# expected one
printf 'Contents\nNot In This Book\n' >"$T/wrong.outline"
python3 "$CHECK" "$T/out/book.pdf" "$T/wrong.outline" >/dev/null && bad "checker accepted a wrong outline"

# the manifest's toc_depth cuts the outline as it cuts the contents page:
# at 1, the parts and their articles alone, no section under an article
rm -rf "$T/cg1" && cp -r collections/common-ground "$T/cg1"
sed -i '1i toc_depth: 1' "$T/cg1/collection.yaml"
"$SHEAF" build --quiet --format pdf -o "$T/out1" "$T/cg1" >"$T/build1.log" 2>&1 || bad "toc_depth 1 build"
qpdf --check "$T/out1/cg1.pdf" >"$T/qpdf1.log" 2>&1 || { cat "$T/qpdf1.log"; bad "qpdf --check cg1.pdf"; }
qpdf --json "$T/out1/cg1.pdf" 2>/dev/null | python3 -c '
import json, sys
o = json.load(sys.stdin).get("outlines", [])
arts = [k for x in o for k in x["kids"]]
sys.exit(0 if arts and all(not k["kids"] for k in arts) else 1)' ||
    bad "toc_depth 1 outline lists sections"

[ $fail = 0 ] && echo "pdf_nav_book: ok"
exit $fail
