/*
 * tablefit.c - how wide a table must be for every word in it to stay
 * whole, guessed from its text.
 *
 * A wide table's cells may break words anywhere, so that it fits a phone;
 * but a browser sizing such a table takes every column's least width to
 * be one letter and shares the room by the columns' whole lengths, so it
 * cuts short words ("Gener|al") even on a screen where all of them fit
 * whole. The style sheet lifts the rule where the table's box is at least
 * as wide as this guess (css.c, a container query: its em is the reader's
 * own font size, and its width is the column the table sits in, so two
 * pages side by side and a larger font both count). A reader without
 * container queries keeps the safe rule.
 *
 * The guess is each column's widest unbreakable piece (a word, or the
 * piece between the soft hyphens put_cell_text writes), from rough
 * letter widths of a book face, erring wide.
 */
#include "epub_int.h"

#include <string.h>

#include "../base/utf8.h"
#include "../pdf/linebreak/lb.h"

/* Rough advance of a character, in em of a book face: generous, so the
 * guess errs toward keeping the safe rule. */
static double
char_em(uint32_t c, bool mono)
{
    if (mono)
        return 0.62;
    if (c >= 'a' && c <= 'z')
        return strchr("ijlft", (int)c) ? 0.32 : strchr("mw", (int)c) ? 0.8 : 0.54;
    if (c >= 'A' && c <= 'Z')
        return c == 'I' ? 0.38 : (c == 'M' || c == 'W') ? 0.95 : 0.72;
    if (c >= '0' && c <= '9')
        return 0.55;
    if (c < 0x80)
        return 0.4;
    if (c >= 0x2E80)
        return 1.0;
    return 0.65;
}

/* Characters a line may break after inside a word: hyphens, and every
 * Chinese or Japanese character (they break between any two). */
static bool
breaks_after(uint32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2013 || c == 0x2014 || (c >= 0x2E80 && c < 0xAC00) ||
           (c >= 0xF900 && c < 0xFB00) || (c >= 0xFF00 && c < 0xFFF0);
}

typedef struct fit_run {
    const epub_cell_rules *rules;
    lb_hyph *h;
    bool h_tried;
    double piece, widest; /* the piece being measured; the widest so far */
} fit_run;

static void
piece_end(fit_run *f)
{
    if (f->piece > f->widest)
        f->widest = f->piece;
    f->piece = 0;
}

/* The code point at s[i] in *c (U+FFFD for a bad byte); its length. */
static size_t
next_cp(const char *s, size_t len, size_t i, uint32_t *c)
{
    size_t l = utf8_decode(s + i, len - i, c);
    if (l)
        return l;
    *c = 0xFFFD;
    return 1;
}

/* One word (no white space inside): its widest piece between the points
 * the cell writer may hyphenate it at (EPUB_CELL_LONG_WORD). */
static void
word_pieces(fit_run *f, const char *s, size_t len, bool mono, bool nowrap)
{
    size_t pos[64], n = 0, k = 0;
    if (!mono && !nowrap && utf8_length(s, len) >= EPUB_CELL_LONG_WORD) {
        if (!f->h_tried && f->rules->patterns) {
            f->h_tried = true;
            f->h = f->rules->patterns(f->rules->ud);
        }
        if (f->h)
            n = lb_hyph_points(f->h, s, len, pos, 64);
    }
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t l = next_cp(s, len, i, &c);
        if (k < n && pos[k] == i) {
            f->piece += 0.4; /* its hyphen */
            piece_end(f);
            k++;
        }
        f->piece += char_em(c, mono);
        i += l;
        if (breaks_after(c) && !nowrap)
            piece_end(f);
    }
}

static void
text_pieces(fit_run *f, const char *s, size_t len, bool mono, bool nowrap)
{
    size_t i = 0;
    while (i < len) {
        size_t ws = i;
        while (ws < len && (s[ws] == ' ' || s[ws] == '\n' || s[ws] == '\t'))
            ws++;
        if (ws > i && !nowrap)
            piece_end(f);
        else if (ws > i)
            f->piece += 0.3;
        size_t we = ws;
        while (we < len && s[we] != ' ' && s[we] != '\n' && s[we] != '\t')
            we++;
        word_pieces(f, s + ws, we - ws, mono, nowrap);
        i = we;
    }
}

/* An address the cell writer sets with its breaks (epub_xw_url_text:
 * after a slash, not inside "//", and before ? # & =). */
static void
url_pieces(fit_run *f, const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t l = next_cp(s, len, i, &c);
        if ((c == '?' || c == '#' || c == '&' || c == '=') && i > 0)
            piece_end(f);
        f->piece += char_em(c, false);
        if (c == '/' && i + 1 < len && s[i + 1] != '/' && i > 0 &&
            !(i >= 2 && s[i - 1] == '/' && s[i - 2] == ':'))
            piece_end(f);
        i += l;
    }
}

/* false: the cell holds what has no width to guess (a picture). */
static bool
inline_pieces(fit_run *f, const doc_node *n, bool nowrap)
{
    for (const doc_node *c = n->first_child; c; c = c->next) {
        if (c->type == DOC_IMAGE)
            return false;
        if (c->type == DOC_LINK && f->rules->url && f->rules->url(c, f->rules->ud)) {
            piece_end(f);
            url_pieces(f, c->first_child->text, c->first_child->len);
            piece_end(f);
        } else if (c->type == DOC_TEXT || c->type == DOC_CODE)
            text_pieces(f, c->text ? c->text : "", c->len, c->type == DOC_CODE, nowrap);
        else if (c->type == DOC_BREAK)
            piece_end(f);
        else if (!inline_pieces(f, c, nowrap))
            return false;
    }
    return true;
}

double
epub_table_words_em(const doc_node *table, const epub_cell_rules *rules, size_t *columns)
{
    double col[EPUB_TABLE_FIT_COLUMNS] = {0};
    unsigned busy[EPUB_TABLE_FIT_COLUMNS] = {0}; /* rows a cell above still spans */
    size_t most = 0;
    for (const doc_node *row = table->first_child; row; row = row->next) {
        size_t at = 0;
        bool head = row->flags & DOC_F_HEADER;
        for (const doc_node *cell = row->first_child; cell; cell = cell->next) {
            if (cell->type != DOC_CELL)
                continue;
            while (at < EPUB_TABLE_FIT_COLUMNS && busy[at])
                at++;
            size_t span = cell->as.cell.colspan > 1 ? cell->as.cell.colspan : 1;
            if (at + span > EPUB_TABLE_FIT_COLUMNS)
                return -1;
            fit_run f = {.rules = rules};
            if (!inline_pieces(&f, cell, rules->nowrap && rules->nowrap(cell, rules->ud)))
                return -1;
            piece_end(&f);
            double w = f.widest;
            if (head || (cell->flags & DOC_F_HEADER))
                w *= 1.1; /* bold */
            /* a cell over several columns needs its width from them all:
               shared evenly, a guess that only errs when they differ */
            for (size_t k = 0; k < span; k++) {
                if (w / (double)span > col[at + k])
                    col[at + k] = w / (double)span;
                if (cell->as.cell.rowspan > 1)
                    busy[at + k] = cell->as.cell.rowspan; /* this row's included */
            }
            at += span;
        }
        for (size_t k = 0; k < EPUB_TABLE_FIT_COLUMNS; k++) {
            if (busy[k] && k + 1 > at)
                at = k + 1;
            if (busy[k])
                busy[k]--;
        }
        if (at > most)
            most = at;
    }
    double sum = 0;
    for (size_t k = 0; k < most; k++)
        sum += col[k];
    *columns = most;
    return sum;
}
