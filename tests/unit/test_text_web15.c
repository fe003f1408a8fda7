/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (fifteenth set): the author's field set after a gap on the
 * issue's line ("... Topics   Author: Jane Doe"), a paper's references
 * keyed to the citations in its text, a byline with the author's bio
 * under the text of a page whose header named nobody, and the header's
 * byline printed again over the text, under boxes of the page's, and
 * the issue's line and a trail of categories under the text, a
 * picture's caption and credit over the text.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(author_field_after_a_gap)
{
    /* The journal's issue, then two spaces or more (no-break ones as a
     * table's cell gives them) and "Author: Name": the line is the
     * byline, and the headline over it the title. */
    const char *s =
        arena_printf(A,
                     "Journals\nBook Reviews\nMembership\n\n"
                     "Walls That Hold the Sea\n"
                     "Harbour Review #131 - February 2016 + Engineering \xc2\xa0\xc2\xa0"
                     "Author: Jane Marsh\n"
                     "Breakwaters provide a new way of sheltering boats. Jane Marsh "
                     "shows us how to build them.\n\n%s",
                     body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    /* A label with its colon only: a gap before "by" is a sentence's,
     * and a field without one no byline. */
    rd_text_byline b;
    const char *t = "Harbour Review #131   Author: Jane Marsh";
    OK(rd_text_byline_parse(A, t, strlen(t), "en", false, &b) && b.n == 1);
    t = "The wall was built   by Jane Marsh";
    OK(!rd_text_byline_parse(A, t, strlen(t), "en", false, &b));
    t = "Harbour Review #131 Author: Jane Marsh";
    OK(!rd_text_byline_parse(A, t, strlen(t), "en", false, &b));
}

TEST(references_cited_in_the_text_stay)
{
    /* The text cites "[Marsh15]" and "[Dock09]"; the entries under
     * "References" open with those keys: the paper's list, kept. */
    const char *s = arena_printf(
        A,
        "Walls That Hold the Sea\n\n%s"
        "The first design followed the old survey [Marsh15], and the stones were cut as the "
        "quarry's own notes advise [Dock09], which kept the cost down for the council.\n\n"
        "References\n\n"
        "[Dock09] Dock, P. 'Cutting Stone' Quarry Notes. Vol. 3. 2009. pp 12-19.\n\n"
        "[Marsh15] Marsh, J. 'The Harbour Survey' Harbour Review. Vol 12. 2015.\n\n"
        "[Quay12] Quay, A. 'Tides' Coast Press, 2012.\n",
        body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(!was_dropped(m, "References"));
    OK(!was_dropped(m, "[Marsh15] Marsh, J. 'The Harbour Survey' Harbour Review. Vol 12. 2015."));
    OK(!was_dropped(m, "[Quay12] Quay, A. 'Tides' Coast Press, 2012."));
    /* Keys the text never cites: the heading still ends the article, as
     * an encyclopedia's end matter does. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\n%s"
                     "References\n\n"
                     "[Dock09] Dock, P. 'Cutting Stone' Quarry Notes. Vol. 3. 2009.\n\n"
                     "[Marsh15] Marsh, J. 'The Harbour Survey' Harbour Review. 2015.\n",
                     body(4));
    m = read_meta(s);
    OK(was_dropped(m, "References"));
    OK(was_dropped(m, "[Dock09] Dock, P. 'Cutting Stone' Quarry Notes. Vol. 3. 2009."));
}

TEST(byline_over_bio_under_the_text)
{
    /* No author over the text; under it a section's label, "By Name" and
     * a bio opening with that name: the author's box. The name is the
     * author's; the label, byline, bio and the boilerplate go. */
    const char *bio = "Jane Marsh is a science writer in the Office of Communications. Email "
                      "her at jane@example.org.";
    const char *s =
        arena_printf(A,
                     "Walls That Hold the Sea\n\n"
                     "A new wall shelters the boats, a study of the harbour reports.\n\n"
                     "Apr 6 2020\n\n%s"
                     "Press Releases\nBy Jane Marsh\n%s\n\n"
                     "The Harbour Board runs the port, its quays and its ferries. For "
                     "more information, please visit the board's site.\n",
                     body(5), bio);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(was_dropped(m, bio));
    OK(was_dropped(m, "Press Releases"));
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
    /* A byline alone under the text signs it; with no bio under it, it
     * opens no box. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\nApr 6 2020\n\n%s"
                     "By Jane Marsh\n\n"
                     "Jane Marshall, who carried sandbags, read the plaque aloud at the opening "
                     "of the new wall last spring.\n",
                     body(5));
    m = read_meta(s);
    OK(!was_dropped(m, "Jane Marshall, who carried sandbags, read the plaque aloud at the "
                       "opening of the new wall last spring."));
}

TEST(byline_again_over_the_text)
{
    /* "By Jane Marsh" under the date and the headline; a picture's
     * credit, a box of videos and the author's bio; "By Jane Marsh"
     * again over the first paragraph: the text opens under the last
     * copy. */
    const char *bio = "Jane Marsh is an editor at the Post. Follow her on Twitter.";
    const char *s = arena_printf(A,
                                 "Walls That Hold the Sea\n"
                                 "Email\nTweet\nShare\n"
                                 "Coastal engineering\n"
                                 "12/23/16 11:14 AM\n"
                                 "Walls That Hold the Sea\n"
                                 "By Jane Marsh\n"
                                 "Harbour Pictures\n"
                                 "Related Videos\n"
                                 "Video: Seals return to the old quay for the winter\n"
                                 "Ferry crews rehearse the storm drill\n"
                                 "Jane Marsh\n\n%s\n\n"
                                 "By Jane Marsh\nFollow\nBy Jane Marsh\n\n%s",
                                 bio, body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    OK(was_dropped(m, "Related Videos"));
    OK(was_dropped(m, "Ferry crews rehearse the storm drill"));
    OK(was_dropped(m, bio));
    /* Another name over the text is a quote's or a section's: the lines
     * above it stay. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\nBy Jane Marsh\n\n"
                     "The wall is done.\n\nBy Tom Quay\n\n%s",
                     body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "The wall is done."));
}

TEST(issue_line_and_category_trail_under_the_text)
{
    /* Under the text, the issue's line the header carried again, a trail
     * of categories, a search form's choice glued under it and a pager:
     * the page's footer, all of it. */
    const char *note = "This figure was drawn from the survey of 2015, with the heights of the "
                       "old wall added by hand.";
    const char *s = arena_printf(A,
                                 "Journals\nBook Reviews\nMembership\n\n"
                                 "Walls That Hold the Sea\n"
                                 "Harbour Review #131 - February 2016 + Engineering   "
                                 "Author: Jane Marsh\n\n%s%s\n"
                                 "Harbour Review #131 - February 2016 + Engineering\n"
                                 "Browse in :\tAll > Journals > Review > r131 (7)\n"
                                 "All > Topics > Engineering (766)\n"
                                 "Any of these categories - All of these categories\n\n"
                                 "< prev  next>\n",
                                 body(4), note);
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(was_dropped(m, "Harbour Review #131 - February 2016 + Engineering"));
    OK(was_dropped(m, "Any of these categories - All of these categories"));
    OK(!was_dropped(m, note));
    /* A sentence glued under the trail, over the pager, is no control:
     * the text's. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n"
                     "Harbour Review #131   Author: Jane Marsh\n\n%s"
                     "All > Topics > Engineering (766)\n"
                     "The wall was finished in spring.\n\n"
                     "< prev  next>\n",
                     body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "The wall was finished in spring."));
}

TEST(caption_and_credit_over_the_text)
{
    /* Under the date, a sentence glued over a name alone, a blank line,
     * then the text: a picture's caption and its credit. */
    const char *cap = "The new wall shelters the boats from the winter storms of the bay.";
    const char *s =
        arena_printf(A,
                     "Walls That Hold the Sea\n\n"
                     "A new wall shelters the boats, a study of the harbour reports.\n\n"
                     "Apr 6 2020\n\n"
                     "%s\nTom Quay\n\n%s",
                     cap, body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
    OK(was_dropped(m, cap));
    OK(was_dropped(m, "Tom Quay"));
    OK(!was_dropped(m, "The harbour wall was finished in the spring, two years after the storm "
                       "that broke the old one, and the boats came back within a week of the last "
                       "stone being set."));
    /* An epigraph, quoted, and its source stay the text's. */
    const char *quote = "\xe2\x80\x9cThe sea takes back what the wall does not hold.\xe2\x80\x9d";
    s = arena_printf(A,
                     "Walls That Hold the Sea\n\nApr 6 2020\n\n"
                     "%s\nTom Quay\n\n%s",
                     quote, body(4));
    m = read_meta(s);
    OK(!was_dropped(m, quote));
    OK(!was_dropped(m, "Tom Quay"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(author_field_after_a_gap);
    RUN(references_cited_in_the_text_stay);
    RUN(byline_over_bio_under_the_text);
    RUN(byline_again_over_the_text);
    RUN(issue_line_and_category_trail_under_the_text);
    RUN(caption_and_credit_over_the_text);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
