/*
 * post_label.c - the links to the previous and the next post that a copy
 * glues to the other post's headline, the two being spans of one link:
 * "Harbour Wall Is FinishedPrevious article", "Le port rouvreArticle
 * suivant". Such a line is chrome; but the same words end prose, a
 * contract's cross-reference ("prevues a l'Article precedent") and, glued
 * to the page's own byline or headline, lines the header reads. So the
 * line itself must look like a headline (post_label_head) and its place
 * like a block of links (rd_text_glued_post_lines); glued to a byline, a
 * date or the headline over them, only the label is cut off.
 */
#include "text_int.h"

#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

static const char *const labels[] = {"Previous article",
                                     "Next article",
                                     "Previous post",
                                     "Next post",
                                     "Previous story",
                                     "Next story",
                                     "Vorheriger Artikel",
                                     "N\xc3\xa4"
                                     "chster Artikel",
                                     "Article pr\xc3\xa9"
                                     "c\xc3\xa9"
                                     "dent",
                                     "Article suivant",
                                     "Art\xc3\xad"
                                     "culo anterior",
                                     "Art\xc3\xad"
                                     "culo siguiente"};

/* The code point that ends s[0..e) (U+FFFD when it is not valid). */
static uint32_t
last_cp(const char *s, size_t e)
{
    size_t k = e - 1;
    while (k > 0 && e - k < 4 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    uint32_t cp;
    return utf8_decode(s + k, e - k, &cp) == e - k ? cp : 0xFFFD;
}

/* A letter or a digit of a headline's last word: ASCII, Latin, Greek,
 * Cyrillic and the like, CJK, Hangul. */
static bool
word_cp(uint32_t c)
{
    return (c < 0x80 && ((c | 0x20) - 'a' < 26 || c - '0' < 10)) ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x1FFF) ||
           (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

/* How many times what occurs in s[0..e). */
static size_t
count(const char *s, size_t e, const char *what)
{
    size_t n = strlen(what), c = 0;
    for (size_t i = 0; i + n <= e; i++)
        c += memcmp(s + i, what, n) == 0;
    return c;
}

/* A quotation opened by open ends at s[e - 3..e) with close: one is
 * still open before it, the earlier pairs being matched. */
static bool
quote_open(const char *s, size_t e, const char *open, const char *close)
{
    return count(s, e - 3, open) > count(s, e - 3, close);
}

/* The ’ ending s[0..e) follows a word of one or two letters: an
 * elision ("l’", "d’", "qu’") that the next word carries on. */
static bool
elision(const char *s, size_t e)
{
    size_t k = e - 3, letters = 0;
    while (k > 0 && letters < 3) {
        uint32_t c = last_cp(s, k);
        if (!word_cp(c) || (c >= '0' && c <= '9'))
            break;
        letters++;
        k -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return letters >= 1 && letters <= 2;
}

/* A mark that closes a headline ("Is It Over?", "(Updated)", a quoted
 * name). A quotation mark closes only a quotation the headline left
 * open; ’ after a short word is an elision, alone a possessive
 * ("l’Article precedent", "Les ‘Delais’ ... a l’"), an opening bracket or
 * quote starts a phrase. */
static bool
closing_mark(const char *s, size_t e, uint32_t c)
{
    if (c == '?' || c == '!' || c == ')' || c == ']' || c == 0xBB) /* » */
        return true;
    if (c == '"') {
        size_t q = 0;
        for (size_t i = 0; i < e; i++)
            q += s[i] == '"';
        return q % 2 == 0;
    }
    if (c == 0x201D) /* ” closing a “ */
        return quote_open(s, e, "\xe2\x80\x9c", "\xe2\x80\x9d");
    if (c == 0x201C) /* “ closing a German „ */
        return quote_open(s, e, "\xe2\x80\x9e", "\xe2\x80\x9c");
    if (c == 0x2019) /* ’ closing a ‘ */
        return !elision(s, e) && quote_open(s, e, "\xe2\x80\x98", "\xe2\x80\x99");
    return false;
}

/* A sentence ends inside s[0..e) (". ", "? ", "! ", ".\u201d ", "... "), or
 * a comma runs on into a clause in lower case (", so stay tuned"): prose,
 * not a headline. */
static bool
prose_inside(const char *s, size_t e)
{
    for (size_t i = 0; i + 1 < e; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t j = i + 1;
        if (c == '.' || c == '?' || c == '!' ||
            (c == 0xE2 && i + 2 < e && (unsigned char)s[i + 1] == 0x80 &&
             (unsigned char)s[i + 2] == 0xA6 && (j = i + 3))) {
            while (j < e &&
                   (s[j] == '"' || s[j] == '\'' || s[j] == ')' ||
                    ((unsigned char)s[j] == 0xE2 && j + 2 < e && (unsigned char)s[j + 1] == 0x80 &&
                     ((unsigned char)s[j + 2] == 0x9D || (unsigned char)s[j + 2] == 0x99))))
                j += (unsigned char)s[j] == 0xE2 ? 3 : 1;
            if (j < e && s[j] == ' ')
                return true;
        } else if (c == ',' && s[i + 1] == ' ' && i + 2 < e && s[i + 2] >= 'a' && s[i + 2] <= 'z') {
            return true;
        }
    }
    return false;
}

/* The label or labels ending s[0..len) ("...Previous articleNext
 * article") cut off: the length left, len when none ends it. */
static size_t
strip_labels(const char *s, size_t len)
{
    for (bool more = true; more;) {
        more = false;
        for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
            size_t n = strlen(labels[k]);
            if (len >= n && memcmp(s + len - n, labels[k], n) == 0) {
                len -= n;
                more = true;
                break;
            }
        }
    }
    return len;
}

size_t
rd_text_glued_post_label(const char *s, size_t len)
{
    if (len > 240)
        return 0;
    size_t e = strip_labels(s, len);
    /* No label, or labels alone ("Previous articleNext article"): the
     * line is left to the other rules. */
    if (e == len || e < 8)
        return 0;
    uint32_t c = last_cp(s, e);
    if (!word_cp(c) && !closing_mark(s, e, c))
        return 0;
    /* A line that opens in lower case carries on a sentence ("iPhone"
     * opens a headline). */
    if (s[0] >= 'a' && s[0] <= 'z' && !(s[1] >= 'A' && s[1] <= 'Z'))
        return 0;
    if (prose_inside(s, e))
        return 0;
    size_t words = 1;
    for (size_t i = 0; i + 1 < e; i++)
        words += s[i] == ' ' && s[i + 1] != ' ';
    return words >= 2 && words <= 15 ? e : 0;
}

/* A byline's lead opens s[0..n): "By", "Posted by", "Von", "Par", "Por",
 * "Author:". */
static bool
byline_lead(const char *s, size_t n)
{
    static const char *const leads[] = {"by",  "posted", "written", "von",   "par",
                                        "por", "author", "autor",   "auteur"};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        size_t m = strlen(leads[k]);
        if (n > m && strncasecmp(s, leads[k], m) == 0 && (s[m] == ' ' || s[m] == ':'))
            return true;
    }
    return false;
}

/* Capitalised as a headline: no word of three letters or more in lower
 * case but the small words titles leave so ("and", "the", "with"). */
static bool
title_case(const char *s, size_t e)
{
    static const char *const small[] = {"and",  "the",  "for", "nor", "but", "with", "from", "into",
                                        "onto", "over", "via", "vs",  "und", "der",  "die",  "das",
                                        "des",  "mit",  "les", "et",  "sur", "pour", "avec", "dans",
                                        "del",  "los",  "las", "con", "por", "para"};
    size_t i = 0;
    while (i < e) {
        while (i < e && s[i] == ' ')
            i++;
        size_t w = i;
        while (w < e && s[w] != ' ')
            w++;
        size_t a = i;
        while (a < w && !((s[a] | 0x20) >= 'a' && (s[a] | 0x20) <= 'z') &&
               !((unsigned char)s[a] >= 0xC0))
            a++;
        if (a < w && s[a] >= 'a' && s[a] <= 'z') {
            bool upper = false;
            size_t letters = 0;
            for (size_t j = a; j < w; j++) {
                upper |= s[j] >= 'A' && s[j] <= 'Z';
                letters += (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z';
            }
            bool is_small = false;
            for (size_t k = 0; k < sizeof small / sizeof *small; k++)
                is_small |= strlen(small[k]) == w - a && strncmp(s + a, small[k], w - a) == 0;
            if (!upper && letters >= 3 && !is_small)
                return false;
        }
        i = w;
    }
    return true;
}

/* The line names no post: a date alone, or a byline. */
static bool
header_line(const rd_text_line *ln)
{
    rd_text_date dt;
    return byline_lead(ln->s, ln->len) ||
           (rd_text_date_find(ln->s, ln->len, NULL, &dt) && dt.whole);
}

void
rd_text_glued_post_lines(rd_text_line *v, size_t count, bool fixed)
{
    for (size_t i = 0; i < count; i++) {
        rd_text_line *ln = &v[i];
        if (ln->kind == RD_TEXT_BLANK || ln->chrome)
            continue;
        size_t e = rd_text_glued_post_label(ln->s, ln->len);
        if (!e)
            continue;
        const rd_text_line *up = i > 0 && v[i - 1].kind != RD_TEXT_BLANK ? &v[i - 1] : NULL;
        const rd_text_line *dn = i + 1 < count && v[i + 1].kind != RD_TEXT_BLANK ? &v[i + 1] : NULL;
        /* In a document set in fixed columns, or carrying on a wrapped
         * paragraph's sentence, the words are the text's own. */
        if (fixed || (up && !up->chrome && up->cps >= 40 && !(up->flags & RD_TEXT_F_SENTENCE)))
            continue;
        /* The page's own byline or date ("By Jane DoeNext post", "Posted
         * on May 6, 2019Previous article"), or its headline right over
         * them: the label is cut off for the header to read the rest. A
         * year alone ("Spent by the end of 2019Next article") may be a
         * phrase's: the line stays as it is. */
        rd_text_date dt;
        bool dated = rd_text_date_find(ln->s, e, NULL, &dt);
        if ((dated && dt.month) || byline_lead(ln->s, e) || (!dated && dn && header_line(dn))) {
            rd_text_line_cut(ln, e);
            continue;
        }
        if (dated)
            continue;
        /* Alone between blank lines, it must be capitalised as a
         * headline: a sentence ("The wall cost a great deal (about four
         * million)Next post") is a paragraph the copy glued to the link. */
        if (!up && !dn && !title_case(ln->s, e))
            continue;
        /* Between a paragraph's run-on lines ("...in April.\nThat is
         * what the mayor Hans Muller told usNext article\n..."), a line
         * in sentence case is the paragraph's own. */
        bool prose = (up && rd_text_line_is_prose(up)) || (dn && rd_text_line_is_prose(dn));
        if (prose && !title_case(ln->s, e))
            continue;
        ln->chrome = RD_TEXT_CHROME_LINE;
    }
}
