/*
 * rd_md.c - placeholder until the Markdown reader lands (issue 5).
 */
#include "../reader.h"

int
rd_md_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
           const reader_options *opt, doc_node *article)
{
    (void)a, (void)text, (void)len, (void)opt, (void)article;
    diag_error(d, path, 0, 0, "Markdown articles are not supported yet");
    return -1;
}
