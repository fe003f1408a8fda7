/*
 * fragment.h - the HTML reader's sanitising conversion for pieces of HTML
 * that live inside another format (raw HTML in Markdown).
 *
 * No libxml2 type appears here, so other readers can include it.
 */
#ifndef SHEAF_RD_HTML_FRAGMENT_H
#define SHEAF_RD_HTML_FRAGMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../base/arena.h"
#include "../../base/diag.h"
#include "../../doc/doc.h"

/** How a fragment's nodes join the tree. */
typedef enum rd_html_frag_mode {
    RD_HTML_FRAG_BLOCKS, /* append blocks to a container (article, quote, item) */
    RD_HTML_FRAG_INLINE, /* append inlines to a paragraph, heading or cell */
} rd_html_frag_mode;

/**
 * Parse `len` bytes of UTF-8 HTML as a fragment of a page's body and append
 * what survives the HTML reader's whitelist to `parent`: the same element
 * mapping, the same removal of script, style, iframe, forms, hidden
 * elements, on* attributes and javascript:/vbscript:/data: links. `path`
 * is the file the fragment came from and `line` the line its first byte
 * is on (positions and local images are relative to that file).
 * Returns the number of unsafe things removed (elements that execute or
 * embed, event-handler attributes, script URLs), 0 when there were none;
 * -1 after recording an error.
 */
int rd_html_fragment(arena *a, diag_list *d, const char *path, uint32_t line, const char *html,
                     size_t len, doc_node *parent, rd_html_frag_mode mode);

/** What a piece of HTML says about the alignment of the text in it. */
typedef enum { RD_HTML_ALIGN_UNSAID, RD_HTML_ALIGN_CENTRE, RD_HTML_ALIGN_OTHER } rd_html_align;

#define RD_HTML_OPEN_MAX 32

/**
 * The elements that pieces of raw HTML have opened and not yet closed,
 * innermost last: Markdown between `<div align="center">` and its `</div>`
 * (each raw HTML block on its own lines) is in the div.
 */
typedef struct rd_html_open_tags {
    char tag[RD_HTML_OPEN_MAX][12];
    rd_html_align said[RD_HTML_OPEN_MAX];
    size_t n;
    size_t over; /* opened past RD_HTML_OPEN_MAX, not recorded */
} rd_html_open_tags;

/** Read one piece's start and end tags into `t`. */
void rd_html_open_tags_scan(rd_html_open_tags *t, const char *html, size_t len);

/** Is text inside the open elements centred (the innermost that says
 *  anything decides; a table cell or list item stops)? */
bool rd_html_open_tags_centred(const rd_html_open_tags *t);

#endif
