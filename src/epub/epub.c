/*
 * epub.c - epub_build: the order in which a book is assembled.
 *
 * Ids and the contents tree first (transform/ids, transform/toc), then the
 * fixed items (stylesheet, nav, NCX), the cover image, the pages in reading
 * order (which adds images as they are met), the package document last,
 * because it lists everything, and finally the zip. Item order is tree
 * order, so the archive is the same on every run.
 */
#include "epub_int.h"

#include <string.h>

#include "../base/fs.h"
#include "../transform/ids.h"

/* Names the articles' file names must not take. */
static const char *const reserved_names[] = {"cover", "title", "contents", "sources", "nav",
                                             "toc",   "style", "package",  "images",  NULL};

epub_item *
epub_add_item(epub_book *bk, const char *href, const char *id, const char *media,
              const char *data, size_t len, bool spine)
{
    epub_item *it = arena_alloc(bk->a, sizeof(*it));
    it->href = href;
    it->id = id;
    it->media_type = media;
    it->data = data;
    it->len = len;
    it->spine = spine;
    if (bk->last)
        bk->last->next = it;
    else
        bk->first = it;
    bk->last = it;
    return it;
}

const char *
epub_href_in(arena *a, const doc_node *n)
{
    return arena_printf(a, "%s.xhtml", n->id ? n->id : "missing");
}

const char *
epub_href_of(epub_book *bk, const doc_node *n)
{
    return epub_href_in(bk->a, n);
}

arena *
epub_worker_arena(epub_book *bk, unsigned w)
{
    if (w == 0)
        return bk->a;
    if (!bk->worker_arenas[w])
        bk->worker_arenas[w] = arena_new();
    return bk->worker_arenas[w];
}

/* The pages rendered on worker threads live in their arenas until the
 * zip is made. */
static void
free_worker_arenas(epub_book *bk)
{
    for (size_t w = 0; w < sizeof(bk->worker_arenas) / sizeof(bk->worker_arenas[0]); w++)
        arena_free(bk->worker_arenas[w]);
}

static int
add_cover_image(epub_book *bk)
{
    const manifest *m = bk->m;
    if (!m->cover_resolved)
        return 0;
    char *data;
    size_t len;
    if (fs_read_file(bk->a, bk->d, m->cover_resolved, 32u * 1024u * 1024u, &data, &len,
                     m->path, m->cover_pos.line, m->cover_pos.col) < 0)
        return -1;
    const char *ext;
    const char *media = epub_image_type(data, len, &ext);
    if (!media)
        media = epub_image_convert(bk->a, bk->d, m->cover_resolved, &data, &len, &ext, NULL);
    if (!media || strcmp(media, "image/gif") == 0) {
        diag_error(bk->d, m->path, m->cover_pos.line, m->cover_pos.col,
                   "cover '%s' is not a JPEG, PNG, WebP, AVIF or SVG image (or is truncated)",
                   m->cover);
        return -1;
    }
    bk->cover_image = epub_add_item(bk, arena_printf(bk->a, "images/cover.%s", ext),
                                    "cover-image", media, data, len, false);
    bk->cover_image->properties = "cover-image";
    return 0;
}

static int build_book(epub_book *bk, buf *out);

int
epub_build(arena *a, diag_list *d, doc *book, const epub_options *opt, buf *out)
{
    epub_book bk = {.a = a, .d = d, .doc = book, .opt = opt, .m = opt->manifest,
                    .st = opt->style, .all_alt = true};
    int rc = build_book(&bk, out);
    free_worker_arenas(&bk);
    return rc;
}

static int
build_book(epub_book *bk, buf *out)
{
    arena *a = bk->a;
    diag_list *d = bk->d;
    doc *book = bk->doc;
    const epub_options *opt = bk->opt;
    size_t errors_before = d->errors;
    bk->language = bk->m->language && bk->m->language[0] ? bk->m->language : "en";
    bk->identifier = epub_identifier(a, bk->m);
    bk->labels = doc_labels_for(bk->language);
    bk->timestamp = opt->timestamp;

    /* Every article has metadata and a title from here on (build_load sees
     * to it, but other callers may not). */
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, book->root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev == DOC_EV_ENTER && n->type == DOC_ARTICLE) {
            doc_meta *m = doc_article_meta(a, n);
            if (!m->title || !m->title[0])
                m->title = bk->labels->untitled;
            doc_iter_skip(&it);
        }
    }
    if (!bk->m->title || !bk->m->title[0]) {
        diag_error(d, bk->m->path, 1, 1, "the collection needs a title");
        return -1;
    }
    tf_ids_assign(a, book->root, reserved_names);
    int depth = bk->m->toc_depth > 0   ? bk->m->toc_depth
                : bk->st->toc_depth > 0 ? bk->st->toc_depth
                                        : 2;
    bk->toc = tf_toc_build(a, book->root, depth);

    buf css;
    buf_init(&css, 0);
    epub_css(bk->st, &css);
    if (bk->st->extra_css) {
        char *extra;
        size_t elen;
        if (fs_read_file(a, d, bk->st->extra_css, 1u << 20, &extra, &elen, NULL, 0, 0) == 0) {
            buf_adds(&css, "\n/* extra.css */\n");
            buf_add(&css, extra, elen);
        }
    }
    epub_item *css_item = epub_add_item(bk, EPUB_CSS_HREF, "css", "text/css",
                                        arena_strndup(a, css.data, css.len), css.len, false);
    buf_cleanup(&css);

    epub_marks_prepare(bk); /* the nav lists them before the pages are written */
    epub_nav_write(bk);
    if (add_cover_image(bk) < 0)
        return -1;
    epub_pages_write(bk);
    if (bk->st->epub_embed_fonts && epub_fonts_embed(bk, css_item) < 0)
        return -1;
    if (d->errors > errors_before)
        return -1;
    size_t opf_len;
    const char *opf = epub_opf_write(bk, &opf_len);
    return epub_zip(bk, opf, opf_len, out);
}
