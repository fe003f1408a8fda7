/*
 * gutenberg_book.c - the conventions of a Project Gutenberg book's text,
 * past its header (gutenberg.c):
 *
 *   - the printed title page, its lines centred with spaces ("THE /
 *     FRENCH REVOLUTION / BY / BERTHA GARDINER"), says again what the
 *     book's own opening block prints; set as text it reads as a row of
 *     one-word headings, so it is left out;
 *   - a line of capitals with a full stop alone ("PREFACE."), not
 *     centred among a page of such lines, is a heading;
 *   - the printed book's contents, its entries ending in the pages of
 *     that edition, points nowhere in this one, which has a contents of
 *     its own: it is left out too;
 *   - a chapter's number and its title stand on two lines ("CHAPTER I."
 *     over "FEUDALISM AND THE MONARCHY."): one heading, broken between;
 *   - italics are typed between underscores ("_Epochs of Modern
 *     History_") and bold between equals signs ("=THE GRACCHI.="), as
 *     the transcribers' notes say;
 *   - a line centred in the file (a dedication, "THE END") is a centred
 *     display line;
 *   - a sidenote set at a paragraph's start ("[Sidenote: Feudal
 *     rights.]") is a label over it.
 */
#include "text_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

/* The front matter a title page may stand in: the series' list, the
 * transcriber's notes, a frontispiece, a preface. */
#define RD_TEXT_TITLE_PAGE_LINES 400

/* Lines of a book's front matter at most, its preface and lists. */
#define RD_TEXT_FRONT_MAX 2000

/* Lines of a title page at most: a centred group longer than this is
 * verse, or a letter set in the middle. */
#define RD_TEXT_TITLE_PAGE_MAX 16

/* "[Illustration: ...": a picture the transcriber put in the text. */
static bool
picture_line(const rd_text_line *ln)
{
    return ln->len > 13 && !strncasecmp(ln->s, "[illustration", 13);
}

bool
rd_text_line_centred(const rd_text_lines *L, const rd_text_line *ln, uint16_t min_indent)
{
    if (ln->kind == RD_TEXT_BLANK || ln->indent < min_indent || !L->width)
        return false;
    long after = (long)L->width - (long)ln->indent - (long)ln->cps;
    return labs(after - (long)ln->indent) <= (long)ln->indent / 2 + 6;
}

/* Far enough in to be set apart from verse or a quotation's indent. */
static bool
centred(const rd_text_lines *L, const rd_text_line *ln)
{
    return rd_text_line_centred(L, ln, 10);
}

/* The word's letters, lower case and without marks of emphasis, for
 * comparing a title page's words with the header's. */
static size_t
fold_word(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++)
        if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            out[k++] = (char)tolower((unsigned char)s[i]);
    out[k] = '\0';
    return k;
}

/* The next word of s[0..len) from *i, folded into out; false at the end
 * (a word of marks alone folds to ""). */
static bool
next_word(const char *s, size_t len, size_t *i, char *out, size_t cap)
{
    /* (a hyphen parts words too: "MOBY-DICK;" names "Moby Dick") */
    while (*i < len && (s[*i] == ' ' || s[*i] == '-'))
        (*i)++;
    size_t st = *i;
    while (*i < len && s[*i] != ' ' && s[*i] != '-')
        (*i)++;
    if (*i == st)
        return false;
    fold_word(s + st, *i - st, out, cap);
    return true;
}

/* Is the folded word w one of the words of s[0..len)? */
static bool
has_word(const char *s, size_t len, const char *w)
{
    char x[64];
    for (size_t i = 0; next_word(s, len, &i, x, sizeof x);)
        if (*x && !strcmp(x, w))
            return true;
    return false;
}

/* Does the line hold the longest word of `name` (a title's or author's)? */
static bool
names_in(const rd_text_line *ln, const char *name)
{
    if (!name)
        return false;
    char want[64] = "", w[64];
    for (size_t i = 0; next_word(name, strlen(name), &i, w, sizeof w);)
        if (strlen(w) > strlen(want))
            memcpy(want, w, sizeof w);
    return strlen(want) >= 4 && has_word(ln->s, ln->len, want);
}

/* Is the folded word w one of the words of name? */
static bool
word_of(const char *w, const char *name)
{
    return name && has_word(name, strlen(name), w);
}

/* A line of the title page: every word of it is a word of the title or
 * an author's name, or "by", "of", "the" ("THE LIFE AND ADVENTURES" /
 * "OF" / "ROBINSON CRUSOE" / "BY"). */
static bool
title_page_words(const rd_text_line *ln, const doc_meta *gm)
{
    static const char *const small[] = {"by", "of", "the", "and", "a", "an", NULL};
    char w[64];
    for (size_t i = 0; next_word(ln->s, ln->len, &i, w, sizeof w);) {
        if (!*w)
            continue;
        bool known = word_of(w, gm->title);
        for (size_t k = 0; small[k] && !known; k++)
            known = !strcmp(w, small[k]);
        for (size_t j = 0; j < gm->n_authors && !known; j++)
            known = word_of(w, gm->authors[j]);
        if (!known)
            return false;
    }
    return true;
}

/* "ROMEO.", "LADY CAPULET.", "FIRST CITIZEN.": a name of one to four
 * words in capitals and a full stop, alone on its line; a chapter's roman
 * number ("IV.") is none. */
static bool
speaker(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->role != RD_TEXT_CONTENT || ln->indent > 1 ||
        ln->words < 1 || ln->words > 4 || ln->len < 3 || ln->s[ln->len - 1] != '.' ||
        rd_text_line_is_chapter(ln))
        return false;
    bool roman = true, letters = false;
    for (size_t i = 0; i + 1 < ln->len; i++) {
        unsigned char c = (unsigned char)ln->s[i];
        if (islower(c))
            return false;
        letters |= isupper(c) != 0;
        roman &= strchr("IVXLC", c) != NULL;
        if (!isupper(c) && c != ' ' && c != '\'' && c != '-' && c < 0x80)
            return false;
    }
    return letters && !roman;
}

void
rd_text_gutenberg_verse(rd_text_lines *L, size_t body)
{
    /* A block, blank lines around it, of two or more plain lines all
     * indented (a quotation's or a poem's inset, not a title page's
     * centring: within a third of the width, and not each line centred
     * on its own), two thirds of which end early: the next line's first
     * word would have fitted on them, which a wrapper would have done.
     * Verse set flush left (a play's speeches, a sonnet) is known by its
     * lines alone: of a block of two or three, every line but the last
     * ends early; of a longer one, two thirds. A book's prose is wrapped
     * full, so its lines never do. */
    if (!L->width)
        return;
    for (size_t s = body; s < L->n;) {
        if (L->v[s].kind == RD_TEXT_BLANK) {
            s++;
            continue;
        }
        /* A play's speaker over the speech: a label of its own, and the
           speech after it may be verse. */
        if (speaker(&L->v[s]) && s + 1 < L->n && L->v[s + 1].kind != RD_TEXT_BLANK) {
            L->v[s].flags |= RD_TEXT_F_SPEAKER;
            s++;
        }
        size_t e = s, all = s;
        while (all < L->n && L->v[all].kind != RD_TEXT_BLANK)
            all++;
        /* (an epigraph's verse may close on its source set far right or
           after a dash: "--The Maid's Tragedy", "GRAY."; the verse is read
           without it, and keeps it as its last line) */
        const rd_text_line *last = &L->v[all - 1];
        bool apart = all - s >= 3 && last->kind == RD_TEXT_PLAIN && last->words <= 10 &&
                     (last->indent * 3 > L->width || (last->len > 2 && !memcmp(last->s, "--", 2)) ||
                      (last->len > 3 && !memcmp(last->s, "\xe2\x80\x94", 3)));
        size_t verse_end = apart ? all - 1 : all;
        /* (a play's "[Exit.]" there is a line of its own) */
        size_t flag_end = apart && rd_text_play_direction(last->s, last->len) ? all - 1 : all;
        bool plain = true, flush = true;
        while (e < verse_end) {
            const rd_text_line *x = &L->v[e];
            plain &= x->kind == RD_TEXT_PLAIN && x->role == RD_TEXT_CONTENT &&
                     x->indent * 3 <= L->width && !(x->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE));
            flush &= x->indent == 0;
            e++;
        }
        /* (a bracketed block is a transcriber's: a sidenote, a picture) */
        plain &= (flush || L->v[s].indent >= 2) && L->v[s].len && L->v[s].s[0] != '[';
        for (size_t k = s; plain && !flush && k < e; k++)
            plain = L->v[k].indent >= 2;
        /* A line too long for the page runs on below, set deeper and in
           lower case ("Born here of parents ... and their" / "    parents
           the same,"): the two are one line of the verse, and the counts
           below are of such lines. */
        bool turn[64] = {false};
        size_t turns = 0;
        for (size_t k = s + 1; plain && k < e && k - s < 64; k++) {
            const rd_text_line *up = &L->v[k - 1], *x = &L->v[k];
            turn[k - s] = x->indent >= up->indent + 2 && !turn[k - 1 - s] && x->len &&
                          !isupper((unsigned char)x->s[0]) &&
                          up->indent + up->cps + 1 + x->first_word > L->width;
            turns += turn[k - s];
        }
        /* (a block of four lines or more must also end a third of them
           early within its own longest line, or open two thirds of them
           with a capital, as verse does: prose wrapped narrower than the
           book's other text, a long quotation or a note, is full to its
           own width, its lines open in lower case; a short flush block
           must open its lines with capitals) */
#define TURN(k) ((k)-s < 64 && turn[(k)-s])
        uint32_t own = 0;
        for (size_t k = s; k + 1 < e; k++)
            own = L->v[k].cps > own && !TURN(k + 1) ? L->v[k].cps : own;
        size_t early = 0, early_own = 0, capitals = 0;
        bool lower = false; /* (lines all in capitals are a title's) */
        bool centred_all = true, one_edge = true;
        for (size_t k = s; plain && k < e; k++) {
            for (size_t j = 0; j < L->v[k].len && !lower; j++)
                lower = islower((unsigned char)L->v[k].s[j]) != 0;
            if (TURN(k))
                continue;
            capitals += L->v[k].len && isupper((unsigned char)L->v[k].s[0]);
            size_t end = k; /* the verse line's last typed line */
            while (end + 1 < e && TURN(end + 1))
                end++;
            if (end + 1 < e) {
                const rd_text_line *x = &L->v[end];
                uint32_t next = x->indent + x->cps + 1 + L->v[end + 1].first_word;
                early += next <= L->width;
                early_own += next <= own;
            }
            centred_all &= rd_text_line_centred(L, &L->v[k], 6);
            one_edge &= L->v[k].indent == L->v[s].indent;
        }
        size_t lines = e - s - turns;
        /* (lines each centred on their own are a display, not verse) */
        size_t need = flush && lines <= 3 ? lines - 1 : (2 * (lines - 1) + 2) / 3;
        if (turns && !flush)
            need = (lines - 1) / 2; /* (lines long enough to turn over fill the page) */
        if (plain && lower && lines >= 2 && early >= need &&
            ((lines <= 3 && !flush) || (lines > 3 && 3 * early_own >= lines - 1) ||
             3 * capitals >= 2 * lines) &&
            (one_edge || !centred_all))
            for (size_t k = s; k < flag_end; k++)
                L->v[k].flags |= RD_TEXT_F_VERSE | (TURN(k) ? RD_TEXT_F_TURNOVER : 0);
#undef TURN
        s = all;
    }
}

/* A heading that opens a book's text: a chapter line, a roman number
 * alone ("IV."), or the name of a front section in the languages the
 * transcriber's notes are read in ("PREFACE", "TO THE READER", "Vorwort");
 * a publisher's or edition's line on a title page is none of these. */
static bool
front_heading(const rd_text_line *ln)
{
    static const char *const names[] = {"preface",
                                        "introduction",
                                        "foreword",
                                        "prologue",
                                        "prelude",
                                        "proem",
                                        "dedication",
                                        "reader",
                                        "readers",
                                        "introductory",
                                        "prefatory",
                                        "preamble",
                                        "note",
                                        "pr\xc3\xa9"
                                        "face",
                                        "pr\xc3\x89"
                                        "face",
                                        "avertissement",
                                        "avantpropos",
                                        "vorwort",
                                        "vorrede",
                                        "einleitung",
                                        "pr\xc3\xb3logo",
                                        "pr\xc3\x93logo",
                                        "prefacio",
                                        "introducci\xc3\xb3n",
                                        "introducci\xc3\x93n",
                                        "prefazione",
                                        "introduzione",
                                        "proemio",
                                        NULL};
    if (rd_text_line_is_chapter(ln))
        return true;
    size_t n = ln->len;
    while (n > 0 && ln->s[n - 1] == '.')
        n--;
    bool roman = n > 0;
    for (size_t i = 0; i < n && roman; i++)
        roman = strchr("IVXLC", ln->s[i]) != NULL;
    if (roman)
        return true;
    for (size_t k = 0; names[k]; k++)
        if (has_word(ln->s, ln->len, names[k]))
            return true;
    return false;
}

size_t
rd_text_gutenberg_front(rd_text_lines *L, size_t top, size_t body, const doc_meta *gm)
{
    /* The header reading took the lines above the first paragraph for a
     * page's title and byline, or dropped them as a page's masthead; a
     * book's header named its title and authors, so a centred line there
     * naming neither (a dedication, a motto, a series) is the book's. */
    size_t first = body;
    bool caption = false; /* inside a picture's bracketed caption */
    for (size_t i = top; i < body; i++) {
        rd_text_line *ln = &L->v[i];
        /* (a picture there, "[Illustration: Franklin at the Court", and
           every line of its caption, is the book's, centred or not) */
        if (ln->kind != RD_TEXT_BLANK && (caption || picture_line(ln))) {
            caption = !memchr(ln->s, ']', ln->len);
            ln->role = RD_TEXT_CONTENT;
            first = i < first ? i : first;
            continue;
        }
        if (ln->kind == RD_TEXT_BLANK || ln->role == RD_TEXT_CONTENT || !centred(L, ln) ||
            names_in(ln, gm->title) || title_page_words(ln, gm) || rd_text_gutenberg_note_line(ln))
            continue;
        bool author = false;
        for (size_t j = 0; j < gm->n_authors && !author; j++)
            author = names_in(ln, gm->authors[j]);
        if (author)
            continue;
        ln->role = RD_TEXT_CONTENT;
        if (i < first)
            first = i;
    }
    /* The line standing alone right over the text heads it ("PREFACE",
     * "INTRODUCTION"): a page's header takes its kicker there, a book's
     * title page never ends in a heading of its own. */
    size_t h = body;
    while (h > top && L->v[h - 1].kind == RD_TEXT_BLANK)
        h--;
    if (h > top && h < body && (h - 1 == top || L->v[h - 2].kind == RD_TEXT_BLANK)) {
        rd_text_line *ln = &L->v[h - 1];
        bool named = names_in(ln, gm->title) || title_page_words(ln, gm);
        for (size_t j = 0; j < gm->n_authors && !named; j++)
            named = names_in(ln, gm->authors[j]);
        if (ln->role != RD_TEXT_CONTENT && !named && rd_text_line_is_heading_like(ln) &&
            front_heading(ln) && !rd_text_gutenberg_note_line(ln)) {
            ln->role = RD_TEXT_CONTENT;
            if (h - 1 < first)
                first = h - 1;
        }
    }
    return first;
}

/* The oldest files name no author in their header: the title page's line
 * of names under its title does ("ALICE IN THE WOODS" / "Ada Finch"). */
static void
title_page_author(arena *a, const rd_text_lines *L, size_t from, size_t to, const doc_meta *gm,
                  doc_meta *meta)
{
    bool under_title = false;
    for (size_t k = from; k < to && !gm->n_authors && !meta->n_authors; k++) {
        const rd_text_line *x = &L->v[k];
        rd_text_byline by;
        if (x->kind == RD_TEXT_BLANK)
            continue;
        if (under_title && x->words <= 6 && rd_text_byline_names(a, x->s, x->len, &by) && by.n)
            for (size_t j = 0; j < by.n; j++)
                doc_meta_add_author(a, meta, by.names[j], NULL);
        under_title = names_in(x, gm->title);
    }
}

/* A short line of a title page set flush: six words at most, no
 * sentence of prose. */
static bool
title_page_line(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN && ln->cps <= 40 && ln->words <= 6 &&
           !rd_text_line_is_chapter(ln) && !(ln->words >= 4 && (ln->flags & RD_TEXT_F_QUESTION));
}

/* "by", "_by_", "BY", "Copyright, 1916,", "1916", "June, 1922": a line
 * that only a title page or its back has. */
static bool
imprint_line(const rd_text_line *ln)
{
    char w[64];
    size_t i = 0, words = 0;
    bool year = false, by = false, copyright = false;
    while (next_word(ln->s, ln->len, &i, w, sizeof w)) {
        if (!*w)
            continue;
        words++;
        by |= !strcmp(w, "by");
        copyright |= !strcmp(w, "copyright");
        size_t n = strlen(w);
        year |= n == 4 && isdigit((unsigned char)w[0]) && isdigit((unsigned char)w[3]) &&
                (w[0] == '1' || w[0] == '2');
    }
    return copyright || (by && words == 1) || (year && words <= 2);
}

/* The title page set flush left, from line i ("AUTOBIOGRAPHY" / "OF" /
 * "BENJAMIN" / "FRANKLIN" / "_by_" ... "HENRY HOLT AND COMPANY" /
 * "1916"): a run of short lines, up to three blank lines apart, naming
 * the title and an author, with a "by" or a year or a copyright among
 * them, before any prose; dropped as the centred one is, its pictures
 * kept. Returns the line after the run (i + 1 when none starts at i). */
static size_t
flush_title_page(arena *a, rd_text_lines *L, size_t i, const doc_meta *gm, doc_meta *meta)
{
    /* (it opens with the title: "AUTOBIOGRAPHY" / "OF" / ..., "THE" /
       "LANTERN" / ...) */
    if (!names_in(&L->v[i], gm->title) && !title_page_words(&L->v[i], gm))
        return i + 1;
    size_t end = i, lines = 0, blanks = 0, by_end = i, by_lines = 0;
    bool title = false, author = false, imprint = false, by_author = false;
    for (size_t k = i; k < L->n; k++) {
        const rd_text_line *x = &L->v[k];
        if (x->kind == RD_TEXT_BLANK) {
            if (++blanks > 3)
                break;
            continue;
        }
        blanks = 0;
        bool picture = picture_line(x);
        if ((!picture && !title_page_line(x)) || ++lines > 2 * RD_TEXT_TITLE_PAGE_MAX)
            break;
        title |= names_in(x, gm->title);
        for (size_t j = 0; j < gm->n_authors; j++) {
            bool named = names_in(x, gm->authors[j]);
            author |= named;
            if (!by_author && named && x->len > 3 && !strncasecmp(x->s, "by ", 3)) {
                by_author = true;
                by_end = k + 1;
                by_lines = lines;
            }
        }
        imprint |= imprint_line(x);
        end = k + 1;
    }
    /* (a short one, "Frankenstein;" / "or, the Modern Prometheus" / "by
       Mary Shelley", says "by" and the author's name instead of an
       imprint, and ends there: a poem's short lines may follow) */
    bool printed = lines >= 4 && imprint;
    bool signed_off = !printed && by_author && by_lines >= 2;
    if (signed_off) {
        end = by_end;
        lines = by_lines;
    }
    if (!(printed || signed_off) || lines > 2 * RD_TEXT_TITLE_PAGE_MAX || !title ||
        (gm->n_authors && !author))
        return end > i ? end : i + 1; /* (its lines are tried once) */
    for (size_t k = i; k < end; k++)
        if (L->v[k].kind != RD_TEXT_BLANK && L->v[k].role != RD_TEXT_META &&
            !picture_line(&L->v[k]))
            L->v[k].role = RD_TEXT_DROP;
    title_page_author(a, L, i, end, gm, meta);
    return end;
}

void
rd_text_gutenberg_title_page(arena *a, rd_text_lines *L, size_t body, const doc_meta *gm,
                             doc_meta *meta)
{
    /* Groups of centred lines, up to three blank lines between them (four
     * part the pages of a Gutenberg text), before the first chapter; a
     * short group naming the title and an author is a title page. A
     * chapter line ends a group: it is the text's. */
    size_t i = body;
    bool prose = false;   /* a flush title page comes before any prose */
    bool caption = false; /* inside a picture's caption of several lines */
    while (i < L->n) {
        rd_text_line *ln = &L->v[i];
        if (ln->kind == RD_TEXT_BLANK) { /* (a line the header took is the page's too) */
            i++;
            continue;
        }
        if (rd_text_line_is_chapter(ln) || i - body > RD_TEXT_TITLE_PAGE_LINES)
            return; /* the text has begun */
        if (!centred(L, ln)) {
            bool picture = caption || picture_line(ln);
            if (picture)
                caption = !memchr(ln->s, ']', ln->len);
            prose |= !picture && !title_page_line(ln);
            i = prose || picture ? i + 1 : flush_title_page(a, L, i, gm, meta);
            continue;
        }
        size_t end = i, lines = 0, blanks = 0;
        bool title = false, author = false;
        for (size_t k = i; k < L->n; k++) {
            const rd_text_line *x = &L->v[k];
            if (x->kind == RD_TEXT_BLANK) {
                if (++blanks > 3)
                    break; /* the next page */
                continue;
            }
            blanks = 0;
            if (!centred(L, x) || rd_text_line_is_chapter(x))
                break;
            lines++;
            title |= names_in(x, gm->title);
            for (size_t j = 0; j < gm->n_authors; j++)
                author |= names_in(x, gm->authors[j]);
            end = k + 1;
        }
        if (title && (author || !gm->n_authors) && lines <= RD_TEXT_TITLE_PAGE_MAX) {
            for (size_t k = i; k < end; k++) /* (a picture on it stays) */
                if (L->v[k].kind != RD_TEXT_BLANK && L->v[k].role != RD_TEXT_META)
                    L->v[k].role = RD_TEXT_DROP;
            title_page_author(a, L, i, end, gm, meta);
        }
        i = end;
    }
}

/* An entry ending in its page: two spaces or a dotted leader, then an
 * arabic or roman number ("Feudal rights        4", "Preface ... vii"). */
static bool
paged_entry(const rd_text_line *ln)
{
    size_t e = ln->len;
    while (e > 0 && (isdigit((unsigned char)ln->s[e - 1]) || strchr("ivxlc", ln->s[e - 1])))
        e--;
    if (e == ln->len || e < 3)
        return false;
    return (ln->s[e - 1] == ' ' && ln->s[e - 2] == ' ') ||
           (ln->s[e - 1] == '.' && ln->s[e - 2] == '.') ||
           (ln->s[e - 1] == ' ' && ln->s[e - 2] == '.' && ln->s[e - 3] == '.');
}

/* "CONTENTS", "List of Illustrations.": the label of a list of the print
 * edition's pages, maybe set as a picture's caption ("[Illustration:
 * List of Illustrations.]", a heading drawn as a picture). */
static bool
contents_label(const rd_text_line *ln)
{
    static const char *const labels[] = {"contents",
                                         "table of contents",
                                         "illustrations",
                                         "list of illustrations",
                                         "list of plates",
                                         "plates",
                                         NULL};
    const char *s = ln->s;
    size_t n = ln->len;
    if (n > 14 && !strncasecmp(s, "[illustration:", 14) && s[n - 1] == ']') {
        s += 14;
        n -= 15;
        while (n && *s == ' ') {
            s++;
            n--;
        }
    }
    while (n && (s[n - 1] == '.' || s[n - 1] == ':' || s[n - 1] == ' '))
        n--;
    for (size_t k = 0; labels[k]; k++)
        if (n == strlen(labels[k]) && strncasecmp(s, labels[k], n) == 0)
            return true;
    return false;
}

void
rd_text_gutenberg_contents(rd_text_lines *L, size_t body)
{
    /* the front matter: up to the first chapter, however long the
       preface above the lists; without chapters, its first pages */
    size_t stop = body;
    while (stop < L->n && stop < body + RD_TEXT_FRONT_MAX && !rd_text_line_is_chapter(&L->v[stop]))
        stop++;
    if (stop == L->n || stop == body + RD_TEXT_FRONT_MAX)
        stop = L->n < body + RD_TEXT_TITLE_PAGE_LINES ? L->n : body + RD_TEXT_TITLE_PAGE_LINES;
    for (size_t i = body; i < stop; i++) {
        if (!contents_label(&L->v[i]))
            continue;
        /* the entries, in groups a blank line or two apart, up to the
           next page (three blank lines or more) or a paragraph of prose;
           dropped up to the last one that gives a page, so a chapter's
           text right under the contents stays */
        size_t paged = 0, last = i, blanks = 0;
        for (size_t k = i + 1; k < L->n; k++) {
            const rd_text_line *ln = &L->v[k];
            if (ln->kind == RD_TEXT_BLANK) {
                if (++blanks >= 3 && paged)
                    break;
                continue;
            }
            blanks = 0;
            if (paged_entry(ln)) {
                paged++;
                last = k; /* the contents ends with its last page number */
            } else if (ln->words >= 12 && rd_text_line_is_prose(ln) && ln->indent == 0) {
                break;
            }
        }
        if (paged < 2)
            continue;
        for (size_t k = i; k <= last; k++)
            if (L->v[k].kind != RD_TEXT_BLANK)
                L->v[k].role = RD_TEXT_DROP;
        i = last; /* (a list of illustrations may follow the contents) */
    }
}

/* "PREFACE.", "THE CHILDHOOD OF JOHN.": old books set their headings in
 * capitals with a full stop. Six words at most, every letter an ASCII
 * capital, one stop at the end and none before it. */
static bool
caps_with_stop(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 6 || ln->len < 3 || ln->s[ln->len - 1] != '.' ||
        ln->s[ln->len - 2] == '.')
        return false;
    size_t caps = 0;
    for (size_t i = 0; i + 1 < ln->len; i++) {
        unsigned char c = (unsigned char)ln->s[i];
        if ((c >= 'a' && c <= 'z') || c == '.' || c == '!' || c == '?' || c == ':' || c >= 0x80)
            return false;
        caps += c >= 'A' && c <= 'Z';
    }
    return caps >= 3;
}

void
rd_text_gutenberg_headings(rd_text_lines *L, size_t body)
{
    for (size_t i = body; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        if (ln->role == RD_TEXT_DROP || !caps_with_stop(ln) || centred(L, ln) ||
            (i > 0 && L->v[i - 1].kind != RD_TEXT_BLANK) ||
            (i + 1 < L->n && L->v[i + 1].kind != RD_TEXT_BLANK))
            continue;
        ln->kind = RD_TEXT_HASH; /* a heading, as "## PREFACE." would be */
        ln->ordinal = 2;
    }
}

const char *
rd_text_node_text(arena *a, const doc_node *n, size_t *len)
{
    buf b;
    buf_init(&b, 0);
    doc_inline_text(n, &b);
    const char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    *len = b.len;
    buf_cleanup(&b);
    return s;
}

/* A chapter's title under its number: a short line without a small
 * letter, not itself a chapter's number; or, under a centred number, a
 * centred line of a few words that ends no sentence ("Down the Well"). */
static bool
title_line(arena *a, const doc_node *n, const doc_node *number)
{
    if (!n || (n->type != DOC_PARA && n->type != DOC_HEADING) || !n->next)
        return false;
    if (n->first_child && n->first_child->type == DOC_STRONG)
        return false; /* a label: a play's speaker, a sidenote */
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    rd_text_line ln;
    rd_text_line_measure(&ln, s, len, 0);
    if (ln.words == 0 || ln.words > 12 || ln.cps > 90 || rd_text_line_is_chapter(&ln) ||
        !rd_text_line_has_letter(&ln))
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '\n')
            return false;
    bool small = false;
    for (size_t i = 0; i < len; i++)
        small |= islower((unsigned char)s[i]) != 0;
    if (!small)
        return true;
    return number->pos.col >= 7 && n->pos.col >= 7 && ln.words <= 8 &&
           !(ln.flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND));
}

static bool
chapter_heading(arena *a, const doc_node *n)
{
    if (n->type != DOC_HEADING)
        return false;
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    rd_text_line ln;
    rd_text_line_measure(&ln, s, len, 0);
    return rd_text_line_is_chapter(&ln);
}

/* Headings the block pass made of centred lines (a series' list, a
 * motto): a page's display, not the text's sections, so centred
 * paragraphs, as are the centred lines the block pass left paragraphs (a
 * dedication, "THE END"); a chapter's heading stays. A node's column is
 * its line's indent plus one. */
/* A block on the line next to one starting in the same column: lines of
 * verse sharing a left edge, which are not centred whatever their length. */
static bool
shares_edge(const doc_node *n)
{
    const doc_node *nb[2] = {n->prev, n->next};
    for (int i = 0; i < 2; i++)
        if (nb[i] && (nb[i]->type == DOC_PARA || nb[i]->type == DOC_HEADING) &&
            nb[i]->pos.col == n->pos.col &&
            (nb[i]->pos.line > n->pos.line ? nb[i]->pos.line - n->pos.line
                                           : n->pos.line - nb[i]->pos.line) <= 2)
            return true;
    return false;
}

static void
centre_display(arena *a, doc_node *article, uint32_t width)
{
    buf b;
    buf_init(&b, 0);
    for (doc_node *n = article->first_child; n; n = n->next) {
        if ((n->type != DOC_HEADING && n->type != DOC_PARA) || n->pos.col < 7)
            continue;
        bool lines = false;
        for (const doc_node *k = n->first_child; k && !lines; k = k->next)
            lines = k->type == DOC_BREAK && n->type == DOC_PARA;
        b.len = 0;
        doc_inline_text(n, &b);
        if (lines || b.len > 4 * (size_t)width || chapter_heading(a, n))
            continue; /* (a paragraph of many lines is not one line) */
        rd_text_line ln;
        rd_text_line_measure(&ln, b.data ? b.data : "", b.len, (uint16_t)(n->pos.col - 1));
        rd_text_lines one = {&ln, 1, true, width, false, true, 0};
        if (rd_text_line_centred(&one, &ln, 6) && !shares_edge(n)) {
            n->type = DOC_PARA;
            n->flags |= DOC_F_CENTER;
        }
    }
    buf_cleanup(&b);
}

bool
rd_text_number_alone(const char *s, size_t len, unsigned *value)
{
    if (len && s[len - 1] == '.')
        len--;
    bool roman = len > 0 && len <= 8, digits = len > 0 && len <= 3;
    for (size_t i = 0; i < len; i++) {
        roman &= s[i] && strchr("IVXLC", s[i]) != NULL;
        digits &= isdigit((unsigned char)s[i]) != 0;
    }
    if (!roman && !digits)
        return false;
    unsigned v = 0, prev = 0;
    for (size_t i = 0; digits && i < len; i++)
        v = v * 10 + (unsigned)(s[i] - '0');
    for (size_t i = len; !digits && i-- > 0;) {
        static const unsigned val[] = {1, 5, 10, 50, 100};
        unsigned d = val[strchr("IVXLC", s[i]) - "IVXLC"];
        v = d < prev ? v - d : v + d;
        prev = d > prev ? d : prev;
    }
    if (value)
        *value = v;
    return true;
}

/* A chapter's number alone on its line, roman or arabic ("IV", "12."). */
static bool
number_alone(arena *a, const doc_node *n)
{
    if (n->type != DOC_PARA && n->type != DOC_HEADING)
        return false;
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    return rd_text_number_alone(s, len, NULL);
}

/* Move t's inlines to the end of n, after `sep` (a break, or a space). */
static void
absorb(arena *a, doc_node *n, doc_node *t, bool line_break)
{
    doc_unlink(t);
    if (line_break)
        doc_append(n, doc_node_new(a, DOC_BREAK, t->pos));
    else
        doc_append(n, doc_text_new(a, " ", 1, t->pos));
    while (t->first_child) {
        doc_node *k = t->first_child;
        doc_unlink(k);
        doc_append(n, k);
    }
}

/* "CHAPTER IV." or "IV" over the chapter's title: one heading. A title in
 * capitals may run on to the next line ("ANCESTRY AND YOUTH IN" /
 * "BOSTON"), which the block pass set apart as a line of its own. */
static void
join_titles(arena *a, doc_node *article)
{
    for (doc_node *n = article->first_child; n; n = n->next) {
        if (!(chapter_heading(a, n) || number_alone(a, n)) || !title_line(a, n->next, n))
            continue;
        n->type = DOC_HEADING;
        n->as.heading.level = 2;
        n->flags &= ~DOC_F_CENTER;
        uint32_t last = n->next->pos.line;
        absorb(a, n, n->next, true);
        while (n->next && n->next->pos.line == last + 1 && n->next->pos.col == n->pos.col &&
               title_line(a, n->next, n)) {
            size_t len;
            rd_text_node_text(a, n->next, &len);
            bool small = false;
            for (const doc_node *k = n->next->first_child; k; k = k->next)
                small |= k->type == DOC_TEXT && k->len && islower((unsigned char)k->text[0]);
            if (small)
                break;
            last = n->next->pos.line;
            absorb(a, n, n->next, false);
        }
    }
}

/* The value of a roman or arabic number alone ("IV.", "12"), or 0. */
static unsigned
number_value(arena *a, const doc_node *n)
{
    if (n->type != DOC_PARA && n->type != DOC_HEADING)
        return 0;
    unsigned v = 0;
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    return rd_text_number_alone(s, len, &v) ? v : 0;
}

/* A heading that numbers a chapter or story and names it: "I. A SCANDAL
 * IN BOHEMIA", "CHAPTER IV. The Sea". */
static bool
numbered_title(arena *a, const doc_node *n)
{
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    if (chapter_heading(a, n))
        return true;
    size_t k = 0;
    while (k < len && (strchr("IVXLC", s[k]) || isdigit((unsigned char)s[k])))
        k++;
    return k > 0 && k + 2 < len && s[k] == '.' && s[k + 1] == ' ';
}

/* "I.", "II." alone over a chapter's or a story's prose, flush or
 * centred: the chapters of a book numbered so, or the numbered sections
 * of one whose stories have titles ("I. A SCANDAL IN BOHEMIA" over "I."
 * and "II."). They are headings when the numbers run on (a number and
 * the next one), one level under a titled heading above them; a number
 * alone once is a page's or a count's. */
static void
numbered_sections(arena *a, doc_node *article)
{
    unsigned seen[64] = {0};
    size_t n_seen = 0;
    bool runs = false;
    for (doc_node *n = article->first_child; n && !runs; n = n->next) {
        unsigned v;
        if ((n->type != DOC_PARA && n->type != DOC_HEADING) || !n->next ||
            n->next->type != DOC_PARA || !(v = number_value(a, n)))
            continue;
        for (size_t k = 0; k < n_seen && !runs; k++)
            runs = seen[k] + 1 == v;
        if (n_seen < 64)
            seen[n_seen++] = v;
    }
    if (!runs)
        return;
    bool titled = false; /* (under a numbered story's title, not a preface's) */
    for (doc_node *n = article->first_child; n; n = n->next) {
        if (n->type == DOC_HEADING && !number_alone(a, n) && numbered_title(a, n))
            titled = true;
        if ((n->type != DOC_PARA && n->type != DOC_HEADING) || !n->next ||
            n->next->type != DOC_PARA || !number_value(a, n))
            continue;
        n->type = DOC_HEADING;
        n->as.heading.level = titled ? 3 : 2;
        n->flags &= ~DOC_F_CENTER; /* (a chapter's number set in the middle) */
    }
}

/* "[Illustration: THE LANTERN KEEPER / Chapter I.]": the print edition
 * drew a chapter's heading into a picture, whose caption the transcriber
 * typed out; the chapter's line ending the caption is the chapter's
 * heading, under the picture. */
static void
captioned_chapters(arena *a, doc_node *article)
{
    for (doc_node *n = article->first_child; n; n = n->next) {
        if (n->type != DOC_FIGURE)
            continue;
        doc_node *t = n;
        while (t->last_child)
            t = t->last_child;
        if (t->type != DOC_TEXT || !t->len)
            continue;
        for (size_t p = 0; p < t->len; p++) {
            if (p && t->text[p - 1] != ' ')
                continue;
            rd_text_line ln;
            rd_text_line_measure(&ln, t->text + p, t->len - p, 0);
            if (!rd_text_line_is_chapter(&ln))
                continue;
            doc_node *h = doc_node_new(a, DOC_HEADING, n->pos);
            h->as.heading.level = 2;
            doc_append(h, doc_text_new(a, t->text + p, t->len - p, n->pos));
            doc_insert_after(n, h);
            size_t keep = p;
            while (keep && t->text[keep - 1] == ' ')
                keep--;
            if (keep) /* (a text node's bytes end with it) */
                doc_insert_before(t, doc_text_new(a, t->text, keep, t->pos));
            doc_unlink(t);
            break;
        }
    }
}

/* "Capítulo LXXIV. De cómo ... y" / "su muerte": a chapter's line with
 * its title, too long for one line, wrapped onto the next, which the block
 * pass joined into a paragraph. A short one that ends no sentence is the
 * chapter's heading. */
static void
wrapped_chapters(arena *a, doc_node *article)
{
    for (doc_node *n = article->first_child; n; n = n->next) {
        if (n->type != DOC_PARA || !n->next)
            continue;
        size_t len;
        const char *s = rd_text_node_text(a, n, &len);
        if (len > 240 || len < 4 || strchr(".!?:;,", s[len - 1]))
            continue;
        size_t cut = 0; /* the chapter's line up to its number's mark */
        for (size_t i = 1; i + 1 < len && i < 40 && !cut; i++)
            if ((s[i] == '.' || s[i] == ':') && s[i + 1] == ' ')
                cut = i + 1;
        rd_text_line ln;
        rd_text_line_measure(&ln, s, cut, 0);
        if (cut && ln.words >= 2 && ln.words <= 3 && rd_text_line_is_chapter(&ln)) {
            n->type = DOC_HEADING;
            n->as.heading.level = 2;
        }
    }
}

/* The mark ("_" or "=") opens emphasis after a space or an opening mark
 * and before a letter; it closes after a letter or a closing mark and
 * before a space or punctuation. snake_case, "a = b" and a lone mark are
 * left alone. */
static bool
opens_at(const char *s, size_t i, size_t len)
{
    if (i + 1 >= len || s[i + 1] == ' ' || s[i + 1] == s[i])
        return false;
    if (i == 0)
        return true;
    unsigned char p = (unsigned char)s[i - 1];
    return p == ' ' || p == '(' || p == '[' || p == '"' || p == '\'' || p == '-' || p >= 0x80;
}

static bool
closes_at(const char *s, size_t i, size_t len)
{
    if (i == 0 || s[i - 1] == ' ' || s[i - 1] == s[i])
        return false;
    if (i + 1 == len)
        return true;
    unsigned char c = (unsigned char)s[i + 1];
    return !isalnum(c);
}

static void
marked_spans(arena *a, doc_node *t, int depth)
{
    const char *s = t->text;
    size_t len = t->len;
    /* A whole paragraph may be in italics (a preface). Once no mark
     * closes after an opening one, none closes after a later one either:
     * that mark is done with, and the scan stays linear. */
    bool unclosed[2] = {false, false};
    for (size_t i = 0; i < len; i++) {
        char mark = s[i];
        if ((mark != '_' && mark != '=') || unclosed[mark == '='] || !opens_at(s, i, len))
            continue;
        size_t e = i + 1;
        while (e < len && !(s[e] == mark && closes_at(s, e, len)))
            e++;
        if (e >= len) {
            unclosed[mark == '='] = true;
            continue;
        }
        bool word = false; /* "-=-=-" is a rule's decoration */
        for (size_t k = i + 1; k < e && !word; k++)
            word = isalnum((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80;
        if (!word)
            continue;
        /* before, the emphasis, and the rest (read again, for the next) */
        if (i)
            doc_insert_before(t, doc_text_new(a, s, i, t->pos));
        doc_node *em = doc_node_new(a, mark == '_' ? DOC_EMPH : DOC_STRONG, t->pos);
        doc_node *in = doc_text_new(a, s + i + 1, e - i - 1, t->pos);
        doc_append(em, in);
        doc_insert_before(t, em);
        if (depth < 2) /* "=_both_=" */
            marked_spans(a, in, depth + 1);
        t->text = s + e + 1;
        t->len = len - e - 1;
        s = t->text;
        len = t->len;
        i = (size_t)-1;
    }
    if (!t->len)
        doc_unlink(t);
}

/* "[Sidenote: The Monarchy in France.] At the accession of ...": the
 * print edition's note in the margin beside the paragraph, which a
 * transcriber sets at its start. A book without margins sets it as the
 * least heading over the paragraph (doc_para_is_label: bold words that end
 * no sentence), not as bracketed words running into the text. A sidenote
 * in the middle of a paragraph stays where it is. */
static void
sidenotes(arena *a, doc_node *article)
{
    for (doc_node *n = article->first_child, *next; n; n = next) {
        next = n->next; /* (labels go in before n) */
        doc_node *t = n->first_child;
        while (n->type == DOC_PARA && t && t->type == DOC_TEXT && t->len > 11 &&
               !strncasecmp(t->text, "[sidenote:", 10)) {
            const char *close = memchr(t->text, ']', t->len);
            if (!close || memchr(t->text + 1, '[', (size_t)(close - t->text - 1)))
                break;
            size_t s = 10, e = (size_t)(close - t->text);
            while (s < e && t->text[s] == ' ')
                s++;
            while (e > s && (t->text[e - 1] == ' ' || t->text[e - 1] == '.'))
                e--;
            if (s < e) {
                doc_node *label = doc_node_new(a, DOC_PARA, n->pos);
                doc_node *strong = doc_node_new(a, DOC_STRONG, n->pos);
                doc_append(strong, doc_text_new(a, t->text + s, e - s, n->pos));
                doc_append(label, strong);
                doc_insert_before(n, label);
            }
            size_t rest = (size_t)(close - t->text) + 1;
            while (rest < t->len && t->text[rest] == ' ')
                rest++;
            doc_node *after = doc_text_new(a, t->text + rest, t->len - rest, t->pos);
            doc_insert_before(t, after);
            doc_unlink(t);
            if (!after->len)
                doc_unlink(after);
            t = n->first_child;
        }
        if (n->type == DOC_PARA && !n->first_child)
            doc_unlink(n);
    }
}

/* "`Never mind!' said the King": old files (the typewriter's quotes)
 * open a quotation with a backquote before a word; it is an opening
 * single quote, as the apostrophe that closes it becomes a closing one.
 * Two backquotes and two apostrophes (TeX's ``quotes'') are double ones. */
static const char *
backquotes(arena *a, const char *s, size_t *len)
{
    buf b;
    buf_init(&b, *len + 16);
    bool doubled = false; /* ``TeX's quotes'' */
    for (size_t i = 0; i < *len; i++) {
        unsigned char nx = i + 1 < *len ? (unsigned char)s[i + 1] : 0;
        if (s[i] == '`' && nx == '`') {
            buf_adds(&b, "\xe2\x80\x9c");
            doubled = true;
            i++;
        } else if (doubled && s[i] == '\'' && nx == '\'') {
            buf_adds(&b, "\xe2\x80\x9d");
            doubled = false;
            i++;
        } else if (s[i] == '`' && (isalnum(nx) || nx >= 0x80 || nx == '"')) {
            buf_adds(&b, "\xe2\x80\x98");
        } else {
            buf_addc(&b, s[i]);
        }
    }
    const char *out = arena_strndup(a, b.data, b.len);
    *len = b.len;
    buf_cleanup(&b);
    return out;
}

/* "THE END" / "3": a number alone closing a book under its centred last
 * line is a leftover of the printed page (its number, a signature's
 * mark), never its text. */
static void
trailing_number(arena *a, doc_node *article)
{
    doc_node *n = article->last_child;
    if (!n || n->type != DOC_PARA || n == article->first_child)
        return;
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    bool digits = len > 0 && len <= 3;
    for (size_t i = 0; i < len && digits; i++)
        digits = isdigit((unsigned char)s[i]) != 0;
    /* (under "THE END" or another centred line: a closing year stays) */
    if (digits && n->prev && (n->prev->flags & DOC_F_CENTER))
        doc_unlink(n);
}

void
rd_text_gutenberg_inlines(arena *a, doc_node *article, uint32_t width)
{
    centre_display(a, article, width);
    trailing_number(a, article);
    wrapped_chapters(a, article);
    join_titles(a, article);
    numbered_sections(a, article);
    captioned_chapters(a, article);
    sidenotes(a, article);
    /* the text nodes first: splitting one adds nodes a walk would meet */
    doc_node **texts = NULL;
    size_t nt = 0, cap = 0;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (n->type == DOC_CODE_BLOCK || n->type == DOC_TABLE) {
            doc_iter_skip(&it);
            continue;
        }
        if (n->type == DOC_TEXT && n->text && memchr(n->text, '`', n->len))
            n->text = backquotes(a, n->text, &n->len);
        if (n->type != DOC_TEXT || !n->text ||
            (!memchr(n->text, '_', n->len) && !memchr(n->text, '=', n->len)))
            continue;
        if (nt == cap) {
            cap = cap ? cap * 2 : 64;
            doc_node **bigger = arena_alloc(a, cap * sizeof(*bigger));
            if (nt)
                memcpy(bigger, texts, nt * sizeof(*bigger));
            texts = bigger;
        }
        texts[nt++] = n;
    }
    for (size_t i = 0; i < nt; i++)
        marked_spans(a, texts[i], 0);
}
