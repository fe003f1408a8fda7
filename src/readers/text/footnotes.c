/*
 * footnotes.c - a Project Gutenberg book's footnotes. Its transcribers
 * set a note's mark in the text in brackets ("the autumn[1] when") and
 * the note itself as a bracketed block of its own, right under the
 * paragraph or gathered at a chapter's end:
 *
 *     [Footnote 1: In the year 1851, by the keeper's own
 *     log.]
 *
 * or, in newer files, under a "FOOTNOTES:" line, each note a paragraph
 * opening with its mark ("[1] In the year 1851 ..."), or right under its
 * paragraph as an indented block opening with its mark. Left as they are,
 * the marks point nowhere (the plain-text reader drops bracketed numbers
 * as a web page's citation marks) and the notes interrupt the text. Read
 * as notes, both books print them as notes: the EPUB's linked notes, the
 * PDF's footnotes.
 *
 * Books number their notes again on every page or chapter, so a mark is
 * paired with a note by order: each note takes the first mark with its
 * label that no earlier note took, before it if there is one.
 *
 * An illustration is bracketed the same way, "[Illustration: THE KEEPER
 * AT HIS LAMP.]", over as many lines as its caption takes: it stands where
 * the print edition had a picture this text has not, so it becomes a
 * figure with the caption standing in for the picture, as a web page's
 * picture not embedded does; "[Illustration]" alone says nothing and goes.
 */
#include "text_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

/* A note longer than this many lines is no note (its bracket never
 * closes where a note's would). */
#define RD_TEXT_FOOTNOTE_MAX_LINES 200
/* A mark's label is short: "1", "12", "A", "*", "†". */
#define RD_TEXT_FOOTNOTE_MAX_LABEL 6

/* "[label]" or "[Footnote label:" at s: the label's bytes, 0 if none. */
static size_t
label_at(const char *s, size_t len, char close)
{
    size_t n = 0;
    while (n < len && n <= RD_TEXT_FOOTNOTE_MAX_LABEL && s[n] != close && s[n] != ' ' &&
           s[n] != '[' && s[n] != ']')
        n++;
    return n && n <= RD_TEXT_FOOTNOTE_MAX_LABEL && n < len && s[n] == close ? n : 0;
}

static void
add_note(arena *a, rd_text_notes *out, const char *label, size_t ll, const rd_text_line *at)
{
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        out->v = arena_realloc(a, out->v, out->cap * sizeof *out->v, cap * sizeof *out->v);
        out->cap = cap;
    }
    rd_text_note *nt = &out->v[out->n++];
    memset(nt, 0, sizeof *nt);
    nt->label = arena_strndup(a, label, ll);
    nt->line = at->lineno;
}

static void
add_para(arena *a, rd_text_note *nt, buf *b)
{
    size_t s = 0, e = b->len;
    while (s < e && b->data[s] == ' ')
        s++;
    while (e > s && b->data[e - 1] == ' ')
        e--;
    if (s < e) {
        const char **v = arena_alloc(a, (nt->n_paras + 1) * sizeof *v);
        if (nt->n_paras)
            memcpy(v, nt->paras, nt->n_paras * sizeof *v);
        v[nt->n_paras++] = arena_strndup(a, b->data + s, e - s);
        nt->paras = v;
    }
    b->len = 0;
}

/* "[Footnote 1: text ...]" or "[Illustration: text ...]" from line i:
 * its lines up to the bracket that closes it, the note's paragraphs
 * parted by blank lines. Returns the line after it, or i when no bracket
 * closes it soon enough. */
static size_t
bracketed(arena *a, rd_text_lines *L, size_t i, rd_text_notes *out, buf *b)
{
    const rd_text_line *ln = &L->v[i];
    size_t ll = 0, head; /* the label's bytes; the bytes before the text */
    bool picture = false;
    if (ln->len >= 12 && strncasecmp(ln->s, "[footnote ", 10) == 0) {
        if (!(ll = label_at(ln->s + 10, ln->len - 10, ':')))
            return i;
        head = 10 + ll + 1;
    } else if (ln->len >= 14 && strncasecmp(ln->s, "[illustration", 13) == 0 &&
               (ln->s[13] == ':' || ln->s[13] == ']')) {
        picture = true;
        head = ln->s[13] == ':' ? 14 : 13;
    } else {
        return i;
    }
    /* where the bracket closes */
    int depth = 0;
    size_t end = i, close_at = 0;
    bool closed = false;
    for (size_t k = i; k < L->n && k < i + RD_TEXT_FOOTNOTE_MAX_LINES && !closed; k++) {
        const rd_text_line *x = &L->v[k];
        for (size_t j = 0; j < x->len && !closed; j++) {
            depth += x->s[j] == '[';
            depth -= x->s[j] == ']';
            if (depth == 0) {
                closed = true;
                end = k;
                close_at = j;
            }
        }
    }
    if (!closed || close_at + 1 < L->v[end].len)
        return i; /* never closed, or text after it on its line */
    add_note(a, out, ln->s + 10, ll, ln);
    rd_text_note *nt = &out->v[out->n - 1];
    nt->picture = picture;
    b->len = 0;
    for (size_t k = i; k <= end; k++) {
        rd_text_line *x = &L->v[k];
        size_t from = k == i ? head : 0, to = k == end ? close_at : x->len;
        if (to < from)
            to = from;
        if (x->kind == RD_TEXT_BLANK)
            add_para(a, nt, b);
        else if (to > from) {
            buf_addc(b, ' ');
            buf_add(b, x->s + from, to - from);
        }
        x->role = RD_TEXT_META;
    }
    add_para(a, nt, b);
    return end + 1;
}

static bool
footnotes_label(const rd_text_line *ln)
{
    size_t n = ln->len;
    while (n && (ln->s[n - 1] == ':' || ln->s[n - 1] == '.'))
        n--;
    return n == 9 && strncasecmp(ln->s, "footnotes", 9) == 0;
}

/* "FOOTNOTES:" from line i, then notes opening with their marks ("[1]
 * text"), a blank line apart, each maybe of several lines; the section
 * ends at a line that opens no note after a blank line. Returns the line
 * after it, or i when no note follows the label. */
static size_t
section(arena *a, rd_text_lines *L, size_t i, rd_text_notes *out, buf *b)
{
    if (!footnotes_label(&L->v[i]))
        return i;
    size_t k = i + 1, first = out->n, blanks = 0;
    rd_text_note *nt = NULL;
    for (; k < L->n; k++) {
        rd_text_line *x = &L->v[k];
        if (x->kind == RD_TEXT_BLANK) {
            blanks++;
            continue;
        }
        size_t ll = x->len > 2 && x->s[0] == '[' ? label_at(x->s + 1, x->len - 1, ']') : 0;
        if (blanks >= 2 && nt && !(ll && x->len > ll + 2 && x->s[ll + 2] == ' '))
            break; /* the next page, and no note on it */
        if (ll && x->len > ll + 2 && x->s[ll + 2] == ' ') {
            if (nt)
                add_para(a, nt, b);
            add_note(a, out, x->s + 1, ll, x);
            nt = &out->v[out->n - 1];
            buf_add(b, x->s + ll + 3, x->len - ll - 3);
        } else if (nt && (blanks == 0 || (blanks == 1 && x->indent > 0)) &&
                   !rd_text_line_is_chapter(x) && !rd_text_line_centred(L, x, 10)) {
            /* the note's next line, or its next paragraph, indented */
            if (blanks)
                add_para(a, nt, b);
            buf_addc(b, ' ');
            buf_add(b, x->s, x->len);
        } else {
            break;
        }
        x->role = RD_TEXT_META;
        blanks = 0;
    }
    if (nt)
        add_para(a, nt, b);
    if (out->n == first)
        return i;
    L->v[i].role = RD_TEXT_META;
    return k;
}

/* Does the paragraph above line i (past blank lines and notes) hold the
 * mark mk[0..n)? */
static bool
cited_above(const rd_text_lines *L, size_t i, const char *mk, size_t n)
{
    /* (past the notes already read under the same paragraph; a few
       hundred lines at most either way, so a book of notes stays linear) */
    size_t k = i, stop = i > 400 ? i - 400 : 0;
    while (k > stop && (L->v[k - 1].kind == RD_TEXT_BLANK || L->v[k - 1].role == RD_TEXT_META))
        k--;
    stop = k > 100 ? k - 100 : 0;
    for (; k > stop && L->v[k - 1].kind != RD_TEXT_BLANK; k--) {
        const rd_text_line *x = &L->v[k - 1];
        for (size_t j = 0; j + n <= x->len; j++)
            if (!memcmp(x->s + j, mk, n))
                return true;
    }
    return false;
}

/* "    [3] A small village not far from Winchester in" / "    Hampshire
 * ...": a note set right under its paragraph as a block of its own that
 * opens with its mark, indented (or flush, when the paragraph above holds
 * the mark). Returns the line after it, or i when line i opens none. */
static size_t
marked_block(arena *a, rd_text_lines *L, size_t i, rd_text_notes *out, buf *b)
{
    rd_text_line *x = &L->v[i];
    if (i == 0 || L->v[i - 1].kind != RD_TEXT_BLANK)
        return i;
    size_t ll = x->len > 2 && x->s[0] == '[' ? label_at(x->s + 1, x->len - 1, ']') : 0;
    if (!ll || x->len <= ll + 3 || x->s[ll + 2] != ' ')
        return i;
    if (x->indent < 2 && !cited_above(L, i, x->s, ll + 2))
        return i;
    add_note(a, out, x->s + 1, ll, x);
    rd_text_note *nt = &out->v[out->n - 1];
    buf_add(b, x->s + ll + 3, x->len - ll - 3);
    x->role = RD_TEXT_META;
    size_t k = i + 1;
    for (; k < L->n && L->v[k].kind != RD_TEXT_BLANK && k - i < RD_TEXT_FOOTNOTE_MAX_LINES; k++) {
        buf_addc(b, ' ');
        buf_add(b, L->v[k].s, L->v[k].len);
        L->v[k].role = RD_TEXT_META;
    }
    add_para(a, nt, b);
    return k;
}

void
rd_text_gutenberg_footnotes(arena *a, rd_text_lines *L, size_t body, rd_text_notes *out)
{
    buf b;
    buf_init(&b, 0);
    for (size_t i = body; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        if (ln->kind == RD_TEXT_BLANK || ln->role != RD_TEXT_CONTENT)
            continue;
        size_t next = bracketed(a, L, i, out, &b);
        if (next == i)
            next = section(a, L, i, out, &b);
        if (next == i)
            next = marked_block(a, L, i, out, &b);
        if (next > i)
            i = next - 1;
    }
    buf_cleanup(&b);
}

/* ---- the marks in the text ---- */

typedef struct mark {
    doc_node *text; /* the DOC_TEXT holding it */
    size_t at, len; /* "[1]" in it */
    size_t section; /* top-level headings before it */
    size_t note;    /* the note it cites, or (size_t)-1 */
} mark;

static int
cmp_str(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Is s[0..n) one of the sorted labels? */
static bool
is_label(const char *const *labels, size_t nl, const char *s, size_t n)
{
    char key[RD_TEXT_FOOTNOTE_MAX_LABEL + 1];
    if (n > RD_TEXT_FOOTNOTE_MAX_LABEL)
        return false;
    memcpy(key, s, n);
    key[n] = '\0';
    const char *k = key;
    return bsearch(&k, labels, nl, sizeof *labels, cmp_str) != NULL;
}

/* Every "[label]" of a note's label in the article's text, in order. */
static mark *
find_marks(arena *a, doc_node *article, const char *const *labels, size_t nl, size_t *count)
{
    mark *v = NULL;
    size_t n = 0, cap = 0, section = 0;
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (x->type == DOC_HEADING && x->parent == article)
            section++;
        if (x->type == DOC_CODE_BLOCK || x->type == DOC_TABLE || x->type == DOC_NOTE_DEF) {
            doc_iter_skip(&it);
            continue;
        }
        if (x->type != DOC_TEXT)
            continue;
        for (size_t i = 0; i + 2 < x->len; i++) {
            if (x->text[i] != '[')
                continue;
            size_t ll = label_at(x->text + i + 1, x->len - i - 1, ']');
            if (!ll || !is_label(labels, nl, x->text + i + 1, ll))
                continue;
            if (n == cap) {
                size_t c2 = cap ? cap * 2 : 32;
                v = arena_realloc(a, v, cap * sizeof *v, c2 * sizeof *v);
                cap = c2;
            }
            v[n++] = (mark){x, i, ll + 2, section, (size_t)-1};
            i += ll + 1;
        }
    }
    *count = n;
    return v;
}

static doc_node *
note_def(arena *a, const rd_text_note *nt, const char *path)
{
    doc_pos pos = {path, nt->line, 1};
    doc_node *def = doc_node_new(a, DOC_NOTE_DEF, pos);
    def->as.note.label = nt->label;
    for (size_t p = 0; p < nt->n_paras; p++) {
        doc_node *para = doc_node_new(a, DOC_PARA, pos);
        doc_append(para, doc_text_new(a, nt->paras[p], strlen(nt->paras[p]), pos));
        doc_append(def, para);
    }
    return def;
}

static bool
mark_is(const mark *m, const char *label)
{
    return m->len == strlen(label) + 2 && !memcmp(m->text->text + m->at + 1, label, m->len - 2);
}

/* A mark's label and place, sorted by label, then place: one label's
 * marks stand together, in the text's order. (The keys are in the
 * entries, not behind a static: articles are read on several threads.) */
typedef struct mark_key {
    const char *label;
    size_t len; /* of the label */
    size_t i;   /* the mark */
} mark_key;

static int
cmp_mark(const void *x, const void *y)
{
    const mark_key *p = x, *q = y;
    int c = memcmp(p->label, q->label, p->len < q->len ? p->len : q->len);
    if (c == 0 && p->len != q->len)
        c = p->len < q->len ? -1 : 1;
    if (c == 0)
        c = p->i < q->i ? -1 : 1;
    return c;
}

/* The first of idx (marks sorted by label) whose mark has `label`, or nm. */
static size_t
group_of(const mark *m, const size_t *idx, size_t nm, const char *label)
{
    size_t lo = 0, hi = nm, ll = strlen(label);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const mark *x = &m[idx[mid]];
        size_t n = x->len - 2 < ll ? x->len - 2 : ll;
        int c = memcmp(x->text->text + x->at + 1, label, n);
        if (c < 0 || (c == 0 && x->len - 2 < ll))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nm && mark_is(&m[idx[lo]], label) ? lo : nm;
}

/* Pair each note with the mark it explains: the first free mark with its
 * label in its own chapter (notes under their paragraph or at their
 * chapter's end: a mark whose note the book lost does not shift the
 * others), else the first free one up to its chapter (notes gathered at
 * the book's end, numbered through). */
static void
pair(arena *a, doc_node *article, const rd_text_notes *fn, mark *m, size_t nm)
{
    if (!nm)
        return;
    /* the notes' chapters: top-level headings above their lines */
    size_t *section = arena_alloc(a, (fn->n ? fn->n : 1) * sizeof *section);
    const doc_node *h = article->first_child;
    size_t sec = 0;
    for (size_t k = 0; k < fn->n; k++) {
        while (h && h->type != DOC_NOTE_DEF && h->pos.line < fn->v[k].line) {
            sec += h->type == DOC_HEADING;
            h = h->next;
        }
        section[k] = sec;
    }
    mark_key *keys = arena_alloc(a, nm * sizeof *keys);
    for (size_t i = 0; i < nm; i++)
        keys[i] = (mark_key){m[i].text->text + m[i].at + 1, m[i].len - 2, i};
    qsort(keys, nm, sizeof *keys, cmp_mark);
    size_t *idx = arena_alloc(a, nm * sizeof *idx);
    for (size_t i = 0; i < nm; i++)
        idx[i] = keys[i].i;
    size_t *free_from = arena_alloc(a, nm * sizeof *free_from); /* per group start */
    for (size_t i = 0; i < nm; i++)
        free_from[i] = i;
    size_t *group_end = arena_alloc(a, nm * sizeof *group_end); /* per group start, 0: unknown */
    memset(group_end, 0, nm * sizeof *group_end);
    bool *paired = arena_alloc(a, (fn->n ? fn->n : 1) * sizeof *paired);
    memset(paired, 0, (fn->n ? fn->n : 1) * sizeof *paired);
    /* two rounds: every note in its own chapter first, so a note whose
       mark the book lost takes no other chapter's; then the rest, from
       the marks up to its chapter (notes gathered at the end) */
    for (int round = 0; round < 2; round++)
        for (size_t k = 0; k < fn->n; k++) {
            const rd_text_note *nt = &fn->v[k];
            if (nt->picture || (round == 1 && paired[k]))
                continue;
            size_t g = group_of(m, idx, nm, nt->label);
            if (g >= nm)
                continue;
            size_t pick = (size_t)-1;
            if (round == 0) {
                /* the group's marks are in text order: the first in the
                   note's chapter by bisection */
                if (!group_end[g]) { /* (found once per label) */
                    size_t e = g;
                    while (e < nm && mark_is(&m[idx[e]], nt->label))
                        e++;
                    group_end[g] = e;
                }
                size_t lo = g, hi = group_end[g], end = hi;
                while (lo < hi) {
                    size_t mid = (lo + hi) / 2;
                    if (m[idx[mid]].section < section[k])
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (size_t p = lo;
                     p < end && m[idx[p]].section == section[k] && pick == (size_t)-1; p++)
                    if (m[idx[p]].note == (size_t)-1)
                        pick = idx[p];
            } else {
                for (size_t p = free_from[g];
                     pick == (size_t)-1 && p < nm && mark_is(&m[idx[p]], nt->label) &&
                     m[idx[p]].section <= section[k];
                     p++)
                    if (m[idx[p]].note == (size_t)-1)
                        pick = idx[p];
            }
            if (pick == (size_t)-1)
                continue;
            m[pick].note = k;
            paired[k] = true;
            while (free_from[g] < nm && mark_is(&m[idx[free_from[g]]], nt->label) &&
                   m[idx[free_from[g]]].note != (size_t)-1)
                free_from[g]++;
        }
}

void
rd_text_gutenberg_cite(arena *a, doc_node *article, const rd_text_notes *fn, const char *path)
{
    if (!fn->n)
        return;
    const char **labels = arena_alloc(a, fn->n * sizeof *labels);
    size_t nl = 0;
    for (size_t k = 0; k < fn->n; k++)
        if (!fn->v[k].picture)
            labels[nl++] = fn->v[k].label;
    qsort(labels, nl, sizeof *labels, cmp_str);
    size_t nm;
    mark *m = find_marks(a, article, labels, nl, &nm);
    pair(a, article, fn, m, nm);
    /* the cited notes at the article's end, in the order of their marks,
       numbered in that order: the print edition's marks start again on
       every page ("1" twice, "*", "A"), which in one article would print
       the same mark for two notes */
    doc_node **defs = arena_alloc(a, fn->n * sizeof *defs);
    memset(defs, 0, fn->n * sizeof *defs);
    size_t number = 0;
    for (size_t i = 0; i < nm; i++)
        if (m[i].note != (size_t)-1) {
            defs[m[i].note] = note_def(a, &fn->v[m[i].note], path);
            defs[m[i].note]->as.note.label = arena_printf(a, "%zu", ++number);
            doc_append(article, defs[m[i].note]);
        }
    /* a note no mark cites stays text where it stood; an illustration is
       a figure there (the blocks are in the order of their lines, so the
       place is found in one walk) */
    doc_node *before = article->first_child;
    for (size_t k = 0; k < fn->n; k++) {
        const rd_text_note *nt = &fn->v[k];
        if (defs[k] || (nt->picture && !nt->n_paras))
            continue;
        while (before && before->type != DOC_NOTE_DEF && before->pos.line <= nt->line)
            before = before->next;
        doc_node *def = note_def(a, nt, path);
        if (!nt->picture && def->first_child && def->first_child->first_child) {
            /* its mark stays with it: "[2] text" */
            doc_node *t = def->first_child->first_child;
            const char *with = arena_printf(a, "[%s] %s", nt->label, t->text);
            doc_insert_before(t, doc_text_new(a, with, strlen(with), t->pos));
            doc_unlink(t);
        }
        if (nt->picture) {
            doc_node *fig = doc_node_new(a, DOC_FIGURE, def->pos);
            doc_node *alt = doc_node_new(a, DOC_EMPH, def->pos);
            alt->flags |= DOC_F_ALT;
            for (size_t p = 0; p < nt->n_paras; p++) {
                if (p)
                    doc_append_text(a, alt, " ", 1, def->pos);
                doc_append_text(a, alt, nt->paras[p], strlen(nt->paras[p]), def->pos);
            }
            doc_append(fig, alt);
            def = doc_node_new(a, DOC_NOTE_DEF, def->pos); /* a holder */
            doc_append(def, fig);
        }
        while (def->first_child) {
            doc_node *x = def->first_child;
            doc_unlink(x);
            if (before)
                doc_insert_before(before, x);
            else
                doc_append(article, x);
        }
    }
    /* each text holding marks becomes its pieces and the references */
    for (size_t i = 0; i < nm;) {
        doc_node *t = m[i].text;
        size_t from = 0, j = i;
        for (; j < nm && m[j].text == t; j++) {
            if (m[j].note == (size_t)-1)
                continue;
            size_t end = m[j].at;
            /* the space before a mark set apart ("autumn [1]") goes too */
            while (end > from && t->text[end - 1] == ' ')
                end--;
            if (end > from)
                doc_insert_before(t, doc_text_new(a, t->text + from, end - from, t->pos));
            doc_node *ref = doc_node_new(a, DOC_NOTE_REF, t->pos);
            ref->as.note.label = defs[m[j].note]->as.note.label;
            ref->as.note.target = defs[m[j].note];
            doc_insert_before(t, ref);
            from = m[j].at + m[j].len;
        }
        if (from > 0) {
            if (from < t->len)
                doc_insert_before(t, doc_text_new(a, t->text + from, t->len - from, t->pos));
            doc_unlink(t);
        }
        i = j;
    }
}
