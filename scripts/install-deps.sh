#!/bin/sh
# Install the Debian packages sheaf needs to build and test, only those that
# are missing; a no-op (no apt-get call at all) when everything is present.
set -eu

# hyphen-*: patterns for the languages an article's words are told by
# (doc/lang_words.c): English, German, French, Spanish, Italian, Portuguese,
# Dutch; and for the European languages a page may declare (lang="cs"):
# each a few hundred KB, in the 8-bit sets hyphen.c converts to.
# libdeflate-dev: the EPUB's entries are deflated with it, on several threads.
# libfribidi-dev: GNU FriBidi, the Unicode Bidirectional Algorithm and Arabic
# joining and shaping, so the PDF sets Hebrew and Arabic right to left.
# fonts-nanum: a TrueType Hangul font the PDF falls back to (names like 김민준).
# fonts-droid-fallback: TrueType (glyf) ideographs and kana for Chinese and
# Japanese text (Nanum's hanja miss most of them); the lightest such font,
# where fonts-noto-cjk's are CFF, which libharu cannot embed.
# libwebp-dev, libgif-dev: saved pages' WebP and GIF pictures, decoded for
# the PDF (first frame of an animation); WebP goes into the EPUB as PNG or
# JPEG, which every reading system shows.
# libavif-dev: saved pages' AVIF photographs (AV1 stills, as sites serve
# them now), decoded for the PDF and written into the EPUB as JPEG or PNG.
# librsvg2-dev: SVG drawings (diagrams, charts) drawn at their printed size
# for the PDF and written as PNG into the EPUB, where a drawing from the web
# could fail epubcheck and old reading systems show no SVG.
# libplist-dev: Safari's web archives (.webarchive, the page and its pictures
# in a property list), read as saved pages.
# fonts-symbola: TrueType emoji and symbols (Unicode 9), which the PDF sets
# through Private Use Area codes since they lie outside the BMP.
BUILD="cmake make gcc pkg-config libxml2-dev libzip-dev libhpdf-dev libyaml-dev
libhyphen-dev hyphen-en-us hyphen-de hyphen-fr hyphen-es hyphen-it hyphen-pt-pt hyphen-nl
hyphen-en-gb hyphen-pt-br hyphen-ca hyphen-gl hyphen-da hyphen-sv hyphen-no hyphen-is
hyphen-cs hyphen-sk hyphen-pl hyphen-hu hyphen-ro hyphen-hr hyphen-sl hyphen-sr hyphen-lt
hyphen-lv hyphen-el hyphen-ru hyphen-uk hyphen-be hyphen-bg hyphen-id hyphen-af
libfontconfig-dev libharfbuzz-dev libfreetype-dev libcmark-gfm-dev
libcmark-gfm-extensions-dev zlib1g-dev libdeflate-dev libfribidi-dev libpng-dev libjpeg-dev libwebp-dev libgif-dev
libavif-dev librsvg2-dev libplist-dev
fonts-sil-charis fonts-dejavu-core fonts-nanum fonts-droid-fallback fonts-symbola"
TEST="epubcheck default-jre-headless qpdf poppler-utils unzip python3"

want="$BUILD"
[ "${1:-}" = "--test" ] && want="$BUILD $TEST"

missing=""
for p in $want; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
