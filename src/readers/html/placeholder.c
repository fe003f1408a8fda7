/*
 * placeholder.c - the word a publishing system prints where it could not
 * show an embedded thing: "[Embed]", "[Video]", "[Tweet]".
 *
 * A page saved from such a system keeps, for each embedded post or clip,
 * a block with nothing in it but a bracketed word naming the kind of
 * thing, in place of the thing. The reader sees "[Embed]" between the
 * story's paragraphs, sometimes as a heading of its own. The same words
 * are text on other pages: a tutorial's shortcodes ("[gallery]"), a
 * forum's list of its tags ("[video]"), a transcript's cue. The block
 * goes only when
 *
 * - it is a block (a paragraph, a division, a heading, a figure), never
 *   a span inside a sentence ("see the map [Map] below" keeps its words)
 *   nor a list item (a list of tag names);
 * - the whole of its text is one word in brackets naming a kind of
 *   embedded thing (embed, video, tweet, ...), so an editor's bracket
 *   ("[sic]", "[Update]", "[1]") stays;
 * - no code is in it or around it (code, pre, kbd, samp, tt): a
 *   shortcode shown as code is what the page teaches;
 * - the markup says an embed stood there: an element no HTML has (the
 *   publishing system's own <attachment>; not HTML5's, which libxml2
 *   does not know), or a class or data-type naming an embed, a tweet or
 *   a video, on the block or inside it;
 * - no picture, video or frame is in it: a block that holds its thing is
 *   the thing, with a label.
 */
#include "html_int.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <string.h>
#include <strings.h>

/* Longest text such a block holds ("[Instagram]" and spaces). */
#define PLACEHOLDER_MAX 24

static bool
block_tag(const xmlNode *n)
{
    static const char *const tags[] = {"p",  "div", "h1",     "h2",      "h3",         "h4",
                                       "h5", "h6",  "figure", "section", "blockquote", NULL};
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
code_tag(const xmlNode *n)
{
    static const char *const tags[] = {"code", "pre", "kbd", "samp", "tt", NULL};
    for (size_t i = 0; tags[i]; i++)
        if (rd_html_is(n, tags[i]))
            return true;
    return false;
}

/* Code in the block n or around it. */
static bool
near_code(xmlNode *n)
{
    for (const xmlNode *a = n; a && a->type == XML_ELEMENT_NODE; a = a->parent)
        if (code_tag(a))
            return true;
    for (xmlNode *k = rd_html_next(n, n, true); k; k = rd_html_next(k, n, true))
        if (k->type == XML_ELEMENT_NODE && code_tag(k))
            return true;
    return false;
}

/* HTML5's elements, which libxml2's HTML 4 tables do not know. */
static bool
html5_tag(const xmlNode *k)
{
    static const char *const t[] = {
        "article", "aside",      "audio",    "bdi",      "canvas", "data",  "datalist", "details",
        "dialog",  "figcaption", "figure",   "footer",   "header", "main",  "mark",     "meter",
        "nav",     "output",     "picture",  "progress", "rp",     "rt",    "ruby",     "section",
        "source",  "summary",    "template", "time",     "track",  "video", "wbr",      "svg",
        "math",    "search",     "hgroup",   NULL};
    for (size_t i = 0; t[i]; i++)
        if (!strcasecmp((const char *)k->name, t[i]))
            return true;
    return false;
}

/* The markup's word that an embed stood in n: an element no HTML has
 * (the publishing system's own <attachment>), or a class or data-type
 * naming an embed, tweet or video. (Not an id: a heading's own slug,
 * "<h3 id=video>[video]</h3>", names its text.) */
static bool
marked_embed(xmlNode *n)
{
    static const char *const names[] = {"embed", "tweet", "video", NULL};
    for (xmlNode *k = n; k; k = rd_html_next(k, n, true)) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (!htmlTagLookup(k->name) && !html5_tag(k))
            return true;
        const char *cl = rd_html_attr(k, "class");
        const char *dt = rd_html_attr(k, "data-type");
        bool named = false;
        for (size_t i = 0; cl && names[i] && !named; i++)
            named = rd_html_has_ci(cl, names[i]);
        if (named || (dt && rd_html_has_ci(dt, "embed")))
            return true;
    }
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
    return placeholder_text(rd_html_text_dup(c->scratch, n)) && !near_code(n) && marked_embed(n);
}

void
rd_html_drop_placeholders(rd_html_ctx *c, xmlNode *art)
{
    rd_html_drop_where(c, art, is_placeholder);
}
