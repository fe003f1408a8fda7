/*
 * flow.c - the document tree -> a vertical list of set lines, glue and
 * penalties (TeX's main vertical list), one article at a time, and the
 * entry point lay_document that hands each list to the page builder.
 *
 * Each block becomes lines: a paragraph's inlines are gathered into spans
 * (a face per run: emphasis italic, strong bold, code monospace; links keep
 * their index so the set words can carry a clickable area), broken by the
 * Knuth-Plass breaker (linebreak/), and each line is turned into positioned
 * items with its glue set. Block quotes are indented both sides and set
 * smaller; list items hang their bullet or number left of the text; code
 * blocks are monospace, ragged, never hyphenated, their long lines wrapped
 * with a marker; headings are ragged, bold, unhyphenated.
 *
 * Page-break policy lives here as penalties between lines: a paragraph
 * (any block of lines) may not break after its first line (orphan) or
 * before its last (widow), and a heading keeps with two lines of what
 * follows; paginate.c only minimises cost. Each paragraph's breaking uses
 * a scratch arena that is reset afterwards; the article's lines live in a
 * second scratch arena reset after its pages are built.
 */
#include "lay_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../linebreak/lb.h"

#define INF LB_INF_PENALTY

typedef struct hyph_cache {
    char lang[24];
    lb_hyph *h;
} hyph_cache;

typedef struct flow {
    arena *out;           /* the output's: hyphenated copies, hrefs */
    arena *art;           /* this article's vertical list and lines */
    arena *par;           /* this paragraph's items and breaks */
    diag_list *d;
    const style *st;
    const pdf_metrics *mx;
    double text_w;
    lay_vlist vl;
    double pend_glue;     /* space before the next line */
    bool pend_glue_keep;  /* ... kept even at a page top */
    double pend_pen;      /* penalty of a break before the next line */
    bool have_line;
    int keep;             /* lines that must stay with what precedes */
    bool first_block;     /* nothing set yet in the article body */
    bool after_heading;
    /* spans of the paragraph being gathered */
    lb_span *spans;
    size_t n_spans, cap_spans;
    const char **links;
    size_t n_links, cap_links;
    const lb_hyph *hyph;
    hyph_cache hc[8];
    size_t n_hc;
    bool warned_cut;
    const doc_node *article;
    const char **urls;    /* printed link addresses of this article */
    size_t n_urls, cap_urls;
    int art_level;        /* outline level of the article */
} flow;

/* ---- small helpers ---- */

lay_vitem *
lay_vpush(lay_vlist *vl, lay_vkind k)
{
    if (vl->n == vl->cap) {
        size_t nc = vl->cap ? vl->cap * 2 : 256;
        vl->v = arena_realloc(vl->a, vl->v, vl->cap * sizeof *vl->v, nc * sizeof *vl->v);
        vl->cap = nc;
    }
    lay_vitem *v = &vl->v[vl->n++];
    memset(v, 0, sizeof *v);
    v->kind = k;
    return v;
}

static double
body_size(const flow *f)
{
    return f->st->size > 0 ? f->st->size : 10;
}

static double
leading(const flow *f)
{
    return f->st->leading > 0 ? f->st->leading : 1.3;
}

static const lb_hyph *
hyph_for(flow *f, const char *lang)
{
    if (!f->st->hyphenate)
        return NULL;
    if (!lang || !*lang)
        lang = "en-US";
    for (size_t i = 0; i < f->n_hc; i++)
        if (strcmp(f->hc[i].lang, lang) == 0)
            return f->hc[i].h;
    lb_hyph *h = lb_hyph_load(lang);
    if (f->n_hc < sizeof f->hc / sizeof f->hc[0]) {
        snprintf(f->hc[f->n_hc].lang, sizeof f->hc[0].lang, "%s", lang);
        f->hc[f->n_hc++].h = h;
    } else {
        lb_hyph_free(h);
        h = NULL;
    }
    return h;
}

static void
add_span(flow *f, const char *s, size_t len, pdf_face face, double size, unsigned flags,
         int link)
{
    if (len == 0 && !(flags & LB_SPAN_BREAK))
        return;
    if (f->n_spans == f->cap_spans) {
        size_t nc = f->cap_spans ? f->cap_spans * 2 : 32;
        f->spans = xrealloc(f->spans, nc * sizeof *f->spans);
        f->cap_spans = nc;
    }
    f->spans[f->n_spans++] = (lb_span){s, len, face, size, flags, link};
}

static int
add_link(flow *f, const char *href)
{
    if (!href || !*href)
        return -1;
    if (f->n_links == f->cap_links) {
        size_t nc = f->cap_links ? f->cap_links * 2 : 16;
        f->links = xrealloc(f->links, nc * sizeof *f->links);
        f->cap_links = nc;
    }
    f->links[f->n_links] = href;
    return (int)f->n_links++;
}

static pdf_face
face_of(bool it, bool bold)
{
    return it && bold ? PDF_FACE_BOLD_ITALIC : it ? PDF_FACE_ITALIC : bold ? PDF_FACE_BOLD
                                                                         : PDF_FACE_REGULAR;
}

/* Is the link's text its own address (nothing to print twice)? */
static bool
link_text_is_href(const doc_node *link, const char *href)
{
    const doc_node *t = link->first_child;
    if (!t || t != link->last_child || t->type != DOC_TEXT)
        return false;
    const char *h = strncmp(href, "mailto:", 7) == 0 ? href + 7 : href;
    return t->len == strlen(h) && memcmp(t->text, h, t->len) == 0;
}

/* Gather the inlines under `node` as spans. `base` is the face of plain
 * text (italic for captions, bold for headings); emphasis toggles italic. */
static void
gather(flow *f, const doc_node *node, pdf_face base, double size, unsigned flags)
{
    bool it0 = base == PDF_FACE_ITALIC || base == PDF_FACE_BOLD_ITALIC;
    bool bold0 = base == PDF_FACE_BOLD || base == PDF_FACE_BOLD_ITALIC;
    int emph = 0, strong = 0, link = -1;
    double code_size = size * (f->st->code_scale > 0 ? f->st->code_scale : 0.85);
    doc_iter iter;
    doc_iter_init(&iter, (doc_node *)node);
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(&iter, &n)) != DOC_EV_NONE) {
        if (n == node)
            continue;
        bool enter = ev == DOC_EV_ENTER;
        bool it = it0 ^ (emph & 1);
        pdf_face face = face_of(it, bold0 || strong > 0);
        switch (n->type) {
        case DOC_EMPH:
            emph += enter ? 1 : -1;
            break;
        case DOC_STRONG:
            strong += enter ? 1 : -1;
            break;
        case DOC_LINK:
            if (enter) {
                link = add_link(f, n->as.link.href);
            } else {
                /* print the address after the text when the style asks */
                const char *href = n->as.link.href;
                if (f->st->printed_urls && href && href[0] != '#' && f->n_urls < 100000 &&
                    !link_text_is_href(n, href)) {
                    if (f->n_urls == f->cap_urls) {
                        size_t nc = f->cap_urls ? f->cap_urls * 2 : 16;
                        f->urls = xrealloc(f->urls, nc * sizeof *f->urls);
                        f->cap_urls = nc;
                    }
                    f->urls[f->n_urls++] = href;
                    char *t = arena_printf(f->out, "[%zu]", f->n_urls);
                    add_span(f, t, strlen(t), face, size * 0.8, flags | LB_SPAN_NOHYPH, -1);
                }
                link = -1;
            }
            break;
        case DOC_TEXT:
            if (enter)
                add_span(f, n->text, n->len, face, size,
                         flags | ((n->flags & DOC_F_NOSMART) && link >= 0 ? LB_SPAN_URL : 0),
                         link);
            break;
        case DOC_CODE:
            if (enter)
                add_span(f, n->text, n->len, PDF_FACE_MONO, code_size, flags | LB_SPAN_NOHYPH,
                         link);
            break;
        case DOC_BREAK:
            if (enter)
                add_span(f, NULL, 0, face, size, LB_SPAN_BREAK, -1);
            break;
        case DOC_NOTE_REF:
            if (enter) {
                const char *lab = n->as.note.label ? n->as.note.label : "*";
                char *t = arena_printf(f->out, "[%s]", lab);
                add_span(f, t, strlen(t), PDF_FACE_REGULAR, size, flags | LB_SPAN_NOHYPH, -1);
            }
            break;
        default:
            if (enter && doc_is_block(n->type))
                doc_iter_skip(&iter); /* blocks inside inlines: not ours */
            break;
        }
    }
}

/* ---- lines ---- */

static void
emit_line(flow *f, lay_item *items, size_t n, double height, double base, double pen_before,
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
    l->items = items;
    l->n_items = n;
    l->outline = outline;
    l->outline_level = outline_level;
    f->have_line = true;
    f->pend_glue = 0;
    f->pend_glue_keep = false;
    f->pend_pen = 0;
    if (f->keep > 0)
        f->keep--;
}

static void
space(flow *f, double pt)
{
    if (pt > f->pend_glue)
        f->pend_glue = pt;
}

static double
line_base(const flow *f, pdf_face face, double size, double height)
{
    double asc = f->mx->ascent(f->mx->ud, face, size);
    double desc = f->mx->descent(f->mx->ud, face, size);
    return height / 2 + (asc + desc) / 2;
}

typedef struct para_opts {
    double x;             /* left edge of the block */
    double width;         /* its measure */
    double indent;        /* first-line indent */
    double size;          /* for the line height */
    pdf_face face;
    double lead;          /* baseline distance */
    bool justify;
    bool code;            /* mark every wrap */
    const lb_hyph *hyph;
    const char *bullet;   /* hung left of the first line */
    size_t bullet_len;
    const char *dest;     /* a named destination at the first line */
    const char *outline;
    int outline_level;
    bool keep_all;        /* no page break inside (headings, opening block) */
    bool no_widow_rules;
    bool numbered;        /* counts for the style's line numbers */
} para_opts;

static lay_item *
item_new(lay_item *v, size_t *n)
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

/* Turn one broken line into items. */
static size_t
set_line(flow *f, const lb_result *r, const lb_line *L, const para_opts *o, lay_item *v)
{
    size_t n = 0;
    double x = o->x;
    lay_item *last_text = NULL;
    bool gap = true;
    /* link areas */
    int cur_link = -1;
    double link_x0 = 0, link_x1 = 0, link_size = 0;
#define FLUSH_LINK()                                                                     \
    do {                                                                                 \
        if (cur_link >= 0) {                                                             \
            lay_item *lk = item_new(v, &n);                                              \
            lk->kind = LAY_LINK;                                                         \
            lk->x = link_x0;                                                             \
            lk->w = link_x1 - link_x0;                                                   \
            lk->y = f->mx->descent(f->mx->ud, PDF_FACE_REGULAR, link_size);              \
            lk->h = link_size * 1.0 - lk->y;                                             \
            const char *href = f->links[cur_link];                                       \
            if (href[0] == '#')                                                          \
                lk->dest = href + 1;                                                     \
            else                                                                         \
                lk->href = href;                                                         \
        }                                                                                \
        cur_link = -1;                                                                   \
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
        if (x_->len > 0) {
            if (!gap && last_text && last_text->face == x_->face &&
                last_text->size == x_->size && last_text->text + last_text->len == x_->text) {
                last_text->len += x_->len;
                last_text->w += x_->width;
            } else {
                lay_item *t = item_new(v, &n);
                t->kind = LAY_TEXT;
                t->x = x;
                t->w = x_->width;
                t->face = x_->face;
                t->size = x_->size;
                t->text = x_->text;
                t->len = x_->len;
                last_text = t;
            }
            if (x_->link != cur_link) {
                FLUSH_LINK();
                if (x_->link >= 0) {
                    cur_link = x_->link;
                    link_x0 = x;
                    link_size = x_->size;
                }
            }
            if (cur_link >= 0)
                link_x1 = x + x_->width;
        }
        x += x_->width;
        gap = false;
    }
    const lb_item *b = &r->items[L->brk];
    if (L->hyphen || L->marked) {
        if (L->hyphen && last_text && !gap && last_text->face == b->face) {
            last_text->text = with_hyphen(f, last_text->text, last_text->len);
            last_text->len++;
            last_text->w += b->width;
        } else {
            lay_item *t = item_new(v, &n);
            t->kind = LAY_TEXT;
            t->x = x;
            t->w = b->width;
            t->face = b->face;
            t->size = b->size > 0 ? b->size : o->size;
            t->text = L->hyphen ? "-" : b->text;
            t->len = L->hyphen ? 1 : b->len;
        }
        if (cur_link >= 0)
            link_x1 = x + b->width;
    } else if (o->code && L->brk + 1 < r->n_items) {
        /* a wrapped code line: show the wrap */
        const char *mk = "\xE2\x86\xA9";
        lay_item *t = item_new(v, &n);
        t->kind = LAY_TEXT;
        t->face = PDF_FACE_MONO;
        t->size = o->size;
        t->text = mk;
        t->len = 3;
        t->w = f->mx->width(f->mx->ud, PDF_FACE_MONO, o->size, mk, 3);
        t->x = o->x + o->width - t->w; /* in the room set_para kept for it */
    }
    FLUSH_LINK();
#undef FLUSH_LINK
    return n;
}

/* Break the gathered spans and emit their lines. */
static void
set_para(flow *f, const para_opts *o, const doc_node *src)
{
    if (f->n_spans == 0)
        return;
    lb_params p;
    lb_params_default(&p, o->size, o->width);
    p.justify = o->justify;
    p.indent = o->indent;
    p.hyph = o->hyph;
    if (o->code) {
        /* room for the wrap marker at each line end */
        double mw = f->mx->width(f->mx->ud, PDF_FACE_MONO, o->size, "\xE2\x86\xA9", 3);
        p.width -= mw;
        p.width_first -= mw;
        p.mark = "\xE2\x86\xA9"; /* U+21A9, as at the other wraps */
    }
    lb_result r;
    lb_break(f->par, f->mx, &p, f->spans, f->n_spans, &r);
    if (r.pass == 4 && !f->warned_cut && !o->code) {
        for (size_t i = 0; i < r.n_lines; i++)
            if (r.lines[i].marked) {
                const doc_pos *pos = src ? &src->pos : NULL;
                diag_warn(f->d, pos ? pos->file : NULL, pos ? pos->line : 0, pos ? pos->col : 0,
                          "a string too long for the line was cut with a marker");
                f->warned_cut = true;
                break;
            }
    }
    double h = o->lead;
    double base = line_base(f, o->face, o->size, h);
    for (size_t l = 0; l < r.n_lines; l++) {
        const lb_line *L = &r.lines[l];
        size_t cap = (L->end - L->first) * 2 + 6;
        lay_item *v = arena_alloc(f->art, cap * sizeof *v);
        size_t n = set_line(f, &r, L, o, v);
        if (l == 0 && o->bullet) {
            lay_item *t = item_new(v, &n);
            double bw = f->mx->width(f->mx->ud, o->face, o->size, o->bullet, o->bullet_len);
            t->kind = LAY_TEXT;
            t->face = o->face;
            t->size = o->size;
            t->text = o->bullet;
            t->len = o->bullet_len;
            t->w = bw;
            t->x = o->x - bw - 0.5 * o->size;
        }
        if (l == 0 && o->dest) {
            lay_item *t = item_new(v, &n);
            t->kind = LAY_DEST;
            t->dest = o->dest;
            t->y = o->size;
        }
        double pen = 0;
        if (o->keep_all && l > 0)
            pen = INF;
        else if (!o->no_widow_rules && (l == 1 || (l > 0 && l + 1 == r.n_lines)))
            pen = INF; /* orphan (after the first line), widow (before the last) */
        else if (l > 0 && r.lines[l - 1].hyphen)
            pen = 100; /* TeX's \brokenpenalty: a page should not end mid-word */
        emit_line(f, v, n, h, base, pen, l == 0 ? o->outline : NULL, o->outline_level);
        if (o->numbered && !o->keep_all)
            f->vl.v[f->vl.n - 1].flags |= LAY_LINE_NUMBERED;
    }
    arena_reset(f->par);
    f->n_spans = 0;
}

/* ---- blocks ---- */

typedef struct ctx {
    double x, width;      /* the block's left edge and measure */
    double size;          /* text size here */
    int list_depth;
    int depth;            /* block nesting, bounded by LAY_MAX_DEPTH */
} ctx;

/* Past this nesting, deeper blocks are set flat at the current indent by
 * an iterative walk: recursion stays bounded on hostile input. */
#define LAY_MAX_DEPTH 48

static void flow_seq(flow *f, const doc_node *first, ctx c);
static void flow_blocks(flow *f, const doc_node *parent, ctx c);

static void
para_defaults(flow *f, para_opts *o, ctx c)
{
    memset(o, 0, sizeof *o);
    o->x = c.x;
    o->width = c.width;
    o->size = c.size;
    o->face = PDF_FACE_REGULAR;
    o->lead = c.size * leading(f);
    o->justify = f->st->justify;
    o->hyph = f->hyph;
    o->numbered = true;
}

static void
block_space(flow *f, double em)
{
    space(f, em * body_size(f));
}

static void
flow_para(flow *f, const doc_node *n, ctx c, const char *bullet, size_t bullet_len,
          pdf_face base_face)
{
    para_opts o;
    para_defaults(f, &o, c);
    bool indent = f->st->indent > 0 && !f->first_block && !f->after_heading && !bullet &&
                  n->prev && n->prev->type == DOC_PARA;
    if (indent)
        o.indent = f->st->indent * body_size(f);
    if (f->st->para_spacing > 0 && !f->first_block)
        block_space(f, f->st->para_spacing);
    o.bullet = bullet;
    o.bullet_len = bullet_len;
    o.face = base_face;
    o.dest = n->id;
    gather(f, n, base_face, c.size, 0);
    set_para(f, &o, n);
    f->first_block = false;
    f->after_heading = false;
}

static void
flow_heading(flow *f, const doc_node *n, ctx c, int level)
{
    double scale = 1.0;
    int idx = level - 1;
    if (idx < 1)
        idx = 1;
    if (idx < 6 && f->st->heading_scale[idx] > 0)
        scale = f->st->heading_scale[idx];
    double size = body_size(f) * scale;
    para_opts o;
    para_defaults(f, &o, c);
    o.size = size;
    o.face = PDF_FACE_BOLD;
    o.lead = size * 1.2;
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    o.dest = n->id;
    if (f->st->toc_depth >= 2 && level <= f->st->toc_depth) {
        o.outline = doc_text_of(f->out, n);
        o.outline_level = f->art_level + (level < 2 ? 1 : level - 1);
    }
    if (!f->first_block)
        space(f, body_size(f) * leading(f) * (level <= 2 ? 1.5 : 1.0));
    gather(f, n, PDF_FACE_BOLD, size, LB_SPAN_NOHYPH);
    set_para(f, &o, n);
    space(f, body_size(f) * leading(f) * 0.5);
    f->keep = 2; /* keep with two lines of what follows */
    f->first_block = false;
    f->after_heading = true;
}

static void
flow_code(flow *f, const doc_node *n, ctx c)
{
    double size = body_size(f) * (f->st->code_scale > 0 ? f->st->code_scale : 0.85);
    para_opts o;
    para_defaults(f, &o, c);
    o.size = size;
    o.face = PDF_FACE_MONO;
    o.lead = size * leading(f);
    o.justify = false;
    o.hyph = NULL;
    o.code = true;
    o.x = c.x + body_size(f);
    o.width = c.width - body_size(f);
    if (!f->first_block)
        block_space(f, 0.5);
    const char *s = n->text ? n->text : "";
    size_t len = n->text ? n->len : 0;
    while (len > 0 && s[len - 1] == '\n')
        len--;
    double spw = f->mx->width(f->mx->ud, PDF_FACE_MONO, size, " ", 1);
    size_t nlines = 0, i = 0;
    for (size_t k = 0; k < len; k++)
        nlines += s[k] == '\n';
    nlines++;
    size_t li = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && s[j] != '\n')
            j++;
        /* leading spaces become the indent; tabs count as 4 */
        size_t k = i;
        double ind = 0;
        while (k < j && (s[k] == ' ' || s[k] == '\t')) {
            ind += s[k] == '\t' ? 4 * spw : spw;
            k++;
        }
        o.indent = ind < o.width / 2 ? ind : o.width / 2;
        if (k < j)
            add_span(f, s + k, j - k, PDF_FACE_MONO, size, LB_SPAN_NOHYPH, -1);
        /* the whole block obeys widow/orphan rules, not each source line */
        o.no_widow_rules = true;
        size_t before = f->vl.n;
        if (k == j) {
            /* an empty line still takes its place */
            lay_item *v = arena_alloc(f->art, sizeof *v);
            emit_line(f, v, 0, o.lead, line_base(f, o.face, size, o.lead), 0, NULL, 0);
        } else {
            set_para(f, &o, n);
        }
        /* forbid a break after the block's first and before its last line */
        if (li == 1 || (li > 0 && li + 1 == nlines)) {
            for (size_t q = before; q < f->vl.n; q++)
                if (f->vl.v[q].kind == LAY_V_PENALTY) {
                    f->vl.v[q].penalty = INF;
                    break;
                }
        }
        li++;
        i = j + 1;
        if (j >= len)
            break;
    }
    block_space(f, 0.5);
    f->first_block = false;
    f->after_heading = false;
}

static void
flow_rule(flow *f, ctx c)
{
    double h = body_size(f) * leading(f);
    lay_item *v = arena_alloc(f->art, sizeof *v);
    v->kind = LAY_RULE;
    v->w = c.width / 3;
    v->x = c.x + (c.width - v->w) / 2;
    v->h = 0.5;
    v->y = body_size(f) * 0.3;
    emit_line(f, v, 1, h, line_base(f, PDF_FACE_REGULAR, body_size(f), h), 0, NULL, 0);
    f->first_block = false;
    f->after_heading = false;
}

static void
flow_list(flow *f, const doc_node *list, ctx c)
{
    int num = list->as.list.ordered ? list->as.list.start : 0;
    bool tight = list->flags & DOC_F_TIGHT;
    double ind = 1.6 * body_size(f);
    ctx in = c;
    if (c.width - ind >= f->text_w / 3) {
        in.x += ind;
        in.width -= ind;
    }
    in.list_depth++;
    in.depth++;
    if (!f->first_block)
        block_space(f, 0.4);
    for (const doc_node *it = list->first_child; it; it = it->next) {
        const char *bullet;
        if (list->as.list.ordered)
            bullet = arena_printf(f->out, "%d%c", num++,
                                  list->as.list.delim == ')' ? ')' : '.');
        else
            bullet = (c.list_depth % 2) ? "\xE2\x80\x93" : "\xE2\x80\xA2"; /* – • */
        if (!tight && it != list->first_child)
            block_space(f, 0.4);
        const doc_node *b = it->first_child;
        f->after_heading = true; /* no indent in list items */
        if (b && b->type == DOC_PARA) {
            flow_para(f, b, in, bullet, strlen(bullet), PDF_FACE_REGULAR);
            b = b->next;
        } else {
            /* the bullet goes on a line of its own when the item starts
               with something else */
            add_span(f, bullet, strlen(bullet), PDF_FACE_REGULAR, in.size, 0, -1);
            para_opts o;
            para_defaults(f, &o, in);
            o.justify = false;
            set_para(f, &o, it);
        }
        f->after_heading = true;
        flow_seq(f, b, in);
    }
    block_space(f, 0.4);
    f->after_heading = false;
}

static void
flow_table(flow *f, const doc_node *t, ctx c)
{
    if (!f->first_block)
        block_space(f, 0.5);
    for (const doc_node *row = t->first_child; row; row = row->next) {
        bool header = row->flags & DOC_F_HEADER;
        for (const doc_node *cell = row->first_child; cell; cell = cell->next) {
            gather(f, cell, header ? PDF_FACE_BOLD : PDF_FACE_REGULAR, c.size * 0.95, 0);
            if (cell->next)
                add_span(f, "\xE2\x80\x83|\xE2\x80\x83", 7, PDF_FACE_REGULAR, c.size * 0.95, 0,
                         -1);
        }
        para_opts o;
        para_defaults(f, &o, c);
        o.size = c.size * 0.95;
        o.lead = o.size * leading(f);
        o.justify = false;
        o.no_widow_rules = true;
        set_para(f, &o, row);
    }
    block_space(f, 0.5);
    f->first_block = false;
    f->after_heading = false;
}

static void
flow_blocks(flow *f, const doc_node *parent, ctx c)
{
    flow_seq(f, parent->first_child, c);
}

/* Blocks from `first` through its following siblings. */
/* Too deep: every paragraph-like block below, in document order, flat. */
static void
flow_flat(flow *f, const doc_node *first, ctx c)
{
    for (const doc_node *top = first; top; top = top->next) {
        doc_iter it;
        doc_iter_init(&it, (doc_node *)top);
        doc_node *n;
        doc_event ev;
        while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
            if (ev != DOC_EV_ENTER)
                continue;
            if (n->type == DOC_PARA || n->type == DOC_HEADING || n->type == DOC_CAPTION) {
                flow_para(f, n, c, NULL, 0, PDF_FACE_REGULAR);
                doc_iter_skip(&it);
            } else if (n->type == DOC_CODE_BLOCK) {
                flow_code(f, n, c);
            } else if (!doc_is_block(n->type)) {
                doc_iter_skip(&it);
            }
        }
    }
}

static void
flow_seq(flow *f, const doc_node *first, ctx c)
{
    if (c.depth > LAY_MAX_DEPTH) {
        flow_flat(f, first, c);
        return;
    }
    for (const doc_node *n = first; n; n = n->next) {
        switch (n->type) {
        case DOC_PARA:
            flow_para(f, n, c, NULL, 0, PDF_FACE_REGULAR);
            break;
        case DOC_HEADING:
            flow_heading(f, n, c, n->as.heading.level);
            break;
        case DOC_QUOTE: {
            double qi = (f->st->quote_indent > 0 ? f->st->quote_indent : 1.5) * body_size(f);
            ctx in = c;
            in.depth++;
            in.x += qi;
            in.width -= 2 * qi;
            in.size = c.size * (f->st->quote_scale > 0 ? f->st->quote_scale : 0.93);
            if (in.width < f->text_w / 3) {
                in.x = c.x;
                in.width = c.width;
            }
            if (!f->first_block)
                block_space(f, 0.5);
            f->after_heading = true; /* no indent on a quote's first paragraph */
            flow_blocks(f, n, in);
            block_space(f, 0.5);
            f->after_heading = true;
            break;
        }
        case DOC_LIST:
            flow_list(f, n, c);
            break;
        case DOC_ITEM:
            c.depth++;
            flow_blocks(f, n, c);
            c.depth--;
            break;
        case DOC_CODE_BLOCK:
            flow_code(f, n, c);
            break;
        case DOC_RULE:
            flow_rule(f, c);
            break;
        case DOC_FIGURE:
            for (const doc_node *k = n->first_child; k; k = k->next) {
                if (k->type == DOC_CAPTION) {
                    f->after_heading = true;
                    flow_para(f, k, c, NULL, 0, PDF_FACE_ITALIC);
                } else if (k->type == DOC_IMAGE && k->first_child && !k->next) {
                    f->after_heading = true;
                    flow_para(f, k, c, NULL, 0, PDF_FACE_ITALIC);
                }
            }
            break;
        case DOC_CAPTION:
            flow_para(f, n, c, NULL, 0, PDF_FACE_ITALIC);
            break;
        case DOC_TABLE:
            flow_table(f, n, c);
            break;
        case DOC_NOTE_DEF:
            break; /* set at the article's end */
        default:
            if (doc_is_block(n->type)) {
                ctx in = c;
                in.depth++;
                flow_blocks(f, n, in);
            }
            else {
                /* stray inlines at block level: a paragraph of their own */
                gather(f, n, PDF_FACE_REGULAR, c.size, 0);
                para_opts o;
                para_defaults(f, &o, c);
                set_para(f, &o, n);
            }
            break;
        }
    }
}

static void
flow_notes(flow *f, const doc_node *article, ctx c)
{
    bool any = false;
    doc_iter it;
    doc_iter_init(&it, (doc_node *)article);
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_DEF)
            continue;
        doc_iter_skip(&it);
        if (!any) {
            double hs = body_size(f) * (f->st->heading_scale[2] > 0 ? f->st->heading_scale[2] : 1.1);
            space(f, body_size(f) * leading(f) * 1.5);
            add_span(f, "Notes", 5, PDF_FACE_BOLD, hs, LB_SPAN_NOHYPH, -1);
            para_opts o;
            para_defaults(f, &o, c);
            o.size = hs;
            o.face = PDF_FACE_BOLD;
            o.lead = hs * 1.2;
            o.justify = false;
            o.hyph = NULL;
            o.keep_all = true;
            set_para(f, &o, article);
            space(f, body_size(f) * leading(f) * 0.5);
            f->keep = 2;
            any = true;
        }
        ctx in = c;
        in.size = c.size * 0.9;
        const char *lab = n->as.note.label ? n->as.note.label : "*";
        char *b = arena_printf(f->out, "[%s]", lab);
        const doc_node *k = n->first_child;
        f->after_heading = true;
        if (k && k->type == DOC_PARA) {
            flow_para(f, k, in, b, strlen(b), PDF_FACE_REGULAR);
            k = k->next;
        } else {
            add_span(f, b, strlen(b), PDF_FACE_REGULAR, in.size, 0, -1);
            para_opts o;
            para_defaults(f, &o, in);
            o.justify = false;
            set_para(f, &o, n);
        }
        flow_seq(f, k, in);
    }
}

/* The style's printed link addresses, numbered as in the text. */
static void
flow_urls(flow *f, ctx c)
{
    if (f->n_urls == 0)
        return;
    double hs = body_size(f) * (f->st->heading_scale[2] > 0 ? f->st->heading_scale[2] : 1.1);
    space(f, body_size(f) * leading(f) * 1.5);
    add_span(f, "Links", 5, PDF_FACE_BOLD, hs, LB_SPAN_NOHYPH, -1);
    para_opts o;
    para_defaults(f, &o, c);
    o.size = hs;
    o.face = PDF_FACE_BOLD;
    o.lead = hs * 1.2;
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    o.numbered = false;
    set_para(f, &o, NULL);
    space(f, body_size(f) * leading(f) * 0.5);
    f->keep = 2;
    ctx in = c;
    in.size = c.size * 0.9;
    for (size_t i = 0; i < f->n_urls; i++) {
        char *b = arena_printf(f->out, "[%zu]", i + 1);
        int link = add_link(f, f->urls[i]);
        add_span(f, f->urls[i], strlen(f->urls[i]), PDF_FACE_REGULAR, in.size,
                 LB_SPAN_URL | LB_SPAN_NOHYPH, link);
        para_opts u;
        para_defaults(f, &u, in);
        u.justify = false;
        u.bullet = b;
        u.bullet_len = strlen(b);
        set_para(f, &u, NULL);
    }
    f->n_urls = 0;
}

/* Set a line of metadata text in the opening block. */
static void
opening_line(flow *f, ctx c, const char *text, pdf_face face, double size, double gap_after,
             const char *outline, int level, const char *dest)
{
    if (!text || !*text)
        return;
    add_span(f, text, strlen(text), face, size, LB_SPAN_NOHYPH, -1);
    para_opts o;
    para_defaults(f, &o, c);
    o.size = size;
    o.face = face;
    o.lead = size * 1.25;
    o.justify = false;
    o.hyph = NULL;
    o.keep_all = true;
    o.outline = outline;
    o.outline_level = level;
    o.dest = dest;
    f->keep = 1000000; /* the whole opening block stays on its page */
    set_para(f, &o, NULL);
    space(f, gap_after);
}

static void
flow_opening(flow *f, const doc_node *art, ctx c, int level, bool run_on)
{
    const doc_meta *m = art->as.article.meta;
    double sz = body_size(f);
    const char *title = m && m->title ? m->title : "Untitled";
    double ts = sz * (f->st->heading_scale[0] > 0 ? f->st->heading_scale[0] : 1.7);
    if (!run_on) {
        f->pend_glue = f->st->opening_drop > 0 ? f->st->opening_drop : 0;
        f->pend_glue_keep = true;
    }
    opening_line(f, c, title, PDF_FACE_BOLD, ts, sz * 0.6, title, level, art->id);
    if (m) {
        opening_line(f, c, m->subtitle, PDF_FACE_ITALIC, sz * 1.2, sz * 0.6, NULL, 0, NULL);
        if (m->n_authors > 0 && m->authors) {
            buf b;
            buf_init(&b, 0);
            for (size_t i = 0; i < m->n_authors; i++) {
                if (i > 0)
                    buf_adds(&b, i + 1 == m->n_authors ? " and " : ", ");
                buf_adds(&b, m->authors[i] ? m->authors[i] : "");
            }
            opening_line(f, c, arena_strdup(f->out, b.data ? b.data : ""), PDF_FACE_REGULAR,
                         sz * 1.1, sz * 0.3, NULL, 0, NULL);
            buf_cleanup(&b);
        }
        if (m->date)
            opening_line(f, c, m->date, PDF_FACE_ITALIC, sz * 0.9, sz * 0.2, NULL, 0, NULL);
        if (m->source || m->site) {
            const char *s = m->site && m->source ? arena_printf(f->out, "%s, %s", m->site,
                                                                m->source)
                                                 : m->source ? m->source : m->site;
            add_span(f, s, strlen(s), PDF_FACE_ITALIC, sz * 0.85, LB_SPAN_NOHYPH | LB_SPAN_URL,
                     m->source ? add_link(f, m->source) : -1);
            para_opts o;
            para_defaults(f, &o, c);
            o.size = sz * 0.85;
            o.lead = o.size * 1.25;
            o.justify = false;
            o.hyph = NULL;
            o.keep_all = true;
            f->keep = 1000000;
            set_para(f, &o, NULL);
        }
    }
    f->keep = 2;
    space(f, sz * leading(f) * 2);
    f->first_block = true;
    f->after_heading = true;
}

/* ---- entry point ---- */

/* Cut the pending vertical list into pages and start a new one. */
static void
flow_flush(flow *f, lay_pager *pg)
{
    if (f->vl.n)
        lay_paginate(pg, &f->vl);
    arena_reset(f->art);
    f->vl = (lay_vlist){f->art, NULL, 0, 0};
    f->have_line = false;
}

static void
flow_article(flow *f, lay_pager *pg, const doc_node *art, int level)
{
    /* with opening.new_page off, articles after the first run on in one
       vertical list (paginated at the next part or at the end) */
    bool run_on = !f->st->opening_new_page && f->vl.n > 0;
    f->article = art;
    f->art_level = level;
    if (!run_on)
        flow_flush(f, pg);
    f->keep = 0;
    f->pend_pen = 0;
    f->warned_cut = false;
    const doc_meta *m = art->as.article.meta;
    f->hyph = hyph_for(f, m && m->language ? m->language : NULL);
    ctx c = {0, f->text_w, body_size(f), 0, 0};
    if (run_on) {
        f->pend_glue = 0;
        space(f, body_size(f) * leading(f) * 3);
        lay_vitem *mk = lay_vpush(&f->vl, LAY_V_MARK);
        mk->head = m && m->title ? m->title : "";
    } else {
        f->pend_glue = 0;
        lay_vitem *np = lay_vpush(&f->vl, LAY_V_NEWPAGE);
        np->flags = LAY_PAGE_OPENING;
        np->head = m && m->title ? m->title : "";
    }
    flow_opening(f, art, c, level, run_on);
    flow_blocks(f, art, c);
    flow_notes(f, art, c);
    flow_urls(f, c);
    if (f->st->opening_new_page)
        flow_flush(f, pg);
}

static void
flow_part(flow *f, lay_pager *pg, const doc_node *part)
{
    flow_flush(f, pg);
    f->keep = 0;
    ctx c = {0, f->text_w, body_size(f), 0, 0};
    lay_vitem *np = lay_vpush(&f->vl, LAY_V_NEWPAGE);
    np->flags = LAY_PAGE_OPENING | LAY_PAGE_PART;
    const char *title = part->as.part.title ? part->as.part.title : "";
    np->head = title;
    f->pend_glue = pg->text_h / 3;
    f->pend_glue_keep = true;
    double ts = body_size(f) * 2.0;
    opening_line(f, c, title, PDF_FACE_BOLD, ts, body_size(f) * 2, title, 1, part->id);
    /* the part's contents: its article titles, each linking to the article,
       a little smaller than body text so no reader takes them for prose */
    for (const doc_node *k = part->first_child; k; k = k->next) {
        if (k->type != DOC_ARTICLE)
            continue;
        const doc_meta *m = k->as.article.meta;
        const char *t = m && m->title ? m->title : "Untitled";
        int link = k->id ? add_link(f, arena_printf(f->out, "#%s", k->id)) : -1;
        add_span(f, t, strlen(t), PDF_FACE_ITALIC, body_size(f) * 0.9, LB_SPAN_NOHYPH, link);
        para_opts o;
        para_defaults(f, &o, c);
        o.size = body_size(f) * 0.9;
        o.lead = o.size * leading(f);
        o.justify = false;
        o.hyph = NULL;
        o.face = PDF_FACE_ITALIC;
        f->keep = 1000000;
        set_para(f, &o, k);
        space(f, body_size(f) * 0.3);
    }
    flow_flush(f, pg);
}

int
lay_document(arena *a, diag_list *d, const doc_node *root, const manifest *m, const style *st,
             double paper_w, double paper_h, const pdf_metrics *mx, lay_doc *out)
{
    memset(out, 0, sizeof *out);
    out->width = paper_w;
    out->height = paper_h;
    style defaults;
    if (!st) {
        style_defaults(&defaults);
        st = &defaults;
    }
    if (!mx || !mx->width || !mx->ascent || !mx->descent) {
        diag_error(d, NULL, 0, 0, "PDF layout: no font metrics");
        return -1;
    }
    double text_w = paper_w - st->margin_inner - st->margin_outer;
    double text_h = paper_h - st->margin_top - st->margin_bottom;
    if (!(text_w >= 72 && text_h >= 72)) {
        diag_error(d, m ? m->path : NULL, m ? m->paper_pos.line : 0, m ? m->paper_pos.col : 0,
                   "paper %.0fx%.0f pt leaves no room inside the style's margins", paper_w,
                   paper_h);
        return -1;
    }
    lay_wcache wc;
    pdf_metrics cached;
    lay_wcache_init(&wc, mx, &cached);
    mx = &cached;
    flow f;
    memset(&f, 0, sizeof f);
    f.out = a;
    f.art = arena_new();
    f.par = arena_new();
    f.d = d;
    f.st = st;
    f.mx = mx;
    f.text_w = text_w;
    f.vl = (lay_vlist){f.art, NULL, 0, 0};
    lay_pager pg;
    memset(&pg, 0, sizeof pg);
    pg.a = a;
    pg.out = out;
    pg.st = st;
    pg.mx = mx;
    pg.paper_w = paper_w;
    pg.paper_h = paper_h;
    pg.text_w = text_w;
    pg.text_h = text_h;
    pg.collection_title = m && m->title ? m->title : "";

    if (root && root->type == DOC_ARTICLE) {
        flow_article(&f, &pg, root, 1);
    } else if (root) {
        for (const doc_node *n = root->first_child; n; n = n->next) {
            if (n->type == DOC_PART) {
                flow_part(&f, &pg, n);
                for (const doc_node *k = n->first_child; k; k = k->next)
                    if (k->type == DOC_ARTICLE)
                        flow_article(&f, &pg, k, 2);
            } else if (n->type == DOC_ARTICLE) {
                flow_article(&f, &pg, n, 1);
            }
        }
    }
    flow_flush(&f, &pg);
    for (size_t i = 0; i < f.n_hc; i++)
        lb_hyph_free(f.hc[i].h);
    free(f.spans);
    free(f.links);
    free(f.urls);
    free(pg.tmp);
    arena_free(f.art);
    arena_free(f.par);
    lay_wcache_cleanup(&wc);
    return 0;
}
