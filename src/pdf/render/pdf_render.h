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

#endif
