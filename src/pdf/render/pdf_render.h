/*
 * pdf_render.h - turn a laid-out document (lay_doc) into PDF bytes.
 *
 * The renderer trusts the layout's positions: it only splits text runs into
 * font/kerning pieces (pdf_fonts_run, the same code width() uses), embeds
 * each font cut down to the characters drawn with it, and writes document
 * info, outlines, links and page labels. Identical inputs give identical
 * bytes: no clock, no random ids.
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
    const char *creator;  /* NULL = "sheaf VERSION" */
    time_t date;          /* CreationDate and ModDate (UTC); 0 = none */
} pdf_render_info;

/**
 * Render `doc` with `fonts` into `out` (appended). Problems that lose
 * something (an unknown link target, an unreadable image, a character no
 * font has) are warnings; a libharu failure is an error and returns -1.
 */
int pdf_render(arena *a, diag_list *d, const lay_doc *doc, pdf_fonts *fonts,
               const pdf_render_info *info, buf *out);

#endif
