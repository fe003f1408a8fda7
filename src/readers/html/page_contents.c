/*
 * page_contents.c - a page's own table of contents leaves the article.
 *
 * Wikipedia's "Contents" box, a documentation page's "On this page", a
 * blog post's "In this article" list: blocks of links to the page's own
 * headings. In a book they are chrome twice over: the book's contents and
 * the PDF's outline already list those sections (with page numbers), and
 * printed links to "#history" lead nowhere; kept, the box also becomes a
 * "Contents" section of its own in the book's contents. Readability keeps
 * them; we do not.
 *
 * Such a block is known by its links, not its name: three or more links to
 * places in the page ("#...") whose text is nearly all of the block's text
 * (a "Contents" title and the section numbers may stand beside them: a
 * fifth of it, or a title's length), and
 * hardly any link leading elsewhere. A list of footnote references fails
 * the text test (the references are text, their back-links are a few
 * characters); a paragraph citing [1][2][3] is not a block of links. The
 * outermost such block goes, so its title goes with it; a block holding
 * most of the article (a page that is only an index) stays.
 */
#include "html_int.h"

#include <string.h>

#define TOC_LINKS_MIN 3
#define TOC_TITLE_MAX 24

static bool
is_block(const xmlNode *n)
{
    static const char *const names[] = {"div",   "nav",     "ul",    "ol", "section",
                                        "table", "details", "aside", NULL};
    for (size_t i = 0; names[i]; i++)
        if (rd_html_is(n, names[i]))
            return true;
    return false;
}

/* A block of links to the page's own places, at most max_len characters
 * of text (the article's half). */
static bool
is_page_contents(const xmlNode *n, size_t max_len)
{
    if (!is_block(n))
        return false;
    size_t len = rd_html_text_len_max(n, max_len);
    if (len < 3 || len > max_len)
        return false;
    size_t inpage = 0, away = 0, inpage_text = 0;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e; e = rd_html_next(e, n, true)) {
        if (!rd_html_is(e, "a"))
            continue;
        const char *href = rd_html_attr(e, "href");
        if (!href || !href[0])
            continue;
        if (href[0] == '#' && href[1]) {
            inpage++;
            inpage_text += rd_html_text_len(e);
        } else {
            away++;
        }
    }
    /* besides the links: a title, section numbers, spaces */
    size_t other = len > inpage_text ? len - inpage_text : 0;
    return inpage >= TOC_LINKS_MIN && away * 10 <= inpage &&
           (other * 5 <= len || other <= TOC_TITLE_MAX);
}

void
rd_html_drop_page_contents(xmlNode *art)
{
    size_t half = rd_html_text_len(art) / 2;
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        if (is_page_contents(n, half)) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, art, false);
            continue;
        }
        n = rd_html_next(n, art, true);
    }
    for (size_t i = 0; i < gone.n; i++)
        rd_html_remove(gone.v[i]);
    rd_html_list_free(&gone);
}
