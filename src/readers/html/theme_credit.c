/*
 * theme_credit.c - a declared author that is the maker of the site's
 * theme ("<meta name=author content='Jane Roe'>" written by the theme
 * itself, with "Theme by Jane Roe" in the page's footer), not the writer
 * of the article.
 *
 * Some blog themes print their designer's name in a <meta name=author>
 * on every page they serve, whoever wrote the post. The page shows the
 * mistake plainly: the name appears in its text only in a short credit
 * for the look of the site ("Theme by", "Design by", "Template by").
 * Only then is the name dropped: a blogger who made their own theme and
 * signs the post, the sidebar or the copyright line elsewhere keeps it.
 */
#include "html_int.h"

#include <string.h>
#include <strings.h>

#define CREDIT_TEXT_MAX 120 /* a footer's credit line, not a paragraph */

/* The words that credit a site's look just before the maker's name. */
static const char *const look_credits[] = {
    "theme by",     "design by",     "designed by", "template by",
    "webdesign by", "web design by", "theme from",  NULL};

/* Does pre (squashed) end with a look credit, as a word? */
static bool
ends_with_credit(const char *pre)
{
    size_t pl = strlen(pre);
    for (size_t i = 0; look_credits[i]; i++) {
        size_t n = strlen(look_credits[i]);
        if (pl >= n && strcasecmp(pre + pl - n, look_credits[i]) == 0 &&
            (pl == n || pre[pl - n - 1] == ' '))
            return true;
    }
    return false;
}

/* The words just before the name at `at` in the text node t: the node's
 * own text before it, or when the name starts the node (a link around the
 * name, "Theme by <a>Jane Roe</a>"), the text of the node before it, up
 * through the short inline elements that hold the name first. */
static const char *
words_before(arena *a, const xmlNode *t, const char *at)
{
    const char *s = (const char *)t->content;
    char *pre = rd_html_squash(a, s, (size_t)(at - s));
    if (pre[0])
        return pre;
    const xmlNode *n = t;
    while (!n->prev && n->parent && n->parent->type == XML_ELEMENT_NODE &&
           rd_html_text_len_max(n->parent, CREDIT_TEXT_MAX) < CREDIT_TEXT_MAX)
        n = n->parent;
    if (!n->prev)
        return "";
    char *p = n->prev->type == XML_TEXT_NODE && n->prev->content ? (char *)n->prev->content
                                                                 : rd_html_text_dup(a, n->prev);
    return rd_html_squash(a, p, strlen(p));
}

bool
rd_html_theme_credit(arena *a, xmlNode *root, const char *name)
{
    if (!root || !name || !name[0])
        return false;
    size_t credits = 0, others = 0;
    for (xmlNode *n = root; n;) {
        if (rd_html_is(n, "head") || rd_html_is(n, "script") || rd_html_is(n, "style")) {
            n = rd_html_next(n, root, false);
            continue;
        }
        /* the walk visits elements; the name is in their text children */
        for (xmlNode *t = n->children; t; t = t->next) {
            if (t->type != XML_TEXT_NODE || !t->content || !strstr((const char *)t->content, name))
                continue;
            const char *s = (const char *)t->content;
            bool credit = false;
            for (const char *at = strstr(s, name); at && !credit; at = strstr(at + 1, name))
                credit = ends_with_credit(words_before(a, t, at));
            if (credit)
                credits++;
            else
                others++;
        }
        n = rd_html_next(n, root, true);
    }
    return credits > 0 && others == 0;
}
