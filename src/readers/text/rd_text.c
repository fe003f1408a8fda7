/*
 * rd_text.c - plain text as people copy it from web pages.
 *
 * The entry point runs the passes described in text_int.h: split and
 * measure the lines (with caps), find the title, subtitle, byline and date
 * among the chrome above the article, mark the chrome below it, record
 * every dropped line in order, and build the body blocks from what is left.
 * The language of the collection (NULL = English) decides how ambiguous
 * numeric dates are read.
 */
#include "../reader.h"

#include "text_int.h"

int
rd_text_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
             const reader_options *opt, doc_node *article)
{
    doc_meta *meta = doc_article_meta(a, article);
    const char *lang = opt && opt->language ? opt->language : meta->language;
    rd_text_lines L;
    if (rd_text_lines_split(a, d, path, text, len, &L) < 0)
        return -1;
    size_t body = rd_text_header(a, &L, lang, meta);
    rd_text_trailer(&L, body);
    for (size_t i = 0; i < L.n; i++)
        if (L.v[i].role == RD_TEXT_DROP)
            doc_meta_add_dropped(a, meta, arena_strndup(a, L.v[i].s, L.v[i].len));
    rd_text_blocks(a, path, &L, body, L.n, article);
    return 0;
}
