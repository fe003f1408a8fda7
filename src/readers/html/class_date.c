/*
 * class_date.c - the date a page prints in an element its template names
 * for a date ("<li class="content__meta__date">19.07.2022</li>", "<span
 * class="entry-date">March 3, 2021</span>"), for a page that declares no
 * date in its metadata.
 *
 * Such templates mark the printed day with a class or id that says
 * "date". The date wanted is the article's, so the element must stand in
 * the article's own container (the <article> or <main> around the title
 * heading), before the article's prose: once a line of prose has begun
 * (100 characters of text in one block, a <p> or a bare <div>), later
 * dates belong to comments and teasers, and the search stops. Inside the
 * container, a box named for other things (a sidebar, related stories, a
 * teaser or card, an event, a comment) holds their dates, not the
 * article's. The element's whole text must read as a date with its year
 * (a short "Mar 05" or a "Date:" label is not enough), and it must not
 * stand in navigation, a link (a teaser's day) or a picture's frame (the
 * day the picture was taken). An element named for the day something was
 * updated or modified is passed over: the day of publication is the one
 * wanted. This is the last resort for the date (meta.c).
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define DATE_TEXT_MAX 40 /* "Thursday, 19 September 2022, 10:15" fits */
#define PROSE_CHARS 100  /* a line this long is the article's text */

/* Inside an element whose dates are not the page's own. */
static bool
in_other(const xmlNode *n)
{
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        const char *role = rd_html_attr(p, "role");
        if (rd_html_is(p, "nav") || rd_html_is(p, "footer") || rd_html_is(p, "a") ||
            rd_html_is(p, "figure") || rd_html_is(p, "figcaption") ||
            (role && strcasecmp(role, "navigation") == 0))
            return true;
    }
    return false;
}

/* n, or a box between it and the container, is named for things other
 * than the article ("sidebar", "related", "comment-date", "card-date"). */
static bool
in_others_box(const xmlNode *n, const xmlNode *box)
{
    static const char *const others[] = {"sidebar", "related", "teaser", "card",
                                         "event",   "comment", NULL};
    for (const xmlNode *p = n; p && p != box; p = p->parent) {
        char lc[256];
        rd_html_class_id(p, lc, sizeof(lc));
        if (rd_html_match(lc, others))
            return true;
    }
    return false;
}

/* Is n a line of prose: a block holding 100 characters of text and no
 * block of its own with text (a <p>, or a <div> a page writes its
 * paragraphs in)? */
static bool
prose_line(xmlNode *n)
{
    if (!rd_html_is_block(n) || rd_html_text_len_max(n, PROSE_CHARS) < PROSE_CHARS || in_other(n))
        return false;
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is_block(e) && rd_html_has_text(e))
            return false;
    return true;
}

/* The <article> or <main> around the page's title heading (its first <h1>
 * standing in one), or NULL: without it no date is surely the article's. */
static xmlNode *
title_container(xmlNode *root)
{
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (!rd_html_is(n, "h1"))
            continue;
        for (xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
            const char *role = rd_html_attr(p, "role");
            if (rd_html_is(p, "article") || rd_html_is(p, "main") ||
                (role && strcasecmp(role, "main") == 0))
                return p;
        }
    }
    return NULL;
}

/* Four digits in a row: the year the date must name. */
static bool
has_year(const char *t)
{
    size_t run = 0;
    for (; *t; t++) {
        run = isdigit((unsigned char)*t) ? run + 1 : 0;
        if (run == 4 && !isdigit((unsigned char)t[1]))
            return true;
    }
    return false;
}

/* The class and id say "date", and not a day of change. */
static bool
named_date(const xmlNode *n)
{
    static const char *const dates[] = {"date", NULL};
    static const char *const changes[] = {"updat", "modif", "edited", NULL};
    char lc[256];
    rd_html_class_id(n, lc, sizeof(lc));
    return rd_html_match(lc, dates) && !rd_html_match(lc, changes);
}

const char *
rd_html_class_date(arena *a, xmlNode *root)
{
    xmlNode *box = title_container(root);
    if (!box)
        return NULL;
    for (xmlNode *n = rd_html_next(box, box, true); n; n = rd_html_next(n, box, true)) {
        if (n->type != XML_ELEMENT_NODE || rd_html_is(n, "script") || rd_html_is(n, "style"))
            continue;
        if (prose_line(n))
            return NULL; /* the prose began: later dates are others' */
        if (!named_date(n))
            continue;
        size_t len = rd_html_text_len_max(n, DATE_TEXT_MAX + 1);
        if (len == 0 || len > DATE_TEXT_MAX || in_other(n) || in_others_box(n, box))
            continue;
        char *t = rd_html_text_dup(a, n);
        t = rd_html_squash(a, t, strlen(t));
        const char *d = has_year(t) ? rd_html_date(a, t) : NULL;
        if (d)
            return d;
    }
    return NULL;
}
