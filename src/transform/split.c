/*
 * split.c - cut over-long paragraphs (see split.h for why).
 *
 * Two steps per long paragraph. First every inline too big to sit in one
 * piece is itself cut, bottom-up: a text (or code span) into texts at
 * sentence ends or spaces, an element (emphasis, link, ...) into shallow
 * copies of itself that share out its children. Then the paragraph's
 * children, each now small enough, are dealt out in order to the
 * paragraph and to new paragraphs after it, a piece being closed when the
 * next child would take it past the limit. Sizes are recomputed from the
 * subtree; inline nesting is bounded by the readers, so that stays cheap.
 */
#include "split.h"

#include <string.h>

static size_t
text_size(const doc_node *n)
{
    if (n->type == DOC_TEXT || n->type == DOC_CODE)
        return n->len;
    size_t s = 0;
    for (const doc_node *c = n->first_child; c; c = c->next)
        s += text_size(c);
    return s;
}

/* Where to end a piece of at most `limit` bytes of s[0..len): after the
 * last sentence end in its second half, else after the last space there,
 * else at the last UTF-8 character boundary. */
static size_t
cut_point(const char *s, size_t len, size_t limit)
{
    if (len <= limit)
        return len;
    size_t space = 0;
    for (size_t i = limit; i > limit / 2; i--) {
        if (s[i - 1] != ' ')
            continue;
        if (i >= 2 && strchr(".!?", s[i - 2]))
            return i;
        if (!space)
            space = i;
    }
    if (space)
        return space;
    size_t i = limit;
    while (i > 1 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* A childless copy of n (its kind, flags, position and attributes). */
static doc_node *
shell(arena *a, const doc_node *n)
{
    doc_node *c = doc_node_new(a, n->type, n->pos);
    c->flags = n->flags;
    c->as = n->as;
    return c;
}

/* Move n's children past the first `limit` bytes into copies of n after
 * it. Returns the last node of the run (n or its last copy). */
static doc_node *
deal_children(arena *a, doc_node *n, size_t limit)
{
    doc_node *piece = n, *c = n->first_child;
    size_t have = 0;
    while (c) {
        doc_node *next = c->next;
        size_t s = text_size(c);
        if (have > 0 && have + s > limit) {
            doc_node *p = shell(a, n);
            doc_insert_after(piece, p);
            piece = p;
            have = 0;
        }
        if (piece != n) {
            doc_unlink(c);
            doc_append(piece, c);
        }
        have += s;
        c = next;
    }
    return piece;
}

static void cut_inlines(arena *a, doc_node *parent, size_t limit);

/* Cut a text or code span into siblings of at most `limit` bytes each. */
static doc_node *
cut_text(arena *a, doc_node *n, size_t limit)
{
    const char *s = n->text;
    size_t len = n->len, k = cut_point(s, len, limit);
    doc_node *last = n;
    for (size_t at = k; at < len;) {
        size_t m = cut_point(s + at, len - at, limit);
        doc_node *t = doc_text_new(a, s + at, m, n->pos);
        t->type = n->type;
        t->flags = n->flags;
        doc_insert_after(last, t);
        last = t;
        at += m;
    }
    n->text = arena_strndup(a, s, k);
    n->len = k;
    return last;
}

/* Make every child of parent fit in `limit` bytes (a picture aside). */
static void
cut_inlines(arena *a, doc_node *parent, size_t limit)
{
    for (doc_node *c = parent->first_child; c; c = c->next) {
        if (text_size(c) <= limit || c->type == DOC_IMAGE)
            continue;
        if (c->type == DOC_TEXT || c->type == DOC_CODE) {
            c = cut_text(a, c, limit);
        } else if (c->first_child) {
            cut_inlines(a, c, limit);
            c = deal_children(a, c, limit);
        }
    }
}

static size_t
split_blocks(arena *a, doc_node *n, size_t limit, doc_pos *first)
{
    size_t cut = 0;
    for (doc_node *c = n->first_child; c; c = c->next) {
        if (c->type == DOC_PARA) {
            if (text_size(c) > limit) {
                doc_pos at = c->pos;
                cut_inlines(a, c, limit);
                doc_node *last = deal_children(a, c, limit);
                if (last == c) /* one picture's alt text: left whole */
                    continue;
                if (!cut && first && !first->file)
                    *first = at;
                c = last;
                cut++;
            }
        } else if (doc_is_block(c->type) || c->type == DOC_ARTICLE) {
            cut += split_blocks(a, c, limit, first);
        }
    }
    return cut;
}

size_t
tf_split_article(arena *a, doc_node *article, size_t limit, doc_pos *first)
{
    if (!article || limit < 2)
        return 0;
    return split_blocks(a, article, limit, first);
}
