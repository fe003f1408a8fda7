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

int
rd_webarchive_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
                   const reader_options *opt, doc_node *article)
{
    plist_t root = NULL;
    if (len >= 8 && len <= UINT32_MAX)
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
    for (size_t i = first; i < d->count; i++)
        if (d->items[i].file && strcmp(d->items[i].file, path) == 0)
            d->items[i].line = d->items[i].col = 0;
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->pos.file && strcmp(x->pos.file, path) == 0)
            x->pos.line = x->pos.col = 0;
done:
    free(html);
    free(mime);
    free(url);
    plist_free(root);
    arena_free(tmp);
    return rc;
}
