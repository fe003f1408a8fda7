/*
 * epub_int.h - what the files of src/epub share: the book being assembled
 * (an ordered list of entries) and a thin layer over libxml2's writer.
 * Not for use outside src/epub.
 */
#ifndef SHEAF_EPUB_INT_H
#define SHEAF_EPUB_INT_H

#include <libxml/xmlwriter.h>

#include "../transform/toc.h"
#include "epub.h"

/* One file of the book, under EPUB/ unless `raw_path` says otherwise. */
typedef struct epub_item epub_item;
struct epub_item {
    const char *href;       /* path relative to EPUB/ */
    const char *id;         /* manifest id */
    const char *media_type;
    const char *properties; /* NULL, "nav", "cover-image", ... */
    const char *data;       /* contents (arena) */
    size_t len;
    bool spine;             /* in the reading order */
    int css_width;          /* an image drawn at twice its size: its width; else 0 */
    epub_item *next;
};

typedef struct epub_image {
    const char *path; /* resolved input path */
    epub_item *item;  /* NULL when the image was refused */
    struct epub_image *next;
} epub_image;

/* An article's input file (real path), for links between articles. */
typedef struct epub_path_ref {
    const char *path;
    doc_node *article;
    struct epub_path_ref *next;
} epub_path_ref;

/* A page-break marker (pages.c): the node it is emitted at (a text node,
 * at `offset` bytes into its text, or a block, before it) and its target. */
typedef struct epub_page_mark {
    const char *label, *id, *href;
    const doc_node *key;
    size_t offset;
    bool in_text;
    bool in_sources;       /* key is an article's sources entry (pages.c) */
    bool done;             /* written (each mark is written once) */
    long next;             /* the next mark with the same key, -1 = none */
} epub_page_mark;

typedef struct epub_book {
    arena *a;
    diag_list *d;
    doc *doc;
    const epub_options *opt;
    const manifest *m;
    const style *st;
    const char *identifier;
    const char *language;
    const doc_labels *labels;
    tf_toc *toc;
    epub_item *first, *last; /* manifest and zip order after the fixed entries */
    size_t n_images;
    epub_image *images[64];  /* hash chains by path */
    epub_item *cover_image;  /* the manifest's cover, or the one drawn (cover_svg.c) */
    struct epub_path_ref *articles_by_path[64]; /* real path -> article, for links */
    bool articles_mapped;
    bool any_images;         /* images in the text (accessMode visual) */
    bool all_alt;            /* every image has alt text */
    time_t timestamp;        /* the options' timestamp, maybe raised by images */
    int error;               /* set when an error was recorded */
    epub_page_mark *marks;   /* the print edition's page starts, in page order */
    size_t n_marks;
    long *mark_heads;        /* key hash -> first mark (open addressing) */
    const doc_node **mark_keys;
    size_t mark_cap;
    arena *worker_arenas[64]; /* page-rendering threads' (PAR_MAX_JOBS); [0] unused */
    epub_item *nav_item, *ncx_item; /* reserved by epub_nav_write */
    const doc_node **lang_keys;     /* article -> its page's language (lang.c) */
    const char **lang_vals;
    size_t lang_cap;
} epub_book;

/* The fixed files and folders. */
#define EPUB_CSS_HREF "style.css"
#define EPUB_NAV_HREF "nav.xhtml"
#define EPUB_NCX_HREF "toc.ncx"
#define EPUB_COVER_HREF "cover.xhtml"
#define EPUB_TITLE_HREF "title.xhtml"
#define EPUB_CONTENTS_HREF "contents.xhtml"
#define EPUB_SOURCES_HREF "sources.xhtml"

/** Append an item to the book (in manifest and zip order). */
epub_item *epub_add_item(epub_book *bk, const char *href, const char *id, const char *media,
                         const char *data, size_t len, bool spine);

/** href of the page holding a part or an article. */
const char *epub_href_of(epub_book *bk, const doc_node *part_or_article);
/** The same, allocated in `a` (from a page-rendering thread). */
const char *epub_href_in(arena *a, const doc_node *part_or_article);

/** The arena page-rendering worker w allocates from: the book's for worker
 *  0 (the book's thread), else one made on first use and freed when
 *  epub_build returns. Call on the book's thread, before the workers run. */
arena *epub_worker_arena(epub_book *bk, unsigned w);

/** images.c: copy a local image into the book (once per path); NULL with a warning
 *  when it is remote, missing, too big or of a kind EPUB cannot carry. */
epub_item *epub_image_add(epub_book *bk, const char *src, const doc_node *at, const char *base);

/** images.c: a WebP's or AVIF's bytes (*data, *len, read from `path`)
 *  written again as PNG (transparent or lossless) or JPEG in `a`, an SVG drawing drawn
 *  as PNG at twice its size (*css_w, when given, gets the width in CSS
 *  pixels to show it at; 0 for a WebP): returns the media type and sets
 *  *ext; NULL (with a warning naming the file when it is a WebP or SVG
 *  that cannot be read) for anything else. */
const char *epub_image_convert(arena *a, diag_list *d, const char *path, char **data, size_t *len,
                               const char **ext, int *css_w);


/* ---- the XML writer layer (xw.c) ---- */

typedef struct epub_xw {
    xmlBufferPtr xbuf;
    xmlTextWriterPtr w;
    arena *a;
} epub_xw;

/** Start a document (XML declaration). */
void epub_xw_begin(epub_xw *x, arena *a);
void epub_xw_start(epub_xw *x, const char *name);
void epub_xw_attr(epub_xw *x, const char *name, const char *value);
void epub_xw_end(epub_xw *x);
/** Text, with characters XML cannot carry (C0 controls, U+FFFE/F) dropped. */
void epub_xw_text(epub_xw *x, const char *s, size_t len);
/** <name>text</name>. */
void epub_xw_elem(epub_xw *x, const char *name, const char *text);
/** A newline between blocks, so the files read well unzipped. */
void epub_xw_nl(epub_xw *x);
/** Close everything and return the document's bytes in the arena. */
const char *epub_xw_finish(epub_xw *x, size_t *len);

/** True when url starts with "scheme:" (any case). */
bool epub_has_scheme(const char *url, const char *scheme);

/** True when s holds a right-to-left letter (Hebrew, Arabic, ...). */
bool epub_text_has_rtl(const char *s);
/** The same language for typesetting: the same primary subtag ("en",
 *  "en-US"), except Chinese, compared whole ("zh-TW" is not "zh-CN"). */
bool epub_lang_same(const char *a, const char *b);
/** Attributes of an element holding `text` (a title or a name) in
 *  language `lang` (NULL: unknown) on a page in the book's language: lang
 *  when it is another language; dir when it runs the other way (rtl or
 *  ltr from the language; "auto" from the text's letters when the
 *  language is unknown), which also isolates it from the text around. */
void epub_xw_dir(epub_xw *x, const epub_book *bk, const char *lang, const char *text);
/** Text of an address, with <wbr/> where a line may break (after a
 *  slash, before ? # & =). */
void epub_xw_url_text(epub_xw *x, const char *s, size_t len);

/** An XHTML page up to <body>: title, language, stylesheet. */
void epub_xw_page(epub_xw *x, epub_book *bk, const char *title, const char *lang);


/** Close <body> and <html> of a page and return its bytes (arena). */
const char *epub_xw_page_finish(epub_xw *x, size_t *len);

/** A CSS string ("...") of s with quotes, backslashes, braces, angle
 *  brackets, semicolons and controls dropped (css.c). */
void epub_css_string(buf *out, const char *s);
/** True when a family name says it is a sans serif (css.c). */
bool epub_css_is_sans(const char *family);

/** cover_svg.c: the drawn cover of a book without a cover image, as SVG in
 *  the book's arena: title, subtitle, `editor_line` and publisher, in the
 *  design of the generated cover page. */
const char *epub_cover_svg(epub_book *bk, const char *editor_line, size_t *len);

/** fonts.c: when the style asks (epub.embed_fonts), embed its faces subset
 *  to the characters of the pages written so far, and put their
 *  @font-face rules first in the stylesheet item `css`. Returns 0, or -1
 *  after recording an error. */
int epub_fonts_embed(epub_book *bk, epub_item *css);

/* ---- page-break markers (pages.c) ---- */

/** Place the options' page starts in the tree (before any page is written). */
void epub_marks_prepare(epub_book *bk);
/** Write the markers of pages that begin at block (or article, part,
 *  note, collection) `key`. */
void epub_marks_at(epub_book *bk, epub_xw *x, const doc_node *key);
/** Write a text node's text (DOC_TEXT, DOC_CODE, DOC_CODE_BLOCK) with the
 *  markers of pages that begin inside it. */
void epub_marks_text(epub_book *bk, epub_xw *x, const doc_node *n);
/** A writer of a run of text (epub_marks_text_with). */
typedef void (*epub_text_fn)(epub_xw *x, const char *s, size_t len, void *ud);
/** The same as epub_marks_text, the text going through `put` (which may
 *  add markup between its characters: code lines, breaks in addresses). */
void epub_marks_text_with(epub_book *bk, epub_xw *x, const doc_node *n, epub_text_fn put,
                          void *ud);
/** Write every marker for page `href` not written yet (their places were
 *  not rendered), so each page-list entry has its target. */
void epub_marks_rest(epub_book *bk, epub_xw *x, const char *href);
/** Write the markers of pages that begin at `article`'s sources entry. */
void epub_marks_source(epub_book *bk, epub_xw *x, const doc_node *article);

/* ---- languages (lang.c) ---- */

/** Settle every article's language (its own, or a guess) before the pages
 *  are rendered; on the book's thread. */
void epub_langs_prepare(epub_book *bk);
/** The language of an article's page: its own, guessed, or the book's. */
const char *epub_article_lang(const epub_book *bk, const doc_node *art);

/* ---- pages ---- */

/** xhtml.c: cover .. sources; renders nav.xhtml and toc.ncx too. */
void epub_pages_write(epub_book *bk);
/** nav.c: take the places of nav.xhtml and toc.ncx in the book (rendered
 *  later, by epub_nav_render, from epub_pages_write). */
void epub_nav_write(epub_book *bk);
/** nav.c: render nav.xhtml (ncx false) or toc.ncx into its item, allocating
 *  from `a`; any thread. */
void epub_nav_render(epub_book *bk, arena *a, bool ncx);
const char *epub_opf_write(epub_book *bk, size_t *len); /* opf.c */
/** container.c: zip mimetype, container.xml, the package and the items. */
int epub_zip(epub_book *bk, const char *opf, size_t opf_len, buf *out);

/* ---- tables ---- */

/* Letters (code points) a word in a table cell must have before its
 * hyphenation points are written into it: shorter words stay whole. */
#define EPUB_CELL_LONG_WORD 12
/* Tables as css.c sets them: font size (em) and a cell's padding left and
 * right (em of the table's font), ordinary and wide. */
#define EPUB_TABLE_FONT 0.92
#define EPUB_TABLE_PAD 0.6
#define EPUB_TABLE_WIDE_FONT 0.8
#define EPUB_TABLE_WIDE_PAD 0.3
/* A phone's text width in em of the reader's font (320 px at 16 px): an
 * ordinary table whose words need more is set as a wide one. */
#define EPUB_PHONE_EM 20
/* The widths (em) a wide table's words may be found to need whole, in
 * steps (a guess is rounded up to the next step); css.c writes a
 * container query for each step from MIN to one past MAX. */
#define EPUB_TABLE_FIT_MIN 12
#define EPUB_TABLE_FIT_MAX 64
#define EPUB_TABLE_FIT_STEP 2
/* Columns past which a table's width is not guessed. */
#define EPUB_TABLE_FIT_COLUMNS 64

/* What the page writer does to a cell's text, for tablefit.c to guess
 * its width by. */
typedef struct epub_cell_rules {
    struct lb_hyph *(*patterns)(
        void *ud); /* the hyphenation patterns, loaded on first use; NULL: none */
    bool (*nowrap)(const doc_node *cell, void *ud); /* the cell is set on one line */
    bool (*url)(const doc_node *link, void *ud); /* a link showing its address (epub_xw_url_text) */
    void *ud;
} epub_cell_rules;

/** tablefit.c: the sum over a table's columns of each one's widest
 *  unbreakable piece of text, in em of the table's own font (bold header
 *  cells counted wider), and its columns in *columns; -1 when it holds
 *  what cannot be guessed (pictures, too many columns). */
double epub_table_words_em(const doc_node *table, const epub_cell_rules *rules, size_t *columns);

#endif
