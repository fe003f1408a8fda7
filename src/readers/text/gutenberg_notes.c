/*
 * gutenberg_notes.c - a Project Gutenberg transcriber's notes. The
 * volunteer who typed the book in speaks in them: how italics were marked
 * ("Italic text is enclosed in _underscores_", which the reader has
 * already turned back into italics), which misprints were mended and on
 * which page of the print edition. None of it is the book, and a packet
 * has no pages of that edition, so the notes are left out wherever they
 * stand:
 *
 *   - a note in brackets, "[Transcriber's Note: ...]", up to its bracket;
 *   - a note in a drawn box of "+---+" and "|" lines, the box;
 *   - a note opening a section ("Transcriber's Notes:" then its
 *     paragraphs), up to the next page (two blank lines or more), a
 *     chapter, a centred line or a heading; in the book's last pages
 *     (more of its text above than below, no chapter below), up to the
 *     end.
 *
 * The label is the note's own first words, in the languages Gutenberg
 * has most books in ("Transcriber's Note", "Note du transcripteur",
 * "Anmerkungen zur Transkription", "Nota del transcriptor").
 *
 * The ebook's credit that opens most texts ("Produced by Jane Proof and
 * the Online Distributed Proofreading Team") goes too.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A section longer than this is no note (unless it ends the book). */
#define RD_TEXT_NOTE_MAX_LINES 80
/* A note in brackets closes within this many lines. */
#define RD_TEXT_NOTE_MAX_BRACKET 40
/* "At the end of the book": within this many lines of its last. */
#define RD_TEXT_NOTE_END_LINES 400

static bool
word_at(const char *s, size_t len, const char *const *stems)
{
    for (size_t i = 0; stems[i]; i++) {
        size_t n = strlen(stems[i]);
        if (len >= n && !strncasecmp(s, stems[i], n))
            return true;
    }
    return false;
}

/* The line opens with a note's label: its first two words (or three:
 * "Note du transcripteur", "Nota del transcriptor") name a note and its
 * transcriber, before any other word. */
static bool
note_label(const rd_text_line *ln)
{
    static const char *const note[] = {"note", "nota", "anmerkung", "hinweis", NULL};
    static const char *const who[] = {"transcri", "transkri", "trascri", NULL};
    static const char *const glue[] = {"du", "de", "del", "zur", "des", "della", NULL};
    const char *s = ln->s, *e = ln->s + ln->len;
    while (s < e && strchr("[|*_ \t", *s))
        s++;
    bool saw_note = false, saw_who = false;
    for (int w = 0; w < 3 && s < e; w++) {
        const char *we = s;
        while (we < e && (isalpha((unsigned char)*we) || (unsigned char)*we >= 0x80 || *we == '\''))
            we++;
        size_t wl = (size_t)(we - s);
        if (!wl)
            return false;
        if (word_at(s, wl, note))
            saw_note = true;
        else if (word_at(s, wl, who))
            saw_who = true;
        else if (!(w == 1 && saw_note && word_at(s, wl, glue) && wl <= 5))
            return false;
        if (saw_note && saw_who)
            return true;
        s = we;
        while (s < e && (*s == ' ' || *s == '\t'))
            s++;
    }
    return false;
}

/* "+-----------+", "*********", "===========": a box's edge. */
static bool
border(const rd_text_line *ln)
{
    if (ln->kind == RD_TEXT_BLANK || ln->len < 8)
        return false;
    for (size_t i = 0; i < ln->len; i++)
        if (!strchr("+-=*_ ", ln->s[i]))
            return false;
    return true;
}

static bool
boxed(const rd_text_line *ln)
{
    return ln->kind != RD_TEXT_BLANK && ln->raw_len && ln->s[0] == '|';
}

static void
drop(rd_text_lines *L, size_t from, size_t to)
{
    for (size_t k = from; k < to && k < L->n; k++)
        if (L->v[k].kind != RD_TEXT_BLANK)
            L->v[k].role = RD_TEXT_DROP;
}

/* The lines of the note whose label stands at line i: [i, returned). */
static size_t
note_end(const rd_text_lines *L, size_t i, size_t *from, bool last_pages)
{
    const rd_text_line *ln = &L->v[i];
    *from = i;
    if (ln->s[0] == '[') {
        for (size_t k = i; k < L->n && k < i + RD_TEXT_NOTE_MAX_BRACKET; k++)
            if (L->v[k].len && L->v[k].s[L->v[k].len - 1] == ']')
                return k + 1;
        return i; /* no bracket closes it: not a note we can bound */
    }
    if (boxed(ln) || (i > 0 && border(&L->v[i - 1]))) {
        size_t top = i, k = i + 1;
        while (top > 0 && (boxed(&L->v[top - 1]) || border(&L->v[top - 1])))
            top--;
        while (k < L->n && boxed(&L->v[k]))
            k++;
        if (k < L->n && border(&L->v[k]))
            k++;
        *from = top;
        return k;
    }
    size_t blanks = 0, lines = 0, last = i + 1;
    for (size_t k = i + 1; k < L->n; k++) {
        const rd_text_line *x = &L->v[k];
        if (x->kind == RD_TEXT_BLANK) {
            if (++blanks >= 2)
                break;
            continue;
        }
        blanks = 0;
        if (rd_text_line_is_chapter(x) || x->kind == RD_TEXT_HASH || rd_text_line_centred(L, x, 10))
            break;
        last = k + 1;
        if (++lines > RD_TEXT_NOTE_MAX_LINES)
            break;
    }
    if (last_pages)
        return L->n;
    return lines > RD_TEXT_NOTE_MAX_LINES ? i : last;
}

/* "Produced by Jane Proof and the Online Distributed Proofreading Team":
 * the ebook's credit, first in the text, which names who made the file,
 * not who wrote the book. */
static bool
producer_credit(const rd_text_line *ln)
{
    static const char *const opens[] = {"produced by ",
                                        "e-text prepared by ",
                                        "etext prepared by ",
                                        "ebook prepared by ",
                                        "e-book prepared by ",
                                        "this etext was prepared by ",
                                        "this e-text was prepared by ",
                                        "this ebook was produced by ",
                                        "this etext was produced by ",
                                        "transcribed from the ",
                                        "transcribed by ",
                                        NULL};
    for (size_t i = 0; opens[i]; i++) {
        size_t n = strlen(opens[i]);
        if (ln->len > n && !strncasecmp(ln->s, opens[i], n))
            return true;
    }
    return false;
}

/* The credit's paragraph, if the text's first paragraph is one. */
static void
drop_credit(rd_text_lines *L, size_t body)
{
    size_t i = body;
    while (i < L->n && (L->v[i].kind == RD_TEXT_BLANK || L->v[i].role != RD_TEXT_CONTENT))
        i++;
    if (i >= L->n || !producer_credit(&L->v[i]))
        return;
    for (size_t k = i; k < L->n && k < i + 12 && L->v[k].kind != RD_TEXT_BLANK; k++)
        L->v[k].role = RD_TEXT_DROP;
}

void
rd_text_gutenberg_notes(rd_text_lines *L, size_t body)
{
    drop_credit(L, body);
    /* The book's last pages: more of its text above than below, and no
     * chapter below. */
    size_t text = 0, above = 0, last_chapter = 0;
    for (size_t k = 0; k < L->n; k++) {
        text += L->v[k].kind != RD_TEXT_BLANK && L->v[k].role == RD_TEXT_CONTENT;
        if (rd_text_line_is_chapter(&L->v[k]))
            last_chapter = k + 1;
    }
    for (size_t k = 0; k < body && k < L->n; k++)
        above += L->v[k].kind != RD_TEXT_BLANK && L->v[k].role == RD_TEXT_CONTENT;
    for (size_t i = body; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        bool counts = ln->kind != RD_TEXT_BLANK && ln->role == RD_TEXT_CONTENT;
        if (ln->kind == RD_TEXT_BLANK || ln->role == RD_TEXT_DROP || !note_label(ln)) {
            above += counts;
            continue;
        }
        bool last_pages =
            L->n - i <= RD_TEXT_NOTE_END_LINES && above > text - above && last_chapter <= i;
        size_t from, end = note_end(L, i, &from, last_pages);
        above += counts;
        if (end <= i)
            continue;
        drop(L, from, end);
        i = end - 1;
    }
}
