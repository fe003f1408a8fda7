/*
 * notes.c - a page's footnotes become the book's notes.
 *
 * Pages write footnotes as a pair of links: a mark in the text ("[17]",
 * "1", "*", usually in <sup>) aims at an item of a list further down, and
 * that item aims back at the paragraph with a back-link ("^", "↑", "↩",
 * Wikipedia's "a b" for a note cited twice). Read as plain links they
 * print as "[17]" and "^ a b" and lead nowhere on paper. Found here on the
 * converted tree, they become DOC_NOTE_REF and DOC_NOTE_DEF, as Markdown's
 * footnotes are: the EPUB gets footnotes a reading system can pop up, the
 * PDF numbered notes where the style puts them.
 *
 * The test is the pair, not a class name: a link of a few characters to
 * an item that comes after it in the article, outside the link's own
 * paragraph, and a link in that item back to the paragraph the mark sits
 * in (anchors_resolve gave the paragraph the name the back-link used).
 * The item is a list item, or a paragraph where a page sets each note as
 * one (O'Reilly's HTMLBook: the back-link is the note's number).
 * A list item nobody links back from is taken only when marks before the
 * list cite every item of it (pages that print no back-links); a
 * bibliography some entries of which no mark cites, or a list of
 * contents, stays. The definitions go to the article's end, in the order
 * of their items; the back-links and their "^" go; a list left empty goes,
 * and so does a heading left over nothing ("Notes", "References"). A
 * mark inside another note stays plain text: notes are not nested. Links
 * still aiming at a moved item become their words, so no link dangles.
 */
#include "html_int.h"

#include <stdlib.h>
#include <string.h>

/* Longest mark taken for a note reference: "[123]", "[n 12]", "†". */
#define MARK_MAX 8

typedef struct id_map {
    const char **keys;
    doc_node **vals;
    size_t cap;
} id_map;

static size_t
hash_str(const char *s)
{
    size_t h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static void
map_put(id_map *m, const char *k, doc_node *v)
{
    size_t j = hash_str(k) & (m->cap - 1);
    while (m->keys[j] && strcmp(m->keys[j], k) != 0)
        j = (j + 1) & (m->cap - 1);
    if (!m->keys[j]) {
        m->keys[j] = k;
        m->vals[j] = v;
    }
}

static doc_node *
map_get(const id_map *m, const char *k)
{
    if (!k || !m->cap)
        return NULL;
    size_t j = hash_str(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], k) == 0)
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

static doc_node *
block_of(doc_node *n)
{
    while (n && !doc_is_block(n->type))
        n = n->parent;
    return n;
}

static bool
inside(const doc_node *n, const doc_node *anc)
{
    for (; n; n = n->parent)
        if (n == anc)
            return true;
    return false;
}

/* The note a candidate item becomes, and the paragraphs citing it. */
typedef struct note {
    doc_node *item, *def;
    doc_node *from; /* a paragraph note: the block it was taken from */
    bool cited;
} note;

/* A list item with an id: where it stands among the links, and whether
 * a mark before it aims at it. */
typedef struct item_pos {
    const char *id;
    const doc_node *item;
    size_t before; /* links before it in the article */
    bool marked;
} item_pos;

typedef struct ctx {
    arena *s;
    item_pos *items; /* sorted by id */
    size_t n_items;
    id_map ids;        /* block id -> block */
    doc_node **links;  /* every link, in document order */
    doc_node **in_item; /* the item nearest above each link, or NULL */
    size_t n_links;
    note *notes;
    size_t n_notes, cap_notes;
} ctx;

/* The definition a term with an id names, when the id is the note's
 * (notes set as a definition list, the mark aiming at the number's
 * <dt>): the term is its group's last, so the definition after it is the
 * note. NULL for any other term. */
static doc_node *
term_note(const doc_node *term)
{
    if (!term->id || !term->next || term->next->type != DOC_DEF)
        return NULL;
    return term->next;
}

/* A definition its term's id names (see term_note). */
static bool
def_named(const doc_node *def)
{
    return def->prev && def->prev->type == DOC_TERM && term_note(def->prev) == def;
}

/* The block a link's note would be: the list item it sits in, the
 * definition its own id or its term's names (a back-link in the term, the
 * note's number, belongs to it too), or else its paragraph (a page may
 * set each footnote as a paragraph). */
static doc_node *
item_above(doc_node *n)
{
    doc_node *b = block_of(n);
    for (n = n->parent; n && n->type != DOC_ARTICLE; n = n->parent) {
        if (n->type == DOC_ITEM)
            return n;
        if (n->type == DOC_TERM && term_note(n))
            return n->next;
        if (n->type == DOC_DEF && (n->id || def_named(n)))
            return n;
    }
    return b && b->type == DOC_PARA ? b : NULL;
}

/* The mark's text: short, no letters of a word beyond a group name ("n 5",
 * "a"), so a sentence linked to a list item is never a note mark. */
bool
rd_html_mark_text(const char *t)
{
    size_t n = strlen(t);
    if (n == 0 || n > MARK_MAX)
        return false;
    size_t letters = 0;
    for (const char *p = t; *p; p++)
        letters += (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
    return letters <= 2;
}

static bool
is_mark(arena *s, const doc_node *link)
{
    return rd_html_mark_text(doc_text_of(s, link));
}

static int
cmp_item_id(const void *a, const void *b)
{
    return strcmp(((const item_pos *)a)->id, ((const item_pos *)b)->id);
}

static item_pos *
item_pos_of(const ctx *c, const doc_node *item)
{
    if (!item->id || !c->n_items)
        return NULL;
    item_pos key = {.id = item->id};
    item_pos *p = bsearch(&key, c->items, c->n_items, sizeof *c->items, cmp_item_id);
    return p && p->item == item ? p : NULL;
}

/* A list of notes without back-links: two items or more, each aimed at
 * by a mark before the list. (A list some items of which no mark cites
 * is a bibliography or a list of contents: it stays.) */
static bool
list_all_marked(const ctx *c, const doc_node *list)
{
    if (!list || list->type != DOC_LIST)
        return false;
    size_t n = 0;
    for (const doc_node *it = list->first_child; it; it = it->next, n++) {
        const item_pos *p = it->type == DOC_ITEM ? item_pos_of(c, it) : NULL;
        if (!p || !p->marked)
            return false;
    }
    return n >= 2;
}

static note *
note_for_existing(ctx *c, const doc_node *item)
{
    for (size_t i = c->n_notes; i-- > 0;)
        if (c->notes[i].item == item)
            return &c->notes[i];
    return NULL;
}

static note *
note_for(ctx *c, doc_node *item)
{
    for (size_t i = c->n_notes; i-- > 0;)
        if (c->notes[i].item == item)
            return &c->notes[i];
    if (c->n_notes == c->cap_notes) {
        size_t nc = c->cap_notes ? c->cap_notes * 2 : 32;
        c->notes = arena_realloc(c->s, c->notes, c->cap_notes * sizeof *c->notes,
                                 nc * sizeof *c->notes);
        c->cap_notes = nc;
    }
    note *n = &c->notes[c->n_notes++];
    memset(n, 0, sizeof *n);
    n->item = item;
    return n;
}

/* The item a mark aims at, when the pair holds: the item comes later,
 * outside the mark's paragraph, and links back to that paragraph. */
static doc_node *
cited_item(ctx *c, doc_node *link, size_t at)
{
    const char *href = link->as.link.href;
    if (!href || href[0] != '#' || !href[1] || !is_mark(c->s, link))
        return NULL;
    doc_node *item = map_get(&c->ids, href + 1);
    if (!item || (item->type != DOC_ITEM && item->type != DOC_PARA && item->type != DOC_DEF) ||
        inside(link, item))
        return NULL;
    doc_node *para = block_of(link);
    if (!para || inside(item, para))
        return NULL;
    /* later in the article: some link of the item comes after the mark */
    bool back = false, later = false;
    for (size_t i = 0; i < c->n_links && para->id; i++) {
        if (c->in_item[i] != item)
            continue;
        later |= i > at;
        const char *h = c->links[i]->as.link.href;
        if (h && h[0] == '#' && strcmp(h + 1, para->id) == 0)
            back = true;
    }
    if (back)
        return later ? item : NULL;
    /* no back-link: a list item whose whole list the marks before it cite */
    if (item->type != DOC_ITEM)
        return NULL;
    const item_pos *p = item_pos_of(c, item);
    return p && p->before > at && list_all_marked(c, item->parent) ? item : NULL;
}

/* A back-link: a link in the note aiming at a paragraph that cites it
 * (marks[i] is the item the i-th link cites, or NULL). */
static bool
is_backlink(ctx *c, doc_node *const *marks, const doc_node *l, const doc_node *item)
{
    const char *h = l->as.link.href;
    if (!h || h[0] != '#')
        return false;
    doc_node *b = map_get(&c->ids, h + 1);
    if (!b)
        return false;
    for (size_t i = 0; i < c->n_links; i++)
        if (marks[i] == item && c->links[i] && block_of(c->links[i]) == b)
            return true;
    return false;
}

/* A mark's text without its brackets: "[17]" -> "17", "[n 5]" -> "n 5". */
static const char *
mark_label(arena *a, const doc_node *link)
{
    char *t = doc_text_of(a, link);
    size_t len = strlen(t);
    if (len >= 3 && t[0] == '[' && t[len - 1] == ']') {
        t[len - 1] = '\0';
        t++;
    }
    return t;
}

/* Remove an inline and the wrappers it leaves empty. */
static void
remove_inline(doc_node *n)
{
    doc_node *p = n->parent;
    doc_unlink(n);
    while (p && !doc_is_block(p->type) && !p->first_child) {
        doc_node *up = p->parent;
        doc_unlink(p);
        p = up;
    }
}

/* A definition a note's paragraph left empty goes; when it was its
 * terms' only one, they go with it (a glossary of notes: each term is
 * its note's number), so a definition list keeps its groups of terms
 * over definitions, which <dl> requires. */
static void
drop_definition(doc_node *def)
{
    bool alone = !(def->prev && def->prev->type == DOC_DEF) &&
                 !(def->next && def->next->type == DOC_DEF);
    while (alone && def->prev && def->prev->type == DOC_TERM)
        doc_unlink(def->prev);
    doc_unlink(def);
}

/* The "^", "↑", "↩" and spaces a removed back-link leaves at the start or
 * end of the note's first or last paragraph. */
static bool
is_back_mark(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '^') {
            i++;
        } else if (i + 1 < len && ch == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
            i += 2;
        } else if (i + 2 < len && ch == 0xE2 && (unsigned char)s[i + 1] == 0x86 &&
                   ((unsigned char)s[i + 2] == 0x91 || (unsigned char)s[i + 2] == 0xA9)) {
            i += 3; /* ↑ ↩ */
        } else {
            return false;
        }
    }
    return true;
}

static void
trim_marks(arena *a, doc_node *def)
{
    doc_node *first = def->first_child, *last = def->last_child;
    if (first && first->type == DOC_PARA)
        while (first->first_child && first->first_child->type == DOC_TEXT &&
               is_back_mark(first->first_child->text, first->first_child->len))
            doc_unlink(first->first_child);
    if (last && last->type == DOC_PARA)
        while (last->last_child && last->last_child->type == DOC_TEXT &&
               is_back_mark(last->last_child->text, last->last_child->len))
            doc_unlink(last->last_child);
    /* "Text ^": the space before the mark */
    while (last && last->type == DOC_PARA && last->last_child &&
           last->last_child->type == DOC_TEXT) {
        doc_node *t = last->last_child;
        size_t len = t->len;
        while (len && t->text[len - 1] == ' ')
            len--;
        if (len) {
            if (len < t->len) {
                t->text = arena_strndup(a, t->text, len);
                t->len = len;
            }
            break;
        }
        doc_unlink(t);
    }
    /* "^ Text": the mark glued to the text run that follows it */
    if (first && first->type == DOC_PARA && first->first_child &&
        first->first_child->type == DOC_TEXT) {
        doc_node *t = first->first_child;
        size_t k = 0;
        while (k < t->len && (t->text[k] == '^' || t->text[k] == ' '))
            k++;
        if (k && k < t->len) {
            t->text += k;
            t->len -= k;
        }
    }
}

/* Headings with nothing under them any more: followed by a heading of the
 * same or a higher rank, or by the article's end. */
static void
drop_empty_sections(doc_node *article, doc_node *first_def)
{
    bool again = true;
    while (again) {
        again = false;
        for (doc_node *n = article->first_child; n && n != first_def;) {
            doc_node *next = n->next;
            if (n->type == DOC_HEADING && n->as.heading.level > 1 &&
                (!next || next == first_def ||
                 (next->type == DOC_HEADING && next->as.heading.level <= n->as.heading.level))) {
                doc_unlink(n);
                again = true;
            }
            n = next;
        }
    }
}

void
rd_html_notes(arena *a, arena *scratch, doc_node *article)
{
    ctx c = {.s = scratch};
    /* ids and links, in document order */
    size_t n_ids = 0, cap_links = 0;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        n_ids += n->id != NULL;
        if (n->type == DOC_LINK) {
            if (c.n_links == cap_links) {
                size_t nc = cap_links ? cap_links * 2 : 64;
                c.links = arena_realloc(scratch, c.links, cap_links * sizeof *c.links,
                                        nc * sizeof *c.links);
                cap_links = nc;
            }
            c.links[c.n_links++] = n;
        }
    }
    if (!n_ids || c.n_links < 2)
        return;
    c.ids.cap = 16;
    while (c.ids.cap < 2 * n_ids)
        c.ids.cap *= 2;
    c.ids.keys = arena_alloc(scratch, c.ids.cap * sizeof *c.ids.keys);
    c.ids.vals = arena_alloc(scratch, c.ids.cap * sizeof *c.ids.vals);
    memset(c.ids.keys, 0, c.ids.cap * sizeof *c.ids.keys);
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->id)
            map_put(&c.ids, n->id, n->type == DOC_TERM && term_note(n) ? term_note(n) : n);
    /* the list items with ids, where they stand, and which a mark before
       them aims at (for lists of notes without back-links) */
    size_t n_links_seen = 0;
    c.items = arena_alloc(scratch, n_ids * sizeof *c.items);
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        n_links_seen += n->type == DOC_LINK;
        if (n->type == DOC_ITEM && n->id && c.n_items < n_ids)
            c.items[c.n_items++] = (item_pos){n->id, n, n_links_seen, false};
    }
    qsort(c.items, c.n_items, sizeof *c.items, cmp_item_id);
    for (size_t i = 0; i < c.n_links; i++) {
        const char *h = c.links[i]->as.link.href;
        if (!h || h[0] != '#' || !h[1])
            continue;
        doc_node *t = map_get(&c.ids, h + 1);
        item_pos *p = t && t->type == DOC_ITEM ? item_pos_of(&c, t) : NULL;
        if (p && p->before > i && !inside(c.links[i], t->parent) && is_mark(scratch, c.links[i]))
            p->marked = true;
    }
    c.in_item = arena_alloc(scratch, c.n_links * sizeof *c.in_item);
    for (size_t i = 0; i < c.n_links; i++)
        c.in_item[i] = item_above(c.links[i]);

    /* the marks and their items */
    doc_node **item_of = arena_alloc(scratch, c.n_links * sizeof *item_of);
    for (size_t i = 0; i < c.n_links; i++) {
        item_of[i] = cited_item(&c, c.links[i], i);
        if (item_of[i])
            note_for(&c, item_of[i])->cited = true;
    }
    if (!c.n_notes)
        return;
    /* marks inside a note stay text: notes are not nested */
    for (size_t i = 0; i < c.n_links; i++)
        if (item_of[i] && c.in_item[i] && note_for_existing(&c, c.in_item[i]))
            item_of[i] = NULL;
    for (size_t k = 0; k < c.n_notes; k++) {
        bool any = false;
        for (size_t i = 0; i < c.n_links && !any; i++)
            any = item_of[i] == c.notes[k].item;
        c.notes[k].cited = any;
    }

    /* The notes go to the end in the order of their items, as the page
       lists them: its marks are their labels, so a page with two lists
       ("Notes" marked n 1, n 2 and "References" marked 1, 2) keeps them
       apart, where the order of first citation would interleave them. */
    size_t count = 0;
    note **order = arena_alloc(scratch, c.n_notes * sizeof *order);
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER ||
            (n->type != DOC_ITEM && n->type != DOC_PARA && n->type != DOC_DEF))
            continue;
        note *nt = note_for_existing(&c, n);
        if (nt && nt->cited)
            order[count++] = nt;
    }

    /* each note's body: the item's blocks (a paragraph note: the
       paragraph), less its back-links (found first, removed after: the
       test needs every mark in place) */
    bool *back = arena_alloc(scratch, c.n_links * sizeof *back);
    for (size_t i = 0; i < c.n_links; i++) {
        note *nt = c.in_item[i] ? note_for_existing(&c, c.in_item[i]) : NULL;
        back[i] = nt && nt->cited && is_backlink(&c, item_of, c.links[i], nt->item);
    }
    for (size_t i = 0; i < c.n_links; i++)
        if (back[i]) {
            remove_inline(c.links[i]);
            c.links[i] = NULL;
        }
    for (size_t k = 0; k < c.n_notes; k++) {
        note *nt = &c.notes[k];
        if (!nt->cited)
            continue;
        doc_node *def = doc_node_new(a, DOC_NOTE_DEF, nt->item->pos);
        def->flags |= DOC_F_PAGE_MARK;
        if (nt->item->type == DOC_PARA) {
            /* A paragraph that held nothing but its number (Substack's
               <div class=footnote>: the number, then the note's own
               paragraphs; the tree keeps no such container) is followed
               by its body: the blocks up to the next note or heading. */
            doc_node *p = nt->item;
            nt->from = p->parent;
            if (doc_word_count(p) == 0) {
                while (p->next && p->next->type != DOC_HEADING &&
                       p->next->type != DOC_NOTE_DEF && !note_for_existing(&c, p->next)) {
                    doc_node *x = p->next;
                    doc_unlink(x);
                    doc_append(def, x);
                }
                doc_unlink(p);
            } else {
                doc_unlink(p);
                doc_append(def, p);
            }
        }
        while ((nt->item->type == DOC_ITEM || nt->item->type == DOC_DEF) && nt->item->first_child) {
            doc_node *x = nt->item->first_child;
            doc_unlink(x);
            doc_append(def, x);
        }
        trim_marks(a, def);
        nt->def = def;
    }
    /* the marks become references. A note keeps the page's mark as its
       label ("17", "n 5", "*"), so the book cites it as the page did and
       both writers print the same. */
    for (size_t i = 0; i < c.n_links; i++) {
        if (!item_of[i] || !c.links[i])
            continue;
        note *nt = note_for_existing(&c, item_of[i]);
        doc_node *l = c.links[i];
        if (!nt->def->as.note.label)
            nt->def->as.note.label = mark_label(a, l);
        doc_node *ref = doc_node_new(a, DOC_NOTE_REF, l->pos);
        ref->as.note.label = nt->def->as.note.label;
        ref->as.note.target = nt->def;
        /* <sup><a>[1]</a></sup>: the reference takes the superscript's place */
        doc_node *at = l;
        if (l->parent && l->parent->type == DOC_SUP && l->parent->first_child == l &&
            !l->next)
            at = l->parent;
        doc_insert_before(at, ref);
        doc_unlink(at);
        c.links[i] = NULL;
    }
    for (size_t k = 0; k < count; k++)
        if (!order[k]->def->as.note.label) /* (every cited note has a mark) */
            order[k]->def->as.note.label = arena_printf(a, "%zu", k + 1);
    /* the items go, and lists and headings they leave empty */
    for (size_t k = 0; k < c.n_notes; k++) {
        note *nt = &c.notes[k];
        if (!nt->cited)
            continue;
        doc_node *list = nt->from;
        if (nt->item->type == DOC_ITEM) {
            list = nt->item->parent;
            doc_unlink(nt->item);
        } else if (nt->item->type == DOC_DEF) {
            list = nt->item->parent;
            drop_definition(nt->item);
        }
        while (list && list != article && !list->first_child) {
            doc_node *up = list->parent;
            if (list->type == DOC_DEF)
                drop_definition(list);
            else
                doc_unlink(list);
            list = up;
        }
    }
    for (size_t k = 0; k < count; k++)
        doc_append(article, order[k]->def);
    doc_node *first_def = count ? order[0]->def : NULL;
    /* links still aiming at a moved item become their words */
    for (size_t i = 0; i < c.n_links; i++) {
        doc_node *l = c.links[i];
        if (!l || !l->as.link.href || l->as.link.href[0] != '#')
            continue;
        doc_node *b = map_get(&c.ids, l->as.link.href + 1);
        bool moved = false;
        for (size_t k = 0; b && k < c.n_notes && !moved; k++)
            moved = c.notes[k].cited && (b == c.notes[k].item || inside(b, c.notes[k].def));
        if (moved)
            doc_unwrap(l);
    }
    drop_empty_sections(article, first_def);
}
