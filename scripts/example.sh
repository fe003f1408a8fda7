#!/bin/sh
# Check every shipped collection (and build it, once a writer exists).
set -eu
SHEAF=${1:-build/sheaf}
status=0
for c in collections/*/; do
    [ -f "$c/collection.yaml" ] || continue
    "$SHEAF" check "$c" || status=1
done
exit $status
