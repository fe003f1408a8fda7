# Helpers shared by tests/slow/epub_*.sh (sourced; in a subfolder so the
# test glob does not take it for a test).
EPUBCHECK_JAR=${EPUBCHECK_JAR:-/usr/share/java/epubcheck.jar}

# epubcheck FILE: fails (returns 1) on any fatal, error or warning.
epubcheck_clean() {
    out=$(java -jar "$EPUBCHECK_JAR" "$1" 2>&1)
    if printf '%s\n' "$out" | grep -q 'Messages: 0 fatals / 0 errors / 0 warnings'; then
        return 0
    fi
    printf '%s\n' "$out" >&2
    echo "FAIL: epubcheck reported problems in $1" >&2
    return 1
}

have_epubcheck() {
    command -v java >/dev/null 2>&1 && [ -f "$EPUBCHECK_JAR" ]
}

# make_styled_collection DIR: a copy of the shipped collection using its own
# style (collection-local styles/mine: left-aligned, no indent, toc_depth 1)
# with an extra.css.
make_styled_collection() {
    rm -rf "$1"
    cp -r collections/common-ground "$1"
    mkdir -p "$1/styles/mine"
    cat > "$1/styles/mine/style.yaml" <<'YAML'
name: mine
align: left
paragraph:
  indent: 0em
  spacing: 0.6em
toc_depth: 1
YAML
    printf '/* house touch */\n.byline { color: #7a2e0e; }\n' > "$1/styles/mine/extra.css"
    sed -i 's/^style: .*/style: mine/' "$1/collection.yaml"
}
