/*
 * listed.c - which headings a table of contents lists. The EPUB's nav
 * and contents page and the PDF's contents page and outline all ask
 * here, so they agree.
 */
#include "doc.h"

bool
doc_heading_listed(const doc_node *h, int depth)
{
    int lv = h->as.heading.level < 2 ? 2 : h->as.heading.level;
    return depth >= 2 && (lv <= depth || (h->flags & DOC_F_OUTLINE));
}
