/*
 * md_meta.h - a Markdown article's metadata in the forms other than YAML
 * front matter (Hugo's TOML front matter, pandoc's title block,
 * MultiMarkdown's metadata lines), and the keys every form shares.
 * Not for use outside src/readers/markdown.
 */
#ifndef SHEAF_RD_MD_META_H
#define SHEAF_RD_MD_META_H

#include <stdbool.h>
#include <stdint.h>

#include "../reader.h"

typedef enum md_key {
    MD_KEY_UNKNOWN,
    MD_KEY_IGNORED, /* what static-site generators keep there: tags, layout, ... */
    MD_KEY_TITLE,
    MD_KEY_SUBTITLE,
    MD_KEY_AUTHOR,
    MD_KEY_TRANSLATOR, /* people credited for other work than the writing */
    MD_KEY_EDITOR,
    MD_KEY_ILLUSTRATOR,
    MD_KEY_DATE,
    MD_KEY_DATE_ALIAS, /* published, pubDate, ...: a date, or a flag ("published: false") */
    MD_KEY_RETRIEVED,
    MD_KEY_SOURCE,
    MD_KEY_LANGUAGE,
    MD_KEY_DESCRIPTION,
    MD_KEY_SITE,
} md_key;

/** What a metadata key means, any case ("Title", "pubDate"). */
md_key md_meta_key(const char *key, size_t len);

/** A key that names people (authors, translators...). */
#define MD_META_PEOPLE(k) ((k) >= MD_KEY_AUTHOR && (k) <= MD_KEY_ILLUSTRATOR)

/** The role recorded for the people of a key: NULL for authors, else
 *  the relator code ("trl"). */
const char *md_meta_role(md_key k);

/** The keys named in the unknown-key warning. */
#define MD_META_KNOWN                                                                              \
    "title, subtitle, author, authors, translator, editor, illustrator, date, retrieved, "         \
    "source, language, description"

/** YYYY-MM-DD (or YYYY-MM, YYYY) of an ISO date or timestamp
 *  ("2024-03-05T10:00:00Z", "2024-03-05 10:00"); NULL otherwise. */
const char *md_meta_iso_date(arena *a, const char *s);

/** Where a metadata block ended: the body's first byte and the lines
 *  before it (positions in the body count them). */
typedef struct md_block {
    size_t body;
    uint32_t lines;
    bool failed; /* an error was reported (the body is still read) */
} md_block;

/** TOML front matter between "+++" lines (Hugo, Zola): its top-level
 *  keys; tables ([params]) are passed over. False when the text does not
 *  open with one. A syntax error is reported with its line and ends the
 *  reading (out->failed); unknown keys are warnings. */
bool md_toml_front(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                   doc_meta *m, md_block *out);

/** Pandoc's title block: "% title", "% authors; separated", "% date" at
 *  the top of the file. False when there is none. */
bool md_pandoc_block(arena *a, const char *text, size_t len, const char *lang, doc_meta *m,
                     md_block *out);

/** MultiMarkdown metadata: "Key: value" lines up to the first blank line,
 *  the first a known key (Title, Author, Date, ...). False when the file
 *  does not open with such a block. */
bool md_mmd_block(arena *a, const char *text, size_t len, const char *lang, doc_meta *m,
                  md_block *out);

#endif
