/*
 * pdf_write.h - the PDF writer: document tree -> PDF bytes.
 *
 * Puts the stages of pdf.h together: fonts (fontconfig + HarfBuzz), layout
 * (Knuth-Plass lines, page builder) and rendering (libharu). Pure in-memory:
 * the caller writes the bytes atomically.
 */
#ifndef SHEAF_PDF_WRITE_H
#define SHEAF_PDF_WRITE_H

#include <time.h>

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/diag.h"
#include "../doc/doc.h"
#include "../manifest/manifest.h"
#include "../style/style.h"
#include "pdf.h"

typedef struct pdf_write_options {
    const manifest *manifest; /* metadata, running heads; may be NULL */
    const style *style;       /* NULL = built-in defaults */
    const char *paper;        /* overrides the manifest's; NULL = manifest, else letter */
    time_t timestamp;         /* document dates (same rule as the EPUB) */
    lay_doc *layout_out;      /* when non-NULL, receives the laid-out pages
                                 (arena-owned), e.g. for the EPUB page-list */
    bool handout;             /* book->root is one article printed on its own:
                                 the document info names the article, not the
                                 collection, and the article ends with its
                                 source (lay_book_options.handout) */
} pdf_write_options;

/**
 * Lay out and render the book. Returns 0 with the PDF appended to `out`, or
 * -1 with errors recorded (out may hold partial bytes: do not write them).
 */
int pdf_write(arena *a, diag_list *d, const doc *book, const pdf_write_options *opt, buf *out);

#endif
