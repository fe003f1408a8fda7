/*
 * tidy.c - remove what a saved page leaves behind that no writer should set
 * (see tidy.h): line breaks at a block's edges and repeated stand-ins.
 *
 * Breaks: each block holding inlines is scanned from its start, then from
 * its end, through blank text and into emphasis and links, removing breaks
 * until the first real content. Stand-ins: the figures' stand-ins are met
 * in document order, each keyed by the text it prints; a key already seen
 * (or none at all) removes the stand-in, and a figure left empty goes too.
 */
#include "tidy.h"

#include <stdbool.h>
#include <string.h>

#include "ids.h"

static bool
blank_text(const doc_node *n)
{
    if (n->type != DOC_TEXT)
        return false;
    for (size_t i = 0; i < n->len; i++)
        if (!strchr(" \t\r\n", n->text[i]))
            return false;
    return true;
}

static bool
wrapper(doc_type t)
{
    return t == DOC_EMPH || t == DOC_STRONG || t == DOC_LINK || t == DOC_SUB || t == DOC_SUP ||
           t == DOC_STRIKE;
}

/* Deeper wrappers than this at a block's edge are taken as content (a
 * bound on the recursion for hostile input, far past real pages). */
#define TIDY_MAX_WRAP 32

/* Remove the breaks between the start (dir < 0) or end of `parent` and its
 * first content; true when content was reached. */
static bool
strip_edge(doc_node *parent, int dir, int depth, size_t *removed)
{
    doc_node *k = dir < 0 ? parent->first_child : parent->last_child;
    while (k) {
        doc_node *after = dir < 0 ? k->next : k->prev;
        if (k->type == DOC_BREAK) {
            doc_unlink(k);
            (*removed)++;
        } else if (wrapper(k->type) && !(k->flags & DOC_F_ALT) && depth < TIDY_MAX_WRAP) {
            if (strip_edge(k, dir, depth + 1, removed))
                return true;
        } else if (!blank_text(k))
            return true;
        k = after;
    }
    return false;
}

typedef struct tidy {
    arena *a;
    tf_idset said;
    bool said_init;
} tidy;

/* Is this stand-in one to leave out: it says nothing, or what an earlier
 * one said? Records what it says otherwise. */
static bool
standin_repeated(tidy *t, const doc_node *em)
{
    const char *s = doc_standin_text(t->a, em, NULL);
    if (!s)
        return true;
    if (!t->said_init) {
        tf_idset_init(&t->said, t->a);
        t->said_init = true;
    }
    if (tf_idset_has(&t->said, s))
        return true;
    tf_idset_take(&t->said, s);
    return false;
}

static void
tidy_figure(tidy *t, doc_node *fig)
{
    bool any = false;
    for (doc_node *k = fig->first_child, *next; k; k = next) {
        next = k->next;
        if (k->type == DOC_EMPH && standin_repeated(t, k))
            doc_unlink(k);
        else if (!blank_text(k))
            any = true;
    }
    if (!any)
        doc_unlink(fig);
}

static bool
holds_inlines(const doc_node *n)
{
    return n->first_child && !doc_is_block(n->first_child->type);
}

void
tf_tidy_article(arena *a, doc_node *article)
{
    if (!article)
        return;
    tidy t = {.a = a};
    /* the blocks to tidy, in document order, gathered first: tidying
       unlinks nodes under the walk */
    doc_node **todo = NULL;
    size_t n = 0, cap = 0;
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || k == article || !doc_is_block(k->type))
            continue;
        if (k->type != DOC_FIGURE && !holds_inlines(k))
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            todo = arena_realloc(a, todo, cap * sizeof *todo, ncap * sizeof *todo);
            cap = ncap;
        }
        todo[n++] = k;
        doc_iter_skip(&it);
    }
    for (size_t i = 0; i < n; i++) {
        if (todo[i]->type == DOC_FIGURE) {
            tidy_figure(&t, todo[i]);
        } else {
            size_t removed = 0;
            bool content = strip_edge(todo[i], -1, 0, &removed);
            if (content)
                strip_edge(todo[i], 1, 0, &removed);
            else if (removed && todo[i]->type == DOC_PARA)
                doc_unlink(todo[i]); /* it held nothing but breaks */
        }
    }
}
