/*
 * date.c - dates as a reader expects to see them in a book.
 *
 * The tree keeps ISO dates (YYYY-MM-DD, YYYY-MM, YYYY); books show them in
 * the article's language: "18 November 2024", "18 novembre 2024",
 * "18. November 2024". Languages without a table keep the ISO form, which
 * every reader can parse.
 */
#include "doc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct date_lang {
    const char *code;
    const char *months[12];
    const char *day_fmt; /* printf of (day, month, year) */
} date_lang;

static const date_lang langs[] = {
    {"en", {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"}, "%d %s %d"},
    {"fr", {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"}, "%d %s %d"},
    {"de", {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"}, "%d. %s %d"},
    {"es", {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"}, "%d de %s de %d"},
    {"it", {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"}, "%d %s %d"},
    {"pt", {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"}, "%d de %s de %d"},
};

const char *
doc_date_display(arena *a, const char *date, const char *lang)
{
    if (!date)
        return NULL;
    const date_lang *L = NULL;
    for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
        if (lang && strncmp(lang, langs[i].code, 2) == 0 && (!lang[2] || lang[2] == '-' ||
                                                             lang[2] == '_'))
            L = &langs[i];
    if (!lang)
        L = &langs[0];
    if (!L)
        return date;
    int y, mo, dd;
    size_t n = strlen(date);
    if (n == 10 && sscanf(date, "%4d-%2d-%2d", &y, &mo, &dd) == 3 && mo >= 1 && mo <= 12 &&
        dd >= 1 && dd <= 31) {
        /* US English writes the month first. */
        if (lang && (strcmp(lang, "en-US") == 0 || strcmp(lang, "en-us") == 0))
            return arena_printf(a, "%s %d, %d", L->months[mo - 1], dd, y);
        return arena_printf(a, L->day_fmt, dd, L->months[mo - 1], y);
    }
    if (n == 7 && sscanf(date, "%4d-%2d", &y, &mo) == 2 && mo >= 1 && mo <= 12) {
        const char *sep = (L->day_fmt[2] == ' ' && L->day_fmt[3] == 'd') ? " de " : " ";
        return arena_printf(a, "%s%s%d", L->months[mo - 1], sep, y);
    }
    return date;
}

const char *
doc_date_of_time(arena *a, time_t t)
{
    struct tm tm;
    char day[16];
    if (t <= 0 || !gmtime_r(&t, &tm) || !strftime(day, sizeof day, "%Y-%m-%d", &tm))
        return NULL;
    return arena_strdup(a, day);
}

bool
doc_date_valid(const char *s)
{
    if (!s)
        return false;
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return false;
    for (size_t i = 0; i < n; i++) {
        bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : !isdigit((unsigned char)s[i]))
            return false;
    }
    if (n >= 7) {
        int mo = atoi(s + 5);
        if (mo < 1 || mo > 12)
            return false;
    }
    if (n == 10) {
        static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int y = atoi(s), mo = atoi(s + 5), day = atoi(s + 8);
        bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (day < 1 || day > mdays[mo - 1] || (mo == 2 && day == 29 && !leap))
            return false;
    }
    return true;
}
