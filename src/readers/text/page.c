/*
 * page.c - where the article sits inside a whole copied page.
 *
 * "Select all, copy" on a news page brings the site along: hundreds of
 * menu entries, mega-menus with a sentence of blurb under each section,
 * teasers of other stories, comment threads and footers. The article is
 * where the prose is densest, so the region is found from the text, not
 * from the ends of the page:
 *
 *   1. Each prose line (rd_text_line_is_prose, or a hard-wrapped line
 *      running on) weighs its code points; each menu entry (a short label,
 *      or short chrome such as "Share") costs PAGE_ENTRY_COST; other lines
 *      (captions, headlines, code, short sentences) weigh nothing.
 *   2. The stretch of lines with the greatest weight (the maximum-sum
 *      run, found in one pass) is the article's body: a few headings or a
 *      code listing inside the text cost less than the prose around them
 *      brings, a menu with a blurb costs more. The heaviest stretch above
 *      it joins it while it weighs PAGE_JOIN_WEIGHT or more (an intro over
 *      a table of contents, text over a video player's menus).
 *   3. The header sits above it: walking up from the body, the region
 *      starts after the nearest prose line that is not the header's own
 *      (a dek or caption has a date or byline a few lines from it, or no
 *      line that could be the title under it), or after a long menu;
 *      the header reading (header.c) then finds title and byline inside.
 *   4. The region ends after the run and any lines after it that are no
 *      menu entries, or after the list that its last line introduces with
 *      a colon; a card closing it (a name over a line about it, over a
 *      "Follow" button) is left out.
 *
 * Each end is cut only when it drops a real page's worth of lines; text
 * that is all article, or has a few lines of chrome, is read whole. The
 * passes are linear, with a bounded look-around per line.
 */
#include "text_int.h"

#include <string.h>
#include <strings.h>

/* What a menu entry weighs against prose, in code points: a blurb of a
 * line or two under a menu of ten entries does not pay for it. */
#define PAGE_ENTRY_COST 40
/* Prose above the body that is worth several paragraphs joins it across
 * any block of short lines. */
#define PAGE_JOIN_WEIGHT 400
/* Menu entries the header may hold (tags, share buttons, a kicker); the
 * region starts after more. */
#define PAGE_HEADER_ENTRIES 25
/* Non-blank lines the region must leave out before it is used. */
#define PAGE_MIN_CUT 12
/* How far around a prose line a date or byline makes it the header's. */
#define PAGE_REACH_UP 4
#define PAGE_REACH_DOWN 2

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
 * ("Biz & IT", "Staff Directory"), or short chrome ("Share"). Code
 * ("list: [", "}"), lines of symbols, the rows of a table or of aligned
 * columns, and longer chrome (captions, which stand inside articles) cost
 * nothing. */
static bool
menu_entry(const rd_text_line *ln)
{
    /* A row of a table or of aligned columns (grid.c) is no link. */
    if (!rd_text_line_is_link_like(ln) || (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
        return false;
    if (ln->chrome)
        return true;
    /* Chinese and Japanese set no spaces: a line of their script is one
     * or two "words" whatever its length. A menu's label is a few
     * characters ("ホーム", "デジタル・IT"); a longer line is a caption or
     * a headline, which costs nothing. */
    if (ln->cps > 12 && rd_text_line_has_cjk(ln))
        return false;
    unsigned char f = (unsigned char)ln->s[0], l = (unsigned char)ln->s[ln->len - 1];
    /* A measure ("71.1 MB", "13.4 MB (-81%)") is a table's cell. */
    if (f >= '0' && f <= '9') {
        bool measure = false;
        for (uint32_t i = 1; i + 1 < ln->len && !measure; i++)
            measure = ln->s[i] == '%' || (ln->s[i] == '.' && ln->s[i - 1] >= '0' &&
                                          ln->s[i - 1] <= '9' && ln->s[i + 1] >= '0' &&
                                          ln->s[i + 1] <= '9');
        if (measure || l == '%')
            return false;
    }
    bool word_start = (f | 0x20) >= 'a' && (f | 0x20) <= 'z';
    bool word_end = ((l | 0x20) >= 'a' && (l | 0x20) <= 'z') || (l >= '0' && l <= '9') ||
                    l == ')' || l == '"' || l >= 0x80;
    return (word_start || f >= 0x80 || (f >= '0' && f <= '9') || f == '"') && word_end;
}

/* A line that writes out a web address or opens with a handle
 * ("Facebook.com/JaneDoe", "www.example.org", "@janedoe"): a menu shows
 * labels, not addresses. */
static bool
written_address(const rd_text_line *ln)
{
    if (ln->len && ln->s[0] == '@')
        return true;
    static const char *const marks[] = {".com/", ".org/", ".net/", ".gov/", "www."};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        size_t k = strlen(marks[m]);
        for (uint32_t i = 0; i + k < ln->len; i++)
            if (!strncasecmp(ln->s + i, marks[m], k))
                return true;
    }
    return false;
}

/* A written-out address that is the text's: a sentence with the address
 * in it ("Facebook.com/X will be archived at Facebook.com/Y"), or a line
 * of a list the text introduces, under the nearest line that is no
 * address ending with a colon ("... at the following handles:"). The
 * site's own address, a share link or an advert's under the text ("Web:
 * www.example.com", "Shop now at www.example.com/offers") stands alone. */
static bool
text_address(const rd_text_lines *L, size_t k)
{
    const rd_text_line *ln = &L->v[k];
    if (ln->chrome || !written_address(ln))
        return false;
    if (ln->words >= 6)
        return true;
    for (size_t j = k; j-- > 0;) {
        const rd_text_line *p = &L->v[j];
        if (blank(p) || written_address(p))
            continue;
        return !p->chrome && p->len && p->s[p->len - 1] == ':';
    }
    return false;
}

/* The next line after j, over one blank line. */
static size_t
line_after(const rd_text_lines *L, size_t j)
{
    j++;
    return j < L->n && blank(&L->v[j]) ? j + 1 : j;
}

/* Whether the menu entry at k ends the text after the article's run: it
 * does unless it is an address of the text's, or a heading right over a
 * sentence that introduces a list with a colon ("Our accounts" over
 * "These will stay open at the following handles:") and the list's first
 * line is an address or no menu's label: a section of the text. A
 * footer's contact box or list of the publisher's titles has the same
 * heading and sentence, but labels under them ("Phone 0300 123 4567"). */
static bool
ends_text(const rd_text_lines *L, size_t k)
{
    const rd_text_line *ln = &L->v[k];
    if (!menu_entry(ln) || rd_text_answer_under_question(L, k))
        return false;
    if (text_address(L, k))
        return false;
    size_t j = line_after(L, k);
    if (ln->chrome || j >= L->n)
        return true;
    const rd_text_line *nx = &L->v[j];
    if (nx->kind != RD_TEXT_PLAIN || nx->chrome || nx->words < 6 || !nx->len ||
        nx->s[nx->len - 1] != ':')
        return true;
    size_t x = line_after(L, j);
    return x >= L->n || (!written_address(&L->v[x]) && menu_entry(&L->v[x]));
}

/* A button to follow an author or a publication. */
static bool
follow_button(const rd_text_line *ln)
{
    static const char *const names[] = {"Follow", "Subscribe", "+ Follow", "Follow us"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (ln->len == strlen(names[i]) && !strncasecmp(ln->s, names[i], ln->len))
            return true;
    return false;
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

/* Is there a date or byline among the `reach` non-blank lines from i
 * going `dir` (-1 up, +1 down, short of `stop` down), before a prose line? */
static bool
header_toward(arena *a, const rd_text_lines *L, size_t i, int dir, size_t stop, size_t reach,
              const char *lang)
{
    size_t seen = 0;
    for (size_t k = i; seen < reach;) {
        if (dir < 0 ? k == 0 : k + 1 >= stop)
            break;
        k = dir < 0 ? k - 1 : k + 1;
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

/* A date or byline right around i (four lines above it or two below,
 * short of the next prose line): i is a dek or a caption in the header. */
static bool
near_header(arena *a, const rd_text_lines *L, size_t i, size_t stop, const char *lang)
{
    return header_toward(a, L, i, -1, stop, PAGE_REACH_UP, lang) ||
           header_toward(a, L, i, +1, stop, PAGE_REACH_DOWN, lang);
}

/* A line that can be the article's title: a heading of four words or
 * more that is no date, byline or chrome, nor the names under a lead
 * alone on the line above ("By" over "Harbour Post News Desk"). Prose
 * above one is the page's; prose with none under it is the header's dek
 * or caption. */
static bool
title_candidate(arena *a, const rd_text_lines *L, size_t k, const char *lang)
{
    const rd_text_line *ln = &L->v[k];
    rd_text_date dt;
    if (ln->chrome || ln->words < 4 || !rd_text_line_is_heading_like(ln))
        return false;
    size_t p = k;
    while (p > 0 && blank(&L->v[p - 1]))
        p--;
    static const char *const leads[] = {"by", "von", "par", "por"};
    for (size_t q = 0; p > 0 && q < sizeof leads / sizeof *leads; q++)
        if (L->v[p - 1].len == strlen(leads[q]) &&
            strncasecmp(L->v[p - 1].s, leads[q], L->v[p - 1].len) == 0)
            return false;
    return !rd_text_date_find(ln->s, ln->len, lang, &dt) &&
           !rd_text_date_label(ln->s, ln->len) && !header_line(a, ln, lang);
}

/* The maximum-weight stretch of lines in [from, to): its first and last
 * prose lines in *s and *e, its weight in *w. False when it has no prose. */
static bool
heaviest(const rd_text_lines *L, size_t from, size_t to, size_t *s, size_t *e, long *w)
{
    long sum = 0, best = 0;
    size_t cur = to;
    *s = to;
    for (size_t i = from; i < to; i++) {
        const rd_text_line *ln = &L->v[i];
        if (blank(ln))
            continue;
        if (prose_at(L, i)) {
            if (sum <= 0)
                sum = 0, cur = i;
            sum += (long)ln->cps;
            if (sum > best)
                best = sum, *s = cur, *e = i;
        } else if (!neutral(ln) && menu_entry(ln) && !rd_text_answer_under_question(L, i)) {
            /* ("Yes" / "No" under a question are a widget's or the
               text's own, as in a how-to: no menu) */
            sum -= PAGE_ENTRY_COST;
        }
    }
    if (w)
        *w = best;
    return *s < to;
}

/* An ISBN in the line ("ISBN 978-3-16-148410-0", "ISBN: 3-16-..."). */
static bool
has_isbn(const rd_text_line *ln)
{
    for (uint32_t i = 0; i + 6 <= ln->len; i++) {
        if (strncasecmp(ln->s + i, "isbn", 4) != 0 || (i > 0 && ln->s[i - 1] != ' '))
            continue;
        uint32_t k = i + 4;
        while (k < ln->len && (ln->s[k] == ' ' || ln->s[k] == ':' || ln->s[k] == '-'))
            k++;
        if (k < ln->len && ln->s[k] >= '0' && ln->s[k] <= '9')
            return true;
    }
    return false;
}

/* A price alone on its line: "84,80 Euro", "24.90 EUR", "$19.99", "€ 12". */
static bool
price_line(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 3 || ln->len < 2)
        return false;
    static const char *const cur[] = {"euro",         "eur", "chf",      "usd", "gbp",
                                      "\xe2\x82\xac", "$",   "\xc2\xa3", "fr.", "dollars"};
    size_t digits = 0, other = 0;
    for (uint32_t i = 0; i < ln->len;) {
        if (ln->s[i] >= '0' && ln->s[i] <= '9') {
            digits++, i++;
            continue;
        }
        if (ln->s[i] == ',' || ln->s[i] == '.' || ln->s[i] == ' ') {
            i++;
            continue;
        }
        size_t k = 0;
        for (size_t c = 0; c < sizeof cur / sizeof *cur && !k; c++) {
            size_t m = strlen(cur[c]);
            if (m <= ln->len - i && !strncasecmp(ln->s + i, cur[c], m))
                k = m;
        }
        if (!k)
            return false;
        other++, i += k;
    }
    return digits > 0 && other == 1;
}

/* A reviewed book's credit under the review: its author, its title, the
 * publisher's line with the ISBN, maybe the price, glued together a gap
 * under the text ("Jane Doe" / "The Tides" / "Harbour Press, 2014, 320
 * pages, ISBN 978-..." / "24,90 Euro"). Its short lines read as menu
 * entries; the region reaches over the credit, which is the text's.
 * Returns the region's new end. */
static size_t
book_credit_end(const rd_text_lines *L, size_t end)
{
    size_t k = end;
    while (k < L->n && blank(&L->v[k]))
        k++;
    for (size_t seen = 0; k < L->n && !blank(&L->v[k]) && seen < 4; k++, seen++) {
        if (!has_isbn(&L->v[k]))
            continue;
        k++;
        if (k < L->n && price_line(&L->v[k]))
            k++;
        return k;
    }
    return end;
}

/* A post's signature: the author's name, a bar and the date ("Jane Doe
 * | 03.05.2020 um 14:26"), no sentence. */
static bool
signature(const rd_text_line *ln, const char *lang)
{
    rd_text_date dt;
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 12 || (ln->flags & RD_TEXT_F_SENTENCE) ||
        !rd_text_date_find(ln->s, ln->len, lang, &dt) || dt.start < 6)
        return false;
    size_t e = dt.start;
    while (e > 0 && ln->s[e - 1] == ' ')
        e--;
    if (e < 2 || ln->s[e - 1] != '|')
        return false;
    e--;
    while (e > 0 && ln->s[e - 1] == ' ')
        e--;
    char name[96];
    if (e == 0 || e >= sizeof name)
        return false;
    memcpy(name, ln->s, e);
    name[e] = '\0';
    return rd_text_person_name(name);
}

/* A line of tags or categories: short labels, no article nor small
 * word of a sentence or a headline ("Harbours Boats Storms", not "The
 * Night Ferry", another post's title). */
static bool
tag_labels(const rd_text_line *ln)
{
    static const char *const small[] = {
        "the", "a",   "an",  "of",  "and", "to",  "in",  "on",   "for", "with", "at",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "von",  "zu",
        "im",  "mit", "le",  "la",  "les", "un",  "une", "du",   "de",  "et",   "el",
        "los", "las", "y",   "del", "en",  "il",  "lo",  "gli",  "di"};
    if (!menu_entry(ln) || ln->chrome || ln->words > 4)
        return false;
    for (uint32_t i = 0; i < ln->len;) {
        while (i < ln->len && ln->s[i] == ' ')
            i++;
        uint32_t st = i;
        while (i < ln->len && ln->s[i] != ' ')
            i++;
        for (size_t w = 0; w < sizeof small / sizeof *small; w++)
            if (strlen(small[w]) == i - st && !strncasecmp(ln->s + st, small[w], i - st))
                return false;
    }
    return true;
}

/* A byline over the text, in the header between the region's top and
 * the text's first line at s: the post's author is named there. */
static bool
header_byline(arena *a, const rd_text_lines *L, size_t top, size_t s, const char *lang)
{
    for (size_t k = top; k < s && k < L->n; k++) {
        rd_text_byline b;
        const rd_text_line *ln = &L->v[k];
        if (!blank(ln) && ln->words <= 8 &&
            rd_text_byline_parse(a, ln->s, ln->len, lang, false, &b) && b.n)
            return true;
    }
    return false;
}

/* The post's signature under the text, past its tags or categories (a
 * line or two of short labels glued over it), over the comments' count,
 * a button or the page's end: the region reaches over it, so that the
 * trailer reading takes the author and the date it names. A box's label
 * ("Related posts", known chrome) over a headline and its byline, or a
 * headline alone over it (the next post's teaser), is another story's;
 * and with a byline in the header (from top to the text at s) the post
 * has its author. Returns the region's new end. */
static size_t
signature_end(arena *a, const rd_text_lines *L, size_t top, size_t s, size_t end, const char *lang)
{
    size_t labels = 0;
    for (size_t k = end; k < L->n && labels <= 2; k++) {
        const rd_text_line *ln = &L->v[k];
        if (blank(ln)) {
            if (labels)
                break;
            continue;
        }
        if (signature(ln, lang)) {
            size_t q = k + 1;
            while (q < L->n && blank(&L->v[q]))
                q++;
            if (q < L->n && !L->v[q].chrome && !rd_text_comment_count(&L->v[q]))
                return end;
            return header_byline(a, L, top, s, lang) ? end : k + 1;
        }
        if (!tag_labels(ln))
            break;
        labels++;
    }
    return end;
}

void
rd_text_page_region(arena *a, const rd_text_lines *L, const char *lang, size_t *top,
                    size_t *bottom)
{
    *top = 0;
    *bottom = L->n;
    /* 1-2: the stretch where prose most outweighs menu entries; then
     * several paragraphs above it, past a block of controls (a video
     * player's menus, a table of contents), are the text's start. */
    size_t best_s, best_e;
    if (!heaviest(L, 0, L->n, &best_s, &best_e, NULL))
        return;
    for (size_t s2, e2; best_s > 0;) {
        long w;
        if (!heaviest(L, 0, best_s, &s2, &e2, &w) || w < PAGE_JOIN_WEIGHT)
            break;
        /* Other prose between the two (a blurb under a blog's name) is
         * no block of controls: the stretch above is the page's (a
         * sign-in box's text). */
        bool between = false;
        for (size_t k = e2 + 1; k < best_s && !between; k++)
            between = prose_at(L, k);
        if (between)
            break;
        best_s = s2;
    }
    /* 3: up from the run to the prose line before the header. */
    size_t start = 0, entries = 0;
    bool title_below = false; /* a title candidate between k and the body */
    for (size_t k = best_s; k > 0;) {
        k--;
        const rd_text_line *ln = &L->v[k];
        if (blank(ln))
            continue;
        if (!prose_at(L, k)) {
            /* The headlines under a "Related" line are the box's, not
             * candidates for the title. */
            if ((ln->chrome & 0x0F) == RD_TEXT_CHROME_CUT)
                title_below = false;
            if (menu_entry(ln) && ++entries > PAGE_HEADER_ENTRIES) {
                start = k + 1;
                break;
            }
            title_below = title_below || title_candidate(a, L, k, lang);
            continue;
        }
        if (title_below && !near_header(a, L, k, best_s, lang)) {
            start = k + 1;
            break;
        }
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
     * ago.") are the text's up to the first menu entry that is no address
     * and heads no list of the text's. */
    for (size_t k = end; k < L->n && (blank(&L->v[k]) || !ends_text(L, k)); k++)
        if (!blank(&L->v[k]))
            end = k + 1;
    end = book_credit_end(L, end);
    size_t card = rd_text_recipe_end(L, end);
    bool recipe = card != end;
    end = card;
    end = signature_end(a, L, start, best_s, end, lang);
    /* A card closing the run, a name over a line about it, set close
     * together and apart from the text, over a "Follow" button: a
     * publication's or author's, not the text's last paragraph. */
    size_t f = end;
    while (f < L->n && blank(&L->v[f]))
        f++;
    if (f < L->n && follow_button(&L->v[f]) && end >= 3 && !blank(&L->v[end - 1]) &&
        !blank(&L->v[end - 2]) && blank(&L->v[end - 3]) &&
        rd_text_line_is_heading_like(&L->v[end - 2]) && end - 2 > best_s)
        end -= 2;
    /* Each end is cut only when it holds a page's worth of lines; a few
     * lines of chrome are the header and trailer readings' business. */
    if (nonblank(L, 0, start) >= PAGE_MIN_CUT)
        *top = start;
    /* (under a recipe card, reviews and the cook's box: the card ends
       the text) */
    if (nonblank(L, end, L->n) >= PAGE_MIN_CUT || recipe)
        *bottom = end;
}
