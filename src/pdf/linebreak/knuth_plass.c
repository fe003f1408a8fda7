/*
 * knuth_plass.c - total-fit line breaking (Knuth & Plass 1981; tex.web
 * §813-890, "Breaking paragraphs into lines").
 *
 * The paragraph is TeX's horizontal list (§813-820): boxes of fixed width,
 * glue with natural width, stretch and shrink, and penalties, the places a
 * line may end and what ending there costs. A line from break a to break b
 * has natural width W, stretch Y and shrink Z (prefix sums, so each is a
 * subtraction); its adjustment ratio r = (measure - W) / Y (or / Z when
 * shrinking) gives the badness 100|r|^3 (§108), and r < -1 means overfull,
 * which is never feasible. Demerits (§859) are (line_penalty + badness)^2
 * plus the square of the break's penalty, plus double_hyphen_demerits for
 * two hyphenated lines in a row, final_hyphen_demerits when the next to
 * last line is hyphenated, and adj_demerits when the fitness classes
 * (§817: tight, decent, loose, very loose) of adjacent lines differ by more
 * than one. Beyond TeX, a third hyphenated line in a row costs
 * triple_hyphen_demerits (so large it happens only when nothing else fits).
 *
 * As in §829-§860 we walk the list once, keeping an "active list" of
 * feasible breaks that may still begin a line. At each legal breakpoint
 * every active node is tried; nodes whose line has become overfull (or that
 * a forced break passes) are deactivated, so the list stays as short as a
 * line is long. For each fitness class the best predecessor is remembered
 * and a new active node is created when its total demerits are within
 * adj_demerits of the best (§835-§845): this keeps the search exact. After
 * the forced break at the end, the active node with fewest total demerits
 * is the optimum, and the passive records (§819) are walked back to read
 * the lines off.
 *
 * Passes (§863, §873): first without hyphenation at the pretolerance, then
 * with hyphenation at the tolerance, then the same items at a looser
 * tolerance that still keeps every space under twice its natural width,
 * and last the emergency pass. The final (emergency) pass follows §863: the tolerance is unbounded, an
 * emergency stretch is added to every line when rating it, and when the
 * last active node would be deactivated with no feasible break found, the
 * break is made anyway (artificial demerits). items.c has cut every run
 * wider than the measure, so that artificial break is never overfull.
 * Font expansion (pdfTeX's hz, Thanh 2000): with p->expand > 0 every text
 * box may also widen or narrow by that share of its width, so the slack of
 * a justified line is shared between its spaces and its letters. The boxes'
 * expandable width is one more prefix sum (E); it adds to a line's stretch
 * and shrink when rating it, and when the line is set the glyphs take
 * their share first (never past p->expand), the spaces the rest.
 * CJK text (items.c) justifies by an empty glue between its characters;
 * a sixth prefix sum (K) holds their stretch, so that a line with any is
 * rated too loose (infeasible but in the emergency pass) when its ratio
 * would open them past p->cjk_max_gap, and is never set wider than that.
 * Since all lines after the first share one measure, line numbers need not
 * be part of the state (§847's "easy_line" case).
 */
#include "lb.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct passive {
    size_t pos;
    struct passive *prev;
} passive;

typedef struct active {
    struct active *next;
    size_t pos;          /* the break item; SIZE_MAX = paragraph start */
    size_t line;         /* lines ended so far */
    int fit;             /* class of the line that ended here */
    bool flagged;        /* ended at a hyphen */
    int run;             /* hyphenated lines in a row ending here (0-2) */
    double tw, ty, tz, tf, tk; /* totals where the next line starts */
    size_t start;        /* first item of the next line */
    double total;        /* total demerits */
    passive *brk;
} active;

enum { FIT_TIGHT, FIT_DECENT, FIT_LOOSE, FIT_VERY_LOOSE };

double
lb_badness(double t, double s)
{
    if (t <= 0)
        return 0;
    if (s <= 0)
        return LB_INF_BAD;
    double r = t / s;
    if (r > 4.65) /* 100 r^3 past 10000 */
        return LB_INF_BAD;
    double b = 100.0 * r * r * r;
    return b > LB_INF_BAD ? LB_INF_BAD : b;
}

#ifndef RUNT_PENALTY
#define RUNT_PENALTY 100
#endif

void
lb_params_default(lb_params *p, double size, double width)
{
    memset(p, 0, sizeof *p);
    p->width_first = width;
    p->width = width;
    p->justify = true;
    p->pretolerance = 50; /* below TeX's 100: measured evener spacing */
    p->tolerance = 200;
    p->loose_tolerance = 600; /* r = 1.82: spaces at most ~1.9x natural */
    p->line_penalty = 10;
    p->hyphen_penalty = 50;
    p->ex_hyphen_penalty = 50;
    p->url_penalty = 100;
    p->double_hyphen_demerits = 3000;
    p->final_hyphen_demerits = 5000;
    p->adj_demerits = 5000;
    p->triple_hyphen_demerits = 1e6;
    p->emergency_stretch = 1 * size;
    p->ragged_stretch = 3 * size;
    p->max_ratio = 1.9;
    p->max_track = 0.04 * size;
    p->mark = "\xE2\x86\x92"; /* U+2192 rightwards arrow: book fonts have it */
    /* pLaTeX's jsclasses set \kanjiskip to 0zw plus .1zw minus .01zw: the
       badness of a CJK line then says how visible its spacing is (a gap of
       0.04 em is a ratio of 0.4, badness 6); lines are rated too loose
       past cjk_max_gap, the 0.1 em at which pdftotext (and a reader's copy
       and paste) sees a space */
    p->cjk_stretch = 0.1;
    p->cjk_shrink = 0.01;
    p->cjk_max_gap = 0.095;
    p->cjk_last_penalty = 300;
    /* a last line of one short word ("him.") leaves a hole under a full
       paragraph; costed like a rather loose line, it is taken only where
       the other endings are looser */
    p->runt_penalty = RUNT_PENALTY;
    /* over (line_penalty + 100)^2: a hyphen only when the line without it
       would be looser than a badness of 100, whose CJK gaps are 0.04 em */
    p->cjk_hyphen_penalty = 150;
}

typedef struct kp {
    arena *a;
    const lb_params *p;
    const lb_item *it;
    size_t n;
    double *W, *Y, *Z, *F, *E, *K; /* prefix sums: totals of items [0, i) */
    double cjk_cap;    /* most glue ratio of a line with CJK glue */
    double threshold;
    bool final;
    active *head;
    size_t n_active;
    active *free_nodes;
} kp;

static bool
is_forced(const lb_item *x)
{
    return x->type == LB_PENALTY && x->penalty <= LB_EJECT_PENALTY;
}

/* Where the line after a break at `pos` starts: discardable items (glue,
 * penalties) after the break vanish (§879), up to a box or a forced break. */
static size_t
line_start(const kp *k, size_t pos)
{
    size_t s = pos == SIZE_MAX ? 0 : pos + 1;
    while (s < k->n && k->it[s].type != LB_BOX && !is_forced(&k->it[s]) && !k->it[s].fil)
        s++;
    return s;
}

static active *
new_active(kp *k)
{
    active *a = k->free_nodes;
    if (a)
        k->free_nodes = a->next;
    else
        a = arena_alloc(k->a, sizeof *a);
    memset(a, 0, sizeof *a);
    return a;
}

static double
measure_of(const kp *k, size_t line_no)
{
    return line_no == 1 ? k->p->width_first : k->p->width;
}

/* Rate the line from active node a to breakpoint b: badness, fitness. */
static double
rate(const kp *k, const active *a, size_t b, int *fit)
{
    const lb_item *x = &k->it[b];
    double nat = k->W[b] - a->tw + (x->type == LB_PENALTY ? x->width : 0);
    double st = k->Y[b] - a->ty, sh = k->Z[b] - a->tz, fil = k->F[b] - a->tf;
    if (k->p->expand > 0) {
        /* a taken penalty's text (the hyphen) is set at the line's scale too */
        double e = (k->E[b] - k->E[a->start] + (x->type == LB_PENALTY ? x->width : 0)) *
                   k->p->expand;
        st += e;
        sh += e;
    }
    if (!k->p->justify)
        st += k->p->ragged_stretch;
    if (k->final)
        st += k->p->emergency_stretch;
    double shortfall = measure_of(k, a->line + 1) - nat;
    if (shortfall > 1e-9) {
        if (fil > 0) {
            *fit = FIT_DECENT;
            return 0;
        }
        /* CJK gaps past cjk_max_gap would read as spaces: too loose */
        if (k->K[b] - a->tk > 0 && shortfall > st * k->cjk_cap) {
            *fit = FIT_VERY_LOOSE;
            return LB_INF_BAD;
        }
        double bad = lb_badness(shortfall, st);
        *fit = bad > 99 ? FIT_VERY_LOOSE : bad > 12 ? FIT_LOOSE : FIT_DECENT;
        return bad;
    }
    if (shortfall < -1e-9) {
        if (-shortfall > sh + 1e-9) {
            *fit = FIT_TIGHT;
            return LB_INF_BAD + 1; /* overfull */
        }
        double bad = lb_badness(-shortfall, sh);
        *fit = bad > 12 ? FIT_TIGHT : FIT_DECENT;
        return bad;
    }
    *fit = FIT_DECENT;
    return 0;
}

static void
try_break(kp *k, size_t b)
{
    const lb_item *x = &k->it[b];
    double pen = x->type == LB_PENALTY ? x->penalty : 0;
    bool flagged = x->type == LB_PENALTY && x->flagged;
    bool last = b + 1 == k->n;
    /* best per (fitness class, run of hyphenated lines): both shape what
       the next line costs, so keeping one node per pair stays exact */
    double best[4][3];
    active *best_from[4][3];
    double min_all = INFINITY;
    for (int f = 0; f < 4; f++)
        for (int r = 0; r < 3; r++) {
            best[f][r] = INFINITY;
            best_from[f][r] = NULL;
        }

    active *prev = NULL;
    for (active *a = k->head; a;) {
        active *next = a->next;
        int fit;
        double bad = rate(k, a, b, &fit);
        bool deactivate = bad > LB_INF_BAD || pen <= LB_EJECT_PENALTY;
        bool artificial = false;
        bool feasible = bad <= k->threshold;
        if (deactivate && !feasible && k->final && k->n_active == 1 && min_all == INFINITY &&
            a->start <= b)
            artificial = true;
        if (feasible || artificial) {
            double d;
            if (artificial) {
                d = 0;
            } else {
                d = k->p->line_penalty + bad;
                d = fabs(d) >= 10000 ? 1e8 : d * d;
                if (pen > 0)
                    d += pen * pen;
                else if (pen > LB_EJECT_PENALTY)
                    d -= pen * pen;
                if (a->flagged) {
                    if (last)
                        d += k->p->final_hyphen_demerits;
                    else if (flagged)
                        d += k->p->double_hyphen_demerits;
                }
                if (flagged && a->run >= 2)
                    d += k->p->triple_hyphen_demerits;
                if (abs(fit - a->fit) > 1)
                    d += k->p->adj_demerits;
            }
            d += a->total;
            int run = flagged ? (a->run >= 2 ? 2 : a->run + 1) : 0;
            if (d <= best[fit][run]) {
                best[fit][run] = d;
                best_from[fit][run] = a;
                if (d < min_all)
                    min_all = d;
            }
        }
        if (deactivate) {
            if (prev)
                prev->next = next;
            else
                k->head = next;
            k->n_active--;
            /* recycle it unless a new node below is yet to copy from it */
            bool used = false;
            for (int f = 0; f < 4; f++)
                for (int r = 0; r < 3; r++)
                    used |= best_from[f][r] == a;
            if (!used) {
                a->next = k->free_nodes;
                k->free_nodes = a;
            }
        } else {
            prev = a;
        }
        a = next;
    }
    if (min_all == INFINITY)
        return;
    size_t start = line_start(k, b);
    double slack = k->p->adj_demerits + (flagged ? k->p->triple_hyphen_demerits : 0);
    for (int q = 0; q < 12; q++) {
        int f = q / 3, r = q % 3;
        if (!best_from[f][r] || best[f][r] > min_all + slack)
            continue;
        const active *from = best_from[f][r];
        passive *ps = arena_alloc(k->a, sizeof *ps);
        ps->pos = b;
        ps->prev = from->brk;
        active *na = new_active(k);
        na->pos = b;
        na->line = from->line + 1;
        na->fit = f;
        na->flagged = flagged;
        na->run = r;
        na->start = start;
        na->tw = k->W[start];
        na->ty = k->Y[start];
        na->tz = k->Z[start];
        na->tf = k->F[start];
        na->tk = k->K[start];
        na->total = best[f][r];
        na->brk = ps;
        /* append at the end of the list: order does not matter for the
           result, and appending keeps the scan above from seeing it */
        if (!k->head)
            k->head = na;
        else {
            active *t = prev ? prev : k->head;
            while (t->next)
                t = t->next;
            t->next = na;
        }
        k->n_active++;
    }
}

int
lb_knuth_plass(arena *scratch, const lb_params *p, const lb_item *items, size_t n,
               double tolerance, bool final, lb_line **lines, size_t *n_lines, double *demerits)
{
    *lines = NULL;
    *n_lines = 0;
    if (n == 0)
        return 0;
    kp k = {0};
    k.a = scratch;
    k.p = p;
    k.it = items;
    k.n = n;
    k.threshold = final ? LB_INF_BAD : tolerance;
    k.final = final;
    double *sums = arena_alloc(scratch, 6 * (n + 1) * sizeof(double));
    k.W = sums;
    k.Y = sums + (n + 1);
    k.Z = sums + 2 * (n + 1);
    k.F = sums + 3 * (n + 1);
    k.E = sums + 4 * (n + 1);
    k.K = sums + 5 * (n + 1);
    k.K[0] = 0;
    k.cjk_cap = p->cjk_stretch > 0 ? p->cjk_max_gap / p->cjk_stretch : INFINITY;
    for (size_t i = 0; i < n; i++) {
        const lb_item *x = &items[i];
        k.W[i + 1] = k.W[i] + (x->type == LB_PENALTY ? 0 : x->width);
        k.Y[i + 1] = k.Y[i] + (x->type == LB_GLUE ? x->stretch : 0);
        k.Z[i + 1] = k.Z[i] + (x->type == LB_GLUE ? x->shrink : 0);
        k.F[i + 1] = k.F[i] + (x->type == LB_GLUE && x->fil ? 1 : 0);
        k.E[i + 1] = k.E[i] + (x->type == LB_BOX && x->len > 0 ? x->width : 0);
        k.K[i + 1] = k.K[i] + (x->type == LB_GLUE && x->cjk ? x->stretch : 0);
    }
    active *a0 = new_active(&k);
    a0->pos = SIZE_MAX;
    a0->fit = FIT_DECENT;
    a0->start = 0;
    k.head = a0;
    k.n_active = 1;

    for (size_t i = 0; i < n && k.head; i++) {
        const lb_item *x = &items[i];
        bool legal = false;
        if (x->type == LB_GLUE)
            legal = i > 0 && items[i - 1].type == LB_BOX;
        else if (x->type == LB_PENALTY)
            legal = x->penalty < LB_INF_PENALTY;
        if (legal)
            try_break(&k, i);
    }
    active *best = NULL;
    for (active *a = k.head; a; a = a->next)
        if (a->pos == n - 1 && (!best || a->total < best->total))
            best = a;
    if (!best)
        return -1;

    size_t nl = best->line;
    lb_line *out = arena_alloc(scratch, (nl ? nl : 1) * sizeof *out);
    size_t li = nl;
    for (passive *ps = best->brk; ps && li > 0; ps = ps->prev) {
        li--;
        out[li].brk = ps->pos;
        out[li].end = ps->pos;
    }
    size_t prev_brk = SIZE_MAX;
    for (size_t l = 0; l < nl; l++) {
        lb_line *L = &out[l];
        L->first = line_start(&k, prev_brk);
        if (L->first > L->end)
            L->first = L->end;
        const lb_item *x = &items[L->brk];
        double pw = x->type == LB_PENALTY ? x->width : 0;
        L->natural = k.W[L->end] - k.W[L->first] + pw;
        L->measure = l == 0 ? p->width_first : p->width;
        double st = k.Y[L->end] - k.Y[L->first], sh = k.Z[L->end] - k.Z[L->first];
        L->fil = k.F[L->end] - k.F[L->first] > 0;
        L->hyphen = x->type == LB_PENALTY && x->pkind == LB_PK_HYPHEN;
        L->marked = x->type == LB_PENALTY && x->pkind == LB_PK_EMERGENCY;
        double shortfall = L->measure - L->natural;
        /* the letters take their share of the slack first, in the same
           proportion as when the line was rated, but never more than
           p->expand; a paragraph's last line is not widened (its fil glue
           takes the slack) but narrows like any other when it must */
        double ex =
            p->expand > 0 && p->justify ? (k.E[L->end] - k.E[L->first] + pw) * p->expand : 0;
        L->expand = 0;
        if (ex > 0 && (shortfall < 0 || (shortfall > 0 && !L->fil))) {
            double r = shortfall / ((shortfall > 0 ? st : sh) + ex);
            r = r > 1 ? 1 : r < -1 ? -1 : r;
            L->expand = r * p->expand;
            shortfall -= r * ex;
        }
        /* a line that cannot be justified within reason (a URL with one
           space) is left a little short rather than set with gaps over
           twice the natural space */
        L->track = 0;
        if (shortfall > 0) {
            L->ratio = L->fil || st <= 0 ? 0 : fmin(shortfall / st, p->max_ratio);
            if (k.K[L->end] - k.K[L->first] > 0 && L->ratio > k.cjk_cap)
                L->ratio = k.cjk_cap;
            /* what the spaces cannot take without gaping is spread between
               the letters, a few hundredths of an em at most, so that the
               line still ends at the margin (a name that will not
               hyphenate after a short first line is the usual case) */
            double rest = shortfall - L->ratio * st;
            if (p->justify && !L->fil && rest > 1e-6 && p->max_track > 0) {
                size_t glyphs = 0;
                /* CJK text has no spaces to show where words end: its gaps
                   stay under the width a reader (or pdftotext) takes for a
                   space, and the line falls short instead */
                double room = INFINITY;
                for (size_t i = L->first; i < L->end; i++) {
                    if (items[i].type == LB_BOX)
                        for (size_t b = 0; b < items[i].len; b++)
                            glyphs += ((unsigned char)items[i].text[b] & 0xC0) != 0x80;
                    else if (items[i].type == LB_GLUE && items[i].cjk)
                        room = fmin(room, p->cjk_max_gap * items[i].size -
                                              L->ratio * items[i].stretch);
                }
                if (L->hyphen || L->marked)
                    glyphs++;
                if (glyphs > 0)
                    L->track = fmax(0, fmin(fmin(rest / (double)glyphs, p->max_track), room));
            }
        } else if (shortfall < 0)
            L->ratio = sh <= 0 ? 0 : (shortfall / sh < -1 ? -1 : shortfall / sh);
        prev_brk = L->brk;
    }
    *lines = out;
    *n_lines = nl;
    if (demerits)
        *demerits = best->total;
    return 0;
}

/* Whether three lines in a row end at flagged (hyphen) breaks. */
static bool
has_triple_hyphen(const lb_item *items, const lb_line *lines, size_t nl)
{
    int run = 0;
    for (size_t l = 0; l < nl; l++) {
        const lb_item *x = &items[lines[l].brk];
        run = x->type == LB_PENALTY && x->flagged ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

int
lb_break(arena *scratch, const pdf_metrics *mx, const lb_params *p, const lb_span *spans,
         size_t n, lb_result *out)
{
    memset(out, 0, sizeof *out);
    /* pass: 1 no hyphenation, 2 hyphenation, 3 the same items looser,
       4 emergency (items cut where nothing else fits) */
    lb_item *items = NULL;
    size_t ni = 0;
    for (int pass = 1; pass <= 4; pass++) {
        if (pass != 3)
            lb_items_build(scratch, mx, p, spans, n, pass == 4 ? 3 : pass, &items, &ni);
        double tol = pass == 1 ? p->pretolerance : pass == 2 ? p->tolerance : p->loose_tolerance;
        if (pass == 3 && !(p->loose_tolerance > p->tolerance))
            continue;
        lb_line *lines;
        size_t nl;
        double dem = 0;
        if (lb_knuth_plass(scratch, p, items, ni, tol, pass == 4, &lines, &nl, &dem) == 0) {
            /* A third hyphenated line in a row is only taken when nothing
               else fits this pass's tolerance: the looser pass (same items,
               every breaking of this one plus more) may avoid it. */
            if (pass == 2 && p->loose_tolerance > p->tolerance &&
                has_triple_hyphen(items, lines, nl))
                continue;
            out->items = items;
            out->n_items = ni;
            out->lines = lines;
            out->n_lines = nl;
            out->pass = pass;
            out->demerits = dem;
            return 0;
        }
    }
    return 0; /* not reached: the final pass always finds a breaking */
}
