/*
 * smart.h - the typography pass: straight quotes to the language's quotes,
 * apostrophes, dashes, ellipses, no-break spaces, collapsed spaces.
 *
 * Runs over DOC_TEXT only: code spans, code blocks, link targets, text
 * flagged DOC_F_NOSMART and URLs or e-mail addresses inside text are left
 * as they are. Idempotent: running it twice changes nothing.
 */
#ifndef SHEAF_TF_SMART_H
#define SHEAF_TF_SMART_H

#include <stddef.h>

#include "../base/arena.h"
#include "../doc/doc.h"

/**
 * Smarten every text of an article, and its title, subtitle and
 * description. `lang` is a BCP 47 tag; NULL means the article's own
 * language, then English. Quotes are changed for en, de, fr, es, it, pt
 * and el only (other scripts' own marks, 「」 or ״, are never touched, nor
 * are straight quotes in their text); dashes, ellipses and spaces for
 * every language. Sets
 * DOC_F_SMARTENED on the article; a second call returns at once.
 */
void tf_smart_article(arena *a, doc_node *article, const char *lang);

/**
 * The same rules on one string (metadata, tests). Returns a new
 * NUL-terminated string in `a`; *out_len (may be NULL) gets its length.
 */
char *tf_smart_string(arena *a, const char *s, size_t len, const char *lang, size_t *out_len);

#endif
