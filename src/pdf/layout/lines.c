/*
 * lines.c - broken paragraphs into set lines: each line's items placed with
 * its glue set, list markers hung left of an item's first line, and the
 * lines appended to the vertical list with the penalties that keep
 * orphans, widows and headings from a page break.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Hang the waiting list markers on line l: each right-aligned half its
 * size before its item's text edge, on the baseline of the line's text,
 * or, beside a picture, on the baseline of a first text line set at its
 * top. They go before the line's closing destinations, where lay_set_para
 * put a paragraph's own bullet. */
static void
hang_marks(flow *f, lay_vitem *l)
{
    size_t k = 0, n = l->n_items;
    for (const lay_mark *m = f->marks; m; m = m->next)
        k++;
    lay_item *v = arena_alloc(f->art, (n + k) * sizeof *v);
    size_t at = n;
    while (at > 0 && l->items[at - 1].kind == LAY_DEST)
        at--;
    if (n) {
        memcpy(v, l->items, at * sizeof *v);
        memcpy(v + at + k, l->items + at, (n - at) * sizeof *v);
    }
    bool picture = false;
    for (size_t i = 0; i < n; i++) /* a picture set beside the item, not in its text */
        picture |= l->items[i].kind == LAY_IMAGE && !l->items[i].in_line;
    /* outermost first, as the eye reads them */
    size_t i = at + k;
    for (const lay_mark *m = f->marks; m; m = m->next) {
        lay_item *t = &v[--i];
        memset(t, 0, sizeof *t);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_REGULAR;
        t->size = m->size;
        t->text = m->text;
        t->len = m->len;
        t->w = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, m->size, m->text, m->len);
        t->x = m->x - t->w - 0.5 * m->size;
        t->y = picture ? l->base - f->mx->ascent(f->mx->ud, PDF_FACE_REGULAR, m->size) : 0;
        if (f->bidi == LAY_BIDI_RTL) {
            /* a right-to-left article's lists hang their markers on the
               right, as lay_set_para sets its lines, and read ".1" */
            t->text = lay_bidi_visual(f->out, m->text, m->len, 1, &t->len);
            t->w = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, m->size, t->text, t->len);
            t->x = m->x - t->w - 0.5 * m->size;
            lay_bidi_mirror(t, 1, 0, f->text_w);
        }
    }
    l->items = v;
    l->n_items = n + k;
    f->marks = NULL;
}

void
lay_emit_line(flow *f, lay_item *items, size_t n, double height, double base, double pen_before,
              const char *outline, int outline_level)
{
    if (f->have_line) {
        double pen = f->pend_pen > pen_before ? f->pend_pen : pen_before;
        if (f->keep > 0)
            pen = INF;
        lay_vpush(&f->vl, LAY_V_PENALTY)->penalty = pen;
    }
    if (f->pend_glue > 0 && (f->have_line || f->pend_glue_keep)) {
        lay_vitem *g = lay_vpush(&f->vl, LAY_V_GLUE);
        g->height = f->pend_glue;
        g->flags = f->pend_glue_keep;
    }
    lay_vitem *l = lay_vpush(&f->vl, LAY_V_LINE);
    l->height = height;
    l->base = base;
    l->para = f->para_no;
    l->items = items;
    l->n_items = n;
    l->outline = outline;
    l->outline_level = outline_level;
    l->src = f->src;
    if (f->src_sources)
        l->flags |= LAY_LINE_SOURCES;
    if (f->src_after)
        l->flags |= LAY_LINE_AFTER;
    for (size_t i = 0; i < n && f->src; i++)
        if (items[i].kind == LAY_TEXT) {
            l->src_text = items[i].text; /* lay_set_line puts the line's first word first */
            break;
        }
    if (f->marks)
        hang_marks(f, l);
    if (f->foot.n) {
        /* the notes this line references ride on it to its page */
        for (size_t i = 0; i < n; i++) {
            if (items[i].kind != LAY_LINK || !items[i].dest)
                continue;
            lay_footnote *fn = (lay_footnote *)lay_nm_get(
                &f->foot, arena_printf(f->names_a, "D%s", items[i].dest));
            if (!fn)
                continue;
            lay_footnote *cp = arena_alloc(f->art, sizeof *cp);
            *cp = *fn;
            cp->next = NULL;
            /* a note cited again is printed again, but names its place once */
            cp->no_dest = fn->no_dest;
            fn->no_dest = true;
            lay_footnote **tail = (lay_footnote **)&l->foot;
            while (*tail)
                tail = &(*tail)->next;
            *tail = cp;
        }
    }
    f->have_line = true;
    f->pend_glue = 0;
    f->pend_glue_keep = false;
    f->pend_pen = 0;
    if (f->keep > 0)
        f->keep--;
}

void
lay_space(flow *f, double pt)
{
    if (pt > f->pend_glue)
        f->pend_glue = pt;
}

double
lay_line_base(const flow *f, pdf_face face, double size, double height)
{
    double asc = f->mx->ascent(f->mx->ud, face, size);
    double desc = f->mx->descent(f->mx->ud, face, size);
    return height / 2 + (asc + desc) / 2;
}

lay_item *
lay_item_new(lay_item *v, size_t *n)
{
    lay_item *it = &v[(*n)++];
    memset(it, 0, sizeof *it);
    return it;
}

static char *
with_hyphen(flow *f, const char *s, size_t len)
{
    char *t = arena_alloc(f->out, len + 2);
    memcpy(t, s, len);
    t[len] = '-';
    return t;
}

/* Room for `cap` items of one line in the reused buffer. */
lay_item *
lay_line_buf(flow *f, size_t cap)
{
    if (cap > f->cap_lbuf) {
        f->lbuf = xrealloc(f->lbuf, cap * sizeof *f->lbuf);
        f->cap_lbuf = cap;
    }
    return f->lbuf;
}

/* A strike through struck text: its middle at STRIKE_AT of the type's
 * size above the baseline (about half the height of a lowercase x, as
 * fonts put their own), STRIKE_THICK of the size thick. */
#define STRIKE_AT 0.27
#define STRIKE_THICK 0.05

/* The n items set in the buffer, copied to the article's arena. */
lay_item *
lay_line_keep(flow *f, const lay_item *v, size_t n)
{
    lay_item *k = arena_alloc(f->art, (n ? n : 1) * sizeof *k);
    memcpy(k, v, n * sizeof *k);
    return k;
}

/* A picture's item, at w x h, named by the node it comes from (for the
 * renderer's warnings); its place is the caller's. */
lay_item *
lay_image_item(lay_item *v, size_t *n, const doc_node *img, double w, double h)
{
    lay_item *im = lay_item_new(v, n);
    im->kind = LAY_IMAGE;
    im->href = img->as.link.href;
    im->src_file = img->pos.file;
    im->src_line = img->pos.line;
    im->src_col = img->pos.col;
    im->w = w;
    im->h = h;
    return im;
}
/* The items of an inline picture whose box starts at x: the picture, and
 * its alt text unpainted across it in the line's face, so that copying
 * the line or searching it finds the words the picture stands for. */
static void
set_inline_pic(flow *f, lay_item *v, size_t *n, const inline_pic *ip, double x, pdf_face face,
               double size, double rise)
{
    lay_item *im = lay_image_item(v, n, ip->img, ip->w, ip->h);
    im->in_line = true;
    im->x = x;
    im->y = ip->y + rise;
    const char *alt = doc_text_of(f->out, ip->img);
    size_t len = alt ? strlen(alt) : 0;
    if (!len)
        return;
    im->text = alt, im->len = len;
    double nat = f->mx->width(f->mx->ud, face, size, alt, len);
    if (!(nat > 0))
        return;
    lay_item *t = lay_item_new(v, n);
    t->kind = LAY_TEXT;
    t->hidden = true;
    t->face = face;
    t->size = size;
    t->text = alt;
    t->len = len;
    t->x = x;
    t->y = rise;
    t->w = ip->w;
    t->hscale = ip->w / nat;
}

/* Turn one broken line into items. */
size_t
lay_set_line(flow *f, const lb_result *r, const lb_line *L, const para_opts *o, lay_item *v)
{
    size_t n = 0;
    double x = o->x;
    double hs = 1 + L->expand; /* font expansion: every glyph of the line */
    double tr = L->track;      /* letter-spacing, when the spaces could not fill it */
    lay_item *last_text = NULL;
    bool gap = true;
    /* struck runs: one rule from the first struck box to the last, across
       the spaces between */
    bool strike = false;
    double strike_x0 = 0, strike_x1 = 0, strike_size = 0, strike_rise = 0;
#define FLUSH_STRIKE()                                                                             \
    do {                                                                                           \
        if (strike) {                                                                              \
            lay_item *sr = lay_item_new(v, &n);                                                    \
            sr->kind = LAY_RULE;                                                                   \
            sr->over_text = true;                                                                  \
            sr->x = strike_x0;                                                                     \
            sr->w = strike_x1 - strike_x0;                                                         \
            sr->h = strike_size * STRIKE_THICK;                                                    \
            sr->y = strike_rise + strike_size * STRIKE_AT - sr->h / 2;                             \
        }                                                                                          \
        strike = false;                                                                            \
    } while (0)
    /* a box of span sp set at x, w wide: struck, it opens or extends the
       run (a baseline box sets its height over a script's); else ends it */
#define STRIKE_BOX(sp, it, x, w)                                                                   \
    do {                                                                                           \
        if (!(sp) || !((sp)->flags & LB_SPAN_STRIKE)) {                                            \
            FLUSH_STRIKE();                                                                        \
            break;                                                                                 \
        }                                                                                          \
        if (!strike || ((it)->rise == 0 && strike_rise != 0))                                      \
            strike_size = (it)->size, strike_rise = (it)->rise;                                    \
        if (!strike)                                                                               \
            strike_x0 = (x), strike = true;                                                        \
        strike_x1 = (x) + (w);                                                                     \
    } while (0)
    /* link areas */
    int cur_link = -1;
    double link_x0 = 0, link_x1 = 0, link_size = 0;
#define FLUSH_LINK()                                                                               \
    do {                                                                                           \
        if (cur_link >= 0) {                                                                       \
            lay_item *lk = lay_item_new(v, &n);                                                    \
            lk->kind = LAY_LINK;                                                                   \
            lk->x = link_x0;                                                                       \
            lk->w = link_x1 - link_x0;                                                             \
            lk->y = f->mx->descent(f->mx->ud, PDF_FACE_REGULAR, link_size);                        \
            lk->h = link_size * 1.0 - lk->y;                                                       \
            const char *href = f->links[cur_link];                                                 \
            if (href[0] == '#')                                                                    \
                lk->dest = href + 1;                                                               \
            else                                                                                   \
                lk->href = href;                                                                   \
            if (f->anchors[cur_link]) {                                                            \
                lay_item *an = lay_item_new(v, &n);                                                \
                an->kind = LAY_DEST;                                                               \
                an->dest = f->anchors[cur_link];                                                   \
                an->y = link_size;                                                                 \
            }                                                                                      \
        }                                                                                          \
        cur_link = -1;                                                                             \
    } while (0)
    for (size_t i = L->first; i < L->end; i++) {
        const lb_item *x_ = &r->items[i];
        if (x_->type == LB_GLUE) {
            double w = x_->width;
            if (L->ratio > 0)
                w += L->ratio * x_->stretch;
            else if (L->ratio < 0)
                w += L->ratio * x_->shrink;
            x += w;
            gap = true;
            continue;
        }
        if (x_->type != LB_BOX)
            continue;
        const lb_span *osp =
            x_->span >= 0 && (size_t)x_->span < f->n_spans ? &f->spans[x_->span] : NULL;
        if (osp && (osp->flags & LB_SPAN_OBJECT) && osp->obj) {
            set_inline_pic(f, v, &n, osp->obj, x, x_->face, x_->size, x_->rise);
            STRIKE_BOX(osp, x_, x, x_->width);
            if (x_->link != cur_link)
                FLUSH_LINK();
            if (x_->link >= 0 && cur_link < 0)
                cur_link = x_->link, link_x0 = x, link_size = x_->size;
            if (cur_link >= 0)
                link_x1 = x + x_->width;
            x += x_->width;
            last_text = NULL;
            gap = false;
            continue;
        }
        double bw = x_->len > 0 ? x_->width * hs : x_->width;
        if (tr > 0)
            bw += tr * (double)utf8_length(x_->text, x_->len);
        if (x_->len > 0) {
            if (!gap && last_text && last_text->face == x_->face && last_text->size == x_->size &&
                last_text->y == x_->rise && last_text->text + last_text->len == x_->text) {
                last_text->len += x_->len;
                last_text->w += bw;
            } else {
                lay_item *t = lay_item_new(v, &n);
                t->kind = LAY_TEXT;
                t->x = x;
                t->w = bw;
                t->hscale = hs;
                t->track = tr;
                t->face = x_->face;
                t->size = x_->size;
                t->y = x_->rise;
                t->text = x_->text;
                t->len = x_->len;
                last_text = t;
            }
            STRIKE_BOX(osp, x_, x, bw);
            if (x_->link != cur_link) {
                FLUSH_LINK();
                if (x_->link >= 0) {
                    cur_link = x_->link;
                    link_x0 = x;
                    link_size = x_->size;
                }
            }
            if (cur_link >= 0)
                link_x1 = x + bw;
        }
        x += bw;
        gap = false;
    }
    const lb_item *b = &r->items[L->brk];
    if (L->hyphen || L->marked) {
        if (L->hyphen && last_text && !gap && last_text->face == b->face) {
            last_text->text = with_hyphen(f, last_text->text, last_text->len);
            last_text->len++;
            last_text->w += b->width * hs + tr;
        } else {
            lay_item *t = lay_item_new(v, &n);
            t->kind = LAY_TEXT;
            t->x = x;
            t->w = b->width * hs + tr * (double)(L->hyphen ? 1 : utf8_length(b->text, b->len));
            t->hscale = hs;
            t->track = tr;
            t->face = b->face;
            t->size = b->size > 0 ? b->size : o->size;
            t->text = L->hyphen ? "-" : b->text;
            t->len = L->hyphen ? 1 : b->len;
        }
        if (cur_link >= 0)
            link_x1 = x + b->width * hs + tr;
        if (strike) /* the word it ends was struck */
            strike_x1 = x + b->width * hs + tr;
    } else if (o->code && L->brk + 1 < r->n_items) {
        /* a wrapped code line: show the wrap */
        const char *mk = "\xE2\x86\xA9";
        lay_item *t = lay_item_new(v, &n);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_MONO;
        t->size = o->size;
        t->text = mk;
        t->len = 3;
        t->w = f->mx->width(f->mx->ud, PDF_FACE_MONO, o->size, mk, 3);
        /* in the room lay_set_para kept for it (a hung first line moves left
           after this: its marker stays at the others' place) */
        t->x = o->x + o->width - t->w + (L == r->lines ? o->hang : 0);
    }
    FLUSH_LINK();
    FLUSH_STRIKE();
#undef FLUSH_LINK
#undef FLUSH_STRIKE
#undef STRIKE_BOX
    return n;
}

/* The marker where a string too long for the line is cut points the way
 * the paragraph reads, to where it goes on: a right-to-left paragraph's
 * line ends on the left, so its marker is a leftwards arrow (U+2190; an
 * arrow is not mirrored by the bidi algorithm, so the rightwards one would
 * point back into the line). Code keeps its own wrap marker. */
void
lay_cut_mark(lb_params *p, bool rtl)
{
    if (rtl && p->mark && strcmp(p->mark, "\xE2\x86\x92") == 0)
        p->mark = "\xE2\x86\x90";
}

/* A line costs more than any badness (TeX's \linepenalty, squared, is
 * the demerits of a line; kept under the 10000 cap on its root). */
#define TIGHT_LINE_PENALTY 5000

/* Break the gathered spans and emit their lines. */
void
lay_set_para(flow *f, const para_opts *o, const doc_node *src)
{
    if (f->n_spans == 0) {
        /* nothing to set (an empty anchor's paragraph): the next line
           carries its names */
        lay_hold_name(f, o->dest);
        lay_hold_name(f, o->dest2);
        return;
    }
    lb_params p;
    lb_params_default(&p, o->size, o->width);
    p.justify = o->justify;
    p.indent = o->indent;
    p.hyph = o->hyph;
    if (o->justify && !o->code)
        p.expand = f->st->expansion;
    p.width_first += o->hang;
    if (o->code) {
        /* room for the wrap marker at each line end */
        double mw = f->mx->width(f->mx->ud, PDF_FACE_MONO, o->size, "\xE2\x86\xA9", 3);
        p.width -= mw;
        p.width_first -= mw;
        p.mark = "\xE2\x86\xA9"; /* U+21A9, as at the other wraps */
    }
    /* right-to-left text: levels, Arabic shaping, no hyphens (bidi.c) */
    lay_bidi bd;
    lay_bidi_mode mode = o->code ? LAY_BIDI_LTR : f->bidi;
    bool bidi = lay_bidi_para(&bd, f->out, f->par, &f->spans, &f->n_spans, &f->cap_spans, mode);
    lay_cut_mark(&p, bidi && bd.base == 1);
    lb_result r;
    lb_break(f->par, f->mx, &p, f->spans, f->n_spans, &r);
    f->para_no++;
    if (f->tight_left > 0 && f->para_no >= f->tight_lo && f->para_no <= f->tight_hi &&
        r.n_lines > 1 && r.pass < 4 && !o->code && !o->balance && !o->center && !o->keep_all) {
        /* TeX's \looseness=-1: the same tolerance, but a line costs more
           than any badness, so the fewest lines win (the hyphenation pass
           alone: without hyphens a line is rarely saved) */
        lb_params q = p;
        q.line_penalty = TIGHT_LINE_PENALTY;
        q.pretolerance = -1;
        lb_result t;
        lb_break(f->par, f->mx, &q, f->spans, f->n_spans, &t);
        if (t.n_lines < r.n_lines && t.pass < 4 && t.pass <= (r.pass > 2 ? r.pass : 2)) {
            r = t;
            f->tight_left--;
        }
    }
    if (o->balance && r.n_lines > 1 && r.pass < 4) {
        /* Display text that wraps is set in the narrowest measure that
           still takes as many lines (CSS's text-wrap: balance), so a
           title never ends on one short word under a full line. */
        size_t want = r.n_lines;
        double lo = p.width / (double)want, hi = p.width, d1 = p.width - p.width_first;
        for (int it = 0; it < 12 && hi - lo > 0.5; it++) {
            lb_params q = p;
            q.width = (lo + hi) / 2;
            q.width_first = q.width - d1;
            lb_result t;
            lb_break(f->par, f->mx, &q, f->spans, f->n_spans, &t);
            if (t.n_lines <= want && t.pass < 4)
                hi = q.width;
            else
                lo = q.width;
        }
        if (hi < p.width) {
            p.width = hi;
            p.width_first = hi - d1;
            lb_break(f->par, f->mx, &p, f->spans, f->n_spans, &r);
        }
    }
    if (r.pass == 4 && !f->warned_cut && !o->code) {
        for (size_t i = 0; i < r.n_lines; i++)
            if (r.lines[i].marked) {
                /* display lines pass no node: name the block or the
                   article being set, so the message has a file and line */
                const doc_node *at = src ? src : f->src ? f->src : f->article;
                const doc_pos *pos = at ? &at->pos : NULL;
                diag_warn(f->d, pos ? pos->file : NULL, pos ? pos->line : 0, pos ? pos->col : 0,
                          "a string too long for the line was cut with a marker");
                f->warned_cut = true;
                break;
            }
    }
    double h = o->lead;
    double base = lay_line_base(f, o->face, o->size, h);
    for (size_t l = 0; l < r.n_lines; l++) {
        const lb_line *L = &r.lines[l];
        lay_item *v = lay_line_buf(f, SET_LINE_MAX(L) + LAY_HELD_MAX);
        size_t n = lay_set_line(f, &r, L, o, v);
        if (l == 0 && o->hang != 0)
            for (size_t k = 0; k < n; k++)
                v[k].x -= o->hang;
        /* a right-to-left paragraph starts at the right: of the text block
           in a right-to-left article (the marker goes right too), of its
           own box in another; a centred line only needs its visual order */
        bool flip = bidi && bd.base == 1 && !o->center && mode != LAY_BIDI_INLINE;
        bool flip_block = flip && mode == LAY_BIDI_RTL;
        if (bidi)
            n = lay_bidi_line(&bd, f->mx, v, n, flip, flip_block ? 0 : o->x,
                              flip_block ? f->text_w : o->x + o->width, &v);
        size_t n_before_bullet = n;
        if (l == 0 && o->bullet) {
            lay_item *t = lay_item_new(v, &n);
            size_t bl = o->bullet_len;
            const char *bt =
                flip_block ? lay_bidi_visual(f->out, o->bullet, bl, 1, &bl) : o->bullet; /* ".1" */
            double bw = f->mx->width(f->mx->ud, o->face, o->size, bt, bl);
            t->kind = LAY_TEXT;
            t->face = o->face;
            t->size = o->size;
            t->text = bt;
            t->len = bl;
            t->w = bw;
            t->x = o->x - bw - 0.5 * o->size;
            if (o->bullet_dest) {
                lay_item *lk = lay_item_new(v, &n);
                lk->kind = LAY_LINK;
                lk->dest = o->bullet_dest;
                lk->x = t->x;
                lk->w = bw;
                lk->y = f->mx->descent(f->mx->ud, o->face, o->size);
                lk->h = o->size - lk->y;
            }
            if (flip_block)
                lay_bidi_mirror(v + n_before_bullet, n - n_before_bullet, 0, f->text_w);
        }
        if (o->center) {
            double right = o->x;
            for (size_t k = 0; k < n; k++)
                if (v[k].kind == LAY_TEXT && v[k].x + v[k].w > right)
                    right = v[k].x + v[k].w;
            double dx = (o->width - (right - o->x)) / 2;
            for (size_t k = 0; k < n; k++)
                if (v[k].kind != LAY_DEST)
                    v[k].x += dx;
        }
        for (int q = 0; q < 2 && l == 0; q++) {
            const char *dn = q ? o->dest2 : o->dest;
            if (!dn)
                continue;
            lay_item *t = lay_item_new(v, &n);
            t->kind = LAY_DEST;
            t->dest = dn;
            t->y = o->size;
        }
        if (l == 0)
            lay_release_names(f, v, &n, o->size);
        double pen = 0;
        if (o->keep_all && l > 0)
            pen = INF;
        else if (!o->no_widow_rules && (l == 1 || (l > 0 && l + 1 == r.n_lines)))
            pen = INF; /* orphan (after the first line), widow (before the last) */
        else if (l > 0 &&
                 (r.lines[l - 1].hyphen || (r.lines[l - 1].brk < r.n_items &&
                                            r.items[r.lines[l - 1].brk].type == LB_PENALTY &&
                                            r.items[r.lines[l - 1].brk].pkind == LB_PK_EXPLICIT)))
            pen = 100; /* TeX's \brokenpenalty: a page should not end mid-word,
                          at a hyphen of its own ("genteel-/looking") either */
        lay_emit_line(f, lay_line_keep(f, v, n), n, h, base, pen, l == 0 ? o->outline : NULL,
                      o->outline_level);
        if (o->numbered && !o->keep_all)
            f->vl.v[f->vl.n - 1].flags |= LAY_LINE_NUMBERED;
    }
    arena_reset(f->par);
    f->n_spans = 0;
}
