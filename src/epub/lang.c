/*
 * lang.c - the language each article's page is tagged with.
 *
 * Which language an article is in is decided in one place for the whole
 * book (doc_article_lang, src/doc/lang.c): the one it names, or, when it
 * names none or only the book's while its letters are plainly of another
 * script, the one its script says. The build has settled it already
 * (doc_lang_settle); asking again gives the same answer and covers a tree
 * made some other way. The answers are looked up once, on the book's
 * thread, before the pages are rendered (epub_langs_prepare), and kept in
 * a map from article to tag, so the page, the contents, the nav and the
 * sources page all say the same.
 */
#include "epub_int.h"

#include <string.h>

static size_t
lang_slot(const epub_book *bk, const doc_node *art)
{
    size_t mask = bk->lang_cap - 1;
    size_t i = ((size_t)((uintptr_t)art >> 4) * (size_t)2654435761u) & mask;
    while (bk->lang_keys[i] && bk->lang_keys[i] != art)
        i = (i + 1) & mask;
    return i;
}

void
epub_langs_prepare(epub_book *bk)
{
    size_t n = 0;
    doc_iter it;
    doc_node *node;
    doc_event ev;
    doc_iter_init(&it, bk->doc->root);
    while ((ev = doc_iter_next(&it, &node)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && node->type == DOC_ARTICLE) {
            n++;
            doc_iter_skip(&it);
        }
    bk->lang_cap = 16;
    while (bk->lang_cap < 2 * n)
        bk->lang_cap *= 2;
    bk->lang_keys = arena_alloc(bk->a, bk->lang_cap * sizeof(*bk->lang_keys));
    bk->lang_vals = arena_alloc(bk->a, bk->lang_cap * sizeof(*bk->lang_vals));
    memset(bk->lang_keys, 0, bk->lang_cap * sizeof(*bk->lang_keys));
    doc_iter_init(&it, bk->doc->root);
    while ((ev = doc_iter_next(&it, &node)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || node->type != DOC_ARTICLE)
            continue;
        doc_iter_skip(&it);
        const char *lang = doc_article_lang(node, bk->language);
        if (!lang)
            continue;
        size_t s = lang_slot(bk, node);
        bk->lang_keys[s] = node;
        bk->lang_vals[s] = lang;
    }
}

const char *
epub_article_lang(const epub_book *bk, const doc_node *art)
{
    if (art && bk->lang_cap) {
        size_t s = lang_slot(bk, art);
        if (bk->lang_keys[s])
            return bk->lang_vals[s];
    }
    return bk->language;
}
