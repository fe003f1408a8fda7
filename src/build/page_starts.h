/*
 * page_starts.h - the printed book's pages as the EPUB's page list: where
 * each body page of the PDF starts (its folio, block and first words), so
 * an e-reader can show "page 12" of the print edition. Only the body pages
 * count: the roman front matter has no counterpart in the e-book's text.
 */
#ifndef SHEAF_BUILD_PAGE_STARTS_H
#define SHEAF_BUILD_PAGE_STARTS_H

#include <stddef.h>

#include "../base/arena.h"
#include "../epub/epub.h"
#include "../pdf/pdf_write.h"

/** The body pages of ld as EPUB page starts, in the arena; their count. */
size_t build_page_starts(arena *a, const lay_doc *ld, epub_page_start **out);

#endif
