/*
 * desk_credit.c - a declared author that is a newsroom's desk at the
 * site ("<meta name=dc.creator content='Zone Justice et faits divers -
 * ICI.Radio-Canada.ca'>"), not a person.
 *
 * Broadcasters and papers credit a story to the desk that wrote it and
 * add the site's host name after a separator. The host name is surely
 * the site's: it always goes, and of what stands before it only the
 * first part is kept ("Jane Roe - Politics": "Jane Roe"). That part is
 * the desk, and the page names no author, only on plain evidence: a
 * common (lowercase) word naming a newsroom's unit ("Politics desk"), or
 * a capitalised phrase with two common lowercase words in it ("Zone
 * Justice et faits divers"). "Politics Desk" may be a name, and is kept.
 * Words that join names ("and", "et", "&"), a name's particles ("von",
 * "de la", "d'"), abbreviations ("med.") and bracketed agencies are no
 * evidence, and a name written all in lowercase ("bell hooks") is a
 * person's style. When in doubt the part is the author. A credit without
 * the host name is left to the other rules.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>

#define COMMON_WORDS_MIN 2 /* "Zone Justice et faits divers": two; a name has none */
#define WORD_MAX 64

/* The separator at p with the spaces around it: its length, or 0. */
static size_t
sep_at(const char *p)
{
    static const char *const seps[] = {" - ",        " | ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
                                       " \xc2\xb7 ", NULL}; /* -, |, en and em dash, middle dot */
    for (size_t i = 0; seps[i]; i++)
        if (strncmp(p, seps[i], strlen(seps[i])) == 0)
            return strlen(seps[i]);
    return 0;
}
/* A host name: letters, digits and hyphens with dots between, the last
 * part two to six letters ("ICI.Radio-Canada.ca", "example.com"). */
static bool
host_name(const char *s)
{
    const char *dot = NULL;
    for (const char *p = s; *p; p++) {
        if (*p == '.')
            dot = p;
        else if (!isalnum((unsigned char)*p) && *p != '-')
            return false;
    }
    if (!dot || dot == s)
        return false;
    size_t tld = strlen(dot + 1);
    for (size_t i = 1; i <= tld; i++)
        if (!isalpha((unsigned char)dot[i]))
            return false;
    return tld >= 2 && tld <= 6;
}

/* Is w (lowercase, its brackets and commas gone) no evidence of a
 * phrase: a word joining names or a name to its paper ("Jane Roe for the
 * City Press"), or a name's particle? */
static bool
name_glue(const char *w)
{
    static const char *const words[] = {
        "and",  "und",  "et",  "e",   "y",   "&",   "for", "with", "of", "the", "für", "mit",
        "pour", "avec", "von", "van", "der", "den", "de",  "da",   "di", "du",  "del", "la",
        "le",   "dos",  "das", "ten", "ter", "zu",  "bin", "ibn",  "al", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return true;
    return false;
}

/* Does w (lowercase) name a newsroom's unit rather than a person? */
static bool
desk_word(const char *w)
{
    static const char *const words[] = {"desk", "staff", "newsroom", "team", "redaktion", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return true;
    return false;
}

/* Is the credit s (one part, no separator) a desk? */
static bool
desk_shaped(const char *s)
{
    size_t caps = 0, common = 0;
    bool desk = false;
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, " ");
        char w[WORD_MAX];
        size_t k = 0;
        for (size_t i = 0; i < n && k + 1 < sizeof(w); i++)
            if (!strchr("()[],;", p[i]))
                w[k++] = (char)tolower((unsigned char)p[i]);
        w[k] = '\0';
        /* the first letter after brackets: "(AFP)" is capitalised */
        const char *f = p;
        while (f < p + n && strchr("()[]", *f))
            f++;
        /* a joining word, a particle, "med.", a digit or "Élise" is no
         * evidence; nor is "d'Ormesson", a particle and a name */
        bool glue = !k || name_glue(w) || w[k - 1] == '.' || !isalpha((unsigned char)*f) ||
                    strncmp(w, "d'", 2) == 0 || strncmp(w, "d\xe2\x80\x99", 4) == 0;
        if (glue) {
            /* no evidence either way */
        } else if (isupper((unsigned char)*f)) {
            caps++;
        } else {
            common++;
            desk = desk || desk_word(w); /* "Politics desk"; "Desk" may be a name's */
        }
        p += n;
        while (*p == ' ')
            p++;
    }
    return desk || (caps > 0 && common >= COMMON_WORDS_MIN);
}

const char *
rd_html_desk_credit(arena *a, const char *by)
{
    if (!by)
        return NULL;
    const char *last = NULL, *first = NULL;
    size_t sl = 0;
    for (const char *p = by; *p; p++) {
        size_t k = sep_at(p);
        if (k) {
            if (!first)
                first = p;
            last = p;
            sl = k;
        }
    }
    if (!last || !host_name(last + sl))
        return by;
    const char *who = rd_html_squash(a, by, (size_t)(first - by)); /* "Jane Roe - Politics" */
    return desk_shaped(who) ? "" : who;
}
