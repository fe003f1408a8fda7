/*
 * header.c - where the article starts and ends inside a copied page.
 *
 * Two readings of the top. The anchored one goes first: find where the
 * text starts (the first prose line with no byline or date under it, so
 * neither a dek nor a caption), walk back over the header's furniture
 * (dates and their labels, bylines, a bare author name and its role line,
 * reading times, share buttons, captions over credits, "label:" and value
 * pairs, fact-box rows) and take the last one or two lines left as dek and
 * title; everything above the title is the page's, except a date or
 * byline the header lacked. It gives up, leaving the page to the top-down
 * reading below, when no title shows or when it would drop prose (other
 * stories' headlines amid menus, and headlines between the byline and
 * the text, are no prose). A box of other stories ("Related articles"
 * over headlines and their bylines) right over the text ends the header
 * and goes with the page. The title stands over the byline: up to two
 * headlines between the byline and the text (a video's, a teaser's) are
 * passed over, and so is a button under the author's name; a label of a
 * word or three over a headline (a section's name) or under it (a
 * column's name) is no title; a bare name under the first paragraph is a
 * picture's credit when the header over it names its author already.
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
 * After the article: a byline signed under the last paragraph ("Posted by
 * A at 12:55 AM") is read and dropped with the chrome after it (its
 * author and date count when the header had none); an end-of-article box ("Related articles",
 * "Other Topics That May Interest You", "Comments") cuts everything after it, if it sits in the
 * last half of the body (up to a comments section's header with its count, "There are 12 comments",
 * which cuts wherever it follows some text); then trailing runs of link-like lines, bullet lists of
 * short entries, copyright and cookie lines are dropped, walking back from the end (one short last
 * line alone, or a list introduced by a colon, stays). Known chrome inside the body
 * ("Advertisement", "Share this") is dropped wherever it stands.
 *
 * Lines are only marked here (role DROP or META); rd_text.c records the
 * dropped ones in order. The header's date lines (header_dates.c), its
 * names and furniture (header_names.c), the widgets in and around the
 * text (widgets.c) and the article's end (trailer.c) have files of their
 * own.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

bool
rd_text_is_blank(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_BLANK;
}

/* Index of the next non-blank line at or after i (n if none). */
size_t
rd_text_next_nonblank(const rd_text_lines *L, size_t i)
{
    while (i < L->n && rd_text_is_blank(&L->v[i]))
        i++;
    return i;
}

bool
rd_text_is_chrome(const rd_text_line *ln)
{
    return ln->chrome != 0;
}

/* Index of the next line at or after i that is neither blank nor known
 * chrome (n if none): "Share Print" between a byline and the headline
 * keeps them together (see byline_then_headline). */
static size_t
next_content(const rd_text_lines *L, size_t i)
{
    while (i < L->n && (rd_text_is_blank(&L->v[i]) || rd_text_is_chrome(&L->v[i])))
        i++;
    return i;
}

/* The date followed by a button after a separator ("[May 8, 2020, 10:59
 * am ET] \xe2\x80\x93 Post a Comment", "March 3, 2021 | 12 Comments", "June 3,
 * 2019 / 5:30 AM / Updated 2 hours ago"): the part before the last " - ",
 * " \xe2\x80\x93 ", " | ", " \xc2\xb7 " or " / " is a date line and the
 * part after it known chrome. The part before may hold more of them:
 * "January 13, 2020 at 08:45 AM | categories: Python | View Comments". */
static bool
date_then_buttons(const char *s, size_t len, size_t from, const char *lang, rd_text_date *dt,
                  int depth)
{
    static const char *const seps[] = {" - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
                                       " | ", " \xc2\xb7 ",     " / "};
    for (size_t e = len; e-- > from;)
        for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
            size_t n = strlen(seps[k]);
            if (e + n >= len || memcmp(s + e, seps[k], n) != 0)
                continue;
            rd_text_date head;
            if (rd_text_chrome_kind(s + e + n, len - e - n) == RD_TEXT_CHROME_NONE ||
                !rd_text_date_find(s, e, lang, &head))
                return false;
            if (!head.whole &&
                (depth >= 4 || !date_then_buttons(s, e, head.end, lang, &head, depth + 1)))
                return false;
            *dt = head;
            return true;
        }
    return false;
}

static bool
date_then_button(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    return date_then_buttons(ln->s, ln->len, dt->end, lang, dt, 0);
}

/* A whole date and then one word of a story's kind, the badge a news
 * site sets after the date ("October 22, 2019 report", "22 OCTOBER 2019
 * FEATURE"): five words at most, the date from the line's start, a
 * space and a word of the list below in one case. Any other word after
 * a date may be the rest of a title ("September 11, 2001 attacks",
 * "March 14, 2021 update"), a sentence's or a byline's. badge_over_title
 * flags the lines that have a headline of their own below them. */
static bool
date_then_badge(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    static const char *const kinds[] = {
        "report", "feature",   "analysis",  "opinion", "review",  "interview", "explainer",
        "news",   "exclusive", "reportage", "analyse", "tribune", "bericht",   "reportaje",
    };
    rd_text_date d;
    size_t sp = ln->len;
    while (sp > 0 && ln->s[sp - 1] != ' ')
        sp--;
    size_t wl = ln->len - sp;
    if (ln->words > 5 || sp < 2 || wl < 4 || wl > 12)
        return false;
    char w[13];
    bool lower = true, upper = true;
    for (size_t i = 0; i < wl; i++) {
        char c = ln->s[sp + i];
        lower = lower && c >= 'a' && c <= 'z';
        upper = upper && c >= 'A' && c <= 'Z';
        w[i] = (char)(c | 0x20);
    }
    w[wl] = '\0';
    bool kind = false;
    for (size_t i = 0; !kind && i < sizeof kinds / sizeof *kinds; i++)
        kind = !strcmp(w, kinds[i]);
    if (!kind || (!lower && !upper) || !rd_text_date_find(ln->s, sp - 1, lang, &d) || !d.whole ||
        d.start != 0)
        return false;
    *dt = d;
    return true;
}

/* Read 1 to max digits at s[*i]; -1 if none. */
static int
digits_at(const char *s, size_t len, size_t *i, int max, int *nd)
{
    int v = 0;
    *nd = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9' && *nd < max)
        v = v * 10 + (s[(*i)++] - '0'), ++*nd;
    return *nd ? v : -1;
}

/* A line that is only a day, a month and a two-digit year between dots
 * ("17.7.11"), as blogs print a post's date over its headline. The date
 * reader leaves that shape alone (a version's number, "3.1.12", and a
 * section's, "4.2.10", have it too): it is read only where a blog's
 * masthead and headline frame it (masthead_over_date). */
static bool
short_dotted_date(const rd_text_line *ln, rd_text_date *dt)
{
    size_t i = 0, len = ln->len;
    int nd1, nd2, nd3;
    int d = digits_at(ln->s, len, &i, 2, &nd1);
    if (d < 1 || i >= len || ln->s[i++] != '.')
        return false;
    int m = digits_at(ln->s, len, &i, 2, &nd2);
    if (m < 1 || m > 12 || i >= len || ln->s[i++] != '.')
        return false;
    int y = digits_at(ln->s, len, &i, 2, &nd3);
    if (nd3 != 2 || i != len)
        return false;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > mdays[m - 1])
        return false;
    y += y < 70 ? 2000 : 1900;
    if (m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)))
        return false;
    *dt = (rd_text_date){.year = y, .month = m, .day = d, .start = 0, .end = len, .whole = true};
    return true;
}

/* The separator between a meta row's fields at s[i]: a spaced middle
 * dot, bullet or bar. Its length with the spaces, or 0. */
size_t
rd_text_row_sep(const char *s, size_t len, size_t i)
{
    static const char *const seps[] = {" \xc2\xb7 ", " \xe2\x80\xa2 ", " | ", " \xe2\x8b\x85 "};
    return rd_text_one_of_at(s, len, i, seps, sizeof seps / sizeof *seps);
}

/* A row of dates set apart by dots, bullets or bars, each with its
 * label: "Published June 4, 2024 at 6:00 a.m. | Updated June 4, 2024 at
 * 9:15 a.m.". The first is the post's. */
static bool
date_row(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    const char *s = ln->s;
    size_t len = ln->len, from = 0, fields = 0;
    for (size_t i = 0, k = 0; i <= len; i = from) {
        while (i < len && (k = rd_text_row_sep(s, len, i)) == 0)
            i++;
        if (i == len && !fields)
            return false; /* no separator */
        rd_text_date d;
        if (i == from || !rd_text_date_find(s + from, i - from, lang, &d) || !d.day ||
            !(d.whole || rd_text_date_label(s + from, d.start)))
            return false;
        if (!fields++)
            *dt = d, dt->start += from, dt->end += from;
        from = i < len ? i + k : len + 1;
    }
    dt->whole = true;
    return fields >= 2;
}

/* A line that is a date and little else (a name glued before it is a
 * byline's). */
bool
rd_text_date_line(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    if (ln->kind == RD_TEXT_PLAIN && ln->words <= 24 && date_row(ln, lang, dt))
        return true;
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 18 &&
           rd_text_date_find(ln->s, ln->len, lang, dt) &&
           (dt->whole || date_then_button(ln, lang, dt) ||
            ((ln->flags & RD_TEXT_F_BADGE) && date_then_badge(ln, lang, dt))) &&
           !rd_text_cjk_name_prefix(ln, lang, dt);
}

bool
rd_text_byline_line(arena *a, const rd_text_line *ln, const char *lang, bool loose,
                    rd_text_byline *b)
{
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 30 &&
           !(ln->flags & RD_TEXT_F_QUESTION) &&
           rd_text_byline_parse(a, ln->s, ln->len, lang, loose, b);
}

/* The run of menu-like lines starting at i: returns the index after its
 * last entry and sets *entries. Entries may stand on consecutive lines or
 * one blank line apart, as browsers copy block links; a date or a byline
 * ends a run ("Title / By A / May 3, 2022", "Title / May 3, 2022 by A" is
 * no menu). */
static size_t
menu_run(arena *a, const rd_text_lines *L, size_t i, const char *lang, size_t *entries)
{
    size_t k = i, end = i, n = 0;
    rd_text_date dt;
    rd_text_byline b;
    while (k < L->n && (rd_text_line_is_link_like(&L->v[k]) || rd_text_is_chrome(&L->v[k])) &&
           !rd_text_date_line(&L->v[k], lang, &dt) &&
           !rd_text_byline_line(a, &L->v[k], lang, false, &b) &&
           !(rd_text_date_by_line(a, &L->v[k], lang, &dt, &b) && b.n)) {
        n++;
        end = ++k;
        /* Step over one blank line and lines of bare separators ("|", "-"). */
        if (k + 1 < L->n && rd_text_is_blank(&L->v[k]) && !rd_text_is_blank(&L->v[k + 1]))
            k++;
        while (k + 1 < L->n && !rd_text_is_blank(&L->v[k]) && !rd_text_line_has_letter(&L->v[k]) &&
               L->v[k].words <= 1)
            k++;
        if (k + 1 < L->n && rd_text_is_blank(&L->v[k]) && !rd_text_is_blank(&L->v[k + 1]))
            k++;
    }
    /* Menu entries are a word or three; a longer line ending the run is
     * the title glued to the menu. */
    while (n > 0 && !rd_text_is_chrome(&L->v[end - 1]) && L->v[end - 1].words >= 4) {
        n--;
        end--;
        while (end > i && rd_text_is_blank(&L->v[end - 1]))
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
        if (ln->kind != RD_TEXT_BLANK && !rd_text_line_is_link_like(ln) && !rd_text_is_chrome(ln))
            return i - 1;
    }
    return L->n;
}

/* The name with each run of spaces and no-break spaces made one space:
 * a copy keeps the page's "Jane&nbsp; Doe". */
static const char *
plain_name(arena *a, const char *s)
{
    if (!strstr(s, "\xc2\xa0"))
        return s;
    size_t n = strlen(s), o = 0;
    char *out = arena_alloc(a, n + 1);
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        bool nbsp = (unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0;
        if (nbsp || s[i] == ' ') {
            i += nbsp;
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = false;
        out[o++] = s[i];
    }
    out[o] = '\0';
    return out;
}

void
rd_text_take_byline(arena *a, doc_meta *meta, const rd_text_byline *b)
{
    /* a translator's or illustrator's credit adds to the authors found
       before it */
    bool credit = b->n && doc_role_code(b->roles[0]);
    if (meta->n_authors == 0 || credit)
        for (size_t k = 0; k < b->n; k++)
            doc_meta_add_author(a, meta, plain_name(a, b->names[k]), b->roles[k]);
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

/* "LOCAL Education": a section in capitals and its subsection, two
 * words, as a site sets its trail over the headline. */
static bool
section_pair(const rd_text_line *ln)
{
    if (ln->words != 2)
        return false;
    const char *sp = memchr(ln->s, ' ', ln->len);
    if (!sp || sp - ln->s < 3)
        return false;
    for (const char *p = ln->s; p < sp; p++)
        if (!(*p >= 'A' && *p <= 'Z'))
            return false;
    const char *w = sp + 1, *e = ln->s + ln->len;
    if (w >= e || !(*w >= 'A' && *w <= 'Z'))
        return false;
    for (const char *p = w + 1; p < e; p++)
        if (!(*p >= 'a' && *p <= 'z'))
            return false;
    return e - w >= 3;
}

/* Two sections' names joined by a plus, as a site names a desk
 * ("Science + Tech", "Politics + Society"): a headline has no plus
 * between its words. */
static bool
plus_pair(const rd_text_line *ln)
{
    if (ln->words < 3 || ln->words > 5)
        return false;
    const char *p = ln->s, *e = ln->s + ln->len;
    size_t plus = 0;
    while (p < e) {
        const char *w = p;
        while (p < e && *p != ' ')
            p++;
        if (p - w == 1 && *w == '+')
            plus++;
        else if (!(*w >= 'A' && *w <= 'Z'))
            return false;
        while (p < e && *p == ' ')
            p++;
    }
    return plus == 1;
}

/* A section label over a title: one word ("Opinion"), a few in
 * capitals ("LOCAL NEWS"), a section and its subsection, or two joined
 * by a plus. */
static bool
is_kicker(const rd_text_line *ln)
{
    /* A line of a script set without spaces is one "word" at any length:
     * a section's name is a few letters of it, a headline more. */
    if (ln->cps > 12 && rd_text_line_has_cjk(ln))
        return false;
    return ln->kind == RD_TEXT_PLAIN && (ln->words == 1 || (ln->words <= 3 && is_all_caps(ln)) ||
                                         section_pair(ln) || plus_pair(ln));
}

/* Written in headline case: at least four words of four letters or more,
 * each opening with a capital ("Steam's Linux Share Ticks Up Again For
 * May"). A dek is written as a sentence ("Valve has published ..."). */
static bool
headline_case(const rd_text_line *ln)
{
    size_t long_words = 0;
    for (uint32_t i = 0; i < ln->len;) {
        while (i < ln->len && ln->s[i] == ' ')
            i++;
        uint32_t st = i;
        while (i < ln->len && ln->s[i] != ' ')
            i++;
        if (i - st < 4)
            continue;
        unsigned char c = (unsigned char)ln->s[st];
        if (c >= 'a' && c <= 'z')
            return false;
        long_words += c >= 'A' && c <= 'Z';
    }
    return long_words >= 4;
}

/* ". X", "! X" or "? X" inside the line. */
bool
rd_text_has_sentence_break(const rd_text_line *ln)
{
    for (uint32_t i = 1; i + 2 < ln->len; i++)
        if ((ln->s[i] == '.' || ln->s[i] == '!' || ln->s[i] == '?') && ln->s[i + 1] == ' ' &&
            ln->s[i + 2] >= 'A' && ln->s[i + 2] <= 'Z' && ln->s[i - 1] >= 'a' &&
            ln->s[i - 1] <= 'z')
            return true;
    return false;
}

/* A short headline trailing off in an ellipsis ("The ministry
 * informs…", "What comes next..."): a line of at most ten words, one
 * phrase (no ". X" inside, no other stop), opening with a capital. A
 * sentence cut off in a teaser is longer or has a stop before its end. */
static bool
trails_off(const rd_text_line *ln)
{
    size_t n = ln->len;
    if (n >= 3 && !memcmp(ln->s + n - 3, "\xe2\x80\xa6", 3))
        n -= 3;
    else if (n >= 3 && !memcmp(ln->s + n - 3, "...", 3))
        n -= 3;
    else
        return false;
    if (!n || ln->s[n - 1] == '.' || ln->s[n - 1] == ' ' || ln->words > 10 || ln->words < 2 ||
        ln->s[0] < 'A' || ln->s[0] > 'Z')
        return false;
    bool capital = false; /* past the first word: a headline's case */
    for (size_t i = 0; i < n; i++) {
        if (ln->s[i] == '.' || ln->s[i] == '!' || ln->s[i] == '?' || ln->s[i] == ':' ||
            ln->s[i] == ';')
            return false;
        capital |= i > 0 && ln->s[i - 1] == ' ' && ln->s[i] >= 'A' && ln->s[i] <= 'Z';
    }
    /* ("Wait for me...", "And then the lights went out..." open a poem or
       a teaser's text) */
    return capital;
}

/* Ends a sentence, as no title does: a full stop ("Why Now?", "Stop!"
 * and a headline trailing off pass). */
static bool
ends_sentence(const rd_text_line *ln)
{
    return (ln->flags & RD_TEXT_F_SENTENCE) && !(ln->flags & RD_TEXT_F_QUESTION) && !trails_off(ln);
}

/* Can this line be a title at all? */
static bool
title_shaped(const rd_text_line *ln)
{
    if (ln->flags & RD_TEXT_F_SOFTEND)
        return false;
    if (ends_sentence(ln))
        return false;
    if (ln->words >= 8 && rd_text_has_sentence_break(ln))
        return false; /* "It rained. We left" is two sentences, not a title */
    return (ln->kind == RD_TEXT_PLAIN || ln->kind == RD_TEXT_HASH) && ln->words >= 1 &&
           ln->words < 25 && ln->cps < 200;
}

/* Line i runs on into the next line (the start of a wrapped paragraph). */
bool
rd_text_runs_on(const rd_text_lines *L, size_t i)
{
    if (i + 1 >= L->n || L->v[i + 1].kind != RD_TEXT_PLAIN || !L->v[i + 1].len)
        return false;
    /* "by Jane Doe" and "by: Jane Doe" under a title open a byline. */
    const rd_text_line *nx = &L->v[i + 1];
    if (nx->len > 3 && nx->s[0] == 'b' && nx->s[1] == 'y' && (nx->s[2] == ' ' || nx->s[2] == ':'))
        return false;
    if ((nx->s[0] >= 'a' && nx->s[0] <= 'z') || (L->v[i].flags & RD_TEXT_F_SOFTEND))
        return true;
    /* Text wrapped at a fixed width (a mail, a text file): this line ends
     * no sentence, the next one's first word would not have fit on it
     * ("...on the corner of Elm" over "Street, and..."), and the next one
     * is wrapped too or ends the sentence (a long headline over a name
     * is no paragraph). */
    const rd_text_line *ln = &L->v[i];
    return L->wrapped && !(ln->flags & RD_TEXT_F_SENTENCE) && ln->cps >= 40 &&
           ln->cps + 1 + nx->first_word > L->width &&
           (nx->cps >= 40 || (nx->flags & RD_TEXT_F_SENTENCE));
}

static bool
same_text(const rd_text_line *x, const char *s)
{
    return s && strlen(s) == x->len && memcmp(x->s, s, x->len) == 0;
}

/* Read lines under the title from i; returns the first body line. */
/* A bar of buttons under the title ("Donate", "Report", "Previous",
 * "Next", "Advertisement"): four short entries or more, one of them
 * known chrome, with more text after them. Returns the line after it, or
 * i when there is none: a list of short lines under a title (a poem,
 * ingredients) names no button. */
static size_t
toolbar_end(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    size_t entries, end = menu_run(a, L, i, lang, &entries);
    bool button = false;
    for (size_t k = i; k < end && !button; k++)
        button = rd_text_is_chrome(&L->v[k]);
    return entries >= 4 && button && rd_text_next_nonblank(L, end) < L->n ? end : i;
}

static size_t
under_title(arena *a, rd_text_lines *L, size_t i, const char *lang, doc_meta *meta)
{
    bool seen_meta = false;
    /* An underline ("=====") right under the title belongs to it. */
    if (i < L->n && L->v[i].kind == RD_TEXT_RULE)
        L->v[i++].role = RD_TEXT_META;
    for (i = rd_text_next_nonblank(L, i); i < L->n; i = rd_text_next_nonblank(L, i + 1)) {
        rd_text_line *ln = &L->v[i];
        rd_text_date dt;
        rd_text_byline b;
        size_t nx = rd_text_next_nonblank(L, i + 1);
        if (ln->role != RD_TEXT_CONTENT) {
            /* Already read before the title was found (after a menu). */
            seen_meta |= ln->role == RD_TEXT_META;
            continue;
        }
        rd_text_date d2;
        size_t tb;
        if (rd_text_is_chrome(ln) || same_text(ln, meta->title) || rd_text_source_tagline(ln)) {
            ln->role = RD_TEXT_DROP;
        } else if (rd_text_date_line(ln, lang, &dt)) {
            if (!meta->date) {
                meta->date = rd_text_date_format(a, &dt);
                ln->role = RD_TEXT_META;
            } else {
                ln->role = RD_TEXT_DROP; /* "Updated ..." */
            }
            seen_meta = true;
        } else if (rd_text_byline_line(a, ln, lang, true, &b)) {
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
            seen_meta = true;
        } else if (rd_text_date_by_line(a, ln, lang, &dt, &b) && b.n) {
            /* "11/28/2016 11:00 AM PST BY JANE MARSH": the date and its
             * poster, under a dek as right under the title. */
            rd_text_take_byline(a, meta, &b);
            if (!meta->date)
                meta->date = rd_text_date_format(a, &dt);
            ln->role = RD_TEXT_META;
            seen_meta = true;
        } else if (meta->n_authors == 0 && ln->kind == RD_TEXT_PLAIN && ln->words <= 8 &&
                   nx < L->n &&
                   (rd_text_date_line(&L->v[nx], lang, &d2) ||
                    rd_text_date_label(L->v[nx].s, L->v[nx].len)) &&
                   rd_text_byline_names(a, ln->s, ln->len, &b)) {
            /* A bare name over the date, or over a date without its year
             * ("Today 12:34pm", "March 18 at 9:05 AM"), is the author. */
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
            seen_meta = true;
        } else if (!rd_text_line_has_letter(ln)) {
            ln->role = RD_TEXT_DROP; /* "·", "|", reaction counts */
        } else if (!meta->subtitle && !seen_meta && ln->kind == RD_TEXT_PLAIN) {
            /* The dek may be wrapped over a few lines. */
            size_t e = i, words = ln->words;
            while (rd_text_runs_on(L, e) && words <= 60)
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
                size_t after = rd_text_next_nonblank(L, e + 1);
                rd_text_byline b2;
                if (!(after < L->n && (rd_text_date_line(&L->v[after], lang, &d2) ||
                                       rd_text_byline_line(a, &L->v[after], lang, false, &b2))))
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
            if (rd_text_next_nonblank(L, e + 1) >= L->n) {
                /* Nothing after it: it is the body, not a dek. */
                for (size_t k = i; k <= e; k++)
                    L->v[k].role = RD_TEXT_CONTENT;
                return i;
            }
            meta->subtitle = text;
            i = e;
        } else if ((tb = toolbar_end(a, L, i, lang)) != i) {
            for (size_t k = i; k < tb; k++)
                if (!rd_text_is_blank(&L->v[k]))
                    L->v[k].role = RD_TEXT_DROP;
            i = tb - 1;
        } else {
            return i;
        }
    }
    return L->n;
}

/* ---- The anchored reading ----
 *
 * A page copied with select-all puts the article's header in a cluster
 * right above the first paragraph: title, then in some order the dek, the
 * byline or a bare author name (with a role line under it), the date with
 * its labels ("Published", "Last updated"), reading time, share buttons
 * and a lead picture's caption and credit. Menus above it can hold lines
 * of any shape, so the title is looked for from the text downwards, not
 * from the top of the page upwards: find where the text starts, walk back
 * over the cluster's furniture, and the last one or two lines left are the
 * dek and the title. Everything above the title is the page's.
 */

bool
rd_text_starts_lower(const rd_text_line *ln)
{
    return ln->len && ln->s[0] >= 'a' && ln->s[0] <= 'z';
}

bool
rd_text_starts_ci(const rd_text_line *ln, const char *p)
{
    size_t n = strlen(p);
    return ln->len >= n && strncasecmp(ln->s, p, n) == 0;
}

/* A picture's credit line. */
static bool
is_credit(const rd_text_line *ln)
{
    return ln->chrome && (rd_text_starts_ci(ln, "credit") || rd_text_starts_ci(ln, "photograph") ||
                          rd_text_starts_ci(ln, "photo") || rd_text_starts_ci(ln, "foto") ||
                          rd_text_starts_ci(ln, "bild") || rd_text_starts_ci(ln, "image source"));
}

/* Words from s[i] to s[e) that all open with a capital, and how many
 * (0 when one does not, or holds a digit). */
static size_t
capital_words(const char *s, size_t i, size_t e)
{
    size_t n = 0;
    for (size_t k = i; k < e; k++) {
        if (s[k] == ' ')
            continue;
        if (k > i && s[k - 1] != ' ')
            continue;
        if (!(s[k] >= 'A' && s[k] <= 'Z'))
            return 0;
        n++;
    }
    for (size_t k = i; k < e; k++)
        if (s[k] >= '0' && s[k] <= '9')
            return 0;
    return n;
}

/* A caption with its credit run on ("Officers stand near the site.Jane
 * Marsh / Harbour Press"): a sentence, then the photographer's name
 * glued or spaced after its full stop, a spaced slash and the agency. */
bool
rd_text_credited_caption(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || (ln->flags & RD_TEXT_F_SENTENCE) || ln->words < 6 ||
        ln->len < 20)
        return false;
    size_t slash = 0;
    for (size_t k = ln->len - 3; k > 0 && !slash; k--)
        if (ln->s[k] == ' ' && ln->s[k + 1] == '/' && ln->s[k + 2] == ' ')
            slash = k;
    if (!slash)
        return false;
    size_t agency = capital_words(ln->s, slash + 3, ln->len);
    if (agency < 1 || agency > 4)
        return false;
    size_t stop = slash;
    while (stop > 0 && ln->s[stop - 1] != '.')
        stop--;
    if (stop < 12)
        return false;
    size_t name = capital_words(ln->s, stop, slash);
    return name >= 2 && name <= 4;
}

/* A caption: the line right above a credit. */
bool
rd_text_is_caption(const rd_text_lines *L, size_t i)
{
    size_t j = rd_text_next_nonblank(L, i + 1);
    return j < L->n && !is_credit(&L->v[i]) && is_credit(&L->v[j]);
}

/* A label whose value is the next line: "From:", "Published in", "Writer for". */
bool
rd_text_is_label(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words == 0 || ln->words > 3 || !ln->len)
        return false;
    /* The colon, or the full-width one of Chinese and Japanese
     * ("\xe9\x96\xa2\xe9\x80\xa3\xef\xbc\x9a"). */
    if (ln->s[ln->len - 1] == ':' ||
        (ln->len > 3 && !memcmp(ln->s + ln->len - 3, "\xef\xbc\x9a", 3)))
        return true;
    /* (a button is no label: "Sign in", "Log in", "Subscribe now" over
       the headline label nothing) */
    if (ln->words < 2 || !(ln->s[0] >= 'A' && ln->s[0] <= 'Z') || rd_text_is_chrome(ln))
        return false;
    size_t st = ln->len;
    while (st > 0 && ln->s[st - 1] != ' ')
        st--;
    size_t wl = ln->len - st;
    if (wl < 2 || wl > 4)
        return false;
    for (size_t i = st; i < ln->len; i++)
        if (ln->s[i] < 'a' || ln->s[i] > 'z')
            return false;
    return true;
}

/* A label whose cell is followed by a tab and nothing: its value is on
 * the lines under it. */
static bool
empty_field(const rd_text_line *ln)
{
    const char *end = ln->raw + ln->raw_len, *after = ln->s + ln->len;
    return ln->len > 0 && after >= ln->raw && after < end &&
           memchr(after, '\t', (size_t)(end - after)) != NULL;
}

/* A field of a fact box: "Opened<TAB>1911", "Coordinates: 59°07′N", or
 * a label whose cell is followed by a tab and nothing ("Members<TAB>",
 * its values on the lines under it). */
bool
rd_text_is_field(const rd_text_line *ln)
{
    if (memchr(ln->s, '\t', ln->len) || empty_field(ln))
        return true;
    const char *c = memchr(ln->s, ':', ln->len);
    size_t at = c ? (size_t)(c - ln->s) : 0;
    return c && at + 2 < ln->len && ln->s[at + 1] == ' ' && ln->s[at + 2] >= '0' &&
           ln->s[at + 2] <= '9' && memchr(ln->s, ' ', at) == NULL;
}

/* Line i is one of the values listed under such a label ("Members<TAB>"
 * over "Jane Doe" and "Jon Park"), a few lines with no blank between:
 * the fact box's, not a byline. */
bool
rd_text_field_value(const rd_text_lines *L, size_t i)
{
    for (size_t k = i, n = 0; k-- > 0 && n < 6; n++) {
        if (L->v[k].kind == RD_TEXT_BLANK)
            return false;
        if (empty_field(&L->v[k]))
            return true;
    }
    return false;
}

/* The bytes of a byline's separator ending at s[n-1] ("-", "|", "/",
 * "\xc2\xb7", "\xe2\x80\x94", "\xe2\x80\x93", "\xe2\x80\xa2"), else 0. */
size_t
rd_text_sep_before(const char *s, size_t n)
{
    if (n >= 1 && (s[n - 1] == '-' || s[n - 1] == '|' || s[n - 1] == '/'))
        return 1;
    if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xB7)
        return 2; /* · */
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
        ((unsigned char)s[n - 1] == 0x94 || (unsigned char)s[n - 1] == 0x93 ||
         (unsigned char)s[n - 1] == 0xA2))
        return 3; /* — – • */
    return 0;
}

/* Words that name a page's section or series, not a person: "Travel
 * Notes / July 19, 2013", "World News - May 2, 2020" (lower case). */
static const char *const section_words[] = {
    "news",        "notes",    "travel",    "opinion", "opinions",      "sport",      "sports",
    "culture",     "business", "politics",  "world",   "science",       "technology", "tech",
    "health",      "food",     "style",     "arts",    "books",         "music",      "film",
    "lifestyle",   "features", "reviews",   "blog",    "diary",         "letters",    "essays",
    "weather",     "local",    "editorial", "column",  "columns",       "briefing",   "dispatches",
    "environment", "economy",  "education", "media",   "entertainment", "fashion",    "events",
    "video",       "videos",   "podcast",   "photos",  "analysis",      "interviews", "updates",
    "stories",     "comment",  "magazine",  "journal", "digest",        "report",     "reports",
};

/* A name one of whose words is a section's: the label of a section or a
 * series over the date, not its author. */
bool
rd_text_section_label_name(const char *name)
{
    for (const char *p = name; *p;) {
        while (*p == ' ')
            p++;
        const char *st = p;
        while (*p && *p != ' ')
            p++;
        for (size_t k = 0; p > st && k < sizeof section_words / sizeof *section_words; k++)
            if (strlen(section_words[k]) == (size_t)(p - st) &&
                !strncasecmp(st, section_words[k], (size_t)(p - st)))
                return true;
    }
    return false;
}

/* Past the spaces and punctuation at s[i]: ASCII marks and the General
 * Punctuation block (dashes, curly quotes, the ellipsis). */
static size_t
skip_marks(const char *s, size_t len, size_t i)
{
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9'))
            i++;
        else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80)
            i += 3;
        else
            break;
    }
    return i;
}

/* x and y hold the same letters and digits in the same order, twenty
 * or more of them: "Tom -- A Wish ... Granted!" and "Tom A Wish ...
 * Granted!" are one headline, its dash set apart in one copy and lost
 * from the copied text. */
static bool
same_letters(const rd_text_line *x, const rd_text_line *y)
{
    size_t i = 0, j = 0, n = 0;
    for (;;) {
        i = skip_marks(x->s, x->len, i);
        j = skip_marks(y->s, y->len, j);
        if (i == x->len || j == y->len)
            return i == x->len && j == y->len && n >= 20;
        if ((x->s[i] | 0x20) != (y->s[j] | 0x20))
            return false;
        i++, j++, n++;
    }
}

/* A line of 30 words or fewer that stands again within 40 lines, maybe
 * with other punctuation: a headline printed twice (in a sticky bar and
 * as the heading, or as a teaser and the title), not the text's first
 * paragraph. */
bool
rd_text_printed_twice(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->words > 30)
        return false;
    size_t from = i > 40 ? i - 40 : 0, to = i + 40 < L->n ? i + 40 : L->n;
    for (size_t j = from; j < to; j++) {
        const rd_text_line *o = &L->v[j];
        if (j == i || o->len + 12 < ln->len || ln->len + 12 < o->len)
            continue;
        if ((o->len == ln->len && memcmp(o->s, ln->s, ln->len) == 0) || same_letters(o, ln))
            return true;
    }
    return false;
}

static bool title_ok(const rd_text_line *ln);

/* Line j stands again further down, with no prose line between the two
 * copies, and no prose between `from` and j either. */
static bool
twice_below(const rd_text_lines *L, size_t j, size_t from)
{
    const rd_text_line *ln = &L->v[j];
    for (size_t k = from + 1; k < j; k++)
        if (!rd_text_is_blank(&L->v[k]) && rd_text_line_is_prose(&L->v[k]))
            return false;
    for (size_t k = j + 1, seen = 0; k < L->n && seen < 12; k++) {
        const rd_text_line *x = &L->v[k];
        if (rd_text_is_blank(x))
            continue;
        seen++;
        if (x->len == ln->len && memcmp(x->s, ln->s, ln->len) == 0)
            return true;
        if (rd_text_line_is_prose(x))
            return false;
    }
    return false;
}

/* Line i is a header line only as a bare name (no date, no byline). */
static bool
only_name(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    rd_text_date dt;
    rd_text_byline b;
    return !rd_text_date_line(ln, lang, &dt) && !rd_text_byline_line(a, ln, lang, false, &b) &&
           !rd_text_date_by_line(a, ln, lang, &dt, &b);
}

/* The header over line i (its eight lines) names the author already: a
 * byline, or a bare name next to a date. */
static bool
named_above(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    bool date = false, name = false;
    for (size_t k = i, seen = 0; k-- > 0 && seen < 8;) {
        const rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        rd_text_byline b;
        if (rd_text_is_blank(ln))
            continue;
        seen++;
        if (rd_text_byline_line(a, ln, lang, false, &b) ||
            (rd_text_date_by_line(a, ln, lang, &dt, &b) && b.n > 0))
            return true;
        date = date || rd_text_date_line(ln, lang, &dt) || rd_text_dated_line(ln, lang, &dt);
        name = name || rd_text_bare_name(a, L, k, &b);
    }
    return date && name;
}

/* The first two words of line k equal those of line j. */
static bool
same_lead(const rd_text_line *x, const rd_text_line *y)
{
    size_t n = 0, spaces = 0;
    while (n < x->len && n < y->len && x->s[n] == y->s[n] && spaces < 2)
        spaces += x->s[n++] == ' ';
    return spaces == 2;
}

/* Line k is one of three or more short lines running together that open
 * with the same two words ("Slot to Home", "Slot to Links", "Share on
 * Facebook 0"): a tool menu's entries, not headlines. */
bool
rd_text_same_lead_run(const rd_text_lines *L, size_t k)
{
    const rd_text_line *ln = &L->v[k];
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 3 || ln->words > 6)
        return false;
    size_t from = k, to = k;
    while (from > 0 && !rd_text_is_blank(&L->v[from - 1]) && same_lead(&L->v[from - 1], ln) &&
           L->v[from - 1].words <= 6)
        from--;
    while (to + 1 < L->n && !rd_text_is_blank(&L->v[to + 1]) && same_lead(&L->v[to + 1], ln) &&
           L->v[to + 1].words <= 6)
        to++;
    return to - from >= 2;
}

/* The title-shaped line over a "By" line among the twelve lines over
 * line i, or (size_t)-1: the header has its title, and a headline under
 * its date is a video's caption or a teaser. */
static size_t
titled_byline_over(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    for (size_t k = i, seen = 0; k-- > 1 && seen < 12;) {
        rd_text_byline b;
        if (rd_text_is_blank(&L->v[k]))
            continue;
        seen++;
        if (rd_text_byline_line(a, &L->v[k], lang, false, &b) && b.n > 0 &&
            rd_text_starts_ci(&L->v[k], "by ")) {
            size_t p = k;
            while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
                p--;
            return p > 0 && title_ok(&L->v[p - 1]) && L->v[p - 1].words >= 4 ? p - 1 : (size_t)-1;
        }
    }
    return (size_t)-1;
}

/* A "By" line stands right under line y, and over line x, with nothing
 * else between y and x. */
static bool
by_under(arena *a, const rd_text_lines *L, size_t y, size_t x, const char *lang)
{
    size_t k = rd_text_next_nonblank(L, y + 1);
    rd_text_byline b;
    rd_text_date dt;
    return k < x && rd_text_next_nonblank(L, k + 1) == x && rd_text_starts_ci(&L->v[k], "by ") &&
           (rd_text_byline_line(a, &L->v[k], lang, false, &b) ||
            rd_text_date_by_line(a, &L->v[k], lang, &dt, &b));
}

/* A headline written as one or two short sentences with their full stop
 * ("Wild goats ruled this island. Now it is reborn."), line y right over
 * the dek at d: a full stop ends a title only with the whole header
 * under it, so the dek must be followed by the byline or the date
 * before the text, and nothing over the line may read as prose. */
/* Line t is a headline: title-shaped, two words or more, not a section's
 * label in capitals, not chrome, nor the last of a menu's entries (two
 * or more short lines glued over it). */
static bool
headline_over(const rd_text_lines *L, size_t t)
{
    const rd_text_line *ln = &L->v[t];
    if (!title_ok(ln) || ln->words < 2 || is_all_caps(ln) || rd_text_is_chrome(ln) ||
        rd_text_line_is_prose(ln))
        return false;
    size_t entries = 0;
    for (size_t k = t; k > 0 && entries < 2; k--) {
        const rd_text_line *u = &L->v[k - 1];
        if (rd_text_is_blank(u) || !(rd_text_line_is_link_like(u) || rd_text_is_chrome(u)))
            break;
        entries++;
    }
    return entries < 2;
}

static bool
dotted_title(arena *a, const rd_text_lines *L, size_t y, size_t d, size_t body, const char *lang)
{
    const rd_text_line *ln = &L->v[y];
    if (d != y + 1 || ln->kind != RD_TEXT_PLAIN || (ln->flags & RD_TEXT_F_QUESTION) ||
        !(ln->flags & RD_TEXT_F_SENTENCE) || ln->words < 4 || ln->words > 15 || ln->cps >= 120 ||
        rd_text_starts_lower(ln) || rd_text_runs_on(L, y))
        return false;
    /* "It rained. We left. Then it snowed." is a paragraph's start. */
    size_t breaks = 0;
    for (uint32_t i = 1; i + 2 < ln->len; i++)
        breaks += (ln->s[i] == '.' || ln->s[i] == '!' || ln->s[i] == '?') && ln->s[i + 1] == ' ';
    if (breaks > 1)
        return false;
    size_t p = y;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    if (p > 0 && rd_text_line_is_prose(&L->v[p - 1]) && !rd_text_is_chrome(&L->v[p - 1]))
        return false;
    /* A headline over it ("Ferry Service Returns" over "The boat is
     * back.") is the title, and the sentence its dek; a section's label
     * in capitals ("HARBOURS") or a menu's entry is no headline. */
    if (p > 0 && headline_over(L, p - 1))
        return false;
    for (size_t k = rd_text_next_nonblank(L, d + 1), seen = 0; k < body && seen < 2;
         k = rd_text_next_nonblank(L, k + 1), seen++) {
        rd_text_date dt;
        rd_text_byline b;
        if (rd_text_date_line(&L->v[k], lang, &dt) ||
            rd_text_byline_line(a, &L->v[k], lang, false, &b))
            return true;
    }
    return false;
}

/* Where the text starts: the first line that reads like prose (or opens
 * a hard-wrapped paragraph) and is not a dek or caption, which have a
 * byline or date under them before the next prose, nor a headline
 * printed twice. */
static size_t
find_anchor(arena *a, const rd_text_lines *L, const char *lang)
{
    for (size_t i = 0; i < L->n; i++) {
        const rd_text_line *ln = &L->v[i];
        rd_text_date rowd;
        rd_text_byline rowb;
        if (ln->kind != RD_TEXT_PLAIN || rd_text_is_chrome(ln) || rd_text_starts_lower(ln) ||
            rd_text_is_caption(L, i) || rd_text_header_note(a, L, i, lang) ||
            date_row(ln, lang, &rowd) ||
            (ln->words <= 40 && rd_text_meta_row(a, ln, lang, &rowd, &rowb)))
            continue;
        bool prose = rd_text_line_is_prose(ln);
        if (!prose && ln->cps >= 50 && ln->words >= 8 && i + 1 < L->n) {
            const rd_text_line *nx = &L->v[i + 1];
            prose =
                nx->kind == RD_TEXT_PLAIN && (rd_text_starts_lower(nx) || rd_text_runs_on(L, i));
        }
        if (!prose || rd_text_printed_twice(L, i))
            continue;
        /* A headline with its full stop over its dek and byline. */
        if (i + 1 < L->n && dotted_title(a, L, i, i + 1, L->n, lang))
            continue;
        /* "By Jane Doe, a reporter. She covers the coast.": a byline
         * with a word about its author, no text. */
        rd_text_byline bb;
        if (rd_text_starts_ci(ln, "by ") && rd_text_byline_line(a, ln, lang, false, &bb))
            continue;
        bool header = false;
        size_t seen = 0;
        for (size_t j = rd_text_next_nonblank(L, i + 1); j < L->n && seen < 12;
             j = rd_text_next_nonblank(L, j + 1), seen++) {
            const rd_text_line *x = &L->v[j];
            /* A bare name under the line is a picture's credit when the
             * header over it names the author already. */
            if (!rd_text_is_chrome(x) && rd_text_header_meta(a, L, j, lang) &&
                (!rd_text_line_is_prose(x) || rd_text_starts_ci(x, "by ")) &&
                !(only_name(a, L, j, lang) && named_above(a, L, i, lang))) {
                header = true;
                break;
            }
            /* A headline printed twice under it, both copies before the
             * next prose: the line is a notice over the article's header
             * ("This story is unlisted ..."), not its text. */
            if (x->words >= 3 && title_ok(x) && !rd_text_is_chrome(x) && twice_below(L, j, i)) {
                header = true;
                break;
            }
            if (rd_text_line_is_prose(x) && !rd_text_starts_lower(x) && !rd_text_is_chrome(x) &&
                !rd_text_is_caption(L, j) && !rd_text_header_note(a, L, j, lang))
                break;
        }
        if (!header)
            return i;
    }
    return L->n;
}

/* A line opening with a wave dash, U+FF5E or U+301C. */
static bool
opens_with_wave(const rd_text_line *ln)
{
    return ln->len > 3 &&
           (memcmp(ln->s, "\xef\xbd\x9e", 3) == 0 || memcmp(ln->s, "\xe3\x80\x9c", 3) == 0);
}

/* A half of such a headline: a line that may start in lower case
 * ("iiyama PC"), ends with no full stop nor comma, and holds CJK. */
static bool
headline_half(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN && !(ln->flags & RD_TEXT_F_SOFTEND) &&
           (!(ln->flags & RD_TEXT_F_SENTENCE) || (ln->flags & RD_TEXT_F_QUESTION)) &&
           ln->cps < 120 && rd_text_line_has_cjk(ln);
}

/* A short entry ending a run of menu entries ("Home", "About", "News"). */
static bool
ends_menu(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    /* A line of a script set without spaces is one "word" at any length:
     * a menu's label is a few letters of it, a headline more. */
    if (!rd_text_line_is_link_like(ln) || ln->words > 3 ||
        (ln->cps > 12 && rd_text_line_has_cjk(ln)))
        return false;
    size_t seen = 0;
    for (size_t k = i; k > 0 && seen < 2;) {
        k--;
        if (rd_text_is_blank(&L->v[k]))
            continue;
        if (L->v[k].words > 3 ||
            (!rd_text_line_is_link_like(&L->v[k]) && !rd_text_is_chrome(&L->v[k])))
            return false;
        seen++;
    }
    return seen == 2;
}

static bool
title_ok(const rd_text_line *ln)
{
    if (ln->flags & RD_TEXT_F_SOFTEND)
        return false;
    if (ends_sentence(ln))
        return false;
    return (ln->kind == RD_TEXT_PLAIN || ln->kind == RD_TEXT_HASH) && ln->words >= 1 &&
           ln->words < 25 && ln->cps < 200 && !rd_text_starts_lower(ln);
}

/* Line x ends with the whole of line t after a space, a no-break space
 * or a breadcrumb's separator: "Home > News > Title", "Vous êtes
 * Accueil»News»Title", or a trail copied as words ("Home News Title"). */
static bool
trail_ends_with(const rd_text_line *x, const rd_text_line *t)
{
    if (x->len <= t->len + 1 || memcmp(x->s + x->len - t->len, t->s, t->len) != 0)
        return false;
    const unsigned char *e = (const unsigned char *)x->s + x->len - t->len;
    /* Joined by a space alone ("Search & Section Navigation" ends with
     * "Section Navigation"), the step must be a headline: four words or
     * more, or CJK. A step before it is a section's name, which ends no
     * sentence: "Video of Why? Notes from ..." is a caption ending with
     * the dek's words. */
    if (e[-1] == ' ')
        return (t->words >= 4 || rd_text_line_has_cjk(t)) &&
               !(e - 1 > (const unsigned char *)x->s && strchr(".?!", e[-2]));
    if (e[-1] == '>' || e[-1] == '/' || e[-1] == '|')
        return true;
    /* U+00A0 no-break space, U+00BB », U+00B7 ·; U+203A ›, U+2192 →. */
    if (x->len - t->len >= 2 && e[-2] == 0xC2 && (e[-1] == 0xA0 || e[-1] == 0xBB || e[-1] == 0xB7))
        return true;
    return x->len - t->len >= 3 && e[-3] == 0xE2 &&
           ((e[-2] == 0x80 && e[-1] == 0xBA) || (e[-2] == 0x86 && e[-1] == 0x92));
}

/* Line x ends with the whole of a headline t of four words or more, after
 * a space: a caption or a teaser of the same story. */
static bool
ends_with_line(const rd_text_line *x, const rd_text_line *t)
{
    return t->words >= 4 && x->len > t->len + 1 && x->s[x->len - t->len - 1] == ' ' &&
           memcmp(x->s + x->len - t->len, t->s, t->len) == 0;
}

/* Line j is an entry of the site's menu: five words at most, between two
 * link-like lines that are no known chrome (sections, not the share
 * buttons a sticky bar prints beside the title). A section's name
 * ("Justice et faits divers") that the kicker over the headline prints
 * again is no copy of the title. */
static bool
menu_copy(const rd_text_lines *L, size_t j)
{
    if (L->v[j].words > 5 || !rd_text_line_is_link_like(&L->v[j]))
        return false;
    size_t p = j, n = rd_text_next_nonblank(L, j + 1);
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && n < L->n && rd_text_line_is_link_like(&L->v[p - 1]) &&
           !rd_text_is_chrome(&L->v[p - 1]) && rd_text_line_is_link_like(&L->v[n]) &&
           !rd_text_is_chrome(&L->v[n]);
}

/* The last of two copies of a title-shaped line of four words or more
 * among the 30 lines over the text; (size_t)-1 when there is none. Menu
 * entries printed twice (desktop and mobile menus) are shorter. The first
 * copy may end a breadcrumb trail, whose last step is the page's own
 * headline; such a copy counts for a headline of 16 characters or more
 * too (CJK headlines hold few spaces), longer than a section's name. */
static size_t
repeated_title(arena *a, const rd_text_lines *L, size_t body, const char *lang, size_t *first)
{
    size_t from = body > 30 ? body - 30 : 0;
    for (size_t k = body; k-- > from;) {
        const rd_text_line *ln = &L->v[k];
        if (rd_text_is_blank(ln) || (ln->words < 4 && ln->cps < 16) || !title_ok(ln) ||
            rd_text_furniture(a, L, k, lang))
            continue;
        for (size_t j = from; j < k; j++)
            if ((ln->words >= 4 && L->v[j].len == ln->len &&
                 memcmp(L->v[j].s, ln->s, ln->len) == 0 && !menu_copy(L, j)) ||
                trail_ends_with(&L->v[j], ln)) {
                *first = j;
                return k;
            }
    }
    return (size_t)-1;
}

/* The dek on the lines from d on, before the text at body: a sentence or
 * a line of six words or more, maybe wrapped. False when there is none. */
static bool
dek_at(arena *a, const rd_text_lines *L, size_t d, size_t body, const char *lang, size_t *s,
       size_t *e)
{
    rd_text_byline nb;
    while (d < body && rd_text_is_chrome(&L->v[d])) /* a caption with its credit */
        d = rd_text_next_nonblank(L, d + 1);
    if (d >= body || rd_text_furniture(a, L, d, lang) || rd_text_bare_name(a, L, d, &nb) ||
        rd_text_starts_lower(&L->v[d]) || (L->v[d].flags & RD_TEXT_F_SOFTEND) ||
        !(L->v[d].words >= 6 || (L->v[d].flags & RD_TEXT_F_SENTENCE)) || L->v[d].words > 60)
        return false;
    size_t k = d;
    while (k + 1 < body && k - d < 4 && rd_text_runs_on(L, k))
        k++;
    if (L->v[k].flags & RD_TEXT_F_SOFTEND)
        return false;
    *s = d, *e = k;
    return true;
}

/* Line k stands in a run of three or more short link-like lines (a table
 * of contents, a bar of buttons and counters), consecutive or one blank
 * apart: "Lifecycle of a task" among "Glossary" and "Features". */
static bool
in_link_run(const rd_text_lines *L, size_t k)
{
    if (!rd_text_line_is_link_like(&L->v[k]))
        return false;
    size_t run = 1;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t j = k;
        for (int seen = 0; seen < 2;) {
            if (dir < 0 ? j == 0 : j + 1 >= L->n)
                break;
            j = dir < 0 ? j - 1 : j + 1;
            if (rd_text_is_blank(&L->v[j])) {
                size_t j2 = dir < 0 ? j - (j > 0) : j + 1;
                if (j2 == j || j2 >= L->n || rd_text_is_blank(&L->v[j2]))
                    break;
                continue;
            }
            if (!rd_text_line_is_link_like(&L->v[j]) && !rd_text_is_chrome(&L->v[j]))
                break;
            run++, seen++;
        }
    }
    return run >= 3;
}

/* s occurs in the line, ignoring ASCII case. */
bool
rd_text_has_word_ci(const rd_text_line *ln, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + n <= ln->len; i++)
        if (strncasecmp(ln->s + i, s, n) == 0)
            return true;
    return false;
}

bool
rd_text_has_digit(const rd_text_line *ln)
{
    for (uint32_t i = 0; i < ln->len; i++)
        if (ln->s[i] >= '0' && ln->s[i] <= '9')
            return true;
    return false;
}

/* A "Related" box (a line that opens an end-of-article box, over
 * headlines and their bylines) standing right over the text at `body`:
 * the index of its opening line, or (size_t)-1 when there is none. Only
 * lines that are no prose stand between the two. */
static size_t
related_box(const rd_text_lines *L, size_t body, const char *lang)
{
    bool headline = false;
    for (size_t k = body, seen = 0; k-- > 0 && seen < 16;) {
        const rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        if (rd_text_is_blank(ln))
            continue;
        /* "Comments" in the header is a button; the box is the one
         * that names other stories. */
        if ((ln->chrome & 0x0F) == RD_TEXT_CHROME_CUT)
            return headline && !rd_text_has_word_ci(ln, "comment") &&
                           !rd_text_has_word_ci(ln, "komment")
                       ? k
                       : (size_t)-1;
        /* The header's own date means this is the header. */
        if (rd_text_line_is_prose(ln) || ln->words > 20 || rd_text_date_line(ln, lang, &dt))
            return (size_t)-1;
        headline = headline || (ln->words >= 4 && title_ok(ln));
        seen++;
    }
    return (size_t)-1;
}

/* Line k stands over line t with three lines or more between them, or
 * with a menu's entry between them ("Home"), maybe under other
 * headlines: not the title's kicker or byline, which can be long too but
 * stand right over it. */
static bool
far_over(const rd_text_lines *L, size_t k, size_t t)
{
    size_t n = 0;
    bool entry = false, list = true;
    for (size_t j = k + 1; j < t && n < 3; j++) {
        const rd_text_line *x = &L->v[j];
        if (rd_text_is_blank(x))
            continue;
        n++;
        bool e = rd_text_line_is_link_like(x) || rd_text_is_chrome(x);
        entry = entry || e;
        list = list && (e || (x->words >= 4 && x->words <= 20 && title_ok(x) &&
                              !(x->flags & RD_TEXT_F_SENTENCE)));
    }
    return k < t && (n >= 3 || (entry && list));
}

/* A long line with no sentence's end amid menu entries, or printed
 * twice: another story's headline (with its author's name glued on,
 * often), not a paragraph the header reading would lose. */
static bool
teaser(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND) || ln->words > 30 ||
        (i + 1 < L->n && rd_text_starts_lower(&L->v[i + 1])))
        return false;
    if (rd_text_printed_twice(L, i))
        return true;
    /* Two of the four lines around it are menu entries or chrome. */
    int entries = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t j = i;
        for (int seen = 0; seen < 2;) {
            if (dir < 0 ? j == 0 : j + 1 >= L->n)
                break;
            j = dir < 0 ? j - 1 : j + 1;
            if (rd_text_is_blank(&L->v[j]))
                continue;
            seen++;
            /* ... or other headlines: a list of stories. */
            const rd_text_line *x = &L->v[j];
            entries += rd_text_line_is_link_like(x) || rd_text_is_chrome(x) ||
                       (x->words >= 4 && x->words <= 20 && title_ok(x) &&
                        !(x->flags & RD_TEXT_F_SENTENCE));
        }
    }
    return entries >= 2;
}

/* y is a section's label over the title x ("Tech Review" over "A
 * Phone That Folds Twice"): a word or three over a longer line that is
 * no sentence, with the page's chrome right over it or a date between
 * the two. A short title at the top of an article ("The Corner Cafe"
 * over its dek) has neither. */
static bool
label_over(const rd_text_lines *L, size_t y, size_t x, bool one_line, bool meta_between)
{
    const rd_text_line *yl = &L->v[y], *xl = &L->v[x];
    if (!(one_line && yl->words <= 3 && xl->words > yl->words && xl->words <= 15 &&
          !(xl->flags & RD_TEXT_F_SENTENCE)))
        return false;
    size_t p = y;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    return meta_between || (p > 0 && rd_text_is_chrome(&L->v[p - 1]));
}

/* A word or three. Chinese and Japanese set no spaces between words: a
 * line of their script counts as one "word", so it must be short too (a
 * column's name: "コラム", "国際ニュース"), not a whole headline. */
static bool
few_words(const rd_text_line *ln)
{
    return ln->words <= 3 && (ln->cps <= 12 || !rd_text_line_has_cjk(ln));
}

/* x, a word or three, stands right under y, a headline of four words or
 * more (one blank line apart at most): x labels the column. Not when
 * another headline-shaped line stands right over y (the end of a table
 * of contents: "Example 6: Divergent changesets", "Conclusion"). */
static bool
label_under(const rd_text_lines *L, size_t y, size_t x)
{
    const rd_text_line *yl = &L->v[y], *xl = &L->v[x];
    if (!(few_words(xl) && (yl->words >= 4 || !few_words(yl)) && title_ok(yl) && !is_kicker(yl) &&
          !is_all_caps(yl) && !rd_text_runs_on(L, y) && x - y <= 2 && !rd_text_is_chrome(yl) &&
          !in_link_run(L, y)))
        return false;
    size_t p = y;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    return p == 0 || rd_text_is_chrome(&L->v[p - 1]) || !title_ok(&L->v[p - 1]) ||
           L->v[p - 1].words < 3;
}

/* Title, dek and header lines from the anchor up; returns the first body
 * line, or (size_t)-1 when no title shows (the top-down reading decides). */
/* A lone numbered line right over the text, shaped like a heading ("1.
 * Scope." over a licence's first paragraph), is the first section's
 * title and opens the body; a numbered list of the header's furniture
 * has more entries than one. Returns where the body starts. */
static size_t
numbered_opening(const rd_text_lines *L, size_t body)
{
    size_t k = body;
    while (k > 0 && rd_text_is_blank(&L->v[k - 1]))
        k--;
    if (k == 0)
        return body;
    const rd_text_line *ln = &L->v[k - 1];
    if (ln->kind != RD_TEXT_ORDERED || ln->delim != '.' || !rd_text_line_has_letter(ln) ||
        ln->words > 8 || rd_text_line_is_prose(ln))
        return body;
    size_t p = k - 1;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    if (p > 0 && L->v[p - 1].kind == RD_TEXT_ORDERED)
        return body;
    return k - 1;
}

/* A copyright line kept as content (a document's own notice, see
 * lines.c) at the head of the text's first block opens the body with
 * it: "Copyright (C) 2019 A" over "Anyone may copy ..." is one notice,
 * no title or dek. Returns where the body starts. */
static size_t
notice_opening(const rd_text_lines *L, size_t body)
{
    size_t k = body;
    while (k > 0 && !rd_text_is_blank(&L->v[k - 1]) && body - k < 3)
        k--;
    const rd_text_line *ln = &L->v[k];
    if (k < body && (k == 0 || rd_text_is_blank(&L->v[k - 1])) && ln->kind == RD_TEXT_PLAIN &&
        !rd_text_is_chrome(ln) && rd_text_line_is_copyright(ln))
        return k;
    return body;
}

/* A letter's greeting over the text ("Dear readers,", or "Hi
 * everyone!" over a short sentence or two: "Welcome to issue #30."):
 * the text's first lines, no title or dek. Returns where the body
 * starts. */
static size_t
greeting_opening(const rd_text_lines *L, size_t body)
{
    static const char *const hello[] = {"hi ",    "hi,",       "hi!",          "hello ",
                                        "hello,", "hello!",    "hey ",         "hey,",
                                        "dear ",  "greetings", "good morning", "good evening"};
    size_t k = body;
    for (int n = 0; n < 3; n++) {
        while (k > 0 && rd_text_is_blank(&L->v[k - 1]))
            k--;
        if (k == 0)
            break;
        const rd_text_line *ln = &L->v[k - 1];
        if (ln->kind != RD_TEXT_PLAIN || rd_text_is_chrome(ln) || ln->words > 12)
            break;
        /* The mark that ends it, past an emoji ("Hi everyone! \xf0\x9f\x91\x8b"). */
        size_t e = ln->len;
        while (e > 0 && ((unsigned char)ln->s[e - 1] >= 0x80 || ln->s[e - 1] == ' '))
            e--;
        bool greet = false;
        for (size_t h = 0; h < sizeof hello / sizeof *hello && !greet; h++)
            greet = rd_text_starts_ci(ln, hello[h]);
        /* "Hello, World!" right over the text may be its title: a
         * greeting ends with a comma, or has a sentence under it. */
        if (greet && ln->words <= 4 && e > 0 &&
            (ln->s[e - 1] == ',' || (ln->s[e - 1] == '!' && n > 0)))
            return k - 1;
        if (!(ln->flags & RD_TEXT_F_SENTENCE))
            break;
        k--;
    }
    return body;
}

/* A picture's caption over the text's first headings: one short
 * sentence, no prose ("Pictured: the quay at dawn."). */
static bool
caption_over(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN && (ln->flags & RD_TEXT_F_SENTENCE) &&
           !(ln->flags & RD_TEXT_F_QUESTION) && !rd_text_line_is_prose(ln) && ln->words <= 12;
}

/* The day's date a newspaper's masthead shows over its menu ("Montag,
 * 09.12.2019" over "About us", "Subscriptions", "Contact", ...): the
 * page's first line, a paper's menu of six entries or more right under
 * it (a blog's date may top its three links), the headline
 * (`title`, or the page's end when not known yet) far below. It dates
 * the copy, not the article. */
static bool
masthead_date(arena *a, const rd_text_lines *L, size_t k, size_t title, const char *lang)
{
    if (rd_text_next_nonblank(L, 0) != k)
        return false;
    size_t entries = 0;
    size_t end = menu_run(a, L, rd_text_next_nonblank(L, k + 1), lang, &entries);
    if (entries < 6)
        return false;
    /* Not known yet: the first line after the menu shaped as a headline
     * ("Mein Tagebuch" right under a blog's menu, the date over both
     * the blog's). With none, the date may well be the text's. */
    if (title >= L->n) {
        title = rd_text_next_nonblank(L, end);
        while (title < L->n && (rd_text_is_chrome(&L->v[title]) || !title_shaped(&L->v[title]) ||
                                L->v[title].words < 2 || !rd_text_line_has_letter(&L->v[title])))
            title = rd_text_next_nonblank(L, title + 1);
        if (title >= L->n)
            return false;
    }
    return title >= k + 10;
}

/* A blog's masthead over a dated post: the site's name alone on the
 * page's first line, its motto under it (line y), then a date line alone
 * and a headline (line x) right over the text. The motto is no title
 * with the dek under the date: the date opens the post, so the headline
 * under it is the title ("My Blog / Notes on the law / 17.7.11 / Is the
 * Ban Legal? / text"). Returns the headline and, in *dt, the date, or
 * -1. */
static size_t
masthead_over_date(const rd_text_lines *L, size_t y, const char *lang, rd_text_date *dt)
{
    size_t top = rd_text_next_nonblank(L, 0);
    if (top >= y || rd_text_next_nonblank(L, top + 1) != y || L->v[top].words > 3 ||
        (L->v[top].flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)))
        return (size_t)-1;
    size_t d = rd_text_next_nonblank(L, y + 1), x = rd_text_next_nonblank(L, d + 1);
    if (x >= L->n || !((rd_text_date_line(&L->v[d], lang, dt) && dt->whole) ||
                       (L->v[d].kind == RD_TEXT_PLAIN && short_dotted_date(&L->v[d], dt))))
        return (size_t)-1;
    const rd_text_line *xl = &L->v[x];
    size_t text = rd_text_next_nonblank(L, x + 1);
    /* (the headline in headline case, the motto not: a section's label,
       an author's name or a greeting over a dated title and its dek is
       no masthead) */
    if (xl->words < 4 || xl->words > 15 || !title_ok(xl) || rd_text_runs_on(L, x) || text >= L->n ||
        !rd_text_line_is_prose(&L->v[text]) || !headline_case(xl) || headline_case(&L->v[y]))
        return (size_t)-1;
    return x;
}

static size_t
anchored_header(arena *a, rd_text_lines *L, const char *lang, doc_meta *meta)
{
    size_t body = find_anchor(a, L, lang);
    if (body == 0 || body >= L->n)
        return (size_t)-1;
    body = numbered_opening(L, body);
    body = notice_opening(L, body);
    body = greeting_opening(L, body);
    /* A box of links to other stories between the header and the text
     * is read as the end of the header: its headlines and bylines are
     * the box's, dropped with it. */
    size_t text = body, box = related_box(L, body, lang);
    if (box != (size_t)-1)
        body = box;
    /* Buttons under the byline or date ("Gift Article", "Listen") are the
     * header's furniture: find the lowest byline or date above a run of
     * such short lines. */
    size_t meta_at = (size_t)-1, heads = 0, head_at = 0;
    bool captioned = false; /* a caption over headlines: they are the text's */
    for (size_t k = body, seen = 0; k-- > 0 && seen < 20;) {
        const rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        rd_text_byline b;
        if (rd_text_is_blank(ln))
            continue;
        seen++;
        /* A bare name counts with its age ("Jane Doe 2 hours ago"). */
        if (rd_text_date_line(ln, lang, &dt) || rd_text_byline_line(a, ln, lang, false, &b) ||
            rd_text_date_by_line(a, ln, lang, &dt, &b) ||
            (rd_text_has_digit(ln) && rd_text_bare_name(a, L, k, &b))) {
            meta_at = k;
            break;
        }
        /* A headline of a script set without spaces is one "word". */
        if (!rd_text_furniture(a, L, k, lang) && !rd_text_same_lead_run(L, k) &&
            (ln->words > 3 || (ln->flags & RD_TEXT_F_SENTENCE) ||
             (ln->cps > 12 && rd_text_line_has_cjk(ln))) &&
            (!in_link_run(L, k) || rd_text_headline_over_name(a, L, k, body))) {
            if (title_ok(ln) && ln->words <= 15 && !rd_text_line_is_prose(ln) && heads < 2)
                heads++, head_at = k;
            else if (heads > 0 && caption_over(ln))
                captioned = true;
            else
                break;
        }
    }
    /* Two headlines (a video's, a teaser's) may stand between a byline
     * and the text, or one under buttons. One right under the byline is
     * read as before, the dek or the title; over a date alone, it is the
     * title. */
    /* The headline right under the byline, maybe past its buttons; but
     * with a headline over the byline, the line under the buttons is a
     * teaser's. */
    bool under_meta = false;
    if (meta_at != (size_t)-1) {
        size_t under = rd_text_next_nonblank(L, meta_at + 1);
        under_meta = under == head_at;
        /* Buttons over the byline do not count toward the window; any
         * line that could be a title blocks, short ones ("Sea Walls") and
         * ones in lower case ("eBay Sellers Flock to the Harbour") too,
         * but not an entry of the site's menu. */
        bool above = false;
        for (size_t k = meta_at, seen = 0; k-- > 0 && seen < 3 && !above;) {
            const rd_text_line *x = &L->v[k];
            if (rd_text_is_blank(x) || rd_text_is_chrome(x))
                continue;
            seen++;
            above = (title_ok(x) || (x->words >= 3 && x->words <= 15 && !rd_text_line_is_prose(x) &&
                                     !(x->flags & RD_TEXT_F_SENTENCE))) &&
                    !in_link_run(L, k);
        }
        if (!under_meta && !above && next_content(L, meta_at + 1) == head_at)
            under_meta = true;
    }
    size_t by_title = (size_t)-1; /* the title over a "By" line, the header's */
    if (meta_at != (size_t)-1 && heads > 0 && !captioned && !(heads < 2 && under_meta) &&
        rd_text_date_line(&L->v[meta_at], lang, &(rd_text_date){0}))
        by_title = titled_byline_over(a, L, meta_at, lang);
    if (meta_at != (size_t)-1 && heads > 0 && !captioned &&
        ((heads < 2 && under_meta) ||
         (rd_text_date_line(&L->v[meta_at], lang, &(rd_text_date){0}) && by_title == (size_t)-1)))
        meta_at = (size_t)-1;
    /* x: the line (or wrapped lines) nearest the text; y: the one above. */
    size_t xs = (size_t)-1, xe = 0, y = (size_t)-1, name_top = (size_t)-1;
    for (size_t k = body; k-- > 0;) {
        const rd_text_line *ln = &L->v[k];
        rd_text_byline b;
        /* A contents box right over the text is the page's: its last
         * entry is no title. */
        if (rd_text_is_blank(ln) || rd_text_furniture(a, L, k, lang) ||
            (meta_at != (size_t)-1 && k > meta_at) || rd_text_toc_entry(a, L, k))
            continue;
        if (rd_text_bare_name(a, L, k, &b)) {
            /* A word or three under the author's name is a button or a
             * label, not the title, which stands over the name. */
            if (xs != (size_t)-1 && xs == xe && L->v[xs].words <= 3 &&
                !(L->v[xs].flags & RD_TEXT_F_SENTENCE))
                xs = (size_t)-1;
            if (xs == (size_t)-1)
                name_top = k;
            continue;
        }
        if (xs == (size_t)-1) {
            xs = xe = k;
            /* A dek wrapped over lines. */
            while (xs > 0 && !rd_text_is_blank(&L->v[xs - 1]) &&
                   !rd_text_is_chrome(&L->v[xs - 1]) && xe - xs < 4 && rd_text_runs_on(L, xs - 1))
                xs--;
            k = xs;
            continue;
        }
        y = k;
        break;
    }
    size_t title = (size_t)-1, dek_s = (size_t)-1, dek_e = 0;
    if (xs != (size_t)-1) {
        size_t dek_words = 0;
        for (size_t k = xs; k <= xe; k++)
            dek_words += L->v[k].words;
        const rd_text_line *xl = &L->v[xe];
        bool dek_ok = !rd_text_starts_lower(&L->v[xs]) && !(xl->flags & RD_TEXT_F_SOFTEND) &&
                      (dek_words >= 6 || (xl->flags & RD_TEXT_F_SENTENCE)) && dek_words <= 60;
        const rd_text_line *yl = y != (size_t)-1 ? &L->v[y] : NULL;
        /* A line under the byline or date is the text's first, not a dek
         * ("Title / By A | May 3 / It was late. / ..."). */
        bool meta_between = false;
        for (size_t k = y != (size_t)-1 ? y + 1 : xs; k < xs && !meta_between; k++) {
            rd_text_date dt;
            rd_text_byline b;
            meta_between =
                !rd_text_is_blank(&L->v[k]) && (rd_text_date_line(&L->v[k], lang, &dt) ||
                                                rd_text_byline_line(a, &L->v[k], lang, false, &b) ||
                                                rd_text_date_by_line(a, &L->v[k], lang, &dt, &b));
        }
        /* A sentence under the title is a dek when the byline or date
         * follows it; with nothing of the header under it, it is the
         * text's first line ("The Long Walk Home / It took us three days."). */
        bool sentence = (xl->flags & RD_TEXT_F_SENTENCE) && !(xl->flags & RD_TEXT_F_QUESTION);
        bool meta_after = false;
        for (size_t k = xe + 1; k < body && !meta_after; k++)
            meta_after = !rd_text_is_blank(&L->v[k]) && rd_text_header_meta(a, L, k, lang);
        if (yl && dek_ok && sentence && !meta_after && !meta_between && title_ok(yl) &&
            !is_kicker(yl) && !rd_text_runs_on(L, y) && !rd_text_line_is_prose(xl)) {
            title = y;
            body = xs;
        } else if (yl && dek_ok && meta_between && title_ok(yl) && !is_kicker(yl) &&
                   (xl->flags & RD_TEXT_F_SENTENCE) && !rd_text_line_is_prose(xl)) {
            title = y;
            body = xs;
        } else if (yl && dek_ok &&
                   (title_ok(yl) || (xs == xe && dotted_title(a, L, y, xe, body, lang))) &&
                   !is_kicker(yl) && !rd_text_runs_on(L, y) &&
                   !label_over(L, y, xs, xs == xe, meta_between) &&
                   !(xs == xe && meta_at != (size_t)-1 && !(xl->flags & RD_TEXT_F_SENTENCE) &&
                     headline_case(xl))) {
            /* A line in headline case right over the byline is the title
             * itself, not a dek: a line of links may stand over it. */
            title = y;
            dek_s = xs, dek_e = xe;
        } else if (yl && xs == xe && by_under(a, L, y, xs, lang) && title_ok(yl) &&
                   yl->words >= 4 && !is_kicker(yl) && !rd_text_runs_on(L, y) &&
                   !(xl->flags & RD_TEXT_F_SENTENCE) && xl->words < yl->words) {
            /* "Workers Go on Strike at the Airport / by Jane Doe, May 3 /
             * Workers vote to strike / Heads up, travelers: ...": a short
             * line between the "By" line and the text is a video's or a
             * picture's caption; the headline stands over its byline. */
            title = y;
        } else if (xs == xe && title_ok(xl)) {
            /* "It rained all week. We stayed in" over the text is its
             * first line, and "News" after "Home" and "About" a menu's
             * last entry; such a title needs header lines under it. */
            bool under = false;
            for (size_t k = xs + 1; k < body && !under; k++)
                under = !rd_text_is_blank(&L->v[k]) && rd_text_header_meta(a, L, k, lang);
            bool menu_end = ends_menu(L, xs);
            if (!(menu_end || (xl->words >= 8 && rd_text_has_sentence_break(xl) && !under)))
                title = xs;
            else if (!menu_end || !under)
                return (size_t)-1;
            /* A column's name of a word or three right under a headline
             * ("Deal Professor", "Analysis") is no title: the headline is. */
            if (title == xs && yl && label_under(L, y, xs))
                title = y;
        }
    }
    /* A headline over its "By" line, the header's: names and buttons
     * between it and the date are no title. */
    if (by_title != (size_t)-1 && title != by_title) {
        title = by_title;
        dek_s = (size_t)-1;
    }
    /* Nothing above a two-word name but a menu: the "name" is the title
     * ("Saving Seeds" over "Posted on ... by Joe Park"). */
    if (title == (size_t)-1 && name_top != (size_t)-1 && title_ok(&L->v[name_top]) &&
        !rd_text_name_over_age(L, name_top))
        title = name_top;
    /* A blog's masthead over a dated post: the headline under the date
     * was taken for the dek or the text's first line. */
    rd_text_date posted;
    if (title != (size_t)-1) {
        size_t h = masthead_over_date(L, title, lang, &posted);
        if (h != (size_t)-1 && (h == body || (h == xs && xs == xe && dek_s == xs))) {
            title = h;
            body = rd_text_next_nonblank(L, h + 1);
            dek_s = (size_t)-1;
            if (!meta->date)
                meta->date = rd_text_date_format(a, &posted);
        }
    }
    /* A headline printed twice over the text (in a sticky bar, a share
     * box or a breadcrumb, and as the heading) is the title, whatever
     * the guesses above; the line under its first copy (past a caption),
     * or else under its last, may be the dek. */
    size_t first_copy = (size_t)-1;
    size_t twice = repeated_title(a, L, body, lang, &first_copy);
    if (twice != (size_t)-1 && twice != title) {
        title = twice;
        dek_s = (size_t)-1;
        if (!dek_at(a, L, rd_text_next_nonblank(L, first_copy + 1), twice, lang, &dek_s, &dek_e))
            if (!dek_at(a, L, rd_text_next_nonblank(L, twice + 1), body, lang, &dek_s, &dek_e))
                dek_s = (size_t)-1;
    }
    if (title == (size_t)-1)
        return (size_t)-1;
    /* Everything above the text but the header goes; if that would take
     * prose (a paragraph mistaken for a dek, text above a heading taken
     * for the title), the top-down reading is the safer one. A long byline
     * or date line under the title, or a few lines over it (a caption
     * taken for the title puts the byline above it), is the header's,
     * not prose. */
    for (size_t k = 0; k < body; k++) {
        const rd_text_line *ln = &L->v[k];
        rd_text_byline hb;
        rd_text_date hd;
        if (k == title || (k >= dek_s && k <= dek_e && dek_s != (size_t)-1) ||
            rd_text_is_blank(ln) || rd_text_is_chrome(ln) || rd_text_is_caption(L, k) ||
            rd_text_header_note(a, L, k, lang) || (first_copy != (size_t)-1 && k == first_copy))
            continue;
        /* Over a headline printed twice right under it, a paragraph (maybe
         * wrapped) is a notice about the page ("This story is unlisted ..."). */
        if (twice != (size_t)-1 && twice == title && k < first_copy) {
            size_t e = k;
            while (e + 1 < first_copy && !rd_text_is_blank(&L->v[e + 1]))
                e++;
            if (rd_text_next_nonblank(L, e + 1) == first_copy)
                continue;
        }
        /* A caption or teaser over the header that ends with the dek's
         * or the title's words ("Video of Why? Notes from ...") is the
         * same story's, not prose. */
        if (k < title &&
            (ends_with_line(ln, &L->v[title]) ||
             (dek_s != (size_t)-1 && dek_s == dek_e && ends_with_line(ln, &L->v[dek_s]))))
            continue;
        /* A "By" line may end with a sentence about the author ("By Jane
         * Doe, a reporter. She covers the coast."). */
        if (k + 8 > title && (!(ln->flags & RD_TEXT_F_SENTENCE) || rd_text_starts_ci(ln, "by ")) &&
            (rd_text_byline_line(a, ln, lang, false, &hb) ||
             rd_text_date_by_line(a, ln, lang, &hd, &hb) || rd_text_date_line(ln, lang, &hd)))
            continue;
        /* A long line without a sentence's end is no prose when it is
         * another story's headline in a menu over the header, or a
         * headline or caption between the byline and the text. */
        if (rd_text_line_is_prose(ln) || (ln->cps >= 60 && ln->words >= 10 &&
                                          !((k > title || far_over(L, k, title)) && teaser(L, k)) &&
                                          !(meta_at != (size_t)-1 && k > meta_at && k > title)))
            return (size_t)-1;
    }
    /* A Japanese headline's second half may stand on a line of its own
     * opening with a wave dash, under the first: the two lines are one
     * title, which the anchored walk found at its second line. */
    const rd_text_line *half = title > 0 ? &L->v[title - 1] : NULL;
    if (half && opens_with_wave(&L->v[title]) && !rd_text_is_blank(half) &&
        half->role == RD_TEXT_CONTENT && headline_half(half) && !rd_text_is_chrome(half) &&
        !opens_with_wave(half)) {
        meta->title = arena_printf(a, "%.*s%.*s", (int)half->len, half->s, (int)L->v[title].len,
                                   L->v[title].s);
        L->v[title - 1].role = RD_TEXT_META;
    } else {
        meta->title = arena_strndup(a, L->v[title].s, L->v[title].len);
    }
    L->v[title].role = RD_TEXT_META;
    if (dek_s != (size_t)-1) {
        buf sub;
        buf_init(&sub, 0);
        for (size_t k = dek_s; k <= dek_e; k++) {
            if (k > dek_s)
                buf_addc(&sub, ' ');
            buf_add(&sub, L->v[k].s, L->v[k].len);
            L->v[k].role = RD_TEXT_META;
        }
        meta->subtitle = arena_strndup(a, sub.data ? sub.data : "", sub.len);
        buf_cleanup(&sub);
    }
    /* Under the title, the dates and names are the article's; a name
     * with its age beats a source's name over it ("Tech Weekly" over
     * "Jane Doe 2 hours ago"). */
    rd_text_byline nb;
    if (meta_at != (size_t)-1 && meta_at > title && meta_at < body &&
        !rd_text_date_line(&L->v[meta_at], lang, &(rd_text_date){0}) &&
        !rd_text_byline_line(a, &L->v[meta_at], lang, false, &nb) &&
        rd_text_has_digit(&L->v[meta_at]) && rd_text_bare_name(a, L, meta_at, &nb)) {
        rd_text_take_byline(a, meta, &nb);
        L->v[meta_at].role = RD_TEXT_META;
    }
    for (size_t k = title + 1; k < body; k++) {
        rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        rd_text_byline b;
        const char *role;
        if (rd_text_is_blank(ln) || ln->role != RD_TEXT_CONTENT)
            continue;
        ln->role = RD_TEXT_DROP;
        if (k == rd_text_next_nonblank(L, title + 1) && ln->kind == RD_TEXT_RULE) {
            ln->role = RD_TEXT_META; /* the title's underline */
            continue;
        }
        if (rd_text_is_chrome(ln))
            continue;
        if (rd_text_date_line(ln, lang, &dt)) {
            if (!meta->date) {
                meta->date = rd_text_date_format(a, &dt);
                ln->role = RD_TEXT_META;
            }
        } else if (meta->n_authors == 0 && rd_text_next_nonblank(L, k + 1) < body &&
                   rd_text_split_byline(a, L, k, lang, &b)) {
            rd_text_take_byline(a, meta, &b);
            ln->role = L->v[rd_text_next_nonblank(L, k + 1)].role = RD_TEXT_META;
        } else if (!meta->date && rd_text_dated_line(ln, lang, &dt) && dt.start > 0 &&
                   !rd_text_date_label(ln->s, dt.start) &&
                   !(meta->n_authors == 0 && (rd_text_name_then_date(a, ln, lang, &dt, &b) ||
                                              rd_text_cjk_name_date(a, ln, lang, &dt, &b) ||
                                              rd_text_byline_line(a, ln, lang, false, &b) ||
                                              rd_text_weekday_date_by(a, ln, lang)))) {
            meta->date = rd_text_date_format(a, &dt); /* "Madrid - 14 feb 2024" */
            ln->role = RD_TEXT_META;
        } else if (rd_text_byline_line(a, ln, lang, false, &b) ||
                   rd_text_date_by_line(a, ln, lang, &dt, &b)) {
            if (!b.date && b.n == 0 && !meta->date)
                b.date = rd_text_date_format(a, &dt);
            if (!meta->date && !b.date && rd_text_date_find(ln->s, ln->len, lang, &dt))
                b.date = rd_text_date_format(a, &dt);
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (meta->n_authors == 0 && !rd_text_field_value(L, k) &&
                   rd_text_bare_name(a, L, k, &b)) {
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (meta->n_authors == 1 && !meta->author_roles[0] &&
                   rd_text_role_line(a, L, k, lang, &role)) {
            meta->author_roles[0] = role;
            ln->role = RD_TEXT_META;
        } else if (!meta->date && rd_text_date_and_clock(ln, lang, &dt)) {
            meta->date = rd_text_date_format(a, &dt); /* "24. März 2004, 19:49 | jdoe" */
            ln->role = RD_TEXT_META;
            if (meta->n_authors == 0 && rd_text_name_then_count(a, L, k, lang, &b))
                rd_text_take_byline(a, meta, &b);
        }
    }
    /* Above it, only a date or byline the cluster lacked (and the dek
     * under the first copy of a title printed twice). */
    for (size_t k = 0; k < title; k++) {
        rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        rd_text_byline b;
        if (rd_text_is_blank(ln) || ln->role == RD_TEXT_META)
            continue;
        ln->role = RD_TEXT_DROP;
        if (rd_text_is_chrome(ln))
            continue;
        if (!meta->date && rd_text_date_line(ln, lang, &dt) &&
            !masthead_date(a, L, k, title, lang)) {
            meta->date = rd_text_date_format(a, &dt);
            ln->role = RD_TEXT_META;
        } else if (!meta->n_authors && rd_text_byline_line(a, ln, lang, false, &b)) {
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (!meta->n_authors && k + 8 > title &&
                   rd_text_date_by_line(a, ln, lang, &dt, &b) && b.n > 0) {
            /* "18/03/2019 | Jane Doe" over the headline. */
            if (!b.date && !meta->date)
                b.date = rd_text_date_format(a, &dt);
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (!meta->n_authors && k + 8 > title && rd_text_name_over_follow(a, L, k, &b)) {
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (!meta->date && rd_text_next_nonblank(L, k + 1) == title &&
                   rd_text_dated_line(ln, lang, &dt)) {
            /* "media Sept. 2, 2016": the section and the date right over
             * the headline. */
            meta->date = rd_text_date_format(a, &dt);
            ln->role = RD_TEXT_META;
        }
    }
    for (size_t k = box != (size_t)-1 ? box : text; k < text; k++)
        if (!rd_text_is_blank(&L->v[k]) && L->v[k].role == RD_TEXT_CONTENT)
            L->v[k].role = RD_TEXT_DROP;
    return body < (box != (size_t)-1 ? box : text) ? body : text;
}

/* "Sea wall / From Wikipedia, the free encyclopedia / Jump to navigation /
 * Jump to search": a title of two words or more over nothing but chrome
 * makes no menu; the chrome lines go one by one and the title stays. */
static bool
title_over_chrome(const rd_text_lines *L, size_t i, size_t end)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 2 || rd_text_is_chrome(ln) || !title_shaped(ln))
        return false;
    for (size_t k = i + 1; k < end; k++)
        if (!rd_text_is_blank(&L->v[k]) && !rd_text_is_chrome(&L->v[k]) &&
            !rd_text_source_tagline(&L->v[k]))
            return false;
    return true;
}

static size_t
header_lines(arena *a, rd_text_lines *L, const char *lang, doc_meta *meta)
{
    size_t anchored = anchored_header(a, L, lang, meta);
    if (anchored != (size_t)-1)
        return anchored;
    size_t last_menu = (size_t)-1;
    size_t last_real = last_real_line(L);
    size_t i = rd_text_next_nonblank(L, 0);
    while (i < L->n) {
        rd_text_line *ln = &L->v[i];
        rd_text_date dt;
        rd_text_byline b;
        size_t entries;
        size_t end = menu_run(a, L, i, lang, &entries);
        if ((entries >= 3 || (ln->kind == RD_TEXT_BULLET && rd_text_line_is_link_like(ln))) &&
            last_real != L->n && last_real >= (end > i ? end : i + 1) &&
            !title_over_chrome(L, i, end)) {
            /* A menu: every entry of the run is chrome. */
            if (end == i)
                end = i + 1;
            for (size_t k = i; k < end; k++)
                if (!rd_text_is_blank(&L->v[k]))
                    L->v[k].role = RD_TEXT_DROP;
            last_menu = end - 1;
            i = rd_text_next_nonblank(L, end);
            continue;
        }
        if (rd_text_is_chrome(ln)) {
            ln->role = RD_TEXT_DROP;
        } else if (rd_text_date_line(ln, lang, &dt)) {
            if (!meta->date && !masthead_date(a, L, i, L->n, lang)) {
                meta->date = rd_text_date_format(a, &dt);
                ln->role = RD_TEXT_META;
            } else {
                ln->role = RD_TEXT_DROP;
            }
        } else if (rd_text_byline_line(a, ln, lang, false, &b)) {
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (rd_text_date_by_line(a, ln, lang, &dt, &b) && b.n &&
                   rd_text_name_then_date(a, ln, lang, &dt, &b)) {
            /* "Jane Marsh / 10:08 am Fri Jul 19, 2013" over the headline:
             * the poster and the date, no title. */
            if (!b.date)
                b.date = rd_text_date_format(a, &dt);
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (last_menu != (size_t)-1 && rd_text_next_nonblank(L, last_menu + 1) == i &&
                   L->v[last_menu].kind == RD_TEXT_PLAIN && L->v[last_menu].chrome == 0 &&
                   rd_text_line_is_heading_like(&L->v[last_menu]) &&
                   rd_text_date_by_line(a, ln, lang, &dt, &b) && b.n) {
            /* "Home / News / Harbour Wall / April 9, 2019 by Jane Marsh":
             * the date and its poster under a menu's last entry, which
             * is the title glued to the menu. */
            if (!b.date)
                b.date = rd_text_date_format(a, &dt);
            rd_text_take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
            rd_text_line *t = &L->v[last_menu];
            meta->title = arena_strndup(a, t->s, t->len);
            t->role = RD_TEXT_META;
            return under_title(a, L, i, lang, meta); /* no dek under the byline */
        } else if (!rd_text_line_has_letter(ln)) {
            ln->role = RD_TEXT_DROP;
        } else if (title_shaped(ln)) {
            /* A one-word kicker ("Opinion") over a longer title; but a
             * one-word title over its byline is a title. */
            size_t j = rd_text_next_nonblank(L, i + 1);
            rd_text_byline kb;
            if (is_kicker(ln) && j < L->n && title_shaped(&L->v[j]) && L->v[j].words > ln->words &&
                !is_all_caps(&L->v[j]) && !rd_text_runs_on(L, j) && !rd_text_is_chrome(&L->v[j]) &&
                !rd_text_date_line(&L->v[j], lang, &dt) &&
                !rd_text_byline_line(a, &L->v[j], lang, false, &kb)) {
                ln->role = RD_TEXT_DROP;
                i = j;
                continue;
            }
            if (rd_text_runs_on(L, i))
                break; /* the first line of a wrapped paragraph */
            meta->title = arena_strndup(a, ln->s, ln->len);
            ln->role = RD_TEXT_META;
            return under_title(a, L, i + 1, lang, meta);
        } else {
            break; /* prose, a list or a quote: the body starts untitled */
        }
        i = rd_text_next_nonblank(L, i + 1);
    }
    /* No title. If a menu ended right before the body, its last line is
     * likely the title glued to it. */
    rd_text_byline kb;
    size_t after = last_menu != (size_t)-1 ? rd_text_next_nonblank(L, last_menu + 1) : L->n;
    bool byline_next = after < L->n && rd_text_byline_line(a, &L->v[after], lang, false, &kb);
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

/* Lines and words a repeated byline may stand under before the text. */
#define AGAIN_LINES 40
#define AGAIN_WORDS 120

/* Whether byline b names the header's authors, in order. */
static bool
same_authors(const rd_text_byline *b, const doc_meta *meta)
{
    if (b->n != meta->n_authors)
        return false;
    for (size_t k = 0; k < b->n; k++)
        if (strcmp(b->names[k], meta->authors[k]) != 0)
            return false;
    return true;
}

/* The header's byline printed again lower, right over the text ("By
 * Jane Doe" under the headline, then a picture's credit, a box of videos
 * and the author's bio, then "By Jane Doe" over the first paragraph):
 * what stands between is the page's, and the text opens under the last
 * copy. Only short lines between, no paragraph of the text. */
static size_t
byline_again(arena *a, rd_text_lines *L, size_t body, const char *lang, const doc_meta *meta)
{
    if (!meta->n_authors)
        return body;
    size_t last = (size_t)-1, words = 0;
    for (size_t k = body; k < L->n && k < body + AGAIN_LINES; k++) {
        const rd_text_line *ln = &L->v[k];
        rd_text_byline b;
        if (rd_text_is_blank(ln) || ln->role != RD_TEXT_CONTENT)
            continue;
        if (ln->words <= 8 && rd_text_byline_line(a, ln, lang, false, &b) &&
            same_authors(&b, meta)) {
            last = k;
            continue;
        }
        words += ln->words;
        if (rd_text_long_paragraph(ln) || words > AGAIN_WORDS ||
            (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
            break;
    }
    if (last == (size_t)-1)
        return body;
    for (size_t k = body; k <= last; k++)
        if (!rd_text_is_blank(&L->v[k]))
            L->v[k].role = RD_TEXT_DROP;
    return rd_text_next_nonblank(L, last + 1);
}

/* Whether ln opens with a quotation mark: " â Â« â. */
static bool
opens_quoted(const rd_text_line *ln)
{
    const unsigned char *u = (const unsigned char *)ln->s;
    return ln->len >= 3 && (u[0] == '"' || (u[0] == 0xC2 && u[1] == 0xAB) ||
                            (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9E)));
}

/* A line of a dash alone: " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ". */
static bool
lone_dash(const rd_text_line *ln)
{
    const unsigned char *u = (const unsigned char *)ln->s;
    if (ln->kind == RD_TEXT_RULE)
        return false;
    return (ln->len == 1 && u[0] == '-') ||
           (ln->len == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94));
}

/* A dateline a news site sets out in parts, each on its own line when
 * copied: the place, the outlet, a dash, then the text ("Baltimore" /
 * "CNN" / " \xe2\x80\x94 " / "Cargo traffic ..."). One or two short
 * labels (three words at most, no punctuation at their end) and the dash
 * alone, from the first line with text at k on, and a long paragraph
 * under them. Returns the line after the dash (its parts marked as read
 * when `mark`), else k. */
static size_t
split_dateline(rd_text_lines *L, size_t k, bool mark)
{
    size_t i = k;
    while (i < L->n && (rd_text_is_blank(&L->v[i]) || L->v[i].role != RD_TEXT_CONTENT))
        i++;
    size_t first = i, parts = 0;
    while (i < L->n && parts < 2 && L->v[i].role == RD_TEXT_CONTENT &&
           L->v[i].kind == RD_TEXT_PLAIN && L->v[i].words >= 1 && L->v[i].words <= 3 &&
           !(L->v[i].flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) && !lone_dash(&L->v[i]) &&
           L->v[i].s[0] >= 'A' && L->v[i].s[0] <= 'Z')
        i++, parts++;
    if (!parts || i >= L->n || !lone_dash(&L->v[i]) || L->v[i].role != RD_TEXT_CONTENT)
        return k;
    size_t t = rd_text_next_nonblank(L, i + 1);
    if (t >= L->n || L->v[t].role != RD_TEXT_CONTENT || !rd_text_long_paragraph(&L->v[t]))
        return k;
    for (size_t j = first; mark && j <= i; j++)
        L->v[j].role = RD_TEXT_META;
    return i + 1;
}

/* A word of a share bar's buttons, in any case. */
static bool
share_word(const char *w, size_t n)
{
    static const char *const words[] = {"share",  "facebook", "twitter",   "x",        "email",
                                        "e-mail", "whatsapp", "linkedin",  "print",    "copy",
                                        "link",   "reddit",   "pinterest", "telegram", "tweet"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && !strncasecmp(w, words[i], n))
            return true;
    return false;
}

/* A photographer's credit set "Name/Outlet" ("Ana Lima/Coast Weekly"):
 * one slash with no space beside it, a capitalised name of two words or
 * more before it and a capital after it. A share bar ("Facebook /
 * Twitter / Email") or a breadcrumb spaces its slashes; one that does
 * not ("Share on Facebook/Twitter") names its networks. */
static bool
slash_credit(const rd_text_line *ln)
{
    const char *sl = memchr(ln->s, '/', ln->len);
    if (!sl || ln->words > 6 || (ln->flags & RD_TEXT_F_SENTENCE) || sl == ln->s ||
        memchr(sl + 1, '/', ln->len - (size_t)(sl + 1 - ln->s)) || sl + 1 >= ln->s + ln->len ||
        sl[-1] == ' ' || !(sl[1] >= 'A' && sl[1] <= 'Z') || !(ln->s[0] >= 'A' && ln->s[0] <= 'Z') ||
        !memchr(ln->s, ' ', (size_t)(sl - ln->s)))
        return false;
    for (size_t i = 0; i < ln->len;) {
        while (i < ln->len && !isalpha((unsigned char)ln->s[i]))
            i++;
        size_t e = i;
        while (e < ln->len && (isalpha((unsigned char)ln->s[e]) || ln->s[e] == '-'))
            e++;
        if (e > i && share_word(ln->s + i, e - i))
            return false;
        i = e;
    }
    return true;
}

/* A picture's caption and its photographer's credit over the text: a
 * sentence glued over a name alone (two to four capitalised words, no
 * stop), a blank line, then the text's first paragraph, long. An
 * epigraph is quoted or its source set off with a dash; a caption is
 * neither. */
static size_t
caption_over_text(arena *a, rd_text_lines *L, size_t body, const doc_meta *meta)
{
    if (!meta->title || body + 3 >= L->n)
        return body;
    rd_text_line *cap = &L->v[body], *cr = &L->v[body + 1];
    size_t t = rd_text_next_nonblank(L, body + 2);
    rd_text_byline b;
    if (cap->kind != RD_TEXT_PLAIN || !(cap->flags & RD_TEXT_F_SENTENCE) || cap->words < 5 ||
        cap->words > 40 || opens_quoted(cap) || cap->role != RD_TEXT_CONTENT)
        return body;
    /* The credit already known as one ("Ana Lima/Coast Weekly"), right
     * under the caption, and the text's first paragraph under it, past
     * a dateline set out on lines of its own. */
    size_t d = split_dateline(L, body + 2, false);
    t = rd_text_next_nonblank(L, d);
    if ((is_credit(cr) || (cr->chrome && slash_credit(cr))) && t < L->n &&
        L->v[t].role == RD_TEXT_CONTENT && rd_text_long_paragraph(&L->v[t])) {
        cap->role = RD_TEXT_DROP;
        split_dateline(L, body + 2, true);
        return t;
    }
    t = rd_text_next_nonblank(L, body + 2);
    if (cr->kind != RD_TEXT_PLAIN || cr->role != RD_TEXT_CONTENT ||
        (cr->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) ||
        !rd_text_is_blank(&L->v[body + 2]) || t >= L->n || !rd_text_long_paragraph(&L->v[t]) ||
        L->v[t].role != RD_TEXT_CONTENT || !rd_text_byline_names(a, cr->s, cr->len, &b) || b.n != 1)
        return body;
    cap->role = RD_TEXT_DROP;
    cr->role = RD_TEXT_DROP;
    return t;
}

/* A link to another story set in the page, led by its label: "Read
 * also Jane Doe, \xc2\xab The wall \xc2\xbb, Harbour Post, June 2018." */
static bool
read_also(const rd_text_line *ln)
{
    static const char *const leads[] = {
        "read also ",           "also read ",      "see also ",          "lire aussi ",
        "\xc3\xa0 lire aussi ", "lesen sie auch ", "lea tambi\xc3\xa9n "};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++)
        if (ln->len > strlen(leads[k]) && !strncasecmp(ln->s, leads[k], strlen(leads[k])))
            return true;
    return false;
}

/* A book's extent or number, as a review prints under the book's
 * credit: "320 pages", "ISBN 978-1-2345-6789-0". */
static bool
book_extent(const rd_text_line *ln)
{
    if (ln->len >= 5 && !strncasecmp(ln->s, "isbn", 4))
        return true;
    size_t i = 0;
    while (i < ln->len && ln->s[i] >= '0' && ln->s[i] <= '9')
        i++;
    return i && i + 6 <= ln->len && !strncasecmp(ln->s + i, " pages", 6) &&
           (i + 6 == ln->len || ln->s[i + 6] == ' ' || ln->s[i + 6] == ',');
}

/* A web address in the line: a picture's credit links to its source. */
static bool
has_link(const rd_text_line *ln)
{
    for (size_t i = 0; i + 3 <= ln->len; i++)
        if (!memcmp(ln->s + i, "://", 3))
            return true;
    return false;
}

/* A byline with its lead under the text's first paragraph, a lede too
 * long to be read as the dek ("par Jane Doe, 21 juin 2018" under a
 * chap\xc3\xb4 of a hundred words), with more prose under it: the
 * article's byline; the lede stays the text's. */
static void
byline_under_lede(arena *a, rd_text_lines *L, size_t body, const char *lang, doc_meta *meta)
{
    if (meta->n_authors || !meta->title || body >= L->n)
        return;
    const rd_text_line *lede = &L->v[body];
    if (lede->role != RD_TEXT_CONTENT || lede->kind != RD_TEXT_PLAIN ||
        !rd_text_line_is_prose(lede) || !(lede->flags & RD_TEXT_F_SENTENCE) ||
        (body + 1 < L->n && !rd_text_is_blank(&L->v[body + 1])))
        return;
    size_t k = rd_text_next_nonblank(L, body + 1);
    if (k >= L->n)
        return;
    rd_text_line *ln = &L->v[k];
    rd_text_byline b;
    if (ln->role != RD_TEXT_CONTENT || ln->words > 12 || (ln->flags & RD_TEXT_F_SENTENCE) ||
        !rd_text_byline_line(a, ln, lang, false, &b) || !b.n)
        return;
    /* The lead may open a section's heading ("By Popular Demand", "By
     * Land and Sea"): each name must look like a person's. */
    for (size_t j = 0; j < b.n; j++)
        if (!rd_text_person_name(b.names[j]))
            return;
    /* A book's credit under a review's lede ("By Tom Lee" / "Harbour
     * Press" / "320 pages") names the book's author, not the review's. */
    for (size_t g = k + 1; g < L->n && g < k + 7 && !rd_text_is_blank(&L->v[g]); g++)
        if (book_extent(&L->v[g]))
            return;
    /* More of the text under it, within a few lines. */
    size_t j = k, seen = 0;
    do
        j = rd_text_next_nonblank(L, j + 1);
    while (j < L->n && ++seen < 8 && !rd_text_line_is_prose(&L->v[j]));
    if (j >= L->n || !rd_text_line_is_prose(&L->v[j]))
        return;
    rd_text_take_byline(a, meta, &b);
    ln->role = RD_TEXT_META;
    /* Short lines glued under it, up to a blank line, are a picture's
     * (the headline again as its text, an arrow, the credit) and a link
     * set beside it ("Read also ..."): the page's. Any other line glued
     * there (a recipe's "Serves 4", a subheading, the first paragraph)
     * is the text's, and the lines stay. */
    size_t e = k + 1;
    while (e < L->n && e < k + 7 && !rd_text_is_blank(&L->v[e]) && L->v[e].words <= 30 &&
           L->v[e].kind == RD_TEXT_PLAIN &&
           (rd_text_is_chrome(&L->v[e]) || read_also(&L->v[e]) ||
            same_text(&L->v[e], meta->title) ||
            (meta->subtitle && same_text(&L->v[e], meta->subtitle)) ||
            !rd_text_line_has_letter(&L->v[e]) || has_link(&L->v[e])))
        e++;
    if (e < L->n && rd_text_is_blank(&L->v[e]))
        for (size_t g = k + 1; g < e; g++)
            L->v[g].role = RD_TEXT_DROP;
}

/* Words of a NUL-terminated string. */
static size_t
words_of(const char *s)
{
    size_t n = 0;
    for (bool in = false; *s; s++) {
        n += *s != ' ' && !in;
        in = *s != ' ';
    }
    return n;
}

/* A kicker over the headline ("Housing in the capital" over "Walls That
 * Hold the Sea"), both read as the title and its subtitle: the page
 * prints its headline again a little lower (a picture's text, a share
 * box), never the kicker. A short subtitle, no sentence, met again as a
 * whole line under the header when the title is not, is the title. */
static void
kicker_over_title(rd_text_lines *L, size_t body, doc_meta *meta)
{
    if (!meta->title || !meta->subtitle || words_of(meta->subtitle) > 12 ||
        strpbrk(meta->subtitle, ".?!"))
        return;
    bool again = false;
    for (size_t k = body; k < L->n && k < body + AGAIN_LINES; k++) {
        if (same_text(&L->v[k], meta->title))
            return;
        /* A copy left in the text is its heading or a list's entry
         * ("More in this series"); the picture's copy is the page's. */
        again |= same_text(&L->v[k], meta->subtitle) && L->v[k].role != RD_TEXT_CONTENT;
    }
    if (!again)
        return;
    meta->title = meta->subtitle;
    meta->subtitle = NULL;
}

/* Flag RD_TEXT_F_BADGE on a date and a story's kind over a headline of
 * its own ("October 22, 2019 report" over the title), above the first
 * paragraph. A line with nothing title-like under it may be the page's
 * only title and is left as it reads. */
static void
badge_over_title(arena *a, rd_text_lines *L, const char *lang)
{
    for (size_t k = 0; k < L->n && !rd_text_line_is_prose(&L->v[k]); k++) {
        rd_text_date dt;
        rd_text_byline b;
        if (!date_then_badge(&L->v[k], lang, &dt))
            continue;
        size_t t = rd_text_next_nonblank(L, k + 1);
        if (t >= L->n)
            continue;
        const rd_text_line *tl = &L->v[t];
        if (tl->words >= 3 && title_ok(tl) && !rd_text_is_chrome(tl) &&
            !rd_text_date_line(tl, lang, &dt) && !rd_text_byline_line(a, tl, lang, false, &b))
            L->v[k].flags |= RD_TEXT_F_BADGE;
    }
}

size_t
rd_text_header(arena *a, rd_text_lines *L, const char *lang, doc_meta *meta)
{
    badge_over_title(a, L, lang);
    size_t body = byline_again(a, L, header_lines(a, L, lang, meta), lang, meta);
    body = caption_over_text(a, L, body, meta);
    byline_under_lede(a, L, body, lang, meta);
    kicker_over_title(L, body, meta);
    return body;
}
