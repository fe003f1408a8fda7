/*
 * home_title.c - the headline in a <title> that sets the site's name beside
 * it, when the site's own home link tells which part is the name.
 *
 * "Gefällt mir – jovelblog", "Homo Brandenburgensis | Landeszentrale für
 * politische Bildung": Readability's rules keep such a title whole, since a
 * short headline beside a short part may as well be the site's subject and
 * the site ("Mozilla - Wikipedia"), and a long part is not taken for a name.
 * The page says which part is the site's when its home link (a link to "/"
 * or to the site's bare address, or marked rel=home: the masthead, the
 * logo) carries that part as its text, its title or its logo's alt text.
 * Then the other part, the page's one h1, is the title.
 */
#include "html_int.h"

#include <string.h>
#include <strings.h>

/* A name longer than this is no site's name but a sentence. */
#define HOME_NAME_MAX_WORDS 10

/* Skip the spaces and separator marks at the start of s; *marks counts
 * the marks. */
static const char *
skip_seps(const char *s, size_t *marks)
{
    *marks = 0;
    for (;;) {
        size_t k;
        if (*s == ' ') {
            s++;
        } else if ((k = rd_html_title_sep_at(s)) != 0) {
            s += k;
            (*marks)++;
        } else {
            return s;
        }
    }
}

/* The same, backwards from the end of s[0..n): the length left. */
static size_t
skip_seps_back(const char *s, size_t n, size_t *marks)
{
    *marks = 0;
    while (n) {
        size_t k;
        if (s[n - 1] == ' ')
            n--;
        else if ((k = rd_html_title_sep_before(s, n)) != 0)
            n -= k, (*marks)++;
        else
            break;
    }
    return n;
}

/* Does a label (a link's text, title or alt) say `name`, case aside? */
static bool
same_name(arena *a, const char *label, const char *name)
{
    if (!label)
        return false;
    const char *l = rd_html_squash(a, label, strlen(label));
    return l[0] && strcasecmp(l, name) == 0;
}

bool
rd_html_rel_home(const char *rel)
{
    for (const char *p = rel; p && (p = strstr(p, "home")) != NULL; p += 4)
        if ((p == rel || p[-1] == ' ') && (p[4] == '\0' || p[4] == ' '))
            return true;
    return false;
}

/* Does some home link of the page carry `name`: its text, its title, or
 * the alt text or title of a picture in it? */
static bool
home_link_named(arena *a, xmlNode *root, const char *name, const char *page_url)
{
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (!rd_html_is(n, "a"))
            continue;
        bool home = rd_html_rel_home(rd_html_attr(n, "rel")) ||
                    rd_html_home_href(rd_html_attr(n, "href"), page_url);
        if (!home)
            continue;
        if (same_name(a, rd_html_text_dup(a, n), name) ||
            same_name(a, rd_html_attr(n, "title"), name))
            return true;
        for (xmlNode *d = rd_html_next(n, n, true); d; d = rd_html_next(d, n, true))
            if (rd_html_is(d, "img") && (same_name(a, rd_html_attr(d, "alt"), name) ||
                                         same_name(a, rd_html_attr(d, "title"), name)))
                return true;
    }
    return false;
}

/* The text of the page's one h1 that has words, or NULL when there are
 * none or several. */
static const char *
one_h1(arena *a, xmlNode *root)
{
    const char *one = NULL;
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (!rd_html_is(n, "h1") || !rd_html_has_text(n))
            continue;
        if (one)
            return NULL;
        const char *t = rd_html_text_dup(a, n);
        one = rd_html_squash(a, t, strlen(t));
    }
    return one;
}

const char *
rd_html_home_named_h1(arena *a, xmlNode *root, const char *title, const char *page_url)
{
    if (!title)
        return title;
    const char *h1 = one_h1(a, root);
    const char *t = rd_html_squash(a, title, strlen(title));
    size_t hl = h1 ? strlen(h1) : 0, tl = strlen(t), marks = 0;
    if (!hl || hl >= tl)
        return title;
    /* (the marks stand apart, spaced: "Apple-Pie Recipes" and "AC/DC"
       hold no site's name) */
    const char *name = NULL;
    if (strncmp(t, h1, hl) == 0 && t[hl] == ' ') {
        /* "Headline | Site" */
        name = skip_seps(t + hl, &marks);
        if (name[-1] != ' ')
            name = NULL;
    } else if (strcmp(t + tl - hl, h1) == 0 && t[tl - hl - 1] == ' ') {
        /* "Site | Headline" */
        size_t nl = skip_seps_back(t, tl - hl, &marks);
        name = nl && t[nl] == ' ' ? arena_strndup(a, t, nl) : NULL;
    }
    if (!name || !marks || !name[0] || rd_html_word_count(name) > HOME_NAME_MAX_WORDS)
        return title;
    return home_link_named(a, root, name, page_url) ? h1 : title;
}
