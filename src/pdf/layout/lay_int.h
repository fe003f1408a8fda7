/*
 * lay_int.h - internals shared by flow.c and paginate.c: the vertical list.
 *
 * flow.c turns an article into a list of set lines (each a bag of items
 * relative to the text block's left edge and the line's baseline), glue
 * (vertical space, discarded at a page top) and penalties (the only places
 * a page may break, with TeX's cost: 10000 = never). paginate.c cuts the
 * list into pages.
 */
#ifndef SHEAF_LAY_INT_H
#define SHEAF_LAY_INT_H

#include "lay.h"

typedef enum lay_vkind {
    LAY_V_LINE,
    LAY_V_GLUE,
    LAY_V_PENALTY,
    LAY_V_NEWPAGE, /* a forced page break (article or part opening) */
    LAY_V_MARK,    /* a new article running on: changes the running head */
} lay_vkind;

enum {
    LAY_PAGE_OPENING = 1u << 0,  /* NEWPAGE: an opening page (no running head) */
    LAY_PAGE_PART = 1u << 1,     /* NEWPAGE: a part opener */
    LAY_LINE_NUMBERED = 1u << 2, /* LINE: counts for line numbers */
    LAY_PAGE_BARE = 1u << 3,     /* NEWPAGE: no running head, no folio (cover, title) */
    LAY_LINE_SOURCES = 1u << 4,  /* LINE: of src's entry on the sources page */
    LAY_LINE_AFTER = 1u << 5,    /* LINE: past the end of article src's e-book text */
};

typedef struct lay_footnote lay_footnote;

typedef struct lay_vitem {
    lay_vkind kind;
    double height;        /* LINE: its advance (top to next top); GLUE: space */
    double base;          /* LINE: from its top down to the baseline */
    double penalty;       /* PENALTY */
    lay_item *items;      /* LINE: x from the block's left, y from the baseline */
    size_t n_items;
    unsigned flags;       /* NEWPAGE: LAY_PAGE_* */
    unsigned para;        /* LINE: the article's paragraph it was set in (1-based) */
    const char *head;     /* NEWPAGE, MARK: the article title for running heads */
    const char *outline;  /* LINE: an outline entry starting here */
    int outline_level;
    const struct lay_vitem *thead; /* LINE in a table body: header lines to
                                      repeat when a page starts here */
    size_t n_thead;
    lay_footnote *foot;   /* LINE: notes it references, set at its page's foot */
    const doc_node *src;  /* LINE: the block it belongs to (lay_page.start_block) */
    const char *src_text; /* LINE: its first text run (lay_page.start_text) */
} lay_vitem;

/** A note set apart for the foot of the page (style notes: foot). */
struct lay_footnote {
    lay_vitem *lines;
    size_t n_lines;
    double height;
    bool no_dest;         /* a repeat: leave out its LAY_DEST items */
    lay_footnote *next;
};

typedef struct lay_vlist {
    arena *a;
    lay_vitem *v;
    size_t n, cap;
} lay_vlist;

/** The page builder's state across articles. */
typedef struct lay_pager {
    arena *a;             /* the output's */
    lay_doc *out;
    const style *st;
    const pdf_metrics *mx;
    double paper_w, paper_h, text_w, text_h;
    const char *collection_title;
    const char *head;     /* current article title */
    int line_no;          /* numbered lines so far in this article */
    bool front;           /* pages are front matter: roman labels */
    lay_item *tmp;        /* the page being filled (heap) */
    size_t n_tmp, cap_tmp;
    void *(*sink)(void *ud, const lay_page *page); /* lay_book_options.page_sink */
    void *sink_ud;
    double face_depth; /* > 0: the page being built ends here, level with
                          the short page it faces (paginate.c, walk) */
} lay_pager;

/** A width memo in front of the caller's metrics (wcache.c). */
typedef struct lay_wcache {
    const pdf_metrics *inner;
    arena *keys;
    void *table;
    size_t cap, n;
} lay_wcache;

/** Start a memo for `inner`; *out is the metrics to use instead. */
void lay_wcache_init(lay_wcache *c, const pdf_metrics *inner, pdf_metrics *out);
void lay_wcache_cleanup(lay_wcache *c);

/** Append a vertical item. */
lay_vitem *lay_vpush(lay_vlist *vl, lay_vkind k);

/** Lower-case roman numeral of n (1..3999; other n in arabic), in a. */
char *lay_roman(arena *a, int n);

/** Cut a vertical list into pages appended to pg->out. */
void lay_paginate(lay_pager *pg, const lay_vlist *vl);
/** The pages lay_paginate would make of vl, without making them: their
 * count, and the items the last page and the one before it start at
 * (SIZE_MAX when there is none). */
size_t lay_plan(lay_pager *pg, const lay_vlist *vl, size_t *last, size_t *before_last);

#endif
