/*
 * test_layout_cjk_indent.c - a Chinese or Japanese paragraph is indented by
 * whole characters (two in Chinese, one in Japanese, as their books set
 * it), so its first line's characters stay in the columns of the lines
 * below: in an article tagged so, every paragraph (as the EPUB's CSS
 * does); untagged, one opening with such a character, while a Latin
 * paragraph keeps the style's indent.
 */
#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "pdf/layout/lay.h"
#include "style/style.h"

#include <math.h>
#include <string.h>

#include "harness.h"

#include "fake_metrics.h"
#include "lay_lines.h"
#include "lay_tree.h"

static const double W = 400, H = 600, MARGIN = 50;

/* The left edges of the lines of `first`, `second` and a Latin paragraph. */
static void
lay(const char *lang, const char *first, const char *second, double *l1, double *l2,
    double *l3)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    lt_plain_style(&st, MARGIN);
    st.indent = 1.5;
    doc_pos pos = {"t.md", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_article_meta(a, art)->title = "T";
    doc_article_meta(a, art)->language = lang;
    lt_block(a, art, DOC_PARA, first);
    lt_block(a, art, DOC_PARA, second);
    lt_block(a, art, DOC_PARA, "A Latin paragraph after them.");
    lay_doc out;
    *l1 = *l2 = *l3 = -1;
    if (lay_document(a, &d, art, NULL, &st, W, H, &fake, &out) == 0) {
        /* the title, then one line each (the runs of CJK text come apart
           at their break opportunities, so lines are found by order) */
        static line ls[100];
        size_t n = lines_of(&out, ls, 100);
        if (n == 4 && find(ls, n, "A Latin paragraph") == &ls[3]) {
            *l1 = ls[1].left;
            *l2 = ls[2].left;
            *l3 = ls[3].left;
        }
    }
    diag_cleanup(&d);
    arena_free(a);
}

TEST(whole_characters)
{
    style st;
    lt_plain_style(&st, MARGIN);
    double em = st.size, l1, l2, l3;
    /* Chinese: two characters */
    lay("zh", "第一段。", "第二段。", &l1, &l2, &l3);
    OK(fabs(l1 - MARGIN) < 0.01);          /* opens the article: none */
    OK(fabs(l2 - (MARGIN + 2 * em)) < 0.01);
    OK(fabs(l3 - (MARGIN + 2 * em)) < 0.01); /* Latin text in it too */
    /* Japanese: one */
    lay("ja-JP", "第一段落。", "かなで始まる段落。", &l1, &l2, &l3);
    OK(fabs(l2 - (MARGIN + em)) < 0.01);
    OK(fabs(l3 - (MARGIN + em)) < 0.01);
    /* in a Chinese article, a paragraph opening with a digit, a Latin word
       or a quotation mark is on the grid too */
    lay("zh-CN", "第一段。", "2024年的段落。", &l1, &l2, &l3);
    OK(fabs(l2 - (MARGIN + 2 * em)) < 0.01);
    lay("zh", "第一段。", "\xE2\x80\x9C引号开头的段落。\xE2\x80\x9D", &l1, &l2, &l3);
    OK(fabs(l2 - (MARGIN + 2 * em)) < 0.01);
    /* an untagged article of Chinese text: two */
    lay(NULL, "第一段。", "「引號開頭」的段落。", &l1, &l2, &l3);
    OK(fabs(l2 - (MARGIN + 2 * em)) < 0.01);
    OK(fabs(l3 - (MARGIN + 1.5 * em)) < 0.01); /* Latin text: the style's */
}

int
main(void)
{
    RUN(whole_characters);
    return test_report();
}
