/*
 * self_links.c - links to places of the page written with the page's full
 * address become in-page links.
 *
 * A saved page often has its in-page links rewritten as absolute URLs:
 * a browser's or a wiki's export turns href="#cite_note-2" into
 * href="https://en.wikipedia.org/wiki/Page#cite_note-2". Read as they
 * stand, footnote marks stop being footnotes (notes.c pairs in-page
 * links), a page's contents box is no longer seen as one
 * (page_contents.c), and the book's links leave it for the web. So before
 * anything else reads the links, those aiming at this very page are
 * written back as "#x".
 *
 * "This very page" is the address the page gives itself (canonical,
 * og:url, the saving tool's note: meta.c's source). A page that gives
 * none is known by its links: the address (scheme, fragment and trailing
 * slash aside) that at least three links pair with the id of an element
 * of this page, and that holds most such links. A link is rewritten only
 * when its fragment names an element of the page, so a link to another
 * part of a site that happens to share the address is left alone.
 */
#include "html_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Links fewer than this, aiming at the page's own ids, say nothing about
 * an address the page did not give. */
#define SELF_MIN_LINKS 3

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct self_link self_link;
static int cmp_page(const void *a, const void *b);

/* The part of an absolute http(s) URL that names a page: no scheme, no
 * fragment, no trailing slash; its length, 0 for anything else. */
static size_t
page_part(const char *u, const char **start)
{
    while (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r')
        u++;
    if (strncasecmp(u, "https://", 8) == 0)
        u += 8;
    else if (strncasecmp(u, "http://", 7) == 0)
        u += 7;
    else
        return 0;
    size_t n = strcspn(u, "#");
    while (n > 0 && u[n - 1] == '/')
        n--;
    *start = u;
    return n;
}

struct self_link {
    char *href;       /* the attribute's own text, rewritten in place */
    const char *page; /* page_part's start */
    size_t len;
    const char *frag; /* after the '#' */
};

static int
cmp_page(const void *a, const void *b)
{
    const self_link *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return memcmp(x->page, y->page, x->len);
}

void
rd_html_self_links(rd_html_ctx *c, xmlNode *root)
{
    if (!root)
        return;
    /* the page's ids, sorted for lookup, and its absolute links with a
       fragment */
    size_t n_ids = 0, cap_ids = 0, n_links = 0, cap_links = 0;
    const char **ids = NULL;
    self_link *links = NULL;
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *id = rd_html_attr(n, "id");
        if (!id && rd_html_is(n, "a"))
            id = rd_html_attr(n, "name");
        if (id && id[0]) {
            if (n_ids == cap_ids) {
                size_t nc = cap_ids ? cap_ids * 2 : 64;
                ids = arena_realloc(c->scratch, ids, cap_ids * sizeof *ids, nc * sizeof *ids);
                cap_ids = nc;
            }
            ids[n_ids++] = id;
        }
        const char *href = rd_html_is(n, "a") ? rd_html_attr(n, "href") : NULL;
        const char *hash = href ? strchr(href, '#') : NULL;
        const char *pg;
        size_t len;
        if (!hash || !hash[1] || !(len = page_part(href, &pg)))
            continue;
        if (n_links == cap_links) {
            size_t nc = cap_links ? cap_links * 2 : 32;
            links = arena_realloc(c->scratch, links, cap_links * sizeof *links,
                                  nc * sizeof *links);
            cap_links = nc;
        }
        links[n_links++] = (self_link){(char *)href, pg, len, hash + 1};
    }
    if (!n_links || !n_ids)
        return;
    qsort(ids, n_ids, sizeof *ids, cmp_str);
    bool *local = arena_alloc(c->scratch, n_links * sizeof *local);
    size_t n_local = 0;
    for (size_t i = 0; i < n_links; i++) {
        local[i] = bsearch(&links[i].frag, ids, n_ids, sizeof *ids, cmp_str) != NULL;
        n_local += local[i];
    }
    if (!n_local)
        return;

    /* the page's own address: the one it gives, else the one its links
       to its own ids mostly use (counted over those links sorted) */
    const char *own = NULL;
    size_t own_len = 0;
    if (c->meta && c->meta->source)
        own_len = page_part(c->meta->source, &own);
    if (!own_len) {
        self_link *l = arena_alloc(c->scratch, n_local * sizeof *l);
        for (size_t i = 0, k = 0; i < n_links; i++)
            if (local[i])
                l[k++] = links[i];
        qsort(l, n_local, sizeof *l, cmp_page);
        size_t best = 0;
        for (size_t i = 0, j; i < n_local; i = j) {
            for (j = i + 1; j < n_local && cmp_page(&l[i], &l[j]) == 0; j++)
                ;
            if (j - i > best) {
                best = j - i;
                own = l[i].page;
                own_len = l[i].len;
            }
        }
        if (best < SELF_MIN_LINKS || best * 2 <= n_local)
            return;
    }
    own = arena_strndup(c->scratch, own, own_len); /* it may lie in a link rewritten below */
    for (size_t i = 0; i < n_links; i++) {
        if (!local[i] || links[i].len != own_len || memcmp(links[i].page, own, own_len) != 0)
            continue;
        /* in place: "#x" is the tail of the address, and the attribute's
           text may be held elsewhere already (meta.c read the page);
           libxml2 gives each attribute its own copy, shared with no node */
        const char *hash = links[i].frag - 1;
        memmove(links[i].href, hash, strlen(hash) + 1);
    }
}
