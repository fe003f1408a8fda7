/*
 * theme_credit.c - a declared author that is the maker of the site's
 * theme ("<meta name=author content='Jane Roe'>" written by the theme
 * itself, with "Theme by Jane Roe" in the page's footer), not the writer
 * of the article.
 *
 * Some blog themes print their designer's name in a <meta name=author>
 * on every page they serve, whoever wrote the post. The page shows the
 * mistake plainly: the name appears only in a credit for the look of the
 * site ("Theme by", "Design by", "Template by") set apart from the
 * article, in its footer or credits block. Only then is the name dropped.
 * Any other sign of the name keeps it: a byline or copyright line with
 * the name or a word of it ("Posted by jane", "(c) Jane Roe"), a picture
 * or link labelled with it (an author box, the site's logo), the <title>
 * or a second declaration (og:site_name, article:author). A designer's
 * own site, or a blogger who made their own theme, keeps its author.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define CREDIT_TEXT_MAX 120 /* a footer's credit line, not a paragraph */

/* The words that credit a site's look just before the maker's name. */
static const char *const look_credits[] = {"theme by",      "theme designed by", "design by",
                                           "designed by",   "template by",       "webdesign by",
                                           "web design by", "theme from",        NULL};

/* A blog platform's name may lead the credit ("WordPress theme by"). */
static const char *const platforms[] = {"wordpress ", "blogger ", NULL};

/* Where the article's own text is: a credit there is the article's
 * ("Garden design by Jane Roe"), never the site's. */
static const char *const article_parts[] = {"entry-content",   "post-content", "article-body",
                                            "article-content", "articlebody",  NULL};

/* Where a site's credits stand apart from the article. */
static const char *const credit_parts[] = {"footer",   "credit",    "copyright",
                                           "colophon", "site-info", NULL};

/* Is the character at p punctuation or a space: ASCII other than a
 * letter or digit, a Latin-1 sign or the no-break space (U+00A0..00BF),
 * or general punctuation (U+2000..206F: dashes, quotes, "•")? Letters of
 * other scripts are part of a word. */
static bool
mark_at(const unsigned char *p)
{
    if (*p < 0x80)
        return !isalnum(*p);
    return *p == 0xC2 || (*p == 0xE2 && (p[1] == 0x80 || p[1] == 0x81));
}

/* Does a word end just before p (s being the text's start)? */
static bool
mark_before(const char *s, const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t back = (size_t)(p - s);
    if (!back || u[-1] < 0x80)
        return !back || !isalnum(u[-1]);
    return (back >= 2 && u[-2] == 0xC2) ||
           (back >= 3 && u[-3] == 0xE2 && (u[-2] == 0x80 || u[-2] == 0x81));
}

/* Does s hold w at `at` as a whole word or words, case aside? */
static bool
word_at(const char *s, const char *at, const char *w)
{
    size_t n = strlen(w);
    return strncasecmp(at, w, n) == 0 && mark_before(s, at) &&
           (!at[n] || mark_at((const unsigned char *)at + n));
}

/* The first place s holds w as whole words, case aside, or NULL. */
static const char *
find_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = s; n && *p; p++)
        if (word_at(s, p, w))
            return p;
    return NULL;
}

/* How often s holds w as a whole word, case aside. */
static size_t
count_word(const char *s, const char *w)
{
    size_t k = 0;
    for (const char *p = find_word(s, w); p; p = find_word(p + strlen(w), w))
        k++;
    return k;
}

/* Is pre (squashed) a look credit that starts its line or a part of it
 * set off by a mark ("(c) 2021 · Design by"), not the end of a sentence
 * ("Interior design by", "The pattern, designed by")? */
static bool
credit_phrase(const char *pre)
{
    size_t pl = strlen(pre);
    for (size_t i = 0; look_credits[i]; i++) {
        size_t n = strlen(look_credits[i]);
        if (pl < n || strcasecmp(pre + pl - n, look_credits[i]) != 0)
            continue;
        size_t lead = pl - n;
        for (size_t j = 0; platforms[j]; j++) {
            size_t m = strlen(platforms[j]);
            if (lead >= m && strncasecmp(pre + lead - m, platforms[j], m) == 0) {
                lead -= m;
                break;
            }
        }
        while (lead && pre[lead - 1] == ' ')
            lead--;
        if (!lead || strchr("|.-", pre[lead - 1]))
            return true;
        /* "·", "•", "–", "—" end in these bytes */
        if (lead >= 2 && strncmp(pre + lead - 2, "\xc2\xb7", 2) == 0)
            return true;
        if (lead >= 3 && (strncmp(pre + lead - 3, "\xe2\x80\xa2", 3) == 0 ||
                          strncmp(pre + lead - 3, "\xe2\x80\x93", 3) == 0 ||
                          strncmp(pre + lead - 3, "\xe2\x80\x94", 3) == 0))
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

/* Does the name end at `end`: the end of the text or a mark, not a
 * longer name ("Jane Roe Studio")? */
static bool
name_ends(const char *end)
{
    while (*end == ' ' || *end == '\n' || *end == '\t' || *end == '\r')
        end++;
    return !*end || mark_at((const unsigned char *)end);
}

/* Is t in a footer or credits block apart from the article's text? */
static bool
in_credit_block(const xmlNode *t)
{
    bool credits = false;
    char lc[256];
    for (const xmlNode *n = t->parent; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        const char *role = rd_html_attr(n, "role");
        rd_html_class_id(n, lc, sizeof(lc));
        if (rd_html_is(n, "article") || rd_html_is(n, "main") ||
            (role && (strcasecmp(role, "main") == 0 || strcasecmp(role, "article") == 0)) ||
            rd_html_match(lc, article_parts))
            return false;
        credits = credits || rd_html_is(n, "footer") || rd_html_is(n, "aside") ||
                  (role && strcasecmp(role, "contentinfo") == 0) || rd_html_match(lc, credit_parts);
    }
    return credits;
}

/* Does a label (alt, title, a meta's content) hold the name? */
static bool
label_names(arena *a, const char *label, const char *name)
{
    return label && find_word(rd_html_squash(a, label, strlen(label)), name);
}

/* Does the page name `name` other than in the body's text: its <title>,
 * a second declaration, an alt or title label (an author box's picture,
 * the logo in the home link)? A link titled with its own text ("<a
 * title='Jane Roe'>Jane Roe</a>") says nothing more than its text. */
static bool
named_elsewhere(arena *a, xmlNode *root, const char *name)
{
    size_t declared = 0;
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (rd_html_is(n, "title") && label_names(a, rd_html_text_dup(a, n), name))
            return true;
        if (rd_html_is(n, "meta")) {
            const char *v = rd_html_attr(n, "content");
            if (v && strcasecmp(rd_html_squash(a, v, strlen(v)), name) == 0 && ++declared > 1)
                return true;
            continue;
        }
        if (label_names(a, rd_html_attr(n, "alt"), name))
            return true;
        const char *tt = rd_html_attr(n, "title");
        if (label_names(a, tt, name)) {
            const char *own = rd_html_text_dup(a, n);
            if (strcasecmp(rd_html_squash(a, own, strlen(own)),
                           rd_html_squash(a, tt, strlen(tt))) != 0)
                return true;
        }
    }
    return false;
}

/* The body element, or root when there is none. */
static xmlNode *
body_of(xmlNode *root)
{
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true))
        if (rd_html_is(n, "body"))
            return n;
    return root;
}

/* How often the text under root holds the word w, counted in each text
 * node (a word is not split between elements; blocks are). */
static size_t
mentions(xmlNode *root, const char *w)
{
    size_t k = 0;
    for (xmlNode *n = root; n;) {
        if (rd_html_is(n, "script") || rd_html_is(n, "style")) {
            n = rd_html_next(n, root, false);
            continue;
        }
        for (xmlNode *t = n->children; t; t = t->next)
            if (t->type == XML_TEXT_NODE && t->content)
                k += count_word((const char *)t->content, w);
        n = rd_html_next(n, root, true);
    }
    return k;
}

bool
rd_html_theme_credit(arena *a, xmlNode *root, const char *name)
{
    if (!root || !name || !name[0])
        return false;
    name = rd_html_squash(a, name, strlen(name));
    xmlNode *body = body_of(root);
    /* each mention of the name that is a look credit in the footer */
    size_t credits = 0;
    for (xmlNode *n = body; n;) {
        if (rd_html_is(n, "script") || rd_html_is(n, "style")) {
            n = rd_html_next(n, body, false);
            continue;
        }
        /* the walk visits elements; the name is in their text children */
        for (xmlNode *t = n->children; t; t = t->next) {
            if (t->type != XML_TEXT_NODE || !t->content)
                continue;
            const char *s = (const char *)t->content;
            for (const char *at = find_word(s, name); at; at = find_word(at + 1, name))
                if (name_ends(at + strlen(name)) && credit_phrase(words_before(a, t, at)) &&
                    in_credit_block(t))
                    credits++;
        }
        n = rd_html_next(n, body, true);
    }
    if (!credits || named_elsewhere(a, root, name))
        return false;
    /* every word of the name (a first name in "Posted by jane" too)
     * appears in the body's text only in those credits */
    for (const char *w = name; *w;) {
        size_t n = strcspn(w, " ");
        if (mentions(body, arena_strndup(a, w, n)) > credits)
            return false;
        w += n + (w[n] == ' ');
    }
    return true;
}
