/*
 * pdf_write.c - the PDF writer: fonts -> layout -> render.
 *
 * Before layout, every text node is scanned with the face it will print in
 * so that a character no font has is reported at its article and line
 * (layout itself knows no source positions). The same pdf_fonts serves
 * layout and rendering, because rendering reuses the fallback-font choices
 * made while measuring. Pages are rendered as layout finishes them (the
 * renderer is lay_book's page sink), so the book's laid-out text is never
 * held whole: only links, destinations and per-page records are kept.
 */
#include "pdf_write.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "fonts/pdf_fonts.h"
#include "image/pdf_image.h"
#include "layout/lay.h"
#include "render/pdf_render.h"

/* The face a text node prints in: emphasis and strong nest like in HTML. */
static pdf_face
face_of(const doc_node *n)
{
    bool italic = false, bold = false;
    for (const doc_node *p = n->parent; p && !doc_is_block(p->type); p = p->parent) {
        if (p->type == DOC_EMPH)
            italic = !italic;
        else if (p->type == DOC_STRONG)
            bold = true;
        else if (p->type == DOC_CODE)
            return PDF_FACE_MONO;
    }
    if (n->type == DOC_CODE || n->type == DOC_CODE_BLOCK)
        return PDF_FACE_MONO;
    for (const doc_node *p = n->parent; p; p = p->parent)
        if (p->type == DOC_HEADING)
            bold = true;
    return bold ? (italic ? PDF_FACE_BOLD_ITALIC : PDF_FACE_BOLD)
                : (italic ? PDF_FACE_ITALIC : PDF_FACE_REGULAR);
}

static void
scan_meta_string(pdf_fonts *f, pdf_face face, const char *s, const doc_pos *pos)
{
    if (s)
        pdf_fonts_scan(f, face, s, strlen(s), pos->file, pos->line);
}

static void
scan_tree(pdf_fonts *f, const doc_node *root)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (n->type == DOC_ARTICLE && n->as.article.meta) {
            const doc_meta *m = n->as.article.meta;
            scan_meta_string(f, PDF_FACE_BOLD, m->title, &n->pos);
            scan_meta_string(f, PDF_FACE_ITALIC, m->subtitle, &n->pos);
            for (size_t i = 0; i < m->n_authors; i++)
                scan_meta_string(f, PDF_FACE_REGULAR, m->authors[i], &n->pos);
        } else if (n->type == DOC_PART) {
            scan_meta_string(f, PDF_FACE_BOLD, n->as.part.title, &n->pos);
        } else if (n->text && (n->type == DOC_TEXT || n->type == DOC_CODE ||
                               n->type == DOC_CODE_BLOCK)) {
            pdf_fonts_scan(f, face_of(n), n->text, n->len, n->pos.file, n->pos.line);
        }
    }
}

/* An image's printed size: at the resolution the file states, else at 96
 * dpi (a CSS pixel, as the EPUB shows it); layout scales it down to fit. */
/* Sizes already read, by the path string itself: a picture one web
 * archive holds is one string however many <img> name it, and reading a
 * data: URI's size decodes all of its base64. */
typedef struct size_seen {
    const char *path;
    int rc;
    double w_pt, h_pt;
    struct size_seen *next;
} size_seen;

typedef struct size_cache {
    arena *a;
    size_seen *bucket[256];
} size_cache;

static int image_size(void *ud, const char *path, double *w_pt, double *h_pt);

static int
image_size_cached(void *ud, const char *path, double *w_pt, double *h_pt)
{
    size_cache *sc = ud;
    size_t h = ((uintptr_t)path >> 4) % 256;
    for (size_seen *e = sc->bucket[h]; e; e = e->next)
        if (e->path == path) {
            *w_pt = e->w_pt, *h_pt = e->h_pt;
            return e->rc;
        }
    size_seen *e = arena_alloc(sc->a, sizeof *e);
    e->path = path;
    e->rc = image_size(NULL, path, &e->w_pt, &e->h_pt);
    e->next = sc->bucket[h];
    sc->bucket[h] = e;
    *w_pt = e->w_pt, *h_pt = e->h_pt;
    return e->rc;
}

static int
image_size(void *ud, const char *path, double *w_pt, double *h_pt)
{
    (void)ud;
    int w, h;
    double dx = 0, dy = 0;
    if (pdf_image_info(path, &w, &h, &dx, &dy) < 0 || w < 1 || h < 1)
        return -1;
    *w_pt = w * 72.0 / (dx > 0 ? dx : 96.0);
    *h_pt = h * 72.0 / (dy > 0 ? dy : 96.0);
    return 0;
}

int
pdf_write(arena *a, diag_list *d, const doc *book, const pdf_write_options *opt, buf *out)
{
    const manifest *m = opt->manifest;
    const char *paper = opt->paper ? opt->paper : (m && m->paper ? m->paper : "letter");
    double pw, ph;
    if (manifest_paper_size(paper, &pw, &ph) < 0) {
        diag_error(d, m ? m->path : NULL, m ? m->paper_pos.line : 0, m ? m->paper_pos.col : 0,
                   "unknown paper '%s'", paper);
        return -1;
    }
    pdf_fonts *fonts = NULL;
    if (pdf_fonts_new(a, d, opt->style, &fonts) < 0)
        return -1;
    scan_tree(fonts, book->root);
    pdf_metrics mx = pdf_fonts_metrics(fonts);
    lay_doc layout;
    memset(&layout, 0, sizeof(layout));
    lay_book_options bo;
    memset(&bo, 0, sizeof bo);
    size_cache sizes = {.a = a};
    bo.image_size = image_size_cached;
    bo.image_ud = &sizes;
    const doc_node *root = book->root;
    const doc_meta *art = opt->handout && root && root->type == DOC_ARTICLE
                              ? root->as.article.meta : NULL;
    bo.handout = opt->handout;
    if (opt->handout && m && m->title && m->title[0]) {
        /* "Title. Edited by A and B", the book's own words for its editors */
        const doc_labels *L = doc_labels_for(m->language);
        const char *ed = doc_names_join(a, m->editors, m->n_editors, L->and_);
        const char *au = doc_names_join(a, m->authors, m->n_authors, L->and_);
        bo.handout_from = ed ? arena_printf(a, "%s. %s%s", m->title, L->edited_by, ed)
                          : au ? arena_printf(a, "%s, %s", m->title, au)
                               : m->title;
    }
    /* no date in the manifest: the build's own (SOURCE_DATE_EPOCH or the
       newest input), the date the EPUB and the PDF's info carry */
    bo.date = doc_date_of_time(a, opt->timestamp);
    /* a handout has no cover: its image is neither read nor reported */
    const char *cover = m && !opt->handout ? m->cover_resolved : NULL;
    if (cover && image_size(NULL, cover, &bo.cover_w, &bo.cover_h) == 0)
        bo.cover = cover;
    else if (cover)
        diag_warn(d, m->path, m->cover_pos.line, m->cover_pos.col,
                  "cover image '%s' is not a readable PNG, JPEG, GIF, WebP, AVIF or SVG; the PDF "
                  "gets a typeset cover",
                  m->cover);
    /* pages are drawn as layout finishes them and keep only their links
       and destinations, so memory does not grow with the book's text */
    pdf_renderer *r = pdf_render_begin(a, d, fonts);
    bo.page_sink = pdf_render_page;
    bo.page_ud = r;
    int rc = lay_book(a, d, book->root, m, opt->style, pw, ph, &mx, &bo, &layout);
    if (rc == 0) {
        pdf_render_info info;
        memset(&info, 0, sizeof(info));
        if (art) {
            const char *and_ = doc_labels_for(art->language ? art->language
                                              : m ? m->language : NULL)->and_;
            info.title = art->title;
            info.author = doc_names_join(a, art->authors, art->n_authors, and_);
            info.subject = art->subtitle ? art->subtitle : art->description;
        } else if (m) {
            info.title = m->title;
            const char *and_ = doc_labels_for(m->language)->and_;
            info.author = m->n_authors ? doc_names_join(a, m->authors, m->n_authors, and_)
                                       : doc_names_join(a, m->editors, m->n_editors, and_);
            info.subject = m->subtitle ? m->subtitle : m->description;
        }
        info.date = opt->timestamp;
        rc = pdf_render_end(r, &layout, &info, out);
    }
    pdf_render_free(r);
    if (rc == 0 && opt->layout_out)
        *opt->layout_out = layout;
    pdf_fonts_free(fonts);
    return rc;
}
