/*
 * caption_copy.c - a picture's caption said twice, and the buttons that
 * fold it.
 *
 * News templates print a picture's caption and credit, then the credit
 * again on its own line for narrow screens, then the caption and credit
 * once more for the enlarged picture a script opens ("Dylann Roof is
 * escorted ... Chuck Burton/AP", "Chuck Burton/AP", "Dylann Roof is
 * escorted ..."), with buttons labelled "hide caption" and "toggle
 * caption" between. Saved without the script, all of it reads as text.
 *
 * In the block of one picture (an element holding an image and little
 * text: a caption's worth, never an article's) a line whose words are
 * all said already by an earlier line of the same block is a copy, and
 * goes. An element whose whole text is a caption button's label goes
 * wherever it stands: no sentence of an article is "hide caption" alone.
 */
#include "html_int.h"

#include <string.h>
#include <strings.h>

#define PICTURE_TEXT_MAX 600 /* a caption and a credit, twice; an article is more */
#define COPY_CHARS_MIN 8     /* "Jane Roe/AP": shorter words repeat by chance */

/* The labels of the buttons that fold a caption. */
static bool
caption_button(const char *t)
{
    static const char *const labels[] = {"hide caption",
                                         "show caption",
                                         "toggle caption",
                                         "expand caption",
                                         "collapse caption",
                                         "close caption",
                                         NULL};
    for (size_t i = 0; labels[i]; i++)
        if (strcasecmp(t, labels[i]) == 0)
            return true;
    return false;
}

/* Does n hold another element with text of its own (a line within a
 * line)? Inline words set in <b>, <a>, <em> are part of n's line. */
static bool
holds_block(const xmlNode *n)
{
    static const char *const blocks[] = {"p",  "div", "figcaption", "span", "li", "h1", "h2", "h3",
                                         "h4", "h5",  "h6",         "dd",   "dt", "td", NULL};
    for (const xmlNode *e = rd_html_next((xmlNode *)n, n, true); e;
         e = rd_html_next((xmlNode *)e, n, true))
        for (size_t i = 0; blocks[i]; i++)
            if (rd_html_is(e, blocks[i]) && rd_html_has_text(e))
                return true;
    return false;
}

/* Is n named a caption or a credit (its class or id, or the tag)? */
static bool
named_caption(const xmlNode *n)
{
    static const char *const names[] = {"caption", "credit", NULL};
    char lc[256];
    rd_html_class_id(n, lc, sizeof(lc));
    return rd_html_is(n, "figcaption") || rd_html_match(lc, names);
}

/* Is n, or an element between it and box, a picture of its own (a list
 * of figures under one caption each: each caption is its own)? */
static bool
own_picture(xmlNode *n, const xmlNode *box)
{
    for (xmlNode *p = n; p && p != box; p = p->parent)
        if (rd_html_has_media(p))
            return true;
    return false;
}

/* The lines of one picture's block, in order: an element with text and
 * no line inside it. A line named a caption or a credit whose text an
 * earlier line holds goes. */
static void
drop_copies(arena *a, xmlNode *box, rd_html_list *gone)
{
    const char *said = "";
    for (xmlNode *n = rd_html_next(box, box, true); n;) {
        if (n->type != XML_ELEMENT_NODE || !rd_html_has_text(n) || holds_block(n)) {
            n = rd_html_next(n, box, true);
            continue;
        }
        if (own_picture(n, box)) {
            n = rd_html_next(n, box, false);
            continue;
        }
        char *t = rd_html_text_dup(a, n);
        t = rd_html_squash(a, t, strlen(t));
        bool copy = strlen(t) >= COPY_CHARS_MIN && strstr(said, t);
        for (xmlNode *p = n; copy && p != box && !named_caption(p); p = p->parent)
            copy = p->parent != box;
        if (copy)
            rd_html_list_push(gone, n);
        else
            said = arena_printf(a, "%s %s", said, t);
        n = rd_html_next(n, box, false);
    }
}

/* A table's cells repeat words by design ("Auckland" in two columns):
 * no picture's block holds one or stands in one. */
static bool
holds_table(xmlNode *n)
{
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "table"))
            return true;
    return false;
}

void
rd_html_drop_caption_copies(arena *a, xmlNode *article)
{
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(article, article, true); n;) {
        if (n->type == XML_ELEMENT_NODE && rd_html_text_len_max(n, 32) < 32) {
            char *t = rd_html_text_dup(a, n);
            t = rd_html_squash(a, t, strlen(t));
            if (caption_button(t)) {
                rd_html_list_push(&gone, n);
                n = rd_html_next(n, article, false);
                continue;
            }
        }
        n = rd_html_next(n, article, true);
    }
    for (size_t i = 0; i < gone.n; i++)
        rd_html_remove(gone.v[i]);
    gone.n = 0;
    for (xmlNode *n = rd_html_next(article, article, true); n;) {
        if (rd_html_is(n, "table")) {
            n = rd_html_next(n, article, false);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE && rd_html_has_media(n) &&
            rd_html_text_len_max(n, PICTURE_TEXT_MAX + 1) <= PICTURE_TEXT_MAX && !holds_table(n)) {
            drop_copies(a, n, &gone);
            n = rd_html_next(n, article, false);
            continue;
        }
        n = rd_html_next(n, article, true);
    }
    for (size_t i = 0; i < gone.n; i++)
        rd_html_remove(gone.v[i]);
    rd_html_list_free(&gone);
}
