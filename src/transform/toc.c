/*
 * toc.c - the table of contents tree.
 *
 * One walk over the book: parts and articles become entries in tree order;
 * among an article's top-level blocks, headings up to the depth asked for hang under the
 * nearest open heading of a smaller level (a stack of open entries, so a
 * jump from h2 to h4 nests one step, not two). Titles are plain text.
 */
#include "toc.h"

#include <string.h>

static tf_toc *
add(arena *a, tf_toc *parent, doc_node *node, doc_node *article, const char *title)
{
    tf_toc *t = arena_alloc(a, sizeof(*t));
    t->node = node;
    t->article = article;
    t->title = title;
    t->parent = parent;
    t->level = parent->level + 1;
    if (parent->last_child)
        parent->last_child->next = t;
    else
        parent->first_child = t;
    parent->last_child = t;
    return t;
}

static void
add_headings(arena *a, tf_toc *entry, doc_node *art, int depth)
{
    /* open[k] is the entry for the last heading of level k+1 still open. */
    tf_toc *open[7] = {0};
    int max_level = depth; /* depth 2 keeps h2, depth 3 keeps h3, ... */
    /* Sections are the article's own headings; headings inside quotes,
     * lists, tables or notes are not. */
    for (doc_node *n = art->first_child; n; n = n->next) {
        if (n->type != DOC_HEADING)
            continue;
        int lv = n->as.heading.level < 2 ? 2 : n->as.heading.level > 6 ? 6 : n->as.heading.level;
        if (!doc_heading_listed(n, max_level) || !n->id)
            continue;
        tf_toc *parent = entry;
        for (int k = lv - 1; k >= 2; k--) {
            if (open[k - 1]) {
                parent = open[k - 1];
                break;
            }
        }
        char *title = doc_text_of(a, n);
        if (!title[0])
            continue;
        tf_toc *t = add(a, parent, n, art, title);
        open[lv - 1] = t;
        for (int k = lv; k < 7; k++)
            open[k] = NULL;
    }
}

static void
add_article(arena *a, tf_toc *parent, doc_node *art, int depth)
{
    const doc_meta *m = art->as.article.meta;
    tf_toc *t = add(a, parent, art, art, m && m->title ? m->title : "");
    if (depth >= 2)
        add_headings(a, t, art, depth);
}

tf_toc *
tf_toc_build(arena *a, doc_node *root, int depth)
{
    tf_toc *toc = arena_alloc(a, sizeof(*toc));
    if (depth < 1)
        depth = 1;
    for (doc_node *c = root ? root->first_child : NULL; c; c = c->next) {
        if (c->type == DOC_PART) {
            tf_toc *p = add(a, toc, c, c, c->as.part.title ? c->as.part.title : "");
            for (doc_node *art = c->first_child; art; art = art->next)
                if (art->type == DOC_ARTICLE)
                    add_article(a, p, art, depth);
        } else if (c->type == DOC_ARTICLE) {
            add_article(a, toc, c, depth);
        }
    }
    return toc;
}

int
tf_toc_max_level(const tf_toc *toc)
{
    int best = 0;
    for (const tf_toc *c = toc->first_child; c; c = c->next) {
        int l = tf_toc_max_level(c);
        if (l > best)
            best = l;
    }
    return toc->first_child ? best : toc->level;
}

size_t
tf_toc_count(const tf_toc *toc)
{
    size_t n = 0;
    for (const tf_toc *c = toc->first_child; c; c = c->next)
        n += 1 + tf_toc_count(c);
    return n;
}
