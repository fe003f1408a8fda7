/*
 * lay_tree.h - the blocks the layout tests build their articles of: a
 * block holding a text, and a figure whose picture is not embedded (its
 * alt stand-in and caption), and a plain style to set them in. Static functions, so each test binary has
 * its own.
 */
#ifndef SHEAF_TEST_LAY_TREE_H
#define SHEAF_TEST_LAY_TREE_H

#include <string.h>

#include "doc/doc.h"
#include "style/style.h"

/* The default style with equal margins, ragged, unhyphenated and without
 * running heads: the plain page the direction and language tests measure. */
static inline void
lt_plain_style(style *st, double margin)
{
    style_defaults(st);
    st->margin_inner = st->margin_outer = st->margin_top = st->margin_bottom = margin;
    st->justify = false;
    st->hyphenate = false;
    st->running_heads = false;
}

/* A block of type t under parent, holding the text s (NULL: none). */
static inline doc_node *
lt_block(arena *a, doc_node *parent, doc_type t, const char *s)
{
    static const doc_pos pos = {"t.html", 1, 1};
    doc_node *p = doc_node_new(a, t, pos);
    if (s)
        doc_append(p, doc_text_new(a, s, strlen(s), pos));
    doc_append(parent, p);
    return p;
}

/* A figure whose picture is not embedded: its alt stand-in and caption. */
static inline doc_node *
lt_standin(arena *a, doc_node *parent, const char *alt, const char *caption)
{
    doc_node *fig = lt_block(a, parent, DOC_FIGURE, NULL);
    doc_node *em = lt_block(a, fig, DOC_EMPH, alt);
    em->flags |= DOC_F_ALT;
    if (caption)
        lt_block(a, fig, DOC_CAPTION, caption);
    return fig;
}

#endif
