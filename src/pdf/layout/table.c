/*
 * table.c - tables: column widths from the cells, rows that never break,
 * a header repeated on each page, rules.
 */
#include "../../base/utf8.h"
#include "flow_int.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Break the gathered spans at `width` and set each line at x; returns the
 * lines (items relative to x's frame and the baseline) in f->art. */
typedef struct cell_lines {
    lay_item **items;
    size_t *n;
    size_t n_lines;
} cell_lines;

/* A table cell hyphenates only words of this many characters or more: a
 * narrow column broke "is-lands", "Re-gions", where a word kept whole
 * on its own line reads better and costs a line at most. */
#define CELL_HYPH_MIN 8

static void
set_cell(flow *f, const para_opts *o, cell_lines *out)
{
    memset(out, 0, sizeof *out);
    if (f->n_spans == 0)
        return;
    lb_params p;
    lb_params_default(&p, o->size, o->width);
    p.justify = false;
    p.hyph = o->hyph; /* a narrow column hyphenates rather than cut a word */
    p.hyph_min_chars = CELL_HYPH_MIN;
    if (f->cell_short_hyph) {
        p.hyph = f->cell_hyph;
        p.hyph_min_chars = 0;
    }
    lay_bidi bd;
    bool bidi = lay_bidi_para(&bd, f->out, f->par, &f->spans, &f->n_spans, &f->cap_spans, f->bidi);
    lay_cut_mark(&p, bidi && bd.base == 1);
    lb_result r;
    lb_break(f->par, f->mx, &p, f->spans, f->n_spans, &r);
    out->n_lines = r.n_lines;
    out->items = arena_alloc(f->art, (r.n_lines ? r.n_lines : 1) * sizeof *out->items);
    out->n = arena_alloc(f->art, (r.n_lines ? r.n_lines : 1) * sizeof *out->n);
    for (size_t l = 0; l < r.n_lines; l++) {
        const lb_line *L = &r.lines[l];
        lay_item *v = lay_line_buf(f, SET_LINE_MAX(L));
        out->n[l] = lay_set_line(f, &r, &r.lines[l], o, v);
        if (bidi) /* a right-to-left cell is set from its right edge */
            out->n[l] =
                lay_bidi_line(&bd, f->mx, v, out->n[l], bd.base == 1 && f->bidi != LAY_BIDI_INLINE,
                              o->x, o->x + o->width, &v);
        out->items[l] = lay_line_keep(f, v, out->n[l]);
    }
    arena_reset(f->par);
    f->n_spans = 0;
}

/* Place a cell's lines where its column's alignment says. An alignment
 * the author gave names a side of the page, in either direction: Markdown's
 * ":---" and HTML's align="left" say left, not "start", and a table of
 * figures aligned left in a right-to-left article is meant to be read
 * flush left; so left stays left (and right right) in a right-to-left
 * table and for a right-to-left cell in a left-to-right one. A cell with
 * none stays where set_cell put it: at the start of its text's direction. */
static void
align_cell(cell_lines *cl, doc_align al, double x, double w)
{
    if (al != DOC_ALIGN_LEFT && al != DOC_ALIGN_CENTER && al != DOC_ALIGN_RIGHT)
        return;
    for (size_t l = 0; l < cl->n_lines; l++) {
        double left = HUGE_VAL, right = -HUGE_VAL;
        for (size_t q = 0; q < cl->n[l]; q++) {
            const lay_item *it = &cl->items[l][q];
            if (it->kind != LAY_TEXT && !(it->kind == LAY_IMAGE && it->in_line))
                continue;
            if (it->x < left)
                left = it->x;
            if (it->x + it->w > right)
                right = it->x + it->w;
        }
        if (left == HUGE_VAL)
            continue;
        double dx = al == DOC_ALIGN_LEFT    ? x - left
                    : al == DOC_ALIGN_RIGHT ? x + w - right
                                            : x + (w - (right - left)) / 2 - left;
        for (size_t q = 0; q < cl->n[l]; q++)
            cl->items[l][q].x += dx;
    }
}

/* The length of the no-break space (lb_is_tie_space) at s, or 0. */
static size_t
tie_at(const char *s, size_t left)
{
    uint32_t c;
    size_t n = (unsigned char)s[0] >= 0xC2 ? utf8_decode(s, left, &c) : 0;
    return n && lb_is_tie_space(c) ? n : 0;
}

/* The widest piece of a word once hyphenated where the patterns allow
 * (the hyphen included), or the word's width when it has no point (or is
 * shorter than min_chars). */
static double
hyphenated_piece(flow *f, const lb_hyph *h, const lb_span *x, const char *w, size_t len,
                 double whole, size_t min_chars)
{
    size_t pts[32];
    size_t np = h && utf8_length(w, len) >= min_chars ? lb_hyph_points(h, w, len, pts, 32) : 0;
    if (np == 0)
        return whole;
    double hy = f->mx->width(f->mx->ud, x->face, x->size, "-", 1), widest = 0;
    size_t from = 0;
    for (size_t i = 0; i <= np; i++) {
        size_t to = i < np ? pts[i] : len;
        double pw =
            f->mx->width(f->mx->ud, x->face, x->size, w + from, to - from) + (i < np ? hy : 0);
        if (pw > widest)
            widest = pw;
        from = to;
    }
    return widest;
}

/* What a table measures of a cell: its natural width on one line (its
 * longest line, when it has breaks), its longest word, its longest word
 * when no-break spaces may break too (the line breaker lets them where
 * a tied run is wider than the column: items.c), that with its long words
 * hyphenated, and with every word hyphenated the patterns allow. */
enum { TW_NAT, TW_WORD, TW_UNTIED, TW_HYPH, TW_HYPH_ALL, TW_N };

static void
cell_widths(flow *f, const doc_node *cell, bool header, double size, double m[TW_N],
            bool *hyph_digits)
{
    *hyph_digits = false;
    f->in_cell = true;
    size_t urls = f->n_urls; /* measuring: the addresses are numbered when the cell is set */
    lay_gather_in(f, cell, header ? PDF_FACE_BOLD : PDF_FACE_REGULAR, size, 0, f->text_w);
    f->n_urls = urls;
    f->in_cell = false;
    double w = 0, word = 0, piece = 0, sp = f->mx->width(f->mx->ud, PDF_FACE_REGULAR, size, " ", 1);
    double widest_line = 0;
    double *minw = &m[TW_WORD], *minw_untied = &m[TW_UNTIED], *minw_hyph = &m[TW_HYPH];
    double *minw_all = &m[TW_HYPH_ALL];
    *minw = *minw_untied = *minw_hyph = *minw_all = 0;
    for (size_t i = 0; i < f->n_spans; i++) {
        const lb_span *x = &f->spans[i];
        if (x->flags & LB_SPAN_BREAK) { /* a line of its own: words end here */
            if (w > widest_line)
                widest_line = w;
            w = word = piece = 0;
            continue;
        }
        if (x->flags & LB_SPAN_BREAKBEFORE) /* a link's number: the word may end here */
            word = piece = 0;
        if (x->flags & LB_SPAN_OBJECT) { /* a picture: one piece of the word it is in */
            w += x->obj_w, word += x->obj_w, piece += x->obj_w;
            *minw = fmax(*minw, word);
            *minw_untied = fmax(*minw_untied, piece);
            if (piece > *minw_hyph)
                *minw_hyph = piece, *hyph_digits = false;
            *minw_all = fmax(*minw_all, piece);
            continue;
        }
        size_t a = 0;
        for (size_t k = 0; k <= x->len; k++) {
            size_t tie = k < x->len ? tie_at(x->text + k, x->len - k) : 0;
            if (k < x->len && !tie && x->text[k] != ' ' && x->text[k] != '\n')
                continue;
            if (k > a) {
                double ww = f->mx->width(f->mx->ud, x->face, x->size, x->text + a, k - a);
                word += ww;
                piece += ww;
                w += ww;
                if (word > *minw)
                    *minw = word;
                if (piece > *minw_untied)
                    *minw_untied = piece;
                double hp = piece > ww ? piece
                                       : hyphenated_piece(f, f->hyph, x, x->text + a, k - a, ww,
                                                          CELL_HYPH_MIN);
                /* ... and every word: a long one as above when the
                   dictionaries are the same */
                double ha = piece > ww || (f->cell_hyph == f->hyph &&
                                           utf8_length(x->text + a, k - a) >= CELL_HYPH_MIN)
                                ? hp
                                : hyphenated_piece(f, f->cell_hyph, x, x->text + a, k - a, ww, 0);
                /* a compound breaks after its hyphens and slashes, as
                   the line breaker lets it (items.c) */
                for (size_t q = a, from = a; q < k; q++)
                    if ((x->text[q] == '-' || x->text[q] == '/') && q > from && q + 1 < k) {
                        double part =
                            f->mx->width(f->mx->ud, x->face, x->size, x->text + from, q + 1 - from);
                        double rest =
                            f->mx->width(f->mx->ud, x->face, x->size, x->text + q + 1, k - q - 1);
                        double most = part > rest ? part : rest;
                        if (most < hp)
                            hp = most;
                        if (most < ha)
                            ha = most;
                        from = q + 1;
                    }
                *minw_all = fmax(*minw_all, ha);
                if (hp > *minw_hyph) {
                    *minw_hyph = hp;
                    *hyph_digits = false;
                    for (size_t q = a; q < k && !*hyph_digits; q++)
                        *hyph_digits = x->text[q] >= '0' && x->text[q] <= '9';
                }
            }
            if (tie) {
                double tw = f->mx->width(f->mx->ud, x->face, x->size, x->text + k, tie);
                w += tw;
                word += tw;
                piece = 0;
                a = k + tie;
                k += tie - 1;
                continue;
            }
            if (k < x->len) {
                w += sp;
                word = piece = 0;
            }
            a = k + 1;
        }
    }
    f->n_spans = 0;
    m[TW_NAT] = w > widest_line ? w : widest_line;
}

/* A cell that holds a photograph and nothing else (a link around it
 * allowed): a product table's, a gallery's. Set in its line like an icon
 * it would shrink to the type's height, and as alt text it is lost; it is
 * set as a picture at the top of its cell instead, the row as tall as it.
 * Not an icon: the picture is a lay_picture_in_text one. Returns the image,
 * its natural size in w and h. */
static const doc_node *
cell_photo(flow *f, const doc_node *cell, double measure, double *w, double *h)
{
    const doc_node *img = NULL;
    for (const doc_node *k = cell->first_child; k; k = k->next) {
        if (doc_blank_text(k))
            continue;
        const doc_node *x = k;
        if (x->type == DOC_LINK) {
            const doc_node *only = NULL;
            for (const doc_node *q = x->first_child; q; q = q->next)
                if (!doc_blank_text(q)) {
                    if (only)
                        return NULL;
                    only = q;
                }
            x = only;
        }
        if (!x || x->type != DOC_IMAGE || img)
            return NULL;
        img = x;
    }
    if (!img || !lay_picture_in_text(f, img, measure) || !lay_natural_size(f, img, w, h))
        return NULL;
    return img;
}

/* The widest a photograph in a cell is set, of the measure: it leaves the
 * other columns their room. */
#define CELL_PHOTO_MAX_W 0.4
/* ... and its least width, in ems of the table's text. */
#define CELL_PHOTO_MIN_EM 4
/* ... and the tallest, of the text height. */
#define CELL_PHOTO_MAX_H 0.3

/* The widths in col[0..n), each at most cap, added up. */
static double
capped_sum(const double *col, size_t n, double cap)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += col[i] < cap ? col[i] : cap;
    return sum;
}

/* A table's cells as share_room sees them: natural width (at `scale` of
 * nat), column, columns spanned and row of each. */
typedef struct table_cells {
    const double *nat;
    const size_t *col, *span, *row;
    size_t n, ncol, nrow;
    double scale;
} table_cells;

/* The lines a cell of natural width nat is guessed to take at width w. */
static double
guess_lines(double nat, double w)
{
    return nat <= w ? 1 : ceil(nat / w - 1e-9);
}

/* The table's height in lines, guessed from its one-column cells, each
 * row as tall as its tallest cell. */
static double
guess_height(const table_cells *tc, const double *cw, double *tallest)
{
    for (size_t r = 0; r < tc->nrow; r++)
        tallest[r] = 1;
    for (size_t ci = 0; ci < tc->n; ci++)
        if (tc->span[ci] == 1 && tc->col[ci] < tc->ncol) {
            double l = guess_lines(tc->nat[ci] * tc->scale, cw[tc->col[ci]]);
            if (l > tallest[tc->row[ci]])
                tallest[tc->row[ci]] = l;
        }
    double h = 0;
    for (size_t r = 0; r < tc->nrow; r++)
        h += tallest[r];
    return h;
}

/* The most steps share_room takes, and the most cells times columns it
 * takes them for (each step weighs every column against every cell); a
 * table past either has what is left shared by how much each column
 * holds. */
#define TABLE_SHARE_STEPS 256
#define TABLE_SHARE_WORK 40000

/* The room a table has past its columns' least widths mn, shared out so
 * that the table takes the fewest lines: step by step, the column given
 * room is the one where it saves the most lines for its width (widened
 * to where one of its cells takes a line less), so a column of many long
 * cells (a checklist's labels) is served before one whose single long
 * cell (a column name) would take the same room. No column passes its
 * natural width nat. Room no step can use (a row is as tall in another
 * column) is shared by how much more each column holds. */
static void
share_room(arena *a, double *cw, const double *nat, const double *mn, double room,
           const table_cells *tc)
{
    size_t ncol = tc->ncol;
    double *tallest = arena_alloc(a, (tc->nrow + 1) * sizeof *tallest);
    for (size_t i = 0; i < ncol; i++)
        cw[i] = mn[i];
    double h = guess_height(tc, cw, tallest);
    int steps = (double)ncol * (double)tc->n > TABLE_SHARE_WORK ? 0 : TABLE_SHARE_STEPS;
    for (int step = 0; step < steps && room > 1e-6; step++) {
        size_t best = ncol;
        double best_rate = 0, best_w = 0, best_h = h;
        for (size_t i = 0; i < ncol; i++) {
            if (cw[i] >= nat[i])
                continue;
            double next = nat[i]; /* where a cell of the column drops a line */
            for (size_t ci = 0; ci < tc->n; ci++) {
                if (tc->span[ci] != 1 || tc->col[ci] != i)
                    continue;
                double n = tc->nat[ci] * tc->scale, l = guess_lines(n, cw[i]);
                if (l > 1 && n / (l - 1) > cw[i] + 1e-6 && n / (l - 1) < next)
                    next = n / (l - 1);
            }
            if (next > cw[i] + room)
                continue; /* out of reach: no line saved */
            double was = cw[i];
            cw[i] = next;
            double nh = guess_height(tc, cw, tallest);
            cw[i] = was;
            double rate = (h - nh) / (next - was);
            if (nh < h && rate > best_rate)
                best = i, best_rate = rate, best_w = next, best_h = nh;
        }
        if (best == ncol)
            break;
        room -= best_w - cw[best];
        cw[best] = best_w;
        h = best_h;
    }
    /* the rest by how much more each column holds: the table is too
       wide for its natural widths, so no column reaches its own */
    double total = 0;
    for (size_t i = 0; i < ncol; i++)
        total += nat[i] - cw[i];
    if (total > 0 && room > 0) {
        double share = room < total ? room / total : 1;
        for (size_t i = 0; i < ncol; i++)
            cw[i] += (nat[i] - cw[i]) * share;
    }
}

/* The hairline under a table's header, on the line whose bottom is `bottom`
 * below its baseline. */
static void
header_rule(lay_item *r, double x, double w, double bottom)
{
    r->kind = LAY_RULE;
    r->x = x;
    r->w = w;
    r->h = 0.4;
    r->y = bottom + 0.5;
}

/* A table is closed above and below by a rule heavier than the header's
 * hairline (booktabs' toprule and bottomrule): without them a table's
 * first and last rows ran into the paragraphs around it. */
#define TABLE_EDGE_RULE 0.8

/* The rule over a table, `gap` over the top of its first line (`edge`
 * above its baseline), or under its last (`edge` < 0: the line's bottom
 * below it); set in the space around the table, clear of its text. */
static void
edge_rule(lay_item *r, double x, double w, double edge, double gap, bool over)
{
    r->kind = LAY_RULE;
    r->x = x;
    r->w = w;
    r->h = TABLE_EDGE_RULE;
    r->y = over ? edge + gap : edge - gap - TABLE_EDGE_RULE;
}

/* The most columns a table is set in. */
#define TABLE_MAX_COLS 64

/* The width a table's columns want to set every cell on one line: a
 * column that wraps its natural width (at least an em of `size`), one
 * that does not its longest word. */
static double
table_want(const double *nat, const double *mn, size_t ncol, double size)
{
    double want = 0;
    for (size_t i = 0; i < ncol; i++)
        want += nat[i] > mn[i] ? (nat[i] > size ? nat[i] : size) : mn[i];
    return want;
}

/* The smallest a table too wide for its measure is set, as a share of
 * the text size and in points, before its words are cut. */
#define TABLE_LEAST_SHARE 0.5
#define TABLE_LEAST_PT 6.0

/* Tables: column widths from the cells' natural and longest-word widths,
 * shared out within the measure; each row is a group of lines that never
 * breaks; the header row is kept with the first body row and repeated on
 * every page the table continues on (paginate.c places `thead`). */
void
lay_table(flow *f, const doc_node *t, ctx c)
{
    if (!f->first_block)
        lay_block_space(f, 0.5);
    double size = c.size * 0.9, size0 = size;
    double gap = lay_body_size(f);
    /* Each cell's place in the grid (the HTML table model): the first
       column of its row not taken by a cell spanning down from a row
       above, and as many columns as it spans. Cells past TABLE_MAX_COLS
       are set in the frame of the last cell that fits. */
    size_t n_cells = 0;
    for (const doc_node *row = t->first_child; row; row = row->next)
        for (const doc_node *cell = row->first_child; cell; cell = cell->next)
            n_cells++;
    size_t *col = arena_alloc(f->art, (n_cells + 1) * sizeof *col);
    size_t *span = arena_alloc(f->art, (n_cells + 1) * sizeof *span);
    size_t *row_of = arena_alloc(f->art, (n_cells + 1) * sizeof *row_of);
    size_t down[TABLE_MAX_COLS] = {0}; /* rows still taken below, per column */
    size_t ncol = 0, nrow = 0, ci = 0;
    for (const doc_node *row = t->first_child; row; row = row->next, nrow++) {
        size_t k = 0;
        for (const doc_node *cell = row->first_child; cell; cell = cell->next, ci++) {
            while (k < TABLE_MAX_COLS && down[k] > 0)
                k++;
            size_t cs = cell->as.cell.colspan > 1 ? cell->as.cell.colspan : 1;
            size_t rs = cell->as.cell.rowspan > 1 ? cell->as.cell.rowspan : 1;
            if (k + cs > TABLE_MAX_COLS)
                cs = k < TABLE_MAX_COLS ? TABLE_MAX_COLS - k : 1;
            col[ci] = k;
            span[ci] = cs;
            row_of[ci] = nrow;
            for (size_t q = k; q < k + cs && q < TABLE_MAX_COLS; q++)
                down[q] = rs;
            if (k < TABLE_MAX_COLS && k + cs > ncol)
                ncol = k + cs;
            k += cs;
        }
        for (size_t q = 0; q < TABLE_MAX_COLS; q++)
            if (down[q] > 0) {
                if (q + 1 > ncol)
                    ncol = q + 1; /* a column only a cell from above fills */
                down[q]--;
            }
    }
    if (ncol == 0)
        return;
    f->cell_hyph = lay_hyph_last_resort(f);
    double *tw[TW_N]; /* each column's measures, as cell_widths takes them */
    for (int j = 0; j < TW_N; j++)
        tw[j] = arena_alloc(f->art, ncol * sizeof *tw[j]);
    bool *figures = arena_alloc(f->art, ncol * sizeof *figures); /* longest word a number */
    double *cell_nat = arena_alloc(f->art, (n_cells + 1) * sizeof *cell_nat); /* at size0 */
    double *cw = arena_alloc(f->art, ncol * sizeof *cw),
           *cx = arena_alloc(f->art, ncol * sizeof *cx);
    for (size_t i = 0; i < ncol; i++) {
        for (int j = 0; j < TW_N; j++)
            tw[j][i] = 0;
        figures[i] = false;
    }
    /* widths from the cells of one column first; then a spanning cell
       wider than the columns it spans (and the gaps between them)
       widens them evenly */
    for (int pass = 0; pass < 2; pass++) {
        ci = 0;
        for (const doc_node *row = t->first_child; row; row = row->next)
            for (const doc_node *cell = row->first_child; cell; cell = cell->next, ci++) {
                size_t k = col[ci], cs = span[ci];
                if (k >= ncol || (pass == 0) != (cs == 1))
                    continue;
                double m[TW_N];
                bool digits = false;
                double pw, ph;
                if (cell_photo(f, cell, c.width, &pw, &ph)) {
                    double most = c.width * CELL_PHOTO_MAX_W, least = CELL_PHOTO_MIN_EM * size;
                    if (ph * most / pw > f->text_h * CELL_PHOTO_MAX_H) /* as tall as allowed */
                        most = pw * f->text_h * CELL_PHOTO_MAX_H / ph;
                    m[TW_NAT] = pw < most ? pw : most;
                    m[TW_WORD] = m[TW_UNTIED] = m[TW_HYPH] = m[TW_HYPH_ALL] =
                        m[TW_NAT] < least ? m[TW_NAT] : least;
                } else {
                    cell_widths(f, cell, row->flags & DOC_F_HEADER, size, m, &digits);
                }
                if (cs == 1 && m[TW_HYPH] > tw[TW_HYPH][k])
                    figures[k] = digits;
                cell_nat[ci] = m[TW_NAT];
                for (int j = 0; j < TW_N; j++) {
                    double have = gap * (double)(cs - 1);
                    for (size_t q = k; q < k + cs; q++)
                        have += tw[j][q];
                    if (m[j] > have)
                        for (size_t q = k; q < k + cs; q++)
                            tw[j][q] += (m[j] - have) / (double)cs;
                }
            }
    }
    double *nat = tw[TW_NAT], *mn = tw[TW_WORD];
    /* A table the measure would make smaller or cut (below) takes the room
       it needs from the margins first, as far as flow.wide_room lets it,
       centred on the text block. */
    if (f->wide_room > 0 && ncol > 1) {
        double most = f->text_w + 2 * f->wide_room, want = table_want(nat, mn, ncol, size);
        double need = gap * (double)(ncol - 1) +
                      fmax(capped_sum(mn, ncol, most / 2), fmin(want, (double)ncol * 8 * size));
        if (need > c.width) {
            c.width = fmin(need, most);
            c.x = (f->text_w - c.width) / 2;
        }
    }
    /* A table whose longest words do not fit side by side in the measure
       closes its column gaps to half an em, then is set smaller, down to
       seven tenths of the text size (LaTeX's scriptsize for 10 pt), and
       then lets its no-break spaces break and its words hyphenate, before
       any word has to be cut:
       widths scale with the size, so the measurements are scaled, not
       taken again. */
    bool hyph_mins = false; /* mn holds the hyphenated widths */
    double tied = capped_sum(mn, ncol, c.width / 2);
    if (ncol > 1 && tied + gap * (double)(ncol - 1) > c.width) {
        gap = 0.5 * lay_body_size(f);
        double room = c.width - gap * (double)(ncol - 1);
        double floor_s = 0.7 * c.size / size;
        for (int j = TW_UNTIED; j <= TW_HYPH && room < tied * floor_s; j++) {
            mn = tw[j];
            tied = capped_sum(mn, ncol, c.width / 2);
            hyph_mins = j == TW_HYPH;
        }
        /* Words would still be cut: smaller yet, to half the text size
           (not under 6 pt), is less bad than a word in pieces; and at that
           size a short word hyphenated ("Is-lands") is less bad than one
           cut with a marker ("Islan→ds"). */
        if (room < tied * floor_s)
            floor_s = fmax(TABLE_LEAST_SHARE * c.size, TABLE_LEAST_PT) / size;
        if (room < tied * floor_s && f->cell_hyph) {
            mn = tw[TW_HYPH_ALL];
            tied = capped_sum(mn, ncol, c.width / 2);
            hyph_mins = true;
            f->cell_short_hyph = true;
        }
        /* the widths below are rounded up a thousandth of a point each:
       scaled to fill the room exactly, the words' sum would pass it
       by that much, and a word be cut for it */
        double s = room > 0 && tied > 0 ? (room - 0.001 * (double)ncol) / tied : 0;
        if (f->cell_short_hyph)
            s = floor_s; /* as few short words hyphenated as can be */
        if (s < 1) {
            s = s > floor_s ? s : floor_s;
            size *= s;
            for (size_t i = 0; i < ncol; i++)
                nat[i] = nat[i] * s + 0.001, mn[i] = mn[i] * s + 0.001; /* rounding */
        }
    }
    if (ncol > 1) {
        /* Its words fit (or now do), but its cells do not fit on one line each. A
           small step down (to 85%) that lets every cell stay on one line
           is taken; and a table of many narrow columns, where cells
           would wrap a word or two to the line and hyphenate, is set
           smaller until its columns average eight of its ems, down to
           the same seven tenths of the text size. A few wide columns of
           prose keep the size: wrapped prose reads well. */
        double room = c.width - gap * (double)(ncol - 1), want = table_want(nat, mn, ncol, size);
        if (want > room && room > 0) {
            double floor_s = 0.7 * c.size / size;
            double s = (room - 0.001 * (double)ncol) / want; /* rounded up below, as above */
            if (s < 0.85)
                s = room / ((double)ncol * 8 * size);
            s = s < floor_s ? floor_s : s;
            if (s < 1) {
                size *= s;
                for (size_t i = 0; i < ncol; i++)
                    nat[i] = nat[i] * s + 0.001, mn[i] = mn[i] * s + 0.001;
            }
        }
    }
    double W = c.width - gap * (double)(ncol - 1), sum_nat = 0, sum_min = 0;
    if (W < c.width / 2)
        W = c.width / 2;
    for (size_t i = 0; i < ncol; i++) {
        if (mn[i] > W / 2)
            mn[i] = W / 2; /* one long word may not take the table */
        if (nat[i] < mn[i])
            nat[i] = mn[i];
        if (nat[i] < size)
            nat[i] = size;
        sum_nat += nat[i];
        sum_min += mn[i];
    }
    /* Natural widths when they fit; else each column its longest word
       and a share of what is left by how much more its cells hold
       (share_room). When even
       the longest words do not fit, every column is given its longest
       word up to one cap, the widest that fits: the short words (a
       heading, a figure) stay whole, and only the longest words, the
       ones hyphenation can split, are broken. A number is never cut
       while the columns of them take under half the table: a cut
       "1,628,→" misreads, a cut word does not. */
    double cap = 0;
    bool whole_figures = false; /* the columns of numbers are not capped */
    if (sum_nat > W && sum_min >= W) {
        double in_figures = 0;
        for (size_t i = 0; i < ncol; i++)
            if (figures[i] && hyph_mins)
                in_figures += mn[i] > size ? mn[i] : size;
        whole_figures = in_figures > 0 && in_figures < W / 2;
        double lo = 0, hi = W;
        for (int it = 0; it < 40; it++) {
            double mid = (lo + hi) / 2, used = 0;
            for (size_t i = 0; i < ncol; i++) {
                double m = mn[i] > size ? mn[i] : size;
                used += whole_figures && figures[i] ? m : m < mid ? m : mid;
            }
            if (used <= W)
                lo = mid;
            else
                hi = mid;
        }
        cap = lo;
    }
    if (sum_nat > W && sum_min < W)
        share_room(f->art, cw, nat, mn, W - sum_min,
                   &(table_cells){cell_nat, col, span, row_of, n_cells, ncol, nrow, size / size0});
    for (size_t i = 0; i < ncol; i++) {
        if (sum_nat <= W)
            cw[i] = nat[i];
        else if (sum_min < W)
            ; /* shared above */
        else {
            double m = mn[i] > size ? mn[i] : size;
            cw[i] = m < cap || (whole_figures && figures[i]) ? m : cap;
        }
        cx[i] = i ? cx[i - 1] + cw[i - 1] + gap : c.x;
    }
    double table_w = cx[ncol - 1] + cw[ncol - 1] - c.x;
    bool rtl = f->bidi == LAY_BIDI_RTL; /* the first column on the right */
    double rule_x = rtl ? c.x + c.width - table_w : c.x;
    if (rtl)
        for (size_t i = 0; i < ncol; i++)
            cx[i] = 2 * c.x + c.width - cx[i] - cw[i];
    double lead = size * lay_leading(f);
    double base = lay_line_base(f, PDF_FACE_REGULAR, size, lead);
    double asc = f->mx->ascent(f->mx->ud, PDF_FACE_REGULAR, size);
    /* Where cells wrap, rows of several lines run together without a
       little air between them (a third of a line). */
    bool wraps = false;
    for (size_t i = 0; i < ncol; i++)
        wraps |= cw[i] + 0.01 < nat[i];
    bool first_body = true;
    const char *table_dest = lay_name_of(f, t);
    lay_vitem *thead = NULL;
    size_t n_thead = 0, head_from = SIZE_MAX;
    bool header_open = false; /* the header's lines wait for the first body row */
    /* A cell spanning rows (rowspan) is set down the rows it spans: each
       row takes as many of its lines as the row's other cells make it
       tall, and its last row the rest. span_cell[k] holds such a cell of
       column k, span_from[k] its next line, span_rows[k] the rows it has
       left, this one counted (0: none). */
    cell_lines *span_cell = arena_alloc(f->art, ncol * sizeof *span_cell);
    size_t *span_from = arena_alloc(f->art, ncol * sizeof *span_from);
    size_t *span_rows = arena_alloc(f->art, ncol * sizeof *span_rows);
    memset(span_rows, 0, ncol * sizeof *span_rows);
    /* a page break leaves two body rows on each side of it where it can
       (a lone row under a repeated header reads as a stray), as a
       paragraph keeps two lines */
    size_t n_body = 0, body_seen = 0;
    for (const doc_node *row = t->first_child; row; row = row->next)
        n_body += !(row->flags & DOC_F_HEADER);
    ci = 0;
    for (const doc_node *row = t->first_child; row; row = row->next) {
        bool header = row->flags & DOC_F_HEADER;
        bool lone_side =
            !header && row != t->first_child && (body_seen < 2 || n_body - body_seen < 2);
        body_seen += !header;
        cell_lines *cl = arena_alloc(f->art, ncol * sizeof *cl);
        memset(cl, 0, ncol * sizeof *cl);
        size_t nl = 0, k = 0;
        double photo_h = 0; /* the row's tallest photograph */
        for (const doc_node *cell = row->first_child; cell; ci++) {
            k = col[ci];
            if (k >= ncol) { /* no room left in the grid (see above) */
                cell = cell->next;
                continue;
            }
            size_t last = k + span[ci] - 1; /* the columns it spans: k..last */
            /* a spanning cell takes the width of its columns and the gaps
               between them (right to left, cx[last] is its left edge) */
            double x0 = rtl ? cx[last] : cx[k];
            double w = cx[last] + cw[last] - cx[k];
            if (rtl)
                w = cx[k] + cw[k] - cx[last];
            double pw, ph;
            const doc_node *photo = cell_photo(f, cell, c.width, &pw, &ph);
            if (photo) {
                double s = w / pw;
                if (ph * s > f->text_h * CELL_PHOTO_MAX_H)
                    s = f->text_h * CELL_PHOTO_MAX_H / ph;
                if (s > 1)
                    s = 1;
                size_t one = 0;
                lay_item *im =
                    lay_image_item(arena_alloc(f->art, sizeof *im), &one, photo, pw * s, ph * s);
                /* its words, for a file that cannot be drawn (as a figure's) */
                const char *alt = doc_text_of(f->out, photo);
                if (alt && *alt) {
                    im->text = alt;
                    im->len = strlen(alt);
                }
                doc_align al = cell->as.cell.align;
                im->x = al == DOC_ALIGN_CENTER  ? x0 + (w - im->w) / 2
                        : al == DOC_ALIGN_RIGHT ? x0 + w - im->w
                                                : x0;
                if (rtl && al == DOC_ALIGN_NONE)
                    im->x = x0 + w - im->w;
                im->y = asc - im->h; /* its top at the row's first line of text */
                cl[k] = (cell_lines){NULL, NULL, 1};
                cl[k].items = arena_alloc(f->art, sizeof *cl[k].items);
                cl[k].n = arena_alloc(f->art, sizeof *cl[k].n);
                cl[k].items[0] = im;
                cl[k].n[0] = 1;
                if (im->h > photo_h)
                    photo_h = im->h;
                if (nl < 1)
                    nl = 1;
                cell = cell->next;
                continue;
            }
            f->inline_scale = size / size0;
            f->inline_max = w;
            f->in_cell = true;
            lay_gather_in(f, cell, header ? PDF_FACE_BOLD : PDF_FACE_REGULAR, size, 0, f->text_w);
            /* past the last column, the rest of the row's cells share it */
            const doc_node *next = cell->next;
            for (; next && col[ci + 1] >= ncol; next = next->next, ci++) {
                lay_add_span(f, "\xE2\x80\x83", 3, PDF_FACE_REGULAR, size, 0, -1);
                lay_gather_in(f, next, PDF_FACE_REGULAR, size, 0, f->text_w);
            }
            f->in_cell = false;
            f->inline_scale = f->inline_max = 0;
            para_opts o;
            lay_para_defaults(f, &o, c);
            o.x = x0;
            o.width = w;
            o.size = size;
            o.lead = lead;
            o.justify = false;
            set_cell(f, &o, &cl[k]);
            align_cell(&cl[k], cell->as.cell.align, x0, w); /* its columns' width */
            if (cell->as.cell.rowspan > 1 && k < ncol) {
                span_cell[k] = cl[k];
                span_from[k] = 0;
                span_rows[k] = (size_t)cell->as.cell.rowspan;
            } else if (cl[k].n_lines > nl) {
                nl = cl[k].n_lines;
            }
            cell = next;
        }
        /* the lines cells spanning down from above (or from this row) set
           here: all that are left in the last row they span */
        for (k = 0; k < ncol; k++) {
            if (!span_rows[k])
                continue;
            size_t from = span_from[k], left = span_cell[k].n_lines - from;
            cl[k] = (cell_lines){span_cell[k].items + from, span_cell[k].n + from, left};
            if ((span_rows[k] == 1 || !row->next) && left > nl)
                nl = left;
        }
        if (nl == 0)
            nl = 1;
        for (k = 0; k < ncol; k++)
            if (span_rows[k]) {
                size_t left = span_cell[k].n_lines - span_from[k];
                span_from[k] += nl < left ? nl : left;
                span_rows[k]--;
            }
        if (!header) {
            if (wraps && !first_body)
                lay_space(f, lead / 3);
            first_body = false;
        }
        /* the rest of a photograph's height, below the row's text, and a
           little air under it */
        double under = (base - asc) + photo_h + lead / 3 - (double)nl * lead;
        bool tall = photo_h > 0 && under > 0.01;
        size_t first_v = f->vl.n;
        for (size_t l = 0; l < nl; l++) {
            size_t tot = 0;
            for (k = 0; k < ncol; k++)
                tot += l < cl[k].n_lines ? cl[k].n[l] : 0;
            bool rule = header && l + 1 == nl && !tall; /* else under the photograph */
            size_t n_dests = 0;
            if (l == 0) { /* places links aim at: the table, the row, its cells */
                n_dests = (table_dest != NULL) + (lay_name_of(f, row) != NULL);
                for (const doc_node *cell = row->first_child; cell; cell = cell->next)
                    n_dests += lay_name_of(f, cell) != NULL;
            }
            lay_item *v = arena_alloc(f->art, (tot + 3 + n_dests + LAY_HELD_MAX) * sizeof *v);
            size_t n = 0;
            if (l == 0 && row == t->first_child) {
                lay_release_names(f, v, &n, size); /* a list or quote the table opens */
                edge_rule(lay_item_new(v, &n), rule_x, table_w, base, size * 0.3, true);
            }
            if (!row->next && l + 1 == nl && !tall)
                edge_rule(lay_item_new(v, &n), rule_x, table_w, -(lead - base), size * 0.3, false);
            if (n_dests) {
                const char *d[2] = {table_dest, lay_name_of(f, row)};
                table_dest = NULL;
                for (const doc_node *cell = NULL;;) {
                    for (int q = 0; q < 2; q++)
                        if (d[q]) {
                            lay_item *dd = lay_item_new(v, &n);
                            dd->kind = LAY_DEST;
                            dd->dest = d[q];
                            dd->y = size;
                        }
                    cell = cell ? cell->next : row->first_child;
                    if (!cell)
                        break;
                    d[0] = lay_name_of(f, cell);
                    d[1] = NULL;
                }
            }
            for (k = 0; k < ncol; k++)
                if (l < cl[k].n_lines) {
                    memcpy(v + n, cl[k].items[l], cl[k].n[l] * sizeof *v);
                    n += cl[k].n[l];
                }
            if (rule) {
                header_rule(lay_item_new(v, &n), rule_x, table_w, -(lead - base));
            }
            /* a row breaks only between rows; a header only before itself */
            double pen = l > 0 || header_open ? INF : lone_side ? ITEM_ORPHAN_PENALTY : 0;
            if (!f->have_line)
                pen = 0;
            lay_emit_line(f, v, n, lead, base, pen, NULL, 0);
        }
        if (tall) {
            lay_item *v = arena_alloc(f->art, 2 * sizeof *v);
            size_t n = 0;
            if (header) /* the header's hairline, under its pictures */
                header_rule(lay_item_new(v, &n), rule_x, table_w, -under);
            if (!row->next)
                edge_rule(lay_item_new(v, &n), rule_x, table_w, -under, size * 0.3, false);
            lay_emit_line(f, v, n, under, 0, INF, NULL, 0);
        }
        if (header && !thead && head_from == SIZE_MAX) {
            head_from = first_v;
            header_open = true;
        } else if (!header) {
            if (head_from != SIZE_MAX && !thead) {
                /* copy the header's lines once, for every page after the first */
                size_t cnt = 0;
                for (size_t q = head_from; q < first_v; q++)
                    cnt += f->vl.v[q].kind == LAY_V_LINE;
                thead = arena_alloc(f->art, (cnt ? cnt : 1) * sizeof *thead);
                for (size_t q = head_from; q < first_v; q++)
                    if (f->vl.v[q].kind == LAY_V_LINE)
                        thead[n_thead++] = f->vl.v[q];
            }
            if (thead)
                for (size_t q = first_v; q < f->vl.n; q++)
                    if (f->vl.v[q].kind == LAY_V_LINE) {
                        f->vl.v[q].thead = thead;
                        f->vl.v[q].n_thead = n_thead;
                    }
            header_open = false;
        }
    }
    (void)nrow;
    f->cell_short_hyph = false;
    /* the closing rule sits in the last row's descent: a full em under
       it, so the text after does not touch it */
    lay_block_space(f, 1.0);
    f->first_block = false;
    f->after_heading = false;
}
