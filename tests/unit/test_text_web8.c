/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (eighth set): a name written in one script. Every fixture
 * is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

static arena *A;
static diag_list D;

static doc_node *
read_article(const char *s)
{
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    OK(reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art) == 0);
    OK(art != NULL);
    return art;
}

static doc_meta *
read_meta(const char *s)
{
    doc_node *art = read_article(s);
    return art ? art->as.article.meta : NULL;
}

/* Prose for the body: k paragraphs. */
static const char *
body(int k)
{
    static const char *const paras[] = {
        "The harbour wall was finished in the spring, two years after the storm that broke the "
        "old one, and the boats came back within a week of the last stone being set.\n\n",
        "Fishing families who had moored in the next bay for two winters said the walk home had "
        "been the hardest part, and that the new wall looked lower than the old one did.\n\n",
        "Engineers said the height was the same, but the stones were paler and the eye read "
        "them as smaller; the council has promised a plaque that gives the real figures.\n\n",
        "A festival is planned for the first weekend of the summer, with a procession of boats "
        "and a supper on the quay for everyone who carried sandbags during the storm.\n\n"};
    const char *s = "";
    for (int i = 0; i < k; i++)
        s = arena_printf(A, "%s%s", s, paras[i % 4]);
    return s;
}

static bool
was_dropped(const doc_meta *m, const char *s)
{
    for (size_t i = 0; m && i < m->n_dropped; i++)
        if (!strcmp(m->dropped[i], s))
            return true;
    return false;
}

TEST(a_name_is_written_in_one_script)
{
    /* Words of two scripts side by side ("いいね Print ブックマーク", a
     * row of buttons) are no person's name; a name with its Latin form in
     * brackets is one. */
    rd_text_byline b;
    const char *buttons = "\xe3\x81\x84\xe3\x81\x84\xe3\x81\xad Print "
                          "\xe4\xbf\x9d\xe5\xad\x98";
    OK(!rd_text_byline_names(A, buttons, strlen(buttons), &b));
    const char *dual = "\xea\xb9\x80\xeb\xaf\xbc\xec\xa4\x80 (Kim Min-jun)";
    OK(rd_text_byline_names(A, dual, strlen(dual), &b));
    OK(rd_text_byline_names(A, "Jane Marsh", 10, &b));
    /* Under a headline, such a row is chrome and the name under the
     * writer's label is the author. */
    const char *s = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "%s\n\n"
                                 "2021\xe5\xb9\xb4" "3\xe6\x9c\x88" "7\xe6\x97\xa5\n\n"
                                 "\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a\n\n"
                                 "Jane Marsh\n\n%s",
                                 buttons, body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(a_name_is_written_in_one_script);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
