/*
 * dek.c - the dek (standfirst, subtitle) printed under a page's headline.
 *
 * A page sets it in its own element right under the h1, marked as what it
 * is ("subtitle", "dek", "standfirst") or saying word for word what the
 * page declares as its description. Extraction often drops it with the
 * header around the title; the article's opening block then shows it
 * under the title, as the page did. Text the article keeps is no dek.
 */
#include "html_int.h"

#include <string.h>

/* A dek is a sentence or two, not a paragraph of the text. */
#define DEK_MIN 20
#define DEK_MAX 320

/* Words of a class or id that name a dek ("post-subtitle", "c-dek"). */
static bool
dek_named(const xmlNode *n)
{
    static const char *const words[] = {"subtitle",  "sub-title",   "subhead",
                                        "dek",       "deck",        "standfirst",
                                        "strapline", "subheadline", "kicker-sub"};
    char ci[256];
    rd_html_class_id(n, ci, sizeof ci);
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        const char *p = ci;
        size_t wl = strlen(words[i]);
        while ((p = strstr(p, words[i])) != NULL) {
            /* a whole word of the name: "c-dek", not "desktop" or "deckchair" */
            bool start = p == ci || !((p[-1] >= 'a' && p[-1] <= 'z'));
            bool end = !(p[wl] >= 'a' && p[wl] <= 'z');
            if (start && end)
                return true;
            p += wl;
        }
    }
    return false;
}

/* The h1 whose text is the title. */
static xmlNode *
title_h1(arena *a, xmlNode *root, const char *title)
{
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (!rd_html_is(n, "h1") || !rd_html_has_text(n))
            continue;
        const char *t = rd_html_text_dup(a, n);
        if (!strcmp(rd_html_squash(a, t, strlen(t)), title))
            return n;
    }
    return NULL;
}

const char *
rd_html_find_dek(arena *a, xmlNode *root, const char *title, const char *description)
{
    if (!root || !title || !title[0])
        return NULL;
    xmlNode *h1 = title_h1(a, root, title);
    if (!h1)
        return NULL;
    /* the first element with words after the h1, in reading order */
    xmlNode *n = rd_html_next(h1, root, false);
    while (n && (n->type != XML_ELEMENT_NODE || !rd_html_has_text(n)))
        n = rd_html_next(n, root, true);
    /* (down to the innermost element holding all its words) */
    while (n) {
        xmlNode *only = NULL;
        size_t with_text = 0;
        for (xmlNode *ch = n->children; ch; ch = ch->next) {
            if (ch->type == XML_TEXT_NODE && !rd_html_blank_text(ch))
                with_text += 2;
            else if (ch->type == XML_ELEMENT_NODE && rd_html_has_text(ch))
                with_text++, only = ch;
        }
        if (with_text != 1 || dek_named(n))
            break;
        n = only;
    }
    if (!n)
        return NULL;
    static const char *const kinds[] = {"h2", "h3", "h4", "h5", "h6", "p", "div", "span"};
    bool kind = false;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds && !kind; i++)
        kind = rd_html_is(n, kinds[i]);
    size_t len = rd_html_text_len_max(n, DEK_MAX);
    if (!kind || len < DEK_MIN || len > DEK_MAX)
        return NULL;
    const char *t = rd_html_text_dup(a, n);
    t = rd_html_squash(a, t, strlen(t));
    bool described = description && !strcmp(t, description);
    return dek_named(n) || described ? t : NULL;
}
