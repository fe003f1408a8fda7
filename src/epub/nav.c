/*
 * nav.c - the navigation documents: nav.xhtml (EPUB 3: the toc to the
 * style's depth, plus landmarks) and toc.ncx (the same tree for EPUB 2
 * reading systems). Both print the tf_toc tree, so they always agree with
 * each other and with the contents page.
 *
 * epub_nav_write only takes the two files' places in the book; they are
 * rendered with the pages (epub_pages_write), on whichever thread is free,
 * allocating from the writer's arena.
 */
#include "epub_int.h"

#include <stdio.h>
#include <string.h>

static const char *
entry_href(arena *a, const tf_toc *t)
{
    const char *file = epub_href_in(a, t->article);
    if (t->node->type == DOC_HEADING)
        return arena_printf(a, "%s#%s", file, t->node->id);
    return file;
}

static void
nav_list(epub_book *bk, epub_xw *x, const tf_toc *t, bool sources)
{
    epub_xw_start(x, "ol");
    epub_xw_nl(x);
    for (const tf_toc *c = t->first_child; c; c = c->next) {
        epub_xw_start(x, "li");
        epub_xw_start(x, "a");
        epub_xw_attr(x, "href", entry_href(x->a, c));
        /* An empty label is invalid in a nav; the file name is better than nothing. */
        const char *label = c->title && c->title[0] ? c->title : epub_href_in(x->a, c->article);
        bool art = c->article && c->article->type == DOC_ARTICLE;
        epub_xw_dir(x, bk, art ? epub_article_lang(bk, c->article) : NULL, label);
        epub_xw_text(x, label, strlen(label));
        epub_xw_end(x);
        if (c->first_child) {
            epub_xw_nl(x);
            nav_list(bk, x, c, false);
        }
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    if (sources) {
        epub_xw_start(x, "li");
        epub_xw_start(x, "a");
        epub_xw_attr(x, "href", EPUB_SOURCES_HREF);
        epub_xw_text(x, bk->labels->sources, strlen(bk->labels->sources));
        epub_xw_end(x);
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    epub_xw_end(x);
    epub_xw_nl(x);
}

static void
landmark(epub_xw *x, const char *type, const char *href, const char *label)
{
    epub_xw_start(x, "li");
    epub_xw_start(x, "a");
    epub_xw_attr(x, "epub:type", type);
    epub_xw_attr(x, "href", href);
    epub_xw_text(x, label, strlen(label));
    epub_xw_end(x);
    epub_xw_end(x);
    epub_xw_nl(x);
}

static void
write_nav(epub_book *bk, arena *a)
{
    epub_xw x;
    epub_xw_begin(&x, a);
    const doc_labels *L = bk->labels;
    epub_xw_page(&x, bk, L->contents, NULL);
    epub_xw_start(&x, "nav");
    epub_xw_attr(&x, "epub:type", "toc");
    epub_xw_attr(&x, "id", "toc");
    epub_xw_attr(&x, "role", "doc-toc");
    epub_xw_nl(&x);
    epub_xw_elem(&x, "h1", L->contents);
    epub_xw_nl(&x);
    nav_list(bk, &x, bk->toc, true);
    epub_xw_end(&x);
    epub_xw_nl(&x);

    epub_xw_start(&x, "nav");
    epub_xw_attr(&x, "epub:type", "landmarks");
    epub_xw_attr(&x, "id", "landmarks");
    epub_xw_attr(&x, "hidden", "hidden");
    epub_xw_nl(&x);
    epub_xw_elem(&x, "h2", L->landmarks);
    epub_xw_nl(&x);
    epub_xw_start(&x, "ol");
    epub_xw_nl(&x);
    landmark(&x, "cover", EPUB_COVER_HREF, L->cover);
    landmark(&x, "titlepage", EPUB_TITLE_HREF, L->title_page);
    landmark(&x, "toc", EPUB_CONTENTS_HREF, L->contents);
    if (bk->toc->first_child)
        landmark(&x, "bodymatter", epub_href_in(a, bk->toc->first_child->article), L->start);
    landmark(&x, "bibliography", EPUB_SOURCES_HREF, L->sources);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    epub_xw_end(&x);
    epub_xw_nl(&x);

    if (bk->n_marks) {
        /* the printed edition's pages, in its order (which is the book's) */
        epub_xw_start(&x, "nav");
        epub_xw_attr(&x, "epub:type", "page-list");
        epub_xw_attr(&x, "id", "page-list");
        epub_xw_attr(&x, "hidden", "hidden");
        epub_xw_nl(&x);
        epub_xw_start(&x, "ol");
        epub_xw_nl(&x);
        for (size_t i = 0; i < bk->n_marks; i++) {
            const epub_page_mark *m = &bk->marks[i];
            epub_xw_start(&x, "li");
            epub_xw_start(&x, "a");
            epub_xw_attr(&x, "href", arena_printf(a, "%s#%s", m->href, m->id));
            epub_xw_text(&x, m->label, strlen(m->label));
            epub_xw_end(&x);
            epub_xw_end(&x);
            epub_xw_nl(&x);
        }
        epub_xw_end(&x);
        epub_xw_nl(&x);
        epub_xw_end(&x);
        epub_xw_nl(&x);
    }

    bk->nav_item->data = epub_xw_page_finish(&x, &bk->nav_item->len);
}

static void
ncx_point(epub_xw *x, const char *label, const char *src, int *order)
{
    char tmp[32];
    epub_xw_start(x, "navPoint");
    snprintf(tmp, sizeof(tmp), "np-%d", *order);
    epub_xw_attr(x, "id", tmp);
    snprintf(tmp, sizeof(tmp), "%d", *order);
    epub_xw_attr(x, "playOrder", tmp);
    (*order)++;
    epub_xw_start(x, "navLabel");
    epub_xw_elem(x, "text", label);
    epub_xw_end(x);
    epub_xw_start(x, "content");
    epub_xw_attr(x, "src", src);
    epub_xw_end(x);
}

static void
ncx_list(epub_xw *x, const tf_toc *t, int *order)
{
    for (const tf_toc *c = t->first_child; c; c = c->next) {
        const char *label = c->title && c->title[0] ? c->title : epub_href_in(x->a, c->article);
        ncx_point(x, label, entry_href(x->a, c), order);
        ncx_list(x, c, order);
        epub_xw_end(x);
        epub_xw_nl(x);
    }
}

static void
write_ncx(epub_book *bk, arena *a)
{
    epub_xw x;
    epub_xw_begin(&x, a);
    epub_xw_start(&x, "ncx");
    epub_xw_attr(&x, "xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    epub_xw_attr(&x, "version", "2005-1");
    epub_xw_attr(&x, "xml:lang", bk->language);
    epub_xw_nl(&x);
    epub_xw_start(&x, "head");
    char depth[16];
    snprintf(depth, sizeof(depth), "%d", tf_toc_max_level(bk->toc) > 0 ? tf_toc_max_level(bk->toc) : 1);
    const char *metas[][2] = {{"dtb:uid", bk->identifier},
                              {"dtb:depth", depth},
                              {"dtb:totalPageCount", "0"},
                              {"dtb:maxPageNumber", "0"}};
    for (size_t i = 0; i < sizeof(metas) / sizeof(metas[0]); i++) {
        epub_xw_start(&x, "meta");
        epub_xw_attr(&x, "name", metas[i][0]);
        epub_xw_attr(&x, "content", metas[i][1]);
        epub_xw_end(&x);
    }
    epub_xw_end(&x);
    epub_xw_nl(&x);
    epub_xw_start(&x, "docTitle");
    epub_xw_elem(&x, "text", bk->m->title);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    epub_xw_start(&x, "navMap");
    epub_xw_nl(&x);
    int order = 1;
    ncx_list(&x, bk->toc, &order);
    ncx_point(&x, bk->labels->sources, EPUB_SOURCES_HREF, &order);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    epub_xw_end(&x); /* navMap */
    epub_xw_nl(&x);
    epub_xw_end(&x); /* ncx */
    epub_xw_nl(&x);
    bk->ncx_item->data = epub_xw_finish(&x, &bk->ncx_item->len);
}

void
epub_nav_write(epub_book *bk)
{
    bk->nav_item =
        epub_add_item(bk, EPUB_NAV_HREF, "nav", "application/xhtml+xml", NULL, 0, false);
    bk->nav_item->properties = "nav";
    bk->ncx_item = epub_add_item(bk, EPUB_NCX_HREF, "ncx", "application/x-dtbncx+xml", NULL, 0,
                                 false);
}

void
epub_nav_render(epub_book *bk, arena *a, bool ncx)
{
    if (ncx)
        write_ncx(bk, a);
    else
        write_nav(bk, a);
}
