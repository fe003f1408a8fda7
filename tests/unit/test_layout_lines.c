/*
 * test_layout_lines.c - line groups: which paragraphs are groups of lines
 * (doc_para_is_line_group: three or more lines ended by hard breaks, most
 * of them short), and how the PDF layout sets one (fake fixed-width font):
 * like verse, each line on its own at the block quote's inset, ragged and
 * unhyphenated, a line too long for the measure turned over a further em
 * in; while a paragraph with breaks in long sentences stays prose.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "pdf/layout/lay.h"
#include "style/style.h"

#include <math.h>
#include <string.h>

#include "harness.h"

#include "fake_metrics.h"
#include "lay_lines.h"

static const doc_pos nopos = {"t.html", 1, 1};
static const double W = 400, H = 500, MARGIN = 50;

/* A paragraph of the lines in `segs` (NULL-terminated), a hard break
 * between each two; "" is an empty line (two breaks in a row). */
static doc_node *
para_of(arena *a, doc_node *parent, const char *const *segs)
{
    doc_node *p = doc_node_new(a, DOC_PARA, nopos);
    for (size_t i = 0; segs[i]; i++) {
        if (i)
            doc_append(p, doc_node_new(a, DOC_BREAK, nopos));
        if (segs[i][0])
            doc_append(p, doc_text_new(a, segs[i], strlen(segs[i]), nopos));
    }
    if (parent)
        doc_append(parent, p);
    return p;
}

TEST(which_paragraphs_are_groups)
{
    arena *a = arena_new();
    const char *three[] = {"Ann Smith", "12 Mill Lane", "Leeds", NULL};
    const char *two[] = {"Isolation", "Tasks in one lambda are isolated from the others.", NULL};
    const char *prose[] = {
        "Requests made in this mode are expected to adhere to the protocol, which",
        "the browser enforces on every response it receives from another origin, so",
        "only a limited set of headers is exposed to the page that made the request.",
        NULL};
    const char *list[] = {"The overall rankings were as follows:", "1. Finland", "2. Norway",
                          "3. Australia, with a longer line after its name than the others",
                          "4. Canada", "5. Germany", NULL};
    OK(doc_para_is_line_group(para_of(a, NULL, three)));
    OK(!doc_para_is_line_group(para_of(a, NULL, two)));    /* one break: prose */
    OK(!doc_para_is_line_group(para_of(a, NULL, prose)));  /* long lines: prose */
    OK(doc_para_is_line_group(para_of(a, NULL, list)));    /* one long line of six */
    /* two short lines before a long run of prose: prose */
    const char *lead[] = {"Text with a hard break", "after a backslash and one more",
                          "here the prose goes on and on, sentence after sentence, much "
                          "longer than the two short lines before it put together, as "
                          "prose does.",
                          NULL};
    OK(!doc_para_is_line_group(para_of(a, NULL, lead)));
    /* lines a reader knows are verse (DOC_F_VERSE) are a group, however
       few or long: a two-line speech, a stanza of long lines */
    doc_node *v2 = para_of(a, NULL, two), *vl = para_of(a, NULL, prose);
    v2->flags |= DOC_F_VERSE;
    vl->flags |= DOC_F_VERSE;
    OK(doc_para_is_line_group(v2));
    OK(doc_para_is_line_group(vl));
    const char *one[] = {"A line alone", NULL};
    doc_node *v1 = para_of(a, NULL, one);
    v1->flags |= DOC_F_VERSE;
    OK(!doc_para_is_line_group(v1)); /* no break: no group */
    /* a wide (CJK) character counts as two: 35 of them make a long line */
    buf b;
    buf_init(&b, 0);
    for (int i = 0; i < 35; i++)
        buf_adds(&b, "\xE5\xB1\xB1"); /* U+5C71 */
    const char *cjk[] = {b.data, b.data, b.data, NULL};
    OK(!doc_para_is_line_group(para_of(a, NULL, cjk)));
    b.len = 0;
    for (int i = 0; i < 20; i++)
        buf_adds(&b, "\xE5\xB1\xB1");
    const char *cjk_short[] = {b.data, b.data, b.data, NULL};
    OK(doc_para_is_line_group(para_of(a, NULL, cjk_short)));
    /* breaks inside emphasis count; empty lines do not make lines */
    doc_node *p = doc_node_new(a, DOC_PARA, nopos);
    doc_node *em = doc_node_new(a, DOC_EMPH, nopos);
    doc_append(p, em);
    doc_append(em, doc_text_new(a, "Roses are red,", 14, nopos));
    doc_append(em, doc_node_new(a, DOC_BREAK, nopos));
    doc_append(em, doc_text_new(a, "violets are blue,", 17, nopos));
    doc_append(p, doc_node_new(a, DOC_BREAK, nopos));
    doc_append(p, doc_text_new(a, "sugar is sweet.", 15, nopos));
    OK(doc_para_is_line_group(p));
    const char *blank[] = {"One line", "", "", NULL};
    OK(!doc_para_is_line_group(para_of(a, NULL, blank)));
    OK(!doc_para_is_line_group(NULL));
    buf_cleanup(&b);
    arena_free(a);
}

TEST(group_set_like_verse)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    style st;
    style_defaults(&st);
    st.margin_inner = st.margin_outer = st.margin_top = st.margin_bottom = MARGIN;
    st.hyphenate = true;
    st.justify = true;
    doc_node *art = doc_node_new(a, DOC_ARTICLE, nopos);
    doc_article_meta(a, art)->title = "Lines";
    const char *before[] = {"Before the list, a paragraph of prose long enough to wrap over "
                            "two lines of the measure at least.",
                            NULL};
    para_of(a, art, before);
    const char *group[] = {"+ Added Slime Block", "+ Added Iron Trapdoor", "",
                           "+ Sponge block has regained its water-absorbing ability and "
                           "becomes wet when used underwater",
                           "+ Added Banners", "+ Added Armor Stands", "+ Added Red Sandstone",
                           "+ Added the Ocean Monument", "+ Added Rabbits", NULL};
    para_of(a, art, group);
    const char *prose[] = {
        "Requests made in this mode are expected to adhere to the protocol, which",
        "the browser enforces on every response it receives from another origin, so",
        "only a limited set of headers is exposed to the page that made the request.",
        NULL};
    para_of(a, art, prose);
    lay_doc out;
    OK(lay_document(a, &d, art, NULL, &st, W, H, &fake, &out) == 0);
    static line ls[200];
    size_t n = lines_of(&out, ls, 200);
    double em = st.size, inset = st.quote_indent * em;
    const line *slime = find(ls, n, "+ Added Slime Block");
    const line *iron = find(ls, n, "+ Added Iron Trapdoor");
    const line *sponge = find(ls, n, "+ Sponge block");
    const line *banners = find(ls, n, "+ Added Banners");
    OK(slime && iron && sponge && banners);
    if (slime && iron && sponge && banners) {
        /* each line on its own, flush at the inset, set at its natural width */
        OK(fabs(slime->left - (MARGIN + inset)) < 0.01);
        OK(fabs(iron->left - (MARGIN + inset)) < 0.01);
        OK(fabs(banners->left - (MARGIN + inset)) < 0.01);
        OK(strcmp(slime->text, "+ Added Slime Block") == 0);
        OK(fabs((slime->right - slime->left) - fake_width(NULL, PDF_FACE_REGULAR, em,
                                                           slime->text, strlen(slime->text))) <
           0.01);
        /* the long line turns over an em further in, not hyphenated */
        const line *turn = NULL;
        for (size_t i = 0; i + 1 < n; i++)
            if (&ls[i] == sponge)
                turn = &ls[i + 1];
        OK(turn && fabs(turn->left - (MARGIN + inset + em)) < 0.01);
        OK(sponge->text[strlen(sponge->text) - 1] != '-');
        OK(sponge->right < W - MARGIN - 1); /* ragged: not stretched to the edge */
        /* the size is the body's: the author's own text, not a quotation */
        OK(fabs(slime->size - em) < 0.01);
        /* the empty line is a blank line's space */
        double step = iron->y - sponge->y, line_step = slime->y - iron->y;
        OK(step > 1.9 * line_step);
    }
    /* breaks in long sentences stay prose, justified from the margin */
    const line *req = find(ls, n, "Requests made");
    OK(req && req->left < MARGIN + inset - 1);
    arena_free(a);
}

int
main(void)
{
    RUN(which_paragraphs_are_groups);
    RUN(group_set_like_verse);
    return test_report();
}
