/*
 * placeholder.c - the word a publishing system prints where it could not
 * show an embedded thing: "[Embed]", "[Video]", "[Tweet]".
 *
 * A page saved from such a system keeps, for each embedded post or clip,
 * a block with nothing in it but a bracketed word naming the kind of
 * thing, in place of the thing. The reader sees "[Embed]" between the
 * story's paragraphs, sometimes as a heading of its own. The block goes
 * when the whole of its text is one such word in brackets:
 *
 * - a block (a paragraph, a division, a heading, a list item, a figure),
 *   never a span inside a sentence ("see the map [Map] below" keeps its
 *   words);
 * - the word names a kind of embedded thing (embed, video, tweet, image,
 *   ...), so an editor's bracket ("[sic]", "[Update]", "[1]") stays;
 * - no picture, video or frame in it: a block that holds its thing is
 *   the thing, with a label.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Longest text such a block holds ("[Instagram]" and spaces). */
#define PLACEHOLDER_MAX 24

static bool
block_tag(const xmlNode *n)
{
    static const char *const tags[] = {"p",  "div", "h1",     "h2",      "h3",         "h4", "h5",
                                       "h6", "li",  "figure", "section", "blockquote", NULL};
    for (size_t i = 0; tags[i]; i++)
        if (rd_html_is(n, tags[i]))
            return true;
    return false;
}

/* "[Embed]", "[ video ]": one word of the kinds below in brackets. */
static bool
placeholder_text(const char *t)
{
    static const char *const kinds[] = {"embed",   "embedded",  "video",   "audio",    "tweet",
                                        "image",   "photo",     "picture", "gallery",  "iframe",
                                        "graphic", "instagram", "youtube", "facebook", NULL};
    while (isspace((unsigned char)*t))
        t++;
    if (*t++ != '[')
        return false;
    while (*t == ' ')
        t++;
    size_t n = 0;
    while (isalpha((unsigned char)t[n]))
        n++;
    const char *e = t + n;
    while (*e == ' ')
        e++;
    if (*e++ != ']')
        return false;
    while (isspace((unsigned char)*e))
        e++;
    if (*e)
        return false;
    for (size_t i = 0; kinds[i]; i++)
        if (n == strlen(kinds[i]) && strncasecmp(t, kinds[i], n) == 0)
            return true;
    return false;
}

static bool
is_placeholder(rd_html_ctx *c, xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !block_tag(n) || rd_html_has_media(n))
        return false;
    size_t len = rd_html_text_len_max(n, PLACEHOLDER_MAX + 1);
    if (!len || len > PLACEHOLDER_MAX)
        return false;
    return placeholder_text(rd_html_text_dup(c->scratch, n));
}

void
rd_html_drop_placeholders(rd_html_ctx *c, xmlNode *art)
{
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        if (is_placeholder(c, n)) {
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
