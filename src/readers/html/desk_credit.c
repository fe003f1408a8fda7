/*
 * desk_credit.c - a declared author that is a newsroom's desk at the
 * site ("<meta name=dc.creator content='Zone Justice et faits divers -
 * ICI.Radio-Canada.ca'>"), not a person.
 *
 * Broadcasters and papers credit a story to the desk that wrote it and
 * add the site's host name after a separator. The host name is surely
 * the site's: it goes. What stands before it is the writer when it reads
 * as a person's name (one to five words, each capitalised or a name's
 * particle: "Jane Roe", "Anna von Mildenburg"); a phrase with common
 * words in it ("Zone Justice et faits divers", "Politics desk") is the
 * desk, and the page names no author. A credit without the host name is
 * left to the other rules.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define NAME_WORDS_MAX 5

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

/* One to five words, each capitalised (a letter outside ASCII counts:
 * "Élise") or a particle of a name. */
static bool
person_shaped(const char *s)
{
    static const char *const particles[] = {"von", "van", "der", "den", "de",  "da",  "di",
                                            "du",  "del", "la",  "le",  "dos", "das", "ten",
                                            "ter", "zu",  "bin", "ibn", "al",  "y",   NULL};
    size_t words = 0;
    for (const char *w = s; *w;) {
        size_t n = strcspn(w, " ");
        if (n) {
            bool cap = isupper((unsigned char)w[0]) || ((unsigned char)w[0] & 0x80);
            for (size_t i = 0; !cap && particles[i]; i++)
                cap = n == strlen(particles[i]) && strncmp(w, particles[i], n) == 0;
            if (!cap || ++words > NAME_WORDS_MAX)
                return false;
        }
        w += n;
        while (*w == ' ')
            w++;
    }
    return words > 0;
}

const char *
rd_html_desk_credit(arena *a, const char *by)
{
    if (!by)
        return NULL;
    const char *last = NULL;
    size_t sl = 0;
    for (const char *p = by; *p; p++) {
        size_t k = sep_at(p);
        if (k) {
            last = p;
            sl = k;
        }
    }
    if (!last || !host_name(last + sl))
        return by;
    const char *who = rd_html_squash(a, by, (size_t)(last - by));
    return person_shaped(who) ? who : "";
}
