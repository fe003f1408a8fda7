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
 * A caption button goes when the page marks it as one: its whole text is
 * the label, it is a <button> or its class or id names a caption or a
 * toggle, and it stands on a line of its own or inside the caption it
 * folds. The same words in a sentence, a list or a heading are the
 * article's ("click Hide caption to fold it").
 *
 * In the block of one picture (an element holding an image and little
 * text: a caption's worth, never an article's) a line named a caption or
 * a credit goes when an earlier caption or credit line of the block says
 * it already: the whole of that line, or its start or its end cut at a
 * word's edge (the caption less its credit, the credit alone). Prose
 * beside the picture is never compared: a caption naming what the prose
 * names ("Belem Tower") is no copy.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define PICTURE_TEXT_MAX 600 /* a caption and a credit, twice; an article is more */
#define COPY_CHARS_MIN 8     /* "Jane Roe/AP": shorter words repeat by chance */
#define LINES_MAX 32         /* caption lines of one block compared; more are kept */

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
    for (const xmlNode *e = rd_html_next((xmlNode *)n, n, true); e;
         e = rd_html_next((xmlNode *)e, n, true))
        if ((rd_html_is_block(e) || rd_html_is(e, "span")) && rd_html_has_text(e))
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

/* Does the page mark n as a caption's button: a <button>, or a class or
 * id naming a caption or a toggle ("hide-caption", "toggle-caption")? */
static bool
marked_button(const xmlNode *n)
{
    static const char *const names[] = {"caption", "toggle", NULL};
    char lc[256];
    rd_html_class_id(n, lc, sizeof(lc));
    return rd_html_is(n, "button") || rd_html_match(lc, names);
}

/* Does label element n (its text t) stand on a line of its own (its
 * nearest block holds the label alone), or inside the caption it folds
 * (a block named a caption at or above that block)? */
static bool
own_line_or_caption(arena *a, xmlNode *n, const char *t, const xmlNode *article)
{
    xmlNode *b = n;
    while (b != article && !rd_html_is_block(b) && b->parent && b->parent->type == XML_ELEMENT_NODE)
        b = b->parent;
    if (b == n)
        return true;
    char *bt = rd_html_text_dup(a, b);
    bt = rd_html_squash(a, bt, strlen(bt));
    if (strcmp(bt, t) == 0)
        return true;
    for (const xmlNode *p = b; p && p != article && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (named_caption(p))
            return true;
    return false;
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

/* Is n, or an element between it and box, named a caption or a credit? */
static bool
captioned(const xmlNode *n, const xmlNode *box)
{
    for (const xmlNode *p = n; p && p != box; p = p->parent)
        if (named_caption(p))
            return true;
    return false;
}

/* Is c a word's edge in text (the end, or a character no word holds)? */
static bool
word_edge(char c)
{
    return c == '\0' || (!isalnum((unsigned char)c) && !((unsigned char)c & 0x80));
}

/* Does caption line `line` say t already: the whole line, or its start or
 * its end cut at a word's edge? */
static bool
says(const char *line, const char *t)
{
    size_t ll = strlen(line), tl = strlen(t);
    if (tl > ll)
        return false;
    if (strncmp(line, t, tl) == 0 && word_edge(line[tl]))
        return true;
    return strcmp(line + ll - tl, t) == 0 && (ll == tl || word_edge(line[ll - tl - 1]));
}

/* The lines of one picture's block, in order: an element with text and
 * no line inside it. A caption or credit line that an earlier caption or
 * credit line of the block says already goes. */
static void
drop_copies(arena *a, xmlNode *box, rd_html_list *gone)
{
    const char *said[LINES_MAX];
    size_t n_said = 0;
    for (xmlNode *n = rd_html_next(box, box, true); n;) {
        if (n->type != XML_ELEMENT_NODE || !rd_html_has_text(n) || holds_block(n)) {
            n = rd_html_next(n, box, true);
            continue;
        }
        if (own_picture(n, box) || !captioned(n, box)) {
            n = rd_html_next(n, box, false);
            continue;
        }
        char *t = rd_html_text_dup(a, n);
        t = rd_html_squash(a, t, strlen(t));
        bool copy = false;
        for (size_t i = 0; i < n_said && !copy && strlen(t) >= COPY_CHARS_MIN; i++)
            copy = says(said[i], t);
        if (copy)
            rd_html_list_push(gone, n);
        else if (n_said < LINES_MAX)
            said[n_said++] = t;
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
        if (n->type == XML_ELEMENT_NODE && marked_button(n) && rd_html_text_len_max(n, 32) < 32) {
            char *t = rd_html_text_dup(a, n);
            t = rd_html_squash(a, t, strlen(t));
            if (caption_button(t) && own_line_or_caption(a, n, t, article)) {
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
