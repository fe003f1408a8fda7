#!/usr/bin/env bash
# cli_new.sh - `sheaf new NAME` in an empty working folder: creates
# collections/NAME with a manifest and an article that pass `sheaf check`,
# and refuses to touch anything that exists.
set -u
SHEAF=${SHEAF:-build/sheaf}
T=${SHEAF_TEST_TMP:-/tmp/sheaf-cli-new}
rm -rf "$T" && mkdir -p "$T" || exit 1
SHEAF=$(cd "$(dirname "$SHEAF")" && pwd)/$(basename "$SHEAF")
cd "$T" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() {
    local want=$1; shift
    timeout 10 "$SHEAF" "$@" >out 2>err
    local rc=$?
    [ "$rc" = "$want" ] || { fail "sheaf $*: exit $rc, expected $want"; cat err; }
}

expect 0 new my-reader
[ -f collections/my-reader/collection.yaml ] || fail "no manifest"
[ -d collections/my-reader/articles ] || fail "no articles/"
grep -qxF 'title: "My Reader"' collections/my-reader/collection.yaml || fail "title not derived"
grep -qF "sheaf build collections/my-reader" out || fail "no next step printed"
expect 0 check collections/my-reader
grep -qxF "collections/my-reader/collection.yaml: 1 article ok" out || fail "check: $(cat out err)"
[ ! -s err ] || fail "check printed diagnostics: $(cat err)"

# Refuses an existing folder, and leaves it as it was.
echo "mine" >collections/my-reader/articles/keep.txt
sum=$(cat collections/my-reader/collection.yaml | md5sum)
expect 1 new my-reader
grep -qxF "collections/my-reader: error: already exists; not touching it" err || fail "refusal: $(cat err)"
[ "$(cat collections/my-reader/collection.yaml | md5sum)" = "$sum" ] || fail "manifest changed"
[ "$(cat collections/my-reader/articles/keep.txt)" = mine ] || fail "article changed"
touch plainfile
expect 1 new ./plainfile
ln -s nowhere dangling
expect 1 new ./dangling
[ -L dangling ] && [ ! -e nowhere ] || fail "dangling link followed"

# A path with a slash is used as given; awkward names still give a valid manifest.
expect 0 new sub/dir/packet_two
grep -qxF 'title: "Packet Two"' sub/dir/packet_two/collection.yaml || fail "title of a path"
expect 0 check sub/dir/packet_two
expect 0 new 'odd: "name" #1\'
expect 0 check 'collections/odd: "name" #1\'

# Names that cannot be folders are usage errors, and nothing is created.
for bad in . .. '-x' $'a\nb'; do
    expect 2 new "$bad"
done
expect 2 new $'\xff'
[ "$(ls collections | wc -l)" = 2 ] || fail "bad names created something: $(ls collections)"

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "all passed"
