/* Unit tests of src/doc: tree edits, the iterator, dumps and JSON. */
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "doc/json.h"
#include "harness.h"

static const doc_pos P = {"t.txt", 1, 1};

TEST(edits_keep_links_sound)
{
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, P);
    doc_node *p1 = doc_node_new(a, DOC_PARA, P), *p2 = doc_node_new(a, DOC_PARA, P);
    doc_node *h = doc_node_new(a, DOC_HEADING, P);
    doc_append(art, p1);
    doc_append(art, p2);
    doc_insert_before(p2, h);
    OK(art->first_child == p1 && p1->next == h && h->next == p2 && art->last_child == p2);
    OK(doc_check(art) == NULL);
    doc_unlink(p1);
    OK(art->first_child == h && h->prev == NULL);
    doc_unlink(p2);
    OK(art->last_child == h && h->next == NULL);
    doc_prepend(art, p2);
    doc_insert_after(h, p1);
    OK(art->first_child == p2 && art->last_child == p1);
    OK(doc_check(art) == NULL);
    /* A block inside an inline is caught. */
    doc_node *em = doc_node_new(a, DOC_EMPH, P);
    doc_append(p1, em);
    doc_append(em, doc_node_new(a, DOC_PARA, P));
    OK(doc_check(art) != NULL);
    arena_free(a);
}

TEST(check_definition_lists)
{
    /* A definition list is groups of terms over definitions (<dl>'s
       rule): a term left without one, a definition before any term, or
       either outside a list is caught. */
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, P);
    doc_node *dl = doc_node_new(a, DOC_DEFS, P);
    doc_append(art, dl);
    OK(doc_check(art) == NULL);
    doc_node *t1 = doc_node_new(a, DOC_TERM, P), *t2 = doc_node_new(a, DOC_TERM, P);
    doc_node *d1 = doc_node_new(a, DOC_DEF, P);
    doc_append(dl, t1);
    OK(doc_check(art) != NULL);
    doc_append(dl, t2);
    doc_append(dl, d1);
    OK(doc_check(art) == NULL);
    doc_unlink(t1);
    doc_unlink(t2);
    OK(doc_check(art) != NULL);
    doc_prepend(dl, t1);
    OK(doc_check(art) == NULL);
    doc_append(art, t2);
    OK(doc_check(art) != NULL);
    arena_free(a);
}

TEST(check_and_dump_tasks)
{
    /* A task is a list item's property: the dump says so, and a task's
       flags anywhere else, or a ticked box on an item that is no task,
       are caught. */
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, P);
    doc_node *l = doc_node_new(a, DOC_LIST, P);
    doc_node *it = doc_node_new(a, DOC_ITEM, P), *it2 = doc_node_new(a, DOC_ITEM, P);
    doc_node *para = doc_node_new(a, DOC_PARA, P);
    doc_append(art, l);
    doc_append(l, it);
    doc_append(l, it2);
    doc_append(it, para);
    it->flags |= DOC_F_TASK | DOC_F_DONE;
    it2->flags |= DOC_F_TASK;
    OK(doc_check(art) == NULL);
    buf b;
    buf_init(&b, 0);
    doc_dump(art, &b);
    STR_EQ(b.data, "article\n  list bullet\n    item task done\n      paragraph\n"
                   "    item task\n");
    buf_cleanup(&b);
    it2->flags = DOC_F_DONE;
    OK(doc_check(art) != NULL);
    it2->flags = 0;
    para->flags |= DOC_F_TASK;
    OK(doc_check(art) != NULL);
    para->flags = 0;
    OK(doc_check(art) == NULL);
    arena_free(a);
}

TEST(contents_sections_few)
{
    /* An article's sections are in a printed contents when it has one to
       DOC_CONTENTS_MAX_SECTIONS of them at the contents' depth; a note's
       heading and an h3 under depth 2 do not count. */
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, P);
    OK(!doc_contents_lists_sections(art, 2)); /* none */
    for (int i = 0; i < DOC_CONTENTS_MAX_SECTIONS; i++) {
        doc_node *h = doc_node_new(a, DOC_HEADING, P);
        h->as.heading.level = 2;
        doc_append(h, doc_text_new(a, "Part", 4, P));
        doc_append(art, h);
    }
    doc_node *h3 = doc_node_new(a, DOC_HEADING, P);
    h3->as.heading.level = 3;
    doc_append(h3, doc_text_new(a, "Sub", 3, P));
    doc_append(art, h3);
    doc_node *note = doc_node_new(a, DOC_NOTE_DEF, P);
    doc_node *nh = doc_node_new(a, DOC_HEADING, P);
    nh->as.heading.level = 2;
    doc_append(nh, doc_text_new(a, "Note", 4, P));
    doc_append(note, nh);
    doc_append(art, note);
    INT_EQ(doc_sections_listed(art, 2), DOC_CONTENTS_MAX_SECTIONS);
    OK(doc_contents_lists_sections(art, 2));
    OK(!doc_contents_lists_sections(art, 3)); /* the h3 counts at depth 3 */
    OK(!doc_contents_lists_sections(art, 1)); /* depth 1: no sections */
    arena_free(a);
}

TEST(text_merging)
{
    arena *a = arena_new();
    doc_node *p = doc_node_new(a, DOC_PARA, P);
    doc_append_text(a, p, "Hello", 5, P);
    doc_append_text(a, p, ", world", 7, P);
    OK(p->first_child == p->last_child);
    STR_EQ(p->first_child->text, "Hello, world");
    INT_EQ(p->first_child->len, 12);
    STR_EQ(doc_text_of(a, p), "Hello, world");
    INT_EQ(doc_word_count(p), 2);
    arena_free(a);
}

TEST(iterator_deep_tree)
{
    /* 100,000 nested quotes: the iterator needs no stack. */
    arena *a = arena_new();
    doc_node *root = doc_node_new(a, DOC_ARTICLE, P), *cur = root;
    for (int i = 0; i < 100000; i++) {
        doc_node *q = doc_node_new(a, DOC_QUOTE, P);
        doc_append(cur, q);
        cur = q;
    }
    doc_iter it;
    doc_node *n;
    doc_event ev;
    long enters = 0, exits = 0;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        ev == DOC_EV_ENTER ? enters++ : exits++;
    INT_EQ(enters, 100001);
    INT_EQ(exits, 100001);
    buf b;
    buf_init(&b, 0);
    doc_dump_text(root, &b); /* must not recurse either */
    INT_EQ(b.len, 0);
    buf_cleanup(&b);
    arena_free(a);
}

TEST(iterator_skip)
{
    arena *a = arena_new();
    doc_node *root = doc_node_new(a, DOC_ARTICLE, P);
    doc_node *p = doc_node_new(a, DOC_PARA, P);
    doc_append(root, p);
    doc_append_text(a, p, "x", 1, P);
    doc_node *p2 = doc_node_new(a, DOC_PARA, P);
    doc_append(root, p2);
    doc_iter it;
    doc_node *n;
    doc_event ev;
    int texts = 0, paras = 0;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (n->type == DOC_PARA) {
            paras++;
            doc_iter_skip(&it);
        }
        if (n->type == DOC_TEXT)
            texts++;
    }
    INT_EQ(paras, 2);
    INT_EQ(texts, 0);
    arena_free(a);
}

TEST(dumps)
{
    arena *a = arena_new();
    doc_node *art = doc_node_new(a, DOC_ARTICLE, P);
    doc_meta *m = doc_article_meta(a, art);
    m->title = "T";
    doc_meta_add_author(a, m, "Ann Lee", "Editor");
    doc_meta_add_author(a, m, "Bo \"B\" Park", NULL);
    doc_meta_add_dropped(a, m, "Share this");
    doc_node *h = doc_node_new(a, DOC_HEADING, (doc_pos){"t.txt", 3, 1});
    h->as.heading.level = 2;
    doc_append(art, h);
    doc_append_text(a, h, "Section  one", 12, P);
    doc_node *p = doc_node_new(a, DOC_PARA, P);
    doc_append(art, p);
    doc_append_text(a, p, "Some\ntext ", 10, P);
    doc_node *em = doc_node_new(a, DOC_EMPH, P);
    doc_append(p, em);
    doc_append_text(a, em, "here", 4, P);

    buf b;
    buf_init(&b, 0);
    doc_dump(art, &b);
    STR_EQ(b.data, "article title=\"T\"\n"
                   "  heading level=2\n"
                   "    text \"Section  one\"\n"
                   "  paragraph\n"
                   "    text \"Some\\ntext \"\n"
                   "    emph\n"
                   "      text \"here\"\n");
    buf_clear(&b);
    doc_dump_text(art, &b);
    STR_EQ(b.data, "Section one\n\nSome text here\n");
    buf_clear(&b);
    diag_list d;
    diag_init(&d, a);
    diag_warn(&d, "t.txt", 2, 1, "odd \"thing\"");
    doc_article_json(art, &d, &b);
    OK(strstr(b.data, "\"authors\": [\"Ann Lee\", \"Bo \\\"B\\\" Park\"]") != NULL);
    OK(strstr(b.data, "{\"level\": 2, \"text\": \"Section  one\", \"line\": 3}") != NULL);
    OK(strstr(b.data, "\"paragraph\": 1, \"heading\": 1") != NULL);
    OK(strstr(b.data, "\"words\": 5") != NULL);
    OK(strstr(b.data, "\"dropped\": [\"Share this\"]") != NULL);
    OK(strstr(b.data, "\"warnings\": [\"t.txt:2:1: warning: odd \\\"thing\\\"\"]") != NULL);
    OK(strstr(b.data, "\"date\": null") != NULL);
    diag_cleanup(&d);
    buf_cleanup(&b);
    arena_free(a);
}

TEST(labels)
{
    /* One table for both writers: primary subtag, any case; English else. */
    STR_EQ(doc_labels_for("de-CH")->contents, "Inhalt");
    STR_EQ(doc_labels_for("DE")->retrieved, "Abgerufen am ");
    STR_EQ(doc_labels_for("fr")->sources, "Sources");
    STR_EQ(doc_labels_for("xx")->contents, "Contents");
    STR_EQ(doc_labels_for(NULL)->edited_by, "Edited by ");
    STR_EQ(doc_labels_for("")->lang, "en");
    /* The right-to-left languages have their own words, not English. */
    STR_EQ(doc_labels_for("he-IL")->contents, "תוכן העניינים");
    STR_EQ(doc_labels_for("he")->edited_by, "בעריכת ");
    STR_EQ(doc_labels_for("he")->retrieved, "אוחזר ב־");
    STR_EQ(doc_labels_for("ar-EG")->contents, "المحتويات");
    STR_EQ(doc_labels_for("ar")->sources, "المصادر");
    STR_EQ(doc_labels_for("AR")->edited_by, "تحرير ");
    STR_EQ(doc_labels_for("fa")->contents, "فهرست مطالب");
    STR_EQ(doc_labels_for("fa")->untitled, "بی‌عنوان"); /* with a ZWNJ */
    STR_EQ(doc_labels_for("ur-PK")->and_, " اور ");
    /* Every language has every label (no NULL reaches a writer), and the
     * right-to-left ones no ASCII letter in any (an English word left in). */
    static const char *const langs[] = {"en", "de", "fr", "es", "it", "pt",
                                        "nl", "he", "ar", "fa", "ur"};
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
        const doc_labels *L = doc_labels_for(langs[i]);
        STR_EQ(L->lang, langs[i]);
        const char *const all[] = {L->contents,  L->sources,    L->cover,         L->title_page,
                                   L->start,     L->landmarks,  L->notes,         L->links,
                                   L->edited_by, L->cover_of,   L->and_,          L->no_source,
                                   L->retrieved, L->untitled,   L->translated_by, L->illustrated_by,
                                   L->photos_by, L->reviewed_by};
        for (size_t k = 0; k < sizeof all / sizeof *all; k++) {
            OK(all[k] && all[k][0]);
            if (all[k] && doc_lang_rtl(langs[i]))
                for (const char *c = all[k]; *c; c++)
                    OK(!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')));
        }
        OK(L->article_one && L->article_one[0] && L->article_many && L->article_many[0]);
        OK(L->image && L->image[0]);
    }
}

TEST(contributor_roles)
{
    arena *a = arena_new();
    /* Relator codes are contributors' roles; a job title is an author's,
       even one that names the work ("Editor" after a newspaper name). */
    STR_EQ(doc_role_code("trl"), "trl");
    STR_EQ(doc_role_code("ill"), "ill");
    OK(doc_role_code("Editor") == NULL);
    OK(doc_role_code("editor") == NULL);
    OK(doc_role_code("Staff Writer") == NULL);
    OK(doc_role_code(NULL) == NULL);

    doc_meta m = {0};
    doc_meta_add_author(a, &m, "Anton Chekhov", NULL);
    doc_meta_add_author(a, &m, "Constance Garnett", "trl");
    doc_meta_add_author(a, &m, "Jane Roe", "Senior Editor");
    doc_meta_add_author(a, &m, "Ann Ink", "ill");
    doc_meta_add_author(a, &m, "Bob Pen", "ill");
    /* the translator and illustrators are kept apart from the writers */
    INT_EQ(m.n_authors, 2);
    STR_EQ(m.authors[0], "Anton Chekhov");
    STR_EQ(m.authors[1], "Jane Roe");
    STR_EQ(m.author_roles[1], "Senior Editor");
    OK(m.authors[2] == NULL);
    INT_EQ(m.n_contribs, 3);
    STR_EQ(m.contribs[0], "Constance Garnett");
    STR_EQ(m.contrib_roles[0], "trl");

    /* One line a role, in a title page's order, names joined the book's way. */
    const char **lines;
    INT_EQ(doc_contrib_lines(a, &m, doc_labels_for("en"), &lines), 2);
    STR_EQ(lines[0], "Translated by Constance Garnett");
    STR_EQ(lines[1], "Illustrated by Ann Ink and Bob Pen");
    INT_EQ(doc_contrib_lines(a, &m, doc_labels_for("de"), &lines), 2);
    STR_EQ(lines[0], "\xC3\x9C"
                     "bersetzt von Constance Garnett");
    STR_EQ(lines[1], "Illustriert von Ann Ink und Bob Pen");

    /* Nobody but contributors: no author. */
    doc_meta t = {0};
    doc_meta_add_author(a, &t, "Tr Anslator", "trl");
    INT_EQ(t.n_authors, 0);
    OK(t.authors == NULL);
    INT_EQ(t.n_contribs, 1);
    doc_meta none = {0};
    INT_EQ(doc_contrib_lines(a, &none, NULL, &lines), 0);
    OK(lines == NULL);
    arena_free(a);
}

int
main(void)
{
    RUN(edits_keep_links_sound);
    RUN(check_definition_lists);
    RUN(check_and_dump_tasks);
    RUN(contents_sections_few);
    RUN(text_merging);
    RUN(iterator_deep_tree);
    RUN(iterator_skip);
    RUN(dumps);
    RUN(labels);
    RUN(contributor_roles);
    return test_report();
}
