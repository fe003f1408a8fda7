/*
 * test_layout_figures.c - a figure without a picture to place, in the PDF
 * layout (fake fixed-width font): its stand-in ("[Image: alt]") and caption
 * are one caption block, a size smaller than the body, italic, centred,
 * unhyphenated, set once, with space around, and never split from each
 * other by a page break wherever the figure falls.
 */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "manifest/manifest.h"
#include "pdf/layout/lay.h"
#include "style/style.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"

#include "fake_metrics.h"
#include "lay_lines.h"
#include "lay_tree.h"

static const doc_pos nopos = {"t.html", 1, 1};
static const double W = 400, H = 500, MARGIN = 50;

typedef struct env {
    arena *a;
    diag_list d;
    style st;
    lay_doc out;
    line ls[400];
    size_t n;
} env;

/* An article: `before` paragraphs of `words` words, the figure, a paragraph. */
static void
run(env *e, int before, int words, const char *alt, const char *caption)
{
    e->a = arena_new();
    diag_init(&e->d, e->a);
    style_defaults(&e->st);
    e->st.margin_inner = e->st.margin_outer = e->st.margin_top = e->st.margin_bottom = MARGIN;
    e->st.hyphenate = true;
    doc_node *art = doc_node_new(e->a, DOC_ARTICLE, nopos);
    doc_article_meta(e->a, art)->title = "Figures";
    buf b;
    buf_init(&b, 0);
    for (int w = 0; w < words; w++)
        buf_adds(&b, w ? " word" : "Word");
    for (int i = 0; i < before; i++)
        lt_block(e->a, art, DOC_PARA, b.data);
    lt_standin(e->a, art, alt, caption);
    lt_block(e->a, art, DOC_PARA, "After the figure, the text goes on.");
    buf_cleanup(&b);
    OK(lay_document(e->a, &e->d, art, NULL, &e->st, W, H, &fake, &e->out) == 0);
    e->n = lines_of(&e->out, e->ls, sizeof e->ls / sizeof e->ls[0]);
}

static void
done(env *e)
{
    diag_cleanup(&e->d);
    arena_free(e->a);
}

TEST(caption_block)
{
    env e;
    run(&e, 2, 40, "A heron on a post", "Herons came back to the lake in May.");
    const line *s = find(e.ls, e.n, "[Image: A heron on a post]");
    const line *c = find(e.ls, e.n, "Herons came back");
    const line *body = find(e.ls, e.n, "Word word");
    const line *after = find(e.ls, e.n, "After the figure");
    OK(s && c && body && after);
    if (!s || !c || !body || !after) {
        done(&e);
        return;
    }
    /* a size smaller than the body, italic, both lines */
    OK(fabs(s->size - 0.9 * body->size) < 0.01);
    OK(fabs(c->size - 0.9 * body->size) < 0.01);
    INT_EQ(s->face, PDF_FACE_ITALIC);
    INT_EQ(c->face, PDF_FACE_ITALIC);
    /* centred in the measure, so not indented */
    OK(fabs((s->left - MARGIN) - (W - MARGIN - s->right)) < 0.5);
    OK(fabs((c->left - MARGIN) - (W - MARGIN - c->right)) < 0.5);
    OK(s->left > MARGIN + 10);
    /* stand-in first, then the caption; each once */
    OK(s->page < c->page || (s->page == c->page && s->y > c->y));
    INT_EQ(count_in(e.ls, e.n, "Herons came back"), 1);
    INT_EQ(count_in(e.ls, e.n, "heron on a post"), 1);
    /* a figure's space around: more than a line's step above and below */
    const line *prev = NULL;
    for (size_t i = 0; i < e.n; i++)
        if (e.ls[i].page == s->page && e.ls[i].y > s->y + 0.01 &&
            (!prev || e.ls[i].y < prev->y))
            prev = &e.ls[i];
    double step = c->size * e.st.leading;
    if (e.st.leading <= 0)
        step = c->size * 1.3;
    OK(prev && prev->y - s->y > 1.3 * step);
    OK(after->page != c->page || c->y - after->y > 1.3 * step);
    done(&e);
}

TEST(caption_never_hyphenated)
{
    env e;
    run(&e, 1, 20, "Incomprehensibilities",
        "Extraordinarily incomprehensibilities notwithstanding, internationalisation "
        "characteristically overwhelms uncharacteristically counterintuitive "
        "representationalism and institutionalisation everywhere.");
    bool any = false;
    for (size_t i = 0; i < e.n; i++) {
        if (e.ls[i].face != PDF_FACE_ITALIC)
            continue;
        any = true;
        size_t l = strlen(e.ls[i].text);
        OK(l && e.ls[i].text[l - 1] != '-');
    }
    OK(any);
    done(&e);
}

TEST(stand_in_and_caption_kept_together)
{
    /* the figure at every height of the page: never a break between */
    int checked = 0, split_pages = 0;
    for (int before = 1; before <= 14; before++) {
        env e;
        run(&e, before, 23, "A chart of the rainfall",
            "Rainfall by month over thirty years, in millimetres, measured at the mill.");
        const line *s = find(e.ls, e.n, "[Image: A chart of the rainfall]");
        const line *c = find(e.ls, e.n, "Rainfall by month");
        OK(s && c);
        if (s && c) {
            checked++;
            OK(s->page == c->page);
            const line *prev = NULL;
            for (size_t i = 0; i < e.n; i++)
                if (strstr(e.ls[i].text, "Word word"))
                    prev = &e.ls[i];
            if (prev && prev->page != s->page)
                split_pages++; /* the figure opened a page: the case that matters */
        }
        done(&e);
    }
    INT_EQ(checked, 14);
    OK(split_pages > 0);
}

TEST(stand_in_alone_and_caption_alone)
{
    env e;
    run(&e, 1, 10, "Rainfall by month", NULL);
    OK(find(e.ls, e.n, "[Image: Rainfall by month]") != NULL);
    done(&e);

    /* a label the page wrote is shown as it is; an empty stand-in not at all */
    e.a = arena_new();
    diag_init(&e.d, e.a);
    style_defaults(&e.st);
    doc_node *art = doc_node_new(e.a, DOC_ARTICLE, nopos);
    doc_node *fig = lt_block(e.a, art, DOC_FIGURE, NULL);
    lt_block(e.a, fig, DOC_EMPH, "Photo");
    lt_block(e.a, fig, DOC_CAPTION, "The mill in winter.");
    doc_node *fig2 = lt_block(e.a, art, DOC_FIGURE, NULL);
    lt_block(e.a, fig2, DOC_EMPH, NULL)->flags |= DOC_F_ALT;
    lt_block(e.a, fig2, DOC_CAPTION, "Only a caption here.");
    OK(lay_document(e.a, &e.d, art, NULL, &e.st, W, H, &fake, &e.out) == 0);
    e.n = lines_of(&e.out, e.ls, sizeof e.ls / sizeof e.ls[0]);
    OK(find(e.ls, e.n, "[Photo]") != NULL);
    OK(find(e.ls, e.n, "[Image: Photo]") == NULL);
    const line *only = find(e.ls, e.n, "Only a caption here.");
    OK(only && only->face == PDF_FACE_ITALIC);
    INT_EQ(count_in(e.ls, e.n, "[Image"), 0);
    done(&e);
}

/* A heading over two stand-ins keeps its two lines of text past them:
 * wherever the heading falls, the text under the stand-ins starts on its
 * page (the stand-ins alone at a page foot under a heading, the text
 * overleaf, read as a heading without text). */
TEST(heading_keeps_its_text_past_stand_ins)
{
    int checked = 0, moved = 0;
    for (int before = 1; before <= 40; before++) {
        env e;
        e.a = arena_new();
        diag_init(&e.d, e.a);
        style_defaults(&e.st);
        e.st.margin_inner = e.st.margin_outer = e.st.margin_top = e.st.margin_bottom = MARGIN;
        doc_node *art = doc_node_new(e.a, DOC_ARTICLE, nopos);
        doc_article_meta(e.a, art)->title = "Figures";
        for (int i = 0; i < before; i++)
            lt_block(e.a, art, DOC_PARA, "Word word word.");
        lt_block(e.a, art, DOC_HEADING, "Rainfall")->as.heading.level = 2;
        lt_standin(e.a, art, "A chart of the rainfall", NULL);
        lt_standin(e.a, art, "A map of the gauges", NULL);
        lt_block(e.a, art, DOC_PARA,
                 "After the figures the text goes on for a while, long enough to fill more "
                 "than two lines of the measure at this size, so that a break could fall "
                 "inside it.");
        OK(lay_document(e.a, &e.d, art, NULL, &e.st, W, H, &fake, &e.out) == 0);
        e.n = lines_of(&e.out, e.ls, sizeof e.ls / sizeof e.ls[0]);
        const line *h = find(e.ls, e.n, "Rainfall");
        const line *t = find(e.ls, e.n, "After the figures");
        OK(h && t);
        if (h && t) {
            checked++;
            INT_EQ(h->page, t->page);
            const line *w = NULL;
            for (size_t i = 0; i < e.n; i++)
                if (strstr(e.ls[i].text, "Word word"))
                    w = &e.ls[i];
            if (w && w->page != h->page)
                moved++; /* the heading went over: the case that matters */
        }
        done(&e);
    }
    INT_EQ(checked, 40);
    OK(moved > 0);
}

/* ... but only past two: a heading over a gallery of stand-ins stays
 * where it falls, with the first of them, and the gallery runs on
 * overleaf (held whole, it moved and left its page empty). */
TEST(heading_over_a_gallery_stays_put)
{
    env e;
    e.a = arena_new();
    diag_init(&e.d, e.a);
    style_defaults(&e.st);
    e.st.margin_inner = e.st.margin_outer = e.st.margin_top = e.st.margin_bottom = MARGIN;
    doc_node *art = doc_node_new(e.a, DOC_ARTICLE, nopos);
    doc_article_meta(e.a, art)->title = "Figures";
    for (int i = 0; i < 3; i++)
        lt_block(e.a, art, DOC_PARA, "Word word word.");
    lt_block(e.a, art, DOC_HEADING, "Plates")->as.heading.level = 2;
    for (int i = 0; i < 40; i++)
        lt_standin(e.a, art, "A plate of the harbour", "The harbour in one of its moods.");
    lt_block(e.a, art, DOC_PARA, "After the plates the text goes on.");
    OK(lay_document(e.a, &e.d, art, NULL, &e.st, W, H, &fake, &e.out) == 0);
    e.n = lines_of(&e.out, e.ls, sizeof e.ls / sizeof e.ls[0]);
    const line *w = find(e.ls, e.n, "Word word");
    const line *h = find(e.ls, e.n, "Plates");
    OK(w && h && w->page == h->page);
    done(&e);
}

int
main(void)
{
    RUN(caption_block);
    RUN(caption_never_hyphenated);
    RUN(stand_in_and_caption_kept_together);
    RUN(stand_in_alone_and_caption_alone);
    RUN(heading_keeps_its_text_past_stand_ins);
    RUN(heading_over_a_gallery_stays_put);
    return test_report();
}
