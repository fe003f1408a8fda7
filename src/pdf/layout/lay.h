/*
 * lay.h - page layout: document tree + style + metrics -> lay_doc (pages of
 * positioned text runs, rules and link areas). Pure code: no libharu, no
 * fonts; widths come from pdf_metrics, so tests run on a fake font.
 *
 *   flow.c      blocks -> a vertical list of set lines, glue and penalties
 *               (paragraphs broken by linebreak/, lists, quotes, code, rules,
 *               tables, figures, the article's opening block, part openers,
 *               notes), link resolution, and lay_book's front and back matter
 *   paginate.c  the page builder: TeX-like greedy page breaking with widow,
 *               orphan and keep-with-next penalties, running heads, folios,
 *               repeated table headers, notes at the foot of the page
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
 *
 * What a renderer gets: each word (or word piece) is its own LAY_TEXT at
 * its final x and baseline y, so justification is already in the
 * positions; draw each run where it says (merging runs of one line into a
 * TJ array is fine). `w` is the width layout measured. Text is UTF-8 and
 * not NUL-terminated. gray is 0 for body text, more for running heads,
 * folios and line numbers. LAY_LINK has href (external) or dest (an id,
 * without '#'); LAY_DEST marks an id at y. Characters layout adds itself:
 * U+2022 and U+2013 (bullets), U+2192 (a cut in an unbreakable string),
 * U+21A9 (a wrapped code line, in the mono face), U+2026 (a shortened
 * running head), U+2003 (table cell gaps). Widths are memoised per
 * (face, size, string) for the duration of the call.
 */
int lay_document(arena *a, diag_list *d, const doc_node *root, const manifest *m,
                 const style *st, double paper_w, double paper_h, const pdf_metrics *mx,
                 lay_doc *out);

/** What lay_book adds around the articles. */
typedef struct lay_book_options {
    const char *cover;        /* cover image path, NULL = typographic cover */
    double cover_w, cover_h;  /* its size in points (any unit: only the ratio counts) */
    /** The printed size, in points, of the image file `path`, 0 or -1 when
     *  it cannot be placed. NULL: figures are set as their alt text. */
    int (*image_size)(void *ud, const char *path, double *w_pt, double *h_pt);
    void *image_ud;
    /** When set, each page is handed over as soon as its items are final
     *  (body pages before the front matter that is numbered apart, so in
     *  an order that is not the book's) and may return a handle: the page
     *  then keeps it in `drawn` and drops its items but the LAY_DEST and
     *  LAY_LINK ones, so the book's memory does not grow with its text.
     *  NULL keeps every item (a page the sink cannot take yet). */
    void *(*page_sink)(void *ud, const lay_page *page);
    void *page_ud;
    /** The root is one article printed on its own (a handout): it ends
     *  with its source entry (authors, site, date, address, when it was
     *  retrieved), since it has no sources page. */
    bool handout;
    /** With `handout`: the book it is taken from, as a line of its own at
     *  the end of the source entry ("Title. Edited by ..."); NULL = none. */
    const char *handout_from;
    /** The packet's date (YYYY-MM-DD) when the manifest gives none: the
     *  cover and title page print it (NULL: no date line). */
    const char *date;
} lay_book_options;

/**
 * lay_document for a whole book: a collection gets a cover page, a title
 * page and contents (front matter, pages labelled i, ii, ... and folios in
 * roman), then the articles from page 1, then a sources page. Contents
 * entries (parts, articles, headings to the manifest's or style's
 * toc_depth) carry dot leaders, the printed page and links to named
 * destinations; outline entries for "Contents" and "Sources" come first
 * and last. With opt->image_size, a figure's images are LAY_IMAGE items
 * scaled to fit the text width and height, kept with their caption. A
 * lone article gets no front or back matter.
 */
int lay_book(arena *a, diag_list *d, const doc_node *root, const manifest *m, const style *st,
             double paper_w, double paper_h, const pdf_metrics *mx, const lay_book_options *opt,
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
