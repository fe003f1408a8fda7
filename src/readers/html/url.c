/*
 * url.c - URLs in a page: resolving relative references against the
 * article's source (or <base>), refusing executable schemes, and finding
 * local image files next to a saved page ("page.html" + "page_files/").
 */
#include "html_int.h"

#include <ctype.h>
#include <libxml/uri.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/fs.h"

static const char *
skip_space(const char *u)
{
    while (*u && (isspace((unsigned char)*u) || (unsigned char)*u < 0x20))
        u++;
    return u;
}

/* The scheme, lowercased, with tabs/newlines inside it ignored (browsers
 * ignore them, so "java\tscript:" must be caught too). */
static void
scheme_of(const char *u, char *out, size_t cap)
{
    size_t k = 0;
    u = skip_space(u);
    for (; *u && k + 1 < cap; u++) {
        if (*u == '\t' || *u == '\n' || *u == '\r')
            continue;
        if (*u == ':') {
            out[k] = '\0';
            return;
        }
        if (!isalnum((unsigned char)*u) && *u != '+' && *u != '-' && *u != '.')
            break;
        out[k++] = (char)tolower((unsigned char)*u);
    }
    out[0] = '\0';
}

bool
rd_html_url_unsafe(const char *url)
{
    char sch[32];
    scheme_of(url, sch, sizeof(sch));
    return !strcmp(sch, "javascript") || !strcmp(sch, "vbscript") || !strcmp(sch, "data") ||
           !strcmp(sch, "file") || !strcmp(sch, "livescript") || !strcmp(sch, "mocha");
}

bool
rd_html_url_remote(const char *url)
{
    url = skip_space(url);
    return strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0 ||
           strncmp(url, "//", 2) == 0;
}

const char *
rd_html_resolve(rd_html_ctx *c, const char *ref)
{
    ref = skip_space(ref);
    char *r = rd_html_squash(c->scratch, ref, strlen(ref));
    if (!c->base || !r[0] || r[0] == '#')
        return arena_strdup(c->a, r);
    xmlChar *u = xmlBuildURI(BAD_CAST r, BAD_CAST c->base);
    if (!u)
        return arena_strdup(c->a, r);
    const char *out = arena_strdup(c->a, (const char *)u);
    xmlFree(u);
    return out;
}

const char *
rd_html_local_image(rd_html_ctx *c, const char *src)
{
    if (!src || !src[0] || rd_html_url_remote(src) || rd_html_url_unsafe(src))
        return NULL;
    char sch[32];
    scheme_of(src, sch, sizeof(sch));
    if (sch[0])
        return NULL; /* some other scheme */
    char *rel = fs_url_path(c->scratch, skip_space(src));
    if (!rel || !rel[0] || rel[0] == '/')
        return NULL;
    const char *p = fs_join(c->scratch, c->dir, rel);
    if (fs_is_file(p) && fs_is_inside(c->dir, p))
        return arena_strdup(c->a, p);
    /* A browser's "Save page as" puts images in NAME_files/. */
    const char *base = fs_basename(c->path);
    const char *dot = strrchr(base, '.');
    size_t stem = dot ? (size_t)(dot - base) : strlen(base);
    const char *leaf = fs_basename(rel);
    const char *alt = arena_printf(c->scratch, "%s/%.*s_files/%s", c->dir, (int)stem, base, leaf);
    if (fs_is_file(alt) && fs_is_inside(c->dir, alt))
        return arena_strdup(c->a, alt);
    return NULL;
}

/* Length of the scheme and host of an absolute address ("https://a.org"
 * of "https://a.org/x"), 0 for a relative one. */
static size_t
origin_len(const char *u)
{
    const char *p = u ? strstr(u, "://") : NULL;
    if (!p || strcspn(u, ":/") != (size_t)(p - u))
        return 0;
    return (size_t)(p + 3 - u) + strcspn(p + 3, "/?#");
}

/* An address that is this site's home page: "/", or the page's own
 * scheme and host with no path ("https://example.org/" on a page of
 * example.org). Another site's home ("https://tool.org/" in a roundup of
 * links) is a link like any other. */
bool
rd_html_home_href(const char *href, const char *page_url)
{
    if (!href)
        return false;
    if (strcmp(href, "/") == 0 || strcmp(href, "./") == 0)
        return true;
    size_t o = origin_len(href), po = origin_len(page_url);
    if (!o || o != po || strncasecmp(href, page_url, o) != 0)
        return false;
    return !href[o] || strcmp(href + o, "/") == 0;
}
