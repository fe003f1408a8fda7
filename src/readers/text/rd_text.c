/*
 * rd_text.c - plain text as people copy it from web pages.
 *
 * Minimal first version: the first non-empty line is the title, blank lines
 * separate paragraphs. The full reader (chrome, bylines, dates, headings,
 * lists, quotes, hard-wrapped lines) replaces this.
 */
#include "../reader.h"

#include <string.h>

int
rd_text_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
             const reader_options *opt, doc_node *article)
{
    (void)d, (void)opt;
    doc_meta *meta = doc_article_meta(a, article);
    const char *p = text, *end = text + len;
    uint32_t line = 1;
    doc_node *para = NULL;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p, *e = le;
        while (s < e && (*s == ' ' || *s == '\t'))
            s++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        doc_pos pos = {path, line, 1};
        if (s == e) {
            para = NULL;
        } else if (!meta->title) {
            meta->title = arena_strndup(a, s, (size_t)(e - s));
        } else {
            if (!para) {
                para = doc_node_new(a, DOC_PARA, pos);
                doc_append(article, para);
            } else {
                doc_append_text(a, para, " ", 1, pos);
            }
            doc_append_text(a, para, s, (size_t)(e - s), pos);
        }
        p = nl ? nl + 1 : end;
        line++;
    }
    return 0;
}
