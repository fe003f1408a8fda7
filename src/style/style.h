/*
 * style.h - a book style: one style.yaml drives both the EPUB CSS and the
 * PDF layout, so the two outputs look like one book.
 *
 * A style is a folder NAME/ holding style.yaml and optionally extra.css
 * (EPUB-only touches). Names are looked up in the collection's own styles/
 * folder, then the shipped styles/. Lengths are stored in PostScript points
 * (margins) or in ems of the body size (indents, spacing).
 */
#ifndef SHEAF_STYLE_H
#define SHEAF_STYLE_H

#include <stdbool.h>

#include "../base/arena.h"
#include "../base/diag.h"

typedef enum style_folio {
    STYLE_FOLIO_NONE,
    STYLE_FOLIO_BOTTOM_CENTER,
    STYLE_FOLIO_BOTTOM_OUTER,
    STYLE_FOLIO_TOP_OUTER,
} style_folio;

typedef enum style_notes { STYLE_NOTES_END, STYLE_NOTES_FOOT } style_notes;

typedef struct style {
    const char *name;
    const char *dir;            /* the style folder */
    const char *extra_css;      /* path of extra.css, NULL when none */
    const char *description;

    /* fonts: family names resolved with fontconfig */
    const char *font_body, *font_heading, *font_mono;

    double size;                /* body text size, pt */
    double leading;             /* baseline distance as a multiple of size */
    bool justify;               /* justified, else ragged right */
    bool hyphenate;
    double indent;              /* first-line indent, em (0 = none) */
    double para_spacing;        /* space between paragraphs, em (0 = none) */
    double heading_scale[6];    /* size multiples; [0] = article title */
    double quote_indent;        /* block quote indent each side, em */
    double quote_scale;         /* block quote size multiple */
    double code_scale;          /* code size multiple */

    /* pages (PDF) */
    double margin_top, margin_bottom, margin_inner, margin_outer; /* pt */
    double measure;             /* widest text block, em (0 = the margins decide) */
    double expansion;           /* justified lines: glyphs may widen/narrow by
                                   this share (0.02 = 2%) to even the spacing */
    bool running_heads;
    style_folio folio;
    bool opening_new_page;      /* each article starts a new page */
    double opening_drop;        /* space above an article title, pt */
    bool line_numbers;          /* numbers every 5th line (handouts) */
    bool printed_urls;          /* set link URLs as notes in print */
    style_notes notes;

    /* both */
    int toc_depth;              /* contents depth: 1 articles, 2 sections, ... */
    bool smart_typography;      /* curly quotes, dashes, ellipses */
    bool high_contrast;         /* pure black on white, no grey text */

    /* EPUB */
    bool epub_embed_fonts;      /* embed the faces, subset to the book's characters */
} style;

/** The built-in defaults (those of `classic`). */
void style_defaults(style *s);

/**
 * Find and load a style. `name` is a style name or a folder path; NULL means
 * "classic". `collection_dir` is searched first (its styles/NAME). Errors
 * (unknown style, bad values) are recorded against the style.yaml position
 * or, for a missing style, against `ref_file:ref_line:ref_col` (the manifest
 * line that named it). Returns 0 with *out set, or -1.
 */
int style_load(arena *a, diag_list *d, const char *name, const char *collection_dir,
               const char *ref_file, unsigned ref_line, unsigned ref_col, style **out);

/** Parse style.yaml text (tests). Unknown keys warn; wrong values error. */
int style_parse(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                style *s);

/** The folders searched for shipped styles, in order (NULL-terminated). */
const char *const *style_search_path(void);

#endif
