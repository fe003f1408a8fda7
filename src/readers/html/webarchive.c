/*
 * webarchive.c - Safari's web archives (.webarchive, what "Save As" writes
 * on a Mac): a property list (binary, or XML in old ones) holding the page
 * (WebMainResource: its bytes, URL, type and text encoding) and what it
 * loaded (WebSubresources: each with its URL, type and bytes). libplist
 * reads the list; the page is read as a saved page, and the pictures of
 * the kinds both writers take come from the archive by their URL (see
 * mhtml.c, which does the same for a browser's MIME archives). Frames
 * (WebSubframeArchives) are left; nothing is fetched.
 *
 * A property list has no lines: the page's diagnostics carry none.
 */
#include "html_int.h"

#include <plist/plist.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

/* Most subresources read: a page loads a few hundred at most. */
#define WEBARCHIVE_MAX_RESOURCES 4096

/* A string value of dict's key, malloc'd by libplist, or NULL. */
static char *
str_of(plist_t dict, const char *key)
{
    plist_t v = dict ? plist_dict_get_item(dict, key) : NULL;
    char *s = NULL;
    if (v && plist_get_node_type(v) == PLIST_STRING)
        plist_get_string_val(v, &s);
    return s;
}

/* The data value of dict's key (libplist's copy, malloc'd), or NULL. */
static char *
data_of(plist_t dict, const char *key, uint64_t *len)
{
    plist_t v = dict ? plist_dict_get_item(dict, key) : NULL;
    char *s = NULL;
    *len = 0;
    if (v && plist_get_node_type(v) == PLIST_DATA)
        plist_get_data_val(v, &s, len);
    return s;
}

/* The pictures among the subresources, into ar (arena a). */
static void
pictures(arena *a, plist_t subs, rd_html_archive *ar)
{
    uint32_t n = subs && plist_get_node_type(subs) == PLIST_ARRAY ? plist_array_get_size(subs) : 0;
    if (n > WEBARCHIVE_MAX_RESOURCES)
        n = WEBARCHIVE_MAX_RESOURCES;
    ar->locs = arena_alloc(a, (n + 1) * sizeof *ar->locs);
    ar->cids = arena_alloc(a, (n + 1) * sizeof *ar->cids);
    ar->uris = arena_alloc(a, (n + 1) * sizeof *ar->uris);
    for (uint32_t i = 0; i < n; i++) {
        plist_t r = plist_array_get_item(subs, i);
        if (!r || plist_get_node_type(r) != PLIST_DICT)
            continue;
        char *mime = str_of(r, "WebResourceMIMEType"), *url = str_of(r, "WebResourceURL");
        const char *kind = rd_html_picture_kind(mime);
        uint64_t len = 0;
        char *bytes = kind && url ? data_of(r, "WebResourceData", &len) : NULL;
        const char *uri =
            bytes ? rd_html_picture_uri(a, kind, (const unsigned char *)bytes, (size_t)len) : NULL;
        if (uri) {
            ar->locs[ar->n] = arena_strdup(a, url);
            ar->cids[ar->n] = NULL;
            ar->uris[ar->n] = uri;
            ar->n++;
        }
        free(bytes);
        free(mime);
        free(url);
    }
}

/* Deepest nesting of arrays and dictionaries let through to libplist,
 * which reads a list by recursion: a list nested a hundred thousand deep
 * (9 MB) would overflow the stack. Safari's are a few levels deep (frames
 * nest their own archives). */
#define WEBARCHIVE_MAX_DEPTH 256

/* Most objects in a binary list read (the nesting check keeps a few
 * bytes for each). */
#define WEBARCHIVE_MAX_OBJECTS (1u << 22)

/* A big-endian unsigned integer of n bytes (1 to 8) at p. */
static uint64_t
be_uint(const unsigned char *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++)
        v = v << 8 | p[i];
    return v;
}

/* Where the references of binary object `o` start and how many there are
 * (0 for an object that holds none); false when it runs off the data. */
static bool
bplist_refs(const unsigned char *d, size_t len, uint64_t at, unsigned rs, size_t *first,
            uint64_t *count)
{
    *count = 0;
    if (at >= len)
        return false;
    unsigned type = d[at] >> 4, info = d[at] & 0xF;
    if (type != 0xA && type != 0xC && type != 0xD)
        return true;
    uint64_t n = info, pos = at + 1;
    if (info == 0xF) {
        if (pos >= len || (d[pos] >> 4) != 0x1 || (d[pos] & 0xF) > 3)
            return false;
        unsigned w = 1u << (d[pos] & 0xF);
        if (pos + 1 + w > len)
            return false;
        n = be_uint(d + pos + 1, w);
        pos += 1 + w;
    }
    if (type == 0xD)
        n *= 2; /* keys, then values */
    if (n > len || pos + n * rs > len)
        return false;
    *first = (size_t)pos;
    *count = n;
    return true;
}

/* Is a binary property list's nesting (from its top object, following
 * references) at most WEBARCHIVE_MAX_DEPTH, without a cycle? Walked
 * with a stack of our own, each object once. */
static bool
bplist_shallow(arena *a, const unsigned char *d, size_t len)
{
    if (len < 40)
        return true; /* libplist refuses it */
    const unsigned char *t = d + len - 32;
    unsigned os = t[6], rs = t[7];
    uint64_t n = be_uint(t + 8, 8), top = be_uint(t + 16, 8), table = be_uint(t + 24, 8);
    /* Safari's lists hold some ten objects per resource */
    if (os < 1 || os > 8 || rs < 1 || rs > 8 || n == 0 || n > WEBARCHIVE_MAX_OBJECTS ||
        top >= n || table > len || n * os > len - table)
        return false;
    unsigned char *state = arena_alloc(a, (size_t)n); /* 0 new, 1 open, 2 done */
    uint16_t *height = arena_alloc(a, (size_t)n * sizeof *height);
    uint32_t *stack = arena_alloc(a, (size_t)n * sizeof *stack);
    uint64_t *next_ref = arena_alloc(a, (size_t)n * sizeof *next_ref);
    size_t sp = 0;
    stack[sp] = (uint32_t)top, next_ref[sp] = 0, sp++;
    state[top] = 1;
    while (sp) {
        uint64_t o = stack[sp - 1];
        size_t first = 0;
        uint64_t count = 0;
        if (!bplist_refs(d, len, be_uint(d + table + o * os, os), rs, &first, &count))
            return false;
        if (next_ref[sp - 1] < count) {
            uint64_t child = be_uint(d + first + next_ref[sp - 1] * rs, rs);
            next_ref[sp - 1]++;
            if (child >= n || state[child] == 1)
                return false; /* a reference out of the list, or a cycle */
            if (state[child] == 0) {
                state[child] = 1;
                stack[sp] = (uint32_t)child, next_ref[sp] = 0, sp++;
            }
            continue;
        }
        /* all children done: its height */
        unsigned h = 0;
        for (uint64_t k = 0; k < count; k++) {
            uint64_t child = be_uint(d + first + k * rs, rs);
            h = height[child] > h ? height[child] : h;
        }
        height[o] = (uint16_t)(count ? h + 1 : 1);
        if (height[o] > WEBARCHIVE_MAX_DEPTH)
            return false;
        state[o] = 2;
        sp--;
    }
    return true;
}

/* Is an XML property list's nesting at most WEBARCHIVE_MAX_DEPTH? Its
 * <array> and <dict> tags counted (a tag in a comment too: a list so
 * odd may be refused). */
static bool
xplist_shallow(const char *s, size_t len)
{
    long depth = 0;
    for (const char *p = s, *end = s + len; (p = memchr(p, '<', (size_t)(end - p))) != NULL; p++) {
        size_t left = (size_t)(end - p);
        bool close = left > 1 && p[1] == '/';
        const char *q = p + 1 + close;
        size_t k = left >= 6 + (size_t)close && strncmp(q, "array", 5) == 0   ? 5
                   : left >= 5 + (size_t)close && strncmp(q, "dict", 4) == 0 ? 4
                                                                              : 0;
        if (!k)
            continue;
        const char *gt = memchr(q, '>', (size_t)(end - q));
        if (!gt)
            break;
        if (close)
            depth--;
        else if (gt[-1] != '/' && ++depth > WEBARCHIVE_MAX_DEPTH)
            return false;
    }
    return true;
}

static uint32_t
no_line(uint32_t line, const void *ud)
{
    (void)line, (void)ud;
    return 0;
}

int
rd_webarchive_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
                   const reader_options *opt, doc_node *article)
{
    plist_t root = NULL;
    arena *scan = arena_new();
    bool shallow = len >= 8 && memcmp(bytes, "bplist00", 8) == 0
                       ? bplist_shallow(scan, (const unsigned char *)bytes, len)
                       : xplist_shallow(bytes, len);
    arena_free(scan);
    if (shallow && len >= 8 && len <= UINT32_MAX)
        plist_from_memory(bytes, (uint32_t)len, &root);
    if (!root || plist_get_node_type(root) != PLIST_DICT) {
        diag_error(d, path, 0, 0,
                   "not a readable web archive: its property list is damaged or of another kind");
        if (root)
            plist_free(root);
        return -1;
    }
    plist_t main = plist_dict_get_item(root, "WebMainResource");
    char *mime = str_of(main, "WebResourceMIMEType"), *url = str_of(main, "WebResourceURL");
    uint64_t html_len = 0;
    char *html = data_of(main, "WebResourceData", &html_len);
    int rc = -1;
    arena *tmp = arena_new();
    if (!html || !mime ||
        (strcasecmp(mime, "text/html") != 0 && strcasecmp(mime, "application/xhtml+xml") != 0)) {
        diag_error(d, path, 0, 0, "this web archive holds no HTML page%s%s%s",
                   mime ? " (its main resource is " : "", mime ? mime : "", mime ? ")" : "");
        goto done;
    }
    char *charset = str_of(main, "WebResourceTextEncodingName");
    rd_html_archive ar = {.page = url ? arena_strdup(tmp, url) : NULL,
                          .saved_from = url ? arena_strdup(tmp, url) : NULL,
                          .charset = charset ? arena_strdup(tmp, charset) : NULL};
    free(charset);
    pictures(tmp, plist_dict_get_item(root, "WebSubresources"), &ar);
    /* the page's bytes as reader_read_bytes hands a page on: no NULs,
       UTF-16 made UTF-8 */
    utf8_nul_fix fix;
    utf8_fix_nuls(tmp, html, (size_t)html_len, &fix);
    if (fix.binary) {
        diag_error(d, path, 0, 0, "the page in this web archive is not text");
        goto done;
    }
    size_t first = d->count;
    rc = rd_html_read_archive(a, d, path, fix.text, fix.len, opt, article, &ar);
    /* lines of the page are no lines of the archive file */
    rd_html_relocate(d, first, path, article, no_line, NULL);
done:
    free(html);
    free(mime);
    free(url);
    plist_free(root);
    arena_free(tmp);
    return rc;
}
