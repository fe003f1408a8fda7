/*
 * gutenberg.c - a Project Gutenberg book saved as HTML. The book sits
 * between the ebook's header (the title again, the terms of use, the
 * release date, the credits, "*** START OF THE PROJECT GUTENBERG EBOOK
 * ... ***") and its footer (the END line and the whole license). Neither
 * is the book's: they go before anything reads the page, so the release
 * date printed in the header is not taken for the book's date and no
 * license text can join the book. The title and author come from the
 * page's Dublin Core metadata, as for any page.
 *
 * Today's files mark both parts (`<section class="pg-boilerplate">`);
 * older ones set each in a <pre> holding the START or END line.
 */
#include <string.h>

#include "html_int.h"

/* Does a line of the text open with "*** START OF" or "*** END OF" and
 * name a Project Gutenberg ebook? (A tutorial's code that looks for the
 * line quotes it inside a line of its own.) */
static bool
license_line(const char *t)
{
    for (const char *p = t; (p = strstr(p, "*** ")) != NULL; p += 4) {
        const char *q = p;
        while (q > t && (q[-1] == ' ' || q[-1] == '\t'))
            q--;
        if (q > t && q[-1] != '\n')
            continue;
        const char *l = p + 4;
        if (strncmp(l, "START OF TH", 11) && strncmp(l, "END OF TH", 9))
            continue;
        const char *eol = strchr(l, '\n');
        const char *pg = strstr(l, "PROJECT GUTENBERG EBOOK");
        if (pg && (!eol || pg < eol))
            return true;
    }
    return false;
}

/* The header or the license of an older file: a <pre> of the body's own
 * whose text ends at the START line or begins at the END line. (A book
 * set whole in one <pre>, a tutorial's sample header inside its article,
 * stay.) */
static bool
license_pre(xmlNode *n)
{
    if (!rd_html_is(n, "pre") || !n->parent || !rd_html_is(n->parent, "body"))
        return false;
    xmlChar *t = xmlNodeGetContent(n);
    const char *s = (const char *)t;
    bool found = false;
    if (s && license_line(s)) {
        const char *st = strstr(s, "*** START OF TH");
        const char *en = strstr(s, "*** END OF TH");
        found = st && en ? false : (st && strlen(st) < 200) || (en && en - s < 300);
    }
    xmlFree(t);
    return found;
}

void
rd_html_gutenberg(xmlNode *root)
{
    xmlNode *n = rd_html_next(root, root, true);
    while (n) {
        if (n->type == XML_ELEMENT_NODE &&
            (rd_html_has_class(n, "pg-boilerplate") || license_pre(n))) {
            xmlNode *nx = rd_html_next(n, root, false);
            rd_html_remove(n);
            n = nx;
            continue;
        }
        n = rd_html_next(n, root, true);
    }
}
