/* Unit tests of src/transform: slugs, unique ids, the contents tree. */
#include <string.h>

#include "base/arena.h"
#include "doc/doc.h"
#include "harness.h"
#include "transform/ids.h"
#include "transform/toc.h"

static char *
slug(arena *a, const char *s)
{
    return tf_slug(a, s, strlen(s), "fallback");
}

TEST(slugs)
{
    arena *a = arena_new();
    STR_EQ(slug(a, "The Corner Café"), "the-corner-cafe");
    STR_EQ(slug(a, "Nguyễn Thị Hoa"), "nguyen-thi-hoa");
    STR_EQ(slug(a, "naïve  --  Über"), "naive-uber");
    STR_EQ(slug(a, "Don't Stop"), "dont-stop");
    STR_EQ(slug(a, "Don\xE2\x80\x99t Stop"), "dont-stop");
    STR_EQ(slug(a, "김민준"), "fallback");
    STR_EQ(slug(a, "김민준 and Yuri"), "and-yuri");
    STR_EQ(slug(a, "2024 in Review"), "s-2024-in-review");
    STR_EQ(slug(a, "  ...  "), "fallback");
    STR_EQ(slug(a, "Łódź, Ærø"), "lodz-aro");
    STR_EQ(tf_slug(a, NULL, 0, "x"), "x");
    /* invalid UTF-8 is a word break, not a crash */
    STR_EQ(slug(a, "ab\xFF\xFE" "cd"), "ab-cd");
    /* long titles are cut at a word break within the limit */
    char *l = slug(a, "one two three four five six seven eight nine ten eleven twelve");
    OK(strlen(l) <= TF_SLUG_MAX);
    OK(l[strlen(l) - 1] != '-');
    STR_EQ(l, "one-two-three-four-five-six-seven-eight-nine");
    char longword[200];
    memset(longword, 'x', sizeof(longword) - 1);
    longword[199] = '\0';
    INT_EQ(strlen(slug(a, longword)), TF_SLUG_MAX);
    arena_free(a);
}

TEST(idset)
{
    arena *a = arena_new();
    tf_idset s;
    tf_idset_init(&s, a);
    STR_EQ(tf_idset_take(&s, "a"), "a");
    STR_EQ(tf_idset_take(&s, "a"), "a-2");
    STR_EQ(tf_idset_take(&s, "a"), "a-3");
    STR_EQ(tf_idset_take(&s, "a-2"), "a-2-2");
    /* many ids: the set grows and stays correct */
    for (int i = 0; i < 5000; i++)
        tf_idset_take(&s, arena_printf(a, "id%d", i));
    OK(tf_idset_has(&s, "id4999") && tf_idset_has(&s, "a-3") && !tf_idset_has(&s, "id5000"));
    /* many copies of two titles, interleaved: unique, in order, and fast */
    for (int i = 0; i < 20000; i++)
        tf_idset_take(&s, i % 2 ? "notes" : "sources");
    STR_EQ(tf_idset_take(&s, "notes"), "notes-10001");
    STR_EQ(tf_idset_take(&s, "a"), "a-4");
    arena_free(a);
}

static doc_node *
node(arena *a, doc_node *parent, doc_type t, const char *txt, int level)
{
    doc_pos pos = {"t", 1, 1};
    doc_node *n = doc_node_new(a, t, pos);
    if (t == DOC_HEADING)
        n->as.heading.level = level;
    if (txt)
        doc_append_text(a, n, txt, strlen(txt), pos);
    doc_append(parent, n);
    return n;
}

static doc_node *
article(arena *a, doc_node *parent, const char *title)
{
    doc_node *art = node(a, parent, DOC_ARTICLE, NULL, 0);
    doc_article_meta(a, art)->title = title;
    return art;
}

TEST(ids_and_toc)
{
    arena *a = arena_new();
    doc_pos pos = {"t", 1, 1};
    doc_node *root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *part = node(a, root, DOC_PART, NULL, 0);
    part->as.part.title = "Roots";
    doc_node *a1 = article(a, part, "Contents"); /* clashes with a reserved name */
    doc_node *h1 = node(a, a1, DOC_HEADING, "Intro", 2);
    doc_node *h2 = node(a, a1, DOC_HEADING, "Intro", 2);
    doc_node *h3 = node(a, a1, DOC_HEADING, "Deeper", 4); /* skips a level */
    doc_node *q = node(a, a1, DOC_QUOTE, NULL, 0);
    node(a, q, DOC_HEADING, "Quoted heading", 2); /* not a section */
    doc_node *p = node(a, a1, DOC_PARA, "text", 0);
    doc_node *ref = node(a, p, DOC_NOTE_REF, NULL, 0);
    ref->as.note.label = "a";
    doc_node *def = node(a, a1, DOC_NOTE_DEF, NULL, 0);
    def->as.note.label = "a";
    doc_node *a2 = article(a, root, "Contents");
    node(a, a2, DOC_HEADING, "Contents", 2); /* same as its article's id */

    static const char *const reserved[] = {"contents", NULL};
    tf_ids_assign(a, root, reserved);
    STR_EQ(part->id, "part-roots");
    STR_EQ(a1->id, "contents-2");
    STR_EQ(a2->id, "contents-3");
    STR_EQ(h1->id, "intro");
    STR_EQ(h2->id, "intro-2");
    STR_EQ(h3->id, "deeper");
    STR_EQ(a2->first_child->id, "contents"); /* unique per page is enough */
    STR_EQ(def->id, "fn-a");
    STR_EQ(ref->id, "fnref-a");
    OK(ref->as.note.target == def); /* resolved by label */

    tf_toc *t = tf_toc_build(a, root, 1);
    INT_EQ(tf_toc_count(t), 3); /* part, two articles */
    INT_EQ(tf_toc_max_level(t), 2);
    t = tf_toc_build(a, root, 2);
    INT_EQ(tf_toc_count(t), 6); /* + two h2 of a1 (not the quoted one), one of a2 */
    t = tf_toc_build(a, root, 4);
    INT_EQ(tf_toc_count(t), 7); /* + the h4 under the second intro */
    const tf_toc *e = t->first_child->first_child; /* part > a1 */
    OK(e->node == a1);
    OK(e->first_child->node == h1 && e->first_child->next->node == h2);
    OK(e->first_child->next->first_child && e->first_child->next->first_child->node == h3);
    INT_EQ(tf_toc_max_level(t), 4);
    /* stable: assigning again gives the same ids */
    tf_ids_assign(a, root, reserved);
    STR_EQ(a1->id, "contents-2");
    STR_EQ(h2->id, "intro-2");
    arena_free(a);
}

/* A book's part nested in another (a scene under its act) is listed with
 * the sections, under its act; a plain h3 is not, at depth 2. */
TEST(nested_parts_are_listed)
{
    arena *a = arena_new();
    doc_pos pos = {"x", 1, 1};
    doc_node *root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *play = article(a, root, "The Lantern Keeper");
    doc_node *act = node(a, play, DOC_HEADING, "ACT I", 2);
    doc_node *scene = node(a, play, DOC_HEADING, "SCENE I. The lamp room.", 3);
    scene->flags |= DOC_F_OUTLINE;
    node(a, play, DOC_HEADING, "A note", 3);
    tf_ids_assign(a, root, NULL);
    tf_toc *t = tf_toc_build(a, root, 2);
    INT_EQ(tf_toc_count(t), 3); /* the article, the act, its scene */
    const tf_toc *e = t->first_child->first_child;
    OK(e && e->node == act && e->first_child && e->first_child->node == scene);
    INT_EQ(tf_toc_count(tf_toc_build(a, root, 1)), 1);
    OK(doc_heading_listed(scene, 2) && !doc_heading_listed(scene, 1));
    OK(!doc_heading_listed(scene->next, 2) && doc_heading_listed(scene->next, 3));
    arena_free(a);
}

/* A heading of a paragraph's length (a lead or a caption a page set in
 * a heading's type) names no section: no contents lists it. */
TEST(long_headings_are_not_listed)
{
    arena *a = arena_new();
    doc_pos pos = {"x", 1, 1};
    doc_node *root = doc_node_new(a, DOC_COLLECTION, pos);
    doc_node *art = article(a, root, "Rockets");
    doc_node *h1 = node(a, art, DOC_HEADING, "The launch", 2);
    doc_node *h2 = node(a, art, DOC_HEADING,
                        "In this photo taken on Tuesday the rocket booster with the cargo ship "
                        "is installed on a launch pad, and it broke up in the atmosphere over "
                        "the steppe just minutes after the launch",
                        2);
    doc_node *h3 = node(a, art, DOC_HEADING,
                        "\xe6\x88\x91\xe4\xbb\xac\xe7\x9a\x84\xe5\x8f\x91\xe5\xb0\x84", 2);
    tf_ids_assign(a, root, NULL);
    OK(doc_heading_listed(h1, 2));
    OK(!doc_heading_listed(h2, 2));
    OK(doc_heading_listed(h3, 2)); /* five characters of Chinese: one word, short */
    INT_EQ(tf_toc_count(tf_toc_build(a, root, 2)), 3); /* the article, h1 and h3 */
    arena_free(a);
}

int
main(void)
{
    RUN(slugs);
    RUN(idset);
    RUN(ids_and_toc);
    RUN(nested_parts_are_listed);
    RUN(long_headings_are_not_listed);
    return test_report();
}
