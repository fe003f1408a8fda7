/*
 * gutenberg.c - the plain-text files of Project Gutenberg:
 *
 *     The Project Gutenberg eBook of A Short Story
 *     (the license's opening)
 *     Title: A Short Story
 *     Author: Jane Writer
 *     Release date: March 5, 2004 [eBook #1234]
 *
 *     *** START OF THE PROJECT GUTENBERG EBOOK A SHORT STORY ***
 *     (the book)
 *     *** END OF THE PROJECT GUTENBERG EBOOK A SHORT STORY ***
 *     (the license)
 *
 * The book is what lies between the START line and the END line (or the
 * "End of the Project Gutenberg EBook of ..." line older files set above
 * it); the license around it is no part of the work a reader asked for.
 * The header above the START line names the work's title, its authors and
 * translators, and the ebook's number, which gives its page. Its release
 * date is the ebook's, not the work's: only an "Original publication:"
 * line's year is taken as the date. Its "Language:" names the book's
 * language, which a French book needs for its hyphens and quotes. Older files say "ETEXT" and
 * "THIS", and vary the asterisks and the letter case; all are read alike.
 * The oldest have no START line: their license, "the small print", ends
 * with "*END*THE SMALL PRINT! ...*END*" right above the book, and when no
 * Title: line names the work, their first line does ("The Project
 * Gutenberg Etext of The Gift of the Magi, by O. Henry", or "This is the
 * Project Gutenberg Etext of ...").
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A header longer than this is no Gutenberg header (the old "small
 * print" license above the START line runs to some 400 lines). */
#define RD_TEXT_GUTENBERG_MAX_HEADER 1000

/* s[0..len) opens with `word`, letter case aside: the bytes after it. */
static const char *
opens(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    return len >= n && !strncasecmp(s, word, n) ? s + n : NULL;
}

/* The line's words after its asterisks and spaces, its end trimmed. */
static void
bare(const char **s, size_t *len)
{
    while (*len && (**s == '*' || **s == ' ' || **s == '\t')) {
        (*s)++;
        (*len)--;
    }
    while (*len && ((*s)[*len - 1] == '\r' || (*s)[*len - 1] == ' ' || (*s)[*len - 1] == '*'))
        (*len)--;
}

/* "START OF THE PROJECT GUTENBERG EBOOK", "END OF THIS PROJECT
 * GUTENBERG ETEXT", "End of Project Gutenberg's": `lead` ("start of",
 * "end of"), an optional "the" or "this", then "project gutenberg". */
static bool
marker(const char *s, size_t len, const char *lead)
{
    bare(&s, &len);
    const char *p = opens(s, len, lead), *e = s + len;
    if (!p)
        return false;
    const char *q = opens(p, (size_t)(e - p), " the ");
    if (!q)
        q = opens(p, (size_t)(e - p), " this ");
    if (!q)
        q = p + 1;
    return p < e && *p == ' ' && opens(q, (size_t)(e - q), "project gutenberg") != NULL;
}

static void people(arena *a, const char *v, const char *lang, const char *role, doc_meta *gm);

/* "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*":
 * the last line of the license older files print above the book, which
 * have no START line. */
static bool
small_print_end(const char *s, size_t len)
{
    if (!len || *s != '*')
        return false;
    bare(&s, &len);
    const char *p = opens(s, len, "end");
    return p && p < s + len && (*p == '*' || *p == ' ') &&
           opens(p + 1, (size_t)(s + len - p - 1), "the small print") != NULL;
}

/* "The Project Gutenberg Etext of The Gift of the Magi, by O. Henry":
 * an older file's first line names the work when no Title: line does. */
static void
first_line_title(arena *a, const char *s, size_t len, const char *lang, doc_meta *gm)
{
    bare(&s, &len);
    const char *p = opens(s, len, "this is "), *e = s + len; /* (the oldest say so) */
    p = p ? p : s;
    const char *the = opens(p, (size_t)(e - p), "the ");
    p = the ? the : p;
    if (!(p = opens(p, (size_t)(e - p), "project gutenberg ")))
        return;
    const char *q = memchr(p, ' ', (size_t)(e - p)); /* "Etext", "EBook", "eBook" */
    if (!q || !(q = opens(q, (size_t)(e - q), " of ")))
        return;
    const char *by = NULL;
    for (const char *x = q; x + 5 <= e; x++)
        if (!strncmp(x, ", by ", 5))
            by = x;
    const char *te = by ? by : e;
    if (te > q && !gm->title)
        gm->title = arena_strndup(a, q, (size_t)(te - q));
    if (by && by + 5 < e && !gm->n_authors)
        people(a, arena_strndup(a, by + 5, (size_t)(e - by - 5)), lang, NULL, gm);
}

/* The value of a "Key: value" header line whose key is `key`, else NULL. */
static const char *
field(const char *s, size_t len, const char *key, size_t *vlen)
{
    const char *p = opens(s, len, key), *e = s + len;
    if (!p || p >= e || *p != ':')
        return NULL;
    p++;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    *vlen = (size_t)(e - p);
    return p;
}

/* The header's lines from `from`: the first with its indented
 * continuations joined by a space ("Title: A Tale\n    of Two Towns"). */
static char *
joined(arena *a, const char *v, size_t vl, const char *next, const char *end)
{
    char *out = arena_strndup(a, v, vl);
    size_t n = vl;
    while (next < end && (*next == ' ' || *next == '\t')) {
        const char *nl = memchr(next, '\n', (size_t)(end - next));
        const char *le = nl ? nl : end, *s = next;
        while (s < le && (*s == ' ' || *s == '\t'))
            s++;
        while (le > s && (le[-1] == '\r' || le[-1] == ' ' || le[-1] == '\t'))
            le--;
        if (s == le)
            break;
        char *wider = arena_alloc(a, n + 1 + (size_t)(le - s) + 1);
        memcpy(wider, out, n);
        wider[n] = ' ';
        memcpy(wider + n + 1, s, (size_t)(le - s));
        n += 1 + (size_t)(le - s);
        wider[n] = '\0';
        out = wider;
        next = nl ? nl + 1 : end;
    }
    return out;
}

/* The people one header line names, with `role` (NULL for authors). */
static void
people(arena *a, const char *v, const char *lang, const char *role, doc_meta *gm)
{
    size_t vl = strlen(v);
    rd_text_byline by;
    if ((rd_text_byline_names(a, v, vl, &by) || rd_text_byline_parse(a, v, vl, lang, true, &by)) &&
        by.n)
        for (size_t i = 0; i < by.n; i++)
            doc_meta_add_author(a, gm, by.names[i], role ? role : by.roles[i]);
    else
        doc_meta_add_author(a, gm, v, role);
}

/* "[eBook #1234]", "[EBook #1234]", "[Etext #1234]" in s: the number. */
static const char *
ebook_number(arena *a, const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] != '[')
            continue;
        const char *p = opens(s + i + 1, len - i - 1, "ebook #");
        if (!p)
            p = opens(s + i + 1, len - i - 1, "etext #");
        if (!p)
            continue;
        size_t n = 0;
        while (p + n < s + len && isdigit((unsigned char)p[n]) && n < 9)
            n++;
        if (n && p + n < s + len && p[n] == ']')
            return arena_printf(a, "https://www.gutenberg.org/ebooks/%.*s", (int)n, p);
    }
    return NULL;
}

/* The last year standing alone in s ("London: Longmans, 1921"). */
static const char *
year_of(arena *a, const char *s, size_t len)
{
    const char *found = NULL;
    for (size_t i = 0; i + 4 <= len; i++) {
        if ((i && isalnum((unsigned char)s[i - 1])) ||
            (i + 4 < len && isalnum((unsigned char)s[i + 4])))
            continue;
        bool digits = true;
        for (size_t k = 0; k < 4; k++)
            digits &= isdigit((unsigned char)s[i + k]) != 0;
        if (digits && (s[i] == '1' || (s[i] == '2' && s[i + 1] == '0')))
            found = s + i;
    }
    return found ? arena_strndup(a, found, 4) : NULL;
}

/* The BCP 47 tag of the header's "Language:" (its first language when
 * it names several: "English, French"), for the languages Project
 * Gutenberg has most books in; NULL for another, left to the book's. */
static const char *
language_tag(const char *v, size_t vl)
{
    static const char *const names[][2] = {
        {"english", "en"}, {"french", "fr"},     {"german", "de"},    {"spanish", "es"},
        {"italian", "it"}, {"portuguese", "pt"}, {"dutch", "nl"},     {"finnish", "fi"},
        {"swedish", "sv"}, {"danish", "da"},     {"norwegian", "no"}, {"latin", "la"},
        {"greek", "el"},   {"russian", "ru"},    {"polish", "pl"},    {"hungarian", "hu"},
        {"czech", "cs"},   {"esperanto", "eo"},  {"catalan", "ca"},   {"welsh", "cy"},
        {"irish", "ga"},   {"chinese", "zh"},    {"japanese", "ja"},  {"hebrew", "he"},
        {"arabic", "ar"},  {"tagalog", "tl"},    {"icelandic", "is"}, {"romanian", "ro"},
    };
    size_t n = 0;
    while (n < vl && ((v[n] | 0x20) >= 'a' && (v[n] | 0x20) <= 'z'))
        n++;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i][0]) == n && strncasecmp(v, names[i][0], n) == 0)
            return names[i][1];
    return NULL;
}

/* Read the header's fields in text[0..len) into *gm. */
static void
header_fields(arena *a, const char *text, size_t len, const char *lang, doc_meta *gm)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = (size_t)((nl ? nl : end) - p);
        const char *next = nl ? nl + 1 : end;
        const char *v;
        size_t vl;
        if (!gm->source)
            gm->source = ebook_number(a, p, ll);
        if ((v = field(p, ll, "title", &vl)) && vl && !gm->title)
            gm->title = joined(a, v, vl, next, end);
        else if ((v = field(p, ll, "author", &vl)) && vl)
            people(a, joined(a, v, vl, next, end), lang, NULL, gm);
        else if ((v = field(p, ll, "translator", &vl)) && vl)
            people(a, joined(a, v, vl, next, end), lang, "trl", gm);
        else if ((v = field(p, ll, "editor", &vl)) && vl)
            people(a, joined(a, v, vl, next, end), lang, "edt", gm);
        else if ((v = field(p, ll, "illustrator", &vl)) && vl)
            people(a, joined(a, v, vl, next, end), lang, "ill", gm);
        else if ((v = field(p, ll, "original publication", &vl)) && vl && !gm->date)
            gm->date = year_of(a, v, vl);
        else if ((v = field(p, ll, "language", &vl)) && vl && !gm->language)
            gm->language = language_tag(v, vl);
        p = next;
    }
    const char *nl = memchr(text, '\n', len);
    first_line_title(a, text, (size_t)((nl ? nl : end) - text), lang, gm);
}

size_t
rd_text_gutenberg(arena *a, const char *text, size_t len, const char *lang, doc_meta *gm,
                  uint32_t *lines, size_t *book_len)
{
    *lines = 0;
    *book_len = len;
    const char *p = text, *end = text + len, *book = NULL, *head_end = NULL;
    uint32_t n = 0, book_line = 0;
    while (p < end && n < RD_TEXT_GUTENBERG_MAX_HEADER) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = (size_t)((nl ? nl : end) - p);
        n++;
        if (marker(p, ll, "start of")) {
            book = nl ? nl + 1 : end;
            head_end = p;
            book_line = n;
            break;
        }
        /* the small print's end opens the book, unless a START line
           follows it closely */
        if (!book && small_print_end(p, ll)) {
            book = nl ? nl + 1 : end;
            head_end = p;
            book_line = n;
        } else if (book && n > book_line + 40) {
            break;
        }
        p = nl ? nl + 1 : end;
    }
    if (!book)
        return 0;
    header_fields(a, text, (size_t)(head_end - text), lang, gm);
    *lines = book_line;
    /* The book ends at the first END line. */
    for (const char *q = book; q < end;) {
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        size_t ll = (size_t)((nl ? nl : end) - q);
        if (marker(q, ll, "end of")) {
            *book_len = (size_t)(q - book);
            return (size_t)(book - text);
        }
        q = nl ? nl + 1 : end;
    }
    *book_len = (size_t)(end - book);
    return (size_t)(book - text);
}

static bool
blank_at(const rd_text_lines *L, size_t i)
{
    return i >= L->n || L->v[i].kind == RD_TEXT_BLANK;
}

/* Line i is the title under a chapter line, one to three blank lines
 * apart ("CHAPTER I" / "Down the Well", "FIRST ACT" / "SCENE"): a short
 * line alone that ends no sentence. */
static bool
chapter_title(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (i < 2 || !blank_at(L, i - 1) || !blank_at(L, i + 1) || ln->kind != RD_TEXT_PLAIN ||
        ln->words > 8 || (ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) ||
        !rd_text_line_has_letter(ln))
        return false;
    size_t j = i - 1;
    while (j > 0 && j + 3 >= i && blank_at(L, j))
        j--;
    return !blank_at(L, j) && j + 4 >= i && rd_text_line_is_chapter(&L->v[j]) &&
           (j == 0 || blank_at(L, j - 1));
}

size_t
rd_text_gutenberg_parts(rd_text_lines *L, size_t body)
{
    /* The header reading takes the lines above the first paragraph for
     * a page's header; in a book, the part and chapter headings standing
     * alone right above it ("PART ONE", "Chapter 1") open the text. A
     * contents list's entries stand together, not alone. */
    size_t first = body;
    for (size_t i = body; i-- > 0;) {
        if (blank_at(L, i))
            continue;
        if (first == body && chapter_title(L, i))
            continue; /* its chapter line, above, heads the text too */
        if (!rd_text_line_is_chapter(&L->v[i]) || (i > 0 && !blank_at(L, i - 1)) ||
            !blank_at(L, i + 1))
            break;
        first = i;
    }
    for (size_t i = first; i < body; i++)
        if (!blank_at(L, i))
            L->v[i].role = RD_TEXT_CONTENT;
    return first;
}

/* Does the line name a word of the book's title (one of four letters or
 * more, in any case)? */
static bool
names_title(const rd_text_line *ln, const char *title)
{
    for (size_t i = 0; i < ln->len;) {
        while (i < ln->len && !isalpha((unsigned char)ln->s[i]) && (unsigned char)ln->s[i] < 0x80)
            i++;
        size_t w = i;
        while (i < ln->len && (isalpha((unsigned char)ln->s[i]) || (unsigned char)ln->s[i] >= 0x80))
            i++;
        if (i - w < 4)
            continue;
        for (const char *t = title; *t;) {
            while (*t && !isalpha((unsigned char)*t) && (unsigned char)*t < 0x80)
                t++;
            const char *tw = t;
            while (*t && (isalpha((unsigned char)*t) || (unsigned char)*t >= 0x80))
                t++;
            if ((size_t)(t - tw) == i - w && !strncasecmp(tw, ln->s + w, i - w))
                return true;
        }
    }
    return false;
}

/* A title page's own line: the author's name, "A Novel", "In Two
 * Volumes", "Translated from the French", a dedication ("To my
 * Mother"). */
static bool
title_page_own(const rd_text_line *ln, const doc_meta *gm)
{
    static const char *const words[] = {"novel",       "volume",  "volumes", "translated",
                                        "translation", "edition", "edited",  "illustrated",
                                        "author",      NULL};
    for (size_t k = 0; k < gm->n_authors; k++)
        if (names_title(ln, gm->authors[k]))
            return true;
    if (ln->len > 3 && !strncasecmp(ln->s, "to ", 3))
        return true;
    for (size_t i = 0; i < ln->len; i++) {
        if (i && isalpha((unsigned char)ln->s[i - 1]))
            continue;
        for (size_t k = 0; words[k]; k++) {
            size_t n = strlen(words[k]);
            if (i + n <= ln->len && !strncasecmp(ln->s + i, words[k], n) &&
                (i + n == ln->len || !isalpha((unsigned char)ln->s[i + n])))
                return true;
        }
    }
    return false;
}

/* The value of a line that is a number alone, roman or arabic, with or
 * without a stop ("1", "IV."), or 0. */
static unsigned
line_number(const rd_text_line *ln)
{
    unsigned v = 0;
    return ln->kind == RD_TEXT_PLAIN && rd_text_number_alone(ln->s, ln->len, &v) ? v : 0;
}

size_t
rd_text_gutenberg_first_title(rd_text_lines *L, size_t body, const doc_meta *gm)
{
    const char *title = gm->title;
    /* The header reading takes the short line over the first paragraph
     * for the page's title; in a book whose title the Gutenberg header
     * gave, a line right above the text that names none of its words is
     * the first poem's or section's own ("THE LAMP" in "Sea Songs"). */
    if (!title || body == 0 || body >= L->n)
        return body;
    size_t i = body;
    while (i > 0 && blank_at(L, i - 1))
        i--;
    if (i == 0 || i == body)
        return body;
    const rd_text_line *ln = &L->v[--i];
    /* The first poem's or section's number ("1" over "From fairest
     * creatures"), when the next number comes later alone on its line. */
    /* (the header reads a number alone as a page's count, and drops it) */
    unsigned v = ln->role != RD_TEXT_CONTENT ? line_number(ln) : 0;
    for (size_t j = body; v && j < L->n && j < body + 2000; j++)
        if (L->v[j].role == RD_TEXT_CONTENT && line_number(&L->v[j]) == v + 1) {
            L->v[i].role = RD_TEXT_CONTENT;
            return i;
        }
    if (ln->role != RD_TEXT_META || ln->kind != RD_TEXT_PLAIN || (i > 0 && !blank_at(L, i - 1)) ||
        ln->words > 8 || (ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) ||
        !rd_text_line_has_letter(ln) || !isupper((unsigned char)ln->s[0]) ||
        names_title(ln, title) || (ln->len > 3 && !strncasecmp(ln->s, "by ", 3)) ||
        title_page_own(ln, gm))
        return body;
    L->v[i].role = RD_TEXT_CONTENT;
    return i;
}
