/* Unit tests of tf_split_article: a paragraph over the limit becomes
 * several, none over it, with the text, its order and its markup kept;
 * shorter paragraphs and pictures are left alone. */
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "doc/doc.h"
#include "harness.h"
#include "transform/split.h"

static const doc_pos pos = {"t.md", 3, 1};

static doc_node *
add(arena *a, doc_node *parent, doc_type t)
{
    doc_node *n = doc_node_new(a, t, pos);
    doc_append(parent, n);
    return n;
}

/* n words "wNNN" (a sentence end every seventh) appended to b and as one
 * text under parent */
static void
words(arena *a, doc_node *parent, buf *all, int from, int n)
{
    buf w;
    buf_init(&w, 0);
    for (int i = from; i < from + n; i++) {
        char s[32];
        int k = snprintf(s, sizeof s, "w%d%s ", i, i % 7 ? "" : ".");
        buf_add(&w, s, (size_t)k);
    }
    buf_add(all, w.data, w.len);
    doc_append_text(a, parent, w.data, w.len, pos);
    buf_cleanup(&w);
}

/* all text under n, in order, and the largest paragraph */
static void
gather(const doc_node *n, buf *out, size_t *para_max, size_t *paras, size_t *emph_text)
{
    for (const doc_node *c = n->first_child; c; c = c->next) {
        if (c->type == DOC_PARA) {
            size_t before = out->len;
            gather(c, out, para_max, paras, emph_text);
            if (out->len - before > *para_max)
                *para_max = out->len - before;
            ++*paras;
            continue;
        }
        if (c->type == DOC_TEXT || c->type == DOC_CODE) {
            OK(strlen(c->text) == c->len);
            buf_add(out, c->text, c->len);
            if (c->parent->type == DOC_EMPH)
                *emph_text += c->len;
        }
        gather(c, out, para_max, paras, emph_text);
    }
}

TEST(long_paragraph_cut)
{
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_node *q = add(a, art, DOC_QUOTE);
    doc_node *p = add(a, q, DOC_PARA);
    buf all;
    buf_init(&all, 0);
    words(a, p, &all, 0, 2000);         /* a long text */
    doc_node *em = add(a, p, DOC_EMPH); /* long emphasis of texts */
    for (int k = 0; k < 5; k++)
        words(a, em, &all, 2000 + 300 * k, 300);
    words(a, add(a, p, DOC_STRONG), &all, 9000, 10);
    doc_node *code = add(a, p, DOC_CODE); /* a code span with no space */
    char run[3001];
    memset(run, 'c', 3000);
    run[3000] = 0;
    code->text = run;
    code->len = 3000;
    buf_add(&all, run, 3000);
    doc_node *img = add(a, p, DOC_IMAGE); /* atomic, even when long */
    words(a, img, &all, 10000, 400);
    doc_node *small = add(a, art, DOC_PARA);
    words(a, small, &all, 20000, 20);
    size_t emph_before = 0, tmp = 0, n0 = 0;
    buf before;
    buf_init(&before, 0);
    gather(art, &before, &tmp, &n0, &emph_before);
    OK(before.len == all.len && memcmp(before.data, all.data, all.len) == 0);

    doc_pos first = {0};
    size_t cut = tf_split_article(a, art, 1000, &first);
    INT_EQ(cut, 1);
    INT_EQ(first.line, 3);
    buf after;
    buf_init(&after, 0);
    size_t para_max = 0, paras = 0, emph_after = 0;
    gather(art, &after, &para_max, &paras, &emph_after);
    OK(after.len == before.len && memcmp(after.data, before.data, after.len) == 0);
    INT_EQ(emph_after, emph_before);
    OK(paras > 25);
    /* only the picture's alt text may go past the limit */
    OK(para_max <= 1000 || para_max == img->first_child->len);
    OK(img->parent->type == DOC_PARA && img->parent->parent == q);
    /* pieces of text end at sentence ends where there are any */
    const doc_node *t = q->first_child->first_child;
    OK(t->type == DOC_TEXT && t->len <= 1000 && t->len > 500);
    OK(t->len >= 2 && t->text[t->len - 2] == '.');
    INT_EQ(tf_split_article(a, art, 1000, NULL), 0); /* idempotent */
    buf_cleanup(&before);
    buf_cleanup(&after);
    buf_cleanup(&all);
    arena_free(a);
}

TEST(short_and_empty)
{
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    INT_EQ(tf_split_article(a, art, 1000, NULL), 0);
    doc_node *p = add(a, art, DOC_PARA);
    doc_append_text(a, p, "short", 5, pos);
    INT_EQ(tf_split_article(a, art, 1000, NULL), 0);
    INT_EQ(tf_split_article(a, NULL, 1000, NULL), 0);
    OK(art->first_child == p && !p->next);
    arena_free(a);
}

/* One long word in a text: cut at a UTF-8 character boundary. */
TEST(unbroken_utf8)
{
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_node *p = add(a, art, DOC_PARA);
    buf w;
    buf_init(&w, 0);
    for (int i = 0; i < 1000; i++)
        buf_add(&w, "\xc3\xa9", 2);
    doc_append_text(a, p, w.data, w.len, pos);
    INT_EQ(tf_split_article(a, art, 999, NULL), 1);
    size_t total = 0, n = 0;
    for (doc_node *q = art->first_child; q; q = q->next, n++) {
        OK(q->type == DOC_PARA && q->first_child && q->first_child == q->last_child);
        const doc_node *t = q->first_child;
        OK(t->len <= 999 && t->len % 2 == 0);
        total += t->len;
    }
    INT_EQ(total, 2000);
    INT_EQ(n, 3);
    buf_cleanup(&w);
    arena_free(a);
}

int
main(void)
{
    RUN(long_paragraph_cut);
    RUN(short_and_empty);
    RUN(unbroken_utf8);
    return test_report();
}
