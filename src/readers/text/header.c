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
 * author and date count when the header had none); an end-of-article box ("Related articles", "Other
 * Topics That May Interest You", "Comments") cuts everything after it, if
 * it sits in the last half of the body (up to a comments section's header
 * with its count, "There are 12 comments", which cuts wherever it follows
 * some text); then trailing runs of link-like
 * lines, bullet lists of short entries, copyright and cookie lines are
 * dropped, walking back from the end (one short last line alone, or a list
 * introduced by a colon, stays). Known chrome inside the body
 * ("Advertisement", "Share this") is dropped wherever it stands.
 *
 * Lines are only marked here (role DROP or META); rd_text.c records the
 * dropped ones in order.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

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

/* Index of the next line at or after i that is neither blank nor known
 * chrome (n if none): "Share Print" between a byline and the headline
 * keeps them together (see byline_then_headline). */
static size_t
next_content(const rd_text_lines *L, size_t i)
{
    while (i < L->n && (is_blank(&L->v[i]) || is_chrome(&L->v[i])))
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

static bool cjk_name_prefix(const rd_text_line *ln, const char *lang, const rd_text_date *dt);

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
static size_t
row_sep(const char *s, size_t len, size_t i)
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
        while (i < len && (k = row_sep(s, len, i)) == 0)
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
static bool
date_line(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    if (ln->kind == RD_TEXT_PLAIN && ln->words <= 24 && date_row(ln, lang, dt))
        return true;
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 18 &&
           rd_text_date_find(ln->s, ln->len, lang, dt) &&
           (dt->whole || date_then_button(ln, lang, dt) ||
            ((ln->flags & RD_TEXT_F_BADGE) && date_then_badge(ln, lang, dt))) &&
           !cjk_name_prefix(ln, lang, dt);
}

static bool
byline_line(arena *a, const rd_text_line *ln, const char *lang, bool loose, rd_text_byline *b)
{
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 30 &&
           !(ln->flags & RD_TEXT_F_QUESTION) &&
           rd_text_byline_parse(a, ln->s, ln->len, lang, loose, b);
}

static bool date_by_line(arena *a, const rd_text_line *ln, const char *lang, rd_text_date *dt,
                         rd_text_byline *b);

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
    while (k < L->n && (rd_text_line_is_link_like(&L->v[k]) || is_chrome(&L->v[k])) &&
           !date_line(&L->v[k], lang, &dt) && !byline_line(a, &L->v[k], lang, false, &b) &&
           !(date_by_line(a, &L->v[k], lang, &dt, &b) && b.n)) {
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

static void
take_byline(arena *a, doc_meta *meta, const rd_text_byline *b)
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

static bool source_tagline(const rd_text_line *ln);

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
        button = is_chrome(&L->v[k]);
    return entries >= 4 && button && next_nonblank(L, end) < L->n ? end : i;
}

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
        size_t tb;
        if (is_chrome(ln) || same_text(ln, meta->title) || source_tagline(ln)) {
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
        } else if (date_by_line(a, ln, lang, &dt, &b) && b.n) {
            /* "11/28/2016 11:00 AM PST BY JANE MARSH": the date and its
             * poster, under a dek as right under the title. */
            take_byline(a, meta, &b);
            if (!meta->date)
                meta->date = rd_text_date_format(a, &dt);
            ln->role = RD_TEXT_META;
            seen_meta = true;
        } else if (meta->n_authors == 0 && ln->kind == RD_TEXT_PLAIN && ln->words <= 8 &&
                   nx < L->n &&
                   (date_line(&L->v[nx], lang, &d2) ||
                    rd_text_date_label(L->v[nx].s, L->v[nx].len)) &&
                   rd_text_byline_names(a, ln->s, ln->len, &b)) {
            /* A bare name over the date, or over a date without its year
             * ("Today 12:34pm", "March 18 at 9:05 AM"), is the author. */
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
        } else if ((tb = toolbar_end(a, L, i, lang)) != i) {
            for (size_t k = i; k < tb; k++)
                if (!is_blank(&L->v[k]))
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

static bool
starts_lower(const rd_text_line *ln)
{
    return ln->len && ln->s[0] >= 'a' && ln->s[0] <= 'z';
}

static bool
starts_ci(const rd_text_line *ln, const char *p)
{
    size_t n = strlen(p);
    return ln->len >= n && strncasecmp(ln->s, p, n) == 0;
}

/* A picture's credit line. */
static bool
is_credit(const rd_text_line *ln)
{
    return ln->chrome && (starts_ci(ln, "credit") || starts_ci(ln, "photograph") ||
                          starts_ci(ln, "photo") || starts_ci(ln, "foto") ||
                          starts_ci(ln, "bild") || starts_ci(ln, "image source"));
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
static bool
credited_caption(const rd_text_line *ln)
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
static bool
is_caption(const rd_text_lines *L, size_t i)
{
    size_t j = next_nonblank(L, i + 1);
    return j < L->n && !is_credit(&L->v[i]) && is_credit(&L->v[j]);
}

/* A label whose value is the next line: "From:", "Published in", "Writer for". */
static bool
is_label(const rd_text_line *ln)
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
    if (ln->words < 2 || !(ln->s[0] >= 'A' && ln->s[0] <= 'Z') || is_chrome(ln))
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
static bool
is_field(const rd_text_line *ln)
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
static bool
field_value(const rd_text_lines *L, size_t i)
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
static size_t
sep_before(const char *s, size_t n)
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
static bool
section_label_name(const char *name)
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

/* "Jane Doe - Apr 16, 2015 8:02 pm UTC": a name, a spaced dash, bar,
 * slash or dot (or a comma glued to the name), and the date with nothing
 * but filler after it. A clock and a weekday may open the date's field
 * ("/ Jane Doe / 10:08 am Fri Jul 19, 2013", a separator before the name
 * too). */
static bool
name_then_date(arena *a, const rd_text_line *ln, const char *lang, const rd_text_date *dt,
               rd_text_byline *b)
{
    if (dt->start < 6)
        return false;
    rd_text_date tail;
    if (!rd_text_date_find(ln->s + dt->start, ln->len - dt->start, lang, &tail) || !tail.whole)
        return false;
    size_t n = dt->start;
    while (n > 0 && ln->s[n - 1] == ' ')
        n--;
    size_t sep = sep_before(ln->s, n);
    if (!sep) {
        /* The field opens a little earlier, at a separator. */
        for (size_t q = n; q-- > 2 && q + 24 > dt->start;) {
            if (ln->s[q] != ' ' || ln->s[q + 1] == ' ')
                continue;
            size_t k = sep_before(ln->s, q);
            if (!k || q < k + 1 || ln->s[q - k - 1] != ' ')
                continue;
            if (rd_text_date_find(ln->s + q + 1, ln->len - q - 1, lang, &tail) && tail.whole) {
                n = q, sep = k;
                break;
            }
        }
    }
    /* "Jane Doe, April 19, 2020": a comma right after the name. A
     * place's name before it ("New Haven, April 19") is no name. */
    bool comma = !sep && n >= 2 && ln->s[n - 1] == ',' && ln->s[n - 2] != ' ';
    if (comma)
        return rd_text_byline_names(a, ln->s, n - 1, b) && b->n == 1 &&
               !section_label_name(b->names[0]);
    if (!sep || n <= sep || ln->s[n - sep - 1] != ' ')
        return false;
    bool slash = ln->s[n - 1] == '/';
    n -= sep;
    while (n > 0 && ln->s[n - 1] == ' ')
        n--;
    size_t from = 0;
    if (n > 2 && sep_before(ln->s, 1) == 1 && ln->s[1] == ' ')
        from = 2; /* "/ Jane Doe / ..." */
    /* A slash parts a section or a place from the date as often as a
     * name ("Coastal Living / July 19, 2013", "East Anglia / ..."): read
     * a name before it only when a slash opens the line too. */
    if (slash && !from)
        return false;
    return rd_text_byline_names(a, ln->s + from, n - from, b) && b->n == 1 &&
           !section_label_name(b->names[0]);
}

/* Past a clock time after a date at s[i] ("11:44 am PST", "at 10:15"):
 * where the line goes on; i itself when there is none. */
static size_t
skip_clock(const char *s, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && (s[j] == ' ' || s[j] == ','))
        j++;
    if (j + 3 < len && !strncasecmp(s + j, "at ", 3))
        j += 3;
    size_t d = j;
    while (j < len && ((s[j] >= '0' && s[j] <= '9') || s[j] == ':'))
        j++;
    if (j - d < 4 || !memchr(s + d, ':', j - d))
        return i;
    /* "am", "p.m.", then a zone in capitals ("PST", "UTC"). */
    size_t k = j;
    while (k < len && s[k] == ' ')
        k++;
    if (k + 1 < len && ((s[k] | 0x20) == 'a' || (s[k] | 0x20) == 'p') &&
        ((s[k + 1] | 0x20) == 'm' || s[k + 1] == '.')) {
        k += (s[k + 1] == '.') ? 4 : 2;
        j = k < len ? k : len;
    }
    k = j;
    while (k < len && s[k] == ' ')
        k++;
    size_t z = k;
    while (z < len && s[z] >= 'A' && s[z] <= 'Z')
        z++;
    if (z - k >= 2 && z - k <= 4 && (z == len || s[z] == ' '))
        j = z;
    /* German sites write the hour's word after it: "9:40 Uhr". */
    else if (len - k >= 3 && !strncmp(s + k, "Uhr", 3) && (len - k == 3 || s[k + 3] == ' '))
        j = k + 3;
    return j;
}

/* Bytes of the separator at ln->s[i] between a date and what follows
 * it ("|", "-", "\xc2\xb7", a dash or bullet), else 0. */
static size_t
sep_len_at(const rd_text_line *ln, size_t i)
{
    unsigned char c = i < ln->len ? (unsigned char)ln->s[i] : 0;
    if (c == '|' || c == '-')
        return 1;
    if (c == 0xC2 && i + 1 < ln->len && (unsigned char)ln->s[i + 1] == 0xB7)
        return 2; /* · */
    if (c == 0xE2 && i + 2 < ln->len && (unsigned char)ln->s[i + 1] == 0x80)
        return 3; /* — – • */
    return 0;
}

/* Where the words after a post's date and its time of day start on ln
 * ("24. M\xc3\xa4rz 2004, 19:49 | jdoe": at "jdoe"), past a comma or a
 * spaced bar, dot or dash; 0 when the line opens with no date and time. */
static size_t
past_date_and_clock(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    rd_text_date head;
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 10 ||
        !rd_text_date_find(ln->s, ln->len, lang, dt) || dt->start != 0 ||
        !rd_text_date_find(ln->s, dt->end, lang, &head) || !head.whole || !dt->day)
        return 0;
    size_t i = skip_clock(ln->s, ln->len, dt->end);
    if (i == dt->end)
        return 0;
    while (i < ln->len && (ln->s[i] == ' ' || ln->s[i] == ','))
        i++;
    size_t sep = sep_len_at(ln, i);
    if (sep && (i + sep == ln->len || ln->s[i + sep] == ' '))
        i += sep;
    while (i < ln->len && ln->s[i] == ' ')
        i++;
    return i;
}

/* s[i..] of ln ends in a count of its comments ("Jane Doe 71
 * Kommentare"): where the count starts (past its space), else 0. */
static size_t
count_at_end(const rd_text_line *ln, size_t i)
{
    size_t e = ln->len;
    while (e > i && ln->s[e - 1] != ' ')
        e--;
    if (e <= i + 1)
        return 0;
    size_t d = e - 1; /* the space before the word */
    while (d > i && ln->s[d - 1] >= '0' && ln->s[d - 1] <= '9')
        d--;
    if (d == e - 1 || (d > i && ln->s[d - 1] != ' '))
        return 0;
    rd_text_line count;
    rd_text_line_measure(&count, ln->s + d, ln->len - d, 0);
    return rd_text_comment_count(&count) ? d : 0;
}

/* A line under the title that opens with a post's date and its time of
 * day and goes on with a handle, or a count of comments, or nothing
 * ("24. M\xc3\xa4rz 2004, 19:49 | jdoe", "19.6.2007 9:40 Uhr Jane Doe 71
 * Kommentare"): the post's meta row, its date the post's. Words that
 * make a sentence ("..., 18:53 Uhr | Schabowski liest vor") are the
 * text's: a live blog's entry or a timeline's. */
static bool
date_and_clock(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    size_t i = past_date_and_clock(ln, lang, dt);
    if (!i)
        return false;
    if (i == ln->len || count_at_end(ln, i))
        return true;
    /* One token: a handle. */
    for (size_t k = i; k < ln->len; k++)
        if (ln->s[k] == ' ' || ln->s[k] == ':')
            return false;
    return !strchr(".!?", ln->s[ln->len - 1]);
}

/* The name at s[0..n) stands again under line at, past the text's
 * prose (on the page around the text too), heading the box about the
 * author: with a word or two ("Jane Doe E-Mail", "Jane Doe Twitter"), or
 * alone over the bio. A menu's entry ("Berlin Mitte" alone among the
 * districts) or a heading inside the text is neither. */
static bool
name_recurs(const rd_text_lines *L, size_t at, const char *s, size_t n)
{
    size_t words = 1, end = L->page_n > L->n ? L->page_n : L->n;
    for (size_t k = 0; k < n; k++)
        words += s[k] == ' ';
    for (size_t j = at + 1; j < end; j++) {
        const rd_text_line *x = &L->v[j];
        if (x->kind != RD_TEXT_PLAIN || x->len < n || memcmp(x->s, s, n) != 0 ||
            (x->len > n && x->s[n] != ' ') || (x->flags & RD_TEXT_F_SENTENCE))
            continue;
        size_t q = j + 1;
        while (q < end && L->v[q].kind == RD_TEXT_BLANK)
            q++;
        bool bio = q < end && rd_text_line_is_prose(&L->v[q]);
        if (!(x->words > words && x->words <= words + 2) && !(x->len == n && bio))
            continue;
        /* Under the text: no prose of the region below it (but the bio). */
        bool below = false;
        for (size_t p = bio ? q + 1 : j + 1; p < L->n && !below; p++)
            below = rd_text_line_is_prose(&L->v[p]);
        if (!below)
            return true;
    }
    return false;
}

/* "19.6.2007 9:40 Uhr Jane Doe 71 Kommentare" (line k): after a post's
 * date and time, its author's name and the count of its comments, the
 * row a news site prints under the headline. A place or a section sits
 * there as well ("Berlin Mitte", "Lokales Hamburg"): the name is the
 * author's when a lead opens it ("Von Jane Doe") or when it stands again
 * on a line of its own, as the box about the author under the text
 * prints it. */
static bool
name_then_count(arena *a, const rd_text_lines *L, size_t k, const char *lang, rd_text_byline *b)
{
    const rd_text_line *ln = &L->v[k];
    rd_text_date dt;
    size_t i = past_date_and_clock(ln, lang, &dt);
    size_t d = i ? count_at_end(ln, i) : 0;
    if (d <= i + 1)
        return false;
    size_t n = d - 1;
    static const char *const leads[] = {"by ", "von ", "par ", "por "};
    size_t lead = 0;
    for (size_t q = 0; q < sizeof leads / sizeof *leads && !lead; q++)
        if (n - i > strlen(leads[q]) && !strncasecmp(ln->s + i, leads[q], strlen(leads[q])))
            lead = strlen(leads[q]);
    i += lead;
    if (n <= i || !memchr(ln->s + i, ' ', n - i))
        return false;
    if (!rd_text_byline_names(a, ln->s + i, n - i, b) || b->n != 1 ||
        section_label_name(b->names[0]))
        return false;
    return lead || name_recurs(L, k, ln->s + i, n - i);
}

/* "18/03/2019 | Jane Doe": a date opening the line, a spaced bar, dot or
 * dash (or the CJK date's closing unit), and one name (written like one)
 * after it. */
static bool
date_sep_name(arena *a, const rd_text_line *ln, size_t i, const rd_text_date *dt,
              rd_text_byline *b)
{
    if (dt->start != 0 || i == 0 || ln->s[i - 1] != ' ' || i >= ln->len)
        return false;
    size_t sep = sep_len_at(ln, i);
    /* A date closing with its unit 日 ("2019年02月13日 Jane Marsh") is
     * parted from the name by the unit itself. */
    bool unit = !sep && dt->end >= 3 && !memcmp(ln->s + dt->end - 3, "\xe6\x97\xa5", 3);
    if (!unit && (!sep || i + sep >= ln->len || ln->s[i + sep] != ' '))
        return false;
    if (unit)
        return rd_text_byline_names(a, ln->s + i, ln->len - i, b) && b->n == 1;
    /* A lead after the bar is no part of the name: "| Von Jane Doe". */
    i += sep + 1;
    static const char *const leads[] = {"by ", "von ", "par ", "por "};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++)
        if (ln->len - i > strlen(leads[k]) && !strncasecmp(ln->s + i, leads[k], strlen(leads[k]))) {
            i += strlen(leads[k]);
            break;
        }
    return rd_text_byline_names(a, ln->s + i, ln->len - i, b) && b->n == 1;
}

/* "Posted on March 3, 2021 by jdoe": a date with its poster. The name
 * counts as an author only when it is written like one, or is a user's
 * handle (not a site's account, "by admin"). Also the name
 * first: "Jane Doe - Apr 16, 2015". */
/* "\xe5\xb1\xb1\xe7\x94\xb0\xe8\x8a\xb1\xe5\xad\x902019\xe5\xb9\xb404\xe6\x9c\x8813\xe6\x97\xa5
 * 09\xe6\x99\x8200\xe5\x88\x86": Japanese and Chinese sites glue the author's name to the date. The
 * name is two to six letters of a script written without spaces; the rest of the line is the date
 * alone. */
/* From the date at dt->start, the rest of the line is that date alone,
 * maybe with its time written with its own signs ("2019\xe5\xb9\xb404\xe6\x9c\x8813\xe6\x97\xa5
 * 09\xe6\x99\x8200\xe5\x88\x86"). */
static bool
cjk_date_rest(const rd_text_line *ln, const char *lang, const rd_text_date *dt)
{
    rd_text_date tail;
    if (!rd_text_date_find(ln->s + dt->start, ln->len - dt->start, lang, &tail))
        return false;
    if (tail.whole)
        return true;
    size_t i = dt->start + tail.end;
    while (i < ln->len && ln->s[i] == ' ')
        i++;
    static const char *const signs[] = {"\xe6\x99\x82", "\xe5\x88\x86",
                                        "\xe7\xa7\x92"}; /* 時 分 秒 */
    for (size_t k = 0; k < 3 && i < ln->len; k++) {
        size_t d = i;
        while (i < ln->len && ln->s[i] >= '0' && ln->s[i] <= '9')
            i++;
        if (i == d || i - d > 2 || ln->len - i < 3 || memcmp(ln->s + i, signs[k], 3) != 0)
            return false;
        i += 3;
    }
    return i == ln->len;
}

static bool
cjk_name_prefix(const rd_text_line *ln, const char *lang, const rd_text_date *dt)
{
    if (ln->kind != RD_TEXT_PLAIN || dt->start < 6 || dt->start > 24)
        return false;
    for (size_t k = 0; k < dt->start; k++)
        if ((unsigned char)ln->s[k] < 0x80)
            return false;
    rd_text_line name;
    rd_text_line_measure(&name, ln->s, dt->start, 0);
    if (name.cps < 2 || name.cps > 6 || !rd_text_line_has_cjk(&name))
        return false;
    return cjk_date_rest(ln, lang, dt);
}

/* "Harbour Post Staff 2019\xe5\xb9\xb404\xe6\x9c\x8828\xe6\x97\xa5 08\xe6\x99\x8200\xe5\x88\x86": a
 * name in Latin letters (two to four words, a desk's too) before a date written with the CJK units,
 * the rest of the line the date alone. */
static bool
latin_name_cjk_date(arena *a, const rd_text_line *ln, const char *lang, const rd_text_date *dt,
                    rd_text_byline *b)
{
    if (ln->kind != RD_TEXT_PLAIN || dt->start < 4 || dt->start > 60 || ln->s[dt->start - 1] != ' ')
        return false;
    bool year = false; /* 年 */
    for (size_t k = dt->start; k + 3 <= ln->len && !year; k++)
        year = !memcmp(ln->s + k, "\xe5\xb9\xb4", 3);
    if (!year)
        return false;
    size_t n = dt->start - 1, words = 1;
    for (size_t k = 0; k < n; k++) {
        if ((unsigned char)ln->s[k] >= 0x80)
            return false;
        words += ln->s[k] == ' ';
    }
    if (words < 2 || words > 4 || !cjk_date_rest(ln, lang, dt))
        return false;
    if (rd_text_byline_names(a, ln->s, n, b) && b->n == 1)
        return true;
    const char *by = arena_printf(a, "By %.*s", (int)n, ln->s);
    return rd_text_byline_parse(a, by, strlen(by), lang, false, b) && b->n == 1;
}

static bool
cjk_name_date(arena *a, const rd_text_line *ln, const char *lang, const rd_text_date *dt,
              rd_text_byline *b)
{
    if (!cjk_name_prefix(ln, lang, dt))
        return false;
    b->n = 1;
    b->names[0] = arena_strndup(a, ln->s, dt->start);
    b->roles[0] = NULL;
    return true;
}

/* A post's meta row, its fields set apart by middle dots, bullets or
 * bars: "Published: Oct 3, 2023 · Modified: Jan 5, 2024 by Anna Berg ·
 * This post may contain affiliate links · 12 Comments". Every field is
 * a date (maybe labelled, maybe with "by" and the poster after it), a
 * byline, a count or known chrome, and a date is among them; the first
 * date is the post's. */
static bool
meta_row(arena *a, const rd_text_line *ln, const char *lang, rd_text_date *dt, rd_text_byline *b)
{
    const char *s = ln->s;
    size_t len = ln->len, from = 0, fields = 0;
    bool dated = false;
    rd_text_byline got;
    memset(&got, 0, sizeof got);
    for (size_t i = 0, k = 0; i <= len; i = from) {
        while (i < len && (k = row_sep(s, len, i)) == 0)
            i++;
        if (i == len && !fields)
            return false; /* no separator: one field is no row */
        const char *f = s + from;
        size_t n = i - from;
        from = i < len ? i + k : len + 1;
        if (++fields > 8 || !n)
            return false;
        rd_text_date d;
        const char *by = NULL;
        for (size_t q = 0; q + 4 <= n && !by; q++)
            if (!strncasecmp(f + q, " by ", 4))
                by = f + q;
        size_t head = by ? (size_t)(by - f) : n;
        if (rd_text_date_find(f, head, lang, &d) && d.day &&
            (d.whole || rd_text_date_label(f, d.start))) {
            if (!dated)
                *dt = d;
            dated = true;
            if (!by)
                continue;
            rd_text_byline nb;
            if (got.n || !rd_text_byline_parse(a, by + 1, n - head - 1, lang, false, &nb) || !nb.n)
                return false;
            got = nb;
        } else if (n > 3 && !strncasecmp(f, "by ", 3)) {
            rd_text_byline nb;
            if (got.n || !rd_text_byline_parse(a, f, n, lang, false, &nb) || !nb.n)
                return false;
            got = nb;
        } else if (rd_text_chrome_kind(f, n) == RD_TEXT_CHROME_NONE) {
            return false;
        }
    }
    if (!dated || fields < 2)
        return false;
    *b = got;
    return true;
}

static bool
date_by_line(arena *a, const rd_text_line *ln, const char *lang, rd_text_date *dt,
             rd_text_byline *b)
{
    memset(b, 0, sizeof *b);
    if (ln->kind == RD_TEXT_PLAIN && ln->words <= 40 && meta_row(a, ln, lang, dt, b))
        return true;
    memset(b, 0, sizeof *b);
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 14 || !rd_text_date_find(ln->s, ln->len, lang, dt))
        return false;
    if (cjk_name_date(a, ln, lang, dt, b))
        return true;
    if (dt->whole)
        return false;
    memset(b, 0, sizeof *b);
    if (latin_name_cjk_date(a, ln, lang, dt, b))
        return true;
    memset(b, 0, sizeof *b);
    if (name_then_date(a, ln, lang, dt, b))
        return true;
    memset(b, 0, sizeof *b);
    rd_text_date head;
    if (!rd_text_date_find(ln->s, dt->end, lang, &head) || !head.whole)
        return false;
    size_t i = skip_clock(ln->s, ln->len, dt->end);
    /* The copy may keep a no-break space before the lead. */
    while (i < ln->len && (ln->s[i] == ' ' || ln->s[i] == ',' ||
                           (i + 1 < ln->len && !memcmp(ln->s + i, "\xc2\xa0", 2))))
        i += (unsigned char)ln->s[i] == 0xC2 ? 2 : 1;
    /* "December 10, 2021 April 9, 2019 by Jane Marsh": the update's date
     * and the post's, in either order; the post's is the earlier. */
    rd_text_date second;
    bool two = false;
    if (rd_text_date_find(ln->s + i, ln->len - i, lang, &second) && second.start == 0 &&
        dt->start == 0) {
        if (second.year * 10000 + second.month * 100 + second.day <
            dt->year * 10000 + dt->month * 100 + dt->day) {
            dt->year = second.year, dt->month = second.month, dt->day = second.day;
        }
        two = true;
        i = skip_clock(ln->s, ln->len, i + second.end);
        while (i < ln->len && (ln->s[i] == ' ' || ln->s[i] == ','))
            i++;
    }
    if (date_sep_name(a, ln, i, dt, b))
        return true;
    memset(b, 0, sizeof *b);
    /* The lead in the page's language: "13. Mai 2014, von Jane Doe",
     * "13 mai 2014 par Jane Doe" read as "May 13, 2014 by Jane Doe". */
    static const char *const leads[] = {"by ", "von ", "par ", "por "};
    size_t lead = 0;
    for (size_t k = 0; k < sizeof leads / sizeof *leads && !lead; k++) {
        size_t n = strlen(leads[k]);
        if (ln->len - i > n && strncasecmp(ln->s + i, leads[k], n) == 0)
            lead = n;
    }
    if (!lead)
        return false;
    i += lead;
    /* "2019年3月2日 09:18 by Jane | Category News | Tags ...": the
     * poster's name ends at a spaced bar; the post's filing follows. */
    size_t end = ln->len;
    for (size_t k = i; k + 2 < ln->len; k++)
        if (ln->s[k] == ' ' && ln->s[k + 1] == '|' && ln->s[k + 2] == ' ') {
            end = k;
            break;
        }
    /* ... or at the count of the post's comments ("Von Jane Doe 71
     * Kommentare"). */
    size_t count = end == ln->len ? count_at_end(ln, i) : 0;
    if (count > i)
        end = count - 1;
    size_t words = 1;
    for (size_t k = i; k < end; k++)
        words += ln->s[k] == ' ';
    if (words > 4)
        return false;
    rd_text_byline_names(a, ln->s + i, end - i, b);
    if (!b->n)
        rd_text_byline_parse(a, ln->s + i, end - i, lang, true, b);
    if (!b->n)
        rd_text_byline_handle(a, ln->s + i, end - i, b);
    /* "11/28/2016 11:00 AM PST BY HARBOUR POST STAFF": read with its
     * lead, as a desk's name is believed only after one. */
    if (!b->n)
        rd_text_byline_parse(a, ln->s + i - lead, end - i + lead, lang, false, b);
    if (lead > 3 && b->n == 1 && !rd_text_lead_word_name(b->names[0]))
        b->n = 0;
    if (two && b->n && !b->date)
        b->date = rd_text_date_format(a, dt);
    return true;
}

/* "Tuesday, May 13, 2014, by Jane Doe": a date after its weekday and
 * the poster's name; the weekday is no place the story was filed. */
static bool
weekday_date_by(arena *a, const rd_text_line *ln, const char *lang)
{
    rd_text_date dt;
    rd_text_byline b;
    return date_by_line(a, ln, lang, &dt, &b) && b.n > 0;
}

/* A short line that opens with a date, maybe after its label or the
 * place the story was filed: "11 May 2023 — See all updates", "Last
 * updated 11 May 2023 show all updates", "Madrid - 14 feb 2024 - 05:30". */
static bool
dated_line(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 10 || (ln->flags & RD_TEXT_F_SENTENCE) ||
        !rd_text_date_find(ln->s, ln->len, lang, dt))
        return false;
    size_t words_before = 0;
    for (size_t k = 0; k < dt->start; k++)
        words_before += ln->s[k] != ' ' && (k == 0 || ln->s[k - 1] == ' ');
    /* "Coast WeeklyApril 12, 2024": a site's name glued to the date. */
    bool glued = dt->start > 0 && ln->s[dt->start - 1] >= 'a' && ln->s[dt->start - 1] <= 'z';
    /* "media Sept. 2, 2016": a section's name, in any case, then the
     * date closing the line. */
    bool rubric = words_before == 1 && dt->end == ln->len && ln->words <= 5;
    return dt->start == 0 || dt->whole || rd_text_date_label(ln->s, dt->start) || rubric ||
           (words_before <= 3 && ln->s[0] >= 'A' && ln->s[0] <= 'Z' &&
            (glued || memchr(ln->s, ',', dt->start) || memchr(ln->s, '-', dt->start) ||
             memchr(ln->s, '\xe2', dt->start)));
}

/* "8h", "3d", "2 hours ago", "5 min read", a date: when a post went up. */
static bool
age_or_date(const char *s, size_t len)
{
    size_t d = 0;
    while (d < len && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d > 0 && d <= 2 && d + 1 == len && strchr("smhdwy", s[d]))
        return true;
    rd_text_date dt;
    return rd_text_chrome_kind(s, len) == RD_TEXT_CHROME_LINE ||
           (rd_text_date_find(s, len, NULL, &dt) && dt.whole);
}

/* Under the bare name at i stands when the post went up, with no name
 * of its own: a date without its year, a reading time or an age ("on
 * Mar 17", "11 min read", "2 hours ago"). The name is the author's, as
 * in "Jane Doe / 5 min read"; a title over "Posted on ... by Joe Park"
 * has its author under it. */
static bool
name_over_age(const rd_text_lines *L, size_t i)
{
    size_t j = next_nonblank(L, i + 1);
    if (j >= L->n || L->v[j].kind != RD_TEXT_PLAIN || L->v[j].words > 8)
        return false;
    const rd_text_line *ln = &L->v[j];
    bool digit = false;
    for (uint32_t k = 0; k < ln->len && !digit; k++)
        digit = ln->s[k] >= '0' && ln->s[k] <= '9';
    return rd_text_date_label(ln->s, ln->len) ||
           ((ln->chrome & 0x0F) == RD_TEXT_CHROME_LINE && digit);
}

/* A bare author name: "Jane Doe" alone, unless the same line stands
 * elsewhere above (a title printed twice is a title), or
 * it stands over when the post went up (a name printed in the header and
 * again in a bar over the text). */
static bool
bare_name(arena *a, const rd_text_lines *L, size_t i, rd_text_byline *b)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 8)
        return false;
    /* "Jane Smith in Vienna": the name and where the story was filed. */
    size_t len = ln->len;
    for (size_t k = 1; k + 4 < ln->len; k++)
        if (!memcmp(ln->s + k, " in ", 4) && ln->s[k + 4] >= 'A' && ln->s[k + 4] <= 'Z') {
            len = k;
            break;
        }
    /* "Jane Smith, AP", "Jane Smith,TIME" (two spans glued by the copy):
     * the name and, after a comma, the paper or agency it was written
     * for, in capitals. */
    for (size_t k = 2; k + 2 < len; k++) {
        if (ln->s[k] != ',')
            continue;
        size_t st = k + 1 + (ln->s[k + 1] == ' '), caps = 0;
        bool only = st < len && ln->s[k - 1] != ' ';
        for (size_t q = st; q < len && only; q++) {
            caps += ln->s[q] >= 'A' && ln->s[q] <= 'Z';
            only = (ln->s[q] >= 'A' && ln->s[q] <= 'Z') || ln->s[q] == ' ' || ln->s[q] == '&';
        }
        if (only && caps >= 2)
            len = k;
        break;
    }
    /* "Jane Smith 1 day ago": the name and how long ago it was posted. */
    for (size_t k = 1; k + 1 < len; k++)
        if (ln->s[k] == ' ' && ln->s[k + 1] >= '0' && ln->s[k + 1] <= '9') {
            if (rd_text_chrome_kind(ln->s + k + 1, len - k - 1) == RD_TEXT_CHROME_LINE) {
                len = k;
                /* "Jane Smith - 4 hours ago": a dash before the age. */
                if (len > 2 && (ln->s[len - 1] == '-' || ln->s[len - 1] == '|') &&
                    ln->s[len - 2] == ' ')
                    len -= 2;
            }
            break;
        }
    /* "Jane Smith \xe2\x80\xa2 8h", "Jane Smith \xc2\xb7 2 hours ago", "Jane Smith - 4 hours
     * ago": the name, a dot or a dash and how long ago it was posted. */
    rd_text_date posted;
    bool dated = false;
    for (size_t k = 1; k + 4 < len; k++) {
        size_t sep = 0;
        if (ln->s[k] == ' ' && (ln->s[k + 1] == '|' || ln->s[k + 1] == '-') && ln->s[k + 2] == ' ')
            sep = 1;
        else if (ln->s[k] == ' ' && !memcmp(ln->s + k + 1, "\xc2\xb7 ", 3))
            sep = 2;
        else if (ln->s[k] == ' ' && !memcmp(ln->s + k + 1, "\xe2\x80\xa2 ", 4))
            sep = 3;
        if (!sep)
            continue;
        const char *tail = ln->s + k + sep + 2;
        size_t tail_len = len - k - sep - 2;
        if (age_or_date(tail, tail_len)) {
            len = k;
            /* (a date there is when the post went up: "Jane Smith | June 3, 2019") */
            if (rd_text_date_find(tail, tail_len, NULL, &posted) && posted.whole &&
                posted.start == 0)
                dated = true;
        }
        break;
    }
    len = rd_text_cut_glued_button(ln->s, len);
    /* Names are spaced singly; "Home   About   Archive" is a menu. */
    for (size_t k = 0; k + 1 < len; k++)
        if ((ln->s[k] == ' ' && ln->s[k + 1] == ' ') || ln->s[k] == '\t')
            return false;
    if (!rd_text_byline_names(a, ln->s, len, b))
        return false;
    if (dated && !b->date)
        b->date = rd_text_date_format(a, &posted);
    for (size_t k = 0; k < i; k++)
        if (L->v[k].len == ln->len && memcmp(L->v[k].s, ln->s, ln->len) == 0)
            return name_over_age(L, i);
    return true;
}

/* A bare name over a "Follow" button: the author's card, which some
 * sites set over the headline ("Jane Doe / Follow / Aug 8, 2016 /
 * Title"). A name alone over the headline may be the site's. */
static bool
name_over_follow(arena *a, const rd_text_lines *L, size_t i, rd_text_byline *b)
{
    size_t j = next_nonblank(L, i + 1);
    return j < L->n && L->v[j].len == 6 && strncasecmp(L->v[j].s, "follow", 6) == 0 &&
           bare_name(a, L, i, b);
}

/* Whether s[0..len) holds the bytes of w. */
static bool
span_has(const char *s, size_t len, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; n && i + n <= len; i++)
        if (!memcmp(s + i, w, n))
            return true;
    return false;
}

static bool split_byline_names(arena *a, const rd_text_lines *L, size_t i, const char *lang);

/* The role line under a bare name ("BBC News, Cornwall"), under a
 * byline of one ("By Jane Doe") or under the names of a split one
 * ("Author" over "Jane Doe" over "Associate Professor of Planning,
 * University of Riverton": the label is evidence enough for a longer
 * role); the role in *role. */
static bool
role_line(arena *a, const rd_text_lines *L, size_t i, const char *lang, const char **role)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 12 || (ln->flags & RD_TEXT_F_SENTENCE) || i == 0)
        return false;
    size_t p = i;
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    if (p == 0)
        return false;
    rd_text_byline b;
    const rd_text_line *nm = &L->v[p - 1];
    bool labelled = split_byline_names(a, L, p - 1, lang);
    if (ln->words > 6 && !labelled)
        return false;
    bool bare = labelled || bare_name(a, L, p - 1, &b);
    /* under a "By" line or a label, a job reads as one: "Science
       reporter, BBC News", "Professor of History at ...", "Contributor";
       not a subhead ("What the council decided", "Council members vote
       on Tuesday night") */
    if (!bare || labelled) {
        /* one word, or a job and then a named organisation after a
           comma, "at" or "of" ("reporter at the food bank" names none) */
        bool shaped = ln->words == 1;
        for (size_t k = 0; k + 3 < ln->len && !shaped; k++) {
            size_t w = ln->s[k] == ',' && ln->s[k + 1] == ' '                             ? k + 2
                       : !strncmp(ln->s + k, " at ", 4) || !strncmp(ln->s + k, " of ", 4) ? k + 4
                                                                                          : 0;
            for (size_t q = w; w && q < ln->len && !shaped; q++)
                shaped = (q == w || ln->s[q - 1] == ' ') && ln->s[q] >= 'A' && ln->s[q] <= 'Z';
        }
        static const char *const asks[] = {"what ", "why ", "how ", "who ", "when ", "where "};
        for (size_t k = 0; k < sizeof asks / sizeof *asks && shaped; k++)
            shaped = !starts_ci(ln, asks[k]);
        if (!shaped)
            return false;
    }
    if (!bare &&
        !(starts_ci(nm, "by ") && byline_line(a, nm, lang, false, &b) && b.n == 1 && !b.roles[0]))
        return false;
    if (!rd_text_has_job_word(ln->s, ln->len))
        return false;
    const char *probe =
        bare ? arena_printf(a, "%.*s | %.*s", (int)nm->len, nm->s, (int)ln->len, ln->s)
             : arena_printf(a, "%s | %.*s", b.names[0], (int)ln->len, ln->s);
    if (!rd_text_byline_parse(a, probe, strlen(probe), lang, true, &b) || b.n != 1 ||
        !b.roles[0])
        return false;
    *role = arena_strndup(a, ln->s, ln->len);
    return true;
}

/* The value under a label line ("From:" over "Department for Transport"). */
static bool
label_value(const rd_text_lines *L, size_t i)
{
    size_t p = i;
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && is_label(&L->v[p - 1]) && L->v[i].words <= 6 &&
           !(L->v[i].flags & RD_TEXT_F_SENTENCE);
}

/* "From: Herald Sun", "Source: Agencies": a one-word label and its short
 * value on one line. */
static bool
label_pair(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 2 || ln->words > 4)
        return false;
    const char *sp = memchr(ln->s, ' ', ln->len);
    return sp && sp > ln->s + 1 && sp[-1] == ':';
}

/* A site's tagline naming where the page comes from: "From Example,
 * the free encyclopedia", "From the Vale Wiki, the local history wiki". */
static bool
source_tagline(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 4 || ln->words > 8 ||
        (ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) || !starts_ci(ln, "from "))
        return false;
    const char *c = memchr(ln->s, ',', ln->len);
    return c && (size_t)(c - ln->s) + 6 < ln->len && !strncmp(c, ", the ", 6) &&
           memchr(ln->s, ' ', (size_t)(c - ln->s)) != NULL;
}

static bool printed_twice(const rd_text_lines *L, size_t i);

/* "By" alone on its line and the names on the next one ("por" over
 * "Ana Lima"), as a header sets the two in boxes of their own, maybe a
 * blank line apart: the byline the two lines make, read into *b. */
static bool
split_byline(arena *a, const rd_text_lines *L, size_t i, const char *lang, rd_text_byline *b)
{
    /* the writer's label set over the names the same way ("Author" over
       "Jane Doe"): read as "By" */
    static const char *const labels[] = {"author",  "authors", "autor",     "autorin",
                                         "autoren", "auteur",  "auteurs",   "autore",
                                         "autora",  "autori",  "written by"};
    const rd_text_line *ln = &L->v[i];
    size_t j = next_nonblank(L, i + 1);
    bool label = rd_text_line_is_label_of(ln, labels, sizeof labels / sizeof *labels);
    if (ln->kind != RD_TEXT_PLAIN || (!label && (ln->words != 1 || ln->len > 4)) || j >= L->n ||
        j > i + 2)
        return false;
    const rd_text_line *nx = &L->v[j];
    if (nx->kind != RD_TEXT_PLAIN || nx->words < 2 || nx->words > 8)
        return false;
    const char *probe =
        label ? arena_printf(a, "By %.*s", (int)nx->len, nx->s)
              : arena_printf(a, "%.*s %.*s", (int)ln->len, ln->s, (int)nx->len, nx->s);
    return rd_text_byline_parse(a, probe, strlen(probe), lang, false, b) && b->n > 0 &&
           !b->date;
}

/* Line i holds the names under such a lone "By". */
static bool
split_byline_names(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    rd_text_byline b;
    size_t p = i;
    while (p > 0 && i - p < 2 && is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && split_byline(a, L, p - 1, lang, &b);
}

/* A label and its value on one line, unless the line stands again
 * nearby: "Evolve: Shared Mutable History" in the title bar, as the
 * heading and in the contents is a headline, not "Source: Agencies". */
static bool
label_pair_at(const rd_text_lines *L, size_t i)
{
    return label_pair(&L->v[i]) && !printed_twice(L, i);
}

static bool same_lead_run(const rd_text_lines *L, size_t k);

/* A short line ending with a comma. */
static bool
comma_tag(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 3 && ln->len > 1 && ln->s[ln->len - 1] == ',';
}

/* A list of tags whose links the copy set one to a line, each but the
 * last closed by its comma ("python," / "testing," / "django"): as
 * header furniture as a row of buttons, and the last tag is no title.
 * Two lines at least, so a lone line with a comma stays what it is. */
static bool
tag_list_line(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 3)
        return false;
    /* Two comma-ended lines at least in the run of short lines around
     * it: one ("Goodbye," / "Old Harbour") is a headline broken after
     * its comma. */
    size_t top = i, commas = 0;
    while (top > 0 && !is_blank(&L->v[top - 1]) && L->v[top - 1].kind == RD_TEXT_PLAIN &&
           L->v[top - 1].words <= 3)
        top--;
    for (size_t k = top; k < L->n && !is_blank(&L->v[k]) && L->v[k].kind == RD_TEXT_PLAIN &&
                         L->v[k].words <= 3 && commas < 2;
         k++)
        commas += comma_tag(&L->v[k]);
    if (commas < 2)
        return false;
    size_t j = next_nonblank(L, i + 1);
    if (comma_tag(ln) && j < L->n && L->v[j].kind == RD_TEXT_PLAIN && L->v[j].words <= 3)
        return true;
    size_t p = i;
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && comma_tag(&L->v[p - 1]);
}

/* Line k is a headline right over its author's bare name, the name
 * right over the text at body ("Leader spotlight: Jane Doe" / "Ann
 * Park" / text): the date, the section and the name make the short
 * lines around it look like a run of links, but a menu's entry has no
 * author under it. */
static bool
headline_over_name(arena *a, const rd_text_lines *L, size_t k, size_t body)
{
    size_t n = next_nonblank(L, k + 1);
    rd_text_byline b;
    /* A section's label may stand glued over it; under two entries or
     * more of a list (a series box, a menu) it is the list's last. */
    size_t glued = 0;
    for (size_t p = k; p > 0 && glued < 2 && !is_blank(&L->v[p - 1]); p--)
        glued++;
    return L->v[k].words >= 3 && glued < 2 && n < body && next_nonblank(L, n + 1) == body &&
           bare_name(a, L, n, &b);
}

/* A small word alone on its line between an age and a date, as a header
 * sets each part of "2 months ago on June 12, 2026" in a box of its own:
 * the word joins the two, it is no title. */
static bool
date_joiner(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words != 1 || ln->len > 3 || !starts_lower(ln) || i == 0)
        return false;
    size_t p = i, n = next_nonblank(L, i + 1);
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && n < L->n && age_or_date(L->v[p - 1].s, L->v[p - 1].len) &&
           age_or_date(L->v[n].s, L->v[n].len);
}

/* A number's word or a roman numeral ("one", "zwei", "ii", "xiv"):
 * a list's or a poem's counter, not a writer's initials. */
static bool
counter_word(const char *w, size_t n)
{
    static const char *const numbers[] = {
        "one",  "two", "six",  "ten",  "eins", "zwei", "drei", "vier", "acht", "neun",
        "zehn", "elf", "un",   "une",  "deux", "sept", "huit", "neuf", "dix",  "onze",
        "uno",  "dos", "tres", "seis", "ocho", "diez", "once", "tre",  "otto", "nove"};
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++)
        if (strlen(numbers[i]) == n && !memcmp(w, numbers[i], n))
            return true;
    for (size_t i = 0; i < n; i++)
        if (!strchr("ivxlcdm", w[i]))
            return false;
    return true;
}

/* An author's sign under the headline: a word of two to four small
 * letters alone on its line ("so", "jdr"), as papers sign short news
 * with the writer's initials. It is no title, nor the text. A small
 * word under a headline may as well open a poem ("so", "and") or
 * count a list's items ("one"): the sign needs the header's furniture
 * glued right under it, a button ("Artikel empfehlen:"), the date or
 * the byline. */
static bool
initials_sign(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words != 1 || ln->len < 2 || ln->len > 4 || i == 0 ||
        i + 1 >= L->n)
        return false;
    for (uint32_t k = 0; k < ln->len; k++)
        if (ln->s[k] < 'a' || ln->s[k] > 'z')
            return false;
    if (counter_word(ln->s, ln->len))
        return false;
    const rd_text_line *t = &L->v[i - 1];
    const rd_text_line *u = &L->v[i + 1];
    if (t->kind != RD_TEXT_PLAIN || t->words < 3 || (t->flags & RD_TEXT_F_SENTENCE) ||
        starts_lower(t))
        return false;
    /* (in text wrapped at a fixed width, a word that would not have fit on
       the line above is that line's last: "... two hours in the" / "air") */
    if (L->wrapped && t->indent + t->cps + 1 + ln->cps > L->width)
        return false;
    rd_text_date dt;
    rd_text_byline b;
    return is_chrome(u) || rd_text_is_page_action(u->s, u->len) || date_line(u, lang, &dt) ||
           byline_line(a, u, lang, false, &b);
}

static bool disclosure_label(const rd_text_line *ln);
static bool header_note(arena *a, const rd_text_lines *L, size_t i, const char *lang);

/* Lines of the header cluster that are neither title nor dek. */
static bool
furniture(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    rd_text_date dt;
    rd_text_byline b;
    const char *role;
    return (ln->kind != RD_TEXT_PLAIN && ln->kind != RD_TEXT_HASH) || is_chrome(ln) ||
           !rd_text_line_has_letter(ln) || date_line(ln, lang, &dt) || dated_line(ln, lang, &dt) ||
           rd_text_date_label(ln->s, ln->len) || byline_line(a, ln, lang, false, &b) ||
           date_by_line(a, ln, lang, &dt, &b) || is_caption(L, i) || credited_caption(ln) ||
           disclosure_label(ln) || header_note(a, L, i, lang) || is_field(ln) ||
           field_value(L, i) || is_label(ln) || label_pair_at(L, i) || label_value(L, i) ||
           source_tagline(ln) || role_line(a, L, i, lang, &role) ||
           split_byline(a, L, i, lang, &b) || split_byline_names(a, L, i, lang) ||
           same_lead_run(L, i) || tag_list_line(L, i) || date_joiner(L, i) ||
           initials_sign(a, L, i, lang);
}

/* A header line: a date, a byline or a bare name. */
static bool
header_meta(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    rd_text_date dt;
    rd_text_byline b;
    return date_line(ln, lang, &dt) || byline_line(a, ln, lang, false, &b) ||
           date_by_line(a, ln, lang, &dt, &b) || bare_name(a, L, i, &b);
}

/* A label over a note about the author's ties, set between the byline
 * and the text ("Disclosure statement" over "Jane Doe receives funding
 * from ...", "Partners" over "The university provides funding ..."). */
static bool
disclosure_label(const rd_text_line *ln)
{
    static const char *const labels[] = {"disclosure statement",
                                         "disclosure",
                                         "disclosures",
                                         "conflict of interest",
                                         "conflicts of interest",
                                         "competing interests",
                                         "declaration of interests",
                                         "partners"};
    return rd_text_line_is_label_of(ln, labels, sizeof labels / sizeof *labels);
}

static bool role_line(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                      const char **role);

/* Line i is such a note: right under its label, of a paragraph's length
 * at most, with the header's byline, date or the author's role a few
 * lines over the label. */
static bool
disclosure_note(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 80 || disclosure_label(ln))
        return false;
    /* it reads as one: funding, a member's or a consultant's ties */
    static const char *const ties[] = {"fund",        "member of", "does not work for", "receives",
                                       "consult",     "shares in", "no relevant",       "declare",
                                       "affiliation", "partner"};
    bool tie = false;
    for (size_t k = 0; k < sizeof ties / sizeof *ties && !tie; k++)
        tie = span_has(ln->s, ln->len, ties[k]);
    if (!tie)
        return false;
    size_t p = i;
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    if (p == 0 || !disclosure_label(&L->v[p - 1]))
        return false;
    size_t seen = 0;
    for (size_t q = p - 1; q > 0 && seen < 8;) {
        q--;
        if (is_blank(&L->v[q]))
            continue;
        seen++;
        const char *role;
        if (header_meta(a, L, q, lang) || role_line(a, L, q, lang, &role) ||
            (disclosure_note(a, L, q, lang)))
            return true;
    }
    return false;
}

static bool bio_of(const rd_text_line *ln, const char *name);

/* Line i is a word about the author right under the byline ("by Jane
 * Doe" over "Jane Doe is a historian at ..."), or a note under its
 * label (disclosure_note): the header's, never the text's first
 * paragraph. */
static bool
header_note(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    if (disclosure_note(a, L, i, lang))
        return true;
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 60)
        return false;
    size_t p = i;
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    /* A contributor's tagline in the first person under the name and
     * role ("Jane Doe" / "Contributor" / "I write about ..."), past a
     * disclaimer between them. */
    static const char *const tags[] = {"I write about ", "I cover ", "I report on "};
    for (size_t k = 0; k < sizeof tags / sizeof *tags && ln->words <= 15; k++) {
        if (!starts_ci(ln, tags[k]) || has_sentence_break(ln))
            continue;
        /* a button or a disclaimer right beside it: a card's */
        size_t nx = next_nonblank(L, i + 1);
        bool chrome_by = (p > 0 && is_chrome(&L->v[p - 1])) || (nx < L->n && is_chrome(&L->v[nx]));
        size_t q = p;
        while (q > 0 && (is_blank(&L->v[q - 1]) || is_chrome(&L->v[q - 1])))
            q--;
        const char *role;
        rd_text_byline nb;
        if (chrome_by && q > 0 &&
            (role_line(a, L, q - 1, lang, &role) || bare_name(a, L, q - 1, &nb)))
            return true;
    }
    rd_text_byline b;
    if (!(p > 0 && byline_line(a, &L->v[p - 1], lang, false, &b) && b.n == 1 &&
          bio_of(ln, b.names[0])))
        return false;
    /* a bio's own words: "Jane Doe is a historian", "... covers the
       coast"; not "Jane Doe was twelve when ..." nor "... is not the name
       I was born with" (a story in the first person) */
    const char *v = ln->s + strlen(b.names[0]);
    static const char *const bio[] = {" is a ", " is an ", " is the ", " writes ", " covers "};
    bool verb = false;
    for (size_t k = 0; k < sizeof bio / sizeof *bio && !verb; k++)
        verb = !strncmp(v, bio[k], strlen(bio[k]));
    static const char *const first[] = {" I ", " my ", " me ", " I'm ", " My "};
    for (size_t k = 0; k < sizeof first / sizeof *first && verb; k++)
        verb = !span_has(ln->s, ln->len, first[k]);
    size_t stops = 0;
    for (size_t k = 0; k + 1 < ln->len; k++)
        stops += (ln->s[k] == '.' || ln->s[k] == '!' || ln->s[k] == '?') && ln->s[k + 1] == ' ';
    return verb && stops <= 1;
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
static bool
printed_twice(const rd_text_lines *L, size_t i)
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
        if (!is_blank(&L->v[k]) && rd_text_line_is_prose(&L->v[k]))
            return false;
    for (size_t k = j + 1, seen = 0; k < L->n && seen < 12; k++) {
        const rd_text_line *x = &L->v[k];
        if (is_blank(x))
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
    return !date_line(ln, lang, &dt) && !byline_line(a, ln, lang, false, &b) &&
           !date_by_line(a, ln, lang, &dt, &b);
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
        if (is_blank(ln))
            continue;
        seen++;
        if (byline_line(a, ln, lang, false, &b) ||
            (date_by_line(a, ln, lang, &dt, &b) && b.n > 0))
            return true;
        date = date || date_line(ln, lang, &dt) || dated_line(ln, lang, &dt);
        name = name || bare_name(a, L, k, &b);
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
static bool
same_lead_run(const rd_text_lines *L, size_t k)
{
    const rd_text_line *ln = &L->v[k];
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 3 || ln->words > 6)
        return false;
    size_t from = k, to = k;
    while (from > 0 && !is_blank(&L->v[from - 1]) && same_lead(&L->v[from - 1], ln) &&
           L->v[from - 1].words <= 6)
        from--;
    while (to + 1 < L->n && !is_blank(&L->v[to + 1]) && same_lead(&L->v[to + 1], ln) &&
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
        if (is_blank(&L->v[k]))
            continue;
        seen++;
        if (byline_line(a, &L->v[k], lang, false, &b) && b.n > 0 && starts_ci(&L->v[k], "by ")) {
            size_t p = k;
            while (p > 0 && is_blank(&L->v[p - 1]))
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
    size_t k = next_nonblank(L, y + 1);
    rd_text_byline b;
    rd_text_date dt;
    return k < x && next_nonblank(L, k + 1) == x && starts_ci(&L->v[k], "by ") &&
           (byline_line(a, &L->v[k], lang, false, &b) || date_by_line(a, &L->v[k], lang, &dt, &b));
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
    if (!title_ok(ln) || ln->words < 2 || is_all_caps(ln) || is_chrome(ln) ||
        rd_text_line_is_prose(ln))
        return false;
    size_t entries = 0;
    for (size_t k = t; k > 0 && entries < 2; k--) {
        const rd_text_line *u = &L->v[k - 1];
        if (is_blank(u) || !(rd_text_line_is_link_like(u) || is_chrome(u)))
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
        starts_lower(ln) || runs_on(L, y))
        return false;
    /* "It rained. We left. Then it snowed." is a paragraph's start. */
    size_t breaks = 0;
    for (uint32_t i = 1; i + 2 < ln->len; i++)
        breaks += (ln->s[i] == '.' || ln->s[i] == '!' || ln->s[i] == '?') && ln->s[i + 1] == ' ';
    if (breaks > 1)
        return false;
    size_t p = y;
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    if (p > 0 && rd_text_line_is_prose(&L->v[p - 1]) && !is_chrome(&L->v[p - 1]))
        return false;
    /* A headline over it ("Ferry Service Returns" over "The boat is
     * back.") is the title, and the sentence its dek; a section's label
     * in capitals ("HARBOURS") or a menu's entry is no headline. */
    if (p > 0 && headline_over(L, p - 1))
        return false;
    for (size_t k = next_nonblank(L, d + 1), seen = 0; k < body && seen < 2;
         k = next_nonblank(L, k + 1), seen++) {
        rd_text_date dt;
        rd_text_byline b;
        if (date_line(&L->v[k], lang, &dt) || byline_line(a, &L->v[k], lang, false, &b))
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
        if (ln->kind != RD_TEXT_PLAIN || is_chrome(ln) || starts_lower(ln) || is_caption(L, i) ||
            header_note(a, L, i, lang) || date_row(ln, lang, &rowd) ||
            (ln->words <= 40 && meta_row(a, ln, lang, &rowd, &rowb)))
            continue;
        bool prose = rd_text_line_is_prose(ln);
        if (!prose && ln->cps >= 50 && ln->words >= 8 && i + 1 < L->n) {
            const rd_text_line *nx = &L->v[i + 1];
            prose = nx->kind == RD_TEXT_PLAIN && (starts_lower(nx) || runs_on(L, i));
        }
        if (!prose || printed_twice(L, i))
            continue;
        /* A headline with its full stop over its dek and byline. */
        if (i + 1 < L->n && dotted_title(a, L, i, i + 1, L->n, lang))
            continue;
        /* "By Jane Doe, a reporter. She covers the coast.": a byline
         * with a word about its author, no text. */
        rd_text_byline bb;
        if (starts_ci(ln, "by ") && byline_line(a, ln, lang, false, &bb))
            continue;
        bool header = false;
        size_t seen = 0;
        for (size_t j = next_nonblank(L, i + 1); j < L->n && seen < 12;
             j = next_nonblank(L, j + 1), seen++) {
            const rd_text_line *x = &L->v[j];
            /* A bare name under the line is a picture's credit when the
             * header over it names the author already. */
            if (!is_chrome(x) && header_meta(a, L, j, lang) &&
                (!rd_text_line_is_prose(x) || starts_ci(x, "by ")) &&
                !(only_name(a, L, j, lang) && named_above(a, L, i, lang))) {
                header = true;
                break;
            }
            /* A headline printed twice under it, both copies before the
             * next prose: the line is a notice over the article's header
             * ("This story is unlisted ..."), not its text. */
            if (x->words >= 3 && title_ok(x) && !is_chrome(x) && twice_below(L, j, i)) {
                header = true;
                break;
            }
            if (rd_text_line_is_prose(x) && !starts_lower(x) && !is_chrome(x) &&
                !is_caption(L, j) && !header_note(a, L, j, lang))
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
        if (is_blank(&L->v[k]))
            continue;
        if (L->v[k].words > 3 || (!rd_text_line_is_link_like(&L->v[k]) && !is_chrome(&L->v[k])))
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
           ln->words < 25 && ln->cps < 200 && !starts_lower(ln);
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
    size_t p = j, n = next_nonblank(L, j + 1);
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && n < L->n && rd_text_line_is_link_like(&L->v[p - 1]) &&
           !is_chrome(&L->v[p - 1]) && rd_text_line_is_link_like(&L->v[n]) &&
           !is_chrome(&L->v[n]);
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
        if (is_blank(ln) || (ln->words < 4 && ln->cps < 16) || !title_ok(ln) ||
            furniture(a, L, k, lang))
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
    while (d < body && is_chrome(&L->v[d])) /* a caption with its credit */
        d = next_nonblank(L, d + 1);
    if (d >= body || furniture(a, L, d, lang) || bare_name(a, L, d, &nb) ||
        starts_lower(&L->v[d]) || (L->v[d].flags & RD_TEXT_F_SOFTEND) ||
        !(L->v[d].words >= 6 || (L->v[d].flags & RD_TEXT_F_SENTENCE)) || L->v[d].words > 60)
        return false;
    size_t k = d;
    while (k + 1 < body && k - d < 4 && runs_on(L, k))
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
            if (is_blank(&L->v[j])) {
                size_t j2 = dir < 0 ? j - (j > 0) : j + 1;
                if (j2 == j || j2 >= L->n || is_blank(&L->v[j2]))
                    break;
                continue;
            }
            if (!rd_text_line_is_link_like(&L->v[j]) && !is_chrome(&L->v[j]))
                break;
            run++, seen++;
        }
    }
    return run >= 3;
}

/* s occurs in the line, ignoring ASCII case. */
static bool
has_word_ci(const rd_text_line *ln, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + n <= ln->len; i++)
        if (strncasecmp(ln->s + i, s, n) == 0)
            return true;
    return false;
}

static bool
has_digit(const rd_text_line *ln)
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
        if (is_blank(ln))
            continue;
        /* "Comments" in the header is a button; the box is the one
         * that names other stories. */
        if ((ln->chrome & 0x0F) == RD_TEXT_CHROME_CUT)
            return headline && !has_word_ci(ln, "comment") && !has_word_ci(ln, "komment")
                       ? k
                       : (size_t)-1;
        /* The header's own date means this is the header. */
        if (rd_text_line_is_prose(ln) || ln->words > 20 || date_line(ln, lang, &dt))
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
        if (is_blank(x))
            continue;
        n++;
        bool e = rd_text_line_is_link_like(x) || is_chrome(x);
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
        (i + 1 < L->n && starts_lower(&L->v[i + 1])))
        return false;
    if (printed_twice(L, i))
        return true;
    /* Two of the four lines around it are menu entries or chrome. */
    int entries = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t j = i;
        for (int seen = 0; seen < 2;) {
            if (dir < 0 ? j == 0 : j + 1 >= L->n)
                break;
            j = dir < 0 ? j - 1 : j + 1;
            if (is_blank(&L->v[j]))
                continue;
            seen++;
            /* ... or other headlines: a list of stories. */
            const rd_text_line *x = &L->v[j];
            entries += rd_text_line_is_link_like(x) || is_chrome(x) ||
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
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    return meta_between || (p > 0 && is_chrome(&L->v[p - 1]));
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
          !is_all_caps(yl) && !runs_on(L, y) && x - y <= 2 && !is_chrome(yl) && !in_link_run(L, y)))
        return false;
    size_t p = y;
    while (p > 0 && is_blank(&L->v[p - 1]))
        p--;
    return p == 0 || is_chrome(&L->v[p - 1]) || !title_ok(&L->v[p - 1]) ||
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
    while (k > 0 && is_blank(&L->v[k - 1]))
        k--;
    if (k == 0)
        return body;
    const rd_text_line *ln = &L->v[k - 1];
    if (ln->kind != RD_TEXT_ORDERED || ln->delim != '.' || !rd_text_line_has_letter(ln) ||
        ln->words > 8 || rd_text_line_is_prose(ln))
        return body;
    size_t p = k - 1;
    while (p > 0 && is_blank(&L->v[p - 1]))
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
    while (k > 0 && !is_blank(&L->v[k - 1]) && body - k < 3)
        k--;
    const rd_text_line *ln = &L->v[k];
    if (k < body && (k == 0 || is_blank(&L->v[k - 1])) && ln->kind == RD_TEXT_PLAIN &&
        !is_chrome(ln) && rd_text_line_is_copyright(ln))
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
        while (k > 0 && is_blank(&L->v[k - 1]))
            k--;
        if (k == 0)
            break;
        const rd_text_line *ln = &L->v[k - 1];
        if (ln->kind != RD_TEXT_PLAIN || is_chrome(ln) || ln->words > 12)
            break;
        /* The mark that ends it, past an emoji ("Hi everyone! \xf0\x9f\x91\x8b"). */
        size_t e = ln->len;
        while (e > 0 && ((unsigned char)ln->s[e - 1] >= 0x80 || ln->s[e - 1] == ' '))
            e--;
        bool greet = false;
        for (size_t h = 0; h < sizeof hello / sizeof *hello && !greet; h++)
            greet = starts_ci(ln, hello[h]);
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
    if (next_nonblank(L, 0) != k)
        return false;
    size_t entries = 0;
    size_t end = menu_run(a, L, next_nonblank(L, k + 1), lang, &entries);
    if (entries < 6)
        return false;
    /* Not known yet: the first line after the menu shaped as a headline
     * ("Mein Tagebuch" right under a blog's menu, the date over both
     * the blog's). With none, the date may well be the text's. */
    if (title >= L->n) {
        title = next_nonblank(L, end);
        while (title < L->n && (is_chrome(&L->v[title]) || !title_shaped(&L->v[title]) ||
                                L->v[title].words < 2 || !rd_text_line_has_letter(&L->v[title])))
            title = next_nonblank(L, title + 1);
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
    size_t top = next_nonblank(L, 0);
    if (top >= y || next_nonblank(L, top + 1) != y || L->v[top].words > 3 ||
        (L->v[top].flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)))
        return (size_t)-1;
    size_t d = next_nonblank(L, y + 1), x = next_nonblank(L, d + 1);
    if (x >= L->n || !((date_line(&L->v[d], lang, dt) && dt->whole) ||
                       (L->v[d].kind == RD_TEXT_PLAIN && short_dotted_date(&L->v[d], dt))))
        return (size_t)-1;
    const rd_text_line *xl = &L->v[x];
    size_t text = next_nonblank(L, x + 1);
    /* (the headline in headline case, the motto not: a section's label,
       an author's name or a greeting over a dated title and its dek is
       no masthead) */
    if (xl->words < 4 || xl->words > 15 || !title_ok(xl) || runs_on(L, x) || text >= L->n ||
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
        if (is_blank(ln))
            continue;
        seen++;
        /* A bare name counts with its age ("Jane Doe 2 hours ago"). */
        if (date_line(ln, lang, &dt) || byline_line(a, ln, lang, false, &b) ||
            date_by_line(a, ln, lang, &dt, &b) ||
            (has_digit(ln) && bare_name(a, L, k, &b))) {
            meta_at = k;
            break;
        }
        /* A headline of a script set without spaces is one "word". */
        if (!furniture(a, L, k, lang) && !same_lead_run(L, k) &&
            (ln->words > 3 || (ln->flags & RD_TEXT_F_SENTENCE) ||
             (ln->cps > 12 && rd_text_line_has_cjk(ln))) &&
            (!in_link_run(L, k) || headline_over_name(a, L, k, body))) {
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
        size_t under = next_nonblank(L, meta_at + 1);
        under_meta = under == head_at;
        /* Buttons over the byline do not count toward the window; any
         * line that could be a title blocks, short ones ("Sea Walls") and
         * ones in lower case ("eBay Sellers Flock to the Harbour") too,
         * but not an entry of the site's menu. */
        bool above = false;
        for (size_t k = meta_at, seen = 0; k-- > 0 && seen < 3 && !above;) {
            const rd_text_line *x = &L->v[k];
            if (is_blank(x) || is_chrome(x))
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
        date_line(&L->v[meta_at], lang, &(rd_text_date){0}))
        by_title = titled_byline_over(a, L, meta_at, lang);
    if (meta_at != (size_t)-1 && heads > 0 && !captioned &&
        ((heads < 2 && under_meta) ||
         (date_line(&L->v[meta_at], lang, &(rd_text_date){0}) && by_title == (size_t)-1)))
        meta_at = (size_t)-1;
    /* x: the line (or wrapped lines) nearest the text; y: the one above. */
    size_t xs = (size_t)-1, xe = 0, y = (size_t)-1, name_top = (size_t)-1;
    for (size_t k = body; k-- > 0;) {
        const rd_text_line *ln = &L->v[k];
        rd_text_byline b;
        /* A contents box right over the text is the page's: its last
         * entry is no title. */
        if (is_blank(ln) || furniture(a, L, k, lang) || (meta_at != (size_t)-1 && k > meta_at) ||
            rd_text_toc_entry(a, L, k))
            continue;
        if (bare_name(a, L, k, &b)) {
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
            while (xs > 0 && !is_blank(&L->v[xs - 1]) && !is_chrome(&L->v[xs - 1]) && xe - xs < 4 &&
                   runs_on(L, xs - 1))
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
        bool dek_ok = !starts_lower(&L->v[xs]) && !(xl->flags & RD_TEXT_F_SOFTEND) &&
                      (dek_words >= 6 || (xl->flags & RD_TEXT_F_SENTENCE)) && dek_words <= 60;
        const rd_text_line *yl = y != (size_t)-1 ? &L->v[y] : NULL;
        /* A line under the byline or date is the text's first, not a dek
         * ("Title / By A | May 3 / It was late. / ..."). */
        bool meta_between = false;
        for (size_t k = y != (size_t)-1 ? y + 1 : xs; k < xs && !meta_between; k++) {
            rd_text_date dt;
            rd_text_byline b;
            meta_between = !is_blank(&L->v[k]) &&
                           (date_line(&L->v[k], lang, &dt) || byline_line(a, &L->v[k], lang, false, &b) ||
                            date_by_line(a, &L->v[k], lang, &dt, &b));
        }
        /* A sentence under the title is a dek when the byline or date
         * follows it; with nothing of the header under it, it is the
         * text's first line ("The Long Walk Home / It took us three days."). */
        bool sentence = (xl->flags & RD_TEXT_F_SENTENCE) && !(xl->flags & RD_TEXT_F_QUESTION);
        bool meta_after = false;
        for (size_t k = xe + 1; k < body && !meta_after; k++)
            meta_after = !is_blank(&L->v[k]) && header_meta(a, L, k, lang);
        if (yl && dek_ok && sentence && !meta_after && !meta_between && title_ok(yl) &&
            !is_kicker(yl) && !runs_on(L, y) && !rd_text_line_is_prose(xl)) {
            title = y;
            body = xs;
        } else if (yl && dek_ok && meta_between && title_ok(yl) && !is_kicker(yl) &&
            (xl->flags & RD_TEXT_F_SENTENCE) && !rd_text_line_is_prose(xl)) {
            title = y;
            body = xs;
        } else if (yl && dek_ok &&
                   (title_ok(yl) || (xs == xe && dotted_title(a, L, y, xe, body, lang))) &&
                   !is_kicker(yl) && !runs_on(L, y) &&
                   !label_over(L, y, xs, xs == xe, meta_between) &&
                   !(xs == xe && meta_at != (size_t)-1 && !(xl->flags & RD_TEXT_F_SENTENCE) &&
                     headline_case(xl))) {
            /* A line in headline case right over the byline is the title
             * itself, not a dek: a line of links may stand over it. */
            title = y;
            dek_s = xs, dek_e = xe;
        } else if (yl && xs == xe && by_under(a, L, y, xs, lang) && title_ok(yl) &&
                   yl->words >= 4 && !is_kicker(yl) && !runs_on(L, y) &&
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
                under = !is_blank(&L->v[k]) && header_meta(a, L, k, lang);
            bool menu_end = ends_menu(L, xs);
            if (!(menu_end || (xl->words >= 8 && has_sentence_break(xl) && !under)))
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
        !name_over_age(L, name_top))
        title = name_top;
    /* A blog's masthead over a dated post: the headline under the date
     * was taken for the dek or the text's first line. */
    rd_text_date posted;
    if (title != (size_t)-1) {
        size_t h = masthead_over_date(L, title, lang, &posted);
        if (h != (size_t)-1 && (h == body || (h == xs && xs == xe && dek_s == xs))) {
            title = h;
            body = next_nonblank(L, h + 1);
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
        if (!dek_at(a, L, next_nonblank(L, first_copy + 1), twice, lang, &dek_s, &dek_e))
            if (!dek_at(a, L, next_nonblank(L, twice + 1), body, lang, &dek_s, &dek_e))
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
        if (k == title || (k >= dek_s && k <= dek_e && dek_s != (size_t)-1) || is_blank(ln) ||
            is_chrome(ln) || is_caption(L, k) || header_note(a, L, k, lang) ||
            (first_copy != (size_t)-1 && k == first_copy))
            continue;
        /* Over a headline printed twice right under it, a paragraph (maybe
         * wrapped) is a notice about the page ("This story is unlisted ..."). */
        if (twice != (size_t)-1 && twice == title && k < first_copy) {
            size_t e = k;
            while (e + 1 < first_copy && !is_blank(&L->v[e + 1]))
                e++;
            if (next_nonblank(L, e + 1) == first_copy)
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
        if (k + 8 > title && (!(ln->flags & RD_TEXT_F_SENTENCE) || starts_ci(ln, "by ")) &&
            (byline_line(a, ln, lang, false, &hb) || date_by_line(a, ln, lang, &hd, &hb) ||
             date_line(ln, lang, &hd)))
            continue;
        /* A long line without a sentence's end is no prose when it is
         * another story's headline in a menu over the header, or a
         * headline or caption between the byline and the text. */
        if (rd_text_line_is_prose(ln) ||
            (ln->cps >= 60 && ln->words >= 10 &&
             !((k > title || far_over(L, k, title)) && teaser(L, k)) &&
             !(meta_at != (size_t)-1 && k > meta_at && k > title)))
            return (size_t)-1;
    }
    /* A Japanese headline's second half may stand on a line of its own
     * opening with a wave dash, under the first: the two lines are one
     * title, which the anchored walk found at its second line. */
    const rd_text_line *half = title > 0 ? &L->v[title - 1] : NULL;
    if (half && opens_with_wave(&L->v[title]) && !is_blank(half) && half->role == RD_TEXT_CONTENT &&
        headline_half(half) && !is_chrome(half) && !opens_with_wave(half)) {
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
        !date_line(&L->v[meta_at], lang, &(rd_text_date){0}) &&
        !byline_line(a, &L->v[meta_at], lang, false, &nb) && has_digit(&L->v[meta_at]) &&
        bare_name(a, L, meta_at, &nb)) {
        take_byline(a, meta, &nb);
        L->v[meta_at].role = RD_TEXT_META;
    }
    for (size_t k = title + 1; k < body; k++) {
        rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        rd_text_byline b;
        const char *role;
        if (is_blank(ln) || ln->role != RD_TEXT_CONTENT)
            continue;
        ln->role = RD_TEXT_DROP;
        if (k == next_nonblank(L, title + 1) && ln->kind == RD_TEXT_RULE) {
            ln->role = RD_TEXT_META; /* the title's underline */
            continue;
        }
        if (is_chrome(ln))
            continue;
        if (date_line(ln, lang, &dt)) {
            if (!meta->date) {
                meta->date = rd_text_date_format(a, &dt);
                ln->role = RD_TEXT_META;
            }
        } else if (meta->n_authors == 0 && next_nonblank(L, k + 1) < body &&
                   split_byline(a, L, k, lang, &b)) {
            take_byline(a, meta, &b);
            ln->role = L->v[next_nonblank(L, k + 1)].role = RD_TEXT_META;
        } else if (!meta->date && dated_line(ln, lang, &dt) && dt.start > 0 &&
                   !rd_text_date_label(ln->s, dt.start) &&
                   !(meta->n_authors == 0 &&
                     (name_then_date(a, ln, lang, &dt, &b) || cjk_name_date(a, ln, lang, &dt, &b) ||
                      byline_line(a, ln, lang, false, &b) || weekday_date_by(a, ln, lang)))) {
            meta->date = rd_text_date_format(a, &dt); /* "Madrid - 14 feb 2024" */
            ln->role = RD_TEXT_META;
        } else if (byline_line(a, ln, lang, false, &b) || date_by_line(a, ln, lang, &dt, &b)) {
            if (!b.date && b.n == 0 && !meta->date)
                b.date = rd_text_date_format(a, &dt);
            if (!meta->date && !b.date && rd_text_date_find(ln->s, ln->len, lang, &dt))
                b.date = rd_text_date_format(a, &dt);
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (meta->n_authors == 0 && !field_value(L, k) && bare_name(a, L, k, &b)) {
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (meta->n_authors == 1 && !meta->author_roles[0] &&
                   role_line(a, L, k, lang, &role)) {
            meta->author_roles[0] = role;
            ln->role = RD_TEXT_META;
        } else if (!meta->date && date_and_clock(ln, lang, &dt)) {
            meta->date = rd_text_date_format(a, &dt); /* "24. März 2004, 19:49 | jdoe" */
            ln->role = RD_TEXT_META;
            if (meta->n_authors == 0 && name_then_count(a, L, k, lang, &b))
                take_byline(a, meta, &b);
        }
    }
    /* Above it, only a date or byline the cluster lacked (and the dek
     * under the first copy of a title printed twice). */
    for (size_t k = 0; k < title; k++) {
        rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        rd_text_byline b;
        if (is_blank(ln) || ln->role == RD_TEXT_META)
            continue;
        ln->role = RD_TEXT_DROP;
        if (is_chrome(ln))
            continue;
        if (!meta->date && date_line(ln, lang, &dt) && !masthead_date(a, L, k, title, lang)) {
            meta->date = rd_text_date_format(a, &dt);
            ln->role = RD_TEXT_META;
        } else if (!meta->n_authors && byline_line(a, ln, lang, false, &b)) {
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (!meta->n_authors && k + 8 > title && date_by_line(a, ln, lang, &dt, &b) &&
                   b.n > 0) {
            /* "18/03/2019 | Jane Doe" over the headline. */
            if (!b.date && !meta->date)
                b.date = rd_text_date_format(a, &dt);
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (!meta->n_authors && k + 8 > title && name_over_follow(a, L, k, &b)) {
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (!meta->date && next_nonblank(L, k + 1) == title && dated_line(ln, lang, &dt)) {
            /* "media Sept. 2, 2016": the section and the date right over
             * the headline. */
            meta->date = rd_text_date_format(a, &dt);
            ln->role = RD_TEXT_META;
        }
    }
    for (size_t k = box != (size_t)-1 ? box : text; k < text; k++)
        if (!is_blank(&L->v[k]) && L->v[k].role == RD_TEXT_CONTENT)
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
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 2 || is_chrome(ln) || !title_shaped(ln))
        return false;
    for (size_t k = i + 1; k < end; k++)
        if (!is_blank(&L->v[k]) && !is_chrome(&L->v[k]) && !source_tagline(&L->v[k]))
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
    size_t i = next_nonblank(L, 0);
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
                if (!is_blank(&L->v[k]))
                    L->v[k].role = RD_TEXT_DROP;
            last_menu = end - 1;
            i = next_nonblank(L, end);
            continue;
        }
        if (is_chrome(ln)) {
            ln->role = RD_TEXT_DROP;
        } else if (date_line(ln, lang, &dt)) {
            if (!meta->date && !masthead_date(a, L, i, L->n, lang)) {
                meta->date = rd_text_date_format(a, &dt);
                ln->role = RD_TEXT_META;
            } else {
                ln->role = RD_TEXT_DROP;
            }
        } else if (byline_line(a, ln, lang, false, &b)) {
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (date_by_line(a, ln, lang, &dt, &b) && b.n &&
                   name_then_date(a, ln, lang, &dt, &b)) {
            /* "Jane Marsh / 10:08 am Fri Jul 19, 2013" over the headline:
             * the poster and the date, no title. */
            if (!b.date)
                b.date = rd_text_date_format(a, &dt);
            take_byline(a, meta, &b);
            ln->role = RD_TEXT_META;
        } else if (last_menu != (size_t)-1 && next_nonblank(L, last_menu + 1) == i &&
                   L->v[last_menu].kind == RD_TEXT_PLAIN && L->v[last_menu].chrome == 0 &&
                   rd_text_line_is_heading_like(&L->v[last_menu]) &&
                   date_by_line(a, ln, lang, &dt, &b) && b.n) {
            /* "Home / News / Harbour Wall / April 9, 2019 by Jane Marsh":
             * the date and its poster under a menu's last entry, which
             * is the title glued to the menu. */
            if (!b.date)
                b.date = rd_text_date_format(a, &dt);
            take_byline(a, meta, &b);
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

/* Lines and words a repeated byline may stand under before the text. */
#define AGAIN_LINES 40
#define AGAIN_WORDS 120

static bool long_paragraph(const rd_text_line *ln);

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
        if (is_blank(ln) || ln->role != RD_TEXT_CONTENT)
            continue;
        if (ln->words <= 8 && byline_line(a, ln, lang, false, &b) && same_authors(&b, meta)) {
            last = k;
            continue;
        }
        words += ln->words;
        if (long_paragraph(ln) || words > AGAIN_WORDS ||
            (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
            break;
    }
    if (last == (size_t)-1)
        return body;
    for (size_t k = body; k <= last; k++)
        if (!is_blank(&L->v[k]))
            L->v[k].role = RD_TEXT_DROP;
    return next_nonblank(L, last + 1);
}

/* Whether ln opens with a quotation mark: " â Â« â. */
static bool
opens_quoted(const rd_text_line *ln)
{
    const unsigned char *u = (const unsigned char *)ln->s;
    return ln->len >= 3 && (u[0] == '"' || (u[0] == 0xC2 && u[1] == 0xAB) ||
                            (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9E)));
}

static bool long_paragraph(const rd_text_line *ln);

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
    while (i < L->n && (is_blank(&L->v[i]) || L->v[i].role != RD_TEXT_CONTENT))
        i++;
    size_t first = i, parts = 0;
    while (i < L->n && parts < 2 && L->v[i].role == RD_TEXT_CONTENT &&
           L->v[i].kind == RD_TEXT_PLAIN && L->v[i].words >= 1 && L->v[i].words <= 3 &&
           !(L->v[i].flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) && !lone_dash(&L->v[i]) &&
           L->v[i].s[0] >= 'A' && L->v[i].s[0] <= 'Z')
        i++, parts++;
    if (!parts || i >= L->n || !lone_dash(&L->v[i]) || L->v[i].role != RD_TEXT_CONTENT)
        return k;
    size_t t = next_nonblank(L, i + 1);
    if (t >= L->n || L->v[t].role != RD_TEXT_CONTENT || !long_paragraph(&L->v[t]))
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
    size_t t = next_nonblank(L, body + 2);
    rd_text_byline b;
    if (cap->kind != RD_TEXT_PLAIN || !(cap->flags & RD_TEXT_F_SENTENCE) || cap->words < 5 ||
        cap->words > 40 || opens_quoted(cap) || cap->role != RD_TEXT_CONTENT)
        return body;
    /* The credit already known as one ("Ana Lima/Coast Weekly"), right
     * under the caption, and the text's first paragraph under it, past
     * a dateline set out on lines of its own. */
    size_t d = split_dateline(L, body + 2, false);
    t = next_nonblank(L, d);
    if ((is_credit(cr) || (cr->chrome && slash_credit(cr))) && t < L->n &&
        L->v[t].role == RD_TEXT_CONTENT && long_paragraph(&L->v[t])) {
        cap->role = RD_TEXT_DROP;
        split_dateline(L, body + 2, true);
        return t;
    }
    t = next_nonblank(L, body + 2);
    if (cr->kind != RD_TEXT_PLAIN || cr->role != RD_TEXT_CONTENT ||
        (cr->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) || !is_blank(&L->v[body + 2]) ||
        t >= L->n || !long_paragraph(&L->v[t]) || L->v[t].role != RD_TEXT_CONTENT ||
        !rd_text_byline_names(a, cr->s, cr->len, &b) || b.n != 1)
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
        (body + 1 < L->n && !is_blank(&L->v[body + 1])))
        return;
    size_t k = next_nonblank(L, body + 1);
    if (k >= L->n)
        return;
    rd_text_line *ln = &L->v[k];
    rd_text_byline b;
    if (ln->role != RD_TEXT_CONTENT || ln->words > 12 || (ln->flags & RD_TEXT_F_SENTENCE) ||
        !byline_line(a, ln, lang, false, &b) || !b.n)
        return;
    /* The lead may open a section's heading ("By Popular Demand", "By
     * Land and Sea"): each name must look like a person's. */
    for (size_t j = 0; j < b.n; j++)
        if (!rd_text_person_name(b.names[j]))
            return;
    /* A book's credit under a review's lede ("By Tom Lee" / "Harbour
     * Press" / "320 pages") names the book's author, not the review's. */
    for (size_t g = k + 1; g < L->n && g < k + 7 && !is_blank(&L->v[g]); g++)
        if (book_extent(&L->v[g]))
            return;
    /* More of the text under it, within a few lines. */
    size_t j = k, seen = 0;
    do
        j = next_nonblank(L, j + 1);
    while (j < L->n && ++seen < 8 && !rd_text_line_is_prose(&L->v[j]));
    if (j >= L->n || !rd_text_line_is_prose(&L->v[j]))
        return;
    take_byline(a, meta, &b);
    ln->role = RD_TEXT_META;
    /* Short lines glued under it, up to a blank line, are a picture's
     * (the headline again as its text, an arrow, the credit) and a link
     * set beside it ("Read also ..."): the page's. Any other line glued
     * there (a recipe's "Serves 4", a subheading, the first paragraph)
     * is the text's, and the lines stay. */
    size_t e = k + 1;
    while (e < L->n && e < k + 7 && !is_blank(&L->v[e]) && L->v[e].words <= 30 &&
           L->v[e].kind == RD_TEXT_PLAIN &&
           (is_chrome(&L->v[e]) || read_also(&L->v[e]) || same_text(&L->v[e], meta->title) ||
            (meta->subtitle && same_text(&L->v[e], meta->subtitle)) ||
            !rd_text_line_has_letter(&L->v[e]) || has_link(&L->v[e])))
        e++;
    if (e < L->n && is_blank(&L->v[e]))
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
        size_t t = next_nonblank(L, k + 1);
        if (t >= L->n)
            continue;
        const rd_text_line *tl = &L->v[t];
        if (tl->words >= 3 && title_ok(tl) && !is_chrome(tl) && !date_line(tl, lang, &dt) &&
            !byline_line(a, tl, lang, false, &b))
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

/* The last two lines of [from, end) with text, past chrome, are a
 * slider's buttons, "Previous" and "Next" (or "Prev"), in either order. */
static bool
slider_end(const rd_text_lines *L, size_t from, size_t end)
{
    static const char *const buttons[] = {"previous", "prev", "next"};
    size_t seen = 0, nexts = 0;
    for (size_t k = end; k > from && seen < 2;) {
        const rd_text_line *ln = &L->v[--k];
        if (is_blank(ln) || ln->role == RD_TEXT_DROP || (ln->chrome && ln->len > 8))
            continue; /* a filing line under the buttons */
        bool hit = false;
        for (size_t b = 0; b < 3 && !hit; b++)
            hit = ln->len == strlen(buttons[b]) && !strncasecmp(ln->s, buttons[b], ln->len);
        if (!hit)
            return false;
        nexts += (ln->s[0] | 0x20) == 'n';
        seen++;
    }
    return seen == 2 && nexts == 1;
}

static bool
ends_with_colon(const rd_text_line *ln)
{
    return ln->len && ln->s[ln->len - 1] == ':';
}

/* The bio of an author the header did not name: "Jane Doe is an
 * assistant editor at the Post. Follow her on Twitter." A name of two
 * or three words, "is a", "is an" or "is the", a job word in that first
 * sentence, and an invitation to follow the author after it, which no
 * sentence of an article's last paragraph about someone gives. The
 * name in *b. */
static size_t
name_words(const char *s)
{
    size_t n = 1;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

static bool
unnamed_bio(arena *a, const rd_text_line *ln, rd_text_byline *b)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 40 || !(ln->flags & RD_TEXT_F_SENTENCE))
        return false;
    static const char *const verbs[] = {" is a ", " is an ", " is the "};
    size_t at = 0, v = 0;
    for (size_t k = 3; k < ln->len && k < 50 && !at; k++)
        for (size_t j = 0; j < sizeof verbs / sizeof *verbs && !at; j++)
            if (ln->len - k > strlen(verbs[j]) && !strncmp(ln->s + k, verbs[j], strlen(verbs[j])))
                at = k, v = strlen(verbs[j]);
    if (!at || !rd_text_byline_names(a, ln->s, at, b) || b->n != 1 || name_words(b->names[0]) > 3)
        return false;
    size_t stop = at + v;
    while (stop < ln->len && !(ln->s[stop] == '.' && stop + 1 < ln->len && ln->s[stop + 1] == ' '))
        stop++;
    if (stop >= ln->len || !rd_text_has_job_word(ln->s + at + v, stop - at - v))
        return false;
    static const char *const follow[] = {"follow her",     "follow him",  "follow them",
                                         "you can follow", "find her on", "find him on"};
    for (size_t k = stop + 2; k < ln->len; k++)
        for (size_t j = 0; j < sizeof follow / sizeof *follow; j++)
            if (ln->len - k >= strlen(follow[j]) &&
                !strncasecmp(ln->s + k, follow[j], strlen(follow[j])))
                return true;
    return false;
}

/* Bio verbs after an author's name: "Jane Doe is a writer", "... covers
 * the courts". */
static const char *const bio_verbs[] = {" is ", " was ", " writes ", " ist ",  " est ",
                                        " es ", " has ", " covers ", " lives "};

/* Whether the line opens with name[0..n) (any case: a card sets it in
 * capitals) and one of bio_verbs after it. */
static bool
bio_of_n(const rd_text_line *ln, const char *name, size_t n)
{
    if (ln->len <= n + 4 || strncasecmp(ln->s, name, n) != 0)
        return false;
    for (size_t v = 0; v < sizeof bio_verbs / sizeof *bio_verbs; v++)
        if (strncmp(ln->s + n, bio_verbs[v], strlen(bio_verbs[v])) == 0)
            return true;
    return false;
}

/* Whether the line opens with name and one of bio_verbs after it. */
static bool
bio_of(const rd_text_line *ln, const char *name)
{
    size_t n = strlen(name);
    return n >= 5 && bio_of_n(ln, name, n);
}

/* Prose code points an author's card may have under it (a line about
 * the author's other work); more is the text going on. */
#define CARD_PROSE_AFTER 100

/* An author's card under the text: the name alone on its line, as the
 * header gave it, over a bio of them that opens with the name or the
 * surname ("JANE ROE" / "Roe covers the harbour and its ferries."). */
static bool
author_card(const rd_text_lines *L, size_t i, const char *name)
{
    const rd_text_line *ln = &L->v[i];
    size_t n = strlen(name);
    if (n < 5 || ln->kind != RD_TEXT_PLAIN || ln->len != n || strncasecmp(ln->s, name, n) != 0)
        return false;
    size_t nx = next_nonblank(L, i + 1);
    if (nx >= L->n || L->v[nx].kind != RD_TEXT_PLAIN)
        return false;
    const char *sur = strrchr(name, ' ');
    sur = sur ? sur + 1 : name;
    if (!bio_of(&L->v[nx], name) && !(strlen(sur) >= 3 && bio_of_n(&L->v[nx], sur, strlen(sur))))
        return false;
    /* The card closes the text: a contact or a button may follow, no
     * prose (a debate's next contributor, named over their bio, and
     * their part). */
    size_t prose = 0;
    for (size_t k = nx + 1; k < L->n; k++)
        if (L->v[k].role == RD_TEXT_CONTENT && rd_text_line_is_prose(&L->v[k]))
            prose += L->v[k].cps;
    return prose < CARD_PROSE_AFTER;
}

/* An author box under the text of a page whose header named nobody: a
 * byline of one name ("By Jane Doe") right over a bio that opens with
 * that name ("Jane Doe is a science writer ..."). The name in *b. A
 * byline alone may sign the text's last paragraph; the bio under it
 * makes it the box's. */
static bool
signed_over_bio(arena *a, const rd_text_lines *L, size_t i, const char *lang, rd_text_byline *b)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->words > 8 || (ln->flags & RD_TEXT_F_SENTENCE) || !byline_line(a, ln, lang, false, b) ||
        b->n != 1)
        return false;
    size_t nx = next_nonblank(L, i + 1);
    return nx < L->n && L->v[nx].kind == RD_TEXT_PLAIN && bio_of(&L->v[nx], b->names[0]);
}

/* Where the text after the article opens a box of its own: the author's
 * bio ("Jane Doe is a writer ..."), an author box ("Written by Jane Doe"),
 * or a comments header naming the title ("2 thoughts on "Title""). */
static bool
opens_after_box(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                const doc_meta *meta)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 30)
        return false;
    /* A bio is a tagline ("Jane Doe is a writer"), or a sentence with no
     * more prose after it; a closing paragraph about the author that the
     * text goes on from is the text's. */
    size_t nx = next_nonblank(L, i + 1);
    bool last_prose = !(ln->flags & RD_TEXT_F_SENTENCE) || nx >= L->n ||
                      !rd_text_line_is_prose(&L->v[nx]) || is_chrome(&L->v[nx]);
    for (size_t k = 0; k < meta->n_authors; k++)
        if ((last_prose && bio_of(ln, meta->authors[k])) || author_card(L, i, meta->authors[k]))
            return true;
    rd_text_byline b;
    if (!meta->n_authors && last_prose && unnamed_bio(a, ln, &b))
        return true;
    if (!meta->n_authors && signed_over_bio(a, L, i, lang, &b))
        return true;
    if (meta->n_authors && ln->words <= 8 && byline_line(a, ln, lang, false, &b))
        for (size_t j = 0; j < b.n; j++)
            for (size_t k = 0; k < meta->n_authors; k++)
                if (!strcmp(b.names[j], meta->authors[k]))
                    return true;
    /* The comments' header ends with the title (in quotes, maybe); a line
     * of the text that names the subject ("The determinant of a Hermitian
     * matrix is real:") goes on after it. */
    if (meta->title && strlen(meta->title) >= 12 && ln->len > strlen(meta->title) &&
        !(ln->flags & RD_TEXT_F_SENTENCE)) {
        char *line = arena_strndup(a, ln->s, ln->len);
        const char *at = strstr(line, meta->title);
        if (at) {
            const char *rest = at + strlen(meta->title);
            bool tail = strlen(rest) <= 4;
            for (; *rest && tail; rest++)
                tail = !((*rest | 0x20) >= 'a' && (*rest | 0x20) <= 'z') &&
                       !(*rest >= '0' && *rest <= '9') && *rest != ' ';
            if (tail)
                return true;
        }
    }
    return false;
}

/* Prose, or a long line of a hard-wrapped paragraph running on in lower
 * case. */
static bool
prose_or_wrapped(const rd_text_lines *L, size_t j)
{
    const rd_text_line *x = &L->v[j];
    return rd_text_line_is_prose(x) ||
           (x->words >= 8 && x->cps >= 50 && j + 1 < L->n && starts_lower(&L->v[j + 1]));
}

/* A label leading to other stories: "Related ...", "Further reading",
 * "Read more", "See also", "Read also". */
static bool
leads_elsewhere(const rd_text_line *ln)
{
    static const char *const leads[] = {"related",  "further reading", "read more",
                                        "see also", "read also",       "also read"};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++)
        if (ln->len >= strlen(leads[k]) && strncasecmp(ln->s, leads[k], strlen(leads[k])) == 0)
            return true;
    return false;
}

/* A paragraph's size, not a teaser's or a reference's: 25 words or 200
 * characters. */
static bool
long_paragraph(const rd_text_line *ln)
{
    return ln->words >= 25 || ln->cps >= 200;
}

/* A CMS widget's label of the site's latest pieces on a topic, alone on
 * its line: "Recent Energy Content": "recent", one or two words,
 * "content". Only this form: "Recent Success Stories" or
 * "Recent Published Articles" head the text's own sections as often as
 * a box, so they stay. */
static bool
recent_content(const rd_text_line *ln)
{
    static const char open[] = "recent ", noun[] = " content";
    size_t ol = sizeof open - 1, nl = sizeof noun - 1;
    return ln->kind == RD_TEXT_PLAIN && ln->words >= 3 && ln->words <= 4 && ln->len > ol + nl &&
           !strncasecmp(ln->s, open, ol) && !strncasecmp(ln->s + ln->len - nl, noun, nl);
}

/* A headline in a box: short, and no sentence with its full stop. */
static bool
box_headline(const rd_text_line *ln)
{
    return ln->words <= 15 && !is_chrome(ln) && ln->len && ln->s[ln->len - 1] != '.';
}

/* A "Related" line with a headline or two under it and then paragraphs
 * of the text again (two prose lines or more, of 200 characters, before
 * any other chrome but a label such as "Advertisement"; or a long
 * paragraph and a section's heading over more prose): a box set inside
 * the article, not its end. A "Recent ... Content" label needs two
 * headlines or more (none a sentence) under it: a heading over one line
 * is a section of the text. */
static bool
inline_related(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    bool recent = recent_content(ln);
    if (!leads_elsewhere(ln) && !recent)
        return false;
    /* The headline (which may end with a full stop), and at most two
     * more short lines. */
    size_t j = next_nonblank(L, i + 1), heads = 0;
    if (j >= L->n || L->v[j].words > 15 || is_chrome(&L->v[j]) ||
        (recent && !box_headline(&L->v[j])))
        return false;
    for (j = next_nonblank(L, j + 1); j < L->n && !prose_or_wrapped(L, j);
         j = next_nonblank(L, j + 1))
        if (++heads > 2 || L->v[j].words > 15 || is_chrome(&L->v[j]) ||
            (recent && !box_headline(&L->v[j])))
            return false;
    if (recent && heads < 1)
        return false;
    size_t lines = 0, mass = 0, prev_j = j;
    for (; j < L->n && lines < 4 && (lines < 2 || mass < 200); j = next_nonblank(L, j + 1)) {
        const rd_text_line *x = &L->v[j];
        bool prose = prose_or_wrapped(L, j);
        /* An advertisement's label between paragraphs is no end of the
         * text: the box stands inside it all the same. */
        if ((x->chrome & 0x0F) == RD_TEXT_CHROME_LINE && x->words <= 3)
            continue;
        mass += x->cps;
        if (starts_lower(x) && !prose)
            continue; /* the short last line of a wrapped paragraph */
        /* A heading under a whole paragraph, with prose under it: the
         * article goes on in its next section. */
        size_t nx = next_nonblank(L, j + 1);
        if (lines == 1 && long_paragraph(&L->v[prev_j]) && !prose && !is_chrome(x) &&
            rd_text_line_is_heading_like(x) && nx < L->n && prose_or_wrapped(L, nx) &&
            long_paragraph(&L->v[nx]))
            return true;
        if (is_chrome(x) || !prose)
            return false;
        lines++;
        prev_j = j;
    }
    return lines >= 2 && mass >= 200;
}

/* A line that leads to other stories: "Read more", "Read next", "More
 * from Coast Weekly", "Related", "You may also like". Known chrome of a
 * few words. */
static bool
more_lead(const rd_text_line *ln)
{
    static const char *const leads[] = {
        "read more",    "read next",      "read now",     "read the rest", "more from ",
        "more on ",     "more in ",       "more stories", "related",       "recommended",
        "you may also", "you might also", "up next",      "next up",       "what to read"};
    if (!ln->chrome || ln->kind != RD_TEXT_PLAIN || ln->words > 8)
        return false;
    for (size_t i = 0; i < sizeof leads / sizeof *leads; i++)
        if (starts_ci(ln, leads[i]))
            return true;
    return false;
}

/* A headline of another story: a plain line of a few words that is no
 * prose, no grid row, still the text's. */
static bool
teaser_line(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN && ln->role == RD_TEXT_CONTENT && ln->words >= 2 &&
           ln->words <= 20 && !rd_text_line_is_prose(ln) && !starts_lower(ln) &&
           !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC | RD_TEXT_F_SOFTEND));
}

/* "Read the rest" also closes a round-up's items, the article's own
 * content under its intro: other stories' list, whose item at top the
 * button btn closes, is parted from the text by the page's furniture
 * (share buttons, tags). True for other leads. */
static bool
parted_from_text(const rd_text_lines *L, size_t body, size_t top, const rd_text_line *btn)
{
    if (!starts_ci(btn, "read the rest"))
        return true;
    bool item = false; /* walking up an earlier item */
    for (size_t k = top; k > body;) {
        const rd_text_line *x = &L->v[--k];
        if (is_blank(x))
            continue;
        if (x->len == btn->len && !strncasecmp(x->s, btn->s, x->len)) {
            item = true;
            continue;
        }
        if (item) {
            item = rd_text_line_is_prose(x) || !teaser_line(x);
            continue;
        }
        if (x->role == RD_TEXT_CONTENT && rd_text_line_is_prose(x))
            return false;
        if (is_chrome(x) || x->role == RD_TEXT_DROP)
            return true;
    }
    return false;
}

/* Other stories' headlines set into the text around a lead at i. Under
 * it, right under it or past one blank line: two headlines or more, up
 * to a blank line or a line of another kind; when prose follows the last
 * one straight away, that one heads the text and stays. Over a button ("Read
 * now" under "Headline / One-line dek"): the block the button closes,
 * opened by a headline with no sentence's end, of three lines of 30
 * words or fewer. */
static void
drop_teasers(rd_text_lines *L, size_t body, size_t i)
{
    size_t first = i + 1 < L->n && is_blank(&L->v[i + 1]) ? i + 2 : i + 1;
    size_t j = first, n = 0;
    while (j < L->n && !is_blank(&L->v[j]) && n < 8 && teaser_line(&L->v[j]))
        j++, n++;
    if (j < L->n && !is_blank(&L->v[j]) && rd_text_line_is_prose(&L->v[j]) && n > 0)
        n--;
    if (n >= 2)
        for (size_t k = first; k < first + n; k++)
            L->v[k].role = RD_TEXT_DROP;
    size_t top = i;
    while (top > body && i - top < 3 && !is_blank(&L->v[top - 1]) &&
           L->v[top - 1].kind == RD_TEXT_PLAIN && L->v[top - 1].role == RD_TEXT_CONTENT &&
           L->v[top - 1].words <= 30 && !starts_lower(&L->v[top - 1]) &&
           !(L->v[top - 1].flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC)))
        top--;
    if (top == i || (top > body && !is_blank(&L->v[top - 1])) ||
        (L->v[top].flags & RD_TEXT_F_SENTENCE) || L->v[top].words > 15 ||
        !parted_from_text(L, body, top, &L->v[i]))
        return;
    for (size_t k = top; k < i; k++)
        L->v[k].role = RD_TEXT_DROP;
}

/* Past the teaser list whose button stands at j (each teaser a
 * headline, a paragraph or two and the button btn again), the article's
 * prose: a box of teasers set into the text, not the list that ends the
 * page. */
static bool
prose_past_teasers(const rd_text_lines *L, size_t j, const rd_text_line *btn)
{
    for (;;) {
        size_t k = next_nonblank(L, j + 1), lines = 0;
        if (k >= L->n || !teaser_line(&L->v[k]))
            break;
        for (; k < L->n && lines < 6; k = next_nonblank(L, k + 1), lines++)
            if (L->v[k].len == btn->len && !strncasecmp(L->v[k].s, btn->s, btn->len))
                break;
        if (k >= L->n || lines >= 6)
            break;
        j = k;
    }
    /* The page's footer under the list (a notice of some words, the
     * rights) ends the article's reach: its notices are no text. */
    for (size_t k = j + 1; k < L->n; k++) {
        const rd_text_line *x = &L->v[k];
        if (x->role != RD_TEXT_CONTENT || is_blank(x))
            continue;
        if (is_chrome(x) && (x->words > 4 || rd_text_line_is_copyright(x)))
            return false;
        if (!is_chrome(x) && rd_text_line_is_prose(x))
            return true;
    }
    return false;
}

/* Other stories' teasers under the text, each a headline over a
 * paragraph of its own, closed by the same button ("Read the rest",
 * "Read more"): at the button i, the next teaser's button within a few
 * lines. Returns the headline of the teaser the button i closes (the
 * list's top), or i when the button does not repeat. */
static size_t
teaser_list_top(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *btn = &L->v[i];
    size_t j = next_nonblank(L, i + 1), lines = 0;
    bool head = j < L->n && teaser_line(&L->v[j]), prose = false;
    for (; head && j < L->n && lines < 6; j = next_nonblank(L, j + 1), lines++) {
        const rd_text_line *x = &L->v[j];
        if (x->len == btn->len && !strncasecmp(x->s, btn->s, x->len))
            break;
        prose |= rd_text_line_is_prose(x);
    }
    if (!head || !prose || j >= L->n || lines >= 6)
        return i;
    if (prose_past_teasers(L, j, btn))
        return i; /* a box set into the text, which goes on under it */
    /* Up over the paragraphs to the headline. */
    size_t top = i, paras = 0;
    for (size_t k = i; k > body && paras < 3;) {
        k--;
        const rd_text_line *x = &L->v[k];
        if (is_blank(x) || x->role != RD_TEXT_CONTENT)
            continue;
        if (rd_text_line_is_prose(x)) {
            paras++;
            continue;
        }
        if (paras && teaser_line(x) && !(x->flags & RD_TEXT_F_SENTENCE))
            top = k;
        break;
    }
    if (!parted_from_text(L, body, top, btn))
        return i;
    /* The article's own text stands over the list. */
    for (size_t k = body; k < top; k++)
        if (L->v[k].role == RD_TEXT_CONTENT && rd_text_line_is_prose(&L->v[k]))
            return top;
    return i;
}

/* The text signed by its writer and the editors' desk: "Jane Doe und
 * Redaktion Harbour.ch", "Jane Doe and the editors", "Jane Doe et la
 * r\xc3\xa9daction". The name before the desk is the author's. */
static bool
desk_signature(arena *a, const rd_text_line *ln, rd_text_byline *b)
{
    static const char *const desks[] = {" und redaktion",
                                        " und die redaktion",
                                        " and the editors",
                                        " and the editorial team",
                                        " et la r\xc3\xa9"
                                        "daction",
                                        " y la redacci\xc3\xb3n"};
    if (ln->words > 8)
        return false;
    for (size_t i = 0; i < sizeof desks / sizeof *desks; i++) {
        size_t k = strlen(desks[i]);
        for (uint32_t at = 4; at + k <= ln->len; at++) {
            if (strncasecmp(ln->s + at, desks[i], k) != 0 ||
                (at + k < ln->len && ln->s[at + k] != ' '))
                continue;
            char *name = arena_strndup(a, ln->s, at);
            if (!rd_text_person_name(name))
                return false;
            memset(b, 0, sizeof *b);
            b->n = 1;
            b->names[0] = name;
            return true;
        }
    }
    return false;
}

/* A byline signed under the text ("Posted by Jane Doe at 12:55 AM",
 * "Posted by Jane Doe on March 10, 2015"): with only chrome after it,
 * it is the post's footer, not its last paragraph. */
static bool
footer_byline(arena *a, const rd_text_line *ln, const char *lang, rd_text_byline *b)
{
    rd_text_date dt;
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 14 || (ln->flags & RD_TEXT_F_SENTENCE))
        return false;
    return byline_line(a, ln, lang, false, b) || date_by_line(a, ln, lang, &dt, b) ||
           desk_signature(a, ln, b);
}

/* "Harbour Post (Dover) First published May 3, 2019: 3:33 AM ET": the
 * publication's line under the text, a source and the date after its
 * label ("published", "updated"), no sentence. */
static bool
published_line(const rd_text_line *ln, const char *lang)
{
    rd_text_date dt;
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 16 || (ln->flags & RD_TEXT_F_SENTENCE) ||
        !rd_text_date_find(ln->s, ln->len, lang, &dt) || dt.start == 0)
        return false;
    size_t e = dt.start;
    while (e > 0 && (ln->s[e - 1] == ' ' || ln->s[e - 1] == ':'))
        e--;
    if (e >= 3 && !strncasecmp(ln->s + e - 3, " on", 3))
        e -= 3;
    static const char *const labels[] = {"published", "updated"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t n = strlen(labels[k]);
        if (e >= n && !strncasecmp(ln->s + e - n, labels[k], n) &&
            (e == n || ln->s[e - n - 1] == ' '))
            return true;
    }
    return false;
}

/* Bytes of text a comments section's header must follow to end the
 * article (a short notice over the text can name the comments). */
#define END_AFTER_TEXT 400

/* A short line of a widget's controls: a word or five without a
 * sentence's end ("Mute", "Playback Rate", "Semi-Opaque"), or no word at
 * all ("/", "1", "50%"). Rows of a grid are no controls. */
static bool
control_line(const rd_text_line *ln)
{
    if (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC))
        return false;
    if (ln->kind == RD_TEXT_RULE)
        return true;
    if (rd_text_line_has_letter(ln) && has_digit(ln))
        return false;
    return rd_text_line_is_link_like(ln) || is_chrome(ln) ||
           (ln->kind == RD_TEXT_PLAIN && !rd_text_line_has_letter(ln) && ln->words <= 2);
}

/* Inside the body, a run of WIDGET_RUN short lines or more, one after
 * the other (a blank line apart at most), is a widget copied with the
 * page: a video player's controls and settings, or a long menu. A
 * heading a table of contents names is no control, nor a line of data
 * with words and figures ("25 November 1947", an infobox's). Text has no
 * such run: a list this long has bullets, a poem's lines are
 * longer or punctuated. */
#define WIDGET_RUN 24

/* A short line next to a widget that is its too: a word or six that is
 * no prose ("Current Time 0:00", "captions off, selected", "This is a
 * modal window."), as the controls' labels and states break the run of
 * bare controls. */
static bool
widget_label(const rd_text_line *ln)
{
    if (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC) || ln->role != RD_TEXT_CONTENT)
        return false;
    /* Words of ten letters or fewer on average: a line of unspaced
     * script (Chinese, Japanese) is a sentence, however few its words. */
    return (ln->kind == RD_TEXT_PLAIN || ln->kind == RD_TEXT_RULE) && ln->words <= 6 &&
           ln->cps <= 60 && ln->cps <= 10u * ln->words + 2 && !rd_text_line_is_prose(ln);
}

/* The far end of the widget labels next to a run of controls ending (or
 * starting) at i, going `dir`; a paragraph or two blank lines end it. */
static size_t
widget_edge(const rd_text_lines *L, size_t body, size_t i, int dir)
{
    size_t edge = i;
    for (size_t k = i;;) {
        if (dir < 0 ? k <= body : k + 1 >= L->n)
            break;
        k = dir < 0 ? k - 1 : k + 1;
        if (is_blank(&L->v[k])) {
            size_t k2 = dir < 0 ? k - 1 : k + 1;
            if ((dir < 0 && k == body) || k2 >= L->n || is_blank(&L->v[k2]))
                break;
            continue;
        }
        if (!widget_label(&L->v[k]) && !(L->v[k].role == RD_TEXT_DROP))
            break;
        edge = k;
    }
    return edge;
}

/* The slide counter opening line i ("3/50 Caption"), if any. */
static bool
slide_at(const rd_text_lines *L, size_t i, unsigned *k, unsigned *n)
{
    const rd_text_line *ln = &L->v[i];
    return ln->kind == RD_TEXT_PLAIN && ln->role == RD_TEXT_CONTENT &&
           rd_text_slide_counter(ln->s, ln->len, k, n) > 0;
}

/* Slides at most this many non-blank lines long (headline, caption,
 * credit) make a gallery. */
#define GALLERY_SLIDE_LINES 4

/* A picture gallery copied into the body: three slides or more, each
 * opened by its counter ("1/50 Headline", "2/50 ...", the count going
 * up by one, the total the same), each a few lines long. The slides go,
 * the last one as long as the longest before it, and so do the lines
 * glued over the first counter (the gallery's name and buttons: "Photos
 * of the week", "50 show all"). Returns the line after the gallery, or
 * i when none opens at i. */
static size_t
drop_gallery(rd_text_lines *L, size_t body, size_t i)
{
    unsigned k0, n0, k, n;
    if (!slide_at(L, i, &k0, &n0))
        return i;
    size_t last = i, longest = 0, slides = 1, run = 0;
    for (size_t j = i + 1; j < L->n; j++) {
        if (is_blank(&L->v[j]))
            continue;
        if (slide_at(L, j, &k, &n) && n == n0 && k == k0 + slides) {
            slides++, last = j;
            longest = run > longest ? run : longest;
            run = 0;
            continue;
        }
        if (++run > GALLERY_SLIDE_LINES)
            break;
    }
    if (slides < 3)
        return i;
    size_t from = i, to = last;
    for (size_t j = last + 1, seen = 0; j < L->n && seen < longest; j++)
        if (!is_blank(&L->v[j]))
            to = j, seen++;
    while (from > body && !is_blank(&L->v[from - 1]) && i - from < 3 &&
           widget_label(&L->v[from - 1]))
        from--;
    for (size_t j = from; j <= to; j++)
        if (!is_blank(&L->v[j]))
            L->v[j].role = RD_TEXT_DROP;
    return to + 1;
}

void
rd_text_widgets(rd_text_lines *L, size_t body)
{
    for (size_t i = body; i < L->n; i++)
        i = drop_gallery(L, body, i);
    for (size_t i = body; i < L->n;) {
        if (L->v[i].role != RD_TEXT_CONTENT || is_blank(&L->v[i]) || !control_line(&L->v[i])) {
            i++;
            continue;
        }
        /* Labels between the controls ("Interest paid, in billions" among
         * a chart's figures) do not break the run while the controls
         * stay the most of it. */
        size_t j = i, n = 0, labels = 0, last = i;
        while (j < L->n && L->v[j].role != RD_TEXT_META) {
            if (is_blank(&L->v[j])) {
                if (j + 1 < L->n && is_blank(&L->v[j + 1]))
                    break;
                j++;
                continue;
            }
            if (control_line(&L->v[j]))
                n++, last = j;
            else if (widget_label(&L->v[j]) && labels < n)
                labels++;
            else
                break;
            j++;
        }
        if (n >= WIDGET_RUN) {
            size_t from = widget_edge(L, body, i, -1), to = widget_edge(L, body, last, +1);
            for (size_t k = from; k <= to; k++)
                if (!is_blank(&L->v[k]))
                    L->v[k].role = RD_TEXT_DROP;
            last = to;
        }
        i = last + 1;
    }
}

/* The page's notice of rights standing last, though it does not open
 * with the mark: "Portions are \xc2\xa9 1998-2015 by ...", "Content available
 * under a Creative Commons license.", "... licensed under the BSD
 * license." With prose after it, it is the article's own word about
 * its licence. */
static bool
last_notice(const rd_text_lines *L, size_t i, size_t prose_after)
{
    const rd_text_line *ln = &L->v[i];
    bool mark = false;
    for (uint32_t k = 0; k + 2 < ln->len && !mark; k++)
        if (!memcmp(ln->s + k, "\xc2\xa9", 2)) {
            uint32_t d = k + 2 + (ln->s[k + 2] == ' ');
            mark = d < ln->len && ln->s[d] >= '0' && ln->s[d] <= '9';
        }
    return prose_after == 0 &&
           (mark || has_word_ci(ln, "licensed under ") || has_word_ci(ln, "available under "));
}

/* Code points of prose that may follow a ranked list ending the page. */
#define RANKED_PROSE_AFTER 400

/* The rank a line holds alone ("3", "3."), 0 when it holds more. */
static unsigned
rank_of(const rd_text_line *ln)
{
    if (ln->kind == RD_TEXT_ORDERED && ln->len == 0)
        return ln->ordinal <= 99 ? ln->ordinal : 0;
    if (ln->kind != RD_TEXT_PLAIN || ln->len == 0 || ln->len > 2)
        return 0;
    unsigned n = 0;
    for (uint32_t i = 0; i < ln->len; i++) {
        if (ln->s[i] < '0' || ln->s[i] > '9')
            return 0;
        n = n * 10 + (unsigned)(ln->s[i] - '0');
    }
    return n;
}

/* The site's blurb under its footer's menu ("Coast Weekly is a global
 * media company ..."): one paragraph of 60 words at most, the last of
 * the text, under a run of three link-like lines or more, one of them
 * known chrome ("Privacy", "About Us"), with more text over the run. An
 * article does not go on under the page's footer. */
static bool
footer_blurb(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || !rd_text_line_is_prose(ln) || ln->words > 150)
        return false;
    size_t menu = 0, known = 0, k = i;
    bool about = false; /* an "About us" label right over it */
    while (k > body) {
        const rd_text_line *x = &L->v[k - 1];
        /* A box's leftover without letters ("!", "\xc2\xb7") is neither
         * menu nor text. */
        if (is_blank(x) || (x->kind == RD_TEXT_PLAIN && !rd_text_line_has_letter(x))) {
            k--;
            continue;
        }
        bool chrome = is_chrome(x) && x->kind == RD_TEXT_PLAIN && x->words <= 4;
        if (!chrome && !(x->role == RD_TEXT_CONTENT && rd_text_line_is_link_like(x)))
            break;
        about = about || (menu == 0 && chrome && x->len >= 5 && !strncasecmp(x->s, "about", 5));
        menu++;
        known += chrome;
        k--;
    }
    /* The site's word about itself under "About us" may run long. */
    return menu >= 3 && known >= 1 && k > body && (ln->words <= 60 || about);
}

/* Labels a site files its posts under ("Categories :", "Tags:",
 * "Filed under:"), in the languages the readers see most. */
static const char *const filing_words[] = {
    "categor",
    "tag",
    "topic",
    "section",
    "keyword",
    "label",
    "filed under",
    "posted in",
    "permalink",
    "schlagw",
    "kategor",
    "rubri",
    "\xc3\xa9tiquette",
    "mots-cl",
    "etiqueta",
    "\xe3\x82\xab\xe3\x83\x86\xe3\x82\xb4\xe3\x83\xaa", /* カテゴリ */
    "\xe3\x82\xbf\xe3\x82\xb0",                         /* タグ */
    "\xe5\x88\x86\xe7\xb1\xbb",
    "\xe6\xa0\x87\xe7\xad\xbe", /* 分类 标签 */
    "\xed\x83\x9c\xea\xb7\xb8",
    "\xec\xb9\xb4\xed\x85\x8c\xea\xb3\xa0\xeb\xa6\xac", /* 태그 카테고리 */
    NULL};

static bool
filing_label(const rd_text_line *x)
{
    for (size_t i = 0; filing_words[i]; i++) {
        size_t n = strlen(filing_words[i]);
        if (x->len >= n && strncasecmp(x->s, filing_words[i], n) == 0)
            return true;
    }
    return false;
}

/* Fields closing the text ("Categories:" over "Harbours", "Tags :" over
 * "Storms" and "Walls"): two labels or more of three words at most
 * ending with a colon, one of them a filing label, each over one to
 * three link-like values (or values dropped as chrome: a link, a
 * button), with nothing but dropped lines after them before `end`, are
 * the page's furniture. Labels over short lines that file nothing
 * ("Sources:" over "Reuters", "Further reading:") may be the text's own
 * lists and stay. */
static void
drop_field_pairs(rd_text_lines *L, size_t body, size_t end)
{
    size_t k = end, top = end, labels = 0, values = 0, shown = 0, filing = 0;
    while (k > body) {
        const rd_text_line *x = &L->v[k - 1];
        if (is_blank(x)) {
            k--;
            continue;
        }
        /* The label may be known chrome ("Tags:") and dropped already. */
        if ((x->role == RD_TEXT_CONTENT || x->role == RD_TEXT_DROP) &&
            x->kind == RD_TEXT_PLAIN && x->words <= 3 && ends_with_colon(x) && values >= 1 &&
            shown <= 3) {
            labels++;
            filing += filing_label(x);
            values = shown = 0;
            top = --k;
            continue;
        }
        if (x->role == RD_TEXT_DROP) { /* a value dropped as chrome (a link, a button) */
            values++;
            k--;
            continue;
        }
        if (x->role != RD_TEXT_CONTENT || x->kind != RD_TEXT_PLAIN)
            break;
        if (!rd_text_line_is_link_like(x) || ends_with_colon(x) || shown >= 3)
            break;
        values++;
        shown++;
        k--;
    }
    if (labels < 2 || !filing)
        return;
    for (k = top; k < end; k++)
        if (!is_blank(&L->v[k]) && L->v[k].role == RD_TEXT_CONTENT)
            L->v[k].role = RD_TEXT_DROP;
}

/* Up to n bytes of s lowered into w (n < size of w): ASCII and the
 * Latin-1 capitals ("VER\xc3\x96FFENTLICHT" as "ver\xc3\xb6ffentlicht"). */
static void
lower_into(char *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (i > 0 && (unsigned char)s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
            c += 0x20;
        w[i] = (char)c;
    }
    w[n] = '\0';
}

/* The label before a date says when the post went up ("Posted:",
 * "VER\xc3\x96FFENTLICHT AM", "Publi\xc3\xa9 le"), not when it was
 * edited or updated: a list's entries and a copied Q&A page show those
 * of other posts. */
static bool
publish_label(const char *s, size_t len)
{
    static const char *const publish[] = {"published",
                                          "posted",
                                          "ver\xc3\xb6"
                                          "ffentlicht",
                                          "publi\xc3\xa9",
                                          "publie",
                                          "publicado",
                                          "pubblicato"};
    static const char *const edits[] = {"updated",    "modified",     "edited",
                                        "revised",    "aktualisiert", "actualizado",
                                        "aggiornato", "mis \xc3\xa0"};
    char w[64];
    if (len >= sizeof w || !rd_text_date_label(s, len))
        return false;
    lower_into(w, s, len);
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++)
        if (strstr(w, edits[i]))
            return false;
    for (size_t i = 0; i < sizeof publish / sizeof *publish; i++)
        if (strstr(w, publish[i]))
            return true;
    return false;
}

/* A label over other people's posts: a comments section's ("3
 * Comments", "Kommentare") or a list of the site's recent posts
 * ("Recent posts", "Neueste Beitr\xc3\xa4ge"). The dates under it are
 * theirs. */
static bool
others_label(const rd_text_line *ln)
{
    static const char *const words[] = {"comment",
                                        "kommentar",
                                        "comentario",
                                        "recent",
                                        "latest",
                                        "neueste",
                                        "letzte",
                                        "r\xc3\xa9"
                                        "cents",
                                        "derniers",
                                        "recientes",
                                        "\xc3\xbaltim"};
    char w[64];
    if (ln->words > 4 || ln->len >= sizeof w)
        return false;
    lower_into(w, ln->s, ln->len);
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strstr(w, words[i]))
            return true;
    return rd_text_comment_head(ln->s, ln->len);
}

/* A labelled date among the first lines after the article's end
 * ("Posted July 11, 2019.", "Published: 3 March 2021"), when the header
 * had none: side columns print when the post went up there. Only a
 * date with its label counts (a related story's date has none), and
 * only within TRAILER_DATE_REACH lines of the text.
 *
 * In the side column the page's region left out (side), more lines are
 * other posts': there only a label of publishing counts ("Updated" and
 * "edited" mark other posts' in lists and Q&A pages), only the one
 * labelled date within reach (several are a list's or a thread's), and
 * none past a label of comments or recent posts. */
#define TRAILER_DATE_REACH 12

static void
trailer_date(arena *a, const rd_text_lines *L, size_t body, const char *lang, bool side,
             doc_meta *meta)
{
    if (meta->date)
        return;
    size_t k = L->n;
    while (k > body && (is_blank(&L->v[k - 1]) || L->v[k - 1].role != RD_TEXT_CONTENT))
        k--;
    size_t labelled = 0;
    bool others = false, take = false;
    rd_text_date found = {0};
    for (size_t seen = 0; k < L->n && seen < TRAILER_DATE_REACH; k++) {
        const rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        if (is_blank(ln))
            continue;
        seen++;
        if (date_line(ln, lang, &dt) && dt.start > 0 && rd_text_date_label(ln->s, dt.start)) {
            labelled++;
            if (ln->role != RD_TEXT_DROP || take)
                continue;
            if (!side) {
                meta->date = rd_text_date_format(a, &dt);
                return;
            }
            if (!others && publish_label(ln->s, dt.start)) {
                found = dt;
                take = true;
            }
            continue;
        }
        others = others || others_label(ln);
    }
    if (take && labelled == 1)
        meta->date = rd_text_date_format(a, &found);
}

/* The article's info box under the text, its fields copied glued one
 * under the other: "Date 10.06.2013" and "Author Jane Doe", a label
 * word before each, in either order, within TRAILER_FIELDS_REACH lines
 * of the text. The pair tells a box about this article; a date or a name
 * alone there may be another story's. Read when the header had none. */
#define TRAILER_FIELDS_REACH 60

static bool
date_field(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    static const char *const labels[] = {"date ", "datum ", "fecha ", "data "};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        size_t n = strlen(labels[i]);
        if (ln->len > n && !strncasecmp(ln->s, labels[i], n))
            return rd_text_date_find(ln->s + n, ln->len - n, lang, dt) && dt->whole;
    }
    return false;
}

static bool
author_field(arena *a, const rd_text_line *ln, rd_text_byline *b)
{
    static const char *const labels[] = {"author ", "autor ", "auteur "};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        size_t n = strlen(labels[i]);
        if (ln->len > n && !strncasecmp(ln->s, labels[i], n) && ln->words <= 6)
            return rd_text_byline_names(a, ln->s + n, ln->len - n, b) && b->n >= 1;
    }
    return false;
}

static void
trailer_fields(arena *a, const rd_text_lines *L, size_t body, const char *lang, doc_meta *meta)
{
    if (meta->date && meta->n_authors)
        return;
    size_t k = L->n;
    while (k > body && (is_blank(&L->v[k - 1]) || L->v[k - 1].role != RD_TEXT_CONTENT))
        k--;
    for (size_t seen = 0; k + 1 < L->n && seen < TRAILER_FIELDS_REACH; k++) {
        const rd_text_line *ln = &L->v[k], *nx = &L->v[k + 1];
        if (is_blank(ln))
            continue;
        seen++;
        rd_text_date dt;
        rd_text_byline b;
        bool pair = (date_field(ln, lang, &dt) && author_field(a, nx, &b)) ||
                    (author_field(a, ln, &b) && date_field(nx, lang, &dt));
        if (!pair)
            continue;
        if (!meta->date)
            meta->date = rd_text_date_format(a, &dt);
        if (!meta->n_authors)
            take_byline(a, meta, &b);
        return;
    }
}

/* A short label ending in a colon that is the text's last line
 * ("Authors:", "Tags:") introduces what was dropped under it (the
 * author box, the tags) or cut off with the page's end: it goes too. */
static void
drop_dangling_label(rd_text_lines *L, size_t body)
{
    size_t k = L->n;
    while (k > body && (is_blank(&L->v[k - 1]) || L->v[k - 1].role != RD_TEXT_CONTENT))
        k--;
    if (k <= body)
        return;
    rd_text_line *ln = &L->v[k - 1];
    if (ln->kind == RD_TEXT_PLAIN && ln->words <= 3 && ends_with_colon(ln))
        ln->role = RD_TEXT_DROP;
}

/* Line i opens a ranked list of other stories ("Most read": "1" over a
 * headline and its source, "2" over the next, ...): ranks 1, 2 and 3
 * each over a line or three that are headlines, not sentences (the
 * steps of a recipe numbered so are sentences). */
static bool
ranked_list(const rd_text_lines *L, size_t i, size_t prose_after)
{
    if (rank_of(&L->v[i]) != 1)
        return false;
    unsigned want = 2;
    size_t items = 0;
    for (size_t k = next_nonblank(L, i + 1); k < L->n && want <= 3; k = next_nonblank(L, k + 1)) {
        const rd_text_line *ln = &L->v[k];
        unsigned r = rank_of(ln);
        if (r) {
            if (r != want || items == 0)
                return false;
            want++, items = 0;
            continue;
        }
        if (++items > 3 || rd_text_line_is_prose(ln) || ln->kind != RD_TEXT_PLAIN ||
            ((ln->flags & RD_TEXT_F_SENTENCE) && !(ln->flags & RD_TEXT_F_QUESTION)))
            return false;
    }
    /* A "Most read" column beside the text, copied between two of its
     * parts, has the article's prose after it; the one ending the page
     * has the footer. */
    return want > 3 && prose_after < RANKED_PROSE_AFTER;
}

static bool
comment_head_at(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    return ln->kind == RD_TEXT_PLAIN && rd_text_comment_head(ln->s, ln->len);
}

/* Line i opens a thread of comments: it is a comment's head (a name
 * with its age and buttons, rd_text_comment_head), a comment's text
 * follows, then the next head. One such line alone may be the article's;
 * heads one under another are a list ("Recent posts": a title and its
 * age on each line). A blog engine's head ("Anonymous said...",
 * rd_text_said_head) is the thread's under a long text (`after_text`)
 * when the comment's date and time follow the comment alone on their
 * line ("15 May 2019 at 08:02"), as blog engines set them: a quoted
 * letter's date carries no time. */
static bool
comment_thread(const rd_text_lines *L, size_t i, const char *lang, bool after_text)
{
    const rd_text_line *h = &L->v[i];
    bool said = h->kind == RD_TEXT_PLAIN && rd_text_said_head(h->s, h->len);
    if (!said && !comment_head_at(L, i))
        return false;
    if (said && !after_text)
        return false;
    bool text = false;
    for (size_t k = i + 1; k < L->n; k++) {
        const rd_text_line *ln = &L->v[k];
        if (is_blank(ln))
            continue;
        rd_text_date dt;
        if (said) {
            if (text && date_line(ln, lang, &dt) && skip_clock(ln->s, ln->len, dt.end) > dt.end)
                return true;
            if (ln->kind == RD_TEXT_PLAIN && rd_text_said_head(ln->s, ln->len))
                return false;
        } else if (comment_head_at(L, k)) {
            return text;
        }
        text = text || ln->words >= 2;
    }
    return false;
}

/* Line i under the text repeats a line the header consumed, whole or as
 * the field before a gap of two spaces or more ("Review #131 - May
 * 2016" of "Review #131 - May 2016   Author: Jane Doe"): the page's footer
 * naming the issue or the story again. */
static bool
repeats_header(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *x = &L->v[i];
    if (x->kind != RD_TEXT_PLAIN || x->words < 3 || x->len < 12)
        return false;
    for (size_t k = 0; k < body; k++) {
        const rd_text_line *h = &L->v[k];
        if (h->role != RD_TEXT_META || h->len < x->len || memcmp(h->s, x->s, x->len) != 0)
            continue;
        size_t j = x->len;
        while (j < h->len && (h->s[j] == ' ' || h->s[j] == '\t' || (unsigned char)h->s[j] == 0xC2 ||
                              (unsigned char)h->s[j] == 0xA0))
            j++;
        if (j == h->len || j - x->len >= 2)
            return true;
    }
    return false;
}

/* The line closes its sentence: it ends in a stop or a closing quote
 * or bracket (". ! ? \" ' )"), or in a curly closing quote or guillemet
 * with a stop before it. A dash or an ellipsis ("Until we meet
 * again…") leaves it open, like a comma. */
static bool
closes_sentence(const rd_text_line *u)
{
    const unsigned char *p = (const unsigned char *)u->s;
    size_t e = u->len;
    if (!e || (p[e - 1] < 0x80 && strchr(".!?\"')", p[e - 1])))
        return true;
    if (e >= 3 && p[e - 3] == 0xE2 && p[e - 2] == 0x80 && (p[e - 1] == 0x9D || p[e - 1] == 0x99))
        e -= 3; /* ” ’ */
    else if (e >= 2 && p[e - 2] == 0xC2 && p[e - 1] == 0xBB)
        e -= 2; /* » */
    else
        return false;
    return e > 0 && p[e - 1] < 0x80 && strchr(".!?", p[e - 1]);
}

/* The line is the name of one of the article's authors, whole: the
 * author's card under the text ("Jane Doe" over "Written by Jane Doe",
 * "1.2K Followers"), read walking back over the page's end. A name of
 * one word may be a word of the text's own. */
static bool
names_author(const doc_meta *meta, const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    /* (under a line that does not end a sentence, "With love," or "Her
       name was", the name is the text's own: a signature, a subject) */
    size_t up = i;
    while (up > body && is_blank(&L->v[up - 1]))
        up--;
    if (up > body) {
        const rd_text_line *u = &L->v[up - 1];
        if (u->role == RD_TEXT_CONTENT && !u->chrome && !closes_sentence(u))
            return false;
    }
    for (size_t k = 0; ln->kind == RD_TEXT_PLAIN && ln->words >= 2 && k < meta->n_authors; k++)
        if (strlen(meta->authors[k]) == ln->len && !memcmp(meta->authors[k], ln->s, ln->len))
            return true;
    return false;
}

/* A short line (ten words at most, no sentence) glued under a line of
 * chrome, walking back from the page's end over chrome or links ("Any
 * of these categories" between a trail of categories and a pager): a
 * control of the same footer. A blank line over it would part it from
 * the chrome. */
static bool
glued_under_chrome(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    return i > body + 1 && ln->kind == RD_TEXT_PLAIN && ln->words <= 10 && !starts_lower(ln) &&
           !(ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) && !is_blank(&L->v[i - 1]) &&
           is_chrome(&L->v[i - 1]);
}

/* Words of the line that open with a lower-case ASCII letter. */
static size_t
lower_words(const rd_text_line *ln)
{
    size_t n = 0;
    for (size_t i = 0; i < ln->len; i++)
        n += (i == 0 || ln->s[i - 1] == ' ') && ln->s[i] >= 'a' && ln->s[i] <= 'z';
    return n;
}

/* A short line alone over a line of chrome glued under it, a blank
 * line over it, no sentence: a trail of tags over the share buttons
 * ("Asia Censorship Literature" over "Share this article"). Tags are
 * names; a line mostly of lower-case words is prose whose stop was left
 * off ("The vote is on June 12 at the town hall" over "Print"). */
static bool
glued_over_chrome(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    return i > body + 1 && i + 1 < L->n && ln->kind == RD_TEXT_PLAIN && ln->words <= 10 &&
           !starts_lower(ln) && !(ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) &&
           lower_words(ln) * 2 <= ln->words && is_blank(&L->v[i - 1]) && is_chrome(&L->v[i + 1]);
}

void
rd_text_trailer_date(arena *a, const rd_text_lines *L, size_t body, const char *lang,
                     doc_meta *meta)
{
    trailer_date(a, L, body, lang, true, meta);
}

void
rd_text_trailer(arena *a, rd_text_lines *L, size_t body, const char *lang, doc_meta *meta)
{
    /* A comments section's header ends the article wherever it stands
     * after some text; a box before it ends it when it sits in the last
     * half of what is left. */
    size_t limit = L->n, seen = 0;
    for (size_t i = body; i < L->n; i++) {
        if (L->v[i].role != RD_TEXT_CONTENT)
            continue;
        if ((L->v[i].chrome & 0x0F) == RD_TEXT_CHROME_END && seen >= END_AFTER_TEXT) {
            limit = i;
            break;
        }
        if (seen > 0 && comment_thread(L, i, lang, seen >= END_AFTER_TEXT)) {
            limit = i;
            break;
        }
        seen += L->v[i].len;
    }
    /* Content size, to tell an end-of-article box from an early mention;
     * the site's blurb under its footer, the last prose, is none of it. */
    size_t total = 0, prose_total = 0, prose_before = 0, counted = limit;
    for (size_t i = limit; i-- > body;)
        if (L->v[i].role == RD_TEXT_CONTENT && rd_text_line_is_prose(&L->v[i]) &&
            !is_chrome(&L->v[i])) {
            if (footer_blurb(L, body, i))
                counted = i;
            break;
        }
    for (size_t i = body; i < counted; i++)
        if (L->v[i].role == RD_TEXT_CONTENT) {
            total += L->v[i].len;
            prose_total += rd_text_line_is_prose(&L->v[i]) ? L->v[i].cps : 0;
        }
    size_t before = 0, end = limit;
    bool footer = false; /* the end is a copyright line */
    for (size_t i = body; i < limit; i++) {
        rd_text_line *ln = &L->v[i];
        if (ln->role != RD_TEXT_CONTENT || is_blank(ln))
            continue;
        /* Prose code points after this line, for the boxes that end a
         * page only with little or no text after them. */
        prose_before += rd_text_line_is_prose(ln) ? ln->cps : 0;
        size_t prose_after = prose_total > prose_before ? prose_total - prose_before : 0;
        rd_text_chrome k = (rd_text_chrome)(ln->chrome & 0x0F);
        if (k == RD_TEXT_CHROME_CUT && rd_text_cited_list(L, body, i)) {
            /* The paper's own references: the text cites their keys. */
            before += ln->len;
            continue;
        }
        if ((k == RD_TEXT_CHROME_CUT || recent_content(ln)) && inline_related(L, i)) {
            /* A "Related" box inside the text: drop it and its headlines,
             * and read on. */
            ln->role = RD_TEXT_DROP;
            size_t j = next_nonblank(L, i + 1);
            L->v[j].role = RD_TEXT_DROP; /* the headline */
            for (i = j, j = next_nonblank(L, j + 1); j < L->n && !prose_or_wrapped(L, j);
                 j = next_nonblank(L, j + 1))
                L->v[j].role = RD_TEXT_DROP, i = j;
            continue;
        }
        /* A copyright line in the last half ends the article: what
         * follows it (licences, trademarks, the publisher's group) is the
         * page's footer. A licence quoted in a listing, or "copyright"
         * opening a line of wrapped prose, stays. */
        bool copyright = (rd_text_line_is_copyright(ln) || last_notice(L, i, prose_after)) &&
                         ln->words <= 30 && !starts_lower(ln) && !runs_on(L, i) &&
                         !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE));
        bool ranked = ranked_list(L, i, prose_after);
        /* A count of comments alone on its line under the text ("71
         * Kommentare") links to them: the comments or the next stories
         * follow, with little prose. A count under a byline, in a box of
         * most-discussed posts or over an update has the text after it. */
        bool comments = rd_text_comment_count(ln) && !(ln->flags & RD_TEXT_F_TABLE) &&
                        3 * prose_after < prose_before;
        size_t teasers =
            k != RD_TEXT_CHROME_NONE && more_lead(ln) ? teaser_list_top(L, body, i) : i;
        if (teasers < i) {
            end = teasers;
            break;
        }
        if ((k == RD_TEXT_CHROME_CUT || copyright || ranked || (comments && before > 0) ||
             (before > 0 && opens_after_box(a, L, i, lang, meta))) &&
            2 * before + ln->len >= total) {
            end = i;
            footer = copyright;
            /* The bio names the author the header did not. */
            rd_text_byline bio;
            if (!meta->n_authors &&
                (unnamed_bio(a, ln, &bio) || signed_over_bio(a, L, i, lang, &bio))) {
                take_byline(a, meta, &bio);
                /* A label glued over the byline, alone under a blank
                 * line, is the box's ("Press Releases" over "By Jane
                 * Doe"): a section the site files the post under. */
                size_t p = i - 1;
                if (p > body + 1 && bio.n && L->v[i].role == RD_TEXT_CONTENT &&
                    L->v[p].role == RD_TEXT_CONTENT && L->v[p].kind == RD_TEXT_PLAIN &&
                    L->v[p].words <= 4 && is_blank(&L->v[p - 1]) &&
                    !(L->v[p].flags &
                      (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND | RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
                    end = p;
            }
            /* The ranked list's label ("Most read") goes with it. */
            size_t p = i;
            while (ranked && p > body && is_blank(&L->v[p - 1]))
                p--;
            if (ranked && p > body && L->v[p - 1].role == RD_TEXT_CONTENT &&
                rd_text_line_is_heading_like(&L->v[p - 1]))
                end = p - 1;
            break;
        }
        if (k != RD_TEXT_CHROME_NONE && !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE))) {
            ln->role = RD_TEXT_DROP;
            if (more_lead(ln))
                drop_teasers(L, body, i);
        }
        before += ln->len;
    }
    for (size_t i = end; i < L->n; i++)
        if (!is_blank(&L->v[i]))
            L->v[i].role = RD_TEXT_DROP;
    drop_field_pairs(L, body, end);
    /* Walk back over menus, link lists and footers. One short line alone
     * ("The End") is the article's; two, or one among known chrome, are
     * the page's. */
    size_t i = end;
    size_t run_start = end, links = 0, chromes = footer;
    bool after_text = false; /* the run follows some article text */
    bool met = false;        /* a line of the text was met walking back */
    while (i > body) {
        rd_text_line *ln = &L->v[i - 1];
        if (is_blank(ln) || ln->role == RD_TEXT_DROP) {
            /* "Read more" dropped above a headline makes it a link. */
            chromes += ln->role == RD_TEXT_DROP && is_chrome(ln);
            i--;
            continue;
        }
        /* A table or aligned columns (grid.c) are the article's. */
        if (ln->role != RD_TEXT_CONTENT || (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE))) {
            after_text = true;
            break;
        }
        rd_text_date dt;
        rd_text_byline fb;
        bool chrome = is_chrome(ln) || !rd_text_line_has_letter(ln) || date_line(ln, lang, &dt) ||
                      dated_line(ln, lang, &dt) || rd_text_date_label(ln->s, ln->len) ||
                      footer_byline(a, ln, lang, &fb) || published_line(ln, lang);
        bool link = rd_text_line_is_link_like(ln) && ln->s[0] != '-' &&
                    (unsigned char)ln->s[0] != 0xE2; /* "— A. Writer" signs off */
        chrome = chrome || (!met && footer_blurb(L, body, i - 1)) ||
                 repeats_header(L, body, i - 1) || names_author(meta, L, body, i - 1);
        link = link || (chromes + links > 0 && glued_under_chrome(L, body, i - 1)) ||
               (chromes > 0 && glued_over_chrome(L, body, i - 1));
        met = true;
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
    /* ... unless it ends with a slider's buttons ("Previous", "Next"):
     * the label and its entries are a gallery's ("Rocker Pics:" over
     * "Full Profile", "Tip Profile", "Previous", "Next"). */
    if (keep_links && slider_end(L, run_start, end) && L->v[prev - 1].words <= 4 &&
        L->v[prev - 1].role == RD_TEXT_CONTENT) {
        keep_links = false;
        L->v[prev - 1].role = RD_TEXT_DROP;
    }
    for (size_t k = run_start; k < end; k++) {
        rd_text_line *ln = &L->v[k];
        if (is_blank(ln) || ln->role != RD_TEXT_CONTENT)
            continue;
        rd_text_date dt;
        rd_text_byline fb;
        bool signed_off = footer_byline(a, ln, lang, &fb);
        bool chrome = is_chrome(ln) || !rd_text_line_has_letter(ln) || date_line(ln, lang, &dt) ||
                      dated_line(ln, lang, &dt) || rd_text_date_label(ln->s, ln->len) ||
                      signed_off || published_line(ln, lang) || repeats_header(L, body, k) ||
                      names_author(meta, L, body, k);
        if ((keep_links || !after_text || (links < 2 && chromes == 0)) && !chrome)
            continue;
        ln->role = RD_TEXT_DROP;
        if (signed_off && fb.n) {
            /* The header named no author: the footer's is the post's. */
            if (!fb.date && rd_text_date_find(ln->s, ln->len, lang, &dt))
                fb.date = rd_text_date_format(a, &dt);
            take_byline(a, meta, &fb);
            ln->role = RD_TEXT_META;
        }
    }
    /* A line glued over the dropped run, a blank line over it and no
     * sentence's end, names the run: a product box's title over its
     * "posted with ..." credit, author and shop links. */
    size_t dropped = 0;
    for (size_t k = i; k < end; k++)
        dropped += L->v[k].role == RD_TEXT_DROP;
    if (after_text && i > body + 1 && i < end && L->v[i].role == RD_TEXT_DROP && dropped >= 3 &&
        is_blank(&L->v[i - 2]) && L->v[i - 1].role == RD_TEXT_CONTENT &&
        !(L->v[i - 1].flags &
          (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND | RD_TEXT_F_PRE | RD_TEXT_F_TABLE)) &&
        L->v[i - 1].kind == RD_TEXT_PLAIN)
        L->v[i - 1].role = RD_TEXT_DROP;
    drop_dangling_label(L, body);
    trailer_date(a, L, body, lang, false, meta);
    trailer_fields(a, L, body, lang, meta);
}
