/*
 * tidy.h - leftovers of a web page that no writer should set: line breaks
 * at the edge of a block, picture stand-ins said twice, heading permalinks.
 *
 * One pass over the tree after reading, so the EPUB and the PDF (and the
 * EPUB's page list, which follows the PDF's pages) see the same article.
 */
#ifndef SHEAF_TF_TIDY_H
#define SHEAF_TF_TIDY_H

#include "../base/arena.h"
#include "../doc/doc.h"

/**
 * Tidy one article in place:
 *  - a hard line break with nothing but blanks and other breaks between it
 *    and the start or end of its block (through emphasis and links) is
 *    removed: left behind by a dropped picture or a page's own spacing, it
 *    only makes an empty line;
 *  - a figure's stand-in ("[Image: ...]") that says what an earlier one in
 *    the article said, or says nothing, is removed, and so is a figure
 *    left with nothing in it: pages often give every picture one
 *    boilerplate alt text ("Illustration for article titled ...").
 *  - a heading's or caption's permalink (an in-page link whose text is a
 *    mark such as ¶ # § or an emoji, not words) is removed: documentation
 *    and blogs put one after every heading.
 *  - in a paragraph of prose (not verse or an address: doc_para_is_line_group)
 *    a break after a long line that stops mid-sentence becomes a space: the
 *    page kept the line ends of text wrapped by hand or by a mail client.
 *  - a rule (<hr>) that opens or closes the article, follows another rule
 *    or stands over a heading is removed: it separates nothing.
 * Idempotent.
 */
void tf_tidy_article(arena *a, doc_node *article);

#endif
