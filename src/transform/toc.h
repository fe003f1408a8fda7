/*
 * toc.h - the table of contents as a tree: parts > articles > headings,
 * cut at a depth. nav.xhtml, the NCX and the contents page all print it.
 */
#ifndef SHEAF_TF_TOC_H
#define SHEAF_TF_TOC_H

#include "../base/arena.h"
#include "../doc/doc.h"

typedef struct tf_toc tf_toc;
struct tf_toc {
    doc_node *node;     /* DOC_PART, DOC_ARTICLE or DOC_HEADING; NULL for the root */
    doc_node *article;  /* the part or article whose file holds the entry */
    const char *title;  /* plain text */
    int level;          /* 0 root, then 1, 2, ... in the tree */
    tf_toc *parent, *first_child, *last_child, *next;
};

/**
 * Build the tree after tf_ids_assign. `depth` counts article levels:
 * 1 = articles only, 2 = articles and their h2 sections, 3 adds h3, ...
 * Parts always appear (they are above the articles). Heading levels that
 * skip (h2 then h4) nest under the nearest shallower heading.
 */
tf_toc *tf_toc_build(arena *a, doc_node *root, int depth);

/** Deepest level in the tree (1 for a flat list of articles). */
int tf_toc_max_level(const tf_toc *toc);

/** Number of entries below the root. */
size_t tf_toc_count(const tf_toc *toc);

#endif
