/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (nineteenth set): a headline written as sentences with its
 * full stop over its dek, date and byline; a post signed under its tags
 * ("Jane Doe | 03.05.2020 um 14:26").
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(headline_with_full_stop_over_dek_date_and_byline)
{
    /* Two short sentences with their full stop, the dek, the date and
     * "By" right under it: the header's title, not the text's first
     * line. */
    const char *s = arena_printf(A,
                                 "Skip to main content\nNEWS\nSUBSCRIBE\nHARBOURS\n"
                                 "Storms broke the old wall twice. Now the new one holds.\n"
                                 "The quay at Easthaven was rebuilt in a single year. How did "
                                 "the town pay for it?\n"
                                 "Tuesday, 4 March 2021\n"
                                 "By Jane Marsh\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Storms broke the old wall twice. Now the new one holds.");
    OK(m->subtitle && strstr(m->subtitle, "How did the town pay") != NULL);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2021-03-04");
}

TEST(short_sentences_over_a_date_stay_text)
{
    /* Three sentences on the first line are a paragraph's start, even
     * with a line and a date under them. */
    const char *s = arena_printf(A,
                                 "It rained. We left. Then the wall broke.\n"
                                 "The harbour master wrote it all down in the log that night.\n"
                                 "May 3, 2020\n\n%s",
                                 body(3));
    doc_node *art = read_article(s);
    doc_meta *m = art ? art->as.article.meta : NULL;
    OK(m && (!m->title || strcmp(m->title, "It rained. We left. Then the wall broke.") != 0));
    /* A sentence under a paragraph of prose is no headline either: no
     * title is read from the text. */
    s = arena_printf(A,
                     "The wall was finished in the spring, two years after the storm that broke "
                     "the old one, and the boats came back within a week of the last stone.\n\n"
                     "The boats came back within a week.\n"
                     "Nobody in the town had expected the work to end so soon.\n"
                     "May 3, 2020\n\n%s",
                     body(2));
    m = read_meta(s);
    OK(m && (!m->title || strcmp(m->title, "The boats came back within a week.") != 0));
}

/* A sidebar of a dozen entries under the post: enough lines for the page's
 * region to end at the text. */
static const char *
sidebar(void)
{
    return "Latest posts\nThe Night Ferry\nA Year of Tides\nGulls at the Quay\n"
           "Old Nets, New Boats\nThe Lighthouse Keeper\nWinter Moorings\nArchive\n"
           "Imprint\nPrivacy\nContact\nRSS feed\nFollow us\n";
}

TEST(signature_under_the_post_past_its_tags)
{
    /* The tags, then "Name | date um time", then the comments and the
     * sidebar: the signature names the post's author and date. */
    const char *s = arena_printf(A,
                                 "Harbour Notes\nHome\nBlog\n\n"
                                 "Walls That Hold the Sea\n\n%s"
                                 "Harbours Boats Storms\n"
                                 "Jane Marsh | 03.05.2020 um 14:26\n"
                                 "2 Kommentare\n%s",
                                 body(4), sidebar());
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2020-05-03");
}

TEST(byline_in_a_box_under_the_post_is_another_storys)
{
    /* A box's label over a headline and its byline: the story the box
     * links to, not the post's author. */
    const char *s = arena_printf(A,
                                 "Harbour Notes\nHome\nBlog\n\n"
                                 "Walls That Hold the Sea\n\n%s"
                                 "Related posts\n"
                                 "Time for Action\n"
                                 "Ann Park | 03.05.2020 um 14:26\n%s",
                                 body(4), sidebar());
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 0 || strcmp(m->authors[0], "Ann Park") != 0);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(headline_with_full_stop_over_dek_date_and_byline);
    RUN(short_sentences_over_a_date_stay_text);
    RUN(signature_under_the_post_past_its_tags);
    RUN(byline_in_a_box_under_the_post_is_another_storys);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
