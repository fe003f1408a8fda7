#!/bin/sh
# make bench: time `sheaf build` (EPUB) on generated collections of 10, 100
# and 1000 articles of ~1,500 words; print median wall time, peak RSS,
# articles/s and MB/s; compare with zip -9 of the inputs and, when pandoc is
# installed, with pandoc making an EPUB of the same articles. When
# ../shared/corpus/html/readability/pages exists (BENCH_HTML_PAGES), also
# time the HTML reader: one `sheaf check --allow-outside` over a collection
# listing every saved page, in one process, as pages/second. Results go to
# stdout and bench/RESULTS.md.
#
# Usage: bench/run.sh [path/to/sheaf]
#   BENCH_SIZES="10 100"     the collection sizes (default 10 100 1000)
#   BENCH_PANDOC_MAX=1000    largest size pandoc is timed on (default 100:
#                            pandoc needs about a minute for 1000 articles)
set -eu
SHEAF=${1:-build/sheaf}
case $SHEAF in /*) ;; *) SHEAF=$(pwd)/$SHEAF ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/sheaf-bench}
SIZES=${BENCH_SIZES:-"10 100 1000"}
PANDOC_MAX=${BENCH_PANDOC_MAX:-100}
RESULTS=$HERE/RESULTS.md
command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 1; }
[ -x "$SHEAF" ] || { echo "bench: no sheaf binary at $SHEAF" >&2; exit 1; }
mkdir -p "$WORK"

# Markdown when the Markdown reader is there, else plain text (same structure).
python3 "$HERE/gen.py" 1 "$WORK/probe" --format md >/dev/null
if "$SHEAF" check "$WORK/probe" >/dev/null 2>&1; then FMT=md; else FMT=txt; fi
rm -rf "$WORK/probe"

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//')
machine="$(uname -sm), ${cpu:-unknown CPU}, $(nproc 2>/dev/null || echo '?') cores, $(date -u +%Y-%m-%d)"
version=$("$SHEAF" --version 2>/dev/null || echo sheaf)
table=$(mktemp)
printf '| articles | words | input MB | sheaf s | cpu s | peak MB | articles/s | MB/s | zip -9 s | sheaf/zip | pandoc s | pandoc MB | pandoc/sheaf |\n' > "$table"
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' >> "$table"

for n in $SIZES; do
    d=$WORK/c$n
    [ -f "$d/collection.yaml" ] && [ -f "$d/.format-$FMT" ] || {
        rm -rf "$d"
        python3 "$HERE/gen.py" "$n" "$d" --format "$FMT"
        touch "$d/.format-$FMT"
    }
    bytes=$(cat "$d"/articles/* | wc -c)
    words=$(cat "$d"/articles/* | wc -w)
    mb=$(python3 -c "print('%.2f' % ($bytes / 1e6))")
    runs=7; [ "$n" -ge 1000 ] && runs=3
    set -- $(python3 "$HERE/measure.py" $runs "$SHEAF" build --quiet --format epub -o "$WORK/out$n" "$d")
    t=$1 rss=$2 cpu=$3
    rate=$(python3 -c "print('%.0f' % ($n / $t))")
    mbs=$(python3 -c "print('%.1f' % ($bytes / 1e6 / $t))")
    zt=- zr=-
    if command -v zip >/dev/null; then
        rm -f "$WORK/in$n.zip"
        set -- $(python3 "$HERE/measure.py" 3 sh -c "rm -f '$WORK/in$n.zip'; cd '$d' && zip -9 -q -r '$WORK/in$n.zip' articles")
        zt=$1
        zr=$(python3 -c "print('%.1fx' % ($t / $zt))")
    fi
    pt=- pr=- pm=-
    if command -v pandoc >/dev/null && [ "$n" -le "$PANDOC_MAX" ]; then
        pfmt=markdown
        set -- $(python3 "$HERE/measure.py" 1 sh -c "cd '$d' && pandoc -f $pfmt -o '$WORK/pandoc$n.epub' --metadata title=Bench articles/*")
        pt=$1 pm=$2
        pr=$(python3 -c "print('%.0fx' % ($pt / $t))")
    fi
    line="| $n | $words | $mb | $t | $cpu | $rss | $rate | $mbs | $zt | $zr | $pt | $pm | $pr |"
    echo "$line" >> "$table"
    cmp_pandoc="pandoc not timed"
    [ "$pt" = - ] || cmp_pandoc="pandoc ${pt}s and ${pm} MB, sheaf ${pr} faster"
    echo "$n articles ($words words, $mb MB $FMT): sheaf ${t}s (cpu ${cpu}s) median of $runs," \
         "peak ${rss} MB, $rate articles/s, $mbs MB/s; zip -9 ${zt}s (sheaf/zip $zr); $cmp_pandoc"
done

# The HTML reader on real saved pages (parse, clean, extract, convert).
PAGES=${BENCH_HTML_PAGES:-$HERE/../../shared/corpus/html/readability/pages}
html_line=
if [ -d "$PAGES" ]; then
    np=$(python3 "$HERE/gen.py" --html-pages "$PAGES" "$WORK/html")
    hbytes=$(cat "$PAGES"/*/source.html | wc -c)
    set -- $(python3 "$HERE/measure.py" 7 "$SHEAF" check --quiet --allow-outside "$WORK/html")
    ht=$1 hrss=$2 hcpu=$3
    hrate=$(python3 -c "print('%.0f' % ($np / $ht))")
    hcrate=$(python3 -c "print('%.0f' % ($np / $hcpu))")
    hmbs=$(python3 -c "print('%.1f' % ($hbytes / 1e6 / $ht))")
    html_line="| $np | $(python3 -c "print('%.1f' % ($hbytes / 1e6))") | $ht | $hcpu | $hrss | $hrate | $hcrate | $hmbs |"
    echo "HTML reader: $np saved pages ($(python3 -c "print('%.1f' % ($hbytes / 1e6))") MB) in ${ht}s" \
         "(cpu ${hcpu}s) median of 7, peak ${hrss} MB: $hrate pages/s ($hcrate pages/s of CPU), $hmbs MB/s"
else
    echo "HTML reader: $PAGES not found; pages/second not measured"
fi

{
    echo "# Benchmark results"
    echo
    echo "\`make bench\` (bench/run.sh): \`sheaf build --format epub\` on generated"
    echo "collections (bench/gen.py, $FMT articles of ~1,500 words with headings,"
    echo "quotes and lists). Median wall time of 7 runs (3 for 1,000 articles),"
    echo "peak RSS of the process; cpu is user + system time (the rest of the wall"
    echo "time is mostly the fsync that makes the output durable before the rename)."
    echo "zip -9 compresses the same inputs; pandoc, when installed, makes an EPUB"
    echo "of the same articles."
    echo
    echo "Machine: $machine. Binary: $version."
    echo
    cat "$table"
    echo
    if command -v pandoc >/dev/null; then
        echo "pandoc: $(pandoc --version | head -n1), \`pandoc -f markdown -o x.epub articles/*\`,"
        echo "one run, on collections of up to $PANDOC_MAX articles (BENCH_PANDOC_MAX)."
    else
        echo "pandoc is not installed on this machine, so there is no pandoc figure."
    fi
    if [ -n "$html_line" ]; then
        echo
        echo "## HTML reader"
        echo
        echo "\`sheaf check --allow-outside\` on a collection listing every saved page of"
        echo "the shared Readability corpus (bench/gen.py --html-pages): parsing, cleaning,"
        echo "extraction and conversion of each page in one process. Median of 7 runs;"
        echo "pages/s of CPU divides by user + system time, the figure a less loaded"
        echo "machine approaches."
        echo
        echo "| pages | MB | wall s | cpu s | peak MB | pages/s | pages/s of CPU | MB/s |"
        echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
        echo "$html_line"
    fi
} > "$RESULTS"
rm -f "$table"
echo "results written to $RESULTS"
