/*
 * ids.h - stable, unique ids for the parts, articles, headings and notes of
 * a book (the transform writers link to).
 *
 * Ids come from the text they name (a slug), so they stay the same from one
 * build to the next as long as the text does; clashes get "-2", "-3", ...
 * Part and article ids are unique across the book and double as file names
 * (ASCII only); heading and note ids are unique within their article.
 */
#ifndef SHEAF_TF_IDS_H
#define SHEAF_TF_IDS_H

#include <stddef.h>

#include "../base/arena.h"
#include "../doc/doc.h"

/** Longest slug in bytes (before any "-N" suffix). */
#define TF_SLUG_MAX 48

/**
 * A slug of UTF-8 text: lower-case ASCII letters and digits joined by single
 * hyphens; Latin letters with diacritics lose them (café -> cafe); other
 * characters separate words. Returns `fallback` when nothing is left, and
 * prefixes "s-" when the slug would start with a digit (XML ids cannot).
 */
char *tf_slug(arena *a, const char *text, size_t len, const char *fallback);

/** tf_slug for a file name part that follows a prefix of its own (the
 *  handouts' "NN-"): a leading digit stays as it is. */
char *tf_slug_name(arena *a, const char *text, size_t len, const char *fallback);

/** A set of ids already taken (open addressing, arena-backed). */
typedef struct tf_idset {
    arena *arena;
    const char **slots;
    size_t cap, count;
    /* base -> last suffix tried, so n copies of one title cost O(n), not O(n^2) */
    const char **hint_keys;
    unsigned *hint_vals;
    size_t hint_cap, hint_count;
} tf_idset;

void tf_idset_init(tf_idset *s, arena *a);
/** Take `base`, or base-2, base-3, ... when taken; returns the id taken. */
const char *tf_idset_take(tf_idset *s, const char *base);
/** True when `id` was taken. */
int tf_idset_has(const tf_idset *s, const char *id);

/**
 * Give every part, article, heading, note definition and note reference
 * under root an id (node->id), replacing any a reader set (those come from
 * the input and need not be valid or unique XML ids). Note references also
 * get their target resolved by label when the reader left as.note.target
 * NULL. Any other node a reader named (a paragraph, item, table, ...)
 * keeps a name only when an in-page link of its article ("#name") aims at
 * it: a slug of the name, unique on the page; such links are rewritten to
 * the new names (of headings too), so they keep their targets. `reserved` (NULL-terminated, may be NULL) lists
 * book-level names the articles must avoid (e.g. "cover", "contents").
 */
void tf_ids_assign(arena *a, doc_node *root, const char *const *reserved);

/**
 * Only the ids inside one article (headings, notes, note references,
 * places in-page links aim at),
 * unique on its page; article->id must be set and is kept. For text that
 * shares a page with something else, e.g. a part's intro on the part
 * opener: give it the page's id first.
 */
void tf_ids_assign_article(arena *a, doc_node *article);

#endif
