#!/bin/bash
# Front matter and article openings as a reader (and pdf-typo-score) sees
# them: a manifest naming nobody and giving no date still gets a cover and
# title page that say what the packet holds, and a cover and colophon that
# say when it was made (the build's date, as in the EPUB), the title page
# on a recto; a lone title sits near its text; a title
# that wraps is balanced; a heading that ends an article is not printed.
set -u
T=${SHEAF_TEST_TMP:-/tmp/sheaf-test-front}
mkdir -p "$T"
for tool in qpdf pdftotext python3 unzip; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
fail=0
bad() { echo "FAIL: $*"; fail=1; }
C="$T/bare"
rm -rf "$C" "$T/out"
mkdir -p "$C"
printf 'title: Bare Packet\nlanguage: en\narticles:\n  - lone.md\n  - long.md\n' >"$C/collection.yaml"
cat >"$C/lone.md" <<'EOF'
# Short Title

The first paragraph of an article whose source gives no author, date or
address, so the opening block is its title alone and nothing else at all.

A second paragraph follows the first and carries on for a while so that
the page holds some ordinary running text to be set and measured.

A third paragraph, because a page of text has several, each of them
indented as the classic style sets them, and each a few lines long.

A fourth paragraph closes the article before its last, empty heading,
which a printed page has no use for since nothing follows it.

## Nothing After This
EOF
cat >"$C/long.md" <<'EOF'
# A Title Long Enough to Need Two Lines on a Page of Letter Paper Today

Some text under the long title, enough words to make a paragraph that
runs over a couple of lines of the measure in the classic style.
EOF
SOURCE_DATE_EPOCH=1767225600 "$SHEAF" build "$C" -o "$T/out" >"$T/build.log" 2>&1 \
    || { cat "$T/build.log"; exit 1; }
PDF="$T/out/bare.pdf"
qpdf --check "$PDF" >"$T/qpdf.log" 2>&1 || { cat "$T/qpdf.log"; bad "qpdf --check"; }
# the cover (page 1), its blank back, the title page on a recto (page 3)
# with the date under the names, and the colophon on its back (the
# typeface, sheaf and the date it was made), then the contents on a recto
want=("Bare Packet|2 articles|1 January 2026|" "" "Bare Packet|2 articles|1 January 2026|"
      "Charis SIL|sheaf $("$SHEAF" --version | cut -d' ' -f2) · 1 January 2026|" "Contents|")
for pg in 1 2 3 4 5; do
    got=$(pdftotext -f $pg -l $pg "$PDF" - | grep -v '^\s*$' | head -1 | tr '\n' '|')
    [ $pg = 5 ] || got=$(pdftotext -f $pg -l $pg "$PDF" - | grep -v '^\s*$' | tr '\n' '|')
    [ "$got" = "${want[$((pg - 1))]}" ] || bad "page $pg reads '$got'"
done
unzip -p "$T/out/bare.epub" EPUB/title.xhtml | grep -q '>1 January 2026<' || bad "EPUB title page date"
unzip -p "$T/out/bare.epub" EPUB/images/cover.svg | grep -q '>2 articles<' || bad "EPUB cover holdings"
pdftotext "$PDF" - | grep -q "Nothing After This" && bad "a heading that ends an article was printed"
pdftotext "$PDF" - | grep -q "first paragraph of an article" || bad "body text missing"
# baselines from word boxes: lone title to its first text line, and the
# two lines of the long title
pdftotext -bbox "$PDF" "$T/bbox.html" || bad "pdftotext -bbox"
python3 - "$T/bbox.html" <<'PY' || bad "opening geometry"
import re, sys
pages = open(sys.argv[1], encoding="utf-8").read().split("<page ")[1:]
def lines(p):
    out = {}
    for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', p):
        x0, y0, x1, y1, w = float(m[1]), float(m[2]), float(m[3]), float(m[4]), m[5]
        k = round(y1)
        l = out.setdefault(k, [x0, x1, y1, []])
        l[0], l[1] = min(l[0], x0), max(l[1], x1)
        l[3].append(w)
    return [out[k] for k in sorted(out)]
ok = True
for p in pages:
    ls = lines(p)
    texts = [" ".join(l[3]) for l in ls]
    if "Short Title" in texts:
        i = texts.index("Short Title")
        step = ls[i + 1][2] - ls[i][2]
        body = ls[i + 2][2] - ls[i + 1][2]   # body leading
        if not step < 2.2 * body:
            print("lone title is %.1f pt above its text (body leading %.1f)" % (step, body))
            ok = False
    if any(t.startswith("A Title Long") for t in texts) and any(t.startswith("Some text") for t in texts):
        i = next(k for k, t in enumerate(texts) if t.startswith("A Title Long"))
        w1, w2 = ls[i][1] - ls[i][0], ls[i + 1][1] - ls[i + 1][0]
        if not (w2 > 0.6 * w1):
            print("long title not balanced: lines %.0f and %.0f pt" % (w1, w2))
            ok = False
sys.exit(0 if ok else 1)
PY
# the typographic scorer reads it without failing, and finds no heading
# left alone at a page foot (it stops on a bare two-line cover)
SCORER=../shared/tools/pdf-typo-score
if [ -f "$SCORER" ]; then
    python3 "$SCORER" --json "$PDF" >"$T/score.json" 2>"$T/score.err" \
        || { cat "$T/score.err"; bad "pdf-typo-score failed on the PDF"; }
    python3 -c 'import json,sys; r=json.loads(open(sys.argv[1]).read().strip().splitlines()[-1]); sys.exit(0 if r.get("stranded_headings")==0 and r.get("ragged",{}).get("n")==0 else 1)' \
        "$T/score.json" || { tail -c 600 "$T/score.json"; bad "scorer: stranded or ragged"; }
else
    echo "note: ../shared/tools/pdf-typo-score not found; scorer check skipped"
fi
exit $fail
