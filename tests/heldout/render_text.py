#!/usr/bin/env python3
"""Render corpus pages as a browser's select-all copy gives them.

usage: render_text.py NAME...   (pages of ../shared/corpus/html/readability)

Each source.html, with its scripts stripped and one script appended that
replaces the document by a <pre> of document.body.innerText, is dumped by
headless Chromium with the network shut off; the text goes to
$OUT/NAME.txt (default /tmp/webtext/txt). Never commit the output: it is
the corpus's text. Pages copied without their style sheet show menus a
browser would hide, so the set is harsher than a real copy.

The held-out set measured in the commit log:
  aclu aktualne ars-1 article-author-tag bbc-1 breitbart bug-1255978
  buzzfeed-1 citylab-1 cnet cnn dropbox-blog ehow-1 engadget folha
  gitlab-blog guardian-1 heise herald-sun-1 lazy-image-1 lemonde-1
  liberation-1 lifehacker-working medicalnewstoday medium-1 medium-2 msn
  nytimes-1 nytimes-2 quanta-1 salon-1 telegraph theverge toc-missing
  videos-1 wapo-1 webmd-1 wikia yahoo-1
(firefox-nightly-blog and seattletimes-1 render no text and are left out.)

A second set, used only to check that a rule generalises (OUT=/tmp/webtext2/txt):
  archive-of-our-own blogger cnet-svg-classes daringfireball-1 dev418
  ebb-org gmw google-sre-book-1 hukumusume ietf-1 la-nacion lazy-image-2
  lifehacker-post-comment-load lwn-1 medium-3 mercurial mozilla-1 mozilla-2
  nytimes-3 nytimes-4 nytimes-5 pixnet qq royal-road simplyfound-1
  spiceworks tmz-1 topicseed-1 tumblr v8-blog videos-2 wapo-2 webmd-2
  wikipedia yahoo-2 yahoo-3 youth
(iab-1 and ehow-2 time out; qq's text is GBK and comes out garbled.)

A third set, the pages in neither (OUT=/tmp/webtext3/txt; most are the
reader's synthetic test pages, whose expected title is a <title> the copy
never shows):
  001 002 003-metadata-preferred 004-metadata-space-separated-properties
  005-unescape-html-entities base-url base-url-base-element
  base-url-base-element-relative basic-tags-cleaning clean-links
  comment-inside-script-parsing data-url-image embedded-videos hidden-nodes
  invalid-attributes js-link-replacement keep-images keep-tabular-data
  lazy-image-3 links-in-tables mathjax metadata-content-missing
  missing-paragraphs normalize-spaces ol parsely-metadata remove-aria-hidden
  remove-extra-brs remove-extra-paragraphs remove-script-tags
  reordering-paragraphs replace-brs replace-font-tags rtl-1 rtl-2 rtl-3 rtl-4
  schema-org-context-object social-buttons style-tags-removal svg-parsing
  table-style-attributes title-and-h1-discrepancy title-en-dash
  visibility-hidden wikipedia-2 wikipedia-3 wikipedia-4 wordpress yahoo-4
"""
import html, os, re, subprocess, sys, tempfile
PAGES = os.environ.get("PAGES", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/corpus/html/readability/pages"))
OUT = os.environ.get("OUT", "/tmp/webtext/txt")
os.makedirs(OUT, exist_ok=True)
TAIL = """<script>
(function(){var t=document.body?document.body.innerText:'';
var p=document.createElement('pre');p.id='sheafout';p.textContent=t;
document.documentElement.innerHTML='<body></body>';document.body.appendChild(p);})();
</script>"""
for name in sys.argv[1:]:
    src = open(os.path.join(PAGES, name, "source.html"), encoding="utf-8", errors="replace").read()
    src = re.sub(r"<script\b.*?</script\s*>", "", src, flags=re.S | re.I)
    src = re.sub(r"<noscript\b.*?</noscript\s*>", "", src, flags=re.S | re.I)
    m = re.search(r"</body\s*>", src, re.I)
    src = src[:m.start()] + TAIL + src[m.start():] if m else src + TAIL
    with tempfile.NamedTemporaryFile("w", suffix=".html", dir=OUT, delete=False, encoding="utf-8") as f:
        f.write(src)
        tmp = f.name
    try:
        p = subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox",
                            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                            "--virtual-time-budget=2000", "--dump-dom", "file://" + tmp],
                           capture_output=True, timeout=90)
    except subprocess.TimeoutExpired:
        print("FAIL", name, "timed out")
        continue
    finally:
        os.unlink(tmp)
    dom = p.stdout.decode("utf-8", "replace")
    m = re.search(r'<pre id="sheafout">(.*?)</pre>', dom, re.S)
    if not m:
        print("FAIL", name, dom[:200], p.stderr.decode()[-300:])
        continue
    text = html.unescape(m.group(1))
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write(text + "\n")
    print("ok", name, len(text))
