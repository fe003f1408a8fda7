/*
 * looseness.c - is a list loose? A list item of more than a paragraph of
 * text (a heading, a figure, table or code block, or two blocks of text)
 * needs space around it like a paragraph of its own, and the parts inside
 * it must sit closer than the items sit to each other, or a reader groups
 * a heading with the item before it. One rule here, so the PDF's flow_list
 * and the EPUB's class="loose" set the same lists apart. A nested list
 * after an item's text does not count: an outline of one-line items stays
 * compact.
 */
#include "doc.h"

bool
doc_item_is_loose(const doc_node *item)
{
    int blocks = 0;
    for (const doc_node *b = item ? item->first_child : NULL; b; b = b->next) {
        switch (b->type) {
        case DOC_LIST:
        case DOC_NOTE_DEF:
            continue;
        case DOC_HEADING:
        case DOC_FIGURE:
        case DOC_TABLE:
        case DOC_CODE_BLOCK:
            return true;
        default:
            if (++blocks > 1)
                return true;
        }
    }
    return false;
}

bool
doc_list_is_loose(const doc_node *list)
{
    for (const doc_node *it = list ? list->first_child : NULL; it; it = it->next)
        if (doc_item_is_loose(it))
            return true;
    return false;
}
