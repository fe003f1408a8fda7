/*
 * wayback.c - a page saved from the Internet Archive's Wayback Machine.
 * Articles that left the web are collected from the archive, and the copy
 * carries the archive's frame: a toolbar (calendar, capture counts, "About
 * this capture"), a print line ("The Wayback Machine - https://...") that
 * only the archive's style sheet hides, and every address rewritten to go
 * through the archive ("https://web.archive.org/web/20230101000000/
 * https://example.org/a", or "/web/20230101000000im_/..." for a picture).
 *
 * The frame is the archive's, not the article's: it is taken out, and each
 * address is given back as the page wrote it, so the book's links, its
 * source and relative links resolved against it name the original page.
 * Only a page the archive framed is touched: an article that links to an
 * archived copy on purpose keeps that link.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "html_int.h"

/* The archive's own elements around the page, by the ids it gives them:
 * its toolbar's (which also tell a framed page), and with them its
 * donation banner's. */
static bool
frame_element(const xmlNode *n, bool toolbar_only)
{
    static const char *const ids[] = {"wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato", NULL};
    const char *id = rd_html_attr(n, "id");
    for (size_t i = 0; id && ids[i]; i++)
        if (!strcmp(id, ids[i]))
            return !toolbar_only || strcmp(id, "donato") != 0;
    return false;
}

static bool
find_frame(const xmlNode *n, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (frame_element(n, true) || (depth < 64 && find_frame(n->children, depth + 1)))
            return true;
    }
    return false;
}

static bool
has_bytes(const char *s, size_t len, const char *m)
{
    size_t n = strlen(m);
    for (const char *p = s; n <= len && (size_t)(p - s) <= len - n;) {
        const char *f = memchr(p, m[0], len - n + 1 - (size_t)(p - s));
        if (!f)
            return false;
        if (!memcmp(f, m, n))
            return true;
        p = f + 1;
    }
    return false;
}

/* The markers the archive writes into a page it serves (comments, which
 * parsing drops, and its scripts' addresses). */
static bool
framed(const rd_html_ctx *c, const xmlNode *root)
{
    static const char *const marks[] = {"BEGIN WAYBACK TOOLBAR INSERT",
                                        "End Wayback Rewrite JS Include", NULL};
    for (size_t i = 0; c->raw && marks[i]; i++)
        if (has_bytes(c->raw, c->raw_len, marks[i]))
            return true;
    return find_frame(root, 0);
}

/* The original address inside an archive address, into the arena; NULL
 * when u is none. A listing of captures ("/web/2023*" + "/...") is no
 * page and stays as it is. */
static const char *
original(arena *a, const char *u)
{
    const char *p = u;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    const char *start = p;
    if (!strncasecmp(p, "https:", 6))
        p += 6;
    else if (!strncasecmp(p, "http:", 5))
        p += 5;
    if (p[0] == '/' && p[1] == '/') {
        static const char *const hosts[] = {"web.archive.org", "wayback.archive.org", NULL};
        bool host = false;
        for (size_t i = 0; hosts[i] && !host; i++) {
            size_t n = strlen(hosts[i]);
            if (!strncasecmp(p + 2, hosts[i], n) && (p[2 + n] == '/' || p[2 + n] == ':')) {
                p += 2 + n;
                host = true;
            }
        }
        if (!host)
            return NULL;
        if (*p == ':') /* a port */
            while (*p && *p != '/')
                p++;
    } else if (p != start) {
        return NULL; /* "http:/web/..." */
    }
    if (strncmp(p, "/web/", 5) != 0)
        return NULL;
    p += 5;
    size_t digits = 0;
    while (isdigit((unsigned char)p[digits]))
        digits++;
    if (digits == 0 || digits > 14)
        return NULL;
    p += digits;
    if (islower((unsigned char)p[0]) && islower((unsigned char)p[1]) && p[2] == '_')
        p += 3; /* "im_", "js_", "if_": how the archive serves it */
    if (*p != '/')
        return NULL;
    p++;
    /* The archive folds "http://" to "http:/" in some addresses. */
    size_t scheme = !strncasecmp(p, "https:/", 7) ? 6 : !strncasecmp(p, "http:/", 6) ? 5 : 0;
    if (scheme && p[scheme + 1] != '/')
        return arena_printf(a, "%.*s//%s", (int)scheme, p, p + scheme + 1);
    if (scheme)
        return arena_strdup(a, p);
    if (!*p || *p == '/' || strcspn(p, ":/") < strcspn(p, "/"))
        return NULL;                        /* ("mailto:", another scheme: left as it is) */
    return arena_printf(a, "http://%s", p); /* "/web/2023/example.org/a" */
}

static void
unwrap_attr(rd_html_ctx *c, xmlNode *n, const char *name)
{
    const char *v = rd_html_attr(n, name);
    const char *o = v ? original(c->scratch, v) : NULL;
    if (o)
        xmlSetProp(n, (const xmlChar *)name, (const xmlChar *)o);
}

static void
unwrap(rd_html_ctx *c, xmlNode *n, int depth)
{
    static const char *const attrs[] = {"href", "src", "cite", "poster", "action", NULL};
    xmlNode *next;
    for (; n; n = next) {
        next = n->next;
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (frame_element(n, false)) {
            xmlUnlinkNode(n);
            xmlFreeNode(n);
            continue;
        }
        for (size_t i = 0; attrs[i]; i++)
            unwrap_attr(c, n, attrs[i]);
        if (rd_html_is(n, "meta"))
            unwrap_attr(c, n, "content"); /* og:url */
        if (depth < RD_HTML_MAX_DEPTH)
            unwrap(c, n->children, depth + 1);
    }
}

void
rd_html_wayback(rd_html_ctx *c, xmlNode *root)
{
    if (root && framed(c, root))
        unwrap(c, root, 0);
}
