/*
 * cited.c - a paper's own list of the works it cites. An essay or a
 * journal's article closes with "References" over entries that open with
 * the keys its text cites ("... as first proposed [Doe15]" and, under the
 * heading, "[Doe15] Doe, J. 'A Title' ..."). The heading is also an
 * encyclopedia's end matter, which the trailer cuts with the page's
 * footer; entries keyed to the text above are the article's and stay.
 */
#include "text_int.h"

#include <string.h>

/* Bytes a citation key may take, brackets included ("[Stroustrup13a]"). */
#define CITED_KEY_MAX 24

/* Entries read under the heading, each opening with a key, and how many
 * of their keys the text must cite (a list may hold a work not cited). */
#define CITED_LOOK 3
#define CITED_NEED 2

/* Whether the bracketed key s[0, n) stands in a body line before i. */
static bool
key_cited(const rd_text_lines *L, size_t body, size_t i, const char *s, size_t n)
{
    for (size_t j = body; j < i; j++) {
        const rd_text_line *x = &L->v[j];
        if (x->role != RD_TEXT_CONTENT || x->len <= n)
            continue;
        for (size_t k = 0; k + n <= x->len; k++)
            if (x->s[k] == '[' && memcmp(x->s + k, s, n) == 0)
                return true;
    }
    return false;
}

bool
rd_text_cited_list(const rd_text_lines *L, size_t body, size_t i)
{
    size_t cited = 0, seen = 0;
    for (size_t k = i + 1; k < L->n && seen < CITED_LOOK; k++) {
        const rd_text_line *x = &L->v[k];
        if (x->kind == RD_TEXT_BLANK)
            continue;
        seen++;
        /* A key of a word with no space in it: "[N3351]", "[12]". */
        if (x->len < 4 || x->s[0] != '[')
            return false;
        size_t e = 1;
        while (e < x->len && e < CITED_KEY_MAX && x->s[e] != ']' && x->s[e] != ' ')
            e++;
        if (e == 1 || e >= x->len || x->s[e] != ']')
            return false;
        cited += key_cited(L, body, i, x->s, e + 1);
    }
    return cited >= CITED_NEED;
}
