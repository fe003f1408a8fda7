/*
 * gutenberg_notes.c - a Project Gutenberg transcriber's notes. The
 * volunteer who typed the book in speaks in them: how italics were marked
 * ("Italic text is enclosed in _underscores_", which the reader has
 * already turned back into italics), which misprints were mended and on
 * which page of the print edition. None of it is the book, and a packet
 * has no pages of that edition, so the notes are left out wherever they
 * stand:
 *
 *   - a note in brackets, "[Transcriber's Note: ...]", up to its bracket
 *     (when the bracket ends its line);
 *   - a note in a drawn box of "+---+" and "|" lines, the box;
 *   - a note of its own paragraph ("Transcriber's Note: the spelling
 *     ..."), that paragraph, and a label alone on its line, the paragraph
 *     under it too; at the front, before the first chapter, a note runs on
 *     to the next page (two blank lines or more), a chapter, a centred line
 *     or a heading; a label alone in the book's last pages (more of its
 *     text above than below, no chapter below) heads the notes that end
 *     the book.
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
/* "At the front": before the first chapter and within this many lines of
 * the text's start. */
#define RD_TEXT_NOTE_FRONT_LINES 400
/* "At the end of the book": within this many lines of its last. */
#define RD_TEXT_NOTE_END_LINES 400

static bool
word_is(const char *s, size_t len, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == len && !strncasecmp(s, words[i], len))
            return true;
    return false;
}

/* The line opens with a note's label: its first two words (or three:
 * "Note du transcripteur", "Nota del transcriptor") name a note and its
 * transcriber, before any other word ("note transcribed from" is not). */
static size_t label_len(const rd_text_line *ln);

static bool
note_label(const rd_text_line *ln)
{
    return label_len(ln) > 0;
}

/* The bytes of the line's label ("Transcriber's Note"), 0 if none. */
static size_t
label_len(const rd_text_line *ln)
{
    static const char *const note[] = {"note",        "notes",   "nota",     "notas", "anmerkung",
                                       "anmerkungen", "hinweis", "hinweise", NULL};
    static const char *const who[] = {"transcriber",
                                      "transcriber's",
                                      "transcribers",
                                      "transcribers'",
                                      "transcriber\xE2\x80\x99s",
                                      "transcribers\xE2\x80\x99",
                                      "transcription",
                                      "transcripteur",
                                      "transkription",
                                      "transcriptor",
                                      "trascrittore",
                                      NULL};
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
            return 0;
        if (word_is(s, wl, note))
            saw_note = true;
        else if (word_is(s, wl, who))
            saw_who = true;
        else if (!(w == 1 && saw_note && word_is(s, wl, glue)))
            return 0;
        if (saw_note && saw_who)
            return (size_t)(we - ln->s);
        s = we;
        while (s < e && (*s == ' ' || *s == '\t'))
            s++;
    }
    return 0;
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

/* The label stands alone on its line ("TRANSCRIBER'S NOTES:"): a
 * heading over the note, not its first sentence. */
static bool
label_alone(const rd_text_line *ln)
{
    size_t n = label_len(ln);
    while (n && n < ln->len && strchr(":.] ", ln->s[n]))
        n++;
    return n && n >= ln->len && ln->s[0] != '[';
}
/* The end of the paragraph from line k: its first blank line. */
static size_t
para_end(const rd_text_lines *L, size_t k)
{
    size_t stop = k + RD_TEXT_NOTE_MAX_LINES;
    while (k < L->n && k < stop && L->v[k].kind != RD_TEXT_BLANK)
        k++;
    return k;
}

/* Does the paragraph from line k speak of the ebook and its making? */
static bool
about_transcription(const rd_text_lines *L, size_t k)
{
    static const char *const words[] = {
        "ebook",    "e-book",        "etext",     "e-text",       "original",   "spelling",
        "misprint", "typographical", "corrected", "italic",       "underscore", "hyphenation",
        "transcri", "footnote",      "sidenote",  "illustration", "printer",    NULL};
    size_t end = para_end(L, k);
    for (; k < end; k++) {
        const rd_text_line *x = &L->v[k];
        if (rd_text_line_is_chapter(x))
            return false;
        for (size_t w = 0; words[w]; w++) {
            size_t n = strlen(words[w]);
            for (size_t j = 0; j + n <= x->len; j++)
                if ((j == 0 || !isalpha((unsigned char)x->s[j - 1])) &&
                    !strncasecmp(x->s + j, words[w], n))
                    return true;
        }
    }
    return false;
}

/* The lines of the note whose label stands at line i: [*from, returned),
 * or i when it cannot be bounded. Where the book's text may go on right
 * under a note, the note is no more than its own paragraph: a bracket
 * closing at a line's end, a box's last edge, the label's paragraph (and
 * the one under a label alone). Only at the front, before the first
 * chapter, does it run on to the next page (two blank lines), and only a
 * label alone in the book's last pages runs to the end. */
static size_t
note_end(const rd_text_lines *L, size_t i, size_t *from, bool front, bool last_pages)
{
    const rd_text_line *ln = &L->v[i];
    *from = i;
    if (ln->s[0] == '[') {
        int depth = 0;
        for (size_t k = i; k < L->n && k < i + RD_TEXT_NOTE_MAX_BRACKET; k++) {
            const rd_text_line *x = &L->v[k];
            for (size_t j = 0; j < x->len; j++) {
                depth += x->s[j] == '[';
                depth -= x->s[j] == ']';
                if (depth == 0)
                    return j + 1 == x->len ? k + 1 : i; /* (text after it: the book's) */
            }
        }
        return i; /* no bracket closes it: not a note we can bound */
    }
    if (!boxed(ln) && i > 0 && border(&L->v[i - 1])) {
        /* between two rules: down to the rule under it */
        for (size_t k = i + 1; k < L->n && k < i + RD_TEXT_NOTE_MAX_LINES; k++) {
            if (L->v[k].kind == RD_TEXT_BLANK || rd_text_line_is_chapter(&L->v[k]))
                break; /* (a rule is a section's break too: no box) */
            if (border(&L->v[k])) {
                *from = i - 1;
                return k + 1;
            }
        }
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
    if (last_pages && label_alone(ln))
        return L->n;
    size_t end = para_end(L, i);
    if (front) {
        /* the note's next paragraphs, while each speaks of the
           transcription ("This ebook contains sidenotes"), up to the
           next page */
        for (size_t k = end; k < L->n;) {
            size_t blanks = 0;
            while (k < L->n && L->v[k].kind == RD_TEXT_BLANK) {
                blanks++;
                k++;
            }
            if (blanks != 1 || k >= L->n || !about_transcription(L, k))
                break;
            end = para_end(L, k);
            k = end;
        }
        return end;
    }
    if (label_alone(ln) && end == i + 1) { /* the paragraph under it */
        size_t k = end;
        while (k < L->n && L->v[k].kind == RD_TEXT_BLANK && k < end + 2)
            k++;
        if (k < L->n && L->v[k].kind != RD_TEXT_BLANK && !rd_text_line_is_chapter(&L->v[k]))
            end = para_end(L, k);
    }
    return end;
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

bool
rd_text_gutenberg_note_line(const rd_text_line *ln)
{
    return ln->kind != RD_TEXT_BLANK && note_label(ln);
}

void
rd_text_gutenberg_notes(rd_text_lines *L, size_t body)
{
    drop_credit(L, body);
    /* The book's last pages: more of its text above than below, and no
     * chapter below. */
    size_t text = 0, above = 0, last_chapter = 0, first_chapter = L->n;
    for (size_t k = 0; k < L->n; k++) {
        text += L->v[k].kind != RD_TEXT_BLANK && L->v[k].role == RD_TEXT_CONTENT;
        if (rd_text_line_is_chapter(&L->v[k])) {
            last_chapter = k + 1;
            if (first_chapter == L->n)
                first_chapter = k;
        }
    }
    for (size_t k = 0; k < body && k < L->n; k++)
        above += L->v[k].kind != RD_TEXT_BLANK && L->v[k].role == RD_TEXT_CONTENT;
    for (size_t i = body; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        bool counts = ln->kind != RD_TEXT_BLANK && ln->role == RD_TEXT_CONTENT;
        bool opens_block = i == 0 || L->v[i - 1].kind == RD_TEXT_BLANK || border(&L->v[i - 1]) ||
                           boxed(&L->v[i - 1]);
        if (ln->kind == RD_TEXT_BLANK || ln->role == RD_TEXT_DROP || !opens_block ||
            !note_label(ln)) {
            above += counts;
            continue;
        }
        bool last_pages =
            L->n - i <= RD_TEXT_NOTE_END_LINES && above > text - above && last_chapter <= i;
        bool front = i < first_chapter && i < body + RD_TEXT_NOTE_FRONT_LINES;
        size_t from, end = note_end(L, i, &from, front, last_pages);
        above += counts;
        if (end <= i)
            continue;
        drop(L, from, end);
        i = end - 1;
    }
}
