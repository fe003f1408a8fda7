#!/bin/bash
# seeds.sh DIR: seed corpora for the fuzz targets from our own fixtures and
# the shipped collection (each file behind the target's selector bytes).
set -eu
out=$1
mkdir -p "$out/reader" "$out/manifest"
i=0
seed() { # seed DIR PREFIX-BYTES FILE
    i=$((i + 1))
    { printf "$2"; head -c 262144 "$3"; } > "$1/seed-$i"
}
while IFS= read -r f; do
    case "$f" in
    *.txt) seed "$out/reader" '\000\001' "$f" ;;
    *.md) seed "$out/reader" '\001\005' "$f" ;;
    *.html | *.htm | *.xhtml) seed "$out/reader" '\002\000' "$f" ;;
    */collection.yaml) seed "$out/manifest" '\000' "$f" ;;
    */style.yaml) seed "$out/manifest" '\001' "$f" ;;
    esac
done < <(find tests/fixtures collections examples styles -type f | sort)
echo "seeds: $(ls "$out/reader" | wc -l) articles, $(ls "$out/manifest" | wc -l) manifests and styles"
