/*
 * bidi.c - right-to-left text: the Unicode Bidirectional Algorithm (UAX
 * #9) and Arabic shaping through GNU FriBidi, for a typesetter that draws
 * every run left to right by code point (libharu's UTF-8 path: no glyph
 * IDs, so no OpenType shaping at render time).
 *
 * Before a paragraph is broken (lay_bidi_para), its spans are decoded as
 * one string and FriBidi resolves the embedding level of every character
 * (P2-I2, brackets included); Arabic letters become their contextual
 * presentation forms (U+FE70-U+FEFC, lam-alef ligatures), since the font
 * is used by code point and those forms are what a Unicode font offers for
 * joining; paired characters at odd levels are replaced by their mirror
 * image. That happens before measuring, so widths are those of the glyphs
 * printed. The levels are kept per byte of each span's (new) text, and
 * every word holding a right-to-left letter goes in a span of its own
 * marked never to be hyphenated.
 *
 * After a line is set left to right (lay_bidi_line), its text items are
 * cut where the level changes, the pieces and the spaces between them are
 * reordered by rule L2 (from the highest level down to the lowest odd one,
 * reverse every run at that level or higher), right-to-left pieces get
 * their characters reversed (marks too: see reversed()), and the pieces
 * are set one after another over the width the line had: justification
 * stays in the spaces. A paragraph whose base is right to left is also
 * reflected, so it starts at the right edge. The levels a line reads are
 * the paragraph's (a piece of text the setting made itself, a hyphenated
 * word's copy, gets levels of its own). Link areas follow their words.
 */
#include "bidi.h"

#include <fribidi.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../../base/utf8.h"

/* Decode one code point; a bad byte is U+FFFD, one byte long, as the
 * line breaker and the fonts read it. */
static size_t
dec(const char *s, size_t len, uint32_t *c)
{
    size_t k = utf8_decode(s, len, c);
    if (!k) {
        *c = 0xFFFD;
        k = 1;
    }
    return k;
}

/* A type that can make a level odd in a left-to-right paragraph. */
static bool
type_rtl(FriBidiCharType t)
{
    return t == FRIBIDI_TYPE_RTL || t == FRIBIDI_TYPE_AL || t == FRIBIDI_TYPE_AN ||
           t == FRIBIDI_TYPE_RLE || t == FRIBIDI_TYPE_RLO || t == FRIBIDI_TYPE_RLI;
}

static bool
word_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* ---- paragraphs ---- */

static int
cmp_run(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const lay_bidi_run *)a)->text;
    uintptr_t y = (uintptr_t)((const lay_bidi_run *)b)->text;
    return x < y ? -1 : x > y;
}

typedef struct span_vec {
    lb_span *v;
    size_t n, cap;
} span_vec;

static void
span_push(span_vec *sv, lb_span s)
{
    if (sv->n == sv->cap) {
        sv->cap = sv->cap ? sv->cap * 2 : 32;
        sv->v = xrealloc(sv->v, sv->cap * sizeof *sv->v);
    }
    sv->v[sv->n++] = s;
}

bool
lay_bidi_para(lay_bidi *bd, arena *out, arena *scratch, lb_span **spans, size_t *n_spans,
              size_t *cap_spans, lay_bidi_mode mode)
{
    memset(bd, 0, sizeof *bd);
    bd->out = out;
    bd->scratch = scratch;
    const lb_span *sp = *spans;
    size_t n = *n_spans;
    size_t bytes = 0;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        if (sp[i].flags & LB_SPAN_BREAK)
            continue;
        bytes += sp[i].len;
        for (size_t k = 0; k < sp[i].len && ascii; k++)
            ascii = (unsigned char)sp[i].text[k] < 0x80;
    }
    if (ascii && mode != LAY_BIDI_RTL)
        return false; /* no right-to-left character can be there */
    if (bytes + n >= (size_t)INT_MAX / 8)
        return false; /* past FriBidi's string index; set as it comes */
    size_t cap = bytes + n + 1;
    FriBidiChar *str = arena_alloc(scratch, cap * sizeof *str);
    size_t *first = arena_alloc(scratch, (n + 1) * sizeof *first);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        first[i] = len;
        if (sp[i].flags & LB_SPAN_BREAK) {
            str[len++] = 0x2028; /* a hard break: a line separator, not a new paragraph */
            continue;
        }
        for (size_t k = 0; k < sp[i].len;) {
            uint32_t c;
            k += dec(sp[i].text + k, sp[i].len - k, &c);
            str[len++] = c;
        }
    }
    first[n] = len;
    if (len == 0)
        return false;
    FriBidiCharType *types = arena_alloc(scratch, len * sizeof *types);
    fribidi_get_bidi_types(str, (FriBidiStrIndex)len, types);
    bool rtl = false, arabic = false;
    for (size_t i = 0; i < len; i++) {
        rtl |= type_rtl(types[i]);
        arabic |= types[i] == FRIBIDI_TYPE_AL;
    }
    if (!rtl && mode != LAY_BIDI_RTL)
        return false;
    FriBidiBracketType *br = arena_alloc(scratch, len * sizeof *br);
    fribidi_get_bracket_types(str, (FriBidiStrIndex)len, types, br);
    FriBidiParType pdir = mode == LAY_BIDI_RTL   ? FRIBIDI_PAR_RTL
                          : mode == LAY_BIDI_LTR ? FRIBIDI_PAR_LTR
                                                 : FRIBIDI_PAR_ON;
    FriBidiLevel *lev = arena_alloc(scratch, len * sizeof *lev);
    if (!fribidi_get_par_embedding_levels_ex(types, br, (FriBidiStrIndex)len, &pdir, lev))
        return false; /* FriBidi ran out of memory: left to right it is */
    bd->base = FRIBIDI_IS_RTL(pdir) ? 1 : 0;
    /* the shaping below changes characters; a ligature leaves U+FEFF in
       the place of its second letter, to be dropped (an U+FEFF of the
       text itself takes no room either: the fonts skip it) */
    if (arabic) {
        FriBidiArabicProp *ar = arena_alloc(scratch, len * sizeof *ar);
        fribidi_get_joining_types(str, (FriBidiStrIndex)len, ar);
        fribidi_join_arabic(types, (FriBidiStrIndex)len, lev, ar);
        fribidi_shape(FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAGS_ARABIC, lev,
                      (FriBidiStrIndex)len, ar, str);
    } else {
        fribidi_shape_mirroring(lev, (FriBidiStrIndex)len, str);
    }
    /* each span's new text, with a level per byte and the spans split so
       that words with right-to-left letters stand alone, unhyphenated */
    span_vec nv = {0};
    size_t run_cap = 16, n_runs = 0;
    lay_bidi_run *runs = xmalloc(run_cap * sizeof *runs);
    char *enc = arena_alloc(scratch, 4 * (bytes + 1));
    uint8_t *el = arena_alloc(scratch, 4 * (bytes + 1));
    uint8_t *er = arena_alloc(scratch, 4 * (bytes + 1));
    for (size_t i = 0; i < n; i++) {
        if (sp[i].flags & LB_SPAN_BREAK) {
            span_push(&nv, sp[i]);
            continue;
        }
        size_t m = 0;
        for (size_t j = first[i]; j < first[i + 1]; j++) {
            if (str[j] == FRIBIDI_CHAR_FILL)
                continue;
            size_t k = utf8_encode(str[j], enc + m);
            bool letter = types[j] == FRIBIDI_TYPE_RTL || types[j] == FRIBIDI_TYPE_AL;
            for (size_t q = 0; q < k; q++) {
                el[m + q] = (uint8_t)lev[j];
                er[m + q] = letter;
            }
            m += k;
        }
        if (m == 0)
            continue; /* a letter a ligature took into the span before */
        const char *text = m == sp[i].len && memcmp(enc, sp[i].text, m) == 0
                               ? sp[i].text
                               : arena_strndup(out, enc, m);
        uint8_t *levels = arena_alloc(scratch, m);
        memcpy(levels, el, m);
        /* cut at the start of each word whose kind (right-to-left letters
           or not) differs from the word before: spaces stay behind */
        size_t start = 0, k = 0;
        int kind = -1;
        for (;;) {
            while (k < m && word_space(text[k]))
                k++;
            size_t e = k;
            bool has = false;
            while (e < m && !word_space(text[e]))
                has |= er[e++];
            bool last = k >= m;
            size_t end = last ? m : k;
            if ((last || (kind >= 0 && (int)has != kind)) && end > start) {
                lb_span s = sp[i];
                s.text = text + start;
                s.len = end - start;
                if (kind == 1)
                    s.flags |= LB_SPAN_NOHYPH;
                span_push(&nv, s);
                if (n_runs == run_cap) {
                    run_cap *= 2;
                    runs = xrealloc(runs, run_cap * sizeof *runs);
                }
                runs[n_runs++] = (lay_bidi_run){s.text, s.len, levels + start};
                start = end;
            }
            if (last)
                break;
            kind = has;
            k = e;
        }
    }
    free(*spans);
    *spans = nv.v;
    *n_spans = nv.n;
    *cap_spans = nv.cap;
    qsort(runs, n_runs, sizeof *runs, cmp_run);
    bd->runs = arena_alloc(scratch, (n_runs ? n_runs : 1) * sizeof *bd->runs);
    memcpy(bd->runs, runs, n_runs * sizeof *runs);
    bd->n_runs = n_runs;
    free(runs);
    return true;
}

/* ---- lines ---- */

/* The run holding s[0..len), or NULL (text the setting made itself). */
static const lay_bidi_run *
find_run(const lay_bidi *bd, const char *s, size_t len)
{
    size_t lo = 0, hi = bd->n_runs;
    uintptr_t p = (uintptr_t)s;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)bd->runs[mid].text <= p)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return NULL;
    const lay_bidi_run *r = &bd->runs[lo - 1];
    uintptr_t b = (uintptr_t)r->text;
    return p + len <= b + r->len ? r : NULL;
}

/* Levels of text the paragraph did not resolve: resolved on its own in
 * the paragraph's direction. */
static const uint8_t *
own_levels(const lay_bidi *bd, const char *s, size_t len)
{
    uint8_t *out = arena_alloc(bd->scratch, len + 1);
    FriBidiChar *str = arena_alloc(bd->scratch, (len + 1) * sizeof *str);
    size_t *at = arena_alloc(bd->scratch, (len + 1) * sizeof *at);
    size_t n = 0;
    for (size_t k = 0; k < len;) {
        at[n] = k;
        k += dec(s + k, len - k, &str[n]);
        n++;
    }
    at[n] = len;
    FriBidiCharType *types = arena_alloc(bd->scratch, (n + 1) * sizeof *types);
    FriBidiBracketType *br = arena_alloc(bd->scratch, (n + 1) * sizeof *br);
    FriBidiLevel *lev = arena_alloc(bd->scratch, n + 1);
    fribidi_get_bidi_types(str, (FriBidiStrIndex)n, types);
    fribidi_get_bracket_types(str, (FriBidiStrIndex)n, types, br);
    FriBidiParType pdir = bd->base ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (!fribidi_get_par_embedding_levels_ex(types, br, (FriBidiStrIndex)n, &pdir, lev))
        memset(lev, bd->base, n);
    for (size_t i = 0; i < n; i++)
        memset(out + at[i], (int)lev[i], at[i + 1] - at[i]);
    return out;
}

static const uint8_t *
levels_of(const lay_bidi *bd, const char *s, size_t len)
{
    const lay_bidi_run *r = find_run(bd, s, len);
    return r ? r->lev + (s - r->text) : own_levels(bd, s, len);
}

/* s[0..len) with its characters in reverse order, combining marks
 * included: a font's marks for right-to-left scripts have no advance and
 * are drawn to the right of their origin, onto the letter that follows
 * them from left to right, which is the one they belong to (HarfBuzz
 * hands such a run to the font in this order too). */
static char *
reversed(arena *a, const char *s, size_t len)
{
    char *r = arena_alloc(a, len + 1);
    for (size_t k = 0; k < len;) {
        uint32_t c;
        size_t e = k + dec(s + k, len - k, &c);
        memcpy(r + len - e, s + k, e - k);
        k = e;
    }
    return r;
}

typedef struct unit {
    double lx, w; /* where the left-to-right setting had it */
    double nx;    /* where it goes */
    int level;
    int item; /* its text item in v, -1 for a space */
    const char *text;
    size_t len;
} unit;

/* The level of the space between two text items: the paragraph's for
 * the character after a (or before b), else the lower of theirs. */
static int
gap_level(const lay_bidi *bd, const lay_item *a, int la, const lay_item *b, int lb)
{
    const lay_bidi_run *r = find_run(bd, a->text, a->len);
    if (r && a->text + a->len < r->text + r->len)
        return r->lev[a->text + a->len - r->text];
    r = find_run(bd, b->text, b->len);
    if (r && b->text > r->text)
        return r->lev[b->text - 1 - r->text];
    return la < lb ? la : lb;
}

typedef struct item_vec {
    lay_item *v;
    size_t n, cap;
} item_vec;

static void
item_push(item_vec *iv, const lay_item *it)
{
    if (iv->n == iv->cap) {
        iv->cap = iv->cap ? iv->cap * 2 : 32;
        iv->v = xrealloc(iv->v, iv->cap * sizeof *iv->v);
    }
    iv->v[iv->n++] = *it;
}

void
lay_bidi_mirror(lay_item *v, size_t n, double lo, double hi)
{
    for (size_t i = 0; i < n; i++)
        v[i].x = lo + hi - v[i].x - v[i].w;
}

/* A picture set in the line goes where its hidden alt text, which follows
 * it in the line's items, was reordered to. False for any other item. */
static bool
inline_moved(lay_item *t, const lay_item *v, size_t n, size_t i, const unit *u, size_t nu)
{
    if (t->kind != LAY_IMAGE || !t->in_line || i + 1 >= n || !v[i + 1].hidden)
        return false;
    bool found = false;
    for (size_t k = 0; k < nu; k++)
        if (u[k].item == (int)(i + 1) && (!found || u[k].nx < t->x)) {
            t->x = u[k].nx;
            found = true;
        }
    return found;
}

size_t
lay_bidi_line(const lay_bidi *bd, const pdf_metrics *mx, const lay_item *v, size_t n, bool mirror,
              double lo, double hi, lay_item **out)
{
    size_t n_text = 0, bytes = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i].kind == LAY_TEXT) {
            n_text++;
            bytes += v[i].len;
        }
    size_t cap = bytes + 2 * n_text + 1;
    unit *u = arena_alloc(bd->scratch, cap * sizeof *u);
    size_t nu = 0;
    int prev = -1, prev_last = 0;
    for (size_t i = 0; i < n; i++) {
        const lay_item *it = &v[i];
        if (it->kind != LAY_TEXT || it->len == 0)
            continue;
        const uint8_t *lev = levels_of(bd, it->text, it->len);
        if (prev >= 0) {
            const lay_item *p = &v[prev];
            double gap = it->x - (p->x + p->w);
            if (gap > 1e-9 || gap < -1e-9)
                u[nu++] = (unit){p->x + p->w, gap,  0, gap_level(bd, p, prev_last, it, lev[0]),
                                 -1,          NULL, 0};
        }
        double hs = it->hscale > 0 ? it->hscale : 1;
        /* pieces of one level */
        size_t a = 0;
        bool whole = true;
        for (size_t k = 1; k < it->len && whole; k++)
            whole = lev[k] == lev[0];
        double x = it->x;
        while (a < it->len) {
            size_t b = a + 1;
            while (b < it->len && lev[b] == lev[a])
                b++;
            unit *p = &u[nu++];
            p->level = lev[a];
            p->item = (int)i;
            p->lx = x;
            if (lev[a] & 1) {
                p->text = reversed(bd->out, it->text + a, b - a);
                p->len = b - a;
            } else {
                p->text = it->text + a;
                p->len = b - a;
            }
            if (whole && !(lev[a] & 1)) {
                p->w = it->w;
            } else {
                p->w = mx->width(mx->ud, it->face, it->size, p->text, p->len) * hs;
                if (it->track > 0)
                    p->w += it->track * (double)utf8_length(p->text, p->len);
            }
            x += p->w;
            a = b;
        }
        prev = (int)i;
        prev_last = lev[it->len - 1];
    }
    item_vec iv = {0};
    if (nu == 0) {
        for (size_t i = 0; i < n; i++)
            item_push(&iv, &v[i]);
        if (mirror)
            lay_bidi_mirror(iv.v, iv.n, lo, hi);
        goto done;
    }
    /* L2: from the highest level down to the lowest odd one, reverse
       every run of units at that level or above */
    size_t *ord = arena_alloc(bd->scratch, nu * sizeof *ord);
    int maxl = 0, minodd = 1000;
    for (size_t k = 0; k < nu; k++) {
        ord[k] = k;
        if (u[k].level > maxl)
            maxl = u[k].level;
        if ((u[k].level & 1) && u[k].level < minodd)
            minodd = u[k].level;
    }
    for (int l = maxl; l >= minodd; l--) {
        for (size_t k = 0; k < nu;) {
            if (u[ord[k]].level < l) {
                k++;
                continue;
            }
            size_t e = k;
            while (e < nu && u[ord[e]].level >= l)
                e++;
            for (size_t p = k, q = e - 1; p < q; p++, q--) {
                size_t t = ord[p];
                ord[p] = ord[q];
                ord[q] = t;
            }
            k = e;
        }
    }
    /* same extent as the left-to-right setting: what remeasuring pieces
       gained or lost goes to the spaces, so a justified line stays flush */
    double a0 = u[0].lx, b0 = u[nu - 1].lx + u[nu - 1].w, total = 0;
    size_t spaces = 0;
    for (size_t k = 0; k < nu; k++) {
        total += u[k].w;
        spaces += u[k].item < 0;
    }
    if (spaces)
        for (size_t k = 0; k < nu; k++)
            if (u[k].item < 0)
                u[k].w += (b0 - a0 - total) / (double)spaces;
    double x = mirror ? lo + hi - b0 : a0;
    for (size_t k = 0; k < nu; k++) {
        u[ord[k]].nx = x;
        x += u[ord[k]].w;
    }
    /* the logically first piece first (it names where the line begins),
       then the rest from left to right */
    for (size_t k = 0; k <= nu; k++) {
        size_t j = k == 0 ? 0 : ord[k - 1];
        if ((k > 0 && j == 0) || u[j].item < 0)
            continue;
        lay_item t = v[u[j].item];
        t.x = u[j].nx;
        t.w = u[j].w;
        t.text = u[j].text;
        t.len = u[j].len;
        item_push(&iv, &t);
    }
    for (size_t i = 0; i < n; i++) {
        if (v[i].kind == LAY_TEXT && v[i].len > 0)
            continue;
        if (v[i].kind != LAY_LINK && !(v[i].kind == LAY_RULE && v[i].over_text)) {
            lay_item t = v[i];
            if (!inline_moved(&t, v, n, i, u, nu) && mirror)
                lay_bidi_mirror(&t, 1, lo, hi);
            item_push(&iv, &t);
            continue;
        }
        /* a link area (or strike) per stretch of its words that stayed together */
        double l0 = v[i].x - 1e-6, l1 = v[i].x + v[i].w + 1e-6;
        bool open = false, any = false;
        lay_item t = v[i];
        for (size_t k = 0; k <= nu; k++) {
            bool in = false;
            if (k < nu) {
                const unit *p = &u[ord[k]];
                double mid = p->lx + p->w / 2;
                in = mid >= l0 && mid <= l1;
            }
            if (in && !open) {
                t.x = u[ord[k]].nx;
                open = true;
            } else if (!in && open) {
                const unit *p = &u[ord[k - 1]];
                t.w = p->nx + p->w - t.x;
                item_push(&iv, &t);
                open = false;
                any = true;
            }
        }
        if (!any) {
            t = v[i];
            if (mirror)
                lay_bidi_mirror(&t, 1, lo, hi);
            item_push(&iv, &t);
        }
    }
done:;
    lay_item *r = arena_alloc(bd->scratch, (iv.n + 4) * sizeof *r);
    if (iv.n)
        memcpy(r, iv.v, iv.n * sizeof *r);
    size_t cnt = iv.n;
    free(iv.v);
    *out = r;
    return cnt;
}

/* ---- single runs ---- */

const char *
lay_bidi_visual(arena *a, const char *s, size_t len, int base, size_t *out_len)
{
    *out_len = len;
    bool ascii = true;
    for (size_t k = 0; k < len && ascii; k++)
        ascii = (unsigned char)s[k] < 0x80;
    if ((ascii && base != 1) || len >= (size_t)INT_MAX / 8)
        return s;
    FriBidiChar *str = xmalloc((len + 1) * sizeof *str);
    size_t n = 0;
    for (size_t k = 0; k < len;)
        k += dec(s + k, len - k, &str[n++]);
    FriBidiCharType *types = xmalloc((n + 1) * sizeof *types);
    FriBidiBracketType *br = xmalloc((n + 1) * sizeof *br);
    FriBidiLevel *lev = xmalloc(n + 1);
    FriBidiArabicProp *ar = xmalloc(n + 1);
    const char *res = s;
    fribidi_get_bidi_types(str, (FriBidiStrIndex)n, types);
    bool rtl = base == 1;
    for (size_t i = 0; i < n; i++)
        rtl |= type_rtl(types[i]);
    FriBidiParType pdir = base == 1   ? FRIBIDI_PAR_RTL
                          : base == 0 ? FRIBIDI_PAR_LTR
                                      : FRIBIDI_PAR_ON;
    if (rtl) {
        fribidi_get_bracket_types(str, (FriBidiStrIndex)n, types, br);
        if (fribidi_get_par_embedding_levels_ex(types, br, (FriBidiStrIndex)n, &pdir, lev)) {
            fribidi_get_joining_types(str, (FriBidiStrIndex)n, ar);
            fribidi_join_arabic(types, (FriBidiStrIndex)n, lev, ar);
            fribidi_shape(FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAGS_ARABIC, lev,
                          (FriBidiStrIndex)n, ar, str);
            if (fribidi_reorder_line(0, types, (FriBidiStrIndex)n, 0, pdir, lev, str, NULL)) {
                char *o = arena_alloc(a, 4 * n + 1);
                size_t m = 0;
                for (size_t i = 0; i < n; i++)
                    if (str[i] != FRIBIDI_CHAR_FILL)
                        m += utf8_encode(str[i], o + m);
                res = o;
                *out_len = m;
            }
        }
    }
    free(str);
    free(types);
    free(br);
    free(lev);
    free(ar);
    return res;
}
