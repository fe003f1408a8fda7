#!/bin/bash
# An article that gives no title is called after its file name, without
# the extension or a leading number ("03-field_notes.md" -> "Field notes"),
# with a warning at the manifest line that names the title used; the PDF
# (qpdf-checked, read back) prints it. A name that is all digits stays.
# An article of nothing but headings (a page whose text was not found)
# builds with a warning that says so; one with words does not get it.
set -u
: "${SHEAF:?}"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-build-untitled}
for tool in qpdf pdftotext; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
rm -rf "$T" && mkdir -p "$T/c/articles"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

printf 'Notes taken in the field, with no heading of their own.\n' >"$T/c/articles/03-field_notes.md"
printf 'A second article, named by a year only.\n' >"$T/c/articles/2024.md"
printf '# Only a Heading\n\n## And a Subheading\n' >"$T/c/articles/hollow.md"
printf 'title: Untitled Things\narticles:\n  - articles/03-field_notes.md\n  - articles/2024.md\n  - articles/hollow.md\n' \
    >"$T/c/collection.yaml"
"$SHEAF" build --format pdf -o "$T/out" "$T/c" 2>"$T/err" || { cat "$T/err"; bad "build failed"; }
grep -qF 'collection.yaml:3:5: warning: article has no title; calling it "Field notes"' "$T/err" ||
    bad "warning: $(cat "$T/err")"
grep -qF 'calling it "2024"' "$T/err" || bad "all-digit name: $(cat "$T/err")"
grep -qF 'collection.yaml:5:5: warning: nothing but headings was read from this article' "$T/err" ||
    bad "no warning for an article of headings: $(cat "$T/err")"
[ "$(grep -c 'nothing but' "$T/err")" -eq 1 ] || bad "the empty-article warning on an article with text"
# a page whose text was not found, saved by Safari (a web archive, here an
# XML property list): the hint to take the page whole, as for any page
page='<html><head><title>Hollow</title></head><body><h1>Hollow Page</h1><h2>Sub</h2></body></html>'
mkdir -p "$T/w"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>WebMainResource</key><dict><key>WebResourceData</key><data>%s</data><key>WebResourceMIMEType</key><string>text/html</string><key>WebResourceURL</key><string>https://h.example/hollow</string></dict></dict></plist>\n' \
    "$(printf '%s' "$page" | base64 -w0)" >"$T/w/hollow.webarchive"
printf 'title: Saved Pages\narticles:\n  - hollow.webarchive\n' >"$T/w/collection.yaml"
"$SHEAF" build --format epub -o "$T/wout" "$T/w" 2>"$T/werr" || { cat "$T/werr"; bad "web archive build failed"; }
grep -qF "nothing but headings was read from this article; if the page has text, try 'extract: false'" \
    "$T/werr" || bad "no extract hint for a web archive: $(cat "$T/werr")"
qpdf --check "$T/out/c.pdf" >"$T/qpdf" 2>&1 || { cat "$T/qpdf"; bad "qpdf --check"; }
pdftotext "$T/out/c.pdf" - 2>/dev/null >"$T/text"
grep -qF 'Field notes' "$T/text" || bad "title not in the PDF"
grep -qF 'articles/03-field_notes.md' "$T/text" && bad "the path printed as a title"
grep -qF 'Notes taken in the field' "$T/text" || bad "body not in the PDF"
[ $fail -eq 0 ] && echo "untitled: ok"
exit $fail
