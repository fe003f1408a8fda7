#!/bin/bash
# Every saved page of the shared Readability corpus (130 real pages nobody
# on the team wrote) as one book, EPUB and PDF, passes the checks a reader
# of them would run: epubcheck with 0 errors and 0 warnings; qpdf --check;
# pdftotext with nothing on stderr (no broken ToUnicode map, no syntax
# warning) and each article's title back in the text. The pages are read
# where they lie (--allow-outside). Skipped without ../shared.
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
P=../shared/corpus/html/readability/pages
[ -d "$P" ] || { echo "skipped: $P not found"; exit 77; }
have_epubcheck || { echo "skipped: java or epubcheck.jar missing"; exit 77; }
for tool in qpdf pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

python3 bench/gen.py --html-pages "$P" "$T/book" >/dev/null || { bad "gen.py"; exit 1; }
n=$(grep -c 'source.html' "$T/book/collection.yaml")
[ "$n" -ge 100 ] || bad "only $n pages listed"

"$SHEAF" build --quiet --allow-outside -o "$T/out" "$T/book" >"$T/build.log" 2>&1 ||
    { tail -5 "$T/build.log"; bad "build failed"; }
EPUB="$T/out/book.epub" PDF="$T/out/book.pdf"
[ -f "$EPUB" ] && [ -f "$PDF" ] || { bad "no EPUB or PDF written"; exit 1; }

epubcheck_clean "$EPUB" >"$T/epubcheck.log" 2>&1 || { tail -20 "$T/epubcheck.log"; bad "epubcheck"; }
qpdf --check "$PDF" >"$T/qpdf.log" 2>&1 || { tail -3 "$T/qpdf.log"; bad "qpdf --check"; }
pdftotext "$PDF" "$T/book.txt" 2>"$T/pdftotext.err" || bad "pdftotext failed"
[ -s "$T/pdftotext.err" ] && { head -3 "$T/pdftotext.err"; bad "pdftotext printed warnings"; }

# Each article's title (as the book's navigation names it) is in the text:
# the PDF holds every article, in order.
python3 - "$EPUB" "$T/book.txt" <<'EOF' || bad "titles missing from the PDF text"
import re, sys, zipfile, html
nav = ""
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.endswith("nav.xhtml"):
            nav = z.read(name).decode()
titles = [html.unescape(re.sub(r"<[^>]+>", "", t)).strip()
          for t in re.findall(r'<a href="[^"#]*">(.*?)</a>', nav, re.S)]
text = re.sub(r"\s+", " ", open(sys.argv[2], encoding="utf-8").read())
def norm(s):
    return re.sub(r"\W+", "", s).lower()
flat = norm(text)
missing = [t for t in titles if norm(t)[:24] not in flat]
print(f"{len(titles)} titles in the navigation, {len(missing)} not in the PDF text")
for t in missing[:5]:
    print("  missing:", t)
sys.exit(0 if len(titles) >= 100 and not missing else 1)
EOF
[ $fail = 0 ] && echo "corpus book: EPUB and PDF clean, every title in the PDF"
exit $fail
