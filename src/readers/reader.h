/*
 * reader.h - one entry point for every input kind.
 *
 * reader_read() reads a file (capped), drops NUL bytes and converts UTF-16
 * (utf8_fix_nuls, the same for every format), decides its format (manifest
 * override, extension, then a sniff of the bytes), turns the bytes into
 * UTF-8 where the format calls for it, and hands them to the format's
 * reader, which fills a DOC_ARTICLE node: its metadata (doc_meta) and its
 * blocks.
 */
#ifndef SHEAF_READER_H
#define SHEAF_READER_H

#include <stddef.h>

#include "../base/arena.h"
#include "../base/diag.h"
#include "../doc/doc.h"

/** What the caller knows about the article before reading it. */
typedef struct reader_options {
    const char *format;   /* "text" | "html" | "mhtml" | "webarchive" | "markdown" | NULL */
    int extract;          /* HTML: -1 = decide, 0 = take whole page, 1 = extract */
    const char *language; /* the collection's language (date order, quotes) */
    /* Where the article was named (the manifest entry), for file-level
     * errors such as "not found"; NULL = report against the file itself. */
    const char *named_in;
    uint32_t named_line, named_col;
} reader_options;

/*
 * The budget of one article. Reading and typesetting cost about 40 bytes of
 * memory per byte of text: a 20 MB plain-text article peaked at 0.85 GB
 * through the PDF, a 60 MB one at 2.7 GB (30,000 pages, 19 s). Every byte of
 * plain text or Markdown is text, so those stop at READER_MAX_TEXT_BYTES
 * (about 1.4 GB at the cap, and some 15,000 pages: no article is that long).
 * A page's bytes are mostly markup, scripts and inline images (a page
 * saved whole embeds its pictures): HTML may have READER_MAX_BYTES, and its
 * parse is bounded by the element cap besides (a 20 MB page of short
 * paragraphs peaked at 0.67 GB, 60 MB of long ones at 0.37 GB). Bigger files
 * are refused with an error naming the file and its size, like a missing one.
 */
#define READER_MAX_BYTES (64u * 1024u * 1024u)
#define READER_MAX_TEXT_BYTES (32u * 1024u * 1024u)

/**
 * Read one article file into a new DOC_ARTICLE node (allocated in `a`).
 * Returns 0 (warnings may be recorded) or -1 after recording an error; on
 * -1 *article may still hold what was read.
 */
int reader_read(arena *a, diag_list *d, const char *path, const reader_options *opt,
                doc_node **article);

/** The same on bytes already in memory (tests, fuzzing). */
int reader_read_bytes(arena *a, diag_list *d, const char *path, const char *data,
                      size_t len, const reader_options *opt, doc_node **article);

/**
 * Set up the parsing libraries' global state (libxml2's parser, cmark-gfm's
 * extension registry). Their lazy set-up is not thread-safe, so call this
 * once on one thread before reading articles on several; readers called
 * on one thread need not call it. Idempotent.
 */
void reader_global_init(void);

/** "text", "html", "mhtml", "webarchive" or "markdown" for a file name and
 * its first bytes. */
const char *reader_detect_format(const char *path, const char *data, size_t len);

/*
 * The readers. Each fills `article` (already a DOC_ARTICLE with its meta
 * allocated and meta->path/format set) and returns 0 or -1 after recording
 * an error. Text and Markdown get NUL-terminated UTF-8 with LF line ends;
 * HTML gets the file's bytes because the encoding is declared inside them
 * (but through reader_read_bytes without NULs, and UTF-16 made UTF-8).
 */
int rd_text_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                 const reader_options *opt, doc_node *article);
/** The text of a saved mail (plain text, as sent): its title is its
 * `subject` (or NULL), not a line of it, and it has no page around it. */
int rd_text_read_letter(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                        const reader_options *opt, doc_node *article, const char *subject);
/** A date written out ("March 5, 2024", "5 mars 2024", "2024-03-05") as
 *  YYYY-MM-DD (or YYYY-MM, YYYY) in the arena; NULL when s holds none.
 *  Numeric dates take `lang`'s order (NULL: month first). text/date_iso.c. */
const char *rd_date_iso(arena *a, const char *s, size_t len, const char *lang);

int rd_md_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
               const reader_options *opt, doc_node *article);
int rd_html_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
                 const reader_options *opt, doc_node *article);
/** A web archive (.mhtml): the saved page in it, with its pictures. */
int rd_mhtml_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
                  const reader_options *opt, doc_node *article);
/** Safari's web archive (.webarchive, a property list): the same. */
int rd_webarchive_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
                       const reader_options *opt, doc_node *article);

#endif
