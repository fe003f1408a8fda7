/*
 * rd_text.c - plain text as people copy it from web pages.
 *
 * The entry point runs the passes described in text_int.h: split and
 * measure the lines (with caps), find the title, subtitle, byline and date
 * among the chrome above the article, mark the chrome below it, record
 * every dropped line in order (a table of contents among them, whose
 * entries mark the body's headings), and build the body blocks from what
 * is left. Drawn tables and aligned columns are found first: the region,
 * header and trailer passes take their rows for no menu.
 * The language of the collection (NULL = English) decides how ambiguous
 * numeric dates are read. A front-matter block at the top (front.c) is
 * read first and cut off; its values beat the header's guesses.
 */
#include "../reader.h"

#include "text_int.h"

#include <string.h>

int
rd_text_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
             const reader_options *opt, doc_node *article)
{
    doc_meta *meta = doc_article_meta(a, article);
    const char *lang = opt && opt->language ? opt->language : meta->language;
    doc_meta fm;
    memset(&fm, 0, sizeof fm);
    uint32_t fm_lines = 0;
    size_t skip = rd_text_front_matter(a, d, path, text, len, lang, &fm, &fm_lines);
    rd_text_lines L;
    if (rd_text_lines_split(a, d, path, text + skip, len - skip, &L) < 0)
        return -1;
    for (size_t i = 0; i < L.n; i++)
        L.v[i].lineno += fm_lines;
    /* Grids first: the rows of a table are no menu, and a table closing
     * the article is no footer. */
    rd_text_grid_mark(&L, 0, L.n);
    /* In a whole copied page, the header and trailer readings see only
     * the article's region; the page around it is dropped. */
    size_t top, bottom;
    rd_text_page_region(a, &L, lang, &top, &bottom);
    for (size_t i = 0; i < L.n; i++)
        if ((i < top || i >= bottom) && L.v[i].kind != RD_TEXT_BLANK)
            L.v[i].role = RD_TEXT_DROP;
    rd_text_lines R = {L.v + top, bottom - top};
    size_t body = top + rd_text_header(a, &R, lang, meta);
    /* What the front matter says beats what the header heuristics guess. */
    if (fm.title)
        meta->title = fm.title;
    if (fm.subtitle)
        meta->subtitle = fm.subtitle;
    if (fm.n_authors) {
        meta->authors = fm.authors;
        meta->author_roles = fm.author_roles;
        meta->n_authors = fm.n_authors;
    }
    if (fm.date)
        meta->date = fm.date;
    if (fm.retrieved)
        meta->retrieved = fm.retrieved;
    if (fm.source)
        meta->source = fm.source;
    if (fm.site)
        meta->site = fm.site;
    if (fm.language)
        meta->language = fm.language;
    if (fm.description)
        meta->description = fm.description;
    rd_text_trailer(a, &R, body - top, lang, meta);
    rd_text_toc(a, &R, body - top);
    rd_text_widgets(&R, body - top);
    for (size_t i = 0; i < L.n; i++)
        if (L.v[i].role == RD_TEXT_DROP)
            doc_meta_add_dropped(a, meta, arena_strndup(a, L.v[i].s, L.v[i].len));
    rd_text_blocks(a, path, &L, body, bottom, article);
    return 0;
}
