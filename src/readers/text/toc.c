/*
 * toc.c - a page's table of contents: dropped, and used to find headings.
 *
 * Encyclopedias, manuals and long posts print a "Contents" box: a label
 * ("Contents", "Table of Contents", "On this page") over a run of short
 * entries, often numbered ("1 History", "1.1 Early years", "3. Setup").
 * Copied, the box is a column of short lines in the text, which the block
 * pass reads as verse, and which swallows the first real heading when it
 * follows the box directly. The box is the page's, not the article's;
 * but each entry names a section, so a later body line that says the same
 * (numbers, dotted leaders and page numbers, "¶" anchors and case aside)
 * is that section's heading, whatever its shape.
 *
 * The entries run from the line under the label, consecutive or one blank
 * line apart, while they are short and no sentence; an entry that repeats
 * an earlier one is the first section's heading and ends the box. Entry
 * keys go into a small open-addressing table of 64-bit hashes, so matching
 * costs one lookup per line. Three entries or more make a box.
 */
#include "text_int.h"

#include <string.h>

/* Entries all boxes may hold, labels looked at, and bytes of a key. */
#define TOC_MAX_ENTRIES 512
#define TOC_MAX_LABELS 8
#define TOC_KEY_MAX 160

static bool
blank(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_BLANK;
}

/* Fold a line to its key: ASCII lower case, single spaces; a leading
 * section number ("1.2 ", "3. "), a trailing "¶", a dotted leader and the
 * page number after it left out. Returns the key's length (0 if none). */
static size_t
toc_key(const rd_text_line *ln, char *out)
{
    const char *s = ln->s;
    size_t len = ln->len;
    if (ln->kind == RD_TEXT_PLAIN) {
        size_t i = 0;
        while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
            i++;
        if (i > 0 && i < len && (s[i] == ' ' || s[i] == '\t') && s[0] != '.')
            s += i, len -= i;
    }
    /* "¶" (C2 B6) after a heading is its anchor link. */
    while (len >= 2 && (unsigned char)s[len - 2] == 0xC2 && (unsigned char)s[len - 1] == 0xB6)
        len -= 2;
    /* "Introduction.........2": the leader and the page. */
    size_t e = len;
    while (e > 0 && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--;
    size_t dots = 0;
    while (e > 0 && (s[e - 1] == '.' || s[e - 1] == ' ')) {
        dots += s[e - 1] == '.';
        e--;
    }
    if (dots >= 3)
        len = e;
    size_t n = 0;
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t') {
            space = n > 0;
            continue;
        }
        if (n + 2 >= TOC_KEY_MAX)
            return 0;
        if (space)
            out[n++] = ' ';
        space = false;
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = '\0';
    return n;
}

static uint64_t
hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h | 1; /* 0 marks an empty slot */
}

typedef struct toc_set {
    uint64_t *slot;
    size_t cap;  /* a power of two, at least twice TOC_MAX_ENTRIES */
    size_t used; /* keys in slot */
} toc_set;

/* Insert h; false when it was there already. */
static bool
set_add(toc_set *t, uint64_t h)
{
    for (size_t i = (size_t)h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        if (t->slot[i] == h)
            return false;
        if (!t->slot[i]) {
            t->slot[i] = h;
            t->used++;
            return true;
        }
    }
}

static bool
set_has(const toc_set *t, uint64_t h)
{
    for (size_t i = (size_t)h & (t->cap - 1); t->slot[i]; i = (i + 1) & (t->cap - 1))
        if (t->slot[i] == h)
            return true;
    return false;
}

/* The label over a box: "Contents", "Table of Contents", "Contents [hide]". */
static bool
toc_label(const rd_text_line *ln)
{
    static const char *const labels[] = {
        "contents", "table of contents", "contents hide", "contents [hide]", "in this article",
        "on this page", "page contents", "article contents", "inhalt", "inhaltsverzeichnis",
        "sommaire", "table des mati\xc3\xa8res", "\xc3\xad" "ndice", "contenido", "contenidos",
        "tabla de contenidos",
    };
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 4)
        return false;
    char k[TOC_KEY_MAX];
    size_t n = toc_key(ln, k);
    while (n && k[n - 1] == ':')
        k[--n] = '\0';
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        if (strcmp(k, labels[i]) == 0)
            return true;
    return false;
}

/* A line that can be an entry of the box, or the heading it lists. */
static bool
entry_shaped(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN && ln->kind != RD_TEXT_ORDERED && ln->kind != RD_TEXT_BULLET &&
        ln->kind != RD_TEXT_HASH)
        return false;
    if (ln->words == 0 || ln->words > 15 || ln->cps > 120 || !rd_text_line_has_letter(ln))
        return false;
    return !(ln->flags & RD_TEXT_F_SENTENCE) || (ln->flags & RD_TEXT_F_QUESTION);
}

/* The box's entries from line i: returns the index after the last one,
 * with their keys in *t and their count in *n. */
static size_t
read_box(const rd_text_lines *L, size_t i, toc_set *t, size_t *n)
{
    size_t end = i;
    *n = 0;
    for (size_t k = i; k < L->n && t->used < TOC_MAX_ENTRIES;) {
        const rd_text_line *ln = &L->v[k];
        if (blank(ln)) {
            /* One blank line between entries; two end the box. */
            if (k + 1 >= L->n || blank(&L->v[k + 1]) || k == i)
                break;
            k++;
            continue;
        }
        char key[TOC_KEY_MAX];
        size_t kl;
        if (!entry_shaped(ln) || !(kl = toc_key(ln, key)))
            break;
        if (!set_add(t, hash(key, kl)))
            break; /* the first section's heading, right under the box */
        (*n)++;
        end = ++k;
    }
    return end;
}

/* Walking up from line i over entry-shaped lines (one blank apart) to a
 * box's label: the label's index, or (size_t)-1. */
static size_t
label_over(const rd_text_lines *L, size_t i)
{
    for (size_t k = i, n = 0; n < TOC_MAX_ENTRIES; n++) {
        const rd_text_line *ln = &L->v[k];
        if (toc_label(ln))
            return k;
        if (blank(ln) ? k == 0 || blank(&L->v[k - 1]) : !entry_shaped(ln))
            return (size_t)-1;
        if (k-- == 0)
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* The label counts as the box's too. An entry may be printed twice in a
 * box ("Setting up" under each part), where the box reading stops: when
 * the run of entries goes on to a blank line, a block of its own, it is
 * the box's all the same, but for its last line naming an entry over it,
 * the first section's heading (or the title) printed under the box. */
bool
rd_text_toc_entry(arena *a, const rd_text_lines *L, size_t i)
{
    if (i >= L->n || blank(&L->v[i]))
        return false;
    size_t label = label_over(L, i);
    if (label == (size_t)-1)
        return false;
    toc_set t = {NULL, 4 * TOC_MAX_ENTRIES, 0};
    t.slot = arena_alloc(a, t.cap * sizeof *t.slot);
    memset(t.slot, 0, t.cap * sizeof *t.slot);
    size_t first = label + 1, n;
    while (first < L->n && blank(&L->v[first]))
        first++;
    size_t end = read_box(L, first, &t, &n);
    if (n < 3)
        return false;
    if (i < end)
        return true;
    size_t run = end;
    while (run < L->n && !blank(&L->v[run]) && entry_shaped(&L->v[run]))
        run++;
    if (i >= run || (run < L->n && !blank(&L->v[run])))
        return false;
    char key[TOC_KEY_MAX];
    size_t kl = toc_key(&L->v[i], key);
    return !(i + 1 == run && kl && set_has(&t, hash(key, kl)));
}

void
rd_text_toc(arena *a, rd_text_lines *L, size_t body)
{
    toc_set t = {NULL, 0, 0};
    size_t boxes_end = 0, labels = 0;
    for (size_t i = 0; i < L->n && labels < TOC_MAX_LABELS; i++) {
        if (!toc_label(&L->v[i]))
            continue;
        labels++;
        if (!t.slot) {
            t.cap = 4 * TOC_MAX_ENTRIES;
            t.slot = arena_alloc(a, t.cap * sizeof *t.slot);
            memset(t.slot, 0, t.cap * sizeof *t.slot);
        }
        size_t first = i + 1;
        while (first < L->n && blank(&L->v[first]))
            first++;
        /* Entries go into a scratch copy first: a run too short to be a
         * box must not leave its keys behind. */
        uint64_t *saved = arena_alloc(a, t.cap * sizeof *t.slot);
        memcpy(saved, t.slot, t.cap * sizeof *t.slot);
        size_t used = t.used, n;
        size_t end = read_box(L, first, &t, &n);
        if (n < 3) {
            memcpy(t.slot, saved, t.cap * sizeof *t.slot);
            t.used = used;
            continue;
        }
        for (size_t k = i; k < end; k++)
            if (!blank(&L->v[k]) && L->v[k].role == RD_TEXT_CONTENT && k >= body)
                L->v[k].role = RD_TEXT_DROP;
        boxes_end = end;
        i = end - 1;
        if (boxes_end >= L->n)
            break;
    }
    if (!boxes_end)
        return;
    /* Body lines after the box that name one of its entries. */
    for (size_t i = boxes_end > body ? boxes_end : body; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        char key[TOC_KEY_MAX];
        size_t kl;
        if (ln->role != RD_TEXT_CONTENT || blank(ln) || ln->kind == RD_TEXT_BULLET ||
            !entry_shaped(ln) || !(kl = toc_key(ln, key)))
            continue;
        if (set_has(&t, hash(key, kl)))
            ln->flags |= RD_TEXT_F_TOC;
    }
}
