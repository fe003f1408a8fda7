/*
 * header_dates.c - date lines in a copied page's header, with the names and
 * clocks printed beside them ("By A | March 5, 2024 3:41 PM"), in Latin
 * and Chinese, Japanese and Korean orders.
 */
#include "text_int.h"

#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

/* "Jane Doe - Apr 16, 2015 8:02 pm UTC": a name, a spaced dash, bar,
 * slash or dot (or a comma glued to the name), and the date with nothing
 * but filler after it. A clock and a weekday may open the date's field
 * ("/ Jane Doe / 10:08 am Fri Jul 19, 2013", a separator before the name
 * too). */
bool
rd_text_name_then_date(arena *a, const rd_text_line *ln, const char *lang, const rd_text_date *dt,
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
    size_t sep = rd_text_sep_before(ln->s, n);
    if (!sep) {
        /* The field opens a little earlier, at a separator. */
        for (size_t q = n; q-- > 2 && q + 24 > dt->start;) {
            if (ln->s[q] != ' ' || ln->s[q + 1] == ' ')
                continue;
            size_t k = rd_text_sep_before(ln->s, q);
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
               !rd_text_section_label_name(b->names[0]);
    if (!sep || n <= sep || ln->s[n - sep - 1] != ' ')
        return false;
    bool slash = ln->s[n - 1] == '/';
    n -= sep;
    while (n > 0 && ln->s[n - 1] == ' ')
        n--;
    size_t from = 0;
    if (n > 2 && rd_text_sep_before(ln->s, 1) == 1 && ln->s[1] == ' ')
        from = 2; /* "/ Jane Doe / ..." */
    /* A slash parts a section or a place from the date as often as a
     * name ("Coastal Living / July 19, 2013", "East Anglia / ..."): read
     * a name before it only when a slash opens the line too. */
    if (slash && !from)
        return false;
    return rd_text_byline_names(a, ln->s + from, n - from, b) && b->n == 1 &&
           !rd_text_section_label_name(b->names[0]);
}

/* Past a clock time after a date at s[i] ("11:44 am PST", "at 10:15"):
 * where the line goes on; i itself when there is none. */
size_t
rd_text_skip_clock(const char *s, size_t len, size_t i)
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
    size_t i = rd_text_skip_clock(ln->s, ln->len, dt->end);
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
bool
rd_text_date_and_clock(const rd_text_line *ln, const char *lang, rd_text_date *dt)
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
bool
rd_text_name_then_count(arena *a, const rd_text_lines *L, size_t k, const char *lang,
                        rd_text_byline *b)
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
        rd_text_section_label_name(b->names[0]))
        return false;
    return lead || name_recurs(L, k, ln->s + i, n - i);
}

/* "18/03/2019 | Jane Doe": a date opening the line, a spaced bar, dot or
 * dash (or the CJK date's closing unit), and one name (written like one)
 * after it. */
static bool
date_sep_name(arena *a, const rd_text_line *ln, size_t i, const rd_text_date *dt, rd_text_byline *b)
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

bool
rd_text_cjk_name_prefix(const rd_text_line *ln, const char *lang, const rd_text_date *dt)
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

bool
rd_text_cjk_name_date(arena *a, const rd_text_line *ln, const char *lang, const rd_text_date *dt,
                      rd_text_byline *b)
{
    if (!rd_text_cjk_name_prefix(ln, lang, dt))
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
bool
rd_text_meta_row(arena *a, const rd_text_line *ln, const char *lang, rd_text_date *dt,
                 rd_text_byline *b)
{
    const char *s = ln->s;
    size_t len = ln->len, from = 0, fields = 0;
    bool dated = false;
    rd_text_byline got;
    memset(&got, 0, sizeof got);
    for (size_t i = 0, k = 0; i <= len; i = from) {
        while (i < len && (k = rd_text_row_sep(s, len, i)) == 0)
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

bool
rd_text_date_by_line(arena *a, const rd_text_line *ln, const char *lang, rd_text_date *dt,
                     rd_text_byline *b)
{
    memset(b, 0, sizeof *b);
    if (ln->kind == RD_TEXT_PLAIN && ln->words <= 40 && rd_text_meta_row(a, ln, lang, dt, b))
        return true;
    memset(b, 0, sizeof *b);
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 14 || !rd_text_date_find(ln->s, ln->len, lang, dt))
        return false;
    if (rd_text_cjk_name_date(a, ln, lang, dt, b))
        return true;
    if (dt->whole)
        return false;
    memset(b, 0, sizeof *b);
    if (latin_name_cjk_date(a, ln, lang, dt, b))
        return true;
    memset(b, 0, sizeof *b);
    if (rd_text_name_then_date(a, ln, lang, dt, b))
        return true;
    memset(b, 0, sizeof *b);
    rd_text_date head;
    if (!rd_text_date_find(ln->s, dt->end, lang, &head) || !head.whole)
        return false;
    size_t i = rd_text_skip_clock(ln->s, ln->len, dt->end);
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
        i = rd_text_skip_clock(ln->s, ln->len, i + second.end);
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
bool
rd_text_weekday_date_by(arena *a, const rd_text_line *ln, const char *lang)
{
    rd_text_date dt;
    rd_text_byline b;
    return rd_text_date_by_line(a, ln, lang, &dt, &b) && b.n > 0;
}

/* A short line that opens with a date, maybe after its label or the
 * place the story was filed: "11 May 2023 — See all updates", "Last
 * updated 11 May 2023 show all updates", "Madrid - 14 feb 2024 - 05:30". */
bool
rd_text_dated_line(const rd_text_line *ln, const char *lang, rd_text_date *dt)
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
bool
rd_text_age_or_date(const char *s, size_t len)
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
