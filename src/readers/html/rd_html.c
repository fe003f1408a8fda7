/*
 * rd_html.c - placeholder until the HTML reader lands (issue 4): an HTML
 * article is refused with an error so nothing half-read reaches a book.
 */
#include "../reader.h"

int
rd_html_read(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
             const reader_options *opt, doc_node *article)
{
    (void)a, (void)bytes, (void)len, (void)opt, (void)article;
    diag_error(d, path, 0, 0, "HTML articles are not supported yet");
    return -1;
}
