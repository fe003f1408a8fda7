/*
 * matter.c - the front and back matter: cover, title page, colophon, contents and
 * the sources page, and the source block of a handout.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A centred line (or lines) of the cover or title page. */
static void
centred(flow *f, ctx c, const char *text, pdf_face face, double size, double gap_after)
{
    if (!text || !*text)
        return;
    para_opts o;
    lay_display_opts(f, &o, c, text, face, size);
    o.center = true;
    o.numbered = false;
    f->keep = 1000000;
    /* a right-to-left book's lines read right to left whatever letter
       comes first ("Edited by" before a Hebrew name: the label on the
       right), as on the EPUB's cover and title page, whose page is
       dir="rtl"; centred, so only their visual order changes */
    lay_bidi_mode was = f->bidi;
    if (doc_lang_rtl(f->book_lang))
        f->bidi = LAY_BIDI_RTL;
    lay_set_para(f, &o, NULL);
    f->bidi = was;
    lay_space(f, gap_after);
}

/* Start a page of front or back matter (its own vertical list). */
static void
matter_page(flow *f, lay_pager *pg, unsigned flags, const char *head)
{
    lay_flush(f, pg);
    f->keep = 0;
    f->pend_pen = 0;
    lay_vitem *np = lay_vpush(&f->vl, LAY_V_NEWPAGE);
    np->flags = flags;
    np->head = head;
}

/* A heading of the front or back matter: "Contents", "Sources". */
static void
matter_heading(flow *f, ctx c, const char *title, const char *dest)
{
    double ts = lay_body_size(f) * (f->st->heading_scale[0] > 0 ? f->st->heading_scale[0] : 1.7);
    f->pend_glue = f->st->opening_drop > 0 ? f->st->opening_drop : 0;
    f->pend_glue_keep = true;
    lay_opening_line(f, c, title, PDF_FACE_BOLD, ts, lay_body_size(f) * lay_leading(f) * 1.5, title,
                     1, dest);
    f->keep = 0;
}

/* The date a cover or title page prints: the manifest's, else the
 * build's (lay_book_options.date). */
static const char *
book_date(flow *f, const manifest *m, const lay_book_options *bo)
{
    const char *d = m && m->date ? m->date : bo ? bo->date : NULL;
    return d ? doc_date_display(f->out, d, m ? m->language : NULL) : NULL;
}

/* What a page of front matter sets (cover_text, title_page_text). */
typedef struct matter_args {
    const manifest *m;
    ctx c;
    const char *held;
    const lay_book_options *bo;
} matter_args;

/* Sets a page's lines, every size and fixed gap times k, with `drop`
 * above them and `gap` at the page's one flexible place. */
typedef void (*matter_fn)(flow *f, const matter_args *a, double k, double drop, double gap);

/* The height of the vertical list's lines and glue from item `from` on. */
static double
vl_height(const lay_vlist *vl, size_t from)
{
    double h = 0;
    for (size_t i = from; i < vl->n; i++)
        if (vl->v[i].kind == LAY_V_LINE || vl->v[i].kind == LAY_V_GLUE)
            h += vl->v[i].height;
    return h;
}

/* A cover or title page is one page. When a long title, subtitle or
 * description would run it over (large print on small paper), its open
 * space closes up first, and then its type and gaps shrink, until it
 * fits. */
static void
fit_matter(flow *f, lay_pager *pg, matter_fn fn, const matter_args *a, double drop, double gap)
{
    size_t from = f->vl.n;
    bool had_line = f->have_line;
    double room = pg->text_h - 1, k = 1, drop0 = drop, gap0 = gap;
    for (int tries = 0;; tries++) {
        f->pend_glue = drop;
        f->pend_glue_keep = true;
        fn(f, a, k, drop, gap);
        double h = vl_height(&f->vl, from);
        if (h <= room || tries == 12)
            break;
        double text = h - drop - gap;
        if (text <= room && drop + gap > 0) {
            double r = (room - text) / (drop + gap);
            drop *= r;
            gap *= r;
        } else {
            k *= 0.85; /* then the space closes up again, as far as it must */
            drop = drop0;
            gap = gap0;
        }
        f->vl.n = from;
        f->have_line = had_line;
        f->pend_glue = 0;
    }
}

static void
cover_text(flow *f, const matter_args *a, double k, double drop, double gap)
{
    (void)drop;
    const manifest *m = a->m;
    ctx c = a->c;
    double sz = lay_body_size(f) * k;
    centred(f, c, m && m->title ? m->title : f->L->untitled, PDF_FACE_BOLD, sz * 2.6, sz * 1.5);
    if (m)
        centred(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.4, 0);
    /* Who made it, the publisher and the date low on the cover, as on a
       printed packet, the smallest last. */
    const char *ed = m ? doc_names_join(f->out, m->editors, m->n_editors, f->L->and_) : NULL;
    const char *au = m ? doc_names_join(f->out, m->authors, m->n_authors, f->L->and_) : NULL;
    lay_space(f, gap);
    if (ed)
        centred(f, c, arena_printf(f->out, "%s%s", f->L->edited_by, ed), PDF_FACE_REGULAR, sz * 1.3,
                sz * 0.8);
    else if (au)
        centred(f, c, au, PDF_FACE_REGULAR, sz * 1.3, sz * 0.8);
    else
        centred(f, c, a->held, PDF_FACE_REGULAR, sz * 1.1, sz * 0.8);
    if (m)
        centred(f, c, m->publisher, PDF_FACE_REGULAR, sz * 1.1, sz * 0.4);
    centred(f, c, book_date(f, m, a->bo), PDF_FACE_REGULAR, sz * 0.9, 0);
}

static void
flow_cover(flow *f, lay_pager *pg, const manifest *m, ctx c, const lay_book_options *bo,
           const char *held)
{
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    if (bo && bo->cover && bo->cover_w > 0 && bo->cover_h > 0) {
        /* the cover image, fitted to the page and centred */
        double s = pg->paper_w / bo->cover_w;
        if (bo->cover_h * s > pg->paper_h)
            s = pg->paper_h / bo->cover_h;
        lay_item *v = arena_alloc(f->art, sizeof *v);
        memset(v, 0, sizeof *v);
        v->kind = LAY_IMAGE;
        v->href = bo->cover;
        v->w = bo->cover_w * s;
        v->h = bo->cover_h * s;
        /* relative to the text block's left edge and the line's baseline
           at the page top: the line itself takes no room */
        v->x = (pg->paper_w - v->w) / 2 - pg->st->margin_inner;
        v->y = pg->st->margin_top - (pg->paper_h - v->h) / 2 - v->h;
        lay_emit_line(f, v, 1, 0.01, 0, 0, NULL, 0);
        return;
    }
    matter_args ma = {m, c, held, bo};
    fit_matter(f, pg, cover_text, &ma, pg->text_h / 4, pg->text_h / 3);
}

/* The title page: the title, the subtitle and the names under it with
 * the date close below them, and the publisher's imprint in small type at
 * the foot. The date stays with the names so the last line of the block
 * is small type, never a larger line left alone over the foot (which
 * pdf-typo-score, taking the imprint for a page foot, counts as a
 * heading stranded at the foot of a page). What tells about the edition
 * (its description, rights) is the colophon's, on the title page's back. */
static void
title_page_text(flow *f, const matter_args *a, double k, double drop, double gap)
{
    (void)drop;
    const manifest *m = a->m;
    ctx c = a->c;
    double sz = lay_body_size(f) * k;
    centred(f, c, m && m->title ? m->title : f->L->untitled, PDF_FACE_BOLD, sz * 2, sz);
    if (!m) {
        centred(f, c, a->held, PDF_FACE_REGULAR, sz * 1.1, sz * 0.5);
        centred(f, c, book_date(f, m, a->bo), PDF_FACE_REGULAR, sz * 0.9, 0);
        return;
    }
    centred(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.2, sz * 2);
    const char *ed = doc_names_join(f->out, m->editors, m->n_editors, f->L->and_);
    const char *au = doc_names_join(f->out, m->authors, m->n_authors, f->L->and_);
    if (au)
        centred(f, c, au, PDF_FACE_REGULAR, sz * 1.1, sz * 0.5);
    if (ed)
        centred(f, c, arena_printf(f->out, "%s%s", f->L->edited_by, ed), PDF_FACE_REGULAR, sz * 1.1,
                sz * 0.5);
    else if (!au)
        centred(f, c, a->held, PDF_FACE_REGULAR, sz * 1.1, sz * 0.5);
    centred(f, c, book_date(f, m, a->bo), PDF_FACE_REGULAR, sz * 0.9, 0);
    if (m->publisher) {
        lay_space(f, gap);
        centred(f, c, m->publisher, PDF_FACE_REGULAR, sz * 0.9, 0);
    }
}

/* The colophon, the title page's back: the edition's description,
 * publisher and rights in small type at the foot of the page, as a
 * book's copyright page has them, and last what made the book: its
 * typeface, and sheaf's version with the date it was made (the edition's
 * date is the title page's). Those two lines are always there: a page of
 * one line of text stops pdf-typo-score, the measure our print is scored
 * with, with an error, and so does a page of two whose first it takes
 * for a running head, which is what a line printed alone at the edge of
 * three pages is to it: the date on its own was that, at the foot of the
 * cover and of the title page and at the head of the colophon. */
static void
colophon_text(flow *f, const matter_args *a, double k, double drop, double gap)
{
    (void)drop;
    (void)gap;
    const manifest *m = a->m;
    ctx c = a->c;
    double sz = lay_body_size(f) * k;
    if (m) {
        centred(f, c, m->description, PDF_FACE_ITALIC, sz * 0.9, sz * 1.5);
        centred(f, c, m->publisher, PDF_FACE_REGULAR, sz * 0.85, sz * 0.3);
        centred(f, c, m->rights, PDF_FACE_ITALIC, sz * 0.85, 0);
        if ((m->description && *m->description) || (m->publisher && *m->publisher) ||
            (m->rights && *m->rights))
            lay_space(f, sz * 1.5);
    }
    const char *face = f->st->font_body && *f->st->font_body ? f->st->font_body : "serif";
    const char *date = book_date(f, m, a->bo);
    centred(f, c, face, PDF_FACE_REGULAR, sz * 0.8, sz * 0.2);
    centred(f, c,
            date ? arena_printf(f->out, "sheaf %s \xC2\xB7 %s", SHEAF_VERSION, date)
                 : "sheaf " SHEAF_VERSION,
            PDF_FACE_REGULAR, sz * 0.8, 0);
}

/* A page with nothing on it: a destination makes it a page. */
static void
blank_line(flow *f, const char *dest)
{
    lay_item *v = arena_alloc(f->art, sizeof *v);
    memset(v, 0, sizeof *v);
    v->kind = LAY_DEST;
    v->dest = dest;
    lay_emit_line(f, v, 1, 0.01, 0, 0, NULL, 0);
}

static void
blank_page(flow *f, lay_pager *pg, const char *dest)
{
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    blank_line(f, dest);
}

/* fit_matter, with what the page leaves over given to the flexible gap
 * (top: to the drop), so the lines after it stand at the page's foot. */
static void
fit_matter_foot(flow *f, lay_pager *pg, matter_fn fn, const matter_args *a, double drop, bool top)
{
    size_t from = f->vl.n;
    bool had_line = f->have_line;
    fit_matter(f, pg, fn, a, drop, 0); /* once, to learn its height */
    double left = pg->text_h - 1 - vl_height(&f->vl, from);
    f->vl.n = from;
    f->have_line = had_line;
    f->pend_glue = 0;
    if (left < 0)
        left = 0;
    fit_matter(f, pg, fn, a, top ? drop + left : drop, top ? 0 : left);
}

/* The title page on a recto (page 3, the cover being page 1, its back
 * left blank as a book's inside cover is), and the colophon on its back,
 * so the contents open on a recto too. */
static void
flow_title_page(flow *f, lay_pager *pg, const manifest *m, ctx c, const char *held,
                const lay_book_options *bo)
{
    blank_page(f, pg, "cover-back");
    matter_args ma = {m, c, held, bo};
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    fit_matter_foot(f, pg, title_page_text, &ma, pg->text_h / 6, false);
    matter_page(f, pg, LAY_PAGE_OPENING | LAY_PAGE_BARE, "");
    size_t from = f->vl.n;
    fit_matter_foot(f, pg, colophon_text, &ma, 0, true);
    bool set = false;
    for (size_t i = from; i < f->vl.n && !set; i++)
        set = f->vl.v[i].kind == LAY_V_LINE;
    if (!set) /* a book that says nothing of its edition: the page stays */
        blank_line(f, "colophon");
}

typedef struct toc_entry {
    const char *title, *dest;
    int depth;    /* indentation steps */
    bool strong;  /* parts and the back matter */
    bool section; /* an article's section (a heading) */
} toc_entry;

/* One contents entry: the title (ragged, wrapped with a hanging indent),
 * dot leaders on a grid common to all entries, the page number right-
 * aligned; the title and the number are links to the destination. In a
 * right-to-left book (f->bidi is LAY_BIDI_RTL) the entry is the mirror
 * image: the title flush right, indented from the right, the number at
 * the left edge, the leaders between. */
static void
toc_line(flow *f, ctx c, const toc_entry *e, const char *num)
{
    double sz = lay_body_size(f) * (e->depth >= 2 ? 0.92 : 1.0);
    pdf_face face = e->strong ? PDF_FACE_BOLD : PDF_FACE_REGULAR;
    double ind = e->depth * 1.5 * lay_body_size(f);
    double numcol = 3 * lay_body_size(f);
    if (c.width - ind - numcol < c.width / 3)
        ind = 0;
    int link = lay_add_link(f, arena_printf(f->out, "#%s", e->dest));
    lay_add_span(f, e->title, strlen(e->title), face, sz, LB_SPAN_NOHYPH, link);
    /* a title that wraps turns over indented, so each entry starts
       visibly at its own left edge */
    double hang = 1.5 * lay_body_size(f);
    para_opts o;
    lay_para_defaults(f, &o, c);
    o.x = c.x + ind + hang;
    o.width = c.width - ind - numcol - hang;
    o.hang = hang;
    o.size = sz;
    o.face = face;
    o.lead = sz * lay_leading(f);
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    o.numbered = false;
    o.dest = NULL;
    lay_space(f, e->depth == 0 ? lay_body_size(f) * 0.6 : lay_body_size(f) * 0.15);
    size_t before = f->vl.n;
    lay_set_para(f, &o, NULL);
    if (f->vl.n == before || f->vl.v[f->vl.n - 1].kind != LAY_V_LINE)
        return;
    lay_vitem *L = &f->vl.v[f->vl.n - 1];
    bool rtl = f->bidi == LAY_BIDI_RTL;
    double nw = f->mx->width(f->mx->ud, face, sz, num, strlen(num));
    /* end: where the title's last line stops (its left end when mirrored);
       the leader runs from there to the number, in the reading direction */
    double end, nx;
    if (rtl) {
        /* set_para mirrored the lines across the text block [0, text_w] */
        end = f->text_w - (f->vl.n - before == 1 ? o.x - hang : o.x);
        for (size_t k = 0; k < L->n_items; k++)
            if (L->items[k].kind == LAY_TEXT && L->items[k].x < end)
                end = L->items[k].x;
        nx = c.x;
    } else {
        end = f->vl.n - before == 1 ? o.x - hang : o.x;
        for (size_t k = 0; k < L->n_items; k++)
            if (L->items[k].kind == LAY_TEXT && L->items[k].x + L->items[k].w > end)
                end = L->items[k].x + L->items[k].w;
        nx = c.x + c.width - nw;
    }
    /* The leader is one run of close dots, a word space from the title
       and from the number and letter-spaced to fill exactly: read back
       as text it is one "word" at ordinary spacing, not dozens of words
       with wide gaps between them. */
    double sp = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, sz, " ", 1);
    double dw = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, sz, ".", 1);
    double lead_lo = rtl ? nx + nw + sp : end + sp, lead_hi = rtl ? end - sp : nx - sp;
    double span = lead_hi - lead_lo;
    size_t ndots = dw > 0 && span > dw ? (size_t)(span / dw) : 0;
    lay_item *v = arena_alloc(f->art, (L->n_items + 3) * sizeof *v);
    memcpy(v, L->items, L->n_items * sizeof *v);
    size_t n = L->n_items;
    if (ndots > 0) {
        char *dots = arena_alloc(f->out, ndots + 1);
        memset(dots, '.', ndots);
        dots[ndots] = 0;
        lay_item *t = lay_item_new(v, &n);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_REGULAR;
        t->size = sz;
        t->text = dots;
        t->len = ndots;
        t->track = (span - (double)ndots * dw) / (double)ndots;
        t->w = span;
        t->x = lead_lo;
        t->gray = f->st->high_contrast ? 0 : 0.3;
    }
    lay_item *t = lay_item_new(v, &n);
    t->kind = LAY_TEXT;
    t->face = face;
    t->size = sz;
    t->text = num;
    t->len = strlen(num);
    t->w = nw;
    t->x = nx;
    lay_item *lk = lay_item_new(v, &n);
    lk->kind = LAY_LINK;
    lk->dest = e->dest;
    lk->x = rtl ? c.x : end;
    lk->w = rtl ? end - c.x : c.x + c.width - end;
    lk->y = f->mx->descent(f->mx->ud, face, sz);
    lk->h = sz - lk->y;
    L->items = v;
    L->n_items = n;
}

/* The contents entries: parts, articles, their headings to `depth`
 * (1 = articles only), then the back matter. */
static toc_entry *
toc_entries(flow *f, const doc_node *root, int depth, size_t *n_out)
{
    size_t n = 0, cap = 64;
    toc_entry *e = xmalloc(cap * sizeof *e);
    bool parts = false;
    for (const doc_node *k = root->first_child; k; k = k->next)
        parts |= k->type == DOC_PART;
    doc_iter it;
    doc_iter_init(&it, (doc_node *)root);
    doc_node *nd;
    doc_event ev;
    int art_depth = 0;
    bool sections = false; /* the article's sections are listed */
    while ((ev = doc_iter_next(&it, &nd)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        toc_entry x = {0};
        if (nd->type == DOC_PART) {
            x = (toc_entry){nd->as.part.title ? nd->as.part.title : "", lay_name_of(f, nd), 0, true,
                            false};
        } else if (nd->type == DOC_ARTICLE) {
            const doc_meta *m = nd->as.article.meta;
            art_depth = parts && nd->parent && nd->parent->type == DOC_PART ? 1 : 0;
            sections = doc_contents_lists_sections(nd, depth);
            x = (toc_entry){m && m->title ? m->title : f->L->untitled, lay_name_of(f, nd),
                            art_depth, false, false};
        } else if (nd->type == DOC_HEADING) {
            int lv = nd->as.heading.level;
            if (sections && lv >= 2 && doc_heading_listed(nd, depth))
                x = (toc_entry){doc_text_of(f->out, nd), lay_name_of(f, nd), art_depth + lv - 1,
                                false, true};
            doc_iter_skip(&it);
        } else if (!doc_is_block(nd->type) || nd->type == DOC_NOTE_DEF) {
            doc_iter_skip(&it);
        }
        if (!x.title || !x.dest)
            continue;
        if (n == cap) {
            cap *= 2;
            e = xrealloc(e, cap * sizeof *e);
        }
        e[n++] = x;
    }
    /* A contents is a page or two: when the sections would run it past
       two pages, it lists the parts and articles alone (their entries'
       height guessed a line each, wrapped titles aside). */
    double lead = lay_body_size(f) * lay_leading(f), h = 0, room = 2 * f->text_h - 4 * lead;
    for (size_t i = 0; i < n; i++)
        h += lead + (e[i].depth == 0 ? 0.6 : 0.15) * lay_body_size(f);
    if (h > room) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (!e[i].section)
                e[k++] = e[i];
        n = k;
    }
    *n_out = n;
    return e;
}

/* The sources page: each article's title, authors, date, address and
 * when it was retrieved. */
/* One small ragged line under a sources entry: authors and date, the
 * address, when it was retrieved. */
static void
sources_detail(flow *f, ctx c, const char *text, pdf_face face, double size, unsigned flags,
               int link)
{
    lay_add_span(f, text, strlen(text), face, size, flags, link);
    para_opts q;
    lay_para_defaults(f, &q, c);
    q.size = size;
    q.face = face;
    q.lead = q.size * lay_leading(f);
    q.justify = false;
    q.hyph = NULL;
    q.numbered = false;
    lay_set_para(f, &q, NULL);
}

/* An entry's people, site and date on one line, and a line for each of
 * its translators, editors and the like; false when it has none. */
static bool
source_people(flow *f, ctx c, const doc_meta *m)
{
    if (!m)
        return false;
    double sz = lay_body_size(f);
    buf b;
    buf_init(&b, 0);
    const char *au = doc_names_join(f->out, m->authors, m->n_authors, f->L->and_);
    if (au)
        buf_adds(&b, au);
    if (m->site)
        buf_printf(&b, "%s%s", b.len ? ", " : "", m->site);
    if (m->date)
        buf_printf(&b, "%s%s", b.len ? ", " : "", doc_date_display(f->out, m->date, m->language));
    bool any = b.len > 0;
    if (b.len)
        sources_detail(f, c, arena_strndup(f->out, b.data, b.len), PDF_FACE_REGULAR, sz * 0.9,
                       LB_SPAN_NOHYPH, -1);
    buf_cleanup(&b);
    const char **credits;
    size_t nc = doc_contrib_lines(f->out, m, f->L, &credits);
    for (size_t i = 0; i < nc; i++)
        sources_detail(f, c, credits[i], PDF_FACE_REGULAR, sz * 0.9, LB_SPAN_NOHYPH, -1);
    return any || nc;
}

void
lay_sources(flow *f, lay_pager *pg, const doc_node *root, ctx c)
{
    matter_page(f, pg, LAY_PAGE_OPENING, f->L->sources);
    f->src = root;
    matter_heading(f, c, f->L->sources, "sources");
    f->src_sources = true;
    double sz = lay_body_size(f);
    for (const doc_node *n = root; n; n = n == root ? root->first_child : n->next) {
        if (n == root)
            continue;
        const doc_node *first = n->type == DOC_PART ? n->first_child : n;
        for (const doc_node *k = first; k; k = n->type == DOC_PART ? k->next : NULL) {
            if (k->type != DOC_ARTICLE)
                continue;
            const doc_meta *m = k->as.article.meta;
            const char *dest = lay_name_of(f, k);
            const char *t = m && m->title ? m->title : f->L->untitled;
            f->src = k;
            /* Entry titles a little larger than the text, details smaller:
             * a list of sources, not paragraphs of prose. */
            lay_add_span(f, t, strlen(t), PDF_FACE_BOLD, sz * 1.1, LB_SPAN_NOHYPH,
                         dest ? lay_add_link(f, arena_printf(f->out, "#%s", dest)) : -1);
            para_opts o;
            lay_para_defaults(f, &o, c);
            o.size = sz * 1.1;
            o.lead = o.size * lay_leading(f);
            o.justify = false;
            o.hyph = NULL;
            o.face = PDF_FACE_BOLD;
            o.numbered = false;
            o.keep_all = true;
            lay_space(f, sz * 0.8);
            lay_set_para(f, &o, NULL);
            f->keep = 2;
            bool details = source_people(f, c, m) || (m && (m->source || m->retrieved));
            if (m && m->source)
                sources_detail(f, c, m->source, PDF_FACE_ITALIC, sz * 0.9,
                               LB_SPAN_URL | LB_SPAN_NOHYPH, lay_add_link(f, m->source));
            if (m && m->retrieved)
                sources_detail(f, c,
                               arena_printf(f->out, "%s%s", f->L->retrieved,
                                            doc_date_display(f->out, m->retrieved, f->L->lang)),
                               PDF_FACE_REGULAR, sz * 0.9, LB_SPAN_NOHYPH, -1);
            /* An entry that is a title alone would read as a heading at
               the foot of a page: it stays with the next entry. */
            f->keep = details ? 0 : 1;
        }
    }
    f->keep = 0;
    lay_flush(f, pg);
    f->src = NULL;
    f->src_sources = false;
}

/* A handout (one article printed on its own) has no sources page, and
 * its opening block names the site and address but not when the text was
 * taken: so it ends with its entry from that page, under the same heading
 * as the book's (the book's "no online source" line when there is no
 * address), and the book it was taken from. Kept on one page. */
void
lay_handout_source(flow *f, const doc_node *art, ctx c)
{
    const doc_meta *m = art->as.article.meta;
    double sz = lay_body_size(f);
    f->src = art;
    f->src_after = true;
    lay_end_heading(f, c, f->L->sources, NULL, false);
    f->keep = 1000000;
    source_people(f, c, m);
    if (m && m->source)
        sources_detail(f, c, m->source, PDF_FACE_ITALIC, sz * 0.9, LB_SPAN_URL | LB_SPAN_NOHYPH,
                       lay_add_link(f, m->source));
    else
        sources_detail(f, c, f->L->no_source, PDF_FACE_ITALIC, sz * 0.9, LB_SPAN_NOHYPH, -1);
    if (m && m->retrieved)
        sources_detail(f, c,
                       arena_printf(f->out, "%s%s", f->L->retrieved,
                                    doc_date_display(f->out, m->retrieved, f->L->lang)),
                       PDF_FACE_REGULAR, sz * 0.9, LB_SPAN_NOHYPH, -1);
    if (f->bo->handout_from && f->bo->handout_from[0])
        sources_detail(f, c, f->bo->handout_from, PDF_FACE_ITALIC, sz * 0.9, LB_SPAN_NOHYPH, -1);
    f->keep = 0;
    f->src_after = false;
}

/* Where each destination landed: name -> printed page label. */
static void
index_dests(flow *f, const lay_doc *d, name_map *where)
{
    for (size_t p = 0; p < d->n_pages; p++) {
        const lay_page *pg = &d->pages[p];
        for (size_t i = 0; i < pg->n_items; i++)
            if (pg->items[i].kind == LAY_DEST && pg->items[i].dest)
                lay_nm_put(f->names_a, where, pg->items[i].dest,
                           pg->label ? pg->label : arena_printf(f->out, "%d", pg->folio));
    }
}

/* Cover, title page and contents before the body pages already in *out:
 * numbered apart (roman), so the contents' own length cannot move the
 * numbers it prints and one pass gives stable numbers. */
void
lay_front_matter(flow *f, lay_pager *body_pg, const doc_node *root, const manifest *m,
                 const lay_book_options *bo)
{
    lay_doc *out = body_pg->out;
    name_map where = {0};
    index_dests(f, out, &where);
    lay_doc fr;
    memset(&fr, 0, sizeof fr);
    lay_pager pg = *body_pg;
    pg.out = &fr;
    pg.front = true;
    pg.n_tmp = 0;
    ctx c = {0, f->text_w, lay_body_size(f), 0, 0};
    const char *held = doc_articles_phrase(f->out, f->L, root);
    flow_cover(f, &pg, m, c, bo, held);
    flow_title_page(f, &pg, m, c, held, bo);
    matter_page(f, &pg, LAY_PAGE_OPENING, f->L->contents);
    /* a right-to-left book's contents read from the right, as its part
       openers do: heading and titles flush right, numbers on the left */
    lay_bidi_mode was = f->bidi;
    if (doc_lang_rtl(f->book_lang))
        f->bidi = LAY_BIDI_RTL;
    matter_heading(f, c, f->L->contents, "contents");
    int depth = f->toc_depth;
    size_t ne = 0;
    toc_entry *e = toc_entries(f, root, depth, &ne);
    for (size_t i = 0; i < ne; i++) {
        const char *num = lay_nm_get(&where, e[i].dest);
        if (num)
            toc_line(f, c, &e[i], num);
    }
    free(e);
    if (lay_nm_get(&where, "sources"))
        toc_line(f, c, &(toc_entry){f->L->sources, "sources", 0, true, false},
                 lay_nm_get(&where, "sources"));
    f->bidi = was;
    lay_flush(f, &pg);
    if (fr.n_pages % 2) {
        /* an even count, so the first article opens on a recto */
        blank_page(f, &pg, "blank");
        lay_flush(f, &pg);
    }
    body_pg->tmp = pg.tmp;
    body_pg->cap_tmp = pg.cap_tmp;
    /* front pages first; outline entries follow their pages */
    size_t np = fr.n_pages + out->n_pages, no = fr.n_outline + out->n_outline;
    lay_page *pages = arena_alloc(f->out, (np ? np : 1) * sizeof *pages);
    memcpy(pages, fr.pages, fr.n_pages * sizeof *pages);
    memcpy(pages + fr.n_pages, out->pages, out->n_pages * sizeof *pages);
    lay_outline *ol = arena_alloc(f->out, (no ? no : 1) * sizeof *ol);
    memcpy(ol, fr.outline, fr.n_outline * sizeof *ol);
    for (size_t i = 0; i < out->n_outline; i++) {
        ol[fr.n_outline + i] = out->outline[i];
        ol[fr.n_outline + i].page += fr.n_pages;
    }
    out->pages = pages;
    out->n_pages = out->cap_pages = np;
    out->outline = ol;
    out->n_outline = out->cap_outline = no;
}
