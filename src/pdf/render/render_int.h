/*
 * render_int.h - the renderer's state, shared by render.c (the passes and
 * drawing), embed_fonts.c (subsets and ToUnicode maps), deflate.c (page
 * streams compressed on a second thread) and draw_images.c (images and
 * their stand-ins).
 */
#ifndef SHEAF_RENDER_INT_H
#define SHEAF_RENDER_INT_H

#include "pdf_render.h"

#include <fribidi.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "../../base/utf8.h"
#include "../image/pdf_image.h"

#define BMP_BYTES (0x10000 / 8)

typedef struct dest_entry {
    const char *name;
    size_t page;
    double y;
} dest_entry;

typedef struct image_entry {
    const char *path;
    HPDF_Image image; /* NULL: failed to load (already warned) */
} image_entry;

typedef struct render_ctx {
    arena *arena;
    diag_list *diags;
    pdf_fonts *fonts;
    HPDF_Doc pdf;
    bool quiet;      /* libharu errors expected (image loading) */
    unsigned failed; /* libharu errors seen outside quiet sections */
    /* per font file */
    size_t n_files;
    uint8_t **used; /* bitset of BMP code points drawn */
    HPDF_Font *hfont;
    /* drawing state */
    HPDF_Page page;
    HPDF_Page *pages;
    bool in_text;
    size_t cur_file;
    buf content;         /* operators not yet handed to the page stream */
    bool page_flushed;   /* part of this page already went to libharu */
    unsigned char *zbuf; /* finish_page's compressed page, reused */
    size_t zcap;
    double fill_gray;      /* current fill colour in the content stream */
    double line_x, line_y; /* text line start inside BT, as written */
    bool in_array;         /* inside "[ ... ] TJ" */
    double pen_x, pen_y;   /* where the viewer's pen stands in the open array */
    double cur_size;       /* size of the item being drawn */
    double set_size;       /* size last set in the content stream */
    double cur_hscale;     /* horizontal scale of the item being drawn */
    double set_hscale;     /* scale last set (Tz / 100) */
    bool set_hidden;       /* text render mode 3 (invisible) set */
    bool set_bold;         /* text render mode 2 (filled and stroked) set */
    double bold_size;      /* ... with its stroke for this size */
    pdf_face cur_face;     /* face of the item being drawn */
    double cur_track;      /* letter-spacing of the item, pt (at its scale) */
    double set_track;      /* last set (Tc, in unscaled text space) */
    size_t glyphs_before;  /* glyphs of the item drawn so far */
    double item_x, item_y;
    dest_entry *dests;
    size_t n_dests;
    image_entry *images;
    size_t n_images, cap_images;
    buf scratch;
    struct seen_text *seen; /* collect's set of texts already marked */
    size_t seen_cap, n_seen;
    z_stream zs; /* finish_page's compressor, reset per page */
    bool zs_ready;
    /* drawing a page while layout runs on (pdf_render_page) */
    bool deferred;
    size_t *page_files; /* font files in the order the page first uses them */
    size_t n_page_files, cap_page_files;
    char font_name[24];
    struct drawn_page *drawn; /* every page drawn early, to free */
    buf *out;                 /* where save writes the file */
    /* pdf_render_draw_text's memo of pdf_fonts_run's pieces per (face, size, text) */
    struct run_memo *memo;
    size_t memo_cap, memo_n;
    struct memo_piece *mp;
    size_t mp_n, mp_cap;
    arena *memo_text;
    struct run_memo *recording; /* the entry pdf_fonts_run is filling */
    bool skip_mark;             /* replaying pieces already marked */
    struct zworker *zw;         /* deflates drawn pages on a second thread */
} render_ctx;

/* A text's pieces depend only on its face, size and characters (font
 * choices are fixed per character once measured, kerning per pair), and a
 * book sets the same few thousand words over and over: each distinct one
 * is split once and its pieces replayed. */
typedef struct run_memo {
    uint64_t h;
    const char *key; /* NULL = empty slot */
    uint32_t len;
    int face;
    double size;
    size_t first, n; /* its pieces: mp[first .. first + n) */
    bool marked;     /* its characters are in the used sets */
} run_memo;

typedef struct memo_piece {
    size_t file;
    const char *text;
    size_t len;
    double x, w;
} memo_piece;

#define MEMO_MAX_KEY 48
#define MEMO_MAX_CAP (1u << 17)

/* A page drawn as soon as layout finished it: its content stream (as
 * finish_page would have handed it to libharu) and the fonts it uses, in
 * the order it first uses them, which is the order libharu names them in
 * the page's resources (F1, F2, ...). */
typedef struct drawn_page {
    unsigned char *bytes; /* heap: freed once libharu has written it out */
    size_t len;
    size_t pos;      /* how far libharu has read it */
    bool compressed; /* deflated here; else libharu deflates it */
    size_t *files;
    size_t n_files;
    struct drawn_page *next;
} drawn_page;

struct pdf_renderer {
    render_ctx c;
};

/* Draws or marks one line of an image's stand-in text. */
typedef void (*placeholder_fn)(render_ctx *c, const char *s, size_t len, double x, double y,
                               double size);

/* The thread that deflates drawn pages (deflate.c). */
typedef struct zworker zworker;

/* render.c */
void pdf_render_mark_piece(void *ud, size_t file, const char *text, size_t len, double x, double w);
bool pdf_render_item_ok(const lay_item *it);
void pdf_render_put_num(buf *b, double v);
void pdf_render_end_text(render_ctx *c);
void pdf_render_draw_text(render_ctx *c, const lay_item *it);

/* embed_fonts.c */
int pdf_render_load_font(render_ctx *c, size_t file);

/* deflate.c */
HPDF_STATUS pdf_render_write_flate_filter(HPDF_Dict dict, HPDF_Stream stream);
size_t pdf_render_deflate_content(render_ctx *c);
void pdf_render_store_content(drawn_page *dp, z_stream *zs, bool *ready, unsigned char **zbuf,
                              size_t *zcap, char *data, size_t len);
zworker *pdf_render_zworker_get(render_ctx *c);
void pdf_render_zworker_push(zworker *w, drawn_page *dp, char *data, size_t len);
void pdf_render_zworker_finish(render_ctx *c);

/* draw_images.c */
image_entry *pdf_render_get_image(render_ctx *c, const lay_doc *doc, const lay_item *it);
void pdf_render_placeholder_lines(render_ctx *c, const lay_item *it, placeholder_fn fn);
void pdf_render_mark_placeholder_line(render_ctx *c, const char *s, size_t len, double x, double y,
                                      double size);
void pdf_render_draw_placeholder(render_ctx *c, const lay_item *it);

#endif
