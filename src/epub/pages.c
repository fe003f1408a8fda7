/*
 * pages.c - the printed edition's page breaks in the e-book: a marker
 * (<span epub:type="pagebreak" role="doc-pagebreak">) where each PDF page
 * begins, so "page 12" of the printed copy can be found in the e-book.
 *
 * The PDF's layout says, for each body page, which block its first line
 * belongs to and a pointer to that line's first word inside one of the
 * tree's text nodes (the layout sets the tree's own strings). Since both
 * writers share the tree, the pointer locates the break exactly: the text
 * node holding it, and the byte offset, where the text is split for the
 * marker. When the pointer is not in the tree (the line starts with text
 * the layout made, like a note label) the marker goes before the block;
 * a page that opens in the PDF's printed link list ends its article; a
 * sources page goes into the entry of the article it opens with; any
 * other page that opens with text the e-book lacks takes the place of
 * the next page that can be placed (or, at the end, the sources page). Marks
 * are found by key through a small pointer hash; a mark whose place never
 * got rendered is written at the end of its file, so no entry of the
 * page-list points nowhere.
 */
#include "epub_int.h"

#include <stdint.h>
#include <string.h>

#include "../transform/ids.h"

static size_t
key_hash(const void *p, size_t cap)
{
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= (uintptr_t)0x9E3779B97F4A7C15ull;
    v ^= v >> 29;
    return (size_t)v & (cap - 1);
}

static long
head_of(const epub_book *bk, const doc_node *key)
{
    if (!bk->mark_cap)
        return -1;
    for (size_t j = key_hash(key, bk->mark_cap);; j = (j + 1) & (bk->mark_cap - 1)) {
        if (!bk->mark_keys[j])
            return -1;
        if (bk->mark_keys[j] == key)
            return bk->mark_heads[j];
    }
}

/* Where the last text_holding walk stopped: the page starts of one block
 * come in reading order, so the next one resumes there. A restart for
 * each page made a 300 x 300 table (5,400 pages) take 10 s here. */
typedef struct text_cursor {
    const doc_node *block;
    doc_iter it;        /* just past `last` */
    const doc_node *last;
} text_cursor;

static const doc_node *
text_scan(doc_iter *it, const char *p, size_t *off)
{
    doc_node *n;
    doc_event ev;
    while ((ev = doc_iter_next(it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || !n->text)
            continue;
        if (n->type != DOC_TEXT && n->type != DOC_CODE && n->type != DOC_CODE_BLOCK)
            continue;
        if (p >= n->text && p < n->text + n->len) {
            *off = (size_t)(p - n->text);
            return n;
        }
    }
    return NULL;
}

/* The text node under `block` (itself included) holding `p`, or NULL. */
static const doc_node *
text_holding(text_cursor *cur, const doc_node *block, const char *p, size_t *off)
{
    if (cur->block == block && cur->last) {
        const doc_node *n = cur->last;
        if (p >= n->text && p < n->text + n->len) {
            *off = (size_t)(p - n->text);
            return n;
        }
        doc_iter it = cur->it;
        if ((n = text_scan(&it, p, off))) {
            cur->it = it;
            cur->last = n;
            return n;
        }
    }
    /* a new block, or a place before the last one: from the top */
    cur->block = block;
    doc_iter_init(&cur->it, (doc_node *)block);
    cur->last = text_scan(&cur->it, p, off);
    return cur->last;
}

/* The key of an article's entry on the sources page: an address inside
 * the article node other than its own, only ever compared, never read. */
static const doc_node *
source_key(const doc_node *article)
{
    return (const doc_node *)(const void *)((const char *)article + 1);
}

/* The key of the end of an article's text, like source_key. */
static const doc_node *
end_key(const doc_node *article)
{
    return (const doc_node *)(const void *)((const char *)article + 2);
}

/* The file a node is written in. */
static const char *
href_of_key(epub_book *bk, const doc_node *key, bool in_sources)
{
    if (in_sources)
        return EPUB_SOURCES_HREF;
    for (const doc_node *n = key; n; n = n->parent)
        if (n->type == DOC_ARTICLE || n->type == DOC_PART)
            return epub_href_of(bk, n);
    return EPUB_SOURCES_HREF;
}

void
epub_marks_prepare(epub_book *bk)
{
    const epub_options *o = bk->opt;
    if (!o->pages || !o->n_pages)
        return;
    size_t n = o->n_pages;
    bk->marks = arena_alloc(bk->a, n * sizeof *bk->marks);
    bk->n_marks = n;
    tf_idset ids;
    tf_idset_init(&ids, bk->a);
    text_cursor cur = {0};
    for (size_t i = 0; i < n; i++) {
        const epub_page_start *s = &o->pages[i];
        epub_page_mark *m = &bk->marks[i];
        memset(m, 0, sizeof *m);
        m->label = s->label && s->label[0] ? s->label : arena_printf(bk->a, "%zu", i + 1);
        /* '_' never appears in the tree's ids (slugs), so these cannot clash */
        m->id = tf_idset_take(&ids, arena_printf(bk->a, "page_%s", m->label));
        m->next = -1;
        if (s->block && s->at_end) {
            /* a key nobody writes: epub_marks_rest ends the article with it */
            m->key = end_key(s->block);
            m->href = epub_href_of(bk, s->block);
            continue;
        }
        if (s->block && s->in_sources) {
            m->key = source_key(s->block);
            m->in_sources = true;
            continue;
        }
        if (s->block && s->text)
            m->key = text_holding(&cur, s->block, s->text, &m->offset);
        m->in_text = m->key != NULL;
        if (!m->key)
            m->key = s->block;
    }
    /* pages with no place of their own take the next page's */
    for (size_t i = n; i-- > 0;) {
        epub_page_mark *m = &bk->marks[i];
        if (m->key)
            continue;
        if (i + 1 < n) {
            m->key = bk->marks[i + 1].key;
            m->offset = bk->marks[i + 1].offset;
            m->in_text = bk->marks[i + 1].in_text;
            m->in_sources = bk->marks[i + 1].in_sources;
            m->href = bk->marks[i + 1].href;
        } else {
            m->key = bk->doc->root;
        }
    }
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    bk->mark_cap = cap;
    bk->mark_keys = arena_alloc(bk->a, cap * sizeof *bk->mark_keys);
    bk->mark_heads = arena_alloc(bk->a, cap * sizeof *bk->mark_heads);
    memset(bk->mark_keys, 0, cap * sizeof *bk->mark_keys);
    long *tail = arena_alloc(bk->a, cap * sizeof *tail);
    for (size_t i = 0; i < n; i++) {
        epub_page_mark *m = &bk->marks[i];
        if (!m->href)
            m->href = href_of_key(bk, m->key, m->in_sources);
        size_t j = key_hash(m->key, cap);
        while (bk->mark_keys[j] && bk->mark_keys[j] != m->key)
            j = (j + 1) & (cap - 1);
        if (!bk->mark_keys[j]) {
            bk->mark_keys[j] = m->key;
            bk->mark_heads[j] = (long)i;
        } else {
            bk->marks[tail[j]].next = (long)i;
        }
        tail[j] = (long)i;
    }
}

static void
write_mark(epub_xw *x, epub_page_mark *m)
{
    epub_xw_start(x, "span");
    epub_xw_attr(x, "epub:type", "pagebreak");
    epub_xw_attr(x, "role", "doc-pagebreak");
    epub_xw_attr(x, "id", m->id);
    epub_xw_attr(x, "aria-label", m->label);
    epub_xw_end(x);
    m->done = true;
}

void
epub_marks_at(epub_book *bk, epub_xw *x, const doc_node *key)
{
    for (long i = head_of(bk, key); i >= 0; i = bk->marks[i].next)
        if (!bk->marks[i].done && !bk->marks[i].in_text)
            write_mark(x, &bk->marks[i]);
}

void
epub_marks_text_with(epub_book *bk, epub_xw *x, const doc_node *n, epub_text_fn put, void *ud)
{
    size_t at = 0;
    for (long i = head_of(bk, n); i >= 0; i = bk->marks[i].next) {
        epub_page_mark *m = &bk->marks[i];
        if (m->done || !m->in_text)
            continue;
        size_t off = m->offset > n->len ? n->len : m->offset;
        if (off < at)
            off = at; /* out of order: no text runs backwards */
        put(x, n->text + at, off - at, ud);
        write_mark(x, m);
        at = off;
    }
    put(x, n->text + at, n->len - at, ud);
}

static void
put_plain(epub_xw *x, const char *s, size_t len, void *ud)
{
    (void)ud;
    epub_xw_text(x, s, len);
}

void
epub_marks_text(epub_book *bk, epub_xw *x, const doc_node *n)
{
    epub_marks_text_with(bk, x, n, put_plain, NULL);
}

void
epub_marks_rest(epub_book *bk, epub_xw *x, const char *href)
{
    /* The href first: pages are rendered on several threads, and each may
     * look at (and set) the done flags of its own marks only. */
    for (size_t i = 0; i < bk->n_marks; i++)
        if (strcmp(bk->marks[i].href, href) == 0 && !bk->marks[i].done)
            write_mark(x, &bk->marks[i]);
}

void
epub_marks_source(epub_book *bk, epub_xw *x, const doc_node *article)
{
    epub_marks_at(bk, x, source_key(article));
}
