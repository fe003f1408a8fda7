/*
 * split.h - paragraphs too long to typeset at once, cut into several.
 *
 * The PDF line breaker holds a paragraph's boxes, glue and penalties for
 * every pass at once, about 150 bytes per byte of text: one 20 MB
 * paragraph (a page saved as a single <p>, a Markdown file with no blank
 * lines) took 2.7 GB, where the same text in ordinary paragraphs takes a
 * fifth of that. One pass after reading cuts such paragraphs, so the EPUB
 * and the PDF see the same article.
 */
#ifndef SHEAF_TF_SPLIT_H
#define SHEAF_TF_SPLIT_H

#include <stddef.h>

#include "../base/arena.h"
#include "../doc/doc.h"

/** Most text, in bytes, one paragraph keeps: a few dozen printed pages. */
#define TF_MAX_PARA (64u * 1024u)

/**
 * Cut every paragraph of `article` holding more than `limit` bytes of text
 * into consecutive paragraphs of at most `limit` bytes each (a single
 * picture's alt text aside): between its inlines where possible, else
 * inside emphasis or a link (each piece keeps the markup), else inside a
 * text at a sentence end or a space. Returns how many paragraphs were cut;
 * `first` (may be NULL; set only when its file is NULL) gets the position
 * of the first.
 */
size_t tf_split_article(arena *a, doc_node *article, size_t limit, doc_pos *first);

#endif
