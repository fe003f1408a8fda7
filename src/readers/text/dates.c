/*
 * dates.c - find a date written the ways web pages write them.
 *
 * The input is cut into tokens: numbers (ordinal suffixes such as "31st"
 * and "1er" folded in), numeric dates ("05/31/2022", "2022-05-31",
 * "31.05.2022"), clock times, and words, which are looked up as month names
 * (English, French, German, Spanish, Italian, with the usual abbreviations),
 * weekdays, or filler ("Published", "Updated", "on", "at", "min read",
 * time zones). East Asian dates ("2019年4月13日", "2023년 2월 5일") read as
 * numeric ones. A date is then one of: a numeric date; MONTH DAY YEAR;
 * DAY [of|de] MONTH [de] YEAR; or MONTH YEAR. Numeric dates that could be
 * read either way take the order usual for the language (month first only
 * for US English and bare "en"). The input "is a date line" (`whole`) when
 * every other token is filler, so "Published May 31, 2022 at 3:00 pm ET"
 * qualifies and a sentence mentioning a date does not.
 */
#include "text_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

#define MAX_TOKENS 48
#define MAX_INPUT 240

typedef enum tok_kind { T_NUM, T_NUMDATE, T_TIME, T_MONTH, T_WEEKDAY, T_FILLER, T_OTHER } tok_kind;

typedef struct tok {
    tok_kind kind;
    int v;          /* T_NUM value, T_MONTH month */
    int ndigits;    /* T_NUM */
    int a, b, c;    /* T_NUMDATE parts */
    int na, nc;     /* digits of the first and last part */
    char sep;       /* T_NUMDATE separator */
    size_t start, end;
} tok;

typedef struct month_name {
    const char *name;
    int month;
} month_name;

/* Lower-case; accents as written in UTF-8. */
static const month_name months[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6},
    {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    /* French */
    {"janvier", 1}, {"f\xc3\xa9vrier", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4},
    {"mai", 5}, {"juin", 6}, {"juillet", 7}, {"ao\xc3\xbbt", 8}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"d\303\251cembre", 12},
    {"decembre", 12}, {"janv", 1}, {"f\xc3\xa9vr", 2}, {"avr", 4}, {"juil", 7},
    {"d\303\251c", 12},
    /* German */
    {"januar", 1}, {"j\xc3\xa4nner", 1}, {"februar", 2}, {"m\xc3\xa4rz", 3}, {"maerz", 3},
    {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"m\xc3\xa4r", 3},
    {"okt", 10}, {"dez", 12},
    /* Spanish */
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    /* Italian */
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1},
    {"giu", 6}, {"lug", 7}, {"set", 9}, {"ott", 10},
    /* Portuguese ("out", October's short form, is an English word). */
    {"janeiro", 1}, {"fevereiro", 2}, {"mar\xc3\xa7o", 3}, {"maio", 5},
    {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11},
    {"dezembro", 12}, {"fev", 2},
};

static const char *const weekdays[] = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "mi\xc3\xa9rcoles",
    "jueves",
    "viernes",
    "s\303\241bado",
    "domingo",
    "luned\xc3\xac",
    "marted\xc3\xac",
    "mercoled\xc3\xac",
    "gioved\xc3\xac",
    "venerd\xc3\xac",
    "sabato",
    "domenica",
    /* The day named relative to today ("Today 12:34pm", "Yesterday 9:05
     * AM") stands where a weekday's name does. */
    "today",
    "yesterday",
    "heute",
    "gestern",
    "hoy",
    "ayer",
    "oggi",
    "ieri",
};

static const char *const fillers[] = {
    "published", "updated", "posted", "last", "modified", "on", "date", "dated", "created",
    "at", "first", "originally", "am", "pm", "min", "mins", "minute", "minutes", "read",
    "reading", "time", "ago", "hours", "hour", "the", "of", "uhr", "le", "el", "um",
    "publi\xc3\xa9", "publie", "mis", "\xc3\xa0", "jour", "ver\303\266ffentlicht",
    "aktualisiert", "publicado", "actualizado", "pubblicato", "aggiornato", "il", "de",
    "del", "und", "and", "et", "y", "e", "release", "released", "issued", "written",
    "edited", "revised", "modifi\xc3\xa9", "modifie", "\xc3\xa0s", "alle", "las", "atualizado", "ge\xc3\xa4ndert", "modificado", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
};

/* Connectors allowed inside a written date: "31st of May", "31 de mayo de 2022". */
static bool
is_connector(const char *w)
{
    return !strcmp(w, "of") || !strcmp(w, "de") || !strcmp(w, "del");
}

/* The French label of a post's date, "Mise en ligne \xc3\xa0 12h02" (put
 * online at). */
static const char *const fillers_online[] = {"mise", "en", "ligne"};

static bool
is_letter_cp(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

static int
month_of(const char *w)
{
    /* The first byte is compared inline: it rules out nearly every entry. */
    for (size_t i = 0; i < sizeof months / sizeof *months; i++)
        if (months[i].name[0] == w[0] && !strcmp(w, months[i].name))
            return months[i].month;
    return 0;
}

static bool
in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == w[0] && !strcmp(w, list[i]))
            return true;
    return false;
}

static int
days_in(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

static bool
valid(int y, int m, int d)
{
    /* Years past 2100 are two numbers run together ("Mar 2714 min" is
     * "Mar 27" and "14 min"), not dates. */
    if (y < 1000 || y > 2100 || m < 0 || m > 12 || d < 0)
        return false;
    if (m == 0)
        return d == 0;
    return d == 0 || d <= days_in(y, m);
}

static int
full_year(int y, int ndigits)
{
    if (ndigits == 4)
        return y;
    return y < 70 ? 2000 + y : 1900 + y;
}

static bool
month_first(const char *lang)
{
    if (!lang || !*lang || !strcasecmp(lang, "en"))
        return true;
    return !strncasecmp(lang, "en-us", 5) || !strncasecmp(lang, "en_us", 5) ||
           !strncasecmp(lang, "en-ph", 5);
}

/* Read digits at s[*i]; returns the value (capped) and the digit count. */
static int
read_num(const char *s, size_t len, size_t *i, int *nd)
{
    int v = 0, n = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        if (n < 6)
            v = v * 10 + (s[*i] - '0');
        n++;
        (*i)++;
    }
    *nd = n;
    return v;
}

/* "min" (maybe after a space) at s[i]: the unit of a reading time. */
static bool
reading_time_at(const char *s, size_t len, size_t i)
{
    if (i < len && s[i] == ' ')
        i++;
    return i + 3 <= len && !strncasecmp(s + i, "min", 3) &&
           (i + 3 == len || s[i + 3] == ' ' || s[i + 3] == 's' || s[i + 3] == '.');
}

/* A run of five to seven digits right after a month's name whose first
 * four make a year of 1900-2099: a year with a count glued on ("Dec
 * 2016651", the date and "651" comments), as no written date has a
 * longer number there. */
static bool
year_glued_to_count(const char *s, size_t st, int nd, const tok *prev)
{
    if (nd < 5 || nd > 7 || !prev || prev->kind != T_MONTH)
        return false;
    return (s[st] == '1' && s[st + 1] == '9') || (s[st] == '2' && s[st + 1] == '0');
}

/* The unit mark at s[*i] (maybe after spaces, as Korean writes "2023년
 * 2월 5일"): 年/月/日 in Chinese and Japanese, 년/월/일 in Korean. */
static bool
cjk_unit(const char *s, size_t len, size_t *i, const char *han, const char *hangul)
{
    size_t j = *i;
    while (j < len && s[j] == ' ')
        j++;
    if (j + 3 <= len && (!memcmp(s + j, han, 3) || !memcmp(s + j, hangul, 3))) {
        *i = j + 3;
        return true;
    }
    return false;
}

/* "2019年4月13日", "2023년 2월 5일": an East Asian date, the year read
 * already (its digits end at *i). Read as a numeric date, year first. */
static bool
cjk_date(const char *s, size_t len, size_t *i, tok *k)
{
    size_t j = *i;
    int nm, nd;
    if (!cjk_unit(s, len, &j, "\xe5\xb9\xb4", "\xeb\x85\x84"))
        return false;
    while (j < len && s[j] == ' ')
        j++;
    int m = read_num(s, len, &j, &nm);
    if (nm < 1 || nm > 2 || !cjk_unit(s, len, &j, "\xe6\x9c\x88", "\xec\x9b\x94"))
        return false;
    while (j < len && s[j] == ' ')
        j++;
    int d = read_num(s, len, &j, &nd);
    if (nd < 1 || nd > 2 || !cjk_unit(s, len, &j, "\xe6\x97\xa5", "\xec\x9d\xbc"))
        return false;
    k->kind = T_NUMDATE;
    k->a = 0;
    for (size_t q = k->start; q < k->start + 4; q++)
        k->a = k->a * 10 + (s[q] - '0');
    k->b = m, k->c = d, k->na = 4, k->nc = nd, k->sep = '-';
    *i = j;
    k->end = j;
    return true;
}

/* Lower the Latin-1 capitals of UTF-8 word w in place ("\xc3\x96" to
 * "\xc3\xb6"), as the ASCII ones are: a label set in capitals
 * ("VER\xc3\x96FFENTLICHT AM") is the same word. */
static void
fold_latin1(char *w)
{
    for (unsigned char *p = (unsigned char *)w; p[0] && p[1]; p++)
        if (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97)
            p[1] += 0x20;
}

static size_t
tokenize(const char *s, size_t len, tok *t)
{
    size_t n = 0, i = 0;
    while (i < len && n < MAX_TOKENS) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9') {
            size_t st = i;
            int nd;
            int v = read_num(s, len, &i, &nd);
            tok *k = &t[n++];
            memset(k, 0, sizeof(*k));
            k->start = st;
            if (nd == 4 && cjk_date(s, len, &i, k))
                continue;
            /* Numeric date: a SEP b SEP c with one separator. */
            if (i + 1 < len && (s[i] == '/' || s[i] == '-' || s[i] == '.') && s[i + 1] >= '0' &&
                s[i + 1] <= '9') {
                char sep = s[i];
                size_t j = i + 1;
                int nb, nc;
                int b = read_num(s, len, &j, &nb);
                if (j + 1 < len && s[j] == sep && s[j + 1] >= '0' && s[j + 1] <= '9') {
                    j++;
                    int cc = read_num(s, len, &j, &nc);
                    k->kind = T_NUMDATE;
                    k->a = v, k->b = b, k->c = cc, k->na = nd, k->nc = nc, k->sep = sep;
                    if (nb > 2)
                        k->kind = T_OTHER;
                    i = j;
                    k->end = i;
                    continue;
                }
            }
            if (i + 1 < len && s[i] == ':' && s[i + 1] >= '0' && s[i + 1] <= '9') {
                /* Clock time: h:mm[:ss]. */
                while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == ':'))
                    i++;
                k->kind = T_TIME;
                k->end = i;
                continue;
            }
            k->kind = T_NUM;
            k->v = v;
            k->ndigits = nd;
            k->end = i;
            if (nd == 4 && reading_time_at(s, len, i) && v / 100 >= 1 && v / 100 <= 31) {
                /* "Mar 1711 min read": a day glued to a reading time, no
                 * year ("Mar 17" and "11 min read" on one line). */
                k->v = v / 100;
                k->ndigits = 2;
                continue;
            }
            if (year_glued_to_count(s, st, nd, n >= 2 ? &t[n - 2] : NULL)) {
                /* "22 Dec 2016651": the year and a comment count that
                 * the copy ran together; the count is read next. */
                i = st + 4;
                k->v = (s[st] - '0') * 1000 + (s[st + 1] - '0') * 100 +
                       (s[st + 2] - '0') * 10 + (s[st + 3] - '0');
                k->ndigits = 4;
                k->end = i;
                continue;
            }
            /* Ordinal suffix: 1st 2nd 3rd 4th 1er 1e 1º. */
            size_t j = i;
            while (j < len && j - i < 3 && (((unsigned char)s[j] | 0x20) >= 'a') &&
                   (((unsigned char)s[j] | 0x20) <= 'z'))
                j++;
            if (j > i) {
                char suf[4] = {0};
                for (size_t q = i; q < j; q++)
                    suf[q - i] = (char)(s[q] | 0x20);
                if (!strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") ||
                    !strcmp(suf, "th") || !strcmp(suf, "er") || !strcmp(suf, "e")) {
                    i = j;
                    k->end = i;
                } else if (nd == 4 && !strcmp(suf, "at")) {
                    /* "March 10, 2015at 08:05": the space before "at" was
                     * lost in the copy; the year stands, "at" is read next. */
                } else if (nd == 4 && s[i] >= 'A' && s[i] <= 'Z' && j - i == 3 && j < len &&
                           s[j] >= 'a' && s[j] <= 'z') {
                    /* "December 10, 2021April 9, 2019": two dates (the
                     * update's and the post's) whose space the copy
                     * lost; the year stands, the capital's word is read
                     * next. */
                } else {
                    k->kind = T_OTHER; /* "3rdx", "10am" handled below */
                    if (!strcmp(suf, "am") || !strcmp(suf, "pm") || !strcmp(suf, "h"))
                        k->kind = T_TIME;
                    i = j;
                    k->end = i;
                }
            }
            continue;
        }
        uint32_t cp = c;
        size_t cl = 1;
        if (c >= 0x80) {
            cl = utf8_decode(s + i, len - i, &cp);
            if (!cl)
                cl = 1;
        }
        if (!is_letter_cp(cp)) {
            i += cl;
            continue;
        }
        /* A word: letters (and apostrophes inside). */
        size_t st = i;
        char w[24];
        size_t wn = 0;
        bool all_caps = true;
        while (i < len) {
            unsigned char d = (unsigned char)s[i];
            uint32_t wcp = d;
            size_t wl = 1;
            if (d >= 0x80) {
                wl = utf8_decode(s + i, len - i, &wcp);
                if (!wl)
                    break;
            }
            if (!is_letter_cp(wcp))
                break;
            /* "FinanceOctober 13": a word glued to a capital's word (the
             * copy lost the space between two elements) is two words. */
            if (d >= 'A' && d <= 'Z' && i > st && s[i - 1] >= 'a' && s[i - 1] <= 'z')
                break;
            if (d >= 'a' && d <= 'z')
                all_caps = false;
            for (size_t q = 0; q < wl; q++)
                if (wn + 1 < sizeof w)
                    w[wn++] = (char)(s[i + q] >= 'A' && s[i + q] <= 'Z' ? s[i + q] + 32 : s[i + q]);
            i += wl;
        }
        w[wn] = '\0';
        fold_latin1(w);
        /* "ADAM GOLDMANSEPT. 19, 2016": a name in capitals and the
         * month's short form after it, glued by the copy, are two words
         * when a full stop and a day follow. */
        if (all_caps && wn > 5 && wn < sizeof w - 1 && i + 2 < len && s[i] == '.' &&
            s[i + 1] == ' ' && s[i + 2] >= '0' && s[i + 2] <= '9' && n + 1 < MAX_TOKENS) {
            for (size_t tail = 4; tail >= 3; tail--)
                if (month_of(w + wn - tail)) {
                    tok *h = &t[n++];
                    memset(h, 0, sizeof(*h));
                    h->kind = T_OTHER;
                    h->start = st;
                    h->end = i - tail;
                    st = i - tail;
                    memmove(w, w + wn - tail, tail + 1);
                    break;
                }
        }
        tok *k = &t[n++];
        memset(k, 0, sizeof(*k));
        k->start = st;
        k->end = i;
        int m;
        if ((m = month_of(w)) != 0) {
            k->kind = T_MONTH;
            k->v = m;
        } else if (in_list(w, weekdays, sizeof weekdays / sizeof *weekdays)) {
            k->kind = T_WEEKDAY;
        } else if (in_list(w, fillers, sizeof fillers / sizeof *fillers) ||
                   in_list(w, fillers_online, sizeof fillers_online / sizeof *fillers_online) ||
                   wn == 1 || (all_caps && i - st <= 4)) {
            /* Single letters come from "a.m." and "T" in ISO stamps; short
             * capitals are time zones (ET, UTC, CEST). */
            k->kind = T_FILLER;
            k->v = is_connector(w);
        } else {
            k->kind = T_OTHER;
        }
    }
    return n;
}

static bool
is_day(const tok *k)
{
    return k->kind == T_NUM && k->ndigits <= 2 && k->v >= 1 && k->v <= 31;
}

static bool
is_year(const tok *k)
{
    return k->kind == T_NUM && k->ndigits == 4;
}

/* Skip connector fillers ("of", "de") from index i. */
static size_t
skip_conn(const tok *t, size_t n, size_t i)
{
    while (i < n && t[i].kind == T_FILLER && t[i].v)
        i++;
    return i;
}

/* Try to read a date starting at token i; on success sets *last. */
static bool
date_at(const tok *t, size_t n, size_t i, bool mfirst, rd_text_date *dt, size_t *last)
{
    const tok *k = &t[i];
    if (k->kind == T_NUMDATE) {
        int y, m, d;
        if (k->na == 4) {
            y = k->a, m = k->b, d = k->c;
        } else if (k->nc == 4 || (k->nc == 2 && k->sep == '/')) {
            y = full_year(k->c, k->nc);
            if (k->a > 12)
                d = k->a, m = k->b;
            else if (k->b > 12)
                m = k->a, d = k->b;
            else if (k->sep != '.' && mfirst)
                m = k->a, d = k->b;
            else
                d = k->a, m = k->b;
        } else {
            return false;
        }
        if (m < 1 || d < 1 || !valid(y, m, d))
            return false;
        dt->year = y, dt->month = m, dt->day = d;
        *last = i;
        return true;
    }
    if (k->kind == T_MONTH) {
        size_t j = i + 1;
        if (j < n && is_day(&t[j])) {
            size_t y = skip_conn(t, n, j + 1);
            if (y < n && is_year(&t[y]) && valid(t[y].v, k->v, t[j].v)) {
                dt->year = t[y].v, dt->month = k->v, dt->day = t[j].v;
                *last = y;
                return true;
            }
        }
        if (j < n && is_year(&t[j]) && valid(t[j].v, k->v, 0)) {
            dt->year = t[j].v, dt->month = k->v, dt->day = 0;
            *last = j;
            return true;
        }
        return false;
    }
    if (is_day(k)) {
        size_t m = skip_conn(t, n, i + 1);
        if (m < n && t[m].kind == T_MONTH) {
            size_t y = skip_conn(t, n, m + 1);
            if (y < n && is_year(&t[y]) && valid(t[y].v, t[m].v, k->v)) {
                dt->year = t[y].v, dt->month = t[m].v, dt->day = k->v;
                *last = y;
                return true;
            }
        }
    }
    return false;
}

/* Tokens that may surround a date on a date line. */
static bool
is_fill(const tok *k)
{
    return k->kind == T_FILLER || k->kind == T_WEEKDAY || k->kind == T_TIME ||
           (k->kind == T_NUM && k->ndigits <= 3);
}

bool
rd_text_date_find(const char *s, size_t len, const char *lang, rd_text_date *out)
{
    if (len > MAX_INPUT)
        len = MAX_INPUT;
    /* Every date has a year or a numeric date in ASCII digits: a line
     * without one (most lines) is settled without tokenizing it. */
    size_t d = 0;
    while (d < len && (s[d] < '0' || s[d] > '9'))
        d++;
    if (d == len)
        return false;
    tok t[MAX_TOKENS];
    size_t n = tokenize(s, len, t);
    bool mfirst = month_first(lang);
    for (size_t i = 0; i < n; i++) {
        size_t last;
        rd_text_date dt = {0};
        if (!date_at(t, n, i, mfirst, &dt, &last))
            continue;
        dt.start = t[i].start;
        dt.end = t[last].end;
        dt.whole = true;
        size_t around = 0; /* words outside the dates */
        for (size_t j = 0; j < n; j++) {
            rd_text_date dt2;
            size_t last2;
            /* A second date after the first: "Published 5 March, updated
             * 6 March 2024". */
            if (j > last && date_at(t, n, j, mfirst, &dt2, &last2)) {
                j = last2;
                continue;
            }
            if (j >= i && j <= last)
                continue;
            if (!is_fill(&t[j]))
                dt.whole = false;
            /* "a.m." and "p.m." give one-letter tokens; they are no words. */
            around += (t[j].kind == T_FILLER || t[j].kind == T_WEEKDAY) &&
                      t[j].end - t[j].start > 1;
        }
        /* A date line has at most a few words around the date. */
        if (around > 8)
            dt.whole = false;
        *out = dt;
        return true;
    }
    return false;
}

bool
rd_text_date_label(const char *s, size_t len)
{
    static const char *const labels[] = {
        "published", "updated", "posted", "modified", "created", "released", "issued",
        "revised", "edited", "ver\303\266ffentlicht", "aktualisiert", "publi\xc3\xa9",
        "publie", "mis", "publicado", "actualizado", "pubblicato", "aggiornato",
    };
    if (len > MAX_INPUT)
        return false;
    tok t[MAX_TOKENS];
    size_t n = tokenize(s, len, t);
    if (n == 0 || n > 8)
        return false;
    bool label = false;
    for (size_t i = 0; i < n; i++) {
        /* A date shown without its year ("March 18 at 12:22 PM", "18
         * March") is a label too: the year is not there to read. */
        if (t[i].kind == T_MONTH && ((i + 1 < n && is_day(&t[i + 1])) || (i > 0 && is_day(&t[i - 1])))) {
            label = true;
            continue;
        }
        if (!is_fill(&t[i]))
            return false;
        /* A clock time alone ("1:39 PM ET") is the time of a date shown
         * elsewhere, or of today. */
        label |= t[i].kind == T_TIME;
        if (t[i].kind != T_FILLER)
            continue;
        char w[24];
        size_t wn = t[i].end - t[i].start;
        if (wn >= sizeof w)
            continue;
        for (size_t q = 0; q < wn; q++)
            w[q] = (char)(s[t[i].start + q] >= 'A' && s[t[i].start + q] <= 'Z'
                              ? s[t[i].start + q] + 32
                              : s[t[i].start + q]);
        w[wn] = '\0';
        fold_latin1(w);
        label |= in_list(w, labels, sizeof labels / sizeof *labels);
    }
    return label;
}

char *
rd_text_date_format(arena *a, const rd_text_date *dt)
{
    if (dt->month == 0)
        return arena_printf(a, "%04d", dt->year);
    if (dt->day == 0)
        return arena_printf(a, "%04d-%02d", dt->year, dt->month);
    return arena_printf(a, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
}
