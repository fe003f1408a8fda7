/*
 * flow_int.h - the state flow.c and its helpers share while they turn the
 * document tree into the vertical list (flow.c: articles, parts and the
 * entry points; gather.c, lines.c: paragraphs; blocks.c, code.c, table.c,
 * notes.c: blocks; matter.c: the book's front and back matter; names.c:
 * destinations).
 */
#ifndef SHEAF_FLOW_INT_H
#define SHEAF_FLOW_INT_H

#include "lay_int.h"

#include <stdbool.h>
#include <stddef.h>

#include "../linebreak/lb.h"
#include "bidi.h"

#define INF LB_INF_PENALTY

typedef struct hyph_cache {
    char lang[24]; /* the dictionary's name (lb_hyph_name) */
    lb_hyph *h;
} hyph_cache;

/* A string -> string map (open addressing, FNV-1a): destination names
 * of nodes (keyed "@<address>"), fragment and file lookups, and where each
 * destination landed. First insertion wins. */
typedef struct name_map {
    const char **keys, **vals;
    size_t cap, n;
} name_map;

typedef struct flow {
    arena *out; /* the output's: hyphenated copies, hrefs */
    arena *art; /* this article's vertical list and lines */
    arena *par; /* this paragraph's items and breaks */
    diag_list *d;
    const style *st;
    int toc_depth; /* the manifest's, or the style's: outline and contents agree */
    const pdf_metrics *mx;
    double text_w;
    lay_vlist vl;
    double pend_glue;    /* space before the next line */
    bool pend_glue_keep; /* ... kept even at a page top */
    double pend_pen;     /* penalty of a break before the next line */
    bool have_line;
    int keep;         /* lines that must stay with what precedes */
    bool first_block; /* nothing set yet in the article body */
    bool after_heading;
    int head_figs;            /* stand-ins that may still carry a heading's keep */
    double inline_w;          /* > 0: the measure gather sets text in; a picture
                                 small beside it is set in the line (picture_inline) */
    bool hoist;               /* gather leaves out the pictures lay_picture_in_text finds,
                                 set after the paragraph; else they print as alt text */
    double inline_scale;      /* > 0: in-line pictures scaled so (a table set smaller
                                 than it was measured at) */
    double inline_max;        /* > 0: an in-line picture wider is its alt text */
    const doc_node **hoisted; /* the pictures it left out, in order */
    size_t n_hoisted, cap_hoisted;
    /* spans of the paragraph being gathered */
    lb_span *spans;
    size_t n_spans, cap_spans;
    const char **links;
    size_t n_links, cap_links;
    const lb_hyph *hyph;
    hyph_cache hc[8];
    size_t n_hc;
    bool warned_cut;
    /* a line's items are set here, then copied at their exact count: the
     * bound lay_set_line needs is several times what a line uses */
    lay_item *lbuf;
    size_t cap_lbuf;
    const doc_node *article;
    const char **urls; /* printed link addresses of this article */
    size_t n_urls, cap_urls;
    int art_level;        /* outline level of the article */
    const char **anchors; /* per link: a destination set where it starts */
    arena *names_a;
    name_map names;             /* see lay_assign_names */
    int art_index;              /* 1-based index of the article being set */
    const lay_book_options *bo; /* NULL for lay_document */
    double text_h;
    name_map foot;       /* notes set at the page foot: "N@def" -> name,
                            "D<name>" -> its lay_footnote (this article) */
    const char *held[4]; /* names of containers (a list, an item, a quote) that
                            the first line set inside them carries */
    size_t n_held;
    const char *para_dest;        /* the next lay_para's destination ... */
    const char *para_bullet_dest; /* ... and where its bullet links */
    bool para_center;             /* ... and whether it is centred */
    const doc_node *src;          /* the block being set, recorded on its lines so
                                     a page knows where it begins (NULL: text the
                                     EPUB does not have, e.g. the printed links) */
    bool src_sources;             /* ... src is an article, set as its source entry */
    bool src_after;               /* ... src is an article, past its e-book text */
    const doc_labels *L;          /* the words the book adds, in its language */
    const char *book_lang;        /* the collection's language (NULL: not known) */
    struct lay_mark *marks;       /* list markers waiting for their item's first line */
    lay_bidi_mode bidi;           /* how paragraphs find their direction (bidi.h) */
    double cjk_indent;            /* a Chinese or Japanese paragraph's indent, in characters */
    bool cjk_article;             /* the article is tagged Chinese or Japanese */
    unsigned para_no;             /* paragraphs set so far in this article */
    unsigned tight_lo, tight_hi;  /* set these paragraphs in as few lines as */
    int tight_left;               /* the tolerance allows, so many at most */
    double code_small;            /* the size of the article's wide code (lay_wide_code_size) */
    double wide_room;             /* how far a wide table may reach into each margin (lay_run) */
    const char *lang;             /* the article's language (NULL: not known) */
    const lb_hyph *cell_hyph;     /* a table's cells' last resort (lay_hyph_last_resort) */
    bool cell_short_hyph;         /* the table's cells hyphenate short words too (lay_table) */
    bool in_cell;                 /* gathering a table cell: a column narrower than a
                                     word and its link's number may part them */
} flow;

/* A list item's bullet or number, hung left of the first line the item
 * sets, whatever block that line belongs to (a paragraph, a heading, a
 * figure, a nested list's first item): an item reads as one item only
 * when its marker sits on its first line, never on a line of its own. */
typedef struct lay_mark {
    const char *text;
    size_t len;
    double x; /* the item's text edge: the marker ends half a size left of it */
    double size;
    struct lay_mark *next; /* an outer item's marker waiting for the same line */
} lay_mark;

typedef struct para_opts {
    double x;      /* left edge of the block */
    double width;  /* its measure */
    double indent; /* first-line indent */
    double size;   /* for the line height */
    pdf_face face;
    double lead; /* baseline distance */
    bool justify;
    bool code; /* mark every wrap */
    const lb_hyph *hyph;
    const char *bullet; /* hung left of the first line */
    size_t bullet_len;
    const char *dest;        /* a named destination at the first line */
    const char *dest2;       /* another there (a container's and the block's own) */
    const char *bullet_dest; /* the bullet links there */
    bool center;             /* centre each line in the measure */
    const char *outline;
    int outline_level;
    bool keep_all; /* no page break inside (headings, opening block) */
    bool balance;  /* display text: lines of near-equal length */
    double hang;   /* the first line starts this far left of x (and
                      is as much wider): turnovers hang indented */
    bool no_widow_rules;
    bool numbered; /* counts for the style's line numbers */
} para_opts;

typedef struct ctx {
    double x, width; /* the block's left edge and measure */
    double size;     /* text size here */
    int list_depth;
    int depth; /* block nesting, bounded by LAY_MAX_DEPTH */
} ctx;

/* Past this nesting, deeper blocks are set flat at the current indent by
 * an iterative walk: recursion stays bounded on hostile input. */
#define LAY_MAX_DEPTH 48

/* A small picture set in the line as a box: an icon, a symbol, a formula
 * drawn as an image. It sits on the baseline when no taller than the
 * font's ascender, else it drops toward the descender (its top at the
 * ascender), and one taller than the font's whole height is scaled down
 * to it, so the line keeps its leading. */
typedef struct inline_pic {
    const doc_node *img;
    double w, h, y; /* size and bottom (from the baseline), pt */
} inline_pic;

/* The most items lay_set_line makes of line L: per box, an in-line picture
 * (two: it and its hidden text), a link area closed (and its anchor) and
 * a strike rule closed; at the end a hyphen or a marker and those again. */
#define SET_LINE_MAX(L) (((L)->end - (L)->first) * 5 + 8)

/* The cost of a page break after an item's first line (TeX's scale:
 * 10000 = never): far above what an underfull page costs, so taken only
 * where no other break is allowed. */
#define ITEM_ORPHAN_PENALTY 1000

/* A container's name waits for the first line set inside it (hold), and
 * that line carries every name waiting (release: LAY_DEST items into the
 * line's items v[*n..], which must have room for LAY_HELD_MAX more). */
#define LAY_HELD_MAX 4

/* flow.c */
void lay_flush(flow *f, lay_pager *pg);
double lay_body_size(const flow *f);
double lay_leading(const flow *f);
const lb_hyph *lay_hyph_last_resort(flow *f);

/* gather.c */
int lay_add_link(flow *f, const char *href);
void lay_add_span(flow *f, const char *s, size_t len, pdf_face face, double size, unsigned flags,
                  int link);
bool lay_natural_size(flow *f, const doc_node *img, double *w, double *h);
bool lay_picture_in_text(flow *f, const doc_node *img, double measure);
void lay_gather_in(flow *f, const doc_node *node, pdf_face base, double size, unsigned flags,
                   double measure);
void lay_add_span_copy(flow *f, const lb_span *sp);

/* lines.c */
void lay_set_para(flow *f, const para_opts *o, const doc_node *src);
void lay_emit_line(flow *f, lay_item *items, size_t n, double height, double base,
                   double pen_before, const char *outline, int outline_level);
void lay_space(flow *f, double pt);
double lay_line_base(const flow *f, pdf_face face, double size, double height);
lay_item *lay_item_new(lay_item *v, size_t *n);
lay_item *lay_line_buf(flow *f, size_t cap);
lay_item *lay_line_keep(flow *f, const lay_item *v, size_t n);
lay_item *lay_image_item(lay_item *v, size_t *n, const doc_node *img, double w, double h);
size_t lay_set_line(flow *f, const lb_result *r, const lb_line *L, const para_opts *o, lay_item *v);
void lay_cut_mark(lb_params *p, bool rtl);

/* blocks.c */
void lay_para(flow *f, const doc_node *n, ctx c, const char *bullet, size_t bullet_len,
              pdf_face base_face);
void lay_seq(flow *f, const doc_node *first, ctx c);
void lay_para_defaults(flow *f, para_opts *o, ctx c);
void lay_block_space(flow *f, double em);
void lay_blocks(flow *f, const doc_node *parent, ctx c);
void lay_display_opts(flow *f, para_opts *o, ctx c, const char *text, pdf_face face, double size);
void lay_opening_line(flow *f, ctx c, const char *text, pdf_face face, double size,
                      double gap_after, const char *outline, int level, const char *dest);
void lay_opening(flow *f, const doc_node *art, ctx c, int level, bool run_on);

/* code.c */
double lay_wide_code_size(const flow *f, const doc_node *n, double size, double room, double small);
double lay_code_size(const flow *f);
double lay_code_room(const flow *f, double width, double size);
void lay_code(flow *f, const doc_node *n, ctx c);

/* table.c */
void lay_table(flow *f, const doc_node *t, ctx c);

/* notes.c */
void lay_foot_notes(flow *f, const doc_node *article, ctx c, double page_h);
void lay_end_heading(flow *f, ctx c, const char *title, const doc_node *owner, bool numbered);
void lay_notes(flow *f, const doc_node *article, ctx c);
void lay_urls(flow *f, ctx c);

/* matter.c */
void lay_sources(flow *f, lay_pager *pg, const doc_node *root, ctx c);
void lay_handout_source(flow *f, const doc_node *art, ctx c);
void lay_front_matter(flow *f, lay_pager *body_pg, const doc_node *root, const manifest *m,
                      const lay_book_options *bo);

/* names.c */
void lay_nm_put(arena *a, name_map *m, const char *k, const char *v);
const char *lay_nm_get(const name_map *m, const char *k);
const char *lay_name_of(const flow *f, const void *node);
void lay_hold_name(flow *f, const char *name);
void lay_release_names(flow *f, lay_item *v, size_t *n, double y);
void lay_assign_names(flow *f, const doc_node *root);
const char *lay_resolve_href(flow *f, const char *href);

#endif
