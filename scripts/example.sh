#!/bin/sh
# Build every shipped collection into out/ and say where the books are.
# Usage: scripts/example.sh [path/to/sheaf]
set -eu
SHEAF=${1:-build/sheaf}
OUT=${OUT:-out}
status=0
for c in collections/*/; do
    [ -f "$c/collection.yaml" ] || continue
    name=$(basename "$c")
    if "$SHEAF" build -o "$OUT" "$c"; then
        for f in "$OUT/$name".epub "$OUT/$name".pdf; do
            [ -f "$f" ] && echo "built $f ($(wc -c < "$f" | tr -d ' ') bytes)"
        done
    else
        status=1
    fi
done
exit $status
