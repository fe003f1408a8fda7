/*
 * page.c - where the article sits inside a whole copied page.
 *
 * "Select all, copy" on a news page brings the site along: hundreds of
 * menu entries, mega-menus with a sentence of blurb under each section,
 * teasers of other stories, comment threads and footers. The article is
 * where the prose is densest, so the region is found from the text, not
 * from the ends of the page:
 *
 *   1. Prose lines (rd_text_line_is_prose) are grouped into runs; a run
 *      goes on over a few short lines (headings, captions, a short list)
 *      and ends at a longer stretch of them (a menu, a link box). Lines of
 *      eight words or more that are not prose (captions, headlines) are
 *      neutral: they neither count as prose nor break a run.
 *   2. The run with the most prose (in code points) is the article's body.
 *   3. The header sits above it: walking up from the run, the region
 *      starts after the nearest prose line that is not the header's own
 *      (a dek or caption has a date or byline a line or two from it);
 *      the header reading (header.c) then finds title and byline inside.
 *   4. The region ends after the run and any lines after it that are no
 *      menu entries, or after the list that its last line introduces with
 *      a colon.
 *
 * Each end is cut only when it drops a real page's worth of lines; text
 * that is all article, or has a few lines of chrome, is read whole. The walks are linear with a bounded look-around per line.
 */
#include "text_int.h"

#include <string.h>

/* Short lines a run may step over; more is a menu or link box. */
#define PAGE_GAP 5
/* Non-blank lines the region must leave out before it is used. */
#define PAGE_MIN_CUT 12
/* How far above a prose line a date or byline makes it the header's. */
#define PAGE_HEADER_REACH 2
/* A neighbouring run joins the body across at most this many lines, when
 * it holds at least this much prose. */
#define PAGE_MERGE_GAP 30
#define PAGE_MERGE_MASS 300

typedef struct page_run {
    size_t s, e;  /* first and last prose line */
    size_t mass;  /* code points of prose */
    size_t lines; /* prose lines */
} page_run;

static bool
blank(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_BLANK;
}

static size_t
nonblank(const rd_text_lines *L, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t k = from; k < to; k++)
        n += !blank(&L->v[k]);
    return n;
}

/* Prose, or a line of a hard-wrapped paragraph: long, and the next line
 * carries on its sentence in lower case. */
static bool
prose_at(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind == RD_TEXT_BLANK || ln->kind == RD_TEXT_RULE || ln->chrome != 0)
        return false;
    if (rd_text_line_is_prose(ln))
        return true;
    if (ln->words < 8 || ln->cps < 50 || i + 1 >= L->n || (ln->flags & RD_TEXT_F_SENTENCE))
        return false;
    const rd_text_line *nx = &L->v[i + 1];
    return nx->kind == RD_TEXT_PLAIN && nx->len && nx->s[0] >= 'a' && nx->s[0] <= 'z';
}

/* A long line that is no sentence: a caption or a headline. */
static bool
neutral(const rd_text_line *ln)
{
    return ln->words >= 8 && ln->cps >= 40 && ln->chrome == 0;
}

/* What a menu is made of: a short label that starts and ends like a word
 * ("Biz & IT", "Staff Directory"), or known chrome. Code ("list: [", "}")
 * and lines of symbols do not break a run. */
static bool
menu_entry(const rd_text_line *ln)
{
    if (ln->chrome)
        return true;
    if (!rd_text_line_is_link_like(ln))
        return false;
    unsigned char f = (unsigned char)ln->s[0], l = (unsigned char)ln->s[ln->len - 1];
    bool word_start = (f | 0x20) >= 'a' && (f | 0x20) <= 'z';
    bool word_end = ((l | 0x20) >= 'a' && (l | 0x20) <= 'z') || (l >= '0' && l <= '9') ||
                    l == ')' || l == '"' || l >= 0x80;
    return (word_start || f >= 0x80 || (f >= '0' && f <= '9') || f == '"') && word_end;
}

/* A date or a byline, as the header prints them. */
static bool
header_line(arena *a, const rd_text_line *ln, const char *lang)
{
    rd_text_date dt;
    rd_text_byline b;
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 30)
        return false;
    if (rd_text_date_find(ln->s, ln->len, lang, &dt) && (dt.whole || ln->words <= 12))
        return true;
    return rd_text_byline_parse(a, ln->s, ln->len, lang, false, &b);
}

/* A date or byline right around i (two lines above or below it, short of
 * the next prose line): i is the header's dek or a caption in it. */
static bool
near_header(arena *a, const rd_text_lines *L, size_t i, size_t stop, const char *lang)
{
    size_t seen = 0;
    for (size_t k = i; k > 0 && seen < PAGE_HEADER_REACH;) {
        k--;
        const rd_text_line *ln = &L->v[k];
        if (blank(ln))
            continue;
        seen++;
        if (prose_at(L, k))
            break;
        if (header_line(a, ln, lang))
            return true;
    }
    seen = 0;
    for (size_t k = i + 1; k < stop && seen < PAGE_HEADER_REACH; k++) {
        const rd_text_line *ln = &L->v[k];
        if (blank(ln))
            continue;
        seen++;
        if (prose_at(L, k))
            break;
        if (header_line(a, ln, lang))
            return true;
    }
    return false;
}

void
rd_text_page_region(arena *a, const rd_text_lines *L, const char *lang, size_t *top,
                    size_t *bottom)
{
    *top = 0;
    *bottom = L->n;
    /* 1-2: the runs, and the one with the most prose. */
    /* Runs are parted by more than PAGE_GAP lines, which bounds their count. */
    page_run *runs = arena_alloc(a, (L->n / (PAGE_GAP + 1) + 2) * sizeof *runs);
    size_t nruns = 0, best = 0;
    size_t run_s = L->n, run_e = 0, mass = 0, lines = 0, gap = 0;
    for (size_t i = 0; i <= L->n; i++) {
        const rd_text_line *ln = i < L->n ? &L->v[i] : NULL;
        if (ln && blank(ln))
            continue;
        if (ln && prose_at(L, i)) {
            if (run_s == L->n)
                run_s = i;
            run_e = i;
            mass += ln->cps;
            lines++;
            gap = 0;
            continue;
        }
        if (ln && (neutral(ln) || !menu_entry(ln)))
            continue;
        if (ln && run_s != L->n && ++gap <= PAGE_GAP)
            continue;
        if (run_s != L->n) {
            page_run r = {run_s, run_e, mass, lines};
            if (mass > runs[best].mass || nruns == 0)
                best = nruns;
            runs[nruns++] = r;
        }
        run_s = L->n, mass = 0, lines = 0, gap = 0;
    }
    if (nruns == 0)
        return;
    /* A run of several paragraphs next to the body is the article's too
     * (an intro above a table of contents, text on both sides of a code
     * listing); a menu's blurb is one line, and far from the body. */
    size_t first = best, lastr = best;
    while (first > 0 && runs[first - 1].lines >= 2 && runs[first - 1].mass >= PAGE_MERGE_MASS &&
           nonblank(L, runs[first - 1].e + 1, runs[first].s) <= PAGE_MERGE_GAP)
        first--;
    while (lastr + 1 < nruns && runs[lastr + 1].lines >= 2 &&
           runs[lastr + 1].mass >= PAGE_MERGE_MASS &&
           nonblank(L, runs[lastr].e + 1, runs[lastr + 1].s) <= PAGE_MERGE_GAP)
        lastr++;
    size_t best_s = runs[first].s, best_e = runs[lastr].e;
    /* 3: up from the run to the prose line before the header. */
    size_t start = 0;
    for (size_t k = best_s; k > 0;) {
        k--;
        if (!prose_at(L, k))
            continue;
        if (near_header(a, L, k, best_s, lang))
            continue;
        start = k + 1;
        break;
    }
    /* 4: the run's end, or the end of a list its last line introduces. */
    size_t end = best_e + 1;
    const rd_text_line *last = &L->v[best_e];
    if (last->len && last->s[last->len - 1] == ':') {
        size_t k = end;
        while (k < L->n && blank(&L->v[k]))
            k++;
        while (k < L->n && !blank(&L->v[k]))
            k++;
        end = k;
    }
    /* Short sentences and code after the last paragraph ("That was a year
     * ago.") are the text's up to the first menu entry. */
    for (size_t k = end; k < L->n && (blank(&L->v[k]) || !menu_entry(&L->v[k])); k++)
        if (!blank(&L->v[k]))
            end = k + 1;
    /* Each end is cut only when it holds a page's worth of lines; a few
     * lines of chrome are the header and trailer readings' business. */
    if (nonblank(L, 0, start) >= PAGE_MIN_CUT)
        *top = start;
    if (nonblank(L, end, L->n) >= PAGE_MIN_CUT)
        *bottom = end;
}
