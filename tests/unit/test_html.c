/*
 * test_html.c - the HTML reader: metadata sources, extraction rules, the
 * DOM-to-tree conversion and its safety, on our own fixtures
 * (tests/fixtures/html) and on small pages built here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "readers/html/fragment.h"
#include "readers/reader.h"

#define FIX "tests/fixtures/html/"

static page
load(const char *path, int extract)
{
    reader_options ro = {.extract = extract};
    return page_file(path, &ro);
}

static page
from(const char *html, size_t len, int extract)
{
    reader_options ro = {.format = "html", .extract = extract};
    return page_bytes("mem.html", html, len, &ro);
}

static bool
has_diag(const page *p, const char *needle)
{
    for (size_t i = 0; i < p->d.count; i++)
        if (strstr(p->d.items[i].message, needle))
            return true;
    return false;
}

static size_t
count_diag(const page *p, const char *needle)
{
    size_t k = 0;
    for (size_t i = 0; i < p->d.count; i++)
        if (strstr(p->d.items[i].message, needle))
            k++;
    return k;
}

/* Nothing executable in the tree: no javascript:/vbscript: hrefs at all. */
static bool
tree_safe(const page *p)
{
    const char *bad[] = {"javascript:", "vbscript:", "data:image/svg", "<script", "onclick",
                         "onerror", "onload", NULL};
    for (size_t i = 0; bad[i]; i++) {
        char *lc = arena_strdup(p->a, p->tree);
        for (char *c = lc; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
        if (strstr(lc, bad[i]))
            return false;
    }
    return true;
}

static const doc_meta *
meta(const page *p)
{
    return p->art->as.article.meta;
}

TEST(chrome_page_metadata)
{
    page p = load(FIX "chrome.html", -1);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "The Quiet Return of the River Otter");
    INT_EQ(meta(&p)->n_authors, 1);
    STR_EQ(meta(&p)->authors[0], "Jane Roe"); /* rel=author byline, "By" removed */
    STR_EQ(meta(&p)->date, "2021-06-14");     /* <time datetime> */
    STR_EQ(meta(&p)->language, "en-GB");
    STR_EQ(meta(&p)->source, "https://gazette.example.org/nature/2021/otters.html");
    STR_EQ(meta(&p)->description, "Otters are back in the valley after forty years.");
    drop(&p);
}

TEST(chrome_page_extraction)
{
    page p = load(FIX "chrome.html", -1);
    const char *chrome[] = {"COOKIETEXT", "SIDEBARTEXT", "COMMENTTEXT", "RELATEDTEXT",
                            "FOOTERTEXT", "SHARETEXT", "HIDDENTEXT", "IFRAMETEXT", "OBJECTTEXT",
                            "FORMTEXT", "SCRIPTTEXT", "Riverside Gazette", "Sport", NULL};
    for (size_t i = 0; chrome[i]; i++) {
        test_current = chrome[i];
        OK(strstr(p.text, chrome[i]) == NULL);
    }
    test_current = "chrome_page_extraction";
    OK(strstr(p.text, "For four decades, nobody along the valley") != NULL);
    OK(strstr(p.text, "Volunteers can join the next count") != NULL);
    OK(strstr(p.text, "We expected one or two animals") != NULL);
    /* the title is metadata, not a body heading; h2 stays level 2 */
    OK(strstr(p.tree, "heading level=2\n    text \"Counting the uncountable\"") != NULL);
    OK(strstr(p.tree, "The Quiet Return of the River Otter\"\n") == NULL ||
       strstr(p.tree, "heading level=2\n    text \"The Quiet") == NULL);
    OK(tree_safe(&p));
    drop(&p);
}

TEST(chrome_page_conversion)
{
    page p = load(FIX "chrome.html", -1);
    OK(strstr(p.tree, "blockquote\n    paragraph") != NULL);
    OK(strstr(p.tree, "list bullet tight\n    item") != NULL);
    OK(strstr(p.tree, "code_span \"marked\"") != NULL || strstr(p.tree, "code \"marked\"") != NULL);
    OK(strstr(p.tree, "info=python") != NULL);
    OK(strstr(p.tree, "row header\n      cell header") != NULL);
    OK(strstr(p.tree, "figure\n    image href=\"tests/fixtures/html/images/pic.png\"") != NULL);
    OK(strstr(p.tree, "caption\n      text \"An otter on a stone below the mill") != NULL);
    OK(strstr(p.tree, "sub\n      text \"2\"") != NULL);
    OK(strstr(p.tree, "sup\n      text \"3\"") != NULL);
    OK(strstr(p.tree, "strike\n      text \"rough\"") != NULL);
    OK(strstr(p.tree, "emph\n      text \"twenty-three\"") != NULL);
    OK(strstr(p.tree, "strong\n      text \"thirty\"") != NULL);
    OK(strstr(p.tree, "rule") != NULL);
    /* relative links resolved against the canonical URL */
    OK(strstr(p.tree, "href=\"https://gazette.example.org/nature/data/cameras.html\"") != NULL);
    OK(strstr(p.tree, "href=\"https://gazette.example.org/reports/trout.pdf\"") != NULL);
    /* javascript: link dropped, its words kept */
    OK(strstr(p.text, "click here") != NULL);
    /* remote image: its alt text, one warning, nothing fetched */
    OK(strstr(p.tree, "text \"a cub in the reeds\"") != NULL);
    OK(strstr(p.text, "a cub in the reeds") == NULL); /* alt is not body text */
    INT_EQ(count_diag(&p, "remote images are not fetched"), 1);
    drop(&p);
}

TEST(jsonld_metadata)
{
    page p = load(FIX "jsonld.html", -1);
    STR_EQ(meta(&p)->title, "Les loutres reviennent");
    INT_EQ(meta(&p)->n_authors, 2);
    STR_EQ(meta(&p)->authors[0], "Marie Curie");
    STR_EQ(meta(&p)->authors[1], "Pierre Curie");
    STR_EQ(meta(&p)->date, "2020-02-29");
    STR_EQ(meta(&p)->site, "Le Journal");
    STR_EQ(meta(&p)->description, "Une histoire de rivi\xC3\xA8re.");
    STR_EQ(meta(&p)->language, "fr");
    drop(&p);
}

TEST(open_graph_metadata)
{
    page p = load(FIX "og.html", -1);
    STR_EQ(meta(&p)->title, "Open Graph Title Wins");
    STR_EQ(meta(&p)->authors[0], "Max Mustermann");
    STR_EQ(meta(&p)->date, "2019-11-05");
    STR_EQ(meta(&p)->site, "Beispiel Zeitung");
    STR_EQ(meta(&p)->source, "https://zeitung.example.de/artikel/42");
    STR_EQ(meta(&p)->description, "A description from Open Graph.");
    OK(strstr(p.tree, "href=\"https://zeitung.example.de/weiter\"") != NULL); /* og:url base */
    drop(&p);
}

TEST(saved_page_retrieved)
{
    /* SingleFile's comment, first in <html>: the saved date is the
     * retrieved date, the URL the source when the page names none. */
    static const char sf[] =
        "<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n"
        " url: https://example.org/2020-01-02/saved \n"
        " saved date: Tue Nov 24 2026 10:11:12 GMT+0100 (Central European Standard Time)\n"
        "--><head><title>Saved</title></head><body><p>Words of the saved page, enough of "
        "them to be the article.</p></body></html>";
    page p = from(sf, sizeof sf - 1, 0);
    STR_EQ(meta(&p)->retrieved, "2026-11-24");
    STR_EQ(meta(&p)->source, "https://example.org/2020-01-02/saved");
    OK(meta(&p)->date == NULL); /* the saved date is not the publication date */
    drop(&p);

    /* A canonical link still names the source; other comments are no clue. */
    static const char other[] =
        "<html><!-- saved date: Tue Nov 24 2026 --><head><title>T</title>"
        "<link rel=\"canonical\" href=\"https://example.org/canon\"></head>"
        "<body><!--\n Page saved with SingleFile\n url: https://example.org/x\n"
        " saved date: Mon Mar 02 2026 08:00:00 GMT+0000\n-->"
        "<p>Text of the page here.</p></body></html>";
    p = from(other, sizeof other - 1, 0);
    STR_EQ(meta(&p)->retrieved, "2026-03-02");
    STR_EQ(meta(&p)->source, "https://example.org/canon");
    drop(&p);

    /* Save Page WE (and pages made from MHTML): savepage-* <meta>. */
    static const char we[] =
        "<html><head><meta name=\"savepage-url\" content=\"https://example.org/b\">"
        "<meta name=\"savepage-date\" content=\"Sat Jun 01 2019 12:34:56 GMT+0100 (BST)\">"
        "<meta property=\"article:published_time\" content=\"2019-05-30\">"
        "<title>B</title></head><body><p>Text of b.</p></body></html>";
    p = from(we, sizeof we - 1, 0);
    STR_EQ(meta(&p)->retrieved, "2019-06-01");
    STR_EQ(meta(&p)->date, "2019-05-30");
    STR_EQ(meta(&p)->source, "https://example.org/b");
    drop(&p);

    /* Nothing saved: no retrieved date, and no crash on an open comment. */
    static const char none[] = "<html><!-- Page saved with SingleFile url: x saved date: ";
    p = from(none, sizeof none - 1, 0);
    OK(!p.art || !meta(&p)->retrieved);
    drop(&p);
}

TEST(title_and_byline_from_page)
{
    page p = load(FIX "title-suffix.html", -1);
    STR_EQ(meta(&p)->title, "How Rivers Heal Themselves Over Time"); /* site suffix cut */
    INT_EQ(meta(&p)->n_authors, 1);
    STR_EQ(meta(&p)->authors[0], "Sam Smith"); /* "Written by" removed */
    OK(strstr(p.text, "Written by") == NULL);
    OK(strstr(p.text, "Rivers heal slowly") != NULL);
    drop(&p);
}

/* The site-name rule for <title>: a short part is taken alone only after a
 * path separator that cut one word; after a dash or bar the whole stays. */
TEST(title_separators)
{
    static const struct {
        const char *title, *want;
    } cases[] = {
        {"Mozilla - Wikipedia", "Mozilla - Wikipedia"},
        {"Google - Site Reliability Engineering", "Google - Site Reliability Engineering"},
        {"How Rivers Heal Themselves Over Time | The River Journal",
         "How Rivers Heal Themselves Over Time"},
        {"Rivers Heal Slowly \xC2\xBB Journal", "Rivers Heal Slowly"},
        {"Rivers Heal Slowly - The River Journal", "Rivers Heal Slowly - The River Journal"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[1024];
        int n = snprintf(html, sizeof html,
                         "<html><head><title>%s</title></head><body><article><p>Rivers heal "
                         "slowly, and the words of this page are enough of them to count "
                         "as an article about rivers and how they heal.</p></article>"
                         "</body></html>",
                         cases[i].title);
        page p = from(html, (size_t)n, 0);
        OK(p.art != NULL);
        if (p.art)
            STR_EQ(meta(&p)->title, cases[i].want);
        drop(&p);
    }
}

TEST(clean_page_taken_whole)
{
    page p = load(FIX "clean.xhtml", -1);
    INT_EQ(p.rc, 0);
    STR_EQ(meta(&p)->title, "A Hand-Written Article");
    STR_EQ(meta(&p)->language, "en");
    OK(strstr(p.text, "Short.") != NULL);
    OK(strstr(p.text, "More notes") != NULL); /* a link list kept on a clean page */
    OK(strstr(p.tree, "heading level=2\n    text \"Part one\"") != NULL);
    OK(strstr(p.tree, "heading level=2\n    text \"A Hand-Written") == NULL);
    drop(&p);
}

TEST(class_named_headings_bold)
{
    /* "<span class=headline2>Step 3</span>" over a step's text, a
       <p class=subheading>: set in bold (the writers' label); a heading's
       own span, a long or sentence-like text, a word in a sentence and
       classes that only contain "head" are left alone */
    static const char page_src[] =
        "<html><head><title>T</title></head><body><article><h1>T</h1>"
        "<h2><span class=\"mw-headline\">Etymology</span></h2>"
        "<div class=\"step\"><span class=\"headline2 head block\">Step 3</span>"
        "<p>You can add various plants if you wish, as many as fit.</p></div>"
        "<p class=\"subheading\">The second part</p><p>Text under it goes on here.</p>"
        "<p class=\"subheading\">This one is a sentence.</p>"
        "<div class=\"header masthead\">Not a heading</div>"
        "<p>In a sentence <span class=\"c-heading\">a word</span> stays.</p>"
        "</article></body></html>";
    page p = from(page_src, sizeof page_src - 1, 0);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "paragraph\n    strong\n      text \"Step 3\"") != NULL);
    OK(strstr(p.tree, "paragraph\n    strong\n      text \"The second part\"") != NULL);
    OK(strstr(p.tree, "heading level=2\n    text \"Etymology\"") != NULL);
    OK(strstr(p.tree, "strong\n      text \"This one") == NULL);
    OK(strstr(p.tree, "strong\n      text \"Not a heading") == NULL);
    /* (inside a sentence it is bold too: a class can not tell more) */
    OK(strstr(p.text, "In a sentence a word stays.") != NULL);
    drop(&p);
}

TEST(saved_page_images)
{
    page p = load(FIX "saved.html", -1);
    OK(strstr(p.tree, "image href=\"tests/fixtures/html/saved_files/photo.png\"") != NULL);
    OK(strstr(p.tree, "image href=\"data:image/png;base64,") != NULL);
    OK(has_diag(&p, "data: image refused"));
    OK(tree_safe(&p));
    drop(&p);
}

TEST(xxe_and_billion_laughs)
{
    page p = load(FIX "xxe.xhtml", -1);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "lollol") == NULL);
    OK(strstr(p.text, "root:") == NULL);
    OK(strlen(p.tree) < 2000);
    OK(has_diag(&p, "DTD internal subset was ignored"));
    /* <base href="javascript:..."> is ignored: the link stays relative */
    OK(strstr(p.tree, "href=\"page2.html\"") != NULL);
    OK(strstr(p.text, "tabbed scheme") != NULL);
    OK(tree_safe(&p));
    drop(&p);
}

/* ---- rules, one small page each ---- */

#define PARA "<p>This paragraph is long enough to be scored, with commas, clauses, and words, " \
             "so that the extractor sees real prose here, as in any article.</p>"

TEST(rule_hidden_and_unlikely)
{
    const char *html = "<html><body><div class='content'>" PARA PARA PARA PARA PARA
                       "<div class='sidebar'>UNLIKELY sidebar words, many of them, really.</div>"
                       "<div role='navigation'>ROLENAV a b c d e f g h, i j k l m n o.</div>"
                       "<p hidden>HIDDEN1 text in a hidden paragraph, words words words.</p>"
                       "<p aria-hidden='true'>HIDDEN2 text, aria hidden, words words.</p>"
                       "<p style='visibility: hidden'>HIDDEN3 text, invisible words.</p>"
                       "</div></body></html>";
    page p = from(html, strlen(html), -1);
    OK(strstr(p.text, "long enough to be scored") != NULL);
    OK(strstr(p.text, "UNLIKELY") == NULL);
    OK(strstr(p.text, "ROLENAV") == NULL);
    OK(strstr(p.text, "HIDDEN") == NULL);
    drop(&p);
}

TEST(rule_link_density_and_siblings)
{
    const char *html =
        "<html><body><div id='wrap'><div class='article-body'>" PARA PARA PARA PARA "</div>"
        "<p>A sibling paragraph that reads like prose and is long enough to join the article, "
        "more than eighty characters.</p>"
        "<div class='links'><a href='/1'>LINKLIST one</a> <a href='/2'>two</a> "
        "<a href='/3'>three</a> <a href='/4'>four</a></div>"
        "</div></body></html>";
    page p = from(html, strlen(html), 1);
    OK(strstr(p.text, "long enough to be scored") != NULL);
    OK(strstr(p.text, "A sibling paragraph that reads like prose") != NULL);
    OK(strstr(p.text, "LINKLIST") == NULL);
    drop(&p);
}

TEST(classless_menu_is_not_clean)
{
    const char *html = "<html><body><ul><li><a href='/1'>MENU Home</a></li><li><a href='/2'>News"
                       "</a></li><li><a href='/3'>Sport</a></li><li><a href='/4'>Arts</a></li>"
                       "<li><a href='/5'>Travel</a></li></ul><div>" PARA PARA PARA PARA
                       "</div></body></html>";
    page p = from(html, strlen(html), -1);
    OK(strstr(p.text, "long enough to be scored") != NULL);
    OK(strstr(p.text, "MENU") == NULL);
    drop(&p);
}

TEST(rule_brs_and_divs_become_paragraphs)
{
    const char *html = "<html><body><div class='post'>First line of text, long enough, yes it is "
                       "long enough to be counted as a paragraph.<br><br>Second paragraph after "
                       "two breaks, also long enough, with commas, to be counted.<div>A div with "
                       "only text in it, which becomes a paragraph, with commas too.</div>"
                       "</div></body></html>";
    page p = from(html, strlen(html), 1);
    OK(strstr(p.tree, "paragraph\n    text \"First line of text") != NULL);
    OK(strstr(p.tree, "paragraph\n    text \"Second paragraph") != NULL);
    OK(strstr(p.tree, "paragraph\n    text \"A div with only text") != NULL);
    drop(&p);
}

TEST(inline_white_space)
{
    const char *html = "<p>  one <b>two</b>\n\n three<br>four <i> five </i> </p>";
    page p = from(html, strlen(html), 0);
    OK(strstr(p.tree, "text \"one \"\n    strong\n      text \"two\"\n    text \" three\"\n"
                      "    break\n    text \"four \"\n    emph\n      text \"five\"\n") != NULL);
    drop(&p);
}

TEST(pre_keeps_white_space)
{
    const char *html = "<p>x    y\n\n   z</p><pre>a\n    b  c\n</pre>";
    page p = from(html, strlen(html), 0);
    OK(strstr(p.tree, "text \"x y z\"") != NULL);
    OK(strstr(p.tree, "code \"a\\n    b  c\"") != NULL);
    drop(&p);
}

TEST(lists_nested_and_ordered)
{
    const char *html = "<ol start='3'><li>three</li><li>four<ul><li>inner</li></ul></li></ol>";
    page p = from(html, strlen(html), 0);
    OK(strstr(p.tree, "list ordered start=3") != NULL);
    OK(strstr(p.tree, "list bullet") != NULL);
    OK(strstr(p.text, "inner") != NULL);
    drop(&p);
}

TEST(bad_bytes_read_as_cp1252)
{
    const char html[] = "<html><body><p>Caf\xe9 au lait, cr\xe8me br\xfbl\xe9" "e.</p></body></html>";
    page p = from(html, sizeof(html) - 1, 0);
    INT_EQ(p.rc, 0);
    OK(has_diag(&p, "Windows-1252"));
    OK(strstr(p.text, "Caf\xC3\xA9 au lait") != NULL);
    drop(&p);
}

TEST(declared_charset)
{
    const char html[] = "<html><head><meta charset='iso-8859-1'></head><body><p>Na\xefve "
                        "text.</p></body></html>";
    page p = from(html, sizeof(html) - 1, 0);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Na\xC3\xAFve") != NULL);
    OK(!has_diag(&p, "Windows-1252"));
    drop(&p);
}

TEST(only_scripts)
{
    const char *html = "<html><head><script>var a = 1;</script></head><body><script>"
                       "document.write('x')</script><style>p{}</style></body></html>";
    page p = from(html, strlen(html), -1);
    INT_EQ(p.rc, -1);
    OK(has_diag(&p, "no article text"));
    drop(&p);
}

/* A script hidden in a comment that writes a script of its own ends at
 * its own "</script>", as a browser reads it, not at the inner one: no
 * "-->" reaches the text. A comment never closed, or an inner script
 * never closed, does not swallow the page. */
TEST(script_in_comment_in_script)
{
    const char *html = "<html><head><title>T</title><script>\n<!--\n  document.write('<script "
                       "src=\"a.js\"></script>');\n  // -->\n</script></head><body><article>"
                       "<p>The council met on Tuesday night and voted to keep the library open "
                       "on Sundays through the winter months.</p></article></body></html>";
    page p = from(html, strlen(html), 0);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "-->") == NULL);
    OK(strstr(p.text, "document.write") == NULL);
    OK(strstr(p.text, "keep the library open") != NULL);
    drop(&p);

    const char *open = "<html><body><script><!-- var s = '<script>'; </script>"
                       "<p>Words after a script whose comment never closes stay on the "
                       "page as the reader sees them.</p></body></html>";
    p = from(open, strlen(open), 0);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Words after a script") != NULL);
    OK(strstr(p.text, "var s") == NULL);
    drop(&p);
}

TEST(deep_nesting_bounded)
{
    size_t depth = 100000;
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, "<html><body>");
    for (size_t i = 0; i < depth; i++)
        buf_adds(&b, "<div>");
    buf_adds(&b, "deep words at the bottom, several of them, enough for a paragraph here.");
    for (size_t i = 0; i < depth; i++)
        buf_adds(&b, "</div>");
    buf_adds(&b, "</body></html>");
    page p = from(b.data, b.len, -1);
    buf_cleanup(&b);
    OK(p.art != NULL);
    OK(strstr(p.text, "deep words at the bottom") != NULL || has_diag(&p, "nested too deeply"));
    drop(&p);
}

TEST(data_uri_and_unsafe_links)
{
    const char *html = "<p><a href='javascript:alert(1)'>js</a> <a href='vbscript:x'>vb</a> "
                       "<a href='data:text/html,<script>alert(1)</script>'>data</a> "
                       "<a href='  JAVASCRIPT:alert(1)'>spaced</a> <a href='#top'>anchor</a> "
                       "<img src='data:image/svg+xml,<svg onload=alert(1)>' alt='svg'>"
                       "<span onclick='x()'>span</span></p>";
    page p = from(html, strlen(html), 0);
    OK(tree_safe(&p));
    OK(strstr(p.tree, "link") == NULL);
    OK(strstr(p.text, "js vb data spaced anchor") != NULL);
    drop(&p);
}

TEST(data_images_kept)
{
    /* small embedded GIF and WebP pictures stay, as PNG and JPEG do; SVG
       (which may script) does not; nor does a single pixel (a lazy
       page's placeholder), whose alt text stands in */
    const char *html =
        "<p>A <img "
        "src='data:image/gif;base64,R0lGODlhAwACAPAAAP8AAAAAACH5BAAAAAAALAAAAAADAAIAAAIChF8AOw==' "
        "alt='g'> "
        "B <img "
        "src='data:image/webp;base64,UklGRjgAAABXRUJQVlA4ICwAAACQAQCdASoDAAIAAgA0JaACdLoAA5gA/vmTb/"
        "+QH/+QH/+QH/8gP+IXeyAwAA==' alt='w'> "
        "P <img "
        "src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' "
        "alt='one pixel'> "
        "C <img src='data:image/svg+xml;base64,PHN2Zy8+' alt='s'> end.</p>";
    reader_options ro = {.format = "html", .extract = 0};
    page p = page_bytes(FIX "data.html", html, strlen(html), &ro);
    OK(strstr(p.tree, "image href=\"data:image/gif;base64,") != NULL);
    OK(strstr(p.tree, "image href=\"data:image/webp;base64,") != NULL);
    OK(strstr(p.tree, "R0lGODlhAQAB") == NULL && strstr(p.tree, "text \"one pixel\"") != NULL);
    OK(strstr(p.tree, "svg") == NULL);
    OK(has_diag(&p, "data: image refused"));
    drop(&p);
    /* a picture past the cap (16 MB of base64) is refused with the cap in
       the warning; the page's text stays */
    {
        static const char head[] = "<p>Big <img alt='too big' src='data:image/png;base64,";
        size_t n = (size_t)16 * 1024 * 1024 + 4;
        char *big = malloc(sizeof head + n + 16);
        memcpy(big, head, sizeof head - 1);
        memset(big + sizeof head - 1, 'A', n);
        strcpy(big + sizeof head - 1 + n, "'> end.</p>");
        page q = page_bytes(FIX "big.html", big, strlen(big), &ro);
        free(big);
        OK(strstr(q.tree, "image href") == NULL);
        OK(has_diag(&q, "up to 12 MB are kept"));
        OK(strstr(q.text, "end.") != NULL);
        drop(&q);
    }
    /* the 26-byte "smallest GIF" lazy pages use as a spacer stops after
       its picture's descriptor: short, but a pixel of nothing, so no
       warning; a bigger picture cut so is one */
    html = "<p>A <img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt=''> spacer, "
           "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt='blank pixel here'> end.</p>";
    p = page_bytes(FIX "data.html", html, strlen(html), &ro);
    OK(strstr(p.tree, "image href") == NULL);
    OK(strstr(p.tree, "blank pixel here") != NULL); /* its alt text */
    INT_EQ(p.d.count, 0);
    drop(&p);
    html = "<p>A <img src='data:image/gif;base64,R0lGODlhEAAQAAAAACw=' alt='the cut picture'> "
           "end.</p>";
    p = page_bytes(FIX "data.html", html, strlen(html), &ro);
    OK(strstr(p.tree, "image href") == NULL);
    OK(has_diag(&p, "the GIF file is cut short"));
    drop(&p);
    /* a WebP that is a header alone: broken, one warning, its alt text */
    html = "<p>A <img src='data:image/webp;base64,UklGRgAAAABXRUJQ' alt='hollow'> end.</p>";
    p = page_bytes(FIX "data.html", html, strlen(html), &ro);
    OK(strstr(p.tree, "image href") == NULL);
    OK(strstr(p.tree, "hollow") != NULL);
    OK(has_diag(&p, "1 image not usable (first: (a data: URI), "));
    drop(&p);
}

TEST(lazy_image_placeholder)
{
    /* A data: placeholder in src, the real (local) picture in data-src. */
    const char *html = "<p>See <img src='data:image/png;base64,iVBORw0KGgo=' "
                       "data-src='images/pic.png' alt='pic'> here.</p>";
    reader_options ro = {.format = "html", .extract = 0};
    page p = page_bytes(FIX "lazy.html", html, strlen(html), &ro);
    OK(strstr(p.tree, "image href=\"tests/fixtures/html/images/pic.png\"") != NULL);
    drop(&p);
    /* the picture gone: the placeholder pixel is not shown for it, the
       alt text is, and the loss is told */
    html = "<p>See <img src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' "
           "data-src='images/gone.png' alt='the chart'> here.</p>";
    p = page_bytes(FIX "lazy.html", html, strlen(html), &ro);
    OK(strstr(p.tree, "image href") == NULL);
    OK(strstr(p.tree, "the chart") != NULL);
    OK(has_diag(&p, "1 local image not found (first: images/gone.png)"));
    drop(&p);
}

TEST(line_numbers_past_65535)
{
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, "<html><body>");
    for (int i = 0; i < 70000; i++)
        buf_addc(&b, '\n');
    buf_adds(&b, "<h2>Far down</h2><p>Text, with words, here.</p></body></html>");
    page p = from(b.data, b.len, 0);
    buf_cleanup(&b);
    doc_node *h = p.art ? p.art->first_child : NULL;
    OK(h && h->type == DOC_HEADING);
    INT_EQ(h ? h->pos.line : 0, 70001);
    drop(&p);
}

TEST(base_href_against_source)
{
    const char *html = "<html><head><link rel='canonical' href='https://ex.org/a/b.html'>"
                       "<base href='/c/'></head><body><p><a href='d.html'>d</a> "
                       "<a href='//other.org/x'>x</a> <a href='https://abs.org/y'>y</a></p>"
                       "</body></html>";
    page p = from(html, strlen(html), 0);
    OK(strstr(p.tree, "href=\"https://ex.org/c/d.html\"") != NULL);
    OK(strstr(p.tree, "href=\"https://other.org/x\"") != NULL);
    OK(strstr(p.tree, "href=\"https://abs.org/y\"") != NULL);
    drop(&p);
    /* A base with an unsafe scheme is ignored, the canonical URL still rules. */
    const char *h2 = "<html><head><link rel='canonical' href='https://ex.org/a/b.html'>"
                     "<base href='javascript:alert(1)//'></head><body><p><a href='d.html'>d</a>"
                     "</p></body></html>";
    p = from(h2, strlen(h2), 0);
    OK(strstr(p.tree, "href=\"https://ex.org/a/d.html\"") != NULL);
    OK(tree_safe(&p));
    drop(&p);
}

/* rd_html_fragment: blocks into a container, inlines into a paragraph,
 * the whitelist applied, unsafe things counted, lines offset. */
TEST(fragment_api)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc_node *art = doc_node_new(a, DOC_ARTICLE, (doc_pos){"f.md", 1, 1});
    const char *blk = "<details>\n<summary>Why</summary>\n<p onclick=\"x()\">Because "
                      "<kbd>Esc</kbd><script>bad()</script></p>\n<iframe src=\"e\"></iframe>"
                      "<p style=\"display:none\">gone</p>\n</details>";
    INT_EQ(rd_html_fragment(a, &d, "f.md", 10, blk, strlen(blk), art, RD_HTML_FRAG_BLOCKS), 2);
    doc_node *para = doc_node_new(a, DOC_PARA, (doc_pos){"f.md", 20, 1});
    doc_append(art, para);
    doc_append(para, doc_text_new(a, "x", 1, para->pos));
    const char *inl = "<sup>2</sup> <a href=\"vbscript:y\">v</a><table><tr><td>c</td></tr></table>";
    INT_EQ(rd_html_fragment(a, &d, "f.md", 20, inl, strlen(inl), para, RD_HTML_FRAG_INLINE), 1);
    buf b;
    buf_init(&b, 0);
    doc_dump(art, &b);
    STR_EQ(b.data, "article\n"
                   "  paragraph\n    text \"Why\"\n"
                   "  paragraph\n    text \"Because \"\n    code_span \"Esc\"\n"
                   "  paragraph\n    text \"x\"\n    sup\n      text \"2\"\n"
                   "    text \" v c \"\n");
    OK(doc_check(art) == NULL);
    /* line 3 of the fragment is line 12 of the host file */
    doc_node *because = art->first_child->next;
    INT_EQ(because->pos.line, 12);
    INT_EQ(d.errors, 0);
    buf_cleanup(&b);
    diag_cleanup(&d);
    arena_free(a);
}

/* ---- bylines: the credit line as printed, and the names in it ---- */

/* A full page (extraction on) with `head` in <head> and `by` over the text. */
static page
byline_page(const char *head, const char *by)
{
    char html[4096];
    snprintf(html, sizeof html,
             "<html><head><title>Otters</title>%s</head><body><nav><a href='/'>Home</a> "
             "<a href='/news'>News</a></nav><article><h1>Otters</h1>%s" PARA PARA PARA PARA
             "</article><div class='comments'><p class='comment-author'>By Troll "
             "Person</p></div></body></html>",
             head, by);
    return from(html, strlen(html), 1);
}

static bool
author_is(const page *p, size_t i, const char *name)
{
    return i < meta(p)->n_authors && strcmp(meta(p)->authors[i], name) == 0;
}

static const char *
role_of(const page *p, size_t i)
{
    const doc_meta *m = meta(p);
    return m->author_roles && i < m->n_authors ? m->author_roles[i] : NULL;
}

TEST(byline_as_printed)
{
    page p = byline_page("", "<p class='byline'>By <a rel='author' href='/staff/jane-roe'>Jane "
                             "Roe</a></p>");
    STR_EQ(meta(&p)->byline, "By Jane Roe");
    INT_EQ(meta(&p)->n_authors, 1);
    OK(author_is(&p, 0, "Jane Roe"));
    OK(strstr(p.text, "By Jane Roe") == NULL); /* the byline leaves the body */
    drop(&p);
}

TEST(quotes_and_ruby)
{
    /* <q> prints the quotation marks a browser shows (straight here; the
       typography pass makes them the language's), single ones inside,
       none added where the page typed its own; a ruby's reading follows
       its base in parentheses (full-width for kana), or in the page's
       own <rp> */
    const char *html =
        "<p>She said <q>we go <q>soon</q> now</q> and <q>\xE2\x80\x9Ctyped\xE2\x80\x9D</q> "
        "then <ruby>\xE6\xBC\xA2<rt>kan</rt>\xE5\xAD\x97<rt>ji</rt></ruby>, "
        "<ruby>\xE6\x97\xA5<rt>\xE3\x81\xAB</rt></ruby> and "
        "<ruby>\xE6\x9D\xB1<rp>[</rp><rt>to</rt><rp>]</rp></ruby>.</p>";
    reader_options ro = {.format = "html", .extract = 0};
    page p = page_bytes(FIX "q.html", html, strlen(html), &ro);
    OK(strstr(p.text, "She said \"we go 'soon' now\" and \xE2\x80\x9Ctyped\xE2\x80\x9D then") !=
       NULL);
    OK(strstr(p.text, "\xE6\xBC\xA2(kan)\xE5\xAD\x97(ji), "
                      "\xE6\x97\xA5\xEF\xBC\x88\xE3\x81\xAB\xEF\xBC\x89 and "
                      "\xE6\x9D\xB1[to].") != NULL);
    drop(&p);
    /* a word that opens with an apostrophe is no quote of the page's own;
       spaces inside the marks go outside them (before punctuation, away);
       an empty reading adds nothing */
    html = "<p>He said <q>'Tis the season</q> and <q> hello there </q>, then <q>one </q>more "
           "and <q>\xE2\x80\x98single\xE2\x80\x99</q> and \xE5\xAD\x97<ruby><rt></rt></ruby>.</p>";
    p = page_bytes(FIX "q.html", html, strlen(html), &ro);
    OK(strstr(p.text, "He said \"'Tis the season\" and \"hello there\", then \"one\" more and "
                      "\xE2\x80\x98single\xE2\x80\x99 and \xE5\xAD\x97.") != NULL);
    drop(&p);
}

TEST(byline_from_declared_names)
{
    /* The page's declared names win over the visible byline (which often
     * carries titles and dates); JSON-LD names are joined with commas. */
    page p = byline_page("<meta name='author' content='Ana Lima and Joe Park'>",
                         "<p class='byline'>By Ana Lima, Staff Writer, and Joe Park</p>");
    STR_EQ(meta(&p)->byline, "Ana Lima and Joe Park");
    INT_EQ(meta(&p)->n_authors, 2);
    OK(author_is(&p, 0, "Ana Lima"));
    OK(author_is(&p, 1, "Joe Park"));
    drop(&p);
    p = byline_page("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
                    "\"@type\": \"NewsArticle\", \"author\": [\"Ana Lima\", {\"@type\": "
                    "\"Person\", \"name\": \"Joe Park\"}]}</script>",
                    "");
    STR_EQ(meta(&p)->byline, "Ana Lima, Joe Park");
    INT_EQ(meta(&p)->n_authors, 2);
    drop(&p);
    /* A @graph whose article points at its author by @id (WordPress SEO). */
    p = byline_page("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
                    "\"@graph\": [{\"@type\": \"Article\", \"headline\": \"Otters\", "
                    "\"author\": {\"@id\": \"https://x.example/#/person/7\"}, "
                    "\"publisher\": {\"@id\": \"https://x.example/#org\"}}, "
                    "{\"@type\": \"Organization\", \"@id\": \"https://x.example/#org\", "
                    "\"name\": \"River Weekly\"}, {\"@type\": \"Person\", \"@id\": "
                    "\"https://x.example/#/person/7\", \"name\": \"Mo Ito\"}]}</script>",
                    "");
    STR_EQ(meta(&p)->byline, "Mo Ito");
    OK(author_is(&p, 0, "Mo Ito"));
    STR_EQ(meta(&p)->site, "River Weekly");
    drop(&p);
    /* property="author" declares a name; a profile URL names no one. */
    p = byline_page("<meta property='author' content='Sam Smith'>", "");
    STR_EQ(meta(&p)->byline, "Sam Smith");
    drop(&p);
    p = byline_page("<meta name='author' content='https://social.example/jane'>",
                    "<p class='byline'>By Jane Roe</p>");
    STR_EQ(meta(&p)->byline, "By Jane Roe");
    OK(author_is(&p, 0, "Jane Roe"));
    drop(&p);
}

TEST(byline_container_narrowed_to_credit)
{
    /* An author-and-date box holding a byline element and a date: the credit
     * is the byline element; the date still dates the article. */
    page p = byline_page("", "<div class='post-author-date'><h6 class='byline'><em>By</em> "
                             "<a href='/authors/joshua-sokol/'>Joshua Sokol</a></h6><p><em>May "
                             "20, 2019</em></p></div>");
    STR_EQ(meta(&p)->byline, "By Joshua Sokol");
    OK(author_is(&p, 0, "Joshua Sokol"));
    STR_EQ(meta(&p)->date, "2019-05-20");
    drop(&p);
    /* A date written in the same element is part of the line as printed. */
    p = byline_page("", "<div class='FeatureByline'>By <b>Nathan Willis</b><br>March 25, "
                        "2015</div>");
    STR_EQ(meta(&p)->byline, "By Nathan Willis March 25, 2015");
    INT_EQ(meta(&p)->n_authors, 1);
    OK(author_is(&p, 0, "Nathan Willis"));
    drop(&p);
    /* Something else beside the inner element (here "By"): no narrowing. */
    p = byline_page("", "<div class='author_top'><span class='author_byline'>By <a "
                        "class='article_author' href='/authors/ana'>Ana Sandoiu</a></span></div>");
    STR_EQ(meta(&p)->byline, "By Ana Sandoiu");
    drop(&p);
}

TEST(byline_leaves_out_titles_and_times)
{
    page p = byline_page("", "<div class='author'><a class='author-link' href='/author/ben'>Ben "
                             "Silverman <div class='author-title'>Games Editor</div></a></div>");
    STR_EQ(meta(&p)->byline, "Ben Silverman");
    OK(author_is(&p, 0, "Ben Silverman"));
    drop(&p);
    p = byline_page("", "<div class='byline'>James Akinaka \xE2\x80\xA2 8h</div>");
    STR_EQ(meta(&p)->byline, "James Akinaka");
    drop(&p);
    p = byline_page("", "<div class='byline'>James Akinaka \xE2\x80\xA2 Culture desk</div>");
    STR_EQ(meta(&p)->byline, "James Akinaka \xE2\x80\xA2 Culture desk"); /* not a time */
    drop(&p);
    /* itemprop=name names the person exactly (Readability's rule too). */
    p = byline_page("", "<p class='meta' itemprop='author'>By <a href='/by/corey'><span "
                        "itemprop='name'>Corey Kilgannon</span></a> - 3:46 PM</p>");
    STR_EQ(meta(&p)->byline, "Corey Kilgannon");
    OK(author_is(&p, 0, "Corey Kilgannon"));
    drop(&p);
}

TEST(byline_in_article_header)
{
    /* The article's own header goes as chrome, but not before its byline
     * is read. */
    page p = byline_page("", "<header class='entry-header'><h2 class='entry-title'>Otters "
                             "again</h2><address class='vcard'><a href='/who/mike' "
                             "rel='author'>Mike Conley</a></address></header>");
    STR_EQ(meta(&p)->byline, "Mike Conley");
    OK(author_is(&p, 0, "Mike Conley"));
    drop(&p);
}

TEST(byline_names)
{
    page p = byline_page("", "<p class='byline'>By Ana Lima and Joe Park</p>");
    STR_EQ(meta(&p)->byline, "By Ana Lima and Joe Park");
    INT_EQ(meta(&p)->n_authors, 2);
    OK(author_is(&p, 0, "Ana Lima"));
    OK(author_is(&p, 1, "Joe Park"));
    drop(&p);
    p = byline_page("", "<p class='byline'>By Ana Lima, Joe Park &amp; Li Wei</p>");
    INT_EQ(meta(&p)->n_authors, 3);
    OK(author_is(&p, 2, "Li Wei"));
    drop(&p);
    p = byline_page("", "<p class='byline'>Por Jos\xC3\xA9 Ortega y Gasset</p>");
    INT_EQ(meta(&p)->n_authors, 1); /* one name, not two */
    OK(author_is(&p, 0, "Jos\xC3\xA9 Ortega y Gasset"));
    drop(&p);
    p = byline_page("", "<p class='byline author'>Written by Rob Ewaschuk<br>Edited by Betsy "
                        "Beyer</p>");
    STR_EQ(meta(&p)->byline, "Written by Rob Ewaschuk Edited by Betsy Beyer");
    INT_EQ(meta(&p)->n_authors, 1); /* the editor is credited, not an author */
    OK(author_is(&p, 0, "Rob Ewaschuk"));
    OK(role_of(&p, 0) == NULL);
    INT_EQ(meta(&p)->n_contribs, 1);
    STR_EQ(meta(&p)->contribs[0], "Betsy Beyer");
    STR_EQ(meta(&p)->contrib_roles[0], "edt");
    drop(&p);
    /* "By A. Translated by B": the sentence's full stop is not A's. */
    p = byline_page("", "<p class='byline'>By Mira Olsen. Translated by Jon Berg</p>");
    INT_EQ(meta(&p)->n_authors, 1);
    OK(author_is(&p, 0, "Mira Olsen"));
    INT_EQ(meta(&p)->n_contribs, 1);
    STR_EQ(meta(&p)->contribs[0], "Jon Berg");
    STR_EQ(meta(&p)->contrib_roles[0], "trl");
    drop(&p);
    p = byline_page("", "<p class='byline'>By Mira Olsen, translated from the Norwegian by "
                        "Jon Berg</p>");
    INT_EQ(meta(&p)->n_authors, 1);
    OK(author_is(&p, 0, "Mira Olsen"));
    INT_EQ(meta(&p)->n_contribs, 1);
    STR_EQ(meta(&p)->contribs[0], "Jon Berg");
    drop(&p);
    /* the sentence's stop after the last name too */
    p = byline_page("", "<p class='byline'>By Jane Doe. Translated by Ana Ruiz.</p>");
    OK(author_is(&p, 0, "Jane Doe"));
    STR_EQ(meta(&p)->contribs[0], "Ana Ruiz");
    drop(&p);
    /* names written in lower case are names in an English credit */
    p = byline_page("", "<p class='byline'>By bell hooks and Cornel West</p>");
    INT_EQ(meta(&p)->n_authors, 2);
    OK(author_is(&p, 0, "bell hooks"));
    drop(&p);
    /* a declared author wins, and the printed credit's translator stays */
    p = byline_page("<meta name='author' content='Knut Hamsun'>",
                    "<p class='byline'>By Knut Hamsun. Translated from the Norwegian by Ana "
                    "Ruiz</p>");
    INT_EQ(meta(&p)->n_authors, 1);
    OK(author_is(&p, 0, "Knut Hamsun"));
    INT_EQ(meta(&p)->n_contribs, 1);
    STR_EQ(meta(&p)->contribs[0], "Ana Ruiz");
    drop(&p);
    p = byline_page("", "<p class='byline'>By Ann B. Smith Jr. Photos by Kay Lo</p>");
    OK(author_is(&p, 0, "Ann B. Smith Jr."));
    STR_EQ(meta(&p)->contrib_roles[0], "pht");
    drop(&p);
    p = byline_page("", "<p class='byline'>By Jane Doe, Senior Editor</p>");
    STR_EQ(meta(&p)->byline, "By Jane Doe, Senior Editor");
    OK(author_is(&p, 0, "Jane Doe"));
    drop(&p);
    p = byline_page("", "<p class='byline'>By Alissa Wilkinson@alissamarie</p>");
    OK(author_is(&p, 0, "Alissa Wilkinson"));
    drop(&p);
    p = byline_page("", "<div class='article-author'>Joe Wee Monday, February 29, 2016 @ 11:10 "
                        "PM UTC</div>");
    OK(author_is(&p, 0, "Joe Wee"));
    STR_EQ(meta(&p)->date, "2016-02-29");
    drop(&p);
}

int
main(void)
{
    RUN(chrome_page_metadata);
    RUN(chrome_page_extraction);
    RUN(chrome_page_conversion);
    RUN(jsonld_metadata);
    RUN(open_graph_metadata);
    RUN(saved_page_retrieved);
    RUN(title_and_byline_from_page);
    RUN(title_separators);
    RUN(clean_page_taken_whole);
    RUN(class_named_headings_bold);
    RUN(saved_page_images);
    RUN(xxe_and_billion_laughs);
    RUN(rule_hidden_and_unlikely);
    RUN(rule_link_density_and_siblings);
    RUN(classless_menu_is_not_clean);
    RUN(rule_brs_and_divs_become_paragraphs);
    RUN(inline_white_space);
    RUN(pre_keeps_white_space);
    RUN(lists_nested_and_ordered);
    RUN(bad_bytes_read_as_cp1252);
    RUN(declared_charset);
    RUN(only_scripts);
    RUN(script_in_comment_in_script);
    RUN(deep_nesting_bounded);
    RUN(data_uri_and_unsafe_links);
    RUN(data_images_kept);
    RUN(quotes_and_ruby);
    RUN(lazy_image_placeholder);
    RUN(line_numbers_past_65535);
    RUN(base_href_against_source);
    RUN(fragment_api);
    RUN(byline_as_printed);
    RUN(byline_from_declared_names);
    RUN(byline_container_narrowed_to_credit);
    RUN(byline_leaves_out_titles_and_times);
    RUN(byline_in_article_header);
    RUN(byline_names);
    return test_report();
}
