/*
 * pdf_render.h - turn a laid-out document (lay_doc) into PDF bytes.
 *
 * The renderer trusts the layout's positions: it only splits text runs into
 * font/kerning pieces (pdf_fonts_run, the same code width() uses), embeds
 * each font cut down to the characters drawn with it, and writes document
 * info, outlines, links and page labels. Identical inputs give identical
 * bytes: no clock, no random ids.
 *
 * How the PDF writer puts the stages together (one arena, one diag list):
 *
 *     pdf_fonts *f;                      // style families via fontconfig
 *     if (pdf_fonts_new(a, d, st, &f)) return -1;
 *     // positions for "no font has U+XXXX" warnings: scan the tree's text
 *     // nodes (DOC_TEXT in its face, DOC_CODE/DOC_CODE_BLOCK in MONO)
 *     pdf_fonts_scan(f, face, n->text, n->len, n->pos.file, n->pos.line);
 *     pdf_metrics mx = pdf_fonts_metrics(f);
 *     lay_doc doc = {0};
 *     if (lay_document(a, d, root, m, st, paper_w, paper_h, &mx, &doc)) goto out;
 *     pdf_render_info info = {title, author, subject, NULL, NULL, date};
 *     rc = pdf_render(a, d, &doc, f, &info, out);
 *   out:
 *     pdf_fonts_free(f);                 // HarfBuzz handles are not in the arena
 *
 * The same pdf_fonts must serve layout and render: render splits runs with
 * the fallback decisions made while measuring.
 */
#ifndef SHEAF_PDF_RENDER_H
#define SHEAF_PDF_RENDER_H

#include <time.h>

#include "../../base/arena.h"
#include "../../base/buf.h"
#include "../../base/diag.h"
#include "../fonts/pdf_fonts.h"
#include "../pdf.h"

/** Document information. Strings are UTF-8; NULL leaves the entry out. */
typedef struct pdf_render_info {
    const char *title;
    const char *author;
    const char *subject;
    const char *keywords;
    const char *creator; /* NULL = "sheaf VERSION" */
    time_t date;         /* CreationDate and ModDate (UTC); 0 = none */
} pdf_render_info;

/**
 * Render `doc` with `fonts` into `out` (appended). Problems that lose
 * something (an unknown link target, an unreadable image, a character no
 * font has) are warnings; a libharu failure is an error and returns -1.
 */
int pdf_render(arena *a, diag_list *d, const lay_doc *doc, pdf_fonts *fonts,
               const pdf_render_info *info, buf *out);

/**
 * The same in steps, so pages are drawn while layout runs on and their
 * items need not be kept (lay_book_options.page_sink):
 *
 *     pdf_renderer *r = pdf_render_begin(a, d, fonts);
 *     bo.page_sink = pdf_render_page;  bo.page_ud = r;
 *     rc = lay_book(..., &bo, &doc);
 *     if (rc == 0) rc = pdf_render_end(r, &doc, &info, out);
 *     pdf_render_free(r);
 *
 * pdf_render_page draws a finished page's text and rules into a deflated
 * content stream at once and returns its handle (NULL for a page with an
 * image, which is drawn whole at the end); pdf_render_end cuts the fonts to
 * the characters all pages used, then writes every page in book order with
 * the same bytes pdf_render gives. A page's handle lives until
 * pdf_render_free, which also releases libharu's document.
 */
typedef struct pdf_renderer pdf_renderer;
pdf_renderer *pdf_render_begin(arena *a, diag_list *d, pdf_fonts *fonts);
void *pdf_render_page(void *renderer, const lay_page *page);
int pdf_render_end(pdf_renderer *r, const lay_doc *doc, const pdf_render_info *info, buf *out);
void pdf_render_free(pdf_renderer *r);

#endif
