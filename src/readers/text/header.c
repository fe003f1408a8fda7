/*
 * header.c - where the article starts and ends inside a copied page.
 *
 * Before the title, a copied page holds skip links, menus (runs of three or
 * more short link-like lines, or bullet lists of short entries, as long as
 * real text follows them), breadcrumbs, kickers ("Opinion", "LOCAL NEWS"
 * over the title), lines without letters ("·", counts) and sometimes the
 * date or byline. The title is the first line left that is shaped like one
 * (short, no full stop, not the start of a wrapped paragraph); if prose
 * comes first there is no title, unless the last menu line was in fact the
 * title glued to the menu. Right under the title come, in any order, a
 * subtitle (directly under the title, possibly wrapped; if it reads like
 * prose, only when a byline or date follows), bylines, a bare author name
 * over a date, dates and share-bar chrome; the first other line starts the
 * body.
 *
 * After the article: an end-of-article box ("Related articles", "Other
 * Topics That May Interest You", "Comments") cuts everything after it, if
 * it sits in the last half of the body; then trailing runs of link-like
 * lines, bullet lists of short entries, copyright and cookie lines are
 * dropped, walking back from the end (one short last line alone, or a list
 * introduced by a colon, stays). Known chrome inside the body
 * ("Advertisement", "Share this") is dropped wherever it stands.
 *
 * Lines are only marked here (role DROP or META); rd_text.c records the
 * dropped ones in order.
 */
#include "text_int.h"

#include <string.h>

#include "../../base/buf.h"

static bool
is_blank(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_BLANK;
}

/* Index of the next non-blank line at or after i (n if none). */
static size_t
next_nonblank(const rd_text_lines *L, size_t i)
{
    while (i < L->n && is_blank(&L->v[i]))
        i++;
    return i;
}

static bool
is_chrome(const rd_text_line *ln)
{
    return ln->chrome != 0;
}

/* A line that is a date and little else. */
static bool
date_line(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 14 &&
           rd_text_date_find(ln->s, ln->len, lang, dt) && dt->whole;
}

static bool
byline_line(arena *a, const rd_text_line *ln, const char *lang, bool loose, rd_text_byline *b)
{
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 30 &&
           !(ln->flags & RD_TEXT_F_QUESTION) &&
           rd_text_byline_parse(a, ln->s, ln->len, lang, loose, b);
}


/* The run of menu-like lines starting at i: returns the index after its
 * last entry and sets *entries. Entries may stand on consecutive lines or
 * one blank line apart, as browsers copy block links; a date or a byline
 * ends a run ("Title / By A / May 3, 2022" is no menu). */
static size_t
menu_run(arena *a, const rd_text_lines *L, size_t i, const char *lang, size_t *entries)
{
    size_t k = i, end = i, n = 0;
    rd_text_date dt;
    rd_text_byline b;
    while (k < L->n && (rd_text_line_is_link_like(&L->v[k]) || is_chrome(&L->v[k])) &&
           !date_line(&L->v[k], lang, &dt) && !byline_line(a, &L->v[k], lang, false, &b)) {
        n++;
        end = ++k;
        /* Step over one blank line and lines of bare separators ("|", "-"). */
        if (k + 1 < L->n && is_blank(&L->v[k]) && !is_blank(&L->v[k + 1]))
            k++;
        while (k + 1 < L->n && !is_blank(&L->v[k]) && !rd_text_line_has_letter(&L->v[k]) &&
               L->v[k].words <= 1)
            k++;
        if (k + 1 < L->n && is_blank(&L->v[k]) && !is_blank(&L->v[k + 1]))
            k++;
    }
    /* Menu entries are a word or three; a longer line ending the run is
     * the title glued to the menu. */
    while (n > 0 && !is_chrome(&L->v[end - 1]) && L->v[end - 1].words >= 4) {
        n--;
        end--;
        while (end > i && is_blank(&L->v[end - 1]))
            end--;
    }
    *entries = n;
    return end;
}

/* The last line that is neither blank, a menu entry nor chrome (n if
 * none). Text at or before it means a run of short lines ahead of it can
 * be a menu; a page of nothing but short lines (a poem, a list) has no
 * menu to drop. Found once, walking back from the end. */
static size_t
last_real_line(const rd_text_lines *L)
{
    for (size_t i = L->n; i > 0; i--) {
        const rd_text_line *ln = &L->v[i - 1];
        if (ln->kind != RD_TEXT_BLANK && !rd_text_line_is_link_like(ln) && !is_chrome(ln))
            return i - 1;
    }
    return L->n;
}

static void
take_byline(arena *a, doc_meta *meta, const rd_text_byline *b)
{
    if (meta->n_authors == 0)
        for (size_t k = 0; k < b->n; k++)
            doc_meta_add_author(a, meta, b->names[k], b->roles[k]);
    if (!meta->date && b->date)
        meta->date = b->date;
}

/* No lower-case ASCII letter, and some capital ("LOCAL NEWS"). */
static bool
is_all_caps(const rd_text_line *ln)
{
    bool upper = false;
    for (uint32_t i = 0; i < ln->len; i++) {
        char c = ln->s[i];
        if (c >= 'a' && c <= 'z')
            return false;
        upper |= c >= 'A' && c <= 'Z';
    }
    return upper;
}

/* A section label over a title: one word ("Opinion"), or a few in
 * capitals ("LOCAL NEWS"). */
static bool
is_kicker(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN &&
           (ln->words == 1 || (ln->words <= 3 && is_all_caps(ln)));
}

/* ". X", "! X" or "? X" inside the line. */
static bool
has_sentence_break(const rd_text_line *ln)
{
    for (uint32_t i = 1; i + 2 < ln->len; i++)
        if ((ln->s[i] == '.' || ln->s[i] == '!' || ln->s[i] == '?') && ln->s[i + 1] == ' ' &&
            ln->s[i + 2] >= 'A' && ln->s[i + 2] <= 'Z' && ln->s[i - 1] >= 'a' &&
            ln->s[i - 1] <= 'z')
            return true;
    return false;
}

/* Can this line be a title at all? */
static bool
title_shaped(const rd_text_line *ln)
{
    if (ln->flags & RD_TEXT_F_SOFTEND)
        return false;
    /* A full stop ends sentences, not titles ("Why Now?" and "Stop!" pass). */
    if ((ln->flags & RD_TEXT_F_SENTENCE) && !(ln->flags & RD_TEXT_F_QUESTION))
        return false;
    if (ln->words >= 8 && has_sentence_break(ln))
        return false; /* "It rained. We left" is two sentences, not a title */
    return (ln->kind == RD_TEXT_PLAIN || ln->kind == RD_TEXT_HASH) && ln->words >= 1 &&
           ln->words < 25 && ln->cps < 200;
}

/* Line i runs on into the next line (the start of a wrapped paragraph). */
static bool
runs_on(const rd_text_lines *L, size_t i)
{
    if (i + 1 >= L->n || L->v[i + 1].kind != RD_TEXT_PLAIN || !L->v[i + 1].len)
        return false;
    return (L->v[i + 1].s[0] >= 'a' && L->v[i + 1].s[0] <= 'z') ||
           (L->v[i].flags & RD_TEXT_F_SOFTEND);
}

static bool
same_text(const rd_text_line *x, const char *s)
{
    return s && strlen(s) == x->len && memcmp(x->s, s, x->len) == 0;
}

/* Read lines under the title from i; returns the first body line. */
static size_t
under_title(arena *a, rd_text_lines *L, size_t i, const char *lang, doc_meta *meta)
{
    bool seen_meta = false;
    /* An underline ("=====") right under the title belongs to it. */
    if (i < L->n && L->v[i].kind == RD_TEXT_RULE)
        L->v[i++].role = RD_TEXT_META;
    for (i = next_nonblank(L, i); i < L->n; i = next_nonblank(L, i + 1)) {
        rd_text_line *ln = &L->v[i];
        rd_text_date dt;
        rd_text_byline b;
        size_t nx = next_nonblank(L, i + 1);
        if (ln->role != RD_TEXT_CONTENT) {
            /* Already read before the title was found (after a menu). */
            seen_meta |= ln->role == RD_TEXT_META;
            continue;
        }
        rd_text_date d2;
        if (is_chrome(ln) || same_text(ln, meta->title)) {
            ln->role = RD_TEXT_DROP;
        } else if (date_line(ln, lang, &dt)) {
            if (!meta->date) {
                meta->date = rd_text_date_format(a, &dt);
                ln->role = RD_TEXT_META;
            } else {
                ln->role = RD_TEXT_DROP; /* "Updated ..." */
            }
            seen_meta = true;
        } else if (byline_line(a, ln, lang, true, &b)) {
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
            seen_meta = true;
        } else if (meta->n_authors == 0 && ln->kind == RD_TEXT_PLAIN && ln->words <= 8 &&
                   nx < L->n && date_line(&L->v[nx], lang, &d2) &&
                   rd_text_byline_names(a, ln->s, ln->len, &b)) {
            /* A bare name over the date is the author. */
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
            seen_meta = true;
        } else if (!rd_text_line_has_letter(ln)) {
            ln->role = RD_TEXT_DROP; /* "·", "|", reaction counts */
        } else if (!meta->subtitle && !seen_meta && ln->kind == RD_TEXT_PLAIN) {
            /* The dek may be wrapped over a few lines. */
            size_t e = i, words = ln->words;
            while (runs_on(L, e) && words <= 60)
                words += L->v[++e].words;
            const rd_text_line *last = &L->v[e];
            bool sentence =
                (last->flags & RD_TEXT_F_SENTENCE) && !(last->flags & RD_TEXT_F_QUESTION);
            bool prose = words >= 25 || (words >= 10 && sentence);
            if (words > 60 || (last->flags & RD_TEXT_F_SOFTEND))
                return i;
            if (prose || sentence) {
                /* A dek that reads like the body's first sentences is
                 * taken only when a byline or date follows it. */
                size_t after = next_nonblank(L, e + 1);
                rd_text_byline b2;
                if (!(after < L->n && (date_line(&L->v[after], lang, &d2) ||
                                       byline_line(a, &L->v[after], lang, false, &b2))))
                    return i;
            }
            buf sub;
            buf_init(&sub, 0);
            for (size_t k = i; k <= e; k++) {
                if (k > i)
                    buf_addc(&sub, ' ');
                buf_add(&sub, L->v[k].s, L->v[k].len);
                L->v[k].role = RD_TEXT_META;
            }
            char *text = arena_strndup(a, sub.data ? sub.data : "", sub.len);
            buf_cleanup(&sub);
            if (next_nonblank(L, e + 1) >= L->n) {
                /* Nothing after it: it is the body, not a dek. */
                for (size_t k = i; k <= e; k++)
                    L->v[k].role = RD_TEXT_CONTENT;
                return i;
            }
            meta->subtitle = text;
            i = e;
        } else {
            return i;
        }
    }
    return L->n;
}

size_t
rd_text_header(arena *a, rd_text_lines *L, const char *lang, doc_meta *meta)
{
    size_t last_menu = (size_t)-1;
    size_t last_real = last_real_line(L);
    size_t i = next_nonblank(L, 0);
    while (i < L->n) {
        rd_text_line *ln = &L->v[i];
        rd_text_date dt;
        rd_text_byline b;
        size_t entries;
        size_t end = menu_run(a, L, i, lang, &entries);
        if ((entries >= 3 || (ln->kind == RD_TEXT_BULLET && rd_text_line_is_link_like(ln))) &&
            last_real != L->n && last_real >= (end > i ? end : i + 1)) {
            /* A menu: every entry of the run is chrome. */
            if (end == i)
                end = i + 1;
            for (size_t k = i; k < end; k++)
                if (!is_blank(&L->v[k]))
                    L->v[k].role = RD_TEXT_DROP;
            last_menu = end - 1;
            i = next_nonblank(L, end);
            continue;
        }
        if (is_chrome(ln)) {
            ln->role = RD_TEXT_DROP;
        } else if (date_line(ln, lang, &dt)) {
            if (!meta->date) {
                meta->date = rd_text_date_format(a, &dt);
                ln->role = RD_TEXT_META;
            } else {
                ln->role = RD_TEXT_DROP;
            }
        } else if (byline_line(a, ln, lang, false, &b)) {
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (!rd_text_line_has_letter(ln)) {
            ln->role = RD_TEXT_DROP;
        } else if (title_shaped(ln)) {
            /* A one-word kicker ("Opinion") over a longer title; but a
             * one-word title over its byline is a title. */
            size_t j = next_nonblank(L, i + 1);
            rd_text_byline kb;
            if (is_kicker(ln) && j < L->n && title_shaped(&L->v[j]) &&
                L->v[j].words > ln->words && !is_all_caps(&L->v[j]) &&
                !runs_on(L, j) && !is_chrome(&L->v[j]) && !date_line(&L->v[j], lang, &dt) &&
                !byline_line(a, &L->v[j], lang, false, &kb)) {
                ln->role = RD_TEXT_DROP;
                i = j;
                continue;
            }
            if (runs_on(L, i))
                break; /* the first line of a wrapped paragraph */
            meta->title = arena_strndup(a, ln->s, ln->len);
            ln->role = RD_TEXT_META;
            return under_title(a, L, i + 1, lang, meta);
        } else {
            break; /* prose, a list or a quote: the body starts untitled */
        }
        i = next_nonblank(L, i + 1);
    }
    /* No title. If a menu ended right before the body, its last line is
     * likely the title glued to it. */
    rd_text_byline kb;
    size_t after = last_menu != (size_t)-1 ? next_nonblank(L, last_menu + 1) : L->n;
    bool byline_next = after < L->n && byline_line(a, &L->v[after], lang, false, &kb);
    if (last_menu != (size_t)-1 && rd_text_line_is_heading_like(&L->v[last_menu]) &&
        (L->v[last_menu].words >= 2 || byline_next) && L->v[last_menu].kind == RD_TEXT_PLAIN &&
        L->v[last_menu].chrome == 0) {
        rd_text_line *t = &L->v[last_menu];
        meta->title = arena_strndup(a, t->s, t->len);
        t->role = RD_TEXT_META;
        return under_title(a, L, last_menu + 1, lang, meta);
    }
    return i;
}

static bool
ends_with_colon(const rd_text_line *ln)
{
    return ln->len && ln->s[ln->len - 1] == ':';
}

void
rd_text_trailer(rd_text_lines *L, size_t body)
{
    /* Content size, to tell an end-of-article box from an early mention. */
    size_t total = 0;
    for (size_t i = body; i < L->n; i++)
        if (L->v[i].role == RD_TEXT_CONTENT)
            total += L->v[i].len;
    size_t before = 0, end = L->n;
    for (size_t i = body; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        if (ln->role != RD_TEXT_CONTENT || is_blank(ln))
            continue;
        rd_text_chrome k = (rd_text_chrome)(ln->chrome & 0x0F);
        if (k == RD_TEXT_CHROME_CUT && before >= total - before - ln->len) {
            end = i;
            break;
        }
        if (k != RD_TEXT_CHROME_NONE)
            ln->role = RD_TEXT_DROP;
        before += ln->len;
    }
    for (size_t i = end; i < L->n; i++)
        if (!is_blank(&L->v[i]))
            L->v[i].role = RD_TEXT_DROP;
    /* Walk back over menus, link lists and footers. One short line alone
     * ("The End") is the article's; two, or one among known chrome, are
     * the page's. */
    size_t i = end;
    size_t run_start = end, links = 0, chromes = 0;
    bool after_text = false; /* the run follows some article text */
    while (i > body) {
        rd_text_line *ln = &L->v[i - 1];
        if (is_blank(ln) || ln->role == RD_TEXT_DROP) {
            i--;
            continue;
        }
        if (ln->role != RD_TEXT_CONTENT) {
            after_text = true;
            break;
        }
        bool chrome = is_chrome(ln);
        bool link = rd_text_line_is_link_like(ln) && ln->s[0] != '-' &&
                    (unsigned char)ln->s[0] != 0xE2; /* "— A. Writer" signs off */
        if (!chrome && !link) {
            after_text = true;
            break;
        }
        links += !chrome;
        chromes += chrome;
        i--;
        run_start = i;
    }
    /* A list introduced by a colon is content, not a menu. */
    size_t prev = run_start;
    while (prev > body && (is_blank(&L->v[prev - 1]) || L->v[prev - 1].role == RD_TEXT_DROP))
        prev--;
    bool keep_links = prev > body && ends_with_colon(&L->v[prev - 1]);
    for (size_t k = run_start; k < end; k++) {
        rd_text_line *ln = &L->v[k];
        if (is_blank(ln) || ln->role != RD_TEXT_CONTENT)
            continue;
        if ((keep_links || !after_text || (links < 2 && chromes == 0)) && !is_chrome(ln))
            continue;
        ln->role = RD_TEXT_DROP;
    }
}
