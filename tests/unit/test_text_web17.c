/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (seventeenth set): a post's tags one to a line over its
 * author and date, a headline over its author's bare name under a date
 * and a section, a date after its weekday with the poster's name in the
 * page's language (a no-break space before the lead, buttons between it
 * and the headline), and a header set in boxes of its own ("Published" /
 * "2 months ago" / "on" / the date / "By" / the names).
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(tags_one_to_a_line_over_author_and_date)
{
    /* "python," / "webcast," / "django" between the headline and the
     * author: the tags are no title, the headline is. */
    const char *s = arena_printf(A,
                                 "Services\nOur work\nAbout us\nBlogs\nContact\n"
                                 " Back to blog\n"
                                 "Technical\n"
                                 "Walls That Hold the Sea on the North Quay\n \n"
                                 "harbour,\nstorms,\nengineering,\nboats\n"
                                 "Jane Marsh\n"
                                 "June 8, 2015\n      \n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea on the North Quay");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2015-06-08");
    OK(was_dropped(m, "boats"));
}

TEST(headline_broken_after_its_comma_is_no_tag_list)
{
    /* "Goodbye," / "Old Harbour" over the byline: one comma-ended line
     * is a headline's break, not a list of tags. */
    const char *s =
        arena_printf(A, "Goodbye,\nOld Harbour\n\nBy Jane Marsh\nMay 3, 2020\n\n%s", body(4));
    doc_meta *m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2020-05-03");
}

TEST(headline_over_bare_name_under_date_and_section)
{
    /* The date, the section, the headline and the author's name, each a
     * short line: no run of links, the headline is the title. */
    const char *s = arena_printf(A,
                                 "Back to the Harbour Post\n"
                                 "News\nEvents\nPeople\nSearch by Keyword\n\n"
                                 "March 29, 2019\n\n"
                                 "Community\n"
                                 "Harbour spotlight: Jane Marsh\n\n"
                                 "Ann Park\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Harbour spotlight: Jane Marsh");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Ann Park");
    STR_EQ(m->date, "2019-03-29");
    /* The last entry of a series box over the author's name is no
     * headline: the title stays the one over the date. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\nMay 3, 2020\n\n"
                     "In this series\nPart one: the stones\nPart two: the tides\n"
                     "Part three: the masons\nJane Marsh\n\n%s",
                     body(4));
    m = read_meta(s);
    STR_EQ(m->title, "Walls That Hold the Sea");
}

TEST(weekday_date_and_poster_in_the_pages_language)
{
    /* "Dienstag, 13. Mai 2014, von Dr. Anna Weber" over the headline, a
     * no-break space before "von", share and print buttons between. */
    OK(rd_text_chrome_kind("Weiterempfehlen Drucken", 23) != RD_TEXT_CHROME_NONE);
    const char *s = arena_printf(A,
                                 "Hafenblatt\nHome\nArchiv\n"
                                 "Dienstag, 13. Mai 2014,\xc2\xa0von Dr. Anna Weber\n"
                                 "Weiterempfehlen Drucken\n"
                                 "Rezension: Mauern am Meer, 5. Auflage 2014\n"
                                 "Das Buch über die Mauern am Hafen ist ein Standardwerk geworden, "
                                 "und die neue Auflage zeigt, warum das so ist: sie erklärt alles "
                                 "über die Steine, die Stürme und die Boote.\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Rezension: Mauern am Meer, 5. Auflage 2014");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Dr. Anna Weber");
    STR_EQ(m->date, "2014-05-13");
    /* Under the headline, the weekday is no place the story was filed:
     * the poster's name is read with the date. */
    s = arena_printf(A,
                     "Walls That Hold the Sea\n"
                     "Tuesday, May 13, 2014, by Jane Marsh\n\n%s",
                     body(4));
    m = read_meta(s);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Marsh");
    STR_EQ(m->date, "2014-05-13");
}

TEST(short_headline_over_byline_and_buttons)
{
    /* A short headline over the byline, buttons under it, then the
     * text's first heading: the headline is the title, not the
     * heading. */
    const char *s = arena_printf(A,
                                 "Sea Walls\nBy Jane Marsh | May 3, 2020\nShare\nTweet\n\n"
                                 "How the old wall was built\n\n%s",
                                 body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Sea Walls");
    /* A headline in lower case, buttons over the byline. */
    s = arena_printf(A,
                     "eBay Sellers Flock to the Harbour\nShare\nTweet\nEmail\n"
                     "By Jane Marsh | May 3, 2020\nShare\n\n"
                     "Why the Quay Became a Market\n\n%s",
                     body(4));
    m = read_meta(s);
    STR_EQ(m->title, "eBay Sellers Flock to the Harbour");
}

/* A header set in boxes of its own, a blank line between each. */
#define BOXED_HEADER                                                                               \
    "Tech\n"                                                                                       \
    "Storm Closes the North Quay for a Week\n\n"                                                   \
    "A storm closed the north quay for a week, leaving boats moored in the next bay and "          \
    "traders without a market.\n\n"                                                                \
    "Published\n\n2 months ago\n\non\n\nJune 12, 2026\n\nBy\n\nHarbour Post News Desk\n"

TEST(header_set_in_boxes)
{
    /* "on" between the age and the date joins them; "By" and the names
     * a blank line apart are a byline. */
    const char *s = arena_printf(A, BOXED_HEADER "%s", body(4));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Storm Closes the North Quay for a Week");
    STR_EQ(m->date, "2026-06-12");
    OK(was_dropped(m, "on"));
    /* The desk under "By" signs the story (test_text_web21.c). */
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Harbour Post News Desk");
    /* Under a menu and a trail, the names under "By" are no title: the
     * header starts over the dek. */
    s = arena_printf(
        A,
        "Home\nLatest\nNews\nHarbour\nQuay\nBoats\nAfrica\nWorld\nEconomy\n"
        "Finance\nBusiness\nEntertainment\nAnalysis\nTech\n\n"
        "Home \xc2\xbb Tech \xc2\xbb Storm Closes the North Quay for a Week\n\n" BOXED_HEADER "%s",
        body(4));
    m = read_meta(s);
    STR_EQ(m->title, "Storm Closes the North Quay for a Week");
    STR_EQ(m->date, "2026-06-12");
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(tags_one_to_a_line_over_author_and_date);
    RUN(headline_broken_after_its_comma_is_no_tag_list);
    RUN(headline_over_bare_name_under_date_and_section);
    RUN(weekday_date_and_poster_in_the_pages_language);
    RUN(header_set_in_boxes);
    RUN(short_headline_over_byline_and_buttons);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
