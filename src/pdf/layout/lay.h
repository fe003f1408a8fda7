/*
 * lay.h - page layout: document tree + style + metrics -> lay_doc (pages of
 * positioned text runs, rules and link areas). Pure code: no libharu, no
 * fonts; widths come from pdf_metrics, so tests run on a fake font.
 *
 *   flow.c      blocks -> a vertical list of set lines, glue and penalties
 *               (paragraphs broken by linebreak/, lists, quotes, code, rules,
 *               the article's opening block, part openers)
 *   paginate.c  the page builder: TeX-like greedy page breaking with widow,
 *               orphan and keep-with-next penalties, running heads, folios
 *   dump.c      a text dump of the placed items, for golden tests
 */
#ifndef SHEAF_LAY_H
#define SHEAF_LAY_H

#include "../../base/arena.h"
#include "../../base/buf.h"
#include "../../base/diag.h"
#include "../../doc/doc.h"
#include "../../manifest/manifest.h"
#include "../../style/style.h"
#include "../pdf.h"

/**
 * Lay out a whole collection (root is a DOC_COLLECTION, or one DOC_ARTICLE)
 * on paper_w x paper_h points. `m` gives the collection title for running
 * heads (may be NULL); `st` the style (NULL = style_defaults). Everything in
 * *out lives in `a`; text pointers point into the tree's strings or into
 * `a`, so the tree must outlive *out. Records warnings (a string cut with a
 * marker) in d. Returns 0, or -1 after recording an error (paper too small
 * for the margins, no metrics).
 */
int lay_document(arena *a, diag_list *d, const doc_node *root, const manifest *m,
                 const style *st, double paper_w, double paper_h, const pdf_metrics *mx,
                 lay_doc *out);

/**
 * One line per placed item, pages in order:
 *   "p<page> <kind> x=<x> y=<y> [w=<w> h=<h>] <face> <size> \"text\""
 * with coordinates rounded to 0.01 pt, plus a "page" line with the folio.
 */
void lay_dump(const lay_doc *doc, buf *out);

/** Name of a face ("regular", "italic", "bold", "bold-italic", "mono"). */
const char *lay_face_name(pdf_face f);

#endif
