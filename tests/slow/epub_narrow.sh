#!/bin/bash
# Nothing is cut off on a phone: a book of wide things (a table of eight
# columns, one of three whose long words side by side pass the width: they
# carry soft hyphens), long code lines, a long address and a long word, a tall and a
# wide picture, an Arabic and a Japanese article, headings in a list) is
# built, every page is laid out by headless Chromium 360 px wide, and a
# script in the page reports anything that runs past the right or left
# edge (outside a box that clips or scrolls: there are none); 640 px
# wide, the wide table's words stay whole. The book also passes epubcheck. (Headless Chromium keeps its window at least
# 500 px wide, so the page's root is made 360 px wide instead.)
set -u
. tests/slow/lib/epub.sh
: "${SHEAF:?}" "${SHEAF_TEST_TMP:?}"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
[ -n "$CHROMIUM" ] || { echo "skipped: no chromium"; exit 77; }
command -v python3 >/dev/null || { echo "skipped: no python3"; exit 77; }
T=$SHEAF_TEST_TMP
rm -rf "$T" && mkdir -p "$T/book/articles/img" "$T/out"
fail=0

python3 - "$T/book/articles/img" <<'PY'
import struct, sys, zlib
def png(w, h, path):
    raw = b''.join(b'\0' + bytes(v for x in range(w) for v in (x * 255 // w, y * 255 // h, 128))
                   for y in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
png(1600, 300, sys.argv[1] + '/wide.png')
png(200, 1600, sys.argv[1] + '/tall.png')
PY

cat > "$T/book/articles/wide.md" <<'EOF'
---
title: Wide Things
author: Ann Author
source: https://example.org/a/very/long/path/that/goes/on/and/on/for-quite-a-while/because-some-sites-do-this/index.html?utm_source=newsletter&utm_medium=email
---

A long address: https://example.org/a/very/long/path/that/goes/on/and/on/for-quite-a-while/index.html
and a long word Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt
and `a_very_long_inline_code_identifier_that_does_not_fit_anywhere_at_all()`.

| Country | Capital | Population 2020 | Area (km²) | GDP (USD bn) | Languages | Currency | Calling code |
|---|---|--:|--:|--:|---|---|---|
| France | Paris | 67,391,582 | 551,695 | 2,603 | French | Euro | +33 |
| Japan | Tokyo | 125,836,021 | 377,975 | 5,065 | Japanese | Yen | +81 |

| Term | Meaning | Example of its use |
|---|---|---|
| Electroencephalography | Recording the electrical activity of the brain | Neurophysiologists |
| Internationalization | Designing software for many languages | Counterrevolutionaries |

```c
static int very_long_function_name_for_testing(const char *argument_one, const char *argument_two, size_t length_of_everything_else_too)
{
    return a_token_without_any_space_in_it_that_is_longer_than_a_phone_screen_is_wide_surely;
}
```

![A wide picture](img/wide.png)

![A tall picture](img/tall.png)

1. ## A heading in a list

   With its text.
EOF
cat > "$T/book/articles/rtl.md" <<'EOF'
---
title: مكتبة الحي
author: أحمد خليل
language: ar
---

في كل حي مكتبة صغيرة يلتقي فيها الجيران `print("a long piece of code in the middle of Arabic text")`.

- القراءة للأطفال
- دروس اللغة
EOF
cat > "$T/book/articles/ja.md" <<'EOF'
---
title: 図書館の一日
author: 山田花子
---

朝の図書館はとても静かで、窓から差し込む光が机の上にやわらかな影を落としている。司書の佐藤さんは毎朝八時に鍵を開け、返却ボックスに入った本を一冊ずつ確かめてから棚に戻す。
EOF
cat > "$T/book/collection.yaml" <<'EOF'
title: A Book of Wide Things With a Rather Long Title
editor: Test Editor
language: en
date: 2026-11-30
articles:
  - articles/wide.md
  - articles/rtl.md
  - articles/ja.md
EOF
"$SHEAF" build --quiet --format epub -o "$T/out" "$T/book" || { echo "FAIL: build"; exit 1; }
book="$T/out/book.epub"
if have_epubcheck; then
    epubcheck_clean "$book" || fail=1
fi
mkdir -p "$T/x" && (cd "$T/x" && unzip -q "$book") || { echo "FAIL: unzip"; exit 1; }

# What sticks out: the outermost elements past the window's edges.
cat > "$T/x/EPUB/probe.js" <<'EOF'
(function () {
  var page = document.documentElement.getBoundingClientRect(), out = [], seen = new Set();
  document.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.width > 0 && (r.right > page.right + 1 || r.left < page.left - 1)) {
      seen.add(e);
      if (!e.parentElement || !seen.has(e.parentElement))
        out.push(e.tagName + ' spans ' + Math.round(r.left - page.left) + '..' +
                 Math.round(r.right - page.left) + ' of ' + Math.round(page.width) + ': ' +
                 (e.textContent || e.getAttribute('src') || '').replace(/\s+/g, ' ').slice(0, 60));
    }
  });
  var pre = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre');
  pre.textContent = 'PROBE-BEGIN\n' + out.join('\n') + '\nPROBE-END';
  document.body.appendChild(pre);
})();
EOF
pages=0
for f in "$T"/x/EPUB/*.xhtml; do
    case $(basename "$f") in nav.xhtml) continue ;; esac
    sed -i 's#</head>#<style>html { width: 360px; }</style></head>#; s#</body>#<script src="probe.js"></script></body>#' "$f"
    dom=$(timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --window-size=500,700 \
        --dump-dom "file://$f" 2>/dev/null)
    if ! grep -q PROBE-BEGIN <<< "$dom"; then
        echo "skipped: chromium did not run the page script"
        exit 77
    fi
    pages=$((pages + 1))
    res=$(sed -n '/PROBE-BEGIN/,/PROBE-END/p' <<< "$dom" | grep -v PROBE)
    if [ -n "$res" ]; then
        echo "FAIL: $(basename "$f") overflows a 360 px screen:"
        echo "$res" | head -5
        fail=1
    fi
done
[ $pages -ge 6 ] || { echo "FAIL: only $pages pages laid out"; fail=1; }
[ $fail = 0 ] && echo "ok: $pages pages fit a 360 px screen"

# On a screen wide enough for them (640 px), the wide table's words stay
# whole: its cells break anywhere only when the table's box is narrower
# than its words need (a container query). A word is cut when a line
# starts in it: the character before is no space, hyphen or soft hyphen.
mkdir -p "$T/y" && (cd "$T/y" && unzip -q "$book") || { echo "FAIL: unzip"; exit 1; }
cat > "$T/y/EPUB/cuts.js" <<'EOF'
(function () {
  var out = [], tables = document.querySelectorAll('table.wide');
  tables.forEach(function (t) {
    t.querySelectorAll('th, td').forEach(function (cell) {
      var walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), n, prev = null, top = null;
      while ((n = walk.nextNode())) {
        for (var i = 0; i < n.data.length; i++) {
          var ch = n.data[i];
          if (/\s/.test(ch) || ch === '\u00ad') { prev = ch; continue; }
          var r = document.createRange();
          r.setStart(n, i); r.setEnd(n, i + 1);
          /* the last box: a letter after a break at a soft hyphen also
             reports an empty one at the end of the line before */
          var rs = r.getClientRects(), box = null;
          for (var k = 0; k < rs.length; k++) if (rs[k].width > 0) box = rs[k];
          if (!box) continue;
          if (top !== null && box.top > top + 2 && prev !== null && !/[\s\u00ad-]/.test(prev))
            out.push('cut before "' + n.data.slice(i, i + 8) + '" in ' + cell.textContent.trim());
          top = box.top;
          prev = ch;
        }
      }
    });
  });
  var pre = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre');
  pre.textContent = 'CUTS-BEGIN ' + tables.length + '\n' + out.join('\n') + '\nCUTS-END';
  document.body.appendChild(pre);
})();
EOF
f="$T/y/EPUB/wide-things.xhtml"
sed -i 's#</head>#<style>html { width: 640px; }</style></head>#; s#</body>#<script src="cuts.js"></script></body>#' "$f"
dom=$(timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --window-size=700,700 \
    --dump-dom "file://$f" 2>/dev/null)
res=$(sed -n '/CUTS-BEGIN/,/CUTS-END/p' <<< "$dom")
if ! grep -q 'CUTS-BEGIN [1-9]' <<< "$res"; then
    echo "FAIL: no wide table laid out 640 px wide"
    fail=1
elif grep -q '^cut ' <<< "$res"; then
    echo "FAIL: words cut in a wide table 640 px wide:"
    grep '^cut ' <<< "$res" | head -5
    fail=1
else
    echo "ok: a wide table keeps its words whole 640 px wide"
fi
exit $fail
