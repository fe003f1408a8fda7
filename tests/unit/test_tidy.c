/* Unit tests of tf_tidy_article: breaks at a block's edges and repeated
 * picture stand-ins removed, everything else left alone. */
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "doc/doc.h"
#include "harness.h"
#include "transform/tidy.h"

static doc_node *
add(arena *a, doc_node *parent, doc_type t)
{
    doc_pos pos = {"t.html", 1, 1};
    doc_node *n = doc_node_new(a, t, pos);
    doc_append(parent, n);
    return n;
}

static void
text(arena *a, doc_node *parent, const char *s)
{
    doc_pos pos = {"t.html", 1, 1};
    doc_append_text(a, parent, s, strlen(s), pos);
}

static doc_node *
standin_figure(arena *a, doc_node *art, const char *alt, const char *caption)
{
    doc_node *fig = add(a, art, DOC_FIGURE);
    doc_node *em = add(a, fig, DOC_EMPH);
    em->flags |= DOC_F_ALT;
    text(a, em, alt);
    if (caption)
        text(a, add(a, fig, DOC_CAPTION), caption);
    return fig;
}

static size_t
count(doc_node *root, doc_type t)
{
    size_t n = 0;
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE)
        n += ev == DOC_EV_ENTER && k->type == t;
    return n;
}

static char *
dump(arena *a, doc_node *art)
{
    buf b;
    buf_init(&b, 0);
    doc_dump(art, &b);
    char *s = arena_strdup(a, b.data ? b.data : "");
    buf_cleanup(&b);
    return s;
}

TEST(breaks_at_edges)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    /* <p><br> text<br></p>: both go */
    doc_node *p1 = add(a, art, DOC_PARA);
    add(a, p1, DOC_BREAK);
    text(a, p1, " Caption-like text.");
    add(a, p1, DOC_BREAK);
    text(a, p1, " ");
    /* <p><em><br>words</em> more<br>last</p>: the edge one inside the
       emphasis goes, the one between words stays */
    doc_node *p2 = add(a, art, DOC_PARA);
    doc_node *em = add(a, p2, DOC_EMPH);
    add(a, em, DOC_BREAK);
    text(a, em, "words");
    text(a, p2, " more");
    add(a, p2, DOC_BREAK);
    text(a, p2, "last");
    doc_node *l = add(a, p2, DOC_LINK);
    l->as.link.href = "https://example.org/";
    add(a, l, DOC_BREAK);
    add(a, p2, DOC_BREAK);
    /* <p><br><br></p>: nothing left, so no paragraph */
    doc_node *p3 = add(a, art, DOC_PARA);
    add(a, p3, DOC_BREAK);
    add(a, p3, DOC_BREAK);
    /* in a list item's paragraph and a table cell too */
    doc_node *item = add(a, add(a, art, DOC_LIST), DOC_ITEM);
    doc_node *p4 = add(a, item, DOC_PARA);
    text(a, p4, "item");
    add(a, p4, DOC_BREAK);
    doc_node *cell = add(a, add(a, add(a, art, DOC_TABLE), DOC_ROW), DOC_CELL);
    add(a, cell, DOC_BREAK);
    text(a, cell, "cell");
    /* an empty paragraph that never held a break is not ours to drop */
    add(a, art, DOC_PARA);

    tf_tidy_article(a, art);
    INT_EQ(count(p1, DOC_BREAK), 0);
    INT_EQ(count(p2, DOC_BREAK), 1);
    OK(em->first_child && em->first_child->type == DOC_TEXT);
    OK(p2->last_child == l && !l->first_child);
    OK(p3->parent == NULL); /* unlinked */
    INT_EQ(count(p4, DOC_BREAK), 0);
    INT_EQ(count(cell, DOC_BREAK), 0);
    INT_EQ(count(art, DOC_PARA), 4);
    /* a second run changes nothing */
    char *once = dump(a, art);
    tf_tidy_article(a, art);
    STR_EQ(dump(a, art), once);
    arena_free(a);
}

TEST(line_group_keeps_its_breaks)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_node *p = add(a, art, DOC_PARA);
    text(a, p, "Ann Smith");
    add(a, p, DOC_BREAK);
    text(a, p, "12 Mill Lane");
    add(a, p, DOC_BREAK);
    text(a, p, "Leeds");
    tf_tidy_article(a, art);
    INT_EQ(count(p, DOC_BREAK), 2);
    arena_free(a);
}

/* The paragraph's text with each break shown as "|". */
static char *
flat(arena *a, doc_node *p)
{
    buf b;
    buf_init(&b, 0);
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, p);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && k->type == DOC_BREAK)
            buf_adds(&b, "|");
        else if (ev == DOC_EV_ENTER && k->type == DOC_TEXT)
            buf_add(&b, k->text, k->len);
    char *s = arena_strdup(a, b.data ? b.data : "");
    buf_cleanup(&b);
    return s;
}

TEST(hard_wrapped_prose_unwrapped)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    /* mid-sentence after a long line: a space; after a sentence, a short
       line, a bold label, or before a typed list item: kept */
    doc_node *p = add(a, art, DOC_PARA);
    text(a, p, "The same can be achieved by passing an array of arrays or an object");
    add(a, p, DOC_BREAK);
    text(a, p, "literal to the constructor, which the reader will find described below.");
    add(a, p, DOC_BREAK);
    text(a, p, "A second sentence follows here and it is as long as the line before.");
    add(a, p, DOC_BREAK);
    text(a, p, "Short line");
    add(a, p, DOC_BREAK);
    text(a, p, "and a long line that goes on past sixty characters without a stop");
    add(a, p, DOC_BREAK);
    text(a, p, "- a typed item of a list that the page set with dashes and breaks");
    add(a, p, DOC_BREAK);
    text(a, add(a, p, DOC_STRONG), "A bold label that runs on for more than sixty characters too");
    add(a, p, DOC_BREAK);
    text(a, p, "then the text.");
    tf_tidy_article(a, art);
    /* a long line that ends a sentence ends a paragraph */
    STR_EQ(flat(a, p), "The same can be achieved by passing an array of arrays or an object "
                       "literal to the constructor, which the reader will find described below.");
    doc_node *p2 = p->next, *p3 = p2 ? p2->next : NULL;
    OK(p2 && p3 && p2->type == DOC_PARA && p3->type == DOC_PARA && !p3->next);
    if (p2 && p3) {
        STR_EQ(flat(a, p2), "A second sentence follows here and it is as long as the line before.");
        STR_EQ(flat(a, p3), "Short line|"
                            "and a long line that goes on past sixty characters without a stop|"
                            "- a typed item of a list that the page set with dashes and breaks|"
                            "A bold label that runs on for more than sixty characters too|"
                            "then the text.");
    }
    /* idempotent */
    tf_tidy_article(a, art);
    INT_EQ(count(art, DOC_BREAK), 4);
    INT_EQ(count(art, DOC_PARA), 3);
    /* a colon opens what follows; a break inside emphasis stays */
    doc_node *c = add(a, art, DOC_PARA);
    text(a, c, "The possible values of the property, which may change later, are:");
    add(a, c, DOC_BREAK);
    text(a, c, "none, some or all.");
    doc_node *e = add(a, art, DOC_PARA);
    doc_node *em = add(a, e, DOC_EMPH);
    text(a, em, "A sentence in italics that is long enough to fill a line ends.");
    add(a, em, DOC_BREAK);
    text(a, em, "Another.");
    tf_tidy_article(a, art);
    INT_EQ(count(c, DOC_BREAK), 1);
    INT_EQ(count(e, DOC_BREAK), 1);
    INT_EQ(count(art, DOC_PARA), 5);
    /* a long hard-wrapped paragraph: every wrap goes */
    doc_node *w = add(a, art, DOC_PARA);
    for (int i = 0; i < 12; i++) {
        if (i)
            add(a, w, DOC_BREAK);
        text(a, w, "and so the letter went on at length over many lines of the page without");
    }
    tf_tidy_article(a, art);
    INT_EQ(count(w, DOC_BREAK), 0);
    /* CJK lines join with no space */
    doc_node *q = add(a, art, DOC_PARA);
    text(a, q, "日本語の文章がここに長く続いていて、途中で改行されているが、文はまだ終わっていない");
    add(a, q, DOC_BREAK);
    text(a, q, "ので、ここで続きます。");
    tf_tidy_article(a, art);
    STR_EQ(flat(a, q), "日本語の文章がここに長く続いていて、途中で改行されているが、文はまだ終わっていない"
                       "ので、ここで続きます。");
    arena_free(a);
}

static doc_node *
link(arena *a, doc_node *parent, const char *href, const char *t)
{
    doc_node *l = add(a, parent, DOC_LINK);
    l->as.link.href = href;
    if (t)
        text(a, l, t);
    return l;
}

/* The text of each block of the article, one per line, "|" for a break. */
static char *
blocks(arena *a, doc_node *art)
{
    buf b;
    buf_init(&b, 0);
    for (doc_node *k = art->first_child; k; k = k->next) {
        buf_adds(&b, flat(a, k));
        buf_adds(&b, "\n");
    }
    char *s = arena_strdup(a, b.data ? b.data : "");
    buf_cleanup(&b);
    return s;
}

TEST(bold_label_lines_split)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    /* <p><b>Task gating</b><br>text</p>: two paragraphs */
    doc_node *p = add(a, art, DOC_PARA);
    text(a, p, "\n  ");
    text(a, add(a, p, DOC_STRONG), "Task gating");
    add(a, p, DOC_BREAK);
    text(a, p, "\n  Tasks can be gated, ");
    text(a, add(a, p, DOC_EMPH), "paused");
    text(a, p, " or dropped.");
    /* a label in a link, ending in a colon */
    doc_node *q = add(a, art, DOC_PARA);
    text(a, add(a, link(a, q, "#x", NULL), DOC_STRONG), "Ingredients:");
    add(a, q, DOC_BREAK);
    text(a, q, "Flour and water.");
    /* the break inside the bold: <b>Isolation<br></b> text */
    doc_node *iso = add(a, art, DOC_PARA);
    doc_node *b = add(a, iso, DOC_STRONG);
    text(a, b, "Isolation");
    add(a, b, DOC_BREAK);
    text(a, iso, " Tasks are kept apart.");
    /* kept whole: a sentence in bold, a label over an address's lines,
       a label run on into its text, a label over nothing, a label as
       long as a line of prose */
    doc_node *r = add(a, art, DOC_PARA);
    text(a, add(a, r, DOC_STRONG), "This is a sentence.");
    add(a, r, DOC_BREAK);
    text(a, r, "More.");
    doc_node *s = add(a, art, DOC_PARA);
    text(a, add(a, s, DOC_STRONG), "Head office");
    add(a, s, DOC_BREAK);
    text(a, s, "1 Main Street");
    add(a, s, DOC_BREAK);
    text(a, s, "Springfield");
    doc_node *t = add(a, art, DOC_PARA);
    text(a, add(a, t, DOC_STRONG), "Note");
    text(a, t, " that this runs on.");
    add(a, t, DOC_BREAK);
    text(a, t, "Next.");
    doc_node *u = add(a, art, DOC_PARA);
    text(a, add(a, u, DOC_STRONG), "Alone");
    add(a, u, DOC_BREAK);
    text(a, add(a, u, DOC_STRONG), "Again");
    doc_node *v = add(a, art, DOC_PARA);
    text(a, add(a, v, DOC_STRONG),
         "A label that runs on and on for well over sixty characters of text");
    add(a, v, DOC_BREAK);
    text(a, v, "Then.");
    tf_tidy_article(a, art);
    STR_EQ(blocks(a, art), "\n  Task gating\n"
                           "\n  Tasks can be gated, paused or dropped.\n"
                           "Ingredients:\n"
                           "Flour and water.\n"
                           "Isolation\n"
                           " Tasks are kept apart.\n"
                           "This is a sentence.|More.\n"
                           "Head office|1 Main Street|Springfield\n"
                           "Note that this runs on.|Next.\n"
                           "Alone|Again\n"
                           "A label that runs on and on for well over sixty characters of text|"
                           "Then.\n");
    OK(p->next && p->next->type == DOC_PARA && p->next->last_child->type == DOC_TEXT);
    INT_EQ(count(p->next, DOC_EMPH), 1);
    /* idempotent */
    tf_tidy_article(a, art);
    INT_EQ(count(art, DOC_PARA), 11);
    INT_EQ(count(b, DOC_BREAK), 0);
    arena_free(a);
}

TEST(repeated_standins)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    const char *boiler = "Illustration for article titled Wide Things";
    doc_node *f1 = standin_figure(a, art, boiler, NULL);
    doc_node *f2 = standin_figure(a, art, "A different picture", NULL);
    doc_node *f3 = standin_figure(a, art, boiler, NULL); /* said: goes */
    doc_node *f4 = standin_figure(a, art, "[Illustration for article titled Wide Things] ",
                                  NULL);                                    /* the same words */
    doc_node *f5 = standin_figure(a, art, boiler, "A caption of its own."); /* caption stays */
    doc_node *f6 = standin_figure(a, art, "  ", NULL);                      /* says nothing */
    /* a stand-in inside running text is the reader's business, not this */
    doc_node *p = add(a, art, DOC_PARA);
    doc_node *inl = add(a, p, DOC_EMPH);
    inl->flags |= DOC_F_ALT;
    text(a, inl, boiler);

    tf_tidy_article(a, art);
    OK(f1->parent == art && f1->first_child);
    OK(f2->parent == art && f2->first_child);
    OK(f3->parent == NULL);
    OK(f4->parent == NULL);
    OK(f5->parent == art);
    OK(f5->first_child && f5->first_child->type == DOC_CAPTION && !f5->first_child->next);
    OK(f6->parent == NULL);
    OK(inl->parent == p);
    INT_EQ(count(art, DOC_FIGURE), 3);

    /* a dropped figure's name (a link may aim at it) goes to a neighbour */
    doc_node *named = standin_figure(a, art, boiler, NULL);
    named->id = "fig-7";
    doc_node *after = add(a, art, DOC_PARA);
    text(a, after, "After.");
    tf_tidy_article(a, art);
    OK(named->parent == NULL);
    OK(after->id && strcmp(after->id, "fig-7") == 0);

    /* each article has its own: the same words in the next are said again */
    doc_node *art2 = doc_node_new(a, DOC_ARTICLE, pos);
    doc_node *g = standin_figure(a, art2, boiler, NULL);
    tf_tidy_article(a, art2);
    OK(g->parent == art2);
    arena_free(a);
}

TEST(heading_permalinks)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    doc_node *h = add(a, art, DOC_HEADING);
    text(a, h, "Installing ");
    doc_node *keep = link(a, h, "#setup", "the setup tool"); /* words: a real link */
    link(a, h, "#installing", "\xC2\xB6");                   /* ¶ */
    link(a, h, "#installing", " # ");
    link(a, h, "#installing", "\xF0\x9F\x94\x97");                  /* 🔗 */
    link(a, h, "#installing", NULL);                                /* empty */
    doc_node *ext = link(a, h, "https://example.org/", "\xC2\xB6"); /* not in-page */
    doc_node *ja = link(a, h, "#x", "\xE7\xB7\xA8\xE9\x9B\x86");    /* 編集: words */
    doc_node *cap = add(a, add(a, art, DOC_FIGURE), DOC_CAPTION);
    text(a, cap, "A caption");
    link(a, cap, "#fig-1", "\xC2\xB6");
    /* in running text a mark link is a footnote's way back: kept */
    doc_node *p = add(a, art, DOC_PARA);
    text(a, p, "A note.");
    doc_node *back = link(a, p, "#ref-1", "\xE2\x86\xA9");
    /* a reader that kept a permalink's text left its sign at the end */
    doc_node *h2 = add(a, art, DOC_HEADING);
    text(a, h2, "Setting up\xC2\xB6 ");
    doc_node *h3 = add(a, art, DOC_HEADING);
    text(a, h3, "Learning C#"); /* a '#' may end a name: kept */
    doc_node *h4 = add(a, art, DOC_HEADING);
    text(a, h4, "\xC2\xB6"); /* nothing would be left: kept */
    tf_tidy_article(a, art);
    OK(h2->first_child && h2->first_child->len == strlen("Setting up"));
    STR_EQ(h2->first_child->text, "Setting up");
    STR_EQ(h3->first_child->text, "Learning C#");
    STR_EQ(h4->first_child->text, "\xC2\xB6");
    INT_EQ(count(h, DOC_LINK), 3);
    OK(keep->parent == h && ext->parent == h && ja->parent == h);
    INT_EQ(count(cap, DOC_LINK), 0);
    OK(back->parent == p);
    arena_free(a);
}

/* Rules that separate nothing go: at the article's start and end, the
 * second of two in a row, one over a heading; a rule between two paragraphs (a scene
 * break) and one in a quotation stay. */
TEST(idle_rules)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    add(a, art, DOC_RULE);
    add(a, art, DOC_RULE);
    text(a, add(a, art, DOC_PARA), "First part.");
    add(a, art, DOC_RULE);
    text(a, add(a, art, DOC_PARA), "Second part.");
    add(a, art, DOC_RULE);
    add(a, art, DOC_RULE);
    doc_node *q = add(a, art, DOC_QUOTE);
    text(a, add(a, q, DOC_PARA), "Quoted.");
    add(a, q, DOC_RULE);
    text(a, add(a, q, DOC_PARA), "More quoted.");
    add(a, art, DOC_RULE);
    text(a, add(a, art, DOC_HEADING), "Notes");
    text(a, add(a, art, DOC_PARA), "A note.");
    add(a, art, DOC_RULE);
    add(a, art, DOC_RULE);
    tf_tidy_article(a, art);
    STR_EQ(dump(a, art), "article\n"
                         "  paragraph\n    text \"First part.\"\n"
                         "  rule\n"
                         "  paragraph\n    text \"Second part.\"\n"
                         "  rule\n"
                         "  blockquote\n"
                         "    paragraph\n      text \"Quoted.\"\n"
                         "    rule\n"
                         "    paragraph\n      text \"More quoted.\"\n"
                         "  heading level=0\n    text \"Notes\"\n"
                         "  paragraph\n    text \"A note.\"\n");
    tf_tidy_article(a, art); /* idempotent */
    INT_EQ(count(art, DOC_RULE), 3);
    /* an article of nothing but rules is left empty */
    doc_node *bare = doc_node_new(a, DOC_ARTICLE, pos);
    add(a, bare, DOC_RULE);
    add(a, bare, DOC_RULE);
    tf_tidy_article(a, bare);
    OK(bare->first_child == NULL);
    arena_free(a);
}

TEST(empty_and_null)
{
    arena *a = arena_new();
    doc_pos pos = {"t.html", 1, 1};
    tf_tidy_article(a, NULL);
    doc_node *art = doc_node_new(a, DOC_ARTICLE, pos);
    tf_tidy_article(a, art);
    OK(art->first_child == NULL);
    /* deep emphasis at a paragraph's edge: bounded, no crash */
    doc_node *p = add(a, art, DOC_PARA);
    doc_node *k = p;
    for (int i = 0; i < 10000; i++)
        k = add(a, k, DOC_EMPH);
    add(a, k, DOC_BREAK);
    tf_tidy_article(a, art);
    OK(p->parent == art);
    arena_free(a);
}

int
main(void)
{
    RUN(breaks_at_edges);
    RUN(line_group_keeps_its_breaks);
    RUN(hard_wrapped_prose_unwrapped);
    RUN(bold_label_lines_split);
    RUN(repeated_standins);
    RUN(heading_permalinks);
    RUN(idle_rules);
    RUN(empty_and_null);
    return test_report();
}
