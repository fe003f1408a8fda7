/*
 * epub.h - the EPUB 3 writer: a document tree in, the bytes of a .epub out.
 *
 * epub_build() runs the id and contents transforms, renders every page with
 * libxml2's writer, copies images in, and zips it all in a fixed order with
 * fixed timestamps, so the same tree and options give the same bytes.
 * Writing the bytes to disk (atomically) is the caller's business.
 */
#ifndef SHEAF_EPUB_H
#define SHEAF_EPUB_H

#include <stdbool.h>
#include <time.h>

#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/diag.h"
#include "../doc/doc.h"
#include "../manifest/manifest.h"
#include "../style/style.h"

/** Where a page of the printed edition begins (from the PDF's layout). */
typedef struct epub_page_start {
    const char *label;     /* the printed page number */
    const doc_node *block; /* the block whose line opens the page; NULL when
                              the page opens with text the e-book lacks */
    const char *text;      /* that line's first text: a pointer into one of
                              the block's text nodes, or NULL */
    bool in_sources;       /* block is an article: the page opens at its
                              entry on the sources page */
    bool at_end;           /* block is an article: the page opens after
                              its text (the marker ends the article) */
} epub_page_start;

typedef struct epub_options {
    const manifest *manifest; /* book metadata; required */
    const style *style;       /* required (style_defaults for the built-in one) */
    time_t timestamp;         /* dcterms:modified and every zip entry's time */
    bool bump_timestamp;      /* raise it to the newest image copied in (the
                                 caller took it from input mtimes, not from
                                 SOURCE_DATE_EPOCH) */
    bool allow_outside;       /* images may come from outside the collection folder */
    unsigned jobs;            /* threads deflating the entries; 0 = online CPUs
                                 (the bytes are the same for any value) */
    /* The printed edition's pages, in order: page-break markers where each
     * begins, a page-list nav and pageBreakSource metadata naming
     * `page_source`. n_pages 0: none of these. */
    const epub_page_start *pages;
    size_t n_pages;
    const char *page_source;
} epub_options;

/**
 * Render `book` (a DOC_COLLECTION tree) as an EPUB 3 into `out` (appended;
 * initialise it first). Ids are assigned in the tree as a side effect.
 * Problems with single pieces (remote or unreadable images, unsafe links)
 * are warnings; returns -1 only after recording an error (a bad cover image,
 * a zip failure), in which case `out` holds nothing usable.
 */
int epub_build(arena *a, diag_list *d, doc *book, const epub_options *opt, buf *out);

/** The identifier the book gets: the manifest's, else a urn:uuid derived
 *  from a hash of the title and the article list. */
const char *epub_identifier(arena *a, const manifest *m);

/**
 * The media type of an image from its bytes ("image/png", "image/jpeg",
 * "image/gif") and its file extension in *ext; NULL when the bytes are no
 * such image or are visibly truncated. (The PDF writer may share it.)
 */
const char *epub_image_type(const char *data, size_t len, const char **ext);

/** A URL safe to put in an href: absolute http(s)/mailto/ftp, surrounding
 *  space trimmed, unsafe bytes percent-encoded; NULL for anything else
 *  (javascript:, data:, relative paths). */
const char *epub_safe_url(arena *a, const char *url);

/** CSS for a style (the style.yaml part; extra.css is appended by epub_build). */
void epub_css(const style *s, buf *out);

#endif
