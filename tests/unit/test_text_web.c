/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all: the article's title, byline and date among the site's
 * chrome. Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

static arena *A;
static diag_list D;

static doc_meta *
read_meta(const char *s)
{
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    OK(reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art) == 0);
    OK(art != NULL);
    return art ? art->as.article.meta : NULL;
}

/* A site menu of n short entries. */
static const char *
menu(int n)
{
    static const char *const entries[] = {"Home",    "World",  "Business", "Markets", "Science",
                                          "Culture", "Travel", "Sport",    "Weather", "Podcasts",
                                          "Video",   "Audio",  "Archive",  "Events",  "Shop"};
    const char *s = "";
    for (int i = 0; i < n; i++)
        s = arena_printf(A, "%s%s\n", s, entries[i % 15]);
    return s;
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

TEST(breadcrumb_ending_with_the_title)
{
    /* An arrow trail may end with the page's title, longer than an entry. */
    const char *crumb = "Home > Coast > 2024 > The Harbour Wall Is Finished at Last";
    OK(rd_text_is_breadcrumb(crumb, strlen(crumb)));
    crumb = "Home \xe2\x80\xba Coast \xe2\x80\xba Is the New Harbour Wall Lower, or Paler?";
    OK(rd_text_is_breadcrumb(crumb, strlen(crumb)));
    /* Not with bars or dots (a menu on one line, or a title and its site),
     * and not a sentence. */
    crumb = "Home | Coast | The Harbour Wall Is Finished at Last";
    OK(!rd_text_is_breadcrumb(crumb, strlen(crumb)));
    crumb = "Home > Coast > The wall is finished. Boats came back";
    OK(!rd_text_is_breadcrumb(crumb, strlen(crumb)));
    crumb = "Home > Coast > The wall is finished.";
    OK(!rd_text_is_breadcrumb(crumb, strlen(crumb)));
    /* Over the article, it is the page's; the title printed again below
     * it is the article's. */
    const char *s = arena_printf(A,
                                 "%sHome > Coast > 2024 > The Harbour Wall Is Finished at Last\n\n"
                                 "12.04.2024 09:30\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "The boats are back.\n\n%s",
                                 menu(14), body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
    STR_EQ(m->date, "2024-04-12");
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(breadcrumb_ending_with_the_title);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
