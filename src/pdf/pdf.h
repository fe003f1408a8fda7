/*
 * pdf.h - the contract between the PDF stages.
 *
 *   fonts/    pdf_fonts: faces found with fontconfig, metrics from HarfBuzz,
 *             embedded (subset) through libharu at render time
 *   linebreak/ lb_: paragraph items (box/glue/penalty) -> Knuth-Plass breaks
 *   layout/   lay_: document tree + style + metrics -> lay_doc (pages of
 *             positioned items); pure code, no libharu
 *   render/   pdf_render: lay_doc -> PDF bytes through libharu
 *
 * Layout only sees the pdf_metrics interface, so it is tested with a fake
 * fixed-width font; render only sees lay_doc, so it is tested with
 * hand-made pages. Coordinates are PostScript points, origin at the
 * bottom-left of the page, y up; a text item's y is its baseline.
 */
#ifndef SHEAF_PDF_H
#define SHEAF_PDF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** The faces a book uses. Fallback fonts for missing characters are the
 *  fonts module's business: layout never sees them. */
typedef enum pdf_face {
    PDF_FACE_REGULAR,
    PDF_FACE_ITALIC,
    PDF_FACE_BOLD,
    PDF_FACE_BOLD_ITALIC,
    PDF_FACE_MONO,
    PDF_FACE_COUNT
} pdf_face;

/** Font metrics as layout needs them. All lengths in points at `size`. */
typedef struct pdf_metrics {
    void *ud;
    /** Advance width of UTF-8 text s[0..len) set in one run (kerning
     *  between its characters included). */
    double (*width)(void *ud, pdf_face face, double size, const char *s, size_t len);
    /** Kerning adjustment between the last char of `a` and first of `b`
     *  (added to the sum of their widths), for runs split at a face change
     *  or a hyphenation point. May be NULL (no kerning). */
    double (*kern)(void *ud, pdf_face face, double size, uint32_t a, uint32_t b);
    /** Ascender (positive) and descender (negative) of the face. */
    double (*ascent)(void *ud, pdf_face face, double size);
    double (*descent)(void *ud, pdf_face face, double size);
} pdf_metrics;

typedef enum lay_kind {
    LAY_TEXT,  /* text run: face, size, text at (x, y baseline) */
    LAY_RULE,  /* filled rectangle x, y (bottom-left), w, h: rules, bars */
    LAY_LINK,  /* clickable area x, y, w, h -> href (URI) or dest (name) */
    LAY_IMAGE, /* image file `href` drawn in x, y, w, h */
    LAY_DEST,  /* named destination `dest` at y on this page */
} lay_kind;

typedef struct lay_item {
    lay_kind kind;
    double x, y, w, h;
    pdf_face face;
    double size;
    double gray;        /* 0 = black .. 1 = white, text and rules */
    const char *text;   /* LAY_TEXT: UTF-8, not NUL-terminated necessarily;
                         * LAY_IMAGE: alt text (may be NULL), printed in a
                         * framed placeholder if the image cannot be used */
    size_t len;
    const char *href;   /* LAY_LINK: URI; LAY_IMAGE: file path */
    const char *dest;   /* LAY_LINK internal target / LAY_DEST name */
    double hscale;      /* LAY_TEXT: horizontal glyph scale of a justified
                         * line's font expansion (w includes it); 0 = 1 */
    double track;       /* LAY_TEXT: pt after every glyph (w includes it) */
    bool hidden;        /* LAY_TEXT: not painted (text render mode 3), there to be
                         * copied and searched: an inline picture's alt text */
    bool in_line;       /* LAY_IMAGE: set in a line of text, its alt text the hidden
                         * LAY_TEXT right after it; unusable, it is an empty frame */
    bool over_text;     /* LAY_RULE: drawn across the words under it (a strike),
                         * so it follows them when a line is reordered */
    /* LAY_IMAGE: where its article shows it (NULL, 0 when unknown), for
     * the warning when it cannot be used */
    const char *src_file;
    uint32_t src_line, src_col;
} lay_item;

typedef struct lay_page {
    lay_item *items;
    size_t n_items, cap_items;
    int folio;          /* printed page number; 0 = none */
    const char *label;  /* printed label ("iii", "12"); NULL = folio */
    bool front_matter;  /* roman-numbered front matter */
    /* Where the page begins in the tree, for the EPUB's page-list: the
     * block (a doc_node: paragraph, heading, table, article or part whose
     * opening lines come first) set in the page's first line, and that
     * line's first text (a pointer into one of the block's text nodes, or
     * NULL). Both NULL when the page opens with text the EPUB lacks. */
    const void *start_block;
    const char *start_text;
    bool start_in_sources; /* start_block is an article whose entry on the
                              sources page opens the page */
    bool start_at_end;     /* start_block is an article whose text in the
                              e-book ends before the page begins (the PDF's
                              list of printed link addresses opens it) */
    /* Set when a page sink (lay_book_options.page_sink) drew the page as
     * soon as it was final: the sink's handle, and `items` then keeps only
     * the page's LAY_DEST and LAY_LINK items (what the contents, link
     * targets and annotations still need). NULL: items are all there. The
     * handle is the sink's and lives as long as it does (pdf_render_free). */
    void *drawn;
} lay_page;

/** An outline (bookmark) entry. */
typedef struct lay_outline {
    const char *title;
    int level;          /* 1 = part or article when no parts, ... */
    size_t page;        /* index into pages */
    double y;
} lay_outline;

typedef struct lay_doc {
    double width, height; /* paper, pt */
    lay_page *pages;
    size_t n_pages, cap_pages;
    lay_outline *outline;
    size_t n_outline, cap_outline;
} lay_doc;

#endif
