/*
 * json.c - an article's metadata, outline and statistics as one JSON object
 * (the `sheaf inspect --json` schema, shared by every reader).
 */
#include "doc.h"

#include <string.h>

#include "../base/diag.h"
#include "json.h"

static void
json_str(buf *out, const char *s)
{
    if (s)
        buf_add_json(out, s, strlen(s));
    else
        buf_adds(out, "null");
}

static void
json_key(buf *out, const char *key, bool *first)
{
    buf_adds(out, *first ? "\n  " : ",\n  ");
    *first = false;
    buf_add_json(out, key, strlen(key));
    buf_adds(out, ": ");
}

static void
json_str_list(buf *out, const char *const *list, size_t n)
{
    buf_addc(out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_adds(out, ", ");
        json_str(out, list[i]);
    }
    buf_addc(out, ']');
}

void
doc_article_json(const doc_node *article, const diag_list *diags, buf *out)
{
    const doc_meta *m = article->as.article.meta;
    static const doc_meta empty;
    if (!m)
        m = &empty;
    bool first = true;
    buf_addc(out, '{');
    json_key(out, "file", &first);
    json_str(out, m->path);
    json_key(out, "format", &first);
    json_str(out, m->format);
    json_key(out, "title", &first);
    json_str(out, m->title);
    json_key(out, "subtitle", &first);
    json_str(out, m->subtitle);
    json_key(out, "authors", &first);
    json_str_list(out, m->authors, m->n_authors);
    /* Roles keyed by author, only for authors that have one. */
    json_key(out, "author_roles", &first);
    buf_addc(out, '{');
    for (size_t i = 0, k = 0; i < m->n_authors; i++) {
        if (!m->author_roles || !m->author_roles[i])
            continue;
        if (k++)
            buf_adds(out, ", ");
        json_str(out, m->authors[i]);
        buf_adds(out, ": ");
        json_str(out, m->author_roles[i]);
    }
    buf_addc(out, '}');
    /* Translators and the like, each with its relator code. */
    json_key(out, "contributors", &first);
    buf_addc(out, '[');
    for (size_t i = 0; i < m->n_contribs; i++) {
        buf_adds(out, i ? ", {\"name\": " : "{\"name\": ");
        json_str(out, m->contribs[i]);
        buf_adds(out, ", \"role\": ");
        json_str(out, m->contrib_roles[i]);
        buf_addc(out, '}');
    }
    buf_addc(out, ']');
    json_key(out, "byline", &first);
    json_str(out, m->byline);
    json_key(out, "date", &first);
    json_str(out, m->date);
    json_key(out, "retrieved", &first);
    json_str(out, m->retrieved);
    json_key(out, "language", &first);
    json_str(out, m->language);
    /* true when language came from the letters' script, not the source */
    json_key(out, "language_guessed", &first);
    buf_adds(out, m->language_guessed ? "true" : "false");
    json_key(out, "source", &first);
    json_str(out, m->source);
    json_key(out, "site", &first);
    json_str(out, m->site);
    json_key(out, "description", &first);
    json_str(out, m->description);

    size_t counts[DOC_TYPE_COUNT] = {0};
    json_key(out, "outline", &first);
    buf_addc(out, '[');
    bool first_h = true;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        counts[n->type]++;
        if (n->type == DOC_HEADING) {
            buf tmp;
            buf_init(&tmp, 0);
            doc_inline_text(n, &tmp);
            buf_adds(out, first_h ? "\n    " : ",\n    ");
            first_h = false;
            buf_printf(out, "{\"level\": %d, \"text\": ", n->as.heading.level);
            buf_add_json(out, tmp.data ? tmp.data : "", tmp.len);
            buf_printf(out, ", \"line\": %u}", n->pos.line);
            buf_cleanup(&tmp);
        }
    }
    buf_adds(out, first_h ? "]" : "\n  ]");

    json_key(out, "blocks", &first);
    buf_printf(out,
               "{\"paragraph\": %zu, \"heading\": %zu, \"blockquote\": %zu, \"list\": %zu, "
               "\"code\": %zu, \"figure\": %zu, \"table\": %zu}",
               counts[DOC_PARA], counts[DOC_HEADING], counts[DOC_QUOTE], counts[DOC_LIST],
               counts[DOC_CODE_BLOCK], counts[DOC_FIGURE], counts[DOC_TABLE]);
    json_key(out, "words", &first);
    buf_printf(out, "%zu", doc_word_count(article));
    json_key(out, "dropped", &first);
    json_str_list(out, m->dropped, m->n_dropped);
    json_key(out, "warnings", &first);
    buf_addc(out, '[');
    if (diags) {
        arena *tmp = arena_new();
        size_t k = 0;
        for (size_t i = 0; i < diags->count; i++) {
            const diag *g = &diags->items[i];
            if (g->severity == DIAG_NOTE)
                continue;
            if (k++)
                buf_adds(out, ", ");
            json_str(out, diag_format(tmp, g));
        }
        arena_free(tmp);
    }
    buf_adds(out, "]\n}\n");
}
