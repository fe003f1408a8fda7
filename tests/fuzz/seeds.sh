#!/bin/bash
# seeds.sh DIR: seed corpora for the fuzz targets from our own fixtures, the
# shipped collection and (fuzz_build) the small pages of the shared corpus,
# each file behind the target's selector bytes.
set -eu
out=$1
corpus=${SHEAF_CORPUS:-../shared/corpus}
mkdir -p "$out/reader" "$out/manifest" "$out/build"
i=0
seed() { # seed DIR PREFIX-BYTES FILE [MAX-BYTES]
    i=$((i + 1))
    { printf "$2"; head -c "${4:-262144}" "$3"; } > "$1/seed-$i"
}
# fuzz_build: bits 0-1 of its first byte pick the reader, the others the
# style, language, part and handout (fuzz_build.c); its inputs are capped at
# 64 KB, selector byte included.
build_seed() { # build_seed READER FILE
    local n=$((i % 64))
    seed "$out/build" "\\$(printf %03o $(((n << 2) | $1)))" "$2" 65535
}
while IFS= read -r f; do
    case "$f" in
    *.txt) seed "$out/reader" '\000\001' "$f"; build_seed 0 "$f" ;;
    *.md) seed "$out/reader" '\001\005' "$f"; build_seed 1 "$f" ;;
    *.html | *.htm | *.xhtml) seed "$out/reader" '\002\000' "$f"; build_seed 2 "$f" ;;
    # web archives and saved mails, found by their content (path "fuzz")
    *.mhtml | *.mht | *.eml | *.webarchive) seed "$out/reader" '\003\000' "$f" ;;
    */collection.yaml) seed "$out/manifest" '\000' "$f" ;;
    */style.yaml) seed "$out/manifest" '\001' "$f" ;;
    esac
done < <(find tests/fixtures collections examples styles -type f | sort)
# the pictures fuzz_build.c makes, in a figure, inline and in a table
printf '\001# Pictures\n\n![Tall](tall.png "A caption")\n\nText ![w](wide.png) and ![t](turned.jpg).\n\n![h](huge-dpi.png)\n\n![k](tiny-dpi.png)\n\n![b](bomb.png)\n\n| ![c](cut.png) | x |\n|---|---|\n| ![d](dot.png) | y |\n' \
    > "$out/build/seed-pictures-md"
printf '\002<html><head><title>Pictures</title></head><body><article><h1>Pictures</h1><figure><img src="tall.png" alt="tall"><figcaption>Tall</figcaption></figure><p>Text <img src="wide.png" alt="w"> and <img src="turned.jpg" alt="t">.</p><img src="tiny-dpi.png" alt="k"><img src="huge-dpi.png" alt="h"><img src="bomb.png" alt="b"><img src="cut.png" alt="c"></article></body></html>\n' \
    > "$out/build/seed-pictures-html"
# a few real pages, the small ones (their extraction decides what is typeset)
if [ -d "$corpus/html/readability/pages" ]; then
    while IFS= read -r f; do
        build_seed 2 "$f"
    done < <(find "$corpus/html/readability/pages" -name source.html -size -16k | sort)
fi
echo "seeds: $(ls "$out/reader" | wc -l) articles, $(ls "$out/manifest" | wc -l) manifests" \
    "and styles, $(ls "$out/build" | wc -l) books"
