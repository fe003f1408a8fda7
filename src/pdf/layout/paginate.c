/*
 * paginate.c - the page builder: a vertical list -> pages, with running
 * heads and folios (tex.web §980-1028, "Breaking vertical lists into
 * pages", and §967-979 for vsplit's cost rule).
 *
 * Like TeX's page builder we move items onto the current page one by one
 * and, at each legal breakpoint (here: every penalty below 10000; glue and
 * penalties at the top of a page are discarded, §1000), compute the cost
 * c = badness + penalty of breaking there (§1005). Badness is that of
 * stretching the page's empty space against a generous stretch, so among
 * equal penalties the fullest page wins. We remember the cheapest break so
 * far (ties go to the later one, as TeX's c <= least_page_cost) and fire
 * the page when the next item would overflow it or at a forced break
 * (§1005-1008); the page is then set flush at the foot where its glue
 * allows (page_stretch). The widow, orphan
 * and keep-with-next rules are infinite penalties set by flow.c; when a
 * group bound by them cannot fit on any page the page breaks before the
 * item that overflows, so no input can stall the builder.
 *
 * Pages alternate recto (odd folio, inner margin on the left) and verso.
 * Opening pages (article and part openers) carry no running head; other
 * pages carry the collection title on versos and the article title on
 * rectos, shortened with an ellipsis to the measure.
 *
 * A line may carry a table's header lines (repeated when a page starts at
 * it) and notes (with `notes: foot`): a line's notes count against the
 * page it lands on and are set above the bottom margin, under a short rule.
 */
#include "lay_int.h"
#include "bidi.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../linebreak/lb.h"

static void
tmp_add(lay_pager *pg, const lay_item *it)
{
    if (pg->n_tmp == pg->cap_tmp) {
        size_t nc = pg->cap_tmp ? pg->cap_tmp * 2 : 512;
        pg->tmp = xrealloc(pg->tmp, nc * sizeof *pg->tmp);
        pg->cap_tmp = nc;
    }
    pg->tmp[pg->n_tmp++] = *it;
}

char *
lay_roman(arena *a, int n)
{
    static const struct { int v; const char *s; } R[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
        {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
    char tmp[64];
    size_t k = 0;
    if (n < 1 || n > 3999)
        return arena_printf(a, "%d", n);
    for (size_t i = 0; i < sizeof R / sizeof R[0]; i++)
        while (n >= R[i].v) {
            for (const char *c = R[i].s; *c; c++)
                tmp[k++] = *c;
            n -= R[i].v;
        }
    tmp[k] = 0;
    return arena_strdup(a, tmp);
}

static lay_page *
new_page(lay_pager *pg)
{
    lay_doc *d = pg->out;
    if (d->n_pages == d->cap_pages) {
        size_t nc = d->cap_pages ? d->cap_pages * 2 : 16;
        d->pages = arena_realloc(pg->a, d->pages, d->cap_pages * sizeof *d->pages,
                                 nc * sizeof *d->pages);
        d->cap_pages = nc;
    }
    lay_page *p = &d->pages[d->n_pages++];
    memset(p, 0, sizeof *p);
    p->folio = (int)d->n_pages;
    p->front_matter = pg->front;
    p->label = pg->front ? lay_roman(pg->a, p->folio) : arena_printf(pg->a, "%d", p->folio);
    return p;
}

static void
add_outline(lay_pager *pg, const char *title, int level, size_t page, double y)
{
    lay_doc *d = pg->out;
    if (d->n_outline == d->cap_outline) {
        size_t nc = d->cap_outline ? d->cap_outline * 2 : 16;
        d->outline = arena_realloc(pg->a, d->outline, d->cap_outline * sizeof *d->outline,
                                   nc * sizeof *d->outline);
        d->cap_outline = nc;
    }
    d->outline[d->n_outline++] = (lay_outline){title, level, page, y};
}

static double
page_left(const lay_pager *pg, int folio)
{
    bool recto = folio % 2 == 1;
    return recto ? pg->st->margin_inner : pg->st->margin_outer;
}

/* Text shortened at a word boundary, with an ellipsis, to fit `w`. */
static size_t
fit_head(const lay_pager *pg, const char *s, double size, double w, bool *cut)
{
    size_t len = strlen(s);
    *cut = false;
    if (pg->mx->width(pg->mx->ud, PDF_FACE_ITALIC, size, s, len) <= w)
        return len;
    *cut = true;
    double ell = pg->mx->width(pg->mx->ud, PDF_FACE_ITALIC, size, "\xE2\x80\xA6", 3);
    size_t best = 0;
    for (size_t i = 1; i < len; i++) {
        if (s[i] != ' ')
            continue;
        if (pg->mx->width(pg->mx->ud, PDF_FACE_ITALIC, size, s, i) + ell > w)
            break;
        best = i;
    }
    return best;
}

static void
furniture(lay_pager *pg, lay_page *p, unsigned flags)
{
    const style *st = pg->st;
    double size = st->size > 0 ? st->size : 10;
    double x0 = page_left(pg, p->folio);
    bool recto = p->folio % 2 == 1;
    double gray = st->high_contrast ? 0 : 0.25;
    double head_y = pg->paper_h - st->margin_top + 1.6 * size;
    if (st->running_heads && !(flags & (LAY_PAGE_OPENING | LAY_PAGE_BARE))) {
        const char *t = recto || !pg->collection_title[0] ? pg->head : pg->collection_title;
        if (t && *t) {
            double hs = size * 0.9;
            bool cut;
            size_t n = fit_head(pg, t, hs, pg->text_w * 0.8, &cut);
            const char *txt = t;
            if (cut) {
                char *c = arena_alloc(pg->a, n + 4);
                memcpy(c, t, n);
                memcpy(c + n, "\xE2\x80\xA6", 3);
                txt = c;
                n += 3;
            }
            txt = lay_bidi_visual(pg->a, txt, n, -1, &n); /* a Hebrew or Arabic title */
            lay_item it = {0};
            it.kind = LAY_TEXT;
            it.face = PDF_FACE_ITALIC;
            it.size = hs;
            it.text = txt;
            it.len = n;
            it.w = pg->mx->width(pg->mx->ud, PDF_FACE_ITALIC, hs, txt, n);
            it.x = x0 + (pg->text_w - it.w) / 2;
            it.y = head_y;
            it.gray = gray;
            tmp_add(pg, &it);
        }
    }
    if (st->folio == STYLE_FOLIO_NONE || (flags & LAY_PAGE_BARE))
        return;
    if (st->folio == STYLE_FOLIO_TOP_OUTER && (flags & LAY_PAGE_OPENING))
        return;
    const char *num = p->label ? p->label : arena_printf(pg->a, "%d", p->folio);
    lay_item it = {0};
    it.kind = LAY_TEXT;
    it.face = PDF_FACE_REGULAR;
    it.size = size * 0.9;
    it.text = num;
    it.len = strlen(num);
    it.w = pg->mx->width(pg->mx->ud, PDF_FACE_REGULAR, it.size, num, it.len);
    it.gray = gray;
    double bottom_y = st->margin_bottom * 0.5;
    switch (st->folio) {
    case STYLE_FOLIO_BOTTOM_CENTER:
        it.x = x0 + (pg->text_w - it.w) / 2;
        it.y = bottom_y;
        break;
    case STYLE_FOLIO_BOTTOM_OUTER:
        it.x = recto ? x0 + pg->text_w - it.w : x0;
        it.y = bottom_y;
        break;
    default:
        it.x = recto ? x0 + pg->text_w - it.w : x0;
        it.y = head_y;
        break;
    }
    tmp_add(pg, &it);
}

/* Every fifth line's number, small and grey, left of the text block. */
static void
line_number(lay_pager *pg, double x0, double baseline)
{
    double size = (pg->st->size > 0 ? pg->st->size : 10) * 0.7;
    char *num = arena_printf(pg->a, "%d", pg->line_no);
    lay_item it = {0};
    it.kind = LAY_TEXT;
    it.face = PDF_FACE_REGULAR;
    it.size = size;
    it.text = num;
    it.len = strlen(num);
    it.w = pg->mx->width(pg->mx->ud, PDF_FACE_REGULAR, size, num, it.len);
    it.x = x0 - 1.2 * size - it.w;
    it.y = baseline;
    it.gray = pg->st->high_contrast ? 0 : 0.4;
    tmp_add(pg, &it);
}

/* Space between the text and the first footnote (holding a short rule). */
static double
foot_sep(const lay_pager *pg)
{
    return (pg->st->size > 0 ? pg->st->size : 10) * 1.2;
}

/* Has an earlier line of [from, at) brought the same note? */
static bool
foot_seen(const lay_vlist *vl, size_t from, size_t at, const lay_footnote *fn)
{
    for (size_t i = from; i < at; i++)
        for (const lay_footnote *g = vl->v[i].foot; g; g = g->next)
            if (g->lines == fn->lines)
                return true;
    for (const lay_footnote *g = vl->v[at].foot; g && g != fn; g = g->next)
        if (g->lines == fn->lines)
            return true;
    return false;
}

/* Height the notes of line `at` add to a page starting at `from`. */
static double
foot_height(const lay_pager *pg, const lay_vlist *vl, size_t from, size_t at, bool *any)
{
    double h = 0;
    for (const lay_footnote *fn = vl->v[at].foot; fn; fn = fn->next) {
        if (foot_seen(vl, from, at, fn))
            continue;
        if (!*any)
            h += foot_sep(pg);
        *any = true;
        h += fn->height;
    }
    return h;
}

/* Set the notes of lines [from, to) at the foot of the text block. */
static void
place_feet(lay_pager *pg, const lay_vlist *vl, size_t from, size_t to, double x0)
{
    double total = 0;
    bool any = false;
    for (size_t i = from; i < to; i++)
        if (vl->v[i].kind == LAY_V_LINE)
            total += foot_height(pg, vl, from, i, &any);
    if (!any)
        return;
    double top = pg->st->margin_bottom + total;
    lay_item r = {0};
    r.kind = LAY_RULE;
    r.x = x0;
    r.w = pg->text_w / 4;
    r.h = 0.4;
    r.y = top - foot_sep(pg) / 2;
    tmp_add(pg, &r);
    double d = top - foot_sep(pg);
    for (size_t i = from; i < to; i++) {
        if (vl->v[i].kind != LAY_V_LINE)
            continue;
        for (const lay_footnote *fn = vl->v[i].foot; fn; fn = fn->next) {
            if (foot_seen(vl, from, i, fn))
                continue;
            for (size_t q = 0; q < fn->n_lines; q++) {
                const lay_vitem *v = &fn->lines[q];
                double baseline = d - v->base;
                for (size_t k = 0; k < v->n_items; k++) {
                    lay_item it = v->items[k];
                    if (it.kind == LAY_DEST && fn->no_dest)
                        continue;
                    it.x += x0;
                    it.y += baseline;
                    tmp_add(pg, &it);
                }
                d -= v->height;
            }
        }
    }
}

/* A page that ends where its text goes on overleaf is set flush at the
 * foot, as TeX's \flushbottom: its glue (the space around headings,
 * quotes, lists, pictures) stretches, each piece by the same share, till
 * the last line ends where a page of body text ends (or shrinks, as for
 * a runt, when its headings and pictures took it just past that line).
 * Ragged, a page a line short beside a full one (a widow kept back, a
 * heading moved over) made facing pages end at different heights: the
 * commonest flaw a reader saw in our books. A piece grows by STRETCH_MAX
 * of itself at most; a page that would need more (a picture moved over,
 * a heading with its lines) stays as set, as a few wide gaps read worse
 * than a short page. The last page of an article or a part is never
 * stretched. */
#define STRETCH_MAX 1.0
#define RUNT_SHRINK 0.3 /* see runt_end */

/* The distance between baselines of body text. */
static double
body_lead(const lay_pager *pg)
{
    double size = pg->st->size > 0 ? pg->st->size : 10;
    return size * (pg->st->leading > 0 ? pg->st->leading : 1.3);
}

/* Whether text goes on overleaf from the page that ends at item `to`
 * (not the end, nor a forced break). */
static bool
goes_on(const lay_vlist *vl, size_t to)
{
    const lay_vitem *v = vl->v;
    size_t k = to;
    while (k < vl->n && (v[k].kind == LAY_V_GLUE || v[k].kind == LAY_V_MARK ||
                         (v[k].kind == LAY_V_PENALTY && v[k].penalty > LB_EJECT_PENALTY)))
        k++;
    return k < vl->n && v[k].kind == LAY_V_LINE;
}

/* The page [from, to) as set without stretch: where its last line ends
 * (*end), where a page of body lines ends (*target), its glue between
 * lines (*glue) and whether notes stand at its foot. */
static bool
page_depth(const lay_pager *pg, const lay_vlist *vl, size_t from, size_t to, const lay_vitem *pre,
           size_t n_pre, double *end_out, double *target_out, double *glue_out)
{
    const lay_vitem *v = vl->v;
    double d = 0, end = 0, glue = 0, pend = 0, feet = 0;
    bool any = false, seen = false;
    for (size_t q = 0; q < n_pre; q++)
        d += pre[q].height;
    for (size_t i = from; i < to; i++) {
        if (v[i].kind == LAY_V_GLUE) {
            d += v[i].height;
            if (!v[i].flags && seen)
                pend += v[i].height;
        } else if (v[i].kind == LAY_V_LINE) {
            d += v[i].height;
            end = d;
            glue += pend; /* only glue between lines counts */
            pend = 0;
            seen = true;
            feet += foot_height(pg, vl, from, i, &any);
        }
    }
    /* where a page of body lines ends: facing pages end level (the page
       facing a short one, where that one ends: walk) */
    double H = pg->face_depth > 0 ? fmin(pg->face_depth, pg->text_h) : pg->text_h;
    *end_out = end;
    *target_out = floor((H - feet) / body_lead(pg) + 1e-6) * body_lead(pg);
    *glue_out = glue;
    return any;
}

/* The share every stretchable glue of the page [from, to) grows by. */
static double
page_stretch(const lay_pager *pg, const lay_vlist *vl, size_t from, size_t to, const lay_vitem *pre,
             size_t n_pre)
{
    if (!goes_on(vl, to))
        return 0; /* the end, or a forced break, follows */
    double end, target, glue;
    page_depth(pg, vl, from, to, pre, n_pre, &end, &target, &glue);
    double short_by = target - end;
    if (fabs(short_by) < 0.01 || glue <= 0 || short_by > glue * STRETCH_MAX ||
        -short_by > glue * RUNT_SHRINK)
        return 0;
    return short_by / glue;
}

/* Place items [from, to) of the list on a new page. */
static void
fire(lay_pager *pg, const lay_vlist *vl, size_t from, size_t to, unsigned flags,
     const lay_vitem *pre, size_t n_pre, double shrink)
{
    pg->n_tmp = 0;
    lay_page *p = new_page(pg);
    size_t page_index = pg->out->n_pages - 1;
    double x0 = page_left(pg, p->folio);
    double top = pg->paper_h - pg->st->margin_top;
    double d = 0;
    bool seen_line = false;
    double stretch = shrink > 0 ? 0 : page_stretch(pg, vl, from, to, pre, n_pre);
    for (size_t q = 0; q < n_pre; q++) {
        /* a table's repeated header: its lines, without their ids */
        const lay_vitem *v = &pre[q];
        double baseline = top - d - v->base;
        for (size_t k = 0; k < v->n_items; k++) {
            lay_item it = v->items[k];
            if (it.kind == LAY_DEST)
                continue;
            it.x += x0;
            it.y += baseline;
            tmp_add(pg, &it);
        }
        d += v->height;
    }
    for (size_t i = from; i < to; i++) {
        const lay_vitem *v = &vl->v[i];
        if (v->kind == LAY_V_GLUE) {
            d += v->flags ? v->height : v->height * (1 - shrink + (seen_line ? stretch : 0));
            continue;
        }
        if (v->kind == LAY_V_MARK)
            pg->head = v->head; /* the running head names the latest article */
        if (v->kind != LAY_V_LINE)
            continue;
        if (!seen_line) {
            /* the page's first line says where it begins; one with text
               the EPUB lacks leaves the start unknown */
            seen_line = true;
            p->start_block = v->src;
            p->start_text = v->src ? v->src_text : NULL;
            p->start_in_sources = v->src && (v->flags & LAY_LINE_SOURCES);
            p->start_at_end = v->src && (v->flags & LAY_LINE_AFTER);
        } else if (p->start_block && !p->start_text && v->src == p->start_block) {
            p->start_text = v->src_text; /* past blank lines to the first words */
        }
        double baseline = top - d - v->base;
        if (v->outline)
            add_outline(pg, v->outline, v->outline_level, page_index, top - d);
        for (size_t k = 0; k < v->n_items; k++) {
            lay_item it = v->items[k];
            it.x += x0;
            it.y += baseline;
            tmp_add(pg, &it);
        }
        if ((v->flags & LAY_LINE_NUMBERED) && ++pg->line_no % 5 == 0 && pg->st->line_numbers)
            line_number(pg, x0, baseline);
        d += v->height;
    }
    place_feet(pg, vl, from, to, x0);
    furniture(pg, p, flags);
    if (pg->sink) {
        p->items = pg->tmp;
        p->n_items = p->cap_items = pg->n_tmp;
        p->drawn = pg->sink(pg->sink_ud, p);
        if (p->drawn) {
            /* drawn: keep what names places and links to them */
            size_t k = 0;
            for (size_t i = 0; i < pg->n_tmp; i++)
                if (pg->tmp[i].kind == LAY_DEST || pg->tmp[i].kind == LAY_LINK)
                    pg->tmp[k++] = pg->tmp[i];
            pg->n_tmp = k;
        }
    }
    p->items = arena_alloc(pg->a, (pg->n_tmp ? pg->n_tmp : 1) * sizeof *p->items);
    memcpy(p->items, pg->tmp, pg->n_tmp * sizeof *p->items);
    p->n_items = p->cap_items = pg->n_tmp;
}

/* An article's end that would stand alone on a page of its own, a line
 * or a few (a "runt"), is pulled back onto the page when the page's glue
 * (the space around headings, quotes, lists and paragraphs) can give up
 * the room: each piece shrinks by the same share, at most RUNT_SHRINK of
 * itself, as TeX's glue shrinks (§1004's page_shrink); such a page is
 * not stretched or shrunk again by page_stretch. */

/* The end of what follows `from` up to the next forced break, when all
 * of it fits on one page with the glue shrunk (its share in *shrink);
 * SIZE_MAX when it does not, or when notes would have to move along. */
static size_t
runt_end(const lay_pager *pg, const lay_vlist *vl, size_t from, double h0, double *shrink)
{
    const lay_vitem *v = vl->v;
    double H = pg->text_h, t = h0, s = 0;
    size_t k;
    for (k = from; k < vl->n; k++) {
        const lay_vitem *x = &v[k];
        if (x->kind == LAY_V_NEWPAGE ||
            (x->kind == LAY_V_PENALTY && x->penalty <= LB_EJECT_PENALTY))
            break;
        if (x->foot)
            return SIZE_MAX;
        if (x->kind == LAY_V_GLUE) {
            t += x->height;
            if (!x->flags)
                s += x->height * RUNT_SHRINK;
        } else if (x->kind == LAY_V_LINE) {
            t += x->height;
        }
        if (t * (1 - RUNT_SHRINK) > H + 1e-6)
            return SIZE_MAX; /* more than any shrinking can take */
    }
    if (t - s > H + 1e-6 || s <= 0)
        return SIZE_MAX;
    *shrink = t > H ? RUNT_SHRINK * (t - H) / s : 0;
    return k;
}

/* Where the page that starts at item i ends: the break the builder takes
 * (an index past the last item set on it), with a continued table's
 * header lines to repeat at its top and the share its glue shrinks by. */
static size_t
page_end(const lay_pager *pg, const lay_vlist *vl, size_t i, const lay_vitem **pre_out,
         size_t *n_pre_out, double *shrink)
{
    const lay_vitem *v = vl->v;
    size_t n = vl->n;
    double H = pg->face_depth > 0 ? fmin(pg->face_depth, pg->text_h) : pg->text_h;
    double h = 0, best_cost = 1e18;
    size_t best = SIZE_MAX, j;
    /* a table continued from the last page repeats its header, unless
       the header would take half the page */
    const lay_vitem *pre = NULL;
    size_t n_pre = 0;
    if (v[i].kind == LAY_V_LINE && v[i].thead) {
        double hh = 0;
        for (size_t q = 0; q < v[i].n_thead; q++)
            hh += v[i].thead[q].height;
        if (hh < H / 2) {
            pre = v[i].thead;
            n_pre = v[i].n_thead;
            h = hh;
        }
    }
    double h0 = h;
    bool any_line = false, any_foot = false;
    for (j = i; j < n; j++) {
        const lay_vitem *x = &v[j];
        if (x->kind == LAY_V_NEWPAGE) {
            best = j; /* a forced break */
            break;
        }
        if (x->kind == LAY_V_PENALTY) {
            if (!any_line || x->penalty >= LB_INF_PENALTY)
                continue;
            double c = lb_badness(H - h, H * 0.4) + x->penalty;
            if (c <= best_cost) {
                best_cost = c;
                best = j;
            }
            if (x->penalty <= LB_EJECT_PENALTY)
                break;
            continue;
        }
        bool had_foot = any_foot;
        double fh = x->foot ? foot_height(pg, vl, i, j, &any_foot) : 0;
        if (h + x->height + fh > H + 1e-6 && any_line) {
            if (best == SIZE_MAX)
                best = j; /* nothing legal fits: break before the overflow */
            any_foot = had_foot;
            break;
        }
        h += x->height + fh;
        if (x->kind == LAY_V_LINE)
            any_line = true;
    }
    if (j >= n)
        best = n;
    *shrink = 0;
    if (best < n && v[best].kind != LAY_V_NEWPAGE &&
        !(v[best].kind == LAY_V_PENALTY && v[best].penalty <= LB_EJECT_PENALTY)) {
        size_t k = runt_end(pg, vl, i, h0, shrink);
        if (k != SIZE_MAX)
            best = k;
    }
    *pre_out = pre;
    *n_pre_out = n_pre;
    return best;
}

/* Glue and penalties at the top of a page are discarded (§1000); the
 * first item kept, with the running head the marks passed set. */
static size_t
page_top(const lay_vlist *vl, size_t i, const char **head)
{
    const lay_vitem *v = vl->v;
    while (i < vl->n && (v[i].kind == LAY_V_PENALTY || v[i].kind == LAY_V_MARK ||
                         (v[i].kind == LAY_V_GLUE && !v[i].flags))) {
        if (v[i].kind == LAY_V_MARK && head)
            *head = v[i].head;
        i++;
    }
    return i;
}

/* The builder's walk over the list, page by page: setting the pages
 * when `set`, else only counting them (lay_plan), the state of pg left
 * as it was. */
/* Facing pages end level. A verso that must stop a line short of the
 * page's depth (a widow or an orphan kept off it, and no glue to stretch)
 * has its recto stop at the same line, as a book's makeup does (both
 * pages of the spread a line short), when the recto can: its text goes
 * on overleaf, neither page has notes, and its own break there is a
 * good one. The depth the short verso ended at, or 0 when the next page
 * need not match it. */
static double
short_verso(const lay_pager *pg, const lay_vlist *vl, size_t from, size_t to, const lay_vitem *pre,
            size_t n_pre, size_t index, double shrink)
{
    if (index % 2 == 0 || shrink > 0 || !goes_on(vl, to)) /* a recto, or the end */
        return 0;
    double end, target, glue, lead = body_lead(pg);
    if (page_depth(pg, vl, from, to, pre, n_pre, &end, &target, &glue) ||
        page_stretch(pg, vl, from, to, pre, n_pre) != 0)
        return 0;
    double k = end / lead;
    if (fabs(target - lead - end) > 0.5 || fabs(k - round(k)) > 0.01)
        return 0; /* not one whole line short */
    return end + 1e-3;
}

/* The cost flow.c gives a page break after a hyphenated line. */
#define BROKEN_PENALTY 100

/* The break of the page that starts at item i when it is to end at
 * `depth` (a line short, level with the page it faces), or SIZE_MAX when
 * it cannot end there: its break there is a bad one, or notes, or the
 * end of the text, or a runt pulled back. */
static size_t
level_end(lay_pager *pg, const lay_vlist *vl, size_t i, double depth)
{
    const lay_vitem *pre;
    size_t n_pre;
    double shrink, end, target, glue;
    double was = pg->face_depth;
    pg->face_depth = depth;
    size_t b = page_end(pg, vl, i, &pre, &n_pre, &shrink);
    /* a break the rules allow, and not after a hyphen (TeX's
       \brokenpenalty): with no legal break above `depth` page_end
       breaks where the text overflows, which may strand a line */
    bool ok = b > i && shrink == 0 && b < vl->n && vl->v[b].kind == LAY_V_PENALTY &&
              vl->v[b].penalty < BROKEN_PENALTY && goes_on(vl, b) &&
              !page_depth(pg, vl, i, b, pre, n_pre, &end, &target, &glue) &&
              (fabs(end - target) < 0.5 || page_stretch(pg, vl, i, b, pre, n_pre) > 0);
    pg->face_depth = was;
    return ok ? b : SIZE_MAX;
}

/* A full verso whose recto must stop a line short (a widow or an orphan
 * kept off it, no glue to stretch) stops a line short too, when both
 * can: the recto's fault cannot be mended from the verso, but the spread
 * still ends level. The depth the verso is to end at, its break in *b;
 * 0 when it stays as it is. */
static double
short_recto(lay_pager *pg, const lay_vlist *vl, size_t i, size_t best, const lay_vitem *pre,
            size_t n_pre, size_t *b)
{
    double end, target, glue, lead = body_lead(pg);
    if (page_depth(pg, vl, i, best, pre, n_pre, &end, &target, &glue) ||
        (fabs(end - target) > 0.5 && page_stretch(pg, vl, i, best, pre, n_pre) == 0))
        return 0; /* notes, or itself short */
    size_t r = page_top(vl, best, NULL);
    if (r >= vl->n || vl->v[r].kind == LAY_V_NEWPAGE)
        return 0;
    const lay_vitem *rpre;
    size_t n_rpre;
    double rshrink, rend, rtarget, rglue;
    size_t rb = page_end(pg, vl, r, &rpre, &n_rpre, &rshrink);
    if (rshrink > 0 || !goes_on(vl, rb) ||
        page_depth(pg, vl, r, rb, rpre, n_rpre, &rend, &rtarget, &rglue) ||
        page_stretch(pg, vl, r, rb, rpre, n_rpre) != 0 || fabs(rtarget - lead - rend) > 0.5)
        return 0; /* the recto is full, or set some other way */
    double depth = target - lead + 1e-3;
    size_t vb = level_end(pg, vl, i, depth);
    if (vb == SIZE_MAX || level_end(pg, vl, page_top(vl, vb, NULL), depth) == SIZE_MAX)
        return 0;
    *b = vb;
    return depth;
}

static size_t
walk(lay_pager *pg, const lay_vlist *vl, bool set, size_t *last, size_t *before_last)
{
    const lay_vitem *v = vl->v;
    size_t n = vl->n, i = 0, pages = 0, first_index = pg->out->n_pages;
    unsigned flags = 0;
    double facing = 0; /* short_verso of the page before */
    *last = *before_last = SIZE_MAX;
    while (i < n) {
        if (v[i].kind == LAY_V_NEWPAGE) {
            flags = v[i].flags;
            if (set && v[i].head)
                pg->head = v[i].head;
            if (set && (flags & LAY_PAGE_OPENING))
                pg->line_no = 0;
            i++;
            continue;
        }
        i = page_top(vl, i, set ? &pg->head : NULL);
        if (i >= n)
            break;
        if (v[i].kind == LAY_V_NEWPAGE)
            continue;
        const lay_vitem *pre;
        size_t n_pre;
        double shrink;
        size_t index = first_index + pages; /* folio index + 1: odd is recto */
        pg->face_depth = 0;
        size_t best = page_end(pg, vl, i, &pre, &n_pre, &shrink), b2;
        double verso_depth = 0;
        if (facing > 0 && !flags && goes_on(vl, best) && shrink == 0 &&
            (b2 = level_end(pg, vl, i, facing)) != SIZE_MAX) {
            best = b2;
            pg->face_depth = facing;
        } else if (index % 2 == 1 && !flags && goes_on(vl, best) && shrink == 0 &&
                   (verso_depth = short_recto(pg, vl, i, best, pre, n_pre, &b2)) > 0) {
            best = b2;
            pg->face_depth = verso_depth;
        }
        if (set)
            fire(pg, vl, i, best, flags, pre, n_pre, shrink);
        facing =
            verso_depth > 0 ? verso_depth : short_verso(pg, vl, i, best, pre, n_pre, index, shrink);
        pg->face_depth = 0;
        flags = 0;
        *before_last = *last;
        *last = i;
        pages++;
        i = best;
    }
    return pages;
}

void
lay_paginate(lay_pager *pg, const lay_vlist *vl)
{
    size_t last, before_last;
    walk(pg, vl, true, &last, &before_last);
}

size_t
lay_plan(lay_pager *pg, const lay_vlist *vl, size_t *last, size_t *before_last)
{
    return walk(pg, vl, false, last, before_last);
}
